#!/usr/bin/env python3
"""Corpus HI: "several in one document" (see NOTES.md).

Plans and letters that hold more than one mentor, activity or period. Deterministic:
    /work/main/.venv/bin/python scripts/independent/corpus_hi/make_corpus_hi.py --out /work/corpora/hi [--seed 18]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_hi as R  # noqa: E402

D = dt.date
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def end_after(start: D, months: int) -> D:
    return add_months(start, months) - dt.timedelta(days=1)


def dl(d: D) -> str:            # 1. marts 2026
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dn(d: D) -> str:            # 1.3.2026
    return f"{d.day}.{d.month}.{d.year}"


def dp(d: D) -> str:            # 01.03.2026
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def ds(d: D) -> str:            # 1/3 2026
    return f"{d.day}/{d.month} {d.year}"


def dsd(d: D) -> str:           # 1/3-2026
    return f"{d.day}/{d.month}-{d.year}"


def da3(d: D) -> str:           # 1. mar. 2026
    return f"{d.day}. {MON3[d.month - 1]} {d.year}"


def diso(d: D) -> str:
    return d.isoformat()


DATE_FMTS = [dl, dn, dp, ds, dsd, da3]


# ------------------------------------------------------------------ people and places
FIRST = ["Mads", "Sara", "Ahmed", "Julie", "Kasper", "Amalie", "Yusuf", "Nanna", "Rasmus", "Fatima",
         "Emil", "Ida", "Mikkel", "Louise", "Tobias", "Camilla", "Oliver", "Freja", "Jonas", "Mathilde",
         "Hassan", "Signe", "Frederik", "Line", "Bilal", "Asta", "Niklas", "Maja", "Omar", "Cecilie"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Bach", "Kjær", "Dahl", "Holm", "Lund", "Friis",
        "Vestergaard", "Skov", "Bruun", "Iversen"]
MENTOR_FIRST = ["Lars", "Helle", "Peter", "Anne", "Søren", "Birgitte", "Jesper", "Mette", "Henrik", "Trine",
                "Kim", "Lone", "Thomas", "Dorthe", "Jacob", "Pia", "Morten", "Hanne", "Bo", "Karina"]
ORGS = [("Jobhuset Mentor ApS", "jobhuset.dk"), ("MentorKompagniet", "mentorkompagniet.dk"),
        ("Mentorcentret Midt", "mentorcentret.dk"), ("Bro til Job", "brotiljob.dk"),
        ("Ungementorerne", "ungementor.dk"), ("Stifinder Mentor & Coaching", "stifinder-mentor.dk"),
        ("Fokus Mentorservice", "fokusmentor.dk")]
KOMMUNER = [
    ("Viborg Kommune", "viborg.dk", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
    ("Horsens Kommune", "horsens.dk", "Rådhustorvet 4, 8700 Horsens", "76 29 29 29"),
    ("Næstved Kommune", "naestved.dk", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"),
    ("Holbæk Kommune", "holbaek.dk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Silkeborg Kommune", "silkeborg.dk", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Sønderborg Kommune", "sonderborg.dk", "Rådhustorvet 10, 6400 Sønderborg", "88 72 40 00"),
    ("Frederikshavn Kommune", "frederikshavn.dk", "Rådhus Allé 100, 9900 Frederikshavn", "98 45 50 00"),
    ("Slagelse Kommune", "slagelse.dk", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
]
FIRMS = ["Føtex Viborg", "Bilka Horsens", "Danish Crown Horsens", "Coop Lager Albertslund", "Jysk Distribution",
         "Plantorama", "Rema 1000 Søndergade", "Lidl Holbæk", "Dagli'Brugsen Tjele", "Kvickly Slagelse",
         "Autoværkstedet Nord", "Restaurant Havnen", "Plejecenter Solbakken", "Bygma Næstved"]
SHOPS = ["Føtex Viborg", "Rema 1000 Søndergade", "Lidl Holbæk", "Dagli'Brugsen Tjele", "Kvickly Slagelse", "Bygma Næstved"]
SCHOOLS = [("SOSU-skolen", "grundforløb 2 til social- og sundhedshjælper"), ("Tradium", "grundforløb 1 på EUD"),
           ("VUC", "HF-enkeltfag i dansk og matematik"), ("FGU Midt", "PGU-sporet på FGU"),
           ("Mercantec", "EUX Business"), ("Campus Vejle", "grundforløb til lager- og logistikuddannelsen"),
           ("ZBC", "grundforløb 2 til ernæringsassistent")]


def ascii_mail(s: str) -> str:
    return (s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace(" ", "").replace("'", ""))


@dataclass
class Person:
    first: str
    last: str
    phone: str
    mail: str
    org: str = ""

    @property
    def name(self):
        return f"{self.first} {self.last}"


@dataclass
class Doc:
    kind: str
    subtype: str
    layout: str
    blocks: list
    title: str
    rules: set = field(default_factory=set)
    extras: set = field(default_factory=set)
    traits: list = field(default_factory=list)
    period: tuple | None = None
    cprs: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    slug: str = "doc"


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used_cit = set()

    def phone(self):
        r = self.rng
        return f"{r.choice([2, 3, 4, 5, 6, 9])}{r.randint(0, 9)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def citizen(self):
        r = self.rng
        while True:
            f, l = r.choice(FIRST), r.choice(LAST)
            if (f, l) not in self.used_cit:
                self.used_cit.add((f, l))
                return Person(f, l, self.phone(), "")

    def mentor(self, org=None):
        r = self.rng
        o = org or r.choice(ORGS)
        f, l = r.choice(MENTOR_FIRST), r.choice(LAST)
        return Person(f, l, self.phone(), f"{ascii_mail(f)[:3]}{ascii_mail(l)[:2]}@{o[1]}", o[0])

    def caseworker(self, kom):
        r = self.rng
        f, l = r.choice(MENTOR_FIRST), r.choice(LAST)
        return Person(f, l, kom[3].replace(" ", "")[:2] + " " + " ".join(f"{r.randint(10, 99)}" for _ in range(3)),
                      f"{ascii_mail(f)[:4]}{ascii_mail(l)[:1]}@{kom[1]}", kom[0])

    def kommune(self):
        return self.rng.choice(KOMMUNER)

    def cpr(self):
        r = self.rng
        y = r.randint(1970, 2006)
        d = D(y, r.randint(1, 12), r.randint(1, 28))
        return f"{d.day:02d}{d.month:02d}{y % 100:02d}-{r.randint(0, 9999):04d}"

    def sagsnr(self):
        r = self.rng
        return f"{r.choice(['15.20.12', '15.20.00', '32.18.04'])}-G01-{r.randint(100, 9999)}-{r.randint(24, 26)}"

    def start(self):
        r = self.rng
        return D(2026, r.choice([1, 2, 3, 4, 5, 6, 8, 9]), r.choice([1, 1, 1, 15]))

    def pick(self, seq):
        return self.rng.choice(seq)

    def dfmt(self):
        return self.rng.choice(DATE_FMTS)


# ------------------------------------------------------------------ shared texts
def appeal_full(c: Ctx, kom, variant=None):
    k, _, adr, tlf = kom
    v = variant if variant is not None else c.rng.randint(0, 4)
    if v == 0:
        return (f"Hvis du ikke er enig i afgørelsen, kan du klage til {k}. Klagen skal være modtaget senest "
                "4 uger efter, at du har fået dette brev. Du kan klage skriftligt eller mundtligt. Kommunen vurderer "
                "sagen igen (genvurdering) inden 4 uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til "
                "Ankestyrelsen, Beskæftigelsesudvalget. Klageadgangen følger af § 204 i lov om en aktiv "
                "beskæftigelsesindsats og retssikkerhedslovens kapitel 10.")
    if v == 1:
        return ("Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
                "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
                "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.")
    if v == 2:
        return (f"Du har mulighed for at klage over afgørelsen om mentorstøtte. Fristen er 4 uger fra den dag, du modtog "
                f"afgørelsen. Send klagen til {k}, {adr}, eller skriv til os via Digital Post. Vi ser på sagen igen, og "
                "hvis vi ikke giver dig ret, sender vi klagen og sagens akter til Ankestyrelsen (LAB § 204, "
                "retssikkerhedslovens §§ 66 og 67).")
    if v == 3:
        return (f"Klagefrist: 4 uger efter, at du har modtaget dette brev.\nKlagen sendes til: {k}, Jobindsats, {adr}, "
                f"tlf. {tlf}.\nKommunen genvurderer afgørelsen. Fastholdes den, videresendes klagen til Ankestyrelsen.")
    return (f"Er du uenig, kan du klage til {k} inden fire uger efter, at du har fået afgørelsen. Du kan ringe, skrive "
            "eller komme forbi. Vi genvurderer sagen, og fastholder vi afgørelsen, sendes klagen videre til "
            "Ankestyrelsen. Se § 204 i lov om en aktiv beskæftigelsesindsats.")


APPEAL_NONE = [
    "Du kan klage over afgørelsen.",
    "Er du uenig, er du velkommen til at kontakte din sagsbehandler.",
    "Klagefristen er 4 uger.",
    "Hvis du vil klage, kan du skrive til os.",
]


def appeal_direct(c: Ctx):
    return c.pick([
        "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes direkte til "
        "Ankestyrelsen, 7998 Statsservice.",
        "Hvis du er uenig, kan du inden fire uger sende en klage direkte til Ankestyrelsen via ast.dk.",
    ])


def goal_clear(c: Ctx, n: str, when: D):
    firm = c.pick(FIRMS)
    sc, ed = c.pick(SCHOOLS)
    return c.pick([
        f"{n} er i virksomhedspraktik som lagermedarbejder hos {firm} 20 timer om ugen senest {dl(when)}, med henblik på ansættelse med løntilskud.",
        f"{n} gennemfører {ed} på {sc} med et fremmøde på mindst 90 % og er i gang med næste skoleperiode {dl(when)}.",
        f"{n} har fast arbejde som køkkenmedhjælper i mindst 25 timer om ugen ved udgangen af perioden.",
        f"{n} er i ordinært job på mindst 15 timer om ugen i detailhandelen senest {dl(when)}.",
        f"{n} møder på {sc} fire dage om ugen og består første skoleperiode på {ed}.",
        f"{n} er ansat i fleksjob som pedelmedhjælper 12 timer om ugen senest {dl(when)}.",
    ])


GOAL_UNCLEAR = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "Hjælpe borgeren videre og styrke selvværdet.",
    "At borgeren kommer tættere på arbejdsmarkedet.",
    "Motivere borgeren og skabe ro omkring hverdagen.",
    "Sikre at borgeren får det bedre og kommer videre.",
]

TASKS = [
    ["Følge med til de første to arbejdsdage", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at melde fravær korrekt", "Være bindeled til kontaktpersonen på arbejdspladsen"],
    ["Hjælpe med at lægge en ugeplan med skole og lektier", "Følges med til studievejlederen",
     "Træne bustransporten til skolen", "Samtale om trivsel i klassen en gang om ugen"],
    ["Støtte i kontakt med læge og psykiatri", "Hjælpe med post, e-Boks og aftaler",
     "Følge med til jobsamtaler", "Opfølgning på morgenrutiner, så fremmødet holder"],
    ["Introduktion til arbejdsopgaverne på lageret", "Faste tjek-ind-samtaler mandag og torsdag",
     "Tage fat i konflikter med kolleger tidligt", "Aftale gradvis optrapning af timerne med lederen"],
]

FOLLOW = [
    "Opfølgning hver 4. uge med mentor, borger og sagsbehandler. Evaluering 14 dage før periodens udløb.",
    "Statusmøde hver måned. Mentor sender en kort skriftlig status efter hvert møde. Delmål: fremmøde fire dage om ugen fra uge 16.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør. Progression måles på fremmøde og timer i praktik.",
    "Vi holder opfølgningsmøde hver anden måned og et afsluttende møde fire uger før bevillingen udløber.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Mentor og sagsbehandler følger op, når det giver mening."]

HOURS = ["3 timer pr. uge", "2 t/uge", "1-2 timer ugentligt", "8 timer om måneden", "4 timer om ugen", "2,5 timer pr. uge"]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Løbende, efter aftale"]


def letterhead(c: Ctx, kom, cw: Person, date: D, sagsnr: str, unit="Jobindsats"):
    return ("p", f"{kom[0]}\n{unit}\n{kom[2]}\n\nDato: {dl(date)}\nSagsnr.: {sagsnr}\n"
                 f"Sagsbehandler: {cw.name}\nTlf. {cw.phone} · {cw.mail}")


def addressee(cit: Person, cpr: str | None):
    streets = ["Søndergade", "Skovvej", "Bakkevej", "Møllevej", "Åbyvej", "Kirkestræde", "Engvej", "Lærkevej"]
    s = f"{cit.name}\n{streets[len(cit.first) % 8]} {len(cit.last) * 3}\n"
    if cpr:
        s += f"CPR-nr.: {cpr}"
    return ("p", s.rstrip())


def sign_block(cit: Person, mentor: Person | None, cw: Person, rng):
    rows = [["Dato og underskrift, borger", "Dato og underskrift, mentor", "Dato og underskrift, sagsbehandler"],
            [f"{cit.name}\n\n________________", f"{mentor.name if mentor else ''}\n\n________________",
             f"{cw.name}\n\n________________"]]
    return ("table", rows, True)


# ================================================================== AGREEMENTS
def ag_skift(c: Ctx, v: str) -> Doc:
    """Agreement that records a change of mentor (former mentor with phone, new mentor)."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    org = c.pick(ORGS); old = c.mentor(org); new = c.mentor(org)
    s = D(2026, c.pick([2, 3, 4]), 1); e = end_after(s, 6)
    chg = s + dt.timedelta(days=c.pick([42, 56, 70]))
    f = c.dfmt()
    cpr = c.cpr() if c.rng.random() < 0.4 else None
    goal = goal_clear(c, cit.first, e - dt.timedelta(days=20))
    new_cell = f"{new.name}, {org[0]}\nTlf. {new.phone}\nMail: {new.mail}"
    rules = set()
    if v == "newmentor_nocontact":
        new_cell = f"{new.name}, {org[0]}"
        rules.add("missing-mentor")
    hours = c.pick(HOURS)
    if v == "hours_vague":
        hours = c.pick(HOURS_VAGUE); rules.add("missing-hours")
    blocks = [
        ("p", f"{kom[0]} · Jobindsats · Sagsnr. {c.sagsnr()}"),
        ("title", "Aftale om mentorstøtte – skift af mentor"),
        ("p", f"Borger: {cit.name}" + (f"\nCPR-nr.: {cpr}" if cpr else "")),
        ("p", f"Mentorstøtten blev bevilget for perioden {f(s)} til {f(e)}. {old.name} er fratrådt som mentor pr. {f(chg)}. "
              f"Fra {f(chg + dt.timedelta(days=1))} overtager {new.first} forløbet. Mål, opgaver, timetal og periode er uændrede; "
              "aftalen her erstatter den tidligere aftale."),
        ("table", [
            ["Mål med mentorstøtten", goal],
            ["Tidligere mentor", f"{old.name} (fratrådt {f(chg)}), tlf. {old.phone}"],
            ["Ny mentor", new_cell],
            ["Mentorens opgaver", "\n".join("• " + t for t in c.pick(TASKS))],
            ["Periode", f"{f(s)} – {f(e)} (uændret)"],
            ["Timetal", hours],
            ["Opfølgning", c.pick(FOLLOW)],
        ], False),
        ("h", "Klagevejledning"),
        ("p", appeal_full(c, kom)),
        sign_block(cit, new, cw, c.rng),
    ]
    return Doc("agreement", "agreement", "table-change-of-mentor", blocks, "Aftale om mentorstøtte – skift af mentor",
               rules, traits=["change-of-mentor", "former-mentor-with-phone"] + (["cpr"] if cpr else []),
               period=(s, e), cprs=[cpr] if cpr else [], slug="aftale-mentorskift")


