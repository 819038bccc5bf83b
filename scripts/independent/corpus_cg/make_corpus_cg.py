#!/usr/bin/env python3
"""Corpus CG: mentor agreements and decisions written as prose by people not using a template.

Mentors' letters to the citizen, caseworkers' journal notes and confirming e-mails, plain-language
("Let dansk") letters, letters with the fields in an unexpected order, decision letters written as
running text, and documents that are none of the kinds (status notes, minutes, e-mails that only
mention mentor support). Formats: docx, pdf, txt, eml, html.

Written from ../shared/domain.md, the seeds and knowledge of Danish public administration, without
reading the linter, its rule packs or other corpus writers. Labels follow `mentordocs rules NAME`.

    python make_corpus_cg.py --out /work/corpora/cg [--seed 8108]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import json
import random
import re
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

# ----------------------------------------------------------------------------------------------
# People, places
# ----------------------------------------------------------------------------------------------
FIRST_F = ["Sara", "Mette", "Line", "Camilla", "Nadia", "Fatima", "Louise", "Maja", "Ida", "Hanne",
           "Birgitte", "Signe", "Amalie", "Zainab", "Julie", "Pernille", "Rikke", "Tina", "Ayse", "Karen"]
FIRST_M = ["Mikkel", "Ahmed", "Jonas", "Kasper", "Rasmus", "Mads", "Omar", "Frederik", "Thomas",
           "Lars", "Emil", "Bilal", "Søren", "Jesper", "Niklas", "Henrik", "Ali", "Christian", "Peter", "Tobias"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Holm", "Østergaard", "Mikkelsen", "Lund", "Vestergaard", "Yilmaz", "Hussein", "Dahl", "Bech",
        "Kjær", "Frandsen", "Skov", "Bruun", "Hedegaard"]
KOMMUNER = [("Esbjerg Kommune", "esbjerg.dk", "Torvegade 74, 6700 Esbjerg"),
            ("Randers Kommune", "randers.dk", "Laksetorvet 1, 8900 Randers C"),
            ("Holbæk Kommune", "holb.dk", "Kanalstræde 2, 4300 Holbæk"),
            ("Svendborg Kommune", "svendborg.dk", "Ramsherred 5, 5700 Svendborg"),
            ("Viborg Kommune", "viborg.dk", "Prinsens Allé 5, 8800 Viborg"),
            ("Næstved Kommune", "naestved.dk", "Rådmandshaven 20, 4700 Næstved"),
            ("Horsens Kommune", "horsens.dk", "Rådhustorvet 4, 8700 Horsens"),
            ("Slagelse Kommune", "slagelse.dk", "Rådhuspladsen 11, 4200 Slagelse"),
            ("Kolding Kommune", "kolding.dk", "Akseltorv 1, 6000 Kolding"),
            ("Hjørring Kommune", "hjoerring.dk", "Springvandspladsen 5, 9800 Hjørring")]
PROVIDERS = [("Jobvejen ApS", "jobvejen.dk"), ("Mentorhuset Midt", "mentorhuset-midt.dk"),
             ("Trin for Trin Mentor", "trinfortrin.dk"), ("Kompasset Socialrådgivning", "kompasset.dk"),
             ("Brobyg Mentorservice", "brobyg-mentor.dk"), ("Ungeporten", "ungeporten.dk"),
             ("Vendepunktet I/S", "vendepunktet.dk"), ("Fodfæste ApS", "fodfaeste.dk")]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_SHORT = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
                "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def six_month_end(start: dt.date) -> dt.date:
    """Latest allowed end under the calendar reading: start + 6 months - 1 day."""
    return add_months(start, 6) - dt.timedelta(days=1)


def dlong(d: dt.date, year=True) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def dnum(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    return f"{d.day}/{d.month} {d.year}"


class Person:
    def __init__(self, rng: random.Random, female: bool | None = None):
        if female is None:
            female = rng.random() < 0.5
        self.female = female
        self.first = rng.choice(FIRST_F if female else FIRST_M)
        self.last = rng.choice(LAST)
        self.phone = " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        self.phone = str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 2, 2, 3])) + self.phone[1:]

    @property
    def name(self):
        return f"{self.first} {self.last}"

    def email(self, domain):
        return f"{self.first[:1].lower()}{self.last[:2].lower()}@{domain}".replace("ø", "oe").replace(
            "æ", "ae").replace("å", "aa")

    @property
    def han(self):
        return "hun" if self.female else "han"

    @property
    def ham(self):
        return "hende" if self.female else "ham"

    @property
    def hans(self):
        return "hendes" if self.female else "hans"


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 36))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(0, 9999):04d}"


# ----------------------------------------------------------------------------------------------
# Field content (each returns text, and the builders decide defects)
# ----------------------------------------------------------------------------------------------
GOALS_CLEAR = [
    ("starter på grundforløb 1 på {school} i {month}, og du møder op mindst fire dage om ugen",
     ["EUC Syd", "Mercantec", "Tech College", "Roskilde Tekniske Skole", "EUC Nordvest"]),
    ("gennemfører FVU-matematik trin 1 og 2 på {school}, så du kan søge ind på SOSU-hjælperuddannelsen",
     ["VUC Storstrøm", "VUC Syd", "HF & VUC Nordsjælland", "VUC Vest"]),
    ("er i virksomhedspraktik i {school} 15 timer om ugen og har et løntilskudsjob inden {month}",
     ["Netto i Vestergade", "Bilka lageret", "Rema 1000 på Havnevej", "kantinen på rådhuset"]),
    ("kommer i gang på FGU {school} og har under 10 % fravær ved udgangen af {month}",
     ["Vestjylland", "Midt", "Nordsjælland", "Sydfyn"]),
    ("får et fleksjob som pædagogmedhjælper i {school} på 12 timer om ugen",
     ["Børnehuset Mælkebøtten", "en af kommunens vuggestuer", "SFO'en på Rosenvængets Skole"]),
    ("bliver fastholdt i dit job hos {school} og er fuldt tilbage på 30 timer om ugen senest {month}",
     ["Danish Crown", "Arla i Vium", "Grundfos", "Dagrofa", "Carlsberg Fredericia"]),
    ("gennemfører 2. semester på HF på {school} og består eksamen i {month}",
     ["Randers HF & VUC", "Horsens HF & VUC", "HF Centret Efterslægten"]),
    ("starter på AMU-kurset i truckcertifikat på {school} og bagefter søger job som lagermedarbejder",
     ["AMU Vest", "AMU Syd", "AMU Nordjylland"]),
]
GOALS_VAGUE = [
    "at du får mere ro og struktur på hverdagen og en bedre trivsel",
    "støtte til at komme videre i dit liv",
    "at du arbejder med dig selv og får mere selvværd",
    "at du kommer tættere på arbejdsmarkedet",
    "at sikre at du har det godt og bliver mere stabil",
    "at du bliver mere motiveret og får troen på dig selv igen",
]
TASKS = [
    "følge dig til de første møder på skolen",
    "lave en ugeplan sammen med dig, så du kommer op om morgenen",
    "tage med dig til samtaler med lægen, hvis du ønsker det",
    "gennemgå breve fra e-Boks sammen med dig",
    "øve busturen til praktikstedet sammen med dig",
    "tale med dig om, hvad du gør, når du får det svært",
    "have kontakt til din kontaktlærer, hvis der opstår problemer",
    "lægge et budget sammen med dig, så huslejen bliver betalt",
    "ringe til dig om morgenen de første uger",
    "tage med dig på virksomhedsbesøg",
    "skrive ansøgninger sammen med dig",
    "støtte dig i at møde stabilt i praktikken",
]


def goal_text(rng, kind):
    if kind == "clear":
        tmpl, opts = rng.choice(GOALS_CLEAR)
        return tmpl.format(school=rng.choice(opts), month=rng.choice(["august", "januar", "juni", "oktober"]))
    return rng.choice(GOALS_VAGUE)


def hours_phrase(rng, vague=False):
    if vague:
        return rng.choice(["efter behov", "et par timer om ugen", "så meget, som du har brug for",
                           "løbende efter aftale", "når det giver mening for dig"])
    return rng.choice(["1½ time om ugen", "halvanden time om ugen", "to timer om ugen",
                       "3 timer ugentligt", "2-3 timer om ugen", "cirka 2 timer hver uge",
                       "4 timer om ugen", "1 time om ugen", "8 timer om måneden",
                       "to og en halv time om ugen", "24 mentortimer i perioden"])


def make_period(rng, over=False):
    """Returns (start, end, text, traits)."""
    start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 2, 4, 9, 15, 16]))
    traits = []
    if over:
        months = rng.choice([7, 8, 9, 12])
        end = add_months(start, months) - dt.timedelta(days=1)
        if rng.random() < 0.3:
            end = six_month_end(start) + dt.timedelta(days=rng.choice([1, 14, 31]))
        traits.append("period:over-six")
    else:
        r = rng.random()
        if r < 0.35:
            end = six_month_end(start)
            traits.append("period:exact-six")
        else:
            end = add_months(start, rng.choice([3, 4, 5, 6])) - dt.timedelta(days=rng.choice([1, 10, 20]))
            if end > six_month_end(start):
                end = six_month_end(start)
    style = rng.randint(0, 6)
    if style == 0:
        text = f"fra {dlong(start, start.year != end.year)} til {dlong(end)}"
    elif style == 1:
        text = f"fra den {dnum(start, 0)} til den {dnum(end, 0)}"
    elif style == 2:
        text = f"i perioden {dnum(start, 1)}-{dnum(end, 1)}"
    elif style == 3:
        text = f"fra {WEEKDAYS[start.weekday()]} den {dlong(start)} til og med {dlong(end)}"
    elif style == 4:
        text = f"{dlong(start, start.year != end.year)} – {dlong(end)}"
    elif style == 5 and "period:exact-six" in traits:
        text = f"i seks måneder fra {dlong(start)}"
        traits.append("period:start-plus-length")
    elif style == 5 and over:
        months = round((end - start).days / 30.4)
        end = add_months(start, months) - dt.timedelta(days=1)
        text = f"i {months} måneder fra {dlong(start)}"
        traits.append("period:start-plus-length")
    else:
        text = f"f.o.m. {dnum(start, 2)} t.o.m. {dnum(end, 2)}"
    return start, end, text, traits


def follow_phrase(rng, mentor_first, cw_first):
    return rng.choice([
        f"Hver fjerde uge holder vi et kort statusmøde med {cw_first} fra kommunen, hvor vi ser på, hvordan det går med dine delmål.",
        f"{cw_first} følger op sammen med dig og {mentor_first} en gang om måneden. Halvvejs i forløbet laver vi en midtvejsevaluering.",
        "Vi evaluerer forløbet sammen 14 dage før perioden slutter, og vi holder opfølgningsmøde hver 6. uge.",
        f"Opfølgning sker på et møde hver anden måned, hvor {mentor_first} fortæller, hvordan det går, og vi aftaler næste delmål.",
        "Progressionen bliver målt på, om du møder op, og vi følger op på et statusmøde hver måned.",
    ])


APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen om mentorstøtte, skal du klage til {k} inden fire uger, efter at du har fået den. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder "
    "afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til den.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {k}, og vi skal have den senest 4 uger efter, at du har "
    "modtaget dette brev. Du kan klage skriftligt eller mundtligt. Vi ser på sagen igen, og hvis vi ikke giver dig "
    "ret, sender vi klagen videre til Ankestyrelsen. Reglerne står i § 204 i lov om en aktiv beskæftigelsesindsats "
    "og i retssikkerhedslovens kapitel 10.",
    "Er du uenig, kan du klage. Ring eller skriv til {k} inden 4 uger. Vi kigger på sagen igen. Får du ikke ret, "
    "sender vi din klage til Ankestyrelsen.",
]
APPEAL_WRONG = [
    "Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen inden 4 uger. Klagen sendes til "
    "Ankestyrelsen, 7998 Statsservice, eller via ast.dk.",
    "Du kan klage over afgørelsen til Ankestyrelsen. Klagefristen er fire uger fra modtagelsen af dette brev.",
]
APPEAL_WEAK = [
    "Du kan klage over afgørelsen.",
    "Hvis du er uenig, kan du altid kontakte din sagsbehandler.",
    "Er du uenig i bevillingen, kan du klage. Se klagevejledningen i den afgørelse, du har fået i e-Boks.",
    "Borger er vejledt om klagemuligheder.",
]


def appeal_text(rng, kommune, mode):
    if mode == "full":
        return rng.choice(APPEAL_FULL).format(k=kommune)
    if mode == "wrong":
        return rng.choice(APPEAL_WRONG)
    return rng.choice(APPEAL_WEAK)


# ----------------------------------------------------------------------------------------------
# Document model: list of blocks
#   ("h", text)   heading-ish line (bold in docx/pdf, <h2>/<strong> in html)
#   ("p", text)   paragraph
#   ("li", text)  bullet item
#   ("kv", label, value)  label/value line
#   ("sig", [lines])
# ----------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng, idx):
        self.rng = rng
        self.idx = idx
        self.k_name, self.k_dom, self.k_addr = rng.choice(KOMMUNER)
        self.p_name, self.p_dom = rng.choice(PROVIDERS)
        self.cit = Person(rng)
        self.men = Person(rng)
        self.cw = Person(rng)
        self.cpr = cpr(rng) if rng.random() < 0.27 else None
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.choice(['30', '31', '32'])}.{rng.randint(10, 30)}-G01-{rng.randint(100, 9999)}-26"
        self.date = dt.date(2026, rng.randint(1, 9), rng.randint(1, 27))


CONFLICTS = [{"unclear-goal", "missing-goal"}, {"duration-over-6-months", "missing-duration"},
             {"wrong-route", "missing-appeal-guidance"}]
DEFECT_QUOTA = {"missing-appeal-guidance": 10, "unclear-goal": 6, "missing-hours": 6, "missing-follow-up": 5,
                "duration-over-6-months": 5, "missing-mentor": 5, "missing-tasks": 4, "missing-goal": 4,
                "missing-duration": 4, "wrong-route": 3}


def plan_defects(rng, n_docs, n_clean):
    """Spread a realistic quota of defects over the agreements: about a third clean, most of the
    rest with one defect, some with two (prose documents are often missing appeal guidance)."""
    pool = [d for d, n in DEFECT_QUOTA.items() for _ in range(n)]
    rng.shuffle(pool)
    slots = [set() for _ in range(n_docs)]
    bad = list(range(n_docs))
    rng.shuffle(bad)
    bad = bad[:n_docs - n_clean]
    for i, d in zip(bad, pool):
        slots[i].add(d)
    for d in pool[len(bad):]:
        for _ in range(50):
            i = rng.choice(bad)
            cand = slots[i] | {d}
            if len(cand) == len(slots[i]) + 1 and len(cand) <= 2 and not any(c <= cand for c in CONFLICTS):
                slots[i] = cand
                break
    return slots


class Fields:
    """The content of one agreement, with defects applied."""

    def __init__(self, c: Ctx, defects: set[str]):
        rng = c.rng
        self.defects = defects
        self.goal = None if "missing-goal" in defects else goal_text(
            rng, "vague" if "unclear-goal" in defects else "clear")
        self.tasks = None if "missing-tasks" in defects else rng.sample(TASKS, rng.randint(2, 4))
        self.hours = hours_phrase(rng, vague="missing-hours" in defects)
        self.hours_vague = "missing-hours" in defects
        self.hours_absent = self.hours_vague and rng.random() < 0.4
        if "missing-duration" in defects:
            self.period = None
            self.start = dt.date(2026, rng.randint(2, 8), rng.choice([1, 3, 10]))
        else:
            self.start, self.end, self.period, self.ptraits = make_period(
                rng, over="duration-over-6-months" in defects)
        self.follow = None if "missing-follow-up" in defects else follow_phrase(rng, c.men.first, c.cw.first)
        if "missing-appeal-guidance" in defects:
            self.appeal_mode = "none" if rng.random() < 0.5 else "weak"
        elif "wrong-route" in defects:
            self.appeal_mode = "wrong"
        else:
            self.appeal_mode = "full"
        self.appeal = None if self.appeal_mode == "none" else appeal_text(rng, c.k_name, self.appeal_mode)
        c.date = self.start - dt.timedelta(days=rng.randint(2, 20))
        self.mentor_mode = "full"
        if "missing-mentor" in defects:
            self.mentor_mode = rng.choice(["name-only", "later"])

    def labels(self):
        rules = sorted(d for d in self.defects if d in NINE)
        extras = ["appeal-wrong-route"] if self.appeal_mode == "wrong" else []
        return rules, extras

    def period_json(self):
        if self.period is None:
            return None
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def third(t: str) -> str:
    """Rewrite a sentence addressed to the citizen into a caseworker's third person."""
    t = re.sub(r"\bdu\b", "borger", t)
    t = re.sub(r"\bdig\b", "borger", t)
    t = re.sub(r"\bdine\b", "borgers", t)
    t = re.sub(r"\bdin\b", "borgers", t)
    t = re.sub(r"\bdit\b", "borgers", t)
    t = re.sub(r"\bDu\b", "Borger", t)
    return t


