#!/usr/bin/env python3
"""Independent corpus EC: Min Plan entries and plan prints from several case systems.

Written without reading the linter, its rule packs or other corpus generators (see NOTES.md).
Prints from a Momentum-like system, a Fasit-like system, Jobnet's citizen view and a mobile
app export; one to five activities per print, only one of them the mentor support; plus
near-miss prints (plans without a mentor activity, ended mentor activities in the history,
job logs, calendars) that are none of the document kinds.

    /work/main/.venv/bin/python make_corpus_ec.py --out /work/corpora/ec [--seed 1010] [--count 100]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Anna", "Mikkel", "Sofie", "Ahmed", "Camilla", "Jonas", "Fatima", "Kasper", "Louise",
         "Emil", "Nadia", "Rasmus", "Ida", "Omar", "Signe", "Tobias", "Maja", "Jesper", "Line", "Ali"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Mortensen", "Østergaard", "Kaya", "Yilmaz"]
MENTOR_FIRST = ["Sara", "Henrik", "Birgitte", "Lars", "Dorthe", "Kim", "Helle", "Morten", "Pia",
                "Thomas", "Gitte", "Bo"]
MENTOR_ORGS = [("Jobhuset ApS", "jobhuset.dk"), ("Mentorkompagniet", "mentorkompagniet.dk"),
               ("Café Mentor I/S", "cafementor.dk"), ("Ungeindsatsen", "ungeindsatsen.dk"),
               ("Brobyggerne", "brobyggerne.dk"), ("Kommunens Mentorkorps", "mentor.kommune.dk")]
KOMMUNER = ["Aalborg", "Viborg", "Holbæk", "Faxe", "Herning", "Roskilde", "Tønder", "Assens",
            "Svendborg", "Næstved", "Horsens", "Frederikshavn"]

CLEAR_GOALS = [
    "Du starter på grundforløb 1 på {school} i august 2026 og møder op til alle skoledage.",
    "{first} er i virksomhedspraktik 15 timer om ugen i Føtex senest 1. juni 2026 med henblik på løntilskud.",
    "At {first} gennemfører FVU-dansk trin 2 på VUC inden sommerferien 2026 og derefter søger ind på EUD.",
    "Du fastholder dit fleksjob på lageret hos Bygma med 12 timer om ugen og har højst to fraværsdage om måneden.",
    "Målet er, at du kommer i ordinært job som chauffør, og at du har taget kørekort til lastbil inden oktober 2026.",
    "{first} gennemfører den forberedende grunduddannelse (FGU) på produktionssporet med et fremmøde på mindst 90 %.",
    "Du bliver optaget på HF-enkeltfag (dansk og engelsk) på VUC fra januar 2027 og møder stabilt op.",
    "At du kommer i løntilskud i en børnehave 20 timer om ugen fra 1. maj 2026.",
    "{first} er startet på SOSU-hjælperuddannelsen og gennemfører første praktikperiode uden fravær over 10 %.",
    "Du kan møde i din praktik på Aalborg Zoo fire dage om ugen og har en plan for ordinære timer efter praktikken.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Bedre struktur på hverdagen og øget selvværd.",
    "Hjælp til at få styr på tingene.",
    "At borgeren får det bedre og kommer tættere på arbejdsmarkedet.",
    "Sikre at {first} trives og får mere overskud.",
    "Motivere borgeren og arbejde med sig selv.",
]
TASKS = [
    "Følge dig til praktikstedet de første to uger",
    "Hjælpe med at lave en ugeplan og holde den",
    "Ringe dig op om morgenen de dage, du skal møde",
    "Tage med til møder hos lægen og i kommunen",
    "Hjælpe med at åbne og svare på Digital Post",
    "Træne turen med bus til skolen sammen med dig",
    "Tale med dig om fravær og hvad der skal til for at møde op",
    "Hjælpe med kontakt til kontaktlæreren på skolen",
    "Støtte dig i at skrive ansøgninger til praktikpladser",
    "Hjælpe med overblik over økonomi og regninger",
]
SCHOOLS = ["SOSU Nord", "Tech College", "Mercantec", "EUC Syd", "Zealand Business College", "ZBC"]
PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "[Indsæt tekst]", "Ikke angivet", "…", "Afventer"]

OTHER_ACTIVITIES = [
    # title, place, typical length months, hours, contact role
    ("Forberedende Grunduddannelse (FGU)", "FGU Nordjylland, Produktion", 11, "30 timer pr. uge", "Kontaktlærer"),
    ("Virksomhedspraktik", "Netto, Østergade", 3, "15 timer pr. uge", "Praktikvejleder"),
    ("Løntilskud", "{kommune} Kommune, Park og Vej", 12, "37 timer pr. uge", "Nærmeste leder"),
    ("Samtaleforløb hos psykolog", "Psykologhuset", 4, "1 samtale hver 14. dag", "Psykolog"),
    ("Danskuddannelse 2, modul 3", "Sprogcenter {kommune}", 10, "12 lektioner pr. uge", "Underviser"),
    ("Jobsøgning", "Egen jobsøgning", 6, "2 ansøgninger pr. uge", "Jobkonsulent"),
    ("Krop og Job – fysisk træning", "Motionscentret Fit4Job", 3, "2 x 1½ time pr. uge", "Instruktør"),
    ("Afklaringsforløb", "Job & Afklaring", 2, "3 dage pr. uge", "Koordinator"),
    ("Misbrugsbehandling (ambulant)", "Rusmiddelcenteret", 6, "1 gang ugentligt", "Behandler"),
]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: str) -> str:
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "short":
        return f"{d.day}. {MON3[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    raise ValueError(style)


def phone(rng: random.Random) -> str:
    return " ".join(f"{rng.randint(20, 99):02d}" for _ in range(4))


def cpr(rng: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 30))
    return d.strftime("%d%m%y") + "-" + f"{rng.randint(0, 9999):04d}"


# --------------------------------------------------------------------------------------------
# The model of one print
# --------------------------------------------------------------------------------------------

DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
           "missing-hours", "duration-over-6-months"]


def make_case(rng: random.Random, i: int, defects: list[str], variant_traits: list[str]) -> dict:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    kommune = rng.choice(KOMMUNER)
    mfirst = rng.choice(MENTOR_FIRST)
    mlast = rng.choice(LAST)
    org, domain = rng.choice(MENTOR_ORGS)
    start = dt.date(2026, rng.randint(1, 6), rng.choice([1, 1, 2, 9, 15, 16]))
    traits: list[str] = list(variant_traits)
    months = rng.choice([3, 4, 6, 6, 6])
    end = add_months(start, months) - dt.timedelta(days=1)
    if months == 6 and "duration-over-6-months" not in defects:
        traits.append("period:exact-six")
    if "duration-over-6-months" in defects:
        over = rng.choice([7, 8, 9, 12])
        end = add_months(start, over) - dt.timedelta(days=rng.choice([0, 1]))
        traits.append(f"period:{over}-months")
    mentor = {
        "name": f"{mfirst} {mlast}", "first": mfirst, "org": org,
        "phone": phone(rng), "email": f"{mfirst.lower()}.{mlast.lower().replace('ø', 'oe')}@{domain}",
        "show": rng.choice(["both", "both", "phone", "email"]),
    }
    goal = rng.choice(CLEAR_GOALS).format(first=first, school=rng.choice(SCHOOLS))
    tasks = rng.sample(TASKS, rng.randint(2, 4))
    hours_text = rng.choice(["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen",
                             "halvanden time pr. uge", "8 timer om måneden", "2-3 timer/uge",
                             "4 t/uge", "5 timer pr. uge", "to timer om ugen"])
    m = {"goal": goal, "mentor": mentor, "tasks": tasks, "start": start, "end": end,
         "hours": hours_text, "goal_state": "ok", "mentor_state": "ok", "tasks_state": "ok",
         "duration_state": "ok", "hours_state": "ok"}
    if "missing-goal" in defects:
        m["goal_state"] = rng.choice(["absent", "placeholder"])
    if "unclear-goal" in defects:
        m["goal"] = rng.choice(UNCLEAR_GOALS).format(first=first)
        m["goal_state"] = "ok"
        traits.append("goal:unclear")
    if "missing-mentor" in defects:
        m["mentor_state"] = rng.choice(["name-only", "phone-only", "placeholder"])
    if "missing-tasks" in defects:
        m["tasks_state"] = rng.choice(["absent", "placeholder"])
    if "missing-duration" in defects:
        m["duration_state"] = rng.choice(["absent", "placeholder", "start-only"])
    if "missing-hours" in defects:
        m["hours_state"] = rng.choice(["absent", "vague", "placeholder"])
        if m["hours_state"] == "vague":
            m["hours"] = rng.choice(["Efter behov", "Løbende", "Et par timer om ugen", "Efter aftale"])
    if m["duration_state"] != "ok":
        traits = [t for t in traits if not t.startswith("period:")]
    for k in ("goal", "mentor", "tasks", "duration", "hours"):
        if m[f"{k}_state"] != "ok":
            traits.append(f"{k}:{m[k + '_state']}")
    m["placeholder"] = rng.choice(PLACEHOLDERS)
    # other activities
    n_other = rng.randint(0, 4)
    others = []
    for title, place, length, hours, role in rng.sample(OTHER_ACTIVITIES, n_other):
        ostart = dt.date(2025, rng.randint(8, 12), rng.choice([1, 4, 11, 18]))
        oend = add_months(ostart, length) - dt.timedelta(days=1)
        oc = f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}"
        others.append({"title": title, "place": place.format(kommune=kommune), "start": ostart,
                       "end": oend, "hours": hours, "contact": oc, "role": role,
                       "phone": phone(rng), "status": rng.choice(["Aktiv", "I gang", "Planlagt"])})
        if length > 6:
            traits.append("other-activity-over-6-months")
    return {"i": i, "first": first, "last": last, "kommune": kommune, "mentor_act": m,
            "others": others, "traits": traits,
            "cpr": cpr(rng) if rng.random() < 0.34 else None,
            "caseworker": f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}",
            "cw_phone": phone(rng),
            "printed": dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)),
            "status": rng.choice(["Aktiv", "I gang", "Godkendt", "Aktiv"]),
            "title": rng.choice(["Mentorstøtte", "Mentorstøtte (LAB § 167)", "Mentor",
                                 "Mentorforløb", "Støtte fra mentor", "Mentorstøtte – § 167"])}


def val(m: dict, field: str, ok_text: str) -> str | None:
    """The text to print for a field, None when the field is not printed at all."""
    state = m[f"{field}_state"]
    if state == "absent":
        return None
    if state == "placeholder":
        return m["placeholder"]
    return ok_text


def mentor_lines(m: dict) -> list[tuple[str, str]]:
    """(label, value) rows for the mentor's contact data."""
    mt = m["mentor"]
    st = m["mentor_state"]
    if st == "placeholder":
        return [("Mentor", m["placeholder"] if m["placeholder"] not in ("-", "…") else "Ikke tildelt endnu")]
    rows = []
    if st != "phone-only":
        rows.append(("Mentor", f"{mt['name']}, {mt['org']}"))
    if st == "name-only":
        return rows
    if st == "phone-only":
        rows.append(("Mentor", "Tildeles ved opstart"))
    if mt["show"] in ("both", "phone") or st == "phone-only":
        rows.append(("Telefon", mt["phone"]))
    if mt["show"] in ("both", "email") and st != "phone-only":
        rows.append(("E-mail", mt["email"]))
    return rows


