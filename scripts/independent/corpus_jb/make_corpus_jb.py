#!/usr/bin/env python
"""Corpus JB: mentor paperwork written by people who spell and type badly.

Writers: a dyslexic mentor, a caseworker typing on a phone with autocorrect, writers on keyboards
without æ/ø/å, second-language Danish writers, a writer who misspells months and units, text
dictated to a phone (labels lost their colons, number and ordinal words), wrong capitals.
Labels follow what the text means, not how it is spelt.

    /work/main/.venv/bin/python make_corpus_jb.py --out /work/corpora/jb [--seed 21]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_jb as R  # noqa: E402

# ============================================================== vocabulary
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
BAD_MONTHS = {
    1: ["jannuar", "janur", "januar"], 2: ["febuar", "feburar", "februrar"], 3: ["marst", "mats", "martz"],
    4: ["apirl", "arpil", "aprill"], 5: ["mai", "mej", "maj"], 6: ["juini", "jini", "junni"],
    7: ["julli", "jull", "juli"], 8: ["agust", "augutst", "augsut"], 9: ["septemper", "sebtember", "setpember"],
    10: ["oktobar", "oktoper", "oktobber"], 11: ["novemper", "novembr", "nowember"],
    12: ["decemper", "desember", "dezember"],
}
ORD = {1: "første", 2: "anden", 3: "tredje", 4: "fjerde", 5: "femte", 6: "sjette", 7: "syvende", 8: "ottende",
       9: "niende", 10: "tiende", 11: "ellevte", 12: "tolvte", 13: "trettende", 14: "fjortende", 15: "femtende",
       16: "sekstende", 17: "syttende", 18: "attende", 19: "nittende", 20: "tyvende", 21: "enogtyvende",
       22: "toogtyvende", 23: "treogtyvende", 24: "fireogtyvende", 25: "femogtyvende", 26: "seksogtyvende",
       27: "syvogtyvende", 28: "otteogtyvende", 29: "niogtyvende", 30: "tredivte", 31: "enogtredivte"}
NUMW = {1: ["en", "een"], 2: ["to", "too"], 3: ["tre", "tree"], 4: ["fire", "fiere"], 5: ["fem", "femm"],
        6: ["seks", "sekst", "sex"], 8: ["otte", "otter"], 10: ["ti", "tie"]}

FIRST = ["Ali", "Sara", "Jonas", "Mette", "Ahmad", "Nadia", "Kasper", "Line", "Mikkel", "Fatima", "Emil", "Louise",
         "Søren", "Zainab", "Rasmus", "Camilla", "Bjørn", "Ayşe", "Patrick", "Tina", "Omar", "Julie", "Dennis",
         "Marianne", "Jakob", "Sanne", "Yusuf", "Pernille", "Tobias", "Maja"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Hassan", "Yilmaz", "Ahmadi",
        "Mortensen", "Østergaard", "Kjær", "Bach", "Dahl", "Lund", "Holm", "Friis", "Brix", "Aagaard"]
MENTORS = ["Lone Berg", "Kim Vestergaard", "Helle Juhl", "Tomasz Nowak", "Rami Khalil", "Dorthe Krogh",
           "Jesper Kjær", "Birgitte Aagaard", "Morten Bak", "Anja Sørensen", "Kenneth Lau", "Gitte Fogh",
           "Hussein Ali", "Trine Mølgaard", "Peter Skov", "Susanne Vinther"]
CASEWORKERS = ["Marianne Lykke", "Anders Holst", "Pia Frandsen", "Jens Ravn", "Charlotte Bøgh", "Lars Winther",
               "Hanne Kirkegaard", "Michael Dam", "Karina Højer", "Rikke Toft"]
KOMMUNER = ["Næstved", "Køge", "Holbæk", "Slagelse", "Sorø", "Vordingborg", "Guldborgsund", "Hjørring",
            "Brønderslev", "Ikast-Brande", "Faaborg-Midtfyn", "Frederikssund", "Ringsted", "Horsens", "Randers",
            "Høje-Taastrup", "Viborg", "Aabenraa"]
ORGS = ["Jobhuset", "Mentorhuset ApS", "Kompas Mentor", "Brobyg Mentor I/S", "Virksomhedsteamet", "Ungeindsatsen",
        "Mentorteamet", "Trappen Mentor & Coaching"]
WORKPLACES = ["Netto på Ringstedgade", "Bilka lageret", "Plantorama", "SuperBrugsen i byen", "XL-Byg",
              "børnehaven Solstrålen", "genbrugspladsen", "kantinen på rådhuset", "Føtex varemodtagelse",
              "Jysk i midtbyen"]
EDUS = ["SOSU-hjælperuddannelsen på ZBC", "grundforløb 1 som tømrer på EUC", "HF enkeltfag på VUC",
        "FGU (PGU køkken) på FGU-skolen", "AMU-kursus i truckcertifikat", "grundforløbet til ernæringsassistent"]
JOBS = ["lagermedarbejder", "rengøringsassistent", "pedelmedhjælper", "køkkenmedhjælper", "chauffør (kat. B)"]


# ============================================================== persona helpers
def noae(s, variant="ae"):
    if variant == "ae":
        tab = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
    else:
        tab = {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"}
    return "".join(tab.get(c, c) for c in s)


def dys_noise(s, rng, p=0.16):
    """One slip per chosen word: two inner letters swapped, a letter doubled, or one left out."""
    def fix(m):
        w = m.group(0)
        if len(w) < 5 or not w.islower() or rng.random() > p:
            return w
        k = rng.randrange(1, len(w) - 2)
        op = rng.choice(["swap", "double", "drop"])
        if op == "swap":
            return w[:k] + w[k + 1] + w[k] + w[k + 2:]
        if op == "double":
            return w[:k] + w[k] + w[k:]
        return w[:k] + w[k + 1:]
    # keep e-mail addresses, web addresses and numbers intact
    parts = re.split(r"(\S+@\S+|www\.\S+|https?://\S+)", s)
    return "".join(pt if i % 2 else re.sub(r"[a-zæøå]+", fix, pt) for i, pt in enumerate(parts))


PHONE_SPLITS = {"virksomhedspraktik": "virksomheds praktik", "mentorstøtten": "mentor støtten",
                "mentorstøtte": "mentor støtte", "opfølgningsmøde": "opfølgnings møde", "løntilskud": "løn tilskud",
                "sagsbehandler": "sags behandler", "statusmøde": "status møde", "arbejdsmarkedet": "arbejds markedet",
                "Ankestyrelsen": "Anke styrelsen", "praktikstedet": "praktik stedet", "mødetider": "møde tider",
                "afgørelsen": "afgørelse", "jobcentret": "job centret"}


def phone_text(s, rng):
    for a, b in PHONE_SPLITS.items():
        if rng.random() < 0.7:
            s = s.replace(a, b)
    # autocorrect and a thumb on the wrong key
    s = s.replace(" jeg ", " jeg ").replace("mentor ", "Mentor ") if rng.random() < 0.5 else s
    s = re.sub(r"\. ([A-ZÆØÅ])", lambda m: ". " + m.group(1).lower() if rng.random() < 0.35 else m.group(0), s)
    return s


def caps_text(s, rng, p=0.12):
    def fix(m):
        w = m.group(0)
        if len(w) < 4 or rng.random() > p:
            return w
        return rng.choice([w.upper(), w.capitalize(), w[:2].upper() + w[2:]])
    parts = re.split(r"(\S+@\S+)", s)
    return "".join(pt if i % 2 else re.sub(r"[A-Za-zæøåÆØÅ]+", fix, pt) for i, pt in enumerate(parts))


# labels per writer
LAB = {
    "std": dict(goal="Målet med mentorstøtten", mentor="Mentor", tasks="Mentorens opgaver", dur="Periode",
                fu="Opfølgning", hrs="Timetal", appeal="Klagevejledning"),
    "phone": dict(goal="Målet med mentor støtten", mentor="Mentorens navn og kontakt data", tasks="mentors opgaver",
                  dur="periode", fu="opfølgnings møder", hrs="Time tal", appeal="Klage vejledning"),
    "dys": dict(goal="Mållet med mentrostøtten", mentor="Mentro", tasks="Mentorens opgvaer", dur="Varihed",
                fu="Opføllging", hrs="Timmetal", appeal="Klagevejlednig"),
    "noae": dict(goal="Målet med mentorstøtten", mentor="Mentor (navn og kontakt)", tasks="Mentorens opgaver",
                 dur="Varighed", fu="Opfølgning og progression", hrs="Antal timer", appeal="Klagevejledning"),
    "l2": dict(goal="Mål for mentor", mentor="Hvem er mentor", tasks="Hvad mentor skal hjælpe med",
               dur="Hvor lang tid", fu="Opfølging", hrs="Timer på uge", appeal="Hvis du vil klage"),
    "caps": dict(goal="MÅLET Med mentorstøtten", mentor="MEntor", tasks="Mentorens OPGAVER", dur="perIode",
                 fu="OPFØLGNING", hrs="timetal", appeal="KLAGE vejledning"),
    "months": dict(goal="Formål", mentor="Mentorens navn og kontaktdata", tasks="Opgaver", dur="Varighed",
                   fu="Opfølgning", hrs="Antal timmer", appeal="Klagevejledning"),
    "dict": dict(goal="Mål", mentor="Mentor", tasks="Opgaver", dur="Periode", fu="Opfølgning", hrs="Timer",
                 appeal="Klagemulighed"),
}


# ============================================================== dates, hours, numbers
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def period(rng, over=False):
    start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 10]))
    if over:
        months = rng.choice([7, 8, 9, 12])
    else:
        months = rng.choice([6, 6, 6, 4, 5, 3])
    end = add_months(start, months) - dt.timedelta(days=1)
    return start, end, months


def fdate(d, persona, rng, style=None):
    mname = MONTHS[d.month - 1]
    if persona in ("months",) or (persona in ("dys", "l2", "dict") and rng.random() < 0.6):
        mname = rng.choice(BAD_MONTHS[d.month])
    if persona == "caps" and rng.random() < 0.5:
        mname = mname.capitalize()
    if persona == "dict":
        return f"den {ORD[d.day]} {mname} {d.year}"
    style = style or rng.choice(["words", "words", "num", "slash", "short"])
    if persona in ("months", "dys") and style in ("num", "slash", "short"):
        style = "words"
    if style == "words":
        return f"{d.day}. {mname} {d.year}"
    if style == "num":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def frange(s, e, persona, rng):
    style = rng.choice(["words", "num", "slash", "words"])
    a, b = fdate(s, persona, rng, style), fdate(e, persona, rng, style)
    form = rng.choice(["{a} til {b}", "{a} - {b}", "fra {a} til og med {b}", "{a} – {b}"])
    if persona == "dict":
        form = "fra {a} til {b}"
    return form.format(a=a, b=b)


def numw(n, rng, bad=True):
    opts = NUMW.get(n, [str(n)])
    return rng.choice(opts if bad else opts[:1])


def fhours(n, persona, rng):
    if persona == "months":
        return rng.choice([f"{n} timmer pr. uge", f"{n} tim./uge", f"{n} timer pr. ugge", f"{n} timer pr uge"])
    if persona == "dys":
        return rng.choice([f"{n} timmer om ugen", f"{n} timer om ungen", f"{numw(n, rng)} timer om ugen"])
    if persona == "l2":
        return rng.choice([f"{n} timer på uge", f"{n} time hver uge", f"{n} timer i en uge"])
    if persona == "dict":
        return f"{numw(n, rng)} timer om ugen"
    if persona == "phone":
        return rng.choice([f"{n} t/uge", f"{n} timer om ugen", f"{n}timer pr uge"])
    if persona == "caps":
        return rng.choice([f"{n} TIMER pr. uge", f"{n} Timer Om Ugen"])
    return rng.choice([f"{n} timer pr. uge", f"{n} timer ugentligt"])


def cpr(rng):
    d = dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d:%d%m%y}", f"{rng.randint(0, 9999):04d}"


# ============================================================== a case
class Case:
    def __init__(self, rng, persona, over=False):
        self.rng = rng
        self.persona = persona
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.mentor = rng.choice(MENTORS)
        self.mfirst = self.mentor.split()[0]
        self.org = rng.choice(ORGS)
        self.phone = f"{rng.randint(20, 93)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        dom = re.sub(r"[^a-z]", "", noae(self.org.lower()))[:14]
        self.mail = f"{noae(self.mfirst.lower(), 'o')}@{dom}.dk"
        self.cw = rng.choice(CASEWORKERS)
        self.cwphone = f"{rng.choice([72, 46, 58, 99, 87])} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.kom = rng.choice(KOMMUNER)
        self.start, self.end, self.months = period(rng, over)
        self.hours = rng.choice([2, 3, 4, 5, 2, 3])
        self.aim = rng.choice(["praktik", "udd", "job"])
        self.wp = rng.choice(WORKPLACES)
        self.edu = rng.choice(EDUS)
        self.job = rng.choice(JOBS)
        self.sag = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26"
        self.letterdate = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.cpr = cpr(rng) if False else None

    # ---- field texts -------------------------------------------------
    def goal(self, unclear=False):
        r, p, fn = self.rng, self.persona, self.fn
        deadline = fdate(add_months(self.start, r.choice([2, 3, 4])), p, r, "words")
        if unclear:
            opts = {
                "l2": [f"{fn} skal få det bedre og have mere struktur i hverdag.", f"Støtte til {fn} så hun/han kommer videre."],
                "dys": [f"at {fn} får mere selvværd og komer videre i livet", f"{fn} skal have bedre trivsel og strucktur på hverdagen"],
            }.get(p, [f"Støtte til at {fn} kommer videre og får øget trivsel.",
                      f"At {fn} får mere struktur på hverdagen og bliver mere selvstændig.",
                      f"{fn} skal motiveres og have det bedre med sig selv."])
            return r.choice(opts)
        if p == "l2":
            return {"praktik": f"{fn} skal have en praktik i {self.wp} med {self.hours + 10} timer hver uge, før {deadline}.",
                    "udd": f"{fn} skal begynde på {self.edu} og komme på skole hver dag, start {deadline}.",
                    "job": f"{fn} skal få et arbejde som {self.job}, mindst 20 timer om ugen, før {deadline}."}[self.aim]
        if p == "dict":
            return {"praktik": f"{fn} er i virksomheds praktik hos {self.wp} {numw(4, r)} dage om ugen senest {deadline}",
                    "udd": f"{fn} er startet på {self.edu} og møder {numw(4, r)} dage om ugen senest {deadline}",
                    "job": f"{fn} har job som {self.job} tyve timer om ugen senest {deadline}"}[self.aim]
        return {"praktik": f"{fn} er i virksomhedspraktik hos {self.wp} {self.hours * 5} timer om ugen senest {deadline}, med henblik på løntilskud.",
                "udd": f"{fn} er startet på {self.edu} senest {deadline} og møder mindst fire dage om ugen.",
                "job": f"{fn} har et ordinært job som {self.job} på mindst 20 timer om ugen senest {deadline}."}[self.aim]

    def tasks(self):
        r, p, fn = self.rng, self.persona, self.fn
        if p == "l2":
            base = ["hjælpe med at finde bus og tog til praktik", "snakke med chef hvis der er problem",
                    "gå med til møde på kommune", "hjælpe med at læse brev fra e-Boks"]
        elif p == "dict":
            base = ["følge med til praktik stedet de første to uger", "ringe om morgenen hvis der er fravær",
                    "hjælpe med at lave en plan for ugen"]
        else:
            base = {"praktik": ["følge med til praktikstedet de første to uger",
                                "samtale hver uge om fremmøde og transport",
                                "tage kontakt til praktikstedet hvis der opstår problemer",
                                "hjælpe med at læse og forstå breve fra kommunen"],
                    "udd": ["hjælpe med at planlægge skoledagen og transporten",
                            "følge med til opstartsmøde på skolen",
                            "samtale hver uge om fravær og lektier",
                            "hjælpe med at søge SU"],
                    "job": ["hjælpe med jobansøgninger og CV",
                            "øve jobsamtale sammen",
                            "følge med til de første arbejdsdage",
                            "tale med arbejdsgiveren om skånehensyn"]}[self.aim]
        return r.sample(base, 3)

    def mentor_line(self, missing=False):
        r = self.rng
        if missing:
            return r.choice([f"{self.mfirst} fra {self.org} (nummer kommer)", f"{self.mentor}", "Findes senere", "xx"])
        return r.choice([f"{self.mentor}, {self.org}, tlf. {self.phone}, {self.mail}",
                         f"{self.mentor} ({self.org})\nTlf: {self.phone}\nMail: {self.mail}",
                         f"{self.mentor} – mobil {self.phone} – {self.mail}"])

    def duration(self):
        return frange(self.start, self.end, self.persona, self.rng)

    def follow(self):
        r, p = self.rng, self.persona
        if p == "l2":
            return r.choice([f"Vi holder møde med {self.cw} fra kommunen hver måned og snakker om hvordan går det.",
                             "Hver 4. uge møde mellem borger, mentor og sagsbehandler. Evaluering 14 dage før slut."])
        if p == "dict":
            return f"møde med sags behandler hver måned og evaluering {numw(2, r)} uger før perioden slutter"
        return r.choice([f"Statusmøde med mentor og sagsbehandler ({self.cw}) hver måned. Evaluering 14 dage før støtteperioden slutter.",
                         "Vi følger op hver 4. uge. Delmål: fremmøde mindst 4 dage om ugen fra anden måned.",
                         f"Opfølgningsmøde hver anden måned og slutevaluering 14 dage inden ophør. Progression måles på fremmøde."])

    def appeal(self, kind="full"):
        r, p = self.rng, self.persona
        if kind == "vague":
            return r.choice(["Du kan klage over afgørelsen.", "Hvis du er uenig kan du klage.",
                             "Du har mulighed for at klage over denne aftale."])
        if kind == "nodeadline":
            return r.choice([f"Hvis du ikke er enig, kan du klage til {self.kom} Kommune.",
                             "Er du uenig kan du skrive til kommunen, så ser vi på sagen igen og sender den evt. videre til Ankestyrelsen."])
        if p == "l2":
            return ("Hvis du er ikke enig, du kan klage til kommunen inden 4 uger efter du har fået brevet. Kommunen kigger på "
                    "sagen igen inden 4 uger. Hvis kommunen mener det samme, sender de klagen til Ankestyrelsen.")
        if p == "dys":
            return ("Hvis du ikke er enig kan du klage til kommmunen indden fiere uger efter du har fåt brevet. Kommunen "
                    "ser på sagen igen, og hvis den ikke bliver ændret bliver klagen sendt vidre til Ankestyrrelsen.")
        if p == "dict":
            return ("hvis du ikke er enig kan du klage til kommunen inden fire uger kommunen vurderer sagen igen og "
                    "fastholder de den så går klagen videre til ankestyrelsen")
        return r.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {self.kom} Kommune inden fire uger efter, at du har "
            "modtaget den. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes "
            "klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kap. 10).",
            f"Du kan klage mundtligt eller skriftligt til kommunen inden 4 uger fra du har fået denne afgørelse. "
            f"Skriv til {self.cw}, tlf. {self.cwphone}. Kommunen genvurderer sagen, og hvis vi fastholder afgørelsen, "
            "sender vi din klage og sagens akter til Ankestyrelsen.",
        ])


def persona_text(s, persona, rng, variant="ae"):
    if persona == "dys":
        s = dys_noise(s, rng)
    elif persona == "phone":
        s = phone_text(s, rng)
    elif persona == "caps":
        s = caps_text(s, rng)
    return s


def finish(blocks, persona, rng, variant="ae"):
    """Apply the writer's habits to every text of the blocks (labels were chosen per writer already)."""
    out = []
    for b in blocks:
        def f(x, is_label=False):
            if not is_label:
                x = persona_text(x, persona, rng)
            if persona == "noae":
                x = noae(x, variant)
            return x
        if b[0] in ("title", "h", "p"):
            out.append((b[0], f(b[1], b[0] != "p")))
        elif b[0] == "kv":
            out.append(("kv", f(b[1], True), f(b[2])))
        elif b[0] in ("ul", "ol"):
            out.append((b[0], [f(x) for x in b[1]]))
        elif b[0] == "tbl":
            out.append(("tbl", [[f(c) for c in row] for row in b[1]], b[2]))
    return out