def ag_to(c: Ctx, v: str) -> Doc:
    """Two mentors in one agreement: a job mentor now, a school mentor from August."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    jm = c.mentor(); sm = c.mentor(("Uddannelsesmentor, Ungeenheden", kom[1]))
    firm = c.pick(FIRMS); sc, ed = c.pick(SCHOOLS)
    js = D(2026, 3, 1); je = D(2026, 8, 31)
    ss = D(2026, 8, 10); se = D(2027, 2, 9)
    rules = set(); traits = ["two-mentors", "span-over-6-each-under"]
    if v == "school_over":
        se = D(2027, 6, 30); rules.add("duration-over-6-months"); traits = ["two-mentors", "school-mentor-school-year"]
    follow = "Fælles opfølgningsmøde hver 6. uge med begge mentorer, " + cit.first + " og sagsbehandler. Evaluering af jobmentorforløbet 14 dage før 31. august."
    if v == "nofollow":
        follow = c.pick(FOLLOW_VAGUE); rules.add("missing-follow-up")
    f = c.dfmt()
    blocks = [
        ("title", "Mentoraftale – job og uddannelse"),
        ("p", f"{kom[0]}, Ungeindsatsen\nAftale mellem {cit.name}, {jm.name} (jobmentor), {sm.name} (uddannelsesmentor) og {cw.name} (sagsbehandler)."),
        ("p", f"Denne aftale beskriver de to mentorforløb, som {cit.first} har: en jobmentor i fritidsjobbet hos {firm} og en "
              f"uddannelsesmentor, når {cit.first} starter på {sc} i august. De to forløb overlapper i tre uger, så overleveringen sker ordentligt."),
        ("h", "Mål"),
        ("p", f"Hovedmål: {cit.first} starter på {ed} på {sc} den {dl(ss)} og gennemfører første skoleperiode med højst 10 % fravær.\n"
              f"Delmål for foråret: {cit.first} møder til alle vagter hos {firm} (10 timer om ugen) frem til sommerferien."),
        ("h", "Jobmentor"),
        ("table", [["Navn", f"{jm.name}, {jm.org}"], ["Kontakt", f"Tlf. {jm.phone}, {jm.mail}"],
                   ["Opgaver", "Tjek-ind før vagterne, samtale om mødestabilitet, kontakt til butikschefen ved problemer"],
                   ["Periode", f"{f(js)} – {f(je)}"], ["Timer", "2 timer om ugen"]], False),
        ("h", "Uddannelsesmentor"),
        ("table", [["Navn", f"{sm.name}, Ungeenheden"], ["Kontakt", f"Tlf. {sm.phone}, {sm.mail}"],
                   ["Opgaver", "Skolestart, hjælp til skema og lektieplan, kontakt til kontaktlæreren, opfølgning på fravær"],
                   ["Periode", f"{f(ss)} – {f(se)}"], ["Timer", "1½ time om ugen"]], False),
        ("h", "Opfølgning"),
        ("p", follow),
        ("h", "Klagevejledning"),
        ("p", appeal_full(c, kom)),
        ("p", f"Underskrifter: ____________ ({cit.name})   ____________ ({cw.name}, {kom[0]})"),
    ]
    return Doc("agreement", "agreement", "headings-two-mentors", blocks, "Mentoraftale – job og uddannelse", rules,
               traits=traits, period=(js, je), slug="mentoraftale-to-mentorer")


def ag_forl(c: Ctx, v: str) -> Doc:
    """Agreement for a new period that quotes the earlier one."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); m = c.mentor()
    p1s = D(2026, c.pick([1, 2]), 1); p1e = end_after(p1s, 6)
    p2s = p1e + dt.timedelta(days=1); p2e = end_after(p2s, c.pick([4, 6]))
    rules = set(); traits = ["quotes-earlier-period"]
    if v == "over":
        p2e = end_after(p2s, 8); rules.add("duration-over-6-months"); traits.append("new-period-8-months")
    f = c.dfmt()
    cpr = c.cpr() if v in ("clean", "no_appeal") else None
    follow = c.pick(FOLLOW)
    if v == "vague_followup":
        follow = c.pick(FOLLOW_VAGUE); rules.add("missing-follow-up")
    blocks = [
        ("p", f"{kom[0]}\nJobcenter – Team Mentor\nJ.nr. {c.sagsnr()}"),
        ("title", "Aftale om mentorstøtte – ny periode"),
        ("p", f"Navn: {cit.name}" + (f"\nCPR: {cpr}" if cpr else "")),
        ("h", "1. Tidligere periode"),
        ("p", f"{cit.first} havde mentorstøtte fra {f(p1s)} til {f(p1e)} med {m.name} som mentor, 3 timer om ugen. "
              f"I perioden er fremmødet i praktikken steget fra to til fire dage om ugen."),
        ("h", "2. Målet for den nye periode"),
        ("p", goal_clear(c, cit.first, p2e - dt.timedelta(days=14))),
        ("h", "3. Mentor"),
        ("p", f"{m.name}, {m.org}, tlf. {m.phone}, e-mail {m.mail}"),
        ("h", "4. Mentorens opgaver"),
        ("ul", c.pick(TASKS)),
        ("h", "5. Varighed"),
        ("p", f"Ny periode: {f(p2s)} til {f(p2e)}."),
        ("h", "6. Timetal"),
        ("p", c.pick(["2 timer pr. uge", "2½ time ugentligt", "3 timer om ugen"])),
        ("h", "7. Opfølgning"),
        ("p", follow),
    ]
    if v == "no_appeal":
        rules.add("missing-appeal-guidance"); traits.append("appeal-section-absent")
    else:
        blocks += [("h", "8. Klagevejledning"), ("p", appeal_full(c, kom))]
    blocks.append(("p", f"Aftalen er gennemgået med {cit.first} den {dl(p2s - dt.timedelta(days=9))}.\n{cw.name}, sagsbehandler, tlf. {cw.phone}"))
    return Doc("agreement", "agreement", "numbered-headings-extension", blocks, "Aftale om mentorstøtte – ny periode",
               rules, traits=traits + (["cpr"] if cpr else []), period=(p2s, p2e), cprs=[cpr] if cpr else [],
               slug="aftale-ny-periode")


def ag_praktik(c: Ctx, v: str) -> Doc:
    """Mentor support beside a virksomhedspraktik and a later wage subsidy, each with its own period."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    firm = c.pick(SHOPS)
    vm = c.mentor((firm, ascii_mail(firm.split()[0]) + ".dk"))
    s = D(2026, c.pick([3, 4]), 1); pe = s + dt.timedelta(weeks=13) - dt.timedelta(days=1)
    ls = pe + dt.timedelta(days=1); le = end_after(ls, 12)
    e = end_after(s, 6)
    rules = set(); traits = ["beside-praktik", "beside-loentilskud-12-months"]
    period_txt = f"Mentorstøtten gælder fra {dl(s)} til {dl(e)}."
    per = (s, e)
    if v == "no_period":
        period_txt = "Periode for mentorstøtten: fastsættes, når praktikken er endeligt på plads."
        rules.add("missing-duration"); per = None
    goal = f"{cit.first} bliver ansat med løntilskud som butiksmedhjælper hos {firm} fra {dl(ls)} og arbejder 25 timer om ugen."
    if v == "unclear":
        goal = c.pick(GOAL_UNCLEAR).replace("borgeren", cit.first); rules.add("unclear-goal")
    blocks = [
        ("title", "Aftale om mentorstøtte i forbindelse med virksomhedspraktik"),
        ("p", f"Borger: {cit.name}\nVirksomhed: {firm}\nSagsbehandler: {cw.name}, {kom[0]}, tlf. {cw.phone}"),
        ("b", "Forløbet"),
        ("p", f"{cit.first} er i virksomhedspraktik hos {firm} fra {dl(s)} til {dl(pe)} (13 uger), 15 timer om ugen. "
              f"Herefter er planen ansættelse med løntilskud fra {dl(ls)} til {dl(le)}."),
        ("b", "Formål med mentorstøtten"),
        ("p", goal),
        ("b", "Virksomhedsmentor"),
        ("p", f"{vm.name}, souschef hos {firm}. Telefon {vm.phone}. {vm.first} er {cit.first}s faste kontakt i butikken."),
        ("b", "Det skal mentoren hjælpe med"),
        ("ul", ["Oplæring i varemodtagelse og opfyldning", "Kort samtale ved hver vagts start om dagens opgaver",
                "Hjælpe med at sige til og fra over for kolleger", "Give besked til sagsbehandler ved fravær"]),
        ("b", "Periode"),
        ("p", period_txt),
        ("b", "Timer"),
        ("p", "Virksomheden får dækket 2 mentortimer pr. uge (frikøb af mentor)."),
        ("b", "Opfølgning"),
        ("p", "Opfølgningssamtale i butikken efter 4 og 10 uger og igen inden løntilskuddet starter; derefter hver 2. måned."),
        ("b", "Klagevejledning"),
        ("p", appeal_full(c, kom)),
    ]
    return Doc("agreement", "agreement", "bold-labels-praktik", blocks, "Aftale om mentorstøtte i forbindelse med virksomhedspraktik",
               rules, traits=traits, period=per, slug="aftale-mentor-praktik")


def ag_psyk(c: Ctx, v: str) -> Doc:
    """Udskrivningskoordinator (LAB § 167, stk. 2): up to 3 months before discharge + 6 months after."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); m = c.mentor(("Psykiatrisk udskrivningsteam", kom[1]))
    adm = D(2026, 2, 2); dis = D(2026, 5, 1); s = D(2026, 2, 1); e = D(2026, 10, 31)
    rules = set(); traits = ["udskrivningskoordinator", "nine-months-legal"]
    if v == "over12":
        e = D(2027, 1, 31); rules.add("duration-over-6-months"); traits = ["udskrivningskoordinator", "twelve-months"]
    blocks = [
        ("title", "Aftale om udskrivningskoordinator"),
        ("p", "Mentorstøtte efter § 167, stk. 2, i lov om en aktiv beskæftigelsesindsats"),
        ("table", [["Borger", cit.name], ["Indlagt", f"Psykiatrisk afdeling, indlagt siden {dn(adm)}; forventet udskrivning {dn(dis)}"],
                   ["Udskrivningskoordinator", f"{m.name}\nTlf. {m.phone}\n{m.mail}"],
                   ["Sagsbehandler", f"{cw.name}, tlf. {cw.phone}"]], False),
        ("h", "Mål"),
        ("p", f"{cit.first} har ved periodens slut en plan for at vende tilbage til sit job som pædagogmedhjælper og er startet "
              "med 8 timer om ugen på arbejdspladsen (delvis raskmelding)."),
        ("h", "Koordinatorens opgaver"),
        ("ul", ["Deltage i udskrivningssamtalen på afdelingen", "Koordinere mellem afdelingen, egen læge og arbejdspladsen",
                "Hjælpe med bolig og økonomi de første uger efter udskrivning", "Planlægge den gradvise tilbagevenden til jobbet"]),
        ("h", "Varighed"),
        ("p", f"Fra {dl(s)} (3 måneder før forventet udskrivning) til {dl(e)}."),
        ("h", "Timer"),
        ("p", "4 timer om ugen før udskrivningen, derefter 3 timer om ugen."),
        ("h", "Opfølgning"),
        ("p", "Møde på afdelingen inden udskrivning, herefter opfølgning hver måned og evaluering 14 dage før ophør."),
        ("h", "Sådan klager du"),
        ("p", appeal_full(c, kom)),
    ]
    return Doc("agreement", "agreement", "html-psyk-coordinator", blocks, "Aftale om udskrivningskoordinator", rules,
               traits=traits, period=(s, e), slug="aftale-udskrivningskoordinator")