def period_text(m: dict, style: str, sep: str = " – ") -> str | None:
    st = m["duration_state"]
    if st == "absent":
        return None
    if st == "placeholder":
        return m["placeholder"]
    if st == "start-only":
        return f"fra {fmt_date(m['start'], style)}"
    return f"{fmt_date(m['start'], style)}{sep}{fmt_date(m['end'], style)}"


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------

CSS_MOMENTUM = """
body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222;margin:18mm}
h1{font-size:15pt;margin:0 0 4px} .meta{color:#555;font-size:9pt;margin-bottom:12px}
table.ov{border-collapse:collapse;width:100%;margin:8px 0 16px} table.ov th,table.ov td{border:1px solid #bbb;padding:4px 6px;text-align:left;font-size:9pt}
table.ov th{background:#e8eef4}
.card{border:1px solid #c9d3dc;border-radius:4px;margin:10px 0;padding:8px 12px;page-break-inside:avoid}
.card h3{font-size:11pt;margin:0 0 6px;display:flex;justify-content:space-between}
.badge{font-size:8pt;padding:1px 7px;border-radius:9px;background:#2e7d32;color:#fff;font-weight:normal}
.badge.planned{background:#1565c0}.badge.ended{background:#757575}
.row{display:flex;margin:2px 0}.row .k{width:150px;color:#555;flex:none}.row .v{flex:1}
footer{margin-top:20px;font-size:8pt;color:#777;border-top:1px solid #ccc;padding-top:4px}
"""