# ============================================================== agreement builders
TITLES_AGR = {
    "std": ["Aftale om mentorstøtte", "Mentoraftale"], "phone": ["Aftale om mentor støtte", "mentor aftale"],
    "dys": ["Afttale om mentorstøtte", "Mentoraftalle", "Aftale om mentorstøtt"],
    "noae": ["Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte"], "l2": ["Aftale om mentor", "Mentor aftale"],
    "caps": ["AFTALE OM mentorstøtte", "Aftale Om Mentor Støtte"], "months": ["Mentoraftale (LAB § 167)", "Aftale om mentorstøtte"],
    "dict": ["Mentoraftale", "Aftale om mentor"],
}
TITLES_AGR["dict"] = ["Mentoraftale", "Aftale om mentor"]


def agreement_fields(c: Case, defects, rng):
    """Field values after the deliberate defects. None = left out entirely."""
    F = {}
    F["goal"] = c.goal(unclear="unclear-goal" in defects)
    if "missing-goal" in defects:
        F["goal"] = rng.choice([None, "Udfyldes senere", "-"])
    F["mentor"] = c.mentor_line(missing="missing-mentor" in defects)
    tasks = c.tasks()
    if "missing-follow-up" in defects:
        tasks = [t for t in tasks if "hver uge" not in t and "hver" not in t] or tasks[:1]
    F["tasks"] = tasks
    if "missing-tasks" in defects:
        F["tasks"] = rng.choice([None, ["-"]])
    F["dur"] = c.duration()
    if "missing-duration" in defects:
        F["dur"] = rng.choice([None, "Udfyldes senere", "indtil videre"])
    F["fu"] = c.follow()
    if "missing-follow-up" in defects:
        F["fu"] = rng.choice([None, "Løbende efter behov"])
    F["hrs"] = fhours(c.hours, c.persona, rng)
    if "missing-hours" in defects:
        F["hrs"] = rng.choice([None, "efter behov", "aftales senere"])
    F["appeal"] = c.appeal("full")
    if "missing-appeal-guidance" in defects:
        F["appeal"] = rng.choice([None, c.appeal("vague"), c.appeal("nodeadline")])
    return F


