#!/usr/bin/env python3
"""Corpus Z: mentor-support documents written with vocabulary nobody anticipated.

Independent labelled evaluation corpus for ``mentordocs lint`` (see NOTES.md next to this file).

    python scripts/independent/corpus_z/make_corpus_z.py --out /work/corpora/z --seed 83

Writes the documents plus EXPECTED.jsonl (format of tools/corpusgen/.../manifest.py). Deterministic
for a given seed (PDFs are converted with LibreOffice; their bytes may differ, their text does not).
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
import textwrap
from pathlib import Path

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Jonas", "Sara", "Ahmed", "Line", "Mikkel", "Fatima", "Emil", "Nanna", "Kasper", "Amalie",
         "Yusuf", "Camilla", "Rasmus", "Zainab", "Tobias", "Ida", "Oliver", "Maja", "Frederik", "Louise"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Holm"]
MENTOR_FIRST = ["Mette", "Lars", "Birgitte", "Henrik", "Dorte", "Søren", "Pia", "Morten", "Helle", "Anders",
                "Tina", "Jesper", "Charlotte", "Bo"]
FIRMS = ["Kompasset Mentorservice ApS", "Jobbroen", "NextStep Mentoring ApS", "Trinbrættet I/S",
         "BridgeWork Nordic", "Fodfæste Mentorhus", "Stifinderne ApS", "Momentum Mentor & Coaching"]
KOMMUNER = ["Vejle", "Silkeborg", "Holbæk", "Næstved", "Viborg", "Herning", "Frederikshavn", "Slagelse",
            "Svendborg", "Hjørring", "Roskilde", "Horsens"]

# --- the angle: unusual but natural labels -------------------------------------------------------
L_GOAL = ["Hvad vil vi opnå sammen?", "Retning", "Pejlemærke", "Det lange sigt", "Ønsket forandring",
          "Det arbejder vi hen imod", "Hvor skal du hen?", "Overall goal / målsætning"]
L_MENTOR = ["Din faste voksne", "Ressourceperson", "Tovholder hos leverandøren", "Navn på mentor/kontakt",
            "Your mentor / din mentor", "Hvem er med dig undervejs?", "Støtteperson"]
L_TASKS = ["Sådan hjælper {m} dig", "Indhold i forløbet", "Fokusområder", "Aftalte indsatser",
           "Action points", "Det tager vi fat på", "Arbejdsopgaver for støttepersonen"]
L_PERIOD = ["Tidsramme", "Forløbets længde", "Start/stop", "Timeline", "Hvornår?", "Aftalen løber"]
L_HOURS = ["Støtteomfang", "Tidsforbrug", "Ressourcer", "Antal møder", "Scope (timer)", "Tid afsat til dig"]
L_FOLLOW = ["Hvordan ved vi, at det virker?", "Evaluering og justering", "Milepæle", "Check-ins",
            "Sådan holder vi øje med udviklingen"]
L_APPEAL = ["Er du ikke tilfreds med afgørelsen?", "Dine klagemuligheder", "Uenig?",
            "Hvis du vil have afgørelsen set på igen", "Vil du klage?"]

GOOD_GOALS = [
    "{c} er startet på grundforløb 2 som {edu} på {school} senest {d} og møder alle skoledage.",
    "{c} er i virksomhedspraktik {n} timer om ugen hos {work} fra {d}, med henblik på løntilskud.",
    "{c} har et fleksjob som {job} på {n} timer om ugen senest {d}.",
    "{c} gennemfører første semester på {school} og har højst to fraværsdage om måneden frem til {d}.",
    "{c} har et ordinært job som {job} med mindst {n} timer om ugen senest {d}.",
]
EDU = [("tømrer", "EUC Syd"), ("SOSU-hjælper", "SOSU Østjylland"), ("ernæringsassistent", "Mercantec"),
       ("automekaniker", "Tradium"), ("pædagogisk assistent", "PAU Roskilde"), ("datatekniker", "TEC")]
WORK = [("lagermedarbejder", "Bilka Vejle"), ("køkkenmedhjælper", "Café Åen"),
        ("pedelmedhjælper", "Ådalens Skole"), ("butiksassistent", "Netto Sønderbro"),
        ("chauffør", "DAO Distribution"), ("rengøringsassistent", "ISS Silkeborg")]
UNCLEAR_GOALS = [
    "At {c} får mere ro i hverdagen og det bliver bedre med selvværdet.",
    "Støtte til at {c} kommer videre i sit liv.",
    "Øget trivsel og mere overskud.",
    "At {c} føler sig mere tryg og motiveret.",
    "Hjælp til struktur og at finde sine egne ressourcer.",
    "Sikre at {c} har det godt og kommer tættere på arbejdsmarkedet.",
]
TASKS = [
    "følges med til første møde på praktikstedet og de første to arbejdsdage",
    "ringer om morgenen de dage, hvor der er skole eller praktik",
    "hjælper med at lægge en ugeplan og holde styr på breve i e-Boks",
    "går med til samtaler med skolens studievejleder",
    "øver busruten til {place} sammen med dig",
    "tager en snak hver uge om fremmøde, søvn og transport",
    "hjælper med at svare på henvendelser fra kommunen og a-kassen",
    "er bindeled til kontaktpersonen på arbejdspladsen",
]
FOLLOWUPS = [
    "Vi holder et trepartsmøde (dig, {m} og din sagsbehandler) hver 4. uge og ser på fremmødet.",
    "Midtvejsstatus {d1}. Slutevaluering senest 14 dage før forløbet slutter. Delmål: fremmøde 4 dage om ugen fra {d2}.",
    "{m} skriver en kort status til kommunen hver måned; vi justerer aftalen, hvis delmålene ikke nås.",
    "Check-in with your caseworker every month; progression is measured on attendance (delmål: 3 dage/uge første måned).",
    "Første milepæl: {d1} – du har været på praktikstedet 3 dage om ugen i en måned. Evaluering med sagsbehandler {d2}.",
]
APPEALS_OK = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {k} Kommune inden fire uger fra du har modtaget brevet. "
    "Kommunen vurderer sagen igen inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til "
    "Ankestyrelsen. Du kan klage mundtligt eller skriftligt (LAB § 204).",
    "Klagen skal sendes til Jobcenter {k} senest 4 uger efter, at du har fået afgørelsen. Vi genvurderer "
    "afgørelsen, og hvis den fastholdes, går klagen videre til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Du har 4 uger til at klage. Klag til kommunen – ring, skriv i Digital Post eller kom forbi. Kommunen "
    "kigger på sagen igen, og ændrer vi ikke afgørelsen, sender vi den til Ankestyrelsen.",
]
APPEALS_BAD = [
    "Du kan klage over afgørelsen.",
    "Har du spørgsmål til afgørelsen, er du velkommen til at kontakte din sagsbehandler.",
    "Du kan klage over afgørelsen til kommunen.",
    "Klage skal ske inden 4 uger.",
]


def ddate(d: dt.date, style: int) -> str:
    return [f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}/{d.month}-{d.year % 100:02d}", d.isoformat(), f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}",
            f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"][style]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, d.day)


def cpr(rng: random.Random) -> str:
    day, mon, yr = rng.randint(1, 28), rng.randint(1, 12), rng.randint(60, 99)
    return f"{day:02d}{mon:02d}{yr:02d}-{rng.randint(1000, 9999)}"


def phone(rng: random.Random) -> str:
    a = [rng.randint(20, 99) for _ in range(4)]
    return rng.choice([f"Tlf/mob {a[0]} {a[1]} {a[2]} {a[3]}", f"mob. {a[0]}{a[1]} {a[2]}{a[3]}",
                       f"+45 {a[0]} {a[1]} {a[2]} {a[3]}", f"tlf. {a[0]}{a[1]}{a[2]}{a[3]}"])


class Doc:
    """A neutral document: blocks of ('title'|'h'|'p'|'li', text) or ('kv', [(label, value)])."""

    def __init__(self) -> None:
        self.blocks: list[tuple] = []

    def add(self, kind, content):
        self.blocks.append((kind, content))


# --- field generation --------------------------------------------------------------------------
def make_case(rng: random.Random, i: int) -> dict:
    c = f"{rng.choice(FIRST)}"
    k = rng.choice(KOMMUNER)
    m = rng.choice(MENTOR_FIRST)
    mfull = f"{m} {rng.choice(LAST)}"
    firm = rng.choice(FIRMS)
    start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 2]))
    months = rng.choice([3, 4, 6, 6, 6])
    edu, school = rng.choice(EDU)
    job, work = rng.choice(WORK)
    email = f"{m.lower().replace('ø', 'oe').replace('å', 'aa')}@{firm.split()[0].lower()}.dk"
    return dict(c=c, cfull=f"{c} {rng.choice(LAST)}", k=k, m=m, mfull=mfull, firm=firm, start=start,
                months=months, edu=edu, school=school, job=job, work=work, email=email,
                phone=phone(rng), dstyle=rng.randrange(6), cw=f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}",
                cwphone=f"tlf. 7{rng.randint(1000000, 9999999)}", hours=rng.choice([2, 3, 4, 5, 6]))


def fields(rng, case, defects, entry):
    """Return dict field -> (label, text or None, bullets). None text means the field is left out."""
    c, m = case["c"], case["m"]
    ds = case["dstyle"]
    start = case["start"]
    f = {}
    # goal
    g_lab = rng.choice(L_GOAL)
    goal_d = ddate(add_months(start, case["months"]) - dt.timedelta(days=1), ds)
    if "missing-goal" in defects:
        f["goal"] = (g_lab, rng.choice([None, None, "Udfyldes senere", "-"]), [])
        entry["traits"].append("defect:goal-" + ("absent" if f["goal"][1] is None else "placeholder"))
    elif "unclear-goal" in defects:
        f["goal"] = (g_lab, rng.choice(UNCLEAR_GOALS).format(c=c), [])
    else:
        f["goal"] = (g_lab, rng.choice(GOOD_GOALS).format(c=c, edu=case["edu"], school=case["school"], d=goal_d,
                                                          n=rng.choice([10, 15, 20, 25]), work=case["work"],
                                                          job=case["job"]), [])
    # mentor
    mm_lab = rng.choice(L_MENTOR)
    if "missing-mentor" in defects:
        v = rng.choice([None, f"{case['mfull']}, {case['firm']}", f"{case['mfull']}"])
        f["mentor"] = (mm_lab, v, [])
        entry["traits"].append("defect:mentor-" + ("absent" if v is None else "no-contact"))
    else:
        f["mentor"] = (mm_lab, rng.choice([
            f"{case['mfull']}, {case['firm']} – {case['phone']} – {case['email']}",
            f"{case['mfull']} ({case['firm']}), {case['phone']}",
            f"{case['mfull']}, mail: {case['email']}"]), [])
    # tasks
    t_lab = rng.choice(L_TASKS).format(m=m)
    tasks = [t.format(place=case["work"]) for t in rng.sample(TASKS, rng.randint(2, 4))]
    if "missing-tasks" in defects:
        f["tasks"] = (t_lab, rng.choice([None, None, "-", "Aftales løbende"]), [])
        entry["traits"].append("defect:tasks")
    else:
        f["tasks"] = (t_lab, f"{m} " + tasks[0] + ".", [f"{m} {t}" for t in tasks[1:]])
    # period
    p_lab = rng.choice(L_PERIOD)
    months = case["months"]
    if "duration-over-6-months" in defects:
        months = rng.choice([8, 9, 12])
        entry["traits"].append(f"period:over-{months}")
    end = add_months(start, months) - dt.timedelta(days=1)
    if "missing-duration" in defects:
        f["period"] = (p_lab, rng.choice([None, None, "aftales senere", "indtil videre"]), [])
        entry["traits"].append("defect:period")
    else:
        form = rng.randrange(4)
        if form == 0:
            v = f"{ddate(start, ds)} – {ddate(end, ds)}"
        elif form == 1:
            v = f"Start: {ddate(start, ds)} / stop: {ddate(end, ds)}"
        elif form == 2:
            v = f"{months} mdr. fra {ddate(start, ds)}" if months != 12 else f"et år fra {ddate(start, ds)}"
        else:
            v = f"f.o.m. {ddate(start, ds)} t.o.m. {ddate(end, ds)}"
        f["period"] = (p_lab, v, [])
        entry["period"] = {"start": start.isoformat(), "end": end.isoformat()}
        if months == 6:
            entry["traits"].append("period:exact-six")
    # hours
    h_lab = rng.choice(L_HOURS)
    h = case["hours"]
    if "missing-hours" in defects:
        v = rng.choice([None, None, "efter behov", "et par timer om ugen", "løbende"])
        f["hours"] = (h_lab, v, [])
        entry["traits"].append("defect:hours-" + ("absent" if v is None else "vague"))
    else:
        f["hours"] = (h_lab, rng.choice([f"{h} t/u", f"{h} timer ugentligt", f"{h * 4} timer om måneden",
                                         f"2 møder om ugen, i alt {h} timer pr. uge",
                                         f"{h} hrs/week ({h} timer pr. uge)"]), [])
    # follow-up
    fu_lab = rng.choice(L_FOLLOW)
    if "missing-follow-up" in defects:
        f["follow"] = (fu_lab, rng.choice([None, None, "–"]), [])
        entry["traits"].append("defect:follow-up")
    else:
        f["follow"] = (fu_lab, rng.choice(FOLLOWUPS).format(m=m, d1=ddate(add_months(start, 2), ds),
                                                            d2=ddate(add_months(start, 1), ds)), [])
    # appeal
    a_lab = rng.choice(L_APPEAL)
    if "missing-appeal-guidance" in defects:
        v = rng.choice([None, rng.choice(APPEALS_BAD)])
        f["appeal"] = (a_lab, v, [])
        entry["traits"].append("defect:appeal-" + ("absent" if v is None else "incomplete"))
    else:
        f["appeal"] = (a_lab, rng.choice(APPEALS_OK).format(k=case["k"]), [])
    return f


def header(doc, rng, case, entry, title, sender=None):
    doc.add("title", title)
    lines = [("Borger", case["cfull"])]
    if rng.random() < 0.3:
        cp = cpr(rng)
        lines.append((rng.choice(["CPR-nr.", "Cpr", "Personnr."]), cp))
        entry["must_not_contain"].append(cp)
        entry["traits"].append("cpr")
    lines.append(("Sagsbehandler", f"{case['cw']}, {case['cwphone']}"))
    if sender:
        lines.insert(0, ("Leverandør", sender))
    return lines


def order_of(kind):
    if kind == "minplan":
        return ["goal", "mentor", "tasks", "period", "hours"]
    return ["goal", "mentor", "tasks", "period", "hours", "follow", "appeal"]


def build_structured(rng, case, f, entry, kind, layout):
    doc = Doc()
    if kind == "minplan":
        title = rng.choice(["Min Plan – indsats: mentor", "Min Plan: Din mentorindsats",
                            "Min Plan · Aktivitet: Personlig støtteperson (mentor)"])
    else:
        title = rng.choice(["Samarbejdsaftale om mentorforløb", "Aftale om mentorstøtte",
                            "Mentoraftale / Mentoring agreement", "Forløbsaftale – mentor",
                            "Aftale om støtte fra mentor (LAB § 167)"])
    meta = header(doc, rng, case, entry, title, sender=case["firm"] if rng.random() < 0.5 else None)
    keys = [k for k in order_of(kind) if k in f]
    if kind == "minplan" and "follow" in f:
        keys.insert(5, "follow")
    if layout == "table":
        doc.add("kv", meta)
        rows = []
        for k in keys:
            lab, val, bl = f[k]
            if val is None:
                continue
            rows.append((lab, "; ".join([val] + bl) if bl else val))
        doc.add("kv", rows)
    else:
        for lab, val in meta:
            doc.add("p", f"{lab}: {val}")
        for k in keys:
            lab, val, bl = f[k]
            if val is None:
                continue
            if layout == "headings":
                doc.add("h", lab)
                doc.add("p", val)
                for b in bl:
                    doc.add("li", b)
            else:  # labels
                doc.add("p", f"{lab}: {val}")
                for b in bl:
                    doc.add("li", b)
    doc.add("p", rng.choice(["Underskrift borger: ____________   Underskrift mentor: ____________",
                             f"Med venlig hilsen\n{case['cw']}\n{case['k']} Kommune",
                             "Aftalen er gennemgået med borgeren."]))
    return doc


def build_letter(rng, case, f, entry, kind):
    """The fields only as sentences in a letter."""
    doc = Doc()
    c, m = case["c"], case["m"]
    doc.add("p", f"{case['k']} Kommune · Beskæftigelse\n{ddate(case['start'] - dt.timedelta(days=9), 0)}")
    doc.add("title", rng.choice(["Nu går dit mentorforløb i gang", "Om din nye mentor",
                                 "Velkommen til forløbet hos " + case["firm"]]))
    if rng.random() < 0.25:
        cp = cpr(rng)
        doc.add("p", f"Vedr.: {case['cfull']}, cpr {cp}")
        entry["must_not_contain"].append(cp)
        entry["traits"].append("cpr")
    doc.add("p", f"Kære {c}")
    s = []
    g = f["goal"][1]
    if g and g not in ("-", "Udfyldes senere"):
        s.append(f"Som vi talte om, sigter vi efter dette: {g}")
    mv = f["mentor"][1]
    if mv:
        s.append(f"Din mentor bliver {mv}.")
    tv = f["tasks"][1]
    if tv and tv not in ("-", "Aftales løbende"):
        s.append(f"{m} ringer til dig hver morgen den første uge, så I kommer godt fra start.")
        s.append("Undervejs kommer " + m + " til at hjælpe dig på disse måder: " +
                 "; ".join(x[len(m) + 1:] for x in [tv.rstrip(".")] + f["tasks"][2]) + ".")
    doc.add("p", " ".join(s))
    s = []
    pv = f["period"][1]
    if pv and pv not in ("aftales senere", "indtil videre"):
        s.append(f"Forløbet er aftalt således: {pv}.")
    hv = f["hours"][1]
    if hv and hv not in ("efter behov", "et par timer om ugen", "løbende"):
        s.append(f"{m} har afsat {hv} til dig.")
    elif hv:
        s.append(f"{m} er der for dig {hv}.")
    fv = f["follow"][1]
    if fv and fv != "–":
        s.append(fv)
    if s:
        doc.add("p", " ".join(s))
    av = f["appeal"][1]
    if av:
        doc.add("h", f["appeal"][0])
        doc.add("p", av)
    doc.add("p", f"Venlig hilsen\n{case['cw']}\nSagsbehandler, {case['cwphone']}")
    return doc


def build_decision(rng, case, entry, defects):
    doc = Doc()
    k, c = case["k"], case["c"]
    ds = case["dstyle"]
    start = case["start"]
    months = case["months"]
    subtype = rng.choice(["decision-grant", "decision-grant", "decision-partial"])
    if "duration-over-6-months" in defects:
        subtype = "decision-grant"
        months = rng.choice([9, 12])
        entry["traits"].append(f"period:over-{months}")
    end = add_months(start, months) - dt.timedelta(days=1)
    entry["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    entry["subtype"] = subtype
    doc.add("p", f"{k} Kommune\nArbejdsmarked og Borgerservice\n{ddate(start - dt.timedelta(days=12), 0)}")
    doc.add("title", rng.choice(["Afgørelse: Du får en mentor", "Svar på din ansøgning om mentorstøtte",
                                 "Bevilling af personlig støtteperson (mentor)"]))
    if rng.random() < 0.35:
        cp = cpr(rng)
        doc.add("p", f"{case['cfull']} · {cp}")
        entry["must_not_contain"].append(cp)
        entry["traits"].append("cpr")
    doc.add("p", f"Kære {c}")
    per = f"{ddate(start, ds)} til {ddate(end, ds)}"
    if subtype == "decision-partial":
        doc.add("p", f"Du har søgt om mentorstøtte i 12 måneder og {case['hours'] + 4} timer om ugen. "
                     f"Vi har besluttet at give dig mentorstøtte i perioden {per}, {case['hours']} timer om ugen.")
        entry["traits"].append("partial-grant")
    else:
        doc.add("p", f"Vi har besluttet at bevilge dig mentorstøtte efter § 167 i lov om en aktiv "
                     f"beskæftigelsesindsats. Støtten gælder {per} med {case['hours']} timer pr. uge.")
    doc.add("h", rng.choice(["Hvorfor har vi besluttet det?", "Det har vi lagt vægt på", "Baggrund for beslutningen"]))
    doc.add("p", f"Vi har lagt vægt på, at du skal starte i praktik som {case['job']} hos {case['work']}, og at du "
                 f"har fortalt, at du har svært ved at komme afsted om morgenen. En mentor kan hjælpe dig med at "
                 f"holde fast. Afgørelsen er truffet efter LAB § 167, stk. 1"
                 + (", hvor støtten højst kan gives for 6 måneder ad gangen." if subtype == "decision-partial" else "."))
    doc.add("p", f"Din mentor bliver {case['mfull']} fra {case['firm']}, {case['phone']}.")
    a_lab = rng.choice(L_APPEAL)
    if "missing-appeal-guidance" in defects:
        v = rng.choice([None, rng.choice(APPEALS_BAD)])
        entry["traits"].append("defect:appeal-" + ("absent" if v is None else "incomplete"))
    else:
        v = rng.choice(APPEALS_OK).format(k=k)
    if v:
        doc.add("h", a_lab)
        doc.add("p", v)
    doc.add("p", f"Med venlig hilsen\n{case['cw']}\n{case['cwphone']}")
    return doc


def build_unknown(rng, case, entry):
    doc = Doc()
    st = rng.choice(["leaflet", "job-posting", "course", "quality-standard", "newsletter"])
    entry["subtype"] = st
    firm, k = case["firm"], case["k"]
    if st == "leaflet":
        doc.add("title", f"{firm} – din faste voksne, når hverdagen driller")
        doc.add("h", "Hvad vil vi opnå sammen?")
        doc.add("p", "Vi hjælper unge og voksne tættere på job og uddannelse. Sammen finder vi retningen og "
                     "sætter pejlemærker, som kan ses og måles.")
        doc.add("h", "Sådan hjælper vi dig")
        for t in rng.sample(TASKS, 3):
            doc.add("li", "Vi " + t.format(place="arbejdspladsen").replace("dig", "dig"))
        doc.add("h", "Støtteomfang og tidsramme")
        doc.add("p", "Typisk 2-6 timer om ugen i forløb på op til 6 mdr. – med mulighed for forlængelse efter aftale "
                     "med kommunen. Evaluering og justering hver måned.")
        doc.add("p", f"Kontakt: {case['mfull']}, {case['phone']}, {case['email']}")
    elif st == "job-posting":
        doc.add("title", f"Vi søger mentor / tovholder til {firm}")
        doc.add("p", f"Brænder du for at være en fast voksen for borgere på vej mod job? {firm} søger en "
                     f"ressourceperson på 30-37 timer om ugen, med start {ddate(case['start'], 0)}.")
        doc.add("h", "Dine fokusområder")
        for t in ["Aftalte indsatser med borgere i forløb på 3-6 mdr.", "Milepæle og statusmøder med kommunen",
                  "Skriftlig evaluering og justering af forløbet"]:
            doc.add("li", t)
        doc.add("h", "Vi tilbyder")
        doc.add("p", "Løn efter kvalifikationer, supervision og et godt team. Ansøgningsfrist 4 uger fra opslaget.")
        doc.add("p", f"Spørgsmål: {case['mfull']}, {case['phone']}")
    elif st == "course":
        doc.add("title", "Kursus: Den gode mentoraftale – pejlemærker, milepæle og opfølgning")
        doc.add("p", f"Forløbets længde: 3 dage fordelt over 6 uger. Start {ddate(case['start'], 0)}.")
        doc.add("h", "Indhold i forløbet")
        for t in ["Hvordan skriver man en retning, borgeren kan se sig selv i?", "Støtteomfang og tidsforbrug",
                  "Hvordan ved vi, at det virker? – progression og delmål", "Klagevejledning: 4 uger, genvurdering, Ankestyrelsen"]:
            doc.add("li", t)
        doc.add("p", f"Underviser: {case['mfull']}, {case['email']}. Pris 4.800 kr. ekskl. moms.")
    elif st == "quality-standard":
        doc.add("title", f"Kvalitetsstandard for mentorstøtte – {k} Kommune 2026")
        doc.add("p", "Standarden beskriver, hvad borgeren kan forvente. Den er godkendt af Beskæftigelsesudvalget.")
        doc.add("h", "Hvad skal aftalen indeholde?")
        for t in ["Pejlemærke: hvilket job eller hvilken uddannelse støtten sigter mod", "Navn på mentor/kontakt med tlf/mob",
                  "Aftalte indsatser", "Tidsramme (højst 6 måneder ad gangen)", "Støtteomfang i timer pr. uge",
                  "Evaluering og justering, senest 14 dage før ophør", "Dine klagemuligheder"]:
            doc.add("li", t)
        doc.add("h", "Serviceniveauer")
        doc.add("kv", [("Niveau", "Støtteomfang"), ("1", "0-1 t/u"), ("2", "1-2 t/u"), ("3", "over 2 t/u")])
        doc.add("p", "Klage over en afgørelse sendes til kommunen inden 4 uger; fastholdes afgørelsen, går sagen til Ankestyrelsen.")
    else:
        doc.add("title", f"Nyt fra {firm} – efterår 2026")
        doc.add("p", f"Vi har nu {rng.randint(40, 90)} borgere i forløb i {k}, {rng.choice(KOMMUNER)} og omegn. "
                     f"{case['m']}, en af vores faste voksne, fortæller: \"Det lange sigt er altid job eller "
                     f"uddannelse, men milepælene er små: at komme op om morgenen, at tage bussen.\"")
        doc.add("h", "Ny tovholder")
        doc.add("p", f"{case['mfull']} er ny tovholder hos os. Tlf/mob {rng.randint(20, 99)} {rng.randint(10, 99)} "
                     f"{rng.randint(10, 99)} {rng.randint(10, 99)}.")
    entry["layout"] = "prose"
    return doc


# --- renderers -----------------------------------------------------------------------------------
def render_docx(doc: Doc, path: Path):
    import docx
    d = docx.Document()
    for kind, content in doc.blocks:
        if kind == "title":
            d.add_heading(content, 1)
        elif kind == "h":
            d.add_heading(content, 2)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "p":
            d.add_paragraph(content)
        else:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in content:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = a, b
            d.add_paragraph("")
    d.save(str(path))


def render_odt(doc: Doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P
    o = OpenDocumentText()
    lst = None
    for kind, content in doc.blocks:
        if kind != "li":
            lst = None
        if kind in ("title", "h"):
            o.text.addElement(H(outlinelevel=1 if kind == "title" else 2, text=content))
        elif kind == "li":
            if lst is None:
                lst = List()
                o.text.addElement(lst)
            it = ListItem()
            it.addElement(P(text=content))
            lst.addElement(it)
        elif kind == "p":
            for line in content.split("\n"):
                o.text.addElement(P(text=line))
        else:
            t = Table(name=f"T{id(content) % 10000}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for a, b in content:
                r = TableRow()
                for x in (a, b):
                    cell = TableCell()
                    cell.addElement(P(text=x))
                    r.addElement(cell)
                t.addElement(r)
            o.text.addElement(t)
    o.save(str(path))


def render_html(doc: Doc, path: Path):
    out = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>dokument</title></head><body>"]
    in_ul = False
    for kind, content in doc.blocks:
        if kind != "li" and in_ul:
            out.append("</ul>")
            in_ul = False
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(content)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{e(content)}</h2>")
        elif kind == "li":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{e(content)}</li>")
        elif kind == "p":
            out.append("<p>" + "<br>".join(e(x) for x in content.split("\n")) + "</p>")
        else:
            out.append("<table border=\"1\">" + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>"
                                                        for a, b in content) + "</table>")
    if in_ul:
        out.append("</ul>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_txt(doc: Doc, path: Path, style: str):
    out = []
    for kind, content in doc.blocks:
        if kind == "title":
            out.append(f"# {content}" if style == "md" else content.upper())
        elif kind == "h":
            out.append(f"## {content}" if style == "md" else (content if content.endswith("?") else content + ":"))
        elif kind == "li":
            out.append(f"- {content}" if style == "md" else f"  * {content}")
        elif kind == "p":
            if style == "wrapped":
                out.append("\n".join(textwrap.fill(x, 68) for x in content.split("\n")))
            else:
                out.append(content)
        else:
            if style == "md":
                out.append("| Felt | Indhold |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in content))
            else:
                out.append("\n\n".join(textwrap.fill(f"{a}: {b}", 68, subsequent_indent="    ")
                                       if style == "wrapped" else f"{a}: {b}" for a, b in content))
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


# --- main ----------------------------------------------------------------------------------------
def plan_defects(rng, kind, case_i):
    if kind == "unknown" or rng.random() < 0.4:
        return []
    pool = [r for r in APPLIES[kind]]
    n = 1 if (kind == "decision" or rng.random() < 0.6) else 2
    chosen = rng.sample(pool, n)
    if "missing-goal" in chosen and "unclear-goal" in chosen:
        chosen.remove("unclear-goal")
    if "missing-duration" in chosen and "duration-over-6-months" in chosen:
        chosen.remove("duration-over-6-months")
    return sorted(chosen)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=83)
    ap.add_argument("--count", type=int, default=150)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries, pdf_jobs = [], []
    tmp = Path(tempfile.mkdtemp(prefix="corpus_z_"))
    kinds = (["agreement"] * 60 + ["decision"] * 15 + ["minplan"] * 10 + ["unknown"] * 15)
    for i in range(a.count):
        kind = rng.choice(kinds)
        case = make_case(rng, i)
        fmt = rng.choice(["docx"] * 7 + ["txt"] * 4 + ["pdf"] * 4 + ["html"] * 3 + ["odt"] * 2)
        defects = plan_defects(rng, kind, i)
        entry = {"format": fmt, "kind": kind, "subtype": kind, "layout": "", "rules": defects, "extras": [],
                 "error": None, "accept_errors": [], "must_not_contain": [], "traits": []}
        if kind == "unknown":
            doc = build_unknown(rng, case, entry)
        elif kind == "decision":
            doc = build_decision(rng, case, entry, defects)
            entry["layout"] = "letter"
        else:
            f = fields(rng, case, defects, entry)
            if kind == "agreement" and rng.random() < 0.25:
                entry["layout"] = "letter"
                entry["subtype"] = "letter-agreement"
                doc = build_letter(rng, case, f, entry, kind)
            else:
                entry["layout"] = rng.choice(["table", "headings", "labels"])
                doc = build_structured(rng, case, f, entry, kind, entry["layout"])
            if any(lab.startswith(("Overall", "Your", "Action", "Timeline", "Scope", "Check"))
                   for lab, _v, _b in f.values()):
                entry["traits"].append("vocab:en-mix")
        slug = f"{i:03d}_{kind}_{case['c'].lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}"
        sub = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "diverse"}[kind]
        (out / sub).mkdir(exist_ok=True)
        rel = f"{sub}/{slug}.{fmt}"
        entry["path"] = rel
        if fmt == "docx":
            render_docx(doc, out / rel)
        elif fmt == "odt":
            render_odt(doc, out / rel)
        elif fmt == "html":
            render_html(doc, out / rel)
        elif fmt == "txt":
            st = rng.choice(["plain", "md", "wrapped"])
            entry["traits"].append(f"txt:{st}")
            render_txt(doc, out / rel, st)
        else:
            src = tmp / f"{slug}.docx"
            render_docx(doc, src)
            pdf_jobs.append((src, out / rel))
        entries.append(entry)
    if pdf_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_z_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp)] + [str(s) for s, _ in pdf_jobs],
                       check=True, capture_output=True, timeout=900)
        for src, dst in pdf_jobs:
            shutil.move(str(src.with_suffix(".pdf")), dst)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    print("documents:", len(entries), dict(Counter(e["kind"] for e in entries)),
          dict(Counter(e["format"] for e in entries)))
    print("clean:", sum(1 for e in entries if not e["rules"]),
          "rules:", dict(Counter(r for e in entries for r in e["rules"])))


if __name__ == "__main__":
    main()