def ag_case_txt(c: Ctx, v: str) -> Doc:
    """Case-system print with the mentor history (two earlier mentors) above the current agreement."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    m1 = c.mentor(); m2 = c.mentor(); m3 = c.mentor()
    s = D(2026, c.pick([4, 5, 6]), 1); e = end_after(s, c.pick([5, 6]))
    cpr = c.cpr()
    rules = set(); traits = ["mentor-history", "case-system-print", "cpr"]
    goal = goal_clear(c, cit.first, e)
    if v == "unclear":
        goal = c.pick(GOAL_UNCLEAR); rules.add("unclear-goal")
    tasks = [("ul", c.pick(TASKS))]
    if v == "no_tasks":
        tasks = [("p", "-")]; rules.add("missing-tasks")
    blocks = [
        ("p", f"KMD Momentum – udskrift {dp(s - dt.timedelta(days=5))}\nBorger: {cit.name} ({cpr})\nSag: Mentorstøtte § 167"),
        ("title", "Mentoraftale"),
        ("h", "Mentorhistorik"),
        ("table", [["Periode", "Mentor", "Status"],
                   [f"{dp(D(2025, 3, 1))}-{dp(D(2025, 8, 31))}", m1.name, "Afsluttet"],
                   [f"{dp(D(2025, 9, 1))}-{dp(D(2026, 2, 28))}", m2.name, "Afsluttet (mentorskift)"],
                   [f"{dp(s)}-{dp(e)}", m3.name, "Aktiv"]], True),
        ("h", "Mål"),
        ("p", goal),
        ("h", "Mentor"),
        ("p", f"{m3.name} ({m3.org})\nTlf.: {m3.phone}\nE-mail: {m3.mail}"),
        ("h", "Opgaver"),
        *tasks,
        ("h", "Periode"),
        ("p", f"{dp(s)} - {dp(e)}"),
        ("h", "Timer"),
        ("p", c.pick(["3 timer/uge", "2 t/uge", "12 timer pr. måned"])),
        ("h", "Opfølgning"),
        ("p", c.pick(FOLLOW)),
        ("h", "Klagevejledning"),
        ("p", appeal_full(c, kom, 3)),
    ]
    return Doc("agreement", "agreement", "caps-case-print-history", blocks, "Mentoraftale", rules, traits=traits,
               period=(s, e), cprs=[cpr], slug="mentoraftale-udskrift")


def ag_versions(c: Ctx, v: str) -> Doc:
    """Revised agreement: earlier agreement and the current one side by side."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); old = c.mentor(); new = c.mentor()
    s0 = D(2026, 3, 1); e0 = D(2026, 8, 31); chg = D(2026, 6, 1)
    rules = set(); traits = ["versions-side-by-side", "change-of-mentor"]
    hours_new = "2 timer pr. uge"
    if v == "hours_vague":
        hours_new = "Efter behov"; rules.add("missing-hours")
    goal = goal_clear(c, cit.first, e0)
    blocks = [
        ("title", "Revideret aftale om mentorstøtte"),
        ("p", f"{kom[0]} · {cit.name} · ændret {dl(chg - dt.timedelta(days=4))}"),
        ("p", f"Aftalen er revideret, fordi {old.first} {old.last} er stoppet som mentor. Ændringerne gælder fra {dl(chg)}."),
        ("table", [["Punkt", "Tidligere aftale", f"Gældende fra {dn(chg)}"],
                   ["Mål", goal, "Uændret"],
                   ["Mentor", f"{old.name}, tlf. {old.phone}", f"{new.name}, {new.org}, tlf. {new.phone}, {new.mail}"],
                   ["Opgaver", "Følges til praktikstedet; samtale hver mandag", "Samtale hver mandag og torsdag; kontakt til praktikvært ved fravær"],
                   ["Periode", f"{dn(s0)}–{dn(e0)}", f"{dn(s0)}–{dn(e0)} (uændret)"],
                   ["Timetal", "3 timer pr. uge", hours_new],
                   ["Opfølgning", "Hver måned", "Hver måned og 14 dage før ophør"]], True),
        ("h", "Klagevejledning"),
        ("p", appeal_full(c, kom)),
        ("p", f"Med venlig hilsen\n{cw.name}\n{kom[0]}"),
    ]
    return Doc("agreement", "agreement", "versions-table", blocks, "Revideret aftale om mentorstøtte", rules, traits=traits,
               period=(s0, e0), slug="revideret-aftale")


def ag_eml(c: Ctx, v: str) -> Doc:
    """Caseworker's e-mail that writes down what was agreed at the meeting (mentor change inside)."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); old = c.mentor(); new = c.mentor()
    s = D(2026, c.pick([5, 6, 9]), 1); e = end_after(s, 6)
    rules = set(); traits = ["mail-agreement", "change-of-mentor"]
    appeal = appeal_full(c, kom, c.pick([1, 4]))
    if v == "appeal_vague":
        appeal = "Du kan klage over afgørelsen om mentorstøtte, hvis du er uenig."; rules.add("missing-appeal-guidance")
    blocks = [
        ("p", f"Hej {cit.first}"),
        ("p", "Tak for mødet i dag. Her får du det, vi blev enige om, skrevet ned. Det er din aftale om mentorstøtte."),
        ("p", f"Målet: {goal_clear(c, cit.first, e - dt.timedelta(days=30))}"),
        ("p", f"Din nye mentor: {new.name} fra {new.org}, tlf. {new.phone}, mail {new.mail}. {old.first} {old.last} stopper som mentor den {dl(s - dt.timedelta(days=1))}, "
              f"så fra {dl(s)} er det {new.first}, du skal ringe til."),
        ("p", f"{new.first} skal hjælpe dig med:"),
        ("ul", c.pick(TASKS)),
        ("p", f"Periode: {dl(s)} til {dl(e)}.\nTimer: {c.pick(HOURS)}.\nOpfølgning: vi mødes alle tre hver 4. uge, første gang i uge {s.isocalendar()[1] + 4}."),
        ("p", f"Klagevejledning: {appeal}"),
        ("p", f"Venlig hilsen\n{cw.name}\nSagsbehandler, {kom[0]}\nTlf. {cw.phone}"),
    ]
    meta = {"from": f"{cw.name} <{cw.mail}>", "to": f"{cit.name} <{ascii_mail(cit.first)}{c.rng.randint(10, 99)}@gmail.com>",
            "subject": "Din aftale om mentorstøtte", "date": dt.datetime(s.year, s.month, 1, 10, 12, tzinfo=dt.timezone.utc) - dt.timedelta(days=6)}
    return Doc("agreement", "agreement", "mail-written-agreement", blocks, "Din aftale om mentorstøtte", rules, traits=traits,
               period=(s, e), meta=meta, slug="mail-aftale")


def ag_pligt(c: Ctx, v: str) -> Doc:
    """Ret- og pligtmentor agreement; contact every other week; previous mentor period noted."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); m = c.mentor()
    s = c.start(); e = end_after(s, 6)
    cpr = c.cpr() if c.rng.random() < 0.5 else None
    rules = set(); traits = ["pligtmentor", "previous-period-noted"]
    goal = (f"{cit.first} er i stand til at deltage i et tilbud efter kapitel 10-12, først virksomhedspraktik 10 timer om ugen på "
            f"{c.pick(FIRMS)} senest {dl(e - dt.timedelta(days=30))}.")
    if v == "goal_missing":
        goal = "Udfyldes senere"; rules.add("missing-goal")
    blocks = [
        ("title", "Aftale om mentorstøtte (ret- og pligtmentor)"),
        ("p", f"{kom[0]}, Jobcenter\nBorger: {cit.name}" + (f", CPR-nr. {cpr}" if cpr else "")),
        ("p", f"{cit.first} havde tidligere mentor fra {dn(s - dt.timedelta(days=400))} til {dn(s - dt.timedelta(days=220))}. "
              "Den nye aftale tager udgangspunkt i erfaringerne derfra."),
        ("table", [["Målet med mentorstøtten", goal],
                   ["Mentorens navn og kontaktdata", f"{m.name}, {m.org}, tlf. {m.phone}"],
                   ["Mentorens opgaver", "Kontakt mindst hver anden uge ved møde eller telefon; hjælp med lægeaftaler og struktur på ugen; forberede opstart i praktik"],
                   ["Varighed", f"6 måneder: {dn(s)} – {dn(e)}"],
                   ["Timetal", "2 timer om ugen"],
                   ["Opfølgning og progression", "Sagsbehandler følger op hver 3. måned; progression måles på fremmøde til aftaler (mål: 9 ud af 10)"],
                   ["Klagevejledning", appeal_full(c, kom, c.pick([1, 3]))]], False),
    ]
    return Doc("agreement", "agreement", "six-point-table-pligt", blocks, "Aftale om mentorstøtte (ret- og pligtmentor)", rules,
               traits=traits + (["cpr"] if cpr else []), period=(s, e), cprs=[cpr] if cpr else [], slug="aftale-pligtmentor")


def ag_support(c: Ctx, v: str) -> Doc:
    """Agreement listing mentor support beside transport, an aid and a praktik, each with own period/hours."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); m = c.mentor()
    firm = c.pick(SHOPS)
    s = D(2026, c.pick([2, 3, 9]), 1); e = end_after(s, 6); te = end_after(s, 12)
    cpr = c.cpr()
    rules = set(); traits = ["beside-transport-aid-praktik", "other-hours-present", "cpr"]
    hours = [("Mentortimer", "3 timer om ugen de første 8 uger, derefter 2 timer om ugen")]
    if v == "hours_missing":
        hours = []; rules.add("missing-hours"); traits.append("only-other-activities-have-hours")
    rows = [["Mål", f"{cit.first} er i praktik hos {firm} 20 timer om ugen ved periodens udløb og har en aftale om løntilskud."],
            ["Mentor", f"{m.name}, {m.org}, tlf. {m.phone}"],
            ["Mentorens opgaver", "Træne ruten med bus; samtale hver mandag om ugens vagter; være med til møder med butikschefen"],
            ["Mentorstøttens periode", f"{dn(s)}-{dn(e)}"], *[list(h) for h in hours],
            ["Opfølgning", "Trepartsmøde efter 6 og 18 uger; evaluering 14 dage før ophør"]]
    blocks = [
        ("title", "Aftale om mentorstøtte"),
        ("p", f"{kom[0]} · {cit.name} (cpr.nr. {cpr}) · Sagsbehandler {cw.name}"),
        ("table", rows, False),
        ("h", "Øvrig støtte (bevilget særskilt)"),
        ("table", [["Ydelse", "Periode", "Omfang"],
                   [f"Virksomhedspraktik, {firm}", f"{dn(s)}-{dn(s + dt.timedelta(weeks=13) - dt.timedelta(days=1))}", "12 timer/uge, stigende til 20"],
                   ["Befordringsgodtgørelse", f"{dn(s)}-{dn(te)}", "Dokumenterede udgifter til bus"],
                   ["Hjælpemiddel: høreværn med kommunikation", "Varigt udlån", "-"]], True),
        ("h", "Klagevejledning"),
        ("p", appeal_full(c, kom)),
    ]
    return Doc("agreement", "agreement", "table-plus-other-support-table", blocks, "Aftale om mentorstøtte", rules, traits=traits,
               period=(s, e), cprs=[cpr], slug="aftale-mentor-oevrig-stoette")


def ag_group(c: Ctx, v: str) -> Doc:
    """Two mentors at once: a job mentor at the workplace and a bydelsmentor at home."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    jm = c.mentor(); bm = c.mentor(("Bydelsmentorerne (foreningen)", "bydelsmentor.dk"))
    s = D(2026, c.pick([2, 3, 9]), 1); e = end_after(s, 6)
    rules = set(); traits = ["two-mentors-at-once"]
    jm_txt = f"Jobmentor: {jm.name}, {jm.org}, tlf. {jm.phone}"
    bm_txt = f"Bydelsmentor: {bm.name}, Bydelsmentorerne, {bm.mail}"
    if v == "no_contacts":
        jm_txt = f"Jobmentor: {jm.name} ({jm.org})"; bm_txt = f"Bydelsmentor: {bm.name} (Bydelsmentorerne)"
        rules.add("missing-mentor"); traits.append("no-contact-for-either")
    blocks = [
        ("title", "Aftale om mentorstøtte"),
        ("p", f"Mellem {cit.name} og {kom[0]}. {cit.first} får støtte af to mentorer på samme tid i hele perioden."),
        ("h", "Målet"),
        ("p", goal_clear(c, cit.first, e)),
        ("h", "Mentorer"),
        ("p", jm_txt + "\n" + bm_txt),
        ("h", "Hvem gør hvad"),
        ("ul", [f"{jm.first} (jobmentor): oplæring og faste samtaler på arbejdspladsen, 2 timer om ugen",
                f"{bm.first} (bydelsmentor): hjælp med transport, madpakke og morgenrutine, 1 time om ugen"]),
        ("h", "Periode"),
        ("p", f"Begge mentorer: {dl(s)} til og med {dl(e)}."),
        ("h", "Opfølgning"),
        ("p", c.pick(FOLLOW)),
        ("h", "Klagevejledning"),
        ("p", appeal_full(c, kom)),
        ("p", f"Sagsbehandler: {cw.name}, {kom[0]}, tlf. {cw.phone}"),
    ]
    return Doc("agreement", "agreement", "headings-two-mentors-at-once", blocks, "Aftale om mentorstøtte", rules,
               traits=traits, period=(s, e), slug="aftale-to-mentorer")