def header_kvs(c, rng, with_cpr):
    kv = [("kv", "Borger", f"{c.fn} {c.ln}")]
    mn = []
    if with_cpr:
        a, b = with_cpr
        s = rng.choice([f"{a}-{b}", f"{a}{b}", f"{a} {b}"])
        kv.append(("kv", rng.choice(["CPR", "Cpr.nr.", "CPR-nr"]), s))
        mn = sorted({s, a + b})
    kv.append(("kv", "Sagsbehandler", f"{c.cw}, {c.kom} Kommune, tlf. {c.cwphone}"))
    return kv, mn


def agr_form(c, defects, rng, with_cpr):
    L = LAB[c.persona]
    F = agreement_fields(c, defects, rng)
    blocks = [("title", rng.choice(TITLES_AGR[c.persona]))]
    if rng.random() < 0.5:
        blocks.append(("p", f"Jobcenter {c.kom} · {fdate(c.letterdate, 'std', rng, 'num')} · Sagsnr. {c.sag}"))
    kv, mn = header_kvs(c, rng, with_cpr)
    blocks += kv
    if F["goal"] is not None:
        blocks.append(("kv", L["goal"], F["goal"]))
    blocks.append(("kv", L["mentor"], F["mentor"]))
    if F["tasks"] is not None:
        blocks.append(("kv", L["tasks"], "\n".join(("- " + t) if len(F["tasks"]) > 1 else t for t in F["tasks"])))
    if F["dur"] is not None:
        blocks.append(("kv", L["dur"], F["dur"]))
    if F["hrs"] is not None:
        blocks.append(("kv", L["hrs"], F["hrs"]))
    if F["fu"] is not None:
        blocks.append(("kv", L["fu"], F["fu"]))
    if F["appeal"] is not None:
        blocks += [("h", L["appeal"]), ("p", F["appeal"])]
    blocks.append(("p", "Dato og underskrift borger: ______________    Dato og underskrift mentor: ______________"))
    return blocks, mn


