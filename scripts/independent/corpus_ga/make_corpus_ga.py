#!/usr/bin/env python3
"""Corpus GA: Min Plan entries as citizens and caseworkers archive them.

The mentor support stands beside one to four other activities (courses, education,
placements, wage subsidy, treatment) that have their own periods, hours and contacts.
Written without reading the linter (see NOTES.md). Deterministic for a given --seed
(Chromium/LibreOffice PDFs carry their own timestamps; their text is deterministic).

    /work/main/.venv/bin/python make_corpus_ga.py --out /work/corpora/ga [--seed 14]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

D = dt.date
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]

FIRST = ["Mads", "Sara", "Ahmed", "Louise", "Jonas", "Fatima", "Kasper", "Mette", "Ali", "Camilla",
         "Nikolaj", "Signe", "Emil", "Yasmin", "Rasmus", "Trine", "Omar", "Julie", "Mikkel", "Line",
         "Patrick", "Nadia", "Thomas", "Ida", "Hassan", "Maja", "Frederik", "Sofie", "Bilal", "Anne"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Lund", "Kjær", "Dahl", "Bach", "Holm"]
KOMMUNER = ["Holbæk", "Slagelse", "Viborg", "Randers", "Esbjerg", "Næstved", "Herning", "Vejle",
            "Køge", "Svendborg", "Silkeborg", "Horsens", "Kolding", "Roskilde", "Hjørring"]
PROVIDERS = [("Jobhuset Vest", "jobhusetvest.dk"), ("MentorKompagniet", "mentorkompagniet.dk"),
             ("Kompetencecenter Syd", "kcsyd.dk"), ("Broen ApS", "broen-aps.dk"),
             ("Fokus Mentorservice", "fokusmentor.dk"), ("Vejen Frem I/S", "vejenfrem.dk"),
             ("Kommunens mentorteam", None)]


def phone(r):
    return " ".join(f"{r.randint(20, 99)}" for _ in range(4))


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def mail_of(name, domain):
    a = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").split()
    return f"{a[0]}.{a[-1]}@{domain}"


def fd(d: D, style: str) -> str:
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "iso":
        return d.isoformat()
    if style == "word":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    raise ValueError(style)


def add_months(d: D, m: int) -> D:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return D(y, mo, day)


def cpr(r):
    d = D(r.randint(1965, 2005), r.randint(1, 12), r.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"


# ---------------------------------------------------------------- content pools
CLEAR_GOALS = [
    "{fn} fastholder sin virksomhedspraktik hos {place} og møder stabilt {n} dage om ugen frem til {end}.",
    "{fn} gennemfører grundforløb 1 på {school} og har under 10 % fravær ved udgangen af perioden.",
    "{fn} er i løntilskud hos {place} 25 timer om ugen og har en aftale om ordinære timer senest {end}.",
    "Målet er, at {fn} starter på {school} i {month} og møder til undervisningen mindst fire dage om ugen.",
    "{fn} har et ordinært job på mindst 15 timer om ugen inden for lager eller logistik senest {end}.",
    "{fn} fortsætter i praktikken hos {place} med 20 timer om ugen og er afklaret til fleksjob inden {end}.",
    "{fn} består danskuddannelsens modul 3 og kan tage imod en praktikplads i detailhandlen senest {end}.",
    "At {fn} kan møde selv og til tiden på {school} alle skoledage og gennemfører første semester.",
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "Hjælp til at komme videre og få mere selvværd.",
    "At komme tættere på arbejdsmarkedet.",
    "Sikre at {fn} får det bedre og får mere overskud i hverdagen.",
    "Motivere {fn} og arbejde med trivsel og mestring.",
]
TASKS = [
    "Følge {fn} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde, transport og mødetider",
    "Hjælpe med at læse og besvare post fra kommunen i e-Boks",
    "Øve køreplanen og ruten til {school}",
    "Være bindeled til kontaktpersonen på arbejdspladsen ved fravær",
    "Hjælpe med at lave en ugeplan, så skole og lægeaftaler passer sammen",
    "Deltage i opstartsmødet på {school} sammen med {fn}",
    "Ringe om morgenen de dage, hvor {fn} har svært ved at komme af sted",
    "Støtte {fn} i at tale med lederen om arbejdsopgaver og pauser",
    "Hjælpe med budget og betaling af regninger, så økonomien ikke spænder ben for praktikken",
]
SCHOOLS = ["FGU Vestsjælland", "SOSU Sjælland", "VUC Storstrøm", "Tradium", "EUC Syd",
           "Mercantec", "Campus Bornholm", "Roskilde Tekniske Skole"]
PLACES = ["Netto Holbæk", "Bilka Næstved", "Føtex Vejle", "Plejecenter Solgården", "Lagerhotellet A/S",
          "Byens Cykler", "Kantinen på Rådhuset", "Genbrugspladsen Nord", "Dagli'Brugsen Ry",
          "Jysk Distribution", "Bauhaus Kolding", "Rengøringsfirmaet Glans"]

OTHER_KINDS = {
    "praktik": ("Virksomhedspraktik", "Virksomhedspraktik (§ 42)", "Praktik"),
    "loentilskud": ("Ansættelse med løntilskud", "Løntilskud – privat", "Job med løntilskud"),
    "uddannelse": ("Uddannelse", "Erhvervsuddannelse – grundforløb", "Ordinær uddannelse"),
    "kursus": ("Kursus", "AMU-kursus", "Vejledning og opkvalificering"),
    "dansk": ("Danskuddannelse", "Danskuddannelse 2, modul 3", "Dansk som andetsprog"),
    "fgu": ("FGU – produktionsgrunduddannelse", "FGU (PGU)", "Forberedende grunduddannelse"),
    "behandling": ("Behandling", "Genoptræning hos fysioterapeut", "Misbrugsbehandling (ambulant)"),
}
OTHER_CONTENT = {
    "praktik": "Lager og varemodtagelse. Afklaring af arbejdsevne og fremmøde.",
    "loentilskud": "Servicemedarbejder, 25 timer om ugen. Løntilskud efter LAB kap. 12.",
    "uddannelse": "Grundforløb 1 med fokus på faglig læsning og praktiske fag.",
    "kursus": "Truckcertifikat B og kursus i lagerstyring.",
    "dansk": "Undervisning på modul 3 med fokus på arbejdsmarkedsdansk.",
    "fgu": "Værkstedsundervisning i køkken og kantine samt almen dansk og matematik.",
    "behandling": "Træning to gange om ugen efter skulderoperation.",
}
# typical own period lengths in months (often longer than six: not mentor support)
OTHER_LEN = {"praktik": 3, "loentilskud": 12, "uddannelse": 24, "kursus": 2, "dansk": 10,
             "fgu": 12, "behandling": 5}
OTHER_HOURS = {"praktik": "20", "loentilskud": "25", "uddannelse": "30", "kursus": "37",
               "dansk": "12", "fgu": "30", "behandling": "2"}

MENTOR_TITLES = ["Mentorstøtte", "Mentor (§ 167)", "Mentorstøtte – tilbudsmentor", "Personlig mentor",
                 "Udvidet mentorstøtte", "Mentorstøtte (LAB § 167)", "Støtte: mentor",
                 "Mentorstøtte i praktikken", "Uddannelsesmentor"]


GOAL_BY_KIND = {"praktik": [0, 5], "loentilskud": [2], "uddannelse": [1, 3, 7], "fgu": [3, 7],
                "dansk": [6], "kursus": [4], "behandling": [4]}


class Spec(dict):
    __getattr__ = dict.get


def make_spec(r: random.Random, defects: set[str], n_other: int, *, with_cpr: bool,
              plan_goal: bool = True, six_edge: bool = False, weeks: int | None = None) -> Spec:
    fn_ = r.choice(FIRST)
    ln_ = r.choice(LAST)
    kom = r.choice(KOMMUNER)
    school = r.choice(SCHOOLS)
    place = r.choice(PLACES)
    prov, dom = r.choice(PROVIDERS)
    mname = person(r)
    if dom is None:
        dom = f"{kom.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}.dk"
    start = D(2026, r.choice([2, 3, 4, 5, 6, 8, 9]), r.choice([1, 1, 1, 3, 9, 15, 16]))
    if "duration-over-6-months" in defects:
        months = r.choice([8, 9, 10, 12])
        end = add_months(start, months) - dt.timedelta(days=1)
        if weeks:
            end = start + dt.timedelta(days=7 * weeks - 1)
    elif weeks:
        end = start + dt.timedelta(days=7 * weeks - 1)
    elif six_edge:
        end = add_months(start, 6) - dt.timedelta(days=1)
    else:
        end = add_months(start, r.choice([3, 4, 5, 6])) - dt.timedelta(days=1)
    hours = r.choice(["2", "3", "1-2", "4", "1½", "5", "2"])
    kinds = r.sample(list(OTHER_KINDS), n_other)
    others = []
    for k in kinds:
        ost = start + dt.timedelta(days=r.choice([-60, -30, 0, 0, 14, 30]))
        oen = add_months(ost, OTHER_LEN[k] + r.choice([0, 0, 3, 6])) - dt.timedelta(days=1)
        cname = person(r)
        loc = {"praktik": place, "loentilskud": place, "uddannelse": school, "kursus": "AMU Vest",
               "dansk": "Sprogcenter Midt", "fgu": school if "FGU" in school else "FGU Vestsjælland",
               "behandling": "Fysioterapien Torvet"}[k]
        title = r.choice(OTHER_KINDS[k])
        if title.startswith("Misbrug"):
            loc = "Rusmiddelcenteret"
        others.append(Spec(kind=k, title=title, place=loc, start=ost, end=oen,
                           hours=OTHER_HOURS[k], contact=cname, phone=phone(r),
                           mail=mail_of(cname, "virk.dk" if k in ("praktik", "loentilskud") else "skole.dk"),
                           content=("Samtaler hver uge og gruppeforløb." if loc == "Rusmiddelcenteret"
                                    else OTHER_CONTENT[k]),
                           status=r.choice(["Igangværende", "Aktiv", "Planlagt", "Godkendt"])))
    for o in others:
        if o.kind in ("praktik", "loentilskud"):
            place = o.place
        if o.kind in ("uddannelse", "fgu"):
            school = o.place
    fmt = dict(fn=fn_, place=place, school=school, n=r.choice(["tre", "fire", "4"]),
               end=fd(end, "word"), month=MONTHS[(start.month + 1) % 12])
    pool = sorted({g for o in others for g in GOAL_BY_KIND[o.kind]}) or [4]
    goal = CLEAR_GOALS[r.choice(pool)].format(**fmt)
    if "missing-duration" in defects:
        # no end date hidden in the goal when the support's own period is missing
        import re
        goal = re.sub(r" (frem til|senest|inden) \d+\. \w+ \d{4}", "", goal)
    if "unclear-goal" in defects:
        goal = r.choice(UNCLEAR_GOALS).format(**fmt)
    if "missing-goal" in defects:
        goal = None
    kinds_set = {o.kind for o in others}
    tpool = [t for t in TASKS
             if ("{school}" not in t or kinds_set & {"uddannelse", "fgu", "dansk"})
             and (not any(w in t for w in ("praktik", "arbejdsplads", "lederen"))
                  or kinds_set & {"praktik", "loentilskud"})]
    if "dansk" in kinds_set and not kinds_set & {"uddannelse", "fgu"}:
        fmt["school"] = "Sprogcenter Midt"
    tasks = [t.format(**fmt) for t in r.sample(tpool, min(len(tpool), r.randint(2, 4)))]
    if "missing-tasks" in defects:
        tasks = None
    mphone, mmail = phone(r), mail_of(mname, dom)
    contact_mode = r.choice(["phone", "mail", "both", "both"])
    if "missing-mentor" in defects:
        mphone = mmail = None
    if "missing-hours" in defects:
        hours = None
    period = (start, end)
    if "missing-duration" in defects:
        period = None
    pgoal = None
    if plan_goal and "unclear-goal" not in defects and "missing-goal" not in defects:
        pgoal = r.choice(["Job som lagermedarbejder", "Uddannelse som social- og sundhedshjælper",
                          "Fleksjob i detailhandlen", "Job i rengøringsbranchen",
                          "Ordinær uddannelse (EUD)", "Job inden for køkken og kantine"])
    cw = person(r)
    return Spec(fn=fn_, ln=ln_, citizen=f"{fn_} {ln_}", kom=kom, school=school, place=place,
                provider=prov, mname=mname, mphone=mphone if contact_mode != "mail" or mmail is None else None,
                mmail=mmail if contact_mode != "phone" or mphone is None else None,
                start=start, end=end, period=period, hours=hours, goal=goal, tasks=tasks,
                others=others, mpos=r.randint(0, n_other), mtitle=r.choice(MENTOR_TITLES),
                mstatus=r.choice(["Igangværende", "Aktiv", "Godkendt", "Bevilget"]),
                cpr=cpr(r) if with_cpr else None, pgoal=pgoal, cw=cw, cwphone=phone(r),
                cwmail=mail_of(cw, "kommune.dk"), defects=sorted(defects), weeks=weeks,
                printed=start - dt.timedelta(days=r.randint(1, 10)))


def hours_txt(s, style="uge"):
    if s.hours is None:
        return None
    h = s.hours
    unit = "time" if h in ("1", "1½") else "timer"
    return {"uge": f"{h} {unit} pr. uge", "t": f"{h} t/uge", "ugentlig": f"{h} {unit} ugentligt"}[style]


def mentor_contact(s):
    bits = [s.mname]
    if s.mphone:
        bits.append(f"tlf. {s.mphone}")
    if s.mmail:
        bits.append(s.mmail)
    return ", ".join(bits)


def activities(s):
    """The activities in plan order, the mentor support as a dict with kind 'mentor'."""
    acts = list(s.others)
    if not s.no_mentor:
        acts.insert(s.mpos, Spec(kind="mentor"))
    return acts


# ---------------------------------------------------------------- Min Plan renderers
def jobnet_html(s, r, *, cardstyle="cards") -> str:
    ds = r.choice(["dot", "dot", "word", "abbr"])
    hs = r.choice(["uge", "t", "ugentlig"])
    css = """body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#222;margin:28px}
    h1{font-size:20pt;color:#14315a} h2{font-size:14pt;margin-top:22px;color:#14315a}
    .card{border:1px solid #c9d3df;border-radius:6px;padding:10px 14px;margin:12px 0}
    .card h3{margin:0 0 6px 0;font-size:12.5pt} .status{float:right;font-size:9pt;background:#e3f1e6;
    padding:2px 8px;border-radius:10px} table.kv td{padding:2px 10px 2px 0;vertical-align:top}
    table.kv td.k{color:#555;width:150px} .hdr{font-size:9pt;color:#666}"""
    out = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Min Plan - Jobnet</title>"
           f"<style>{css}</style></head><body>"]
    out.append("<div class='hdr'>Jobnet · Min side · Min Plan</div>")
    out.append(f"<h1>Min Plan</h1><p>{html.escape(s.citizen)}"
               + (f" · CPR-nr. {s.cpr}" if s.cpr else "") + "</p>")
    out.append(f"<p class='hdr'>Udskrevet {fd(s.printed, 'dot')} · Planen er lavet sammen med din "
               f"sagsbehandler i {s.kom} Kommune</p>")
    if s.pgoal:
        out.append(f"<h2>Mit mål</h2><p>{html.escape(s.pgoal)}</p>")
    out.append("<h2>Mine aktiviteter</h2>")

    def kv(rows):
        return "<table class='kv'>" + "".join(
            f"<tr><td class='k'>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"

    nested_card = ""
    for a in activities(s):
        if a.kind == "mentor":
            rows = []
            if s.goal is not None:
                rows.append((r.choice(["Formål", "Formål med mentorstøtten", "Mål for støtten"]),
                             html.escape(s.goal)))
            elif r.random() < 0.5:
                rows.append(("Formål", "-"))
            rows.append(("Udbyder", html.escape(s.provider)))
            rows.append((s.mlabel or "Mentor", html.escape(mentor_contact(s))))
            if s.period and s.isoweeks:
                a_, b_ = s.isoweeks
                rows.append(("Periode", f"uge {a_}-{b_} {s.period[0].year}"))
            elif s.period and s.weeks:
                rows.append(("Start", fd(s.period[0], ds)))
                rows.append(("Varighed", f"{s.weeks} uger"))
            elif s.period:
                rows.append(("Start", fd(s.period[0], ds)))
                rows.append(("Slut", fd(s.period[1], ds)))
            else:
                rows.append(("Start", fd(s.start, ds)))
                rows.append(("Slut", r.choice(["-", "Ikke fastsat", "Aftales senere"])))
            if s.monthly and s.hours:
                rows.append(("Omfang", f"{s.monthly} timer pr. måned"))
            else:
                rows.append(("Timer pr. uge" if hs != "t" else "Omfang",
                             html.escape(hours_txt(s, hs) or r.choice(["Efter behov", "-", ""]))))
            if s.tasks:
                rows.append(("Mentorens opgaver", "<ul>" + "".join(
                    f"<li>{html.escape(t)}</li>" for t in s.tasks) + "</ul>"))
            mcard = (f"<div class='card'><span class='status'>{s.mstatus}</span>"
                     f"<h3>{html.escape(s.mtitle)}</h3>{kv(rows)}</div>")
            if s.nested and s.others:
                nested_card = mcard
                continue
            out.append(mcard)
        else:
            rows = [("Sted", html.escape(a.place)), ("Start", fd(a.start, ds)), ("Slut", fd(a.end, ds)),
                    ("Timer pr. uge" if hs != "t" else "Omfang", f"{a.hours} timer"),
                    ("Kontaktperson", html.escape(f"{a.contact}, tlf. {a.phone}")),
                    ("Indhold", html.escape(a.content))]
            out.append(f"<div class='card'><span class='status'>{a.status}</span>"
                       f"<h3>{html.escape(a.title)}</h3>{kv(rows)}" + "@@NESTED@@" * (a is s.others[0])
                       + "</div>")
    body = "\n".join(out)
    inner = ("<p style='margin:8px 0 2px 0;font-weight:bold'>Tilknyttet støtte</p>" + nested_card
             if s.nested and s.others else "")
    out = [body.replace("@@NESTED@@", inner)]
    out.append(f"<h2>Din kontakt i kommunen</h2><p>{html.escape(s.cw)}, sagsbehandler<br>"
               f"Tlf. {s.cwphone} · {s.cwmail}</p>")
    out.append("<p class='hdr'>Har du spørgsmål til din plan, så kontakt din sagsbehandler.</p>")
    out.append("</body></html>")
    return "\n".join(out)


def case_txt(s, r) -> str:
    """A case-system print saved as text (fixed-width, labels with dots)."""
    ds = r.choice(["iso", "dot", "dash"])
    L = []
    sysname = r.choice(["SAGSSYSTEM BESKÆFTIGELSE", "JOBINDSATS – BORGERUDSKRIFT", "PLANUDSKRIFT"])
    L.append(f"{sysname}{' ' * 10}Udskrevet: {fd(s.printed, 'dot')} af {s.cw}")
    L.append("=" * 72)
    L.append(f"Borger ........: {s.citizen}")
    if s.cpr:
        L.append(f"CPR ...........: {s.cpr}")
    L.append(f"Enhed .........: {s.kom} Kommune, Beskæftigelse")
    L.append(f"Plantype ......: Min Plan – planlagte aktiviteter")
    if s.pgoal:
        L.append(f"Beskæftigelsesmål: {s.pgoal}")
    L.append("")
    for i, a in enumerate(activities(s), 1):
        if a.kind == "mentor":
            L.append(f"AKTIVITET {i}: {s.mtitle.upper()}  [{s.mstatus}]")
            L.append("-" * 72)
            if s.period:
                L.append(f"  Periode ......: {fd(s.period[0], ds)} - {fd(s.period[1], ds)}")
            else:
                L.append(f"  Periode ......: {fd(s.start, ds)} - ")
            L.append(f"  Timetal ......: {hours_txt(s, 'uge') or 'ikke angivet'}")
            L.append(f"  Leverandør ...: {s.provider}")
            L.append(f"  Mentor .......: {s.mname}")
            if s.mphone:
                L.append(f"  Mentor tlf. ..: {s.mphone}")
            if s.mmail:
                L.append(f"  Mentor mail ..: {s.mmail}")
            if s.goal is not None:
                L.append(f"  Formål .......: {s.goal}")
            if s.tasks:
                L.append("  Mentorens opgaver:")
                L += [f"    - {t}" for t in s.tasks]
            elif r.random() < 0.5:
                L.append("  Mentorens opgaver: -")
        else:
            L.append(f"AKTIVITET {i}: {a.title.upper()}  [{a.status}]")
            L.append("-" * 72)
            L.append(f"  Periode ......: {fd(a.start, ds)} - {fd(a.end, ds)}")
            L.append(f"  Timetal ......: {a.hours} timer pr. uge")
            L.append(f"  Sted .........: {a.place}")
            L.append(f"  Kontaktperson : {a.contact}")
            L.append(f"  Kontakt tlf. .: {a.phone}")
            L.append(f"  Beskrivelse ..: {a.content}")
        L.append("")
    L.append(f"Sagsbehandler: {s.cw}, tlf. {s.cwphone}")
    L.append("Side 1 af 1")
    return "\n".join(L) + "\n"


def overview_rows(s, r, ds):
    head = ["Aktivitet", "Periode", "Timer/uge", "Kontakt", "Status"]
    rows = []
    for a in activities(s):
        if a.kind == "mentor":
            per = (f"{fd(s.period[0], ds)} – {fd(s.period[1], ds)}" if s.period
                   else r.choice(["Fra " + fd(s.start, ds), "Aftales", "–"]))
            rows.append([s.mtitle, per, s.hours or r.choice(["Efter behov", "–", ""]),
                         mentor_contact(s) + f" ({s.provider})", s.mstatus])
        else:
            rows.append([f"{a.title}, {a.place}", f"{fd(a.start, ds)} – {fd(a.end, ds)}", a.hours,
                         f"{a.contact}, {a.phone}", a.status])
    return head, rows


def mentor_details_lines(s, r):
    """(label, value) pairs about the mentor support under an overview table."""
    out = []
    if s.goal is not None:
        out.append((r.choice(["Målet med mentorstøtten", "Formål", "Hvad skal støtten føre til"]), s.goal))
    elif r.random() < 0.5:
        out.append(("Målet med mentorstøtten", "Udfyldes senere"))
    if s.tasks:
        out.append((r.choice(["Mentorens opgaver", "Støtten består i", "Det hjælper mentoren med"]),
                    "; ".join(s.tasks) + "."))
    return out


def overview_docx(s, r, path: Path):
    ds = r.choice(["dot", "iso", "slash"])
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_heading(r.choice(["Min Plan – oversigt over aktiviteter", "Planoversigt (Min Plan)",
                              "Min Plan"]), level=1)
    p = doc.add_paragraph(f"Borger: {s.citizen}")
    if s.cpr:
        p.add_run(f"\nCPR-nr.: {s.cpr}")
    doc.add_paragraph(f"{s.kom} Kommune · Sagsbehandler {s.cw}, tlf. {s.cwphone}")
    if s.pgoal:
        doc.add_paragraph(f"Mit mål: {s.pgoal}")
    head, rows = overview_rows(s, r, ds)
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        c.text = h
        for run in c.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    if not s.no_mentor:
        doc.add_heading("Om mentorstøtten", level=2)
    for k, v in ([] if s.no_mentor else mentor_details_lines(s, r)):
        para = doc.add_paragraph()
        para.add_run(k + ": ").bold = True
        para.add_run(v)
    doc.add_paragraph(f"Planen er opdateret {fd(s.printed, 'word')}.")
    doc.save(path)


def overview_html(s, r) -> str:
    ds = r.choice(["dot", "iso"])
    head, rows = overview_rows(s, r, ds)
    h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Min Plan</title>",
         "<style>body{font-family:Verdana,sans-serif;font-size:10pt;margin:24px}table{border-collapse:collapse}"
         "td,th{border:1px solid #888;padding:4px 8px;text-align:left;vertical-align:top}"
         "th{background:#dde6ee}</style></head><body>",
         f"<h1>Min Plan for {html.escape(s.citizen)}</h1>"]
    if s.cpr:
        h.append(f"<p>CPR: {s.cpr}</p>")
    if s.pgoal:
        h.append(f"<p><strong>Mit mål:</strong> {html.escape(s.pgoal)}</p>")
    h.append("<table><tr>" + "".join(f"<th>{x}</th>" for x in head) + "</tr>")
    for row in rows:
        h.append("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>")
    h.append("</table><h2>Om mentorstøtten</h2>")
    for k, v in mentor_details_lines(s, r):
        h.append(f"<p><strong>{html.escape(k)}:</strong> {html.escape(v)}</p>")
    h.append(f"<p style='font-size:8pt'>{s.kom} Kommune · {s.cw} · {s.cwmail}</p></body></html>")
    return "\n".join(h)


def csv_export(s, r) -> str:
    ds = r.choice(["iso", "dot"])
    sep = r.choice([";", ";", "\t"])
    cols = ["Aktivitet", "Startdato", "Slutdato", "Timer pr. uge", "Kontaktperson", "Telefon", "E-mail",
            "Formål", "Opgaver"]
    lines = [sep.join(cols)]
    for a in activities(s):
        if a.kind == "mentor":
            vals = [s.mtitle, fd(s.start, ds), fd(s.period[1], ds) if s.period else "",
                    s.hours or "", s.mname, s.mphone or "", s.mmail or "", s.goal or "",
                    " / ".join(s.tasks) if s.tasks else ""]
        else:
            vals = [a.title, fd(a.start, ds), fd(a.end, ds), a.hours, a.contact, a.phone, a.mail,
                    "", ""]
        lines.append(sep.join(v.replace(sep, ",") for v in vals))
    return "\n".join(lines) + "\n"


def plan_markdown(s, r) -> str:
    ds = r.choice(["word", "dot"])
    L = [f"# Min Plan – {s.citizen}", "",
         f"*Kopieret fra Jobnet {fd(s.printed, 'dot')}*", ""]
    if s.cpr:
        L += [f"CPR: {s.cpr}", ""]
    if s.pgoal:
        L += ["## Mit mål", "", s.pgoal, ""]
    for a in activities(s):
        if a.kind == "mentor":
            L += [f"## {s.mtitle}", ""]
            if s.goal is not None:
                L += [f"**Formål:** {s.goal}", ""]
            L += [f"- Mentor: {mentor_contact(s)}"]
            if s.period:
                L += [f"- Periode: {fd(s.period[0], ds)} – {fd(s.period[1], ds)}"]
            else:
                L += [f"- Start: {fd(s.start, ds)}", "- Slut: ikke fastsat"]
            L += [f"- Timer: {hours_txt(s, 'uge') or 'efter behov'}", ""]
            if s.tasks:
                L += ["**Det hjælper mentoren med:**", ""] + [f"1. {t}" for t in s.tasks] + [""]
        else:
            L += [f"## {a.title}", "", f"- Sted: {a.place}",
                  f"- Periode: {fd(a.start, ds)} – {fd(a.end, ds)}", f"- Timer: {a.hours} pr. uge",
                  f"- Kontaktperson: {a.contact}, {a.phone}", ""]
    L += ["---", f"Sagsbehandler: {s.cw} ({s.cwmail})"]
    return "\n".join(L) + "\n"


def card_txt(s, r) -> str:
    """Copied from the Jobnet app: one card per activity, values by shape, few labels."""
    ds = r.choice(["dot", "dash"])
    L = ["Min Plan", f"{s.citizen}", "", f"Aktiviteter ({len(s.others) + 1})", ""]
    for a in activities(s):
        if a.kind == "mentor":
            L += [s.mtitle, s.mstatus, s.provider]
            sep_ = " → " if s.arrow else " - "
            L.append(f"{fd(s.period[0], ds)}{sep_}{fd(s.period[1], ds)}" if s.period else f"Startet {fd(s.start, ds)}")
            if s.hours:
                L.append(f"{s.hours} timer/uge")
            L.append(f"Mentor: {mentor_contact(s)}")
            if s.goal is not None:
                L.append(f"Formål: {s.goal}")
            if s.tasks:
                L.append("Opgaver: " + "; ".join(s.tasks))
        else:
            L += [a.title, a.status, a.place, f"{fd(a.start, ds)} - {fd(a.end, ds)}", f"{a.hours} timer/uge",
                  f"Kontakt: {a.contact} {a.phone}"]
        L.append("")
    L += ["Sidst opdateret " + fd(s.printed, ds)]
    return "\n".join(L) + "\n"


def plan_prose(s, r) -> str:
    """Caseworker's pasted-in plan text in an e-mail body (prose + short lists)."""
    ds = r.choice(["word", "dot", "slash"])
    L = [f"Hej {s.fn}", "",
         "Som lovet sender jeg dig din plan, som vi lavede den på mødet i dag. Den ligger også på Jobnet under Min Plan.",
         ""]
    for a in activities(s):
        if a.kind == "mentor":
            L.append(f"* {s.mtitle}")
            if s.goal is not None:
                L.append(f"  Mål: {s.goal}")
            L.append(f"  Din mentor: {mentor_contact(s)}")
            if s.period:
                L.append(f"  Periode: {fd(s.period[0], ds)} til {fd(s.period[1], ds)}")
            else:
                L.append(f"  Periode: fra {fd(s.start, ds)} (slutdato aftaler vi senere)")
            L.append(f"  Timer: {hours_txt(s, 'ugentlig') or 'det aftaler I løbende'}")
            if s.tasks:
                L.append("  Mentoren hjælper dig med: " + "; ".join(t[0].lower() + t[1:] for t in s.tasks) + ".")
        else:
            L.append(f"* {a.title} ({a.place})")
            L.append(f"  Periode: {fd(a.start, ds)} til {fd(a.end, ds)}, {a.hours} timer om ugen")
            L.append(f"  Kontaktperson: {a.contact}, tlf. {a.phone}")
        L.append("")
    if s.cpr:
        L += [f"(Dit CPR-nr. {s.cpr} står på planen, så tjek lige at den er rigtig.)", ""]
    L += ["Ring endelig, hvis der er noget.", "", "Venlig hilsen", s.cw, f"Sagsbehandler, {s.kom} Kommune",
          f"Tlf. {s.cwphone}"]
    return "\n".join(L) + "\n"


def rtf_escape(t: str) -> str:
    out = []
    for ch in t:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append(f"\\'{b[0]:02x}")
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def to_rtf(paras: list[str]) -> str:
    body = "".join(("{\\b " + rtf_escape(p[2:]) + "}\\par\n") if p.startswith("**") else
                   (rtf_escape(p) + "\\par\n") for p in paras)
    return "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20\n" + body + "}\n"


def plan_rtf(s, r) -> str:
    ds = r.choice(["dot", "abbr"])
    P = [f"**Min Plan – udskrift fra sagen", f"Borger: {s.citizen}"]
    if s.cpr:
        P.append(f"CPR-nummer: {s.cpr}")
    if s.pgoal:
        P.append(f"Job- eller uddannelsesmål: {s.pgoal}")
    P.append("")
    for a in activities(s):
        if a.kind == "mentor":
            P.append(f"**{s.mtitle}")
            if s.goal is not None:
                P.append(f"Målet med mentorstøtten: {s.goal}")
            P.append(f"Mentor: {mentor_contact(s)}")
            P.append("Periode: " + (f"{fd(s.period[0], ds)} - {fd(s.period[1], ds)}" if s.period
                                    else "Ikke angivet"))
            P.append(f"Timetal: {hours_txt(s, 't') or 'Udfyldes senere'}")
            if s.tasks:
                P.append("Mentorens opgaver: " + "; ".join(s.tasks))
        else:
            P.append(f"**{a.title}")
            P.append(f"Sted: {a.place}")
            P.append(f"Periode: {fd(a.start, ds)} - {fd(a.end, ds)}")
            P.append(f"Timetal: {a.hours} t/uge")
            P.append(f"Kontaktperson: {a.contact}, {a.phone}")
        P.append("")
    P.append(f"Udskrevet {fd(s.printed, 'dot')} – {s.kom} Kommune")
    return to_rtf(P)


def reportlab_caseprint(s, r, path: Path):
    """A case-system print made as PDF (two-column label/value, activity blocks)."""
    ds = r.choice(["dot", "iso"])
    c = canvas.Canvas(str(path), pagesize=A4)
    W, H = A4
    y = H - 50

    def line(txt, x=50, font="Helvetica", size=9.5):
        nonlocal y
        if y < 60:
            c.showPage()
            y = H - 50
        c.setFont(font, size)
        c.drawString(x, y, txt)
        y -= size + 4.5

    def kvl(k, v):
        nonlocal y
        import textwrap
        parts = textwrap.wrap(v, 80) or [""]
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y, k)
        for i, p in enumerate(parts):
            c.drawString(190, y, p)
            y -= 14
        if y < 60:
            c.showPage()
            y = H - 50

    line(f"{s.kom} Kommune – Beskæftigelse", font="Helvetica-Bold", size=13)
    line(f"Udskrift af Min Plan · {fd(s.printed, 'dot')}", size=9)
    y -= 6
    kvl("Borger", s.citizen)
    if s.cpr:
        kvl("CPR-nr.", s.cpr)
    if s.pgoal:
        kvl("Beskæftigelsesmål", s.pgoal)
    y -= 8
    for a in activities(s):
        if a.kind == "mentor":
            line(f"{s.mtitle} ({s.mstatus})", font="Helvetica-Bold", size=11)
            if s.goal is not None:
                kvl("Formål", s.goal)
            kvl("Mentor", s.mname + (f" ({s.provider})"))
            if s.mphone:
                kvl("Telefon", s.mphone)
            if s.mmail:
                kvl("E-mail", s.mmail)
            kvl("Periode", f"{fd(s.period[0], ds)} - {fd(s.period[1], ds)}" if s.period else "-")
            kvl("Timer pr. uge", s.hours or "-")
            if s.tasks:
                kvl("Mentorens opgaver", "; ".join(s.tasks))
        else:
            line(f"{a.title} ({a.status})", font="Helvetica-Bold", size=11)
            kvl("Sted", a.place)
            kvl("Periode", f"{fd(a.start, ds)} - {fd(a.end, ds)}")
            kvl("Timer pr. uge", a.hours)
            kvl("Kontaktperson", f"{a.contact}, tlf. {a.phone}")
        y -= 8
    line(f"Sagsbehandler: {s.cw}, tlf. {s.cwphone}", size=8.5)
    c.save()


# ---------------------------------------------------------------- agreements and decisions
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {kom} Kommune inden fire uger efter, at du har modtaget dette brev. "
    "Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen "
    "afgørelsen, sender vi din klage videre til Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats.",
    "Du kan klage over afgørelsen. Klagen skal sendes til kommunen senest 4 uger efter, at du har fået afgørelsen. "
    "Kommunen vurderer sagen igen, og hvis vi fastholder afgørelsen, sendes klagen til Ankestyrelsen "
    "(retssikkerhedslovens kapitel 10).",
]
APPEAL_WEAK = [
    "Du kan klage over afgørelsen.",
    "Hvis du er uenig, er du velkommen til at kontakte os.",
    "Klagefristen er 4 uger.",
]
APPEAL_OTHER = ("Klagevejledning vedrørende befordringsgodtgørelse: Hvis du ikke er enig i afgørelsen om "
                "befordringsgodtgørelse, kan du klage til kommunen inden fire uger. Fastholder kommunen afgørelsen, "
                "sendes klagen til Ankestyrelsen.")