def hours_sentence(rng, h, vague, voice):
    if vague:
        return {"mentor": f"Vi ses {h}.", "journal": f"Mentor og borger mødes {third(h)}.",
                "email": f"I ses {h}.", "odd": f"Mentoren er der for dig {h}."}[voice]
    if "perioden" in h:
        return {"mentor": f"Kommunen har bevilget {h}.", "journal": f"Der er bevilget {h}.",
                "email": f"Der er bevilget {h}.", "odd": f"Der er afsat {h} til mentorstøtten."}[voice]
    return {"mentor": rng.choice([f"Vi ses {h}.", f"Kommunen har bevilget {h} til os.", f"Vi har {h} sammen."]),
            "journal": rng.choice([f"Der er bevilget {h}.", f"Timetal: {h}.", f"Mentor har {h} til rådighed."]),
            "email": rng.choice([f"I har {h}.", f"I ses {h}."]),
            "odd": f"Der er afsat {h} til mentorstøtten."}[voice]


def merge_paras(blocks, rng, prob):
    """Writers run several points together in one paragraph."""
    out = []
    for blk in blocks:
        if (blk[0] == "p" and out and out[-1][0] == "p" and rng.random() < prob
                and not out[-1][1].endswith(":") and len(out[-1][1]) > 60):
            out[-1] = ("p", out[-1][1] + " " + blk[1])
        else:
            out.append(blk)
    return out


