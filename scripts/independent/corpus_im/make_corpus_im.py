#!/usr/bin/env python3
"""Corpus IM: mentor support for people in work or in training.

Workplace mentors (virksomhedsmentor in løntilskud, fleksjob, first job after long
unemployment), mentors for voksenlærlinge and EUD/FGU/STU students. The jobcentre's
three-party agreements, decision letters to citizen and employer, Min Plan entries, and
look-alikes (refund applications, time sheets, a school's mentor programme, an employment
contract, a trainee plan, ...).

Run:  /work/main/.venv/bin/python make_corpus_im.py --out /work/corpora/im [--seed 20]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]

FIRST = ["Mette", "Jonas", "Sara", "Ahmad", "Line", "Kasper", "Fatima", "Mikkel", "Camilla",
         "Rasmus", "Nadia", "Thomas", "Louise", "Bilal", "Emma", "Frederik", "Ida", "Omar",
         "Pernille", "Nikolaj", "Hanne", "Jesper", "Zainab", "Morten", "Signe", "Patrick"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Mortensen", "Østergaard", "Kjær", "Bach", "Holm"]
KOMMUNER = ["Vejle", "Herning", "Holbæk", "Slagelse", "Randers", "Esbjerg", "Næstved",
            "Horsens", "Viborg", "Svendborg", "Kolding", "Silkeborg"]
FIRMS = [
    ("Lagerhuset Kolding ApS", "lager", "lagermedarbejder"),
    ("Plejecenter Solgården", "pleje", "serviceassistent"),
    ("Smedeværkstedet Hjortkær I/S", "smed", "smedehjælper"),
    ("Netto, Vestergade", "butik", "butiksmedarbejder"),
    ("BYG-Team Fyn A/S", "byg", "tømrerlærling"),
    ("Kantinen, Rådhuset", "kantine", "køkkenmedhjælper"),
    ("Grøn Vej Anlæg ApS", "anlæg", "anlægsgartnerhjælper"),
    ("Autoværkstedet Nord ApS", "auto", "mekanikerlærling"),
    ("Dagligvarecentralen A/S", "lager", "pluk- og pakmedarbejder"),
    ("Børnehuset Mælkebøtten", "pæd", "pædagogmedhjælper"),
    ("Hotel Fjordgården", "hotel", "stuepige/rengøringsassistent"),
    ("Trykkeriet Vesterbro ApS", "tryk", "produktionsmedarbejder"),
]
SCHOOLS = ["Tradium", "Syddansk Erhvervsskole", "EUC Nordvest", "Mercantec", "SOSU Østjylland",
           "Roskilde Tekniske Skole", "FGU Midtjylland, afd. Vejle", "FGU Vestsjælland",
           "Campus Bornholm", "Learnmark Horsens"]


class Doc:
    """A document as blocks: ('h', text) ('p', text) ('li', [items]) ('t', rows)."""

    def __init__(self, title: str):
        self.title = title
        self.blocks: list[tuple] = []

    def h(self, t):
        self.blocks.append(("h", t))

    def p(self, t):
        self.blocks.append(("p", t))

    def li(self, items):
        self.blocks.append(("li", list(items)))

    def t(self, rows):
        self.blocks.append(("t", [list(r) for r in rows]))


# ------------------------------------------------------------------ helpers
def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_names = set()

    def name(self):
        while True:
            n = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if n not in self.used_names:
                self.used_names.add(n)
                return n

    def phone(self):
        r = self.rng
        return f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def cpr(self):
        r = self.rng
        y = r.randint(1962, 2007)
        d = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"

    def period(self, over=False, months=None):
        r = self.rng
        start = dt.date(2026, r.randint(2, 11), r.choice([1, 1, 1, 3, 7, 15, 16]))
        n = months or (r.choice([7, 8, 9, 12]) if over else r.choice([3, 4, 5, 6, 6]))
        end = add_months(start, n) - dt.timedelta(days=1)
        return start, end, n


def mail_of(name: str, domain: str) -> str:
    first = name.split()[0].lower()
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"})
    return f"{first.translate(tr)}.{name.split()[-1][0].lower().translate(tr)}@{domain}"


def dom(firm: str) -> str:
    import re
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
    s = re.sub(r"[^a-z]", "", firm.lower().translate(tr).split(",")[0].replace("aps", "")
               .replace("a/s", "").replace("i/s", ""))
    return s[:18] + ".dk"


# ------------------------------------------------------------- appeal texts
def appeal_full(k: str, variant: int, employer=False) -> list[str]:
    who = "Virksomheden" if employer else "Du"
    if variant == 0:
        return [f"Hvis {'virksomheden' if employer else 'du'} ikke er enig i afgørelsen, kan "
                f"{'den' if employer else 'du'} klage til {k} Kommune, Jobcenter {k}. Klagen skal "
                f"være modtaget inden 4 uger efter, at {'I' if employer else 'du'} har modtaget "
                f"afgørelsen. {'I' if employer else 'Du'} kan klage skriftligt eller mundtligt.",
                "Jobcentret genvurderer afgørelsen. Fastholder vi afgørelsen, sender vi klagen "
                "og sagens akter videre til Ankestyrelsen inden 4 uger, jf. lov om en aktiv "
                "beskæftigelsesindsats § 204 og retssikkerhedsloven kapitel 10."]
    if variant == 1:
        return [f"{who} kan klage over afgørelsen inden fire uger fra modtagelsen. Klagen sendes "
                f"til {k} Kommune – skriv til os via Digital Post eller ring til din "
                "sagsbehandler. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra "
                "klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver klagen sendt "
                "videre til Ankestyrelsen, som tager stilling til afgørelsen."]
    return [f"Klagefrist: 4 uger fra modtagelse af dette brev. Klagen rettes til Jobcenter {k}, "
            "som revurderer sagen. Giver vi ikke medhold, videresendes klagen automatisk til "
            "Ankestyrelsen (LAB § 204, RSL §§ 66-67)."]


def appeal_incomplete(k: str, variant: int) -> list[str]:
    return [[
        "Du kan klage over afgørelsen.",
        f"Er du uenig i afgørelsen, er du velkommen til at kontakte Jobcenter {k}.",
        "Klage over afgørelsen skal ske inden 4 uger.",
        "Afgørelsen kan påklages efter reglerne i retssikkerhedsloven.",
    ][variant % 4]]


def appeal_wrong(k: str) -> list[str]:
    return ["Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal være Ankestyrelsen i "
            "hænde senest 4 uger efter, at du har modtaget dette brev. Brug Ankestyrelsens "
            "klageformular på ast.dk."]


# ----------------------------------------------------------------- contexts
def person_setup(c: Ctx, k=None):
    r = c.rng
    k = k or r.choice(KOMMUNER)
    firm, sector, job = r.choice(FIRMS)
    return dict(k=k, citizen=c.name(), mentor=c.name(), cw=c.name(), boss=c.name(),
                firm=firm, sector=sector, job=job, mphone=c.phone(), cwphone=c.phone(),
                bphone=c.phone(), school=r.choice(SCHOOLS), cvr=str(r.randint(10000000, 99999999)),
                sag=f"{r.randint(2025, 2026)}-{r.randint(10000, 99999)}")


SCHEMES = {
    "loentilskud": ("løntilskud", "ansat med løntilskud"),
    "fleksjob": ("fleksjob", "ansat i fleksjob"),
    "ordinaer": ("ordinær ansættelse", "nyansat efter længere tids ledighed"),
    "voksenlaerling": ("voksenlærlingeforløb", "voksenlærling"),
    "eud": ("erhvervsuddannelse", "elev"),
    "fgu": ("FGU", "elev på FGU"),
    "stu": ("STU", "elev på STU"),
}


def goal_text(p, scheme, unclear, r):
    if unclear:
        return r.choice([
            "Støtte til at få en god hverdag og øget trivsel.",
            f"At {p['citizen'].split()[0]} får det bedre og kommer tættere på arbejdsmarkedet.",
            "Sikre at borgeren trives og oplever øget selvværd.",
            "Motivere til at komme videre.",
            "Hjælp til struktur på hverdagen.",
        ])
    fn = p["citizen"].split()[0]
    if scheme in ("loentilskud", "ordinaer"):
        return r.choice([
            f"{fn} fastholder ansættelsen som {p['job']} hos {p['firm']} og møder stabilt "
            f"alle aftalte vagter (mindst 95 % fremmøde) ved periodens udløb.",
            f"At {fn} efter løntilskuddet kan fortsætte i en ordinær stilling som {p['job']} "
            f"med 30 timer om ugen hos {p['firm']}.",
            f"{fn} kan selvstændigt udføre de faste arbejdsopgaver som {p['job']} og er gået "
            f"op fra 20 til 30 timer om ugen inden for perioden.",
        ])
    if scheme == "fleksjob":
        return (f"{fn} fastholder fleksjobbet som {p['job']} hos {p['firm']} med 12 "
                f"timer om ugen fordelt på tre dage og kender sine skåneforhold, så "
                f"sygefraværet er under 2 dage pr. måned.")
    if scheme == "voksenlaerling":
        return (f"{fn} gennemfører første skoleperiode på {p['school']} og praktikken hos "
                f"{p['firm']} uden fravær ud over 5 dage, så læretiden kan fortsætte.")
    if scheme == "eud":
        return r.choice([
            f"{fn} gennemfører grundforløb 2 på {p['school']} og har ved periodens udløb en "
            f"uddannelsesaftale med en praktikvirksomhed.",
            f"At {fn} møder på {p['school']} mindst 4 ud af 5 dage og består GF2-prøven.",
        ])
    if scheme == "fgu":
        return (f"{fn} møder på {p['school']} på produktionsgrunduddannelsen (PGU) og er i "
                f"virksomhedsforlagt undervisning 2 dage om ugen hos {p['firm']} senest efter "
                f"3 måneder.")
    return (f"{fn} gennemfører praktikforløbet på STU'en hos {p['firm']} 2 dage om ugen og "
            f"kan selv tage bussen til og fra praktikstedet.")


def tasks_list(p, scheme, r):
    fn = p["citizen"].split()[0]
    base = {
        "work": [f"oplæring i arbejdsgange og maskiner i {p['sector']}-afdelingen",
                 f"daglig kort tjek-ind med {fn} ved arbejdsdagens start",
                 "hjælp til at forstå vagtplan, pauser og regler på arbejdspladsen",
                 "være bindeled til kollegerne og til jobcentret ved problemer",
                 "gradvis optrapning af opgaver og ansvar",
                 "støtte ved konflikter eller misforståelser med kolleger"],
        "school": [f"følge {fn} til skolestart og til de første møder med kontaktlæreren",
                   "ugentlig samtale om fremmøde, lektier og planlægning af ugen",
                   "hjælp til kontakt med SU-kontor og studievejledning",
                   "støtte til at søge praktikplads (EMMA/praktikpladsen.dk)",
                   "koordinere med SPS-vejleder, så støtten ikke overlapper skolens egen"],
    }
    key = "school" if scheme in ("eud", "fgu", "stu", "voksenlaerling") and r.random() < .7 else "work"
    return r.sample(base[key], 3 + r.randint(0, 1))


def hours_text(r, vague=False):
    if vague:
        return r.choice(["efter behov", "et par timer om ugen", "løbende efter aftale"])
    return r.choice(["4 timer pr. uge", "3 t/uge", "2 timer ugentligt", "8 timer om måneden",
                     "5 timer om ugen de første 4 uger, derefter 3 timer om ugen",
                     "6 timer pr. uge", "2,5 time pr. uge"])


def followup_text(r, k, vague=False):
    if vague:
        return r.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                         "Vi tager en snak, hvis der opstår problemer."])
    return r.choice([
        f"Opfølgningsmøde på arbejdspladsen hver 4. uge med borger, mentor og jobkonsulent "
        f"fra Jobcenter {k}. Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før "
        f"støtten ophører. Progression måles på fremmøde og timetal.",
        "Statusmøde hver måned. Mentoren sender en kort skriftlig status til jobkonsulenten "
        "efter hvert møde. Delmål: fuldt fremmøde i 4 uger i træk efter 2 måneder.",
        "Vi følger op hver 6. uge (telefon eller møde) og evaluerer samlet 4 uger før "
        "bevillingsudløb, hvor vi tager stilling til, om der er behov for en ny periode.",
    ])


def period_text(start, end, n, r, style=None):
    style = r.randint(0, 5) if style is None else style
    a, b = fmt(start, style), fmt(end, style)
    form = r.randint(0, 3)
    if form == 0:
        return f"{a} – {b}"
    if form == 1:
        return f"fra {a} til {b}"
    if form == 2:
        return f"f.o.m. {a} t.o.m. {b}"
    return f"{a} - {b} ({n} måneder)"


# ================================================================= AGREEMENTS
def agr_table(c: Ctx, p, scheme, defects):
    """Three-party agreement in a form table (kommune/virksomhed/borger)."""
    r = c.rng
    start, end, n = c.period(over="duration-over-6-months" in defects)
    d = Doc(r.choice(["Aftale om mentorstøtte – virksomhedsmentor",
                      "Trepartsaftale om mentorstøtte",
                      f"Mentoraftale ({SCHEMES[scheme][0]})"]))
    d.p(f"Jobcenter {p['k']} · Virksomhedsservice · sagsnr. {p['sag']}")
    d.p("Aftalen er indgået mellem borgeren, virksomheden og jobcentret efter lov om en aktiv "
        "beskæftigelsesindsats § 167 (mentorstøtte).")
    rows = [["Borger", p["citizen"] + (f", cpr-nr. {p['cpr']}" if p.get("cpr") else "")],
            ["Virksomhed", f"{p['firm']}, CVR {p['cvr']}"],
            ["Ansættelsesform", f"{SCHEMES[scheme][0].capitalize()} som {p['job']}"],
            ["Kontaktperson i virksomheden", f"{p['boss']} (leder), tlf. {p['bphone']}"]]
    if "missing-mentor" in defects:
        rows.append(["Mentor", f"{p['mentor']}, kollega i {p['sector']}-afdelingen"])
    else:
        rows.append(["Mentor (virksomhedsmentor)",
                     f"{p['mentor']}, tlf. {p['mphone']}, {mail_of(p['mentor'], dom(p['firm']))}"])
    if "missing-goal" not in defects:
        rows.append(["Mål med mentorstøtten", goal_text(p, scheme, "unclear-goal" in defects, r)])
    if "missing-tasks" not in defects:
        rows.append(["Mentorens opgaver", "; ".join(tasks_list(p, scheme, r))])
    if "missing-duration" in defects:
        rows.append(["Periode", f"Fra {fmt(start, 0)} og indtil videre"])
    else:
        rows.append(["Periode", period_text(start, end, n, r)])
    if "missing-hours" in defects:
        rows.append(["Timetal", r.choice(["", "Efter behov"])])
    else:
        rows.append(["Timetal", hours_text(r)])
    rows.append(["Kompensation til virksomheden", "Virksomheden kompenseres for mentorens "
                 "lønudgift i de bevilgede timer efter dokumentation (timeregistrering)."])
    if "missing-follow-up" not in defects:
        rows.append(["Opfølgning og progression", followup_text(r, p["k"])])
    d.t(rows)
    d.h("Klagevejledning")
    if "missing-appeal-guidance" in defects:
        d.p(appeal_incomplete(p["k"], r.randint(0, 3))[0])
    else:
        for x in appeal_full(p["k"], r.randint(0, 2)):
            d.p(x)
    d.h("Underskrifter")
    d.t([["Borger", "Virksomhed", "Jobcenter"],
         ["_______________", "_______________", f"{p['cw']}, jobkonsulent"]])
    return d, (start, end)


def agr_prose(c: Ctx, p, scheme, defects):
    """Numbered-section agreement, the municipality's Word template."""
    r = c.rng
    start, end, n = c.period(over="duration-over-6-months" in defects)
    fn = p["citizen"].split()[0]
    d = Doc("Aftale om mentorstøtte")
    d.p(f"{p['k']} Kommune – Jobcenter {p['k']}, Ungeenheden" if scheme in ("eud", "fgu", "stu")
        else f"{p['k']} Kommune – Jobcenter {p['k']}")
    d.p(f"Dato: {fmt(start - dt.timedelta(days=r.randint(5, 20)), 0)}")
    d.p(f"Aftale mellem {p['citizen']}" + (f" (cpr.nr. {p['cpr']})" if p.get("cpr") else "") +
        f", {p['firm'] if scheme not in ('eud','fgu','stu') else p['school']} og Jobcenter {p['k']}.")
    d.p("Du får mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. Her er det, vi "
        "blev enige om på mødet, skrevet ned.")
    i = 1
    if "missing-goal" not in defects:
        d.h(f"{i}. Målet med mentorstøtten"); i += 1
        d.p(goal_text(p, scheme, "unclear-goal" in defects, r))
    d.h(f"{i}. Din mentor"); i += 1
    where = p["firm"] if scheme not in ("eud", "fgu", "stu") else p["school"]
    if "missing-mentor" in defects:
        d.p(f"Din mentor bliver en medarbejder fra {where}. Navn og telefonnummer får du, når "
            "mentoren er fundet.")
    else:
        d.p(f"Din mentor er {p['mentor']}, {where}. Du kan ringe eller skrive til "
            f"{p['mentor'].split()[0]} på tlf. {p['mphone']}.")
    if "missing-tasks" not in defects:
        d.h(f"{i}. Det skal mentoren hjælpe dig med"); i += 1
        d.li(tasks_list(p, scheme, r))
    d.h(f"{i}. Varighed og timer"); i += 1
    parts = []
    if "missing-duration" not in defects:
        parts.append(f"Mentorstøtten gælder i perioden {period_text(start, end, n, r)}.")
    else:
        parts.append("Mentorstøtten starter, når ansættelsen er på plads. Den kan højst "
                     "bevilges for 6 måneder ad gangen.")
    if "missing-hours" not in defects:
        parts.append(f"Mentoren har {hours_text(r)} til at støtte dig.")
    else:
        parts.append(f"Mentoren støtter dig {hours_text(r, vague=True)}.")
    d.p(" ".join(parts))
    if "missing-follow-up" not in defects:
        d.h(f"{i}. Opfølgning"); i += 1
        d.p(followup_text(r, p["k"]))
    else:
        d.h(f"{i}. Opfølgning"); i += 1
        d.p(followup_text(r, p["k"], vague=True))
    d.h(f"{i}. Hvis du vil klage"); i += 1
    if "missing-appeal-guidance" in defects:
        d.p(appeal_incomplete(p["k"], r.randint(0, 3))[0])
    else:
        for x in appeal_full(p["k"], r.randint(0, 2)):
            d.p(x)
    d.p(f"Med venlig hilsen\n{p['cw']}\nJobkonsulent, tlf. {p['cwphone']}")
    return d, (start, end)