def badge_class(status: str) -> str:
    return {"Planlagt": "planned", "Afsluttet": "ended"}.get(status, "")


def momentum_html(c: dict, rng: random.Random, overview: bool, near: str | None) -> str:
    m = c["mentor_act"]
    e = html.escape
    ds = rng.choice(["dash", "dots"])
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Min Plan – {e(c['first'])} {e(c['last'])}</title>",
             f"<style>{CSS_MOMENTUM}</style>",
             "<script>window.__APP_STATE__={\"tenant\":\"momentum\",\"feature\":{\"print\":true,\"timer\":3}};</script></head><body>",
             f"<h1>Min Plan</h1><div class='meta'>{e(c['first'])} {e(c['last'])}"
             + (f" · CPR-nr. {c['cpr']}" if c["cpr"] else "")
             + f" · Udskrevet {fmt_date(c['printed'], ds)} · {e(c['kommune'])} Kommune</div>"]
    lab = {"goal": rng.choice(["Formål", "Mål", "Målsætning", "Formål med indsatsen"]),
           "hours": rng.choice(["Timer", "Timer pr. uge", "Timetal", "Omfang"]),
           "tasks": rng.choice(["Mentors opgaver", "Indsatsområder", "Mentoren hjælper med", "Aftalte opgaver"])}
    acts = []
    if m is not None:
        acts.append(("mentor", c["title"], c["status"]))
    for o in c["others"]:
        acts.append(("other", o, o["status"]))
    rng.shuffle(acts)
    if overview:
        parts.append("<h2 style='font-size:12pt'>Overblik over aktiviteter</h2><table class='ov' width='100%' border='1' cellpadding='4'><tr><th width='46%'>Aktivitet</th><th width='18%'>Start</th><th width='18%'>Slut</th><th width='18%'>Status</th></tr>")
        for kind, a, status in acts:
            if kind == "mentor":
                st = m["duration_state"]
                s = fmt_date(m["start"], ds) if st in ("ok", "start-only") else ""
                en = fmt_date(m["end"], ds) if st == "ok" else ""
                parts.append(f"<tr><td>{e(a)}</td><td>{s}</td><td>{en}</td><td>{e(status)}</td></tr>")
            else:
                parts.append(f"<tr><td>{e(a['title'])}</td><td>{fmt_date(a['start'], ds)}</td><td>{fmt_date(a['end'], ds)}</td><td>{e(status)}</td></tr>")
        parts.append("</table>")
    for kind, a, status in acts:
        if kind == "mentor":
            rows = []
            g = val(m, "goal", m["goal"])
            if g is not None:
                rows.append((lab["goal"], e(g)))
            for k, v in mentor_lines(m):
                rows.append(("Kontaktperson" if k == "Mentor" else k, e(v)))
            p = period_text(m, ds)
            if p is not None:
                if m["duration_state"] == "ok":
                    rows.append(("Start", fmt_date(m["start"], ds)))
                    rows.append(("Slut", fmt_date(m["end"], ds)))
                elif m["duration_state"] == "start-only":
                    rows.append(("Start", fmt_date(m["start"], ds)))
                    rows.append(("Slut", ""))
                else:
                    rows.append(("Periode", e(p)))
            h = val(m, "hours", m["hours"])
            if h is not None:
                rows.append((lab["hours"], e(h)))
            t = m["tasks_state"]
            if t == "ok":
                rows.append((lab["tasks"], "<ul style='margin:0;padding-left:16px'>" + "".join(f"<li>{e(x)}</li>" for x in m["tasks"]) + "</ul>"))
            elif t == "placeholder":
                rows.append((lab["tasks"], e(m["placeholder"])))
            body = "".join(f"<div class='row'><div class='k'>{k}</div><div class='v'>{v}</div></div>" for k, v in rows)
            parts.append(f"<div class='card'><h3>{e(a)} <span class='badge {badge_class(status)}'>{e(status)}</span></h3>{body}</div>")
        else:
            o = a
            rows = [("Sted", o["place"]), ("Start", fmt_date(o["start"], ds)), ("Slut", fmt_date(o["end"], ds)),
                    ("Omfang", o["hours"]), ("Kontaktperson", f"{o['contact']} ({o['role']})"), ("Telefon", o["phone"])]
            body = "".join(f"<div class='row'><div class='k'>{k}</div><div class='v'>{e(v)}</div></div>" for k, v in rows)
            parts.append(f"<div class='card'><h3>{e(o['title'])} <span class='badge {badge_class(status)}'>{e(status)}</span></h3>{body}</div>")
    if near == "ended":
        parts.append(ended_history_html(c, ds))
    parts.append(f"<footer>Sagsbehandler: {e(c['caseworker'])}, {e(c['kommune'])} Kommune, tlf. {c['cw_phone']} · Udskrift fra Min Plan</footer></body></html>")
    return "\n".join(parts)


def ended_history_html(c: dict, ds: str) -> str:
    h = c["history"]
    return ("<h2 style='font-size:12pt'>Afsluttede aktiviteter</h2><table class='ov' width='100%' border='1' cellpadding='4'><tr><th width='45%'>Aktivitet</th><th width='35%'>Periode</th><th width='20%'>Status</th></tr>"
            + "".join(f"<tr><td>{html.escape(t)}</td><td>{fmt_date(s, ds)} - {fmt_date(en, ds)}</td><td>Afsluttet</td></tr>" for t, s, en in h)
            + "</table>")


CSS_JOBNET = """
body{font-family:'Segoe UI',Arial,sans-serif;font-size:10.5pt;color:#1a1a1a;margin:0}
header{background:#0b3d5c;color:#fff;padding:10px 24px} header a{color:#fff;margin-right:14px}
nav{background:#eef3f7;padding:6px 24px;font-size:9pt}
main{padding:12px 24px}
section.activity{border-left:4px solid #0b3d5c;background:#fafcfd;margin:12px 0;padding:8px 14px}
dl{display:grid;grid-template-columns:170px 1fr;gap:3px 10px;margin:6px 0} dt{font-weight:600;color:#444} dd{margin:0}
.status{display:inline-block;font-size:8.5pt;border:1px solid #0b3d5c;border-radius:3px;padding:0 6px;margin-left:8px}
"""