def bullets_or_sentence(rng, tasks, intro):
    if rng.random() < 0.55:
        return [("p", intro)] + [("li", t[0].upper() + t[1:]) for t in tasks]
    return [("p", intro + " " + ", ".join(tasks[:-1]) + " og " + tasks[-1] + ".")]


# ---- agreement styles ------------------------------------------------------------------------

def agreement_mentor_letter(c: Ctx, f: Fields):
    rng = c.rng
    m, cit = c.men, c.cit
    b = []
    b.append(("p", f"{c.p_name} · mentorstøtte for {c.k_name}"))
    b.append(("p", f"{cit.name}"))
    if c.cpr:
        b.append(("p", f"Cpr.nr. {c.cpr}"))
    b.append(("p", f"{c.date.day}. {MONTHS[c.date.month - 1]} {c.date.year}"))
    b.append(("h", rng.choice(["Vores aftale", "Om dit mentorforløb", "Kære " + cit.first + " – her er vores aftale"])))
    b.append(("p", f"Kære {cit.first}"))
    b.append(("p", rng.choice([
        f"Tak for en god snak {rng.choice(['i onsdags', 'i går', 'på jobcentret i sidste uge'])}. Jeg har lovet at skrive ned, hvad vi aftalte, så du har det på papir.",
        "Det var rart at møde dig. Her får du det, vi blev enige om, skrevet ned.",
    ])))
    if f.mentor_mode == "full":
        b.append(("p", rng.choice([
            f"Jeg hedder {m.name}, og jeg er din mentor fra {c.p_name}. Du kan altid fange mig på {m.phone} eller skrive til {m.email(c.p_dom)}.",
            f"Som du ved, er det mig, {m.name}, der er din mentor. Mit nummer er {m.phone}, og du må gerne sende en sms, hvis du ikke kan ringe.",
        ])))
    elif f.mentor_mode == "name-only":
        b.append(("p", f"Jeg hedder {m.first} og er din mentor fra {c.p_name}."))
    else:
        b.append(("p", f"Jeg er koordinator hos {c.p_name}. Vi finder den mentor, der passer bedst til dig, og hun eller han kontakter dig inden opstart."))
    if f.goal:
        b.append(("p", rng.choice([
            f"Det, vi arbejder hen imod, er, at du {f.goal}." if not f.goal.startswith(("at ", "støtte")) else f"Det, vi arbejder hen imod, er {f.goal}.",
            f"Målet med forløbet er, at du {f.goal}." if not f.goal.startswith(("at ", "støtte")) else f"Målet med forløbet er {f.goal}.",
        ])))
    if f.tasks:
        if f.mentor_mode == "later":
            intro = "Din mentor skal"
            intro_l = "Din mentor skal:"
        else:
            intro = rng.choice(["Jeg skal", "Det, jeg skal gøre, er at", "Vi aftalte, at jeg skal"])
            intro_l = rng.choice([f"{m.first} skal:", "Det vil jeg gøre sammen med dig:", "Jeg skal:", "Vi aftalte, at jeg skal:"])
        if rng.random() < 0.55:
            b.append(("p", intro_l))
            b += [("li", t[0].upper() + t[1:]) for t in f.tasks]
        else:
            b.append(("p", intro + " " + ", ".join(f.tasks[:-1]) + " og " + f.tasks[-1] + "."))
    if not f.hours_absent:
        b.append(("p", hours_sentence(rng, f.hours, f.hours_vague, "mentor")))
    if f.period:
        b.append(("p", rng.choice([f"Forløbet løber {f.period}.", f"Kommunen har bevilget mentorstøtten {f.period}."])))
    else:
        b.append(("p", f"Vi starter {dlong(f.start)}. Mentorstøtte kan gives i højst 6 måneder ad gangen."))
    if f.follow:
        b.append(("p", f.follow))
    if f.appeal:
        b.append(("p", rng.choice(["Bevillingen er en afgørelse fra kommunen. ", ""]) + f.appeal))
    b.append(("p", rng.choice(["Jeg glæder mig til at arbejde sammen med dig.", "Ring endelig, hvis der er noget.",
                               "Vi ses på mandag!"])))
    head, body = b[:5], b[5:]
    b = head + merge_paras(body, rng, rng.choice([0.0, 0.3, 0.6]))
    sig = ["Venlig hilsen", m.name if f.mentor_mode == "full" else (m.first if f.mentor_mode == "name-only" else "Koordinator, " + c.p_name)]
    if f.mentor_mode == "full":
        sig += [f"Mentor, {c.p_name}"]
    sig += [f"Kopi: {c.cw.name}, {c.k_name}"]
    b.append(("sig", sig))
    return b