def agr_school(c: Ctx, p, scheme, defects):
    """Agreement for a student/apprentice: jobcentre + school/employer + student."""
    r = c.rng
    start, end, n = c.period(over="duration-over-6-months" in defects)
    fn = p["citizen"].split()[0]
    d = Doc(r.choice(["Samarbejdsaftale om uddannelsesmentor", "Mentoraftale – uddannelse",
                      "Aftale om mentor under uddannelse (LAB § 167)"]))
    d.p(f"Ungeindsatsen, {p['k']} Kommune")
    d.h("Parter")
    d.li([f"Elev: {p['citizen']}" + (f", CPR {p['cpr']}" if p.get('cpr') else ""),
          f"Uddannelsessted: {p['school']}" + (f" / praktiksted: {p['firm']}" if scheme == "voksenlaerling" else ""),
          f"Kommunens kontaktperson: {p['cw']}, tlf. {p['cwphone']}"])
    if "missing-goal" not in defects:
        d.h("Hovedformål")
        d.p(goal_text(p, scheme, "unclear-goal" in defects, r))
        if "unclear-goal" not in defects:
            d.p("Delmål: " + r.choice(["fremmøde 90 % i de første 8 uger",
                                       "aflevere alle opgaver til tiden i første skoleperiode",
                                       "selv melde fravær til kontaktlæreren"]) + ".")
    d.h("Mentor")
    if "missing-mentor" in defects:
        d.p(r.choice([f"Mentor: {p['mentor']}", f"Tlf. {p['mphone']} (mentorteamet)"]))
    else:
        d.p(f"Mentor: {p['mentor']}, {r.choice(['mentorkorpset', 'Ungeindsatsen', p['school']])}")
        d.p(f"Telefon: {p['mphone']} – e-mail: {mail_of(p['mentor'], p['k'].lower().replace('æ','ae').replace('ø','oe').replace('å','aa') + '.dk')}")
    if "missing-tasks" not in defects:
        d.h("Mentors indsatsområder")
        d.li(tasks_list(p, scheme, r))
    d.h("Periode og omfang")
    rows = []
    if "missing-duration" not in defects:
        rows.append(["Bevilget fra", fmt(start, 1)])
        rows.append(["Bevilget til", fmt(end, 1)])
    else:
        rows.append(["Bevilget fra", fmt(start, 1)])
        rows.append(["Bevilget til", "Udfyldes senere"])
    rows.append(["Timer", hours_text(r) if "missing-hours" not in defects else "-"])
    d.t(rows)
    d.h("Evaluering")
    if "missing-follow-up" not in defects:
        d.p(r.choice(["Evalueringsmøde på skolen hver 8. uge og 14 dage før støtten ophører. "
                      "Progression følges på fremmøde og karakterer.",
                      "Mentor og kontaktperson holder statusmøde hver måned; eleven deltager. "
                      "Slutevaluering 4 uger før ophør."]))
    else:
        d.p("Aftales undervejs.")
    d.h("Klagevejledning")
    if "missing-appeal-guidance" in defects:
        d.p(appeal_incomplete(p["k"], r.randint(0, 3))[0])
    else:
        for x in appeal_full(p["k"], r.randint(0, 2)):
            d.p(x)
    return d, (start, end)