def agr_sections(c, defects, rng, with_cpr):
    L = LAB[c.persona]
    F = agreement_fields(c, defects, rng)
    blocks = [("title", rng.choice(TITLES_AGR[c.persona]))]
    who = c.mentor if "missing-mentor" not in defects else f"en mentor fra {c.org}"
    intro = {
        "l2": f"Denne aftale er lavet mellem {c.fn} {c.ln}, {who} og {c.kom} Kommune på møde {fdate(c.letterdate, c.persona, rng)}.",
    }.get(c.persona, f"Aftalen er lavet på mødet {fdate(c.letterdate, c.persona, rng)} mellem {c.fn} {c.ln}, "
                     f"{who} og {c.cw} fra {c.kom} Kommune.")
    blocks.append(("p", intro))
    mn = []
    if with_cpr:
        a, b = with_cpr
        s = f"{a}-{b}"
        blocks.append(("p", f"Borger: {c.fn} {c.ln}, cpr.nr. {s}"))
        mn = sorted({s, a + b})
    n = 1
    num = rng.random() < 0.7

    def head(lbl):
        nonlocal n
        h = f"{n}. {lbl}" if num else lbl
        n += 1
        return ("h", h)
    if F["goal"] is not None:
        blocks += [head(L["goal"]), ("p", F["goal"])]
    blocks += [head(L["mentor"]), ("p", F["mentor"])]
    if F["tasks"] is not None:
        blocks += [head(L["tasks"]), ("ul", F["tasks"])]
    if F["dur"] is not None or F["fu"] is not None:
        blocks.append(head(L["dur"] if F["fu"] is None else f"{L['dur']} og {L['fu'].lower()}"))
        if F["dur"] is not None:
            blocks.append(("p", f"Mentorstøtten gælder {F['dur']}." if F["dur"][0].isdigit() or F["dur"].startswith(("fra", "den")) else F["dur"]))
        if F["fu"] is not None:
            blocks.append(("p", F["fu"]))
    if F["hrs"] is not None:
        blocks += [head(L["hrs"]), ("p", F["hrs"])]
    if F["appeal"] is not None:
        blocks += [head(L["appeal"]), ("p", F["appeal"])]
    blocks.append(("p", f"{c.kom}, {fdate(c.letterdate, c.persona, rng)}\n\n{c.fn} {c.ln}            {c.mentor if 'missing-mentor' not in defects else ''}            {c.cw}"))
    return blocks, mn


def agr_letter(c, defects, rng, with_cpr):
    """The mentor's own letter that writes down what was agreed."""
    F = agreement_fields(c, defects, rng)
    p = c.persona
    l2 = p == "l2"
    blocks = []
    subj = {"dys": "Vores afttale om mentorstøtte", "l2": "Aftale om mentor – det vi snakke om",
            "phone": "Aftale om mentor støtte", "noae": "Vores aftale om mentorstøtte"}.get(p, "Aftale om mentorstøtte")
    blocks.append(("title", subj))
    blocks.append(("p", f"Hej {c.fn}"))
    blocks.append(("p", "Tak for møde i dag. Her er aftale vi lavede, skrevet ned, så du har den." if l2 else
                   "Tak for et godt møde i dag. Her får du det, vi blev enige om, skrevet ned."))
    mn = []
    if with_cpr:
        a, b = with_cpr
        s = f"{a}-{b}"
        blocks.append(("p", f"(Til journal: {c.fn} {c.ln}, cpr {s})"))
        mn = sorted({s, a + b})
    if F["goal"] not in (None, "-", "Udfyldes senere"):
        blocks.append(("p", ("Målet er: " if l2 else "Målet med mentorstøtten er: ") + F["goal"]))
    if F["tasks"] not in (None, ["-"]):
        blocks.append(("p", "Jeg skal hjælpe dig med:" if not l2 else "Jeg skal hjælpe dig med det her:"))
        blocks.append(("ul", F["tasks"]))
    if F["dur"] is not None and F["dur"] not in ("Udfyldes senere", "indtil videre"):
        blocks.append(("p", (f"Vi har mentor {F['dur']}." if l2 else f"Mentorstøtten løber {F['dur']}.")))
    if F["hrs"] is not None and F["hrs"] not in ("efter behov", "aftales senere"):
        blocks.append(("p", (f"Jeg har {F['hrs']} til dig." if l2 else f"Jeg har {F['hrs']} sammen med dig.")))
    if F["fu"] is not None and F["fu"] != "Løbende efter behov":
        blocks.append(("p", F["fu"]))
    if F["appeal"] is not None:
        blocks.append(("p", ("Kommunen siger jeg skal skrive det her: " if l2 else "Kommunen har bedt mig skrive det her med: ") + F["appeal"]))
    sig = (f"Mvh {c.mentor}\nmentor, {c.org}\nTlf {c.phone}\n{c.mail}" if "missing-mentor" not in defects
           else f"Mvh {c.mfirst}")
    blocks.append(("p", sig))
    return blocks, mn


def agr_dict(c, defects, rng, with_cpr, spoken=False):
    """Dictated to a phone: labels lost their colons, numbers as words."""
    F = agreement_fields(c, defects, rng)
    L = LAB["dict"]
    lines = [f"Mentoraftale for {c.fn} {c.ln}"]
    mn = []
    if with_cpr:
        a, b = with_cpr
        lines.append(f"cpr nummer {a}{b}")
        mn = [a + b]
    if F["goal"] is not None:
        lines.append(f"{L['goal']} {F['goal']}")
    m = F["mentor"].replace("tlf. ", "telefon ").replace("\n", " ").replace("Tlf: ", "telefon ").replace("Mail: ", "mail ")
    lines.append(f"{L['mentor']} {m}")
    if F["tasks"] is not None:
        lines.append(f"{L['tasks']} " + " og ".join(F["tasks"]))
    if F["dur"] is not None:
        lines.append(f"{L['dur']} {F['dur']}")
    if F["hrs"] is not None:
        lines.append(f"{L['hrs']} {F['hrs']}")
    if F["fu"] is not None:
        lines.append(f"{L['fu']} {F['fu']}")
    if F["appeal"] is not None:
        lines.append(f"{L['appeal']} {F['appeal']}")
    if spoken:
        body = " ny linje ".join(l.rstrip(".") + " punktum" for l in lines)
        return [("p", body)], mn
    return [("p", l) for l in lines], mn


# ============================================================== decision builders
DEC_TITLES = {
    "grant": {"std": "Afgørelse om mentorstøtte", "phone": "Afgørelse om mentor støtte", "dys": "Afgørrelse om mentorstøtte",
              "noae": "Afgørelse om mentorstøtte", "l2": "Afgørelse: du får mentor", "caps": "AFGØRELSE OM Mentorstøtte",
              "months": "Bevilling af mentorstøtte"},
    "partial": {"std": "Delvis bevilling af mentorstøtte", "l2": "Afgørelse – du får mentor, men ikke alt",
                "dys": "Afgørelse om mentorstøtte – delvis bevilning", "noae": "Afgørelse om mentorstøtte (delvis bevilling)",
                "phone": "Afgørelse om mentor støtte – delvis", "caps": "DELVIS bevilling af Mentorstøtte",
                "months": "Afgørelse om mentorstøtte"},
    "refusal": {"std": "Afslag på mentorstøtte", "phone": "afslag på mentor støtte", "dys": "Afslag på mentorstøtt",
                "noae": "Afgørelse – afslag på mentorstøtte", "l2": "Afgørelse: afslag på mentor",
                "caps": "AFSLAG på Mentor Støtte", "months": "Afslag på mentorstøtte"},
    "extension": {"std": "Forlængelse af mentorstøtte", "months": "Afgørelse om forlængelse af mentorstøtte",
                  "phone": "Forlængelse af mentor støtte", "dys": "Forlængelse af mentorstøtte – ny periode",
                  "noae": "Forlængelse af mentorstøtte", "l2": "Afgørelse om forlænge mentor", "caps": "FORLÆNGELSE af mentorstøtte"},
    "end": {"std": "Ophør af mentorstøtte", "l2": "Afgørelse: mentor stopper", "noae": "Afgørelse om ophør af mentorstøtte",
            "dys": "Ophøør af mentorstøtte", "phone": "ophør af mentor støtte", "caps": "OPHØR af Mentorstøtte",
            "months": "Ophør af mentorstøtte"},
}