def agreement_paras(s, r, defects, appeal="full"):
    ds = r.choice(["word", "dot"])
    P = [f"**Aftale om mentorstøtte", f"{s.kom} Kommune, Jobcenter og Ydelse · {fd(s.printed, 'word')}",
         f"Borger: {s.citizen}"]
    if s.cpr:
        P.append(f"CPR-nr.: {s.cpr}")
    P.append("")
    # the other activities first, as background
    bg = []
    for a in s.others:
        bg.append(f"{a.title.lower()} på {a.place} fra {fd(a.start, ds)} til {fd(a.end, ds)} ({a.hours} timer om ugen, "
                  f"kontaktperson {a.contact}, tlf. {a.phone})")
    if bg:
        P.append("**Baggrund")
        P.append(f"{s.fn} er i gang med " + " og ".join(bg) + ". Mentorstøtten skal hjælpe med at holde fast i dette.")
        P.append("")
    P.append("**1. Målet med mentorstøtten")
    P.append(s.goal if s.goal is not None else "Udfyldes senere")
    P.append("**2. Mentor")
    P.append(mentor_contact(s) + f", {s.provider}")
    P.append("**3. Mentorens opgaver")
    P += [f"• {t}" for t in s.tasks] if s.tasks else ["-"]
    P.append("**4. Varighed")
    P.append(f"Fra {fd(s.period[0], ds)} til {fd(s.period[1], ds)}." if s.period else "Indtil videre.")
    P.append("**5. Opfølgning")
    if "missing-follow-up" in defects:
        P.append("Der følges op efter behov.")
    else:
        P.append(r.choice(["Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering senest 14 dage før "
                           "støtten slutter; delmål er fremmøde i aktiviteten mindst fire dage om ugen.",
                           "Mentor sender en kort skriftlig status hver 4. uge. Midtvejsevaluering efter 3 måneder "
                           "på et fælles møde."]))
    P.append("**6. Timetal")
    P.append(hours_txt(s, "uge") or "Et par timer om ugen.")
    P.append("**7. Klagevejledning")
    if appeal == "full":
        P.append(r.choice(APPEAL_FULL).format(kom=s.kom))
    elif appeal == "weak":
        P.append(r.choice(APPEAL_WEAK))
    P.append("")
    P.append(f"Kontakt i kommunen: {s.cw}, sagsbehandler, tlf. {s.cwphone}")
    P.append("Underskrifter: ______________ borger   ______________ mentor   ______________ kommunen")
    return P


