#!/usr/bin/env python3
"""Corpus AL: an independent labelled corpus aimed at the *defects* (recall side of the linter).

Mentor agreements, decision letters and Min Plan entries written the way Danish municipalities,
mentor providers and case systems write them, each with 0-3 defects written the many natural ways
people write them (vague hours, long periods in every date shape, unclear goals, weak or wrong appeal
guidance, labelled-but-empty fields, a mentor without contact data, follow-up with no time or form),
plus near-misses that are NOT defects. Labels follow `mentordocs rules NAME` and shared/domain.md,
decided here before the linter was ever run on the corpus.

    /work/main/.venv/bin/python make_corpus_al.py --out /work/corpora/al [--seed 20261129]

Deterministic for a given seed (PDFs are made by LibreOffice from the generated DOCX; their bytes
carry LibreOffice timestamps, their text does not change).
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
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

RULES9 = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)
APPLIES = {
    "agreement": set(RULES9),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]

KOMMUNER = [
    ("Viborg", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87"),
    ("Hjørring", "Springvandspladsen 5", "9800 Hjørring", "72 33 33 33"),
    ("Slagelse", "Rådhuspladsen 11", "4200 Slagelse", "58 57 36 00"),
    ("Næstved", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88"),
    ("Holstebro", "Kirkestræde 11", "7500 Holstebro", "96 11 75 00"),
    ("Randers", "Laksetorvet 1", "8900 Randers C", "89 15 15 15"),
    ("Esbjerg", "Torvegade 74", "6700 Esbjerg", "76 16 16 16"),
    ("Kolding", "Akseltorv 1", "6000 Kolding", "79 79 79 79"),
    ("Silkeborg", "Søvej 1", "8600 Silkeborg", "89 70 10 00"),
    ("Frederikshavn", "Rådhus Allé 100", "9900 Frederikshavn", "98 45 50 00"),
    ("Svendborg", "Ramsherred 5", "5700 Svendborg", "62 23 30 00"),
    ("Horsens", "Rådhustorvet 4", "8700 Horsens", "76 29 29 29"),
    ("Aabenraa", "Skelbækvej 2", "6200 Aabenraa", "73 76 76 76"),
    ("Guldborgsund", "Parkvej 37", "4800 Nykøbing F", "54 73 10 00"),
]
PROVIDERS = ["Mentorhuset ApS", "Jobbro Mentor", "Kompas Mentorservice", "Jobcentrets mentorkorps",
             "Fremad Mentor & Coaching", "Vejen Videre ApS", "Brobyggerne", "UngeGuiden"]
FIRST_F = ["Anna", "Sara", "Mette", "Louise", "Fatima", "Camilla", "Line", "Maja", "Amina", "Julie"]
FIRST_M = ["Ahmed", "Jonas", "Mads", "Kasper", "Mikkel", "Rasmus", "Omar", "Emil", "Nikolaj", "Jesper"]
LAST = ["Hansen", "Østergaard", "Nielsen", "Pedersen", "Jensen", "Mortensen", "Kristensen",
        "Ali", "Lund", "Bach", "Sørensen", "Holm", "Kjær", "Frandsen"]
MENTORS = [("Lars", "Østergaard"), ("Hanne", "Bruun"), ("Peter", "Vestergaard"), ("Susanne", "Møller"),
           ("Birgitte", "Dahl"), ("Jakob", "Fogh"), ("Tina", "Rasmussen"), ("Kim", "Thomsen"),
           ("Rikke", "Lauridsen"), ("Morten", "Iversen")]
CASEWORKERS = [("Helle", "Andersen"), ("Thomas", "Kragh"), ("Dorthe", "Lassen"), ("Niels", "Friis"),
               ("Pia", "Winther"), ("Søren", "Bak")]

PLACEHOLDERS = ["Se journal", "Følger", "Aftales på første møde", "-", "N/A", "xx", "[indsæt]",
                "Udfyldes af mentor", "", "…", "Udfyldes senere", "Klik eller tryk her for at skrive tekst."]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fdate(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dwords":
        return f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dots0":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "dash0":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


DATE_STYLES = ["words", "dwords", "abbr", "dots", "dots0", "dots2", "slash", "slashdash", "dash0", "iso"]


def frange(a: dt.date, b: dt.date, rng: random.Random) -> str:
    st = rng.choice(DATE_STYLES)
    form = rng.choice(["{a} – {b}", "{a} - {b}", "{a} til {b}", "fra {a} til {b}",
                       "f.o.m. {a} t.o.m. {b}", "fra og med {a} til og med {b}", "{a}–{b}"])
    return form.format(a=fdate(a, st), b=fdate(b, st))


# --------------------------------------------------------------------------------------------
# Field values. Each maker returns (value_text, prose_sentence, traits).
# --------------------------------------------------------------------------------------------

def goal_clear(rng, p):
    n = p["first"]
    opts = [
        f"{n} er i virksomhedspraktik 15 timer om ugen i Netto, {p['town']}, senest {fdate(add_months(p['start'], 2), 'words')}, med henblik på løntilskud.",
        f"{n} starter på SOSU-hjælperuddannelsen i august 2026 og møder mindst fire dage om ugen.",
        f"{n} gennemfører grundforløb 1 (tømrer) på den lokale erhvervsskole med højst 10 % fravær.",
        f"{n} fastholder sit fleksjob som pedelmedhjælper på Nørreskolen, 12 timer ugentligt, og har ikke ubegrundet fravær.",
        f"At {n} begynder på FGU, produktionsgrunddannelsen (værkstedslinjen), 1. august 2026.",
        f"{n} er i ordinært job på mindst 20 timer om ugen inden periodens udløb.",
        f"{n} består FVU-læsning trin 2 og søger optagelse på AMU-kursus i lager og logistik.",
        f"{n} møder stabilt i løntilskudsjobbet hos Silvan (lager) – mindst 4 ud af 5 dage hver uge.",
        f"{n} gennemfører 2-årigt HF på VUC og møder til mindst 90 % af undervisningen.",
    ]
    return rng.choice(opts), ["goal:clear"]


def goal_clear_with_soft(rng, p):
    v, _ = goal_clear(rng, p)
    soft = rng.choice(["Derudover håber vi, at du får det bedre og mere struktur på hverdagen.",
                       "Trivsel og selvværd er også vigtigt undervejs.",
                       f"Vi ved, at det kræver, at {p['first']} også arbejder med sig selv."])
    return v + " " + soft, ["near-miss:goal-clear-with-soft-sentence"]


def goal_unclear(rng, p):
    n = p["first"]
    opts = [
        ("Øget trivsel og bedre livskvalitet.", "goal:wellbeing"),
        (f"At {n} arbejder med sig selv.", "goal:arbejde-med-sig-selv"),
        (f"{n} skal få struktur på hverdagen.", "goal:struktur"),
        ("At komme videre.", "goal:komme-videre"),
        (f"Støtte til {n} i hverdagen, så {n} får det bedre.", "goal:activity"),
        ("Mentor skal motivere borgeren og sikre at borgeren møder op.", "goal:activity"),
        (f"{n} skal komme tættere på arbejdsmarkedet og have øget selvværd.", "goal:abstract"),
        ("Hjælp til at få styr på økonomi, bolig og søvn.", "goal:activity"),
        (f"At {n} får det godt og kommer videre i sit liv.", "goal:komme-videre"),
    ]
    v, t = rng.choice(opts)
    return v, [t]


def hours_clear(rng, p):
    opts = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "halvanden time ugentligt",
            "8 timer om måneden", "2-3 timer pr. uge", "24 mentortimer i perioden", "to timer om ugen",
            "4 timer ugentligt", "5 timer pr. uge", "Max. 3 timer ugentligt", "½ time dagligt på hverdage"]
    return rng.choice(opts), ["hours:clear"]


def hours_nearmiss(rng, p):
    opts = [("Op til 4 timer om ugen.", "near-miss:hours-op-til"),
            ("3 timer pr. uge. Tidspunkterne aftales efter behov mellem dig og mentor.",
             "near-miss:hours-efter-aftale-next-sentence"),
            ("2 timer om ugen. Timerne kan fordeles fleksibelt, det aftales mellem jer.",
             "near-miss:hours-flexible-next-sentence"),
            ("Ca. 2 timer om ugen", "near-miss:hours-ca")]
    v, t = rng.choice(opts)
    return v, [t]


def hours_vague(rng, p):
    opts = ["Efter behov", "Løbende, efter behov", "Når det giver mening for dig",
            "Fleksibelt – det aftales mellem jer", "Det aftales mellem dig og mentor",
            "Ca. et par gange om måneden uden fast tid", "Et par timer om ugen",
            "Timetallet tilpasses løbende", "Efter aftale med mentor", "Nogle timer hver uge, afhængigt af behov",
            "Op til et par timer om ugen", "Varierer – fastsættes løbende af mentor"]
    return rng.choice(opts), ["hours:vague"]


def dur_ok(rng, p):
    s = p["start"]
    c = rng.randrange(6)
    if c == 0:
        return frange(s, six_end(s), rng), ["period:exact-six"], (s, six_end(s))
    if c == 1:
        e = six_end(s, rng.choice([3, 4, 5]))
        return frange(s, e, rng), ["period:short"], (s, e)
    if c == 2:
        return (f"6 måneder fra {fdate(s, rng.choice(DATE_STYLES))} med mulighed for forlængelse",
                ["near-miss:six-months-with-extension-possible"], (s, six_end(s)))
    if c == 3:
        return f"26 uger fra {fdate(s, 'words')}", ["period:26-weeks"], (s, s + dt.timedelta(days=181))
    if c == 4:
        return (f"Et halvt år, fra {fdate(s, 'dots')}", ["period:halvt-aar"], (s, six_end(s)))
    e = six_end(s)
    return (f"{fdate(s, 'dots0')} - {fdate(e, 'dots0')} (6 mdr.)", ["period:exact-six"], (s, e))


def dur_extension(rng, p):
    s = p["start"]
    prev = add_months(s, -6)
    e = six_end(s)
    st = rng.choice(DATE_STYLES)
    v = (f"Forlængelse: ny periode {fdate(s, st)} – {fdate(e, st)}. "
         f"(Første periode var {fdate(prev, st)} – {fdate(s - dt.timedelta(days=1), st)}.)")
    return v, ["near-miss:extension-six-months"], (s, e)


def dur_over(rng, p):
    s = p["start"]
    c = rng.randrange(8)
    if c == 0 or c == 1:
        n = rng.randint(7, 14)
        e = six_end(s, n)
        return frange(s, e, rng), [f"period:over:{n}m-range"], (s, e)
    if c == 2:
        n = rng.choice([9, 8, 10])
        words = {8: "8 måneder", 9: "9 måneder", 10: "ti måneder"}[n]
        return f"I {words} fra {fdate(s, rng.choice(DATE_STYLES))}", [f"period:over:{n}m-length"], (s, six_end(s, n))
    if c == 3:
        return (rng.choice([f"Et år fra {fdate(s, 'words')}", f"1 år, fra {fdate(s, 'dots')}",
                            f"12 mdr. fra {fdate(s, 'slash')}"]), ["period:over:year"], (s, six_end(s, 12)))
    if c == 4:
        e = dt.date(s.year, 12, 31)
        return f"Fra {fdate(s, 'words')} til udgangen af {s.year}", ["period:over:udgangen-af-aaret"], (s, e)
    if c == 5:
        e = dt.date(s.year + 1, 12, 31)
        return (f"Fra {fdate(s, 'words')} og til udgangen af næste år", ["period:over:udgangen-af-naeste-aar"], (s, e))
    if c == 6:
        return f"Fra {s.day}.{s.month}. og året ud", ["period:over:aaret-ud"], (s, dt.date(s.year, 12, 31))
    e = six_end(s, 8)
    return (f"{fdate(s, 'words')} – {fdate(e, 'words')} (bevilget for 8 måneder)", ["period:over:8m"], (s, e))


def dur_missing_value(rng, p):
    s = p["start"]
    opts = [(f"Fra {fdate(s, 'words')} og indtil du er i job", "period:open-until-job"),
            ("Indtil videre", "period:indtil-videre"),
            (f"Start {fdate(s, 'dots')}, slutdato aftales senere", "period:start-only")]
    v, t = rng.choice(opts)
    return v, [t]


def followup_clear(rng, p):
    opts = ["Statusmøde med mentor, dig og din sagsbehandler hver måned. Evaluering 14 dage før periodens udløb.",
            "Vi følger op hver 4. uge på et møde i jobcentret. Delmål: fremmøde 4 dage om ugen fra uge 12.",
            "Mentor sender en kort skriftlig status til sagsbehandler hver måned; fælles evalueringsmøde midtvejs og 14 dage før ophør.",
            "Opfølgningssamtale hver anden måned og senest fire uger før bevillingen udløber.",
            "Midtvejsevaluering efter 3 måneder (telefonisk) og slutevaluering på et møde 14 dage før ophør."]
    return rng.choice(opts), ["follow-up:clear"]


def followup_vague(rng, p):
    opts = ["Der følges op.", "Der følges løbende op efter behov.", "Vi følger op, når det er relevant.",
            "Opfølgning sker efter behov.", "Sagsbehandler følger op."]
    return rng.choice(opts), ["follow-up:no-time-or-form"]


def mentor_full(rng, p):
    fn, ln = p["mentor"]
    prov = p["provider"]
    mail = f"{ascii_(fn)}.{ascii_(ln)}@{ascii_(prov.split()[0])}.dk"
    c = rng.randrange(4)
    if c == 0:
        return f"{fn} {ln}, {prov}, tlf. {p['mphone']}, {mail}", ["mentor:full"]
    if c == 1:
        return f"{fn} {ln} ({prov})\nTelefon: {p['mphone']}\nMail: {mail}", ["mentor:full"]
    if c == 2:
        return f"{fn} {ln}, mobil {p['mphone']}", ["mentor:phone-only"]
    return f"{fn} {ln} – {mail}", ["mentor:mail-only"]


def mentor_split(rng, p, contact):
    """Mentor as separate Navn / Telefon / E-mail rows of a label/value table."""
    fn, ln = p["mentor"]
    mail = f"{ascii_(fn)}.{ascii_(ln)}@{ascii_(p['provider'].split()[0])}.dk"
    head = rng.choice([["Mentor", ""], ["Mentor", p["provider"]]])
    if contact:
        return [head, ["Navn", f"{fn} {ln}"], ["Telefon", p["mphone"]], ["E-mail", mail]]
    blank = rng.choice(["", "", "-", "følger", "[indsæt]"])
    return [head, ["Navn", f"{fn} {ln}"], ["Telefon", blank], ["E-mail", rng.choice(["", blank])]]


def mentor_nocontact(rng, p):
    fn, ln = p["mentor"]
    opts = [f"{fn} {ln}", f"{fn} {ln}, {p['provider']}", f"{fn} {ln} fra {p['provider']} (kontaktoplysninger følger)",
            f"{fn} {ln}, {p['provider']}, {p['town']}"]
    return rng.choice(opts), ["mentor:name-no-contact"]


def appeal_good(rng, p):
    k = p["kommune"]
    opts = [
        f"Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
        f"Du kan klage over afgørelsen til {k} Kommune, Jobcentret, {p['addr']}, {p['zip']}. Klagen skal være modtaget senest 4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen og sagens akter videre til Ankestyrelsen (Beskæftigelsesudvalget), jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
        f"Klagefristen er 4 uger fra den dag, du har modtaget denne aftale/afgørelse. Klagen sendes til {k} Kommune. Kommunen vurderer sagen igen, og hvis vi ikke giver dig medhold, sender vi den videre til Ankestyrelsen.",
        f"Er du uenig, kan du klage til jobcentret inden fire uger efter modtagelsen. Jobcentret genvurderer sagen inden fire uger og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
    ]
    return rng.choice(opts), ["appeal:good"]


def appeal_defect(rng, p):
    k = p["kommune"]
    opts = [
        ("Du kan klage over afgørelsen.", "appeal:no-body-no-deadline"),
        (f"Hvis du er uenig, kan du klage til {k} Kommune.", "appeal:no-deadline"),
        ("Du kan klage til jobcentret. Kontakt din sagsbehandler, hvis du har spørgsmål.", "appeal:no-deadline"),
        ("Eventuel klage skal være modtaget inden 4 uger efter, du har modtaget dette brev.", "appeal:no-body"),
        ("Klagefristen er fire uger.", "appeal:no-body"),
        ("Du er velkommen til at kontakte os, hvis du er utilfreds.", "appeal:no-body-no-deadline"),
    ]
    v, t = rng.choice(opts)
    return v, [t]


def appeal_wrong(rng, p):
    opts = [
        "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.",
        "Klagen sendes til Ankestyrelsen, Teglgårdstræde 11, 1452 København K, senest fire uger efter modtagelsen.",
        "Hvis du vil klage, skal du sende din klage direkte til Ankestyrelsen via borger.dk inden 4 uger.",
    ]
    return rng.choice(opts), ["appeal:wrong-route"]


TASKS = [
    "Følge dig til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde og transport",
    "Hjælpe med at lave en ugeplan med faste tider for at stå op",
    "Deltage i opstartsmødet på skolen sammen med dig",
    "Hjælpe dig med at kontakte SPS-vejlederen og søge støtte",
    "Hjælpe med at læse og forstå breve fra e-Boks",
    "Være bindeled til arbejdspladsen og din kontaktperson der",
    "Øve jobsamtaler og hjælpe med ansøgninger",
    "Træne buskørsel til praktikstedet",
    "Ringe dig op om morgenen i den første måned",
]


def tasks_value(rng, p):
    return rng.sample(TASKS, rng.randint(2, 4))


# --------------------------------------------------------------------------------------------
# Blocks: ("title", t) ("h", level, t) ("p", t) ("bp", t) bold paragraph, ("li", items, ordered)
#         ("table", rows) rows = [[c1, c2], ...]
# --------------------------------------------------------------------------------------------

LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål med mentorforløbet", "Borgerens mål", "Mål og delmål",
             "Hvad er målet?", "Hovedformål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Mentors kontaktdata", "Din mentor", "Kontaktperson (mentor)"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder", "Støtten består i"],
    "duration": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode", "Gyldig i perioden"],
    "follow_up": ["Opfølgning", "Opfølgning og evaluering", "Status og opfølgning", "Evaluering"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Timeantal"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}
ORDER = ["goal", "mentor", "tasks", "duration", "hours", "follow_up", "appeal"]


def person(rng):
    if rng.random() < 0.5:
        return rng.choice(FIRST_F), rng.choice(LAST), "hun"
    return rng.choice(FIRST_M), rng.choice(LAST), "han"


def phone(rng):
    return f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def make_cpr(rng):
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(0, 9999):04d}"


def base_params(rng):
    k = rng.choice(KOMMUNER)
    first, last, pron = person(rng)
    mfn, mln = rng.choice(MENTORS)
    cfn, cln = rng.choice(CASEWORKERS)
    start = dt.date(2026, rng.choice([2, 3, 4, 5, 6]), 1)
    if rng.random() < 0.3:
        start = dt.date(2026, start.month, rng.choice([9, 15, 16]))
    letter = start - dt.timedelta(days=rng.randint(5, 20))
    if letter < dt.date(2026, 2, 2):
        letter = dt.date(2026, 2, 2)
    return {
        "kommune": k[0], "addr": k[1], "zip": k[2], "kphone": k[3], "town": k[2].split(" ", 1)[1],
        "first": first, "last": last, "pron": pron, "mentor": (mfn, mln), "provider": rng.choice(PROVIDERS),
        "mphone": phone(rng), "cw": (cfn, cln), "cwphone": phone(rng), "start": start, "letter": letter,
        "sag": f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A{rng.randint(10, 99)}-{rng.randint(1000, 99999)}-26",
    }


# Field states: ok | nearmiss | defect kinds
def build_fields(rng, p, kind, defects):
    """Return {field: (label, value|None, traits)} and expected rules, period."""
    f, rules, traits, period = {}, set(), [], None
    for fld in ORDER:
        if kind == "minplan" and fld in ("appeal", "follow_up") and rng.random() < 0.7:
            continue
        if kind == "minplan" and fld == "appeal":
            continue
        lab = rng.choice(LABELS[fld])
        d = defects.get(fld)
        val, tr = None, []
        if d in ("empty", "absent"):
            val = None if d == "absent" else rng.choice(PLACEHOLDERS)
            tr = [f"{fld}:{d}" + ("" if d == "absent" else f":{val!r}")]
            rules.add({"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                       "duration": "missing-duration", "follow_up": "missing-follow-up",
                       "hours": "missing-hours", "appeal": "missing-appeal-guidance"}[fld])
        elif fld == "goal":
            if d == "unclear":
                val, tr = goal_unclear(rng, p)
                rules.add("unclear-goal")
            elif rng.random() < 0.25:
                val, tr = goal_clear_with_soft(rng, p)
            else:
                val, tr = goal_clear(rng, p)
        elif fld == "mentor":
            if d == "nocontact":
                val, tr = mentor_nocontact(rng, p)
                rules.add("missing-mentor")
            else:
                val, tr = mentor_full(rng, p)
            if rng.random() < 0.25:
                p["mentor_split"] = mentor_split(rng, p, d != "nocontact")
        elif fld == "tasks":
            val, tr = tasks_value(rng, p), ["tasks:list"]
        elif fld == "duration":
            if d == "over":
                val, tr, period = dur_over(rng, p)
                rules.add("duration-over-6-months")
            elif d == "vague":
                val, tr = dur_missing_value(rng, p)
                rules.add("missing-duration")
            elif rng.random() < 0.15:
                val, tr, period = dur_extension(rng, p)
            else:
                val, tr, period = dur_ok(rng, p)
        elif fld == "hours":
            if d == "vague":
                val, tr = hours_vague(rng, p)
                rules.add("missing-hours")
            elif rng.random() < 0.3:
                val, tr = hours_nearmiss(rng, p)
            elif lab == "Timer pr. uge" and rng.random() < 0.6:
                val, tr = rng.choice(["3", "2", "2,5", "4"]), ["near-miss:hours-bare-number-unit-in-label"]
            else:
                val, tr = hours_clear(rng, p)
        elif fld == "follow_up":
            if d == "vague":
                val, tr = followup_vague(rng, p)
                rules.add("missing-follow-up")
            else:
                val, tr = followup_clear(rng, p)
        elif fld == "appeal":
            if d == "weak":
                val, tr = appeal_defect(rng, p)
                rules.add("missing-appeal-guidance")
            elif d == "wrong":
                val, tr = appeal_wrong(rng, p)
                rules.add("appeal-wrong-route")
            else:
                val, tr = appeal_good(rng, p)
        if d != "absent":
            f[fld] = (lab, val)
        traits += tr
    return f, rules, traits, period


def cell_text(v):
    return "\n".join("• " + t for t in v) if isinstance(v, list) else v


def header_blocks(rng, p, title, cpr):
    b = [("title", title)]
    rows = [["Borger", f"{p['first']} {p['last']}"]]
    if cpr:
        rows.append(["CPR-nr.", cpr])
    rows.append(["Sagsnr.", p["sag"]])
    rows.append(["Dato", fdate(p["letter"], rng.choice(["words", "dots0"]))])
    if rng.random() < 0.5:
        b.append(("table", rows))
    else:
        b.append(("p", "\n".join(f"{a}: {c}" for a, c in rows)))
    return b


def signature_blocks(rng, p):
    cfn, cln = p["cw"]
    b = [("p", "Med venlig hilsen")]
    b.append(("p", f"{cfn} {cln}\nSagsbehandler, Jobcenter {p['kommune']}\nDirekte tlf. {p['cwphone']}"))
    return b


def layout_table(rng, p, fields, kind, title, cpr):
    b = header_blocks(rng, p, title, cpr)
    if kind == "minplan":
        b.append(("h", 2, rng.choice(["Mentorstøtte", "Indsats: Mentor", "Din mentor"])))
    else:
      b.append(("p", rng.choice([
        f"Aftalen er indgået mellem {p['first']} {p['last']}, mentor og Jobcenter {p['kommune']} om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
        "Mentoraftale efter LAB § 167. Aftalen skal ligge i Min Plan.",
        "Denne aftale beskriver den mentorstøtte, du har fået bevilget."])))
    rows = []
    appeal = None
    for fld in ORDER:
        if fld not in fields:
            continue
        lab, val = fields[fld]
        if fld == "appeal" and rng.random() < 0.6:
            appeal = (lab, val)
            continue
        if fld == "mentor" and p.get("mentor_split"):
            rows += p["mentor_split"]
            p["used_split"] = True
            continue
        rows.append([lab, cell_text(val)])
    b.append(("table", rows))
    if appeal:
        b.append(("h", 2, appeal[0]))
        b.append(("p", appeal[1]))
    b.append(("p", "Underskrifter:\nBorger: ____________   Mentor: ____________   Jobcenter: ____________"))
    return b


def layout_headings(rng, p, fields, kind, title, cpr, numbered=False):
    b = header_blocks(rng, p, title, cpr)
    i = 0
    for fld in ORDER:
        if fld not in fields:
            continue
        i += 1
        lab, val = fields[fld]
        head = f"{i}. {lab}" if numbered else lab
        if numbered and rng.random() < 0.4:
            # numbered item with the value on the same line
            if isinstance(val, list):
                b.append(("p", f"{head}:"))
                b.append(("li", val, False))
            else:
                b.append(("p", f"{head}: {val}" if val else f"{head}:"))
            continue
        b.append(("h", 2, head))
        if isinstance(val, list):
            b.append(("li", val, rng.random() < 0.3))
        else:
            b.append(("p", val))
    b += signature_blocks(rng, p)
    return b


def layout_letter(rng, p, fields, kind, title, cpr):
    b = header_blocks(rng, p, title, cpr)
    mfn = p["mentor"][0]
    b.append(("p", f"Kære {p['first']}"))
    b.append(("p", f"Tak for snakken. Her er den aftale om mentorstøtte, vi lavede sammen på mødet i jobcentret. Aftalen bliver også lagt i Min Plan på Jobnet."))
    for fld in ORDER:
        if fld not in fields:
            continue
        lab, val = fields[fld]
        empty = (not isinstance(val, list)) and (val is None or val in PLACEHOLDERS)
        if empty:
            b.append(("p", f"{lab}: {val}"))
            continue
        if fld == "goal":
            b.append(("p", rng.choice(["Vi har aftalt følgende mål for forløbet: ", "Målet er: ",
                                       "Det, vi arbejder hen imod, er dette: "]) + val))
        elif fld == "mentor":
            b.append(("p", f"Din mentor er {val.replace(chr(10), ', ')}."))
        elif fld == "tasks":
            b.append(("p", f"{mfn} skal hjælpe dig med:"))
            b.append(("li", [t[0].lower() + t[1:] for t in val], False))
        elif fld == "duration":
            b.append(("p", f"Mentorstøtten gælder i perioden: {val}."))
        elif fld == "hours":
            b.append(("p", f"Omfanget af støtten: {val[0].lower() + val[1:]}" + ("" if val.endswith(".") else ".")))
        elif fld == "follow_up":
            b.append(("p", val))
        elif fld == "appeal":
            b.append(("bp", lab))
            b.append(("p", val))
    b.append(("p", f"Har du spørgsmål, er du velkommen til at kontakte mig."))
    b += signature_blocks(rng, p)
    return b


# --------------------------------------------------------------------------------------------
# Decisions
# --------------------------------------------------------------------------------------------

def build_decision(rng, p, defects, cpr):
    rules, traits, extras, period = set(), [], set(), None
    sub = rng.choice(["bevilling", "bevilling", "forlaengelse", "afslag", "delvis", "ophoer"])
    if defects.get("reasons") == "absent":
        sub = rng.choice(["afslag", "delvis", "ophoer"])
    k = p["kommune"]
    s = p["start"]
    title = {"bevilling": "Afgørelse om mentorstøtte", "forlaengelse": "Afgørelse: forlængelse af mentorstøtte",
             "afslag": "Afslag på mentorstøtte", "delvis": "Afgørelse om mentorstøtte – delvis bevilling",
             "ophoer": "Afgørelse om ophør af mentorstøtte"}[sub]
    traits.append(f"decision:{sub}")
    b = [("p", f"{k} Kommune\nJobcenter {k}\n{p['addr']}\n{p['zip']}")]
    b += header_blocks(rng, p, title, cpr)
    b.append(("p", f"Kære {p['first']} {p['last']}"))
    if sub in ("bevilling", "delvis", "forlaengelse"):
        if defects.get("duration") == "over":
            val, tr, period = dur_over(rng, p)
            rules.add("duration-over-6-months")
        elif sub == "forlaengelse":
            val, tr, period = dur_extension(rng, p)
        else:
            val, tr, period = dur_ok(rng, p)
        traits += tr
        hrs, _ = hours_clear(rng, p)
        verb = "forlænget din mentorstøtte" if sub == "forlaengelse" else "bevilget dig mentorstøtte"
        b.append(("p", f"Du har søgt om mentorstøtte. Vi har {verb} efter lov om en aktiv beskæftigelsesindsats § 167."))
        b.append(("h", 2, "Afgørelse"))
        b.append(("p", f"Periode: {val}\nTimetal: {hrs}\nMentor: {p['mentor'][0]} {p['mentor'][1]}, {p['provider']}"))
        if sub == "delvis":
            b.append(("p", "Du søgte om 5 timer om ugen. Du får færre timer end du søgte om."))
    elif sub == "afslag":
        b.append(("p", "Du har den 12. januar 2026 søgt om mentorstøtte. Vi har givet dig afslag på mentorstøtte."))
    else:
        b.append(("p", f"Din mentorstøtte ophører pr. {fdate(s, 'words')}."))
    needs_reasons = sub in ("afslag", "delvis", "ophoer")
    if defects.get("reasons") == "absent" and needs_reasons:
        extras.add("missing-reasons")
        traits.append("reasons:absent")
    else:
        b.append(("h", 2, rng.choice(["Begrundelse", "Derfor har vi truffet denne afgørelse"])))
        if sub == "afslag":
            b.append(("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-vejleder på skolen, som dækker dit behov, og at mentorstøtte efter LAB § 167, stk. 1 kun kan gives, når støtten går ud over det, skolen normalt tilbyder."))
        elif sub == "ophoer":
            b.append(("p", "Vi har lagt vægt på, at du er startet i ordinært job og ikke længere har behov for støtten, jf. LAB § 167."))
        elif sub == "delvis":
            b.append(("p", "På baggrund af beskrivelsen fra praktikstedet vurderer vi, at 3 timer om ugen dækker dit behov. Vi har lagt vægt på, at du allerede har en fast kontaktperson på arbejdspladsen."))
        else:
            b.append(("p", f"Du har brug for støtte til at fastholde din praktik. Vi har lagt vægt på din jobplan og beskrivelsen fra {p['provider']}, jf. LAB § 167, stk. 1."))
    d = defects.get("appeal")
    if d == "absent":
        traits.append("appeal:absent")
        rules.add("missing-appeal-guidance")
    else:
        if d == "weak":
            v, tr = appeal_defect(rng, p)
            rules.add("missing-appeal-guidance")
        elif d == "wrong":
            v, tr = appeal_wrong(rng, p)
            extras.add("appeal-wrong-route")
        else:
            v, tr = appeal_good(rng, p)
        traits += tr
        b.append(("h", 2, rng.choice(LABELS["appeal"])))
        b.append(("p", v))
    b += signature_blocks(rng, p)
    return b, rules, extras, traits, period, sub


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

def write_docx(blocks, path, footer=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    for bl in blocks:
        t = bl[0]
        if t == "title":
            d.add_heading(bl[1], 0)
        elif t == "h":
            d.add_heading(bl[2], bl[1])
        elif t == "p":
            d.add_paragraph(bl[1] or "")
        elif t == "bp":
            para = d.add_paragraph()
            para.add_run(bl[1]).bold = True
        elif t == "li":
            for it in bl[1]:
                d.add_paragraph(it, style="List Number" if bl[2] else "List Bullet")
        elif t == "table":
            tb = d.add_table(rows=0, cols=len(bl[1][0]))
            tb.style = "Table Grid"
            for r in bl[1]:
                cells = tb.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v or ""
                if cells[0].paragraphs[0].runs:
                    cells[0].paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.core_properties.created = dt.datetime(2026, 3, 1)
    d.core_properties.modified = dt.datetime(2026, 3, 1)
    d.save(path)


def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for lvl in (1, 2):
        st = Style(name=f"Heading_20_{lvl}", displayname=f"Heading {lvl}", family="paragraph")
        st.addElement(TextProperties(fontweight="bold", fontsize="16pt" if lvl == 1 else "13pt"))
        doc.styles.addElement(st)

    def para(text, parent):
        lines = (text or "").split("\n")
        for ln in lines:
            parent.addElement(P(text=ln))

    n = 0
    for bl in blocks:
        t = bl[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, stylename="Heading_20_1", text=bl[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=bl[1], stylename=f"Heading_20_{min(bl[1], 2)}", text=bl[2]))
        elif t == "p":
            para(bl[1], doc.text)
        elif t == "bp":
            pp = P()
            pp.addElement(Span(stylename=bold, text=bl[1]))
            doc.text.addElement(pp)
        elif t == "li":
            lst = List()
            for it in bl[1]:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "table":
            n += 1
            tb = Table(name=f"Tabel{n}")
            tb.addElement(TableColumn(numbercolumnsrepeated=len(bl[1][0])))
            for r in bl[1]:
                tr = TableRow()
                for v in r:
                    tc = TableCell()
                    para(v, tc)
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
    doc.save(str(path))


def to_html(blocks, rng, title):
    out = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">",
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial} td{border:1px solid #999;padding:4px}</style>",
           "<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script></head><body>",
           "<div class=\"sag-export\"><div class=\"indhold\">"]
    r = rng.random()
    use_dl, use_div = r < 0.3, 0.3 <= r < 0.6
    for bl in blocks:
        t = bl[0]
        esc = lambda s: html.escape(s or "").replace("\n", "<br>")
        if t == "title":
            out.append(f"<h1>{esc(bl[1])}</h1>")
        elif t == "h":
            out.append(f"<h{bl[1] + 1}>{esc(bl[2])}</h{bl[1] + 1}>")
        elif t == "p":
            out.append(f"<p>{esc(bl[1])}</p>")
        elif t == "bp":
            out.append(f"<p><strong>{esc(bl[1])}</strong></p>")
        elif t == "li":
            tag = "ol" if bl[2] else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in bl[1]) + f"</{tag}>")
        elif t == "table":
            if use_div:
                out.append("<div class=\"felter\">" + "".join(
                    f"<div class=\"felt\"><div class=\"felt-label\"><span>{esc(r[0])}</span></div>"
                    f"<div class=\"felt-vaerdi\"><div>{esc(r[1])}</div></div></div>" for r in bl[1]) + "</div>")
            elif use_dl:
                out.append("<dl>" + "".join(f"<dt>{esc(r[0])}</dt><dd>{esc(r[1])}</dd>" for r in bl[1]) + "</dl>")
            else:
                out.append("<table>" + "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in bl[1]) + "</table>")
    out.append("</div></div><footer><p>Udskrevet fra fagsystemet</p></footer></body></html>")
    return "\n".join(out)


def wrap(text, width):
    import textwrap
    return "\n".join(textwrap.fill(ln, width) if len(ln) > width else ln for ln in text.split("\n"))


def to_txt(blocks, rng, md=False):
    width = rng.choice([0, 0, 72, 78])
    out = []
    for bl in blocks:
        t = bl[0]
        if t == "title":
            out.append(("# " if md else "") + bl[1])
            if not md:
                out.append("=" * len(bl[1]))
        elif t == "h":
            if md:
                out.append("## " + bl[2])
            elif rng.random() < 0.3:
                out.append(bl[2].upper())
            else:
                out.append(bl[2] if bl[2].endswith("?") else bl[2] + ":")
        elif t in ("p", "bp"):
            s = bl[1] or ""
            out.append(wrap(s, width) if width else s)
        elif t == "li":
            out.append("\n".join((f"{i + 1}. " if bl[2] else "- ") + it for i, it in enumerate(bl[1])))
        elif t == "table":
            lines = []
            for r in bl[1]:
                v = r[1] or ""
                if "\n" in v:
                    lines.append(f"{r[0]}\n{v}" if r[0].endswith("?") else f"{r[0]}:\n{v}")
                else:
                    lines.append(f"{r[0]} {v}" if r[0].endswith("?") else f"{r[0]}: {v}")
            out.append("\n".join(lines))
        out.append("")
    return "\n".join(out)


def ascii_(s):
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa"), (" ", "")):
        s = s.replace(a, b)
    return s.lower()


def write_eml(blocks, path, rng, p, subject, kind):
    cfn, cln = p["cw"]
    m = EmailMessage()
    m["From"] = f"{cfn} {cln} <{ascii_(cfn)}.{ascii_(cln)}@{ascii_(p['kommune'])}.dk>"
    m["To"] = f"{p['first']} {p['last']} <{ascii_(p['first'])}{rng.randint(1, 99)}@gmail.com>"
    if kind == "agreement" and rng.random() < 0.5:
        mfn, mln = p["mentor"]
        m["Cc"] = f"{mfn} {mln} <mentor{rng.randint(1, 9)}@{ascii_(p['provider'].split()[0])}.dk>"
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime.combine(p["letter"], dt.time(10, 12), tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@{ascii_(p['kommune'])}.dk>"
    body = to_txt([bl for bl in blocks if bl[0] != "title"], rng)
    if "Med venlig hilsen" not in body:
        body += (f"\n{rng.choice(['Venlig hilsen', 'Mvh.'])}\n{cfn}\n\n-- \n{cfn} {cln}\nJobkonsulent, Jobcenter {p['kommune']}\n"
                 f"Tlf. {p['cwphone']}\n{p['addr']}, {p['zip']}")
    if rng.random() < 0.4:
        body += ("\n\n-----Oprindelig meddelelse-----\nFra: " + f"{p['first']} {p['last']}\n"
                 "Sendt: 3. februar 2026 09:14\nEmne: mentor\n\nHej, hvornår får jeg papir på min mentor? Mvh "
                 + p["first"])
    m.set_content(body)
    path.write_bytes(bytes(m))


def convert_pdfs(pairs, profile):
    """pairs: [(docx_path, pdf_path)]; one LibreOffice run per output folder."""
    if not pairs:
        return
    with tempfile.TemporaryDirectory() as tmp:
        srcs = []
        for i, (src, dst) in enumerate(pairs):
            s = Path(tmp) / f"d{i:04d}.docx"
            shutil.copy(src, s)
            srcs.append(str(s))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, *srcs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for i, (src, dst) in enumerate(pairs):
            shutil.move(str(Path(tmp) / f"d{i:04d}.pdf"), dst)
            Path(src).unlink()


# --------------------------------------------------------------------------------------------

AGREEMENT_DEFECTS = [
    ("hours", "vague"), ("hours", "vague"), ("hours", "empty"), ("hours", "absent"),
    ("duration", "over"), ("duration", "over"), ("duration", "over"), ("duration", "vague"),
    ("duration", "empty"), ("goal", "unclear"), ("goal", "unclear"), ("goal", "empty"),
    ("mentor", "nocontact"), ("mentor", "nocontact"), ("mentor", "empty"), ("tasks", "empty"), ("tasks", "absent"),
    ("hours", "vague"),
    ("follow_up", "vague"), ("follow_up", "empty"), ("follow_up", "absent"),
    ("appeal", "weak"), ("appeal", "weak"), ("appeal", "absent"), ("appeal", "wrong"), ("appeal", "wrong"),
    ("goal", "unclear"),
]
MINPLAN_DEFECTS = [d for d in AGREEMENT_DEFECTS if d[0] not in ("appeal", "follow_up")]


def pick_defects(rng, pool):
    r = rng.random()
    n = 0 if r < 0.25 else 1 if r < 0.62 else 2 if r < 0.88 else 3
    out = {}
    while len(out) < n:
        f, d = rng.choice(pool)
        out.setdefault(f, d)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--agreements", type=int, default=100)
    ap.add_argument("--decisions", type=int, default=30)
    ap.add_argument("--minplans", type=int, default=20)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries, pdf_pairs = [], []
    profile = "/tmp/lo_al_profile"

    plan = ([("agreement", i) for i in range(a.agreements)] + [("decision", i) for i in range(a.decisions)]
            + [("minplan", i) for i in range(a.minplans)])
    fmt_weights = {
        "agreement": (["docx", "pdf", "odt", "html", "txt", "eml"], [28, 22, 13, 12, 12, 13]),
        "decision": (["docx", "pdf", "odt", "html", "txt", "eml"], [8, 9, 3, 3, 4, 5]),
        "minplan": (["pdf", "html", "txt", "docx"], [7, 6, 4, 3]),
    }
    for kind, i in plan:
        p = base_params(rng)
        cpr = make_cpr(rng) if rng.random() < 0.22 else None
        fmts, w = fmt_weights[kind]
        fmt = rng.choices(fmts, w)[0]
        extras = set()
        if kind == "decision":
            defects = {}
            r = rng.random()
            pool = [("appeal", "absent"), ("appeal", "weak"), ("appeal", "weak"), ("appeal", "wrong"),
                    ("duration", "over"), ("reasons", "absent"), ("reasons", "absent")]
            n = 0 if r < 0.25 else 1 if r < 0.7 else 2
            while len(defects) < n:
                f, d = rng.choice(pool)
                defects.setdefault(f, d)
            blocks, rules, extras, traits, period, sub = build_decision(rng, p, defects, cpr)
            layout, subtype = "letter", f"decision-{sub}"
            title = blocks[1][1]
            subject = title
        else:
            pool = AGREEMENT_DEFECTS if kind == "agreement" else MINPLAN_DEFECTS
            defects = pick_defects(rng, pool)
            fields, rules, traits, period = build_fields(rng, p, kind, defects)
            rules = {r for r in rules if r in APPLIES[kind] or r == "appeal-wrong-route"}
            if "appeal-wrong-route" in rules:
                rules.discard("appeal-wrong-route")
                extras.add("appeal-wrong-route")
            if kind == "agreement":
                layout = rng.choice(["table", "table", "headings", "numbered", "letter"])
                title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Samarbejdsaftale – mentorstøtte",
                                    f"Mentoraftale for {p['first']} {p['last']}"])
                subtype = "agreement"
            else:
                layout = rng.choice(["table", "table", "headings"])
                title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan", "Min Plan: aftale om mentor"])
                subtype = "minplan"
            if layout == "table":
                blocks = layout_table(rng, p, fields, kind, title, cpr)
            elif layout == "letter":
                blocks = layout_letter(rng, p, fields, kind, title, cpr)
            else:
                blocks = layout_headings(rng, p, fields, kind, title, cpr, numbered=(layout == "numbered"))
            if kind == "minplan":
                blocks = [b for b in blocks if not (b[0] == "p" and b[1] and b[1].startswith("Underskrifter"))]
                blocks.insert(1, ("p", f"Udskrevet fra Jobnet {fdate(p['letter'], 'dots0')} · Indsats: Mentorstøtte (LAB § 167)"))
                blocks = [b for b in blocks if not (b[0] == "p" and b[1] and (b[1].startswith("Med venlig") or "Sagsbehandler, Jobcenter" in b[1]))]
            subject = rng.choice([title, f"Din {title.lower().split(' for ')[0]}", "Aftale om mentor – til underskrift",
                                  "SV: mentor", "Mentoraftalen fra mødet i dag"])
        rules &= APPLIES[kind]
        folder = f"{p['kommune'].lower().replace('ø', 'oe').replace('å', 'aa')}/{kind}"
        stem = {"agreement": rng.choice(["mentoraftale", "aftale-mentor", "mentorstoette-aftale"]),
                "decision": rng.choice(["afgoerelse", "brev-mentor", "afgoerelse-mentorstoette"]),
                "minplan": rng.choice(["minplan", "min-plan-udskrift"])}[kind]
        rel = f"{folder}/{kind[:2]}{i:03d}-{stem}.{fmt}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        footer = None
        if fmt in ("docx", "pdf") and rng.random() < 0.3:
            footer = f"Jobcenter {p['kommune']} · {p['addr']} · {p['zip']} · tlf. {p['kphone']}"
        if fmt == "docx":
            write_docx(blocks, path, footer)
        elif fmt == "pdf":
            src = path.with_suffix(".docx")
            write_docx(blocks, src, footer)
            pdf_pairs.append((src, path))
        elif fmt == "odt":
            write_odt(blocks, path)
        elif fmt == "html":
            path.write_text(to_html(blocks, rng, title), encoding="utf-8")
        elif fmt == "txt":
            md = rng.random() < 0.3
            path.write_text(to_txt(blocks, rng, md=md), encoding="utf-8")
            if md:
                traits.append("txt:markdown")
        elif fmt == "eml":
            write_eml(blocks, path, rng, p, subject, kind)
        mnc = [cpr, cpr.replace("-", "")] if cpr else []
        if cpr:
            traits.append("cpr")
        if p.get("used_split"):
            traits.append("mentor:split-rows")
        e = {"path": rel, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": sorted(set(traits)) + [f"defects:{len(rules) + len(extras)}"]}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)
    convert_pdfs(pdf_pairs, profile)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