def agreement_journal(c: Ctx, f: Fields):
    rng = c.rng
    m, cit, cw = c.men, c.cit, c.cw
    b = [("h", rng.choice(["Journalnotat", "Notat – mentorstøtte", "Journalnotat: Opstartsmøde mentor"]))]
    b.append(("kv", "Dato", f"{c.date.day:02d}.{c.date.month:02d}.{c.date.year}"))
    b.append(("kv", "Borger", cit.name + (f", {c.cpr}" if c.cpr else "")))
    b.append(("kv", "Sagsbehandler", cw.name))
    b.append(("kv", "Sagsnr.", c.sagsnr))
    b.append(("kv", "Emne", rng.choice(["Aftale om mentorstøtte", "Opstartsmøde med mentor", "Mentor – opstart"])))
    sents = []
    sents.append(rng.choice([
        f"Møde på jobcentret i dag med borger, mentor og undertegnede. Borger mødte stabilt og var positiv.",
        f"Som aftalt på mødet i dag er der indgået aftale om mentorstøtte efter LAB § 167.",
        f"Opstartsmøde afholdt i dag. Til stede: {cit.first}, mentor og sagsbehandler.",
    ]))
    if f.mentor_mode == "full":
        sents.append(rng.choice([
            f"Mentor er {m.name}, {c.p_name}, tlf. {m.phone}, mail {m.email(c.p_dom)}.",
            f"{m.name} fra {c.p_name} er bevilget som mentor (tlf. {m.phone}).",
        ]))
    elif f.mentor_mode == "name-only":
        sents.append(f"Mentor bliver {m.first} fra {c.p_name}.")
    else:
        sents.append(f"Mentorstøtten leveres af {c.p_name}; konkret mentor er endnu ikke fundet.")
    if f.goal:
        g = third(f.goal if f.goal.startswith(("at ", "støtte")) else "at borger " + f.goal)
        sents.append(rng.choice([f"Formålet med mentorstøtten er {g}.", f"Borger og jobcenter aftalte, at målet er {g}."]))
    if f.tasks:
        tasks = [third(t) for t in f.tasks]
        sents.append("Mentor skal " + ", ".join(tasks[:-1]) + " og " + tasks[-1] + ".")
    if not f.hours_absent:
        sents.append(hours_sentence(rng, f.hours, f.hours_vague, "journal"))
    if f.period:
        sents.append(rng.choice([f"Mentorstøtten er bevilget {f.period}.", f"Perioden er {f.period}."]))
    else:
        sents.append(f"Opstart {dnum(f.start, 1)}.")
    if f.follow:
        sents.append(third(f.follow))
    if f.appeal_mode == "full":
        sents.append(rng.choice([
            f"Borger er vejledt om, at {cit.han} kan klage til {c.k_name} inden 4 uger, og at kommunen genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis den fastholdes.",
            f"Klagevejledning givet mundtligt: klage skal sendes til kommunen inden fire uger; fastholder vi afgørelsen, videresendes klagen til Ankestyrelsen.",
        ]))
    elif f.appeal_mode == "wrong":
        sents.append(f"Borger er vejledt om, at {cit.han} kan klage til Ankestyrelsen inden 4 uger.")
    elif f.appeal:
        sents.append(rng.choice(["Borger er vejledt om klagemuligheder.", f"Borger er oplyst om, at {cit.han} kan klage over afgørelsen.",
                                 "Klagevejledning fremgår af afgørelsen."]))
    sents.append(rng.choice(["Afgørelse sendes til e-Boks.", "Aftalen tilføjes Min Plan.", ""]))
    # prose: one or two paragraphs
    sents = [s for s in sents if s]
    cut = rng.randint(2, len(sents) - 1)
    b.append(("p", " ".join(sents[:cut])))
    b.append(("p", " ".join(sents[cut:])))
    b.append(("p", f"/{cw.first[0]}{cw.last[0]}".upper()))
    return b


def agreement_email_body(c: Ctx, f: Fields):
    rng = c.rng
    m, cit, cw = c.men, c.cit, c.cw
    b = [("p", f"Hej {cit.first}")]
    b.append(("p", rng.choice([
        "Som aftalt på mødet i dag sender jeg dig her en opsummering af din aftale om mentorstøtte.",
        "Tak for mødet i dag. Som lovet får du her det, vi aftalte om din mentor.",
        "Her kommer en kort opsummering af vores møde i dag, hvor vi aftalte mentorstøtte.",
    ])))
    listy = rng.random() < 0.4
    parts = []
    if f.goal:
        g = f.goal if f.goal.startswith(("at ", "støtte")) else "at du " + f.goal
        parts.append(("Mål", f"Vi aftalte, at målet er {g}."))
    if f.mentor_mode == "full":
        parts.append(("Mentor", f"Din mentor er {m.name} fra {c.p_name}. {m.first} har telefon {m.phone} og mail {m.email(c.p_dom)}."))
    elif f.mentor_mode == "name-only":
        parts.append(("Mentor", f"Din mentor bliver {m.first} fra {c.p_name}, som ringer til dig i næste uge."))
    else:
        parts.append(("Mentor", f"{c.p_name} finder en mentor til dig og kontakter dig inden opstart."))
    if f.tasks:
        parts.append(("Opgaver", f"{m.first if f.mentor_mode != 'later' else 'Mentoren'} skal blandt andet " + ", ".join(f.tasks[:-1]) + " og " + f.tasks[-1] + "."))
    if not f.hours_absent:
        parts.append(("Timer", hours_sentence(rng, f.hours, f.hours_vague, "email")))
    if f.period:
        parts.append(("Periode", f"Støtten gælder {f.period}."))
    else:
        parts.append(("Periode", f"I starter {dlong(f.start)}."))
    if f.follow:
        parts.append(("Opfølgning", f.follow))
    rng.shuffle(parts) if rng.random() < 0.3 else None
    if listy:
        for lab, txt in parts:
            b.append(("p", f"{lab}: {txt}"))
    else:
        cur = []
        for _, txt in parts:
            cur.append(txt)
            if len(cur) >= 2 and rng.random() < 0.5:
                b.append(("p", " ".join(cur)))
                cur = []
        if cur:
            b.append(("p", " ".join(cur)))
    if f.appeal:
        b.append(("p", f.appeal if f.appeal_mode != "full" else "Afgørelsen om mentorstøtte kommer også i e-Boks. " + f.appeal))
    b.append(("p", rng.choice(["Du er velkommen til at ringe, hvis du har spørgsmål.", "Skriv endelig, hvis noget er forkert."])))
    b.append(("sig", ["Venlig hilsen", cw.name, "Rådgiver, Jobcenter " + c.k_name.replace(" Kommune", ""),
                      f"Direkte tlf. {cw.phone}", cw.email(c.k_dom)]))
    return b


def agreement_letdansk(c: Ctx, f: Fields):
    rng = c.rng
    m, cit = c.men, c.cit
    b = [("p", c.k_name), ("p", f"{c.date.day}. {MONTHS[c.date.month - 1]} {c.date.year}"), ("p", cit.name)]
    if c.cpr:
        b.append(("p", f"CPR: {c.cpr}"))
    b.append(("h", rng.choice(["Du får en mentor", "Din aftale om mentor", "Aftale om mentor – let at læse"])))
    b.append(("p", f"Kære {cit.first}"))
    b.append(("p", "Du får dette brev, fordi du skal have en mentor. En mentor er en person, der hjælper dig."))
    secs = []
    if f.goal:
        g = f.goal if f.goal.startswith(("at ", "støtte")) else "at du " + f.goal
        secs.append(("Hvad er målet?", [("p", f"Målet er {g}.")]))
    if f.mentor_mode == "full":
        secs.append(("Hvem er din mentor?", [("p", f"Din mentor hedder {m.name}."), ("p", f"Telefon: {m.phone}"),
                                             ("p", f"Mail: {m.email(c.p_dom)}")]))
    elif f.mentor_mode == "name-only":
        secs.append(("Hvem er din mentor?", [("p", f"Din mentor hedder {m.first}. {m.first} ringer til dig.")]))
    else:
        secs.append(("Hvem er din mentor?", [("p", "Vi finder en mentor til dig. Mentoren ringer til dig.")]))
    if f.tasks:
        secs.append(("Hvad skal I lave?", [("p", "Mentoren skal:")] + [("li", t[0].upper() + t[1:] + ".") for t in f.tasks]))
    hp = []
    if not f.hours_absent:
        hp.append(("p", hours_sentence(rng, f.hours, f.hours_vague, "email")))
    if f.period:
        hp.append(("p", f"Du har mentor {f.period}."))
    else:
        hp.append(("p", f"Du starter {dlong(f.start)}."))
    secs.append((rng.choice(["Hvor meget og hvor længe?", "Hvornår?"]), hp))
    if f.follow:
        secs.append(("Hvordan går det?", [("p", f.follow)]))
    if f.appeal:
        secs.append(("Er du ikke enig?", [("p", f.appeal)]))
    for h, body in secs:
        b.append(("h", h))
        b += body
    b.append(("p", "Har du spørgsmål? Ring til mig."))
    b.append(("sig", ["Venlig hilsen", c.cw.name, "Jobkonsulent", f"Tlf. {c.cw.phone}"]))
    return b