def agr_mail(c: Ctx, p, scheme, defects):
    """Jobkonsulent's e-mail to employer and citizen, writing down the agreement."""
    r = c.rng
    start, end, n = c.period(over="duration-over-6-months" in defects)
    fn = p["citizen"].split()[0]
    d = Doc(f"Aftale om virksomhedsmentor – {p['citizen']}")
    d.p(f"Kære {p['boss'].split()[0]} og {fn}")
    d.p("Tak for et godt møde i dag. Her får I det, vi blev enige om, skrevet ned. Det er "
        "aftalen om mentorstøtte (LAB § 167) i forbindelse med "
        f"{ {'fleksjob': 'fleksjobbet', 'loentilskud': 'ansættelsen med løntilskud'}.get(scheme, 'ansættelsen')} hos {p['firm']}.")
    lines = []
    if "missing-goal" not in defects:
        lines.append("Mål: " + goal_text(p, scheme, "unclear-goal" in defects, r))
    if "missing-mentor" not in defects:
        lines.append(f"Mentor: {p['mentor']}, {p['firm']}, tlf. {p['mphone']}")
    else:
        lines.append(f"Mentor: {p['mentor']} fra lageret")
    if "missing-tasks" not in defects:
        lines.append("Mentors opgaver: " + ", ".join(tasks_list(p, scheme, r)))
    if "missing-duration" not in defects:
        lines.append("Periode: " + period_text(start, end, n, r))
    if "missing-hours" not in defects:
        lines.append("Timer: " + hours_text(r) + " (virksomheden kompenseres for timerne)")
    else:
        lines.append("Timer: det finder vi ud af hen ad vejen")
    if "missing-follow-up" not in defects:
        lines.append("Opfølgning: " + followup_text(r, p["k"]))
    for x in lines:
        d.p(x)
    if "missing-appeal-guidance" in defects:
        d.p(r.choice(["Sig til, hvis noget skal rettes.",
                      appeal_incomplete(p["k"], r.randint(0, 3))[0]]))
    else:
        d.p("Klagevejledning:")
        for x in appeal_full(p["k"], r.randint(0, 2)):
            d.p(x)
    d.p(f"Venlig hilsen\n{p['cw']}\nJobkonsulent, Virksomhedsservice\nJobcenter {p['k']}\nDirekte: {p['cwphone']}")
    return d, (start, end)


