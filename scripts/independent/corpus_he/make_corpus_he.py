#!/usr/bin/env python
"""Corpus HE: dates, periods and hours written every way (independent corpus).

Run:  /work/main/.venv/bin/python make_corpus_he.py --out /work/corpora/he [--seed 1818]
Deterministic for a given seed (LibreOffice PDFs may differ in bytes, not in text).
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
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
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
ABBR2 = ["jan", "feb", "marts", "april", "maj", "juni", "juli", "aug", "sept.", "okt", "nov", "dec"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NUMW = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni",
        10: "ti", 12: "tolv"}

KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Assens", "Tønder", "Rudersdal", "Herning", "Skive",
            "Slagelse", "Randers", "Svendborg", "Hjørring", "Næstved", "Frederikssund"]
FIRST = ["Anna", "Mads", "Ahmed", "Sofie", "Jonas", "Fatima", "Kasper", "Line", "Emil", "Nadia",
         "Morten", "Camilla", "Yusuf", "Ida", "Tobias", "Maja", "Rasmus", "Signe", "Omar", "Louise"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Poulsen", "Østergaard", "Kristensen", "Madsen", "Bak", "Holm", "Friis"]
PROVIDERS = ["Jobhuset", "Mentorcompagniet ApS", "Broen Mentor", "Trin for Trin", "Kompasset",
             "Socialfagligt Team", "Mentorkorpset", "Vejen Videre I/S"]

GOALS_OK = [
    "{n} starter på SOSU-hjælperuddannelsen i {sk} den {d} og møder mindst fire dage om ugen.",
    "{n} er i virksomhedspraktik på lageret hos {firma} 15 timer om ugen senest {d}.",
    "{n} gennemfører grundforløb 1 på {sk} og har højst to fraværsdage pr. måned frem til {d}.",
    "{n} er ansat i løntilskud hos {firma} 20 timer om ugen fra {d}.",
    "{n} består AMU-kurset i truckkørsel og søger mindst to lagerjob om ugen inden {d}.",
    "{n} møder stabilt i praktik hos {firma} (tre dage om ugen) og er afklaret om fleksjob senest {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til struktur på hverdagen.",
    "At {n} får mere selvværd og kommer tættere på arbejdsmarkedet.",
    "Sikre at {n} trives bedre.",
    "Motivere {n} og skabe ro i hverdagen.",
]
TASKS = [
    "Følge {n} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
    "Hjælpe med morgenrutiner, kalender og at komme afsted til skolen; ringe ved fravær.",
    "Deltage i opstartsmøde på uddannelsesstedet, hjælpe med SU-ansøgning og lektieplan.",
    "Støtte i kontakten med arbejdspladsen, øve transport med bus, tale om pauser og kolleger.",
    "Gennemgå post og e-Boks sammen, følge til lægen og til møder i kommunen.",
]
SCHOOLS = ["Tradium", "EUC Syd", "SOSU Nord", "FGU Vestegnen", "Selandia", "Mercantec", "Learnmark"]
FIRMS = ["Bilka", "Netto", "Dagrofa", "Coop", "Lidl", "Jysk", "Silvan", "Bauhaus"]


# ------------------------------------------------------------------ dates
def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(d: dt.date, months: int = 6) -> dt.date:
    return add_months(d, months) - dt.timedelta(days=1)


def fmt(d: dt.date, style: str, year: bool = True) -> str:
    if style == "long":
        s = f"{d.day}. {MONTHS[d.month-1]}"
        return s + (f" {d.year}" if year else "")
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {ABBR[d.month-1]} {d.year}"
    if style == "abbr2":
        return f"{d.day}. {ABBR2[d.month-1]} {d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dot2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "dot0":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "slashy":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash0":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month-1]} {d.year}"
    raise ValueError(style)


DSTYLES = ["long", "den", "abbr", "abbr2", "dot", "dot2", "dot0", "slash", "slash2", "slashy",
           "iso", "dash0", "weekday"]
SEPS = [" – ", " - ", "–", " til ", " — ", "-"]


def monday_of_week(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


class Period:
    """A support period written one way; start/end as dates, over = beyond six months."""

    def __init__(self, text, start, end, over, traits, split=None, note=""):
        self.text, self.start, self.end, self.over = text, start, end, over
        self.traits, self.split, self.note = traits, split, note


def make_period(rng: random.Random, over: bool) -> Period:
    year = 2026
    start = dt.date(year, rng.choice([1, 2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15, 2, 10]))
    style = rng.choice(["range", "range", "range", "startlen", "startlen", "weeks", "months",
                        "primo", "prose", "split", "weekday", "fom", "twodigit"])
    if style in ("range", "split", "fom", "twodigit", "weekday"):
        if over:
            kind = rng.choice(["plus1", "m7", "m8", "m9", "m12"])
            end = (six_end(start) + dt.timedelta(days=1)) if kind == "plus1" else six_end(start, int(kind[1:]))
        else:
            kind = rng.choice(["exact6", "exact6", "m3", "m4", "m5"])
            end = six_end(start, 6 if kind == "exact6" else int(kind[1:]))
        if style == "weekday":
            # start on a Monday, end on a Friday
            start = start + dt.timedelta(days=(7 - start.weekday()) % 7)
            lim = six_end(start)
            if over:
                end = lim + dt.timedelta(days=rng.choice([20, 40, 70]))
            else:
                end = lim - dt.timedelta(days=rng.choice([0, 10, 40]))
            end = end - dt.timedelta(days=(end.weekday() - 4) % 7)  # back to a Friday
            if over and end <= lim:
                end += dt.timedelta(days=7)
            t = f"fra {fmt(start, 'weekday')} til {fmt(end, 'weekday')}"
            return Period(t, start, end, end > lim, ["period:weekday", f"period:{kind}"])
        if style == "fom":
            t = f"f.o.m. {fmt(start, 'dot2')} t.o.m. {fmt(end, 'dot2')}"
            return Period(t, start, end, over, ["period:fom-tom", f"period:{kind}"])
        if style == "twodigit":
            t = f"{fmt(start, 'slash2')}{rng.choice([' – ', ' til ', ' - '])}{fmt(end, 'slash2')}"
            return Period(t, start, end, over, ["period:two-digit-year", f"period:{kind}"])
        s1, s2 = rng.choice(DSTYLES), rng.choice(DSTYLES)
        if style == "split":
            return Period(f"{fmt(start, s1)} – {fmt(end, s1)}", start, end, over,
                          ["period:split-cells", f"period:{kind}", f"date:{s1}"],
                          split=(fmt(start, s1), fmt(end, s2)))
        sep = rng.choice(SEPS)
        if s1 in ("weekday", "den") or s2 in ("weekday", "den"):
            t = f"fra {fmt(start, s1)} til {fmt(end, s2)}"
        else:
            t = f"{fmt(start, s1)}{sep}{fmt(end, s2)}"
        return Period(t, start, end, over, ["period:range", f"period:{kind}", f"date:{s1}", f"date:{s2}"])
    if style == "startlen":
        if over:
            n, unit, words = rng.choice([(7, "m", "7 måneder"), (8, "m", "otte måneder"), (9, "m", "9 mdr."),
                                         (12, "m", "et år"), (40, "w", "40 uger"), (30, "w", "30 uger"),
                                         (10, "m", "10 mnd.")])
        else:
            n, unit, words = rng.choice([(6, "m", "6 måneder"), (6, "m", "seks måneder"), (6, "m", "et halvt år"),
                                         (26, "w", "26 uger"), (3, "m", "3 mdr."), (4, "m", "fire måneder"),
                                         (6, "m", "½ år"), (12, "w", "12 uger"), (13, "w", "tretten uger"),
                                         (6, "m", "6 mdr")])
        end = six_end(start, n) if unit == "m" else start + dt.timedelta(days=7 * n - 1)
        form = rng.choice([
            "fra {d} og {w} frem", "pr. {d} i {w}", "{w} fra {ds}", "i {w} fra {d}",
            "{w} med start {d}", "med virkning fra {d} og i {w}"])
        t = form.format(d=fmt(start, rng.choice(["long", "abbr", "dot", "den"])), w=words,
                        ds=f"{start.day}/{start.month}")
        return Period(t, start, end, over, ["period:start-plus-length", f"len:{words}"])
    if style == "weeks":
        w1 = rng.choice([2, 6, 10, 12, 15, 20, 33, 36])
        nweeks = rng.choice([31, 35, 39]) if over else rng.choice([26, 21, 13, 18])
        start = monday_of_week(year, w1)
        end = start + dt.timedelta(days=7 * nweeks - 1)
        y2, w2, _ = end.isocalendar()
        if y2 == year:
            t = rng.choice([f"uge {w1} – uge {w2} {year}", f"uge {w1}-{w2}, {year}", f"uge {w1} til uge {w2} ({year})"])
        else:
            t = f"uge {w1}/{year} – uge {w2}/{y2}"
        return Period(t, start, end, over, ["period:week-numbers", f"weeks:{nweeks}"])
    if style == "months":
        m1 = rng.choice([1, 2, 3, 4])
        m2 = m1 + (rng.choice([7, 8]) if over else rng.choice([5, 3, 4]))
        start = dt.date(year, m1, 1)
        end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
        t = rng.choice([f"{MONTHS[m1-1]}–{MONTHS[m2-1]} {year}", f"{MONTHS[m1-1]} til og med {MONTHS[m2-1]} {year}",
                        f"{ABBR[m1-1]}-{ABBR[m2-1]} {year}".replace("..", ".")])
        return Period(t, start, end, over, ["period:month-range"])
    if style == "primo":
        m1 = rng.choice([1, 2, 3, 4])
        m2 = m1 + (rng.choice([7, 8]) if over else rng.choice([5, 3]))
        start = dt.date(year, m1, 1)
        end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
        t = f"primo {MONTHS[m1-1]} {year} til ultimo {MONTHS[m2-1]} {year}"
        if rng.random() < 0.4:
            start = dt.date(year, m1, 15)
            end = dt.date(year, m2, 15)
            t = f"medio {MONTHS[m1-1]} – medio {MONTHS[m2-1]} {year}"
            over = end > six_end(start)
        return Period(t, start, end, over, ["period:primo-medio-ultimo"])
    # prose
    if over:
        n = rng.choice([8, 9, 12])
        t = (f"Mentorstøtten begynder {fmt(start, 'long')} og varer {NUMW.get(n, str(n))} måneder, "
             f"dvs. til og med {fmt(six_end(start, n), 'long')}")
        end = six_end(start, n)
    else:
        n = rng.choice([3, 4, 6])
        end = six_end(start, n)
        t = rng.choice([
            f"Mentorstøtten begynder {fmt(start, 'long')} og varer {NUMW[n]} måneder",
            f"Vi har aftalt, at forløbet kører fra starten af {MONTHS[start.month-1]} og {NUMW[n]} måneder frem "
            f"(sidste dag {fmt(end, 'long')})"])
    return Period(t, start, end, over, ["period:prose"])


VAGUE_HOURS = ["et par timer om ugen", "efter behov", "løbende, som det passer",
               "Timetal aftales løbende med mentor", "nogle timer hver uge – vi ser an",
               "det antal timer, der er brug for"]


def hours_kind(h):
    return "hours:vague" if h in VAGUE_HOURS else "hours:ok"


def make_hours(rng: random.Random, vague: bool):
    if vague:
        return rng.choice(["et par timer om ugen", "efter behov", "løbende, som det passer",
                           "Timetal aftales løbende med mentor", "nogle timer hver uge – vi ser an",
                           "det antal timer, der er brug for"]), ["hours:vague"]
    return rng.choice([
        ("3 timer pr. uge", ["hours:plain"]), ("tre timer om ugen", ["hours:words"]),
        ("1½ time ugentligt", ["hours:fraction"]), ("halvanden time om ugen", ["hours:words-fraction"]),
        ("8 timer om måneden", ["hours:month"]), ("2-3 timer pr. uge", ["hours:range"]),
        ("2 t/uge", ["hours:abbr"]), ("90 minutter om ugen", ["hours:minutes"]),
        ("to møder à 45 min. om ugen", ["hours:meetings-minutes"]),
        ("i alt 52 timer i perioden (ca. 2 timer om ugen)", ["hours:period-total"]),
        ("4-timers-forløb hver uge (4 timer ugentligt)", ["hours:compound"]),
        ("12 mentortimer pr. måned", ["hours:compound-month"]),
        ("5 timer/uge de første 4 uger, derefter 2 timer/uge", ["hours:stepped"]),
        ("0,5 time om ugen + telefon", ["hours:decimal"]),
        ("en time hver tirsdag", ["hours:weekday"]),
    ])


FOLLOW_OK = [
    "Statusmøde med mentor og sagsbehandler hver 4. uge; evaluering 14 dage før ophør ({ev}).",
    "Opfølgning i uge {w1} og uge {w2} med borger, mentor og rådgiver. Delmål: fremmøde 4 dage om ugen.",
    "Midtvejsevaluering {mid}. Slutevaluering {ev}. Progression måles på fremmøde i praktik.",
    "Vi følger op hver måned (første tirsdag i måneden kl. 10). Delmål: selv at tage bussen fra uge {w1}.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Vi tager det, som det kommer."]

APPEAL_OK = [
    ("Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har "
     "modtaget dette brev. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen "
     "afgørelsen, sendes klagen videre til Ankestyrelsen. Klagen kan være mundtlig eller skriftlig, "
     "jf. LAB § 204 og retssikkerhedslovens kapitel 10."),
    ("Du kan klage over afgørelsen til Jobcenter {k} senest 4 uger efter modtagelsen. Vi ser på sagen "
     "igen, og hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen."),
    ("Klagefrist: 4 uger fra du har fået afgørelsen. Klagen sendes til {k} Kommune, Beskæftigelse, "
     "som genvurderer sagen og sender den videre til Ankestyrelsens Beskæftigelsesudvalg, hvis "
     "afgørelsen fastholdes."),
]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Har du spørgsmål eller vil du klage, så kontakt os.",
              "Klagevejledning vedlægges særskilt.", "Du kan klage, hvis du er uenig."]


# ------------------------------------------------------------------ helpers
def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 12000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


class Person:
    def __init__(self, rng):
        self.first, self.last = rng.choice(FIRST), rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.phone = phone(rng)
        self.mail = f"{self.first.lower()}.{self.last.lower()}@example.dk".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")


# ------------------------------------------------------------------ builders
# A document is a list of blocks: ("title", t) ("h", t) ("p", t) ("table", rows)


def goal_text(rng, cit, unclear, d):
    if unclear:
        return rng.choice(GOALS_UNCLEAR).format(n=cit.first)
    return rng.choice(GOALS_OK).format(n=cit.first, sk=rng.choice(SCHOOLS), firma=rng.choice(FIRMS),
                                       d=fmt(d, rng.choice(["long", "abbr", "dot"])))


def followup_text(rng, per, vague):
    if vague:
        return rng.choice(FOLLOW_VAGUE)
    ev = per.end - dt.timedelta(days=14)
    mid = per.start + (per.end - per.start) / 2
    return rng.choice(FOLLOW_OK).format(ev=fmt(ev, rng.choice(["long", "dot", "abbr"])),
                                        mid=fmt(mid, rng.choice(["long", "slash"])),
                                        w1=per.start.isocalendar()[1] + 4,
                                        w2=min(per.start.isocalendar()[1] + 20, 52))


def build_agreement(rng, defects, cit, mentor, kom, per, hours, cprno):
    L = []
    layout = rng.choice(["table", "headings", "letter", "form-split"])
    gd = per.start + dt.timedelta(days=120)
    goal = "" if "missing-goal" in defects else goal_text(rng, cit, "unclear-goal" in defects, gd)
    tasks = "" if "missing-tasks" in defects else rng.choice(TASKS).format(n=cit.first)
    if "missing-mentor" in defects:
        mtxt = rng.choice([mentor.name, f"Mentor fra {rng.choice(PROVIDERS)} (tildeles senere)", "Udfyldes senere"])
    else:
        mtxt = f"{mentor.name}, {rng.choice(PROVIDERS)}, tlf. {mentor.phone}, {mentor.mail}"
    fu = followup_text(rng, per, "missing-follow-up" in defects)
    ap = rng.choice(APPEAL_BAD) if "missing-appeal-guidance" in defects else rng.choice(APPEAL_OK).format(k=kom)
    ptxt = rng.choice(["indtil videre", "Udfyldes senere", "aftales ved opstart"]) if "missing-duration" in defects else per.text
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale (LAB § 167)", "Skriftlig aftale om mentorstøtte",
                        "AFTALE OM MENTORSTØTTE efter lov om en aktiv beskæftigelsesindsats § 167"])
    head = [("title", title), ("p", f"{kom} Kommune · Beskæftigelse · Sagsnr. 15.20.12-G01-{rng.randint(100, 9999)}-26")]
    who = f"Borger: {cit.name}" + (f", CPR-nr. {cprno}" if cprno else "")
    head.append(("p", who))
    if layout in ("table", "form-split"):
        rows = [("Målet med mentorstøtten", goal or "–"), ("Mentor", mtxt), ("Mentorens opgaver", tasks or "–")]
        if layout == "form-split" and per.split and "missing-duration" not in defects:
            rows += [("Startdato", per.split[0]), ("Slutdato", per.split[1])]
        elif layout == "form-split" and "missing-duration" not in defects:
            rows += [("Varighed", per.text)]
        else:
            rows += [("Periode", ptxt)]
        rows += [("Timetal", hours), ("Opfølgning og progression", fu)]
        L = head + [("table", rows), ("h", "Klagevejledning"), ("p", ap)]
    elif layout == "headings":
        L = head + [("h", "1. Mål"), ("p", goal or "Udfyldes senere"),
                    ("h", "2. Mentor"), ("p", mtxt),
                    ("h", "3. Opgaver"), ("p", tasks or "-"),
                    ("h", "4. Varighed og opfølgning"), ("p", f"Periode: {ptxt}"), ("p", f"Opfølgning: {fu}"),
                    ("h", "5. Timetal"), ("p", f"Mentoren har {hours}." if "hours:vague" not in str(hours_kind(hours)) and hours not in ("", "–", "Udfyldes senere") else f"Timetal: {hours}"),
                    ("h", "6. Klagevejledning"), ("p", ap)]
    else:  # letter
        L = [("title", "Aftale om mentorstøtte – det vi blev enige om"),
             ("p", f"{kom} Kommune, {fmt(per.start - dt.timedelta(days=10), 'long')}"),
             ("p", f"Kære {cit.first}"),
             ("p", "Her får du det, vi blev enige om på mødet, skrevet ned." + (f" (CPR {cprno})" if cprno else "")),
             ("p", f"Målet: {goal}" if goal else "Vi aftalte at tale om målet en anden gang."),
             ("p", f"Din mentor er {mtxt}." if "missing-mentor" not in defects else f"Mentor: {mtxt}"),
             ("p", f"Mentoren skal hjælpe dig med: {tasks}" if tasks else "Opgaver: -"),
             ("p", f"Periode: {ptxt}."),
             ("p", f"Timetal: {hours}."),
             ("p", f"Opfølgning: {fu}"),
             ("h", "Hvis du vil klage"), ("p", ap),
             ("p", f"Venlig hilsen\n{rng.choice(FIRST)} {rng.choice(LAST)}, rådgiver")]
    return L, layout


def build_minplan(rng, defects, cit, mentor, kom, per, hours, cprno):
    gd = per.start + dt.timedelta(days=100)
    goal = "" if "missing-goal" in defects else goal_text(rng, cit, "unclear-goal" in defects, gd)
    tasks = "" if "missing-tasks" in defects else rng.choice(TASKS).format(n=cit.first)
    mtxt = mentor.name if "missing-mentor" in defects else f"{mentor.name} · {mentor.phone} · {mentor.mail}"
    ptxt = "Ikke angivet" if "missing-duration" in defects else per.text
    layout = rng.choice(["card", "multi-activity", "rows"])
    L = [("title", "Min Plan"), ("p", f"{cit.name}" + (f" · {cprno}" if cprno else "") + f" · Udskrevet {fmt(per.start, 'dot0')}")]
    mp = [("Indsats", "Mentorstøtte (LAB § 167)"), ("Formål", goal or "–"), ("Mentor", mtxt),
          ("Opgaver", tasks or "–")]
    if per.split and "missing-duration" not in defects and rng.random() < 0.7:
        mp += [("Start", per.split[0]), ("Slut", per.split[1])]
    else:
        mp += [("Periode", ptxt)]
    mp += [("Timer", hours)]
    if layout == "multi-activity":
        fgu_s = per.start - dt.timedelta(days=30)
        fgu_e = dt.date(fgu_s.year + 1, 6, 26)
        L += [("h", "Uddannelse: FGU – produktionsgrunduddannelse [Igangværende]"),
              ("table", [("Sted", rng.choice(SCHOOLS)), ("Periode", f"{fmt(fgu_s, 'dot0')} - {fmt(fgu_e, 'dot0')}"),
                         ("Kontaktperson", f"{rng.choice(FIRST)} {rng.choice(LAST)}, tlf. {phone(rng)}")]),
              ("h", "Mentorstøtte"), ("table", mp[1:])]
        return L, layout
    if layout == "card":
        L += [("h", "Mit mål og mine indsatser – Mentorstøtte"), ("table", mp)]
    else:
        L += [("h", "Indsats: Mentor")] + [("p", f"{a}: {b}") for a, b in mp]
    return L, layout


def build_decision(rng, sub, defects, cit, mentor, kom, per, hours, cprno):
    ap = rng.choice(APPEAL_BAD) if "missing-appeal-guidance" in defects else rng.choice(APPEAL_OK).format(k=kom)
    date = per.start - dt.timedelta(days=rng.randint(5, 20))
    L = [("p", f"{kom} Kommune\nBeskæftigelse og Ydelse\n{fmt(date, rng.choice(['long', 'dot0', 'weekday']))}"),
         ("p", f"{cit.name}" + (f"\nCPR-nr.: {cprno}" if cprno else ""))]
    reasons = ("Begrundelse: Vi har lagt vægt på, at du efter en konkret vurdering har brug for støtte "
               "for at kunne gennemføre dit forløb, jf. LAB § 167, stk. 1.")
    if sub == "grant":
        L += [("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])),
              ("p", f"Du får bevilget mentorstøtte {per.text}." if not per.text[0].isupper()
               else f"Du får bevilget mentorstøtte. {per.text}."),
              ("p", f"Timetal: {hours}. Din mentor er {mentor.name}, tlf. {mentor.phone}."),
              ("p", reasons)]
    elif sub == "partial":
        L += [("title", "Afgørelse – delvis bevilling af mentorstøtte"),
              ("p", f"Du søgte om mentorstøtte i 12 måneder og 5 timer om ugen. Du får delvis bevilling: "
                    f"mentorstøtte {per.text}, {hours}." if not per.text[0].isupper() else
               f"Du søgte om mentorstøtte i 12 måneder. Du får delvis bevilling. {per.text}. Timetal: {hours}."),
              ("p", reasons + " Vi vurderer, at færre timer er tilstrækkeligt, og loven giver højst 6 måneder ad gangen.")]
    elif sub == "extension":
        prev_s = add_months(per.start, -6)
        prev_e = per.start - dt.timedelta(days=1)
        L += [("title", rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"])),
              ("p", f"Din nuværende periode ({fmt(prev_s, 'dot')} – {fmt(prev_e, 'dot')}) udløber snart. "
                    f"Vi har besluttet at forlænge mentorstøtten i en ny periode: "
                    + (per.text if not per.text[0].isupper() else per.text[0].lower() + per.text[1:]) + "."),
              ("p", f"Timetallet er uændret: {hours}."),
              ("p", reasons + " Vi har ved udløbet af den forrige periode foretaget en ny konkret vurdering.")]
        if rng.random() < 0.5:
            L.append(("p", "Du har dermed haft mentorstøtte i to perioder i træk; en yderligere forlængelse "
                           "kræver igen en konkret vurdering."))
    elif sub == "refusal":
        L += [("title", "Afslag på mentorstøtte"),
              ("p", f"Du har den {fmt(date - dt.timedelta(days=20), 'long')} søgt om mentorstøtte i 9 måneder, "
                    f"{rng.choice(['4 timer om ugen', 'fire timer ugentligt'])}. Vi har givet dig afslag."),
              ("p", "Begrundelse: Vi har lagt vægt på, at du allerede får støtte af en SPS-vejleder på skolen, "
                    "og at behovet derfor er dækket, jf. LAB § 167, stk. 1.")]
    elif sub == "end":
        L += [("title", "Ophør af mentorstøtte"),
              ("p", f"Din mentorstøtte, som blev bevilget {per.text}, ophører den "
                    f"{fmt(per.end - dt.timedelta(days=30), 'long')}."
               if not per.text[0].isupper() else
               f"{per.text}. Din mentorstøtte ophører nu tidligere, den {fmt(per.end - dt.timedelta(days=30), 'long')}."),
              ("p", "Begrundelse: Du er startet i ordinært job med 30 timer om ugen, og vi vurderer, at du "
                    "ikke længere har behov for mentorstøtte, jf. LAB § 167.")]
    L += [("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", ap),
          ("p", f"Med venlig hilsen\n{rng.choice(FIRST)} {rng.choice(LAST)}\nJobkonsulent, tlf. {phone(rng)}")]
    return L


def build_unknown(rng, cit, mentor, kom, cprno):
    t = rng.choice(["timesheet", "invoice", "calendar", "minutes", "guidance", "timesheet", "invoice"])
    s = dt.date(2026, rng.choice([2, 3, 4, 9]), 2)
    s = s + dt.timedelta(days=(7 - s.weekday()) % 7)
    if t == "timesheet":
        rows = [("Dato", "Ugedag", "Tid", "Minutter", "Aktivitet")]
        tot = 0
        for i in range(8):
            d = s + dt.timedelta(days=i * 3 + (i % 2))
            m = rng.choice([45, 60, 90, 30, 120])
            tot += m
            rows.append((fmt(d, "dot2"), WEEKDAYS[d.weekday()], f"kl. {rng.choice([9, 10, 13])}.00", str(m),
                         rng.choice(["Samtale", "Følgeskab til praktik", "Telefon", "Møde på skolen"])))
        rows.append(("I alt", "", "", str(tot), f"= {tot // 60} t {tot % 60} min"))
        return [("title", f"Timeseddel – mentor {mentor.name}"),
                ("p", f"Uge {s.isocalendar()[1]}–{(s + dt.timedelta(days=24)).isocalendar()[1]}, {s.year}. "
                      f"Borger: {cit.first} {cit.last[0]}. Indsendes til {rng.choice(PROVIDERS)} senest den 5. i måneden."),
                ("table", rows), ("p", "Godkendt af teamleder: ______________  Dato: ________")], "timesheet"
    if t == "invoice":
        n = rng.choice([12, 16, 20, 26])
        return [("title", f"FAKTURA nr. {rng.randint(2026001, 2026999)}"),
                ("p", f"{rng.choice(PROVIDERS)}, CVR {rng.randint(10000000, 99999999)}\nTil: {kom} Kommune, Jobcenter – Kreditor"),
                ("p", f"Fakturadato: {fmt(s + dt.timedelta(days=60), 'dot0')}  Forfald: netto 30 dage  EAN: 5798000{rng.randint(100000, 999999)}"),
                ("table", [("Ydelse", "Periode", "Antal timer", "Pris"),
                           ("Mentorstøtte, sag " + str(rng.randint(1000, 9999)), f"{fmt(s, 'dot0')}–{fmt(s + dt.timedelta(days=59), 'dot0')}",
                            f"{n},5", f"{(n + 0.5) * 650:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", ".")),
                           ("Kørsel", "", "", "312,00 kr.")]),
                ("p", "Beløbet bedes indbetalt på reg.nr. 1234 konto 5678901. Ved spørgsmål kontakt bogholderiet.")], "invoice"
    if t == "calendar":
        rows = [("Uge", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag")]
        for w in range(4):
            wk = s.isocalendar()[1] + w
            rows.append((f"uge {wk}", "Teammøde 9-10", "", rng.choice(["Mentorsupervision 13-15", ""]), "", "Fri kl. 12"))
        return [("title", f"Kalender – mentorteamet {kom}, {MONTHS[s.month-1]} {s.year}"),
                ("table", rows), ("p", "Ferie: Lise uge %d–%d. Husk at registrere timer i Momentum." % (s.isocalendar()[1] + 1, s.isocalendar()[1] + 2))], "calendar"
    if t == "minutes":
        return [("title", "Referat af teammøde i Mentorteamet"),
                ("p", f"Dato: {fmt(s, 'weekday')}, kl. 9.00-10.30. Til stede: {mentor.name}, {rng.choice(FIRST)}, {rng.choice(FIRST)}. Referent: {rng.choice(FIRST)}."),
                ("h", "1. Kapacitet"), ("p", "Vi har 14 aktive forløb. Forløb, der udløber i uge 14-18, gennemgås næste gang."),
                ("h", "2. Nye regler"), ("p", "Fra 1. februar 2026 står der 'kommunen' i stedet for 'jobcentret'. Skabelonerne rettes inden 1/7."),
                ("h", "3. Evt."), ("p", f"Næste møde: {fmt(s + dt.timedelta(days=14), 'abbr')}.")], "minutes"
    return [("title", "Sådan laver vi en mentoraftale – vejledning til borgere"),
            ("p", "En mentoraftale skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, "
                  "mentorens opgaver, varigheden (højst 6 måneder ad gangen), timetallet pr. uge og en klagevejledning."),
            ("p", "Perioden kan skrives som fx '1. marts – 31. august' eller 'uge 10 – uge 35'. "
                  "Du kan klage til kommunen inden 4 uger."),
            ("p", "Spørgsmål: ring til Borgerservice.")], "guidance"


# ------------------------------------------------------------------ renderers
def to_text(blocks) -> str:
    out = []
    for kind, v in blocks:
        if kind == "title":
            out += [v, "=" * min(len(v), 60), ""]
        elif kind == "h":
            out += ["", v.upper() if len(v) < 30 else v, ""]
        elif kind == "p":
            out += [v, ""]
        elif kind == "table":
            for r in v:
                out.append(" | ".join(r) if len(r) > 2 else f"{r[0]}: {r[1]}")
            out.append("")
    return "\n".join(out)


def to_html(blocks) -> str:
    b = []
    for kind, v in blocks:
        if kind == "title":
            b.append(f"<h1>{html.escape(v)}</h1>")
        elif kind == "h":
            b.append(f"<h2>{html.escape(v)}</h2>")
        elif kind == "p":
            b.append("<p>" + html.escape(v).replace("\n", "<br>") + "</p>")
        elif kind == "table":
            b.append("<table border='1'>" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in v) + "</table>")
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>"
            + html.escape(next((v for k, v in blocks if k == "title"), "Dokument")) + "</title></head><body>"
            + "\n".join(b) + "</body></html>")


def write_docx(blocks, path):
    import docx
    d = docx.Document()
    for kind, v in blocks:
        if kind == "title":
            d.add_heading(v, level=1)
        elif kind == "h":
            d.add_heading(v, level=2)
        elif kind == "p":
            d.add_paragraph(v)
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(v[0]))
            t.style = "Table Grid"
            for r in v:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph("")
    d.save(path)


def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P
    doc = OpenDocumentText()
    for kind, v in blocks:
        if kind in ("title", "h"):
            doc.text.addElement(H(outlinelevel=1 if kind == "title" else 2, text=v))
        elif kind == "p":
            for line in v.split("\n"):
                doc.text.addElement(P(text=line))
        elif kind == "table":
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=len(v[0])))
            for r in v:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def rtf_esc(s: str) -> str:
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ch == "\n":
            o.append("\\line ")
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def write_rtf(blocks, path):
    o = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\fs22 "]
    for kind, v in blocks:
        if kind == "title":
            o.append(r"{\b\fs32 " + rtf_esc(v) + r"}\par\par ")
        elif kind == "h":
            o.append(r"{\b\fs26 " + rtf_esc(v) + r"}\par ")
        elif kind == "p":
            o.append(rtf_esc(v) + r"\par\par ")
        elif kind == "table":
            n = len(v[0])
            for r in v:
                o.append(r"\trowd" + "".join(f"\\cellx{(i + 1) * (9000 // n)}" for i in range(n)))
                o.append("".join(r"\intbl " + rtf_esc(c) + r"\cell " for c in r) + r"\row ")
            o.append(r"\pard\par ")
    o.append("}")
    Path(path).write_text("".join(o), encoding="ascii")


def write_pdf_rl(blocks, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    story = []
    for kind, v in blocks:
        if kind == "title":
            story.append(Paragraph(html.escape(v), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(html.escape(v), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(html.escape(v).replace("\n", "<br/>"), ss["BodyText"]))
        elif kind == "table":
            data = [[Paragraph(html.escape(c), ss["BodyText"]) for c in r] for r in v]
            t = Table(data, colWidths=[450 / len(v[0])] * len(v[0]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4, lang="da", title="Dokument").build(story)


def write_eml(blocks, path, rng, kom):
    m = EmailMessage()
    title = next((v for k, v in blocks if k == "title"), "Mentorstøtte")
    m["Subject"] = title
    m["From"] = f"Jobcenter {kom} <mentor@{kom.lower().replace('æ', 'ae').replace('ø', 'oe')}.example.dk>"
    m["To"] = "borger@example.dk"
    m["Date"] = format_datetime(dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), 10, 15, tzinfo=dt.timezone.utc))
    m.set_content(to_text(blocks))
    if rng.random() < 0.5:
        m.add_alternative(to_html(blocks), subtype="html")
    Path(path).write_bytes(bytes(m))


# ------------------------------------------------------------------ main
KIND_FORMATS = ["docx", "pdf-rl", "pdf-lo", "txt", "html", "eml", "odt", "rtf"]
AGR_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
               "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
              "duration-over-6-months", "unclear-goal"]
DEC_DEFECTS = ["missing-appeal-guidance", "duration-over-6-months"]


def pick_defects(rng, pool, weights_extra=("duration-over-6-months", "missing-hours", "missing-duration")):
    if rng.random() < 0.4:
        return []
    weighted = list(pool) + [p for p in weights_extra if p in pool] * 2
    n = min(len(set(pool)), 1 if rng.random() < 0.65 else 2)
    out = set()
    while len(out) < n:
        out.add(rng.choice(weighted))
    if "missing-goal" in out and "unclear-goal" in out:
        out.discard("unclear-goal")
    if "missing-duration" in out and "duration-over-6-months" in out:
        out.discard("duration-over-6-months")
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/he")
    ap.add_argument("--seed", type=int, default=1818)
    ap.add_argument("--n", type=int, default=90)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries, lo_jobs = [], []
    plan = (["agreement"] * 30 + ["minplan"] * 18 + ["decision:grant"] * 6 + ["decision:partial"] * 4
            + ["decision:extension"] * 6 + ["decision:refusal"] * 3 + ["decision:end"] * 3 + ["unknown"] * 18)
    plan = plan[:a.n]
    for i, kind_sub in enumerate(plan):
        kind, _, sub = kind_sub.partition(":")
        kom = rng.choice(KOMMUNER)
        cit, mentor = Person(rng), Person(rng)
        cprno = cpr(rng) if rng.random() < 0.25 else None
        fmt_ = KIND_FORMATS[i % len(KIND_FORMATS)] if rng.random() < 0.7 else rng.choice(KIND_FORMATS)
        traits = []
        period = None
        if kind == "unknown":
            blocks, layout = build_unknown(rng, cit, mentor, kom, cprno)
            rules = []
            if cprno:
                blocks.insert(1, ("p", f"Vedr. CPR {cprno}"))
        else:
            pool = {"agreement": AGR_DEFECTS, "minplan": MP_DEFECTS, "decision": DEC_DEFECTS}[kind]
            if kind == "decision" and sub in ("refusal", "end"):
                pool = ["missing-appeal-guidance"]
            defects = pick_defects(rng, pool)
            over = "duration-over-6-months" in defects
            per = make_period(rng, over)
            if per.over != over:  # a generator could land on the other side; keep the truth
                if per.over:
                    defects = sorted(set(defects) | {"duration-over-6-months"} - {"missing-duration"})
                else:
                    defects = sorted(set(defects) - {"duration-over-6-months"})
            vague = "missing-hours" in defects and rng.random() < 0.6
            hours, ht = make_hours(rng, vague)
            if "missing-hours" in defects and not vague:
                hours = rng.choice(["", "–", "Udfyldes senere"])
                ht = ["hours:empty"]
            traits += per.traits + ht
            if kind == "agreement":
                blocks, layout = build_agreement(rng, defects, cit, mentor, kom, per, hours, cprno)
            elif kind == "minplan":
                blocks, layout = build_minplan(rng, defects, cit, mentor, kom, per, hours, cprno)
            else:
                if "missing-hours" in defects:
                    defects.remove("missing-hours")
                blocks = build_decision(rng, sub, defects, cit, mentor, kom, per, hours, cprno)
                layout = f"letter-{sub}"
                if sub == "refusal":
                    per = None
            rules = sorted(defects)
            if per is not None and "missing-duration" not in rules:
                period = {"start": per.start.isoformat(), "end": per.end.isoformat()}
        ext = {"pdf-rl": "pdf", "pdf-lo": "pdf"}.get(fmt_, fmt_)
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser", "unknown": "andet"}[kind]
        name = f"{folder}/{i:03d}_{(sub or kind)}_{cit.first.lower()}.{ext}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        p = out / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt_ == "txt":
            p.write_text(to_text(blocks), encoding=rng.choice(["utf-8", "utf-8", "cp1252"]), errors="replace")
        elif fmt_ == "html":
            p.write_text(to_html(blocks), encoding="utf-8")
        elif fmt_ == "eml":
            write_eml(blocks, p, rng, kom)
        elif fmt_ == "docx":
            write_docx(blocks, p)
        elif fmt_ == "odt":
            write_odt(blocks, p)
        elif fmt_ == "rtf":
            write_rtf(blocks, p)
        elif fmt_ == "pdf-rl":
            write_pdf_rl(blocks, p)
        elif fmt_ == "pdf-lo":
            tmpd = Path(tempfile.mkdtemp(prefix="he_lo_"))
            src = tmpd / (p.stem + ".docx")
            write_docx(blocks, src)
            lo_jobs.append((src, p))
        traits.append(f"made:{fmt_}")
        if cprno:
            traits.append("cpr")
        entries.append({"path": name, "format": ext, "kind": kind, "subtype": sub or kind,
                        "layout": layout, "rules": rules, "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": [cprno, cprno.replace("-", "")] if cprno else [],
                        "traits": sorted(set(traits)), "period": period})
    # LibreOffice conversions, one call
    if lo_jobs:
        tmpout = Path(tempfile.mkdtemp(prefix="he_lo_out_"))
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_he_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmpout)] + [str(s) for s, _ in lo_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, dst in lo_jobs:
            shutil.move(str(tmpout / (src.stem + ".pdf")), dst)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as f:
        for e in sorted(entries, key=lambda e: e["path"]):
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