# ================================================================== DECISIONS
def _letter_open(c, kom, cw, cit, date, cpr, title):
    return [letterhead(c, kom, cw, date, c.sagsnr()), addressee(cit, cpr), ("title", title)]


def de_combo(c: Ctx, v: str) -> Doc:
    """One decision: mentor support + befordringsgodtgørelse (12 months) + hjælpemiddel (varigt udlån)."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    s = D(2026, c.pick([3, 4, 8]), 1); e = end_after(s, 6); te = end_after(s, 12)
    date = s - dt.timedelta(days=12)
    cpr = c.cpr() if c.rng.random() < 0.35 else None
    rules = set(); traits = ["mentor-beside-transport-and-aid", "transport-12-months"]
    if v == "mentor_over":
        e = end_after(s, 10); rules.add("duration-over-6-months"); traits.append("mentor-10-months")
    firm = c.pick(FIRMS)
    blocks = _letter_open(c, kom, cw, cit, date, cpr, "Afgørelse om mentorstøtte, befordringsgodtgørelse og hjælpemiddel")
    blocks += [
        ("p", f"Kære {cit.first}\n\nDu har søgt om hjælp i forbindelse med din virksomhedspraktik hos {firm}. "
              "Vi har truffet afgørelse om tre ting. Du får det hele bevilget, som du har søgt om."),
        ("h", "1. Mentorstøtte"),
        ("p", f"Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {dl(s)} til {dl(e)}, "
              "3 timer om ugen. Mentoren kommer fra virksomheden, og I laver en skriftlig aftale om mål og opgaver ved opstartsmødet."),
        ("h", "2. Befordringsgodtgørelse"),
        ("p", f"Du får befordringsgodtgørelse efter § 82 til kørsel mellem hjem og praktiksted fra {dl(s)} til {dl(te)}. "
              "Godtgørelsen udbetales månedsvis bagud efter dine kørselslister."),
        ("h", "3. Hjælpemiddel"),
        ("p", "Du får en hæve-sænke-arbejdsstation og en ergonomisk stol som varigt udlån efter § 74. Hjælpemidlet følger dig, hvis du skifter job."),
        ("h", "Begrundelse"),
        ("p", "Vi har lagt vægt på, at du har ondt i ryggen efter en diskusprolaps og har brug for støtte de første måneder for at "
              "fastholde praktikken. Afstanden til praktikstedet er 34 km, og der er ikke direkte offentlig transport."),
    ]
    if v == "appeal_transport_only":
        blocks += [("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
                   ("p", "Hvis du er uenig i afgørelsen om befordringsgodtgørelse, kan du klage til kommunen inden 4 uger. "
                         "Kommunen genvurderer, og fastholder vi afgørelsen, sendes klagen til Ankestyrelsen.")]
        rules.add("missing-appeal-guidance"); traits.append("appeal-other-subject")
    else:
        blocks += [("h", "Klagevejledning"), ("p", "Klagevejledningen gælder alle tre dele af afgørelsen. " + appeal_full(c, kom))]
    blocks.append(("p", f"Med venlig hilsen\n\n{cw.name}\nJobkonsulent"))
    return Doc("decision", "grant", "letter-sections-multi-help", blocks, "Afgørelse om mentorstøtte, befordringsgodtgørelse og hjælpemiddel",
               rules, traits=traits + (["cpr"] if cpr else []), period=(s, e), cprs=[cpr] if cpr else [], slug="afgoerelse-mentor-befordring")


def de_pa(c: Ctx, v: str) -> Doc:
    """Mentor support (6 months) and personlig assistance (kompensationsloven, 2 years) in one letter."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    s = D(2026, c.pick([4, 5]), 1); e = end_after(s, 6); pe = end_after(s, 24)
    date = s - dt.timedelta(days=20)
    rules = set(); traits = ["mentor-beside-personlig-assistance", "pa-24-months"]
    appeal = appeal_full(c, kom)
    if v == "appeal_nobody":
        appeal = "Du kan klage over afgørelsen inden 4 uger efter, at du har modtaget den."; rules.add("missing-appeal-guidance")
        traits.append("appeal-deadline-no-body")
    blocks = _letter_open(c, kom, cw, cit, date, None, "Bevilling af mentorstøtte og personlig assistance")
    blocks += [
        ("p", f"Du er ansat som bogholder hos {c.pick(['Bygma Næstved', 'Jysk Distribution', 'Danish Crown Horsens', 'Plantorama'])} fra {dl(s)}. Du har søgt om personlig assistance på grund af "
              "din synsnedsættelse og om en mentor i opstarten."),
        ("b", "Afgørelse"),
        ("ul", [f"Personlig assistance efter lov om kompensation til handicappede i erhverv § 4: 20 timer om ugen fra {dl(s)} til {dl(pe)}.",
                f"Mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats: 2 timer om ugen fra {dl(s)} til {dl(e)}."]),
        ("b", "Begrundelse"),
        ("p", "Du opfylder betingelserne for personlig assistance, fordi du har en varig og betydelig funktionsnedsættelse. "
              "Mentorstøtten gives for at sikre en god start i jobbet; vi har lagt vægt på, at du ikke har været på arbejdsmarkedet i fire år."),
        ("b", "Klagevejledning"),
        ("p", appeal),
        ("p", f"Venlig hilsen\n{cw.name}, {kom[0]}"),
    ]
    return Doc("decision", "grant", "letter-bullets-pa", blocks, "Bevilling af mentorstøtte og personlig assistance", rules,
               traits=traits, period=(s, e), slug="bevilling-mentor-pa")


def de_forl(c: Ctx, v: str) -> Doc:
    """Extension letter quoting the earlier period and granting the next."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); m = c.mentor()
    p1s = D(2026, c.pick([1, 2, 3]), 1); p1e = end_after(p1s, 6)
    p2s = p1e + dt.timedelta(days=1); p2e = end_after(p2s, c.pick([3, 6]))
    date = p1e - dt.timedelta(days=16)
    cpr = c.cpr() if v == "clean" and c.rng.random() < 0.5 else None
    rules = set(); traits = ["quotes-earlier-period", "extension"]
    grant = f"Vi forlænger din mentorstøtte i perioden {dl(p2s)} til {dl(p2e)}."
    if v == "cumulative_note":
        p2e = end_after(p2s, 3)
        grant = (f"Vi forlænger din mentorstøtte med 3 måneder, fra {dl(p2s)} til {dl(p2e)}. Du har dermed haft mentor i 9 måneder i alt, "
                 "når perioden slutter.")
        traits.append("cumulative-9-months-stated")
    if v == "over":
        p2e = end_after(p2s, 12); grant = f"Vi forlænger din mentorstøtte i 12 måneder, fra {dl(p2s)} til {dl(p2e)}."
        rules.add("duration-over-6-months"); traits.append("extension-12-months")
    blocks = _letter_open(c, kom, cw, cit, date, cpr, "Afgørelse om forlængelse af mentorstøtte")
    blocks += [
        ("p", f"Du fik bevilget mentorstøtte fra {dl(p1s)} til {dl(p1e)} med {m.name} som mentor. "
              f"På statusmødet den {dl(date - dt.timedelta(days=7))} aftalte vi, at du har brug for støtte lidt endnu."),
        ("p", grant + f" Timetallet er {c.pick(['2 timer', '3 timer', '1½ time'])} om ugen, og {m.first} fortsætter som din mentor."),
        ("h", "Begrundelse"),
        ("p", "Efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt., i lov om en aktiv beskæftigelsesindsats, finder vi, at du "
              "fortsat har brug for mentorstøtte for at fastholde dit uddannelsesforløb. Vi har lagt vægt på, at dit fravær er faldet, "
              "men at du endnu ikke selv kan klare kontakten til skolen."),
    ]
    if v == "no_appeal":
        rules.add("missing-appeal-guidance"); traits.append("appeal-section-absent")
    else:
        blocks += [("h", "Hvis du vil klage"), ("p", appeal_full(c, kom))]
    blocks.append(("p", f"Med venlig hilsen\n{cw.name}"))
    meta = {"from": f"{kom[0]} <noreply@{kom[1]}>", "to": f"{cit.name} <{ascii_mail(cit.first)}.{ascii_mail(cit.last)}@mail.dk>",
            "subject": "Afgørelse om forlængelse af mentorstøtte", "date": dt.datetime(date.year, date.month, date.day, 8, 30, tzinfo=dt.timezone.utc)}
    return Doc("decision", "extension", "letter-extension", blocks, "Afgørelse om forlængelse af mentorstøtte", rules,
               traits=traits + (["cpr"] if cpr else []), period=(p2s, p2e), cprs=[cpr] if cpr else [], meta=meta, slug="forlaengelse")


def de_partial(c: Ctx, v: str) -> Doc:
    """Partial grant: asked for 12 months and 5 hours; granted 6 months and 3 hours; earlier periods quoted."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    s = D(2026, c.pick([2, 5, 9]), 1); e = end_after(s, 6)
    date = s - dt.timedelta(days=14)
    cpr = c.cpr() if c.rng.random() < 0.3 else None
    rules = set(); extras = set(); traits = ["partial", "asked-12-months"]
    blocks = _letter_open(c, kom, cw, cit, date, cpr, "Afgørelse om mentorstøtte – delvis bevilling")
    blocks += [
        ("p", f"Du har den {dl(date - dt.timedelta(days=21))} søgt om mentorstøtte i 12 måneder med 5 timer om ugen, mens du tager "
              f"{c.pick(SCHOOLS)[1]}."),
        ("p", f"Du får delvis bevilget din ansøgning: mentorstøtte i 6 måneder fra {dl(s)} til {dl(e)} med 3 timer om ugen. "
              "Vi giver afslag på resten."),
    ]
    if v == "noreasons":
        extras.add("missing-reasons"); traits.append("no-reasons")
    else:
        blocks += [("h", "Derfor har vi truffet denne afgørelse"),
                   ("p", "Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan mentorstøtte gives i højst 6 måneder ad gangen. "
                         "Vi har lagt vægt på, at skolen selv tilbyder lektiecafé og en kontaktlærer, og at støtten skal gå ud over det, "
                         "skolen normalt giver. Derfor vurderer vi, at 3 timer om ugen er tilstrækkeligt. Ved udløb vurderer vi, om du har brug for en ny periode.")]
    if v == "appeal_vague":
        blocks += [("h", "Klagevejledning"), ("p", c.pick(APPEAL_NONE))]; rules.add("missing-appeal-guidance")
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal_full(c, kom))]
    blocks.append(("p", f"Venlig hilsen\n{cw.name}\nUngeindsatsen"))
    return Doc("decision", "partial", "letter-partial", blocks, "Afgørelse om mentorstøtte – delvis bevilling", rules, extras,
               traits=traits + (["cpr"] if cpr else []), period=(s, e), cprs=[cpr] if cpr else [], slug="delvis-bevilling")