def jobnet_html(c: dict, rng: random.Random, near: str | None) -> str:
    m = c["mentor_act"]
    e = html.escape
    ds = "words"
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Min plan - Jobnet</title>",
             f"<style>{CSS_JOBNET}</style><script src='/static/analytics.js'></script>",
             "<script>var cfg={page:'minplan',labels:{goal:'Mål',hours:'Timer'}};</script></head><body>",
             "<header><strong>Jobnet</strong> &nbsp; <a href='#'>Min side</a><a href='#'>Min plan</a><a href='#'>Joblog</a><a href='#'>Kalender</a><a href='#'>Log ud</a></header>",
             "<nav>Forside › Min side › Min plan</nav><main>",
             f"<h1 style='font-size:16pt'>Min plan</h1><p>{e(c['first'])} {e(c['last'])}"
             + (f", CPR {c['cpr']}" if c["cpr"] else "")
             + f"<br>Din sagsbehandler: {e(c['caseworker'])}, {e(c['kommune'])} Kommune, tlf. {c['cw_phone']}</p>",
             "<h2 style='font-size:13pt'>Dine aktiviteter</h2>"]
    acts = ([("mentor", None)] if m is not None else []) + [("other", o) for o in c["others"]]
    rng.shuffle(acts)
    for kind, o in acts:
        if kind == "mentor":
            dl = []
            g = val(m, "goal", m["goal"])
            if g is not None:
                dl.append(("Mål med mentorstøtten", e(g)))
            mt = m["mentor"]
            st = m["mentor_state"]
            if st == "placeholder":
                dl.append(("Din mentor", e(m["placeholder"]) if m["placeholder"] not in ("-", "…") else "Ikke tildelt"))
            elif st == "name-only":
                dl.append(("Din mentor", f"{e(mt['name'])}, {e(mt['org'])}"))
            elif st == "phone-only":
                dl.append(("Din mentor", "Oplyses senere"))
                dl.append(("Telefon til mentor", mt["phone"]))
            else:
                bits = [e(mt["name"]), e(mt["org"])]
                if mt["show"] in ("both", "phone"):
                    bits.append(f"tlf. {mt['phone']}")
                if mt["show"] in ("both", "email"):
                    bits.append(f"<a href='mailto:{mt['email']}'>{mt['email']}</a>")
                dl.append(("Din mentor", "<br>".join(bits)))
            t = m["tasks_state"]
            if t == "ok" and rng.random() < 0.35 and m["mentor_state"] == "ok":
                xs = [x[0].lower() + x[1:] for x in m["tasks"]]
                dl.append(("Aftale", f"{e(mt['first'])} skal {e(', '.join(xs[:-1]))} og {e(xs[-1])}."))
            elif t == "ok":
                dl.append(("Det hjælper mentoren dig med", "<ul style='margin:0;padding-left:18px'>" + "".join(f"<li>{e(x)}</li>" for x in m["tasks"]) + "</ul>"))
            elif t == "placeholder":
                dl.append(("Det hjælper mentoren dig med", e(m["placeholder"])))
            p = period_text(m, ds, " til ")
            if p is not None:
                dl.append((rng.choice(["Periode", "Hvornår", "Varighed"]), e(p)))
            h = val(m, "hours", m["hours"])
            if h is not None:
                dl.append((rng.choice(["Antal timer", "Timer med mentor", "Så meget tid har mentoren"]), e(h)))
            body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in dl)
            parts.append(f"<section class='activity'><h3>{e(c['title'])}<span class='status'>{e(c['status'])}</span></h3><dl>{body}</dl></section>")
        else:
            dl = [("Hvor", o["place"]), ("Periode", f"{fmt_date(o['start'], ds)} til {fmt_date(o['end'], ds)}"),
                  ("Omfang", o["hours"]), ("Kontaktperson", f"{o['contact']}, tlf. {o['phone']}")]
            body = "".join(f"<dt>{k}</dt><dd>{e(v)}</dd>" for k, v in dl)
            parts.append(f"<section class='activity'><h3>{e(o['title'])}<span class='status'>{e(o['status'])}</span></h3><dl>{body}</dl></section>")
    if near == "ended":
        h = c["history"]
        parts.append("<h2 style='font-size:13pt'>Tidligere aktiviteter</h2><ul>"
                     + "".join(f"<li>{e(t)}, {fmt_date(s, ds)} til {fmt_date(en, ds)} (afsluttet)</li>" for t, s, en in h) + "</ul>")
    parts.append("<p style='font-size:8.5pt;color:#666'>Har du spørgsmål til din plan, så kontakt din sagsbehandler.</p></main></body></html>")
    return "\n".join(parts)


CSS_APP = """
body{font-family:-apple-system,Roboto,Arial,sans-serif;margin:0;background:#f3f4f6;font-size:13px;color:#111}
.top{background:#fff;padding:14px 16px;border-bottom:1px solid #ddd} .top h1{font-size:19px;margin:0}
.card{background:#fff;border-radius:12px;margin:12px;padding:12px 14px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.card .t{font-weight:700;font-size:15px} .pill{float:right;font-size:11px;background:#d1fae5;color:#065f46;border-radius:10px;padding:2px 8px}
.pill.p{background:#dbeafe;color:#1e40af}
.lbl{color:#6b7280;font-size:11px;margin-top:8px;text-transform:uppercase;letter-spacing:.04em}
.tab{position:fixed;bottom:0;width:100%;background:#fff;border-top:1px solid #ddd;display:flex;justify-content:space-around;padding:8px 0;font-size:11px}
"""