# ================================================================== DECISIONS
def dec_letter(c: Ctx, p, scheme, sub, defects, extras, to_employer=False):
    r = c.rng
    over = "duration-over-6-months" in defects
    start, end, n = c.period(over=over)
    fn = p["citizen"].split()[0]
    k = p["k"]
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                  "Du får bevilget mentorstøtte"],
        "partial": ["Afgørelse – delvis bevilling af mentorstøtte",
                    "Afgørelse om mentorstøtte (delvis bevilling)"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"],
        "end": ["Ophør af mentorstøtte", "Afgørelse om stop for mentorstøtte"],
    }
    if to_employer:
        titles = {
            "grant": ["Afgørelse om tilskud til virksomhedsmentor",
                      "Bevilling af kompensation til mentor"],
            "partial": ["Afgørelse om tilskud til mentor – delvis imødekommet"],
            "refusal": ["Afslag på tilskud til virksomhedsmentor"],
            "extension": ["Forlængelse af tilskud til virksomhedsmentor"],
            "end": ["Ophør af tilskud til virksomhedsmentor"],
        }
    d = Doc(r.choice(titles[sub]))
    d.p(f"{k} Kommune\nJobcenter {k}\n{r.choice(['Jobvej', 'Rådhustorvet', 'Vestergade'])} "
        f"{r.randint(1, 40)}\n{r.randint(5000, 9900)} {k}")
    letter_date = start - dt.timedelta(days=r.randint(3, 14))
    d.p(f"Dato: {fmt(letter_date, r.choice([0, 1]))}\nSagsnr.: {p['sag']}")
    if p.get("cpr"):
        d.p(f"Vedr.: {p['citizen']}, CPR-nr.: {p['cpr']}")
    if to_employer:
        d.p(f"{p['firm']}\nAtt.: {p['boss']}\nCVR {p['cvr']}")
        d.p(f"Kære {p['boss']}")
    else:
        d.p(f"Kære {p['citizen']}")
    you = "virksomheden" if to_employer else "du"
    You = "Virksomheden" if to_employer else "Du"
    ptxt = period_text(start, end, n, r)
    hrs = hours_text(r)
    if sub == "grant":
        if to_employer:
            d.p(f"Jobcenter {k} har bevilget tilskud til en virksomhedsmentor for {fn} "
                f"({SCHEMES[scheme][1]}). Mentoren er {p['mentor']}. Tilskuddet dækker "
                f"{hrs} i perioden {ptxt}.")
            d.p("Tilskuddet beregnes ud fra mentorens faktiske løn inkl. pension, dog højst "
                "det beløb, der følger af reglerne. Refusion søges bagud pr. måned på "
                "kommunens blanket med timeregistrering.")
        else:
            d.p(f"Du har søgt om mentorstøtte i forbindelse med din {SCHEMES[scheme][0]}. "
                f"Vi har bevilget mentorstøtte i perioden {ptxt} med {hrs}.")
            d.p(f"Din mentor er {p['mentor']} hos {p['firm'] if scheme not in ('eud','fgu','stu') else p['school']}. "
                "Mål og opgaver står i aftalen om mentorstøtte og i Min Plan på Jobnet.")
        d.h("Lovgrundlag")
        d.p("Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats og "
            "bekendtgørelse om en aktiv beskæftigelsesindsats kapitel 17.")
    elif sub == "partial":
        d.p(f"{You} har søgt om mentorstøtte med {r.choice([8, 10, 6])} timer om ugen i "
            f"{r.choice([6, 9, 12])} måneder. Vi har bevilget {hrs} i perioden {ptxt}.")
        if "missing-reasons" not in extras:
            d.h("Begrundelse")
            d.p(f"Vi har lagt vægt på, at {fn} allerede har et fast arbejdsskema og en "
                "leder, der følger op dagligt, og at behovet for støtte forventes at falde, "
                "når oplæringen er afsluttet. Mentorstøtte kan efter LAB § 167, stk. 1, "
                "højst gives i 6 måneder ad gangen.")
    elif sub == "refusal":
        d.p(f"Vi har givet {you} afslag på ansøgningen om mentorstøtte "
            f"{'til ' + fn + ' ' if to_employer else ''}modtaget {fmt(letter_date - dt.timedelta(days=20), 0)}.")
        if "missing-reasons" not in extras:
            d.h("Begrundelse")
            d.p(r.choice([
                f"Det fremgår af ansøgningen, at støtten skal dække den almindelige oplæring, "
                f"som alle nyansatte får hos {p['firm']}. Mentorstøtte kan ikke gives til "
                "opgaver, der hører til virksomhedens normale oplæring, jf. LAB § 167 og "
                "BEK § 120. Vi har lagt vægt på, at der ikke er beskrevet særlige behov.",
                f"{p['school']} tilbyder allerede SPS og elevcoach, og vi vurderer, at "
                "skolens egne tilbud dækker behovet. Mentorstøtte gives kun, når støtten går "
                "ud over det, uddannelsesstedet normalt tilbyder (LAB § 167)."]))
    elif sub == "extension":
        prev_end = start - dt.timedelta(days=1)
        d.p(f"Den tidligere periode med mentorstøtte udløb {fmt(prev_end, 0)}. På "
            f"evalueringsmødet blev vi enige om, at {fn} stadig har brug for støtte for at "
            "fastholde ansættelsen. Vi har derfor efter en konkret vurdering bevilget en ny "
            f"periode: {ptxt}, {hrs}.")
        d.p(f"Mentor er fortsat {p['mentor']}, tlf. {p['mphone']}.")
        d.h("Begrundelse")
        d.p("Vi har lagt vægt på mentorens status, der viser stigende fremmøde, men også at "
            "nye arbejdsopgaver kræver oplæring. Bevillingen sker efter LAB § 167, stk. 1, 2. pkt.")
    else:  # end
        stop = start + dt.timedelta(days=r.randint(10, 40))
        d.p(f"Mentorstøtten {'til ' + fn + ' ' if to_employer else ''}ophører {fmt(stop, 0)}.")
        if "missing-reasons" not in extras:
            d.h("Begrundelse")
            d.p(r.choice([
                f"Ansættelsen hos {p['firm']} er ophørt, og der er derfor ikke længere et "
                "grundlag for mentorstøtte efter LAB § 167.",
                f"{fn} har nået målet: fast ansættelse uden tilskud fra "
                f"{fmt(stop, 0)}. Vi vurderer, at støtten ikke længere er nødvendig."]))
        start = end = None
    d.h(r.choice(["Klagevejledning", "Sådan klager du", "Hvis du er uenig"]))
    if "missing-appeal-guidance" in defects:
        if r.random() < .5:
            d.p(appeal_incomplete(k, r.randint(0, 3))[0])
        else:
            d.blocks.pop()  # heading removed: no guidance at all
    elif "appeal-wrong-route" in extras:
        for x in appeal_wrong(k):
            d.p(x)
    else:
        for x in appeal_full(k, r.randint(0, 2), employer=to_employer):
            d.p(x)
    d.p(f"Med venlig hilsen\n\n{p['cw']}\n{r.choice(['Jobkonsulent', 'Sagsbehandler', 'Virksomhedskonsulent'])}\nTlf. {p['cwphone']}")
    if to_employer:
        d.p(f"Kopi: {p['citizen']}")
    return d, ((start, end) if start else None)