def agreement_odd(c: Ctx, f: Fields):
    """Letter with fields in an order nobody expects; inline bold lead-ins, or one long paragraph."""
    rng = c.rng
    m, cit = c.men, c.cit
    b = [("p", c.k_name + " · Job og Uddannelse"), ("p", c.k_addr)]
    b.append(("p", f"Sagsnr. {c.sagsnr}" + (f" · Cpr.nr. {c.cpr}" if c.cpr else "")))
    b.append(("p", f"Dato: {dnum(c.date, 1)}"))
    b.append(("p", f"Til {cit.name}"))
    b.append(("h", rng.choice(["Mentorstøtte – det har vi aftalt", "Vedr. din mentorstøtte", "Opsummering af aftale om mentor"])))
    items = []
    if f.appeal:
        items.append(("Hvis du er uenig", f.appeal))
    if not f.hours_absent:
        items.append(("Tid", hours_sentence(rng, f.hours, f.hours_vague, "odd")))
    if f.period:
        items.append(("Fra hvornår og til hvornår", f"Aftalen gælder {f.period}."))
    else:
        items.append(("Opstart", f"Mentorstøtten starter {dlong(f.start)}."))
    if f.follow:
        items.append(("Hvordan vi holder øje med fremskridt", f.follow))
    if f.tasks:
        items.append((f"Sådan hjælper {m.first if f.mentor_mode != 'later' else 'mentoren'} dig",
                      ("Mentoren skal " if f.mentor_mode == "later" else f"{m.first} skal ") + ", ".join(f.tasks[:-1]) + " og " + f.tasks[-1] + "."))
    if f.mentor_mode == "full":
        items.append(("Kontakt", f"Din mentor: {m.name}, {c.p_name}, {m.phone}, {m.email(c.p_dom)}."))
    elif f.mentor_mode == "name-only":
        items.append(("Kontakt", f"Din mentor: {m.first}, {c.p_name}."))
    else:
        items.append(("Kontakt", f"Mentor udpeges af {c.p_name} inden opstart."))
    if f.goal:
        g = f.goal if f.goal.startswith(("at ", "støtte")) else "at du " + f.goal
        items.append(("Og til sidst det vigtigste", f"Det hele handler om {g}."))
    # order: start odd, then shuffle middle a little
    goal_item = items[-1:] if f.goal else []
    rest = items[:-1] if f.goal else items[:]
    rng.shuffle(rest)
    if goal_item and rng.random() < 0.3:
        rest.insert(len(rest) - 1, goal_item[0])
        goal_item = []
    items = rest + goal_item
    mode = rng.random()
    if mode < 0.45:
        for lab, txt in items:
            b.append(("kv", lab, txt))
    elif mode < 0.75:
        for lab, txt in items:
            b.append(("h", lab))
            b.append(("p", txt))
    else:
        b.append(("p", " ".join(t for _, t in items)))
    b.append(("sig", ["Med venlig hilsen", c.cw.name, "Sagsbehandler", f"Tlf. {c.cw.phone}"]))
    return b


AGREEMENT_STYLES = {
    "mentor-letter": (agreement_mentor_letter, ["docx", "pdf", "docx", "pdf", "html"], "letter"),
    "journal-note": (agreement_journal, ["txt", "html", "txt", "html", "pdf"], "journal-prose"),
    "confirm-email": (agreement_email_body, ["eml"], "email"),
    "let-dansk": (agreement_letdansk, ["docx", "pdf", "html"], "question-headings"),
    "odd-order": (agreement_odd, ["docx", "pdf", "txt"], "odd-order"),
}


# ---- decisions ---------------------------------------------------------------------------------

def decision(c: Ctx, sub: str, over: bool, no_reasons: bool, appeal_mode: str):
    """Running-text decision letter. Returns blocks, rules, extras, period, traits."""
    rng = c.rng
    cit, m = c.cit, c.men
    rules, extras, traits = [], [], [f"decision:{sub}"]
    period = None
    if sub in ("grant", "partial", "extension"):
        s, e, ptxt, pt = make_period(rng, over=over)
        traits += pt
        period = {"start": s.isoformat(), "end": e.isoformat()}
        c.date = s - dt.timedelta(days=rng.randint(5, 25))
    b = [("p", c.k_name), ("p", "Job og Ydelse"), ("p", c.k_addr), ("p", f"Dato: {dlong(c.date)}"),
         ("p", f"Sagsnr.: {c.sagsnr}"), ("p", cit.name)]
    if c.cpr:
        b.append(("p", f"Cpr.nr.: {c.cpr}"))
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
             "refusal": "Afslag på mentorstøtte", "stop": "Afgørelse om ophør af mentorstøtte",
             "extension": "Afgørelse om forlængelse af mentorstøtte"}[sub]
    if rng.random() < 0.3:
        title = "Vedrørende din ansøgning om mentor" if sub in ("grant", "partial", "refusal") else title
    b.append(("h", title))
    b.append(("p", f"Kære {cit.first} {cit.last}"))
    if sub in ("grant", "partial", "extension"):
        hrs = hours_phrase(rng)
        if sub == "grant":
            b.append(("p", f"Du har den {dlong(c.date - dt.timedelta(days=rng.randint(7, 30)))} søgt om mentorstøtte. "
                           f"Vi har nu behandlet din ansøgning, og du får bevilget mentorstøtte efter § 167 i lov om en aktiv "
                           f"beskæftigelsesindsats {ptxt}. Støtten er på {hrs}."))
            b.append(("p", f"Din mentor bliver {m.name} fra {c.p_name}, som kontakter dig inden opstart. "
                           f"Mentorstøtten skal hjælpe dig med at {rng.choice(['komme stabilt i praktik', 'gennemføre dit grundforløb', 'fastholde dit fleksjob'])}. "
                           "Aftalen om mentorstøtten med mål, opgaver og opfølgning laver I sammen ved opstartsmødet."))
            if rng.random() < 0.5:
                b.append(("p", "Vi har givet dig ret i din ansøgning, og derfor har vi ikke skrevet en nærmere begrundelse."))
        elif sub == "extension":
            prev = add_months(s, -6)
            b.append(("p", f"Du har haft mentorstøtte siden {dlong(prev)}. Din mentor og din sagsbehandler har vurderet, at du stadig har brug for "
                           f"støtte. Vi har derfor besluttet at forlænge din mentorstøtte {ptxt}, med {hrs}."))
            b.append(("p", "Vi har lagt vægt på, at du er kommet godt i gang med praktikken, men at du endnu ikke kan klare transporten og mødetiderne alene. "
                           "En ny periode kan gives efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt., i lov om en aktiv beskæftigelsesindsats."))
        else:
            asked = rng.choice([5, 6, 8])
            hrs = rng.choice(["2 timer om ugen", "3 timer om ugen", "halvanden time om ugen", "4 timer om ugen"])
            b.append(("p", f"Du har søgt om mentorstøtte {asked} timer om ugen. Vi har besluttet at give dig delvist medhold. "
                           f"Du får mentorstøtte {ptxt}, men med {hrs} i stedet for {asked} timer."))
            if not no_reasons:
                b.append(("p", "Begrundelsen for afgørelsen er, at vi vurderer, at dit behov for støtte kan dækkes med færre timer, "
                               "fordi du allerede har en kontaktperson på skolen, som hjælper med det faglige. Vi har lagt vægt på "
                               "oplysningerne fra din mentor og fra skolen. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."))
            else:
                traits.append("reasons:absent")
    elif sub == "refusal":
        b.append(("p", f"Du har søgt om mentorstøtte. Vi har behandlet din ansøgning, og vi må desværre give dig afslag."))
        if not no_reasons:
            b.append(("p", rng.choice([
                "Vi giver afslag, fordi mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats skal have et mål om beskæftigelse eller uddannelse. "
                "Du har fortalt, at du ikke ønsker at arbejde eller tage en uddannelse i den nærmeste tid. Vi har lagt vægt på det, du sagde på samtalen, og på lægeattesten.",
                "Vi har lagt vægt på, at du allerede får socialpædagogisk støtte efter serviceloven, som dækker det samme behov. "
                "Mentorstøtte kan efter § 167 kun gives, hvis støtten er nødvendig for, at du kan fastholde job eller uddannelse.",
            ])))
        else:
            traits.append("reasons:absent")
    else:  # stop
        end = c.date + dt.timedelta(days=rng.randint(10, 30))
        b.append(("p", f"Vi har besluttet, at din mentorstøtte ophører den {dlong(end)}."))
        if not no_reasons:
            b.append(("p", "Vi har lagt vægt på, at du ikke er mødt op til aftalerne med din mentor siden " + dlong(c.date - dt.timedelta(days=40)) +
                           ", og at vi ikke har kunnet få kontakt med dig. Mentorstøtten har derfor ikke længere et formål, jf. § 167 i lov om en aktiv beskæftigelsesindsats. "
                           "Vi har skrevet til dig den " + dlong(c.date - dt.timedelta(days=20)) + " og bedt dig kontakte os, men vi har ikke hørt fra dig."))
        else:
            traits.append("reasons:absent")
    if no_reasons:
        extras.append("missing-reasons")
    if over:
        rules.append("duration-over-6-months")
    # appeal
    if sub == "grant" and rng.random() < 0.4:
        b.append(("p", "Hvad sker der nu? Din mentor ringer til dig og aftaler et første møde. Hvis du bliver syg eller ikke kan "
                       "komme til en aftale, skal du give din mentor besked."))
    if appeal_mode == "full":
        if rng.random() < 0.6:
            b.append(("h", rng.choice(["Sådan klager du", "Hvis du vil klage", "Klagevejledning"])))
        else:
            traits.append("appeal:no-heading")
        b.append(("p", appeal_text(rng, c.k_name, "full")))
        if rng.random() < 0.5:
            b.append(("p", f"Du kan sende din klage til {c.k_name}, {c.k_addr}, eller skrive til os via Digital Post. Skriv sagsnummeret på klagen."))
    elif appeal_mode == "wrong":
        b.append(("h", "Klagevejledning"))
        b.append(("p", appeal_text(rng, c.k_name, "wrong")))
        extras.append("appeal-wrong-route")
    elif appeal_mode == "weak":
        b.append(("p", rng.choice(["Du kan klage over afgørelsen.", "Hvis du har spørgsmål til afgørelsen, er du velkommen til at kontakte mig."])))
        rules.append("missing-appeal-guidance")
    else:
        rules.append("missing-appeal-guidance")
    traits.append(f"appeal:{appeal_mode}")
    b.append(("sig", ["Med venlig hilsen", c.cw.name, "Rådgiver", f"Tlf. {c.cw.phone}", c.cw.email(c.k_dom)]))
    return b, sorted(rules), sorted(extras), period, traits