def para_docx(paras, path: Path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    first = True
    for p in paras:
        if p.startswith("**"):
            doc.add_heading(p[2:], level=1 if first else 2)
            first = False
        elif p.startswith("• "):
            doc.add_paragraph(p[2:], style="List Bullet")
        else:
            doc.add_paragraph(p)
    doc.save(path)


def decision_paras(s, r, dtype, appeal, over=False):
    ds = r.choice(["word", "dot", "abbr"])
    start, end = s.start, s.end
    P = [f"{s.kom} Kommune", "Beskæftigelse", f"Dato: {fd(s.printed, 'word')}", f"Til {s.citizen}"]
    if s.cpr:
        P.append(f"CPR-nr. {s.cpr}")
    P.append("")
    other = s.others[0] if s.others else None
    if dtype == "grant":
        P.append("**Afgørelse: Du får bevilget mentorstøtte")
        P.append(f"Du har søgt om mentorstøtte, og du får bevilget {hours_txt(s, 'uge') or '3 timer pr. uge'} "
                 f"i perioden {fd(start, ds)} til {fd(end, ds)}.")
        if other:
            P.append(f"Du er samtidig i {other.title.lower()} på {other.place} fra {fd(other.start, ds)} til "
                     f"{fd(other.end, ds)}. Den aktivitet er ikke omfattet af denne afgørelse.")
        P.append(f"Mentoren er {s.mname} fra {s.provider}. Målet og mentorens opgaver skrives ind i Min Plan.")
        P.append("**Begrundelse")
        P.append("Vi har lagt vægt på, at du har brug for støtte til at fastholde din aktivitet, og at mentorstøtte "
                 "kan gives efter § 167 i lov om en aktiv beskæftigelsesindsats.")
    elif dtype == "partial":
        P.append("**Afgørelse om mentorstøtte – delvis bevilling")
        P.append(f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget "
                 f"{hours_txt(s, 'uge') or '2 timer pr. uge'} fra {fd(start, ds)} til {fd(end, ds)}.")
        P.append("**Begrundelse")
        P.append("Efter § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at dit behov "
                 "kan dækkes med færre timer, fordi din praktikvært også støtter dig i hverdagen.")
    elif dtype == "extension":
        prev0 = add_months(start, -6)
        P.append("**Forlængelse af din mentorstøtte")
        P.append(f"Din mentorstøtte i perioden {fd(prev0, ds)} til {fd(start - dt.timedelta(days=1), ds)} "
                 f"forlænges. Du får en ny periode fra {fd(start, ds)} til {fd(end, ds)} med "
                 f"{hours_txt(s, 'uge') or '2 timer pr. uge'}.")
        P.append("**Begrundelse")
        P.append("Vi har foretaget en konkret vurdering efter § 167, stk. 1, 2. pkt. Du er godt i gang med "
                 "uddannelsen, men har stadig brug for støtte ved fravær.")
    elif dtype == "refusal":
        P.append("**Afslag på mentorstøtte")
        P.append(f"Du har søgt om mentorstøtte under din {other.title.lower() if other else 'praktik'}. "
                 "Vi giver dig afslag.")
        P.append("**Begrundelse")
        P.append("Vi har lagt vægt på, at uddannelsesstedet selv tilbyder en studievejleder og SPS-støtte, som "
                 "dækker dit behov. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.")
    elif dtype == "end":
        P.append("**Ophør af mentorstøtte")
        P.append(f"Din mentorstøtte ophører den {fd(end, ds)}, fordi du er gået fra løntilskud til ordinær ansættelse.")
        P.append("**Begrundelse")
        P.append("Mentorstøtten var bevilget for at fastholde dig i løntilskudsjobbet. Det formål er nået.")
    P.append("")
    P.append("**Klagevejledning" if appeal != "none" else "")
    if appeal == "full":
        P.append(r.choice(APPEAL_FULL).format(kom=s.kom))
    elif appeal == "weak":
        P.append(r.choice(APPEAL_WEAK))
    elif appeal == "other":
        P.append(APPEAL_OTHER)
    P.append("")
    P += ["Med venlig hilsen", s.cw, "Sagsbehandler", f"Tlf. {s.cwphone}"]
    return [p for p in P]


def paras_txt(paras):
    return "\n\n".join(p[2:].upper() if p.startswith("**") else p for p in paras if p is not None) + "\n"


def paras_html(paras, title):
    out = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
           "<style>body{font-family:Georgia,serif;max-width:720px;margin:30px auto;font-size:11pt}</style></head><body>"]
    first = True
    for p in paras:
        if p.startswith("**"):
            out.append(f"<h{1 if first else 2}>{html.escape(p[2:])}</h{1 if first else 2}>")
            first = False
        elif p.startswith("• "):
            out.append(f"<ul><li>{html.escape(p[2:])}</li></ul>")
        elif p:
            out.append(f"<p>{html.escape(p)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def eml(subject, frm, to, body_text, date, html_body=None, attach=None):
    m = EmailMessage()
    m["Subject"] = subject
    m["From"] = frm
    m["To"] = to
    m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(10, 12), tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{zlib.crc32((subject + to).encode())}@mail.example.dk>"
    m.set_content(body_text)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    if attach:
        data, name, mt = attach
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes()


# ---------------------------------------------------------------- unknown look-alikes
def plan_without_mentor(s, r) -> str:
    s2 = Spec(dict(s))
    acts = s.others
    h = jobnet_html(Spec(dict(s2, others=acts, mpos=0)), r)
    # drop the mentor card: regenerate without it
    css_end = h.index("<h2>Mine aktiviteter</h2>")
    head = h[:css_end]
    cards = []
    for a in acts:
        cards.append(f"<div class='card'><span class='status'>{a.status}</span><h3>{html.escape(a.title)}</h3>"
                     f"<table class='kv'><tr><td class='k'>Sted</td><td>{html.escape(a.place)}</td></tr>"
                     f"<tr><td class='k'>Start</td><td>{fd(a.start, 'dot')}</td></tr>"
                     f"<tr><td class='k'>Slut</td><td>{fd(a.end, 'dot')}</td></tr>"
                     f"<tr><td class='k'>Timer pr. uge</td><td>{a.hours} timer</td></tr>"
                     f"<tr><td class='k'>Kontaktperson</td><td>{html.escape(a.contact)}, tlf. {a.phone}</td></tr>"
                     f"<tr><td class='k'>Indhold</td><td>{html.escape(a.content)}</td></tr></table></div>")
    return (head + "<h2>Mine aktiviteter</h2>" + "\n".join(cards)
            + f"<h2>Din kontakt i kommunen</h2><p>{html.escape(s.cw)}, tlf. {s.cwphone}</p></body></html>")


def calendar_txt(s, r) -> str:
    L = ["Mine aftaler", f"{s.citizen} – udskrevet fra Jobnet {fd(s.printed, 'dot')}", ""]
    d = s.start
    items = [("Samtale med sagsbehandler", f"{s.kom} Kommune, Jobcentret, lokale 2.14", s.cw),
             (f"Møde med mentor {s.mname.split()[0]}", "Café Bytorvet", s.mname),
             ("Opfølgning i praktikken", s.place, "Praktikvært"),
             ("Statusmøde (telefonisk)", "Telefon", s.cw),
             (f"Møde med mentor {s.mname.split()[0]}", s.provider, s.mname)]
    for i, (what, where, who) in enumerate(items):
        dd = d + dt.timedelta(days=7 * i + r.randint(0, 3))
        L += [f"{fd(dd, 'dot')} kl. {r.choice(['9.00', '10.30', '13.00', '14.15'])}", f"  {what}",
              f"  Sted: {where}", f"  Med: {who}", ""]
    L.append("Husk at melde afbud senest dagen før, hvis du ikke kan komme.")
    return "\n".join(L) + "\n"


def joblog_html(s, r) -> str:
    rows = []
    d = s.start
    for i in range(r.randint(5, 9)):
        firm = r.choice(PLACES)
        job = r.choice(["Lagermedarbejder", "Butiksassistent", "Rengøringsassistent", "Køkkenmedhjælper",
                        "Chauffør", "Servicemedarbejder"])
        rows.append(f"<tr><td>{fd(d + dt.timedelta(days=4 * i), 'dot')}</td><td>{job}</td><td>{firm}</td>"
                    f"<td>{r.choice(['Sendt', 'Afslag', 'Samtale', 'Afventer svar'])}</td></tr>")
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Joblog – Jobnet</title></head><body>"
            f"<h1>Min joblog</h1><p>{html.escape(s.citizen)}</p>"
            "<p>Her kan du se de job, du har søgt. Din joblog bruges til samtalerne med kommunen og din mentor.</p>"
            "<table border='1'><tr><th>Dato</th><th>Stilling</th><th>Arbejdsgiver</th><th>Status</th></tr>"
            + "".join(rows) + "</table></body></html>")


