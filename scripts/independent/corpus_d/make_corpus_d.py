#!/usr/bin/env python3
"""Corpus D: a held-out, labelled archive-style corpus of Danish mentor-support documents.

Usage: .venv/bin/python scripts/independent/corpus_d/make_corpus_d.py --out DIR --seed 5
"""
import argparse
import datetime as dt
import email
import email.policy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

from content import (MUNIS, FIRMS, PH, new_case, expected_rules, cpr as make_cpr, add_months, ddate, MONTHS, RULES_BY_KIND,
                     is_over, HOURS_EN)  # noqa: E402
from builders import agreement_doc, minplan_doc, decision_doc  # noqa: E402
from unknowns import UNKNOWN_BUILDERS  # noqa: E402
import render  # noqa: E402
import pdfr  # noqa: E402

SLUG = dict(agreement="mentoraftale", minplan="minplan", decision="afgoerelse")
DEFECT_POOL = ["goal:missing", "goal:ph", "goal:vague", "goal:vague", "goal:vague", "mentor:name_only", "mentor:name_only",
               "mentor:cw_only", "mentor:missing", "mentor:ph", "tasks:missing", "tasks:ph", "period:missing", "period:ph",
               "period:over", "period:over", "period:over", "follow:missing", "follow:missing", "follow:ph", "hours:missing",
               "hours:vague", "hours:vague", "hours:ph", "appeal:missing", "appeal:missing", "appeal:empty", "appeal:ph"]
EN_POOL = ["goal:vague", "follow:missing", "appeal:missing", "period:over", "hours:missing", "tasks:missing"]
MP_POOL = ["goal:missing", "goal:ph", "goal:vague", "goal:vague", "mentor:name_only", "mentor:cw_only", "mentor:missing",
           "tasks:missing", "period:missing", "period:over", "period:over", "hours:missing", "hours:vague", "hours:ph"]

AG_LAYOUTS = (["docx-table"] * 8 + ["docx-headings"] * 6 + ["docx-inline"] * 5 + ["docx-sdt-form"] * 8 + ["docx-legacy-form"] * 4 +
              ["docx-textbox"] * 5 + ["docx-checkbox"] * 5 + ["pdf-sidebar"] * 7 + ["pdf-twocol"] * 5 + ["pdf-paged"] * 6 +
              ["pdf-form"] * 4 + ["pdf-ocr-scan"] * 5 + ["pdf-lo-export"] * 8 + ["odt-doc"] * 6 + ["rtf-export"] * 6 +
              ["html-dl"] * 4 + ["html-table"] * 3 + ["html-divs"] * 4 + ["txt-markdown"] * 4 + ["txt-plain"] * 3 +
              ["eml-thread"] * 8 + ["journal-note"] * 6)
assert len(AG_LAYOUTS) == 120
EN_OK_LAYOUTS = {"docx-table", "docx-headings", "pdf-sidebar", "html-dl", "pdf-lo-export", "pdf-paged"}
FMT = lambda layout: {"docx": "docx", "pdf": "pdf", "odt": "odt", "rtf": "rtf", "html": "html", "txt": "txt", "eml": "eml"}.get(layout.split("-")[0], "txt")


