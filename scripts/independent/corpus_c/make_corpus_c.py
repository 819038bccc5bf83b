#!/usr/bin/env python3
"""Generate evaluation corpus C (independent of the linter's own generators).

Usage (from /work/main):
  .venv/bin/python scripts/independent/corpus_c/make_corpus_c.py --out DIR --seed 3
"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import time

import writers as W  # noqa: E402
from content import Ctx, slug, RULE_OF  # noqa: E402
from pools import fmt_date, six_month_end  # noqa: E402
from build_docs import agreement, minplan, decision  # noqa: E402
from unknown_docs import unknown, scheduling_email  # noqa: E402
import pdfdraw  # noqa: E402

AG_RULES = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
            "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_RULES = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
            "duration-over-6-months", "unclear-goal"]


def rep(items):
    out = []
    for x, n in items:
        out += [x] * n
    return out


def plan(rng):
    jobs = []
    # ---------------- agreements (170)
    defects = [frozenset()] * 68
    singles = [("missing-goal", 9), ("missing-mentor", 12), ("missing-tasks", 9), ("missing-duration", 9),
               ("missing-follow-up", 11), ("missing-hours", 13), ("missing-appeal-guidance", 11),
               ("duration-over-6-months", 10), ("unclear-goal", 10)]
    for r, n in singles:
        defects += [frozenset([r])] * n
    doubles = [("missing-hours", "missing-appeal-guidance"), ("missing-follow-up", "missing-appeal-guidance"),
               ("duration-over-6-months", "unclear-goal"), ("missing-mentor", "missing-hours"),
               ("missing-goal", "missing-follow-up"), ("missing-tasks", "missing-duration"),
               ("unclear-goal", "missing-hours"), ("duration-over-6-months", "missing-appeal-guidance")]
    defects += [frozenset(d) for d in doubles]
    assert len(defects) == 170, len(defects)
    layouts = rep([
        (("docx", "table"), 10), (("docx", "headings"), 8), (("docx", "sdt-form"), 8), (("docx", "textbox"), 5),
        (("docx", "footer-contact"), 6), (("docx", "tracked-changes"), 6), (("docx", "comments"), 4),
        (("docx", "checkbox"), 5), (("docx", "prose-letter"), 3),
        (("pdf", "table"), 6), (("pdf", "headings"), 4), (("pdf", "numbered-list"), 5), (("pdf", "sidebar-pdf"), 7),
        (("pdf", "two-column-pdf"), 6), (("pdf", "running-header-pdf"), 6), (("pdf", "ocr-pdf"), 6),
        (("txt", "wrapped-txt"), 8), (("txt", "markdown-txt"), 7), (("txt", "prose-letter"), 4), (("txt", "english"), 3),
        (("txt", "numbered-list"), 3),
        (("odt", "table"), 5), (("odt", "headings"), 4), (("odt", "footer-contact"), 3),
        (("rtf", "table"), 4), (("rtf", "headings"), 3), (("rtf", "footer-contact"), 3),
        (("html", "html-dl"), 6), (("html", "html-divs"), 5), (("html", "table"), 3),
        (("eml", "email"), 14)])
    assert len(layouts) == 170, len(layouts)
    rng.shuffle(defects)
    rng.shuffle(layouts)
    for i, (d, (fmt, lay)) in enumerate(zip(defects, layouts)):
        lang = "en" if lay == "english" or (fmt in ("eml", "html", "pdf") and rng.random() < 0.07) else "da"
        jobs.append(dict(kind="agreement", fmt=fmt, layout=lay, defects=set(d), lang=lang, subtype="agreement"))
    # ---------------- decisions (50)
    subs = rep([("grant", 16), ("partial", 8), ("refusal", 10), ("extension", 8), ("termination", 8)])
    rng.shuffle(subs)
    dlay = rep([(("docx", "prose-letter"), 8), (("docx", "footer-contact"), 3), (("docx", "bilag"), 3),
                (("pdf", "prose-letter"), 4), (("pdf", "sidebar-pdf"), 3), (("pdf", "running-header-pdf"), 2),
                (("pdf", "ocr-pdf"), 2), (("pdf", "bilag"), 3), (("eml", "email"), 5), (("txt", "wrapped-txt"), 5),
                (("odt", "prose-letter"), 4), (("rtf", "prose-letter"), 2), (("rtf", "footer-contact"), 1), (("html", "html-divs"), 5)])
    assert len(dlay) == 50, len(dlay)
    rng.shuffle(dlay)
    # bilag only for period-granting subtypes: swap
    for i, (f, l) in enumerate(dlay):
        if l == "bilag" and subs[i] not in ("grant", "partial", "extension"):
            for j in range(len(subs)):
                if subs[j] in ("grant", "partial", "extension") and dlay[j][1] != "bilag":
                    subs[i], subs[j] = subs[j], subs[i]
                    break
    n_over = 0
    for i, (st, (fmt, lay)) in enumerate(zip(subs, dlay)):
        flags = set()
        r = rng.random()
        if r < 0.24:
            flags.add("missing-appeal-guidance")
        elif r < 0.34:
            flags.add("appeal-wrong-route")
        if st in ("grant", "partial", "extension") and n_over < 9 and rng.random() < 0.3:
            flags.add("duration-over-6-months")
            n_over += 1
        if st in ("partial", "refusal") and rng.random() < 0.35:
            flags.add("missing-reasons")
        if lay == "footer-contact":
            flags.discard("missing-appeal-guidance")
        jobs.append(dict(kind="decision", fmt=fmt, layout=lay, defects=flags, lang="da", subtype=st))
    # ---------------- min plan (50)
    mdef = [frozenset()] * 22 + rep([(frozenset(["missing-goal"]), 4), (frozenset(["missing-mentor"]), 5),
                                     (frozenset(["missing-tasks"]), 4), (frozenset(["missing-duration"]), 4),
                                     (frozenset(["missing-hours"]), 4), (frozenset(["duration-over-6-months"]), 4),
                                     (frozenset(["unclear-goal"]), 3)])
    assert len(mdef) == 50
    mlay = rep([(("pdf", "minplan-print"), 8), (("pdf", "sidebar-pdf"), 3), (("pdf", "table"), 3), (("html", "html-dl"), 5),
                (("html", "html-divs"), 5), (("html", "minplan-print"), 4), (("txt", "minplan-print"), 6),
                (("txt", "wrapped-txt"), 4), (("docx", "minplan-print"), 5), (("docx", "table"), 3), (("odt", "minplan-print"), 4)])
    assert len(mlay) == 50, len(mlay)
    rng.shuffle(mdef)
    rng.shuffle(mlay)
    for d, (fmt, lay) in zip(mdef, mlay):
        jobs.append(dict(kind="minplan", fmt=fmt, layout=lay, defects=set(d), lang="da", subtype="minplan"))
    # ---------------- unknown (50)
    ulist = [("guidance", "html", "guidance"), ("guidance", "html", "guidance"), ("guidance", "pdf", "guidance"),
             ("guidance", "txt", "markdown-txt"), ("guidance", "pdf", "sidebar-pdf"), ("guidance", "docx", "headings"),
             ("leaflet", "pdf", "two-column-pdf"), ("leaflet", "pdf", "guidance"), ("leaflet", "docx", "headings"), ("leaflet", "odt", "headings"),
             ("quality-standard", "docx", "headings"), ("quality-standard", "odt", "headings"), ("quality-standard", "pdf", "ocr-pdf"),
             ("quality-standard", "rtf", "headings"),
             ("minutes", "docx", "headings"), ("minutes", "txt", "wrapped-txt"), ("minutes", "odt", "headings"), ("minutes", "txt", "markdown-txt"),
             ("minutes", "pdf", "running-header-pdf"),
             ("status-report", "docx", "headings"), ("status-report", "pdf", "sidebar-pdf"), ("status-report", "eml", "email"),
             ("status-report", "txt", "wrapped-txt"), ("status-report", "html", "html-divs"), ("status-report", "rtf", "headings"),
             ("invoice", "pdf", "table"), ("invoice", "pdf", "sidebar-pdf"), ("invoice", "html", "table"), ("invoice", "docx", "table"),
             ("invoice", "odt", "table"), ("invoice", "eml", "email"),
             ("club-mentoraftale", "docx", "headings"), ("club-mentoraftale", "pdf", "two-column-pdf"), ("club-mentoraftale", "txt", "markdown-txt"),
             ("club-mentoraftale", "html", "html-dl"),
             ("school-mentoraftale", "docx", "prose-letter"), ("school-mentoraftale", "pdf", "prose-letter"), ("school-mentoraftale", "txt", "wrapped-txt"),
             ("job-ad", "html", "guidance"), ("job-ad", "txt", "wrapped-txt"), ("job-ad", "pdf", "two-column-pdf"), ("job-ad", "html", "html-divs"),
             ("scheduling-email", "eml", "email"), ("scheduling-email", "eml", "email"), ("scheduling-email", "eml", "email"),
             ("scheduling-email", "txt", "email"), ("scheduling-email", "eml", "email"),
             ("journal-note", "txt", "journal-note"), ("journal-note", "docx", "journal-note"), ("journal-note", "rtf", "journal-note")]
    assert len(ulist) == 50, len(ulist)
    for st, fmt, lay in ulist:
        jobs.append(dict(kind="unknown", fmt=fmt, layout=lay, defects=set(), lang="da", subtype=st))
    return jobs


# ------------------------------------------------------------------------------------------ rendering

def group_blocks(blocks):
    """-> list of ('kv', label, [blocks]) | ('free', block) | ('title', text)"""
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "h" and b[1] == 1:
            out.append(("title", b[2]))
            i += 1
        elif b[0] == "h":
            j = i + 1
            val = []
            while j < len(blocks) and blocks[j][0] in ("p", "ul", "ol"):
                val.append(blocks[j])
                j += 1
            out.append(("kv", b[2], val))
            i = j
        elif b[0] == "table" and not b[2]:
            for r in b[1]:
                if len(r) >= 2:
                    out.append(("kv", W.cell_text(r[0]), r[1]))
                else:
                    out.append(("free", ("p", W.cell_text(r[0]))))
            i += 1
        elif b[0] == "textbox":
            out += group_blocks(b[1])
            i += 1
        elif b[0] == "pb":
            i += 1
        else:
            out.append(("free", b))
            i += 1
    return out


SCRIPT_TXT = ('window.caseForm = { required: ["Mål", "Mentor og kontaktdata", "Opgaver", "Periode", "Opfølgning", "Timetal", "Klagevejledning"],\n'
              '  hints: { timetal: "Angiv antal timer pr. uge, fx 2 timer", klage: "Klagevejledning: klage inden 4 uger til kommunen" } };\n'
              'function validate(){ return caseForm.required.length; }')


def render_html(doc, layout, rng, ctx):
    title = doc.get("title", "")
    script = SCRIPT_TXT if rng.random() < 0.5 else None
    hdr = f'<div id="topbar"><div class="logo">{W.xesc(ctx.kom)} Kommune</div><div class="user">Bruger: {W.xesc(ctx.cw.first.lower())}{rng.randint(10,99)}</div></div>'
    if layout == "html-dl":
        parts = [hdr, '<div id="main"><div class="content">']
        dl = []
        for g in group_blocks(doc["blocks"]):
            if g[0] == "title":
                if dl:
                    parts.append("<dl>" + "".join(dl) + "</dl>")
                    dl = []
                parts.append(f"<h1>{W.xesc(g[1])}</h1>")
            elif g[0] == "kv":
                dl.append(f"<dt>{W.xesc(g[1])}</dt><dd>{W.html_blocks(g[2])}</dd>")
            else:
                if dl:
                    parts.append("<dl>" + "".join(dl) + "</dl>")
                    dl = []
                parts.append(W.html_blocks([g[1]]))
        if dl:
            parts.append("<dl>" + "".join(dl) + "</dl>")
        parts.append("</div></div>")
        body = "\n".join(parts)
    elif layout == "html-divs":
        parts = [hdr, '<div id="app"><div class="container"><div class="row"><div class="col-12"><div class="panel"><div class="panel-body">']
        for g in group_blocks(doc["blocks"]):
            if g[0] == "title":
                parts.append(f'<div class="panel-heading"><h2 class="title">{W.xesc(g[1])}</h2></div>')
            elif g[0] == "kv":
                parts.append(f'<div class="form-group"><div class="field"><div class="field-label"><span>{W.xesc(g[1])}</span></div>'
                             f'<div class="field-value"><div class="rich">{W.html_blocks(g[2])}</div></div></div></div>')
            else:
                parts.append(f'<div class="text-block">{W.html_blocks([g[1]])}</div>')
        parts.append("</div></div></div></div></div></div>")
        body = "\n".join(parts)
    else:
        body = hdr + '<div id="content">' + W.html_blocks(doc["blocks"]) + "</div>"
    if doc.get("footer"):
        body += '<footer class="doc-footer">' + W.html_blocks(doc["footer"]) + "</footer>"
    return W.html_page(title, body, script=script)


def render_txt(doc, layout, rng):
    if layout == "markdown-txt":
        return W.write_txt(doc, md=True, crlf=rng.random() < 0.2)
    if layout in ("wrapped-txt", "prose-letter", "journal-note", "email", "english") or rng.random() < 0.3:
        return W.write_txt(doc, width=rng.choice([64, 68, 72, 76]))
    return W.write_txt(doc)


def render_pdf_rl(doc, layout, rng, ctx, letterhead=None):
    title = doc.get("title", "")
    kw = {}
    blocks = list(doc["blocks"])
    if doc.get("footer"):
        blocks += [("p", "")] + doc["footer"]
    if layout == "sidebar-pdf":
        kw["sidebar"] = [f"{ctx.kom} Kommune", "Arbejdsmarked", ctx.addr, f"Telefon {ctx.jc_phone}", f"www.{ctx.komslug}.dk",
                         f"Sagsbehandler: {ctx.cw.name}", f"Direkte: {ctx.cw.phone}", f"Dato: {fmt_date(ctx.docdate, 'dot0')}"]
        kw["page_numbers"] = "Side {p}/{n}"
    elif layout == "two-column-pdf":
        kw["columns"] = 2
        kw["top_extra"] = letterhead or [f"{ctx.kom} Kommune", ctx.addr]
    elif layout == "running-header-pdf":
        kw["header"] = f"{title} – {ctx.citizen.name}"
        kw["footer"] = f"{ctx.kom} Kommune"
        kw["page_numbers"] = "Side {p} af {n}"
        kw["base"] = 11
    elif layout == "ocr-pdf":
        kw["ocr_rng"] = rng
        kw["font"] = "Times-Roman"
        kw["bold"] = "Times-Bold"
        kw["top_extra"] = letterhead
        kw["base"] = 12
        kw["sidebar"] = [f"{ctx.kom} Kommune", ctx.addr, f"Tlf. {ctx.jc_phone}"] if rng.random() < 0.5 else None
    elif layout == "minplan-print":
        kw["header"] = "Jobnet – Min Plan"
        kw["page_numbers"] = "Side {p} af {n}"
    else:
        kw["top_extra"] = letterhead
        if rng.random() < 0.5:
            kw["page_numbers"] = "Side {p} af {n}"
    return pdfdraw.render_pdf(blocks, title=title, **kw)


def email_wrap(ctx, rng, doc, kind, subtype, en=False):
    body_lines = []
    intro = {"agreement": f"Kære {ctx.citizen.first}\n\nHermed den skriftlige aftale om mentorstøtte, som vi lavede på mødet. Læs den igennem og skriv, hvis noget skal rettes.",
             "decision": f"Kære {ctx.citizen.first}\n\nDu får her vores afgørelse. Brevet er også sendt til din e-Boks.",
             "unknown": f"Hej\n\nHer er den lovede status."}[kind]
    if en:
        intro = f"Dear {ctx.citizen.first}\n\nPlease find the written agreement on mentor support below."
    blocks = [b for b in doc["blocks"]]
    txt = W.write_txt({"blocks": blocks, "footer": doc.get("footer")}, width=rng.choice([None, 76])).decode()
    sig = (f"\n\nVenlig hilsen\n\n{ctx.cw.name}\nJobkonsulent | {ctx.kom} Kommune\nTlf. {ctx.cw.phone} | Mail: {ctx.cw.email}\n"
           f"{ctx.addr}\n")
    if kind == "unknown" and subtype == "status-report":
        sig = f"\n\nMvh\n{ctx.mentor.name}\n{ctx.firm}\n"
    quoted = ""
    if rng.random() < 0.6:
        when = fmt_date(ctx.docdate - dt.timedelta(days=2), "dot0")
        quoted = (f"\n\nDen {when} skrev {ctx.citizen.name} <{ctx.citizen.email}>:\n"
                  f"> Hej {ctx.cw.first}\n> Tak for mødet i dag. Kan du sende mig papiret?\n> Hilsen {ctx.citizen.first}\n")
    body = intro + "\n\n" + txt + sig + quoted
    frm_p = ctx.mentor if (kind == "unknown" and subtype == "status-report") else ctx.cw
    to_p = ctx.cw if frm_p is ctx.mentor else ctx.citizen
    subj = {"agreement": rng.choice(["Aftale om mentorstøtte", "Din mentoraftale", "SV: Papir fra mødet", "Mentoraftale til underskrift"]),
            "decision": doc.get("title", "Afgørelse"), "unknown": doc.get("title", "Status")}[kind]
    if en:
        subj = "Your mentor agreement"
    date = ctx.docdate
    datestr = f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][date.weekday()]}, {date.day:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][date.month-1]} {date.year} {rng.randint(8,15):02d}:{rng.randint(0,59):02d}:00 +0100"
    return body, frm_p, to_p, subj, datestr


# ------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--no-soffice", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rng0 = random.Random(f"corpus-c-plan-{args.seed}")
    jobs = plan(rng0)
    manifest = []
    soffice_jobs = []  # (src_path, final_rel)
    stage = os.path.join("/tmp", f"corpus_c_stage_{os.getpid()}")
    os.makedirs(stage, exist_ok=True)
    probes_all = {}
    counters = {}
    for idx, job in enumerate(jobs):
        rng = random.Random(f"corpus-c-{args.seed}-{idx}")
        ctx = Ctx(rng)
        kind, fmt, layout, lang = job["kind"], job["fmt"], job["layout"], job["lang"]
        en = lang == "en"
        traits = [f"lang:{lang}"]
        period = None
        extras = []
        probes = []
        letterhead = None
        if kind == "agreement":
            doc, fs, tr, probes = agreement(ctx, rng, job["defects"], layout, fmt, lang)
            traits += tr
            rules = sorted(job["defects"])
            if fs.period:
                period = fs.period
            if fs.v.get("goal"):
                probes.append(fs.v["goal"]["paras"][0][:25])
        elif kind == "minplan":
            doc, fs, tr, probes = minplan(ctx, rng, job["defects"], layout)
            traits += tr
            rules = sorted(job["defects"])
            period = fs.period if fs.v.get("duration") else None
        elif kind == "decision":
            doc, period, tr = decision(ctx, rng, job["subtype"], job["defects"], layout)
            traits += tr
            letterhead = doc.get("letterhead")
            if letterhead and fmt not in ("pdf",):
                doc["blocks"] = [("p", [("b", letterhead[0])]), ("p", ", ".join(letterhead[1:]))] + doc["blocks"]
            rules = sorted(r for r in job["defects"] if r in ("missing-appeal-guidance", "duration-over-6-months"))
            extras = sorted(r for r in job["defects"] if r in ("missing-reasons", "appeal-wrong-route"))
        else:
            if job["subtype"] == "scheduling-email":
                doc = {"title": "Flytning af møde", "blocks": [], "footer": []}
            else:
                doc = unknown(ctx, rng, job["subtype"])
            rules = []
        # consistency of period with over-6 flag
        if period is not None:
            over = period[1] > six_month_end(period[0])
            assert over == ("duration-over-6-months" in rules), (idx, period, rules)
        # ---------- path
        if kind == "agreement":
            folder = rng.choice([f"jobcenter-{ctx.komslug}/2026/mentoraftaler", f"{ctx.komslug}-kommune/arbejdsmarked/mentor/aftaler",
                                 f"mentorfirmaer/{slug(ctx.firm)}/aftaler", f"sager/{ctx.komslug}/2026"])
            base = rng.choice(["aftale", "mentoraftale", "aftale-om-mentorstoette", "mentor-aftale"])
        elif kind == "minplan":
            folder = rng.choice([f"jobnet-udskrifter/{ctx.komslug}", f"{ctx.komslug}-kommune/min-plan", f"borger-indsendt/{ctx.komslug}"])
            base = rng.choice(["min-plan", "minplan-udskrift", "min_plan"])
        elif kind == "decision":
            folder = rng.choice([f"{ctx.komslug}-kommune/afgoerelser/2026", f"digital-post/{ctx.komslug}", f"jobcenter-{ctx.komslug}/2026/breve"])
            base = {"grant": "bevilling", "partial": "delvis-bevilling", "refusal": "afslag", "extension": "forlaengelse", "termination": "ophoer"}[job["subtype"]]
        else:
            folder = rng.choice([f"diverse/{ctx.komslug}", f"{ctx.komslug}-kommune/diverse", "indbakke/2026", "arkiv/materialer"])
            base = job["subtype"]
        key = (folder, base)
        counters[key] = counters.get(key, 0) + 1
        rel = f"{folder}/{base}-{slug(ctx.citizen.last) if kind != 'unknown' else 'dok'}-{idx:03d}.{fmt}"
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        # ---------- render
        data = None
        if fmt == "docx":
            data = W.write_docx(doc, author=ctx.cw.name)
        elif fmt == "odt":
            data = W.write_odt(doc)
        elif fmt == "rtf":
            data = W.write_rtf(doc)
        elif fmt == "txt":
            if job["subtype"] == "scheduling-email":
                data = scheduling_email(ctx, rng).encode("utf-8")
            elif layout == "email":
                body, fp, tp, subj, ds = email_wrap(ctx, rng, doc, kind, job["subtype"], en)
                data = (f"Fra: {fp.name} <{fp.email}>\nTil: {tp.name} <{tp.email}>\nSendt: {ds}\nEmne: {subj}\n\n" + body).encode("utf-8")
            else:
                data = render_txt(doc, layout, rng)
        elif fmt == "html":
            data = render_html(doc, layout, rng, ctx)
        elif fmt == "eml":
            msgid = f"<{idx:04d}.{rng.randint(10**8, 10**9)}@{ctx.komslug}.dk>"
            if job["subtype"] == "scheduling-email":
                body = scheduling_email(ctx, rng)
                data = W.write_eml(f"{ctx.cw.name} <{ctx.cw.email}>", f"{ctx.mentor.name} <{ctx.mentor.email}>", "Flytning af møde",
                                   "Tue, 10 Mar 2026 09:12:00 +0100", body, msgid)
                traits.append("internal-scheduling")
            else:
                body, fp, tp, subj, ds = email_wrap(ctx, rng, doc, kind, job["subtype"], en)
                html = None
                if rng.random() < 0.3:
                    html = "<html><body>" + "".join(f"<p>{W.xesc(l)}</p>" for l in body.split("\n") if l.strip()) + "</body></html>"
                    traits.append("multipart-alternative")
                data = W.write_eml(f"{fp.name} <{fp.email}>", f"{tp.name} <{tp.email}>", subj, ds, body, msgid, html=html)
                traits.append("caseworker-signature")
        elif fmt == "pdf":
            if layout in ("table", "headings", "numbered-list", "prose-letter", "bilag", "minplan-print", "guidance") and \
                    not args.no_soffice and (layout != "numbered-list" or idx % 2 == 0) and (layout != "minplan-print" or idx % 3 == 0) \
                    and (layout not in ("prose-letter", "guidance") or idx % 2 == 1):
                srcfmt = "docx" if rng.random() < 0.7 else "odt"
                if letterhead:
                    doc["blocks"] = [("p", [("b", letterhead[0])]), ("p", ", ".join(letterhead[1:]))] + doc["blocks"]
                src = os.path.join(stage, f"s{idx:03d}.{srcfmt}")
                with open(src, "wb") as f:
                    f.write(W.write_docx(doc) if srcfmt == "docx" else W.write_odt(doc))
                soffice_jobs.append((src, full))
                traits.append(f"soffice-from-{srcfmt}")
            else:
                data = render_pdf_rl(doc, layout, rng, ctx, letterhead)
                traits.append("reportlab")
                if layout == "numbered-list":
                    traits.append("hanging-indent")
        if data is not None:
            with open(full, "wb") as f:
                f.write(data)
        must = []
        if ctx.cpr:
            raw = data.decode("utf-8", "ignore") if data and fmt not in ("docx", "odt", "pdf") else None
            if kind != "unknown" or job["subtype"] in ("status-report", "journal-note"):
                must.append(ctx.cpr)
        if job["subtype"] == "scheduling-email":
            must = []
        probes_all[rel] = {"probes": probes if layout != "ocr-pdf" else [], "fmt": fmt, "cpr": must}
        manifest.append({
            "path": rel, "format": fmt, "kind": kind, "subtype": job["subtype"], "layout": layout,
            "rules": rules, "extras": extras, "error": None, "accept_errors": [], "hostile": False,
            "must_not_contain": must, "traits": traits,
            "period": {"start": period[0].isoformat(), "end": period[1].isoformat()} if period else None,
        })
    # ---------- soffice batch conversion
    if soffice_jobs:
        conv = os.path.join(stage, "pdf")
        os.makedirs(conv, exist_ok=True)
        srcs = [s for s, _ in soffice_jobs]
        for i in range(0, len(srcs), 20):
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_corpus_c", "--convert-to", "pdf",
                            "--outdir", conv] + srcs[i:i + 20], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=600)
        for src, final in soffice_jobs:
            pdf = os.path.join(conv, os.path.splitext(os.path.basename(src))[0] + ".pdf")
            shutil.move(pdf, final)
    shutil.rmtree(stage, ignore_errors=True)
    manifest.sort(key=lambda r: r["path"])
    # must_not_contain: only keep CPRs that really occur in the document text
    with open(os.path.join(out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for r in manifest:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join("/tmp", f"corpus_c_probes_{args.seed}.json"), "w") as f:
        json.dump(probes_all, f, ensure_ascii=False)
    print(f"wrote {len(manifest)} documents to {out} in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