def status_report(s, r) -> list[str]:
    return ["**Statusrapport fra mentor", f"Borger: {s.citizen}", f"Mentor: {s.mname}, {s.provider}",
            f"Rapportperiode: {fd(s.start, 'dot')} – {fd(s.start + dt.timedelta(days=30), 'dot')}",
            "**Fremmøde",
            f"{s.fn} har mødt i praktikken 14 ud af 16 planlagte dage. To dages fravær pga. sygdom, meldt korrekt.",
            "**Samtaler",
            "Vi har haft fire samtaler. Emnerne har været transport, forholdet til kollegerne og økonomi.",
            "**Vurdering",
            f"{s.fn} er mere sikker i arbejdsopgaverne og tager selv kontakt til praktikværten.",
            "**Anbefaling",
            "Mentor anbefaler, at forløbet fortsætter uændret til næste status."]


def invoice_paras(s, r) -> list[str]:
    return [f"**Faktura nr. {r.randint(20000, 29999)}", f"{s.provider}", f"Til: {s.kom} Kommune, Beskæftigelse",
            f"Fakturadato: {fd(s.start + dt.timedelta(days=31), 'dot')}", "",
            f"Vedr.: Mentorforløb for {s.citizen}, mentor {s.mname}",
            f"Mentortimer {MONTHS[s.start.month - 1]} 2026: 12 timer à 450,00 kr. = 5.400,00 kr.",
            "Kørsel: 84 km à 3,79 kr. = 318,36 kr.", "I alt ekskl. moms: 5.718,36 kr.",
            "Betalingsbetingelser: netto 30 dage. EAN-nr. 5798000000000."]