# ---- documents that are none of the kinds ------------------------------------------------------

def unknown_doc(c: Ctx, sub: str):
    rng = c.rng
    cit, m, cw = c.cit, c.men, c.cw
    b = []
    if sub == "status-note" and rng.random() < 0.5:
        b.append(("h", rng.choice(["Statusrapport", "Status på mentorforløb"])))
        b.append(("p", f"Til {cw.name}, {c.k_name}. Fra {m.name}, {c.p_name}."))
        b.append(("p", f"Borger: {cit.name}" + (f", cpr.nr. {c.cpr}" if c.cpr else "")))
        b.append(("p", f"Siden sidst har {cit.first} og jeg mødtes hver uge, i alt 14 timer. {cit.first} har været til samtale på "
                       f"{rng.choice(['FGU Midt', 'VUC Syd', 'SOSU-skolen'])} og er optaget med start i {MONTHS[(c.date.month + 1) % 12]}. "
                       "Det er gået op og ned med fremmødet, men de sidste tre uger har det været stabilt."))
        b.append(("p", f"Mine anbefalinger: at mentorstøtten fortsætter perioden ud med samme timetal, og at vi i de første uger på skolen "
                       f"følges ad om morgenen. {cit.first} er enig."))
        b.append(("sig", ["Venlig hilsen", m.name, f"tlf. {m.phone}"]))
    elif sub == "status-note":
        b.append(("h", "Statusnotat fra mentor"))
        b.append(("kv", "Borger", cit.name + (f" ({c.cpr})" if c.cpr else "")))
        b.append(("kv", "Periode", f"{MONTHS[c.date.month - 2]} {c.date.year}"))
        b.append(("kv", "Mentor", f"{m.name}, {c.p_name}, tlf. {m.phone}"))
        b.append(("p", f"{cit.first} er mødt op til 7 ud af 8 aftaler i perioden. Vi har brugt 2 timer om ugen, mest på at øve "
                       f"transporten til praktikken og på at tale om søvn. {cit.first} giver selv udtryk for, at det går bedre."))
        b.append(("p", f"Målet om at komme i praktik 15 timer om ugen er endnu ikke nået; {cit.first} er oppe på 10 timer. "
                       "Jeg foreslår, at vi fortsætter som hidtil og tager det op på næste statusmøde."))
        b.append(("sig", [m.name]))
    elif sub == "minutes" and rng.random() < 0.5:
        b.append(("h", f"Referat af netværksmøde vedr. {cit.name}"))
        b.append(("p", f"Tid og sted: {dlong(c.date)} kl. 13.00, Jobcentret. Deltagere: {cit.first}, mentor {m.name} ({c.p_name}, "
                       f"{m.phone}), sagsbehandler {cw.name}, {Person(rng).first} fra praktikstedet."))
        b.append(("li", f"Status: {cit.first} er i praktik 10 timer om ugen og trives. Praktikstedet vil gerne øge til 15 timer fra næste måned."))
        b.append(("li", "Mentor: fortsætter som aftalt. Der er ingen ændringer i mentorstøtten."))
        b.append(("li", f"Næste skridt: {cw.first} undersøger muligheden for løntilskud. Næste netværksmøde {dlong(c.date + dt.timedelta(days=42))}."))
        b.append(("p", f"Referat: {cw.first} {cw.last[0]}."))
    elif sub == "minutes":
        b.append(("h", "Referat af teammøde – Team Ung"))
        b.append(("p", f"Dato: {dlong(c.date)}, kl. 9.00-10.30. Deltagere: {cw.name}, {m.name}, {Person(rng).name}. Afbud: {Person(rng).name}."))
        for t in ["Nyt fra ledelsen: budget for mentorstøtte 2027 er endnu ikke vedtaget; loftet efter § 203 a drøftes i udvalget.",
                  "Mentorleverandører: kontrakten med " + c.p_name + " forlænges. Vi skal huske at sende bestillinger med mål, opgaver og timetal.",
                  "Sager til drøftelse: to borgere venter på mentor. Timetal og periode aftales ved opstart.",
                  "Eventuelt: Julefrokost 11. december."]:
            b.append(("li", t))
        b.append(("p", f"Referent: {cw.first}"))
    elif sub == "mail-mention":
        variant = c.idx % 4
        c.subject = ["Status?", "Ny borger til mentor", "Flyttet møde", "VS: Mentoraftale"][variant]
        b.append(("p", f"Hej {m.first}"))
        b.append(("p", [
            f"Kan du sende mig en kort status på {cit.first} inden fredag? Vi skal have opfølgningsmøde i næste uge, og jeg vil gerne vide, om I stadig mødes hver tirsdag.",
            f"Jeg har fået en ny borger, som jeg tror kunne have gavn af mentorstøtte. Har I kapacitet til at starte en ny op i {MONTHS[c.date.month % 12]}? Så sender jeg en bestilling.",
            f"Tak for i dag. Jeg har flyttet vores møde om {cit.first} til torsdag kl. 13 i mødelokale 2.",
            f"Hermed mentoraftalen for {cit.first} til orientering. Den ligger også i sagen. Sig til, hvis timetallet eller perioden ikke passer med jeres bestilling.",
        ][variant]))
        b.append(("sig", ["Mvh", cw.name, f"Jobcenter {c.k_name.replace(' Kommune', '')}", f"Tlf. {cw.phone}"]))
    elif sub == "invoice":
        b.append(("h", f"Faktura nr. 2026-{rng.randint(100, 999)}"))
        b.append(("p", f"{c.p_name}, CVR {rng.randint(10000000, 99999999)}"))
        b.append(("p", f"Til: {c.k_name}, Jobcenter, att. {cw.name}"))
        b.append(("p", f"Vedr.: Mentorstøtte, {cit.first} {cit.last[0]}., ordre {rng.randint(1000, 9999)}"))
        b.append(("kv", "Mentortimer " + MONTHS[c.date.month - 1], f"{rng.randint(6, 16)} timer à 545,00 kr."))
        b.append(("kv", "Kørsel", f"{rng.randint(20, 120)} km à 3,81 kr."))
        b.append(("p", "Betalingsbetingelser: netto 30 dage. EAN-nummer skal anføres."))
    elif sub == "club-mentor":
        b.append(("h", "Mentoraftale – FC Vestegnens ungementorer"))
        b.append(("p", f"Velkommen i klubbens mentorordning! Din mentor er {m.name}, som spiller på klubbens førstehold (tlf. {m.phone})."))
        b.append(("p", "Målet er, at du får en voksen at snakke med og kommer til træning to gange om ugen. I mødes cirka en time om ugen "
                       "i sæsonen fra august til juni. Mentoren hjælper med lektier og med at finde et fritidsjob."))
        b.append(("p", "Ordningen er frivillig og gratis og har ikke noget med kommunen at gøre. Vi holder en snak med dig og dine forældre før jul."))
    elif sub == "journal-status" and rng.random() < 0.5:
        b.append(("h", "Journalnotat"))
        b.append(("kv", "Dato", dnum(c.date, 1)))
        b.append(("kv", "Emne", "Udeblivelse"))
        b.append(("p", f"Borger udeblev fra samtale i dag. Ringet til borger uden svar. Mentor {m.first} oplyser, at {cit.first} har haft en svær "
                       "uge. Ny samtale indkaldt via e-Boks. Mentorstøtten fortsætter indtil videre."))
    elif sub == "journal-status":
        b.append(("h", "Journalnotat"))
        b.append(("kv", "Dato", dnum(c.date, 1)))
        b.append(("kv", "Emne", "Telefonsamtale med mentor"))
        b.append(("p", f"Talt med mentor {m.name} ({c.p_name}). {cit.first} har været syg i to uger, men er nu tilbage i praktikken. "
                       "Mentorforløbet fortsætter uændret. Næste opfølgning som planlagt."))
        b.append(("p", f"/{cw.first[0]}{cw.last[0]}".upper()))
    elif sub == "newsletter":
        b.append(("h", f"Nyt fra {c.p_name} – {MONTHS[c.date.month - 1]}"))
        b.append(("p", "I denne måned har vi budt velkommen til tre nye mentorer. Vores mentorer hjælper borgere med alt fra struktur i "
                       "hverdagen til at komme godt i gang på en uddannelse. Et typisk forløb varer 3-6 måneder med 1-3 timer om ugen."))
        b.append(("p", "Husk vores temadag om angst og arbejdsliv den 14. " + MONTHS[c.date.month % 12] + ". Tilmelding på vores hjemmeside."))
    return b