def de_refusal(c: Ctx, v: str) -> Doc:
    """Refusal of mentor support with a grant of virksomhedspraktik (13 weeks) in the same letter."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    s = D(2026, c.pick([3, 4, 9, 10]), 1); pe = s + dt.timedelta(weeks=13) - dt.timedelta(days=1)
    date = s - dt.timedelta(days=10)
    rules = set(); extras = set(); traits = ["refusal", "beside-praktik-grant"]
    firm = c.pick(FIRMS)
    blocks = _letter_open(c, kom, cw, cit, date, None, "Afslag på mentorstøtte og bevilling af virksomhedspraktik")
    blocks += [
        ("p", f"Du har søgt om mentorstøtte og om virksomhedspraktik hos {firm}."),
        ("h", "Afgørelse"),
        ("p", f"Du får virksomhedspraktik hos {firm} fra {dl(s)} til {dl(pe)}, 20 timer om ugen.\nDu får afslag på mentorstøtte."),
        ("h", "Begrundelse for afslaget"),
        ("p", f"Mentorstøtte kan efter § 167 i lov om en aktiv beskæftigelsesindsats gives, når det er nødvendigt for at du kan "
              f"gennemføre aktiviteten. {firm} har oplyst, at du får en fast kontaktperson i praktikken som en del af den almindelige "
              "introduktion. Vi vurderer derfor, at du ikke har brug for mentorstøtte ud over det. Har du behov for støtte undervejs, kan du søge igen."),
    ]
    if v == "wrong_route":
        blocks += [("h", "Klagevejledning"), ("p", appeal_direct(c))]; extras.add("appeal-wrong-route"); traits.append("appeal-direct-to-ast")
    elif v == "no_appeal":
        rules.add("missing-appeal-guidance"); traits.append("appeal-section-absent")
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal_full(c, kom))]
    blocks.append(("p", f"Med venlig hilsen\n{cw.name}, virksomhedskonsulent"))
    return Doc("decision", "refusal", "letter-refusal-with-praktik", blocks, "Afslag på mentorstøtte og bevilling af virksomhedspraktik",
               rules, extras, traits=traits, period=None, slug="afslag-mentor-praktik")


def de_end(c: Ctx, v: str) -> Doc:
    """End of mentor support, with the earlier periods (12 months in all) listed."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); m = c.mentor()
    s = D(2026, 3, 1); stop = D(2026, c.pick([5, 6]), c.pick([15, 31 if False else 30]))
    date = stop - dt.timedelta(days=21)
    cpr = c.cpr() if c.rng.random() < 0.4 else None
    rules = set(); extras = set(); traits = ["end", "earlier-periods-12-months"]
    blocks = _letter_open(c, kom, cw, cit, date, cpr, "Afgørelse om ophør af mentorstøtte")
    blocks += [
        ("p", f"Din mentorstøtte med {m.name} ophører den {dl(stop)}."),
        ("p", f"Du har haft mentorstøtte i to tidligere perioder, {dn(D(2025, 3, 1))}–{dn(D(2025, 8, 31))} og "
              f"{dn(D(2025, 9, 1))}–{dn(D(2026, 2, 28))}, og den nuværende periode blev bevilget fra {dn(s)} til {dn(D(2026, 8, 31))}."),
    ]
    if v != "noreasons":
        blocks += [("h", "Begrundelse"),
                   ("p", f"Du er den {dl(stop - dt.timedelta(days=40))} blevet fastansat 30 timer om ugen og har selv sagt, at du ikke længere "
                         "har brug for mentor. Formålet med mentorstøtten er dermed opnået, jf. § 167 i lov om en aktiv beskæftigelsesindsats.")]
    else:
        extras.add("missing-reasons"); traits.append("no-reasons")
    if v == "no_appeal":
        blocks += [("p", "Har du spørgsmål, er du velkommen til at ringe.")]; rules.add("missing-appeal-guidance")
    elif v == "wrong_route":
        blocks += [("h", "Klagevejledning"), ("p", appeal_direct(c))]; extras.add("appeal-wrong-route")
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal_full(c, kom))]
    blocks.append(("p", f"Venlig hilsen\n{cw.name}"))
    return Doc("decision", "end", "letter-end", blocks, "Afgørelse om ophør af mentorstøtte", rules, extras,
               traits=traits + (["cpr"] if cpr else []), period=(s, stop), cprs=[cpr] if cpr else [], slug="ophoer")


def de_change(c: Ctx, v: str) -> Doc:
    """Change of the grant: new mentor and fewer hours (a decision), former mentor named."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); old = c.mentor(); new = c.mentor()
    s = D(2026, c.pick([2, 3]), 1); e = end_after(s, 6); chg = add_months(s, 3)
    date = chg - dt.timedelta(days=15)
    rules = set(); extras = set(); traits = ["change-of-mentor", "fewer-hours"]
    blocks = _letter_open(c, kom, cw, cit, date, None, "Ændring af din mentorstøtte – ny mentor og timetal")
    blocks += [
        ("p", f"Fra {dl(chg)} er {new.name} ({new.org}, tlf. {new.phone}) din mentor i stedet for {old.name}. "
              f"Samtidig nedsætter vi timetallet fra 4 til 2 timer om ugen. Perioden er uændret: {dl(s)} – {dl(e)}."),
        ("h", "Begrundelse"),
        ("p", f"{old.first} {old.last} har fået andet arbejde. På opfølgningsmødet den {dl(date - dt.timedelta(days=6))} blev vi enige om, "
              "at du klarer morgenrutinerne selv nu, og at 2 timer om ugen er nok til resten af perioden (§ 167 i lov om en aktiv beskæftigelsesindsats)."),
        ("h", "Klagevejledning"),
    ]
    if v == "appeal_nodeadline":
        blocks.append(("p", f"Du kan klage til {kom[0]}, Jobindsats. Kommunen ser på sagen igen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes."))
        rules.add("missing-appeal-guidance"); traits.append("appeal-no-deadline")
    else:
        blocks.append(("p", appeal_full(c, kom)))
    blocks.append(("p", f"Venlig hilsen\n{cw.name}"))
    return Doc("decision", "partial", "letter-change", blocks, "Ændring af din mentorstøtte – ny mentor og timetal", rules, extras,
               traits=traits, period=(s, e), slug="aendring-mentor")


def de_grant_two(c: Ctx, v: str) -> Doc:
    """Grant of two mentor supports in one letter: udskrivningskoordinator, then a job mentor."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    dis = D(2026, 6, 1); us = D(2026, 3, 1); ue = D(2026, 11, 30)
    js = D(2026, 9, 1); je = D(2027, 2, 28)
    rules = set(); traits = ["two-supports", "udskrivningskoordinator-9-months", "job-mentor-6-months"]
    if v == "job_over":
        je = D(2027, 5, 31); rules.add("duration-over-6-months"); traits[-1] = "job-mentor-9-months"
    blocks = _letter_open(c, kom, cw, cit, us - dt.timedelta(days=10), None, "Afgørelse om mentorstøtte")
    blocks += [
        ("p", f"Du har fået tilbud om en udskrivningskoordinator, fordi du er indlagt på psykiatrisk afdeling og forventes udskrevet den {dl(dis)}. Du har sagt ja tak."),
        ("h", "Det har vi besluttet"),
        ("table", [["Støtte", "Periode", "Timer", "Lovgrundlag"],
                   ["Udskrivningskoordinator", f"{dn(us)} – {dn(ue)}", "3 timer/uge", "LAB § 167, stk. 2"],
                   ["Jobmentor ved tilbagevenden til job", f"{dn(js)} – {dn(je)}", "2 timer/uge", "LAB § 167, stk. 1"]], True),
        ("p", "Koordinatoren følger dig fra 3 måneder før udskrivningen og 6 måneder efter. Jobmentoren starter, når du begynder at arbejde igen."),
        ("h", "Klagevejledning"),
        ("p", appeal_full(c, kom)),
        ("p", f"Med venlig hilsen\n{cw.name}"),
    ]
    return Doc("decision", "grant", "letter-table-two-supports", blocks, "Afgørelse om mentorstøtte", rules, traits=traits,
               period=(js, je), slug="afgoerelse-to-stoetter")


def de_weeks(c: Ctx, v: str) -> Doc:
    """Grant in week numbers, beside a wage subsidy job with its own (longer) period."""
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); m = c.mentor()
    w1, w2 = 10, 35
    rules = set(); traits = ["week-numbers", "beside-loentilskud"]
    if v == "over":
        w2 = 44; rules.add("duration-over-6-months"); traits.append("weeks-10-44")
    s = D.fromisocalendar(2026, w1, 1); e = D.fromisocalendar(2026, w2, 7)
    firm = c.pick(FIRMS)
    cpr = c.cpr()
    blocks = _letter_open(c, kom, cw, cit, s - dt.timedelta(days=14), cpr, "Bevilling af mentorstøtte")
    blocks += [
        ("p", f"Du starter i job med løntilskud hos {firm} i uge {w1} 2026. Løntilskudsjobbet varer 12 måneder, til og med uge {w1 - 1} 2027, "
              "og er bevilget i et særskilt brev."),
        ("p", f"Vi har besluttet, at du får mentorstøtte i uge {w1}-{w2} 2026, 2 timer om ugen. Din mentor er {m.name} fra {m.org}, "
              f"som du kan ringe til på {m.phone}."),
        ("h", "Baggrund for afgørelsen"),
        ("p", "Du har ikke været i arbejde i over to år, og du har selv peget på, at de første måneder bliver svære. Mentorstøtten skal "
              "hjælpe dig med at komme godt i gang med arbejdstider, kolleger og opgaver (§ 167 i lov om en aktiv beskæftigelsesindsats)."),
        ("h", "Klagevejledning"),
        ("p", appeal_full(c, kom)),
        ("p", f"Med venlig hilsen\n{cw.name}\n{kom[0]}"),
    ]
    return Doc("decision", "grant", "letter-week-numbers", blocks, "Bevilling af mentorstøtte", rules, traits=traits + ["cpr"],
               period=(s, e), cprs=[cpr], slug="bevilling-uger")


# ================================================================== MIN PLAN
def mp_cards(c: Ctx, v: str) -> Doc:
    """Min Plan print with a past, a current and a coming mentor period (three cards)."""
    cit = c.citizen(); kom = c.kommune()
    org = c.pick(ORGS); past_m = c.mentor(org); cur_m = c.mentor(org)
    s = D(2026, c.pick([3, 4]), 1); e = end_after(s, 6)
    ps = add_months(s, -6); pe = s - dt.timedelta(days=1)
    ns = e + dt.timedelta(days=1); ne = end_after(ns, 4)
    rules = set(); traits = ["past-current-coming-periods"]
    cur_contact = [["Mentor", cur_m.name], ["Telefon", cur_m.phone], ["E-mail", cur_m.mail]]
    hours = c.pick(["2 timer pr. uge", "3 timer om ugen", "1 time om ugen"])
    if v == "cur_nocontact":
        cur_contact = [["Mentor", f"{cur_m.name} ({org[0]})"]]; rules.add("missing-mentor"); traits.append("past-mentor-has-phone")
    if v == "cur_hours_vague":
        hours = c.pick(HOURS_VAGUE); rules.add("missing-hours")
    if v == "cur_over":
        e = end_after(s, 10); ns = e + dt.timedelta(days=1); ne = end_after(ns, 3)
        rules.add("duration-over-6-months"); traits.append("current-10-months")
    cpr = c.cpr() if c.rng.random() < 0.3 else None
    goal = goal_clear(c, cit.first, e)
    blocks = [
        ("title", f"Min Plan – {cit.name}"),
        ("p", f"Udskrevet {dn(s + dt.timedelta(days=20))} · {kom[0]}" + (f" · CPR {cpr}" if cpr else "")),
        ("h", "Mit mål"),
        ("p", goal),
        ("h", "Mentorstøtte (afsluttet)"),
        ("table", [["Periode", f"{dn(ps)} – {dn(pe)}"], ["Mentor", past_m.name], ["Telefon", past_m.phone],
                   ["Status", "Afsluttet"]], False),
        ("h", "Mentorstøtte (aktiv)"),
        ("table", [["Periode", f"{dn(s)} – {dn(e)}"], *cur_contact,
                   ["Mentor hjælper med", "; ".join(c.pick(TASKS))],
                   ["Timer", hours], ["Status", "Igangværende"]], False),
        ("h", "Mentorstøtte (planlagt)"),
        ("table", [["Periode", f"{dn(ns)} – {dn(ne)}"], ["Status", "Afventer ny vurdering ved udløb af nuværende periode"]], False),
    ]
    return Doc("minplan", "minplan", "plan-cards-three-periods", blocks, f"Min Plan – {cit.name}", rules,
               traits=traits + (["cpr"] if cpr else []), period=(s, e), cprs=[cpr] if cpr else [], slug="minplan-perioder")