# ==================================================================== MIN PLAN
def minplan(c: Ctx, p, scheme, defects, style):
    r = c.rng
    start, end, n = c.period(over="duration-over-6-months" in defects)
    fn = p["citizen"].split()[0]
    where = p["firm"] if scheme not in ("eud", "fgu", "stu") else p["school"]
    if style == "card":
        d = Doc("Min Plan")
        d.p(f"{p['citizen']} · Jobnet · Udskrevet {fmt(start + dt.timedelta(days=3), 1)}")
        d.h(f"Mit job- og uddannelsesmål")
        d.p(r.choice([f"Job som {p['job']}", "Erhvervsuddannelse", f"Fast job i {p['sector']}"]))
        d.h(f"Aktivitet: {SCHEMES[scheme][0].capitalize()}")
        other_start = start - dt.timedelta(days=r.randint(0, 20))
        d.t([["Sted", where], ["Start", fmt(other_start, 1)],
             ["Slut", "Ingen slutdato (fastansat)" if scheme == "ordinaer" else
              fmt(add_months(other_start, 12) - dt.timedelta(days=1), 1)],
             ["Kontaktperson", f"{p['boss']}, tlf. {p['bphone']}"]])
        d.h("Aktivitet: Mentorstøtte (§ 167)")
        rows = []
        if "missing-goal" not in defects:
            rows.append(["Formål", goal_text(p, scheme, "unclear-goal" in defects, r)])
        if "missing-mentor" in defects:
            rows.append(["Mentor", r.choice([p["mentor"], "Virksomhedsmentor (kollega)"])])
        else:
            rows.append(["Mentor", f"{p['mentor']}, {where}, tlf. {p['mphone']}"])
        if "missing-tasks" not in defects:
            rows.append(["Mentorens opgaver", "; ".join(tasks_list(p, scheme, r))])
        if "missing-duration" not in defects:
            rows.append(["Periode", f"{fmt(start, 1)} - {fmt(end, 1)}"])
        else:
            rows.append(["Periode", f"{fmt(start, 1)} -"])
        if "missing-hours" not in defects:
            rows.append(["Timer", hours_text(r)])
        d.t(rows)
    else:
        d = Doc(r.choice(["Min Plan – mentorstøtte", "Indsats i Min Plan: Mentor"]))
        d.p(f"Jobcenter {p['k']}")
        d.p(f"Du er {SCHEMES[scheme][1]} hos {where}. Her er det, der står om din mentor i Min Plan.")
        if "missing-goal" not in defects:
            d.h("Formålet med din mentor")
            d.p(goal_text(p, scheme, "unclear-goal" in defects, r))
        d.h("Din mentor")
        if "missing-mentor" in defects:
            d.p("Din mentor er en kollega på arbejdspladsen. Vi skriver navnet her, når "
                "aftalen med virksomheden er underskrevet.")
        else:
            d.p(f"{p['mentor']}\nTelefon {p['mphone']}")
        if "missing-tasks" not in defects:
            d.h("Det hjælper mentoren med")
            d.li(tasks_list(p, scheme, r))
        d.h("Hvor længe og hvor meget")
        s = []
        if "missing-duration" not in defects:
            s.append(f"Mentorstøtten løber {period_text(start, end, n, r)}.")
        if "missing-hours" not in defects:
            s.append(f"Mentoren har {hours_text(r)} sammen med dig.")
        else:
            s.append("Timetallet aftales med virksomheden.")
        d.p(" ".join(s))
        if p.get("cpr"):
            d.p(f"CPR: {p['cpr']}")
    return d, (start, end)


# ===================================================================== UNKNOWN
def unk_refusion(c, p):
    r = c.rng
    d = Doc("Anmodning om refusion – virksomhedsmentor")
    d.p(f"Til Jobcenter {p['k']}, Team Virksomhedsservice")
    m = r.randint(2, 10)
    d.t([["Virksomhed", p["firm"]], ["CVR", p["cvr"]], ["Medarbejder med mentor", p["citizen"]],
         ["Mentor", f"{p['mentor']}, tlf. {p['mphone']}"],
         ["Refusionsperiode", f"{MONTHS[m-1]} 2026"], ["Antal mentortimer", str(r.randint(8, 20))],
         ["Timeløn inkl. pension", f"{r.randint(210, 290)},00 kr."],
         ["NemKonto", "Ja, virksomhedens NemKonto"]])
    d.p("Vi bekræfter, at mentortimerne er brugt på direkte kontakt med medarbejderen, og at "
        "mentoren ikke har udført sine normale arbejdsopgaver i timerne. Timesedler vedlagt.")
    d.p(f"Dato og underskrift: {p['boss']}, leder")
    return d