def guidance_paras(s, r) -> list[str]:
    return ["**Sådan læser du din plan på Jobnet",
            "Min Plan er din plan for, hvad du og kommunen har aftalt. Her kan du se dine aktiviteter, fx "
            "virksomhedspraktik, kurser, uddannelse og mentorstøtte.",
            "**Hvis du får mentorstøtte",
            "Når du får mentorstøtte, skal der i Min Plan stå: målet med mentorstøtten, mentorens navn og "
            "kontaktdata, hvilke opgaver mentoren skal hjælpe med, hvor længe aftalen varer, og hvor mange timer "
            "om ugen du får. Mentorstøtte gives i højst 6 måneder ad gangen.",
            "**Andre aktiviteter",
            "Hver aktivitet har sin egen periode, sit eget timetal og sin egen kontaktperson. En uddannelse kan "
            "godt vare flere år, selv om mentorstøtten kun gives et halvt år ad gangen.",
            "**Spørgsmål",
            f"Kontakt din sagsbehandler i {s.kom} Kommune, hvis noget i planen ikke passer."]


def hearing_paras(s, r) -> list[str]:
    return [f"{s.kom} Kommune", f"Til {s.citizen}", "**Partshøring – påtænkt ophør af mentorstøtte",
            f"Vi overvejer at stoppe din mentorstøtte hos {s.provider}, fordi du ikke er mødt op til de seneste "
            "fire aftaler med din mentor.",
            "Før vi træffer afgørelse, har du mulighed for at komme med dine bemærkninger. Send dem til os senest "
            f"{fd(s.start + dt.timedelta(days=14), 'word')}.",
            "Vi har ikke truffet nogen afgørelse endnu.", "Med venlig hilsen", s.cw]


