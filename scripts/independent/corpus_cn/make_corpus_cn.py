#!/usr/bin/env python3
"""Corpus CN: decision letters on mentor support (LAB § 167), written independently.

About 100 documents: grants, partial grants, refusals, extensions and ends of mentor support
from several municipalities, formal and plain-language; Digital Post prints; decisions carrying
the agreement in the body or as "Bilag 1"; stand-alone agreements and cover letters with the
agreement attached; and letters that only look like decisions (partshøring, receipts, orders to
a provider, reconsiderations that forward the complaint, Ankestyrelsen's rulings).

    /work/main/.venv/bin/python make_corpus_cn.py --out /work/corpora/cn

Deterministic (seed 8408). Labels follow `mentordocs rules NAME` and shared/domain.md and are
decided here, when the document is written, never from the linter's output.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

SEED = 8408

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

MUNIS = [
    ("Viborg Kommune", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87", "viborg.dk", "Arbejdsmarked"),
    ("Herning Kommune", "Torvet 5", "7400 Herning", "96 28 28 28", "herning.dk", "Jobcenter Herning"),
    ("Randers Kommune", "Laksetorvet 1", "8900 Randers C", "89 15 15 15", "randers.dk", "Job og Beskæftigelse"),
    ("Næstved Kommune", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88", "naestved.dk", "Beskæftigelse"),
    ("Svendborg Kommune", "Ramsherred 5", "5700 Svendborg", "62 23 30 00", "svendborg.dk", "Arbejdsmarked og Borgerservice"),
    ("Hjørring Kommune", "Springvandspladsen 5", "9800 Hjørring", "72 33 33 33", "hjoerring.dk", "Job og Uddannelse"),
    ("Kolding Kommune", "Akseltorv 1", "6000 Kolding", "79 79 79 79", "kolding.dk", "Beskæftigelse og Uddannelse"),
    ("Holbæk Kommune", "Kanalstræde 2", "4300 Holbæk", "72 36 36 36", "holbaek.dk", "Job og Borgerservice"),
    ("Frederikssund Kommune", "Torvet 2", "3600 Frederikssund", "47 35 10 00", "frederikssund.dk", "Arbejdsmarkedsafdelingen"),
    ("Slagelse Kommune", "Rådhuspladsen 11", "4200 Slagelse", "58 57 36 00", "slagelse.dk", "Jobcenter Slagelse"),
]
FIRST = ["Mette", "Jonas", "Sofie", "Mikkel", "Line", "Rasmus", "Camilla", "Ahmad", "Emma", "Kasper",
         "Nadia", "Peter", "Ida", "Tobias", "Sara", "Mohammed", "Louise", "Frederik", "Julie", "Anders",
         "Maja", "Jens", "Fatima", "Christian", "Amalie", "Bo", "Hanne", "Yusuf", "Signe", "Thomas"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Knudsen", "Holm", "Lund", "Dahl", "Østergaard", "Bach"]
PROVIDERS = ["Job & Trivsel ApS", "Mentorhuset Midt", "Fremad Mentor ApS", "kommunens mentorkorps",
             "Broen Mentor og Coaching", "Ungeenheden", "Vejen Videre ApS"]
STREETS = ["Søndergade", "Vestergade", "Rosenvænget", "Skovvej", "Kirkebakken", "Engvej", "Møllevej"]

GOALS_CLEAR = [
    "Målet er, at du starter på FVU-dansk på VUC {place} i {month} og møder op mindst fire dage om ugen.",
    "Du skal i virksomhedspraktik som lagermedarbejder hos {firm} og kunne møde stabilt 15 timer om ugen inden perioden slutter.",
    "Målet er, at du gennemfører grundforløb 1 på SOSU-skolen og består overgangskravene.",
    "At du fastholder dit job som køkkenmedhjælper hos {firm} på 20 timer om ugen.",
    "Du skal have afklaret et uddannelsesmål og være optaget på FGU {place} til næste optag.",
    "Målet er, at du kommer i løntilskud som pedelmedhjælper og kan møde til tiden hver dag.",
    "At du gennemfører AMU-kurset i truckcertifikat og derefter søger mindst to lagerjob om ugen.",
    "Målet er en fastholdelse af uddannelsen på EUD-tømrer: du møder til undervisningen mindst 90 % af tiden.",
]
GOALS_UNCLEAR = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "At borgeren kommer videre og får et bedre selvværd.",
    "Hjælp til at arbejde med sig selv.",
    "Sikre at borgeren får det bedre og kommer tættere på arbejdsmarkedet.",
]
TASKS = [
    ["hjælpe dig med at komme op om morgenen og møde til tiden",
     "tage med dig til de første samtaler på skolen",
     "hjælpe med at skabe overblik over post fra det offentlige og din økonomi"],
    ["følge dig ud på praktikpladsen de første dage",
     "holde kontakt til din kontaktperson i virksomheden",
     "støtte dig i at bruge offentlig transport alene"],
    ["hjælpe dig med at lave en ugeplan",
     "øve samtaler med læreren og studievejlederen",
     "ringe dig op, hvis du ikke møder op"],
    ["ledsage dig til møder med kommunen og lægen",
     "hjælpe med at søge job på Jobnet",
     "snakke med dig om, hvordan det går med søvn og struktur"],
]
FOLLOW = [
    "Vi holder opfølgningssamtale hver måned, og senest 14 dage før perioden slutter evaluerer vi sammen, hvor langt du er nået med målet.",
    "Din sagsbehandler følger op på forløbet efter 3 måneder og igen fire uger før bevillingsudløb.",
    "Mentor sender en kort statusrapport hver 6. uge. Vi holder et statusmøde med dig og mentor inden perioden udløber.",
    "Der holdes midtvejsevaluering efter ca. 3 måneder, hvor vi ser på progressionen i forhold til delmålene.",
]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal sendes til {muni} inden 4 uger fra den dag, du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. Vi vil så genvurdere afgørelsen. Hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget. Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedsloven kapitel 10.",
    "Du kan klage over afgørelsen inden fire uger efter, at du har fået den. Send klagen til os i {muni} – ring på {phone} eller skriv via Digital Post. Vi ser på sagen igen. Får du ikke medhold, sender vi din klage og sagens papirer videre til Ankestyrelsen.",
    "Klage over afgørelsen indgives til {muni}, {dept}, senest 4 uger efter modtagelsen af afgørelsen, jf. retssikkerhedslovens § 67. Kommunen genvurderer afgørelsen inden 4 uger. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen, jf. § 66 og LAB § 204.",
    "Er du uenig, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
]
APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
    "Hvis du er uenig i afgørelsen, kan du klage til {muni}.",
    "Du har 4 uger til at klage over afgørelsen.",
]
APPEAL_WRONG_ROUTE = [
    "Hvis du er uenig, kan du klage direkte til Ankestyrelsen inden 4 uger fra modtagelsen af dette brev. Klagen sendes til Ankestyrelsen, 7998 Statsservice, eller via ast.dk.",
    "Du kan klage til Ankestyrelsen. Klagen skal være Ankestyrelsen i hænde senest fire uger efter, at du har modtaget afgørelsen.",
]


def dk_date(d: date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def period_end(start: date, months: int) -> date:
    return add_months(start, months) - timedelta(days=1)


# --------------------------------------------------------------------------------------------
# Document model: a list of blocks, rendered to docx / html / txt / eml / pdf.
# ("title", text) ("h", text) ("p", text) ("ul", [items]) ("ol", [items]) ("table", [[cells]])
# ("meta", [lines]) small sender/recipient block ("sig", [lines])


@dataclass
class Doc:
    path: str
    kind: str
    subtype: str
    layout: str
    blocks: list
    rules: set = field(default_factory=set)
    extras: set = field(default_factory=set)
    cpr: str | None = None
    traits: list = field(default_factory=list)
    period: dict | None = None
    fmt: str = "docx"
    subject: str = ""
    email_from: str = ""
    email_to: str = ""


class Writer:
    def __init__(self, rng: random.Random):
        self.r = rng

    def person(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def phone(self):
        return f"{self.r.randint(20, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}"

    def cpr(self):
        d = date(1970, 1, 1) + timedelta(days=self.r.randint(0, 365 * 35))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.r.randint(1000, 9999)}"

    def email(self, name, dom):
        a, b = name.lower().split()[0], name.lower().split()[-1]
        tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
        return f"{a[:4]}{b[:3]}@{dom}".translate(tr) if self.r.random() < .5 else f"{a}.{b}@{dom}".translate(tr)


def header_blocks(w: Writer, muni, citizen, letter_date, cpr, formal):
    name, street, city, phone, dom, dept = muni
    lines = [f"{name}", f"{dept}", f"{street}, {city}", f"Tlf. {phone} · {dom}"]
    rec = [citizen, f"{w.r.choice(STREETS)} {w.r.randint(1, 80)}", f"{city}"]
    meta = [f"Dato: {dk_date(letter_date, w.r.choice([0, 1]))}",
            f"Sagsnr.: {w.r.randint(2026, 2026)}-{w.r.randint(10000, 99999)}"]
    if cpr:
        meta.append(f"CPR-nr.: {cpr}")
    return [("meta", lines), ("meta", rec), ("meta", meta)]


def caseworker_sig(w: Writer, muni, cw):
    name, street, city, phone, dom, dept = muni
    return ("sig", ["Med venlig hilsen", "", cw, "Sagsbehandler" if w.r.random() < .6 else "Jobkonsulent",
                    f"{name}, {dept}", f"Direkte tlf. {w.phone()}", f"Mail: {w.email(cw, dom)}"])


def appeal_blocks(w: Writer, muni, mode, plain):
    name, street, city, phone, dom, dept = muni
    head = w.r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"]) if plain \
        else w.r.choice(["Klagevejledning", "Klagevejledning", "Klageadgang"])
    if mode == "none":
        return []
    pool = {"full": APPEAL_FULL, "incomplete": APPEAL_INCOMPLETE, "wrong": APPEAL_WRONG_ROUTE}[mode]
    text = w.r.choice(pool).format(muni=name, phone=phone, dept=dept)
    return [("h", head), ("p", text)]


def agreement_blocks(w: Writer, citizen, mentor, mphone, memail, provider, start, end, hours,
                     defects, layout, place, firm, hours_text=None):
    """The agreement's six fields, with the chosen defects. Returns blocks."""
    first = mentor.split()[0]
    goal = (w.r.choice(GOALS_UNCLEAR) if "unclear-goal" in defects
            else w.r.choice(GOALS_CLEAR).format(place=place, month=w.r.choice(MONTHS[6:9]), firm=firm))
    tasks = w.r.choice(TASKS)
    follow = w.r.choice(FOLLOW)
    per = f"{dk_date(start)} – {dk_date(end)}" if w.r.random() < .6 else f"{dk_date(start, 1)} - {dk_date(end, 1)}"
    if "missing-duration" in defects:
        per = "indtil videre"
    hrs = hours_text or w.r.choice([f"{hours} timer pr. uge", f"{hours} timer om ugen", f"{hours} t/uge",
                                    f"{hours} timer ugentligt", "1½ time om ugen", "halvanden time om ugen",
                                    "to timer om ugen", f"{hours * 4} timer om måneden"])
    if "missing-hours" in defects:
        hrs = w.r.choice(["efter behov", "løbende efter aftale", "et par timer om ugen"])
    mentor_contact = f"{mentor}, {provider}, tlf. {mphone}, mail {memail}"
    if "missing-mentor" in defects:
        mentor_contact = f"{mentor}, {provider}"
    out = []
    if layout == "table":
        rows = [["Punkt", "Aftale"]]
        if "missing-goal" not in defects:
            rows.append(["Mål med mentorstøtten", goal])
        rows.append(["Mentor (navn og kontaktdata)", mentor_contact])
        if "missing-tasks" not in defects:
            rows.append(["Mentorens opgaver", "; ".join(t[0].upper() + t[1:] for t in tasks)])
        rows.append(["Varighed", per])
        rows.append(["Timetal", hrs[0].upper() + hrs[1:]])
        if "missing-follow-up" not in defects:
            rows.append(["Opfølgning", follow])
        out.append(("table", rows))
    elif layout == "plain":
        if "missing-goal" not in defects:
            out += [("h", "Det vil vi gerne nå"), ("p", goal)]
        if "missing-mentor" in defects:
            out += [("h", "Din mentor"), ("p", f"Din mentor er {mentor} fra {provider}.")]
        else:
            out += [("h", "Din mentor"),
                    ("p", f"Din mentor er {mentor} fra {provider}. Du kan ringe til {first} på {mphone} eller skrive til {memail}.")]
        if "missing-tasks" not in defects:
            out += [("p", f"{first} skal hjælpe dig med:"), ("ul", tasks)]
        out += [("h", "Hvor længe og hvor meget"),
                ("p", (f"Aftalen gælder fra {dk_date(start)} til {dk_date(end)}." if per != "indtil videre"
                       else "Aftalen gælder indtil videre.") + f" Du og {first} ses {hrs}.")]
        if "missing-follow-up" not in defects:
            out += [("h", "Sådan følger vi op"), ("p", follow)]
    else:  # numbered points like Gribskov's list
        items = []
        if "missing-goal" not in defects:
            items.append(f"Målet med mentorstøtten: {goal}")
        items.append(f"Mentorens navn og kontaktdata: {mentor_contact}")
        if "missing-tasks" not in defects:
            items.append("Opgaver, mentor skal bistå ved: " + ", ".join(tasks) + ".")
        items.append(f"Varighed: {per}")
        if "missing-follow-up" not in defects:
            items.append(f"Opfølgning og progression: {follow}")
        items.append(f"Timetal: {hrs}")
        out.append(("ol", items))
    return out