def decision(c, sub, defects, rng, with_cpr):
    p = c.persona
    l2 = p == "l2"
    blocks = [("p", f"{c.kom} Kommune\nBeskæftigelse og Ydelse\nRådhuspladsen {rng.randint(1, 20)}\n"
                    f"{rng.randint(2600, 9990)} {c.kom}")]
    addr = f"{c.fn} {c.ln}\n{rng.choice(['Skovvej', 'Møllegade', 'Birkevænget', 'Engvej', 'Østergade'])} {rng.randint(1, 80)}"
    blocks.append(("p", addr))
    mn = []
    meta = f"Dato: {fdate(c.letterdate, 'std', rng, 'num')}\nSagsnr.: {c.sag}\nSagsbehandler: {c.cw}, tlf. {c.cwphone}"
    if with_cpr:
        a, b = with_cpr
        s = rng.choice([f"{a}-{b}", f"{a} {b}"])
        meta += f"\nCPR-nr.: {s}"
        mn = sorted({s, a + b})
    blocks.append(("p", meta))
    blocks.append(("title", DEC_TITLES[sub].get(p, DEC_TITLES[sub]["std"])))
    rngtxt = c.duration()
    hrs = fhours(c.hours, p, rng)
    if sub == "grant":
        blocks.append(("p", (f"Du får mentor i perioden {rngtxt}. Du har {hrs}. Din mentor er {c.mentor} fra {c.org}."
                             if l2 else
                             f"Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden "
                             f"{rngtxt}. Støtten er på {hrs}. Din mentor bliver {c.mentor} fra {c.org}, tlf. {c.phone}.")))
        blocks += [("h", "Begrundelse" if not l2 else "Hvorfor"),
                   ("p", f"Du har behov for støtte for at kunne {'gennemføre din praktik' if c.aim == 'praktik' else 'starte på og gennemføre uddannelsen' if c.aim == 'udd' else 'komme i job'}. "
                         "Vi har lagt vægt på, at du selv har sagt, at du har svært ved at komme afsted om morgenen, og at mentoren kan hjælpe med det.")]
    elif sub == "partial":
        asked = rng.choice([9, 12])
        blocks.append(("p", f"Du har søgt om mentorstøtte i {asked} måneder med {c.hours + 3} timer om ugen. Vi har besluttet "
                            f"at give dig delvis ret. Du får mentorstøtte i perioden {rngtxt} med {hrs}."))
        blocks += [("h", "Begrundelse"),
                   ("p", "Efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1 kan mentorstøtte højst gives for 6 måneder "
                         "ad gangen. Vi vurderer, at dit behov kan dækkes med færre timer, fordi du også har støtte fra SPS på skolen. "
                         "Vi ser på det igen, når perioden slutter.")]
    elif sub == "refusal":
        blocks.append(("p", f"Du har den {fdate(c.letterdate - dt.timedelta(days=20), p, rng)} søgt om mentorstøtte. "
                            "Vi har besluttet at give dig afslag."))
        if "missing-reasons" not in defects:
            blocks += [("h", "Begrundelse"),
                       ("p", "Mentorstøtte kan gives, når det er nødvendigt for at du kan få eller fastholde job eller uddannelse "
                             "(lov om en aktiv beskæftigelsesindsats § 167). Du har allerede en kontaktperson på skolen og SPS-støtte, "
                             "og vi vurderer at den støtte dækker dit behov. Vi har lagt vægt på oplysningerne fra mødet med skolen.")]
    elif sub == "extension":
        prev_end = c.start - dt.timedelta(days=1)
        blocks.append(("p", f"Din nuværende periode med mentorstøtte slutter {fdate(prev_end, p, rng)}. Vi har på mødet "
                            f"{fdate(c.letterdate, p, rng)} vurderet, at du fortsat har brug for støtte. Du får derfor en ny periode "
                            f"med mentorstøtte {rngtxt}, med {hrs}. {c.mentor} fortsætter som din mentor."))
        blocks += [("h", "Begrundelse"),
                   ("p", "Du er godt i gang, men har stadig fravær, når der sker ændringer i din hverdag. Forlængelsen gives efter "
                         "LAB § 167, stk. 1, 2. pkt., efter en konkret vurdering.")]
    elif sub == "end":
        stop = c.start + dt.timedelta(days=rng.randint(60, 120))
        blocks.append(("p", (f"Din mentor stopper {fdate(stop, p, rng)}. Du er startet i job og har ikke brug for mentor mere." if l2 else
                             f"Vi har besluttet, at din mentorstøtte ophører den {fdate(stop, p, rng)}.")))
        blocks += [("h", "Begrundelse"),
                   ("p", f"Du er startet i ordinært job som {c.job} og har selv sagt, at du klarer dig uden mentor. Mentorstøtte gives "
                         "efter LAB § 167, når det er nødvendigt for at fastholde job, og vi vurderer, at det ikke længere er tilfældet.")]
    kind = "full"
    if "missing-appeal-guidance" in defects:
        kind = rng.choice(["none", "vague", "nodeadline"])
    if kind != "none":
        blocks += [("h", LAB[p]["appeal"] if p in LAB else "Klagevejledning"), ("p", c.appeal(kind))]
    blocks.append(("p", f"Med venlig hilsen\n\n{c.cw}\nJobkonsulent, {c.kom} Kommune"))
    return blocks, mn


# ============================================================== Min Plan builders
def mp_portal(c, defects, rng, with_cpr, other=False):
    F = agreement_fields(c, defects, rng)
    blocks = [("title", f"Min Plan – {c.fn} {c.ln}"),
              ("p", f"Udskrevet {fdate(c.letterdate, 'std', rng, 'num')} fra jobnet.dk/minplan")]
    mn = []
    if with_cpr:
        a, b = with_cpr
        blocks.append(("p", f"CPR-nummer: {a}-{b}"))
        mn = sorted({f"{a}-{b}", a + b})
    blocks.append(("h", rng.choice(["Mentorstøtte (LAB § 167)", "Indsats: Mentor", "Mentorstøtte – Igangværende"])))
    if F["goal"] is not None:
        blocks.append(("kv", rng.choice(["Formål", "Mål med indsatsen"]), F["goal"]))
    blocks.append(("kv", "Mentor", F["mentor"]))
    if F["tasks"] is not None:
        blocks.append(("kv", "Mentorens opgaver", "; ".join(F["tasks"])))
    if F["dur"] is not None:
        blocks.append(("kv", "Periode", F["dur"]))
    if F["hrs"] is not None:
        blocks.append(("kv", "Timer pr. uge", F["hrs"]))
    blocks.append(("kv", "Status", "Igangværende"))
    if other:
        s2 = dt.date(2026, rng.randint(1, 8), 1)
        e2 = add_months(s2, rng.choice([12, 18, 24])) - dt.timedelta(days=1)
        blocks += [("h", rng.choice(["Uddannelse: Erhvervsuddannelse (EUD)", "Løntilskud – privat virksomhed"])),
                   ("kv", "Sted", rng.choice(["EUC Syd", "Tech College", "Byens VVS ApS"])),
                   ("kv", "Periode", f"{fdate(s2, 'std', rng, 'num')} - {fdate(e2, 'std', rng, 'num')}"),
                   ("kv", "Kontaktperson", f"{rng.choice(CASEWORKERS)}, tlf. 70 20 30 40")]
    return blocks, mn


