#!/usr/bin/env python3
"""Build the r-corpus: documents written by twelve writer personas, with labels.

Usage: make_corpus_r.py --out /work/corpora/r --seed 47
"""
import argparse
import datetime as dt
import json
import os
import random
import shutil

import cases_r
import personas_r as PR
import render_r
import unknowns_r as U

# persona -> (formats, {kind: count})
PLAN = {
    "senior_formal": (["docx", "pdf", "rtf", "odt"], {"agreement": 14, "decision": 8, "unknown": 4}),
    "young_du": (["html", "eml", "txt", "docx"], {"agreement": 14, "decision": 3, "unknown": 3}),
    "provider_form": (["docx", "pdf", "odt"], {"agreement": 15, "unknown": 4}),
    "numbered_q": (["odt", "docx", "pdf", "html"], {"agreement": 14, "unknown": 3}),
    "system_export": (["txt", "txt", "html"], {"agreement": 12, "decision": 3, "minplan": 6, "unknown": 3}),
    "mixed_mentor": (["eml", "txt", "docx"], {"agreement": 12, "unknown": 4}),
    "email_thread": (["eml", "eml", "txt"], {"agreement": 13, "unknown": 4}),
    "udskriv": (["pdf", "docx", "odt"], {"agreement": 12, "unknown": 3}),
    "ungeindsats": (["docx", "html", "pdf"], {"agreement": 13, "minplan": 7, "unknown": 4}),
    "word_template": (["docx", "odt"], {"agreement": 13, "decision": 8, "unknown": 3}),
    "decision_bilag": (["pdf", "rtf", "docx"], {"decision": 14, "unknown": 5}),
    "jobnet_print": (["pdf", "html", "txt"], {"minplan": 16, "unknown": 3}),
}
LAYOUT = {
    "senior_formal": "formal-prose-letter", "young_du": "du-letter-bullets", "provider_form": "provider-checkbox-form",
    "numbered_q": "numbered-questions", "system_export": "keyvalue-export", "mixed_mentor": "da-en-mentor-note",
    "email_thread": "quoted-email-thread", "udskriv": "discharge-coordinator-sidebar", "ungeindsats": "youth-education",
    "word_template": "word-template-header-footer", "decision_bilag": "decision-with-bilag1", "jobnet_print": "jobnet-print",
}
SUBTYPES = ["grant", "partial", "refusal", "extension", "end"]
FIELD = cases_r.FIELD_OF


VARIANTS = {"mentor": ["mentor_missing", "mentor_nocontact"], "hours": ["hours_missing", "hours_vague"],
            "appeal": ["appeal_missing", "appeal_nodeadline", "appeal_nobody", "appeal_vague"]}
TOKENS = {
    "agreement": ["goal_missing", "goal_unclear", "mentor", "tasks_missing", "duration_missing", "over6",
                  "followup_missing", "hours", "appeal", "appeal"],
    "minplan": ["goal_missing", "goal_unclear", "mentor", "tasks_missing", "duration_missing", "over6", "hours"],
    "decision": ["appeal", "appeal", "over6"],
    "decision_noperiod": ["appeal"],
}


def pick_defects(rng, pool_key, deck, allow_two=True):
    pool = TOKENS[pool_key]
    r = rng.random()
    n = 0 if r < 0.36 else (1 if r < 0.80 or not allow_two else 2)
    chosen = []
    tries = 0
    while len(chosen) < n and tries < 50:
        tries += 1
        if not deck[0]:
            deck[0] = pool[:]
            rng.shuffle(deck[0])
        tok = deck[0].pop()
        cand = rng.choice(VARIANTS[tok]) if tok in VARIANTS else tok
        if FIELD[cand] in {FIELD[x] for x in chosen}:
            deck[0].insert(0, tok)
            continue
        chosen.append(cand)
    return chosen


def build(rng, persona, kind, subtype, defects, cpr):
    edu = persona == "ungeindsats" or (persona == "jobnet_print" and rng.random() < 0.25)
    c = cases_r.Case(rng, kind, subtype, defects, persona, edu=edu, udskriv=(persona == "udskriv"))
    if cpr:
        c.cpr = cases_r.fake_cpr(rng)
    if kind == "unknown":
        fn = rng.choice(U.BY_PERSONA[persona]) if subtype is None else subtype
        return c, fn.__name__.replace("_", "-"), fn(c)
    if kind == "decision":
        f = {"senior_formal": PR.senior_formal_decision, "young_du": PR.young_du_decision,
             "system_export": PR.export_decision, "word_template": PR.word_decision,
             "decision_bilag": PR.bilag_decision}[persona]
    elif kind == "minplan":
        f = {"system_export": lambda x: PR.export_agreement(x, minplan=True), "ungeindsats": PR.unge_minplan,
             "jobnet_print": PR.jobnet_minplan}[persona]
    else:
        f = {"senior_formal": PR.senior_formal_agreement, "young_du": PR.young_du_agreement,
             "provider_form": PR.provider_agreement, "numbered_q": PR.numbered_agreement,
             "system_export": PR.export_agreement, "mixed_mentor": PR.mixed_agreement,
             "email_thread": PR.thread_agreement, "udskriv": PR.udskriv_agreement,
             "ungeindsats": PR.unge_agreement, "word_template": PR.word_agreement}[persona]
    return c, subtype, f(c)