# --------------------------------------------------------------------------------------------
# Document builders

class Corpus:
    def __init__(self, seed=SEED):
        self.r = random.Random(seed)
        self.w = Writer(self.r)
        self.docs: list[Doc] = []
        self.n = 0

    def _name(self, stem, ext):
        self.n += 1
        folder = self.r.choice(["afgoerelser", "sager", "arkiv-2026", "eboks-udskrifter", "indbakke"])
        return f"{folder}/{self.n:03d}-{stem}.{ext}"

    def common(self):
        w = self.w
        muni = self.r.choice(MUNIS)
        citizen = w.person()
        cw = w.person()
        mentor = w.person()
        provider = self.r.choice(PROVIDERS)
        mphone = w.phone()
        memail = w.email(mentor, "mentor.dk" if "ApS" in provider else muni[4])
        start = date(2026, self.r.choice([2, 3, 4, 5, 6, 8, 9]), self.r.choice([1, 1, 1, 15]))
        letter = start - timedelta(days=self.r.randint(5, 20))
        cpr = w.cpr() if self.r.random() < .27 else None
        place = self.r.choice(["Viborg", "Herning", "Randers", "Holbæk", "Kolding"])
        firm = self.r.choice(["Netto", "Danish Crown", "Bygma", "Plejecenter Solgården", "JYSK"])
        return dict(muni=muni, citizen=citizen, cw=cw, mentor=mentor, provider=provider,
                    mphone=mphone, memail=memail, start=start, letter=letter, cpr=cpr,
                    place=place, firm=firm)

    # ---------------------------------------------------------------- decisions
    def decision(self, dtype, fmt, *, appeal="full", reasons=True, over=False, agreement=None,
                 ag_defects=(), plain=None, eboks=False, udskriv=False):
        c = self.common()
        w, r = self.w, self.r
        plain = r.random() < .5 if plain is None else plain
        muni, citizen = c["muni"], c["citizen"]
        start = c["start"]
        months = 6
        if dtype == "partial":
            months = r.choice([3, 4, 6])
        if dtype == "extension":
            months = r.choice([3, 6])
        if over:
            months = r.choice([8, 9, 12])
        if udskriv:
            months = 8
        end = period_end(start, months)
        hours = r.choice([2, 3, 4, 5, 6, 8])
        rules, extras, traits = set(), set(), [f"decision:{dtype}", "plain" if plain else "formal"]
        blocks = []
        if eboks:
            blocks.append(("meta", [f"Digital Post – {muni[0]}", f"Modtaget: {dk_date(c['letter'], 1)} kl. {r.randint(8, 15):02d}:{r.randint(0, 59):02d}",
                                    f"Til: {citizen}", "Udskrevet fra mit.dk"]))
            traits.append("eboks-print")
        blocks += header_blocks(w, muni, citizen, c["letter"], c["cpr"], not plain)
        first = c["mentor"].split()[0]
        T = {
            "grant": ["Afgørelse om mentorstøtte", "Du får mentorstøtte", "Bevilling af mentorstøtte efter LAB § 167"],
            "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Du får mentorstøtte, men ikke alt det, du søgte om",
                        "Delvis bevilling af mentorstøtte"],
            "refusal": ["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentorstøtte", "Afgørelse om afslag på ansøgning om mentor"],
            "extension": ["Forlængelse af din mentorstøtte", "Afgørelse om forlængelse af mentorstøtte", "Du får mentorstøtte i en ny periode"],
            "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"],
            "reconsider-change": ["Genvurdering af din sag – vi ændrer vores afgørelse", "Ny afgørelse efter din klage over afslag på mentorstøtte"],
        }
        title = r.choice(T[dtype])
        if udskriv:
            title = "Afgørelse om udskrivningskoordinator (mentorstøtte)"
        blocks.append(("title", title))
        per_txt = f"fra {dk_date(start)} til {dk_date(end)}" if r.random() < .7 else f"i perioden {dk_date(start, 1)}-{dk_date(end, 1)}"
        mentor_sent = (f"Din mentor bliver {c['mentor']} fra {c['provider']}. {first} ringer til dig inden opstart.")
        law = r.choice(["lov om en aktiv beskæftigelsesindsats § 167, stk. 1", "LAB § 167, stk. 1", "§ 167 i lov om en aktiv beskæftigelsesindsats"])
        reason_txt = ""
        period = {"start": start.isoformat(), "end": end.isoformat()}
        if dtype == "grant":
            if udskriv:
                dis = start + timedelta(days=61)
                blocks.append(("p", f"Du er indlagt på psykiatrisk afdeling og forventes udskrevet omkring {dk_date(dis)}. Du har ret til en udskrivningskoordinator, jf. LAB § 167, stk. 2. Du får bevilget mentorstøtte {per_txt}, det vil sige fra ca. 2 måneder før udskrivelsen og 6 måneder efter. Støtten er på {hours} timer om ugen."))
                traits.append("udskrivningskoordinator-8-months")
            elif plain:
                blocks.append(("p", f"Du har søgt om at få en mentor. Det får du. Du får mentorstøtte {per_txt}, {hours} timer om ugen."))
            else:
                blocks.append(("p", f"{muni[0]} har behandlet din ansøgning om mentorstøtte. Du bevilges hermed mentorstøtte efter {law} {per_txt} med {hours} timer ugentligt."))
            blocks.append(("p", mentor_sent))
            if r.random() < .5:
                reason_txt = f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre dit forløb, jf. {law}."
        elif dtype == "partial":
            asked_m = r.choice([9, 12])
            asked_h = hours + r.choice([2, 4, 6])
            if plain:
                blocks.append(("p", f"Du har søgt om en mentor {asked_h} timer om ugen i {asked_m} måneder. Du får en mentor {hours} timer om ugen {per_txt}."))
            else:
                blocks.append(("p", f"Du har den {dk_date(c['letter'] - timedelta(days=20))} ansøgt om mentorstøtte i {asked_m} måneder med {asked_h} timer ugentligt. Du bevilges delvist mentorstøtte {per_txt} med {hours} timer ugentligt. Den resterende del af ansøgningen gives der afslag på."))
            blocks.append(("p", mentor_sent))
            traits.append(f"applied:{asked_h}h/{asked_m}m granted:{hours}h/{months}m")
            reason_txt = (f"Mentorstøtte kan efter {law} gives i en periode på højst 6 måneder ad gangen. "
                          f"Vi har lagt vægt på din jobkonsulents vurdering af, at {hours} timer om ugen er nok til at dække dit behov, fordi du allerede har støtte fra {c['place']} Bostøtte i hverdagen.")
        elif dtype == "refusal":
            period = None
            if plain:
                blocks.append(("p", "Du har søgt om at få en mentor. Vi har sagt nej til din ansøgning."))
            else:
                blocks.append(("p", f"Du har den {dk_date(c['letter'] - timedelta(days=25))} søgt om mentorstøtte. {muni[0]} har truffet afgørelse om afslag på ansøgningen."))
            reason_txt = r.choice([
                f"Vi har lagt vægt på, at du allerede får støtte af en kontaktperson fra SPS på din uddannelse, og at den støtte dækker dit behov. Mentorstøtte kan kun gives, når støtten går ud over det, skolen normalt giver, jf. {law}.",
                f"Begrundelsen er, at du er i ordinært job på fuld tid og ikke har oplyst om særlige problemer på arbejdspladsen. Efter {law} kan mentorstøtte gives, når det er nødvendigt for at du kan fastholde beskæftigelse. Det har vi ikke vurderet, at det er.",
            ])
        elif dtype == "extension":
            prev_s = add_months(start, -6)
            blocks.append(("p", f"Din nuværende mentorstøtte løb fra {dk_date(prev_s)} til {dk_date(start - timedelta(days=1))}. "
                                f"Vi har vurderet, at du har brug for støtte i en ny periode, og du får derfor forlænget mentorstøtten {per_txt} med {hours} timer om ugen."))
            blocks.append(("p", f"Du fortsætter med {c['mentor']} som mentor."))
            if r.random() < .6:
                reason_txt = f"Vi har lagt vægt på oplysningerne fra {c['provider']} om, at du er kommet tættere på at kunne starte i praktik. Ny periode gives efter en konkret vurdering, jf. {law}, 2. pkt."
        elif dtype == "end":
            stop = start
            period = None
            blocks.append(("p", f"Din mentorstøtte hos {c['provider']} stopper den {dk_date(stop)}." if plain else
                          f"{muni[0]} har besluttet, at din mentorstøtte ophører med virkning fra den {dk_date(stop)}."))
            reason_txt = r.choice([
                "Vi har lagt vægt på, at du nu er startet på uddannelsen og møder stabilt, så du ikke længere har behov for mentor.",
                f"Begrundelsen er, at du ikke er mødt op til de aftalte møder med din mentor siden {dk_date(stop - timedelta(days=40))}, selvom vi har kontaktet dig flere gange. Støtten skal være nødvendig og blive brugt, jf. {law}.",
            ])
        elif dtype == "reconsider-change":
            blocks.append(("p", f"Du klagede den {dk_date(c['letter'] - timedelta(days=10))} over vores afslag på mentorstøtte. Vi har genvurderet sagen og giver dig nu medhold. Du får mentorstøtte {per_txt}, {hours} timer om ugen. {mentor_sent}"))
        if agreement:
            # the agreement carries mentor, hours and tasks: the letter states only grant and period
            blocks = [b for b in blocks if b[0] != "p"]
            where = "af aftalen nedenfor" if r.random() < .5 else "af den vedlagte aftale"
            if dtype == "extension":
                blocks.append(("p", f"Vi har vurderet, at du har brug for mentorstøtte i en ny periode. Du får forlænget mentorstøtten {per_txt}, jf. {law}, 2. pkt. Indholdet fremgår {where}."))
            elif dtype == "partial":
                blocks.append(("p", f"Du har søgt om mentorstøtte i {r.choice([9, 12])} måneder. Du bevilges mentorstøtte {per_txt}, jf. {law}. Den øvrige del af ansøgningen får du afslag på. Indholdet af støtten fremgår {where}."))
            else:
                blocks.append(("p", f"{muni[0]} bevilger dig mentorstøtte efter {law} {per_txt}. Hvad støtten går ud på, fremgår {where}."))
        if reasons and reason_txt:
            blocks += [("h", "Begrundelse" if not plain else r.choice(["Det har vi lagt vægt på", "Begrundelse"])), ("p", reason_txt)]
        if not reasons or (not reason_txt and dtype in ("partial", "refusal", "end")):
            if dtype in ("partial", "refusal", "end"):
                extras.add("missing-reasons")
                traits.append("no-reasons")
        if agreement:
            lay = agreement
            agb = agreement_blocks(w, citizen, c["mentor"], c["mphone"], c["memail"], c["provider"], start,
                                   end, hours, set(ag_defects), lay, c["place"], c["firm"])
            if r.random() < .5:
                head = [("h", "Bilag 1: Aftale om mentorstøtte")]
                traits.append("agreement-as-bilag1")
                tail = True
            else:
                head = [("h", r.choice(["Aftale om mentorstøtte", "Din aftale med mentor", "Mentoraftale"]))]
                traits.append("agreement-in-body")
                tail = False
            for dft in ag_defects:
                rules.add(dft)
            if over:
                pass
        else:
            agb, head, tail = [], [], False
        if not tail:
            blocks += head + agb
        app = appeal_blocks(w, muni, appeal, plain)
        blocks += app
        if appeal in ("none", "incomplete"):
            rules.add("missing-appeal-guidance")
        if appeal == "wrong":
            extras.add("appeal-wrong-route")
        blocks.append(caseworker_sig(w, muni, c["cw"]))
        if tail:
            blocks += [("pagebreak", "")] + head + [("p", f"Aftale mellem {citizen} og {c['mentor']}, {c['provider']}")] + agb
        if over and not udskriv:
            rules.add("duration-over-6-months")
            traits.append(f"period-{months}-months")
        if dtype not in ("refusal", "end") and period is None:
            pass
        if agreement and "missing-duration" in ag_defects:
            # the letter's own sentence still states the period
            rules.discard("missing-duration")
        if agreement:
            kind_rules = rules
        else:
            kind_rules = rules
        ext = fmt if fmt not in ("pdf-lo", "pdf-scan") else "pdf"
        d = Doc(path=self._name(f"{dtype}-{citizen.split()[0].lower()}", ext), kind="decision",
                subtype=f"decision-{dtype}" + ("-with-agreement" if agreement else ""),
                layout=("agreement-" + agreement) if agreement else ("plain-letter" if plain else "formal-letter"),
                blocks=blocks, rules=kind_rules, extras=extras, cpr=c["cpr"], traits=traits,
                period=period if dtype not in ("refusal", "end") else None, fmt=fmt,
                subject=title, email_from=f"noreply@{muni[4]}", email_to="borger@example.dk")
        self.docs.append(d)
        return d

    # ---------------------------------------------------------------- agreements
    def agreement(self, fmt, layout, defects=(), appeal="full", cover=False, over=False):
        c = self.common()
        w, r = self.w, self.r
        muni, citizen = c["muni"], c["citizen"]
        start = c["start"]
        months = r.choice([8, 9]) if over else r.choice([3, 4, 6])
        end = period_end(start, months)
        hours = r.choice([2, 3, 4, 5])
        rules, traits = set(defects), [f"agreement:{layout}"]
        if over:
            rules.add("duration-over-6-months")
            traits.append(f"period-{months}-months")
        blocks = []
        if cover:
            blocks += [("meta", [f"{muni[0]}", muni[5], f"Dato: {dk_date(c['letter'])}"])]
            blocks += [("p", f"Kære {citizen.split()[0]}"),
                       ("p", f"Tak for mødet i sidste uge. Som aftalt sender jeg hermed jeres mentoraftale, som du og {c['mentor'].split()[0]} skal skrive under på. Aftalen ligger som bilag 1."),
                       ("sig", ["Venlig hilsen", c["cw"], f"{muni[0]}, {muni[5]}", f"Tlf. {w.phone()}"]),
                       ("pagebreak", ""), ("title", "Bilag 1: Mentoraftale")]
            traits.append("cover-letter-with-bilag1")
        else:
            blocks.append(("title", r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb efter LAB § 167"])))
            blocks.append(("meta", [f"Borger: {citizen}"] + ([f"CPR-nr.: {c['cpr']}"] if c["cpr"] else []) +
                           [f"Kommune: {muni[0]}, {muni[5]}", f"Sagsbehandler: {c['cw']}, tlf. {w.phone()}"]))
        blocks += agreement_blocks(w, citizen, c["mentor"], c["mphone"], c["memail"], c["provider"], start, end,
                                   hours, set(defects), layout, c["place"], c["firm"])
        blocks += appeal_blocks(w, muni, appeal, layout == "plain")
        if appeal in ("none", "incomplete"):
            rules.add("missing-appeal-guidance")
        extras = {"appeal-wrong-route"} if appeal == "wrong" else set()
        blocks.append(("p", "Underskrifter:"))
        blocks.append(("table", [["Borger", "Mentor", "Kommunen"], [f"{citizen}", f"{c['mentor']}", f"{c['cw']}"],
                                 ["Dato: ________", "Dato: ________", "Dato: ________"]]))
        ext = fmt if fmt not in ("pdf-lo", "pdf-scan") else "pdf"
        per = None if "missing-duration" in defects else {"start": start.isoformat(), "end": end.isoformat()}
        d = Doc(path=self._name(("bilag1-mentoraftale-" if cover else "mentoraftale-") + citizen.split()[0].lower(), ext),
                kind="agreement", subtype="agreement-cover-bilag" if cover else "agreement", layout=layout,
                blocks=blocks, rules=rules, extras=extras, cpr=c["cpr"] if not cover else None, traits=traits,
                period=per, fmt=fmt, subject=f"Din mentoraftale", email_from=w.email(c["cw"], muni[4]),
                email_to="borger@example.dk")
        self.docs.append(d)
        return d

    # ---------------------------------------------------------------- look-alikes (unknown)
    def lookalike(self, sub, fmt):
        c = self.common()
        w, r = self.w, self.r
        muni, citizen = c["muni"], c["citizen"]
        start = c["start"]
        end = period_end(start, 6)
        blocks = []
        if sub == "partshoering":
            blocks += header_blocks(w, muni, citizen, c["letter"], c["cpr"], True)
            blocks += [("title", r.choice(["Partshøring – vi overvejer at stoppe din mentorstøtte", "Partshøring før afgørelse om mentorstøtte", "Inden vi træffer afgørelse: dine bemærkninger"])),
                       ("p", f"Du får i dag mentorstøtte hos {c['provider']} med {c['mentor']} som mentor, {r.choice([3, 4, 5])} timer om ugen, i perioden {dk_date(start)} til {dk_date(end)}."),
                       ("p", f"Vi har fået oplyst, at du ikke er mødt op til de sidste fire aftaler med din mentor. Vi overvejer derfor at træffe afgørelse om, at mentorstøtten ophører, jf. LAB § 167."),
                       ("p", "Før vi træffer en afgørelse, har du ret til at komme med dine bemærkninger, jf. forvaltningslovens § 19. Du kan ringe eller skrive til os inden 14 dage fra i dag. Hører vi ikke fra dig, træffer vi afgørelse på det grundlag, vi har."),
                       ("p", "Det er endnu ikke en afgørelse, og du kan derfor ikke klage over dette brev."),
                       caseworker_sig(w, muni, c["cw"])]
            title = "Partshøring"
        elif sub == "kvittering":
            blocks += header_blocks(w, muni, citizen, c["letter"], c["cpr"], True)
            blocks += [("title", r.choice(["Kvittering for modtagelse af din ansøgning om mentorstøtte", "Vi har modtaget din ansøgning"])),
                       ("p", f"Vi har den {dk_date(c['letter'] - timedelta(days=2))} modtaget din ansøgning om mentorstøtte efter LAB § 167."),
                       ("p", f"Vi forventer at kunne træffe afgørelse inden 4 uger. Du hører fra os senest {dk_date(c['letter'] + timedelta(days=28))}. Hvis vi mangler oplysninger, kontakter vi dig."),
                       ("p", "Du skal ikke foretage dig noget nu."),
                       caseworker_sig(w, muni, c["cw"])]
            title = "Kvittering"
        elif sub == "bestilling":
            hrs = r.choice([3, 4, 5])
            blocks += [("meta", [f"Til: {c['provider']}", f"Fra: {muni[0]}, {muni[5]}", f"Dato: {dk_date(c['letter'], 1)}"]),
                       ("title", r.choice(["Bestilling af mentorforløb", "Rekvisition – mentorstøtte", "Bestilling af mentorydelse"])),
                       ("table", [["Borger", citizen + (f" (CPR {c['cpr']})" if c["cpr"] else "")],
                                  ["Ydelse", "Mentorstøtte efter LAB § 167"],
                                  ["Periode", f"{dk_date(start, 1)} – {dk_date(end, 1)}"],
                                  ["Timer", f"{hrs} timer pr. uge, i alt {hrs * 26} timer"],
                                  ["Fokus", "Fastholdelse i praktik, struktur på hverdagen, transport"],
                                  ["Pris", f"{r.choice([495, 525, 560])} kr. pr. time ekskl. moms"]]),
                       ("p", "Leverandøren bekræfter opstart pr. mail og sender statusrapport hver 6. uge og slutrapport senest 14 dage efter forløbets afslutning. Faktura sendes elektronisk med EAN-nummer og ordrenummer."),
                       caseworker_sig(w, muni, c["cw"])]
            title = "Bestilling af mentorforløb"
        elif sub == "genvurdering-fastholdt":
            blocks += header_blocks(w, muni, citizen, c["letter"], c["cpr"], True)
            blocks += [("title", r.choice(["Genvurdering af din klage – afgørelsen fastholdes", "Vi har genvurderet din sag", "Din klage er sendt til Ankestyrelsen"])),
                       ("p", f"Du har klaget over vores afgørelse af {dk_date(c['letter'] - timedelta(days=30))} om afslag på mentorstøtte."),
                       ("p", "Vi har genvurderet afgørelsen, jf. retssikkerhedslovens § 66. Din klage giver ikke anledning til at ændre afgørelsen, og vi fastholder den derfor."),
                       ("p", "Vi har i dag sendt din klage og sagens akter videre til Ankestyrelsen, som tager stilling til sagen. Du hører fra Ankestyrelsen, når de har modtaget sagen. Har du nye oplysninger, kan du sende dem direkte til Ankestyrelsen."),
                       caseworker_sig(w, muni, c["cw"])]
            title = "Genvurdering"
        elif sub == "ankestyrelsen":
            blocks += [("meta", ["Ankestyrelsen", "Teglholmsgade 3, 2450 København SV", "Tlf. 33 41 12 00 · ast.dk"]),
                       ("meta", [citizen, f"J.nr. 26-{r.randint(10000, 99999)}", f"{dk_date(c['letter'])}"] + ([f"CPR-nr. {c['cpr']}"] if c["cpr"] else [])),
                       ("title", r.choice(["Afgørelse i din klagesag om mentorstøtte", "Ankestyrelsens afgørelse – mentorstøtte", "Ankestyrelsen har behandlet din klage"])),
                       ("h", "Resultat"),
                       ("p", r.choice([f"Ankestyrelsen stadfæster {muni[0]}s afgørelse om afslag på mentorstøtte. Det betyder, at vi er enige i afgørelsen.",
                                       f"Ankestyrelsen ændrer {muni[0]}s afgørelse. Kommunen skal behandle din ansøgning om mentorstøtte igen.",
                                       f"Ankestyrelsen hjemviser sagen til {muni[0]}. Kommunen skal træffe en ny afgørelse."])),
                       ("h", "Begrundelse"),
                       ("p", "Vi har lagt vægt på, at mentorstøtte efter LAB § 167 kan gives, når det er nødvendigt for, at personen kan opnå eller fastholde beskæftigelse eller gennemføre en uddannelse. Kommunen har undersøgt dit behov tilstrækkeligt."),
                       ("h", "Du kan ikke klage"),
                       ("p", "Du kan ikke klage over Ankestyrelsens afgørelse til anden administrativ myndighed. Du kan indbringe afgørelsen for domstolene inden 6 måneder, jf. retssikkerhedslovens § 72."),
                       ("sig", ["Med venlig hilsen", w.person(), "Ankestyrelsen, Beskæftigelse"])]
            title = "Ankestyrelsens afgørelse"
        elif sub == "klagekvittering":
            blocks += header_blocks(w, muni, citizen, c["letter"], None, True)
            blocks += [("title", "Vi har modtaget din klage"),
                       ("p", "Tak for din klage over afgørelsen om mentorstøtte. Vi genvurderer afgørelsen inden fire uger. Hvis vi fastholder den, sender vi klagen videre til Ankestyrelsen og giver dig besked."),
                       caseworker_sig(w, muni, c["cw"])]
            title = "Kvittering for klage"
        elif sub == "eboks-notifikation":
            blocks += [("title", f"Du har fået ny post fra {muni[0]}"),
                       ("p", f"Afsender: {muni[0]}, {muni[5]}"),
                       ("p", "Emne: Afgørelse om mentorstøtte"),
                       ("p", "Log på mit.dk eller Digital Post-appen for at læse brevet. Denne mail er sendt automatisk og kan ikke besvares.")]
            title = "Ny post i Digital Post"
        elif sub == "statusrapport":
            blocks += [("title", "Statusrapport – mentorforløb"),
                       ("meta", [f"Borger: {citizen}", f"Mentor: {c['mentor']}, {c['provider']}", f"Periode: {dk_date(start, 1)} – {dk_date(end, 1)}"]),
                       ("p", f"{citizen.split()[0]} er mødt til 9 af 11 aftaler. Vi har arbejdet med morgenrutiner og transport til praktikstedet. Fremmødet i praktikken er steget fra 2 til 4 dage om ugen."),
                       ("p", "Anbefaling: forløbet fortsætter uændret. Næste status sendes om 6 uger."),
                       ("sig", [c["mentor"], c["provider"], f"tlf. {c['mphone']}"])]
            title = "Statusrapport"
        ext = fmt if fmt not in ("pdf-lo", "pdf-scan") else "pdf"
        d = Doc(path=self._name(sub + "-" + citizen.split()[0].lower(), ext), kind="unknown", subtype=sub,
                layout="letter", blocks=blocks, cpr=c["cpr"] if sub not in ("klagekvittering", "eboks-notifikation") else None,
                traits=["looks-like-decision"], fmt=fmt, subject=title, email_from=f"noreply@{muni[4]}",
                email_to="borger@example.dk")
        self.docs.append(d)
        return d


# --------------------------------------------------------------------------------------------
# Renderers

def to_text(blocks, md=False) -> str:
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(("# " if md else "") + val + ("" if md else "\n" + "=" * len(val)))
        elif kind == "h":
            out.append(("## " if md else "") + val)
        elif kind == "p":
            out.append(val)
        elif kind in ("meta", "sig"):
            out.append("\n".join(val))
        elif kind == "ul":
            out.append("\n".join(f"- {x}" for x in val))
        elif kind == "ol":
            out.append("\n".join(f"{i}. {x}" for i, x in enumerate(val, 1)))
        elif kind == "table":
            out.append("\n".join(" | ".join(row) for row in val) if md else
                       "\n".join("  ".join(f"{cell}" for cell in row) if len(row) > 2 else f"{row[0]}: {row[1]}"
                                 for row in val if row != ["Punkt", "Aftale"]))
        elif kind == "pagebreak":
            out.append("-" * 40)
    return "\n\n".join(out) + "\n"


def wrap(text, width, rng):
    import textwrap
    return "\n".join(textwrap.fill(p, width) if len(p) > width and not p.startswith(("- ", "|")) and "\n" not in p else p
                     for p in text.split("\n"))


def to_html(blocks, title, style) -> str:
    body = []
    for kind, val in blocks:
        if kind == "title":
            body.append(f"<h1>{escape(val)}</h1>")
        elif kind == "h":
            body.append(f"<h2>{escape(val)}</h2>" if style == 0 else f'<div class="afsnit-overskrift"><strong>{escape(val)}</strong></div>')
        elif kind == "p":
            body.append(f"<p>{escape(val)}</p>" if style == 0 else f"<div class=\"tekst\">{escape(val)}</div>")
        elif kind in ("meta", "sig"):
            body.append('<div class="blok">' + "<br>".join(escape(x) for x in val) + "</div>")
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in val) + "</ul>")
        elif kind == "ol":
            body.append("<ol>" + "".join(f"<li>{escape(x)}</li>" for x in val) + "</ol>")
        elif kind == "table":
            if style == 1 and all(len(r) == 2 for r in val):
                body.append("<dl>" + "".join(f"<dt>{escape(a)}</dt><dd>{escape(b)}</dd>" for a, b in val) + "</dl>")
            else:
                body.append('<table border="1">' + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in val) + "</table>")
        elif kind == "pagebreak":
            body.append('<hr style="page-break-after:always">')
    script = "<script>var sag={status:'afsluttet',felter:['Mål','Mentor','Timer']};</script>"
    nav = '<nav><a href="#">Forside</a> | <a href="#">Mine sager</a> | <a href="#">Log ud</a></nav>'
    return (f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>{script}</head>"
            f"<body>{nav}<main><div class=\"dokument\"><div class=\"indhold\">" + "\n".join(body) + "</div></div></main></body></html>")