# ----------------------------------------------------------------------------------------------
# Renderers
# ----------------------------------------------------------------------------------------------

def blocks_to_text(blocks, width=None, md=False):
    import textwrap
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "h":
            out.append(("## " if md else "") + blk[1])
            if not md:
                out.append("")
                continue
        elif kind == "p":
            t = blk[1]
            out.append("\n".join(textwrap.wrap(t, width)) if width else t)
        elif kind == "li":
            out.append("- " + blk[1])
            continue
        elif kind == "kv":
            out.append(f"{blk[1]}: {blk[2]}")
            continue
        elif kind == "sig":
            out.append("\n".join(blk[1]))
        out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def render_txt(blocks, path, rng):
    width = rng.choice([None, 72, 78]) if rng.random() < 0.6 else None
    text = blocks_to_text(blocks, width=width)
    enc = "utf-8" if rng.random() < 0.8 else "cp1252"
    path.write_bytes(text.replace("\n", "\r\n" if rng.random() < 0.3 else "\n").encode(enc, errors="replace"))
    return ["txt:wrapped"] if width else []


def render_docx(blocks, path, rng, header=None, footer=None):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = rng.choice(["Calibri", "Arial", "Verdana", "Times New Roman"])
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    use_head_style = rng.random() < 0.35
    for blk in blocks:
        k = blk[0]
        if k == "h":
            if use_head_style:
                doc.add_heading(blk[1], level=2)
            else:
                p = doc.add_paragraph()
                p.add_run(blk[1]).bold = True
        elif k == "p":
            doc.add_paragraph(blk[1])
        elif k == "li":
            try:
                doc.add_paragraph(blk[1], style="List Bullet")
            except KeyError:
                doc.add_paragraph("• " + blk[1])
        elif k == "kv":
            p = doc.add_paragraph()
            p.add_run(blk[1] + ": ").bold = True
            p.add_run(blk[2])
        elif k == "sig":
            p = doc.add_paragraph()
            for i, line in enumerate(blk[1]):
                r = p.add_run(line)
                if i < len(blk[1]) - 1:
                    r.add_break()
    doc.core_properties.author = "Bruger"
    doc.core_properties.created = dt.datetime(2026, 1, 1)
    doc.core_properties.modified = dt.datetime(2026, 1, 1)
    doc.save(str(path))
    return []


def render_pdf(blocks, path, rng, header=None, footer=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, ListFlowable, ListItem
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=12.5, spaceBefore=6)
    story = []
    pending = []

    def flush():
        if pending:
            story.append(ListFlowable([ListItem(Paragraph(htmlmod.escape(t), body), leftIndent=12) for t in pending],
                                      bulletType="bullet", start="•", leftIndent=14))
            pending.clear()
    for blk in blocks:
        k = blk[0]
        if k != "li":
            flush()
        if k == "h":
            story.append(Paragraph(htmlmod.escape(blk[1]), head))
        elif k == "p":
            story.append(Paragraph(htmlmod.escape(blk[1]), body))
        elif k == "li":
            pending.append(blk[1])
        elif k == "kv":
            story.append(Paragraph(f"<b>{htmlmod.escape(blk[1])}:</b> {htmlmod.escape(blk[2])}", body))
        elif k == "sig":
            story.append(Spacer(1, 6))
            story.append(Paragraph("<br/>".join(htmlmod.escape(x) for x in blk[1]), body))
    flush()

    def on_page(canv, doc_):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        if header:
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
        if footer:
            canv.drawString(20 * mm, 10 * mm, footer)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Side {doc_.page}")
        canv.restoreState()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="", author="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return []