def mp_note(c, defects, rng, with_cpr):
    L = LAB[c.persona]
    F = agreement_fields(c, defects, rng)
    title = {"dys": "Min Plan – mentro", "phone": "min plan – indsats mentor", "caps": "MIN PLAN – Mentorstøtte",
             "l2": "Min Plan: mentor", "dict": "Min plan mentor", "noae": "Min Plan – mentorstøtte",
             "months": "Min Plan – mentorstøtte efter § 167"}.get(c.persona, "Min Plan – mentorstøtte")
    blocks = [("title", title), ("p", f"{c.fn} {c.ln} · Sagsnr. {c.sag}")]
    mn = []
    if with_cpr:
        a, b = with_cpr
        blocks.append(("p", f"cpr {a}-{b}"))
        mn = sorted({f"{a}-{b}", a + b})
    if F["goal"] is not None:
        blocks.append(("kv", L["goal"], F["goal"]))
    blocks.append(("kv", L["mentor"], F["mentor"]))
    if F["tasks"] is not None:
        blocks.append(("kv", L["tasks"], ", ".join(F["tasks"])))
    if F["dur"] is not None:
        blocks.append(("kv", L["dur"], F["dur"]))
    if F["hrs"] is not None:
        blocks.append(("kv", L["hrs"], F["hrs"]))
    return blocks, mn


# ============================================================== documents that are none of the kinds
def u_status(c, rng, with_cpr):
    b = [("title", {"dys": "Statusrapprot – mentorforløb", "l2": "Status rapport mentor"}.get(c.persona, "Statusrapport – mentorforløb")),
         ("kv", "Borger", f"{c.fn} {c.ln}"), ("kv", "Mentor", f"{c.mentor}, {c.org}"),
         ("kv", "Rapport for", f"{fdate(c.start, c.persona, rng)} til {fdate(add_months(c.start, 2), c.persona, rng)}"),
         ("h", "Hvordan er det gået"),
         ("p", f"{c.fn} er mødt op til de fleste aftaler. Der har været fravær i to uger pga. sygdom. Vi har brugt tiden på "
               "at øve busruten og lave ugeplan. Hun/han er blevet bedre til selv at ringe når der er problemer."),
         ("h", "Brugte timer"), ("p", f"I alt {c.hours * 8} timer i perioden."),
         ("h", "Anbefaling"), ("p", "Jeg anbefaler at forløbet fortsætter som planlagt. Vi tager det op på næste møde med sagsbehandler.")]
    mn = []
    if with_cpr:
        a, bb = with_cpr
        b.insert(2, ("kv", "Cpr", f"{a}-{bb}"))
        mn = sorted({f"{a}-{bb}", a + bb})
    return b, mn


def u_invoice(c, rng, with_cpr):
    n = c.hours * 4
    b = [("title", "Faktura" if c.persona != "noae" else "FAKTURA nr. " + str(rng.randint(1000, 9999))),
         ("p", f"{c.org}\nCVR {rng.randint(10000000, 99999999)}\n\nTil: {c.kom} Kommune, Jobcenter – kreditor\nEAN 579800{rng.randint(1000000, 9999999)}"),
         ("kv", "Fakturadato", fdate(c.letterdate, "std", rng, "num")),
         ("kv", "Vedr.", f"Mentorforløb {c.fn} {c.ln[0]}., jeres ref. {c.cw}"),
         ("tbl", [["Ydelse", "Antal", "Pris", "Beløb"],
                  [f"Mentortimmer {MONTHS[c.start.month - 1]}" if c.persona == "phone" else f"Mentortimer {MONTHS[c.start.month - 1]}",
                   str(n), "495,00", f"{n * 495:,}".replace(",", ".") + ",00"],
                  ["Kørsel", "1", "210,00", "210,00"]], True),
         ("p", "Betalingsbetingelser: netto 30 dage. Beløb ekskl. moms (momsfritaget)."),
         ("p", f"Spørgsmål til fakturaen: {c.mail}")]
    return b, []


def u_minutes(c, rng, with_cpr):
    b = [("title", "Referat af netværksmøde" if c.persona != "caps" else "REFERAT af Netværks Møde"),
         ("kv", "Dato", fdate(c.letterdate, c.persona, rng)),
         ("kv", "Deltagere", f"{c.fn} {c.ln}, {c.mentor} (mentor), {c.cw} (kommunen), far til {c.fn}"),
         ("h", "Dagsorden"), ("ol", ["Velkomst", "Hvordan går det i praktikken", "Transport", "Evt."]),
         ("h", "Referat"),
         ("p", f"{c.fn} fortæller at praktikken går ok men at det er svært at komme op om morgenen. Far vil hjælpe med vækning. "
               f"{c.mentor.split()[0]} ringer fremover kl. 7.30 de første to uger. Buskort er bestilt."),
         ("p", "Næste møde aftales senere."),
         ("p", f"Referent: {c.cw}")]
    mn = []
    if with_cpr:
        a, bb = with_cpr
        b.insert(2, ("kv", "Vedr.", f"{c.fn} {c.ln}, {a}-{bb}"))
        mn = sorted({f"{a}-{bb}", a + bb})
    return b, mn


def u_leaflet(c, rng, with_cpr):
    b = [("title", "Hvad står der i en mentoraftale?"),
         ("p", f"Når du får mentorstøtte af {c.kom} Kommune, laver du, din mentor og din sagsbehandler en skriftlig aftale. "
               "Aftalen skal som minimum indeholde:"),
         ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                 "hvor længe aftalen gælder (højst 6 måneder ad gangen)", "hvordan I følger op", "hvor mange timer om ugen",
                 "klagevejledning"]),
         ("h", "Kan jeg klage?"),
         ("p", "Ja. Du kan klage til kommunen inden fire uger. Kommunen genvurderer, og fastholder den afgørelsen, går klagen "
               "til Ankestyrelsen."),
         ("p", f"Har du spørgsmål, så ring til Jobcenter {c.kom} på 70 11 22 33.")]
    return b, []


def u_club(c, rng, with_cpr):
    b = [("title", "Mentoraftale – Fodboldklubbens talentlinje"),
         ("p", f"Aftale mellem {c.fn} {c.ln} (spiller U19) og klubbens frivillige mentor {c.mentor}."),
         ("kv", "Mål", "At komme igennem sæsonen uden at droppe ud af skolen og at møde til træning 3 gange om ugen"),
         ("kv", "Mentor", f"{c.mentor}, tlf. {c.phone}"),
         ("kv", "Hvad gør mentor", "snakker med dig efter træning, hjælper med lektier torsdag"),
         ("kv", "Varighed", "sæsonen 2026/27"),
         ("p", "Aftalen er frivillig og har intet med kommunen at gøre. Klubben betaler ikke for mentortimerne."),
         ("p", "Underskrift spiller ______  forælder ______  mentor ______")]
    return b, []


def u_mail_meeting(c, rng, with_cpr):
    body = {"phone": f"hej {c.fn.lower()}\nkan vi flytte vores møde på torsdag til kl 10 i stedet ? jeg har tandlæge kl 8.30\n"
                     f"vi ses på bibliotket som altid\nmvh {c.mfirst}\n\nSendt fra min iPhone",
            }.get(c.persona, f"Hej {c.fn}\nKan vi flytte mødet?\n{c.mfirst}")
    return [("p", body)], []


def u_application(c, rng, with_cpr):
    b = [("title", "Ansøgning om mentor"),
         ("p", f"Til {c.kom} Kommune, Jobcentret\n\nJeg hedder {c.fn} {c.ln} og jeg vil gerne søge om en mentor. Jeg er startet på "
               f"{c.edu} men jeg har svært ved at komme afsted og forstå skemaet. Min sagsbehandler er {c.cw}. "
               "Jeg håber at I vil hjælpe mig. Jeg kan godt bruge en mentor et halvt år."),
         ("p", f"Venlig hilsen\n{c.fn} {c.ln}\ntlf {c.phone}")]
    mn = []
    if with_cpr:
        a, bb = with_cpr
        b.insert(1, ("p", f"Cpr nr: {a}{bb}"))
        mn = [a + bb]
    return b, mn