def unk_timesheet(c, p):
    r = c.rng
    d = Doc("Timeregistrering – mentortimer")
    d.p(f"Mentor: {p['mentor']} · Medarbejder: {p['citizen']} · {p['firm']}")
    rows = [["Dato", "Tid", "Timer", "Aktivitet"]]
    day = dt.date(2026, r.randint(3, 10), 2)
    for _ in range(8):
        day += dt.timedelta(days=r.choice([1, 2, 3]))
        rows.append([fmt(day, 1), r.choice(["07.00-08.00", "12.30-14.00", "08.00-09.30"]),
                     r.choice(["1", "1,5", "2"]), r.choice(["Oplæring truck", "Samtale om vagtplan",
                                                           "Gennemgang af pluklister", "Opfølgning"])])
    d.t(rows)
    d.p("I alt: se sum. Underskrift mentor / leder.")
    return d


def unk_school_programme(c, p):
    d = Doc(f"Mentorordningen på {p['school']}")
    d.p("Alle elever på grundforløbet kan få en mentor blandt skolens lærere. Mentoren er en "
        "voksen, du kan tale med om skole, praktikplads og privatliv.")
    d.h("Hvad får du?")
    d.li(["en fast mentor fra første skoledag", "en samtale hver anden uge (ca. 30 min.)",
          "hjælp til at finde praktikplads", "kontakt til studievejleder og SPS"])
    d.h("Mål for ordningen")
    d.p("Vi vil nedbringe frafaldet på grundforløbet med 20 % inden 2027.")
    d.p("Ordningen er skolens egen og har ikke noget med kommunens mentorstøtte at gøre. "
        "Er du i kontakt med jobcentret, kan du tale med din sagsbehandler om mentorstøtte "
        "efter lov om en aktiv beskæftigelsesindsats.")
    d.p("Kontakt: Studievejledningen, tlf. 72 10 20 30")
    return d


def unk_contract(c, p):
    r = c.rng
    start = dt.date(2026, r.randint(2, 9), 1)
    d = Doc("Ansættelseskontrakt – ansættelse med løntilskud")
    d.t([["Arbejdsgiver", f"{p['firm']}, CVR {p['cvr']}"],
         ["Medarbejder", p["citizen"] + (f", CPR {p['cpr']}" if p.get('cpr') else "")],
         ["Stilling", p["job"]], ["Tiltrædelse", fmt(start, 0)],
         ["Ansættelsens ophør", f"{fmt(add_months(start, 6) - dt.timedelta(days=1), 0)} (tidsbegrænset, løntilskudsperioden)"],
         ["Arbejdstid", "30 timer pr. uge"], ["Løn", f"{r.randint(155, 175)},50 kr. i timen efter overenskomst"],
         ["Prøvetid", "Ingen"], ["Overenskomst", "3F/DI Lageroverenskomsten"]])
    d.p("Medarbejderen får tilknyttet en kollega som virksomhedsmentor efter særskilt aftale "
        "med jobcentret. Ferie afholdes efter ferieloven. Opsigelse efter funktionærloven "
        "finder ikke anvendelse.")
    d.p("Underskrift arbejdsgiver ____________    Underskrift medarbejder ____________")
    return d


def unk_trainee_plan(c, p):
    d = Doc("Oplæringsplan for voksenlærling")
    d.p(f"Lærling: {p['citizen']} · Virksomhed: {p['firm']} · Skole: {p['school']}")
    d.p(f"Oplæringsansvarlig/mester: {p['mentor']}, tlf. {p['mphone']}")
    d.t([["Periode", "Oplæringsmål", "Ansvarlig"],
         ["1.-3. måned", "Sikkerhed, værktøj, virksomhedens procedurer", p["mentor"]],
         ["4.-12. måned", "Selvstændig udførelse af standardopgaver", p["mentor"]],
         ["13.-24. måned", "Planlægning og kvalitetskontrol", p["boss"]],
         ["Skoleperioder", "Efter skolens plan (hovedforløb H1-H3)", p["school"]]])
    d.p("Planen følges op ved lærlingesamtale hver 3. måned. Planen er en del af "
        "uddannelsesaftalen og indsendes ikke til jobcentret.")
    return d


def unk_invoice(c, p):
    r = c.rng
    d = Doc("FAKTURA")
    d.p(f"MentorPartner ApS · CVR 3{r.randint(1000000, 9999999)} · Fakturanr. {r.randint(1000, 9999)}")
    d.p(f"Til: Jobcenter {p['k']}, EAN 5798000{r.randint(100000, 999999)}")
    d.t([["Ydelse", "Timer", "Pris"],
         [f"Mentorforløb, borger {p['citizen']}, oktober 2026", "12", "6.300,00"],
         ["Kørsel", "", "412,00"], ["Moms 25 %", "", "1.678,00"], ["I alt", "", "8.390,00"]])
    d.p("Betalingsbetingelser: netto 30 dage.")
    return d


def unk_status(c, p):
    d = Doc("Statusrapport fra mentor")
    d.p(f"Til jobkonsulent {p['cw']}, Jobcenter {p['k']}. Vedr. {p['citizen']}" +
        (f" (CPR {p['cpr']})" if p.get("cpr") else ""))
    d.h("Forløbet indtil nu")
    d.p(f"{p['citizen'].split()[0]} har mødt stabilt de sidste 6 uger og har overtaget "
        "vareindlevering alene to dage om ugen. Der har været en enkelt konflikt med en "
        "kollega, som blev løst på et møde med lederen.")
    d.h("Mentors vurdering")
    d.p("Jeg vurderer, at behovet for mentortimer kan nedsættes fra næste måned.")
    d.p(f"{p['mentor']}, {p['firm']}")
    return d


def unk_guidance_employer(c, p):
    d = Doc("Sådan bliver en medarbejder virksomhedsmentor – information til virksomheder")
    d.p(f"Jobcenter {p['k']} kan give jeres virksomhed kompensation for en medarbejders tid, "
        "når medarbejderen er mentor for en ny kollega i løntilskud, fleksjob eller ordinært job.")
    d.h("Det skal stå i aftalen")
    d.li(["målet med mentorstøtten", "mentorens navn og kontaktdata",
          "hvilke opgaver mentoren skal hjælpe med", "varighed (højst 6 måneder ad gangen) og opfølgning",
          "timetallet pr. uge", "klagevejledning"])
    d.p("Kompensationen udbetales bagud mod dokumentation for timerne. Ring til "
        "Virksomhedsservice, hvis I vil høre mere.")
    return d


def unk_application(c, p):
    d = Doc("Ansøgning om mentorstøtte – virksomhedens ansøgning")
    d.p(f"Virksomhed: {p['firm']}, CVR {p['cvr']}")
    d.p(f"Medarbejder der skal have mentor: {p['citizen']}")
    d.p(f"Forslag til mentor: {p['mentor']}, tlf. {p['mphone']}")
    d.p("Begrundelse for behov: Medarbejderen har været uden for arbejdsmarkedet i 4 år og "
        "har brug for tæt oplæring de første måneder. Vi søger om 6 timer om ugen i 6 måneder.")
    d.p(f"Kontaktperson: {p['boss']}, tlf. {p['bphone']}")
    return d


def unk_minutes(c, p):
    d = Doc("Referat af opstartsmøde")
    d.p(f"Deltagere: {p['citizen']}, {p['boss']} ({p['firm']}), {p['cw']} (Jobcenter {p['k']})")
    d.li(["Rundvisning og præsentation for kollegerne er gennemført.",
          "Vagtplan for de første 4 uger udleveret.",
          "Jobcentret undersøger muligheden for en virksomhedsmentor og vender tilbage.",
          "Næste møde aftales pr. telefon."])
    return d