def render_pdf_via_writer(blocks, path, rng, header=None, footer=None):
    """A Word letter exported to PDF by LibreOffice, as a municipality's office package does it."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        render_docx(blocks, src, rng, header=header, footer=footer)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cg_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / (path.stem + ".pdf")), str(path))
    return ["pdf:libreoffice"]


def render_html(blocks, path, rng, title="Journal", casesys=True):
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{htmlmod.escape(title)}</title>",
             "<style>.meta{color:#555}.lbl{font-weight:bold}</style>",
             "<script>window.sbsysPrint=function(){window.print();};</script></head><body>"]
    if casesys:
        parts.append('<div class="sbsys-header"><span>Udskrevet fra fagsystem</span></div>')
    parts.append('<div class="document"><div class="content">')
    in_list = False
    for blk in blocks:
        k = blk[0]
        if k == "li" and not in_list:
            parts.append("<ul>")
            in_list = True
        if k != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        if k == "h":
            parts.append(f"<h2>{htmlmod.escape(blk[1])}</h2>" if rng.random() < 0.6 else f"<p><strong>{htmlmod.escape(blk[1])}</strong></p>")
        elif k == "p":
            parts.append(f"<div><p>{htmlmod.escape(blk[1])}</p></div>")
        elif k == "li":
            parts.append(f"<li>{htmlmod.escape(blk[1])}</li>")
        elif k == "kv":
            parts.append(f'<div class="meta"><span class="lbl">{htmlmod.escape(blk[1])}:</span> {htmlmod.escape(blk[2])}</div>')
        elif k == "sig":
            parts.append("<p>" + "<br>".join(htmlmod.escape(x) for x in blk[1]) + "</p>")
    if in_list:
        parts.append("</ul>")
    parts.append("</div></div></body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return []


def render_eml(blocks, path, rng, c: Ctx, subject, sender, to, quoted=None, html_alt=False):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime(c.date.year, c.date.month, c.date.day, rng.randint(8, 15),
                                              rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{c.idx:04d}.{rng.randint(10 ** 6, 10 ** 7)}@{sender.split('@')[-1].strip('>')}>"
    text = blocks_to_text(blocks)
    traits = []
    if quoted:
        text += "\n" + quoted
        traits.append("email:quoted")
    msg.set_content(text)
    if html_alt:
        h = "<html><body>" + "".join(
            f"<p>{htmlmod.escape(x).replace(chr(10), '<br>')}</p>" for x in text.split("\n\n")) + "</body></html>"
        msg.add_alternative(h, subtype="html")
        traits.append("email:html-alt")
    path.write_bytes(bytes(msg))
    return traits


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------

def cpr_forms(c: Ctx):
    return [c.cpr, c.cpr.replace("-", "")] if c.cpr else []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=8108)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    idx = 0

    def write(blocks, fmt, rel, c, extra_traits, subject=None, eml_sender=None, eml_to=None, quoted=None,
              header=None, footer=None, title="Dokument"):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            return render_txt(blocks, p, rng)
        if fmt == "docx":
            return render_docx(blocks, p, rng, header=header, footer=footer)
        if fmt == "pdf" and rng.random() < 0.35 and shutil.which("soffice"):
            return render_pdf_via_writer(blocks, p, rng, header=header, footer=footer)
        if fmt == "pdf":
            return render_pdf(blocks, p, rng, header=header, footer=footer)
        if fmt == "html":
            return render_html(blocks, p, rng, title=title, casesys=title != "Nyhedsbrev")
        if fmt == "eml":
            return render_eml(blocks, p, rng, c, subject, eml_sender, eml_to, quoted=quoted,
                              html_alt=rng.random() < 0.3)
        raise ValueError(fmt)

    # --- 60 agreements
    plan = (["mentor-letter"] * 14 + ["journal-note"] * 12 + ["confirm-email"] * 14 + ["let-dansk"] * 10
            + ["odd-order"] * 10)
    defect_plan = plan_defects(rng, len(plan), 22)
    for n_agr, style in enumerate(plan):
        idx += 1
        c = Ctx(rng, idx)
        fn, fmts, layout = AGREEMENT_STYLES[style]
        defects = defect_plan[n_agr]
        if style == "confirm-email":
            c.cpr = None  # a caseworker does not e-mail the citizen's CPR number
        f = Fields(c, defects)
        blocks = fn(c, f)
        fmt = rng.choice(fmts)
        folder = c.k_name.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        rel = f"{folder}/{idx:03d}-{style}.{fmt}"
        traits = [f"style:{style}"] + getattr(f, "ptraits", []) + [f"appeal:{f.appeal_mode}", f"mentor:{f.mentor_mode}"]
        if f.hours_vague:
            traits.append("hours:absent" if f.hours_absent else "hours:vague")
        if c.cpr:
            traits.append("cpr")
        header = footer = None
        if style == "mentor-letter":
            header = f"{c.p_name}"
            footer = f"{c.p_name} · {c.p_dom} · CVR {rng.randint(10000000, 99999999)}"
        elif style in ("let-dansk", "odd-order"):
            footer = f"{c.k_name} · {c.k_addr} · www.{c.k_dom}"
        quoted = None
        if style == "confirm-email" and rng.random() < 0.35:
            quoted = (f"Den {dlong(c.date - dt.timedelta(days=3))} skrev {c.cit.name} <{c.cit.first.lower()}{rng.randint(1, 99)}@gmail.com>:\n"
                      f"> Hej {c.cw.first}\n> Jeg kan godt komme på torsdag. Skal jeg tage noget med?\n> Mvh {c.cit.first}\n")
        traits += write(blocks, fmt, rel, c, traits,
                        subject=rng.choice(["Opsummering af møde om mentor", "Din mentoraftale", "Referat af vores møde i dag – mentor",
                                            "SV: Møde torsdag"]),
                        eml_sender=f"{c.cw.name} <{c.cw.email(c.k_dom)}>",
                        eml_to=f"{c.cit.name} <{c.cit.first.lower()}{rng.randint(1, 99)}@gmail.com>",
                        quoted=quoted, header=header, footer=footer,
                        title={"journal-note": "Journalnotat", "mentor-letter": "Brev", "let-dansk": "Brev"}.get(style, "Dokument"))
        rules, extras = f.labels()
        entries.append({"path": rel, "format": fmt, "kind": "agreement", "subtype": style, "layout": layout,
                        "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                        "must_not_contain": cpr_forms(c), "traits": traits, "period": f.period_json()})

    # --- 25 decisions
    dplan = ["grant"] * 9 + ["partial"] * 5 + ["refusal"] * 5 + ["stop"] * 3 + ["extension"] * 3
    # defects of decisions: 3 periods over six months, 4 without reasons where reasons are due,
    # appeal guidance missing in 3, only a bare "you can complain" in 3, the direct route in 3
    over_at = {1, 5, 23}
    noreason_at = {10, 14, 16, 20}
    appeal_modes = ["full"] * 25
    for i in (3, 12, 21):
        appeal_modes[i] = "none"
    for i in (7, 15, 22):
        appeal_modes[i] = "weak"
    for i in (0, 11, 18):
        appeal_modes[i] = "wrong"
    for n_dec, sub in enumerate(dplan):
        idx += 1
        c = Ctx(rng, idx)
        blocks, rules, extras, period, traits = decision(
            c, sub, over=n_dec in over_at and sub in ("grant", "extension"),
            no_reasons=n_dec in noreason_at and sub in ("refusal", "partial", "stop"),
            appeal_mode=appeal_modes[n_dec])
        fmt = rng.choice(["pdf", "pdf", "docx", "docx", "html", "txt"])
        folder = c.k_name.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        rel = f"{folder}/{idx:03d}-afgoerelse-{sub}.{fmt}"
        if c.cpr:
            traits.append("cpr")
        traits += write(blocks, fmt, rel, c, traits, footer=f"{c.k_name} · {c.k_addr} · www.{c.k_dom}", title="Afgørelse")
        entries.append({"path": rel, "format": fmt, "kind": "decision", "subtype": f"decision-{sub}",
                        "layout": "running-text", "rules": rules, "extras": extras, "error": None,
                        "accept_errors": [], "must_not_contain": cpr_forms(c), "traits": traits, "period": period})

    # --- 15 documents that are none of the kinds
    uplan = (["status-note"] * 3 + ["minutes"] * 2 + ["mail-mention"] * 4 + ["invoice"] * 2 + ["club-mentor"] * 1
             + ["journal-status"] * 2 + ["newsletter"] * 1)
    ufmt = {"status-note": ["docx", "pdf", "txt"], "minutes": ["docx", "pdf"], "mail-mention": ["eml"],
            "invoice": ["pdf"], "club-mentor": ["html", "docx"], "journal-status": ["txt", "html"],
            "newsletter": ["html"]}
    for sub in uplan:
        idx += 1
        c = Ctx(rng, idx)
        blocks = unknown_doc(c, sub)
        fmt = rng.choice(ufmt[sub])
        rel = f"diverse/{idx:03d}-{sub}.{fmt}"
        traits = ["not-a-mentor-document-kind", f"unknown:{sub}"]
        cpr_list = cpr_forms(c) if sub in ("status-note",) else []
        if cpr_list:
            traits.append("cpr")
        traits += write(blocks, fmt, rel, c, traits,
              subject=getattr(c, "subject", "Spørgsmål"),
              eml_sender=f"{c.cw.name} <{c.cw.email(c.k_dom)}>", eml_to=f"{c.men.name} <{c.men.email(c.p_dom)}>",
              title="Nyhedsbrev" if sub in ("newsletter", "club-mentor") else "Journal")
        entries.append({"path": rel, "format": fmt, "kind": "unknown", "subtype": sub, "layout": "prose",
                        "rules": [], "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": cpr_list, "traits": traits, "period": None})

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