def app_html(c: dict, rng: random.Random, near: str | None) -> str:
    m = c["mentor_act"]
    e = html.escape
    ds = "short"
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width'><title>Min Plan</title>",
             f"<style>{CSS_APP}</style></head><body>",
             f"<div class='top'><div style='font-size:11px;color:#6b7280'>09:41 · {e(c['kommune'])} Kommune</div><h1>Min Plan</h1><div>Hej {e(c['first'])}</div></div>"]
    acts = ([("mentor", None)] if m is not None else []) + [("other", o) for o in c["others"]]
    rng.shuffle(acts)
    for kind, o in acts:
        if kind == "mentor":
            b = [f"<div class='card'><span class='pill'>{e(c['status'])}</span><div class='t'>{e(c['title'])}</div>"]
            g = val(m, "goal", m["goal"])
            if g is not None:
                b.append(f"<div class='lbl'>Dit mål</div><div>{e(g)}</div>")
            mt = m["mentor"]
            st = m["mentor_state"]
            b.append("<div class='lbl'>Din mentor</div>")
            if st == "placeholder":
                b.append(f"<div>{e(m['placeholder'])}</div>")
            elif st == "name-only":
                b.append(f"<div>{e(mt['name'])}</div><div style='color:#6b7280'>{e(mt['org'])}</div>")
            elif st == "phone-only":
                b.append(f"<div>📞 <a href='tel:{mt['phone'].replace(' ', '')}'>{mt['phone']}</a></div>")
            else:
                b.append(f"<div>{e(mt['name'])}</div><div style='color:#6b7280'>{e(mt['org'])}</div>")
                if mt["show"] in ("both", "phone"):
                    b.append(f"<div>📞 <a href='tel:{mt['phone'].replace(' ', '')}'>{mt['phone']}</a></div>")
                if mt["show"] in ("both", "email"):
                    b.append(f"<div>✉ {mt['email']}</div>")
            t = m["tasks_state"]
            if t == "ok":
                b.append(f"<div class='lbl'>{e(mt['first'])} hjælper dig med</div><ul style='margin:2px 0;padding-left:18px'>" + "".join(f"<li>{e(x)}</li>" for x in m["tasks"]) + "</ul>")
            elif t == "placeholder":
                b.append(f"<div class='lbl'>Opgaver</div><div>{e(m['placeholder'])}</div>")
            p = period_text(m, ds)
            if p is not None:
                b.append(f"<div class='lbl'>Periode</div><div>{e(p)}</div>")
            h = val(m, "hours", m["hours"])
            if h is not None:
                b.append(f"<div class='lbl'>Tid med mentor</div><div>{e(h)}</div>")
            b.append("</div>")
            parts.append("".join(b))
        else:
            parts.append(f"<div class='card'><span class='pill p'>{e(o['status'])}</span><div class='t'>{e(o['title'])}</div>"
                         f"<div class='lbl'>Sted</div><div>{e(o['place'])}</div>"
                         f"<div class='lbl'>Periode</div><div>{fmt_date(o['start'], ds)} – {fmt_date(o['end'], ds)}</div>"
                         f"<div class='lbl'>Omfang</div><div>{e(o['hours'])}</div>"
                         f"<div class='lbl'>Kontakt</div><div>{e(o['contact'])} · {o['phone']}</div></div>")
    if near == "ended":
        h = c["history"]
        parts.append("<div class='card'><div class='t'>Afsluttet</div>"
                     + "".join(f"<div>{e(t)}<br><span style='color:#6b7280'>{fmt_date(s, ds)} – {fmt_date(en, ds)}</span></div>" for t, s, en in h) + "</div>")
    parts.append("<div class='tab'><span>Plan</span><span>Kalender</span><span>Joblog</span><span>Beskeder</span><span>Profil</span></div></body></html>")
    return "\n".join(parts)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    import textwrap
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent) or [indent]


def fasit_text(c: dict, rng: random.Random, near: str | None) -> str:
    """A Fasit-like plain text print: fixed-width labels, hard-wrapped at 76 columns."""
    m = c["mentor_act"]
    ds = rng.choice(["dots", "slash"])
    L = []
    L.append(f"{c['kommune'].upper()} KOMMUNE - BESKÆFTIGELSE".ljust(56) + f"Udskrevet {fmt_date(c['printed'], 'dots')}")
    L.append("=" * 76)
    L.append("MIN PLAN")
    L.append("")
    L.append(f"Borger:        {c['first']} {c['last']}")
    if c["cpr"]:
        L.append(f"CPR-nr.:       {c['cpr']}")
    L.append(f"Sagsbehandler: {c['caseworker']}, tlf. {c['cw_phone']}")
    L.append("")
    acts = ([("mentor", None)] if m is not None else []) + [("other", o) for o in c["others"]]
    rng.shuffle(acts)
    n = 0
    for kind, o in acts:
        n += 1
        L.append("-" * 76)
        if kind == "mentor":
            L.append(f"Indsats {n}: {c['title']}".ljust(60) + f"[{c['status'].upper()}]")
            L.append("-" * 76)
            g = val(m, "goal", m["goal"])
            if g is not None:
                L += [("Formål:        " if k == 0 else "               ") + line
                      for k, line in enumerate(wrap(g, 61))]
            mrows = mentor_lines(m)
            mt = m["mentor"]
            if m["mentor_state"] == "ok" and rng.random() < 0.5:
                # the caseworker wrote the mentor into the free-text note instead of the fields
                reach = (f"tlf. {mt['phone']}" if mt["show"] != "email" else f"mail {mt['email']}")
                note = (f"Mentor er {mt['name']} fra {mt['org']}, som kan kontaktes på {reach}. "
                        f"Opstartsmøde holdes hos {mt['org']}.")
                L += [("Bemærkning:    " if k == 0 else "               ") + line
                      for k, line in enumerate(wrap(note, 61))]
            else:
                for k, v in mrows:
                    lab = {"Mentor": "Mentor:", "Telefon": "Tlf.:", "E-mail": "Mail:"}[k]
                    L.append(f"{lab:<15}{v}")
            t = m["tasks_state"]
            if t == "ok":
                L.append("Mentorens opgaver:")
                for x in m["tasks"]:
                    L += wrap(x, 70, "  - ")[:1] + [("    " + y.strip()) for y in wrap(x, 70, "  - ")[1:]]
            elif t == "placeholder":
                L.append(f"Mentorens opgaver: {m['placeholder']}")
            p = period_text(m, ds, " - ")
            if p is not None:
                L.append(f"{'Periode:':<15}{p}")
            h = val(m, "hours", m["hours"])
            if h is not None:
                L.append(f"{'Timetal:':<15}{h}")
        else:
            L.append(f"Indsats {n}: {o['title']}".ljust(60) + f"[{o['status'].upper()}]")
            L.append("-" * 76)
            L.append(f"{'Sted:':<15}{o['place']}")
            L.append(f"{'Periode:':<15}{fmt_date(o['start'], ds)} - {fmt_date(o['end'], ds)}")
            L.append(f"{'Omfang:':<15}{o['hours']}")
            L.append(f"{'Kontakt:':<15}{o['contact']} ({o['role']}), tlf. {o['phone']}")
        L.append("")
    if near == "ended":
        L.append("AFSLUTTEDE INDSATSER")
        for t, s, en in c["history"]:
            L.append(f"  {t:<40}{fmt_date(s, ds)} - {fmt_date(en, ds)}  Afsluttet")
        L.append("")
    L.append("=" * 76)
    L.append("Planen er udarbejdet i samarbejde med dig. Kontakt din sagsbehandler, hvis")
    L.append("noget skal ændres.")
    return "\n".join(L) + "\n"