def unk_mail_meeting(c, p):
    d = Doc("SV: Møde om mentor torsdag")
    d.p(f"Hej {p['cw'].split()[0]}")
    d.p(f"Torsdag kl. 10 passer fint. {p['mentor'].split()[0]} deltager også, så vi kan tale "
        "om, hvordan mentortimerne skal lægges. Vi mødes i kantinen.")
    d.p(f"Mvh {p['boss']}\n{p['firm']}")
    return d


UNKNOWN_FAMILIES = [unk_refusion, unk_timesheet, unk_school_programme, unk_contract,
                    unk_trainee_plan, unk_invoice, unk_status, unk_guidance_employer,
                    unk_application, unk_minutes, unk_mail_meeting]


# =================================================================== RENDERING
def to_text(d: Doc, md=False) -> str:
    out = [("# " if md else "") + d.title, ""] + ([] if md else ["=" * len(d.title), ""])
    if not md:
        out = [d.title, "=" * len(d.title), ""]
    for b in d.blocks:
        if b[0] == "h":
            out += [("## " if md else "") + b[1], ""] if md else [b[1].upper() if len(b[1]) < 40 else b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "li":
            out += [f"- {x}" for x in b[1]] + [""]
        else:
            if md:
                rows = b[1]
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                out.append("")
            else:
                out += [f"{r[0]}: {' | '.join(r[1:])}" for r in b[1]] + [""]
    return "\n".join(out)


def to_html(d: Doc) -> str:
    h = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{escape(d.title)}</title></head><body>",
         f"<h1>{escape(d.title)}</h1>"]
    for b in d.blocks:
        if b[0] == "h":
            h.append(f"<h2>{escape(b[1])}</h2>")
        elif b[0] == "p":
            h.append("<p>" + "<br>".join(escape(x) for x in b[1].split("\n")) + "</p>")
        elif b[0] == "li":
            h.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in b[1]) + "</ul>")
        else:
            h.append("<table border='1'>" + "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
    h.append("</body></html>")
    return "\n".join(h)


def write_docx(d: Doc, path: Path):
    import docx
    doc = docx.Document()
    doc.add_heading(d.title, level=1)
    for b in d.blocks:
        if b[0] == "h":
            doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "li":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        else:
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cval in enumerate(r):
                    t.cell(i, j).text = cval
    doc.core_properties.author = "Jobcenter"
    doc.save(path)


def write_pdf(d: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    el = [Paragraph(escape(d.title), ss["Title"])]
    for b in d.blocks:
        if b[0] == "h":
            el.append(Paragraph(escape(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            el.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif b[0] == "li":
            for x in b[1]:
                el.append(Paragraph("• " + escape(x), ss["BodyText"]))
        else:
            data = [[Paragraph(escape(c), ss["BodyText"]) for c in r] for r in b[1]]
            t = Table(data, colWidths=None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            el.append(t)
        el.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4, title=d.title, invariant=1).build(el)


def write_odt(d: Doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text=d.title))
    for b in d.blocks:
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "li":
            lst = List()
            for x in b[1]:
                it = ListItem()
                it.addElement(P(text=x))
                lst.addElement(it)
            doc.text.addElement(lst)
        else:
            t = Table()
            ncol = max(len(r) for r in b[1])
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in b[1]:
                tr = TableRow()
                for cval in r:
                    tc = TableCell()
                    tc.addElement(P(text=cval))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append(f"\\'{o:02x}")
        else:
            out.append(f"\\u{o}?")
    return "".join(out)


def write_rtf(d: Doc, path: Path):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 ",
             r"{\b\fs32 " + rtf_escape(d.title) + r"}\par\par "]
    for b in d.blocks:
        if b[0] == "h":
            parts.append(r"{\b\fs26 " + rtf_escape(b[1]) + r"}\par ")
        elif b[0] == "p":
            parts.append(rtf_escape(b[1]) + r"\par\par ")
        elif b[0] == "li":
            parts += [r"\bullet  " + rtf_escape(x) + r"\par " for x in b[1]]
        else:
            for r in b[1]:
                parts.append(r"\trowd" + "".join(f"\\cellx{3000*(i+1)}" for i in range(len(r))))
                parts.append("".join(r"\intbl " + rtf_escape(cv) + r"\cell " for cv in r) + r"\row ")
            parts.append(r"\pard\par ")
    parts.append("}")
    path.write_text("".join(parts), encoding="ascii")


def write_eml(d: Doc, path: Path, p, rng):
    m = EmailMessage()
    m["From"] = f"{p['cw']} <{mail_of(p['cw'], p['k'].lower().replace('æ','ae').replace('ø','oe').replace('å','aa') + '.dk')}>"
    m["To"] = f"{p['boss']} <{mail_of(p['boss'], dom(p['firm']))}>"
    m["Subject"] = d.title
    m["Date"] = format_datetime(dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), 10, 15,
                                            tzinfo=dt.timezone.utc))
    body = to_text(d)
    body = body.split("\n", 3)[3] if body.startswith(d.title) else body
    m.set_content(body)
    path.write_bytes(bytes(m))


def render(d: Doc, fmt_: str, path: Path, p, rng):
    if fmt_ == "docx":
        write_docx(d, path)
    elif fmt_ == "pdf":
        write_pdf(d, path)
    elif fmt_ == "odt":
        write_odt(d, path)
    elif fmt_ == "html":
        path.write_text(to_html(d), encoding="utf-8")
    elif fmt_ == "md":
        path.write_text(to_text(d, md=True), encoding="utf-8")
    elif fmt_ == "txt":
        path.write_text(to_text(d), encoding="utf-8")
    elif fmt_ == "rtf":
        write_rtf(d, path)
    elif fmt_ == "eml":
        write_eml(d, path, p, rng)


# =================================================================== THE PLAN
# (family, kind, subtype, format, scheme, defects, extras)
A, D, M = "agreement", "decision", "minplan"
PLAN = [
    # --- agreements (24)
    ("agr_table", A, "agreement", "docx", "loentilskud", [], []),
    ("agr_table", A, "agreement", "docx", "fleksjob", [], []),
    ("agr_table", A, "agreement", "pdf", "ordinaer", ["missing-hours"], []),
    ("agr_table", A, "agreement", "odt", "loentilskud", ["duration-over-6-months"], []),
    ("agr_table", A, "agreement", "docx", "fleksjob", ["missing-mentor"], []),
    ("agr_table", A, "agreement", "pdf", "loentilskud", ["missing-follow-up", "unclear-goal"], []),
    ("agr_table", A, "agreement", "html", "ordinaer", ["missing-appeal-guidance"], []),
    ("agr_table", A, "agreement", "docx", "voksenlaerling", ["missing-tasks"], []),
    ("agr_prose", A, "agreement", "docx", "loentilskud", [], []),
    ("agr_prose", A, "agreement", "pdf", "ordinaer", [], []),
    ("agr_prose", A, "agreement", "rtf", "fleksjob", ["missing-goal"], []),
    ("agr_prose", A, "agreement", "odt", "loentilskud", ["missing-duration"], []),
    ("agr_prose", A, "agreement", "txt", "ordinaer", ["missing-follow-up"], []),
    ("agr_prose", A, "agreement", "docx", "fleksjob", ["missing-hours", "missing-appeal-guidance"], []),
    ("agr_prose", A, "agreement", "pdf", "voksenlaerling", ["unclear-goal"], []),
    ("agr_school", A, "agreement", "docx", "eud", [], []),
    ("agr_school", A, "agreement", "pdf", "fgu", [], []),
    ("agr_school", A, "agreement", "md", "stu", ["duration-over-6-months"], []),
    ("agr_school", A, "agreement", "html", "eud", ["missing-mentor", "missing-follow-up"], []),
    ("agr_school", A, "agreement", "odt", "voksenlaerling", ["missing-duration"], []),
    ("agr_mail", A, "agreement", "eml", "loentilskud", [], []),
    ("agr_mail", A, "agreement", "eml", "ordinaer", ["missing-appeal-guidance"], []),
    ("agr_mail", A, "agreement", "eml", "fleksjob", ["missing-hours", "missing-follow-up"], []),
    ("agr_mail", A, "agreement", "eml", "loentilskud", ["missing-tasks"], []),
    # --- decisions (20)
    ("dec_cit", D, "grant", "pdf", "loentilskud", [], []),
    ("dec_cit", D, "grant", "docx", "eud", [], []),
    ("dec_cit", D, "grant", "odt", "fleksjob", ["duration-over-6-months"], []),
    ("dec_cit", D, "grant", "txt", "fgu", ["missing-appeal-guidance"], []),
    ("dec_cit", D, "partial", "pdf", "ordinaer", [], []),
    ("dec_cit", D, "partial", "docx", "voksenlaerling", [], ["missing-reasons"]),
    ("dec_cit", D, "refusal", "pdf", "eud", [], []),
    ("dec_cit", D, "refusal", "rtf", "loentilskud", ["missing-appeal-guidance"], []),
    ("dec_cit", D, "extension", "docx", "fleksjob", [], []),
    ("dec_cit", D, "extension", "html", "loentilskud", ["duration-over-6-months"], []),
    ("dec_cit", D, "end", "pdf", "ordinaer", [], []),
    ("dec_cit", D, "grant", "html", "ordinaer", [], ["appeal-wrong-route"]),
    ("dec_emp", D, "grant", "docx", "loentilskud", [], []),
    ("dec_emp", D, "grant", "pdf", "fleksjob", ["missing-appeal-guidance"], []),
    ("dec_emp", D, "grant", "odt", "ordinaer", ["duration-over-6-months"], []),
    ("dec_emp", D, "partial", "docx", "loentilskud", [], []),
    ("dec_emp", D, "refusal", "pdf", "voksenlaerling", [], []),
    ("dec_emp", D, "extension", "eml", "fleksjob", [], []),
    ("dec_emp", D, "end", "docx", "loentilskud", ["missing-appeal-guidance"], []),
    ("dec_emp", D, "grant", "md", "ordinaer", [], []),
    # --- Min Plan (14)
    ("mp_card", M, "minplan", "pdf", "loentilskud", [], []),
    ("mp_card", M, "minplan", "html", "fleksjob", [], []),
    ("mp_card", M, "minplan", "pdf", "fgu", ["missing-hours"], []),
    ("mp_card", M, "minplan", "txt", "ordinaer", ["missing-mentor"], []),
    ("mp_card", M, "minplan", "html", "eud", ["duration-over-6-months"], []),
    ("mp_card", M, "minplan", "pdf", "loentilskud", ["unclear-goal"], []),
    ("mp_card", M, "minplan", "docx", "voksenlaerling", ["missing-tasks", "missing-duration"], []),
    ("mp_text", M, "minplan", "html", "loentilskud", [], []),
    ("mp_text", M, "minplan", "docx", "stu", [], []),
    ("mp_text", M, "minplan", "txt", "fleksjob", ["missing-goal"], []),
    ("mp_text", M, "minplan", "md", "ordinaer", ["missing-mentor", "missing-hours"], []),
    ("mp_text", M, "minplan", "pdf", "eud", ["duration-over-6-months"], []),
    ("mp_text", M, "minplan", "odt", "fgu", ["unclear-goal"], []),
    ("mp_text", M, "minplan", "rtf", "voksenlaerling", [], []),
]
UNK_PLAN = [  # (family index, format)
    (0, "pdf"), (1, "docx"), (2, "html"), (3, "docx"), (4, "pdf"), (5, "pdf"), (6, "docx"),
    (7, "html"), (8, "odt"), (9, "txt"), (10, "eml"), (0, "docx"), (3, "pdf"),
]
CPR_PLAN = {0, 3, 5, 9, 13, 16, 20, 24, 27, 31, 36, 40, 45, 50, 53}   # indices in PLAN with a CPR
UNK_CPR = {0, 3, 6}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/im")
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    c = Ctx(rng)
    entries = []
    fam = {"agr_table": agr_table, "agr_prose": agr_prose, "agr_school": agr_school,
           "agr_mail": agr_mail}
    for i, (family, kind, sub, f, scheme, defects, extras) in enumerate(PLAN):
        p = person_setup(c)
        if scheme == "fgu":
            p["school"] = rng.choice(["FGU Midtjylland, afd. Vejle", "FGU Vestsjælland", "FGU Trekanten"])
        elif scheme == "stu":
            p["school"] = rng.choice(["STU Campus Nord", "Specialskolen for Voksne, STU-linjen"])
        elif "FGU" in p["school"]:
            p["school"] = rng.choice(["Tradium", "Mercantec", "EUC Nordvest"])
        if i in CPR_PLAN:
            p["cpr"] = c.cpr()
        if family in fam:
            d, per = fam[family](c, p, scheme, defects)
            folder = "aftaler"
        elif family.startswith("dec_"):
            d, per = dec_letter(c, p, scheme, sub, defects, extras, to_employer=family == "dec_emp")
            folder = "afgoerelser/" + ("virksomhed" if family == "dec_emp" else "borger")
        else:
            d, per = minplan(c, p, scheme, defects, "card" if family == "mp_card" else "text")
            folder = "minplan"
        slug = p["citizen"].split()[0].lower().translate(str.maketrans("æøå", "eoa"))
        rel = f"{folder}/{i:02d}-{sub}-{scheme}-{slug}.{f}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        render(d, f, out / rel, p, rng)
        traits = [f"family:{family}", f"scheme:{scheme}"] + (["cpr"] if p.get("cpr") else [])
        if "duration-over-6-months" in defects:
            traits.append("period:over")
        e = {"path": rel, "format": f, "kind": kind, "subtype": sub, "layout": family,
             "rules": sorted(defects), "extras": sorted(extras), "error": None,
             "accept_errors": [], "must_not_contain": [p["cpr"], p["cpr"].replace("-", "")] if p.get("cpr") else [],
             "traits": traits}
        if per and per[0] and "missing-duration" not in defects:
            e["period"] = {"start": per[0].isoformat(), "end": per[1].isoformat()}
        entries.append(e)
    for j, (fi, f) in enumerate(UNK_PLAN):
        p = person_setup(c)
        if j in UNK_CPR:
            p["cpr"] = c.cpr()
        func = UNKNOWN_FAMILIES[fi]
        d = func(c, p)
        rel = f"andet/{j:02d}-{func.__name__[4:]}.{f}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        render(d, f, out / rel, p, rng)
        entries.append({"path": rel, "format": f, "kind": "unknown", "subtype": func.__name__[4:],
                        "layout": func.__name__, "rules": [], "extras": [], "error": None,
                        "accept_errors": [],
                        "must_not_contain": [p["cpr"], p["cpr"].replace("-", "")] if p.get("cpr") else [],
                        "traits": ["lookalike"] + (["cpr"] if p.get("cpr") else [])})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