def mp_two(c: Ctx, v: str) -> Doc:
    """Min Plan with a job mentor and a school mentor at the same time."""
    cit = c.citizen(); kom = c.kommune()
    jm = c.mentor(); sm = c.mentor(("Ungeenheden", kom[1]))
    sc, ed = c.pick(SCHOOLS); firm = c.pick(FIRMS)
    s = D(2026, 8, c.pick([3, 10])); e = end_after(s, 6)
    ss, se = s, end_after(s, c.pick([5, 6]))
    rules = set(); traits = ["two-mentors-at-once", "school-plus-job"]
    if v == "school_over":
        se = D(2027, 6, 25); rules.add("duration-over-6-months"); traits.append("school-mentor-school-year")
    job_tasks = "Opgaver: Tjek-ind før hver vagt og aftale om arbejdstider, så de passer med skolen."
    if v == "no_tasks":
        job_tasks = ""
    school_tasks = "Opgaver: Hjælp til skema, lektier og kontakt til kontaktlæreren."
    if v == "no_tasks":
        school_tasks = ""; rules.add("missing-tasks")
    blocks = [
        ("title", "Min Plan"),
        ("p", f"{cit.name} · Uddannelsespålæg · Kontaktperson i kommunen: {c.caseworker(kom).name}"),
        ("h", "Mål"),
        ("p", f"Uddannelsesmål: {ed} på {sc}, start {dl(s)}.\nJobmål ved siden af: fritidsjob hos {firm}, 8 timer om ugen."),
        ("h", "Aktiviteter"),
        ("p", f"Uddannelse: {ed}, {sc}, {dn(s)} – {dn(D(2027, 6, 25))}"),
        ("h", "Mentorstøtte – jobmentor"),
        ("p", "\n".join(x for x in [f"Mentor: {jm.name}, {jm.org}, tlf. {jm.phone}", job_tasks,
                                    f"Periode: {dn(s)} – {dn(e)}", "Timer: 1 time om ugen"] if x)),
        ("h", "Mentorstøtte – uddannelsesmentor"),
        ("p", "\n".join(x for x in [f"Mentor: {sm.name}, Ungeenheden, tlf. {sm.phone}", school_tasks,
                                    f"Periode: {dn(ss)} – {dn(se)}", "Timer: 2 timer om ugen"] if x)),
    ]
    return Doc("minplan", "minplan", "plan-two-mentor-sections", blocks, "Min Plan", rules, traits=traits, period=(s, e), slug="minplan-to-mentorer")


def mp_fgu(c: Ctx, v: str) -> Doc:
    """Min Plan where an FGU course runs a school year and the mentor support 6 months."""
    cit = c.citizen(); kom = c.kommune(); m = c.mentor(("FGU-mentorteamet", "fgu.dk"))
    s = D(2026, 8, 10); e = D(2027, 2, 9); fe = D(2027, 6, 30)
    rules = set(); traits = ["fgu-school-year", "mentor-6-months"]
    goal = f"{cit.first} gennemfører første år på PGU (FGU) med mindst 85 % fremmøde og vælger fagretning inden {dl(D(2027, 1, 15))}."
    if v == "unclear":
        goal = "Trivsel og ro i hverdagen, så det bliver lettere at komme videre."; rules.add("unclear-goal")
    blocks = [
        ("title", f"Min Plan · {cit.name}"),
        ("table", [["Aktivitet", "Periode", "Status", "Kontakt"],
                   ["FGU – PGU (forberedende grunduddannelse)", f"{dp(s)} - {dp(fe)}", "Aktiv", "Kontaktlærer Jens Birk"],
                   ["Mentorstøtte", f"{dp(s)} - {dp(e)}", "Aktiv", f"{m.name}, tlf. {m.phone}"],
                   ["Samtale med kommunen", "Hver 3. måned", "Planlagt", kom[0]]], True),
        ("h", "Mentorstøtte"),
        ("p", f"Formål: {goal}\nMentor: {m.name}, tlf. {m.phone}, {m.mail}\n"
              "Mentorens opgaver: vække-sms de første uger, hjælp til at lægge en ugeplan, samtale med kontaktlæreren ved fravær\n"
              f"Varighed: {dl(s)} – {dl(e)}\nTimetal: 2 timer pr. uge"),
    ]
    return Doc("minplan", "minplan", "plan-overview-plus-card", blocks, f"Min Plan · {cit.name}", rules, traits=traits,
               period=(s, e), slug="minplan-fgu")


def mp_dense(c: Ctx, v: str) -> Doc:
    """Dense one-paragraph Min Plan entry that also mentions the previous period and mentor."""
    cit = c.citizen(); kom = c.kommune(); old = c.mentor(); m = c.mentor()
    s = c.start(); e = end_after(s, c.pick([4, 6]))
    rules = set(); traits = ["dense-prose", "previous-period-and-mentor"]
    per = f"Den nye periode løber fra {dl(s)} til {dl(e)}."
    if v == "no_period":
        per = "Perioden aftales på næste møde."; rules.add("missing-duration")
    cpr = c.cpr() if c.rng.random() < 0.5 else None
    text = (f"Mentorstøtte (LAB § 167). {cit.first} havde fra {dl(add_months(s, -6))} til {dl(s - dt.timedelta(days=1))} mentor hos "
            f"{old.org} ({old.name}, tlf. {old.phone}). Støtten fortsætter nu med {m.name}, {m.org}, tlf. {m.phone}. "
            f"Målet er, at {cit.first} starter i løntilskud som rengøringsassistent på {c.pick(FIRMS)} senest {dl(e - dt.timedelta(days=30))}. "
            f"{m.first} skal hjælpe med at øve transporten, følge med til de første møder med arbejdsgiveren og tale med {cit.first} om søvn og fremmøde. "
            f"{per} Timetal: 3 timer om ugen.")
    blocks = [("title", "Min Plan – indsats"), ("p", f"Borger: {cit.name}" + (f" ({cpr})" if cpr else "") + f" · {kom[0]}"), ("p", text)]
    return Doc("minplan", "minplan", "dense-prose-entry", blocks, "Min Plan – indsats", rules,
               traits=traits + (["cpr"] if cpr else []), period=(s, e) if v != "no_period" else None,
               cprs=[cpr] if cpr else [], slug="minplan-indsats")


def mp_uddplan(c: Ctx, v: str) -> Doc:
    """Uddannelsesplan (a plan under the act) carrying the mentor support as one part."""
    cit = c.citizen(); kom = c.kommune(); m = c.mentor(("Uddannelsesmentorerne", kom[1]))
    sc, ed = c.pick(SCHOOLS)
    s = D(2026, 8, c.pick([3, 10, 17])); e = end_after(s, 6)
    rules = set(); traits = ["uddannelsesplan", "education-longer-than-support"]
    hours = "Timetal: 2 timer om ugen, de første fire uger 4 timer om ugen"
    if v == "no_hours":
        hours = "Timetal:"; rules.add("missing-hours")
    blocks = [
        ("title", "Uddannelsesplan"),
        ("p", f"Navn: {cit.name}\n{kom[0]}, Ungeenheden"),
        ("h", "Uddannelsesmål"),
        ("p", f"{cit.first} starter på {ed} på {sc} den {dl(s)} og er fortsat i gang efter første skoleperiode."),
        ("h", "Uddannelsen"),
        ("p", f"{ed}, {sc}. Forventet afslutning {dl(D(2028, 6, 30))}."),
        ("h", "Mentorstøtte"),
        ("p", f"Mentor: {m.name}, tlf. {m.phone}\nMentoren skal: følge med på første skoledag, hjælpe med SU og skema, "
              f"og tage en snak med {cit.first} hver uge om fravær og lektier.\nPeriode: {dl(s)} – {dl(e)}\n{hours}"),
        ("h", "Næste samtale"),
        ("p", f"{dl(s + dt.timedelta(days=45))} hos Ungeenheden."),
    ]
    return Doc("minplan", "minplan", "uddannelsesplan", blocks, "Uddannelsesplan", rules, traits=traits, period=(s, e), slug="uddannelsesplan")


def mp_rehab(c: Ctx, v: str) -> Doc:
    """Indsatsplan with several activities: mentor, praktik, treatment with their own periods and hours."""
    cit = c.citizen(); kom = c.kommune(); m = c.mentor()
    s = D(2026, c.pick([2, 3]), 1); e = end_after(s, 6)
    firm = c.pick(FIRMS)
    rules = set(); traits = ["several-activities", "treatment-12-months", "praktik-13-weeks"]
    mentor_rows = [["Mentor", f"{m.name}, {m.org}, tlf. {m.phone}"],
                   ["Mentorens opgaver", "Følge med til praktikken første uge; samtale hver fredag om ugen der gik; hjælp til at tale med lægen om skånehensyn"],
                   ["Periode", f"{dn(s)} – {dn(e)}"], ["Timer", "3 timer pr. uge"]]
    if v == "no_tasks":
        mentor_rows = [r for r in mentor_rows if r[0] != "Mentorens opgaver"]; rules.add("missing-tasks")
    blocks = [
        ("title", "Min Plan – indsatsplan"),
        ("p", f"{cit.name} · {kom[0]}, Team Sygedagpenge og Jobafklaring"),
        ("h", "Beskæftigelsesmål"),
        ("p", f"Mit mål er at blive ansat i fleksjob som lagerassistent hos {firm} 15 timer om ugen inden udgangen af {MONTHS[e.month - 1]} {e.year}."),
        ("h", "Virksomhedspraktik"),
        ("table", [["Sted", firm], ["Periode", f"{dn(s)} – {dn(s + dt.timedelta(weeks=13) - dt.timedelta(days=1))}"],
                   ["Timer", "10 timer om ugen, stigende til 15"], ["Kontaktperson", f"Lagerchef {c.pick(MENTOR_FIRST)} {c.pick(LAST)}, tlf. {c.phone()}"]], False),
        ("h", "Behandling"),
        ("table", [["Sted", "Smertecenteret, Regionshospitalet"], ["Periode", f"{dn(s)} – {dn(end_after(s, 12))}"],
                   ["Timer", "Forløb hver 14. dag"]], False),
        ("h", "Mentorstøtte"),
        ("table", [["Mål", "Jeg er i praktik 15 timer om ugen uden sygefravær i de sidste fire uger af praktikken."], *mentor_rows], False),
    ]
    return Doc("minplan", "minplan", "plan-several-activity-cards", blocks, "Min Plan – indsatsplan", rules, traits=traits,
               period=(s, e), slug="indsatsplan")


def mp_table(c: Ctx, v: str) -> Doc:
    """Plan overview table: one row per activity, the mentor row holds goal, mentor, tasks, period, hours."""
    cit = c.citizen(); kom = c.kommune(); m = c.mentor()
    s = D(2026, c.pick([1, 4, 9]), 1); e = end_after(s, 6)
    rules = set(); traits = ["overview-table", "several-activities"]
    if v == "over":
        e = end_after(s, 9); rules.add("duration-over-6-months"); traits.append("mentor-9-months")
    sc, ed = c.pick(SCHOOLS)
    blocks = [
        ("title", "Min Plan"),
        ("p", f"{cit.name}\nPlan opdateret {dl(s - dt.timedelta(days=3))} af {kom[0]}"),
        ("p", f"Mit mål: Jeg skal i gang med {ed} på {sc} senest {dl(e)} og have fast fremmøde på danskundervisningen indtil da."),
        ("table", [["Aktivitet", "Indhold", "Periode", "Omfang", "Kontakt"],
                   ["Danskuddannelse (DU3)", "Modul 4 og 5", f"{dn(add_months(s, -3))} – {dn(end_after(s, 9))}", "12 timer/uge", "Sprogcentret"],
                   ["Mentorstøtte", "Hjælp til lektier, følges til skolens åbent hus, samtale om økonomi og SU", f"{dn(s)} – {dn(e)}", "2 timer/uge", f"{m.name}, {m.phone}"],
                   ["Samtaler", "Jobsamtale med kommunen", "Hver 3. måned", "-", kom[0]]], True),
    ]
    return Doc("minplan", "minplan", "plan-overview-table", blocks, "Min Plan", rules, traits=traits, period=(s, e), slug="minplan-oversigt")


# ================================================================== NONE OF THE KINDS
def _unk(layout, blocks, title, slug, traits=(), cprs=(), meta=None, subtype=None):
    return Doc("unknown", subtype or layout, layout, blocks, title, set(), set(), list(traits), None, list(cprs), meta or {}, slug)


def un_journal(c: Ctx, v: str) -> Doc:
    """Journal note listing several citizens' mentor changes: not an agreement."""
    kom = c.kommune(); cw = c.caseworker(kom)
    rows = [["Borger", "Tidligere mentor", "Ny mentor", "Fra", "Bemærkning"]]
    cprs = []
    for i in range(4):
        cit = c.citizen(); a = c.mentor(); b = c.mentor()
        cp = c.cpr() if i % 2 == 0 else None
        if cp:
            cprs.append(cp)
        rows.append([f"{cit.name}" + (f" ({cp})" if cp else ""), a.name, f"{b.name}, tlf. {b.phone}",
                     dn(D(2026, 9, 1) + dt.timedelta(days=7 * i)), c.pick(["Periode uændret 1.6.2026-30.11.2026", "3 t/uge fortsætter",
                                                                       "Ny aftale sendes", "Borger orienteret telefonisk"])])
    blocks = [("title", "Journalnotat"),
              ("p", f"Emne: Mentorskift i Team Mentor efter {c.pick(ORGS)[0]}s opsigelse af kontrakten\nForfatter: {cw.name}\nDato: {dl(D(2026, 8, 24))}"),
              ("p", "Følgende borgere skifter mentor. Bevillingerne er uændrede; nye aftaler udarbejdes af den enkelte sagsbehandler og journaliseres på borgerens sag."),
              ("table", rows, True),
              ("p", "Notatet er kopieret til teamleder. Ingen afgørelser er truffet i forbindelse med skiftet.")]
    return _unk("journal-note-list", blocks, "Journalnotat", "journalnotat-mentorskift", ["several-citizens"] + (["cpr"] if cprs else []), cprs)