def order_paras(s, r) -> list[str]:
    return ["**Bestilling af mentorforløb", f"Til: {s.provider}", f"Fra: {s.kom} Kommune, {s.cw}",
            f"Borger: {s.citizen}",
            f"Kommunen bestiller hermed et mentorforløb med opstart uge {s.start.isocalendar()[1]}. "
            "Timetal og mål fastlægges på opstartsmødet og skrives derefter ind i Min Plan.",
            "Vi beder om jeres bekræftelse og navnet på den mentor, I sætter på forløbet.",
            "Fakturering sker månedsvis bagud efter forbrugte timer."]


def minutes_paras(s, r) -> list[str]:
    return ["**Referat af netværksmøde", f"Dato: {fd(s.printed, 'word')}",
            f"Deltagere: {s.citizen}, {s.cw} (kommunen), {s.mname} (mentor), kontaktperson fra {s.place}",
            "**1. Status på praktikken",
            f"Praktikken går godt. {s.fn} møder stabilt, men er træt om eftermiddagen.",
            "**2. Mentorens rolle",
            "Mentor fortsætter som aftalt. Ingen ændringer i planen.",
            "**3. Næste møde", f"Næste netværksmøde holdes om ca. en måned. {s.cw} indkalder."]


def not_started_plan(s, r) -> str:
    L = ["MIN PLAN – AKTIVITETSOVERSIGT", f"Borger: {s.citizen}", ""]
    for a in s.others:
        L += [f"{a.title} [{a.status}]", f"  Sted: {a.place}", f"  Periode: {fd(a.start, 'dot')} - {fd(a.end, 'dot')}",
              f"  Timer pr. uge: {a.hours}", f"  Kontaktperson: {a.contact}, tlf. {a.phone}", ""]
    L += ["Mentor (ikke startet)", "  Afventer bevilling", ""]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- build
def chromium_pdf(html_text: str, out: Path, tmp: Path, header_footer: bool):
    src = tmp / (out.stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}"]
    if not header_footer:
        cmd.insert(4, "--no-pdf-header-footer")
    cmd.append(src.as_uri())
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=True)


def soffice_convert(srcs: list[Path], fmt: str, outdir: Path):
    if not srcs:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ga_profile", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir)] + [str(p) for p in srcs],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, check=True)


MP_RULES = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
            "duration-over-6-months", "unclear-goal"}

# (defects, renderer/format, n_other) for the Min Plan entries
MINPLAN_PLAN = [
    # clean (about 40 %)
    ((), "jobnet_pdf", 2), ((), "jobnet_pdf", 3), ((), "jobnet_pdf", 1), ((), "jobnet_html", 2),
    ((), "case_txt", 2), ((), "case_txt", 4), ((), "overview_docx", 3), ((), "overview_docx", 2),
    ((), "overview_html", 2), ((), "csv_txt", 2), ((), "md", 3), ((), "eml", 2), ((), "rtf", 1),
    ((), "rl_pdf", 2), ((), "rl_pdf", 3), ((), "overview_odt", 2), ((), "jobnet_pdf", 4),
    ((), "case_txt", 1), ((), "overview_pdf", 3), ((), "eml_attach_pdf", 2), ((), "jobnet_pdf", 2),
    ((), "overview_docx", 4),
    # missing mentor period (other activities keep theirs)
    (("missing-duration",), "jobnet_pdf", 2), (("missing-duration",), "case_txt", 3),
    (("missing-duration",), "overview_docx", 2), (("missing-duration",), "csv_txt", 3),
    (("missing-duration",), "eml", 2), (("missing-duration",), "rl_pdf", 1),
    (("missing-duration", "missing-hours"), "overview_html", 2),
    # mentor named without contact (the other activities' contacts have phones)
    (("missing-mentor",), "jobnet_pdf", 3), (("missing-mentor",), "case_txt", 2),
    (("missing-mentor",), "overview_docx", 1), (("missing-mentor",), "md", 2),
    (("missing-mentor",), "rtf", 2), (("missing-mentor",), "overview_odt", 3),
    (("missing-mentor", "missing-duration"), "jobnet_html", 2),
    # hours
    (("missing-hours",), "jobnet_pdf", 2), (("missing-hours",), "case_txt", 2),
    (("missing-hours",), "overview_pdf", 3), (("missing-hours",), "eml", 1),
    # over six months (the mentor's own period; others' long periods are fine)
    (("duration-over-6-months",), "jobnet_pdf", 2), (("duration-over-6-months",), "overview_docx", 2),
    (("duration-over-6-months",), "case_txt", 3), (("duration-over-6-months",), "rl_pdf", 2),
    (("duration-over-6-months",), "csv_txt", 2),
    # tasks, goal
    (("missing-tasks",), "jobnet_pdf", 2), (("missing-tasks",), "overview_docx", 3),
    (("missing-tasks",), "case_txt", 1), (("unclear-goal",), "jobnet_html", 2),
    (("unclear-goal",), "rl_pdf", 3), (("unclear-goal",), "md", 1), (("unclear-goal",), "eml", 2),
    (("missing-goal",), "jobnet_pdf", 2), (("missing-goal",), "case_txt", 2),
    (("missing-goal", "missing-tasks"), "overview_odt", 2),
    ((), "jobnet_pdf", 2, {"weeks": 26}), (("duration-over-6-months",), "jobnet_html", 3, {"weeks": 39}),
    ((), "eml_html", 3), (("missing-mentor",), "eml_html", 2), ((), "overview_chromium", 2),
    (("missing-duration",), "overview_chromium", 4), ((), "card_txt", 2), (("missing-hours",), "card_txt", 3),
    ((), "jobnet_pdf", 3, {"mlabel": "Kontaktperson"}), ((), "jobnet_html", 2, {"mlabel": "Kontaktperson"}),
    ((), "jobnet_pdf", 2, {"monthly": "8"}),
    (("missing-mentor",), "jobnet_pdf", 2, {"mentor_tbd": True}),
    ((), "jobnet_pdf", 2, {"isoweeks": (10, 35)}), (("duration-over-6-months",), "jobnet_html", 2, {"isoweeks": (10, 45)}),
    ((), "jobnet_pdf", 2, {"nested": True}), (("missing-hours",), "jobnet_html", 1, {"nested": True}),
    (("missing-mentor",), "jobnet_pdf", 3, {"nested": True}), ((), "card_txt", 3, {"arrow": True}),
]

