#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus G: labelled development corpus of Danish mentor-support documents, emphasis on
archived PDFs (reportlab running headers, columns, sidebars, firm footers, OCR-damaged text
layers; LibreOffice PDFs from DOCX), prose letters, firm templates, html-div exports, wrapped
text files and journal notes.

Run from /work/main:
    .venv/bin/python scripts/independent/corpus_g/make_corpus_g.py --out DIR --seed 17
"""
import argparse
import calendar
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
sys.dont_write_bytecode = True
import tempfile

from munis import (MUNIS, FIRMS, INTERNAL_MENTORS, CITIZENS, GOALS, UNCLEAR_GOALS, TASKS, FREQS,  # noqa: E402
                   HOURS, VAGUE_HOURS)
import writers as W  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

UNCLEAR_PROSE = {
    "Støtte til at få mere struktur på hverdagen": "du får støtte til mere struktur på hverdagen",
    "Øget trivsel og et bedre selvværd": "du oplever øget trivsel og et bedre selvværd",
    "At borgeren kommer videre": "du kommer videre",
    "Hjælp til at få styr på tingene": "du får hjælp til at få styr på tingene",
    "Motivere borgeren og arbejde på mere stabilitet": "vi motiverer dig og arbejder på mere stabilitet",
    "Sikre at borgeren får det bedre": "vi sikrer, at du får det bedre",
    "Borgeren skal have en god hverdag med mere overskud": "du får en god hverdag med mere overskud",
    "Arbejde med borgerens udfordringer": "vi arbejder med dine udfordringer",
}

SUBTYPES_AGR = ["mentorstøtte", "tilbudsmentor", "uddannelsesmentor", "udvidet-mentor", "pligtmentor"]
SUBTYPE_LABEL = {"mentorstøtte": "Mentorstøtte (LAB § 167, stk. 1)", "tilbudsmentor": "Tilbudsmentor",
                 "uddannelsesmentor": "Uddannelsesmentor", "udvidet-mentor": "Udvidet mentor",
                 "pligtmentor": "Ret- og pligtmentor"}


# ------------------------------------------------------------------ dates
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fmt(d, style):
    if style == "long":
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "long_d":
        return "d. %d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "dots":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "dots0":
        return d.strftime("%d.%m.%Y")
    if style == "dots2":
        return d.strftime("%d.%m.%y")
    if style == "slash":
        return "%d/%d %d" % (d.day, d.month, d.year)
    if style == "slashdash":
        return "%d/%d-%s" % (d.day, d.month, str(d.year)[2:])
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return "%d. %s %d" % (d.day, ABBR[d.month - 1], d.year)
    raise ValueError(style)


def make_period(rng, muni, over=False):
    """Returns (start, end, field_text, prose_text, note)."""
    st = rng.choice(muni["datestyle"])
    y = rng.choice([2025, 2026, 2026])
    mth = rng.randint(1, 12) if y == 2026 else rng.randint(8, 12)
    day = rng.choice([1, 1, 1, 2, 4, 7, 10, 15, 16, 18])
    start = dt.date(y, mth, day)
    a = fmt(start, st)
    if not over:
        kind = rng.choice(["range", "range", "range", "boundary", "months", "weeks26", "short"])
        if kind in ("range", "boundary"):
            end = add_months(start, 6) - dt.timedelta(days=1) if kind == "boundary" else \
                add_months(start, rng.choice([3, 4, 5, 6])) - dt.timedelta(days=1)
            b = fmt(end, st)
            forms = [("%s – %s" % (a, b), "i perioden %s – %s" % (a, b)),
                     ("%s til %s" % (a, b), "fra %s til %s" % (a, b)),
                     ("f.o.m. %s t.o.m. %s" % (a, b), "f.o.m. %s t.o.m. %s" % (a, b)),
                     ("fra %s til og med %s" % (a, b), "fra %s til og med %s" % (a, b))]
            f, p = rng.choice(forms)
            note = "explicit range, %s" % ("exactly 6 calendar months (boundary, OK)" if kind == "boundary" else "under 6 months")
        elif kind == "months":
            n = rng.choice([3, 4, 6, 6])
            end = add_months(start, n) - dt.timedelta(days=1)
            word = {3: "3 måneder", 4: "4 mdr.", 6: rng.choice(["6 måneder", "seks måneder", "et halvt år"])}[n]
            f = "%s fra %s" % (word, a)
            p = "fra %s og %s frem" % (a, word)
            note = "start + %s (end computed as start + n months - 1 day)" % word
        elif kind == "weeks26":
            end = start + dt.timedelta(days=181)
            f = "26 uger fra %s" % a
            p = "i 26 uger fra %s" % a
            note = "explicit '26 uger' (OK by corpus rule)"
        else:
            end = start + dt.timedelta(days=rng.choice([41, 55, 83]))
            b = fmt(end, st)
            f, p = "%s - %s" % (a, b), "fra %s til %s" % (a, b)
            note = "short explicit range"
        return start, end, f, p, note
    kind = rng.choice(["sameday", "range", "months", "year"])
    if kind == "sameday":
        end = add_months(start, 6)
        b = fmt(end, st)
        f, p = "%s – %s" % (a, b), "fra %s til %s" % (a, b)
        note = "over 6 months: end is same day 6 months later (one day too long)"
    elif kind == "range":
        n = rng.choice([7, 8, 9, 10])
        end = add_months(start, n) - dt.timedelta(days=1)
        b = fmt(end, st)
        f, p = "%s til %s" % (a, b), "i perioden %s til %s" % (a, b)
        note = "over 6 months: explicit range of %d months" % n
    elif kind == "months":
        n = rng.choice([8, 9, 12])
        end = add_months(start, n) - dt.timedelta(days=1)
        w = {8: "8 måneder", 9: "9 mdr.", 12: "12 måneder"}[n]
        f, p = "%s fra %s" % (w, a), "fra %s og %s frem" % (a, w)
        note = "over 6 months: start + %s" % w
    else:
        end = add_months(start, 12) - dt.timedelta(days=1)
        f, p = "et år fra %s" % a, "i et år regnet fra %s" % a
        note = "over 6 months: 'et år'"
    return start, end, f, p, note


def phone_fmt(p, rng):
    d = p.replace(" ", "")
    return rng.choice([p, d, "+45 " + p, d[:4] + " " + d[4:]])


def lc_first(s):
    return s[0].lower() + s[1:] if s and not s[:2].isupper() else s


def join_da(items):
    items = [lc_first(x) for x in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def cpr_for(rng):
    while True:
        d = dt.date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
        s = "%s-%04d" % (d.strftime("%d%m%y"), rng.randint(1000, 9999))
        return s


def email_of(name, dom):
    parts = name.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace("-", "").split()
    return "%s%s@%s" % (parts[0][:2], parts[-1][:2], dom)


# ------------------------------------------------------------------ specs
AGR_RULESETS = ([[]] * 33 + [["missing-goal"]] * 9 + [["missing-goal", "missing-hours"]] * 2 +
                [["missing-goal", "missing-mentor"]] + [["missing-mentor"]] * 10 +
                [["missing-mentor", "missing-tasks"]] * 2 + [["missing-tasks"]] * 8 +
                [["missing-follow-up", "missing-tasks"]] + [["missing-duration"]] * 4 +
                [["missing-follow-up"]] * 4 + [["missing-hours"]] * 4 + [["missing-appeal-guidance"]] * 5 +
                [["duration-over-6-months", "missing-appeal-guidance"]] + [["duration-over-6-months"]] * 5 +
                [["unclear-goal"]] * 5 + [["missing-mentor", "unclear-goal"]])

AGR_SLOTS = ([("pdf", "rl-running-header-split")] * 6 + [("pdf", "rl-two-column")] * 5 +
             [("pdf", "rl-sidebar-left")] * 4 + [("pdf", "rl-sidebar-right")] * 4 +
             [("pdf", "rl-firm-footer")] * 4 + [("pdf", "rl-ocr-damaged")] * 5 +
             [("pdf", "table-form")] * 4 + [("pdf", "numbered-list")] * 4 + [("pdf", "headed-sections")] * 4 +
             [("docx", "table-form")] * 3 + [("docx", "prose-letter")] * 4 +
             [("docx", "prose-letter-bullet-summary")] * 3 + [("docx", "firm-template")] * 2 +
             [("txt", "wrapped-txt-72")] * 6 + [("txt", "journal-note-agreement")] * 4 + [("txt", "firm-template")] * 2 +
             [("html", "html-divs")] * 8 + [("html", "firm-template")] * 2 +
             [("odt", "table-form")] * 3 + [("odt", "prose-letter")] * 3 + [("odt", "numbered-list")] * 2 +
             [("eml", "email-message")] * 7 +
             [("rtf", "prose-letter")] * 3 + [("rtf", "prose-letter-bullet-summary")] * 3)

MP_RULESETS = ([[]] * 8 + [["missing-goal"]] * 2 + [["missing-mentor"]] * 3 + [["missing-tasks"]] * 2 +
               [["missing-duration"]] + [["missing-hours"]] * 2 + [["duration-over-6-months"]] + [["unclear-goal"]])
MP_FORMATS = (["pdf:rl-sidebar-right"] * 2 + ["pdf:rl-two-column", "pdf:rl-ocr-damaged", "pdf:lo", "pdf:lo"] +
              ["docx"] * 3 + ["txt"] * 3 + ["html"] * 4 + ["odt"] * 2 + ["eml", "rtf"])

DEC_SPECS = [("bevilling", [], []), ("bevilling", [], []), ("bevilling", ["missing-appeal-guidance"], []),
             ("bevilling", ["duration-over-6-months"], []), ("bevilling", [], ["appeal-wrong-route"]),
             ("delvis-bevilling", [], []), ("delvis-bevilling", [], ["missing-reasons"]),
             ("delvis-bevilling", ["missing-appeal-guidance"], []),
             ("afslag", [], []), ("afslag", [], ["missing-reasons"]), ("afslag", [], ["appeal-wrong-route"]),
             ("forlængelse", [], []), ("forlængelse", ["duration-over-6-months"], []),
             ("forlængelse", ["missing-appeal-guidance"], []), ("ophør", [], [])]
DEC_FORMATS = ["pdf:rl-plain", "pdf:rl-sidebar-left", "pdf:rl-running-header-split", "pdf:rl-ocr-damaged",
               "pdf:rl-sidebar-right", "pdf:rl-plain", "pdf:lo", "pdf:lo", "docx", "docx", "odt", "eml", "rtf",
               "txt", "html"]

UNK_SPECS = [("leaflet", "leaflet", "pdf:rl-sidebar-right"), ("leaflet", "leaflet", "docx"),
             ("guidance", "headed-sections", "pdf:lo"),
             ("minutes", "minutes", "docx"), ("minutes", "minutes", "pdf:lo"),
             ("status-report", "status-report", "pdf:rl-firm-footer"), ("status-report", "status-report", "docx"),
             ("status-report", "status-report", "txt"),
             ("invoice", "invoice", "pdf:rl-plain"), ("invoice", "invoice", "html"),
             ("club-agreement", "headed-sections", "docx"), ("club-agreement", "headed-sections", "rtf"),
             ("school-agreement", "headed-sections", "pdf:rl-two-column"),
             ("job-ad", "leaflet", "txt"), ("job-ad", "leaflet", "docx"),
             ("scheduling-email", "email-message", "eml"), ("scheduling-email", "email-message", "eml"),
             ("phone-note", "journal-note-phonecall", "txt"), ("phone-note", "journal-note-phonecall", "txt"),
             ("phone-note", "journal-note-phonecall", "eml")]


class Doc:
    pass


def pick_mentor(rng, muni, fi=None):
    if rng.random() < 0.3:
        n, p, e = INTERNAL_MENTORS[muni["key"]]
        return dict(name=n, phone=p, mail=e, firm=None, firm_obj=None)
    firm = FIRMS[fi] if fi is not None else rng.choice(FIRMS)
    n, p, e = rng.choice(firm["mentors"])
    return dict(name=n, phone=p, mail=e, firm=firm["name"], firm_obj=firm)


def mentor_text(rng, m, need_phone=False):
    ph = phone_fmt(m["phone"], rng)
    org = (", " + m["firm"]) if m["firm"] else ", %s" % "kommunal mentor"
    forms = ["%s%s, tlf. %s" % (m["name"], org, ph),
             "%s (%s) – mobil %s, %s" % (m["name"], m["firm"] or "kommunens mentorkorps", ph, m["mail"]),
             "%s%s, tlf. %s, e-mail %s" % (m["name"], org, ph, m["mail"])]
    if not need_phone:
        forms.append("%s%s, %s" % (m["name"], org, m["mail"]))
    return rng.choice(forms)


PROSE_LAYOUTS = ("prose-letter", "prose-letter-bullet-summary", "journal-note-agreement", "email-message")


def build_content(rng, d):
    """Fill d.f (field values) according to d.rules. d.f[key] = None means absent;
    ('empty'|'placeholder', text) is a visibly unfilled field; str/list is real content."""
    muni = d.muni
    f = {}
    tr = []
    rules = set(d.rules)
    S = "Du" if muni["key"] in ("fjordhavn", "hedegard") else rng.choice(["Borgeren", d.citizen.split()[0]])
    # goal
    d.goal_tpl = None
    if "missing-goal" in rules:
        v = rng.choice(["absent", "absent", "empty", "placeholder"])
        if d.layout in PROSE_LAYOUTS:
            v = "absent"
        f["goal"] = None if v == "absent" else (v, "" if v == "empty" else rng.choice(["[skriv målet her]", "…", "Ikke udfyldt", "xxx"]))
        tr.append("missing-goal made by: %s" % (v if v == "absent" else "%s value %r" % (v, f["goal"][1])))
        d.goal_prose = None
    elif "unclear-goal" in rules:
        g = rng.choice(UNCLEAR_GOALS)
        f["goal"] = g
        d.goal_prose = UNCLEAR_PROSE[g]
        tr.append("unclear-goal: vague goal with no job/education anchor and nothing observable: %r" % g)
    else:
        pool = [g for g in GOALS if not (("missing-duration" in rules) and (g[1] or "ugers" in g[0]))]
        g = rng.choice(pool)[0]
        d.goal_tpl = g
        f["goal"] = g.replace("{S}", S)
        d.goal_prose = g.replace("{S}", "du")
        tr.append("goal: %r" % f["goal"])
    # mentor
    m = pick_mentor(rng, muni, d.firm_index)
    d.mentor = m
    cw_name, cw_phone = d.cw
    if "missing-mentor" in rules:
        opts = ["absent", "name-only", "placeholder", "caseworker-only"]
        if d.layout in PROSE_LAYOUTS:
            opts = ["absent", "name-only", "caseworker-only"]
        v = rng.choice(opts)
        d.mentor_variant = v
        if v == "absent":
            f["mentor"] = None
        elif v == "name-only":
            f["mentor"] = "%s%s" % (m["name"], (", " + m["firm"]) if m["firm"] else "")
        elif v == "placeholder":
            f["mentor"] = ("placeholder", rng.choice(["[navn på mentor]", "NN – tildeles senere", "Navn: ______  Tlf.: ______"]))
        else:
            f["mentor"] = rng.choice([
                "Mentor er endnu ikke fundet. Kontakt sagsbehandler %s, tlf. %s" % (cw_name, cw_phone),
                "Kontaktperson: %s (sagsbehandler), tlf. %s" % (cw_name, cw_phone)])
        tr.append("missing-mentor made by: %s%s" % (v, "" if f["mentor"] is None else " -> %r" % (f["mentor"] if isinstance(f["mentor"], str) else f["mentor"][1])))
    else:
        d.mentor_variant = "full"
        f["mentor"] = mentor_text(rng, m, need_phone=d.need_phone)
        tr.append("mentor: %r" % f["mentor"])
    # tasks
    if "missing-tasks" in rules:
        v = rng.choice(["absent", "absent", "empty", "placeholder"])
        if d.layout in ("prose-letter", "prose-letter-bullet-summary", "journal-note-agreement", "email-message"):
            v = "absent"
        f["tasks"] = None if v == "absent" else (v, "" if v == "empty" else rng.choice(["—", "[opgaver]", "Se nedenfor", "-"]))
        if f["tasks"] and f["tasks"][1] == "Se nedenfor":
            f["tasks"] = ("placeholder", "[opgaver]")
        tr.append("missing-tasks made by: %s" % (v if v == "absent" else "%s value %r" % (v, f["tasks"][1])))
    else:
        f["tasks"] = rng.sample(TASKS, rng.randint(2, 5))
        tr.append("tasks: %s" % "; ".join(f["tasks"]))
    # duration
    if "missing-duration" in rules:
        v = rng.choice(["absent", "placeholder", "empty"])
        if d.layout in ("prose-letter", "prose-letter-bullet-summary", "journal-note-agreement", "email-message"):
            v = "absent"
        f["duration"] = None if v == "absent" else (v, "" if v == "empty" else rng.choice(["___ til ___", "[dato] – [dato]", "fra ........ til ........"]))
        d.period = None
        d.period_prose = None
        tr.append("missing-duration made by: %s" % (v if v == "absent" else "%s value %r" % (v, f["duration"][1])))
    else:
        over = "duration-over-6-months" in rules
        s, e, ft, pt, note = make_period(rng, muni, over)
        d.period = (s, e)
        f["duration"] = ft
        d.period_prose = pt
        tr.append("duration: %r (%s)" % (ft, note))
    d.letter_date = (d.period[0] if d.period else dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))) - dt.timedelta(days=rng.randint(5, 20))
    # follow-up
    if "missing-follow-up" in rules:
        f["follow"] = None
        tr.append("missing-follow-up made by: section and every follow-up/status/evaluation sentence omitted")
    else:
        f["follow"] = muni["follow"].format(freq=rng.choice(FREQS))
        tr.append("follow-up: %r" % f["follow"])
    # hours
    if "missing-hours" in rules:
        v = rng.choice(["absent", "vague", "vague"])
        if v == "vague":
            f["hours"] = ("vague", rng.choice(VAGUE_HOURS))
            tr.append("missing-hours made by: vague/placeholder hours %r" % f["hours"][1])
        else:
            f["hours"] = None
            tr.append("missing-hours made by: absent")
    else:
        f["hours"] = rng.choice(HOURS)
        tr.append("hours: %r" % f["hours"])
    # appeal
    if "missing-appeal-guidance" in rules:
        v = rng.choice(["absent", "absent", "empty"])
        f["appeal"] = None if v == "absent" else ("empty", rng.choice(["Du kan klage over aftalen.", "[klagevejledning indsættes]"]))
        tr.append("missing-appeal-guidance made by: %s" % (v if v == "absent" else "no body/deadline: %r" % f["appeal"][1]))
    else:
        f["appeal"] = muni["appeal"]
        tr.append("appeal: municipality wording, names kommunen + 4 uger + Ankestyrelsen")
    d.f = f
    d.traits += tr


def fval(v):
    """Render a field value for forms; returns None when the field is absent."""
    if v is None:
        return None
    if isinstance(v, tuple):
        return v[1]
    return v


# ------------------------------------------------------------------ block builders
def header_meta(d, with_cpr=True):
    muni = d.muni
    dept = muni["dept26"] if d.letter_date >= dt.date(2026, 2, 1) else muni["dept"]
    lines = [dept, "Sagsnr.: " + d.case_no, "Dato: " + fmt(d.letter_date, muni["datestyle"][0]),
             "Borger: " + d.citizen]
    if d.cpr and with_cpr:
        lines.append("CPR-nr.: " + d.cpr)
    return ("meta", lines)


def sig_block(d, closing=True):
    muni = d.muni
    cw_name, cw_phone = d.cw
    lines = []
    if closing:
        lines.append(muni["closing"])
    lines += [cw_name, d.cw_title, muni["dept26"] if d.letter_date >= dt.date(2026, 2, 1) else muni["dept"],
              "Direkte tlf. %s" % cw_phone, email_of(cw_name, muni["dom"])]
    return ("sig", lines)


FIELD_ORDER = ["goal", "mentor", "tasks", "duration", "follow", "hours"]


def field_order(rng, d):
    order = FIELD_ORDER[:]
    if rng.random() < 0.4:
        i = rng.randrange(1, 5)
        order[i], order[i + 1] = order[i + 1], order[i]
    return order


def form_blocks(rng, d, style="fields", labels=None, title=None, intro=None):
    muni = d.muni
    labels = labels or muni["labels"]
    b = [("title", title or muni["title"]), header_meta(d)]
    if intro is not False:
        b.append(("p", intro or muni["intro"]))
    if d.kind == "agreement" and rng.random() < 0.5:
        b.append(("p", "Mentortype: " + SUBTYPE_LABEL[d.subtype]))
    order = field_order(rng, d)
    split_key = d.split_key
    rows = []
    for k in order:
        v = fval(d.f.get(k))
        if v is None:
            continue
        opts = {"split": k == split_key}
        rows.append((k, labels[k], v, opts))
    if style == "table":
        b.append(("table", [(lab, v) for k, lab, v, o in rows]))
    else:
        for k, lab, v, o in rows:
            b.append(("field", k, lab, v, o))
    ap = fval(d.f.get("appeal"))
    if ap is not None:
        b.append(("field", "appeal", labels["appeal"], ap, {"split": split_key == "appeal"}))
    b.append(("sig", ["Underskrifter:", "Borger: ______________________  Dato: ________",
                      "Mentor: ______________________  Dato: ________"]))
    b.append(sig_block(d, closing=False))
    return b


def prose_sentences(rng, d):
    pr = d.muni["prose"]
    f = d.f
    s = {}
    if d.goal_prose:
        s["goal"] = pr["goal"].format(goal=d.goal_prose)
    mv = fval(f.get("mentor"))
    if mv:
        if d.mentor_variant == "caseworker-only":
            s["mentor"] = mv + "."
        else:
            s["mentor"] = pr["mentor"].format(mentor=mv)
    if isinstance(f.get("tasks"), list):
        s["tasks"] = pr["tasks"].format(tasks=join_da(f["tasks"]))
    if d.period_prose:
        s["duration"] = pr["duration"].format(period=d.period_prose)
    if f.get("follow"):
        s["follow"] = f["follow"]
    hv = fval(f.get("hours"))
    if hv:
        s["hours"] = pr["hours"].format(hours=hv)
    return s


def prose_blocks(rng, d, bullets=False):
    muni = d.muni
    pr = muni["prose"]
    b = [("meta", [d.citizen, rng.choice(["Vestergade 12, 2. tv.", "Bakkevej 3", "Lindealle 41", "Skovbrynet 8, st."]),
                   muni["addr"][-1]]), header_meta(d)]
    b.append(("title", rng.choice(["Bekræftelse af mentoraftale", "Vedr. din mentorstøtte", "Mentorstøtte – det har vi aftalt",
                                   "Aftale om mentor"])))
    b.append(("p", "Kære %s" % d.citizen.split()[0]))
    b.append(("p", pr["open"]))
    s = prose_sentences(rng, d)
    keys = list(s.keys())
    rng.shuffle(keys)
    # group in 2-3 paragraphs
    cut = sorted(rng.sample(range(1, len(keys)), min(2, max(0, len(keys) - 1)))) if len(keys) > 1 else []
    prev = 0
    for c in cut + [len(keys)]:
        if keys[prev:c]:
            b.append(("p", " ".join(s[k] for k in keys[prev:c])))
        prev = c
    d.traits.append("prose order: " + ", ".join(keys))
    ap = fval(d.f.get("appeal"))
    if ap is not None:
        b.append(("h", pr["appeal_intro"]))
        b.append(("p", ap))
    if bullets:
        items = []
        lab = muni["labels"]
        for k in ["goal", "mentor", "tasks", "duration", "hours", "follow"]:
            v = fval(d.f.get(k))
            if v is None or v == "":
                continue
            if k == "tasks":
                v = join_da(v) if isinstance(v, list) else v
            if k == "follow":
                v = re.split(r"(?<=[a-zæøå;])\. (?=[A-ZÆØÅ])", v)[0].rstrip(".")
            items.append("%s: %s" % (lab[k].rstrip(":?").lstrip("1234567. "), v))
        b.append(("h", rng.choice(["Kort fortalt", "Sammenfatning", "Overblik", "Det vigtigste"])))
        b.append(("bullets", items))
        d.traits.append("bullet summary at end repeats present fields only")
    b.append(sig_block(d))
    return b


FIRM_LABELS = [
    dict(goal="Målsætning for forløbet", mentor="Udførende mentor", tasks="Mentors arbejdsopgaver",
         duration="Forløbets varighed", follow="Statusrapportering og opfølgning", hours="Bevilget timeantal",
         appeal="Klagevejledning (kommunens)"),
    dict(goal="Mål", mentor="Mentor hos os", tasks="Det arbejder vi med", duration="Tidsramme",
         follow="Evaluering", hours="Timer", appeal="Klage"),
    dict(goal="Forløbets mål", mentor="Mentor/kontakt", tasks="Indsats", duration="Start/slut",
         follow="Opfølgning med jobcenter", hours="Timetal pr. uge", appeal="Klageadgang"),
    dict(goal="Aftalt mål", mentor="Ansvarlig mentor", tasks="Mentoropgaver i forløbet", duration="Periode",
         follow="Status og evaluering", hours="Ugentlige timer", appeal="Hvis du er utilfreds"),
    dict(goal="Hvad skal vi nå", mentor="Din mentor hos Rygstød", tasks="Hvad vi laver sammen",
         duration="Hvornår", follow="Tjek-ind med kommunen", hours="Hvor meget tid", appeal="Klagevejledning"),
    dict(goal="Formål", mentor="Mentor (Vejviseren)", tasks="Ydelsesbeskrivelse", duration="Leveranceperiode",
         follow="Rapportering og evaluering", hours="Leveret timeantal", appeal="Klagevejledning fra kommunen"),
]


def firm_blocks(rng, d):
    firm = FIRMS[d.firm_index]
    labels = FIRM_LABELS[d.firm_index]
    b = [("title", rng.choice(["Mentoraftale", "Aftale om mentorforløb", "Forløbsaftale – mentor"])),
         ("p", "Aftale udarbejdet af %s på vegne af %s" % (firm["name"], d.muni["name"]))]
    if d.mentor_variant == "full":
        b.append(("meta", [firm["name"], firm["addr"], "Tlf. %s · %s · CVR %s" % (firm["phone"], firm["mail"], firm["cvr"])]))
    b.append(header_meta(d))
    order = field_order(rng, d)
    for k in order:
        v = fval(d.f.get(k))
        if v is None:
            continue
        b.append(("field", k, labels[k], v, {}))
    ap = fval(d.f.get("appeal"))
    if ap is not None:
        b.append(("field", "appeal", labels["appeal"], ap, {}))
    who = d.mentor["name"] if d.mentor_variant in ("full", "name-only") else "________________"
    b.append(("sig", ["For %s: %s" % (firm["name"], who),
                      "For %s: %s, tlf. %s" % (d.muni["name"], d.cw[0], d.cw[1]),
                      "Borger: %s" % d.citizen]))
    return b


def journal_agreement_blocks(rng, d):
    muni = d.muni
    lab = muni["labels"]
    b = [("title", rng.choice(["Journalnotat", "JOURNALNOTAT", "Notat til sagen"])),
         ("meta", ["Sag: " + d.case_no, "Dato: " + fmt(d.letter_date, muni["datestyle"][-1]),
                   "Emne: " + rng.choice(["Mentoraftale indgået", "Aftale om mentor – indgået ved møde", "Mentor aftalt"]),
                   "Notat ved: " + d.cw[0]] + (["CPR: " + d.cpr] if d.cpr else [])),
         ("p", rng.choice(["Møde afholdt i dag med borger %s. Der er indgået følgende aftale om mentorstøtte:",
                           "Borger %s og undertegnede har d.d. indgået aftale om mentor. Aftalen er lagt i Min Plan."]).replace("%s", d.citizen))]
    f = d.f
    vals = {}
    if d.goal_tpl:
        vals["goal"] = d.goal_tpl.replace("{S}", "Borger") + "."
    elif isinstance(f.get("goal"), str):
        vals["goal"] = f["goal"] + "."
    if isinstance(f.get("mentor"), str):
        vals["mentor"] = f["mentor"].rstrip(".") + "."
    if isinstance(f.get("tasks"), list):
        vals["tasks"] = lc_first(join_da(f["tasks"])).capitalize() + "."
    if d.period_prose:
        vals["duration"] = d.period_prose[0].upper() + d.period_prose[1:] + "."
    hv = fval(f.get("hours"))
    if hv:
        vals["hours"] = hv[0].upper() + hv[1:] + "."
    if f.get("follow"):
        vals["follow"] = f["follow"]
    keys = [k for k in ["goal", "mentor", "tasks", "duration", "hours", "follow"] if k in vals]
    if rng.random() < 0.5:
        b.append(("p", " ".join("%s: %s" % (lab[k].rstrip(":?").lstrip("1234567. "), vals[k]) for k in keys)))
    else:
        for k in keys:
            b.append(("p", "%s: %s" % (lab[k].rstrip(":?").lstrip("1234567. "), vals[k])))
    ap = fval(d.f.get("appeal"))
    if ap is not None:
        b.append(("p", "Borger er vejledt om klageadgang: " + ap))
    b.append(("sig", ["/" + "".join(x[0] for x in d.cw[0].split()).lower(), d.cw[0] + ", tlf. " + d.cw[1]]))
    return b


def minplan_blocks(rng, d):
    muni = d.muni
    lab = muni["labels"]
    mp_titles = ["Min Plan – indsats: mentorstøtte", "MIN PLAN · Mentor", "Min Plan: Mentorstøtte (aktiv indsats)",
                 "Udskrift fra Min Plan", "Min Plan – Indsatser – Mentor"]
    b = [("title", rng.choice(mp_titles)),
         ("meta", [muni["name"], "Borger: " + d.citizen, "Oprettet: " + fmt(d.letter_date, muni["datestyle"][0]),
                   "Ansvarlig: " + d.cw[0], "Status: " + rng.choice(["Aktiv", "Planlagt", "I gang"])])]
    for k in field_order(rng, d):
        v = fval(d.f.get(k))
        if v is None:
            continue
        if k == "follow" and rng.random() < 0.5:
            d.traits.append("follow-up sentence not shown in this Min Plan entry (not required for minplan)")
            continue
        b.append(("field", k, lab[k], v, {"split": k == d.split_key}))
    b.append(("p", rng.choice(["Planen kan ses på Jobnet og i appen.", "Indsatsen er synlig for dig på Jobnet.",
                               "Ændringer i planen aftales med din sagsbehandler."])))
    return b


REASONS = {
    "bevilling": ["Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din praktik, jf. LAB § 167, stk. 1.",
                  "Bevillingen sker efter § 167 i lov om en aktiv beskæftigelsesindsats, da støtten vurderes afgørende for, at du kan fastholde dit job."],
    "delvis-bevilling": ["Du har søgt om 8 timer om ugen. Vi har vurderet, at 4 timer om ugen er tilstrækkeligt, fordi du allerede får støtte fra skolens elevcoach. Afgørelsen er truffet efter LAB § 167, stk. 1, og BAB § 123.",
                         "Vi bevilger ikke hele det ansøgte timetal. Vi har lagt vægt på oplysningerne fra praktikstedet om, at behovet er størst de første uger, jf. LAB § 167."],
    "afslag": ["Vi giver afslag, fordi mentorstøtten ikke har et mål om beskæftigelse eller uddannelse, jf. LAB § 167, stk. 1. Vi har lagt vægt på, at du aktuelt ikke deltager i en aktivitet, som støtten kan knyttes til.",
               "Afslaget skyldes, at den støtte, du har brug for, hører under serviceloven og ikke under LAB § 167. Vi har lagt vægt på lægens udtalelse af 3. marts."],
    "forlængelse": ["Forlængelsen sker efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt. Vi har lagt vægt på mentors statusrapport, der viser fremgang."],
    "ophør": ["Din mentorstøtte stopper, fordi du nu er i ordinær uddannelse og selv klarer fremmødet. Vi har lagt vægt på statusmødet, hvor du selv sagde, at du ikke længere har brug for mentor, jf. LAB § 167."],
}

WRONG_ROUTES = ["Hvis du vil klage, skal du sende klagen direkte til Ankestyrelsen, 7998 Statsservice, senest 4 uger efter, at du har modtaget afgørelsen.",
                "Klage indsendes inden fire uger direkte til Ankestyrelsen via ast.dk. Kommunen skal ikke have kopi af klagen."]


def decision_blocks(rng, d):
    muni = d.muni
    st = d.subtype
    b = [("meta", [d.citizen, muni["addr"][-1]]), header_meta(d), ("title", muni["dec_head"])]
    mname = d.mentor["name"]
    hrs = rng.choice(HOURS[:8])
    if st == "bevilling":
        b.append(("p", "Du har søgt om mentorstøtte. Du får bevilget mentorstøtte %s, %s. Din mentor bliver %s." % (d.period_prose, hrs, mname)))
    elif st == "delvis-bevilling":
        b.append(("p", "Du får delvist bevilget din ansøgning om mentorstøtte. Bevillingen gælder %s med %s." % (d.period_prose, "4 timer om ugen")))
    elif st == "afslag":
        b.append(("p", "Du har den %s søgt om mentorstøtte. Vi har afslået din ansøgning." % fmt(d.letter_date - dt.timedelta(days=12), "long")))
    elif st == "forlængelse":
        b.append(("p", "Din mentorstøtte med %s som mentor forlænges %s. Timetallet er uændret %s." % (mname, d.period_prose, hrs)))
    elif st == "ophør":
        b.append(("p", "Din mentorstøtte ophører pr. %s." % fmt(d.letter_date + dt.timedelta(days=14), "long")))
    if "missing-reasons" in d.extras:
        d.traits.append("missing-reasons: no begrundelse section, no legal reference or considerations")
    elif st in ("bevilling", "forlængelse") and rng.random() < 0.4:
        d.traits.append("full grant without reasons (legal, no extra)")
    else:
        r = rng.choice(REASONS[st])
        b.append(("h", rng.choice(["Begrundelse", "Hvorfor har vi truffet denne afgørelse?", "Vores begrundelse"])))
        b.append(("p", r))
        d.traits.append("reasons: %r" % r)
    if "missing-appeal-guidance" in d.rules:
        if rng.random() < 0.5:
            b.append(("p", "Du kan klage over afgørelsen."))
            d.traits.append("missing-appeal-guidance made by: empty 'Du kan klage over afgørelsen.' (no body, no deadline)")
        else:
            d.traits.append("missing-appeal-guidance made by: absent")
    elif "appeal-wrong-route" in d.extras:
        w = rng.choice(WRONG_ROUTES)
        b.append(("h", "Klagevejledning"))
        b.append(("p", w))
        d.traits.append("appeal-wrong-route: %r (bypasses kommunens genvurdering)" % w)
    else:
        b.append(("h", muni["labels"]["appeal"].lstrip("1234567. ")))
        b.append(("p", muni["appeal"].replace("aftalen", "afgørelsen").replace("kontrakten", "afgørelsen")))
        d.traits.append("appeal: municipality wording adapted to afgørelse")
    b.append(sig_block(d))
    return b


def unknown_blocks(rng, d):
    muni = d.muni
    st = d.subtype
    firm = FIRMS[d.firm_index]
    m = firm["mentors"][0]
    cit = d.citizen
    if st == "leaflet":
        return [("title", rng.choice(["Mentorstøtte – hvad er det?", "Få en mentor – information til borgere"])),
                ("p", "En mentor kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job eller uddannelse."),
                ("h", "Det skal stå i din aftale"),
                ("bullets", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                             "hvor længe aftalen varer, og hvordan der følges op", "hvor mange timer om ugen", "klagevejledning"]),
                ("p", "Mentorstøtte gives højst 6 måneder ad gangen og kan forlænges efter en konkret vurdering."),
                ("h", "Kontakt"), ("p", "%s, %s, tlf. %s. %s" % (muni["name"], " ".join(muni["addr"]), muni["phone"], " · ".join(muni["hours"])))]
    if st == "job-ad":
        return [("title", "%s søger erfaren mentor (30-37 timer)" % firm["name"]),
                ("p", "Vi leverer mentorforløb til bl.a. %s og søger en kollega med socialfaglig baggrund." % muni["name"]),
                ("h", "Dine opgaver"), ("bullets", ["støtte borgere i praktik og uddannelse", "samarbejde med sagsbehandlere", "skrive statusrapporter"]),
                ("h", "Vi tilbyder"), ("p", "Løn efter kvalifikationer, fleksibel arbejdstid og firmabil."),
                ("p", "Ansøgningsfrist: 1. november 2026. Spørgsmål til %s, tlf. %s." % (m[0], m[1]))]
    if st == "guidance":
        return [("title", "Intern vejledning: sådan skriver du en mentoraftale"),
                ("meta", [muni["name"], "Version 3, revideret 2026"]),
                ("h", "1. Mål"), ("p", "Skriv et mål, der peger mod job eller uddannelse og kan observeres. Undgå 'støtte til' og 'sikre at'."),
                ("h", "2. Mentor"), ("p", "Angiv mentors navn og telefon eller e-mail – ikke kun sagsbehandlerens."),
                ("h", "3. Varighed"), ("p", "Højst 6 måneder pr. periode, jf. LAB § 167. Ny periode kræver en konkret vurdering."),
                ("h", "4. Klagevejledning"), ("p", "Brug standardteksten fra fagsystemet. Den skal nævne kommunen, fristen på 4 uger og Ankestyrelsen."),
                ("numbered", ["Opret indsatsen i Min Plan.", "Send aftalen til e-Boks.", "Sæt opfølgning i kalenderen."])]
    if st == "minutes":
        return [("title", "Referat – teammøde, mentorteamet"),
                ("meta", ["%s" % muni["name"], "Dato: %s" % fmt(d.letter_date, "long"), "Deltagere: %s, %s, %s" % (muni["cw"][0][0], muni["cw"][1][0], m[0])]),
                ("numbered", ["Godkendelse af dagsorden – godkendt.",
                              "Nye leverandøraftaler: %s forlænger rammeaftalen til udgangen af 2026." % firm["name"],
                              "Status på ventelisten: 7 borgere venter på mentor.",
                              "Eventuelt: julefrokost 12. december."]),
                ("p", "Næste møde: %s. Referent: %s" % (fmt(d.letter_date + dt.timedelta(days=28), "long"), muni["cw"][1][0]))]
    if st == "status-report":
        b = [("title", rng.choice(["Statusrapport – mentorforløb", "Mentorrapport (midtvejs)", "Status fra mentor"])),
             ("meta", ["Fra: %s, %s" % (m[0], firm["name"]), "Til: %s, %s" % (muni["cw"][0][0], muni["name"]),
                       "Borger: %s" % cit] + (["CPR: " + d.cpr] if d.cpr else [])),
             ("h", "Forløbet indtil nu"),
             ("p", "Vi har mødtes 9 gange. %s møder stabilt i praktikken og har kun haft to sygedage." % cit.split()[0]),
             ("h", "Anvendte timer"), ("p", "I alt 22 timer i rapporteringsperioden."),
             ("h", "Anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter uændret frem til udløb.")]
        return b
    if st == "invoice":
        return [("title", "FAKTURA nr. %d" % rng.randint(20260100, 20260999)),
                ("meta", [firm["name"], firm["addr"], "CVR %s" % firm["cvr"], "Kunde: %s, Kreditorafdelingen" % muni["name"],
                          "EAN: 5798%09d" % rng.randint(0, 10 ** 9 - 1)]),
                ("table", [("Ydelse", "Mentorstøtte, borger-ref. %s" % d.case_no), ("Antal timer", "14"),
                           ("Timepris", "495,00 kr."), ("I alt ekskl. moms", "6.930,00 kr."), ("Betalingsfrist", "30 dage netto")])]
    if st == "club-agreement":
        return [("title", rng.choice(["Mentoraftale – ungdomsafdelingen", "Aftale om frivillig mentor i klubben"])),
                ("p", "Aftale mellem Boldklubben Stjernen af 1936 og spilleren og dennes forældre."),
                ("h", "Formål"), ("p", "At give unge spillere en voksen at tale med om træning, skole og fritid."),
                ("h", "Mentor"), ("p", "Frivillig træner Claus Bjerre, tlf. 29 40 18 73."),
                ("h", "Varighed"), ("p", "Sæsonen 2026/27 (august–juni)."),
                ("p", "Aftalen er frivillig og kan opsiges af begge parter. Klubben er ikke en offentlig myndighed.")]
    if st == "school-agreement":
        return [("title", "Mentorordning på Fjordskolen – aftale med elev"),
                ("p", "Fjordskolens egen mentorordning for elever i 9. klasse (ikke kommunal mentorstøtte efter LAB)."),
                ("h", "Mål"), ("p", "Eleven afleverer sine opgaver til tiden og deltager i brobygning i uge 47."),
                ("h", "Elevmentor"), ("p", "Lærer Hanne Riis, hari@fjordskolen.dk."),
                ("h", "Tid"), ("p", "Et møde om ugen i frikvarteret i efteråret."),
                ("p", "Underskrevet af elev, forældre og klasselærer.")]
    if st == "scheduling-email":
        return [("p", "Hej %s" % cit.split()[0]),
                ("p", rng.choice(["Kan vi flytte vores møde på torsdag til fredag kl. 10? Jeg har fået et andet møde ind.",
                                  "Jeg bekræfter vores aftale om at mødes i jobcentret på mandag kl. 13.30 i mødelokale 2."])),
                ("p", "Du er velkommen til at tage din mentor med."),
                ("sig", [muni["closing"], d.cw[0], d.cw[1]])]
    if st == "phone-note":
        return [("title", "Telefonnotat"),
                ("meta", ["Sag: " + d.case_no, "Dato: " + fmt(d.letter_date, "dots"), "Notat ved: " + d.cw[0]]),
                ("p", rng.choice(["Borger ringede. Spurgte om mentor kan deltage i mødet med praktikstedet. Det kan mentor godt. Borger var tilfreds.",
                                  "Mentor %s ringede. Borger har ikke mødt op to gange. Aftalt at mentor ringer til borger i morgen." % m[0],
                                  "Telefonisk kontakt med borger om, at ansøgningen om mentor er modtaget og behandles inden for 3 uger."])),
                ("p", "Intet videre foretaget.")]
    raise ValueError(st)


# ------------------------------------------------------------------ checks
def plain(blocks, skip_key=None):
    out = []
    for b in blocks:
        if b[0] == "field":
            if b[1] == skip_key:
                continue
            out.append(b[2])
            out.append(" ".join(b[3]) if isinstance(b[3], list) else b[3])
        elif b[0] == "table":
            for lab, v in b[1]:
                out.append(lab)
                out.append(" ".join(v) if isinstance(v, list) else v)
        elif b[0] in ("bullets", "numbered", "sig", "meta"):
            out += list(b[1])
        elif b[0] != "break":
            out.append(b[1])
    return "\n".join(out)


def sanity(d, blocks):
    """Guard the ground truth: a missing field must not be recoverable from the rest of the text."""
    r = set(d.rules)
    fv = d.f
    def body_without(key, extra_skip=()):
        txt = plain(blocks, key)
        # remove the prose sentence / field value of skipped keys
        for k in (key,) + tuple(extra_skip):
            v = fval(fv.get(k))
            if isinstance(v, str) and v:
                txt = txt.replace(v, "")
        return txt
    if "missing-goal" in r:
        t = body_without("goal")
        assert not re.search(r"\b(mål|målet|formål|formålet|målsætning(en)?|hovedformål(et)?|sigte)\b", t, re.I), (d.name, "goal")
    if "missing-follow-up" in r:
        t = body_without("follow")
        assert not re.search(r"opfølg|evaluer|status|progression|delmål|midtvej", t, re.I), (d.name, "follow")
    if "missing-appeal-guidance" in r:
        t = body_without("appeal", ("follow",))
        assert not re.search(r"ankestyrels|klagefrist|klageadgang|4 uger|fire uger", t, re.I), (d.name, "appeal")
    if "missing-hours" in r:
        t = body_without("hours")
        assert not re.search(r"\d+(,\d+)?\s*(timer|time\b|t/uge)", t, re.I), (d.name, "hours")
    if "missing-mentor" in r:
        t = plain(blocks)
        digits = re.sub(r"\D", "", t)
        assert d.mentor["phone"].replace(" ", "") not in digits and d.mentor["mail"] not in t, (d.name, "mentor")
    if "missing-tasks" in r:
        t = plain(blocks)
        assert not any(x in t for x in TASKS), (d.name, "tasks")
    if "missing-duration" in r:
        t = body_without("duration", ("appeal", "follow"))
        assert not re.search(r"\d+\s*(måneder|mdr|uger)|halvt år|\bt\.o\.m\.|\btil og med\b", t, re.I), (d.name, "duration")


# ------------------------------------------------------------------ main
def sidebar_lines(muni):
    return [muni["name"], muni["dept26"]] + muni["addr"] + \
           ["", "Tlf. " + muni["phone"], muni["web"], "", "Åbningstider:"] + muni["hours"]


def firm_footer_lines(firm):
    return ["%s · %s" % (firm["name"], firm["addr"]),
            "Tlf. %s · %s · CVR %s" % (firm["phone"], firm["mail"], firm["cvr"]),
            "Mentorforløb leveres efter rammeaftale med kommunen"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--no-lo", action="store_true", help="skip LibreOffice conversion (docx kept)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    for fn in os.listdir(out):
        p = os.path.join(out, fn)
        if os.path.isfile(p):
            os.remove(p)
    lo_tmp = tempfile.mkdtemp(prefix="corpus_g_lo_")

    docs = []
    # agreements
    rulesets = [list(x) for x in AGR_RULESETS]
    slots = list(AGR_SLOTS)
    assert len(rulesets) == 95 and len(slots) == 95, (len(rulesets), len(slots))
    rng.shuffle(rulesets)
    rng.shuffle(slots)
    # repair: missing-mentor never on firm-footer
    for i in range(len(slots)):
        if slots[i][1] == "rl-firm-footer" and "missing-mentor" in rulesets[i]:
            for j in range(len(slots)):
                if "missing-mentor" not in rulesets[j] and slots[j][1] not in ("rl-firm-footer",):
                    rulesets[i], rulesets[j] = rulesets[j], rulesets[i]
                    break
    for i in range(95):
        d = Doc()
        d.kind, d.rules, d.extras = "agreement", sorted(rulesets[i]), []
        d.format, d.layout = slots[i]
        d.subtype = rng.choice(SUBTYPES_AGR)
        docs.append(d)
    mr = [list(x) for x in MP_RULESETS]
    mf = list(MP_FORMATS)
    rng.shuffle(mr)
    rng.shuffle(mf)
    for i in range(20):
        d = Doc()
        d.kind, d.rules, d.extras, d.subtype, d.layout = "minplan", sorted(mr[i]), [], "minplan-entry", "minplan-entry"
        d.fmtspec = mf[i]
        d.format = mf[i].split(":")[0]
        docs.append(d)
    df = list(DEC_FORMATS)
    rng.shuffle(df)
    for i, (st, rules, extras) in enumerate(DEC_SPECS):
        d = Doc()
        d.kind, d.subtype, d.rules, d.extras, d.layout = "decision", st, sorted(rules), list(extras), "decision-letter"
        d.fmtspec = df[i]
        d.format = df[i].split(":")[0]
        docs.append(d)
    for st, layout, fs in UNK_SPECS:
        d = Doc()
        d.kind, d.subtype, d.rules, d.extras, d.layout = "unknown", st, [], [], layout
        d.fmtspec = fs
        d.format = fs.split(":")[0]
        docs.append(d)

    # common attributes; interleave order deterministically
    rng.shuffle(docs)
    lo_jobs = []
    expected = []
    for idx, d in enumerate(docs):
        d.idx = idx + 1
        d.muni = MUNIS[idx % 10]
        d.rng = random.Random(args.seed * 1000 + d.idx)
        r = d.rng
        d.traits = ["municipality: %s" % d.muni["name"]]
        d.citizen = r.choice(CITIZENS)
        d.cw = r.choice(d.muni["cw"])
        d.cw_title = r.choice(["Sagsbehandler", "Jobkonsulent", "Virksomhedskonsulent", "Socialrådgiver", "Ungevejleder"])
        d.case_no = d.muni["case"].format(n=r.randint(1000, 99999))
        d.cpr = cpr_for(r) if r.random() < 0.35 and d.kind != "unknown" or (d.kind == "unknown" and d.subtype in ("status-report",) and r.random() < 0.7) else None
        d.firm_index = r.randrange(len(FIRMS))
        d.split_key = None
        d.need_phone = d.layout == "rl-ocr-damaged" or getattr(d, "fmtspec", "").endswith("ocr-damaged")
        d.name = "g%03d_%s" % (d.idx, d.muni["key"])
        d.period = None
        d.letter_date = dt.date(2026, r.randint(1, 10), r.randint(1, 28))
        if d.kind in ("agreement", "minplan"):
            if d.layout in ("rl-firm-footer", "firm-template"):
                # mentor comes from the firm whose template/footer is used
                pass
            build_content(r, d)
            if d.kind == "minplan":
                d.traits = [t for t in d.traits if not t.startswith("appeal:")] + ["no appeal guidance (not required for minplan)"]
            if d.layout == "rl-firm-footer" and d.mentor["firm_obj"] is None:
                # force an external mentor so the firm footer belongs to the mentor's firm
                fo = FIRMS[d.firm_index]
                n, p, e = fo["mentors"][0]
                d.mentor = dict(name=n, phone=p, mail=e, firm=fo["name"], firm_obj=fo)
                if d.mentor_variant == "full":
                    d.f["mentor"] = mentor_text(r, d.mentor, True)
                    d.traits = [t for t in d.traits if not t.startswith("mentor:")] + ["mentor: %r" % d.f["mentor"]]
            if d.layout == "firm-template":
                fo = FIRMS[d.firm_index]
                if d.mentor["firm"] != fo["name"]:
                    n, p, e = r.choice(fo["mentors"])
                    d.mentor = dict(name=n, phone=p, mail=e, firm=fo["name"], firm_obj=fo)
                    if d.mentor_variant == "full":
                        d.f["mentor"] = mentor_text(r, d.mentor)
                    elif d.mentor_variant == "name-only":
                        d.f["mentor"] = "%s, %s" % (n, fo["name"])
                    d.traits = [t for t in d.traits if not t.startswith(("mentor:", "missing-mentor"))] + \
                        ["mentor: %r" % d.f["mentor"] if d.mentor_variant == "full" else "missing-mentor made by: %s -> %r" % (d.mentor_variant, fval(d.f["mentor"]))]
            if d.layout == "rl-running-header-split" or getattr(d, "fmtspec", "") == "pdf:rl-running-header-split":
                present = [k for k in ["tasks", "duration", "hours", "follow", "appeal", "mentor"] if fval(d.f.get(k))]
                d.split_key = r.choice(present)
                d.traits.append("page break cuts the field '%s' across pages 1-2 (running header/footer inserted inside it)" % d.split_key)
        elif d.kind == "decision":
            d.mentor = pick_mentor(r, d.muni)
            if d.subtype in ("bevilling", "delvis-bevilling", "forlængelse"):
                s, e, ft, pt, note = make_period(r, d.muni, "duration-over-6-months" in d.rules)
                d.period, d.period_prose = (s, e), pt
                d.traits.append("granted period: %r (%s)" % (pt, note))
                d.letter_date = s - dt.timedelta(days=r.randint(3, 14))
            else:
                d.period_prose = None
                d.traits.append("no granted period (%s)" % d.subtype)
        # blocks
        if d.kind == "agreement":
            L = d.layout
            if L in ("prose-letter", "prose-letter-bullet-summary"):
                blocks = prose_blocks(r, d, bullets=L.endswith("summary"))
            elif L == "firm-template":
                blocks = firm_blocks(r, d)
            elif L == "journal-note-agreement":
                blocks = journal_agreement_blocks(r, d)
            elif L == "email-message":
                blocks = prose_blocks(r, d) if r.random() < 0.5 else form_blocks(r, d, "fields")
                d.traits.append("e-mail body: %s" % ("prose letter" if blocks[0][0] == "meta" else "form"))
            elif L == "table-form":
                blocks = form_blocks(r, d, "table")
            elif L == "wrapped-txt-72":
                if r.random() < 0.5:
                    blocks = prose_blocks(r, d)
                    d.traits.append("wrapped prose letter")
                else:
                    blocks = form_blocks(r, d, "fields")
                    d.traits.append("wrapped form")
            elif L.startswith("rl-"):
                if L != "rl-running-header-split" and r.random() < 0.35:
                    blocks = prose_blocks(r, d)
                    d.traits.append("PDF body is a prose letter")
                else:
                    blocks = form_blocks(r, d, "fields")
            else:
                blocks = form_blocks(r, d, "fields")
        elif d.kind == "minplan":
            blocks = minplan_blocks(r, d)
        elif d.kind == "decision":
            blocks = decision_blocks(r, d)
        else:
            blocks = unknown_blocks(r, d)
        if d.kind in ("agreement", "minplan"):
            sanity(d, blocks)

        # write
        fmtspec = getattr(d, "fmtspec", None) or ("pdf:" + d.layout if d.format == "pdf" else d.format)
        if d.format == "pdf" and d.layout in ("table-form", "numbered-list", "headed-sections"):
            fmtspec = "pdf:lo"
        ext = d.format
        fname = "%s.%s" % (d.name, ext)
        path = os.path.join(out, fname)
        title = next((b[1] for b in blocks if b[0] == "title"), d.subtype)
        docx_style = {"numbered-list": "numbered", "headed-sections": "headed"}.get(d.layout, "fields")
        if fmtspec.startswith("pdf:rl"):
            variant = fmtspec.split(":")[1][3:]
            variant = {"running-header-split": "split", "two-column": "twocol", "ocr-damaged": "ocr",
                       "firm-footer": "firmfooter", "sidebar-left": "sidebar-left", "sidebar-right": "sidebar-right",
                       "plain": "plain"}[variant]
            sb = sidebar_lines(d.muni) if variant.startswith("sidebar") else None
            ff = None
            if variant == "firmfooter":
                ff = firm_footer_lines(FIRMS[d.firm_index] if d.kind == "unknown" else d.mentor["firm_obj"])
            if variant == "split" and d.split_key is None:
                # decisions: force a break inside the appeal paragraph area
                for j, b in enumerate(blocks):
                    if b[0] == "h" and j + 1 < len(blocks):
                        blocks.insert(j + 1, ("break",))
                        d.traits.append("forced page break after heading %r" % b[1])
                        break
            n = W.write_pdf_rl(path, blocks, variant, d.muni["name"], "Sagsnr. " + d.case_no, sidebar=sb,
                               firm_footer=ff, seed=args.seed * 7 + d.idx, title_meta=title)
            d.traits.append("reportlab PDF, variant %s, %d page(s); running header '%s' / 'Sagsnr. …' and footer 'Side x af %d'" % (variant, n, d.muni["name"], n))
            if variant == "ocr":
                d.traits.append("text layer OCR-damaged (ø→o/g/e, æ→ae/@/a/e, å→a/é/d, i→1, m→rn, hyphenated line breaks); digits kept")
            if d.kind == "minplan" or d.kind == "decision":
                if fmtspec == "pdf:rl-running-header-split" and d.split_key:
                    pass
        elif fmtspec == "pdf:lo":
            tmpd = os.path.join(lo_tmp, d.name + ".docx")
            W.write_docx(tmpd, blocks, docx_style if d.layout != "table-form" else "fields")
            lo_jobs.append((tmpd, path, d))
            d.traits.append("LibreOffice PDF converted from DOCX (%s)" % docx_style)
        elif d.format == "docx":
            W.write_docx(path, blocks, docx_style)
        elif d.format == "odt":
            W.write_odt(path, blocks)
        elif d.format == "rtf":
            W.write_rtf(path, blocks)
        elif d.format == "html":
            W.write_html(path, blocks, title, divs=(d.layout == "html-divs" or r.random() < 0.5),
                         css_class=r.choice(["mk", "fld", "aftale", "x-form"]))
        elif d.format == "txt":
            wrap = d.layout == "wrapped-txt-72" or r.random() < 0.3
            W.write_txt(path, blocks, wrap=wrap, crlf=r.random() < 0.3)
            if wrap:
                d.traits.append("hard-wrapped at 72 columns")
        elif d.format == "eml":
            cw_mail = email_of(d.cw[0], d.muni["dom"])
            text = "\n".join(W.to_lines(blocks)).strip() + "\n"
            subj = {"agreement": "Din mentoraftale", "minplan": "Kopi af Min Plan – mentor", "decision": "Afgørelse om mentorstøtte"}.get(
                d.kind, "Vedr. møde" if d.subtype == "scheduling-email" else "Notat fra telefonsamtale")
            if d.kind == "unknown" and d.subtype == "phone-note":
                cw_to = email_of(d.muni["cw"][1][0], d.muni["dom"])
                to = "%s <%s>" % (d.muni["cw"][1][0], cw_to)
            else:
                to = "%s <%s>" % (d.citizen, d.citizen.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@privatmail.dk")
            date = dt.datetime.combine(d.letter_date, dt.time(9, 14), tzinfo=dt.timezone(dt.timedelta(hours=1)))
            W.write_eml(path, "%s <%s>" % (d.cw[0], cw_mail), to, subj, date, text, qp=r.random() < 0.5,
                        msgid="<g%03d.%s@%s>" % (d.idx, d.case_no.replace(" ", "").replace("/", "-"), d.muni["dom"]))
        else:
            raise ValueError(fmtspec)
        if d.kind == "unknown":
            d.traits.append("unknown document type: %s" % d.subtype)
        must = [d.cpr] if d.cpr and d.cpr in plain(blocks) else []
        if d.cpr and not must:
            d.cpr = None
        expected.append(dict(path=fname, format=d.format, kind=d.kind, subtype=d.subtype, layout=d.layout,
                             rules=sorted(d.rules), extras=sorted(d.extras), error=None, accept_errors=[],
                             hostile=False, must_not_contain=must, traits=d.traits,
                             period=({"start": d.period[0].isoformat(), "end": d.period[1].isoformat()}
                                     if d.period else None)))

    # LibreOffice batch conversion
    if lo_jobs:
        if args.no_lo:
            raise SystemExit("--no-lo not supported for final corpus")
        outdir = os.path.join(lo_tmp, "pdf")
        os.makedirs(outdir, exist_ok=True)
        cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_corpus_g", "--convert-to", "pdf",
               "--outdir", outdir] + [j[0] for j in lo_jobs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, dst, d in lo_jobs:
            pdf = os.path.join(outdir, os.path.basename(src)[:-5] + ".pdf")
            with open(pdf, "rb") as fh:
                data = fh.read()
            # same-length substitutions keep xref offsets valid and make the bytes deterministic
            data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20260101000000", data)
            data = re.sub(rb"/ID \[ ?<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                          lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))), data)
            data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), data)
            with open(dst, "wb") as fh:
                fh.write(data)
            os.remove(pdf)
    shutil.rmtree(lo_tmp, ignore_errors=True)

    expected.sort(key=lambda e: e["path"])
    with open(os.path.join(out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for e in expected:
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d documents to %s" % (len(expected), out))


if __name__ == "__main__":
    main()
