#!/usr/bin/env python3
"""Corpus AI: scanned paper. Agreements, decision letters, Min Plan prints and other documents that
were printed, signed by hand, scanned (or faxed) and given a text layer by Tesseract OCR.

Usage: make_corpus_ai.py --out DIR [--jobs 2] [--limit N]

Deterministic (fixed seed). Labels come from the SOURCE document (what a person reading the scan
sees), decided when the document is written, never from the OCR output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_ai import Layout, ScanProfile, Style, scan_and_ocr  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402

SEED = 5_2026_11_29
RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
KIND_RULES = {
    "agreement": set(RULES),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Viborg", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87"),
    ("Randers", "Laksetorvet 1", "8900 Randers C", "89 15 15 15"),
    ("Holbæk", "Kanalstræde 2", "4300 Holbæk", "72 36 36 36"),
    ("Silkeborg", "Søvej 1", "8600 Silkeborg", "89 70 10 00"),
    ("Næstved", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88"),
    ("Slagelse", "Rådhuspladsen 11", "4200 Slagelse", "58 57 36 00"),
    ("Herning", "Torvet 5", "7400 Herning", "96 28 28 28"),
    ("Frederikshavn", "Rådhus Allé 100", "9900 Frederikshavn", "98 45 50 00"),
    ("Svendborg", "Ramsherred 5", "5700 Svendborg", "62 23 30 00"),
    ("Guldborgsund", "Parkvej 37", "4800 Nykøbing F", "54 73 10 00"),
    ("Haderslev", "Gåskærgade 26", "6100 Haderslev", "74 34 34 34"),
    ("Skive", "Torvegade 10", "7800 Skive", "99 15 55 00"),
]
COMPANIES = ["Mentorhuset ApS", "Jobbro Mentor & Coaching", "Kompas Mentorservice", "Broen Mentor I/S",
             "Trin for Trin ApS", "Ressourcehuset", "LærJob Mentor", "Vejen Videre ApS",
             "kommunens Mentorkorps", "Ungeindsatsens mentorteam"]
FIRST = ["Anna", "Jonas", "Mette", "Ahmed", "Sofie", "Kasper", "Fatima", "Mikkel", "Louise", "Emil",
         "Camilla", "Rasmus", "Nadia", "Tobias", "Line", "Oliver", "Sara", "Jesper", "Amalie", "Yusuf",
         "Julie", "Peter", "Maja", "Omar", "Ida", "Frederik", "Hanne", "Bo", "Zainab", "Niels"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard",
        "Kjær", "Lauridsen", "Mortensen", "Holm", "Dahl", "Friis", "Bruun", "Vestergaard", "Yilmaz"]
FIRMS = ["Netto i Vestergade", "Bilka", "Plantorama", "Dagli'Brugsen", "Danish Crown", "Super Brugsen",
         "Jysk", "Bauhaus", "Circle K", "Kvickly", "Fakta", "Harald Nyborg", "Lidl", "Det Grønne Team"]
JOBS = ["lagermedarbejder", "butiksassistent", "køkkenmedhjælper", "rengøringsassistent",
        "pedelmedhjælper", "chauffør", "gartnermedhjælper", "kantinemedarbejder"]
TRADES = ["tømrer", "frisør", "ernæringsassistent", "lager- og logistikoperatør", "smed", "mekaniker"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def fdate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return f"{d.day}-{d.month}-{d.year}"
    return d.isoformat()


def phone(rng) -> str:
    n = f"{rng.choice('2345678')}{rng.randrange(10 ** 7):07d}"
    return rng.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:4]} {n[4:]}", n])


def cpr(rng) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 30))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(10000):04d}"


class People:
    def __init__(self, rng):
        self.kom = rng.choice(KOMMUNER)
        self.kname = self.kom[0]
        self.cit_first = rng.choice(FIRST)
        self.cit = f"{self.cit_first} {rng.choice(LAST)}"
        self.m_first = rng.choice([f for f in FIRST if f != self.cit_first])
        self.mentor = f"{self.m_first} {rng.choice(LAST)}"
        self.company = rng.choice(COMPANIES)
        dom = self.company.split()[0].lower().replace("'", "").replace("&", "")
        if dom == "kommunens" or dom == "ungeindsatsens":
            dom = self.kname.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
            self.m_mail = f"{self.m_first.lower()}.mentor@{dom}.dk"
        else:
            self.m_mail = f"{self.m_first.lower()}@{dom}.dk"
        self.m_phone = phone(rng)
        self.cw_first = rng.choice([f for f in FIRST if f not in (self.cit_first, self.m_first)])
        self.cw = f"{self.cw_first} {rng.choice(LAST)}"
        kd = self.kname.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.cw_mail = f"{self.cw_first.lower()[:3]}{rng.randrange(10, 99)}@{kd}.dk"
        self.cw_phone = phone(rng)
        self.firm = rng.choice(FIRMS)
        self.job = rng.choice(JOBS)
        self.trade = rng.choice(TRADES)
        self.cpr = cpr(rng) if rng.random() < 0.27 else None
        self.sagsnr = f"{rng.randrange(10, 35)}.{rng.randrange(10, 40):02d}.{rng.randrange(0, 20):02d}-" \
                      f"{rng.choice('GKAP')}{rng.randrange(0, 99):02d}-{rng.randrange(1, 9999)}-{rng.randrange(20, 27)}"
        self.street = f"{rng.choice(['Skolevej', 'Bakkevej', 'Nørregade', 'Lindevej', 'Åboulevarden', 'Toften'])} " \
                      f"{rng.randrange(1, 120)}"


# ---------------------------------------------------------------------------------------------
# Field text
# ---------------------------------------------------------------------------------------------

def goal_text(rng, p: People, clear: bool, start: dt.date) -> str:
    fn = p.cit_first
    aug = fdate(dt.date(start.year, 8, rng.choice([1, 10, 15])), 0)
    if clear:
        return rng.choice([
            f"{fn} starter på FGU i {p.kname} {aug} og møder mindst fire dage om ugen.",
            f"{fn} er i virksomhedspraktik 15 timer om ugen hos {p.firm} senest {fdate(add_months(start, 2), 0)}, "
            f"med henblik på løntilskud.",
            f"{fn} gennemfører AMU-kurset i truckcertifikat og søger mindst tre job som {p.job} om ugen.",
            f"{fn} er i ordinært job som {p.job} mindst 20 timer om ugen, inden perioden udløber.",
            f"{fn} gennemfører grundforløbet på SOSU-skolen med højst 10 % fravær.",
            f"{fn} fastholder sit fleksjob som {p.job} hos {p.firm} med 12 timer om ugen og under to sygedage "
            f"om måneden.",
            f"At {fn} påbegynder HF-enkeltfag på VUC {p.kname} i august og møder til undervisningen tre dage om ugen.",
            f"Hovedmål: {fn} starter på EUD til {p.trade} i januar. Delmål: {fn} deltager i vejledningssamtale "
            f"på erhvervsskolen og sender ansøgningen inden {fdate(add_months(start, 3), 0)}.",
            f"{fn} bliver i sin praktik som {p.job} hos {p.firm} og øger fra 10 til 20 timer om ugen.",
            f"{fn} består FVU-dansk trin 2 og kan derefter starte på et AMU-forløb som {p.job}.",
        ])
    return rng.choice([
        "Støtte til at få struktur på hverdagen og øget trivsel.",
        f"At {fn} får det bedre og kommer videre i livet.",
        f"Sikre at {fn} får mere selvværd og ro på.",
        f"{fn} skal arbejde med sig selv og sin motivation.",
        "Hjælp til at komme tættere på arbejdsmarkedet.",
        f"Motivere {fn} og styrke trivslen.",
    ])


TASK_POOL = [
    "Følge {fn} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde og transport",
    "Hjælpe med at lave en dagsplan og holde aftaler",
    "Støtte i kontakten med skolens studievejleder",
    "Hjælpe med jobansøgninger og CV",
    "Træne turen med bus til {firm}",
    "Hjælpe {fn} med at åbne og læse digital post",
    "Deltage i opstartssamtalen hos arbejdsgiveren",
    "Ringe {fn} op om morgenen de dage, der er skole",
    "Gennemgå skemaet og lektierne sammen med {fn} hver fredag",
    "Tage med til møder på jobcentret, hvis {fn} ønsker det",
]


def tasks(rng, p: People) -> list[str]:
    items = rng.sample(TASK_POOL, rng.randint(2, 4))
    return [t.format(fn=p.cit_first, firm=p.firm) for t in items]


def hours_text(rng, good: bool) -> str:
    if good:
        return rng.choice(["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "halvanden time ugentligt",
                           "8 timer om måneden", "2-3 timer pr. uge", "4 timer ugentligt",
                           "to timer om ugen", "24 mentortimer i perioden (ca. 1 time om ugen)",
                           "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge"])
    return rng.choice(["Efter behov", "Et par timer om ugen", "Løbende efter aftale med mentor",
                       "Aftales mellem mentor og borger", "Udfyldes senere"])


def period(rng, over: bool):
    start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 2, 15]))
    if over:
        months = rng.choice([7, 8, 9, 12])
        end = add_months(start, months) - dt.timedelta(days=1)
        if rng.random() < 0.25:
            end = add_months(start, 6) + dt.timedelta(days=rng.choice([14, 30]))
    else:
        months = rng.choice([3, 4, 6, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
    return start, end


def period_text(rng, start, end) -> str:
    st = rng.randrange(5)
    sep = rng.choice([" – ", " til ", "-", " - "])
    if rng.random() < 0.15:
        return f"fra {fdate(start, st)} til og med {fdate(end, st)}"
    return f"{fdate(start, st)}{sep}{fdate(end, st)}"


def follow_text(rng, p: People, end: dt.date) -> str:
    return rng.choice([
        f"Statusmøde med {p.cit_first}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før periodens "
        f"udløb, hvor vi ser på om delmålene er nået.",
        "Mentor sender en kort skriftlig status til sagsbehandler hver måned. Midtvejsevaluering efter 3 måneder "
        "og slutevaluering inden aftalen udløber.",
        f"Vi følger op hver anden uge ved en samtale mellem {p.cit_first} og mentor og holder opfølgningsmøde "
        f"med sagsbehandler den {fdate(end - dt.timedelta(days=14), 0)}.",
        "Opfølgning ved sagsbehandler hver måned. Progression måles på fremmøde (antal dage pr. uge) og på "
        "delmålene ovenfor.",
    ])


def appeal_text(rng, p: People, kind: str) -> str:
    kn = f"{p.kname} Kommune"
    if kind == "full":
        return rng.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {kn} inden fire uger efter, at du har modtaget "
            f"den. Du kan klage mundtligt eller skriftligt. Kommunen genvurderer afgørelsen inden fire uger. "
            f"Fastholder kommunen afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. § 204 i lov om en "
            f"aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
            f"Du kan klage over afgørelsen. Klagen skal sendes til Jobcenter {p.kname}, {p.kom[1]}, {p.kom[2]}, "
            f"senest 4 uger efter at du har fået afgørelsen. Jobcentret vurderer sagen igen, og hvis afgørelsen "
            f"fastholdes, sendes klagen til Ankestyrelsen.",
            f"Vil du klage, skal du gøre det til kommunen inden 4 uger fra modtagelsen af denne aftale. Vi ser "
            f"på sagen igen, og giver vi dig ikke medhold, sender vi klagen og sagens akter til Ankestyrelsen.",
        ])
    if kind == "vague":
        return rng.choice(["Du kan klage over afgørelsen.",
                           "Har du spørgsmål eller vil du klage, kan du kontakte din sagsbehandler.",
                           f"Klage sendes til {kn}."])
    if kind == "wrong":
        return rng.choice([
            "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes "
            "direkte til Ankestyrelsen, 7998 Statsservice.",
            "Hvis du er uenig, kan du indsende en klage direkte til Ankestyrelsen. Klagefristen er fire uger.",
        ])
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# Document writers. Each returns (Layout, meta) where meta holds kind/subtype/layout/rules/traits.
# ---------------------------------------------------------------------------------------------

def style_for(rng, p: People, **kw) -> Style:
    st = Style(font=rng.choice(["helv", "helv", "times", "dejavu", "serif"]),
               size=rng.choice([10, 10.5, 11]))
    for k, v in kw.items():
        setattr(st, k, v)
    return st


def letterhead(p: People, unit: str) -> list:
    return [(f"{p.kname} Kommune", 17, True), (unit, 10.5, False), (f"{p.kom[1]} · {p.kom[2]}", 9, False)]


def infobox(p: People, date: dt.date, rng) -> list:
    rows = [f"*Jobcenter {p.kname}", p.kom[1], p.kom[2], f"Tlf. {p.kom[3]}", "",
            f"Dato: {fdate(date, rng.choice([0, 1]))}", f"Sagsnr.: {p.sagsnr}",
            f"Sagsbehandler: {p.cw}", f"Direkte tlf.: {p.cw_phone}", p.cw_mail]
    return rows


def agreement(rng, i: int) -> tuple[Layout, dict]:
    p = People(rng)
    # choose defects
    d = rng.random()
    defects: list[str] = []
    if d < 0.38:
        pass
    else:
        pool = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                "missing-hours", "vague-hours", "over", "unclear-goal", "appeal-missing", "appeal-vague",
                "appeal-wrong"]
        defects.append(rng.choice(pool))
        if rng.random() < 0.25:
            extra = rng.choice(pool)
            if extra not in defects and not ({extra, defects[0]} & {"missing-goal", "unclear-goal"} == {
                    "missing-goal", "unclear-goal"}) and not (extra.startswith("appeal") and defects[0].startswith(
                    "appeal")) and not ({extra, defects[0]} >= {"missing-duration", "over"}) and not (
                    {extra, defects[0]} >= {"missing-hours", "vague-hours"}):
                defects.append(extra)
    start, end = period(rng, "over" in defects)
    f = {}
    f["goal"] = None if "missing-goal" in defects else goal_text(rng, p, "unclear-goal" not in defects, start)
    if "missing-mentor" in defects:
        f["mentor"] = rng.choice([f"{p.mentor}", "Udpeges senere", f"{p.company} (mentor tildeles ved opstart)"])
        f["mentor_parts"] = None
    else:
        f["mentor"] = rng.choice([
            f"{p.mentor}, {p.company}, tlf. {p.m_phone}, {p.m_mail}",
            f"{p.mentor} ({p.company}) – tlf. {p.m_phone}",
            f"{p.mentor}, {p.company}. Mail: {p.m_mail}. Mobil: {p.m_phone}",
        ])
        f["mentor_parts"] = (p.mentor, p.company, p.m_phone, p.m_mail)
    if "missing-follow-up" in defects and f["goal"] and "Delmål" in f["goal"]:
        # sub-goals are progression targets: keep a document without follow-up unambiguous
        f["goal"] = f["goal"].split(" Delmål:")[0].replace("Hovedmål: ", "")
    f["tasks"] = None if "missing-tasks" in defects else tasks(rng, p)
    f["duration"] = None if "missing-duration" in defects else period_text(rng, start, end)
    f["follow"] = None if "missing-follow-up" in defects else follow_text(rng, p, end)
    f["hours"] = (None if "missing-hours" in defects else hours_text(rng, "vague-hours" not in defects))
    ak = "full"
    if "appeal-missing" in defects:
        ak = None
    elif "appeal-vague" in defects:
        ak = "vague"
    elif "appeal-wrong" in defects:
        ak = "wrong"
    f["appeal"] = appeal_text(rng, p, ak) if ak else None

    rules = set()
    extras = []
    for dd in defects:
        rules |= {"missing-goal": {"missing-goal"}, "missing-mentor": {"missing-mentor"},
                  "missing-tasks": {"missing-tasks"}, "missing-duration": {"missing-duration"},
                  "missing-follow-up": {"missing-follow-up"}, "missing-hours": {"missing-hours"},
                  "vague-hours": {"missing-hours"}, "over": {"duration-over-6-months"},
                  "unclear-goal": {"unclear-goal"}, "appeal-missing": {"missing-appeal-guidance"},
                  "appeal-vague": {"missing-appeal-guidance"}, "appeal-wrong": set()}[dd]
        if dd == "appeal-wrong":
            extras.append("appeal-wrong-route")
    layout = rng.choice(["ruled-table", "ruled-table", "letter-infobox", "sidebar", "multipage-footer",
                         "multipage-footer", "two-column", "prose-hyphenated"])
    lay = AGREEMENT_LAYOUTS[layout](rng, p, f, start, end)
    traits = ["scan", "handwritten-signature"] + [f"defect:{x}" for x in defects]
    meta = dict(kind="agreement", subtype="mentoraftale", layout=layout, rules=sorted(rules), extras=extras,
                traits=traits, period=None if f["duration"] is None else
                {"start": start.isoformat(), "end": end.isoformat()}, people=p)
    return lay, meta


def _parties(lay: Layout, p: People, rng):
    c = f", CPR-nr. {p.cpr}" if p.cpr else ""
    lay.kv("Borger", f"{p.cit}{c}, {p.street}, {p.kom[2]}")
    lay.kv("Sagsbehandler", f"{p.cw}, Jobcenter {p.kname}, tlf. {p.cw_phone}")


LABELS = {
    "goal": ["Målet med mentorstøtten", "Formål", "Borgerens mål", "Mål og delmål",
             "Hvad skal forløbet føre til?"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentors kontaktoplysninger"],
    "tasks": ["Mentorens opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?", "Opgaver"],
    "duration": ["Periode", "Varighed", "Aftalen gælder", "Bevilget periode"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Statusmøder"],
    "hours": ["Timetal", "Antal timer", "Omfang", "Timer pr. uge"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du"],
}


def lab(rng, key):
    return rng.choice(LABELS[key])


def _agreement_title(rng, p):
    return rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                       f"Aftale om mentorstøtte efter LAB § 167 – Jobcenter {p.kname}",
                       "Skriftlig aftale om mentorstøtte"])


def _tasks_str(items, rng):
    if rng.random() < 0.5:
        return "; ".join(items) + "."
    return ". ".join(items) + "."


def _empty_value(rng):
    return rng.choice(["", "", "-", "Udfyldes senere"])


def lay_ruled(rng, p, f, start, end):
    st = style_for(rng, p, footer=f"Jobcenter {p.kname} · Mentoraftale", page_numbers=rng.choice(
        ["Side {n} af {N}", "Side {n}/{N}", "{n}"]))
    lay = Layout(st)
    lay.title(_agreement_title(rng, p))
    lay.table([["Borger", p.cit + (f"\nCPR: {p.cpr}" if p.cpr else "")],
               ["Sagsbehandler", f"{p.cw}, tlf. {p.cw_phone}"]], widths=[1, 2.6])
    rows = []
    rows.append([lab(rng, "goal"), f["goal"] if f["goal"] else _empty_value(rng)])
    rows.append([lab(rng, "mentor"), f["mentor"]])
    rows.append([lab(rng, "tasks"), _tasks_str(f["tasks"], rng) if f["tasks"] else _empty_value(rng)])
    rows.append([lab(rng, "duration"), f["duration"] if f["duration"] else _empty_value(rng)])
    rows.append([lab(rng, "hours"), f["hours"] if f["hours"] else _empty_value(rng)])
    if f["follow"]:
        rows.append([lab(rng, "follow"), f["follow"]])
    lay.table(rows, widths=[1, 2.6])
    if f["appeal"]:
        lay.heading(lab(rng, "appeal"))
        lay.para(f["appeal"])
    lay.para("Aftalen er gennemgået med borgeren, som har fået en kopi.")
    lay.signatures([f"Dato og underskrift, {p.cit}", "Dato og underskrift, mentor", "Sagsbehandler"], rng,
                   signed=rng.choice([2, 3]))
    if rng.random() < 0.5:
        lay.stamp(["MODTAGET", fdate(start - dt.timedelta(days=rng.randint(1, 9)), 3).upper(),
                   f"Jobcenter {p.kname}"], rng)
    return lay


def lay_letter(rng, p, f, start, end):
    st = style_for(rng, p, letterhead=letterhead(p, "Center for Arbejdsmarked"),
                   infobox=infobox(p, start - dt.timedelta(days=5), rng), footer="", hyphenate=rng.random() < 0.4)
    lay = Layout(st)
    lay.para(f"{p.cit}\n{p.street}\n{p.kom[2]}" + (f"\nCPR-nr.: {p.cpr}" if p.cpr else ""), after=14)
    lay.title(_agreement_title(rng, p), size=13)
    lay.para(f"Kære {p.cit_first}")
    lay.para(f"Vi har sammen aftalt, at du får mentorstøtte. Her er det, vi har aftalt på mødet "
             f"{fdate(start - dt.timedelta(days=7), 0)}.")
    if f["goal"]:
        lay.heading(lab(rng, "goal"))
        lay.para(f["goal"])
    lay.heading(lab(rng, "mentor"))
    lay.para(f["mentor"])
    if f["tasks"]:
        lay.heading(rng.choice([f"{p.m_first} skal hjælpe dig med:", lab(rng, "tasks")]))
        lay.bullets(f["tasks"], mark=rng.choice(["•", "-", "–"]))
    if f["duration"]:
        lay.heading(lab(rng, "duration"))
        lay.para(cap(f["duration"]))
    if f["hours"]:
        lay.heading(lab(rng, "hours"))
        lay.para(cap(f["hours"]))
    if f["follow"]:
        lay.heading(lab(rng, "follow"))
        lay.para(f["follow"])
    if f["appeal"]:
        lay.heading(lab(rng, "appeal"))
        lay.para(f["appeal"])
    lay.para(f"Har du spørgsmål, er du velkommen til at kontakte mig på tlf. {p.cw_phone}.")
    lay.para(f"Venlig hilsen\n{p.cw}\nJobkonsulent")
    lay.signatures(["Borgerens underskrift", "Mentors underskrift"], rng)
    return lay


def lay_sidebar(rng, p, f, start, end):
    side = [f"*Jobcenter {p.kname}", p.kom[1], p.kom[2], f"Tlf. {p.kom[3]}", "",
            "*Sagsbehandler", p.cw, f"Tlf. {p.cw_phone}", p.cw_mail, ""]
    mentor_in_side = f["mentor_parts"] is not None and rng.random() < 0.6
    if mentor_in_side:
        side += ["*Mentor", p.mentor, p.company, f"Tlf. {p.m_phone}", p.m_mail, ""]
    side += ["*Journalnr.", p.sagsnr]
    st = style_for(rng, p, sidebar=side, tab=3.6 * cm, header=f"Mentoraftale – {p.cit}",
                   hyphenate=rng.random() < 0.5)
    lay = Layout(st)
    lay.title(_agreement_title(rng, p), size=14)
    lay.kv("Borger", p.cit + (f" ({p.cpr})" if p.cpr else ""))
    if f["goal"]:
        lay.heading(lab(rng, "goal"))
        lay.para(f["goal"])
    if not mentor_in_side:
        lay.heading(lab(rng, "mentor"))
        lay.para(f["mentor"])
    if f["tasks"]:
        lay.heading(lab(rng, "tasks"))
        lay.bullets(f["tasks"])
    if f["duration"]:
        lay.kv(lab(rng, "duration"), cap(f["duration"]))
    if f["hours"]:
        lay.kv(lab(rng, "hours"), cap(f["hours"]))
    if f["follow"]:
        lay.heading(lab(rng, "follow"))
        lay.para(f["follow"])
    if f["appeal"]:
        lay.heading(lab(rng, "appeal"))
        lay.para(f["appeal"])
    lay.signatures(["Borger", "Mentor"], rng)
    return lay


def lay_multipage(rng, p, f, start, end):
    st = style_for(rng, p, header=f"Jobcenter {p.kname} – Aftale om mentorstøtte – {p.cit}",
                   footer=rng.choice([f"Sagsnr. {p.sagsnr}", f"Version 3.2 – skabelon {p.kname} Kommune", ""]),
                   page_numbers=rng.choice(["Side {n} af {N}", "Side {n} af {N}", "- {n} -"]),
                   hyphenate=rng.random() < 0.6, size=rng.choice([11, 11.5]))
    lay = Layout(st)
    lay.title(_agreement_title(rng, p))
    lay.para(
        f"Denne aftale beskriver den mentorstøtte, som {p.cit} får efter § 167 i lov om en aktiv "
        f"beskæftigelsesindsats. Aftalen er udarbejdet i samarbejde mellem borgeren, mentoren og jobcentret og "
        f"indgår i borgerens plan. Mentorstøtten er en personlig støtte, der skal hjælpe borgeren med at opnå "
        f"eller fastholde et job, et tilbud eller en uddannelse. Mentoren må ikke varetage borgerens normale "
        f"arbejdsopgaver i de timer, der er bevilget, og der skal være direkte kontakt mellem mentor og borger i "
        f"timerne. Forberedelsestid og transport tæller ikke med i timetallet.")
    if rng.random() < 0.7:
        lay.heading("Baggrund")
        lay.para(rng.choice([
            f"{p.cit_first} har været ledig i en længere periode og har haft svært ved at komme i gang med tilbud. "
            f"Ved samtalen i jobcentret blev det aftalt, at en mentor kan hjælpe med at skabe en stabil hverdag "
            f"omkring praktikken og med kontakten til arbejdspladsen.",
            f"{p.cit_first} har tidligere afbrudt en uddannelse og ønsker nu at prøve igen. {p.cit_first} har brug "
            f"for hjælp til at møde stabilt og til at overskue skemaet. Der er tidligere givet mentorstøtte i 2024 "
            f"med godt resultat.",
        ]))
        if rng.random() < 0.6 and f["follow"]:
            lay.para("Borgeren er orienteret om, at oplysningerne i aftalen deles med mentoren, og at mentoren "
                     "giver sagsbehandleren en kort status om fremmøde og progression. Borgeren har givet samtykke "
                     "til, at mentoren kan kontakte praktikstedet og skolen.")
    lay.heading("Parter")
    _parties(lay, p, rng)
    n = 1
    def sec(title):
        nonlocal n
        lay.heading(f"{n}. {title}")
        n += 1
    if f["goal"]:
        sec(lab(rng, "goal"))
        lay.para(f["goal"])
        if f["follow"]:
            lay.para("Målet er drøftet med borgeren og skal kunne følges op på ved hvert statusmøde.")
    sec(lab(rng, "mentor"))
    lay.para(f["mentor"])
    if f["tasks"]:
        sec(lab(rng, "tasks"))
        lay.para("Mentoren skal i perioden:")
        lay.bullets(f["tasks"] + [
            "Holde sagsbehandler orienteret, hvis forløbet ikke går som aftalt",
            "Notere fremmøde og kontakt i mentorloggen"], mark="-")
    if f["duration"]:
        sec(lab(rng, "duration"))
        lay.para(f"Mentorstøtten gives i perioden {f['duration']}. Perioden kan efter en konkret vurdering "
                 f"forlænges med op til 6 måneder ad gangen.")
    if f["hours"]:
        sec(lab(rng, "hours"))
        lay.para(f"{cap(f['hours'])}. Timerne bruges i direkte kontakt med borgeren.")
    if f["follow"]:
        sec(lab(rng, "follow"))
        lay.para(f["follow"])
    sec("Ændringer og ophør")
    lay.para("Ændres behovet for støtte, tager sagsbehandler stilling til, om aftalen skal ændres. Aftalen "
             "ophører, hvis borgeren opnår selvforsørgelse, eller hvis formålet ikke længere kan opfyldes.")
    if f["appeal"]:
        sec(lab(rng, "appeal"))
        lay.para(f["appeal"])
    sec("Underskrifter")
    lay.signatures([p.cit, f"{p.mentor}, mentor", f"{p.cw}, jobcentret"], rng)
    return lay


def lay_twocol(rng, p, f, start, end):
    st = style_for(rng, p, columns=2, size=9.5, hyphenate=True, letterhead=letterhead(p, "Jobcenter – Ungeindsatsen"),
                   footer=f"{p.kname} Kommune", page_numbers="Side {n} af {N}")
    lay = Layout(st)
    lay.title(_agreement_title(rng, p), size=12.5)
    lay.para(f"Borger: {p.cit}" + (f", cpr {p.cpr}" if p.cpr else ""))
    lay.para(f"Sagsbehandler: {p.cw}, tlf. {p.cw_phone}")
    lay.heading("Om mentorstøtte")
    lay.para("Mentorstøtte er en personlig støtte, som skal hjælpe dig med at komme i gang med eller fastholde "
             "et job, en praktik eller en uddannelse. Støtten gives efter § 167 i lov om en aktiv "
             "beskæftigelsesindsats og bevilges for højst 6 måneder ad gangen. Mentoren har tavshedspligt og må "
             "kun dele oplysninger med jobcentret, som er nødvendige for forløbet.")
    lay.para("Mentoren må ikke udføre dine almindelige arbejdsopgaver i de timer, der er bevilget. Timerne "
             "bruges i direkte kontakt med dig, enten ved møder, på telefon eller ved at følges til aftaler. "
             "Aflyser du en aftale, skal du give mentoren besked så hurtigt som muligt.")
    if f["goal"]:
        lay.heading(lab(rng, "goal"))
        lay.para(f["goal"])
    lay.heading(lab(rng, "mentor"))
    lay.para(f["mentor"])
    if f["tasks"]:
        lay.heading(lab(rng, "tasks"))
        lay.bullets(f["tasks"])
    if f["duration"]:
        lay.heading(lab(rng, "duration"))
        lay.para(cap(f["duration"]))
    if f["hours"]:
        lay.heading(lab(rng, "hours"))
        lay.para(cap(f["hours"]))
    if f["follow"]:
        lay.heading(lab(rng, "follow"))
        lay.para(f["follow"])
    if f["appeal"]:
        lay.heading(lab(rng, "appeal"))
        lay.para(f["appeal"])
    lay.signatures(["Borger", "Mentor"], rng)
    return lay


def lay_prose(rng, p, f, start, end):
    """A narrow typewritten-style note where the fields are sentences, hyphenated at line ends."""
    st = style_for(rng, p, font=rng.choice(["courier", "times"]), margin_l=3.4 * 28.35, margin_r=4.2 * 28.35,
                   hyphenate=True, page_numbers="Side {n} af {N}")
    lay = Layout(st)
    lay.title(_agreement_title(rng, p), size=13)
    lay.para(f"Mellem {p.cit}" + (f" (cpr.nr. {p.cpr})" if p.cpr else "") +
             f", Jobcenter {p.kname} v/ {p.cw} og mentor er der indgået følgende aftale.")
    if f["goal"]:
        g = f["goal"]
        lay.para(f"{lab(rng, 'goal')}: {g}")
    if f["mentor_parts"]:
        m, comp, ph, mail = f["mentor_parts"]
        lay.para(f"Din mentor er {m} fra {comp}. Du kan træffe mentoren på telefon {ph} eller skrive til {mail}.")
    else:
        lay.para(f"Mentor: {f['mentor']}.")
    if f["tasks"]:
        lay.para("Mentoren skal hjælpe med følgende: " + "; ".join(t[0].lower() + t[1:] for t in f["tasks"]) + ".")
    if f["duration"]:
        lay.para(f"Støtten er bevilget i perioden {f['duration']}.")
    if f["hours"]:
        lay.para(f"Timetallet er {f['hours'].lower()}." if f['hours'][0].isdigit() or f['hours'][0].islower()
                 else f"Timetal: {f['hours']}.")
    if f["follow"]:
        lay.para(f["follow"])
    if f["appeal"]:
        lay.para(f"Klagevejledning: {f['appeal']}")
    lay.signatures(["Borger", "Mentor", "Jobcentret"], rng, signed=rng.choice([2, 3]))
    return lay


AGREEMENT_LAYOUTS = {"ruled-table": lay_ruled, "letter-infobox": lay_letter, "sidebar": lay_sidebar,
                     "multipage-footer": lay_multipage, "two-column": lay_twocol, "prose-hyphenated": lay_prose}


# ---------------------------------------------------------------------------------------------

def decision(rng, i: int) -> tuple[Layout, dict]:
    p = People(rng)
    sub = rng.choice(["bevilling", "bevilling", "bevilling", "forlaengelse", "delvis", "afslag", "ophoer"])
    appeal_kind = rng.choices(["full", "vague", None, "wrong"], [0.62, 0.15, 0.13, 0.10])[0]
    over = sub in ("bevilling", "forlaengelse") and rng.random() < 0.25
    reasons = not (sub in ("afslag", "ophoer", "delvis") and rng.random() < 0.35)
    start, end = period(rng, over)
    date = start - dt.timedelta(days=rng.randint(3, 12))
    st = style_for(rng, p, letterhead=letterhead(p, rng.choice(["Jobcenter", "Center for Job og Uddannelse",
                                                                "Borgerservice og Beskæftigelse"])),
                   infobox=infobox(p, date, rng), hyphenate=rng.random() < 0.4,
                   header=f"{p.cit} – sagsnr. {p.sagsnr}", page_numbers="Side {n} af {N}")
    lay = Layout(st)
    lay.para(f"{p.cit}\n{p.street}\n{p.kom[2]}" + (f"\nCPR-nr. {p.cpr}" if p.cpr else ""), after=16)
    titles = {"bevilling": "Afgørelse: Du får mentorstøtte", "forlaengelse": "Afgørelse om forlængelse af mentorstøtte",
              "delvis": "Afgørelse om mentorstøtte – delvis bevilling", "afslag": "Afslag på mentorstøtte",
              "ophoer": "Afgørelse om ophør af mentorstøtte"}
    lay.title(titles[sub], size=13)
    pt = period_text(rng, start, end)
    if sub in ("bevilling", "forlaengelse", "delvis"):
        hrs = hours_text(rng, True)
        what = "forlænget din mentorstøtte" if sub == "forlaengelse" else "bevilget dig mentorstøtte"
        lay.para(f"Jobcenter {p.kname} har {what} efter § 167 i lov om en aktiv beskæftigelsesindsats i "
                 f"perioden {pt}.")
        lay.kv("Mentor", f"{p.mentor}, {p.company}, tlf. {p.m_phone}", tab=3.2 * 28.35)
        lay.kv("Timer", hrs, tab=3.2 * 28.35)
        lay.kv("Formål", goal_text(rng, p, True, start), tab=3.2 * 28.35)
        if sub == "delvis":
            lay.para("Du søgte om 5 timer om ugen. Du får færre timer end du har søgt om.")
    elif sub == "afslag":
        lay.para(f"Du har den {fdate(date - dt.timedelta(days=20), 0)} søgt om mentorstøtte. Vi har givet dig "
                 f"afslag på din ansøgning.")
    else:
        lay.para(f"Din mentorstøtte hos {p.company} ophører den {fdate(start, 0)}.")
    if reasons and sub in ("delvis", "afslag", "ophoer"):
        lay.heading("Begrundelse")
        lay.para({
            "delvis": "Vi har lagt vægt på, at du allerede får støtte af praktikstedets kontaktperson, og at dit "
                      "behov derfor kan dækkes med færre timer, jf. LAB § 167, stk. 1.",
            "afslag": "Vi har lagt vægt på, at der ikke er et mål om beskæftigelse eller uddannelse, som "
                      "mentorstøtten skal understøtte, jf. § 167 i lov om en aktiv beskæftigelsesindsats. Du deltager "
                      "i øjeblikket ikke i et tilbud, og din behandling i regionspsykiatrien fylder det meste af ugen.",
            "ophoer": f"Vi har lagt vægt på, at du er startet i ordinært job som {p.job} og ikke længere har brug "
                      f"for støtten for at fastholde jobbet, jf. LAB § 167.",
        }[sub])
    elif sub in ("bevilling", "forlaengelse"):
        lay.para("Du har fået fuldt ud medhold i din ansøgning.")
    if appeal_kind:
        lay.heading(rng.choice(["Klagevejledning", "Hvis du vil klage", "Du kan klage"]))
        lay.para(appeal_text(rng, p, appeal_kind))
    lay.para(f"Venlig hilsen\n\n{p.cw}\nJobkonsulent")
    if rng.random() < 0.6:
        lay.signatures([p.cw], rng)
    if rng.random() < 0.35:
        lay.stamp(["KOPI", f"Journaliseret {fdate(date, 1)}"], rng, color=(0.15, 0.2, 0.6))
    rules = set()
    extras = []
    if appeal_kind in (None, "vague"):
        rules.add("missing-appeal-guidance")
    if appeal_kind == "wrong":
        extras.append("appeal-wrong-route")
    has_period = sub in ("bevilling", "forlaengelse", "delvis")
    if over and has_period:
        rules.add("duration-over-6-months")
    if not reasons and sub in ("delvis", "afslag", "ophoer"):
        extras.append("missing-reasons")
    meta = dict(kind="decision", subtype=f"afgoerelse-{sub}", layout="letter-infobox", rules=sorted(rules),
                extras=extras, traits=["scan", f"appeal:{appeal_kind}", f"reasons:{reasons}"],
                period={"start": start.isoformat(), "end": end.isoformat()} if has_period else None, people=p)
    return lay, meta


def minplan(rng, i: int) -> tuple[Layout, dict]:
    p = People(rng)
    defect = rng.choices([None, "missing-hours", "vague-hours", "missing-mentor", "over", "unclear-goal",
                          "missing-tasks", "missing-goal"], [0.4, 0.08, 0.1, 0.1, 0.1, 0.1, 0.06, 0.06])[0]
    start, end = period(rng, defect == "over")
    system = rng.choice(["Min Plan – udskrift", "Min Plan", "Jobnet – Min Plan (udskrift)"])
    st = style_for(rng, p, font=rng.choice(["courier", "helv", "dejavu"]), size=10,
                   header=f"{system} · {p.cit}", header_all=True,
                   footer=f"Udskrevet {fdate(start - dt.timedelta(days=2), 1)} kl. {rng.randint(8, 15)}:"
                          f"{rng.randint(0, 59):02d} af {p.cw_first[:1]}{p.cw.split()[1][:2].upper()}",
                   page_numbers="Side {n} af {N}")
    lay = Layout(st)
    lay.title(rng.choice(["Min Plan", "Min Plan – indsatser"]), size=14)
    lay.kv("Navn", p.cit)
    if p.cpr:
        lay.kv("CPR-nummer", p.cpr)
    lay.kv("Jobcenter", f"Jobcenter {p.kname}")
    lay.heading("Indsats: Mentorstøtte (LAB § 167)")
    rows = [["Felt", "Indhold"]]
    goal = None if defect == "missing-goal" else goal_text(rng, p, defect != "unclear-goal", start)
    rows.append(["Formål med mentorstøtten", goal or ""])
    rows.append(["Mentor", (f"{p.mentor}" if defect == "missing-mentor"
                            else f"{p.mentor}, {p.company}, tlf. {p.m_phone}")])
    rows.append(["Mentorens opgaver", "" if defect == "missing-tasks" else _tasks_str(tasks(rng, p), rng)])
    rows.append(["Periode", period_text(rng, start, end)])
    rows.append(["Timetal", "" if defect == "missing-hours" else hours_text(rng, defect != "vague-hours")])
    if rng.random() < 0.6:
        lay.table(rows, widths=[1, 2.4], header=True)
    else:
        for r in rows[1:]:
            lay.kv(r[0] + ":", r[1], tab=5.2 * 28.35)
    lay.heading("Øvrige indsatser")
    lay.para(rng.choice([f"Virksomhedspraktik hos {p.firm}, 10 timer om ugen.", "Samtaler i jobcentret.",
                         "Ingen aktive indsatser."]))
    rules = {None: set(), "missing-hours": {"missing-hours"}, "vague-hours": {"missing-hours"},
             "missing-mentor": {"missing-mentor"}, "over": {"duration-over-6-months"},
             "unclear-goal": {"unclear-goal"}, "missing-tasks": {"missing-tasks"},
             "missing-goal": {"missing-goal"}}[defect]
    meta = dict(kind="minplan", subtype="minplan-print", layout="case-system-print", rules=sorted(rules),
                extras=[], traits=["scan", f"defect:{defect}"],
                period={"start": start.isoformat(), "end": end.isoformat()}, people=p)
    return lay, meta


def other(rng, i: int) -> tuple[Layout, dict]:
    p = People(rng)
    sub = ["statusrapport", "referat", "pjece", "faktura", "klub-mentoraftale", "moedeindkaldelse",
           "kvalitetsstandard"][i % 7]
    start, end = period(rng, False)
    if sub == "statusrapport":
        st = style_for(rng, p, sidebar=[f"*{p.company}", f"Tlf. {p.m_phone}", p.m_mail], header=f"Status – {p.cit}")
        lay = Layout(st)
        lay.title("Statusrapport – mentorforløb", size=14)
        lay.kv("Borger", p.cit + (f", {p.cpr}" if p.cpr else ""), tab=3.4 * 28.35)
        lay.kv("Mentor", f"{p.mentor}, tlf. {p.m_phone}", tab=3.4 * 28.35)
        lay.kv("Periode", period_text(rng, start, end), tab=3.4 * 28.35)
        lay.heading("Forløbet indtil nu")
        lay.para(f"{p.cit_first} og jeg har mødtes hver uge, i alt 2 timer om ugen. Målet om praktik hos {p.firm} "
                 f"er nået, og {p.cit_first} møder nu stabilt fire dage om ugen. Vi har arbejdet med transport, "
                 f"dagsplan og kontakt til arbejdspladsen.")
        lay.heading("Vurdering og anbefaling")
        lay.para("Jeg anbefaler, at forløbet fortsætter uændret til periodens udløb. Næste status sendes om en måned.")
        lay.signatures([f"{p.mentor}, mentor"], rng)
        layout = "sidebar"
    elif sub == "referat":
        st = style_for(rng, p, footer=f"Referat {fdate(start, 1)}", page_numbers="Side {n} af {N}")
        lay = Layout(st)
        lay.title("Referat af opfølgningsmøde", size=14)
        lay.table([["Dato", fdate(start + dt.timedelta(days=30), 0)],
                   ["Deltagere", f"{p.cit}, {p.mentor} (mentor), {p.cw} (sagsbehandler)"],
                   ["Referent", p.cw]], widths=[1, 3])
        lay.heading("1. Siden sidst")
        lay.para(f"{p.cit_first} fortalte, at praktikken går godt. Mentor har haft 3 timer om ugen og fulgt med på "
                 f"arbejdspladsen de første uger. Målet om 20 timers praktik er tæt på.")
        lay.heading("2. Aftaler")
        lay.bullets([f"Mentor fortsætter frem til {fdate(end, 0)}", "Næste møde om fire uger",
                     f"{p.cw_first} undersøger muligheden for løntilskud"])
        lay.heading("3. Eventuelt")
        lay.para("Intet.")
        layout = "ruled-table"
    elif sub == "pjece":
        st = style_for(rng, p, columns=2, size=10, hyphenate=True,
                       letterhead=[(f"{p.kname} Kommune", 16, True), ("Information til borgere", 10, False)],
                       page_numbers="")
        lay = Layout(st)
        lay.title("Har du brug for en mentor?", size=14)
        lay.para("En mentor er en person, der hjælper dig med at komme i gang med eller fastholde et job, en "
                 "praktik eller en uddannelse. Mentorstøtte gives efter § 167 i lov om en aktiv "
                 "beskæftigelsesindsats.")
        lay.heading("Hvad står der i aftalen?")
        lay.bullets(["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal "
                     "hjælpe med", "Hvor længe aftalen varer – højst 6 måneder ad gangen", "Hvor mange timer om "
                     "ugen du får støtte", "Hvordan vi følger op", "Hvordan du klager"])
        lay.heading("Hvor længe?")
        lay.para("Mentorstøtte bevilges for højst 6 måneder ad gangen med mulighed for forlængelse.")
        lay.heading("Klage")
        lay.para("Du kan klage over afgørelsen til kommunen inden fire uger. Kommunen genvurderer sagen og sender "
                 "den videre til Ankestyrelsen, hvis afgørelsen fastholdes.")
        lay.heading("Kontakt")
        lay.para(f"Jobcenter {p.kname}, {p.kom[1]}, tlf. {p.kom[3]}.")
        layout = "two-column"
    elif sub == "faktura":
        st = style_for(rng, p, letterhead=[(p.company, 15, True), (f"CVR {rng.randrange(10**7, 10**8)}", 9, False)],
                       infobox=[f"*Faktura nr. {rng.randint(1000, 9999)}", f"Dato: {fdate(end, 1)}",
                                f"Kunde: Jobcenter {p.kname}", f"Att.: {p.cw}", f"Betaling: 30 dage netto"])
        lay = Layout(st)
        lay.title("FAKTURA", size=15)
        lay.para(f"Vedr.: Mentorstøtte til {p.cit}, periode {period_text(rng, start, end)}")
        n = rng.randint(18, 40)
        lay.table([["Ydelse", "Antal", "Pris", "Beløb"],
                   ["Mentortimer (direkte kontakt)", f"{n} t", "545,00", f"{n * 545:,}".replace(",", ".") + ",00"],
                   ["Kørsel", "1", "350,00", "350,00"],
                   ["I alt ekskl. moms", "", "", f"{n * 545 + 350:,}".replace(",", ".") + ",00"]],
                  widths=[3, 1, 1, 1.3], header=True, bold_first_col=False)
        lay.para(f"Mentor: {p.mentor}. Beløbet bedes indbetalt på reg.nr. 1234 konto 0012345678.")
        layout = "letter-infobox"
    elif sub == "klub-mentoraftale":
        club = rng.choice(["Boldklubben Frem", "IF Stjernen", "Friskolen ved Åen", "Efterskolen Bakkely"])
        st = style_for(rng, p, letterhead=[(club, 16, True)])
        lay = Layout(st)
        lay.title("Mentoraftale", size=14)
        lay.para(f"{club} tilbyder unge medlemmer en frivillig mentor fra klubbens seniorhold. Ordningen er "
                 f"klubbens egen og har intet med kommunen at gøre.")
        lay.kv("Ung", p.cit)
        lay.kv("Mentor", f"{p.mentor}, tlf. {p.m_phone}")
        lay.kv("Mål", "At komme til træning to gange om ugen og gennemføre 9. klasse.")
        lay.kv("Periode", period_text(rng, start, end))
        lay.kv("Tid", "1 time om ugen efter træning")
        lay.kv("Opgaver", "Lektiehjælp og en snak om skolen")
        lay.signatures(["Den unge", "Forælder", "Mentor"], rng)
        layout = "label-value"
    elif sub == "moedeindkaldelse":
        st = style_for(rng, p, letterhead=letterhead(p, "Jobcenter"), infobox=infobox(p, start, rng))
        lay = Layout(st)
        lay.para(f"{p.cit}\n{p.street}\n{p.kom[2]}", after=14)
        lay.title("Indkaldelse til opfølgningsmøde om din mentorstøtte", size=13)
        lay.para(f"Du indkaldes til møde den {fdate(start + dt.timedelta(days=40), 0)} kl. 10.00 i jobcentret, "
                 f"{p.kom[1]}. Din mentor {p.mentor} deltager også.")
        lay.para("På mødet taler vi om, hvordan det går, og om målene i din aftale er nået. Tag gerne din "
                 "aftale med.")
        lay.para("Hvis du er forhindret, skal du ringe til mig senest dagen før.")
        lay.para(f"Venlig hilsen\n{p.cw}\nTlf. {p.cw_phone}")
        layout = "letter-infobox"
    else:
        st = style_for(rng, p, header=f"{p.kname} Kommune – Kvalitetsstandard", header_all=True,
                       page_numbers="Side {n} af {N}", hyphenate=True)
        lay = Layout(st)
        lay.title("Kvalitetsstandard for mentorstøtte", size=14)
        lay.table([["Lovgrundlag", "Lov om en aktiv beskæftigelsesindsats §§ 167-171"],
                   ["Formål", "Mentorstøtte skal hjælpe borgeren med at opnå eller fastholde job eller uddannelse."],
                   ["Målgruppe", "Alle målgrupper i LAB § 6"],
                   ["Varighed", "Højst 6 måneder ad gangen; ny periode efter konkret vurdering."],
                   ["Serviceniveau", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: over "
                                     "2 timer pr. uge."],
                   ["Opfølgning", "Altid 14 dage før støtteperioden ophører."],
                   ["Aftalens indhold", "Mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, "
                                        "timetal, klagevejledning."],
                   ["Klageadgang", "Klage til kommunen inden 4 uger; genvurdering; derefter Ankestyrelsen."]],
                  widths=[1, 3])
        lay.para(f"Godkendt af Beskæftigelsesudvalget {fdate(dt.date(2025, 11, 12), 0)}.")
        layout = "ruled-table"
    meta = dict(kind="unknown", subtype=sub, layout=layout, rules=[], extras=[], traits=["scan", "not-a-mentor-kind"],
                period=None, people=p)
    return lay, meta


# ---------------------------------------------------------------------------------------------

def scan_profile(rng) -> ScanProfile:
    fax = rng.random() < 0.13
    prof = ScanProfile(
        dpi=200 if fax else rng.choice([150, 200, 200, 200, 250, 300]),
        skew=rng.choice([-1, 1]) * rng.uniform(0.5, 2.0),
        blur=rng.uniform(0.3, 0.9),
        noise=rng.uniform(0.02, 0.09),
        specks=rng.randint(20, 160),
        jpeg=rng.choice([0, 35, 50, 70]),
        fax=fax, threshold=rng.randint(135, 170),
        holes=rng.random() < 0.3,
        cut=(rng.choice([0, 4, 6]), rng.choice([0, 3]), rng.choice([0, 5]), 0) if rng.random() < 0.2 else (0, 0, 0, 0),
        paper=rng.randint(232, 250),
    )
    return prof


def build_one(job):
    idx, kind_fn, out = job
    rng = random.Random(SEED * 1000 + idx)
    lay, meta = {"agreement": agreement, "decision": decision, "minplan": minplan, "other": other}[kind_fn](rng, idx)
    p = meta.pop("people")
    prof = scan_profile(rng)
    if prof.fax:
        lay.st.fax_header = (f"{fdate(dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)), 1)} "
                             f"{rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}  FAX +45 {p.kom[3]}  "
                             f"JOBCENTER {p.kname.upper()}   S. {{n:02d}}/{{N:02d}}")
    want = "txt" if rng.random() < 0.25 else "pdf"
    folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "other": "diverse"}[kind_fn]
    if rng.random() < 0.5:
        # a scanner's name: date, a valid clock time, a counter (same random draws as before)
        mo, da, t = rng.randint(1, 11), rng.randint(1, 28), rng.randint(80000, 160000)
        # (a date-time such as 15-09-36_0107 reads as a CPR number and is masked in the linter's paths)
        name = f"Scan_{idx:04d}_2026{mo:02d}{da:02d}" + ("" if t % 3 else "a")
    else:
        base = {"agreement": "mentoraftale", "decision": "afgoerelse", "minplan": "minplan",
                "other": meta["subtype"]}[kind_fn]
        name = f"{base}_{p.cit.split()[0].lower()}_{idx:03d}"
    sub = Path(out) / f"sag-{p.kname.lower().replace('æ', 'ae').replace('ø', 'oe')}" / folder
    sub.mkdir(parents=True, exist_ok=True)
    src = sub / f".{name}.src.pdf"
    lay.render(src)
    npages = len(lay.pages)
    dest = scan_and_ocr(src, sub / name, prof, rng, want)
    src.unlink()
    mnc = [p.cpr, p.cpr.replace("-", "")] if p.cpr else []
    traits = meta["traits"] + [f"dpi:{prof.dpi}", f"pages:{npages}", f"skew:{prof.skew:.1f}"]
    if prof.fax:
        traits.append("fax-threshold")
    if prof.holes:
        traits.append("hole-punch")
    if any(prof.cut):
        traits.append("cut-margin")
    if lay.st.hyphenate:
        traits.append("hyphenated-wraps")
    if npages > 1 and lay.st.page_numbers:
        traits.append("page-footer")
    if p.cpr:
        traits.append("cpr")
    traits.append(f"ocr-output:{want}")
    entry = {"path": str(dest.relative_to(out)), "format": want, "kind": meta["kind"],
             "subtype": meta["subtype"], "layout": meta["layout"], "rules": meta["rules"],
             "extras": sorted(meta["extras"]), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": traits}
    if meta.get("period"):
        entry["period"] = meta["period"]
    return entry


def plan() -> list[tuple[int, str]]:
    jobs = []
    idx = 0
    for kind, n in (("agreement", 56), ("decision", 20), ("minplan", 14), ("other", 21)):
        for _ in range(n):
            jobs.append((idx, kind))
            idx += 1
    return jobs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args(argv)
    out = Path(a.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(i, k, str(out)) for i, k in plan()]
    if a.limit:
        jobs = jobs[:: max(1, len(jobs) // a.limit)][: a.limit]
    with ProcessPoolExecutor(a.jobs) as ex:
        entries = list(ex.map(build_one, jobs))
    for e in entries:
        e["path"] = e["path"]
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
