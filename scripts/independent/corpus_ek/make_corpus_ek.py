#!/usr/bin/env python3
"""Corpus EK: follow-up (opfølgning) and progression in mentor agreements.

Deterministic: fixed seed, --out DIR, --seed N.  Writes documents + EXPECTED.jsonl.
Run with /work/main/.venv/bin/python.
"""
from __future__ import annotations

import argparse
import hashlib
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Anna", "Mads", "Sofie", "Ahmed", "Jonas", "Fatima", "Kasper", "Line", "Emil", "Nadia",
         "Mikkel", "Sara", "Oliver", "Ida", "Yusuf", "Camilla", "Rasmus", "Maja", "Tobias", "Amalie",
         "Hassan", "Julie", "Frederik", "Laura", "Nikolaj", "Signe", "Ali", "Freja", "Victor", "Emma"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Mortensen", "Karimi", "Yilmaz", "Holm", "Dahl", "Lund", "Bach", "Vestergaard"]
MENTOR_FIRST = ["Lars", "Helle", "Birgitte", "Kim", "Pia", "Søren", "Mette", "Jesper", "Trine",
                "Henrik", "Lone", "Bo", "Dorthe", "Thomas", "Rikke", "Anders", "Gitte", "Per"]
KOMMUNER = ["Viborg", "Holbæk", "Roskilde", "Herning", "Faxe", "Assens", "Tønder", "Gribskov",
            "Randers", "Silkeborg", "Næstved", "Svendborg", "Horsens", "Kolding", "Hjørring"]
PROVIDERS = ["Jobhuset", "Mentorcentret Midt", "Broen ApS", "Fremad Mentor", "Kompas Vejledning",
             "Trappen", "NæsteSkridt ApS"]

GOALS_CLEAR = [
    "{f} starter på SOSU-hjælperuddannelsen i {kom} den {d} og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og har højst to dages fravær om måneden frem til {d}.",
    "{f} fastholder sit fleksjob som pedelmedhjælper på {kom} Friskole 12 timer om ugen.",
    "{f} er i gang med grundforløb 1 på tømreruddannelsen på EUC og møder til undervisning alle dage i uge 1-10.",
    "{f} har et ordinært job på 15 timer om ugen i en dagligvarebutik senest {d}.",
    "{f} møder stabilt i praktik i køkkenet på plejecentret, tre dage om ugen, og har en aftale om løntilskud inden {d}.",
    "{f} påbegynder den 2-årige HF på {kom} Gymnasium i august og møder til mindst 90 % af timerne.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {f} får mere struktur på hverdagen og et bedre selvværd.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Hjælp til at finde motivationen igen.",
]
TASKS = [
    "Følge {f} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde og transport",
    "Hjælpe med at skabe overblik over post fra e-Boks og aftaler",
    "Tage med til opstartsmødet på skolen",
    "Øve busruten sammen med {f}",
    "Sparre om fravær og sygemelding, så arbejdsgiveren får besked i tide",
    "Hjælpe med at lave en ugeplan for morgenrutiner",
    "Være bindeled mellem {f} og kontaktpersonen på arbejdspladsen",
    "Støtte op om kontakten til studievejlederen",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {kom} Kommune inden fire uger efter, at du har modtaget dette brev. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes din klage videre til "
    "Ankestyrelsen, som træffer afgørelse i sagen (LAB § 204 og retssikkerhedslovens kapitel 10).",
    "Du kan klage over afgørelsen om mentorstøtte til Jobcenter {kom} senest 4 uger fra modtagelsen. Du kan klage "
    "skriftligt eller mundtligt. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen og sagens "
    "papirer videre til Ankestyrelsen.",
    "Er du uenig, kan du klage til kommunen inden 4 uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, "
    "fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds, kan du klage over den.",
              "Klager rettes til din sagsbehandler."]
APPEAL_WRONG = "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."


def ddate(d: dt.date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_AB[d.month - 1]} {d.year}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 15000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


# ---------------------------------------------------------------- doc model
# blocks: ("title", t) ("h", lvl, t) ("p", t) ("li", t) ("table", rows)

class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.f = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.kom = rng.choice(KOMMUNER)
        mf = rng.choice(MENTOR_FIRST)
        self.mentor_name = f"{mf} {rng.choice(LAST)}"
        self.mentor_first = mf
        self.provider = rng.choice(PROVIDERS)
        self.mphone = phone(rng)
        self.mmail = f"{mf.lower().replace('ø', 'oe').replace('å', 'aa')}@{self.provider.split()[0].lower().replace('æ', 'ae')}.dk"
        self.cw = f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}"
        self.cwphone = phone(rng)
        m = rng.randint(1, 9)
        self.start = dt.date(2026, m, rng.choice([1, 1, 1, 15, 10]))
        self.letter = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.ds = rng.randint(0, 3)
        self.cpr = cpr(rng)
        self.sag = f"{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}"
        self.hours = rng.choice([1, 2, 2, 3, 4, 5])

    def D(self, d):
        return ddate(d, self.ds)


def fill(s, c: Ctx, **kw):
    return s.format(f=c.f, kom=c.kom, **kw)


def build_fields(c: Ctx, defects: set, months: int = 6, over: int = 0):
    """Return dict of field texts; None = absent, '' = empty label, str placeholder ok."""
    rng = c.rng
    if over:
        end = add_months(c.start, over) - dt.timedelta(days=1)
    else:
        end = add_months(c.start, months) - dt.timedelta(days=1)
    c.end = end
    gd = ddate(add_months(c.start, rng.randint(2, min(5, months if not over else 5))), 0)
    F = {}
    if "missing-goal" in defects:
        F["goal"] = rng.choice([None, "", "Udfyldes senere"])
    elif "unclear-goal" in defects:
        F["goal"] = fill(rng.choice(GOALS_UNCLEAR), c)
    else:
        F["goal"] = fill(rng.choice(GOALS_CLEAR), c, d=gd)
    if "missing-mentor" in defects:
        F["mentor"] = rng.choice([f"{c.mentor_name}, {c.provider}", f"{c.mentor_name}"])
    else:
        F["mentor"] = rng.choice([
            f"{c.mentor_name}, {c.provider}, tlf. {c.mphone}, {c.mmail}",
            f"{c.mentor_name} ({c.provider}) – telefon {c.mphone}",
            f"{c.mentor_name}, {c.mmail}, mobil {c.mphone}"])
    if "missing-tasks" in defects:
        F["tasks"] = rng.choice([None, ["-"]])
    else:
        F["tasks"] = [fill(t, c) for t in rng.sample(TASKS, rng.randint(2, 4))]
    if "missing-duration" in defects:
        F["duration"] = rng.choice([None, "Indtil videre", "Udfyldes senere"])
        c.end = None
    else:
        F["duration"] = rng.choice([
            f"{c.D(c.start)} – {c.D(end)}",
            f"fra {c.D(c.start)} til {c.D(end)}",
            f"f.o.m. {c.D(c.start)} t.o.m. {c.D(end)}"])
    if "missing-hours" in defects:
        F["hours"] = rng.choice([None, "Efter behov", "et par timer om ugen", ""])
    else:
        h = c.hours
        F["hours"] = rng.choice([f"{h} timer pr. uge", f"{h} t/uge", f"{h} timer ugentligt",
                                 f"{h * 4} timer om måneden"]) if h > 1 else "1 time pr. uge"
    if "missing-appeal-guidance" in defects:
        F["appeal"] = rng.choice([None, rng.choice(APPEAL_BAD)])
    elif "wrong-route" in defects:
        F["appeal"] = APPEAL_WRONG
    else:
        F["appeal"] = fill(rng.choice(APPEAL_FULL), c)
    return F