def fasit_docx(c: dict, rng: random.Random, path: Path, near: str | None) -> None:
    """Fasit-like 'Udskriv plan' as a Word document with one table per activity (for LO PDF)."""
    from docx import Document
    from docx.shared import Pt
    m = c["mentor_act"]
    ds = rng.choice(["dots", "words"])
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{c['kommune']} Kommune · Jobcenter · Udskrift af plan"
    sec.footer.paragraphs[0].text = f"Udskrevet {fmt_date(c['printed'], 'dots')} af {c['caseworker']}"
    doc.add_heading("Plan for " + f"{c['first']} {c['last']}", level=1)
    p = doc.add_paragraph()
    if c["cpr"]:
        p.add_run(f"CPR: {c['cpr']}").bold = False
        p.add_run("\n")
    p.add_run(f"Sagsbehandler: {c['caseworker']}, tlf. {c['cw_phone']}")
    acts = ([("mentor", None)] if m is not None else []) + [("other", o) for o in c["others"]]
    rng.shuffle(acts)
    if len(acts) > 1 and rng.random() < 0.6:
        doc.add_heading("Overblik", level=2)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for i, h in enumerate(["Aktivitet", "Periode", "Status"]):
            t.rows[0].cells[i].text = h
        for kind, o in acts:
            r = t.add_row().cells
            if kind == "mentor":
                r[0].text = c["title"]
                r[1].text = period_text(m, ds, " - ") or "" if m["duration_state"] in ("ok", "start-only") else ""
                r[2].text = c["status"]
            else:
                r[0].text = o["title"]
                r[1].text = f"{fmt_date(o['start'], ds)} - {fmt_date(o['end'], ds)}"
                r[2].text = o["status"]
    for kind, o in acts:
        if kind == "mentor":
            doc.add_heading(f"{c['title']} ({c['status']})", level=2)
            rows = []
            g = val(m, "goal", m["goal"])
            if g is not None:
                rows.append(("Mål", g))
            mrows = mentor_lines(m)
            if m["mentor_state"] in ("ok",):
                rows.append(("Mentor", ", ".join(v for _, v in mrows)))
            else:
                for k, v in mrows:
                    rows.append(("Mentor" if k == "Mentor" else k, v))
            t = m["tasks_state"]
            if t == "ok":
                rows.append(("Opgaver", "\n".join("• " + x for x in m["tasks"])))
            elif t == "placeholder":
                rows.append(("Opgaver", m["placeholder"]))
            pt = period_text(m, ds, " - ")
            if pt is not None:
                rows.append(("Varighed", pt))
            h = val(m, "hours", m["hours"])
            if h is not None:
                rows.append(("Timetal", h))
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in rows:
                r = tb.add_row().cells
                r[0].text = k
                r[1].text = v
        else:
            doc.add_heading(f"{o['title']} ({o['status']})", level=2)
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in [("Sted", o["place"]), ("Periode", f"{fmt_date(o['start'], ds)} - {fmt_date(o['end'], ds)}"),
                         ("Omfang", o["hours"]), ("Kontaktperson", f"{o['contact']}, {o['role']}, tlf. {o['phone']}")]:
                r = tb.add_row().cells
                r[0].text = k
                r[1].text = v
    if near == "ended":
        doc.add_heading("Afsluttede aktiviteter", level=2)
        for t, s, en in c["history"]:
            doc.add_paragraph(f"{t}: {fmt_date(s, ds)} - {fmt_date(en, ds)} (afsluttet)", style="List Bullet")
    doc.save(path)


# ---- near-miss documents that are no plan ----

def joblog(c: dict, rng: random.Random, fmt: str) -> str:
    e = html.escape
    rows = []
    jobs = ["Lagermedarbejder, Coop Logistik", "Butiksassistent, Normal", "Rengøringsassistent, ISS",
            "Pædagogmedhjælper, Børnehuset Mælkebøtten", "Chauffør, GLS", "Køkkenmedhjælper, Cafe Frida",
            "Produktionsmedarbejder, Danish Crown", "Kassemedarbejder, Lidl"]
    d = c["printed"] - dt.timedelta(days=60)
    for j in rng.sample(jobs, rng.randint(4, 7)):
        d += dt.timedelta(days=rng.randint(3, 9))
        rows.append((fmt_date(d, "dots"), j, rng.choice(["Skriftlig ansøgning", "Uopfordret", "Personligt fremmøde", "Telefonisk"]),
                     rng.choice(["Afventer svar", "Afslag", "Til samtale", ""])))
    note = f"Min mentor {c['mentor_act']['mentor']['first'] if c['mentor_act'] else 'Sara'} har læst korrektur på ansøgningen."
    if fmt == "txt":
        L = ["JOBLOG – udskrift fra Jobnet", f"{c['first']} {c['last']}" + (f"  CPR {c['cpr']}" if c["cpr"] else ""), "",
             f"{'Dato':<12}{'Job':<45}{'Type':<22}Status", "-" * 90]
        for r in rows:
            L.append(f"{r[0]:<12}{r[1]:<45}{r[2]:<22}{r[3]}")
        L += ["", "Note: " + note, "", "Du skal registrere din jobsøgning i joblog mindst en gang om ugen."]
        return "\n".join(L) + "\n"
    body = "".join(f"<tr><td>{a}</td><td>{e(b)}</td><td>{e(cc)}</td><td>{e(dd)}</td></tr>" for a, b, cc, dd in rows)
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Joblog</title>"
            "<style>body{font-family:Arial;font-size:10pt;margin:16mm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px}</style></head><body>"
            f"<h1>Joblog</h1><p>{e(c['first'])} {e(c['last'])}" + (f" · CPR {c['cpr']}" if c["cpr"] else "") + "</p>"
            f"<table><tr><th>Dato</th><th>Job</th><th>Ansøgningstype</th><th>Status</th></tr>{body}</table>"
            f"<p><em>Note:</em> {e(note)}</p><p style='font-size:8pt'>Du skal registrere din jobsøgning i joblog mindst en gang om ugen.</p></body></html>")


