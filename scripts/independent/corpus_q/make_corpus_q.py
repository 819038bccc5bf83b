#!/usr/bin/env python3
"""Independent labelled evaluation corpus "q" for a mentorstøtte document linter.

Usage: make_corpus_q.py --out /work/corpora/q --seed 43

Deterministic: all randomness comes from one random.Random(seed).
Labels are derived from the defects deliberately injected (see DEFECT_RULE).
"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys

from render_q import Doc, RENDERERS  # the script's own folder is on sys.path

D = dt.date

# ------------------------------------------------------------------ banks
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
NUMW = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni",
        10: "ti", 11: "elleve", 12: "tolv"}

MUNIS = [
    ("Gribskov", "Rådhusvej 3, 3200 Helsinge", "Helsinge"), ("Holbæk", "Kanalstræde 2, 4300 Holbæk", "Holbæk"),
    ("Faxe", "Frederiksgade 9, 4690 Haslev", "Haslev"), ("Roskilde", "Køgevej 80, 4000 Roskilde", "Roskilde"),
    ("Herning", "Torvet 5, 7400 Herning", "Herning"), ("Tønder", "Wilhelmsgade 7, 6270 Tønder", "Tønder"),
    ("Assens", "Willemoesgade 15, 5610 Assens", "Assens"), ("Rudersdal", "Øverødvej 2, 2840 Holte", "Holte"),
    ("Albertslund", "Nordmarks Allé 1, 2620 Albertslund", "Albertslund"), ("Vejle", "Skolegade 1, 7100 Vejle", "Vejle"),
    ("Silkeborg", "Søvej 1, 8600 Silkeborg", "Silkeborg"), ("Næstved", "Rådmandshaven 20, 4700 Næstved", "Næstved"),
    ("Viborg", "Prinsens Allé 5, 8800 Viborg", "Viborg"), ("Slagelse", "Rådhuspladsen 11, 4200 Slagelse", "Slagelse"),
    ("Aalborg", "Boulevarden 13, 9000 Aalborg", "Aalborg"), ("Odder", "Rådhusgade 3, 8300 Odder", "Odder"),
]
FIRST_F = ["Sara", "Mette", "Amina", "Louise", "Camilla", "Nadia", "Julie", "Hanne", "Fatima", "Signe", "Maja",
           "Birgitte", "Ida", "Rikke", "Leyla", "Tina"]
FIRST_M = ["Ahmed", "Jonas", "Mikkel", "Kasper", "Omar", "Rasmus", "Thomas", "Bilal", "Peter", "Nikolaj",
           "Emil", "Henrik", "Ali", "Søren", "Frederik", "Jens"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard", "Holm",
        "Bakir", "Yilmaz", "Hussein", "Lund", "Kjær", "Mortensen", "Dahl", "Bech", "Vestergaard", "Friis"]
PROVIDERS = [("MentorHuset ApS", "mentorhuset.dk", "Vestergade 4, 4300 Holbæk"),
             ("Jobbro Mentor I/S", "jobbro.dk", "Industrivej 12, 7400 Herning"),
             ("Bro til Job", "brotiljob.dk", "Søndergade 31, 8600 Silkeborg"),
             ("KompetenceKompagniet", "kompkomp.dk", "Havnegade 8, 4700 Næstved"),
             ("Mentorgruppen Nord", "mentorgruppen-nord.dk", "Vesterbro 50, 9000 Aalborg"),
             ("Trinvis Mentor", "trinvis.dk", "Algade 17, 4000 Roskilde"),
             ("Stærk Start ApS", "staerkstart.dk", "Torvegade 3, 7100 Vejle"),
             ("Ungeguiden", "ungeguiden.dk", "Skolevej 2, 5610 Assens")]
FIRMS = ["Lager Nord A/S", "Holmens Autoværksted", "Café Solsiden", "Grøn Have ApS", "Vognmand Friis",
         "Plejecenter Lindely", "Bageriet Kornet", "Byggemarkedet Syd"]
SHOPS = ["Netto", "Rema 1000", "Føtex", "Lidl", "Brugsen"]
SCHOOLS = ["Nordskolen", "Engskolen", "Bakkeskolen"]
EUD = ["Tech College", "EUC Syd", "Campus Vejle", "Selandia"]

GOALS = [  # (text, has_date, has_hours)
    ("{S} er startet på SOSU-hjælperuddannelsen i {by} senest {gdate} og møder mindst fire dage om ugen.", True, False, "edu"),
    ("{S} er i virksomhedspraktik som lagermedarbejder hos {firma} 20 timer om ugen senest {gdate}, med henblik på et løntilskudsjob.", True, True, "job"),
    ("{S} fastholder {sit} fleksjob som pedelmedhjælper på {skole} og har højst én fraværsdag om måneden.", False, False, "job"),
    ("{S} gennemfører grundforløb 1 på {eud} med et fremmøde på mindst 90 procent.", False, False, "edu"),
    ("{S} har et ordinært job som køkkenmedhjælper på mindst 15 timer om ugen, inden mentorstøtten slutter.", False, True, "job"),
    ("{S} møder stabilt i praktik i {butik} tre dage om ugen og går derefter over i løntilskud samme sted.", False, False, "job"),
    ("{S} kan selv tage bussen til praktikstedet og er i praktik hos {firma} fire dage om ugen senest {gdate}.", True, False, "job"),
    ("{S} vender tilbage til arbejdet som chauffør hos {firma} efter sygemeldingen, først 12 timer om ugen og derefter fuld tid.", False, True, "job"),
    ("{S} gennemfører FVU og 9.-klasseprøven på VUC {by} og søger ind på en erhvervsuddannelse til optaget {gdate}.", True, False, "edu"),
    ("{S} består 1. år på hf og beholder {sit} studiejob i {butik} (mindst to vagter om ugen).", False, False, "edu"),
    ("{S} er ansat i et fleksjob hos {firma} og er stadig ansat, når prøveperioden på tre måneder er slut.", True, False, "job"),
    ("{S} starter på den pædagogiske assistentuddannelse (PAU) {gdate} og gennemfører første skoleperiode.", True, False, "edu"),
]
VAGUE_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "{S} får mere struktur på hverdagen og bedre trivsel.",
    "Øget selvværd og mere motivation.",
    "Sikre at {S} får det bedre og kommer videre i livet.",
    "Hjælp til at få styr på økonomi og bolig.",
    "At {S} bliver mere motiveret og får mere overskud i hverdagen.",
]
TASKS = [  # infinitive phrases; (text, mentions a length)
    ("ledsage {O} til praktikstedet de første to uger", True, "job"),
    ("hjælpe med at planlægge transport og faste morgenrutiner", False, "any"),
    ("tage en samtale med {O} hver uge om fremmøde og samarbejdet på arbejdspladsen", False, "job"),
    ("være bindeled til kontaktpersonen på arbejdspladsen", False, "job"),
    ("støtte {O} i kontakten til studievejleder og SPS-ansvarlig", False, "edu"),
    ("hjælpe med at skabe overblik over skema, lektier og afleveringer", False, "edu"),
    ("tage med til møder med læge og behandler, når det har betydning for forløbet", False, "any"),
    ("træne jobsamtaler og hjælpe med at skrive ansøgninger", False, "job"),
    ("hjælpe med at åbne og forstå post i e-Boks", False, "any"),
    ("ringe om morgenen på de dage, hvor der er mødepligt", False, "any"),
    ("hjælpe med at løse uoverensstemmelser med kolleger, før de vokser", False, "job"),
]
FOLLOWUPS = [  # (text, mentions a length/time point)
    ("Statusmøde hver måned med {O}, mentor og sagsbehandler. Progression måles på fremmøde: mindst tre dage om ugen den første måned og fire dage om ugen fra tredje måned.", False),
    ("Mentor sender en kort skriftlig status hver 4. uge. Slutevaluering sammen med {O} 14 dage før støtteperioden slutter. Delmål: {S2} ringer selv, hvis {S2} er forhindret i at møde.", False),
    ("Vi følger op hver 3. måned og altid 14 dage før perioden udløber. Delmål: {S2} har selv kontakt til studievejlederen senest efter seks uger.", True),
    ("Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage inden afslutning. Mål for progression: højst to fraværsdage pr. måned.", True),
    ("Telefonisk status med mentor hver 14. dag og opfølgningssamtale med sagsbehandler hver måned. Progressionen vurderes ud fra fremmøde og mentorens noter.", False),
    ("Evaluering hver måned (niveau 2). Delmål 1: stabilt fremmøde. Delmål 2: {S2} klarer transporten selv.", False),
]
PLACEHOLDERS = ["-", "Udfyldes senere", "xx", "…", ""]


# ------------------------------------------------------------------ dates
def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return D(y, mo, min(d.day, last))


def six_month_end(start, months=6):
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_date(d, style):
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dot2":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dotshort":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


DATE_STYLES = ["long", "long", "den", "abbr", "dot", "dot2", "dot2", "dotshort", "slash", "slashdash", "iso", "dash"]


def fmt_range(s, e, rng, style=None):
    ds = style or rng.choice(DATE_STYLES)
    a, b = fmt_date(s, ds), fmt_date(e, ds)
    if ds == "den":
        a2, b2 = fmt_date(s, "long"), fmt_date(e, "long")
        return f"fra den {a2} til den {b2}"
    pat = rng.choice(["{a} – {b}", "{a} - {b}", "{a} til {b}", "fra {a} til {b}", "f.o.m. {a} t.o.m. {b}",
                      "fra og med {a} til og med {b}", "{a}–{b}"])
    return pat.format(a=a, b=b)


# ------------------------------------------------------------------ defects
DEFECT_RULE = {
    "goal_missing": "missing-goal", "goal_vague": "unclear-goal",
    "mentor_missing": "missing-mentor", "mentor_nocontact": "missing-mentor",
    "tasks_missing": "missing-tasks",
    "duration_missing": "missing-duration", "duration_over": "duration-over-6-months",
    "followup_missing": "missing-follow-up",
    "hours_missing": "missing-hours", "hours_vague": "missing-hours",
    "appeal_missing": "missing-appeal-guidance", "appeal_nodeadline": "missing-appeal-guidance",
    "appeal_nobody": "missing-appeal-guidance", "appeal_vague": "missing-appeal-guidance",
}
DEFECT_GROUP = {k: k.split("_")[0] for k in DEFECT_RULE}
AGREEMENT_DEFECTS = list(DEFECT_RULE)
MINPLAN_DEFECTS = [k for k in DEFECT_RULE if not k.startswith(("followup", "appeal"))]
DECISION_DEFECTS = ["appeal_missing", "appeal_nodeadline", "appeal_nobody", "appeal_vague", "duration_over"]
# weights: make each defect type reasonably frequent
DEFECT_WEIGHT = {"goal_missing": 5, "goal_vague": 5, "mentor_missing": 4, "mentor_nocontact": 4, "tasks_missing": 7,
                 "duration_missing": 4, "duration_over": 5, "followup_missing": 7, "hours_missing": 3,
                 "hours_vague": 4, "appeal_missing": 2, "appeal_nodeadline": 2, "appeal_nobody": 2, "appeal_vague": 2}


def pick_defects(rng, allowed, p_none=0.4, p_two=0.22):
    r = rng.random()
    n = 0 if r < p_none else (2 if r < p_none + p_two else 1)
    chosen = []
    pool = list(allowed)
    while len(chosen) < n and pool:
        w = [DEFECT_WEIGHT[d] for d in pool]
        d = rng.choices(pool, w)[0]
        chosen.append(d)
        pool = [p for p in pool if DEFECT_GROUP[p] != DEFECT_GROUP[d]]
    return set(chosen)


class Missing:
    """A field that is absent. mode 'omit' drops it; 'ph' shows a placeholder."""

    def __init__(self, mode, ph):
        self.mode, self.ph = mode, ph


def cap(s):
    return s[:1].upper() + s[1:]


# ------------------------------------------------------------------ case
class Case:
    pass


def make_case(rng, kind, defects, du=False, allow_cpr=False, mentor_type=None):
    c = Case()
    c.kind = kind
    c.defects = defects
    mun = rng.choice(MUNIS)
    c.muni, c.muni_addr, c.by = mun
    female = rng.random() < 0.5
    c.first = rng.choice(FIRST_F if female else FIRST_M)
    c.last = rng.choice(LAST)
    c.citizen = f"{c.first} {c.last}"
    c.cw_first = rng.choice(FIRST_F + FIRST_M)
    c.cw = f"{c.cw_first} {rng.choice(LAST)}"
    c.cw_phone = f"{rng.randint(40, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    c.cw_mail = f"{c.cw_first.lower()[:3]}{rng.randint(10, 99)}@{c.muni.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}.dk"
    prov = rng.choice(PROVIDERS)
    c.prov, c.prov_dom, c.prov_addr = prov
    if rng.random() < 0.2:
        c.prov, c.prov_dom = f"Mentorteamet i {c.muni}", c.cw_mail.split("@")[1]
    mf = rng.random() < 0.5
    c.m_first = rng.choice(FIRST_F if mf else FIRST_M)
    while c.m_first in (c.first, c.cw_first):
        c.m_first = rng.choice(FIRST_F + FIRST_M)
    c.m_last = rng.choice(LAST)
    c.mentor = f"{c.m_first} {c.m_last}"
    c.m_phone = f"{rng.randint(20, 31)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    c.m_mail = f"{c.m_first.lower()}.{c.m_last.lower()}@{c.prov_dom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    c.mentor_type = mentor_type or rng.choice(["tilbudsmentor", "tilbudsmentor", "udvidet mentor", "uddannelsesmentor", "mentor"])
    # dates
    c.start = D(2025, 9, 1) + dt.timedelta(days=rng.randint(0, 400))
    if rng.random() < 0.5:
        c.start = c.start.replace(day=1)
    c.letter_date = c.start - dt.timedelta(days=rng.randint(3, 25))
    c.new_regime = c.letter_date >= D(2026, 2, 1)
    c.sender = f"{c.muni} Kommune" if c.new_regime else f"Jobcenter {c.muni}"
    c.body = "kommunen" if c.new_regime else "jobcentret"
    c.sagsnr = f"15.20.{rng.randint(0, 20):02d}-G01-{rng.randint(100, 9999)}-{c.letter_date.year % 100}"
    c.cpr = None
    if allow_cpr:
        bd = D(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 12000))
        c.cpr = f"{bd.day:02d}{bd.month:02d}{bd.year % 100:02d}-{rng.randint(1000, 9999)}"
    c.du = du
    c.S = "du" if du else c.first
    c.S2 = "du" if du else c.first
    c.sin = "din" if du else "sin"
    c.sit = "dit" if du else "sit"
    c.O = "dig" if du else c.first
    c.firma, c.butik, c.skole, c.eud = rng.choice(FIRMS), rng.choice(SHOPS), rng.choice(SCHOOLS), rng.choice(EUD)

    # period
    c.traits = []
    if "duration_over" in defects:
        m = rng.choice([8, 9, 10, 12])
        c.end = six_month_end(c.start, m)
        c.over_months = m
    else:
        m = rng.choice([6, 6, 6, 5, 4, 3, "26w"])
        if m == "26w":
            c.end = c.start + dt.timedelta(days=181)
        else:
            c.end = six_month_end(c.start, m)
        c.over_months = None
        c.months = m
    c.gdate = c.start + dt.timedelta(days=rng.randint(20, 80))

    # goal
    no_date = "duration_missing" in defects
    no_hours = defects & {"hours_missing", "hours_vague"}
    goals = [g for g in GOALS if not (no_date and g[1]) and not (no_hours and g[2])]
    g = rng.choice(goals)
    c.goal_text = fill(c, g[0])
    c.vague_goal = fill(c, rng.choice(VAGUE_GOALS))
    gcat = g[3] if "goal_vague" not in defects else "any"
    tasks = [t for t in TASKS if not (no_date and t[1]) and t[2] in (gcat, "any")]
    c.tasks = [fill(c, t[0]) for t in rng.sample(tasks, rng.randint(2, 4))]
    fus = [f for f in FOLLOWUPS if not (no_date and f[1])]
    if defects & {"goal_missing", "goal_vague"}:
        fus = [f for f in fus if "Delmål" not in f[0] and "Mål for" not in f[0]]
    c.followup = fill(c, rng.choice(fus)[0])
    # hours
    n = rng.choice([1, 2, 2, 3, 3, 4, 5])
    c.hours_n = n
    hv = rng.choice(["num", "num", "tuge", "word", "frac", "range", "month", "total", "ugentligt", "slash"])
    c.hours_variant = hv
    c.hours_text = {
        "num": f"{n} {'time' if n == 1 else 'timer'} pr. uge",
        "tuge": f"{n} t/uge",
        "word": f"{NUMW[n]} {'time' if n == 1 else 'timer'} om ugen",
        "frac": rng.choice(["1½ time pr. uge", "halvanden time ugentligt", "2½ timer om ugen"]),
        "range": f"{n}-{n + 1} timer pr. uge",
        "month": f"{n * 4} timer om måneden",
        "total": f"i alt {n * 26} timer i perioden (ca. {n} timer pr. uge)",
        "ugentligt": f"{n} {'time' if n == 1 else 'timer'} ugentligt",
        "slash": f"{n} {'time' if n == 1 else 'timer'}/uge",
    }[hv]
    if hv == "frac":
        c.traits.append("hours-fraction")
    if hv == "word":
        c.traits.append("hours-in-words")
    c.vague_hours = rng.choice(["efter behov", "et par timer om ugen", "løbende", "efter aftale med mentor", "fleksibelt efter behov"])
    # duration text
    c.duration_text, c.period = duration_phrase(c, rng)
    return c


def private_provider(c, rng):
    """Replace a municipal mentor team by a private provider (for provider forms and invoices)."""
    if c.prov.startswith("Mentorteamet"):
        c.prov, c.prov_dom, c.prov_addr = rng.choice(PROVIDERS)
        c.m_mail = f"{c.m_first.lower()}.{c.m_last.lower()}@{c.prov_dom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")


def fill(c, t):
    s = t.format(S=c.S, S2=c.S2, sin=c.sin, sit=c.sit, O=c.O, by=c.by, firma=c.firma, butik=c.butik, skole=c.skole,
                 eud=c.eud, gdate=fmt_date(c.gdate, "long"))
    return cap(s) if t.startswith("{S}") else s


def duration_phrase(c, rng):
    s, e = c.start, c.end
    period = {"start": s.isoformat(), "end": e.isoformat()}
    if c.over_months:
        m = c.over_months
        mode = rng.choice(["range", "range", "range", "length"])
        if mode == "length":
            ds = fmt_date(s, rng.choice(["long", "dot2", "abbr"]))
            txt = rng.choice([
                f"{m} måneder fra {ds}", f"{NUMW[m]} måneder fra {ds}", f"pr. {ds} i {m} mdr.",
                f"fra {ds} og {m} måneder frem"] + ([f"et år fra {ds}", f"1 år fra {ds}"] if m == 12 else []))
            c.traits.append("duration-as-length")
            return txt, period
        c.traits.append("duration-as-range")
        return fmt_range(s, e, rng), period
    m = c.months
    if m == "26w":
        ds = fmt_date(s, rng.choice(["long", "dot2"]))
        c.traits.append("duration-26-weeks")
        return rng.choice([f"26 uger fra {ds}", f"fra {ds} og 26 uger frem"]), period
    r = rng.random()
    if r < 0.65:
        c.traits.append("duration-as-range")
        return fmt_range(s, e, rng), period
    if r < 0.85 or s.day != 1:
        ds = fmt_date(s, rng.choice(["long", "dot2", "abbr", "den"]))
        words = {6: ["6 måneder", "seks måneder", "6 mdr.", "et halvt år", "½ år"], 5: ["5 måneder", "fem mdr."],
                 4: ["4 måneder", "fire måneder"], 3: ["3 måneder", "tre mdr."]}[m]
        w = rng.choice(words)
        c.traits.append("duration-as-length")
        if w in ("et halvt år", "½ år", "seks måneder", "fire måneder", "fem mdr.", "tre mdr."):
            c.traits.append("numbers-in-words")
        return rng.choice([f"{w} fra {ds}", f"pr. {ds} i {w}", f"fra {ds} og {w} frem"]), period
    # month range, same year only
    if s.day == 1 and e.year == s.year:
        c.traits.append("duration-month-range")
        return f"{MONTHS[s.month - 1]}–{MONTHS[e.month - 1]} {s.year}", period
    c.traits.append("duration-as-range")
    return fmt_range(s, e, rng), period


# ------------------------------------------------------------------ field values
def field(c, rng, name, ph_ok=True):
    """Return the value string for a field or a Missing."""
    d = c.defects
    if name == "goal":
        if "goal_missing" in d:
            return Missing(rng.choice(["omit", "ph"]) if ph_ok else "omit", rng.choice(PLACEHOLDERS))
        return c.vague_goal if "goal_vague" in d else c.goal_text
    if name == "tasks":
        if "tasks_missing" in d:
            return Missing(rng.choice(["omit", "ph"]) if ph_ok else "omit", rng.choice(PLACEHOLDERS))
        return c.tasks
    if name == "duration":
        if "duration_missing" in d:
            return Missing(rng.choice(["omit", "ph", "ph"]) if ph_ok else "omit",
                           rng.choice(PLACEHOLDERS + ["indtil videre", "løbende"]))
        return c.duration_text
    if name == "followup":
        if "followup_missing" in d:
            return Missing(rng.choice(["omit", "ph"]) if ph_ok else "omit", rng.choice(PLACEHOLDERS))
        return c.followup
    if name == "hours":
        if "hours_missing" in d:
            return Missing(rng.choice(["omit", "ph"]) if ph_ok else "omit", rng.choice(PLACEHOLDERS))
        if "hours_vague" in d:
            return c.vague_hours
        return c.hours_text
    if name == "mentor":
        if "mentor_missing" in d:
            return Missing(rng.choice(["omit", "ph"]) if ph_ok else "omit",
                           rng.choice(["Udpeges senere", "-", "Udfyldes senere", "", "xx"]))
        return mentor_str(c, rng, "mentor_nocontact" not in d)
    if name == "appeal":
        return appeal_text(c, rng)
    raise KeyError(name)


def mentor_str(c, rng, contact=True):
    base = rng.choice([f"{c.mentor}, {c.prov}", f"{c.mentor} ({c.prov})", f"{c.mentor}, {c.mentor_type}, {c.prov}"])
    if not contact:
        return base
    con = rng.choice([f"tlf. {c.m_phone}", f"Tlf.: {c.m_phone}", f"mobil {c.m_phone}", c.m_mail, f"mail: {c.m_mail}",
                      f"tlf. {c.m_phone}, {c.m_mail}", f"tlf. +45 {c.m_phone}", f"tlf. {c.m_phone.replace(' ', '')}",
                      f"e-mail {c.m_mail}"])
    return f"{base}, {con}"


def appeal_text(c, rng):
    d = c.defects
    b = c.body
    B = cap(b)
    if "appeal_missing" in d:
        return Missing("omit", "")
    if "appeal_nodeadline" in d:
        return rng.choice([
            f"Du kan klage over afgørelsen til {b}. Hvis {b} fastholder afgørelsen, sendes klagen videre til Ankestyrelsen.",
            f"Er du uenig, kan du klage. Klagen sendes til {c.sender}, som vurderer sagen igen og derefter sender den til Ankestyrelsen.",
            f"Hvis du ikke er enig, kan du klage til {b}. Klagen kan være mundtlig eller skriftlig.",
        ])
    if "appeal_nobody" in d:
        return rng.choice([
            "Du kan klage over afgørelsen. Klagen skal være modtaget senest 4 uger efter, at du har fået dette brev.",
            "Hvis du vil klage, skal det ske inden fire uger fra modtagelsen af brevet. Du kan klage mundtligt eller skriftligt.",
        ])
    if "appeal_vague" in d:
        return rng.choice(["Du kan klage over den.", "Du har mulighed for at klage, hvis du er uenig.",
                           "Du kan klage over afgørelsen."])
    return rng.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {b} inden fire uger. {B} skal så genvurdere afgørelsen inden fire uger, fra klagen er modtaget. Hvis {b} fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til den.",
        f"Du kan klage over afgørelsen. Klagen skal være modtaget af {c.sender} senest 4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204 og retssikkerhedslovens kapitel 10).",
        f"Er du uenig, kan du klage til {b} senest 4 uger efter, at du har modtaget brevet. Send klagen til {c.sender}, {c.muni_addr}, eller ring til din sagsbehandler. Fastholder vi afgørelsen, sender vi sagen til Ankestyrelsen.",
        f"Sådan klager du: Ring, skriv eller send en mail til din sagsbehandler inden 4 uger. {B} genvurderer afgørelsen og sender klagen til Ankestyrelsen, hvis afgørelsen fastholdes.",
    ])


def is_missing(v):
    return isinstance(v, Missing)


def kv_rows(rows):
    """rows: list of (label, value). Missing values: omit row or placeholder."""
    out = []
    for l, v in rows:
        if is_missing(v):
            if v.mode == "omit":
                continue
            out.append((l, v.ph))
        elif isinstance(v, list):
            out.append((l, "\n".join("• " + cap(t) for t in v)))
        else:
            out.append((l, v))
    return out


LABELS = {
    "goal": ["Mål med mentorstøtten", "Formål", "Målet med mentorstøtten", "Mål", "Hovedformål", "Formål med mentorforløbet", "Målsætning"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Tilknyttet mentor", "Mentor (navn og kontakt)"],
    "tasks": ["Mentorens opgaver", "Indsatsområder", "Opgaver", "Støtten består i", "Mentorens opgaver og indsatsområder"],
    "duration": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode", "Forløbsperiode", "Tidsrum"],
    "followup": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Opfølgning og mål for progression"],
    "hours": ["Timetal", "Antal timer", "Timeantal", "Omfang", "Bevilget timetal"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}


def lab(rng, f):
    return rng.choice(LABELS[f])


def typo(rng, text):
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def intro_p(c, rng):
    t = rng.choice([
        f"Denne aftale er indgået mellem {c.citizen}, mentor og {c.sender} på mødet {fmt_date(c.letter_date, 'long')}.",
        f"Aftalen er lavet i fællesskab på en samtale {fmt_date(c.letter_date, 'den')}.",
        "Aftalen beskriver samarbejdet mellem borger, mentor og sagsbehandler.",
        f"{c.sender} har bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
    ])
    if rng.random() < 0.25:
        t = typo(rng, t)
        c.traits.append("typo")
    return t


def letterhead(c, rng):
    return rng.choice([f"{c.sender} · {c.muni_addr}", f"{c.sender} – Center for Arbejdsmarked",
                       f"{c.sender.upper()}  |  Job og Ydelse  |  {c.muni_addr}"])


def citizen_rows(c, rng):
    rows = [("Borger", c.citizen)]
    if c.cpr:
        rows.append(("CPR-nr.", c.cpr))
    rows.append(("Sagsbehandler", f"{c.cw}, tlf. {c.cw_phone}"))
    if rng.random() < 0.5:
        rows.append(("Sagsnr.", c.sagsnr))
    rows.append(("Dato", fmt_date(c.letter_date, rng.choice(["long", "dot2", "dash"]))))
    return rows


def signature_block(c, rng):
    if rng.random() < 0.5:
        return [("table", [["Underskrift borger", "Underskrift mentor", "Underskrift sagsbehandler"],
                           ["", "", ""], ["Dato:", "Dato:", "Dato:"]], True)]
    return [("p", "_______________________          _______________________\nBorger                                      Mentor")]


def appeal_blocks(c, rng, label=None, as_heading=True):
    v = field(c, rng, "appeal")
    if is_missing(v):
        return []
    lab_ = label or lab(rng, "appeal")
    if as_heading and v.startswith("Sådan klager du: "):
        v = cap(v[len("Sådan klager du: "):])
    if as_heading:
        return [("h", 2, lab_), ("p", v)]
    return [("p", f"{lab_}: {v}")]


# ------------------------------------------------------------------ agreement layouts
def ag_kommune_table(c, rng):
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte (LAB § 167)",
                        "Aftale om mentorforløb"])
    blocks = [("h", 1, title), ("kv", citizen_rows(c, rng), "table"), ("p", intro_p(c, rng))]
    split_mentor = rng.random() < 0.4
    rows = [(lab(rng, "goal"), field(c, rng, "goal"))]
    if split_mentor and "mentor_missing" not in c.defects:
        rows.append(("Mentor", f"{c.mentor}, {c.prov}"))
        if "mentor_nocontact" not in c.defects:
            if rng.random() < 0.7:
                rows.append(("Mentors tlf.", c.m_phone))
            if rng.random() < 0.6 or len(rows) == 2:
                rows.append(("Mentors e-mail", c.m_mail))
        c.traits.append("mentor-split-rows")
    else:
        rows.append((lab(rng, "mentor"), field(c, rng, "mentor")))
    rows += [(lab(rng, "tasks"), field(c, rng, "tasks")), (lab(rng, "duration"), field(c, rng, "duration")),
             (lab(rng, "hours"), field(c, rng, "hours")), (lab(rng, "followup"), field(c, rng, "followup"))]
    if rng.random() < 0.3:
        rows = [rows[0], rows[1]] + rng.sample(rows[2:], len(rows) - 2)
        c.traits.append("field-order-shuffled")
    blocks.append(("kv", kv_rows(rows), "table"))
    blocks += appeal_blocks(c, rng)
    blocks += signature_block(c, rng)
    return Doc(blocks, title=title, header=letterhead(c, rng) if rng.random() < 0.6 else None,
               footer=f"{c.sender} · {c.muni_addr}" if rng.random() < 0.4 else None,
               pdf_style="headfoot", font=rng.choice(["helv", "dejavu"]))


def ag_numbered(c, rng):
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Mentorstøtte – skriftlig aftale"])
    blocks = [("h", 1, title), ("p", f"Borger: {c.citizen}" + (f"   CPR: {c.cpr}" if c.cpr else "") +
                                  f"\nSagsbehandler: {c.cw}, {c.sender}, tlf. {c.cw_phone}")]
    numfmt = rng.choice(["{n}. {t}", "{n}) {t}", "Punkt {n} – {t}", "§ {n}. {t}"])
    secs = [("goal", rng.choice(["Målet med mentorstøtten", "Mål og hovedformål", "Formål"])),
            ("mentor", rng.choice(["Mentorens navn og kontaktdata", "Mentor"])),
            ("tasks", rng.choice(["Hvilke opgaver mentoren skal bistå ved", "Mentorens opgaver"])),
            ("duration", rng.choice(["Varighed", "Aftalens varighed"])),
            ("followup", rng.choice(["Opfølgning – inklusiv mål for progression", "Opfølgning og evaluering"])),
            ("hours", rng.choice(["Timetal", "Timetallet for mentorstøtten"])),
            ("appeal", "Klagevejledning")]
    n = 1
    renumber = rng.random() < 0.5
    for key, t in secs:
        v = field(c, rng, key)
        if is_missing(v) and v.mode == "omit":
            if not renumber:
                n += 1
            continue
        blocks.append(("h", 2, numfmt.format(n=n, t=t)))
        n += 1
        if is_missing(v):
            blocks.append(("p", v.ph if v.ph else " "))
        elif isinstance(v, list):
            if rng.random() < 0.5:
                blocks.append(("bullets", [cap(x) for x in v]))
            else:
                blocks.append(("p", "Mentoren skal " + ", ".join(v[:-1]) + " og " + v[-1] + "."))
        else:
            blocks.append(("p", v))
    blocks += signature_block(c, rng)
    return Doc(blocks, title=title, header=letterhead(c, rng) if rng.random() < 0.5 else None,
               pdf_style=rng.choice(["single", "headfoot"]), footer=f"Side 1 · {c.sagsnr}" if rng.random() < 0.3 else None,
               wrap=rng.choice([None, 70, 76]))


def ag_content_controls(c, rng):
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte – skabelon 2025"])
    rows = []
    for key, label in [("goal", "Målet med mentorstøtten"), ("mentor", "Mentorens navn og kontaktdata"),
                       ("tasks", "Mentorens opgaver"), ("duration", "Aftalens varighed (fra–til)"),
                       ("followup", "Opfølgning inkl. mål for progression"), ("hours", "Timetal pr. uge")]:
        v = field(c, rng, key)
        if is_missing(v):
            if v.mode == "omit" and rng.random() < 0.3:
                continue
            rows.append((label, None))  # unfilled content control -> placeholder text
        elif isinstance(v, list):
            rows.append((label, "; ".join(cap(x) for x in v)))
        else:
            rows.append((label, v))
    blocks = [("h", 1, title), ("kv", [("Borger", c.citizen), ("Sagsbehandler", c.cw),
                                       ("Dato", fmt_date(c.letter_date, "dash"))], "cc"),
              ("kv", rows, "cc")]
    blocks += appeal_blocks(c, rng, label="Klagevejledning")
    blocks.append(("p", "Borgerens underskrift: ____________________"))
    c.traits.append("content-controls")
    if any(v is None for _, v in rows):
        c.traits.append("unfilled-content-control")
    return Doc(blocks, title=title, header=f"{c.sender} · Mentoraftale (skabelon)", footer="Version 3.2 – intern skabelon")


def ag_provider_form(c, rng):
    # Private provider form; letterhead without phone so the mentor's contact must be in the mentor field.
    private_provider(c, rng)
    title = rng.choice(["Forløbsaftale – mentorstøtte", "Samarbejdsaftale om mentorforløb", "Mentorkontrakt"])
    blocks = [("h", 1, title),
              ("kv", [("Deltager", c.citizen), ("Henvisende kommune", f"{c.muni} Kommune, sagsbehandler {c.cw}"),
                      ("Mentortype", cap(c.mentor_type))], "lines")]
    v = field(c, rng, "duration")
    blocks.append(("h", 2, rng.choice(["Forløbsperiode", "Periode"])))
    if is_missing(v):
        blocks.append(("p", "Opstart aftales med deltageren." if v.mode == "omit" or not v.ph else v.ph))
    else:
        blocks.append(("p", cap(v)))
    v = field(c, rng, "mentor")
    if not (is_missing(v) and v.mode == "omit"):
        blocks.append(("h", 2, "Din mentor"))
        blocks.append(("p", v.ph if is_missing(v) else v))
    v = field(c, rng, "goal")
    if not (is_missing(v) and v.mode == "omit"):
        blocks.append(("h", 2, rng.choice(["Formål med forløbet", "Mål"])))
        blocks.append(("p", v.ph if is_missing(v) else v))
    v = field(c, rng, "tasks")
    if not (is_missing(v) and v.mode == "omit"):
        blocks.append(("h", 2, "Indsatsområder"))
        blocks.append(("p", v.ph) if is_missing(v) else ("bullets", [cap(x) for x in v]))
    v = field(c, rng, "hours")
    blocks.append(("h", 2, rng.choice(["Timeforbrug", "Omfang"])))
    if not is_missing(v) and v == c.hours_text and c.hours_variant in ("num", "tuge", "ugentligt", "slash") and rng.random() < 0.6:
        lv = 1 if c.hours_n <= 1 else (2 if c.hours_n == 2 else 3)
        box = {1: "☒" if lv == 1 else "☐", 2: "☒" if lv == 2 else "☐", 3: "☒" if lv == 3 else "☐"}
        blocks.append(("p", f"{box[1]} Niveau 1 (0-1 time pr. uge)\n{box[2]} Niveau 2 (1-2 timer pr. uge)\n"
                            f"{box[3]} Niveau 3 (mere end 2 timer pr. uge)\nAftalt: {v}"))
        c.traits.append("checkbox-levels")
    elif is_missing(v):
        blocks.append(("p", v.ph if v.mode == "ph" and v.ph else "Timetallet fastsættes ved opstart."))
    else:
        blocks.append(("p", f"Der er afsat {v}."))
    v = field(c, rng, "followup")
    if not (is_missing(v) and v.mode == "omit"):
        blocks.append(("h", 2, "Opfølgning og progression"))
        blocks.append(("p", v.ph if is_missing(v) else v))
    v = field(c, rng, "appeal")
    if not is_missing(v):
        blocks.append(("h", 2, "Klageadgang"))
        full = not (c.defects & {"appeal_nodeadline", "appeal_nobody", "appeal_vague"})
        blocks.append(("p", (f"Afgørelsen om mentorstøtte er truffet af {c.muni} Kommune. " if full else "") + v))
    blocks.append(("p", f"Med venlig hilsen\n{c.prov}\n{c.prov_addr} · www.{c.prov_dom}"))
    blocks += signature_block(c, rng)
    c.traits.append("provider-authored")
    return Doc(blocks, title=title, header=f"{c.prov} · {c.prov_addr} · CVR {rng.randint(10000000, 99999999)}",
               footer=f"www.{c.prov_dom}", pdf_style=rng.choice(["headfoot", "single", "twocol"]), font=rng.choice(["helv", "dejavu"]))


def ag_prose_du(c, rng):
    assert c.du
    ps = [f"Kære {c.first}", rng.choice([
        "Tak for en god snak i dag. Her skriver jeg det ned, som vi aftalte om din mentor.",
        "Som lovet får du her vores aftale om mentorstøtte på skrift.",
        "Hermed en opsummering af det, vi talte om på mødet."])]
    v = field(c, rng, "goal", ph_ok=False)
    if not is_missing(v):
        if v == c.goal_text:
            ps.append(rng.choice(["Målet er, at ", "Det, vi arbejder hen imod, er, at ", "Vi har aftalt, at målet er, at "]) + v[0].lower() + v[1:])
        else:
            ps.append("Målet med mentorstøtten er: " + v)
    v = field(c, rng, "mentor", ph_ok=False)
    if not is_missing(v):
        if "mentor_nocontact" in c.defects:
            ps.append(f"Din mentor bliver {c.mentor} fra {c.prov}. {c.m_first} kontakter dig inden opstart.")
        else:
            ps.append(rng.choice([
                f"Din mentor hedder {c.mentor} og kommer fra {c.prov}. Du kan ringe til {c.m_first} på {c.m_phone} eller skrive til {c.m_mail}.",
                f"Din mentor er {c.mentor}, {c.prov}, tlf. {c.m_phone}.",
                f"{c.mentor} fra {c.prov} bliver din mentor. Mail: {c.m_mail}."]))
    v = field(c, rng, "tasks", ph_ok=False)
    if not is_missing(v):
        who = c.m_first if "mentor_missing" not in c.defects else "Mentoren"
        ps.append(f"{who} skal " + ", ".join(v[:-1]) + " og " + v[-1] + ".")
    v = field(c, rng, "duration", ph_ok=False)
    if not is_missing(v):
        ps.append(rng.choice(["Aftalen gælder ", "Mentorstøtten løber ", "Vi har aftalt, at støtten gives "]) + in_period(v) + ".")
    v = field(c, rng, "hours", ph_ok=False)
    if not is_missing(v):
        if v == c.hours_text:
            ps.append(rng.choice([f"Timetallet er {v}.", f"Mentoren har {v} til dig.", f"Omfanget er {v}."]))
        else:
            ps.append(f"Omfanget af timer: {v}.")
    v = field(c, rng, "followup", ph_ok=False)
    if not is_missing(v):
        ps.append("Sådan følger vi op: " + v)
    v = field(c, rng, "appeal")
    if not is_missing(v):
        ps.append(v)
    ps.append(rng.choice(["Du er altid velkommen til at ringe, hvis der er noget.", "Ring endelig, hvis du har spørgsmål."]))
    ps.append(f"Venlig hilsen\n{c.cw}\n{c.sender}\nTlf. {c.cw_phone}")
    if rng.random() < 0.3:
        ps[1] = typo(rng, ps[1])
        c.traits.append("typo")
    c.traits.append("du-form-prose")
    return Doc([("p", p) for p in ps], title="Din aftale om mentor",
               header=f"{c.sender}  {fmt_date(c.letter_date, 'long')}", wrap=rng.choice([None, 66, 72]),
               mail=None, pdf_style="single", font="dejavu")


def ag_qa(c, rng):
    assert c.du
    title = rng.choice(["Din mentoraftale", "Aftale om din mentor – kort fortalt"])
    blocks = [("h", 1, title), ("p", f"{c.citizen} · {c.sender} · {fmt_date(c.letter_date, 'long')}")]
    qs = [("goal", "Hvad skal du nå?"), ("mentor", "Hvem er din mentor?"), ("tasks", "Hvad skal mentoren hjælpe dig med?"),
          ("duration", "Hvor længe varer aftalen?"), ("hours", "Hvor mange timer får du?"),
          ("followup", "Hvordan følger vi op?"), ("appeal", "Hvad gør du, hvis du er uenig?")]
    for key, q in qs:
        v = field(c, rng, key)
        if is_missing(v) and v.mode == "omit":
            continue
        blocks.append(("h", 2, q))
        if is_missing(v):
            blocks.append(("p", v.ph or " "))
        elif isinstance(v, list):
            blocks.append(("bullets", [cap(x) for x in v]))
        elif key == "duration":
            blocks.append(("p", cap(v) + "." if not v.startswith(("fra", "f.o.m", "pr.")) else "Aftalen gælder " + v + "."))
        elif key == "hours":
            blocks.append(("p", f"Du får {v}." if v not in (c.vague_hours,) else cap(v) + "."))
        else:
            blocks.append(("p", v))
    c.traits.append("question-answer")
    return Doc(blocks, title=title, html_style=rng.choice(["plain", "eboks"]), header=c.sender, pdf_style=rng.choice(["single", "twocol"]),
               font="dejavu")


def decision_head(c, rng, title):
    rows = [("Dato", fmt_date(c.letter_date, "long")), ("Sagsnr.", c.sagsnr), ("Sagsbehandler", f"{c.cw}, tlf. {c.cw_phone}")]
    if c.cpr:
        rows.insert(1, ("CPR-nr.", c.cpr))
    return [("p", f"{c.citizen}\n{rng.choice(['Skovvej', 'Møllegade', 'Parkvej', 'Bakkedraget'])} {rng.randint(1, 60)}\n{c.muni_addr.split(', ')[1]}"),
            ("kv", rows, "lines"), ("h", 1, title)]


def ag_embedded(c, rng, bilag=False):
    """Decision letter whose body is (or attaches) the full mentor agreement. Labelled as agreement."""
    title = rng.choice(["Bevilling af mentorstøtte", "Afgørelse om mentorstøtte", "Du får mentorstøtte"])
    blocks = decision_head(c, rng, title)
    blocks.append(("p", f"Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats {in_period(c.duration_text)}."))
    blocks.append(("h", 2, "Begrundelse"))
    blocks.append(("p", rng.choice([
        "Vi har lagt vægt på, at du har brug for støtte for at kunne fastholde dit forløb, og at støtten ikke kan gives som en del af det almindelige tilbud.",
        "Vi vurderer, at mentorstøtte er nødvendig for, at du kan gennemføre dit forløb. Vi har lagt vægt på oplysningerne fra samtalen og fra din læge."])))
    agr_title = "Bilag 1: Mentoraftale" if bilag else "Jeres mentoraftale"
    rows = [(lab(rng, "goal"), field(c, rng, "goal")), (lab(rng, "mentor"), field(c, rng, "mentor")),
            (lab(rng, "tasks"), field(c, rng, "tasks")), (lab(rng, "duration"), field(c, rng, "duration")),
            (lab(rng, "hours"), field(c, rng, "hours")), (lab(rng, "followup"), field(c, rng, "followup"))]
    appeal = appeal_blocks(c, rng, label="Klagevejledning")
    if bilag:
        blocks += appeal
        blocks.append(("p", f"Venlig hilsen\n{c.cw}\n{c.sender}"))
        blocks.append(("pagebreak",))
        blocks.append(("h", 1, agr_title))
        blocks.append(("kv", kv_rows(rows), "table"))
        blocks.append(("p", "Aftalen er en del af afgørelsen af " + fmt_date(c.letter_date, "long") + "."))
        c.traits.append("agreement-as-bilag")
    else:
        blocks.append(("h", 2, agr_title))
        blocks.append(("kv", kv_rows(rows), rng.choice(["table", "lines"])))
        blocks += appeal
        blocks.append(("p", f"Venlig hilsen\n{c.cw}\n{c.sender}"))
        c.traits.append("agreement-embedded-in-decision")
    return Doc(blocks, title=title, header=letterhead(c, rng), footer=f"{c.sender} · {c.muni_addr}",
               pdf_style="headfoot", font=rng.choice(["helv", "dejavu"]),
               mail=mail_meta(c, rng, title, sender_cw=True))


def ag_fagsystem(c, rng):
    title = "Udskrift af indsats – Mentor (LAB § 167)"
    d = c.defects
    rows = [("Borger", c.citizen + (f" ({c.cpr})" if c.cpr else "")), ("Indsatstype", "Mentorstøtte § 167"),
            ("Status", "Bevilget"), ("Leverandør", c.prov)]
    if "mentor_missing" not in d:
        rows.append(("Mentor", c.mentor))
        if "mentor_nocontact" not in d:
            rows.append(("Mentor tlf", c.m_phone))
            if rng.random() < 0.5:
                rows.append(("Mentor e-mail", c.m_mail))
    else:
        rows.append(("Mentor", ""))
    if "duration_missing" in d:
        rows += [("Startdato", ""), ("Slutdato", "")]
    elif getattr(c, "months", None) != "26w" and (c.traits.count("duration-as-range") or rng.random() < 0.5):
        ds = rng.choice(["dot2", "dash", "iso"])
        rows += [("Startdato", fmt_date(c.start, ds)), ("Slutdato", fmt_date(c.end, ds))]
        c.traits.append("start-end-separate-fields")
    else:
        rows.append(("Varighed", c.duration_text))
    v = field(c, rng, "hours")
    rows.append(("Timer/uge", (v.ph if is_missing(v) else (str(c.hours_n) if v == c.hours_text and rng.random() < 0.4 else v))))
    if rows[-1][1] == str(c.hours_n):
        c.traits.append("hours-bare-number-under-label")
    v = field(c, rng, "goal")
    rows.append(("Formål (fritekst)", v.ph if is_missing(v) else v))
    v = field(c, rng, "tasks")
    rows.append(("Opgaver (fritekst)", v.ph if is_missing(v) else "; ".join(v)))
    v = field(c, rng, "followup")
    rows.append(("Opfølgning", v.ph if is_missing(v) else v))
    v = field(c, rng, "appeal")
    blocks = [("h", 1, title), ("kv", rows, "table"),
              ("p", f"Udskrevet {fmt_date(c.letter_date, 'dot2')} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)} af {c.cw}")]
    if not is_missing(v):
        blocks.insert(2, ("kv", [("Klagevejledning (brevtekst)", v)], "table"))
    c.traits.append("fagsystem-printout")
    return Doc(blocks, title=title, txt_style="fagsystem", html_style="fagsystem", pdf_style="single",
               header=f"FAGSYSTEM · {c.muni} Kommune · {c.sagsnr}")


def mail_meta(c, rng, subject, sender_cw=True, to_mentor=False):
    dtm = dt.datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, rng.randint(8, 15), rng.randint(0, 59),
                      tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return {"from": f"{c.cw} <{c.cw_mail}>", "to": f"{c.citizen} <{c.first.lower()}{rng.randint(1, 99)}@mail.dk>",
            "cc": f"{c.mentor} <{c.m_mail}>" if to_mentor else None, "subject": subject, "date": dtm,
            "msgid": f"<{rng.randint(10**9, 10**10)}.{c.sagsnr.replace('.', '')}@{c.cw_mail.split('@')[1]}>",
            "html": rng.random() < 0.3, "cte": rng.choice(["quoted-printable", "8bit", "base64"])}


def ag_email(c, rng):
    subj = rng.choice(["Vores aftale om mentor", "Opsummering: mentorstøtte", "Mentoraftale – som aftalt i dag",
                       "SV: mentor"])
    du = c.du
    ps = [("p", f"Hej {c.first}" + (f" og {c.m_first}" if "mentor_missing" not in c.defects else "")),
          ("p", "Her er den aftale, vi lavede på mødet i dag. Skriv endelig, hvis noget skal rettes.")]
    items = []
    for key, l in [("goal", "Mål"), ("mentor", "Mentor"), ("tasks", "Opgaver"), ("duration", "Periode"),
                   ("hours", "Timer"), ("followup", "Opfølgning")]:
        v = field(c, rng, key)
        if is_missing(v):
            if v.mode == "ph":
                items.append(f"{l}: {v.ph}")
            continue
        if isinstance(v, list):
            v = "; ".join(v)
        items.append(f"{l}: {v}")
    ps.append(("bullets", items))
    ap = field(c, rng, "appeal")
    if not is_missing(ap):
        ps.append(("p", "Klagevejledning: " + ap))
    ps.append(("p", f"Mvh\n{c.cw}\nSagsbehandler, {c.sender}\nDirekte tlf. {c.cw_phone}"))
    if rng.random() < 0.4:
        ps.append(("p", f"> {c.first} skrev {fmt_date(c.letter_date, 'dot2')}:\n> Hej, kan du sende det vi aftalte?"))
        c.traits.append("quoted-reply")
    c.traits.append("email-body-agreement")
    cc_ok = not (c.defects & {"mentor_missing", "mentor_nocontact"})
    return Doc(ps, title=subj, mail=mail_meta(c, rng, subj, to_mentor=cc_ok), wrap=rng.choice([None, 72]))


def ag_sidebar(c, rng):
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale"])
    side = [("h", 3, "Kontakt"), ("p", f"{c.sender}\n{c.muni_addr}\nSagsbehandler: {c.cw}\nTlf. {c.cw_phone}\n{c.cw_mail}"),
            ("h", 3, "Åbningstider"), ("p", "Man-tors 9-15\nFre 9-12"), ("p", f"Sagsnr. {c.sagsnr}")]
    blocks = [("h", 1, title), ("p", f"Borger: {c.citizen}"), ("p", intro_p(c, rng))]
    for key in ["goal", "mentor", "tasks", "duration", "hours", "followup"]:
        v = field(c, rng, key)
        if is_missing(v) and v.mode == "omit":
            continue
        blocks.append(("h", 2, lab(rng, key)))
        if is_missing(v):
            blocks.append(("p", v.ph or " "))
        elif isinstance(v, list):
            blocks.append(("bullets", [cap(x) for x in v]))
        else:
            blocks.append(("p", v))
    blocks += appeal_blocks(c, rng)
    c.traits.append("sidebar-with-caseworker-contact")
    return Doc(blocks, title=title, sidebar=side, pdf_style="sidebar", header=c.sender,
               footer=f"{c.sender} · {c.muni_addr}", font=rng.choice(["helv", "dejavu"]))


# ------------------------------------------------------------------ decisions
def dec_text(c, rng, sub):
    """Return list of blocks for decision body (no head/appeal)."""
    law = rng.choice(["§ 167 i lov om en aktiv beskæftigelsesindsats", "LAB § 167, stk. 1", "lov om en aktiv beskæftigelsesindsats § 167"])
    out = []
    rng_txt = in_period(c.duration_text)
    if sub == "grant":
        out.append(("p", f"Du får bevilget mentorstøtte efter {law} {rng_txt}. Støtten er på {c.hours_text}, og mentoren kommer fra {c.prov}."))
        out.append(("p", "Mentoren kontakter dig inden opstart. Jeres aftale om mål og opgaver skrives ind i Min Plan."))
        out.append(("h", 2, "Begrundelse"))
        out.append(("p", rng.choice([
            "Vi har lagt vægt på, at du har brug for støtte for at fastholde din praktik, og at støtten ligger ud over det, arbejdspladsen normalt kan give.",
            "Vi vurderer, at du har brug for en mentor for at kunne starte og gennemføre din uddannelse. Vi har lagt vægt på dine egne oplysninger og oplysningerne fra skolen."])))
    elif sub == "partial":
        asked = rng.choice(["hours", "hours", "length"])
        if asked == "length" and c.over_months is None:
            out.append(("p", f"Du har søgt om mentorstøtte i {rng.choice([9, 12])} måneder. Du får delvis medhold: Du får bevilget mentorstøtte efter {law} {rng_txt}, {c.hours_text}."))
            out.append(("h", 2, "Begrundelse"))
            out.append(("p", "Mentorstøtte kan efter loven bevilges for højst 6 måneder ad gangen. Inden perioden udløber, vurderer vi sammen med dig, om der er behov for en ny periode."))
            c.traits.append("requested-length-over-6-mentioned")
        else:
            out.append(("p", f"Du har søgt om mentorstøtte {c.hours_n + 3} timer om ugen. Du får delvis medhold: Du får bevilget {c.hours_text} {rng_txt}."))
            out.append(("h", 2, "Begrundelse"))
            out.append(("p", f"Vi har lagt vægt på, at du i forvejen har støtte fra skolens SPS-ordning, og at mentoren derfor kun skal dække transport og fremmøde. Vi vurderer, at {c.hours_text} er tilstrækkeligt."))
        out.append(("h", 2, "Lovgrundlag"))
        out.append(("p", "Lov om en aktiv beskæftigelsesindsats §§ 167-168 og bekendtgørelse om en aktiv beskæftigelsesindsats kapitel 17."))
    elif sub == "refusal":
        out.append(("p", f"Du har søgt om mentorstøtte fra {fmt_date(c.start, 'long')}. Du får afslag."))
        out.append(("h", 2, "Begrundelse"))
        out.append(("p", rng.choice([
            "Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse. Du har oplyst, at du ikke ønsker at arbejde eller tage en uddannelse i den nærmeste tid, og derfor er betingelserne ikke opfyldt.",
            "Vi har lagt vægt på, at den støtte, du har brug for, allerede gives af uddannelsesstedet gennem SPS og elevcoach. Mentorstøtte kan ikke gives til opgaver, som en anden ordning dækker."])))
        out.append(("h", 2, "Lovgrundlag"))
        out.append(("p", f"{cap(law)}; STAR, Vejledning om mentorordningen."))
    elif sub == "extension":
        prev_e = c.start - dt.timedelta(days=1)
        prev_s = add_months(prev_e + dt.timedelta(days=1), -6)
        out.append(("p", f"Din tidligere periode med mentorstøtte ({fmt_range(prev_s, prev_e, rng, 'long')}) udløber. "
                         f"Vi har besluttet at forlænge mentorstøtten {rng_txt}, {c.hours_text}."))
        out.append(("h", 2, "Begrundelse"))
        out.append(("p", "Ved evalueringen 14 dage før periodens udløb blev det vurderet, at du er tæt på at kunne fortsætte uden mentor, men at du fortsat har brug for støtte i overgangen til løntilskud. Forlængelsen er givet efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt."))
    elif sub == "end":
        stop = c.start + dt.timedelta(days=rng.randint(40, 120))
        c.letter_date = stop - dt.timedelta(days=rng.randint(5, 20))
        c.new_regime = c.letter_date >= D(2026, 2, 1)
        c.sender = f"{c.muni} Kommune" if c.new_regime else f"Jobcenter {c.muni}"
        c.body = "kommunen" if c.new_regime else "jobcentret"
        out.append(("p", f"Du har haft mentorstøtte fra {fmt_date(c.start, 'long')}. Din mentorstøtte ophører pr. {fmt_date(stop, 'long')}."))
        out.append(("h", 2, "Begrundelse"))
        out.append(("p", rng.choice([
            "Du er startet i ordinært job og har oplyst, at du ikke længere har brug for en mentor. Formålet med støtten er derfor opfyldt.",
            "Du har ikke deltaget i aftalerne med din mentor siden " + fmt_date(stop - dt.timedelta(days=30), "long") +
            ", og vi har ikke kunnet få kontakt til dig. Vi vurderer derfor, at støtten ikke længere kan bidrage til målet om uddannelse."])))
    return out


DEC_TITLES = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"],
              "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte"],
              "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"],
              "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"]}


def decision_doc(c, rng, sub, layout):
    title = rng.choice(DEC_TITLES[sub])
    body = dec_text(c, rng, sub)
    ap = appeal_blocks(c, rng, label=rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
    sig = ("p", f"Venlig hilsen\n{c.cw}\n{c.sender}")
    if layout in ("formal", "sidebar"):
        blocks = decision_head(c, rng, title) + body + ap + [sig]
        side = None
        if layout == "sidebar":
            side = [("h", 3, c.sender), ("p", f"{c.muni_addr}\nTlf. {c.cw_phone}\n{c.cw_mail}\nSagsnr. {c.sagsnr}"),
                    ("p", f"Dato: {fmt_date(c.letter_date, 'dot2')}")]
            blocks = [("h", 1, title), ("p", f"Til {c.citizen}")] + body + ap + [sig]
        return Doc(blocks, title=title, header=letterhead(c, rng), footer=f"{c.sender} · {c.muni_addr}",
                   sidebar=side, pdf_style="sidebar" if side else "headfoot", font=rng.choice(["helv", "dejavu"]))
    if layout in ("du_letter", "eboks"):
        blocks = [("h", 1, title), ("p", f"Kære {c.first}")] + body + ap + [sig]
        return Doc(blocks, title=title, html_style="eboks" if layout == "eboks" else "plain",
                   header=f"Fra: {c.sender} · {fmt_date(c.letter_date, 'long')}",
                   mail=mail_meta(c, rng, title), wrap=rng.choice([None, 70, 76]))
    if layout == "fagsystem":
        rows = [("Borger", c.citizen), ("Afgørelsestype", {"grant": "Bevilling", "partial": "Delvis bevilling", "refusal": "Afslag",
                                                          "extension": "Forlængelse", "end": "Ophør"}[sub]),
                ("Indsats", "Mentor § 167"), ("Afgørelsesdato", fmt_date(c.letter_date, "dot2"))]
        blocks = [("h", 1, "Brevudskrift – " + title), ("kv", rows, "lines")] + body + ap
        return Doc(blocks, title=title, txt_style="fagsystem", header=f"FAGSYSTEM · {c.sagsnr}")
    raise ValueError(layout)


# ------------------------------------------------------------------ min plan
def minplan_doc(c, rng, layout):
    d = c.defects
    rows = [("Aktivitet", rng.choice(["Mentorstøtte", "Mentor (§ 167)", "Mentorstøtte – LAB § 167"])),
            ("Status", rng.choice(["Aktiv", "Planlagt", "I gang"]))]
    v = field(c, rng, "duration")
    if not (is_missing(v) and v.mode == "omit"):
        if is_missing(v):
            rows.append(("Periode", v.ph))
        elif layout in ("jobnet", "txt") and "duration-as-range" in c.traits and rng.random() < 0.6:
            rows.append(("Periode", f"{fmt_date(c.start, 'dot2')} - {fmt_date(c.end, 'dot2')}"))
        else:
            rows.append(("Periode", v))
    for key, l in [("goal", rng.choice(["Formål", "Mål med mentorstøtten", "Formålet med mentorstøtten"])),
                   ("mentor", rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor"])),
                   ("tasks", rng.choice(["Mentorens opgaver", "Hvad mentoren hjælper med"])),
                   ("hours", rng.choice(["Timer", "Timetal", "Antal timer"]))]:
        v = field(c, rng, key)
        if is_missing(v):
            if v.mode == "ph":
                rows.append((l, v.ph))
            continue
        rows.append((l, "; ".join(cap(x) for x in v) if isinstance(v, list) else v))
    if rng.random() < 0.5:
        rows.append(("Lovgrundlag", rng.choice(["LAB § 167", "Lov om en aktiv beskæftigelsesindsats § 167", "LAB § 31 b"])))
    blocks = [("h", 1, "Min Plan"), ("p", f"{c.citizen} · Opdateret {fmt_date(c.letter_date, 'dot2')} af {c.cw}, {c.sender}")]
    clean_other = not (d & {"duration_missing", "duration_over", "goal_missing", "goal_vague", "hours_missing", "hours_vague"})
    if clean_other and rng.random() < 0.6:
        blocks.append(("h", 2, "Dit mål"))
        blocks.append(("p", rng.choice(["Job som lagermedarbejder", "Uddannelse: SOSU-hjælper", "Ordinært job i detailhandlen",
                                        "Fleksjob inden for rengøring"])))
    blocks.append(("h", 2, "Aktiviteter"))
    if clean_other and rng.random() < 0.5:
        ps = c.start
        pe = ps + dt.timedelta(weeks=rng.choice([4, 8, 13]))
        blocks.append(("kv", [("Aktivitet", "Virksomhedspraktik"), ("Sted", c.firma),
                              ("Periode", f"{fmt_date(ps, 'dot2')} - {fmt_date(pe, 'dot2')}")], "table"))
        c.traits.append("other-activity-listed")
    blocks.append(("kv", rows, "table"))
    if rng.random() < 0.4:
        blocks.append(("p", "Har du spørgsmål til din plan, kan du skrive til din sagsbehandler via Jobnet."))
    c.traits.append("min-plan")
    return Doc(blocks, title="Min Plan – " + c.citizen, html_style="jobnet" if layout == "jobnet" else "plain",
               header=None if layout == "jobnet" else "Min Plan · udskrift", footer="Udskrevet fra Jobnet" if layout == "pdf" else None,
               txt_style="fagsystem" if layout == "txt" else "plain", pdf_style="headfoot", font="dejavu")


# ------------------------------------------------------------------ unknown look-alikes
def unk(c, rng, sub):
    t = sub
    if t == "minutes":
        title = rng.choice(["Referat af teammøde – mentorindsatsen", "Referat: koordineringsmøde med mentorleverandører"])
        blocks = [("h", 1, title), ("kv", [("Dato", fmt_date(c.letter_date, "long")), ("Deltagere", f"{c.cw}, {c.mentor} ({c.prov}), teamleder"),
                                           ("Referent", c.cw)], "lines"),
                  ("h", 2, "1. Status på antal forløb"), ("p", f"Der er p.t. 34 aktive mentorforløb. Gennemsnitligt timetal er 2,5 timer pr. uge. {c.prov} har 12 forløb."),
                  ("h", 2, "2. Varighed"), ("p", "Det blev drøftet, at mentorstøtte højst kan bevilges i 6 måneder ad gangen, og at forlængelser kræver en konkret vurdering. Flere forløb har kørt i over et år med gentagne forlængelser."),
                  ("h", 2, "3. Opfølgning"), ("p", "Leverandørerne sender fremover status hver måned. Skabelonen til mentoraftaler opdateres, så klagevejledningen kommer med."),
                  ("h", 2, "4. Eventuelt"), ("p", "Næste møde holdes om seks uger.")]
        return Doc(blocks, title=title, header=c.sender)
    if t == "invoice":
        m = MONTHS[c.start.month - 1]
        private_provider(c, rng)
        rows = [["Ydelse", "Antal", "Pris", "Beløb"],
                [f"Mentorstøtte, {c.citizen}, {m} {c.start.year}", "12 timer", "475,00", "5.700,00"],
                [f"Mentorstøtte, {c.first[0]}. {rng.choice(LAST)}, {m} {c.start.year}", "8 timer", "475,00", "3.800,00"],
                ["Kørsel", "64 km", "3,79", "242,56"], ["I alt ekskl. moms", "", "", "9.742,56"]]
        blocks = [("h", 1, f"Faktura nr. {rng.randint(2000, 9000)}"),
                  ("p", f"{c.prov}\n{c.prov_addr}\nCVR {rng.randint(10000000, 99999999)}"),
                  ("p", f"Til: {c.muni} Kommune, Center for Arbejdsmarked\nEAN 579800{rng.randint(1000000, 9999999)}\nFakturadato: {fmt_date(c.letter_date, 'dot2')}\nBetalingsbetingelser: netto 30 dage"),
                  ("table", rows, True),
                  ("p", f"Mentorforløbet er bevilget {fmt_range(c.start, six_month_end(c.start), rng)}. Ved spørgsmål kontakt bogholderiet på bogholderi@{c.prov_dom}.")]
        return Doc(blocks, title="Faktura", header=c.prov, font="helv")
    if t == "status":
        title = rng.choice(["Statusrapport – mentorforløb", "Progressionsrapport fra mentor", "Midtvejsstatus"])
        blocks = [("h", 1, title), ("kv", [("Borger", c.citizen), ("Mentor", f"{c.mentor}, tlf. {c.m_phone}"),
                                           ("Rapportperiode", f"{MONTHS[c.start.month - 1]} {c.start.year}"), ("Til", f"{c.cw}, {c.sender}")], "table"),
                  ("h", 2, "Forbrugte timer"), ("p", f"Der er i perioden brugt 11 timer af de bevilgede {c.hours_text}."),
                  ("h", 2, "Hvordan går det?"), ("p", f"{c.first} er mødt i praktikken 15 ud af 18 dage. Transporten fungerer nu. Vi har arbejdet med morgenrutiner og kontakten til kontaktpersonen."),
                  ("h", 2, "Progression i forhold til målet"), ("p", f"Målet om praktik fire dage om ugen er næsten nået. {c.first} giver selv besked ved sygdom."),
                  ("h", 2, "Anbefaling"), ("p", "Mentor anbefaler, at forløbet fortsætter som aftalt.")]
        return Doc(blocks, title=title, header=c.prov)
    if t == "guidance":
        title = rng.choice(["Mentorstøtte – hvad er det?", "Vejledning: Sådan udfylder du mentoraftalen", "Information om mentorordningen"])
        blocks = [("h", 1, title),
                  ("p", "En mentor kan hjælpe dig med at komme i gang med et job, en praktik eller en uddannelse. Mentorstøtte kan bevilges i højst 6 måneder ad gangen, med mulighed for en ny periode på op til 6 måneder."),
                  ("h", 2, "Hvad skal aftalen indeholde?"),
                  ("bullets", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata (telefon eller e-mail)", "Hvilke opgaver mentoren skal hjælpe med",
                               "Aftalens varighed og opfølgning, inklusiv mål for progression", "Timetallet, fx 2 timer pr. uge", "Klagevejledning"]),
                  ("h", 2, "Klage"), ("p", "Er du uenig i kommunens afgørelse om mentorstøtte, kan du klage til kommunen inden 4 uger. Kommunen genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
                  ("p", f"Kontakt {c.sender} på tlf. {c.cw_phone}, hvis du har spørgsmål.")]
        return Doc(blocks, title=title, html_style="plain", header=f"{c.muni.lower()}.dk", pdf_style="twocol")
    if t == "mail_meeting":
        subj = rng.choice(["Flytning af møde på torsdag", "Ang. opstart med mentor", "Kan vi mødes?", "Re: Samtale om mentor"])
        blocks = [("p", f"Hej {c.first}"),
                  ("p", rng.choice([f"Jeg bliver desværre nødt til at flytte vores møde om mentorstøtte til {fmt_date(c.letter_date + dt.timedelta(days=7), 'den')} kl. 10. Passer det dig?",
                                    f"Din mentor {c.mentor} har bedt mig sende dig hendes/hans nummer: {c.m_phone}. I kan selv aftale det første møde.",
                                    "Vi skal snart have et møde om, hvordan det går med din mentor. Vil du skrive, hvornår du kan?"])),
                  ("p", f"Venlig hilsen\n{c.cw}\n{c.sender}\nTlf. {c.cw_phone}")]
        return Doc(blocks, title=subj, mail=mail_meta(c, rng, subj), wrap=72)
    if t == "other_decision":
        title, what, why = rng.choice([
            ("Afgørelse om befordringsgodtgørelse", "befordringsgodtgørelse", "Vi har lagt vægt på afstanden mellem din bopæl og dit aktivitetssted, som er over 12 km."),
            ("Afgørelse om hjælp til tandbehandling", "hjælp til tandbehandling på 4.200 kr.", "Vi har lagt vægt på tandlægens overslag, og at du ikke selv har mulighed for at betale behandlingen."),
            ("Afgørelse om særlig støtte til høje boligudgifter", "særlig støtte på 1.150 kr. om måneden", "Vi har lagt vægt på, at din husleje er høj i forhold til din samlede ydelse.")])
        blocks = decision_head(c, rng, title) + [
            ("p", f"Du får bevilget {what} fra {fmt_date(c.start, 'long')}. Du har oplyst, at du også har en mentor fra {c.prov}, som hjælper dig med at komme afsted om morgenen. Det har ikke betydning for denne afgørelse."),
            ("h", 2, "Begrundelse"), ("p", why),
            ("h", 2, "Klagevejledning"), ("p", appeal_text_full(c)), ("p", f"Venlig hilsen\n{c.cw}\n{c.sender}")]
        return Doc(blocks, title=title, header=letterhead(c, rng), footer=c.muni_addr, pdf_style="headfoot")
    if t == "application":
        title = rng.choice(["Ansøgning om mentorstøtte", "Henvendelse: ønske om mentor"])
        blocks = [("h", 1, title), ("kv", [("Navn", c.citizen), ("Telefon", c.cw_phone.replace(" ", "")), ("Dato", fmt_date(c.letter_date, "dash"))], "lines"),
                  ("h", 2, "Hvorfor søger du?"), ("p", f"Jeg er startet på {c.eud} og har svært ved at komme op om morgenen og holde styr på skemaet. Min studievejleder har foreslået, at jeg søger om en mentor."),
                  ("h", 2, "Hvad ønsker du hjælp til?"), ("p", "Hjælp til struktur, at komme afsted og til kontakt med lærerne. Gerne et helt år, hvis det er muligt."),
                  ("p", "Underskrift: ______________")]
        return Doc(blocks, title=title)
    if t == "journal":
        blocks = [("h", 1, "Journalnotat"), ("kv", [("Sag", c.sagsnr), ("Notattype", "Samtale"), ("Oprettet", f"{fmt_date(c.letter_date, 'dot2')} {c.cw}")], "lines"),
                  ("p", f"Samtale med {c.first} om mulig mentorstøtte. {c.first} er positiv over for en mentor og vil gerne have hjælp til at komme i praktik. Jeg undersøger, om {c.prov} har kapacitet. Borger orienteret om, at mentorstøtte bevilges for højst 6 måneder ad gangen. Ny samtale om 14 dage."),
                  ("p", "Notat afsluttet.")]
        return Doc(blocks, title="Journalnotat", txt_style="fagsystem", wrap=rng.choice([None, 78]))
    if t == "framework":
        title = "Rammeaftale om levering af mentorstøtte"
        blocks = [("h", 1, title), ("p", f"mellem {c.muni} Kommune og {c.prov}"),
                  ("h", 2, "§ 1 Aftalens genstand"), ("p", "Leverandøren leverer mentorstøtte efter lov om en aktiv beskæftigelsesindsats §§ 167-171 til borgere henvist af kommunen."),
                  ("h", 2, "§ 2 Aftaleperiode"), ("p", f"Rammeaftalen gælder fra 1. januar {c.start.year} til 31. december {c.start.year + 1} med mulighed for forlængelse i 2 x 12 måneder."),
                  ("h", 2, "§ 3 Pris"), ("p", "Timeprisen er 475 kr. ekskl. moms. Der afregnes for faktisk leverede timer med direkte kontakt til borgeren."),
                  ("h", 2, "§ 4 Krav til den enkelte mentoraftale"), ("p", "Hver henvisning skal indeholde mål, opgaver, varighed, timetal og opfølgning, jf. kommunens kvalitetsstandard."),
                  ("h", 2, "§ 5 Opsigelse"), ("p", "Aftalen kan opsiges med 3 måneders varsel.")]
        return Doc(blocks, title=title, header=f"{c.muni} Kommune · Indkøb", footer="Fortroligt", pdf_style="headfoot")
    if t == "budget":
        blocks = [("h", 1, f"Budgetspørgsmål nr. {rng.randint(10, 60)}"), ("p", "Spørgsmål: Hvad bruger kommunen på mentorstøtte, og hvilken effekt har det?"),
                  ("p", f"Svar: I {c.start.year - 1} blev der brugt 8,4 mio. kr. på mentorstøtte fordelt på ca. 310 forløb. Et forløb varer typisk 6 måneder med 2-3 timer om ugen. Der findes ikke et redskab, der kan måle effekten direkte.")]
        return Doc(blocks, title="Budgetspørgsmål", header=f"{c.muni} Kommune · Økonomi", wrap=72)
    if t == "jobpost":
        blocks = [("h", 1, "Vi søger mentorer til unge"), ("p", f"{c.prov} søger 2 mentorer, 30-37 timer om ugen, til at støtte unge i uddannelse og job."),
                  ("h", 2, "Dine opgaver"), ("bullets", ["Støtte unge i praktik og på uddannelse", "Samarbejde med kommunens sagsbehandlere", "Skrive statusrapporter"]),
                  ("p", f"Ansøgningsfrist: {fmt_date(c.letter_date, 'long')}. Kontakt {c.mentor}, tlf. {c.m_phone}.")]
        return Doc(blocks, title="Job: mentor", html_style="plain")
    if t == "newsletter":
        blocks = [("h", 1, "Nyt fra Jobcentret"), ("h", 2, "Mentorstøtte virker"),
                  ("p", f"Sidste år fik 140 borgere i {c.muni} en mentor. {c.first} fortæller: \"Min mentor hjalp mig med at komme i praktik, og nu har jeg job 25 timer om ugen.\""),
                  ("h", 2, "Nye regler fra 2027"), ("p", "Beskæftigelsesreformen ændrer loven fra 1. januar 2027. Vi skriver mere, når reglerne er på plads.")]
        return Doc(blocks, title="Nyhedsbrev", mail=mail_meta(c, rng, "Nyhedsbrev fra " + c.sender), html_style="plain")
    if t == "timesheet":
        rows = [["Dato", "Borger", "Aktivitet", "Timer"]]
        d0 = c.start
        for i in range(6):
            rows.append([fmt_date(d0 + dt.timedelta(days=7 * i), "dot2"), c.first[0] + ". " + c.last[0] + ".", rng.choice(["Møde på praktikstedet", "Telefonsamtale", "Ledsagelse til læge", "Samtale"]), rng.choice(["1", "1,5", "2", "0,5"])])
        blocks = [("h", 1, "Timeregistrering – mentor"), ("p", f"Mentor: {c.mentor}\nMåned: {MONTHS[d0.month - 1]} {d0.year}"), ("table", rows, True),
                  ("p", "Timerne attesteres af mentor og sendes til kommunen senest den 5. i måneden.")]
        return Doc(blocks, title="Timeregistrering")
    if t == "invitation":
        subj = "Indkaldelse til samtale"
        blocks = [("h", 1, subj), ("p", f"Kære {c.first}"),
                  ("p", f"Du indkaldes til samtale {fmt_date(c.letter_date + dt.timedelta(days=10), 'den')} kl. 13.00 hos {c.sender}, {c.muni_addr}. Vi skal tale om, hvordan det går med din mentor, og om der skal ske ændringer."),
                  ("p", "Hvis du ikke kan komme, skal du give besked hurtigst muligt. Udebliver du uden rimelig grund, kan det få betydning for din ydelse."),
                  ("p", f"Venlig hilsen\n{c.cw}")]
        return Doc(blocks, title=subj, mail=mail_meta(c, rng, subj), header=c.sender)
    if t == "standard":
        blocks = [("h", 1, f"Kvalitetsstandard for mentorstøtte – {c.muni} Kommune"),
                  ("h", 2, "Formål"), ("p", "Formålet med mentorstøtte er at bevare eller fremme borgerens tilknytning til arbejdsmarkedet eller uddannelse."),
                  ("h", 2, "Serviceniveauer"), ("table", [["Niveau", "Timer", "Evaluering"], ["1", "0-1 time pr. uge", "hver 3. måned"], ["2", "1-2 timer pr. uge", "hver måned"], ["3", "mere end 2 timer pr. uge", "hver måned"]], True),
                  ("h", 2, "Den skriftlige aftale"), ("p", "Aftalen skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, varigheden af aftalen og opfølgning inkl. mål for progression, timetallet og klagevejledning."),
                  ("p", "Godkendt i Arbejdsmarkedsudvalget.")]
        return Doc(blocks, title="Kvalitetsstandard", header=c.sender)
    raise ValueError(t)


def appeal_text_full(c):
    return (f"Hvis du ikke er enig i afgørelsen, skal du klage til {c.body} inden fire uger. {cap(c.body)} genvurderer afgørelsen, "
            "og hvis den fastholdes, sendes klagen til Ankestyrelsen.")


# ------------------------------------------------------------------ plan
AGREEMENT_PLAN = [
    ("kommune_table", ag_kommune_table, {"docx": 14, "odt": 5, "pdf": 5, "html": 4, "rtf": 3}),
    ("numbered_sections", ag_numbered, {"docx": 6, "pdf": 5, "odt": 3, "txt": 3}),
    ("content_controls", ag_content_controls, {"docx": 8}),
    ("provider_form", ag_provider_form, {"docx": 6, "pdf": 7, "odt": 2}),
    ("prose_letter_du", ag_prose_du, {"docx": 5, "pdf": 3, "txt": 3, "eml": 2, "rtf": 2}),
    ("qa", ag_qa, {"docx": 4, "pdf": 3, "html": 3, "odt": 2}),
    ("embedded_in_decision", lambda c, r: ag_embedded(c, r, False), {"pdf": 4, "docx": 3, "eml": 2}),
    ("bilag_to_decision", lambda c, r: ag_embedded(c, r, True), {"pdf": 4, "docx": 3, "odt": 1}),
    ("fagsystem_print", ag_fagsystem, {"txt": 5, "pdf": 3, "html": 2}),
    ("email_agreement", ag_email, {"eml": 7}),
    ("sidebar_letter", ag_sidebar, {"pdf": 6}),
]
DECISION_PLAN = [("formal_letter", "formal", {"docx": 8, "pdf": 9, "odt": 2, "rtf": 2}),
                 ("du_letter", "du_letter", {"txt": 3, "eml": 4}),
                 ("eboks_html", "eboks", {"html": 4}),
                 ("fagsystem_letter", "fagsystem", {"txt": 2}),
                 ("sidebar_letter", "sidebar", {"pdf": 3})]
MINPLAN_PLAN = [("jobnet_page", "jobnet", {"html": 10}), ("minplan_print", "pdf", {"pdf": 7}),
                ("fagsystem_export", "txt", {"txt": 6}), ("minplan_doc", "doc", {"docx": 4, "odt": 3})]
UNKNOWN_PLAN = {"minutes": {"docx": 3, "odt": 2, "pdf": 1}, "invoice": {"pdf": 3, "html": 1}, "status": {"docx": 3, "pdf": 2},
                "guidance": {"html": 3, "pdf": 1}, "mail_meeting": {"eml": 4}, "other_decision": {"pdf": 2, "docx": 2},
                "application": {"docx": 2, "pdf": 1}, "journal": {"txt": 3}, "framework": {"pdf": 2},
                "budget": {"docx": 1, "txt": 1}, "jobpost": {"html": 2}, "newsletter": {"html": 1, "eml": 1},
                "timesheet": {"pdf": 1, "txt": 1}, "invitation": {"eml": 1, "rtf": 1}, "standard": {"odt": 1}}

SLUGS = {"agreement": ["mentoraftale", "aftale_mentor", "dokument", "scan", "bilag", "mentor"],
         "decision": ["afgoerelse", "brev", "dokument", "scan", "mentor"],
         "minplan": ["minplan", "plan_udskrift", "dokument", "jobnet"],
         "unknown": ["dokument", "mentor", "bilag", "scan", "notat"]}


CPR_LAYOUTS = {"kommune_table", "numbered_sections", "embedded_in_decision", "bilag_to_decision", "fagsystem_print",
               "formal_letter"}


def fix_dots(doc):
    def f(x):
        return x.replace("mdr..", "mdr.") if isinstance(x, str) else x
    for bl in (doc.blocks, doc.sidebar):
        for i, b in enumerate(bl):
            if b[0] == "p":
                bl[i] = ("p", f(b[1]))
            elif b[0] == "kv":
                bl[i] = ("kv", [(l, f(v)) for l, v in b[1]]) + tuple(b[2:])
            elif b[0] in ("bullets", "numbered"):
                bl[i] = (b[0], [f(x) for x in b[1]])


def in_period(t):
    if t.startswith(("fra", "f.o.m", "pr.")):
        return t
    if " fra " in t:
        return "i " + t
    return "i perioden " + t


def build(out, seed):
    rng = random.Random(seed)
    jobs = []
    for layout, fn, fm in AGREEMENT_PLAN:
        for fmt, n in fm.items():
            jobs += [("agreement", layout, fn, fmt)] * n
    subs = ["grant", "partial", "refusal", "extension", "end"]
    k = 0
    for layout, mode, fm in DECISION_PLAN:
        for fmt, n in fm.items():
            for _ in range(n):
                jobs.append(("decision", layout, (mode, subs[k % 5]), fmt))
                k += 1
    for layout, mode, fm in MINPLAN_PLAN:
        for fmt, n in fm.items():
            jobs += [("minplan", layout, mode, fmt)] * n
    for sub, fm in UNKNOWN_PLAN.items():
        for fmt, n in fm.items():
            jobs += [("unknown", sub, sub, fmt)] * n
    rng.shuffle(jobs)

    # Balanced defect schedules (deterministic): agreements outside decision letters, and decisions.
    n_ag = sum(1 for j in jobs if j[0] == "agreement" and j[1] not in ("embedded_in_decision", "bilag_to_decision"))
    ag_sched = [()] * 44 + [(d,) for d in AGREEMENT_DEFECTS for _ in range(3)]
    while len(ag_sched) < n_ag:
        pair = tuple(sorted(pick_defects(rng, AGREEMENT_DEFECTS, p_none=0.0, p_two=1.0)))
        if len(pair) == 2:
            ag_sched.append(pair)
    rng.shuffle(ag_sched)
    dec_jobs = [j for j in jobs if j[0] == "decision"]
    appeal_v = ["appeal_missing", "appeal_nodeadline", "appeal_nobody", "appeal_vague"]
    over_sets = [("duration_over",)] * 5 + [("duration_over", "appeal_nodeadline")]
    other_sets = [(a,) for a in appeal_v for _ in range(3)]
    other_sets += [()] * (len(dec_jobs) - len(over_sets) - len(other_sets))
    rng.shuffle(other_sets)
    dec_sched = {}
    ge = [i for i, j in enumerate(jobs) if j[0] == "decision" and j[2][1] in ("grant", "extension")]
    rest = [i for i, j in enumerate(jobs) if j[0] == "decision" and i not in ge]
    rng.shuffle(ge)
    for i in ge[:len(over_sets)]:
        dec_sched[i] = over_sets.pop()
    for i in ge[len(dec_sched):] + rest:
        dec_sched[i] = other_sets.pop()

    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "docs"))
    lines = []
    debug = []
    # Min Plan: a fixed schedule so that every applicable rule is covered
    minplan_sched = ([()] * 11 + [(d,) for d in MINPLAN_DEFECTS] +
                     [("goal_vague", "hours_vague"), ("mentor_nocontact", "duration_over"), ("tasks_missing", "hours_missing"),
                      ("goal_missing", "mentor_nocontact"), ("duration_missing", "hours_vague"), ("hours_vague",), ("goal_vague",),
                      ("mentor_nocontact",), ("duration_over",), ("hours_missing",)])
    rng.shuffle(minplan_sched)
    cpr_budget = 8
    udsk_budget = 2
    for i, (kind, layout, fn, fmt) in enumerate(jobs, 1):
        allow_cpr = (cpr_budget > 0 and layout in CPR_LAYOUTS and fmt != "eml" and rng.random() < 0.15)
        if allow_cpr:
            cpr_budget -= 1
        if kind == "agreement":
            if layout in ("embedded_in_decision", "bilag_to_decision"):
                defects = pick_defects(rng, ["appeal_missing", "appeal_nodeadline", "appeal_nobody", "appeal_vague", "duration_over"], p_none=0.5, p_two=0.1)
            else:
                defects = set(ag_sched.pop())
            du = layout in ("prose_letter_du", "qa") or (layout == "email_agreement" and rng.random() < 0.5)
            mtype = None
            if udsk_budget > 0 and not defects and layout in ("kommune_table", "numbered_sections"):
                mtype = "udskrivningskoordinator"
                udsk_budget -= 1
            c = make_case(rng, kind, defects, du=du, allow_cpr=allow_cpr, mentor_type=mtype)
            if mtype:
                # LAB § 167 stk. 2: up to 3 months before discharge + 6 months after: 9 months is allowed
                c.end = six_month_end(c.start, 9)
                c.duration_text = fmt_range(c.start, c.end, rng, "long") + " (udskrivningskoordinator efter LAB § 167, stk. 2: 3 måneder før og 6 måneder efter udskrivning)"
                c.period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
                c.traits.append("udskrivningskoordinator-9-months")
                dis = add_months(c.start, 3)
                c.goal_text = (f"{c.first} er efter udskrivningen {fmt_date(dis, 'long')} i virksomhedspraktik hos {c.firma} "
                               f"mindst tre dage om ugen senest {fmt_date(add_months(dis, 2), 'long')}.")
                c.tasks = ["holde kontakt med psykiatrisk afdeling og kommunen i tiden op til udskrivningen",
                           "hjælpe med at planlægge transport og faste morgenrutiner efter udskrivningen",
                           f"være bindeled til kontaktpersonen hos {c.firma}"]
            doc = fn(c, rng)
            subtype = "agreement"
        elif kind == "decision":
            mode, sub = fn
            allowed = [d for d in DECISION_DEFECTS if not (d == "duration_over" and sub not in ("grant", "extension"))]
            defects = set(dec_sched[i - 1])
            assert defects <= set(allowed)
            c = make_case(rng, kind, defects, du=True, allow_cpr=allow_cpr)
            doc = decision_doc(c, rng, sub, mode)
            subtype = sub
            if sub in ("refusal", "end"):
                c.period = None
        elif kind == "minplan":
            defects = set(minplan_sched.pop()) if minplan_sched else pick_defects(rng, MINPLAN_DEFECTS, p_none=0.4, p_two=0.2)
            c = make_case(rng, kind, defects, du=rng.random() < 0.3)
            doc = minplan_doc(c, rng, fn)
            subtype = "minplan"
        else:
            defects = set()
            c = make_case(rng, kind, defects, du=True)
            doc = unk(c, rng, fn)
            subtype = fn
            c.period = None
        fix_dots(doc)
        if fmt == "eml" and doc.mail is None:
            doc.mail = mail_meta(c, rng, doc.title or "Mentor")
        slug = rng.choice(SLUGS[kind])
        rel = f"docs/{i:03d}_{slug}.{fmt}"
        RENDERERS[fmt](doc, os.path.join(out, rel))
        rules = sorted({DEFECT_RULE[d] for d in defects})
        ctraits = set(c.traits)
        if kind == "unknown" or not c.period or "duration_missing" in defects:
            ctraits = {t for t in ctraits if not t.startswith("duration-") and t != "numbers-in-words"}
        if kind == "unknown" or defects & {"hours_missing", "hours_vague"}:
            ctraits -= {"hours-fraction", "hours-in-words"}
        traits = [f"layout:{layout}"] + [f"defect:{d}" for d in sorted(defects)] + sorted(ctraits)
        if doc.header:
            traits.append("has-header")
        if doc.footer:
            traits.append("has-footer")
        if fmt == "pdf":
            traits.append(f"pdf-{doc.pdf_style}")
            traits.append(f"pdf-font-{doc.font}")
        if fmt in ("txt", "eml") and doc.wrap:
            traits.append(f"hard-wrapped-{doc.wrap}")
        if c.cpr:
            traits.append("contains-cpr")
        if c.du:
            traits.append("du-form")
        traits.append("sender-kommunen" if c.new_regime else "sender-jobcenter")
        rec = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout, "rules": rules,
               "extras": [], "error": None, "accept_errors": [],
               "must_not_contain": [c.cpr] if c.cpr else [], "traits": traits}
        if kind != "unknown" and c.period and "duration_missing" not in defects:
            rec["period"] = c.period
        lines.append(json.dumps(rec, ensure_ascii=False))
        debug.append({"path": rel, "defects": sorted(defects), "m_phone": c.m_phone, "m_mail": c.m_mail,
                      "mentor": c.mentor, "kind": kind})
    with open(os.path.join(out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_debug_q.json"), "w", encoding="utf-8") as f:
        json.dump(debug, f, ensure_ascii=False)
    return len(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=43)
    a = ap.parse_args()
    n = build(a.out, a.seed)
    print(f"wrote {n} documents to {a.out}")


if __name__ == "__main__":
    main()