def un_invoice(c: Ctx, v: str) -> Doc:
    org = c.pick(ORGS); kom = c.kommune()
    rows = [["Borger (initialer)", "Bevillingsperiode", "Timer i oktober", "Timepris", "Beløb"]]
    tot = 0
    for i in range(5):
        cit = c.citizen(); h = c.rng.randint(6, 16); tot += h * 495
        rows.append([f"{cit.first[0]}{cit.last[0]}", f"{dn(D(2026, c.pick([5, 6, 7]), 1))}-{dn(D(2026, c.pick([10, 11, 12]), 30))}", str(h), "495,00", f"{h * 495:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")])
    blocks = [("title", f"Faktura nr. {c.rng.randint(20260100, 20260999)}"),
              ("p", f"{org[0]}\nCVR {c.rng.randint(10000000, 99999999)}\nfaktura@{org[1]}"),
              ("p", f"Til: {kom[0]}, Jobindsats, {kom[2]}\nEAN: 5798000{c.rng.randint(100000, 999999)}\nFakturadato: {dl(D(2026, 11, 3))}"),
              ("p", "Mentorstøtte efter LAB § 167, leveret i oktober 2026 jf. rammeaftale om mentorydelser."),
              ("table", rows, True),
              ("p", f"I alt ekskl. moms: {tot:,.2f} kr.\nBetalingsbetingelser: netto 30 dage.".replace(",", "X").replace(".", ",").replace("X", "."))]
    return _unk("invoice", blocks, "Faktura", "faktura-mentorydelser", ["several-citizens"])


def un_minutes(c: Ctx, v: str) -> Doc:
    kom = c.kommune()
    blocks = [("title", "Referat af teammøde – Team Mentor"),
              ("p", f"Dato: {dl(D(2026, 9, 15))}, kl. 9.00-10.30\nDeltagere: {', '.join(c.mentor().first for _ in range(5))}\nReferent: {c.caseworker(kom).name}"),
              ("h", "1. Fordeling af nye forløb"),
              ("p", "Seks nye bevillinger fra jobcentret. Fordelt efter geografi; to borgere med både job- og uddannelsesmentor får samme koordinator."),
              ("h", "2. Forlængelser"),
              ("p", "Husk at status til sagsbehandler skal sendes senest 14 dage før periodens udløb, ellers kan forlængelsen ikke nå at blive behandlet. "
                    "En periode kan højst være 6 måneder ad gangen."),
              ("h", "3. Timeregistrering"),
              ("p", "Forberedelsestid tæller ikke med i mentortimerne. Kun direkte kontakt med borgeren registreres."),
              ("h", "4. Eventuelt"),
              ("p", "Julefrokost 4. december.")]
    return _unk("minutes", blocks, "Referat af teammøde – Team Mentor", "referat-teammoede")


def un_status(c: Ctx, v: str) -> Doc:
    kom = c.kommune(); cit = c.citizen(); m = c.mentor()
    cpr = c.cpr()
    blocks = [("title", "Statusrapport fra mentor – midtvejs"),
              ("table", [["Borger", f"{cit.name}, {cpr}"], ["Mentor", f"{m.name}, {m.org}"], ["Bevilling", f"{dn(D(2026, 3, 1))} – {dn(D(2026, 8, 31))}, 3 t/uge"],
                         ["Rapportperiode", "marts–maj 2026"]], False),
              ("h", "Forløbet indtil nu"),
              ("p", f"{cit.first} har mødt op til 22 af 24 aftaler. Praktikken er udvidet fra 10 til 15 timer. {cit.first} har selv taget kontakt til arbejdsgiveren ved sygdom to gange."),
              ("h", "Vurdering"),
              ("p", "Jeg vurderer, at målet om løntilskud er realistisk. Jeg anbefaler, at støtten fortsætter som aftalt frem til periodens udløb."),
              ("p", f"{m.name}, {dl(D(2026, 6, 2))}")]
    return _unk("status-report", blocks, "Statusrapport fra mentor – midtvejs", "statusrapport", ["cpr"], [cpr])


def un_guide(c: Ctx, v: str) -> Doc:
    blocks = [("title", "Sådan laver du en god mentoraftale"),
              ("p", "Vejledning til sagsbehandlere og mentorer. Opdateret februar 2026."),
              ("p", "En aftale om mentorstøtte skal som minimum indeholde:"),
              ("ul", ["Målet med mentorstøtten (job eller uddannelse, gerne med delmål)", "Mentorens navn og kontaktdata",
                      "Hvilke opgaver mentoren skal bistå ved", "Varigheden af aftalen og opfølgning, inkl. mål for progression",
                      "Timetallet for mentorstøtten", "Klagevejledning"]),
              ("h", "Flere mentorer på samme tid"),
              ("p", "Har borgeren både en jobmentor og en uddannelsesmentor, skal begge mentorer stå i aftalen med navn, kontaktdata, opgaver, periode og timer. "
                    "Hver periode må højst være 6 måneder; en ny periode kræver en konkret vurdering."),
              ("h", "Skift af mentor"),
              ("p", "Ved mentorskift skrives en ny aftale. Den tidligere mentor kan nævnes, men det er den nye mentors kontaktdata, der skal fremgå."),
              ("h", "Klagevejledning"),
              ("p", "Borgeren klager til kommunen inden 4 uger. Kommunen genvurderer og sender en fastholdt afgørelse videre til Ankestyrelsen.")]
    return _unk("guidance-page", blocks, "Sådan laver du en god mentoraftale", "vejledning-mentoraftale")


def un_ankestyrelsen(c: Ctx, v: str) -> Doc:
    kom = c.kommune(); cit = c.citizen()
    blocks = [("p", "Ankestyrelsen\n7998 Statsservice\nJ.nr. 26-" + str(c.rng.randint(10000, 99999))),
              ("title", "Ankestyrelsens afgørelse"),
              ("p", f"Klage fra {cit.name} over {kom[0]}s afgørelse af {dl(D(2026, 5, 12))} om mentorstøtte."),
              ("h", "Resultat"),
              ("p", "Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at vi er enige i afgørelsen."),
              ("h", "Begrundelse"),
              ("p", f"Kommunen har bevilget mentorstøtte fra {dl(D(2026, 6, 1))} til {dl(D(2026, 11, 30))} og givet afslag på en periode på 12 måneder. "
                    "Efter § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen med mulighed for en ny periode efter en konkret vurdering."),
              ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")]
    return _unk("ankestyrelsen-ruling", blocks, "Ankestyrelsens afgørelse", "ankestyrelsen-afgoerelse")


def un_genvurdering(c: Ctx, v: str) -> Doc:
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen()
    blocks = [letterhead(c, kom, cw, D(2026, 7, 2), c.sagsnr()),
              addressee(cit, None),
              ("title", "Genvurdering af din klage – vi fastholder afgørelsen"),
              ("p", f"Vi har modtaget din klage af {dl(D(2026, 6, 20))} over afgørelsen om forlængelse af din mentorstøtte og din befordringsgodtgørelse."),
              ("p", "Vi har vurderet sagen igen og fastholder afgørelsen. Din klage og sagens akter er i dag sendt til Ankestyrelsen, som vil behandle klagen. "
                    "Du hører fra Ankestyrelsen."),
              ("p", f"Venlig hilsen\n{cw.name}")]
    return _unk("reconsideration-upheld", blocks, "Genvurdering af din klage", "genvurdering")


def un_partshoering(c: Ctx, v: str) -> Doc:
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); m = c.mentor()
    blocks = [("p", f"Kære {cit.first}"),
              ("p", f"Vi overvejer at stoppe din mentorstøtte med {m.name} før tid, fordi du ikke er mødt op til de sidste fem aftaler. "
                    f"Din nuværende periode løber til {dl(D(2026, 10, 31))}, og din praktik og befordringsgodtgørelse er ikke berørt."),
              ("p", f"Før vi træffer afgørelse, vil vi gerne høre din side af sagen. Du kan svare på denne mail eller ringe til mig senest {dl(D(2026, 9, 18))}."),
              ("p", f"Venlig hilsen\n{cw.name}\n{kom[0]}, tlf. {cw.phone}")]
    meta = {"from": f"{cw.name} <{cw.mail}>", "to": f"{cit.name} <{ascii_mail(cit.first)}@hotmail.com>",
            "subject": "Partshøring – din mentorstøtte", "date": dt.datetime(2026, 9, 4, 13, 5, tzinfo=dt.timezone.utc)}
    return _unk("partshoering-mail", blocks, "Partshøring – din mentorstøtte", "partshoering", meta=meta)


def un_dp_notice(c: Ctx, v: str) -> Doc:
    kom = c.kommune(); cit = c.citizen()
    blocks = [("p", f"Kære {cit.name}"),
              ("p", f"Du har modtaget ny post fra {kom[0]} i din digitale postkasse.\nEmne: Afgørelse om forlængelse af mentorstøtte og befordring"),
              ("p", "Log på borger.dk eller brug appen Digital Post for at læse brevet. Du kan ikke svare på denne mail."),
              ("p", "Med venlig hilsen\nDigital Post")]
    meta = {"from": "Digital Post <noreply@digitalpost.dk>", "to": f"{cit.name} <{ascii_mail(cit.first)}.{ascii_mail(cit.last)}@outlook.dk>",
            "subject": "Du har fået ny post", "date": dt.datetime(2026, 8, 14, 6, 0, tzinfo=dt.timezone.utc)}
    return _unk("digital-post-notice", blocks, "Du har fået ny post", "digital-post-besked", meta=meta)


def un_order(c: Ctx, v: str) -> Doc:
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); org = c.pick(ORGS)
    cpr = c.cpr()
    blocks = [("title", "Bestilling af mentorforløb"),
              ("table", [["Leverandør", f"{org[0]}, bestilling@{org[1]}"], ["Borger", f"{cit.name}, CPR {cpr}"],
                         ["Ønsket opstart", dl(D(2026, 10, 1))], ["Bevilget", "1.10.2026 – 31.3.2027, 3 timer pr. uge"],
                         ["Bestilt af", f"{cw.name}, {kom[0]}, tlf. {cw.phone}"]], False),
              ("p", "Leverandøren bedes udpege en mentor inden for 5 arbejdsdage og sende navn og kontaktoplysninger til sagsbehandler. "
                    "Aftalen om mål og opgaver udarbejdes på opstartsmødet."),
              ("p", "Borgeren har også en uddannelsesmentor på VUC (ikke omfattet af denne bestilling).")]
    return _unk("order-to-provider", blocks, "Bestilling af mentorforløb", "bestilling-mentorforloeb", ["cpr"], [cpr])


def un_final_eval(c: Ctx, v: str) -> Doc:
    cit = c.citizen(); m = c.mentor()
    blocks = [("title", "Afsluttende evaluering af mentorforløb"),
              ("p", f"Borger: {cit.name}\nMentor: {m.name}, {m.org}, tlf. {m.phone}\nForløb: to perioder, {dn(D(2025, 9, 1))}–{dn(D(2026, 2, 28))} og {dn(D(2026, 3, 1))}–{dn(D(2026, 8, 31))}"),
              ("h", "Målopfyldelse"),
              ("p", f"Målet om ordinær ansættelse er nået: {cit.first} er ansat 32 timer om ugen fra 1. september 2026."),
              ("h", "Hvad virkede"),
              ("ul", ["Faste samtaler mandag morgen", "Tæt kontakt til lederen de første uger", "Skiftet fra jobmentor til virksomhedsmentor i anden periode"]),
              ("h", "Anbefaling"),
              ("p", "Ingen videre mentorstøtte. Sagen kan afsluttes.")]
    return _unk("final-evaluation", blocks, "Afsluttende evaluering af mentorforløb", "afsluttende-evaluering")


def un_meeting(c: Ctx, v: str) -> Doc:
    kom = c.kommune(); cw = c.caseworker(kom); cit = c.citizen(); jm = c.mentor(); sm = c.mentor()
    blocks = [("p", f"Hej {cit.first}, {jm.first} og {sm.first}"),
              ("p", f"Jeg indkalder til fælles opfølgningsmøde om dine to mentorforløb torsdag den {dl(D(2026, 10, 8))} kl. 13.00 på jobcentret, mødelokale 2."),
              ("p", "Vi skal tale om, hvordan det går med skolen og fritidsjobbet, og om timerne skal fordeles anderledes. Giv besked, hvis tidspunktet ikke passer."),
              ("p", f"Venlig hilsen\n{cw.name}, tlf. {cw.phone}")]
    meta = {"from": f"{cw.name} <{cw.mail}>", "to": f"{cit.name} <{ascii_mail(cit.first)}@gmail.com>, {jm.name} <{jm.mail}>, {sm.name} <{sm.mail}>",
            "subject": "Indkaldelse: opfølgningsmøde 8. oktober", "date": dt.datetime(2026, 9, 28, 11, 40, tzinfo=dt.timezone.utc)}
    return _unk("meeting-invite-mail", blocks, "Indkaldelse: opfølgningsmøde", "moedeindkaldelse", meta=meta)


def un_changelog(c: Ctx, v: str) -> Doc:
    cit = c.citizen(); a = c.mentor(); b = c.mentor()
    rows = [["Tidspunkt", "Bruger", "Felt", "Gammel værdi", "Ny værdi"],
            ["2026-06-01 09:12", "SBH41", "Mentor", a.name, b.name],
            ["2026-06-01 09:13", "SBH41", "Timetal", "4 t/uge", "2 t/uge"],
            ["2026-06-03 14:40", "SBH41", "Slutdato", "2026-08-31", "2026-08-31"],
            ["2026-08-20 10:02", "SBH17", "Status", "Aktiv", "Forlængelse under behandling"]]
    blocks = [("title", f"Ændringslog – sag {c.sagsnr()}"), ("p", f"Borger: {cit.name}\nYdelse: Mentorstøtte § 167"), ("table", rows, True)]
    return _unk("case-changelog", blocks, "Ændringslog", "aendringslog")