def u_final_eval(c, rng, with_cpr):
    b = [("title", "Slutevaluering af mentorforløb" if c.persona != "dys" else "Slutevalluering af mentorforløb"),
         ("kv", "Borger", f"{c.fn} {c.ln}"), ("kv", "Mentor", f"{c.mentor}, {c.org}"),
         ("kv", "Forløbet", f"{fdate(c.start, c.persona, rng)} – {fdate(c.end, c.persona, rng)}"),
         ("h", "Hvad nåede vi"),
         ("p", f"{c.fn} er startet på {c.edu} og har haft under 10 % fravær den sidste måned. Vi har samlet set brugt "
               f"{c.hours * 20} timer. Mentorstøtten afsluttes som planlagt."),
         ("h", "Anbefaling til kommunen"), ("p", "Ingen yderligere mentorstøtte. Kontakt til skolens studievejleder er etableret.")]
    mn = []
    if with_cpr:
        a, bb = with_cpr
        b.insert(3, ("kv", "CPR", f"{a}-{bb}"))
        mn = sorted({f"{a}-{bb}", a + bb})
    return b, mn


def u_hearing(c, rng, with_cpr):
    b = [("p", f"{c.kom} Kommune\n{fdate(c.letterdate, 'std', rng, 'num')}"),
         ("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
         ("p", f"Kære {c.fn}\nVi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fem aftaler med "
               f"{c.mentor}. Før vi træffer en afgørelse, vil vi gerne høre din side af sagen."),
         ("p", f"Du kan ringe til mig på {c.cwphone} eller skrive på Digital Post senest {fdate(c.letterdate + dt.timedelta(days=14), 'std', rng)}. "
               "Hører vi ikke fra dig, træffer vi afgørelse på de oplysninger, vi har."),
         ("p", f"Venlig hilsen\n{c.cw}")]
    return b, []


def u_order(c, rng, with_cpr):
    b = [("title", "Bestilling af mentorforløb"),
         ("kv", "Til", f"{c.org}"), ("kv", "Fra", f"Jobcenter {c.kom}, {c.cw}"),
         ("kv", "Borger", f"{c.fn} {c.ln}"),
         ("kv", "Ønsket opstart", fdate(c.start, c.persona, rng)),
         ("kv", "Forventet omfang", f"{c.hours} timer ugentligt i op til 6 måneder"),
         ("p", "Vi beder jer kontakte borgeren inden for en uge og sende forslag til aftale om mentorstøtte til godkendelse. "
               "Fakturering efter rammeaftalen."),
         ("p", f"Mvh {c.cw}")]
    mn = []
    if with_cpr:
        a, bb = with_cpr
        b.insert(4, ("kv", "CPR", f"{a}-{bb}"))
        mn = sorted({f"{a}-{bb}", a + bb})
    return b, mn


# ============================================================== the plan (fixed; the seed varies names, dates, wording)
# (kind, subtype, builder, persona, format, defects)
A, D, M, U = "agreement", "decision", "minplan", "unknown"
PLAN = [
    # ---- agreements (30)
    (A, "agreement", "form", "phone", "docx", []),
    (A, "agreement", "form", "noae", "pdf", []),
    (A, "agreement", "form", "l2", "odt", ["missing-hours"]),
    (A, "agreement", "form", "caps", "html", ["missing-follow-up"]),
    (A, "agreement", "form", "dys", "docx", ["duration-over-6-months"]),
    (A, "agreement", "form", "phone", "pdf", ["missing-appeal-guidance"]),
    (A, "agreement", "form", "months", "docx", []),
    (A, "agreement", "form", "noae", "odt", ["unclear-goal"]),
    (A, "agreement", "sections", "dys", "rtf", []),
    (A, "agreement", "sections", "phone", "md", ["missing-mentor"]),
    (A, "agreement", "sections", "l2", "docx", []),
    (A, "agreement", "sections", "caps", "pdf", ["missing-tasks"]),
    (A, "agreement", "sections", "noae", "rtf", ["missing-appeal-guidance", "missing-follow-up"]),
    (A, "agreement", "sections", "months", "md", ["duration-over-6-months"]),
    (A, "agreement", "letter", "dys", "eml", []),
    (A, "agreement", "letter", "l2", "txt", ["missing-appeal-guidance"]),
    (A, "agreement", "letter", "phone", "eml", ["missing-hours"]),
    (A, "agreement", "letter", "dys", "docx", ["unclear-goal", "missing-follow-up"]),
    (A, "agreement", "letter", "noae", "txt", []),
    (A, "agreement", "letter", "l2", "eml", ["missing-goal"]),
    (A, "agreement", "dict", "dict", "txt", []),
    (A, "agreement", "dict", "dict", "eml", ["missing-hours"]),
    (A, "agreement", "dict", "dict", "txt", ["duration-over-6-months"]),
    (A, "agreement", "dict-spoken", "dict", "txt", []),
    (A, "agreement", "dict", "dict", "eml", ["missing-mentor"]),
    (A, "agreement", "form", "phone", "html", []),
    (A, "agreement", "form", "dys", "lo-pdf", ["missing-goal"]),
    (A, "agreement", "sections", "l2", "lo-pdf", []),
    (A, "agreement", "form", "caps", "docx", []),
    (A, "agreement", "sections", "months", "odt", ["missing-duration"]),
    # ---- decisions (20)
    (D, "grant", "decision", "phone", "docx", []),
    (D, "grant", "decision", "noae", "pdf", []),
    (D, "grant", "decision", "l2", "html", ["missing-appeal-guidance"]),
    (D, "grant", "decision", "dys", "rtf", ["duration-over-6-months"]),
    (D, "grant", "decision", "caps", "txt", ["missing-appeal-guidance"]),
    (D, "grant", "decision", "months", "txt", ["duration-over-6-months"]),
    (D, "grant", "decision", "phone", "lo-pdf", []),
    (D, "partial-grant", "decision", "l2", "docx", []),
    (D, "partial-grant", "decision", "dys", "pdf", ["missing-appeal-guidance"]),
    (D, "partial-grant", "decision", "noae", "odt", []),
    (D, "refusal", "decision", "phone", "docx", []),
    (D, "refusal", "decision", "l2", "pdf", ["missing-appeal-guidance"]),
    (D, "refusal", "decision", "dys", "txt", []),
    (D, "refusal", "decision", "noae", "html", ["missing-reasons"]),
    (D, "refusal", "decision", "caps", "md", ["missing-appeal-guidance"]),
    (D, "extension", "decision", "months", "docx", []),
    (D, "extension", "decision", "phone", "pdf", ["duration-over-6-months"]),
    (D, "extension", "decision", "dys", "odt", ["missing-appeal-guidance"]),
    (D, "end", "decision", "l2", "docx", []),
    (D, "end", "decision", "noae", "rtf", ["missing-appeal-guidance"]),
    # ---- Min Plan (16)
    (M, "minplan", "portal", "phone", "html", []),
    (M, "minplan", "portal", "noae", "html", ["missing-hours"]),
    (M, "minplan", "portal-other", "months", "html", ["duration-over-6-months"]),
    (M, "minplan", "portal", "l2", "pdf", []),
    (M, "minplan", "portal", "dys", "pdf", ["missing-mentor"]),
    (M, "minplan", "note", "dys", "txt", []),
    (M, "minplan", "note", "phone", "txt", ["unclear-goal"]),
    (M, "minplan", "note", "l2", "docx", ["missing-tasks"]),
    (M, "minplan", "note", "caps", "docx", []),
    (M, "minplan", "note", "dict", "md", ["missing-goal"]),
    (M, "minplan", "note", "noae", "odt", []),
    (M, "minplan", "portal-other", "dys", "html", ["duration-over-6-months", "missing-hours"]),
    (M, "minplan", "note", "months", "rtf", []),
    (M, "minplan", "note", "dict", "txt", ["missing-duration"]),
    (M, "minplan", "portal", "caps", "pdf", ["unclear-goal"]),
    (M, "minplan", "note", "months", "docx", ["missing-mentor"]),
    # ---- none of the kinds (14)
    (U, "status-report", "u_status", "dys", "docx", []),
    (U, "status-report", "u_status", "l2", "pdf", []),
    (U, "invoice", "u_invoice", "phone", "pdf", []),
    (U, "invoice", "u_invoice", "noae", "html", []),
    (U, "minutes", "u_minutes", "caps", "docx", []),
    (U, "minutes", "u_minutes", "dict", "txt", []),
    (U, "guidance", "u_leaflet", "noae", "html", []),
    (U, "guidance", "u_leaflet", "months", "pdf", []),
    (U, "private-mentoraftale", "u_club", "l2", "docx", []),
    (U, "mail-meeting", "u_mail_meeting", "phone", "eml", []),
    (U, "application", "u_application", "noae", "txt", []),
    (U, "final-evaluation", "u_final_eval", "dys", "odt", []),
    (U, "hearing", "u_hearing", "phone", "pdf", []),
    (U, "order", "u_order", "caps", "docx", []),
]

U_BUILDERS = {"u_status": u_status, "u_invoice": u_invoice, "u_minutes": u_minutes, "u_leaflet": u_leaflet,
              "u_club": u_club, "u_mail_meeting": u_mail_meeting, "u_application": u_application,
              "u_final_eval": u_final_eval, "u_hearing": u_hearing, "u_order": u_order}
NINE = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up", "missing-hours",
        "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"}