AGREEMENTS = [  # (defects, format, appeal)
    ((), "docx", "full"), ((), "pdf_lo", "full"), ((), "odt", "full"), ((), "txt", "full"),
    ((), "html_pdf", "full"),
    (("missing-follow-up",), "docx", "full"), (("missing-appeal-guidance",), "docx", "weak"),
    (("missing-appeal-guidance",), "txt", "none"), (("duration-over-6-months",), "pdf_lo", "full"),
    (("missing-hours",), "odt", "full"), (("missing-mentor",), "html_pdf", "full"),
    (("unclear-goal", "missing-follow-up"), "docx", "full"),
]

DECISIONS = [  # (dtype, appeal, over, format)
    ("grant", "full", False, "docx"), ("partial", "full", False, "pdf_lo"), ("extension", "full", False, "eml"),
    ("refusal", "full", False, "rtf"), ("end", "full", False, "html_pdf"), ("grant", "full", False, "txt"),
    ("grant", "none", False, "docx"), ("partial", "weak", False, "txt"), ("refusal", "other", False, "pdf_lo"),
    ("end", "weak", False, "eml"), ("grant", "full", True, "odt"), ("extension", "full", True, "html_pdf"),
    ("grant", "none", True, "rtf"),
]

UNKNOWNS = [  # (kind, format)
    ("plan_no_mentor", "jobnet_pdf"), ("plan_no_mentor", "jobnet_html"), ("plan_no_mentor", "jobnet_pdf"),
    ("plan_no_mentor_txt", "txt"), ("calendar", "txt"), ("calendar", "pdf_rl"), ("joblog", "html"),
    ("joblog", "jobnet_pdf"), ("status", "docx"), ("status", "pdf_lo"), ("invoice", "pdf_lo"),
    ("guidance", "html"), ("guidance", "md"), ("hearing", "docx"), ("order", "eml"),
    ("minutes", "odt"), ("not_started", "txt"), ("meeting_mail", "eml"),
    ("plan_no_mentor_docx", "docx"), ("plan_no_mentor_csv", "txt"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.gettempdir()) / f"ga_build_{args.seed}"   # fixed: Chromium prints its URL
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    r = random.Random(args.seed)
    entries = []
    to_odt, to_pdf = [], []   # (docx path, final path)

    def entry(path, fmt, kind, subtype, layout, rules, s, traits, period=None):
        must = []
        if s is not None and s.cpr:
            must = [s.cpr, s.cpr.replace("-", "")]
            traits = traits + ["cpr"]
        entries.append({"path": path, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": must, "traits": traits, "period": period})

    # ---------------- Min Plan entries
    for i, (defects, rend, n_other, *opt) in enumerate(MINPLAN_PLAN, 1):
        defects = set(defects)
        opt = opt[0] if opt else {}
        s = make_spec(r, defects, n_other, with_cpr=r.random() < 0.27, plan_goal=r.random() < 0.6,
                      six_edge=(not defects and r.random() < 0.25), weeks=opt.get("weeks"))
        if "isoweeks" in opt:
            a_, b_ = opt["isoweeks"]
            s["start"] = D.fromisocalendar(2026, a_, 1)
            s["end"] = D.fromisocalendar(2026, b_, 7)
            s["period"] = (s.start, s.end)
        for k in ("mlabel", "monthly", "isoweeks", "nested", "arrow"):
            if k in opt:
                s[k] = opt[k]
        if opt.get("mentor_tbd"):
            s["mname"] = f"Tildeles af {s.provider}"
        per = ({"start": s.period[0].isoformat(), "end": s.period[1].isoformat()} if s.period else None)
        long_other = any((o.end - o.start).days > 186 for o in s.others)
        traits = [f"renderer:{rend}", f"others:{n_other}"] + (["other-activity-over-6"] if long_other else []) \
            + ([f"defect:{d}" for d in sorted(defects)]) + [f"opt:{k}" for k in sorted(opt)]
        base = f"minplan/mp{i:02d}-{s.fn.lower()}"
        rules = set(defects) & MP_RULES
        if rend in ("jobnet_pdf", "jobnet_html"):
            h = jobnet_html(s, r)
            if rend == "jobnet_html":
                (out / "minplan").mkdir(exist_ok=True)
                (out / f"{base}.html").write_text(h, encoding="utf-8")
                entry(f"{base}.html", "html", "minplan", "minplan", "jobnet-cards", rules, s, traits, per)
            else:
                (out / "minplan").mkdir(exist_ok=True)
                hf = r.random() < 0.5
                chromium_pdf(h, out / f"{base}.pdf", tmp, header_footer=hf)
                entry(f"{base}.pdf", "pdf", "minplan", "minplan", "jobnet-cards", rules, s,
                      traits + ["chromium-print"] + (["browser-header-footer"] if hf else []), per)
        elif rend == "case_txt":
            (out / "minplan").mkdir(exist_ok=True)
            (out / f"{base}.txt").write_text(case_txt(s, r), encoding="utf-8")
            entry(f"{base}.txt", "txt", "minplan", "minplan", "case-print-text", rules, s, traits, per)
        elif rend in ("overview_docx", "overview_odt", "overview_pdf"):
            (out / "minplan").mkdir(exist_ok=True)
            if rend == "overview_docx":
                overview_docx(s, r, out / f"{base}.docx")
                entry(f"{base}.docx", "docx", "minplan", "minplan", "overview-table", rules, s, traits, per)
            else:
                p = tmp / f"{Path(base).name}.docx"
                overview_docx(s, r, p)
                ext = "odt" if rend == "overview_odt" else "pdf"
                (to_odt if ext == "odt" else to_pdf).append((p, out / f"{base}.{ext}"))
                entry(f"{base}.{ext}", ext, "minplan", "minplan", "overview-table", rules, s,
                      traits + ["libreoffice"], per)
        elif rend == "card_txt":
            (out / "minplan").mkdir(exist_ok=True)
            (out / f"{base}.txt").write_text(card_txt(s, r), encoding="utf-8")
            entry(f"{base}.txt", "txt", "minplan", "minplan", "app-cards-text", rules, s, traits, per)
        elif rend == "overview_chromium":
            (out / "minplan").mkdir(exist_ok=True)
            chromium_pdf(overview_html(s, r), out / f"{base}.pdf", tmp, header_footer=True)
            entry(f"{base}.pdf", "pdf", "minplan", "minplan", "overview-table", rules, s,
                  traits + ["chromium-print", "browser-header-footer"], per)
        elif rend == "eml_html":
            (out / "minplan").mkdir(exist_ok=True)
            hb = overview_html(s, r).replace("<h1>", f"<p>Hej {s.fn}</p><p>Her er din plan, som vi talte om.</p><h1>", 1)
            data = eml("VS: Min Plan", f"{s.cw} <{s.cwmail}>", f"{s.citizen} <{s.fn.lower()}@mail.dk>",
                       "Denne meddelelse er sendt i HTML-format.\n", s.printed, html_body=hb)
            (out / f"{base}.eml").write_bytes(data)
            entry(f"{base}.eml", "eml", "minplan", "minplan", "email-html-table", rules, s, traits, per)
        elif rend == "overview_html":
            (out / "minplan").mkdir(exist_ok=True)
            (out / f"{base}.html").write_text(overview_html(s, r), encoding="utf-8")
            entry(f"{base}.html", "html", "minplan", "minplan", "overview-table", rules, s, traits, per)
        elif rend == "csv_txt":
            (out / "minplan").mkdir(exist_ok=True)
            (out / f"{base}-eksport.txt").write_text(csv_export(s, r), encoding="utf-8")
            entry(f"{base}-eksport.txt", "txt", "minplan", "minplan", "csv-export", rules, s, traits, per)
        elif rend == "md":
            (out / "minplan").mkdir(exist_ok=True)
            (out / f"{base}.md").write_text(plan_markdown(s, r), encoding="utf-8")
            entry(f"{base}.md", "md", "minplan", "minplan", "citizen-markdown", rules, s, traits, per)
        elif rend == "rtf":
            (out / "minplan").mkdir(exist_ok=True)
            (out / f"{base}.rtf").write_text(plan_rtf(s, r), encoding="ascii")
            entry(f"{base}.rtf", "rtf", "minplan", "minplan", "case-print-rtf", rules, s, traits, per)
        elif rend == "rl_pdf":
            (out / "minplan").mkdir(exist_ok=True)
            reportlab_caseprint(s, r, out / f"{base}.pdf")
            entry(f"{base}.pdf", "pdf", "minplan", "minplan", "case-print-pdf", rules, s, traits, per)
        elif rend in ("eml", "eml_attach_pdf"):
            (out / "minplan").mkdir(exist_ok=True)
            if rend == "eml":
                body = plan_prose(s, r)
                data = eml(r.choice(["Din plan", "Min Plan – som aftalt", "Din plan efter mødet i dag"]),
                           f"{s.cw} <{s.cwmail}>", f"{s.citizen} <{s.fn.lower()}@mail.dk>", body, s.printed)
                entry(f"{base}.eml", "eml", "minplan", "minplan", "email-pasted", rules, s, traits, per)
            else:
                pdfp = tmp / "plan.pdf"
                reportlab_caseprint(s, r, pdfp)
                body = (f"Hej {s.fn}\n\nHer er din opdaterede plan fra Min Plan som PDF. Læs den igennem, "
                        "og sig til, hvis noget skal rettes.\n\nVenlig hilsen\n" + s.cw + "\n")
                data = eml("Din opdaterede plan", f"{s.cw} <{s.cwmail}>", f"{s.citizen} <{s.fn.lower()}@mail.dk>",
                           body, s.printed, attach=(pdfp.read_bytes(), "Min_Plan.pdf", "application/pdf"))
                entry(f"{base}.eml", "eml", "minplan", "minplan", "email-attachment", rules, s,
                      traits + ["pdf-attachment"], per)
            (out / f"{base}.eml").write_bytes(data)

    # ---------------- agreements
    for i, (defects, fmt, appeal) in enumerate(AGREEMENTS, 1):
        defects = set(defects)
        mdef = defects - {"missing-follow-up", "missing-appeal-guidance"}
        s = make_spec(r, mdef, r.randint(1, 3), with_cpr=r.random() < 0.25)
        paras = agreement_paras(s, r, defects, appeal)
        per = {"start": s.period[0].isoformat(), "end": s.period[1].isoformat()} if s.period else None
        base = f"aftaler/aftale{i:02d}-{s.fn.lower()}"
        (out / "aftaler").mkdir(exist_ok=True)
        traits = [f"appeal:{appeal}", f"others:{len(s.others)}"]
        if any((o.end - o.start).days > 186 for o in s.others):
            traits.append("other-activity-over-6")
        if fmt == "docx":
            para_docx(paras, out / f"{base}.docx")
        elif fmt in ("odt", "pdf_lo"):
            p = tmp / f"{Path(base).name}.docx"
            para_docx(paras, p)
            (to_odt if fmt == "odt" else to_pdf).append((p, out / f"{base}.{'odt' if fmt == 'odt' else 'pdf'}"))
        elif fmt == "txt":
            (out / f"{base}.txt").write_text(paras_txt(paras), encoding="utf-8")
        elif fmt == "html_pdf":
            chromium_pdf(paras_html(paras, "Aftale om mentorstøtte"), out / f"{base}.pdf", tmp, False)
        ext = {"docx": "docx", "odt": "odt", "pdf_lo": "pdf", "txt": "txt", "html_pdf": "pdf"}[fmt]
        entry(f"{base}.{ext}", ext, "agreement", "agreement", "numbered-letter", defects, s, traits, per)

    # ---------------- decisions
    for i, (dtype, appeal, over, fmt) in enumerate(DECISIONS, 1):
        defects = {"duration-over-6-months"} if over else set()
        s = make_spec(r, defects, r.randint(1, 2), with_cpr=r.random() < 0.25)
        if dtype == "extension" and not over:
            pass
        paras = decision_paras(s, r, dtype, appeal)
        rules = set(defects)
        if appeal != "full":
            rules.add("missing-appeal-guidance")
        per = None
        if dtype in ("grant", "partial", "extension"):
            per = {"start": s.start.isoformat(), "end": s.end.isoformat()}
        base = f"afgoerelser/afg{i:02d}-{dtype}-{s.fn.lower()}"
        (out / "afgoerelser").mkdir(exist_ok=True)
        traits = [f"dtype:{dtype}", f"appeal:{appeal}"]
        if fmt == "docx":
            para_docx(paras, out / f"{base}.docx")
        elif fmt in ("odt", "pdf_lo"):
            p = tmp / f"{Path(base).name}.docx"
            para_docx(paras, p)
            (to_odt if fmt == "odt" else to_pdf).append((p, out / f"{base}.{'odt' if fmt == 'odt' else 'pdf'}"))
        elif fmt == "txt":
            (out / f"{base}.txt").write_text(paras_txt(paras), encoding="utf-8")
        elif fmt == "rtf":
            (out / f"{base}.rtf").write_text(to_rtf([p for p in paras if p is not None]), encoding="ascii")
        elif fmt == "html_pdf":
            chromium_pdf(paras_html(paras, "Afgørelse"), out / f"{base}.pdf", tmp, False)
        elif fmt == "eml":
            data = eml(f"Afgørelse om mentorstøtte – {s.citizen}", f"{s.kom} Kommune <post@kommune.dk>",
                       f"{s.citizen} <{s.fn.lower()}@mail.dk>", paras_txt(paras), s.printed)
            (out / f"{base}.eml").write_bytes(data)
        ext = {"docx": "docx", "odt": "odt", "pdf_lo": "pdf", "txt": "txt", "html_pdf": "pdf", "rtf": "rtf",
               "eml": "eml"}[fmt]
        entry(f"{base}.{ext}", ext, "decision", dtype, "letter", rules, s, traits, per)

    # ---------------- unknown look-alikes
    (out / "andet").mkdir(exist_ok=True)
    for i, (kind, fmt) in enumerate(UNKNOWNS, 1):
        s = make_spec(r, set(), r.randint(1, 3), with_cpr=r.random() < 0.2)
        base = f"andet/x{i:02d}-{kind}"
        traits = [f"lookalike:{kind}"]
        layout = kind
        if kind == "plan_no_mentor":
            h = plan_without_mentor(s, r)
            if fmt == "jobnet_pdf":
                chromium_pdf(h, out / f"{base}.pdf", tmp, r.random() < 0.5)
                ext = "pdf"
            else:
                (out / f"{base}.html").write_text(h, encoding="utf-8")
                ext = "html"
            layout = "jobnet-cards"
        elif kind == "plan_no_mentor_txt":
            t = case_txt(Spec(dict(s, others=s.others)), r)
            # strip the mentor activity block
            lines, keep, skip = t.splitlines(), [], False
            n_act = 0
            for ln in lines:
                if ln.startswith("AKTIVITET"):
                    skip = s.mtitle.upper() in ln
                    if not skip:
                        n_act += 1
                        ln = f"AKTIVITET {n_act}:" + ln.split(":", 1)[1]
                if ln.startswith("Sagsbehandler"):
                    skip = False
                if not skip:
                    keep.append(ln)
            (out / f"{base}.txt").write_text("\n".join(keep) + "\n", encoding="utf-8")
            ext = "txt"
            layout = "case-print-text"
        elif kind == "calendar":
            t = calendar_txt(s, r)
            if fmt == "txt":
                (out / f"{base}.txt").write_text(t, encoding="utf-8")
                ext = "txt"
            else:
                c = canvas.Canvas(str(out / f"{base}.pdf"), pagesize=A4)
                y = 800
                for ln in t.splitlines():
                    c.setFont("Helvetica-Bold" if ln == "Mine aftaler" else "Helvetica", 10)
                    c.drawString(50, y, ln)
                    y -= 14
                c.save()
                ext = "pdf"
        elif kind == "joblog":
            h = joblog_html(s, r)
            if fmt == "html":
                (out / f"{base}.html").write_text(h, encoding="utf-8")
                ext = "html"
            else:
                chromium_pdf(h, out / f"{base}.pdf", tmp, True)
                ext = "pdf"
        elif kind in ("status", "invoice", "guidance", "hearing", "minutes"):
            paras = {"status": status_report, "invoice": invoice_paras, "guidance": guidance_paras,
                     "hearing": hearing_paras, "minutes": minutes_paras}[kind](s, r)
            if fmt == "docx":
                para_docx(paras, out / f"{base}.docx")
                ext = "docx"
            elif fmt in ("pdf_lo", "odt"):
                p = tmp / f"{Path(base).name}.docx"
                para_docx(paras, p)
                ext = "odt" if fmt == "odt" else "pdf"
                (to_odt if ext == "odt" else to_pdf).append((p, out / f"{base}.{ext}"))
            elif fmt == "html":
                (out / f"{base}.html").write_text(paras_html(paras, paras[0][2:]), encoding="utf-8")
                ext = "html"
            elif fmt == "md":
                md = "\n\n".join(("## " + p[2:]) if p.startswith("**") else p for p in paras)
                md = "# " + md[3:]
                (out / f"{base}.md").write_text(md + "\n", encoding="utf-8")
                ext = "md"
        elif kind == "order":
            data = eml("Bestilling af mentorforløb", f"{s.cw} <{s.cwmail}>", f"{s.provider} <info@udbyder.dk>",
                       paras_txt(order_paras(s, r)), s.printed)
            (out / f"{base}.eml").write_bytes(data)
            ext = "eml"
        elif kind == "plan_no_mentor_docx":
            overview_docx(Spec(dict(s, no_mentor=True)), r, out / f"{base}.docx")
            ext, layout = "docx", "overview-table"
        elif kind == "plan_no_mentor_csv":
            (out / f"{base}-eksport.txt").write_text(csv_export(Spec(dict(s, no_mentor=True)), r), encoding="utf-8")
            base, ext, layout = base + "-eksport", "txt", "csv-export"
        elif kind == "not_started":
            (out / f"{base}.txt").write_text(not_started_plan(s, r), encoding="utf-8")
            ext = "txt"
        elif kind == "meeting_mail":
            body = (f"Hej {s.fn}\n\nJeg bekræfter vores møde torsdag kl. 10 hos {s.provider}. Vi skal tale om, "
                    "hvordan praktikken går, og om der skal ændres noget i din plan.\n\nHusk dit sygesikringskort."
                    f"\n\nHilsen\n{s.mname}\nMentor\n")
            data = eml("Møde torsdag", f"{s.mname} <{mail_of(s.mname, 'udbyder.dk')}>",
                       f"{s.citizen} <{s.fn.lower()}@mail.dk>", body, s.printed)
            (out / f"{base}.eml").write_bytes(data)
            ext = "eml"
        entry(f"{base}.{ext}", ext, "unknown", kind, layout, set(), s, traits, None)

    # ---------------- LibreOffice conversions (batched)
    for items, fmt in ((to_odt, "odt"), (to_pdf, "pdf")):
        soffice_convert([p for p, _ in items], fmt, tmp / fmt)
        for p, final in items:
            shutil.move(str(tmp / fmt / (p.stem + "." + fmt)), final)

    from corpusgen.corpus.manifest import write_manifest  # noqa: E402 (same shape either way)
    write_manifest(out, entries)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools" / "corpusgen" / "src"))
    main()