def to_docx(blocks, path: Path):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=1)
        elif kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind in ("meta", "sig"):
            p = doc.add_paragraph()
            for i, line in enumerate(val):
                run = p.add_run(line)
                if i < len(val) - 1:
                    run.add_break()
        elif kind == "ul":
            for x in val:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "ol":
            for x in val:
                doc.add_paragraph(x, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))


def to_eml(d: Doc, text: str, path: Path, rng: random.Random, attach_docx: Path | None = None):
    m = EmailMessage()
    m["From"] = d.email_from
    m["To"] = d.email_to
    m["Subject"] = d.subject
    m["Date"] = format_datetime(datetime(2026, rng.randint(2, 10), rng.randint(1, 28), rng.randint(8, 16), rng.randint(0, 59), tzinfo=timezone.utc))
    m["Message-ID"] = f"<{rng.getrandbits(64):x}@sbsys.local>"
    m.set_content(text)
    if attach_docx is not None:
        m.add_attachment(attach_docx.read_bytes(), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                         filename=attach_docx.name)
    path.write_bytes(bytes(m))


def scan_pdf(src_pdf: Path, dst_pdf: Path, rng: random.Random, tmp: Path):
    """Render a LibreOffice PDF to images, degrade them like a scan, OCR with Tesseract (dan)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    pdf = pdfium.PdfDocument(str(src_pdf))
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
        w, h = img.size
        img = img.resize((int(w * .55), int(h * .55))).resize((w, h))
        img = img.point(lambda v: 255 if v > 170 else (0 if v < 90 else v))
        p = tmp / f"{dst_pdf.stem}-{i}.png"
        img.save(p)
        pages.append(str(p))
    lst = tmp / f"{dst_pdf.stem}.txt"
    lst.write_text("\n".join(pages) + "\n")
    out = tmp / dst_pdf.stem
    subprocess.run(["tesseract", str(lst), str(out), "-l", "dan", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(out) + ".pdf", dst_pdf)


# --------------------------------------------------------------------------------------------
# Plan: which documents to make

def build(cor: Corpus):
    r = cor.r
    F = ["docx"] * 14 + ["pdf-lo"] * 14 + ["pdf-scan"] * 6 + ["txt"] * 9 + ["html"] * 8 + ["eml"] * 9
    r.shuffle(F)
    fi = iter(F * 3)
    # 60 decisions
    plan = []
    for _ in range(10):
        plan.append(("grant", {}))
    plan += [("grant", {"appeal": "incomplete"}), ("grant", {"appeal": "none"}), ("grant", {"appeal": "wrong"}),
             ("grant", {"over": True}), ("grant", {"over": True}), ("grant", {"udskriv": True}),
             ("grant", {"eboks": True}), ("grant", {"eboks": True, "appeal": "incomplete"})]
    for _ in range(6):
        plan.append(("partial", {}))
    plan += [("partial", {"reasons": False}), ("partial", {"appeal": "none"}), ("partial", {"reasons": False, "appeal": "incomplete"}),
             ("partial", {"eboks": True})]
    for _ in range(5):
        plan.append(("refusal", {}))
    plan += [("refusal", {"reasons": False}), ("refusal", {"appeal": "wrong"}), ("refusal", {"appeal": "incomplete"}),
             ("refusal", {"eboks": True})]
    for _ in range(4):
        plan.append(("extension", {}))
    plan += [("extension", {"over": True}), ("extension", {"appeal": "none"})]
    for _ in range(3):
        plan.append(("end", {}))
    plan += [("end", {"reasons": False}), ("end", {"appeal": "incomplete"}), ("end", {"eboks": True})]
    plan += [("reconsider-change", {}), ("reconsider-change", {"appeal": "incomplete"})]
    # decisions carrying the agreement (in the body or as Bilag 1)
    ag_dec = [("grant", {"agreement": "table"}), ("grant", {"agreement": "plain"}),
              ("grant", {"agreement": "numbered", "ag_defects": ("missing-hours",)}),
              ("grant", {"agreement": "table", "ag_defects": ("missing-tasks",)}),
              ("grant", {"agreement": "plain", "ag_defects": ("unclear-goal",)}),
              ("extension", {"agreement": "table", "ag_defects": ("missing-follow-up",)}),
              ("partial", {"agreement": "numbered"}),
              ("grant", {"agreement": "plain", "ag_defects": ("missing-mentor",)}, ),
              ("grant", {"agreement": "table", "over": True})]
    plan += ag_dec
    plan = plan[:60]
    for dtype, kw in plan:
        cor.decision(dtype, next(fi), **kw)
    # 20 agreements
    ag_plan = [("table", (), "full", False, False), ("plain", (), "full", False, False), ("numbered", (), "full", False, False),
               ("table", ("missing-follow-up",), "full", False, False), ("plain", ("missing-hours",), "full", False, False),
               ("numbered", ("missing-tasks",), "full", False, False), ("table", (), "none", False, False),
               ("plain", ("unclear-goal",), "full", False, False), ("table", ("missing-goal",), "full", False, False),
               ("numbered", (), "incomplete", False, False), ("plain", (), "wrong", False, False),
               ("table", (), "full", False, True), ("plain", ("missing-mentor",), "full", False, False),
               ("table", (), "full", True, False), ("plain", (), "full", True, False), ("numbered", ("missing-hours",), "full", True, False),
               ("table", ("missing-duration",), "full", True, False), ("plain", (), "none", True, False),
               ("numbered", (), "full", True, True), ("table", ("unclear-goal",), "full", False, False)]
    for lay, dft, app, cover, over in ag_plan:
        cor.agreement(next(fi), lay, dft, app, cover, over)
    # 20 look-alikes
    subs = ["partshoering"] * 4 + ["kvittering"] * 3 + ["bestilling"] * 3 + ["genvurdering-fastholdt"] * 3 + \
           ["ankestyrelsen"] * 3 + ["klagekvittering", "eboks-notifikation", "statusrapport", "partshoering"]
    for s in subs:
        f = next(fi)
        if s == "eboks-notifikation":
            f = "eml"
        cor.lookalike(s, f)


def write(cor: Corpus, out: Path):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="cn_"))
    pdf_jobs = []
    r = random.Random(SEED + 1)
    for d in cor.docs:
        dst = out / d.path
        dst.parent.mkdir(parents=True, exist_ok=True)
        if d.fmt == "docx":
            to_docx(d.blocks, dst)
        elif d.fmt == "txt":
            md = r.random() < .3
            text = to_text(d.blocks, md)
            if r.random() < .5:
                text = wrap(text, 72, r)
                d.traits.append("hard-wrapped")
            enc = "cp1252" if r.random() < .2 else "utf-8"
            dst.write_bytes(text.encode(enc, errors="replace"))
            d.traits.append(f"txt:{enc}" + (":md" if md else ""))
        elif d.fmt == "html":
            dst.write_text(to_html(d.blocks, d.subject, r.randint(0, 1)), encoding="utf-8")
        elif d.fmt == "eml":
            if d.kind == "agreement" and d.subtype == "agreement-cover-bilag":
                # the cover text in the body, the agreement attached as a Word file
                split = next(i for i, b in enumerate(d.blocks) if b[0] == "pagebreak")
                att = tmp / "Bilag 1 - Mentoraftale.docx"
                to_docx(d.blocks[split + 1:], att)
                to_eml(d, to_text(d.blocks[:split]), dst, r, att)
                d.traits.append("eml-attachment")
            else:
                to_eml(d, to_text(d.blocks), dst, r)
        else:
            src = tmp / (dst.stem + ".docx")
            to_docx(d.blocks, src)
            pdf_jobs.append((d, src, dst))
    if pdf_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cn_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp)] + [str(s) for _, s, _ in pdf_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for d, src, dst in pdf_jobs:
            pdf = tmp / (src.stem + ".pdf")
            if d.fmt == "pdf-scan":
                scan_pdf(pdf, dst, r, tmp)
                d.traits.append("scanned-tesseract")
            else:
                shutil.move(str(pdf), dst)
                d.traits.append("libreoffice-pdf")
    entries = []
    for d in cor.docs:
        e = {"path": d.path, "format": d.path.rsplit(".", 1)[1], "kind": d.kind, "subtype": d.subtype,
             "layout": d.layout, "rules": sorted(d.rules), "extras": sorted(d.extras), "error": None,
             "accept_errors": [], "must_not_contain": [], "traits": d.traits + [f"source:{d.fmt}"]}
        if d.cpr:
            e["must_not_contain"] = [d.cpr, d.cpr.replace("-", "")]
            e["traits"].append("cpr")
        if d.period:
            e["period"] = d.period
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    cor = Corpus()
    build(cor)
    entries = write(cor, a.out)
    from collections import Counter
    print(len(entries), Counter(e["kind"] for e in entries), Counter(e["format"] for e in entries))


if __name__ == "__main__":
    main()
