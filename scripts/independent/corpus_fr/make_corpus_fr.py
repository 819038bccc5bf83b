"""Corpus fr: mentor agreements written by private providers and social-economy companies on
their own templates, as the jobcentre receives and files them; decisions and Min Plan entries that
refer to them; offers, quotes, internal plans and other look-alikes that are none of the kinds.

Run:  /work/main/.venv/bin/python scripts/independent/corpus_fr/make_corpus_fr.py --out /work/corpora/fr
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render as R  # noqa: E402
from content import (KOMMUNER, PROVIDERS, FIRST, LAST, MENTORS, CASEWORKERS, UNCLEAR_GOALS,  # noqa: E402
                     TASKSETS, FOLLOWUPS, FOLLOWUP_VAGUE, APPEALS, APPEAL_BAD, clear_goals,
                     add_months, six_end, fd, fr, WEEKDAYS)
import families as F  # noqa: E402
import unknowns as U  # noqa: E402

RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
KOM = {k[0]: k for k in KOMMUNER}
PROV_KOM = {"vv": "holbaek", "mh": "silkeborg", "cb": "naestved", "jb": "randers", "nx": "koege",
            "go": "vejle", "ll": "holbaek", "fv": "silkeborg"}
PROV_GOAL = {"vv": [0, 3, 8, 9], "mh": [3, 8, 2, 5], "cb": [4, 2], "jb": [1, 3, 8, 10], "nx": [3, 9, 8, 1],
             "go": [6, 0], "ll": [7, 1, 5, 10], "fv": [2, 8, 0]}
PROV_TASKS = {"vv": [0, 5, 1], "mh": [4, 5, 1], "cb": [3], "jb": [1, 5, 0], "nx": [0, 5, 1], "go": [1, 5],
              "ll": [2, 6], "fv": [1, 5, 0]}
STARTS = [date(2026, 2, 2), date(2026, 3, 1), date(2026, 3, 16), date(2026, 4, 1), date(2026, 4, 13),
          date(2026, 5, 4), date(2026, 6, 1), date(2026, 8, 17), date(2026, 9, 1), date(2026, 10, 5)]
FEB2026 = date(2026, 2, 1)


def phone(rng):
    return f"{rng.choice([20, 22, 24, 26, 28, 30, 31, 40, 42, 50, 51, 60, 61, 71, 81, 91, 93])} " \
           f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def cpr(rng):
    d = date(rng.randint(1966, 2006), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def make_ctx(rng, pk, defects, o):
    """Build the field values of one document from its defects and options."""
    prov = PROVIDERS[pk]
    kom = KOM[o.get("kom", PROV_KOM[pk])]
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    m = rng.choice(MENTORS)
    mfirst = m.split()[0].lower().replace("é", "e")
    start = o.get("start") or rng.choice(STARTS)
    c = dict(prov=prov, kom=kom, fn=fn, cit=f"{fn} {ln}", cw=rng.choice(CASEWORKERS),
             leader=rng.choice([x for x in MENTORS if x != m]), start=start,
             date=o.get("date") or add_months(start, 0).replace(day=1) if start.day > 3 else start,
             bev=None, feb2026=FEB2026, addr=f"{rng.choice(['Skovvej', 'Ringstedgade', 'Parkvej', 'Møllevej', 'Bakkevej'])} {rng.randint(2, 90)}, {kom[3].split(', ')[1]}",
             sagsnr=o.get("sagsnr") or f"{rng.choice(['S', 'JC', '15.20.12-G01-'])}{rng.randint(2026, 2026)}-{rng.randint(10000, 99999)}",
             rekv=f"{rng.choice(['REK', 'BST', 'ORD'])}{rng.randint(100000, 999999)}",
             cpr=cpr(rng) if o.get("cpr") else None)
    if c["date"] >= start:
        c["date"] = date.fromordinal(start.toordinal() - rng.randint(2, 9))
    if o.get("date"):
        c["date"] = o["date"]
    c["bev"] = date.fromordinal(c["date"].toordinal() - rng.randint(5, 20))
    mail = f"{mfirst}@{prov['dom']}"
    # ---- goal
    if "missing-goal" in defects:
        c["goal"] = o.get("goal_missing", None)
    elif "unclear-goal" in defects:
        c["goal"] = rng.choice(UNCLEAR_GOALS).format(fn=fn)
    else:
        c["goal"] = clear_goals(fn, start)[o.get("goal_idx", rng.choice(PROV_GOAL[pk]))]
    # ---- mentor
    mv = o.get("mentor_style", rng.randint(0, 2))
    full = [f"{m}, tlf. {phone(rng)}, {mail}", f"{m} · mobil {phone(rng)} · {mail}", f"{m}\nTlf.: {phone(rng)}\nMail: {mail}"][mv]
    if "missing-mentor" in defects:
        c["mentor"] = {"omit": None, "tbd": "Tildeles ved opstart", "name": m}[o.get("mentor_missing", "tbd")]
    else:
        c["mentor"] = full
    c["mentor_name"] = m
    # ---- tasks
    tasks = [t.format(fn=fn) for t in TASKSETS[o.get("tasks_idx", rng.choice(PROV_TASKS[pk]))]]
    if "missing-tasks" in defects:
        c["tasks"] = o.get("tasks_missing", None)
    else:
        c["tasks"] = tasks
    # ---- period
    L = o.get("months", rng.choice([3, 4, 5, 6, 6, 6]))
    end = six_end(start) if L == 6 else date.fromordinal(add_months(start, L).toordinal() - 1)
    style = o.get("pstyle", rng.choice(["long", "dot", "short", "slash", "fom", "fratil", "iso", "abbr"]))
    period = {"start": start.isoformat(), "end": end.isoformat()}
    if "missing-duration" in defects:
        c["period"] = o.get("period_missing", None)
        period = None
    elif "duration-over-6-months" in defects:
        ov = o.get("over", "9m")
        if ov == "12m":
            end = date.fromordinal(add_months(start, 12).toordinal() - 1)
            c["period"] = f"12 måneder fra {fd(start)}"
        elif ov == "1day":
            end = six_end(start)
            end = date.fromordinal(end.toordinal() + 1)
            c["period"] = fr(start, end, "dot", "-")
        else:
            months = int(ov[:-1])
            end = date.fromordinal(add_months(start, months).toordinal() - 1)
            c["period"] = fr(start, end, style) if style in ("fom", "fratil") else fr(start, end, style)
        period = {"start": start.isoformat(), "end": end.isoformat()}
    elif o.get("weeks26"):
        end = date.fromordinal(start.toordinal() + 26 * 7 - 1)
        c["period"] = f"26 uger fra {fd(start)}"
        period = {"start": start.isoformat(), "end": end.isoformat()}
    else:
        c["period"] = fr(start, end, style)
    if o.get("period_override"):
        c["period"], period = o["period_override"]
    c["period_dict"] = period
    c["end"] = end
    # ---- hours
    hv = ["3 timer pr. uge", "4 timer ugentligt", "2 t/uge", "8 timer om måneden",
          "5 timer om ugen (direkte kontakt med deltager)", "1½ time pr. uge"]
    if "missing-hours" in defects:
        c["hours"] = o.get("hours_missing", None)
    else:
        c["hours"] = o.get("hours", rng.choice(hv))
    # ---- follow-up
    if "missing-follow-up" in defects:
        c["followup"] = o.get("followup_missing", None)
    else:
        mid = date.fromordinal((start.toordinal() + end.toordinal()) // 2)
        c["followup"] = rng.choice(FOLLOWUPS).format(wk=mid.isocalendar()[1])
    # ---- appeal
    if "missing-appeal-guidance" in defects:
        ab = o.get("appeal_missing", None)
        c["appeal"] = None if ab is None else APPEAL_BAD[ab].format(prov=prov["name"])
    else:
        c["appeal"] = rng.choice(APPEALS).format(kom=kom[2], jc=kom[1], prov=prov["name"])
    c["milestones"] = [f"Uge {add_months(start, 1).isocalendar()[1]}: møder til tiden 3 dage om ugen",
                       f"Uge {add_months(start, 3).isocalendar()[1]}: første dag i praktik",
                       f"Uge {add_months(start, 5).isocalendar()[1]}: 2 ansøgninger om ugen"]
    if "missing-follow-up" in defects:
        c["milestones"] = None
    c["success"] = ["Fremmøde mindst 90 % af de aftalte dage", "Mindst én virksomhedskontakt om måneden"]
    c["smart"] = [["Specifikt", "Job på et lager eller i detail"], ["Målbart", "Mindst 20 timer om ugen"],
                  ["Accepteret", f"{fn} har selv valgt målet"], ["Realistisk", "Truckcertifikat og erfaring fra praktik"],
                  ["Tidsbestemt", f"Senest {fd(add_months(start, 4))}"]]
    if o.get("schedule"):
        c["schedule"] = [["Mandag", "9.00-11.00", "Morgenmøde og opstart i køkkenet med din ressourceperson"],
                         ["Onsdag", "10.00-11.00", "Samtale om CV og jobsøgning"],
                         ["Fredag", "9.00-10.00", "Fremmøde og planlægning af næste uges vagter"]]
        if c["hours"] is not None:
            c["hours"] = None  # the timetable states the hours
    for key in ("title", "intro", "school"):
        if o.get(key):
            c[key] = o[key].format(fn=fn, prov=prov["name"], jc=kom[1]) if isinstance(o[key], str) else o[key]
    return c


# ---------------------------------------------------------------------------- the plan
A, D, M, X = "agreement", "decision", "minplan", "unknown"
PLAN = [
    # ---- agreements on the providers' templates
    (A, "vv", "docx", [], dict(cpr=True, name="forloebsplan")),
    (A, "vv", "pdf-word", ["missing-appeal-guidance"], dict(name="forloebsplan")),
    (A, "vv", "docx", ["unclear-goal", "missing-follow-up"], dict(followup_missing="Efter behov.", name="forloebsplan")),
    (A, "vv", "pdf", [], dict(name="forloebsplan", pstyle="dot")),
    (A, "vv", "docx", ["duration-over-6-months"], dict(over="9m", pstyle="long", name="forloebsplan")),
    (A, "vv", "scan", ["missing-hours"], dict(hours_missing="Efter behov", name="forloebsplan-scannet", cpr=True)),
    (A, "vv", "odt", ["missing-mentor"], dict(mentor_missing="tbd", name="forloebsplan")),
    (A, "mh", "docx", [], dict(name="handleplan")),
    (A, "mh", "pdf", [], dict(name="handleplan-udskrivningskoordinator", start=date(2026, 2, 2), date=date(2026, 1, 26),
                              title="Handleplan – udskrivningskoordinator (LAB § 167, stk. 2)",
                              intro="{fn} er indlagt på psykiatrisk afdeling i Skanderborg og forventes udskrevet 1. maj 2026. "
                                    "Udskrivningskoordinatoren starter 3 måneder før udskrivningen, og forløbet varer i alt 9 måneder.",
                              period_override=("2. februar 2026 – 1. november 2026", {"start": "2026-02-02", "end": "2026-11-01"}),
                              traits=["udskrivningskoordinator", "period:9-months-legit"])),
    (A, "mh", "docx", ["missing-goal"], dict(name="handleplan")),
    (A, "mh", "pdf", ["missing-appeal-guidance"], dict(appeal_missing=1, name="handleplan", cpr=True)),
    (A, "mh", "rtf", ["missing-tasks", "missing-hours"], dict(name="handleplan")),
    (A, "mh", "docx", ["duration-over-6-months", "missing-appeal-guidance"], dict(over="12m", name="handleplan")),
    (A, "cb", "docx", [], dict(schedule=True, cpr=True, name="opstartsaftale")),
    (A, "cb", "pdf", [], dict(schedule=True, name="opstartsaftale")),
    (A, "cb", "html", ["missing-mentor"], dict(schedule=True, mentor_missing="omit", name="opstartsaftale")),
    (A, "cb", "docx", ["missing-hours", "unclear-goal"], dict(hours_missing="et par timer om ugen", cpr=True, name="opstartsaftale")),
    (A, "cb", "eml-docx", ["missing-appeal-guidance"], dict(schedule=True, name="opstartsaftale-mail")),
    (A, "cb", "odt", ["missing-follow-up"], dict(schedule=True, name="opstartsaftale")),
    (A, "jb", "docx", [], dict(cpr=True, name="samarbejdsaftale")),
    (A, "jb", "pdf", ["missing-duration"], dict(cpr=True, name="samarbejdsaftale")),
    (A, "jb", "rtf", ["missing-appeal-guidance"], dict(appeal_missing=2, name="samarbejdsaftale")),
    (A, "jb", "odt", [], dict(weeks26=True, name="samarbejdsaftale")),
    (A, "jb", "docx", ["unclear-goal"], dict(name="samarbejdsaftale")),
    (A, "nx", "docx", [], dict(name="mentoraftale-smart")),
    (A, "nx", "pdf-word", ["missing-goal"], dict(name="mentoraftale-smart", cpr=True)),
    (A, "nx", "html", [], dict(cpr=True, name="mentoraftale-smart")),
    (A, "nx", "docx", ["missing-follow-up", "missing-hours"], dict(name="mentoraftale-smart")),
    (A, "nx", "scan", ["duration-over-6-months"], dict(over="1day", start=date(2026, 3, 1), name="mentoraftale-scan")),
    (A, "nx", "pdf", ["missing-tasks"], dict(name="mentoraftale-smart")),
    (A, "go", "md", [], dict(name="handleplan")),
    (A, "go", "txt", ["missing-mentor"], dict(mentor_missing="name", name="handleplan")),
    (A, "go", "html", ["unclear-goal", "missing-appeal-guidance"], dict(appeal_missing=3, name="handleplan")),
    (A, "go", "txt", [], dict(cpr=True, name="handleplan")),
    (A, "go", "md", ["missing-duration"], dict(period_missing="Fra opstart og indtil videre.", name="handleplan")),
    (A, "ll", "docx", [], dict(cpr=True, name="forloebsplan-uddannelsesmentor")),
    (A, "ll", "pdf", ["missing-mentor"], dict(mentor_missing="omit", name="forloebsplan-uddannelsesmentor")),
    (A, "ll", "odt", ["missing-follow-up"], dict(followup_missing="Der følges op løbende.", name="forloebsplan-uddannelsesmentor")),
    (A, "ll", "docx", ["missing-tasks", "missing-duration"], dict(tasks_missing="Udfyldes senere",
                                                                   period_missing="Opstart ved skolestart; slutdato aftales senere med jobcentret",
                                                                   name="forloebsplan-uddannelsesmentor")),
    (A, "fv", "rtf", [], dict(name="aftale-mentorforloeb", title="Aftale om mentorforløb – forlængelse",
                              intro="Forrige periode: 1. september 2025 – 28. februar 2026. Jobcentret har efter en konkret vurdering bevilget en ny periode.",
                              start=date(2026, 3, 1), months=6, traits=["extension", "previous-period-stated"])),
    (A, "fv", "eml-body", ["missing-tasks"], dict(name="aftale-mentorforloeb-mail")),
    (A, "fv", "eml-pdf", [], dict(cpr=True, name="aftale-mentorforloeb-bilag")),
    (A, "vv", "html", ["missing-duration", "missing-follow-up"], dict(period_missing="Opstart 2. marts 2026; slutdato aftales senere",
                                                                      name="forloebsplan-portal")),
    (A, "jb", "txt", [], dict(name="samarbejdsaftale-tekst", pstyle="slash")),
    # ---- decisions that refer to the providers' agreements
    (D, "vv", "docx", [], dict(variant="grant", cpr=True, name="afgoerelse-bevilling")),
    (D, "vv", "pdf", [], dict(variant="partial", name="afgoerelse-delvis")),
    (D, "mh", "docx", ["missing-appeal-guidance"], dict(variant="grant", cpr=True, name="afgoerelse-bevilling")),
    (D, "cb", "html", [], dict(variant="grant", name="afgoerelse-bevilling")),
    (D, "jb", "pdf", ["duration-over-6-months"], dict(variant="grant", over="9m", name="afgoerelse-bevilling")),
    (D, "nx", "docx", [], dict(variant="refusal", reasons=False, extras=["missing-reasons"], name="afgoerelse-afslag-forlaengelse")),
    (D, "go", "txt", [], dict(variant="extension", name="afgoerelse-forlaengelse", cpr=True)),
    (D, "mh", "pdf", ["missing-appeal-guidance"], dict(variant="end", appeal_text="Du kan klage over afgørelsen.", name="afgoerelse-ophoer")),
    (D, "ll", "odt", [], dict(variant="grant", wrong_route=True, extras=["appeal-wrong-route"], name="afgoerelse-bevilling")),
    (D, "jb", "eml-body", [], dict(variant="partial", name="afgoerelse-delvis-mail")),
    (D, "cb", "rtf", ["missing-appeal-guidance"], dict(variant="grant", appeal_text="Klagefristen er 4 uger fra modtagelsen af dette brev.",
                                                       name="afgoerelse-bevilling")),
    (D, "nx", "docx", ["duration-over-6-months"], dict(variant="extension", over="9m", name="afgoerelse-forlaengelse")),
    (D, "go", "html", [], dict(variant="end", name="afgoerelse-ophoer", cpr=True)),
    (D, "vv", "scan", [], dict(variant="grant", name="afgoerelse-bevilling-scannet")),
    # ---- Min Plan entries
    (M, "vv", "docx", [], dict(mp="cards", name="minplan")),
    (M, "vv", "pdf", ["missing-hours"], dict(mp="cards", other="praktik", name="minplan")),
    (M, "mh", "txt", [], dict(mp="dense", cpr=True, name="minplan-indsats")),
    (M, "cb", "html", [], dict(mp="table", name="minplan")),
    (M, "jb", "txt", ["missing-mentor"], dict(mp="dense", mentor_missing="name", name="minplan-indsats")),
    (M, "nx", "pdf", [], dict(mp="cards", other="fgu", name="minplan")),
    (M, "go", "html", ["unclear-goal"], dict(mp="table", name="minplan")),
    (M, "ll", "docx", ["duration-over-6-months"], dict(mp="dense", over="8m", name="minplan-indsats")),
    (M, "fv", "odt", ["missing-tasks"], dict(mp="cards", name="minplan")),
    (M, "cb", "docx", [], dict(mp="cards", cpr=True, other="praktik", name="minplan")),
    (M, "jb", "pdf-word", ["missing-goal"], dict(mp="table", name="minplan")),
    (M, "nx", "md", [], dict(mp="dense", name="minplan-indsats")),
    (M, "go", "scan", [], dict(mp="cards", name="minplan-scannet")),
    (M, "vv", "rtf", ["missing-duration"], dict(mp="table", cpr=True, name="minplan")),
    # ---- none of the kinds
    (X, "vv", "pdf", [], dict(u="tilbud", name="tilbud-mentorforloeb")),
    (X, "mh", "docx", [], dict(u="prisoverslag", name="prisoverslag")),
    (X, "jb", "docx", [], dict(u="intern", cpr=True, name="intern-arbejdsplan")),
    (X, "cb", "pdf", [], dict(u="status", cpr=True, name="statusrapport")),
    (X, "nx", "pdf", [], dict(u="faktura", name="faktura")),
    (X, "go", "html", [], dict(u="webpage", name="saadan-foregaar-et-forloeb")),
    (X, "jb", "docx", [], dict(u="bestilling", name="bestilling-mentorforloeb")),
    (X, "fv", "pdf-word", [], dict(u="rammeaftale", name="samarbejdsaftale-levering")),
    (X, "ll", "docx", [], dict(u="afslutning", name="afslutningsrapport")),
    (X, "mh", "txt", [], dict(u="referat", name="referat-dialogmoede")),
    (X, "vv", "docx", [], dict(u="blank", name="skabelon-forloebsplan")),
    (X, "cb", "html", [], dict(u="vagtplan", name="vagtplan-uge12")),
    (X, "nx", "md", [], dict(u="krav", name="krav-til-forloebsplaner")),
    (X, "jb", "pdf", [], dict(u="timereg", cpr=True, name="timeregistrering")),
    (X, "ll", "rtf", [], dict(u="samtykke", cpr=True, name="samtykke")),
    (X, "mh", "txt", [], dict(u="kvittering", name="kvittering")),
    (X, "nx", "eml-meeting", [], dict(u="meeting", name="mail-opstartsmoede")),
    (X, "cb", "eml-tilbud", [], dict(u="tilbud", name="mail-tilbud")),
]

UFUN = {"tilbud": U.u_tilbud, "prisoverslag": U.u_prisoverslag, "intern": U.u_intern, "status": U.u_status,
        "faktura": U.u_faktura, "webpage": U.u_webpage, "bestilling": U.u_bestilling, "rammeaftale": U.u_rammeaftale,
        "afslutning": U.u_afslutning, "referat": U.u_referat, "blank": U.u_blank, "vagtplan": U.u_vagtplan,
        "krav": U.u_krav, "timereg": U.u_timereg, "samtykke": U.u_samtykke, "kvittering": U.u_kvittering}

LAYOUT = {"vv": "vv-forloebsplan-grid", "mh": "mh-handleplan-numbered", "cb": "cb-opstartsaftale-letter",
          "jb": "jb-samarbejdsaftale-paragraphs", "nx": "nx-smart-plan", "go": "go-question-headings",
          "ll": "ll-uddannelsesmentor-grid", "fv": "fv-label-lines"}


def other_card(kind, start):
    if kind == "praktik":
        s, e = start, add_months(start, 3)
        return ("Virksomhedspraktik – Netto, Ahlgade (Aktiv)",
                [("Sted", "Netto, Ahlgade 20"), ("Periode", fr(s, e, "dot", " - ")), ("Timer pr. uge", "15"),
                 ("Kontaktperson", "Butikschef Rikke Hviid, tlf. 43 86 22 10")])
    s = date(2026, 8, 10)
    return ("Uddannelse – FGU Køge, PGU (Aktiv)",
            [("Sted", "FGU Øst, afd. Køge"), ("Periode", "10.08.2026 - 30.06.2027"), ("Timer pr. uge", "30"),
             ("Kontaktperson", "Kontaktlærer Ib Hald, tlf. 56 63 18 00")])


def decision_period(c, o, defects, rng):
    s = c["start"]
    if "duration-over-6-months" in defects:
        e = date.fromordinal(add_months(s, 9).toordinal() - 1)
        return f"i perioden {fd(s)} til {fd(e)}", {"start": s.isoformat(), "end": e.isoformat()}
    if o["variant"] in ("refusal", "end"):
        return f"den {fd(c['end'])}", None
    e = six_end(s) if rng.random() < 0.5 else date.fromordinal(add_months(s, 4).toordinal() - 1)
    st = rng.choice(["long", "dot", "slash"])
    return f"i perioden {fr(s, e, st)}", {"start": s.isoformat(), "end": e.isoformat()}


def build(args):
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="fr_build_"))
    entries, conv_pdf, conv_odt = [], [], []
    seen = set()
    for i, (kind, pk, fmt, defects, o) in enumerate(PLAN):
        c = make_ctx(rng, pk, defects, o)
        kom = c["kom"]
        traits = list(o.get("traits", [])) + [f"provider:{pk}"]
        layout = LAYOUT[pk]
        period = c["period_dict"]
        if kind == A:
            blocks = F.AGR_FAMILIES[pk](c)
            subtype = "agreement"
            traits += [f"defect:{d}" for d in defects]
            if o.get("schedule"):
                traits.append("ugeskema")
        elif kind == D:
            ptxt, period = decision_period(c, o, defects, rng)
            htxt = rng.choice(["3 timer om ugen", "4 timer ugentligt", "2 timer pr. uge"])
            if "missing-appeal-guidance" in defects:
                appeal = o.get("appeal_text")
            elif o.get("wrong_route"):
                appeal = (f"Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. "
                          f"Send klagen til Ankestyrelsen, 7998 Statsservice, eller via ast.dk.")
            else:
                appeal = rng.choice(APPEALS[:2]).format(kom=kom[2], jc=kom[1], prov=c["prov"]["name"])
            blocks = F.decision(c, o["variant"], appeal, ptxt, htxt, reasons=o.get("reasons", True))
            subtype = o["variant"]
            layout = "jobcenter-letter"
            traits += [f"defect:{d}" for d in defects]
        elif kind == M:
            if o["mp"] == "cards":
                blocks = F.minplan_cards(c, other_card(o["other"], c["start"]) if o.get("other") else None)
            elif o["mp"] == "dense":
                blocks = F.minplan_dense(c)
            else:
                blocks = F.minplan_table(c)
            subtype = "minplan"
            layout = f"minplan-{o['mp']}"
            traits += [f"defect:{d}" for d in defects]
            if o.get("other"):
                traits.append(f"other-activity:{o['other']}")
        else:
            blocks = UFUN[o["u"]](c) if o["u"] != "meeting" else None
            subtype = o["u"]
            layout = f"unknown-{o['u']}"
            period = None
        slug = c["cit"].lower().replace(" ", "-").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        folder = f"{kom[0]}/{c['prov']['dom'].split('.')[0]}"
        base = f"{o['name']}-{slug}"
        if kind == X and o.get("u") in ("blank", "vagtplan", "krav", "rammeaftale", "referat", "webpage"):
            base = f"{o['name']}-{c['date'].strftime('%Y%m%d')}"
        while f"{folder}/{base}" in seen:
            base += "-2"
        seen.add(f"{folder}/{base}")
        (out / folder).mkdir(parents=True, exist_ok=True)
        stem = out / folder / base
        title = next((b[1] for b in blocks if b[0] == "title"), "Dokument") if blocks else "Mail"
        bold = rng.random() < 0.35
        if fmt == "docx":
            R.to_docx(blocks, stem.with_suffix(".docx"), bold_headings=bold)
            ext = "docx"
            traits.append("docx-bold-headings" if bold else "docx-styles")
        elif fmt == "pdf":
            R.to_pdf(blocks, stem.with_suffix(".pdf"))
            ext = "pdf"
            traits.append("pdf-reportlab")
        elif fmt == "pdf-word":
            d = tmp / (base + ".docx")
            R.to_docx(blocks, d, bold_headings=bold)
            conv_pdf.append((d, out / folder))
            ext = "pdf"
            traits.append("pdf-from-word")
        elif fmt == "odt":
            d = tmp / (base + ".docx")
            R.to_docx(blocks, d, bold_headings=bold)
            conv_odt.append((d, out / folder))
            ext = "odt"
            traits.append("odt-from-word")
        elif fmt == "scan":
            p = tmp / (base + ".pdf")
            R.to_pdf(blocks, p)
            R.pdf_to_scan(p, stem.with_suffix(".pdf"), seed=i, tmpdir=str(tmp / "scan"))
            ext = "pdf"
            traits += ["scan", "image-only-pdf"]
        elif fmt == "html":
            stem.with_suffix(".html").write_text(R.to_html(blocks, title), encoding="utf-8")
            ext = "html"
        elif fmt in ("txt", "md"):
            stem.with_suffix("." + fmt).write_text(R.to_txt(blocks, md=(fmt == "md"), pipe_tables=rng.random() < 0.5), encoding="utf-8")
            ext = fmt
        elif fmt == "rtf":
            stem.with_suffix(".rtf").write_text(R.to_rtf(blocks), encoding="ascii")
            ext = "rtf"
        elif fmt.startswith("eml"):
            ext = "eml"
            prov = c["prov"]
            sender = f"{c['leader']} <{c['leader'].split()[0].lower()}@{prov['dom']}>"
            to = f"{c['cw']} <jobcenter@{kom[5]}>"
            when = datetime(c["date"].year, c["date"].month, c["date"].day, 10, 12)
            if fmt == "eml-docx":
                d = tmp / (base + ".docx")
                R.to_docx(blocks, d)
                data = R.to_eml(f"Underskrevet opstartsaftale – {c['cit']} ({c['sagsnr']})", sender, to, when,
                                f"Hej {c['cw'].split()[0]}\n\nHermed den underskrevne opstartsaftale for {c['cit']}, som vi aftalte.\n\n"
                                f"Venlig hilsen\n{c['leader']}\n{prov['name']}",
                                [(f"Opstartsaftale {c['cit']}.docx", d.read_bytes(),
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
                traits.append("eml-attachment-docx")
            elif fmt == "eml-pdf":
                p = tmp / (base + ".pdf")
                R.to_pdf(blocks, p)
                data = R.to_eml(f"Aftale om mentorforløb – sag {c['sagsnr']}", sender, to, when,
                                f"Kære {c['cw']}\n\nVedhæftet aftalen om mentorforløb, underskrevet af borger og mentor i dag. "
                                f"Vi starter som planlagt.\n\nMvh\n{c['leader']}\n{prov['name']}",
                                [("aftale_mentorforloeb.pdf", p.read_bytes(), "application/pdf")])
                traits.append("eml-attachment-pdf")
            elif fmt == "eml-body":
                body = R.to_txt([b for b in blocks if b[0] not in ("logo", "footer", "sig")], pipe_tables=False)
                if kind == D:
                    sender = f"{c['cw']} <{c['cw'].split()[0].lower()}@{kom[5]}>"
                    to = f"{c['cit']} <{c['fn'].lower()}{rng.randint(1, 99)}@mail.dk>"
                data = R.to_eml(title + " – " + c["cit"], sender, to, when, body)
                traits.append("eml-body")
            elif fmt == "eml-meeting":
                md = c["start"]
                while md.weekday() > 4:
                    md = date.fromordinal(md.toordinal() + 1)
                data = R.to_eml(f"Opstartsmøde – {c['cit']}", sender, to, when,
                                f"Hej {c['cw'].split()[0]}\n\nKan vi holde opstartsmødet for {c['cit']} {WEEKDAYS[md.weekday()]} den "
                                f"{fd(md)} kl. 10 i jobcentret? Jeg tager vores skabelon til SMART-plan med, så vi kan "
                                f"udfylde den sammen med borgeren.\n\nVenlig hilsen\n{c['leader']}\n{prov['name']}")
                traits.append("eml-meeting")
            else:  # eml-tilbud
                p = tmp / (base + ".pdf")
                R.to_pdf(blocks, p)
                data = R.to_eml(f"Tilbud på mentorforløb – ref. {c['sagsnr']}", sender, to, when,
                                f"Hej {c['cw'].split()[0]}\n\nSom lovet sender vi vores tilbud på et forløb i caféen. "
                                f"Sig til, hvis I vil have ændret timetallet.\n\nVenlig hilsen\n{c['leader']}",
                                [("tilbud.pdf", p.read_bytes(), "application/pdf")])
                traits.append("eml-attachment-pdf")
            stem.with_suffix(".eml").write_bytes(data)
        else:
            raise ValueError(fmt)
        rules = sorted(d for d in defects if d in RULES9)
        extras = sorted(o.get("extras", []))
        mnc = [c["cpr"], c["cpr"].replace("-", "")] if c["cpr"] else []
        if c["cpr"]:
            traits.append("cpr")
        if period:
            if "duration-over-6-months" in defects:
                traits.append("period:over-six")
            elif period["end"] == six_end(date.fromisoformat(period["start"])).isoformat():
                traits.append("period:exact-six")
        entries.append({"path": f"{folder}/{base}.{ext}", "format": ext, "kind": kind, "subtype": subtype,
                        "layout": layout, "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": sorted(set(traits)), "period": period})
    # LibreOffice conversions (own profile), grouped by output folder
    for items, fmtname in ((conv_pdf, "pdf"), (conv_odt, "odt")):
        by_dir = {}
        for src, dst in items:
            by_dir.setdefault(dst, []).append(src)
        for dst, srcs in by_dir.items():
            R.soffice_convert(srcs, fmtname, dst)
    for e in entries:
        assert (out / e["path"]).is_file(), e["path"]
    (out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])) + "\n",
        encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/fr")
    ap.add_argument("--seed", type=int, default=1313)
    build(ap.parse_args())