class Gen:
    def __init__(self, out, seed):
        self.out = out
        self.rng = random.Random(seed)
        self.seed = seed
        self.entries = []
        self.lo_jobs = []  # (src, final_pdf)
        self.tmp = tempfile.mkdtemp(prefix="corpus_d_")
        self.counter = 0

    def path_for(self, mun, slug, ext):
        self.counter += 1
        rel = "%s/%03d_%s.%s" % (mun["key"], self.counter, slug, ext)
        os.makedirs(os.path.join(self.out, mun["key"]), exist_ok=True)
        return rel

    def add_entry(self, rel, fmt, kind, subtype, layout, rules, extras, traits, mnc, period):
        self.entries.append(dict(path=rel, format=fmt, kind=kind, subtype=subtype, layout=layout, rules=sorted(rules),
                                 extras=sorted(extras), error=None, accept_errors=[], hostile=False,
                                 must_not_contain=mnc, traits=sorted(set(traits)), period=period))

    # ------------------------------------------------------------ rendering dispatch
    def render(self, doc, rel, layout, rng, traits, case=None, docx_opts=None, eml_info=None):
        full = os.path.join(self.out, rel)
        docx_opts = docx_opts or {}
        if layout.startswith("docx") or (layout == "journal-note" and rel.endswith(".docx")):
            mode = {"docx-table": "table", "docx-headings": "headings", "docx-inline": "inline", "docx-sdt-form": "sdt",
                    "docx-legacy-form": "legacy", "docx-textbox": "inline", "docx-checkbox": "table", "journal-note": "inline"}[layout]
            render.render_docx(doc, full, mode=mode, **docx_opts)
            if mode == "sdt":
                traits.append("content-controls")
            if mode == "legacy":
                traits.append("legacy-form-fields")
        elif layout == "pdf-lo-export":
            src_ext = rng.choice(["docx", "docx", "odt"])
            src = os.path.join(self.tmp, os.path.basename(rel).rsplit(".", 1)[0] + "." + src_ext)
            if src_ext == "docx":
                render.render_docx(doc, src, mode=rng.choice(["table", "headings", "inline", "sdt"]))
            else:
                render.render_odt(doc, src)
            self.lo_jobs.append((src, full))
            traits.append("libreoffice-from-" + src_ext)
        elif layout.startswith("pdf") or (layout in ("minplan-print",) and rel.endswith(".pdf")):
            if layout == "pdf-sidebar":
                side = rng.choice(["left", "right"])
                pdfr.render_pdf(doc, full, "sidebar", side=side)
                traits.append("sidebar-" + side)
            elif layout == "pdf-twocol":
                pdfr.render_pdf(doc, full, "twocol")
            elif layout == "pdf-form":
                pdfr.render_pdf(doc, full, "single", form_boxes=True)
            elif layout == "pdf-ocr-scan":
                pdfr.render_pdf(doc, full, rng.choice(["single", "sidebar"]), ocr_seed=rng.randint(0, 10 ** 6))
                traits.append("ocr-damaged-text-layer")
            else:
                split = None
                labels = [b[2] for b in doc["blocks"] if b[0] == "field" and str(b[3]).strip() and not isinstance(b[3], PH)]
                if labels and rng.random() < 0.6:
                    split = rng.choice(labels)
                    traits.append("field-split-across-pages")
                pdfr.render_pdf(doc, full, "single", split_label=split)
        elif layout == "odt-doc":
            render.render_odt(doc, full)
        elif layout == "rtf-export":
            render.render_rtf(doc, full, tables=rng.random() < 0.6)
        elif layout.startswith("html") or rel.endswith(".html"):
            variant = {"html-dl": "dl", "html-table": "table", "html-divs": "divs"}.get(layout, "table")
            script = None
            if rng.random() < 0.5:
                script = json.dumps({"labels": {"appeal": "Klagevejledning: klag til kommunen inden 4 uger",
                                                "hours": "Timetal: 3 timer pr. uge", "mentor": "Mentor: tlf. 12 34 56 78"}}, ensure_ascii=False)
                traits.append("script-contains-field-text")
            render.render_html(doc, full, variant=variant, script_text=script)
        elif layout == "eml-thread":
            self.render_eml(doc, full, rng, traits, case, eml_info or {})
        else:  # txt-markdown, txt-plain, journal-note (txt), minplan-print (txt)
            style = "markdown" if layout == "txt-markdown" else "plain"
            render.render_txt(doc, full, style=style, width=rng.choice([64, 72, 78]), crlf=rng.random() < 0.3)
            traits.append("hard-wrapped")

    def render_eml(self, doc, full, rng, traits, case, info):
        body_lines = render.txt_lines(doc, "plain", 76)
        mun = case["mun"] if case else info["mun"]
        if info.get("from_mentor"):
            sender = "%s <%s>" % (case["mentor"], case["m_mail"])
            to = "%s <%s>" % (case["cw"], case["cw_mail"])
            intro = "Hej %s\n\nHer er den underskrevne aftale, som vi lavede på opstartsmødet. Den er skrevet ind herunder.\n" % case["cw"].split()[0]
            sig = "\n-- \nVenlig hilsen\n%s\nMentor, %s\nMobil %s\n%s" % (case["mentor"], case["m_org"], case["m_phone"], case["m_mail"])
            quoted = ("Den %s skrev %s <%s>:" % (ddate(case["date"]), case["cw"], case["cw_mail"]),
                      ["Hej", "", "Vil du sende aftalen retur, når I har skrevet under?", "", "Mvh %s" % case["cw"]])
            traits.append("sender-is-mentor")
        elif case:
            sender = "%s <%s>" % (case["cw"], case["cw_mail"])
            to = "%s <%s>" % (case["citizen"], "borger%d@example.dk" % rng.randint(100, 999))
            intro = "Kære %s\n\nSom aftalt sender jeg her vores aftale om mentorstøtte. Skriv til mig, hvis noget skal rettes.\n" % case["citizen"].split()[0]
            sig = "\n-- \nMed venlig hilsen\n%s\nSagsbehandler, %s\nDirekte tlf. %s" % (case["cw"], mun["unit"], case["cw_phone"])
            quoted = ("Den %s skrev %s:" % (ddate(case["date"] - dt.timedelta(days=2)), case["citizen"]),
                      ["Hej, kan du sende aftalen på mail? Jeg kan ikke finde den i e-Boks.", "", "Hilsen %s" % case["citizen"].split()[0]])
            traits.append("sender-is-caseworker")
        else:
            sender = info["sender"]
            to = info["to"]
            intro, sig, quoted = "", info.get("sig", ""), info.get("quoted")
        body = intro + "\n" + "\n".join(body_lines) + "\n" + sig
        render.render_eml(full, sender, to, info.get("subject") or "Aftale om mentorstøtte", dt.datetime(2026, 2, rng.randint(1, 27), rng.randint(8, 16), rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=1))),
                          body, quoted=quoted, html_alt=rng.random() < 0.4, msgid="d%04d" % self.counter)
        traits.append("quoted-thread")

    # ------------------------------------------------------------ helpers
    def pick_defects(self, rng, pool, n, forbid=()):
        out, fields = [], set()
        tries = 0
        while len(out) < n and tries < 200:
            tries += 1
            d = rng.choice(pool)
            f = d.split(":")[0]
            if f in fields or d in forbid or f in forbid:
                continue
            out.append(d)
            fields.add(f)
        return out

    def cpr_maybe(self, rng, case, p=0.35):
        if rng.random() < p:
            raw, compact = make_cpr(rng)
            case["cpr"] = raw
            return [raw] + ([compact] if compact != raw else []), ["cpr"]
        return [], []

    def period_gt(self, case):
        p = case["period"]
        if case["states"].get("period") in ("missing", "ph") or p.get("start") is None:
            return None
        return {"start": p["start"].isoformat(), "end": p["end"].isoformat()}

    # ------------------------------------------------------------ agreements
    def agreements(self):
        rng = random.Random(self.seed * 1000 + 1)
        layouts = list(AG_LAYOUTS)
        rng.shuffle(layouts)
        compliant = set(rng.sample(range(120), 48))
        en_idx = set()
        for i, lay in enumerate(layouts):
            if lay in EN_OK_LAYOUTS and len(en_idx) < 7 and rng.random() < 0.35:
                en_idx.add(i)
        for i, layout in enumerate(layouts):
            mun = MUNIS[i % 12]
            en = i in en_idx
            firm = FIRMS[3] if en else FIRMS[rng.randrange(3)]
            traits = []
            issuer = "firm" if (not en and layout.startswith(("docx", "pdf")) and rng.random() < 0.25) else "mun"
            forbid = set()
            if issuer == "firm" or en:
                forbid.add("mentor")
            if layout in ("journal-note", "eml-thread"):
                forbid |= {d for d in DEFECT_POOL if d.endswith(":ph")}
            if layout == "docx-checkbox":
                forbid.add("hours:vague")
            defects = [] if i in compliant else self.pick_defects(rng, EN_POOL if en else DEFECT_POOL, rng.choice([1, 1, 1, 2, 2, 3]), forbid)
            if i not in compliant and not defects:
                defects = ["follow:missing"]
            case = new_case(rng, "agreement", mun, firm, defects, en=en)
            mnc, tr = self.cpr_maybe(rng, case, 0.0 if layout == "pdf-ocr-scan" else 0.35)
            traits += tr
            if en:
                traits.append("english")
            # a few duration-only periods (no dates)
            if case["states"].get("period") in (None, "over") and rng.random() < 0.08 and layout != "journal-note" and not en:
                n = rng.choice([7, 8, 9]) if case["states"].get("period") == "over" else rng.choice([3, 4, 6])
                case["period"] = dict(start=None, end=None, text=rng.choice(["%d måneder fra opstart", "%d mdr. fra første møde"]) % n, over=n > 6)
                traits.append("duration-without-dates")
            ms = rng.choice(["omit", "empty"])
            mentor_full = case["states"].get("mentor") is None
            opts = dict(issuer=issuer, missing_style=ms,
                        hours_checks=(layout == "docx-checkbox" or (layout in ("pdf-form", "odt-doc") and rng.random() < 0.4)) and case["states"].get("hours") != "vague" and not en,
                        mentor_header=mentor_full and layout in ("docx-table", "docx-headings", "docx-inline", "pdf-paged", "odt-doc", "rtf-export") and rng.random() < 0.3,
                        appeal_footer=case["states"].get("appeal") in (None,) and layout in ("docx-table", "docx-inline", "docx-sdt-form", "odt-doc", "rtf-export", "pdf-paged", "html-divs") and rng.random() < 0.25,
                        legal_limit=rng.random() < 0.15 and not en, history=rng.random() < 0.07 and not en,
                        tasks_prose=rng.random() < 0.3, mentor_split=mentor_full and not en and issuer == "mun" and rng.random() < 0.12,
                        footer_plain=rng.random() < 0.3)
            if case["states"].get("hours") in ("missing", "ph") and opts["hours_checks"]:
                case["states"]["hours"] = "ph"
            if layout == "journal-note":
                doc, tr = journal_agreement(case, rng), ["prose-fields"]
            else:
                doc, tr = agreement_doc(case, rng, opts)
            traits += tr
            if ms == "empty" and any(d.split(":")[1] == "missing" for d in defects):
                traits.append("empty-field-value")
            if any(d.endswith(":ph") for d in defects):
                traits.append("placeholder-value")
            docx_opts = {}
            if layout in ("docx-table", "docx-headings", "docx-inline") and rng.random() < 0.5:
                st = case["states"]
                if st.get("period") is None and case["period"].get("start"):
                    e2 = add_months(case["period"]["end"], 3)
                    old = "%d/%d-%d – %d/%d-%d" % (case["period"]["start"].day, case["period"]["start"].month, case["period"]["start"].year, e2.day, e2.month, e2.year)
                    docx_opts["tracked"] = ("period", old)
                    traits += ["tracked-changes", "deleted-text-over-6-months"]
                elif st.get("hours") is None and not en:
                    docx_opts["tracked"] = ("hours", "efter behov")
                    traits += ["tracked-changes", "deleted-text-vague-hours"]
                elif st.get("goal") is None and not en:
                    docx_opts["tracked"] = ("goal", "Øget trivsel.")
                    traits += ["tracked-changes", "deleted-text-vague-goal"]
            if layout.startswith("docx") and layout != "docx-sdt-form" and rng.random() < 0.3:
                present_keys = [b[1] for b in doc["blocks"] if b[0] == "field" and not isinstance(b[3], PH)]
                if present_keys:
                    k = rng.choice(present_keys)
                    if case["states"].get("follow") == "missing":
                        docx_opts["comment"] = (k, "Skal vi ikke aftale opfølgning hver 4. uge?")
                        traits.append("comment-mentions-missing-field")
                    else:
                        docx_opts["comment"] = (k, "Gennemgået med borger på mødet.")
                    traits.append("comments")
            if layout == "docx-textbox":
                keys = rng.choice([("letterhead", "goal"), ("mentor",), ("letterhead",), ("goal", "tasks")])
                docx_opts["textbox_keys"] = keys
                traits.append("textbox-vml-fallback")
            ext = {"journal-note": rng.choice(["txt", "docx"]), "eml-thread": "eml"}.get(layout, FMT(layout))
            rel = self.path_for(mun, "mentoraftale" if not en else "mentor_agreement", ext)
            eml_info = {"from_mentor": mentor_full and rng.random() < 0.4} if layout == "eml-thread" else None
            self.render(doc, rel, layout, rng, traits, case=case, docx_opts=docx_opts, eml_info=eml_info)
            sub = "tilbudsmentor, %s" % ("firmaudstedt" if issuer == "firm" else "kommunal skabelon")
            if en:
                sub = "English agreement, international mentor firm"
            if layout == "journal-note":
                sub = "journalnotat om indgået aftale"
            self.add_entry(rel, ext, "agreement", sub, layout, expected_rules(case), [], traits, mnc, self.period_gt(case))

    # ------------------------------------------------------------ Min Plan
    def minplans(self):
        rng = random.Random(self.seed * 1000 + 2)
        fmts = ["txt"] * 10 + ["html"] * 10 + ["pdf"] * 12 + ["docx"] * 8
        rng.shuffle(fmts)
        compliant = set(rng.sample(range(40), 16))
        for i, fmt in enumerate(fmts):
            mun = MUNIS[(i * 5) % 12]
            firm = FIRMS[rng.randrange(3)]
            defects = [] if i in compliant else self.pick_defects(rng, MP_POOL, rng.choice([1, 1, 2]))
            case = new_case(rng, "minplan", mun, firm, defects)
            mnc, traits = self.cpr_maybe(rng, case, 0.4)
            ms = rng.choice(["omit", "empty"])
            doc, tr = minplan_doc(case, rng, dict(missing_style=ms))
            traits += tr
            rel = self.path_for(mun, "minplan", fmt)
            layout = "minplan-print"
            full = os.path.join(self.out, rel)
            if fmt == "txt":
                render.render_txt(doc, full, style="plain", width=100)
            elif fmt == "html":
                render.render_html(doc, full, variant=rng.choice(["table", "divs"]))
            elif fmt == "pdf":
                pdfr.render_pdf(doc, full, rng.choice(["single", "twocol"]))
            else:
                render.render_docx(doc, full, mode="table")
            self.add_entry(rel, fmt, "minplan", "Min Plan-udskrift, mentorindsats", layout, expected_rules(case), [], traits, mnc, self.period_gt(case))

    # ------------------------------------------------------------ decisions
    def decisions(self):
        rng = random.Random(self.seed * 1000 + 3)
        subs = ["bevilling"] * 14 + ["delvis"] * 6 + ["afslag"] * 8 + ["forlaengelse"] * 7 + ["ophoer"] * 5
        rng.shuffle(subs)
        lays = (["docx-inline"] * 5 + ["docx-headings"] * 5 + ["pdf-sidebar"] * 6 + ["pdf-paged"] * 5 + ["pdf-lo-export"] * 5 +
                ["pdf-ocr-scan"] * 2 + ["rtf-export"] * 4 + ["html-divs"] * 4 + ["txt-plain"] * 4)
        rng.shuffle(lays)
        appeal_states = [None] * 30 + ["missing"] * 5 + ["empty"] * 2 + ["wrong"] * 3
        rng.shuffle(appeal_states)
        no_reason_budget = 5
        for i, sub in enumerate(subs):
            mun = MUNIS[(i * 7 + 3) % 12]
            firm = FIRMS[rng.randrange(3)]
            layout = lays[i]
            defects = []
            if appeal_states[i]:
                defects.append("appeal:" + appeal_states[i])
            grants = sub in ("bevilling", "delvis", "forlaengelse")
            if grants and rng.random() < 0.3:
                defects.append("period:over")
            case = new_case(rng, "decision", mun, firm, defects)
            if not grants:
                case["states"]["period"] = "missing"
            while case["period"].get("start") is None:
                case["period"] = __import__("content").make_period(rng, False)
            needs_reasons = sub in ("delvis", "afslag", "ophoer")
            reasons = True
            if needs_reasons and no_reason_budget > 0 and rng.random() < 0.35:
                reasons = False
                no_reason_budget -= 1
            elif sub in ("bevilling", "forlaengelse") and rng.random() < 0.5:
                reasons = False
            mnc, traits = self.cpr_maybe(rng, case, 0.0 if layout == "pdf-ocr-scan" else 0.4)
            bilag = grants and sub != "delvis" and rng.random() < 0.35
            doc, tr = decision_doc(case, rng, sub, dict(reasons=reasons, bilag=bilag, applied_period=(sub == "afslag" and rng.random() < 0.4)))
            traits += tr
            extras = []
            if needs_reasons and not reasons:
                extras.append("missing-reasons")
            if appeal_states[i] == "wrong":
                extras.append("appeal-wrong-route")
            if not reasons:
                traits.append("no-reasons-section")
            ext = FMT(layout)
            rel = self.path_for(mun, "afgoerelse", ext)
            self.render(doc, rel, layout, rng, traits, case=case)
            subname = dict(bevilling="bevilling", delvis="delvis bevilling", afslag="afslag", forlaengelse="forlængelse", ophoer="ophør")[sub]
            period = self.period_gt(case) if grants else None
            self.add_entry(rel, ext, "decision", subname, layout, expected_rules(case), extras, traits, mnc, period)

    # ------------------------------------------------------------ unknowns
    def unknowns(self):
        rng = random.Random(self.seed * 1000 + 4)
        lays = (["docx-inline"] * 6 + ["docx-headings"] * 5 + ["docx-table"] * 3 + ["pdf-paged"] * 6 + ["pdf-sidebar"] * 4 + ["pdf-lo-export"] * 4 +
                ["html-divs"] * 5 + ["html-dl"] * 2 + ["txt-plain"] * 4 + ["txt-markdown"] * 3 + ["odt-doc"] * 3 + ["rtf-export"] * 2 + ["eml-thread"] * 3)
        assert len(lays) == 50, len(lays)
        rng.shuffle(lays)
        for i in range(50):
            b = UNKNOWN_BUILDERS[i % len(UNKNOWN_BUILDERS)]
            layout = lays[i]
            if b.__name__ == "u_internal":
                layout = "eml-thread"
            elif layout == "eml-thread":
                layout = "txt-plain"
            mun = MUNIS[(i * 11 + 1) % 12]
            firm = FIRMS[rng.randrange(3)]
            case = new_case(rng, "unknown", mun, firm, [])
            mnc, traits = [], []
            sub, blocks = b(rng, mun, firm, case)
            if b.__name__ in ("u_status", "u_journal_call", "u_minutes") and rng.random() < 0.6:
                raw, compact = make_cpr(rng)
                blocks.insert(1, ("meta", [("CPR", raw)]))
                mnc = [raw] + ([compact] if compact != raw else [])
                traits.append("cpr")
            if b.__name__ in ("u_leaflet", "u_faq", "u_standard", "u_status", "u_minutes", "u_club", "u_agenda"):
                traits.append("mentions-all-field-words")
            doc = dict(blocks=blocks, header=None, footer=None, title=sub)
            ext = FMT(layout)
            rel = self.path_for(mun, b.__name__[2:], ext)
            info = None
            if layout == "eml-thread":
                info = dict(mun=mun, sender="%s <%s>" % (case["cw"], case["cw_mail"]), to="team-job@%s" % mun["domain"],
                            subject="Ledige mentorforløb hos %s" % firm["name"],
                            quoted=("Den %s skrev %s:" % (ddate(case["date"]), firm["mail"]), ["Vi har ledig kapacitet fra uge 12.", "", "Venlig hilsen", firm["name"]]))
            self.render(doc, rel, layout, rng, traits, case=None, eml_info=info)
            self.add_entry(rel, ext, "unknown", sub, layout, [], [], traits, mnc, None)

    # ------------------------------------------------------------ LibreOffice
    def run_lo(self):
        if not self.lo_jobs:
            return
        soffice = shutil.which("soffice")
        for _ in range(60):
            if soffice:
                break
            time.sleep(10)
            soffice = shutil.which("soffice")
        if not soffice:
            raise SystemExit("soffice not available")
        outdir = os.path.join(self.tmp, "lo_out")
        os.makedirs(outdir, exist_ok=True)
        srcs = [s for s, _ in self.lo_jobs]
        for k in range(0, len(srcs), 20):
            subprocess.run([soffice, "--headless", "-env:UserInstallation=file:///tmp/lo_corpus_d", "--convert-to", "pdf",
                            "--outdir", outdir] + srcs[k:k + 20], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for src, final in self.lo_jobs:
            pdf = os.path.join(outdir, os.path.basename(src).rsplit(".", 1)[0] + ".pdf")
            shutil.move(pdf, final)


def journal_agreement(case, rng):
    """Journal note recording a concluded agreement; the fields are prose sentences."""
    st = case["states"]
    mun = case["mun"]
    ps = []
    ps.append("Der er d.d. afholdt opstartsmøde, og der er indgået skriftlig aftale om mentorstøtte efter LAB § 167 med %s." % case["citizen"])
    if st.get("goal") != "missing":
        ps.append("Målet med mentorstøtten er: %s" % case["goal"])
    if st.get("mentor") != "missing":
        if st.get("mentor") == "name_only":
            ps.append("Mentor bliver %s fra %s." % (case["mentor"], case["m_org"]))
        elif st.get("mentor") == "cw_only":
            ps.append("Mentor er endnu ikke udpeget; borger kan indtil videre kontakte undertegnede på %s." % case["cw_phone"])
        else:
            ps.append("Mentor bliver %s fra %s, som kan kontaktes på tlf. %s eller %s." % (case["mentor"], case["m_org"], case["m_phone"], case["m_mail"]))
    if st.get("tasks") != "missing":
        ps.append("Mentor skal " + ", ".join(case["tasks"]) + ".")
    if st.get("period") != "missing":
        ps.append("Aftalen gælder %s." % case["period"]["text"])
    if st.get("hours") != "missing":
        ps.append("Timetal: %s." % case["hours"])
    if st.get("follow") != "missing":
        ps.append(case["follow"])
    if st.get("appeal") != "missing":
        ps.append("Klagevejledning givet i aftalen: " + case["appeal"])
    blocks = [("title", "Journalnotat"), ("meta", [("Dato", ddate(case["date"])), ("Sag", case["journal"]), ("Notat ved", "%s, %s" % (case["cw"], mun["unit"]))])]
    if case.get("cpr"):
        blocks.append(("meta", [("Borger", "%s (%s)" % (case["citizen"], case["cpr"]))]))
    blocks.append(("h", "Mentoraftale indgået"))
    blocks += [("p", p) for p in ps]
    return dict(blocks=blocks, header=None, footer=None, title="Journalnotat")


# ---------------------------------------------------------------- verification
def verify(out, entries):
    from lxml import etree, html as lhtml
    import pypdf
    keys = ["path", "format", "kind", "subtype", "layout", "rules", "extras", "error", "accept_errors", "hostile", "must_not_contain", "traits", "period"]
    problems = []
    for e in entries:
        assert list(e.keys()) == keys, e.keys()
        assert e["kind"] in RULES_BY_KIND
        assert set(e["rules"]) <= set(RULES_BY_KIND[e["kind"]]), e
        full = os.path.join(out, e["path"])
        try:
            f = e["format"]
            if f in ("docx", "odt"):
                with zipfile.ZipFile(full) as z:
                    for n in z.namelist():
                        if n.endswith(".xml") or n.endswith(".rels"):
                            etree.fromstring(z.read(n))
            elif f == "pdf":
                r = pypdf.PdfReader(full)
                txt = "".join(p.extract_text() or "" for p in r.pages)
                if len(txt.strip()) < 40:
                    problems.append((e["path"], "little text"))
            elif f == "html":
                lhtml.fromstring(open(full, encoding="utf-8").read())
            elif f == "eml":
                m = email.message_from_binary_file(open(full, "rb"), policy=email.policy.default)
                assert m.get_body(("plain",)) is not None
            elif f == "rtf":
                assert open(full, encoding="ascii").read().startswith("{\\rtf1")
            else:
                open(full, encoding="utf-8").read()
            raw = open(full, "rb").read()
            for s in e["must_not_contain"]:
                pass
        except Exception as ex:  # noqa
            problems.append((e["path"], repr(ex)))
        for s in e["must_not_contain"]:
            assert s not in os.path.basename(e["path"])
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    t0 = time.time()
    if os.path.exists(a.out):
        subprocess.run(["chmod", "-R", "u+w", a.out])
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    g = Gen(a.out, a.seed)
    g.agreements()
    g.minplans()
    g.decisions()
    g.unknowns()
    g.run_lo()
    g.entries.sort(key=lambda e: e["path"])
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for e in g.entries:
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=False) + "\n")
    problems = verify(a.out, g.entries)
    shutil.rmtree(g.tmp, ignore_errors=True)
    from collections import Counter
    print("documents:", len(g.entries), "time: %.1fs" % (time.time() - t0))
    for k in ("kind", "format", "layout"):
        print(k, dict(sorted(Counter(e[k] for e in g.entries).items())))
    if problems:
        print("PROBLEMS:", problems)
        sys.exit(1)


if __name__ == "__main__":
    main()