def mail_headers(rng, c, persona, doc, idx):
    sent = dt.datetime.combine(c.start - dt.timedelta(days=rng.randint(1, 10)), dt.time(9 + rng.randint(0, 7), rng.randint(0, 59)))
    date = sent.strftime("%a, %d %b %Y %H:%M:%S +0100")
    citizen = "%s <%s@privatmail.dk>" % (c.full, cases_r.slug(c.full))
    if persona == "email_thread":
        lead = doc.get("lead", "Teamleder")
        frm = "%s <%s@%s.dk>" % (lead, cases_r.slug(lead), cases_r.slug(c.town))
        to = citizen
        cc = None if c.no_contact_noise else "%s <%s>" % (c.mentor, c.memail)
    elif persona == "mixed_mentor":
        frm = "%s <%s>" % (c.mentor, c.memail)
        to, cc = citizen, None
    else:
        frm = "%s <noreply@%s.dk>" % (c.kommune, cases_r.slug(c.town)) if c.no_contact_noise else "%s <%s>" % (c.cw, c.cwemail)
        to, cc = citizen, None
    return dict(**{"from": frm, "to": to, "cc": cc, "subject": doc["title"], "date": date,
                   "id": "<r%04d.%s@example.invalid>" % (idx, persona), "html": rng.random() < 0.3,
                   "cte": rng.choice(["quoted-printable", "base64", "8bit"])})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=47)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    if os.path.isdir(a.out):
        for name in os.listdir(a.out):
            p = os.path.join(a.out, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    os.makedirs(a.out, exist_ok=True)

    jobs = []
    for persona, (fmts, kinds) in PLAN.items():
        for kind, n in kinds.items():
            for i in range(n):
                jobs.append((persona, kind, i))
    decks = {k: [[]] for k in ("agreement", "minplan", "decision", "decision_noperiod")}
    ndec = 0
    cpr_jobs = set(rng.sample(range(len(jobs)), 7))
    rows = []
    fmt_counter = {}
    for idx, (persona, kind, i) in enumerate(jobs):
        fmts = PLAN[persona][0]
        sub = None
        defects = []
        if kind == "decision":
            sub = SUBTYPES[ndec % 5]
            ndec += 1
            pk = "decision" if sub in ("grant", "partial", "extension") else "decision_noperiod"
            defects = pick_defects(rng, pk, decks[pk], allow_two=pk == "decision")
        elif kind == "minplan":
            sub = "minplan"
            defects = pick_defects(rng, "minplan", decks["minplan"])
        elif kind == "agreement":
            sub = "agreement"
            defects = pick_defects(rng, "agreement", decks["agreement"])
        elif kind == "unknown":
            lst = U.BY_PERSONA[persona]
            sub = lst[i % len(lst)]
        cpr = idx in cpr_jobs and persona in ("senior_formal", "provider_form", "system_export", "word_template") \
            or (kind != "unknown" and i == 2 and persona in ("senior_formal", "word_template", "system_export"))
        c, subtype, doc = build(rng, persona, kind, sub, defects, cpr)
        # format choice: cycle through persona formats, with a few overrides
        k = fmt_counter.get(persona, 0)
        fmt_counter[persona] = k + 1
        fmt = fmts[(k + rng.randint(0, 1)) % len(fmts)]
        if persona == "mixed_mentor" and fmt == "eml" and c.no_contact_noise:
            fmt = "txt"
        if fmt == "txt":
            doc.setdefault("wrap", rng.choice([0, 72, 68, 76]) if persona != "system_export" else 0)
            if persona == "system_export" and rng.random() < 0.3:
                doc["encoding"], doc["newline"] = "cp1252", "\r\n"
                c.traits.append("txt-cp1252-crlf")
        if fmt == "eml":
            doc["mail"] = mail_headers(rng, c, persona, doc, idx)
            doc.setdefault("wrap", rng.choice([0, 72]))
        layout = "%s/%s" % (persona, LAYOUT[persona] if kind != "unknown" else subtype)
        if doc.get("pdf_mode") and fmt == "pdf":
            c.traits.append("pdf-" + doc["pdf_mode"])
        name = "%s/%03d_%s_%s.%s" % (persona, idx + 1, kind, subtype, fmt)
        os.makedirs(os.path.join(a.out, persona), exist_ok=True)
        render_r.WRITERS[fmt](doc, os.path.join(a.out, name))
        rules = c.rules() if kind != "unknown" else []
        if kind == "decision":
            rules = [r for r in rules if r in ("missing-appeal-guidance", "duration-over-6-months")]
        traits = ["persona:" + persona] + ["defect:" + d for d in sorted(c.d)] + c.traits
        if kind != "unknown" and not c.d:
            traits.append("complete")
        if c.has_period and kind != "unknown":
            traits.append("range-style:%s" % (c.range_style or "none"))
            traits.append("date-style:%s" % getattr(c, "dstyle_used", c.dstyle))
            if c.weeks:
                traits.append("weeks:%d" % c.weeks)
        if doc.get("header") and fmt in ("docx", "odt", "pdf", "rtf"):
            traits.append("header-footer")
        if c.cpr:
            traits.append("contains-fake-cpr")
        row = {"path": name, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
               "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
               "must_not_contain": [c.cpr] if c.cpr else [], "traits": traits}
        pj = c.period_json() if kind != "unknown" else None
        if pj and not (kind == "decision" and subtype in ("refusal", "end")):
            row["period"] = pj
        rows.append(row)
    with open(os.path.join(a.out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