def calendar(c: dict, rng: random.Random, fmt: str) -> str:
    e = html.escape
    m = c["mentor_act"]
    mname = m["mentor"]["name"] if m else "Sara Holm"
    d = c["printed"]
    items = []
    for k in range(rng.randint(4, 7)):
        d += dt.timedelta(days=rng.randint(1, 5))
        what = rng.choice([f"Møde med din mentor {mname}", "Samtale med sagsbehandler", f"Mentor – opfølgning på praktik ({mname})",
                           "Jobsamtale i kommunen", "Infomøde om FGU", "Lægesamtale (egen læge)", "Virksomhedsbesøg"])
        where = rng.choice(["Jobcentret, lokale 2.14", "Telefonmøde", "Café Mentor", "Online (Teams)", "Borgerservice"])
        items.append((fmt_date(d, "words"), f"{rng.randint(8, 14):02d}:{rng.choice(['00', '30'])}", what, where))
    if fmt == "txt":
        L = ["Mine aftaler", f"{c['first']} {c['last']}", ""]
        for a, t, w, p in items:
            L.append(f"{a} kl. {t}")
            L.append(f"   {w}")
            L.append(f"   Sted: {p}")
            L.append("")
        L.append("Husk at melde afbud, hvis du ikke kan komme.")
        return "\n".join(L) + "\n"
    body = "".join(f"<div style='border-bottom:1px solid #ddd;padding:6px 0'><b>{e(a)}</b> kl. {t}<br>{e(w)}<br><span style='color:#666'>{e(p)}</span></div>"
                   for a, t, w, p in items)
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Kalender</title></head>"
            "<body style='font-family:Arial;font-size:10.5pt;margin:14mm'>"
            f"<h1>Kalender – Mine aftaler</h1><p>{e(c['first'])} {e(c['last'])}</p>{body}"
            "<p>Husk at melde afbud, hvis du ikke kan komme.</p></body></html>")


# --------------------------------------------------------------------------------------------
# Plan of the corpus
# --------------------------------------------------------------------------------------------