EXT = {"lo-pdf": "pdf"}


def slug(s):
    s = noae(s.lower(), "ae")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def build(i, spec, rng):
    kind, sub, builder, persona, fmt, defects = spec
    over = "duration-over-6-months" in defects
    c = Case(rng, persona, over=over)
    if "missing-hours" in defects or "missing-follow-up" in defects:
        c.aim = "udd"      # keep hour figures and rhythms out of the goal when those fields are the defect
    want_cpr = rng.random() < 0.3 and not (kind == U and builder in ("u_invoice", "u_leaflet", "u_club", "u_mail_meeting", "u_hearing"))
    cprv = cpr(rng) if want_cpr else None
    variant = rng.choice(["ae", "ae", "o"])
    layout = builder
    if builder == "form":
        blocks, mn = agr_form(c, defects, rng, cprv)
    elif builder == "sections":
        blocks, mn = agr_sections(c, defects, rng, cprv)
    elif builder == "letter":
        blocks, mn = agr_letter(c, defects, rng, cprv)
    elif builder in ("dict", "dict-spoken"):
        blocks, mn = agr_dict(c, defects, rng, cprv, spoken=builder == "dict-spoken")
    elif builder == "decision":
        blocks, mn = decision(c, {"partial-grant": "partial"}.get(sub, sub), defects, rng, cprv)
        layout = "letter-" + sub
    elif builder in ("portal", "portal-other"):
        blocks, mn = mp_portal(c, defects, rng, cprv, other=builder == "portal-other")
    elif builder == "note":
        blocks, mn = mp_note(c, defects, rng, cprv)
    else:
        blocks, mn = U_BUILDERS[builder](c, rng, cprv)
    # the writer's habits; a portal prints its own labels and titles correctly
    if builder.startswith("portal"):
        fin = []
        for b in blocks:
            if b[0] == "kv":
                v = persona_text(b[2], persona, rng)
                fin.append(("kv", b[1], noae(v, variant) if persona == "noae" else v))
            else:
                fin.append(b)
        blocks = fin
    elif builder != "u_mail_meeting":
        blocks = finish(blocks, persona, rng, variant)
    title = next((b[1] for b in blocks if b[0] == "title"), None) or blocks[0][1].split(" punktum")[0].split("\n")[0][:70]
    rules = sorted(set(defects) & NINE)
    extras = sorted(set(defects) - NINE)
    per = None
    if kind in (A, M) or sub in ("grant", "partial-grant", "extension"):
        if "missing-duration" not in defects:
            per = {"start": c.start.isoformat(), "end": c.end.isoformat()}
    traits = [f"writer:{persona}", f"builder:{builder}"]
    if persona == "noae":
        traits.append(f"noae:{variant}")
    if mn:
        traits.append("cpr")
    if per:
        traits.append(f"period:{c.months}m")
    name = f"{i + 1:02d}-{slug(c.fn)}-{slug(c.ln)}"
    folder = {A: "aftaler", D: "breve", M: "minplan", U: "andet"}[kind]
    ext = EXT.get(fmt, fmt)
    rel = f"{folder}/{name}.{ext}"
    entry = {"path": rel, "format": ext, "kind": kind, "subtype": sub, "layout": f"{layout}:{fmt}",
             "rules": rules, "extras": extras, "error": None, "accept_errors": [], "must_not_contain": mn,
             "traits": traits, "period": per}
    return entry, blocks, c, title


def render(out: Path, entry, blocks, c, title, fmt, rng, lo_jobs):
    path = out / entry["path"]
    path.parent.mkdir(parents=True, exist_ok=True)
    persona = c.persona
    sep = " " if persona == "dict" else rng.choice([": ", ": ", ":  "])
    if fmt == "docx":
        R.to_docx(blocks, path, sep, kvmode=rng.choice(["table", "inline"]), font=rng.choice(["Calibri", "Arial", "Times New Roman"]))
    elif fmt == "lo-pdf":
        tmp = lo_jobs["dir"] / (path.stem + ".docx")
        R.to_docx(blocks, tmp, sep, kvmode="table")
        lo_jobs["files"].append((tmp, path))
    elif fmt == "pdf":
        R.to_pdf(blocks, path, sep, kvmode=rng.choice(["table", "inline"]), title=title)
    elif fmt == "odt":
        R.to_odt(blocks, path, sep, kvmode=rng.choice(["table", "inline"]))
    elif fmt == "rtf":
        R.write(path, R.to_rtf(blocks, sep))
    elif fmt == "html":
        portal = entry["layout"].startswith("portal")
        menu = ["Forside", "Min Plan", "Mine aftaler", "Dokumenter", "Log ud"] if portal else None
        R.write(path, R.to_html(blocks, title, sep, kvmode=rng.choice(["table", "dl"]) if portal else rng.choice(["table", "inline"]),
                                style="portal" if portal else "plain", menu=menu))
    elif fmt == "md":
        R.write(path, R.to_md(blocks, sep))
    elif fmt == "txt":
        hs = "caps" if persona == "caps" else rng.choice(["plain", "underline"])
        R.write(path, R.to_txt(blocks, sep, kvmode="inline", heading_style=hs))
    elif fmt == "eml":
        body_blocks = [b for b in blocks if b[0] != "title"]
        body = R.to_txt(body_blocks, sep)
        when = dt.datetime.combine(c.letterdate, dt.time(rng.randint(7, 21), rng.randint(0, 59)), tzinfo=dt.timezone.utc)
        if entry["layout"].startswith("letter"):
            sender = f"{noae(c.mentor, 'ae')} <{c.mail}>"
        elif entry["layout"].startswith("dict"):
            sender = f"{noae(c.cw, 'ae')} <{slug(c.cw.split()[0])}@{slug(c.kom)}.dk>"
            body += "\n\nSendt fra min iPhone\n"
        else:
            sender = f"{noae(c.mentor, 'ae')} <{c.mail}>"
        subj = title if entry["kind"] != "unknown" else "møde torsdag"
        to = f"{noae(c.fn + ' ' + c.ln, 'ae')} <{slug(c.fn)}{rng.randint(10, 99)}@gmail.com>"
        R.write(path, R.to_eml(body, subj, sender, to, when))
    else:
        raise ValueError(fmt)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/jb")
    ap.add_argument("--seed", type=int, default=21)
    a = ap.parse_args(argv)
    out = Path(a.out)
    for sub in ("aftaler", "breve", "minplan", "andet"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    entries = []
    with tempfile.TemporaryDirectory(prefix="jb_lo_") as td:
        lo_jobs = {"dir": Path(td), "files": []}
        for i, spec in enumerate(PLAN):
            drng = random.Random(rng.randrange(1 << 30))
            entry, blocks, c, title = build(i, spec, drng)
            render(out, entry, blocks, c, title, spec[4], drng, lo_jobs)
            entries.append(entry)
        if lo_jobs["files"]:
            outdir = Path(td) / "pdf"
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_jb_profile", "--headless", "--convert-to", "pdf",
                            "--outdir", str(outdir)] + [str(s) for s, _ in lo_jobs["files"]],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            for src, dst in lo_jobs["files"]:
                shutil.move(str(outdir / (src.stem + ".pdf")), dst)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
