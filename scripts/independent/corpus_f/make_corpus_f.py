# -*- coding: utf-8 -*-
"""Corpus F generator: Danish mentor-support documents with ground-truth labels.

Run from /work/main:
  .venv/bin/python scripts/independent/corpus_f/make_corpus_f.py --out /work/corpora/f --seed 13
"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

from data_f import (MONTHS, MONTHS_ABBR, CITIZENS, MENTORS, CLEAR_GOALS, CLEAR_GOALS_EN, UNCLEAR_GOALS,  # noqa: E402
                    UNCLEAR_GOALS_EN, DELMAAL_SETS, TASKS, FIRMS, MUNIS, FIRM_STYLES, UNIT_SCHOOLS)
import render_f as R  # noqa: E402

FU_WORDS = ("status", "evaluer", "opfølg", "progression", "delmål", "følge op", "følger op", "tilbagemeld")

# ------------------------------------------------------------------ dates


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, 1) if d.day == 1 else dt.date(y, m, min(d.day, 28))


def fmt_date(d, style):
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    raise ValueError(style)


def fmt_range(start, end, ds, rs, months=None):
    a, b = fmt_date(start, ds), fmt_date(end, ds)
    if rs == "dash":
        return f"{a} – {b}"
    if rs == "dash-nospace":
        return f"{a}-{b}"
    if rs == "fra-til":
        return f"fra {a} til {b}"
    if rs == "til":
        return f"{a} til {b}"
    if rs == "fra-og-med":
        return f"fra og med {a} til og med {b}"
    if rs == "fom-tom":
        return f"f.o.m. {a} t.o.m. {b}"
    if rs == "pr-months":
        if months:
            return f"pr. {a} i {months} måneder (til og med {b})"
        return f"{a} - {b}"
    raise ValueError(rs)


def make_period(rnd, over=False):
    """Return (start, end, months or None, special text kind)."""
    start = dt.date(2026, rnd.choice([1, 2, 3, 4, 5, 6, 8, 9]), rnd.choice([1, 1, 1, 15]))
    if over:
        kind = rnd.choice(["m7", "m8", "m9", "m12", "edge"])
        if kind == "edge":
            start = dt.date(2026, 3, 1)
            return start, dt.date(2026, 9, 1), None, "edge"
        n = int(kind[1:])
        return start, add_months(start, n) - dt.timedelta(days=1), n, kind
    kind = rnd.choice(["m3", "m4", "m5", "m6", "m6", "w26", "full"])
    if kind == "full":
        start = dt.date(2026, 3, 1)
        return start, dt.date(2026, 8, 31), 6, kind
    if kind == "w26":
        return start, start + dt.timedelta(days=181), None, kind
    n = int(kind[1:])
    return start, add_months(start, n) - dt.timedelta(days=1), n, kind


def period_text(m, start, end, months, kind):
    if kind == "w26":
        return f"26 uger fra {fmt_date(start, m['date_style'])}"
    return fmt_range(start, end, m["date_style"], m["range_style"], months)


# ------------------------------------------------------------------ helpers


def first(name):
    return name.split()[0]


def fill(s, c):
    return s.replace("{c}", first(c))


def join_and(items):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " og " + items[-1]


def present(inf):
    w, _, rest = inf.partition(" ")
    w = "er" if w == "være" else w + "r"
    return (w + " " + rest).strip()


def cap(s):
    return s[:1].upper() + s[1:]


def phone(rnd):
    return f"{rnd.choice([20, 21, 22, 24, 26, 28, 30, 31, 40, 42, 50, 51, 60, 61])} {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"


def email_of(name, domain):
    import unicodedata
    n = name.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    n = unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode()
    parts = n.split()
    return f"{parts[0]}.{parts[-1]}@{domain}"


def cpr(rnd):
    d = dt.date(rnd.randint(1975, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    return d.strftime("%d%m%y") + "-" + f"{rnd.randint(0, 9999):04d}"


# ------------------------------------------------------------------ field builders
# Each field: dict(key, label, blocks, text, prose, bottom=False)


def goal_field(m, ctx, state, rnd, traits, style_hint=None):
    c = ctx["citizen"]
    lab = rnd.choice(m["goal_labels"]) if style_hint is None else style_hint
    if state == "missing":
        if lab == "Delmål":
            lab = "Hovedmål"
        how = rnd.choice(["omit", "dash", "later"])
        if how == "omit":
            traits.append("missing-goal: goal section left out entirely")
            return None
        val = {"dash": "-", "later": "Udfyldes ved opstartsmødet"}[how]
        traits.append(f"missing-goal: label '{lab}' kept with placeholder '{val}'")
        return dict(key="goal", label=lab, blocks=[("kv", lab, val)], text=val, prose=f"{lab}: {val}.")
    en = "Objective" in lab or ctx.get("english")
    if lab in ("Delmål", "Hovedmål") and state == "clear" and not ctx.get("no_fu_words"):
        main, subs = rnd.choice(DELMAAL_SETS)
        ctx["goal_theme"] = "edu" if any(w in main for w in EDU_G) else "job"
        main = fill(main, c)
        subs = [fill(s, c) for s in subs]
        traits.append("goal: 'Hovedmål:' line + 'Delmål:' list (" + str(len(subs)) + " items)")
        blocks = [("kv", "Hovedmål", main), ("p", "Delmål:"), ("ul", [cap(s) for s in subs])]
        return dict(key="goal", label="Hovedmål", blocks=blocks, text=main + "\nDelmål: " + "; ".join(subs),
                    prose=f"Hovedmålet er, at {main[0].lower() + main[1:]} Undervejs arbejder vi med disse delmål: {join_and(subs)}.")
    if lab == "Delmål":
        lab = "Hovedmål"
    if state == "clear":
        g = fill(rnd.choice(CLEAR_GOALS_EN if en and rnd.random() < 0.5 else CLEAR_GOALS), c)
    else:
        g = fill(rnd.choice(UNCLEAR_GOALS_EN if en and rnd.random() < 0.4 else UNCLEAR_GOALS), c)
    ctx["goal_theme"] = ("edu" if any(w in g for w in EDU_G) else "job") if state == "clear" else None
    traits.append(f"goal ({state}): label '{lab}'")
    return dict(key="goal", label=lab, blocks=[("kv", lab, g)], text=g,
                prose=f"Målet med mentorstøtten er: {g}" if not ctx.get("prose_goal_first") else g)


EDU_T = ("skole", "uddannelses", "SPS", "lektier")
JOB_T = ("praktikstedet", "arbejdspladsen", "arbejdsgiveren", "kolleger", "Jobnet", "jobsamtaler")
EDU_G = ("uddannelse", "HF", "VUC", "skole", "semester", "grundforløb", "EUD", "apprenticeship")


def pick_tasks(rnd, ctx, n=None):
    pool = [t for t in TASKS if not (ctx.get("no_fu_words") and t[3] == "fu")]
    theme = ctx.get("goal_theme")
    if theme == "edu":
        pool = [t for t in pool if not any(w in t[0] for w in JOB_T)]
    elif theme == "job":
        pool = [t for t in pool if not any(w in t[0] for w in EDU_T)]
    n = n or rnd.randint(3, 5)
    return rnd.sample(pool, n)


def tasks_field(m, ctx, state, rnd, traits, leadin=None):
    c = ctx["citizen"]
    label, form = leadin or rnd.choice(m["task_leadins"])
    if state == "missing":
        how = rnd.choice(["omit", "omit", "dash", "placeholder", "empty-col"])
        if how == "empty-col" and ctx.get("layout") != "indsats-table":
            how = "placeholder"
        if how == "omit":
            traits.append("missing-tasks: tasks section left out entirely")
            return None
        val = {"dash": "-", "placeholder": "(udfyldes af mentor)", "empty-col": ""}[how]
        lab = label.rstrip(":")
        traits.append(f"missing-tasks: label '{lab}' kept, content '{val or 'empty'}'")
        return dict(key="tasks", label=lab, blocks=[("kv", lab, val or "-")], text=val, prose="", empty=True)
    ts = pick_tasks(rnd, ctx)
    inf = [fill(t[0], c) for t in ts]
    noun = [fill(t[1], c) for t in ts]
    en = [fill(t[2], c) for t in ts]
    mf = first(ctx["mentor"])
    traits.append(f"tasks: lead-in/label '{label}' as {form}")
    lab = label.rstrip(":")
    if form == "bullets-noun":
        blocks = [("p", label if label.endswith(":") else label + ":"), ("ul", noun)]
        text = "\n".join(noun)
    elif form == "bullets-inf":
        blocks = [("p", label if label.endswith(":") else label + ":"), ("ul", inf)]
        text = "\n".join(inf)
    elif form == "sentence-inf":
        s = f"{label} {join_and(inf)}."
        blocks = [("p", s)]
        text = s
    elif form == "sentence-noun":
        s = f"{label}: " + join_and([n[0].lower() + n[1:] for n in noun]) + "."
        blocks = [("p", s)]
        text = s
    elif form == "numbered-inf":
        items = [cap(i) for i in inf]
        blocks = [("p", label), ("ol", items)]
        text = "\n".join(f"{k}. {i}" for k, i in enumerate(items, 1))
    elif form == "numbered-noun":
        blocks = [("p", label + ":"), ("ol", noun)]
        text = "\n".join(f"{k}. {i}" for k, i in enumerate(noun, 1))
    elif form == "present-bullets":
        items = [cap(present(i)) for i in inf]
        blocks = [("p", label), ("ul", items)]
        text = "\n".join(items)
    elif form == "present-du":
        s = f"{label} at " + join_and(inf) + "."
        blocks = [("p", s)]
        text = s
    elif form == "firstname":
        s = f"{mf} vil især " + join_and(inf) + "."
        blocks = [("p", label + ":"), ("p", s)]
        text = s
        traits.append(f"tasks: first-name lead-in '{mf} vil især'")
    elif form == "prose-inf":
        s = f"{label}: mentor skal " + join_and(inf) + "."
        blocks = [("p", s)]
        text = s
    elif form == "bullets-en":
        blocks = [("p", label), ("ul", [cap(e) for e in en])]
        text = "\n".join(en)
    elif form == "table-col":
        blocks = [("table", [["Indsats"]] + [[n] for n in noun], True)]
        text = "\n".join(noun)
    else:
        raise ValueError(form)
    prose = f"Din mentor skal {join_and(inf)}."
    return dict(key="tasks", label=lab, blocks=blocks, text=text, prose=prose, noun=noun, inf=inf)


def mentor_field(m, ctx, state, rnd, traits, style=None):
    name = ctx["mentor"]
    firm = FIRMS[ctx["firm"]]
    ph = ctx["mentor_phone"]
    em = email_of(name, firm["domain"])
    lab = m["mentor_label"]
    style = style or rnd.choice(m["mentor_styles"])
    mf = first(name)
    if state == "missing":
        how = rnd.choice(["omit", "name-only", "pending-cw", "placeholder"])
        if how == "omit":
            traits.append("missing-mentor: no mentor section at all")
            return None
        if how == "name-only":
            val = f"{name}, {firm['short']}"
            traits.append("missing-mentor: mentor named without phone or e-mail")
        elif how == "pending-cw":
            cw = ctx["cw"]
            val = f"Mentor er endnu ikke fundet. Indtil da kan du kontakte din sagsbehandler {cw[0]}, tlf. {cw[1]}."
            traits.append("missing-mentor: mentor not yet found, only caseworker's contact given")
        else:
            val = "[navn og tlf.]"
            traits.append("missing-mentor: placeholder '[navn og tlf.]'")
        return dict(key="mentor", label=lab, blocks=[("kv", lab, val)], text=val, prose=f"{lab}: {val}")
    traits.append(f"mentor: style {style}, label '{lab}'")
    if style == "lines":
        lines = [name, firm["name"], f"Tlf. {ph}", f"Mail: {em}"]
        blocks = [("p", lab + ":")] + [("p", l) for l in lines]
    elif style == "kv":
        lines = [f"{name}, {firm['name']}, tlf. {ph}"]
        blocks = [("kv", lab, lines[0])]
    elif style == "sentence-first":
        lines = [f"{lab} hedder {name} og er ansat hos {firm['name']}. Du kan ringe eller sende sms til {mf} på {ph}."]
        blocks = [("p", lines[0])]
    elif style == "textbox":
        lines = [lab, name, firm["name"], f"Mobil: {ph}", em]
        blocks = [("box", lines)]
    elif style == "table-row":
        lines = [f"{name} | {firm['name']} | {ph} | {em}"]
        blocks = [("table", [["Rolle", "Navn", "Firma", "Telefon", "E-mail"], ["Mentor", name, firm["name"], ph, em]], True)]
    elif style == "firm-person":
        lines = [f"Mentorstøtten leveres af {firm['name']} v/ {name} ({em})."]
        blocks = [("p", lines[0])]
    elif style == "first-name-phone":
        lines = [f"{mf} – {ph}"]
        blocks = [("kv", lab, lines[0])]
    elif style == "signature":
        lines = ["Mentor", name, firm["name"], f"Mobil {ph}"]
        blocks = [("sig", lines)]
    elif style == "prose":
        lines = [f"{name} fra {firm['name']} bliver din mentor. Du kan fange {mf} på {ph} eller {em}."]
        blocks = [("p", lines[0])]
    else:
        raise ValueError(style)
    return dict(key="mentor", label=lab, blocks=blocks, text="\n".join(lines),
                prose=f"Din mentor er {name} fra {firm['name']}, som du kan kontakte på tlf. {ph} eller {em}.",
                bottom=(style == "signature"), style=style)


def duration_field(m, ctx, state, rnd, traits, label=None):
    lab = label or m["dur_label"]
    if state == "missing":
        how = rnd.choice(["omit", "omit", "later"])
        ctx["period"] = None
        if how == "omit":
            traits.append("missing-duration: no period anywhere in the document")
            return None
        traits.append(f"missing-duration: label '{lab}' with 'aftales senere'")
        return dict(key="duration", label=lab, blocks=[("kv", lab, "aftales senere")], text="aftales senere", prose="")
    s, e, months, kind = make_period(rnd, over=(state == "over"))
    ctx["period"] = (s, e)
    txt = period_text(m, s, e, months, kind)
    traits.append(f"duration ({state}, {kind}): label '{lab}', written '{txt}'")
    return dict(key="duration", label=lab, blocks=[("kv", lab, txt)], text=txt,
                prose=f"Aftalen gælder {txt if txt.startswith(('fra', 'f.o.m', 'pr.', '26')) else 'i perioden ' + txt}.")


def fu_field(m, ctx, state, rnd, traits, label=None, text=None):
    lab = label or m["fu_label"]
    if state == "missing":
        traits.append("missing-follow-up: no follow-up/evaluation wording anywhere")
        return None
    t = text or rnd.choice(m["fu_texts"])
    traits.append(f"follow-up: label '{lab}'")
    return dict(key="fu", label=lab, blocks=[("kv", lab, t)], text=t, prose=t)


def hours_field(m, ctx, state, rnd, traits, label=None, fmt=None):
    lab = label or m["hours_label"]
    if state == "missing":
        how = rnd.choice(["omit", "efter-behov", "par-timer", "later"])
        if how == "omit":
            traits.append("missing-hours: no hours stated")
            return None
        val = {"efter-behov": "efter behov", "par-timer": "et par timer om ugen",
               "later": "fastsættes ved opstart"}[how]
        traits.append(f"missing-hours: label '{lab}' with vague '{val}'")
        return dict(key="hours", label=lab, blocks=[("kv", lab, val)], text=val, prose=f"Timetallet er {val}.")
    n = rnd.choice(["1", "2", "2", "3", "4", "1,5", "5"])
    f = fmt or m["hours_fmt"]
    txt = f.replace("{n}", n)
    if n == "1":
        txt = txt.replace("1 timer", "1 time").replace("1 hours", "1 hour")
    traits.append(f"hours: label '{lab}' = '{txt}'")
    pro = (f"Du får {txt}." if ("time" in txt or "t/uge" in txt)
           else f"Du får mentorstøtte {n} {'time' if n == '1' else 'timer'} om ugen.")
    return dict(key="hours", label=lab, blocks=[("kv", lab, txt)], text=txt, prose=pro)


def appeal_field(m, ctx, state, rnd, traits, head=None, text=None):
    lab = head or m["appeal_head"]
    if state == "missing":
        how = rnd.choice(["omit", "omit", "vague", "placeholder"])
        if how == "omit":
            traits.append("missing-appeal-guidance: no appeal section")
            return None
        val = {"vague": "Du kan klage over den.", "placeholder": "[standardtekst indsættes]"}[how]
        traits.append(f"missing-appeal-guidance: heading '{lab}' with '{val}' (no body, no deadline)")
        return dict(key="appeal", label=lab, blocks=[("h", lab), ("p", val)], text=val, prose=val)
    t = text or m["appeal"]
    traits.append(f"appeal: heading '{lab}'")
    return dict(key="appeal", label=lab, blocks=[("h", lab), ("p", t)], text=t, prose=t)


# ------------------------------------------------------------------ layouts


def header_blocks(m, ctx, rnd, letter_date):
    cw = ctx["cw"]
    hb = [("p", m["name"]), ("p", m["unit"]), ("p", m["street"]), ("blank",)]
    style = rnd.choice(["a", "b", "c"])
    if style == "a":
        hb.append(("p", f"Dato: {fmt_date(letter_date, 'long')}"))
        hb.append(("p", f"Borger: {ctx['citizen']}"))
    elif style == "b":
        hb.append(("p", f"{ctx['citizen']}"))
        hb.append(("p", f"{fmt_date(letter_date, 'dot')}"))
    else:
        hb.append(("p", f"Sagsnr. 15.{rnd.randint(10, 40)}.{rnd.randint(10, 99)}-K{rnd.randint(10, 99)}-{rnd.randint(100, 999)}-26 · {fmt_date(letter_date, 'dots')}"))
        hb.append(("p", f"Navn: {ctx['citizen']}"))
    if ctx.get("cpr"):
        hb.append(("p", f"CPR-nr.: {ctx['cpr']}"))
    return hb


SIGNOFFS = {
    "vestera": ("Med venlig hilsen", "Sagsbehandler", "Direkte tlf. {p}"),
    "hjortbaek": ("Venlig hilsen", "Jobkonsulent", "Tlf.: {p}"),
    "lindholt": ("Mvh.", "Beskæftigelsesrådgiver", "Telefon {p} (man-tors 9-14)"),
    "sonderfjord": ("Med venlig hilsen", "Rådgiver", "Tlf. {p}"),
    "bakkerup": ("De bedste hilsner", "Ungevejleder", "Sms/ring: {p}"),
    "ravnsbjerg": ("Med venlig hilsen", "Socialrådgiver", "Direkte nr.: {p}"),
    "kildeby": ("Hilsen", "Din kontaktperson", "Ring på {p}"),
    "osterlund": ("Med venlig hilsen", "Jobcentermedarbejder", "T: {p}"),
    "fyrrekaer": ("Venlig hilsen / Kind regards", "Integrationsmedarbejder", "Tlf./Phone {p}"),
    "strandvig": ("Med venlig hilsen", "Virksomhedskonsulent", "Tlf. {p}"),
    "mosehoj": ("Mange hilsner", "Uddannelsesvejleder", "Mobil {p}"),
    "tangeby": ("Med venlig hilsen", "Sagsbehandler, Job og Ydelse", "Tlf. {p}"),
}


def signoff(m, ctx):
    cw = ctx["cw"]
    g, role, ph = SIGNOFFS[m["slug"]]
    return [("sig", [g, cw[0], role + ", " + m["name"], ph.replace("{p}", cw[1]), cw[2]])]


def arrange(layout, m, ctx, fields, rnd, traits, title):
    """fields: ordered list of field dicts (None removed). Returns blocks."""
    F = [f for f in fields if f]
    bottom = [f for f in F if f.get("bottom")]
    body = [f for f in F if not f.get("bottom")]
    blocks = header_blocks(m, ctx, rnd, ctx["letter_date"]) + [("title", title)]
    intro = ctx["intro"]
    appeal = [f for f in body if f["key"] == "appeal"]
    body = [f for f in body if f["key"] != "appeal"]
    if layout in ("label-colon", "ocr-scan", "eml-plain", "wrapped-txt", "textbox"):
        blocks.append(("p", intro))
        for f in body:
            blocks.extend(f["blocks"])
    elif layout in ("heading-sections", "english-bilingual"):
        blocks.append(("p", intro))
        for f in body:
            bl = f["blocks"]
            if bl and bl[0][0] == "kv":
                bl = [("p", bl[0][2])] + list(bl[1:])
            elif bl and bl[0][0] == "p" and bl[0][1].rstrip(":") == f["label"]:
                bl = list(bl[1:])
            elif bl and bl[0][0] == "p" and bl[0][1].startswith(f["label"]):
                blocks.extend(bl)
                continue
            blocks.append(("h", f["label"]))
            blocks.extend(bl)
    elif layout == "html-divs":
        blocks.append(("p", intro))
        for f in body:
            bl = f["blocks"]
            if bl and bl[0][0] == "kv":
                bl = [("p", bl[0][2])] + list(bl[1:])
            elif bl and bl[0][0] == "p" and bl[0][1].rstrip(":") == f["label"]:
                bl = list(bl[1:])
            blocks.append(("field", "f-" + f["key"], f["label"], bl))
    elif layout == "numbered-list":
        blocks.append(("p", intro))
        for f in body:
            if f.get("noun") is not None:
                blocks.append(("ol", [f["label"]]))
                sub = f.get("inf") or f["noun"]
                for k, s in enumerate(sub):
                    blocks.append(("p", f"   {'abcdefg'[k]}) {s}"))
                traits.append("tasks as lettered sub-points a), b), c) under a Word-numbered item")
            else:
                blocks.append(("ol", [f"{f['label']}: {f['text'].replace(chr(10), '; ')}" if f['text'] else f"{f['label']}: -"]))
        traits.append("field labels are Word auto-numbered list items (List Number)")
    elif layout == "docx-table":
        blocks.append(("p", intro))
        rows = [["Punkt", "Aftale"]] + [[f["label"], f["text"] or "-"] for f in body]
        blocks.append(("table", rows, True))
    elif layout == "indsats-table":
        blocks.append(("p", intro))
        goal = next((f for f in body if f["key"] == "goal"), None)
        tasks = next((f for f in body if f["key"] == "tasks"), None)
        rows = [["Mål", "Indsats", "Hvem"]]
        goaltxt = goal["text"] if goal else ""
        if goal and goal["text"] in ("-",):
            goaltxt = "-"
        items = (tasks.get("noun") if tasks else None) or [""]
        for k, it in enumerate(items):
            rows.append([goaltxt if k == 0 else "", it, "Mentor" if it else ""])
        blocks.append(("table", rows, True))
        if not goal:
            traits.append("missing-goal in table: 'Mål' column left empty")
        if not tasks or not tasks.get("noun"):
            traits.append("missing-tasks in table: 'Indsats' column left empty")
        traits.append("goal and tasks in a table with columns 'Mål' | 'Indsats' | 'Hvem'")
        for f in body:
            if f["key"] not in ("goal", "tasks"):
                blocks.extend(f["blocks"])
    elif layout == "prose-letter":
        cf = first(ctx["citizen"])
        blocks.append(("p", f"Kære {cf}"))
        goal = next((f for f in body if f["key"] == "goal"), None)
        if goal and goal.get("prose") and goal["text"] not in ("-",):
            blocks.append(("p", f"Tak for en god samtale. Vi har aftalt, at du får en mentor. {goal['prose']}"))
            traits.append("goal stated in prose in the first paragraph of the letter")
        else:
            blocks.append(("p", "Tak for en god samtale. Vi har aftalt, at du får en mentor."))
            if goal:
                blocks.extend(goal["blocks"])
        for f in body:
            if f["key"] == "goal":
                continue
            if f["key"] == "mentor" and f.get("style") in ("table-row", "textbox"):
                blocks.extend(f["blocks"])
            elif f.get("prose"):
                blocks.append(("p", f["prose"]))
            else:
                blocks.extend(f["blocks"])
        traits.append("all fields written as prose sentences")
    else:
        raise ValueError(layout)
    for f in appeal:
        blocks.extend(f["blocks"])
    blocks.extend(signoff(m, ctx))
    for f in bottom:
        blocks.extend(f["blocks"])
    return blocks


# ------------------------------------------------------------------ output handling


class Out:
    def __init__(self, outdir, rnd):
        self.outdir = outdir
        self.rnd = rnd
        self.tmp = tempfile.mkdtemp(prefix="corpus_f_")
        self.lo_jobs = []  # (src, target_ext, final_path)
        self.records = []

    def write(self, relpath, fmt, blocks, title, meta, via=None, eml=None):
        path = os.path.join(self.outdir, relpath)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if fmt == "txt":
            wrap = meta.pop("_wrap", None)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(R.flat_text(blocks, bullet=meta.pop("_bullet", "- "), wrap=wrap) + "\n")
        elif fmt == "html":
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(R.to_html(blocks, title, mode=meta.pop("_htmlmode", "plain")))
        elif fmt == "docx":
            R.to_docx(blocks, path, title)
        elif fmt == "rtf":
            with open(path, "w", encoding="ascii") as fh:
                fh.write(R.to_rtf(blocks))
        elif fmt == "eml":
            with open(path, "wb") as fh:
                fh.write(eml)
        elif fmt in ("pdf", "odt") and via in ("docx", "html"):
            base = os.path.splitext(os.path.basename(relpath))[0]
            sub = os.path.join(self.tmp, f"{len(self.lo_jobs):04d}_{fmt}")
            os.makedirs(sub)
            src = os.path.join(sub, base + "." + via)
            if via == "docx":
                R.to_docx(blocks, src, title)
            else:
                with open(src, "w", encoding="utf-8") as fh:
                    fh.write(R.to_html(blocks, title, mode=meta.pop("_htmlmode", "plain")))
            self.lo_jobs.append((src, fmt, path))
            meta["traits"].append(f"{fmt.upper()} converted from {via} with LibreOffice")
        elif fmt == "pdf" and via in ("reportlab", "ocr"):
            ocr = via == "ocr"
            text = R.flat_text(blocks, bullet="• " if not ocr else "- ")
            if ocr:
                text = R.ocr_damage(text, self.rnd)
                lines = R.hyphen_wrap(text, 78, self.rnd)
                meta["traits"].append("OCR-style damage (ø→o/g/e, æ→ae/@/e, å→a, m→rn, ' i '→' 1 ', hyphenated breaks), drawn with reportlab")
            else:
                lines = []
                for l in text.split("\n"):
                    lines.extend(R.hyphen_wrap(l, 95, random.Random(0)) if len(l) > 95 else [l])
                meta["traits"].append("PDF drawn with reportlab")
            R.to_pdf_reportlab(lines, path, title, ocr=ocr, rnd=self.rnd)
        else:
            raise ValueError((fmt, via))
        meta.pop("_wrap", None)
        meta.pop("_bullet", None)
        meta.pop("_htmlmode", None)
        rec = dict(path=relpath, format=fmt, kind=meta["kind"], subtype=meta["subtype"], layout=meta["layout"],
                   rules=sorted(set(meta["rules"])), extras=sorted(meta.get("extras", [])), error=None,
                   accept_errors=[], hostile=False, must_not_contain=meta.get("cpr", []),
                   traits=meta["traits"], period=meta.get("period"))
        self.records.append(rec)

    def run_lo(self):
        by_ext = {}
        for src, fmt, final in self.lo_jobs:
            by_ext.setdefault(fmt, []).append((src, final))
        for fmt, jobs in by_ext.items():
            outd = os.path.join(self.tmp, "lo_out_" + fmt)
            os.makedirs(outd, exist_ok=True)
            for i in range(0, len(jobs), 40):
                chunk = jobs[i:i + 40]
                cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_corpus_f",
                       "--convert-to", fmt, "--outdir", outd] + [s for s, _ in chunk]
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
                for s, final in chunk:
                    produced = os.path.join(outd, os.path.splitext(os.path.basename(s))[0] + "." + fmt)
                    if not os.path.exists(produced):
                        raise RuntimeError("LibreOffice failed for " + s)
                    shutil.move(produced, final)
        shutil.rmtree(self.tmp, ignore_errors=True)


# ------------------------------------------------------------------ kinds

AGREE_LAYOUT_FORMATS = {
    "label-colon": [("txt", None), ("docx", None), ("odt", "docx"), ("pdf", "docx"), ("rtf", None)],
    "heading-sections": [("docx", None), ("html", None), ("pdf", "docx"), ("odt", "docx")],
    "numbered-list": [("pdf", "docx"), ("docx", None)],
    "docx-table": [("docx", None), ("pdf", "docx"), ("odt", "docx")],
    "indsats-table": [("docx", None), ("pdf", "html"), ("html", None)],
    "prose-letter": [("docx", None), ("pdf", "reportlab"), ("txt", None), ("rtf", None)],
    "html-divs": [("html", None)],
    "ocr-scan": [("pdf", "ocr")],
    "eml-plain": [("eml", None)],
    "wrapped-txt": [("txt", None)],
    "textbox": [("docx", None), ("pdf", "docx")],
    "english-bilingual": [("docx", None), ("html", None), ("pdf", "docx")],
}


def new_ctx(rnd, m, idx, want_cpr):
    ctx = dict(citizen=CITIZENS[(idx * 7 + rnd.randint(0, 29)) % len(CITIZENS)],
               mentor=MENTORS[(idx * 3 + rnd.randint(0, 19)) % len(MENTORS)],
               firm=rnd.choice(list(FIRMS)), mentor_phone=phone(rnd),
               cw=rnd.choice(m["cw"]),
               letter_date=dt.date(2026, rnd.randint(1, 9), rnd.randint(1, 28)))
    if want_cpr:
        ctx["cpr"] = cpr(rnd)
    return ctx


def build_agreement(out, rnd, idx, m, issues, layout, fmt, via, firm_key=None):
    traits = []
    ctx = new_ctx(rnd, m, idx, rnd.random() < 0.3)
    ctx["layout"] = layout
    if firm_key:
        ctx["firm"] = firm_key
    if "missing-follow-up" in issues:
        ctx["no_fu_words"] = True
    if layout == "english-bilingual":
        ctx["english"] = True
    st = lambda r: "missing" if r in issues else "ok"  # noqa: E731
    gstate = "missing" if "missing-goal" in issues else ("unclear" if "unclear-goal" in issues else "clear")
    dstate = "missing" if "missing-duration" in issues else ("over" if "duration-over-6-months" in issues else "ok")
    ctx["intro"] = m["intro"].replace("{cf}", first(ctx["citizen"]))
    if gstate == "missing" or ("no_fu_words" in ctx and any(w in ctx["intro"].lower() for w in FU_WORDS)):
        ctx["intro"] = "Aftalen er lavet sammen med dig."
    fs = FIRM_STYLES.get(firm_key) if firm_key else None
    leadin = None
    if layout == "indsats-table":
        leadin = ("Indsats", "bullets-noun")
    elif fs:
        leadin = fs["task_leadin"]
    elif layout == "english-bilingual" and m["slug"] != "fyrrekaer":
        leadin = ("Mentorens opgaver / Support will include:", "bullets-en")
    mstyle = None
    if layout == "textbox":
        mstyle = "textbox"
    elif layout in ("docx-table", "numbered-list", "indsats-table") and m["mentor_label"]:
        mstyle = rnd.choice(["kv", "first-name-phone"]) if layout != "indsats-table" else None
        if mstyle == "first-name-phone" and layout != "indsats-table":
            mstyle = "kv"
    goal_lab = fs["goal_label"] if fs else ("Mål / Objective" if layout == "english-bilingual" and m["slug"] != "fyrrekaer" else None)
    f_goal = goal_field(m, ctx, gstate, rnd, traits, goal_lab)
    f_mentor = mentor_field(m, ctx, st("missing-mentor"), rnd, traits, mstyle)
    f_tasks = tasks_field(m, ctx, st("missing-tasks"), rnd, traits, leadin)
    f_dur = duration_field(m, ctx, dstate if dstate != "ok" else "ok", rnd, traits, fs["dur_label"] if fs else None)
    f_fu = fu_field(m, ctx, st("missing-follow-up"), rnd, traits, fs["fu_label"] if fs else None, fs["fu_text"] if fs else None)
    f_hours = hours_field(m, ctx, st("missing-hours"), rnd, traits, fs["hours_label"] if fs else None,
                          "{n} timer pr. uge" if fs else None)
    f_app = appeal_field(m, ctx, st("missing-appeal-guidance"), rnd, traits)
    order = [f_goal, f_mentor, f_tasks, f_dur, f_hours, f_fu, f_app]
    if rnd.random() < 0.4:
        order = [f_mentor, f_dur, f_goal, f_tasks, f_hours, f_fu, f_app]
    title = fs["title"] if fs else m["title"]
    if fs:
        ctx["intro"] = (f"Aftalen er udarbejdet af {FIRMS[firm_key]['name']} på vegne af {m['name']}."
                        if gstate != "missing" else f"Udarbejdet af {FIRMS[firm_key]['name']}.")
        traits.append(f"written by mentor firm {FIRMS[firm_key]['name']} on behalf of {m['name']}")
    blocks = arrange(layout if layout != "firm-template" else "docx-table", m, ctx, order, rnd, traits, title)
    if fs:
        blocks.insert(0, ("p", f"{FIRMS[firm_key]['name']} · {FIRMS[firm_key]['addr']} · tlf. {FIRMS[firm_key]['phone']}"))
    per = ctx.get("period")
    meta = dict(kind="agreement", subtype="mentoraftale", layout=layout, rules=list(issues), traits=traits,
                period={"start": per[0].isoformat(), "end": per[1].isoformat()} if per else None,
                cpr=[ctx["cpr"]] if ctx.get("cpr") else [])
    if fs:
        meta["subtype"] = "mentoraftale-firma"
    if layout == "wrapped-txt":
        meta["_wrap"] = rnd.choice([60, 66, 72])
        traits.append(f"hard-wrapped at {meta['_wrap']} columns")
    if layout == "html-divs":
        meta["_htmlmode"] = "divs"
    rel = f"agreements/f{idx:03d}_{m['slug']}.{fmt}"
    eml = None
    if fmt == "eml":
        body = R.flat_text(blocks, bullet="* ")
        cw = ctx["cw"]
        eml = R.to_eml(f"{cw[0]} <{cw[2]}>", f"{ctx['citizen']} <borger{idx}@mail.dk>", f"Din mentoraftale – {m['name']}",
                       dt.datetime(2026, ctx["letter_date"].month, ctx["letter_date"].day, 10, 12, tzinfo=dt.timezone.utc),
                       "Hej " + first(ctx["citizen"]) + "\n\nHer er aftalen som vi talte om.\n\n" + body,
                       f"<f{idx:03d}.{m['slug']}@mail.kommune.invalid>")
        traits.append("agreement pasted into the plain-text body of an e-mail")
    out.write(rel, fmt, blocks, title, meta, via=via, eml=eml)


def build_minplan(out, rnd, idx, m, issues, layout, fmt, via):
    traits = []
    ctx = new_ctx(rnd, m, idx, rnd.random() < 0.25)
    ctx["layout"] = layout
    st = lambda r: "missing" if r in issues else "ok"  # noqa: E731
    gstate = "missing" if "missing-goal" in issues else ("unclear" if "unclear-goal" in issues else "clear")
    firm = FIRMS[ctx["firm"]]
    name, ph = ctx["mentor"], ctx["mentor_phone"]
    em = email_of(name, firm["domain"])
    c = ctx["citizen"]
    rows = [("Indsats", "Mentorstøtte (LAB § 167)"), ("Status", "Aktiv")]
    # goal
    glabel = rnd.choice(["Mål med indsatsen", "Formål", "Dit mål", "Indsatsens formål"])
    if gstate == "missing":
        if rnd.random() < 0.5:
            traits.append("missing-goal: goal row left out")
        else:
            rows.append((glabel, ""))
            traits.append(f"missing-goal: row '{glabel}' with empty value")
    else:
        g = fill(rnd.choice(CLEAR_GOALS if gstate == "clear" else UNCLEAR_GOALS), c)
        if gstate == "clear":
            ctx["goal_theme"] = "edu" if any(w in g for w in EDU_G) else "job"
        rows.append((glabel, g))
        traits.append(f"goal ({gstate}): row '{glabel}'")
    # duration
    if "missing-duration" in issues:
        per = None
        rows.append(("Startdato", ""))
        rows.append(("Slutdato", ""))
        traits.append("missing-duration: Startdato and Slutdato rows present but empty")
    else:
        s, e, months, kind = make_period(rnd, over="duration-over-6-months" in issues)
        if kind == "w26":
            e = s + dt.timedelta(days=181)
        per = (s, e)
        ds = rnd.choice(["dot", "iso", "dots", "long"])
        rows.append(("Startdato", fmt_date(s, ds)))
        rows.append(("Slutdato", fmt_date(e, ds)))
        traits.append(f"duration: separate 'Startdato'/'Slutdato' rows ({ds}), {kind}")
    # mentor
    if "missing-mentor" in issues:
        how = rnd.choice(["name-only", "omit", "cw"])
        if how == "name-only":
            rows.append(("Mentor", name))
            traits.append("missing-mentor: mentor name without phone/e-mail")
        elif how == "cw":
            rows.append(("Mentor", "Ikke tildelt"))
            rows.append(("Din kontaktperson i kommunen", f"{ctx['cw'][0]}, {ctx['cw'][1]}"))
            traits.append("missing-mentor: 'Ikke tildelt' + only caseworker contact")
        else:
            traits.append("missing-mentor: no mentor rows")
    else:
        v = rnd.choice(["split", "one"])
        if v == "split":
            rows += [("Mentor", f"{name} ({firm['short']})"), ("Telefon", ph), ("E-mail", em)]
        else:
            rows.append(("Mentorens navn og kontaktdata", f"{name}, {firm['name']}, {ph}"))
        traits.append(f"mentor: {v}")
    # tasks
    tlabel = rnd.choice(["Mentors opgaver", "Hvad skal mentor hjælpe med", "Indhold i støtten", "Opgaver"])
    if "missing-tasks" in issues:
        if rnd.random() < 0.5:
            traits.append("missing-tasks: tasks row left out")
        else:
            rows.append((tlabel, "-"))
            traits.append(f"missing-tasks: row '{tlabel}' = '-'")
    else:
        ts = pick_tasks(rnd, ctx, 3)
        form = rnd.choice(["noun", "inf"])
        val = "; ".join(fill(t[1] if form == "noun" else t[0], c) for t in ts)
        rows.append((tlabel, cap(val)))
        traits.append(f"tasks: row '{tlabel}' ({form}, semicolon-separated)")
    # hours
    hlabel = rnd.choice(["Timer pr. uge", "Timetal", "Antal timer"])
    if "missing-hours" in issues:
        v = rnd.choice(["Efter behov", ""])
        rows.append((hlabel, v))
        traits.append(f"missing-hours: row '{hlabel}' = '{v or 'empty'}'")
    else:
        n = rnd.choice(["2", "3", "1,5", "4"])
        rows.append((hlabel, n if hlabel == "Timer pr. uge" else f"{n} timer pr. uge"))
        traits.append(f"hours: row '{hlabel}'")
    rows.append(("Oprettet af", f"{ctx['cw'][0]}, {m['name']}"))
    title = "Min Plan – Mentorstøtte"
    head = [("title", "Min Plan"), ("p", f"{c} · {m['name']}")]
    if ctx.get("cpr"):
        head.append(("p", f"CPR {ctx['cpr']}"))
    head.append(("h", "Indsats: Mentor"))
    if layout == "minplan-dl":
        blocks = head + [("dl", rows)]
        traits.append("Min Plan as HTML <dl><dt><dd>")
    elif layout == "minplan-table":
        blocks = head + [("table", [["Felt", "Indhold"]] + [[k, v] for k, v in rows], True)]
    else:
        blocks = head + [("kv", k, v) for k, v in rows]
    meta = dict(kind="minplan", subtype="minplan-mentor", layout=layout, rules=list(issues), traits=traits,
                period={"start": per[0].isoformat(), "end": per[1].isoformat()} if per else None,
                cpr=[ctx["cpr"]] if ctx.get("cpr") else [])
    out.write(f"minplan/f{idx:03d}_{m['slug']}_minplan.{fmt}", fmt, blocks, title, meta, via=via)


DEC_SUB = {
    "bevilling": "Afgørelse: Du får mentorstøtte",
    "delvis-bevilling": "Afgørelse om mentorstøtte – delvis bevilling",
    "afslag": "Afslag på mentorstøtte",
    "forlaengelse": "Forlængelse af mentorstøtte",
    "ophoer": "Ophør af mentorstøtte",
}


def build_decision(out, rnd, idx, m, sub, issues, extras, fmt, via):
    traits = []
    ctx = new_ctx(rnd, m, idx, rnd.random() < 0.4)
    c = ctx["citizen"]
    cf = first(c)
    title = DEC_SUB[sub]
    blocks = header_blocks(m, ctx, rnd, ctx["letter_date"]) + [("title", title)]
    per = None
    hours = rnd.choice([2, 3, 4])
    if sub in ("bevilling", "delvis-bevilling", "forlaengelse"):
        s, e, months, kind = make_period(rnd, over="duration-over-6-months" in issues)
        per = (s, e)
        ptxt = fmt_range(s, e, m["date_style"], "fra-til" if m["range_style"] == "pr-months" else m["range_style"], months)
        traits.append(f"granted period '{ptxt}' ({kind})")
    if sub == "bevilling":
        blocks.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte i perioden {ptxt} med {hours} timer om ugen."))
        blocks.append(("p", f"Din mentor bliver {ctx['mentor']} fra {FIRMS[ctx['firm']]['name']}."))
        if rnd.random() < 0.5:
            blocks += [("h", "Lovgrundlag"), ("p", "Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.")]
    elif sub == "delvis-bevilling":
        blocks.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget {hours} timer om ugen i perioden {ptxt}."))
        if "missing-reasons" not in extras:
            blocks += [("h", "Begrundelse"), ("p", f"Vi har lagt vægt på, at du allerede har en kontaktperson på praktikstedet, og at du ifølge praktikstedets udtalelse klarer de fleste opgaver selv. Efter en konkret vurdering, jf. § 167, stk. 1, og BAB § 120, vurderer vi, at {hours} timer om ugen dækker dit behov.")]
            traits.append("reasons: 'Begrundelse' with legal basis, main considerations and facts")
        else:
            traits.append("missing-reasons: partial grant without any reasons")
    elif sub == "afslag":
        blocks.append(("p", "Du har søgt om mentorstøtte til at komme i gang med et fritidsjob i weekenden. Vi har givet dig afslag."))
        if "missing-reasons" not in extras:
            blocks += [("h", "Begrundelse"), ("p", "Mentorstøtte kan kun gives, når formålet er at opnå eller fastholde tilbud, uddannelse eller beskæftigelse, jf. § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, at du allerede deltager stabilt i dit forløb og ikke har brug for støtte ud over den, dit praktiksted giver.")]
            traits.append("reasons given")
        else:
            traits.append("missing-reasons: refusal without reasons")
    elif sub == "forlaengelse":
        blocks.append(("p", f"Din mentorstøtte forlænges. Den nye periode er {ptxt}, og timetallet er fortsat {hours} timer pr. uge."))
        blocks += [("h", "Begrundelse"), ("p", "Vi har vurderet, at du fortsat har brug for støtte for at fastholde din praktik, jf. § 167, stk. 1, 2. pkt. Ved statusmødet blev det oplyst, at fremmødet er steget, men endnu ikke stabilt.")]
    elif sub == "ophoer":
        end = dt.date(2026, rnd.randint(3, 10), 1) - dt.timedelta(days=1)
        blocks.append(("p", f"Din mentorstøtte ophører den {fmt_date(end, 'long')}."))
        blocks += [("h", "Begrundelse"), ("p", "Du er startet i ordinært job og har oplyst, at du ikke længere ønsker en mentor. Formålet med støtten, jf. § 167, er derfor opfyldt.")]
    if "missing-appeal-guidance" in issues:
        how = rnd.choice(["omit", "vague"])
        if how == "vague":
            blocks.append(("p", "Du kan klage over afgørelsen."))
            traits.append("missing-appeal-guidance: only 'Du kan klage over afgørelsen.' (no body, no deadline)")
        else:
            traits.append("missing-appeal-guidance: no appeal text")
    elif "appeal-wrong-route" in extras:
        blocks += [("h", m["appeal_head"]), ("p", "Hvis du vil klage, skal du sende klagen direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger fra du har modtaget denne afgørelse.")]
        traits.append("appeal-wrong-route: tells citizen to appeal directly to Ankestyrelsen (skips kommunen/genvurdering)")
    else:
        blocks += [("h", m["appeal_head"]), ("p", m["appeal"])]
        traits.append(f"appeal: heading '{m['appeal_head']}' (municipality's own text)")
    blocks += signoff(m, ctx)
    meta = dict(kind="decision", subtype=sub, layout="decision-letter", rules=list(issues), extras=list(extras),
                traits=traits, period={"start": per[0].isoformat(), "end": per[1].isoformat()} if per else None,
                cpr=[ctx["cpr"]] if ctx.get("cpr") else [])
    out.write(f"decisions/f{idx:03d}_{m['slug']}_afgoerelse.{fmt}", fmt, blocks, title, meta, via=via)


# ------------------------------------------------------------------ unknown documents


def build_unknown(out, rnd, idx, m, sub, fmt, via):
    traits = []
    ctx = new_ctx(rnd, m, idx, sub in ("journal-note", "status-report") and rnd.random() < 0.6)
    c, cf = ctx["citizen"], first(ctx["citizen"])
    firm = FIRMS[ctx["firm"]]
    name = ctx["mentor"]
    eml = None
    title = sub
    if sub == "leaflet":
        title = "Få en mentor – sådan foregår det"
        blocks = [("title", title), ("p", f"Information fra {m['name']}"),
                  ("p", "En mentor er en person, der kan hjælpe dig med at komme i gang med job eller uddannelse."),
                  ("h", "Hvad står der i din aftale?"),
                  ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                          "hvor længe I forventer at arbejde sammen (højst 6 måneder ad gangen)", "hvor mange timer om ugen",
                          "hvordan vi følger op", "klagevejledning"]),
                  ("h", "Kan jeg klage?"), ("p", m["appeal"])]
        traits.append("leaflet listing every mandatory field (all keywords, not an agreement)")
    elif sub == "minutes":
        title = "Referat – teammøde Mentorkoordinering"
        blocks = [("title", title), ("p", f"{m['unit']}, {fmt_date(ctx['letter_date'], 'long')}"),
                  ("p", f"Deltagere: {ctx['cw'][0]}, {m['cw'][0][0]}, leder Birthe Aas"),
                  ("ol", ["Budget: forbruget på mentorstøtte er 61 % af årets ramme (jf. § 203 a-loftet).",
                          f"Ny leverandør: {firm['name']} er godkendt. Timepris drøftet.",
                          "Skabelon: vi bruger fremover feltet 'Mål' med delmål i alle aftaler.",
                          "Eventuelt: intet."]),
                  ("p", "Næste møde: om fire uger.")]
        traits.append("internal meeting minutes mentioning mentor terms")
    elif sub == "status-report":
        title = f"Statusrapport – mentorforløb ({firm['short']})"
        blocks = [("p", firm["name"]), ("title", title), ("p", f"Borger: {c}"),
                  ("p", f"Mentor: {name}, tlf. {ctx['mentor_phone']}"),
                  ("p", f"Rapport til {ctx['cw'][0]}, {m['name']}"),
                  ("h", "Hvordan er det gået siden sidst?"),
                  ("p", f"{cf} har mødt op til 9 ud af 11 aftaler. Vi har øvet busturen, og {cf} tager nu bussen alene."),
                  ("h", "Anbefaling"), ("p", "Vi anbefaler, at forløbet fortsætter med samme timetal.")]
        traits.append("mentor firm's status report (not an agreement)")
    elif sub == "invoice":
        title = f"Faktura nr. {2600 + idx}"
        blocks = [("p", firm["name"]), ("p", f"{firm['addr']} · CVR 3{rnd.randint(1000000, 9999999)}"), ("title", title),
                  ("p", f"Til: {m['name']}, {m['unit']}"),
                  ("table", [["Ydelse", "Antal", "Pris", "I alt"],
                             [f"Mentortimer, {c.split()[0][0]}.{c.split()[-1][0]}., {MONTHS[ctx['letter_date'].month - 1]}", "12", "495,00", "5.940,00"],
                             ["Kørsel", "1", "320,00", "320,00"]], True),
                  ("p", "Betalingsbetingelser: netto 30 dage.")]
        traits.append("invoice for mentor hours")
    elif sub == "journal-note":
        title = "Journalnotat"
        blocks = [("title", title), ("p", f"{fmt_date(ctx['letter_date'], 'dots')} – telefonsamtale"),
                  ("p", f"Borger: {c}" + (f" ({ctx['cpr']})" if ctx.get("cpr") else "")),
                  ("p", f"{cf} ringede og fortalte, at mentor {name} var syg i sidste uge. {cf} vil gerne have en ny tid. "
                        f"Jeg har skrevet til {firm['short']}, som vender tilbage. Ingen yderligere handling."),
                  ("p", f"/{ctx['cw'][0].split()[0][:2].upper()}")]
        traits.append("journal note about a phone call")
    elif sub == "job-ad":
        title = f"{firm['name']} søger mentorer"
        blocks = [("title", title), ("p", "Vil du gøre en forskel for unge og voksne på vej mod job og uddannelse?"),
                  ("h", "Dine opgaver"), ("ul", ["støtte borgere i praktik og job", "samarbejde med kommunernes sagsbehandlere",
                                                 "skrive korte rapporter"]),
                  ("h", "Vi tilbyder"), ("p", "Fleksible arbejdstider, 15-25 timer om ugen, supervision."),
                  ("p", f"Ansøgning sendes til job@{firm['domain']} senest 1. oktober 2026.")]
        traits.append("job advertisement for mentors")
    elif sub == "schedule-mail":
        title = "Ny tid til møde"
        body = (f"Hej {cf}\n\nKan vi flytte vores møde til torsdag kl. 10 i stedet for tirsdag? "
                f"Jeg kan også godt komme hjem til dig, hvis det er nemmere.\n\nHilsen {first(name)}\n{firm['name']}\n{ctx['mentor_phone']}\n")
        blocks = [("p", l) for l in body.split("\n")]
        if fmt == "eml":
            eml = R.to_eml(f"{name} <{email_of(name, firm['domain'])}>", f"{c} <borger{idx}@mail.dk>", title,
                           dt.datetime(2026, 5, 4 + idx % 20, 8, 30, tzinfo=dt.timezone.utc), body,
                           f"<sched{idx}@{firm['domain']}>")
        traits.append("scheduling e-mail from mentor to citizen")
    elif sub == "club-agreement":
        title = "Mentorordning – Hjortbæk IF Fodbold"
        blocks = [("title", title), ("p", "Aftale mellem klubben, spilleren og klubmentor (frivillig)."),
                  ("kv", "Formål", "At nye U17-spillere falder godt til i klubben."),
                  ("kv", "Klubmentor", f"{name}, tlf. {ctx['mentor_phone']}"),
                  ("kv", "Opgaver", "Vise rundt, tage med til første kamp, være en at tale med"),
                  ("kv", "Periode", "Efterårssæsonen 2026"),
                  ("p", "Ordningen er frivillig og ikke en del af kommunens beskæftigelsesindsats.")]
        traits.append("private sports-club mentor agreement (not LAB)")
    else:
        raise ValueError(sub)
    meta = dict(kind="unknown", subtype=sub, layout=sub, rules=[], traits=traits, period=None,
                cpr=[ctx["cpr"]] if ctx.get("cpr") and any(ctx["cpr"] in str(b) for b in blocks) else [])
    out.write(f"other/f{idx:03d}_{sub}.{fmt}", fmt, blocks, title, meta, via=via, eml=eml)


# ------------------------------------------------------------------ plan

AGREE_DOUBLES = [("missing-tasks", "missing-hours"), ("missing-goal", "missing-mentor"),
                 ("missing-mentor", "missing-appeal-guidance"), ("missing-tasks", "missing-follow-up"),
                 ("unclear-goal", "duration-over-6-months"), ("missing-goal", "missing-tasks"),
                 ("missing-mentor", "missing-hours"), ("missing-tasks", "missing-appeal-guidance"),
                 ("missing-mentor", "missing-duration"), ("missing-goal", "missing-follow-up"),
                 ("unclear-goal", "missing-mentor"), ("missing-tasks", "duration-over-6-months"),
                 ("missing-mentor", "missing-follow-up")]
AGREE_SINGLES = (["missing-tasks"] * 8 + ["missing-goal"] * 8 + ["missing-mentor"] * 8 + ["unclear-goal"] * 6 +
                 ["missing-hours"] * 5 + ["missing-follow-up"] * 4 + ["missing-duration"] * 4 +
                 ["missing-appeal-guidance"] * 5 + ["duration-over-6-months"] * 4)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    outdir = os.path.abspath(a.out)
    if os.path.exists(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    out = Out(outdir, random.Random(a.seed + 1))

    # ---- agreements
    plans = [()] * 35 + [(s,) for s in AGREE_SINGLES] + AGREE_DOUBLES
    rnd.shuffle(plans)
    layouts = (["label-colon"] * 12 + ["heading-sections"] * 10 + ["numbered-list"] * 9 + ["docx-table"] * 9 +
               ["indsats-table"] * 8 + ["prose-letter"] * 10 + ["html-divs"] * 8 + ["ocr-scan"] * 8 + ["eml-plain"] * 6 +
               ["wrapped-txt"] * 6 + ["textbox"] * 5 + ["english-bilingual"] * 4 + ["firm-template"] * 5)
    assert len(layouts) == 100, len(layouts)
    rnd.shuffle(layouts)
    fmt_counters = {}
    firm_keys = list(FIRMS)
    idx = 1
    for k, (issues, layout) in enumerate(zip(plans, layouts)):
        m = MUNIS[k % 12]
        if layout == "english-bilingual":
            m = MUNIS[8]  # Fyrrekær writes bilingual agreements
        if layout != "english-bilingual" and m["slug"] == "fyrrekaer" and layout in ("prose-letter",):
            layout = "label-colon"
        firm_key = None
        if layout == "firm-template":
            firm_key = firm_keys[fmt_counters.get("firm", 0) % 4]
            fmt_counters["firm"] = fmt_counters.get("firm", 0) + 1
            fmts = [("pdf", "reportlab"), ("docx", None), ("pdf", "docx")]
        else:
            fmts = AGREE_LAYOUT_FORMATS[layout]
        c = fmt_counters.get(layout, 0)
        fmt_counters[layout] = c + 1
        fmt, via = fmts[c % len(fmts)]
        build_agreement(out, rnd, idx, m, set(issues), layout, fmt, via, firm_key)
        idx += 1

    # ---- Min Plan
    mp_issues = [()] * 10 + [("missing-tasks",)] * 3 + [("missing-goal",)] * 2 + [("missing-mentor",)] * 3 + \
        [("missing-hours",)] * 2 + [("missing-duration",)] + [("duration-over-6-months",)] * 2 + [("unclear-goal",)] * 2
    rnd.shuffle(mp_issues)
    mp_layouts = [("minplan-dl", "html", None)] * 11 + [("minplan-table", "docx", None)] * 4 + \
        [("minplan-table", "pdf", "docx")] * 4 + [("label-colon", "txt", None)] * 3 + [("label-colon", "pdf", "reportlab")] * 3
    for k, (issues, (lay, fmt, via)) in enumerate(zip(mp_issues, mp_layouts)):
        build_minplan(out, rnd, idx, MUNIS[(k * 5) % 12], set(issues), lay, fmt, via)
        idx += 1

    # ---- decisions
    decs = [("bevilling", (), ()), ("bevilling", ("missing-appeal-guidance",), ()), ("bevilling", ("duration-over-6-months",), ()),
            ("bevilling", (), ()), ("delvis-bevilling", (), ()), ("delvis-bevilling", (), ("missing-reasons",)),
            ("delvis-bevilling", ("missing-appeal-guidance",), ()), ("afslag", (), ()), ("afslag", (), ("appeal-wrong-route",)),
            ("afslag", ("missing-appeal-guidance",), ("missing-reasons",)), ("forlaengelse", (), ()),
            ("forlaengelse", ("duration-over-6-months",), ()), ("forlaengelse", ("missing-appeal-guidance",), ()),
            ("ophoer", (), ()), ("ophoer", (), ("appeal-wrong-route",)), ("bevilling", ("duration-over-6-months",), ())]
    dfmts = [("docx", None), ("pdf", "docx"), ("pdf", "reportlab"), ("odt", "docx"), ("html", None), ("rtf", None), ("txt", None)]
    for k, (sub, iss, ex) in enumerate(decs):
        fmt, via = dfmts[k % len(dfmts)]
        build_decision(out, rnd, idx, MUNIS[(k * 7 + 3) % 12], sub, set(iss), set(ex), fmt, via)
        idx += 1

    # ---- unknown
    unk = [("leaflet", "pdf", "docx"), ("leaflet", "html", None), ("leaflet", "docx", None),
           ("minutes", "docx", None), ("minutes", "odt", "docx"),
           ("status-report", "pdf", "reportlab"), ("status-report", "docx", None), ("status-report", "pdf", "ocr"),
           ("invoice", "pdf", "reportlab"), ("invoice", "html", None),
           ("journal-note", "txt", None), ("journal-note", "rtf", None), ("journal-note", "docx", None),
           ("job-ad", "html", None), ("job-ad", "pdf", "html"),
           ("schedule-mail", "eml", None), ("schedule-mail", "eml", None), ("schedule-mail", "txt", None),
           ("club-agreement", "docx", None), ("club-agreement", "pdf", "docx")]
    for k, (sub, fmt, via) in enumerate(unk):
        build_unknown(out, rnd, idx, MUNIS[(k * 5 + 1) % 12], sub, fmt, via)
        idx += 1

    out.run_lo()
    recs = sorted(out.records, key=lambda r: r["path"])
    with open(os.path.join(outdir, "EXPECTED.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(recs)} documents to {outdir}")


if __name__ == "__main__":
    main()