def plan(rng: random.Random, count: int) -> list[dict]:
    specs = []
    n_near = round(count * 0.28)
    n_mp = count - n_near
    systems = ["momentum", "jobnet", "app", "fasit"]
    cycle = list(DEFECTS)
    for i in range(n_mp):
        r = rng.random()
        if r < 0.32:
            defects = []
        elif r < 0.85:
            if not cycle:
                cycle = list(DEFECTS)
                rng.shuffle(cycle)
            defects = [cycle.pop()]
        else:
            a, b = rng.sample(DEFECTS, 2)
            if {a, b} & {"missing-goal"} and {a, b} & {"unclear-goal"}:
                b = "missing-hours" if a != "missing-hours" else "missing-tasks"
            if {a, b} >= {"missing-duration", "duration-over-6-months"}:
                b = "missing-tasks"
            defects = [a, b]
        specs.append({"near": None, "system": systems[i % 4], "defects": defects})
    nears = ["no-mentor", "ended", "joblog", "calendar"]
    for i in range(n_near):
        specs.append({"near": nears[i % 4], "system": systems[(i // 4) % 4], "defects": []})
    rng.shuffle(specs)
    return specs


FORMATS = {  # system -> candidate (format, renderer) pairs
    "momentum": ["pdf-chromium", "html", "pdf-chromium", "pdf-lo-html", "txt-copy"],
    "jobnet": ["html", "pdf-chromium", "html", "txt-copy"],
    "app": ["pdf-chromium-mobile", "html", "pdf-chromium-mobile", "txt-copy"],
    "fasit": ["txt", "pdf-lo-docx", "pdf-lo-docx"],
    "other": ["txt", "html", "pdf-chromium"],
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=1010)
    ap.add_argument("--count", type=int, default=100)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="corpus_ec_"))
    entries = []
    fmt_counter = {k: 0 for k in FORMATS}
    chromium_jobs = []  # (html_path, pdf_path, mobile)
    lo_jobs = []  # (src_path, pdf_path)
    for i, spec in enumerate(plan(rng, args.count)):
        near = spec["near"]
        c = make_case(rng, i, spec["defects"], [])
        if near in ("no-mentor", "ended"):
            c["mentor_act"] = None
            c["traits"] = [t for t in c["traits"] if not t.split(":")[0] in ("goal", "mentor", "tasks", "duration", "hours", "period")]
            if not c["others"]:
                c["others"] = [{"title": "Jobsøgning", "place": "Egen jobsøgning", "start": dt.date(2026, 2, 2),
                                "end": dt.date(2026, 7, 31), "hours": "2 ansøgninger pr. uge", "contact": c["caseworker"],
                                "role": "Jobkonsulent", "phone": c["cw_phone"], "status": "Aktiv"}]
            if near == "ended":
                s = dt.date(2025, rng.randint(1, 6), 1)
                c["history"] = [(rng.choice(["Mentorstøtte (§ 167)", "Mentorstøtte", "Mentor – Jobhuset"]), s,
                                 add_months(s, 6) - dt.timedelta(days=1))]
                if rng.random() < 0.5:
                    s2 = dt.date(2025, rng.randint(1, 9), 4)
                    c["history"].append(("Virksomhedspraktik", s2, add_months(s2, 3) - dt.timedelta(days=1)))
        if near in ("joblog", "calendar"):
            c["traits"] = []
        else:
            n_act = len(c["others"]) + (1 if c["mentor_act"] else 0)
            c["traits"].append(f"activities:{n_act}")
            if near:
                c["traits"] = [t for t in c["traits"] if not t.startswith("period:")]
        system = spec["system"]
        if near == "calendar" or (system == "app" and near not in ("joblog",)):
            c["cpr"] = None  # the app and the calendar never show the CPR number
        key = "other" if near in ("joblog", "calendar") else system
        fmt_choice = FORMATS[key][fmt_counter[key] % len(FORMATS[key])]
        fmt_counter[key] += 1
        slug = f"{i:03d}-{system if near not in ('joblog', 'calendar') else 'jobnet'}-{near or 'minplan'}"
        folder = out / f"borger-{c['first'].lower()}-{i:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        # render
        if near in ("joblog", "calendar"):
            fn = joblog if near == "joblog" else calendar
            content = fn(c, rng, "txt" if fmt_choice == "txt" else "html")
            layout = "list" if near == "calendar" else "table"
        elif system == "momentum":
            overview = rng.random() < 0.6
            content = momentum_html(c, rng, overview, near)
            layout = "cards+overview" if overview else "cards"
            if overview:
                c["traits"].append("overview-table")
        elif system == "jobnet":
            content = jobnet_html(c, rng, near)
            layout = "dl"
        elif system == "app":
            content = app_html(c, rng, near)
            layout = "mobile-cards"
        else:
            content = None
            layout = "text-columns" if fmt_choice == "txt" else "word-tables"
        if fmt_choice == "txt":
            if system == "fasit" and near not in ("joblog", "calendar"):
                content = fasit_text(c, rng, near)
            elif content.lstrip().startswith("<!DOCTYPE"):
                content = fasit_text(c, rng, near) if near not in ("joblog", "calendar") else content
            path = folder / f"{slug}.txt"
            path.write_text(content, encoding="utf-8")
            fmt = "txt"
        elif fmt_choice == "html":
            if content is None:
                content = momentum_html(c, rng, True, near)
                layout = "cards+overview"
            path = folder / f"{slug}.html"
            path.write_text(content, encoding="utf-8")
            fmt = "html"
        elif fmt_choice == "txt-copy":
            # the page opened in the browser, everything selected and pasted into a .txt file
            src = tmp / f"{slug}.html"
            src.write_text(content, encoding="utf-8")
            path = folder / f"{slug}.txt"
            chromium_jobs.append((src, path, "text"))
            fmt = "txt"
            c["traits"].append("txt:browser-innertext")
        elif fmt_choice.startswith("pdf-chromium"):
            if content is None:
                content = momentum_html(c, rng, False, near)
            src = tmp / f"{slug}.html"
            src.write_text(content, encoding="utf-8")
            path = folder / f"{slug}.pdf"
            chromium_jobs.append((src, path, fmt_choice.endswith("mobile")))
            fmt = "pdf"
            c["traits"].append("pdf:chromium" + ("-mobile" if fmt_choice.endswith("mobile") else ""))
        elif fmt_choice == "pdf-lo-html":
            # the system's "printervenlig" view: no screen stylesheet, opened in LibreOffice and exported
            import re
            content = re.sub(r"<style>.*?</style>", "<style>body{font-family:Arial;font-size:10pt}</style>",
                             content, flags=re.S)
            src = tmp / f"{slug}.html"
            src.write_text(content, encoding="utf-8")
            path = folder / f"{slug}.pdf"
            lo_jobs.append((src, path))
            fmt = "pdf"
            c["traits"].append("pdf:libreoffice-html")
        else:  # pdf-lo-docx
            src = tmp / f"{slug}.docx"
            fasit_docx(c, rng, src, near)
            path = folder / f"{slug}.pdf"
            lo_jobs.append((src, path))
            fmt = "pdf"
            c["traits"].append("pdf:libreoffice-docx")
        # label
        if near is None:
            kind = "minplan"
            rules = sorted(spec["defects"])
            subtype = {"momentum": "momentum-print", "jobnet": "jobnet-view", "app": "app-export",
                       "fasit": "fasit-print"}[system]
        else:
            kind = "unknown"
            rules = []
            subtype = {"no-mentor": "plan-without-mentor", "ended": "plan-mentor-ended",
                       "joblog": "joblog", "calendar": "calendar"}[near]
            c["traits"].append("near-miss")
        mnc = []
        if c["cpr"]:
            mnc = [c["cpr"], c["cpr"].replace("-", "")]
            c["traits"].append("cpr")
        entry = {"path": str(path.relative_to(out)), "format": fmt, "kind": kind, "subtype": subtype,
                 "layout": layout, "rules": rules, "extras": [], "error": None, "accept_errors": [],
                 "must_not_contain": mnc, "traits": sorted(set(c["traits"]))}
        if kind == "minplan" and c["mentor_act"]["duration_state"] == "ok":
            entry["period"] = {"start": c["mentor_act"]["start"].isoformat(), "end": c["mentor_act"]["end"].isoformat()}
        entries.append(entry)
    render_chromium(chromium_jobs)
    render_lo(lo_jobs, tmp)
    missing = [e["path"] for e in entries if not (out / e["path"]).is_file()]
    if missing:
        print(f"not rendered: {missing}", file=sys.stderr)
        return 1
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents in {out}")
    return 0


def render_chromium(jobs: list) -> None:
    if not jobs:
        return
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for src, dst, mobile in jobs:
            page = b.new_page(viewport={"width": 390, "height": 844} if mobile else {"width": 1000, "height": 1200})
            page.goto(src.as_uri())
            if mobile == "text":
                dst.write_text(page.inner_text("body") + "\n", encoding="utf-8")
            elif mobile:
                page.pdf(path=str(dst), width="390px", height="1400px", print_background=True,
                         margin={"top": "0", "bottom": "0", "left": "0", "right": "0"})
            else:
                page.pdf(path=str(dst), format="A4", print_background=True,
                         margin={"top": "12mm", "bottom": "14mm", "left": "0", "right": "0"},
                         display_header_footer=True, header_template="<span></span>",
                         footer_template="<div style='font-size:8px;width:100%;text-align:center'>Side <span class='pageNumber'></span> af <span class='totalPages'></span></div>")
            page.close()
        b.close()


def render_lo(jobs: list, tmp: Path) -> None:
    if not jobs:
        return
    outdir = tmp / "lo_out"
    outdir.mkdir(exist_ok=True)
    profile = "file:///tmp/lo_ec_profile"
    docx = [str(s) for s, _ in jobs if s.suffix == ".docx"]
    htmls = [str(s) for s, _ in jobs if s.suffix == ".html"]
    if docx:
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), *docx], check=True, capture_output=True, timeout=600)
    if htmls:
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                        "pdf:writer_web_pdf_Export", "--outdir", str(outdir), *htmls],
                       check=True, capture_output=True, timeout=600)
    for src, dst in jobs:
        produced = outdir / (src.stem + ".pdf")
        if produced.is_file():
            shutil.move(str(produced), dst)


if __name__ == "__main__":
    sys.exit(main())