# ---- follow-up variants (the angle) ----------------------------------------------
FU_PRESENT = ["schedule_list", "date_table", "delmaal", "every4", "six_weeks", "evalplan",
              "trepart", "mentor_status", "prose_middle", "monthly_simple"]
FU_MISSING = ["none", "empty", "placeholder", "vague", "combined_only_duration"]


def followup(c: Ctx, kind: str):
    """Return (blocks for its own section or None, sentence to put in tasks or None, label)."""
    rng = c.rng
    s = c.start
    if kind == "schedule_list":
        step = max(14, ((c.end - s).days // 5) if c.end else 28)
        ds = [s + dt.timedelta(days=step * k) for k in (1, 2, 3, 4, 5)]
        items = [f"Statusmøde {c.D(d)} kl. {rng.choice(['9.00', '10.30', '13.00'])}" for d in ds[:4]]
        items.append(f"Slutevaluering senest 14 dage før støtten ophører ({c.D(c.end - dt.timedelta(days=14))})" if c.end else "Slutevaluering 14 dage før ophør")
        return ("Opfølgning", [("p", "Vi holder disse møder med dig, mentor og sagsbehandler:")] + [("li", t) for t in items]), None
    if kind == "date_table":
        rows = [["Dato", "Møde", "Deltagere"]]
        for k, what in enumerate(["Opstartsmøde", "Statusmøde", "Midtvejsevaluering", "Statusmøde", "Slutevaluering"]):
            step = ((c.end - s).days - 14) // 4 if c.end else 35
            d = s + dt.timedelta(days=step * k)
            rows.append([c.D(d), what, rng.choice(["Borger, mentor, sagsbehandler", "Borger og mentor", "Alle tre"])])
        return (rng.choice(["Mødeplan", "Plan for opfølgning", "Opfølgning og mødeplan"]), [("table", rows)]), None
    if kind == "delmaal":
        span = (c.end - s).days if c.end else 150
        d1, d2, d3 = (s + dt.timedelta(days=span * k // 6) for k in (1, 3, 5))
        items = [f"Delmål 1 ({c.D(d1)}): {c.f} kender vejen og møder til tiden tre dage om ugen.",
                 f"Delmål 2 ({c.D(d2)}): {c.f} ringer selv til arbejdsstedet ved fravær.",
                 f"Delmål 3 ({c.D(d3)}): {c.f} møder fire dage om ugen uden mentor med på vejen."]
        return ("Delmål og progression", [("li", t) for t in items] +
                [("p", "Vi gennemgår delmålene på et statusmøde ved hver dato.")]), None
    if kind == "every4":
        return ("Opfølgning", [("p", rng.choice([
            "Statusmøde hver 4. uge mellem dig, mentor og din rådgiver. Første møde holdes fire uger efter opstart.",
            "Der holdes statusmøde hver 4. uge. Her ser vi på, om du kommer nærmere målet, og om timetallet passer."]))]), None
    if kind == "six_weeks":
        return None, rng.choice([
            "Vi mødes igen om seks uger og ser på, hvordan det går med fremmødet.",
            f"Når der er gået seks uger, mødes vi igen alle tre og vurderer, hvor langt {c.f} er nået."])
    if kind == "evalplan":
        mid = s + (c.end - s) / 2 if c.end else add_months(s, 3)
        return (rng.choice(["Evaluering", "Evalueringsplan"]), [
            ("li", f"Midtvejsevaluering omkring {c.D(mid)} med mentor og sagsbehandler"),
            ("li", "Slutevaluering 14 dage før støtteperioden ophører"),
            ("p", "Progression måles på fremmøde i procent og på, om delmålene er nået.")]), None
    if kind == "trepart":
        return ("Trepartsmøder", [("p", f"Der holdes trepartsmøde mellem {c.f}, mentor og arbejdspladsen hver anden måned. "
                                        "Mentor sender et kort referat til sagsbehandleren efter hvert møde.")]), None
    if kind == "mentor_status":
        return (rng.choice(["Status til kommunen", "Opfølgning"]), [("p", "Mentor sender en skriftlig status til sagsbehandleren "
                "hver måned om fremmøde og udvikling i forhold til målet. Efter tre måneder holder vi et opfølgningsmøde.")]), None
    if kind == "prose_middle":
        return None, rng.choice([
            "Vi følger op på et statusmøde hver måned, hvor vi ser på fremmødet.",
            "Hver måned laver vi en kort status sammen, og sagsbehandleren deltager hver anden gang."])
    if kind == "monthly_simple":
        return ("Opfølgning", [("p", "Opfølgningssamtale hos jobcentret en gang om måneden; evaluering 14 dage før ophør.")]), None
    # missing variants
    if kind == "none":
        return None, None
    if kind == "empty":
        return ("Opfølgning", []), None
    if kind == "placeholder":
        return ("Opfølgning", [("p", rng.choice(["Udfyldes senere", "xx", "[indsæt]", "-", "…"]))]), None
    if kind == "vague":
        return ("Opfølgning", [("p", rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende efter behov."]))]), None
    if kind == "combined_only_duration":
        return "COMBINED", None
    raise ValueError(kind)


# ---------------------------------------------------------------- agreement layouts
LBL = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Mål for forløbet", "Hovedformål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Kontaktoplysninger på mentor"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Hvad skal mentoren hjælpe med?", "Indsatsområder"],
    "duration": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"],
}


def _lab(c, k):
    return c.rng.choice(LBL[k])


def tasks_text(F, fu_sentence):
    t = F["tasks"]
    if t is None:
        return None
    return t, fu_sentence


def header_blocks(c, with_cpr, title, sender=True):
    b = []
    if sender:
        b.append(("p", c.rng.choice([f"{c.kom} Kommune · Job og Ydelse", f"Jobcenter {c.kom}",
                                      f"{c.kom} Kommune, Beskæftigelse"])))
    b.append(("title", title))
    who = f"Borger: {c.f} {c.last}"
    if with_cpr:
        who += f", CPR-nr. {c.cpr}"
    b.append(("p", who))
    b.append(("p", f"Sagsnr.: {c.sag}    Dato: {ddate(c.letter, 0)}"))
    return b


def layout_headings(c, F, fu, with_cpr, title=None, sender=True):
    rng = c.rng
    fu_sec, fu_sent = fu
    b = header_blocks(c, with_cpr, title or rng.choice(["Aftale om mentorstøtte", "Mentoraftale",
                                                         "Aftale om mentorforløb efter LAB § 167"]), sender)
    if F["goal"] is not None:
        b += [("h", 2, _lab(c, "goal"))] + ([("p", F["goal"])] if F["goal"] else [])
    b += [("h", 2, _lab(c, "mentor")), ("p", F["mentor"])]
    if F["tasks"] is not None:
        b.append(("h", 2, _lab(c, "tasks")))
        b += [("li", t) for t in F["tasks"]]
        if fu_sent:
            b.append(("p", fu_sent + " " + rng.choice(["Mentor og du aftaler selv tidspunkterne.",
                                                       "Mødestedet aftales med mentor.", ""])))
    combined = fu_sec == "COMBINED"
    if F["duration"] is not None or combined:
        b.append(("h", 2, "Varighed og opfølgning" if combined else _lab(c, "duration")))
        if F["duration"]:
            b.append(("p", F["duration"]))
    if F["hours"] is not None:
        b.append(("h", 2, _lab(c, "hours")))
        if F["hours"]:
            b.append(("p", F["hours"]))
    if fu_sec and not combined:
        b.append(("h", 2, fu_sec[0]))
        b += fu_sec[1]
    if F["appeal"] is not None:
        b += [("h", 2, _lab(c, "appeal")), ("p", F["appeal"])]
    b += [("p", f"Sagsbehandler: {c.cw}, tlf. {c.cwphone}"), ("table", [["Dato / borger", "Dato / mentor"], ["", ""]])]
    return b


def layout_table(c, F, fu, with_cpr, title=None, sender=True):
    rng = c.rng
    fu_sec, fu_sent = fu
    b = header_blocks(c, with_cpr, title or rng.choice(["Mentoraftale", "Aftale om mentorstøtte",
                                                         "Samarbejdsaftale – mentorstøtte"]), sender)
    rows = []
    if F["goal"] is not None:
        rows.append([_lab(c, "goal"), F["goal"]])
    rows.append([_lab(c, "mentor"), F["mentor"]])
    if F["tasks"] is not None:
        t = "; ".join(F["tasks"])
        if fu_sent:
            t += ". " + fu_sent
        rows.append([_lab(c, "tasks"), t])
    combined = fu_sec == "COMBINED"
    if F["duration"] is not None or combined:
        rows.append(["Varighed og opfølgning" if combined else _lab(c, "duration"), F["duration"] or ""])
    if F["hours"] is not None:
        rows.append([_lab(c, "hours"), F["hours"]])
    inline_fu = fu_sec and not combined and all(x[0] == "p" for x in fu_sec[1]) and rng.random() < 0.6
    if inline_fu:
        rows.append([fu_sec[0], " ".join(x[1] for x in fu_sec[1])])
    b.append(("table", rows))
    if fu_sec and not combined and not inline_fu:
        b.append(("h", 2, fu_sec[0]))
        b += fu_sec[1]
    if F["appeal"] is not None:
        b += [("h", 2, _lab(c, "appeal")), ("p", F["appeal"])]
    b += [("p", f"Kontakt i kommunen: {c.cw}, tlf. {c.cwphone}")]
    return b


def layout_numbered(c, F, fu, with_cpr, title=None, sender=True):
    fu_sec, fu_sent = fu
    b = header_blocks(c, with_cpr, title or "Skriftlig aftale om mentorstøtte", sender)
    b.append(("p", "Aftalen indeholder punkterne i kommunens kvalitetsstandard."))
    n = 1

    def item(lbl, val):
        nonlocal n
        b.append(("p", f"{n}) {lbl}: {val}"))
        n += 1
    if F["goal"] is not None:
        item("Målet med mentorstøtten", F["goal"])
    item("Mentorens navn og kontaktdata", F["mentor"])
    if F["tasks"] is not None:
        item("Hvilke opgaver mentoren skal bistå ved", ", ".join(F["tasks"]) + (". " + fu_sent if fu_sent else ""))
    combined = fu_sec == "COMBINED"
    if combined:
        item("Varigheden af aftalen og opfølgning", F["duration"] or "")
    elif fu_sec:
        if all(x[0] == "p" for x in fu_sec[1]):
            item("Varigheden af aftalen", F["duration"] or "")
            item(fu_sec[0], " ".join(x[1] for x in fu_sec[1]))
        else:
            item("Varigheden af aftalen", F["duration"] or "")
            b.append(("p", f"{n}) {fu_sec[0]}:"))
            n += 1
            b += fu_sec[1]
    elif F["duration"] is not None:
        item("Varigheden af aftalen", F["duration"])
    if F["hours"] is not None:
        item("Timetallet for mentorstøtten", F["hours"])
    if F["appeal"] is not None:
        item("Klagevejledning", F["appeal"])
    return b


def layout_letter(c, F, fu, with_cpr, title=None, sender=True):
    """Prose letter; follow-up as a sentence or own paragraph."""
    rng = c.rng
    fu_sec, fu_sent = fu
    b = []
    b.append(("p", f"{c.kom} Kommune\nJobcenter\n{ddate(c.letter, 0)}"))
    b.append(("title", title or rng.choice(["Din aftale om mentorstøtte", "Her er jeres aftale om mentor",
                                            "Aftale om mentor – det vi blev enige om"])))
    b.append(("p", f"Kære {c.f}" + (f" (CPR {c.cpr})" if with_cpr else "")))
    b.append(("p", "Her får du det, vi blev enige om på mødet, skrevet ned."))
    g = F["goal"]
    if g is not None:
        if g and g.startswith(c.f):
            b.append(("p", "Målet er, at " + g))
        else:
            b.append(("p", "Mål: " + g))
    b.append(("p", f"Din mentor er {F['mentor']}."))
    if F["tasks"] is not None:
        t = F["tasks"]
        if t == ["-"]:
            b.append(("p", "Mentorens opgaver: -"))
        else:
            b.append(("p", f"{c.mentor_first} skal:"))
            b += [("li", x[0].lower() + x[1:]) for x in t]
    if fu_sent:
        b.append(("p", fu_sent))
    combined = fu_sec == "COMBINED"
    if F["duration"] and F["duration"] not in ("Indtil videre", "Udfyldes senere"):
        b.append(("p", f"Støtten gælder {F['duration']}."))
    elif F["duration"] is not None:
        b.append(("p", f"Varighed: {F['duration']}"))
    if F["hours"]:
        b.append(("p", f"Du har {F['hours']} med din mentor." if "time" in F["hours"] or "t/uge" in F["hours"]
                  else f"Timetal: {F['hours']}"))
    elif F["hours"] is not None:
        b.append(("p", "Timetal: " + F["hours"]))
    if fu_sec and not combined:
        b.append(("h", 3, fu_sec[0]))
        b += fu_sec[1]
    if F["appeal"] is not None:
        b += [("h", 3, _lab(c, "appeal")), ("p", F["appeal"])]
    b += [("p", f"Venlig hilsen\n{c.cw}\nrådgiver, tlf. {c.cwphone}")]
    return b


def layout_english(c, F, fu_kind, with_cpr, title=None, sender=True):
    rng = c.rng
    b = [("p", f"{c.kom} Kommune – Job Centre"), ("title", title or "Mentor support agreement"),
         ("p", f"Citizen: {c.f} {c.last}" + (f", CPR no. {c.cpr}" if with_cpr else "")),
         ("p", f"Case no. {c.sag}   Date: {c.letter.isoformat()}")]
    end = c.end
    goal = {"clear": f"{c.f} starts the basic course (grundforløb) at the vocational school EUC in August and attends at least four days a week.",
            "unclear": "Support to feel better and move on."}
    b += [("h", 2, "Goal"), ("p", goal["unclear" if F.get("_unclear") else "clear"])]
    b += [("h", 2, "Your mentor"), ("p", F["mentor"])]
    b += [("h", 2, "Your mentor's tasks")] + [("li", x) for x in [
        "Go with you to the school for the first two weeks",
        "Help you plan your week and your bus route",
        "Talk with you every week about attendance"]]
    b += [("h", 2, "Period"), ("p", f"{c.start.day} {dt.date(2000, c.start.month, 1).strftime('%B')} {c.start.year} – "
                                     f"{end.day} {dt.date(2000, end.month, 1).strftime('%B')} {end.year}")]
    b += [("h", 2, "Hours"), ("p", f"{c.hours} hours per week")]
    if fu_kind == "en_present":
        b += [("h", 2, "Follow-up"), ("p", rng.choice([
            "We meet every four weeks (you, your mentor and your caseworker) to look at your attendance. "
            "A final evaluation is held 14 days before the support ends.",
            "Your mentor sends a written status to your caseworker every month, and we hold a status meeting after six weeks."]))]
    elif fu_kind == "en_vague":
        b += [("h", 2, "Follow-up"), ("p", "As needed.")]
    b += [("h", 2, "How to complain"), ("p", F["appeal"] if F["appeal"] and "Du" not in F["appeal"][:3] else
                                          f"If you disagree, you can complain to {c.kom} Kommune within 4 weeks (fire uger). "
                                          "The municipality reconsiders the decision; if it is upheld, your complaint is sent on to Ankestyrelsen.")]
    return b


def layout_bilingual(c, F, fu, with_cpr, title=None, sender=True):
    b = layout_headings(c, F, fu, with_cpr, title or "Aftale om mentorstøtte / Mentor support agreement", sender)
    out = []
    en = {"Opfølgning": "Opfølgning / Follow-up", "Mentorens opgaver": "Mentorens opgaver / What your mentor will help with",
          "Mål": "Mål / Goal", "Periode": "Periode / Period", "Timetal": "Timetal / Hours"}
    for x in b:
        if x[0] == "h" and x[2] in en:
            out.append(("h", x[1], en[x[2]]))
        else:
            out.append(x)
    return out


LAYOUTS = {"headings": layout_headings, "table": layout_table, "numbered": layout_numbered,
           "letter": layout_letter, "bilingual": layout_bilingual}


# ---------------------------------------------------------------- decisions, Min Plan, near misses
def decision_blocks(c, F, dtype, with_cpr, carry=None, reasons=True, carry_blocks=()):
    """dtype: grant, partial, refusal, extension, end.  carry: None | 'body' | 'bilag' (+agreement blocks)."""
    rng = c.rng
    b = [("p", f"{c.kom} Kommune\nJobcenter {c.kom}\n{ddate(c.letter, 0)}\nSagsnr. {c.sag}")]
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
             "refusal": "Afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
             "end": "Afgørelse om ophør af mentorstøtte"}[dtype]
    b.append(("title", title))
    b.append(("p", f"Kære {c.f} {c.last}" + (f"\nCPR-nr.: {c.cpr}" if with_cpr else "")))
    per = F["duration"]
    if dtype == "grant":
        b.append(("p", f"Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                       f"{'i perioden ' + per if per else ''}. Du får {F['hours'] or 'mentorstøtte'}."))
        if reasons:
            b += [("h", 2, "Begrundelse"), ("p", "Vi har lagt vægt på, at du har brug for støtte for at kunne fastholde dit forløb, jf. LAB § 167, stk. 1.")]
    elif dtype == "partial":
        b.append(("p", f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Du får delvis bevilget mentorstøtte "
                       f"{per}, {F['hours']}. Det er færre timer, end du søgte om."))
        if reasons:
            b += [("h", 2, "Begrundelse"), ("p", "Vi har lagt vægt på, at støtten efter LAB § 167, stk. 1 gives i højst 6 måneder ad gangen, "
                                               f"og at din mentor vurderer, at {F['hours'] or 'færre timer'} dækker dit behov.")]
    elif dtype == "refusal":
        b.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning."))
        if reasons:
            b += [("h", 2, "Begrundelse"), ("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på skolen, som dækker det samme behov, jf. LAB § 167.")]
    elif dtype == "extension":
        b.append(("p", f"Din mentorstøtte forlænges i perioden {per}, {F['hours'] or ''}. Forlængelsen sker efter en konkret vurdering ved udløbet af den forrige periode."))
        if reasons:
            b += [("h", 2, "Begrundelse"), ("p", "Vi har lagt vægt på mentorens status, som viser, at du er nået to af tre delmål, jf. LAB § 167, stk. 1, 2. pkt.")]
    elif dtype == "end":
        b.append(("p", f"Din mentorstøtte ophører den {c.D(c.start)}."))
        if reasons:
            b += [("h", 2, "Begrundelse"), ("p", "Vi har lagt vægt på, at du er startet i ordinært job og ikke længere har brug for mentor.")]
    if carry == "body" and dtype in ("grant", "extension", "partial"):
        b += [("h", 2, "Aftale om mentorstøtte")]
        b += [x for x in carry_blocks if x[0] != "title"]
    if F["appeal"] is not None:
        b += [("h", 2, rng.choice(["Klagevejledning", "Sådan klager du"])), ("p", F["appeal"])]
    b.append(("p", f"Med venlig hilsen\n{c.cw}\nJobcenter {c.kom}, tlf. {c.cwphone}"))
    if carry == "bilag":
        b += [("h", 1, "Bilag 1: Aftale om mentorstøtte")]
        b += [x for x in carry_blocks if x[0] != "title"]
    return b



def agreement_core(c, F, fu, layout="headings"):
    """Agreement blocks without header/sender/appeal, for a decision to carry."""
    G = dict(F)
    G["appeal"] = None
    bl = LAYOUTS[layout](c, G, fu, False, title="x", sender=False)
    # drop header lines (title, borger, sagsnr) and signature/contact lines
    out = []
    for x in bl:
        if x[0] == "title" or (x[0] == "p" and (x[1].startswith("Borger:") or x[1].startswith("Sagsnr.")
                                               or x[1].startswith("Sagsbehandler:") or x[1].startswith("Kontakt i kommunen"))):
            continue
        if x[0] == "table" and x[1] and x[1][0] == ["Dato / borger", "Dato / mentor"]:
            continue
        out.append(x)
    return out


def minplan_blocks(c, F, with_cpr, style):
    rng = c.rng
    b = [("p", "Jobnet – Min Plan"), ("title", rng.choice(["Min Plan", "Min Plan – Mentorstøtte", "Udskrift af Min Plan"])),
         ("p", f"{c.f} {c.last}" + (f"  CPR: {c.cpr}" if with_cpr else "")),
         ("p", f"Udskrevet {ddate(c.letter, 1)}")]
    rows = [["Indsats", "Mentorstøtte (§ 167)"]]
    if F["goal"] is not None:
        rows.append(["Formål med mentorstøtten", F["goal"]])
    rows.append(["Mentor", F["mentor"]])
    if F["tasks"] is not None:
        rows.append(["Mentorens opgaver", "; ".join(F["tasks"])])
    if F["duration"] is not None:
        rows.append(["Periode", F["duration"]])
    if F["hours"] is not None:
        rows.append(["Timetal", F["hours"]])
    if style == "cards":
        b.append(("h", 2, "Mentorstøtte"))
        b += [("p", f"{r[0]}: {r[1]}") for r in rows]
        b += [("h", 2, "Virksomhedspraktik"), ("p", "Sted: Netto, Vestergade"), ("p", f"Start: {ddate(c.start, 1)}"),
              ("p", "Kontaktperson: butikschef, tlf. 70 11 22 33")]
    else:
        b.append(("table", rows))
    b.append(("p", "Du kan se din plan på jobnet.dk. Kontakt din rådgiver, hvis noget skal ændres."))
    return b


def unknown_blocks(c, kind, with_cpr):
    rng = c.rng
    s = c.start
    f = c.f
    cp = f", CPR {c.cpr}" if with_cpr else ""
    if kind == "invitation":
        return [("p", f"Jobcenter {c.kom}"), ("title", "Indkaldelse til statusmøde om mentorforløb"),
                ("p", f"Kære {f}{cp}"),
                ("p", f"Du indkaldes hermed til statusmøde den {c.D(s + dt.timedelta(days=40))} kl. 10.00 på jobcentret, "
                      f"Kirkegade 4. Din mentor {c.mentor_name} deltager også."),
                ("p", "På mødet taler vi om, hvordan det går med dit mål, og om der skal ændres i opgaverne eller timetallet."),
                ("p", f"Har du forhindringer, så ring til {c.cw} på tlf. {c.cwphone}."),
                ("p", "Venlig hilsen\nJobcenter " + c.kom)]
    if kind == "status":
        if rng.random() < 0.5:
            return [("p", c.provider), ("title", rng.choice(["Statusrapport – mentorforløb", "Månedlig status fra mentor"])),
                    ("p", f"Borger: {f} {c.last}{cp}"), ("p", f"Mentor: {c.mentor_name}, tlf. {c.mphone}"),
                    ("p", f"Periode for status: {ddate(s, 1)} – {ddate(s + dt.timedelta(days=30), 1)}"),
                    ("h", 2, "Fremmøde"), ("p", f"{f} har mødt 11 ud af 12 planlagte dage i praktikken."),
                    ("h", 2, "Progression i forhold til delmål"),
                    ("li", "Delmål 1 (møde til tiden): nået"), ("li", "Delmål 2 (ringe ved fravær): delvist nået"),
                    ("h", 2, "Anvendte timer"), ("p", f"{c.hours * 4} timer i perioden"),
                    ("h", 2, "Anbefaling"), ("p", "Forløbet fortsætter uændret. Næste status sendes om en måned.")]
        return [("title", "Statusnotat"), ("p", f"Til: {c.cw}, Jobcenter {c.kom}"),
                ("p", f"Vedr. mentorforløb for {f} {c.last}{cp}"),
                ("p", f"Kort status efter de første seks uger: {f} har været stabil i sit forløb på produktionsskolen og er kun udeblevet én dag. "
                      f"Vi har brugt timerne på at øve transport og på at forberede samtalen med skolens vejleder. "
                      f"Jeg anbefaler, at vi holder et statusmøde alle tre inden for de næste tre uger for at drøfte et evt. skift til EUD."),
                ("p", f"Med venlig hilsen\n{c.mentor_name}\n{c.provider}, tlf. {c.mphone}")]
    if kind == "minutes":
        v = rng.randint(0, 2)
        if v == 0:
            return [("title", "Referat af opfølgningsmøde"),
                    ("p", f"Dato: {c.D(s + dt.timedelta(days=60))}"),
                    ("p", f"Deltagere: {f} {c.last}{cp}, mentor {c.mentor_name}, rådgiver {c.cw}"),
                    ("h", 2, "1. Hvordan går det?"), ("p", f"{f} fortæller, at morgenerne er blevet lettere. Fremmødet er steget fra 60 % til 85 %."),
                    ("h", 2, "2. Mål og delmål"), ("p", "Målet om praktik 20 timer om ugen fastholdes. Delmål 2 er nået."),
                    ("h", 2, "3. Mentorens opgaver fremover"), ("p", "Mentor trapper ned og tager ikke længere med på arbejde om morgenen."),
                    ("h", 2, "4. Næste møde"), ("p", f"Næste opfølgningsmøde holdes om seks uger. {c.cw} indkalder.")]
        if v == 1:
            return [("p", f"{c.kom} Kommune – Virksomhedsservice"), ("title", "Referat – trepartsmøde på arbejdspladsen"),
                    ("table", [["Mødedato", c.D(s + dt.timedelta(days=45))], ["Sted", "Kantinen, Danish Crown"],
                               ["Til stede", f"{f}, mentor {c.mentor_name}, mellemleder Jan, jobkonsulent {c.cw}"]]),
                    ("p", f"Arbejdspladsen er tilfreds med {f}s indsats på pakkeriet. Der har været to sygedage i perioden, begge meldt korrekt."),
                    ("p", f"Det blev aftalt at øge arbejdstiden fra 15 til 20 timer om ugen fra næste måned. {c.mentor_first} fortsætter med "
                          "ugentlige samtaler, men kommer ikke længere med på arbejdspladsen."),
                    ("p", "Næste trepartsmøde: om ca. to måneder. Jobkonsulenten sender mødeindkaldelse."),
                    ("p", f"Referent: {c.cw}")]
        return [("title", "Midtvejsevaluering – referat"),
                ("p", f"Mentorforløb for {f} {c.last}{cp}. Evalueringen er holdt {c.D(s + dt.timedelta(days=90))} hos {c.provider}."),
                ("li", "Fremmøde i uddannelsen: 92 % (mål: 90 %)"),
                ("li", "Delmål om selv at ringe ved fravær: nået"),
                ("li", "Delmål om at bruge kalenderen i app'en: delvist nået"),
                ("p", "Vurdering: Forløbet fortsætter som aftalt. Slutevaluering holdes 14 dage før støtten ophører."),
                ("p", f"{c.mentor_name}, mentor")]
    if kind == "evalform":
        return [("p", f"{c.kom} Kommune"), ("title", rng.choice(["Evalueringsskema – mentorstøtte", "Slutevaluering af mentorforløb (skema)"])),
                ("p", "Udfyldes af mentor og borger sammen 14 dage før forløbet slutter."),
                ("table", [["Spørgsmål", "Svar"], ["Er målet med mentorstøtten nået?", "☐ Ja  ☐ Delvist  ☐ Nej"],
                           ["Hvilke delmål er nået?", ""], ["Hvor mange timer er brugt pr. uge i gennemsnit?", ""],
                           ["Hvad har mentoren hjulpet med?", ""], ["Anbefaling: forlængelse / ophør", ""],
                           ["Underskrift mentor / borger", ""]])]
    if kind == "guidance":
        return [("title", "Sådan følger vi op på din mentorstøtte"),
                ("p", f"{c.kom} Kommune – information til borgere"),
                ("p", "Når du får en mentor, laver du, mentoren og din rådgiver en skriftlig aftale. Aftalen skal indeholde målet med "
                      "mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, varigheden, opfølgning og timetallet."),
                ("h", 2, "Opfølgning"), ("p", "Vi holder statusmøde mindst hver 3. måned og altid 14 dage før støtten ophører."),
                ("h", 2, "Varighed"), ("p", "Mentorstøtte gives i højst 6 måneder ad gangen med mulighed for forlængelse."),
                ("h", 2, "Klage"), ("p", "Du kan klage til kommunen inden fire uger. Kommunen genvurderer og sender en fastholdt afgørelse til Ankestyrelsen.")]
    if kind == "calendar":
        rows = [["Dato", "Kl.", "Aftale", "Sted"]]
        for k in range(4):
            rows.append([ddate(s + dt.timedelta(days=28 * k), 1), "10.00", "Statusmøde med mentor", "Jobcentret"])
        return [("title", "Mine aftaler"), ("p", f"{f} {c.last}"), ("table", rows)]
    if kind == "invoice":
        return [("p", f"{c.provider}\nCVR 3{rng.randint(1000000, 9999999)}"), ("title", "Faktura – mentortimer"),
                ("p", f"Til: Jobcenter {c.kom}, att. {c.cw}"), ("p", f"Vedr.: {f} {c.last}{cp}"),
                ("table", [["Periode", "Timer", "Sats", "Beløb"],
                           [f"{ddate(s, 1)}–{ddate(s + dt.timedelta(days=30), 1)}", str(c.hours * 4), "495,00", f"{c.hours * 4 * 495},00"]]),
                ("p", "Heraf statusmøde og skriftlig status: 1 time. Betaling 30 dage netto.")]
    if kind == "private":
        return [("title", "Mentoraftale – Ungdomsklubben Lyset"),
                ("p", "Frivillig mentorordning. Aftalen er mellem den unge og en frivillig voksen; kommunen er ikke part."),
                ("h", 2, "Mål"), ("p", "At den unge får en voksen at tale med om skole og fritid."),
                ("h", 2, "Mentor"), ("p", f"{c.mentor_name}, tlf. {c.mphone}"),
                ("h", 2, "Vi mødes"), ("p", "Hver anden onsdag i klubben. Vi evaluerer ordningen ved sæsonens afslutning.")]
    if kind == "mail_meeting":
        return [("p", f"Hej {f}"), ("p", f"Vi mødes igen om seks uger til opfølgning på din mentoraftale, den {c.D(s + dt.timedelta(days=42))} kl. 13. "
                                         f"{c.mentor_name} kommer også. Sig til, hvis tidspunktet ikke passer."),
                ("p", f"Hilsen {c.cw}")]
    if kind == "partshoring":
        return [("p", f"Jobcenter {c.kom}"), ("title", "Partshøring – påtænkt ophør af mentorstøtte"),
                ("p", f"Kære {f}"), ("p", f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt til de sidste tre statusmøder. "
                                         "Du har mulighed for at komme med bemærkninger inden 14 dage, før vi træffer afgørelse."),
                ("p", f"Venlig hilsen\n{c.cw}")]
    raise ValueError(kind)


# ---------------------------------------------------------------- renderers
def r_docx(blocks, path: Path, bold_headings=False):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    for x in blocks:
        if x[0] == "title":
            d.add_heading(x[1], level=0 if not bold_headings else 1)
        elif x[0] == "h":
            if bold_headings:
                r = d.add_paragraph().add_run(x[2])
                r.bold = True
            else:
                d.add_heading(x[2], level=x[1])
        elif x[0] == "p":
            p = d.add_paragraph()
            lines = x[1].split("\n")
            for k, ln in enumerate(lines):
                run = p.add_run(ln)
                if k < len(lines) - 1:
                    run.add_break()
        elif x[0] == "li":
            d.add_paragraph(x[1], style="List Bullet")
        elif x[0] == "table":
            rows = x[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
            d.add_paragraph()
    d.save(str(path))


def _esc(s):
    import html
    return html.escape(s).replace("\n", "<br/>")


def r_html(blocks, path: Path, title="Dokument"):
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{_esc(title)}</title>",
           "<style>body{font-family:Arial;max-width:50em} td{border:1px solid #999;padding:4px}</style></head><body>"]
    inlist = False
    for x in blocks:
        if x[0] != "li" and inlist:
            out.append("</ul>")
            inlist = False
        if x[0] == "title":
            out.append(f"<h1>{_esc(x[1])}</h1>")
        elif x[0] == "h":
            out.append(f"<h{x[1]}>{_esc(x[2])}</h{x[1]}>")
        elif x[0] == "p":
            out.append(f"<p>{_esc(x[1])}</p>")
        elif x[0] == "li":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"<li>{_esc(x[1])}</li>")
        elif x[0] == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in r) + "</tr>" for r in x[1]) + "</table>")
    if inlist:
        out.append("</ul>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def to_text(blocks, md=False):
    out = []
    prev = None
    for x in blocks:
        if prev == "li" and x[0] != "li":
            out.append("")
        prev = x[0]
        if x[0] == "title":
            out.append(("# " + x[1]) if md else x[1].upper())
        elif x[0] == "h":
            out.append(("#" * (x[1] + 1) + " " + x[2]) if md else (x[2] if x[2].endswith("?") else x[2] + ":"))
        elif x[0] == "p":
            out.append(x[1])
        elif x[0] == "li":
            out.append("- " + x[1])
            continue
        elif x[0] == "table":
            rows = x[1]
            if md:
                lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                out.append("\n".join(lines))
            else:
                out.append("\n".join("\t".join(r) for r in rows))
        out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n")


def r_txt(blocks, path, md=False, enc="utf-8"):
    path.write_bytes(to_text(blocks, md).encode(enc, errors="replace"))


def r_reportlab(blocks, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", cand))
            pdfmetrics.registerFont(TTFont("DejaVuB", cand.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")))
            font = "DejaVu"
    ss = getSampleStyleSheet()
    for k in ("Normal", "Title", "Heading2", "Heading3", "Heading1"):
        ss[k].fontName = font if k == "Normal" else (font + "B" if font == "DejaVu" else "Helvetica-Bold")
    story = []
    esc = lambda s: _esc(s)
    pending = []

    def flush():
        if pending:
            story.append(ListFlowable([ListItem(Paragraph(esc(t), ss["Normal"])) for t in pending], bulletType="bullet"))
            pending.clear()
    for x in blocks:
        if x[0] != "li":
            flush()
        if x[0] == "title":
            story.append(Paragraph(esc(x[1]), ss["Title"]))
        elif x[0] == "h":
            story.append(Paragraph(esc(x[2]), ss["Heading2" if x[1] <= 2 else "Heading3"]))
        elif x[0] == "p":
            story.append(Paragraph(esc(x[1]), ss["Normal"]))
            story.append(Spacer(1, 5))
        elif x[0] == "li":
            pending.append(x[1])
        elif x[0] == "table":
            data = [[Paragraph(esc(v), ss["Normal"]) for v in r] for r in x[1]]
            ncol = max(len(r) for r in x[1])
            t = Table(data, colWidths=[(A4[0] - 140) / ncol] * ncol if ncol > 2 else [150, A4[0] - 290])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    flush()
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def r_eml(blocks, path: Path, subject, sender, to, date, attach=None):
    m = EmailMessage()
    m["Subject"] = subject
    m["From"] = sender
    m["To"] = to
    m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(9, 12), tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{int(hashlib.md5(subject.encode()).hexdigest()[:9], 16)}.{date.isoformat()}@mail.example.dk>"
    m.set_content(to_text(blocks))
    if attach:
        name, data, mt = attach
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(m))


def lo_convert(files, fmt, outdir, profile):
    if not files:
        return
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
           "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------- plan
FORMATS = ["docx", "pdf_lo", "pdf_rl", "odt", "txt", "html", "eml", "rtf", "md", "docx", "pdf_rl", "pdf_lo"]
OTHER_DEFECTS = ["missing-hours", "missing-mentor", "duration-over-6-months", "unclear-goal",
                 "missing-appeal-guidance", "missing-tasks", "missing-goal", "missing-duration"]


def plan(rng):
    specs = []
    present = FU_PRESENT * 4  # 40
    rng.shuffle(present)
    od = iter(OTHER_DEFECTS * 4)
    lays = ["headings", "table", "numbered", "letter"]
    for k, fu in enumerate(present[:36]):
        d = set()
        if k % 2 == 1:  # about half carry one other defect
            x = next(od)
            if fu in ("prose_middle", "six_weeks") and x == "missing-tasks":
                x = "missing-hours"
            d.add(x)
        specs.append(dict(kind="agreement", layout=lays[k % 4], fu=fu, defects=d))
    missing = FU_MISSING * 3  # 15
    for k, fu in enumerate(missing):
        d = {"missing-follow-up"}
        if k % 3 == 2:
            x = next(od)
            if x == "missing-duration" and fu == "combined_only_duration":
                x = "missing-hours"
            d.add(x)
        specs.append(dict(kind="agreement", layout=lays[(k + 1) % 4], fu=fu, defects=d))
    # English and bilingual
    specs.append(dict(kind="agreement", layout="english", fu="en_present", defects=set()))
    specs.append(dict(kind="agreement", layout="english", fu="en_present", defects={"unclear-goal"}))
    specs.append(dict(kind="agreement", layout="english", fu="en_vague", defects={"missing-follow-up"}))
    specs.append(dict(kind="agreement", layout="bilingual", fu="every4", defects=set()))
    specs.append(dict(kind="agreement", layout="bilingual", fu="none", defects={"missing-follow-up"}))
    # decisions carrying the agreement (body or Bilag 1)
    carry_fu = ["date_table", "delmaal", "none", "trepart", "placeholder", "evalplan",
                "vague", "mentor_status", "six_weeks", "empty", "schedule_list", "every4"]
    carry_def = [set(), set(), set(), {"missing-hours"}, set(), {"missing-appeal-guidance"},
                 set(), set(), {"duration-over-6-months"}, set(), {"missing-mentor"}, set()]
    for k, fu in enumerate(carry_fu):
        d = set(carry_def[k])
        if fu in FU_MISSING:
            d.add("missing-follow-up")
        specs.append(dict(kind="decision", dtype="grant" if k % 4 else "extension", carry="bilag" if k % 2 else "body",
                          layout="headings" if k % 3 else "table", fu=fu, defects=d))
    # plain decisions
    for dtype, d, reasons in [("grant", set(), True), ("grant", {"duration-over-6-months"}, True),
                              ("partial", set(), True), ("partial", {"missing-appeal-guidance"}, True),
                              ("refusal", set(), True), ("refusal", set(), False),
                              ("extension", set(), True), ("extension", {"duration-over-6-months"}, True),
                              ("end", set(), True), ("end", {"missing-appeal-guidance"}, True),
                              ("grant", {"wrong-route"}, True)]:
        specs.append(dict(kind="decision", dtype=dtype, carry=None, fu="none", defects=d, reasons=reasons))
    # Min Plan (follow-up not required)
    for d, st in [(set(), "table"), (set(), "cards"), (set(), "table"), ({"missing-hours"}, "table"),
                  ({"duration-over-6-months"}, "cards"), ({"unclear-goal"}, "table"), ({"missing-mentor"}, "table")]:
        specs.append(dict(kind="minplan", style=st, defects=d))
    # near misses
    for u, fmt in [("invitation", "docx"), ("invitation", "eml"), ("status", "pdf_rl"), ("status", "docx"),
                   ("minutes", "docx"), ("minutes", "pdf_lo"), ("minutes", "odt"), ("evalform", "pdf_lo"),
                   ("evalform", "html"), ("guidance", "html"), ("guidance", "md"), ("calendar", "pdf_rl"),
                   ("invoice", "pdf_rl"), ("invoice", "txt"), ("private", "docx"), ("mail_meeting", "eml"),
                   ("mail_meeting", "eml"), ("partshoring", "rtf")]:
        specs.append(dict(kind="unknown", u=u, fmt=fmt, defects=set()))
    return specs


RULE_ORDER = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
              "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1167)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="ek_"))
    profile = tmp / "lo_profile"
    entries = []
    conv = {"pdf": [], "odt": [], "rtf": []}  # (src docx, final path)
    specs = plan(rng)
    fmt_i = 0
    for i, sp in enumerate(specs):
        c = Ctx(rng, i)
        kind = sp["kind"]
        d = set(sp.get("defects", set()))
        with_cpr = rng.random() < 0.24
        traits = []
        over = rng.choice([8, 9, 12]) if "duration-over-6-months" in d else 0
        months = rng.choice([3, 4, 6, 6])
        F = build_fields(c, d, months=months, over=over)
        fmt = sp.get("fmt") or FORMATS[fmt_i % len(FORMATS)]
        fmt_i += 1
        rules = set()
        subtype = kind
        layout = ""
        extras = []
        title = None
        if kind == "agreement":
            layout = sp["layout"]
            fu_kind = sp["fu"]
            if layout == "english":
                F["_unclear"] = "unclear-goal" in d
                if F["duration"] is None or F["mentor"].count("tlf") + F["mentor"].count("telefon") + F["mentor"].count("mobil") == 0:
                    pass
                blocks = layout_english(c, F, fu_kind, with_cpr)
                rules = {x for x in d}
            else:
                fu = followup(c, fu_kind)
                blocks = LAYOUTS[layout](c, F, fu, with_cpr)
                rules = {x for x in d if x != "wrong-route"}
            traits.append("fu:" + fu_kind)
            title = next(x[1] for x in blocks if x[0] == "title")
        elif kind == "decision":
            dtype = sp["dtype"]
            subtype = dtype
            if sp.get("carry"):
                fu = followup(c, sp["fu"])
                cb = agreement_core(c, F, fu, sp["layout"])
                blocks = decision_blocks(c, F, dtype, with_cpr, carry=sp["carry"], carry_blocks=cb)
                subtype = f"{dtype}+agreement-{sp['carry']}"
                layout = f"decision-carry-{sp['carry']}"
                rules = {x for x in d if x != "wrong-route"}
                traits.append("fu:" + sp["fu"])
            else:
                blocks = decision_blocks(c, F, dtype, with_cpr, reasons=sp.get("reasons", True))
                layout = "decision-letter"
                rules = {x for x in d if x in ("missing-appeal-guidance", "duration-over-6-months")}
                if dtype in ("end", "refusal"):
                    rules.discard("duration-over-6-months")
                if not sp.get("reasons", True):
                    extras.append("missing-reasons")
            if "wrong-route" in d:
                extras.append("appeal-wrong-route")
                traits.append("appeal:direct-to-ankestyrelsen")
            title = next(x[1] for x in blocks if x[0] == "title")
        elif kind == "minplan":
            blocks = minplan_blocks(c, F, with_cpr, sp["style"])
            layout = "minplan-" + sp["style"]
            rules = {x for x in d if x in RULE_ORDER and x not in ("missing-follow-up", "missing-appeal-guidance")}
            traits.append("fu:not-required")
            title = "Min Plan"
        else:
            blocks = unknown_blocks(c, sp["u"], with_cpr)
            layout = "unknown-" + sp["u"]
            subtype = sp["u"]
            titles = [x[1] for x in blocks if x[0] == "title"]
            title = titles[0] if titles else "Opfølgning på mentoraftale"
        alltext = json.dumps(blocks, ensure_ascii=False)
        with_cpr = c.cpr in alltext
        fu_k = sp.get("fu", "")
        if fu_k in FU_MISSING + ["en_vague"] and "Ugentlig samtale" in alltext:
            traits.append("trap:weekly-talk-task")
        if fu_k == "delmaal" and "missing-goal" in d:
            traits.append("trap:delmaal-but-main-goal-placeholder")
        if kind == "decision" and sp.get("dtype") == "extension" and sp.get("carry"):
            traits.append("trap:reasons-mention-status-delmaal")
        # ---- write
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "diverse"}[kind]
        (out / folder).mkdir(exist_ok=True)
        stem = f"{folder[:3]}_{i:03d}_{c.f.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}"
        ext = {"pdf_lo": "pdf", "pdf_rl": "pdf"}.get(fmt, fmt)
        rel = f"{folder}/{stem}.{ext}"
        path = out / rel
        traits.append("fmt:" + fmt)
        if fmt == "docx":
            bh = rng.random() < 0.3
            if bh:
                traits.append("bold-headings")
            r_docx(blocks, path, bold_headings=bh)
        elif fmt in ("pdf_lo", "odt", "rtf"):
            src = tmp / f"{stem}.docx"
            r_docx(blocks, src)
            conv[{"pdf_lo": "pdf", "odt": "odt", "rtf": "rtf"}[fmt]].append((src, path))
        elif fmt == "pdf_rl":
            r_reportlab(blocks, path)
        elif fmt == "html":
            r_html(blocks, path, title)
        elif fmt == "txt":
            enc = "cp1252" if rng.random() < 0.2 else "utf-8"
            if enc != "utf-8":
                traits.append("cp1252")
            r_txt(blocks, path, enc=enc)
        elif fmt == "md":
            r_txt(blocks, path, md=True)
        elif fmt == "eml":
            sender = f"{c.cw} <{c.cw.split()[0].lower()}@{c.kom.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk>"
            if kind == "unknown" and sp["u"] in ("mail_meeting", "invitation"):
                subj = "Opfølgning på din mentoraftale" if sp["u"] == "mail_meeting" else "Indkaldelse til statusmøde"
                r_eml([x for x in blocks if x[0] != "title"], path, subj, sender, f"{c.f.lower()}@mail.dk", c.letter)
            elif rng.random() < 0.4 and kind == "agreement":
                src = tmp / f"{stem}_att.docx"
                r_docx(blocks, src)
                note = [("p", f"Hej {c.f}"), ("p", "Som lovet sender jeg jeres mentoraftale som vedhæftet fil. Læs den igennem, og giv lyd, hvis noget skal rettes."),
                        ("p", f"Venlig hilsen\n{c.cw}")]
                r_eml(note, path, "Din mentoraftale", sender, f"{c.f.lower()}@mail.dk", c.letter,
                      attach=("Mentoraftale.docx", src.read_bytes(),
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                traits.append("eml:attachment")
            else:
                r_eml([x for x in blocks if x[0] != "title"], path, title, sender, f"{c.f.lower()}@mail.dk", c.letter)
                traits.append("eml:body")
        if with_cpr:
            traits.append("cpr")
        traits.append("layout:" + layout)
        e = {"path": rel, "format": ext, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": [r for r in RULE_ORDER if r in rules] if kind != "unknown" else [],
             "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [c.cpr] if with_cpr else [],
             "traits": traits}
        if kind in ("agreement", "decision", "minplan") and F["duration"] and getattr(c, "end", None) \
                and sp.get("dtype") not in ("refusal", "end"):
            e["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append(e)
    for fmt, lst in conv.items():
        if not lst:
            continue
        odir = tmp / f"out_{fmt}"
        odir.mkdir()
        lo_convert([s for s, _ in lst], fmt, odir, profile)
        for s, dst in lst:
            shutil.move(str(odir / (s.stem + "." + fmt)), str(dst))
    for e in entries:
        if "fmt:pdf_lo" in e["traits"] or e["format"] in ("odt", "rtf"):
            e["traits"].append("via:libreoffice")
    try:
        from corpusgen.corpus.manifest import write_manifest  # type: ignore
        write_manifest(out, entries)
    except Exception:
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
        (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