def un_approval(c: Ctx, v: str) -> Doc:
    kom = c.kommune(); cit = c.citizen()
    blocks = [("title", "Intern godkendelse – forlængelse af mentorstøtte"),
              ("p", f"Sag: {cit.name}\nIndstilling fra sagsbehandler: ny periode 1.9.2026-28.2.2027, 2 t/uge, samme mentor.\nBudget: ØVO/mentor-loft 2026, restpulje pr. 1.8: 412.000 kr."),
              ("p", "Teamleder: Godkendt. Afgørelse sendes til borger af sagsbehandler.\nDato: 14.8.2026")]
    return _unk("internal-approval", blocks, "Intern godkendelse – forlængelse af mentorstøtte", "intern-godkendelse")


def un_school(c: Ctx, v: str) -> Doc:
    cit = c.citizen()
    blocks = [("title", "Studiementoraftale – Privatskolen Lærkereden"),
              ("p", f"Elev: {cit.name}, 9.b\nStudiementor: lærer Anja Borg, anja@laerkereden-privatskole.dk"),
              ("p", "Skolens egen ordning for elever, der har brug for hjælp til lektier og eksamensplanlægning. Ordningen er gratis og frivillig og er ikke en del af kommunens indsats."),
              ("ul", ["Ugentlig lektiecafé torsdag kl. 14-15.30", "Hjælp til eksamensplan i maj", "Kontakt til forældre ved fravær"]),
              ("p", "Gælder skoleåret 2026/27 (august 2026 - juni 2027).")]
    return _unk("private-school-agreement", blocks, "Studiementoraftale", "studiementoraftale-privatskole")


def un_newsletter(c: Ctx, v: str) -> Doc:
    kom = c.kommune()
    blocks = [("title", f"Nyt fra Jobindsatsen – {kom[0]}, efterår 2026"),
              ("h", "Flere unge får to mentorer"),
              ("p", "I år har 38 unge haft både en jobmentor og en uddannelsesmentor. Erfaringen er, at overleveringen mellem de to er det vigtigste."),
              ("h", "Nyt loft over udgifter"),
              ("p", "Fra 1. januar 2026 gælder et loft over kommunernes udgifter til mentorstøtte og øvrig vejledning og opkvalificering."),
              ("h", "Ny lov på vej"),
              ("p", "En ny lov om en aktiv beskæftigelsesindsats ventes at træde i kraft 1. januar 2027. Vi opdaterer vores skabeloner.")]
    return _unk("newsletter", blocks, "Nyt fra Jobindsatsen", "nyhedsbrev")


def un_blank(c: Ctx, v: str) -> Doc:
    blocks = [("title", "Aftale om mentorstøtte"),
              ("p", "Skabelon – udfyldes af sagsbehandler. Ved flere mentorer udfyldes et skema pr. mentor."),
              ("table", [["Borger", ""], ["Mål med mentorstøtten", ""], ["Mentor (navn og kontaktdata)", ""], ["Mentorens opgaver", ""],
                         ["Periode (højst 6 måneder)", ""], ["Timetal pr. uge", ""], ["Opfølgning", ""]], False),
              ("h", "Klagevejledning"),
              ("p", "Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger. Kommunen genvurderer sagen og sender en fastholdt afgørelse til Ankestyrelsen.")]
    return _unk("blank-template", blocks, "Aftale om mentorstøtte (skabelon)", "skabelon-aftale")


def un_plan_nosupport(c: Ctx, v: str) -> Doc:
    cit = c.citizen(); kom = c.kommune(); old = c.mentor()
    blocks = [("title", f"Min Plan – {cit.name}"),
              ("h", "Mit mål"),
              ("p", "Job som chauffør inden sommeren 2027."),
              ("h", "Aktiviteter"),
              ("table", [["Aktivitet", "Periode", "Status"], ["Kørekort kategori C (AMU)", "5.10.2026 - 27.11.2026", "Aktiv"],
                         ["Virksomhedspraktik, vognmand", "30.11.2026 - 26.2.2027", "Planlagt"]], True),
              ("h", "Mentorstøtte"),
              ("p", f"Mentorstøtte: ikke aktuelt. Tidligere mentor {old.name} (afsluttet 31.8.2026).")]
    return _unk("plan-no-support", blocks, f"Min Plan – {cit.name}", "minplan-uden-mentor")


# ================================================================== plan and main
PLAN = [
    # agreements
    (ag_skift, "clean", "docx"), (ag_skift, "clean", "scan"), (ag_skift, "newmentor_nocontact", "pdf-lo"),
    (ag_skift, "hours_vague", "odt"),
    (ag_to, "clean", "docx"), (ag_to, "school_over", "html"), (ag_to, "nofollow", "pdf-rl"),
    (ag_forl, "clean", "odt"), (ag_forl, "no_appeal", "docx"), (ag_forl, "vague_followup", "txt"),
    (ag_forl, "over", "pdf-lo"), (ag_forl, "clean", "rtf"),
    (ag_praktik, "clean", "pdf-rl"), (ag_praktik, "no_period", "docx"), (ag_praktik, "unclear", "html"),
    (ag_psyk, "clean", "html"), (ag_psyk, "over12", "pdf-rl"),
    (ag_case_txt, "clean", "txt"), (ag_case_txt, "unclear", "txt"), (ag_case_txt, "no_tasks", "scan"),
    (ag_versions, "clean", "docx"), (ag_versions, "hours_vague", "pdf-lo"),
    (ag_eml, "clean", "eml"), (ag_eml, "appeal_vague", "eml"),
    (ag_pligt, "clean", "rtf"), (ag_pligt, "goal_missing", "odt"), (ag_pligt, "clean", "pdf-lo"),
    (ag_group, "clean", "odt"), (ag_group, "no_contacts", "html"),
    (ag_support, "clean", "txt"), (ag_support, "hours_missing", "docx"),
    # decisions
    (de_combo, "clean", "pdf-rl"), (de_combo, "appeal_transport_only", "docx"), (de_combo, "mentor_over", "pdf-lo"),
    (de_pa, "clean", "odt"), (de_pa, "appeal_nobody", "pdf-rl"),
    (de_forl, "clean", "eml"), (de_forl, "clean", "pdf-lo"), (de_forl, "over", "html"), (de_forl, "no_appeal", "docx"),
    (de_partial, "clean", "docx"), (de_partial, "noreasons", "rtf"), (de_partial, "appeal_vague", "pdf-rl"),
    (de_refusal, "clean", "pdf-lo"), (de_refusal, "wrong_route", "eml"), (de_refusal, "no_appeal", "scan"),
    (de_end, "clean", "rtf"), (de_end, "noreasons", "odt"), (de_end, "no_appeal", "txt"), (de_end, "wrong_route", "html"),
    (de_change, "clean", "docx"), (de_change, "appeal_nodeadline", "pdf-rl"),
    (de_grant_two, "clean", "pdf-lo"), (de_grant_two, "job_over", "docx"),
    (de_forl, "cumulative_note", "rtf"), (de_weeks, "clean", "odt"), (de_weeks, "over", "pdf-rl"),
    # Min Plan
    (mp_cards, "clean", "html"), (mp_cards, "clean", "pdf-rl"), (mp_cards, "cur_nocontact", "docx"),
    (mp_cards, "cur_hours_vague", "odt"), (mp_cards, "cur_over", "scan"),
    (mp_two, "clean", "docx"), (mp_two, "school_over", "pdf-lo"), (mp_two, "no_tasks", "html"), (mp_two, "clean", "rtf"),
    (mp_fgu, "clean", "txt"), (mp_fgu, "unclear", "pdf-rl"),
    (mp_dense, "clean", "txt"), (mp_dense, "no_period", "rtf"),
    (mp_uddplan, "clean", "odt"), (mp_uddplan, "no_hours", "docx"),
    (mp_rehab, "clean", "pdf-lo"), (mp_rehab, "no_tasks", "html"),
    (mp_table, "clean", "html"), (mp_table, "over", "docx"), (mp_table, "clean", "scan"),
    # none of the kinds
    (un_journal, "a", "txt"), (un_journal, "b", "docx"), (un_invoice, "a", "pdf-rl"), (un_minutes, "a", "docx"),
    (un_status, "a", "odt"), (un_guide, "a", "html"), (un_ankestyrelsen, "a", "pdf-lo"), (un_genvurdering, "a", "docx"),
    (un_partshoering, "a", "eml"), (un_dp_notice, "a", "eml"), (un_order, "a", "pdf-rl"), (un_final_eval, "a", "rtf"),
    (un_meeting, "a", "eml"), (un_changelog, "a", "txt"), (un_approval, "a", "txt"), (un_school, "a", "html"),
    (un_newsletter, "a", "html"), (un_blank, "a", "docx"), (un_plan_nosupport, "a", "html"),
]

FOLDER = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "min-plan", "unknown": "oevrige"}
EXT = {"docx": "docx", "odt": "odt", "html": "html", "txt": "txt", "rtf": "rtf", "eml": "eml",
       "pdf-rl": "pdf", "pdf-lo": "pdf", "scan": "pdf"}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--no-scan", action="store_true", help="render scans as plain reportlab PDFs (debug)")
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    c = Ctx(a.seed)
    tmp = Path(tempfile.mkdtemp(prefix="hi_build_"))
    lo_jobs = []
    entries = []
    for i, (fn, var, fmt) in enumerate(PLAN, 1):
        doc = fn(c, var)
        folder = out / FOLDER[doc.kind]
        folder.mkdir(exist_ok=True)
        name = f"{i:03d}-{doc.slug}.{EXT[fmt]}"
        path = folder / name
        traits = list(doc.traits) + [f"variant:{var}", f"made:{fmt}"]
        if fmt == "docx":
            R.render_docx(doc.blocks, path, bold_headings=(i % 3 == 0))
            if i % 3 == 0:
                traits.append("bold-paragraph-headings")
        elif fmt == "odt":
            R.render_odt(doc.blocks, path)
        elif fmt == "html":
            R.render_html(doc.blocks, path, doc.title, style="portal" if doc.kind == "minplan" else "plain")
        elif fmt == "txt":
            path.write_text(R.render_txt(doc.blocks, style="caps" if doc.layout.startswith("caps") else "plain"), encoding="utf-8")
        elif fmt == "rtf":
            R.render_rtf(doc.blocks, path)
        elif fmt == "eml":
            meta = doc.meta or {"from": "Kommunen <noreply@kommune.invalid>", "to": "Borger <borger@mail.invalid>",
                                "subject": doc.title, "date": dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.timezone.utc)}
            meta = dict(meta); meta["id"] = f"hi{i:03d}"
            R.render_eml(doc.blocks, path, meta, html_alt=(doc.kind == "decision"))
            if doc.kind == "decision":
                traits.append("html-alternative")
        elif fmt == "pdf-rl":
            R.render_pdf_rl(doc.blocks, path, doc.title)
        elif fmt == "pdf-lo":
            src = tmp / (path.stem + ".docx")
            R.render_docx(doc.blocks, src, bold_headings=(i % 2 == 0))
            lo_jobs.append((src, path))
        elif fmt == "scan":
            src = tmp / (path.stem + "-src.pdf")
            R.render_pdf_rl(doc.blocks, src, doc.title, font_size=11, light_grid=True)
            if a.no_scan:
                shutil.copy(src, path)
            else:
                R.make_scan(src, path, seed=a.seed * 1000 + i)
            traits.append("tesseract-ocr-layer")
        must = []
        for cp in doc.cprs:
            must += [cp, cp.replace("-", "")]
        # rules: keep only those the kind is checked for (manifest REQUIRED_RULES)
        allowed = {"agreement": None, "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                                                  "missing-hours", "duration-over-6-months", "unclear-goal"},
                   "decision": {"missing-appeal-guidance", "duration-over-6-months"}, "unknown": set()}[doc.kind]
        rules = set(doc.rules)
        if allowed is not None:
            assert rules <= allowed, (name, rules)
        entries.append({
            "path": f"{FOLDER[doc.kind]}/{name}", "format": "pdf" if fmt in ("pdf-rl", "pdf-lo", "scan") else fmt,
            "kind": doc.kind, "subtype": doc.subtype, "layout": doc.layout, "rules": sorted(rules),
            "extras": sorted(doc.extras), "error": None, "accept_errors": [], "must_not_contain": must,
            "traits": traits + (["cpr"] if doc.cprs and "cpr" not in traits else []),
            "period": ({"start": doc.period[0].isoformat(), "end": doc.period[1].isoformat()} if doc.period else None),
        })
    if lo_jobs:
        lodir = tmp / "lo"
        lodir.mkdir()
        R.lo_convert([s for s, _ in lo_jobs], lodir)
        for src, dest in lo_jobs:
            shutil.move(str(lodir / (src.stem + ".pdf")), dest)
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
