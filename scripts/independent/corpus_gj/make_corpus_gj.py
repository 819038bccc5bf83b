#!/usr/bin/env python
"""Corpus gj: decision letters about mentor support (LAB § 167) from five invented municipalities.

Angle: decision letters of all five types (grant, partial grant, refusal, extension, end) with
varied reasons and appeal guidance (right route, straight to Ankestyrelsen, missing, only a
leaflet, in a box, on the last page, in a footer), periods as dates, weeks or months,
extensions that together run over six months, and letters near decisions that are none of the
kinds (partshøring, receipts, reminders, requests for documents, meeting notices, upheld
reconsiderations, Ankestyrelsen's ruling, Digital Post notices).

Deterministic: python make_corpus_gj.py --out /work/corpora/gj [--seed 15]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

# --------------------------------------------------------------------------------------------
# dates and periods
# --------------------------------------------------------------------------------------------
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NUMWORDS = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte",
            9: "ni", 10: "ti", 11: "elleve", 12: "tolv"}


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def end_after(start: dt.date, months: int) -> dt.date:
    """Last day of a period of `months` calendar months starting on `start`."""
    return add_months(start, months) - dt.timedelta(days=1)


def latest_allowed(start: dt.date) -> dt.date:
    target = add_months(start, 6)
    if target.day < start.day:  # month too short: may run to that month's last day
        return target
    return target - dt.timedelta(days=1)


def over6(start: dt.date, end: dt.date) -> bool:
    return end > latest_allowed(start)


def fd(d: dt.date, style: str = "words") -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "d":
        return f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "wday":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {ABBR[d.month - 1]} {d.year}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "pad":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slashsp":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "short":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    raise ValueError(style)


def range_text(start: dt.date, end: dt.date, form: str) -> str:
    if form == "words":
        return f"fra {fd(start)} til {fd(end)}"
    if form == "words_dash":
        if start.year == end.year:
            return f"{start.day}. {MONTHS[start.month - 1]} – {fd(end)}"
        return f"{fd(start)} – {fd(end)}"
    if form == "pad":
        return f"{fd(start, 'pad')}-{fd(end, 'pad')}"
    if form == "pad_sp":
        return f"{fd(start, 'pad')} - {fd(end, 'pad')}"
    if form == "slash":
        return f"{fd(start, 'slash')} til {fd(end, 'slash')}"
    if form == "fomtom":
        return f"f.o.m. {fd(start, 'dot')} t.o.m. {fd(end, 'dot')}"
    if form == "iso":
        return f"{fd(start, 'iso')} – {fd(end, 'iso')}"
    if form == "abbr":
        return f"{fd(start, 'abbr')} til {fd(end, 'abbr')}"
    if form == "den":
        return f"fra {fd(start, 'den')} til og med {fd(end, 'den')}"
    raise ValueError(form)


def isoweek(d: dt.date) -> int:
    return d.isocalendar()[1]


# --------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------
FIRST = ["Jonas", "Sofie", "Mads", "Emma", "Ahmad", "Line", "Kasper", "Nadia", "Frederik", "Ida",
         "Mikkel", "Amalie", "Rasmus", "Fatima", "Oliver", "Camilla", "Tobias", "Louise", "Ali",
         "Signe", "Nikolaj", "Julie", "Emil", "Maja", "Patrick", "Mette", "Yusuf", "Sara", "Kim",
         "Hanne", "Bo", "Leila", "Viktor", "Cecilie", "Martin", "Zainab", "Anders", "Stine"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Karimi", "Holm", "Østergaard", "Frandsen", "Bach",
        "Lund", "Dahl", "Kjær", "Yilmaz", "Vestergaard", "Skov"]
STREETS = ["Bøgevej", "Skolegade", "Kirkestræde", "Møllevangen", "Lærkevej", "Havnegade", "Ringvej",
           "Engtoften", "Solsikkevej", "Stationsvej", "Kastanjealle", "Birkedal"]
PROVIDERS = ["Mentorhuset ApS", "Kompas Mentor", "Brobyg Mentor & Job", "Trin for Trin ApS",
             "Kommunens mentorkorps", "Fokus Mentorservice"]


class People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used = set()

    def name(self):
        while True:
            n = (self.rng.choice(FIRST), self.rng.choice(LAST))
            if n not in self.used:
                self.used.add(n)
                return n

    def phone(self):
        r = self.rng
        return f"{r.choice([2, 3, 4, 5, 6, 7, 8])}{r.randint(0, 9)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def cpr(self):
        r = self.rng
        y = r.randint(1965, 2006)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        return f"{d:02d}{m:02d}{y % 100:02d}-{r.randint(1000, 9999)}"

    def address(self, town):
        r = self.rng
        return f"{r.choice(STREETS)} {r.randint(1, 88)}{r.choice(['', '', ', 1. tv.', ', st. th.'])}", town


# --------------------------------------------------------------------------------------------
# municipalities: letterheads and house styles
# --------------------------------------------------------------------------------------------
MUNIS = {
    "E": dict(name="Egeskov Kommune", unit="Beskæftigelse og Uddannelse", town="6430 Egeskov",
              street="Rådhustorvet 1", web="egeskov.dk", mail="beskaeftigelse@egeskov.dk",
              phone="72 14 30 00", formats=["docx", "odt", "pdf_lo", "docx"]),
    "H": dict(name="Hvidåby Kommune", unit="Job og Ydelse", town="4780 Hvidåby",
              street="Torvegade 12", web="hvidaaby.dk", mail="jobogydelse@hvidaaby.dk",
              phone="55 36 10 00", formats=["pdf", "html", "pdf", "html"]),
    "L": dict(name="Lyngsted Kommune", unit="Jobcenter Lyngsted", town="8870 Lyngsted",
              street="Industrivej 4", web="lyngsted.dk", mail="jobcenter@lyngsted.dk",
              phone="87 55 20 00", formats=["txt", "html", "md", "txt"]),
    "N": dict(name="Norrebæk Kommune", unit="Jobcenter Norrebæk", town="9440 Norrebæk",
              street="Vestergade 30", web="norrebaek.dk", mail="jobcenter@norrebaek.dk",
              phone="96 21 44 00", formats=["eml", "eml_pdf", "txt", "pdf"]),
    "S": dict(name="Sønderlund Kommune", unit="Jobcentret", town="6270 Sønderlund",
              street="Slotsgade 2", web="sonderlund.dk", mail="jobcentret@sonderlund.dk",
              phone="74 92 80 00", formats=["rtf", "docx", "odt", "rtf"]),
}

# --------------------------------------------------------------------------------------------
# appeal guidance banks
# --------------------------------------------------------------------------------------------


def appeal_text(muni: str, content: str, c: dict, rng: random.Random):
    """Return (heading, [paragraphs]) or None. content decides the label."""
    m = MUNIS[muni]
    mname = m["name"]
    if content == "none":
        return None
    if content == "full" and rng.random() < 0.4:
        alts = [
            ("Klagevejledning", [
                f"Du kan klage over afgørelsen. Fristen for at klage er 4 uger fra den dag, du modtog "
                f"afgørelsen. Klagen sendes til {mname}, {m['unit']}, {m['street']}, {m['town']}, eller "
                f"på mail til {m['mail']}.",
                "Vi genvurderer afgørelsen, når vi har modtaget din klage. Hvis vi ikke giver dig helt "
                "eller delvist medhold, sender vi klagen videre til Ankestyrelsen, der træffer den endelige "
                "afgørelse (LAB § 204, retssikkerhedslovens §§ 66 og 67)."]),
            ("Kan du klage?", [
                "Ja. Du kan klage, hvis du er uenig i afgørelsen.",
                f"Hvornår? Inden 4 uger efter, at du har fået dette brev.",
                f"Hvor? Send eller fortæl din klage til {mname}. Du kan også ringe til din sagsbehandler.",
                "Hvad sker der så? Vi ser på afgørelsen igen. Giver vi dig ikke ret, sender vi klagen "
                "til Ankestyrelsen."]),
            ("Klageadgang", [
                f"Klage over afgørelsen kan indgives til {m['unit']} i {mname} inden 4 uger efter, at De har "
                "modtaget afgørelsen, jf. § 67 i lov om retssikkerhed og administration på det sociale "
                "område. Klagen kan indgives mundtligt eller skriftligt.",
                "Afgørelsen genvurderes. Fastholdes afgørelsen helt eller delvist, videresendes klagen "
                "sammen med sagens akter til Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204."]),
        ]
        return rng.choice(alts)
    if content == "full":
        bank = {
            "E": ("Klagevejledning", [
                f"Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal være modtaget af {mname} "
                "senest 4 uger efter, at du har modtaget dette brev. Du kan klage skriftligt eller "
                "mundtligt til din sagsbehandler.",
                "Kommunen vurderer sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage og "
                "sagens akter videre til Ankestyrelsen, som behandler klagen. Reglerne står i § 204 i lov "
                "om en aktiv beskæftigelsesindsats og §§ 66-67 i lov om retssikkerhed og administration "
                "på det sociale område."]),
            "H": ("Sådan klager du", [
                f"Er du uenig, kan du klage til os inden fire uger fra den dag, du har fået brevet. "
                f"Skriv til {mname}, {m['unit']}, på {m['mail']} eller ring på {m['phone']}.",
                "Vi ser på sagen igen. Giver vi dig ikke ret, sender vi din klage videre til "
                "Ankestyrelsen. Du behøver ikke at begrunde din klage."]),
            "L": ("KLAGEVEJLEDNING", [
                f"Afgørelsen kan påklages til {mname}, {m['unit']}, inden 4 uger efter modtagelsen, "
                "jf. LAB § 204 og retssikkerhedslovens § 67. Klagen kan være mundtlig eller skriftlig. "
                "Kommunen genvurderer afgørelsen. Fastholdes afgørelsen, videresendes klagen til "
                "Ankestyrelsen."]),
            "N": ("Hvis du vil klage", [
                f"Du kan klage over afgørelsen til {m['unit']}. Fristen er 4 uger fra du har modtaget "
                f"brevet. Du kan svare på dette brev i Digital Post, sende en mail til {m['mail']} "
                "eller ringe til din sagsbehandler.",
                "Når vi har modtaget din klage, genvurderer vi afgørelsen. Ændrer vi den ikke, sender "
                "vi klagen til Ankestyrelsen inden 4 uger."]),
            "S": ("Vejledning om klageadgang", [
                "Du kan klage over jobcentrets afgørelse. Klagen sendes til Jobcentret i "
                f"{mname}, {m['street']}, {m['town']}, og skal være modtaget senest fire uger efter, "
                "at du har modtaget denne afgørelse.",
                "Jobcentret genvurderer afgørelsen. Fastholder jobcentret afgørelsen, sendes klagen "
                "videre til Ankestyrelsen (Beskæftigelsesudvalget), jf. § 66 i lov om retssikkerhed og "
                "administration på det sociale område."]),
        }
        return bank[muni]
    if content == "full_short":  # fits a footer or a box
        return ("Klage", [
            f"Klage: Er du uenig i afgørelsen, kan du klage til {mname} inden 4 uger fra modtagelsen. "
            "Kommunen genvurderer sagen og sender klagen videre til Ankestyrelsen, hvis afgørelsen "
            "fastholdes."])
    if content == "wrong":
        v = rng.choice([0, 1, 2, 3])
        if v == 3:
            return ("Klagevejledning", [
                "Hvis du vil klage over afgørelsen, skal du sende din klage til Ankestyrelsen, "
                "Teglholmsgade 3, 2450 København SV. Klagen skal være Ankestyrelsen i hænde senest fire "
                "uger efter, at du har modtaget dette brev."])
        if v == 0:
            return ("Klagevejledning", [
                "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger efter, at du har "
                "modtaget dette brev. Klagen sendes til Ankestyrelsen, 7998 Statsservice, eller "
                "digitalt via borger.dk."])
        if v == 1:
            return ("Klageadgang", [
                "Klage over denne afgørelse indgives direkte til Ankestyrelsens Beskæftigelsesudvalg "
                "senest fire uger efter modtagelsen af afgørelsen, jf. LAB § 204."])
        return ("Hvis du er uenig", [
            "Er du uenig, kan du inden 4 uger skrive direkte til Ankestyrelsen på ast.dk. Husk at "
            "oplyse dit navn, din adresse og sagsnummeret øverst i brevet."])
    if content == "leaflet":
        v = rng.choice([0, 1, 2])
        if v == 0:
            return ("Klagevejledning", ["Se vedlagte pjece »Sådan klager du over en afgørelse«."])
        if v == 1:
            return ("Klagemuligheder", [
                f"Information om dine klagemuligheder finder du på {m['web']}/klage."])
        return (None, ["Vi henviser til den vedlagte klagevejledning (bilag 2)."])
    if content == "vague":
        return rng.choice([
            ("Klagevejledning", ["Du kan klage over afgørelsen."]),
            (None, ["Hvis du er utilfreds med afgørelsen, er du velkommen til at kontakte os."]),
        ])
    if content == "nodeadline":
        return ("Klagevejledning", [
            f"Hvis du ikke er enig i afgørelsen, kan du klage til {mname}. Kommunen vil se på "
            "sagen igen og eventuelt sende klagen videre til Ankestyrelsen."])
    if content == "nobody":
        return ("Klagefrist", [
            "Klagefristen er 4 uger fra den dag, du har modtaget dette brev. Klagen kan være "
            "skriftlig eller mundtlig."])
    if content == "other":
        return rng.choice([
            ("Klagevejledning vedrørende befordringsgodtgørelse", [
                f"Du kan klage over afgørelsen om befordringsgodtgørelse til {mname} inden 4 uger. "
                "Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen."]),
            ("Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85", [
                f"Du kan klage til {mname}, Socialafdelingen, inden 4 uger efter modtagelsen. "
                "Kommunen genvurderer afgørelsen og sender en fastholdt afgørelse til Ankestyrelsen."]),
        ])
    raise ValueError(content)


APPEAL_MISSING = {"none", "leaflet", "vague", "nodeadline", "nobody", "other"}

# --------------------------------------------------------------------------------------------
# reasons banks
# --------------------------------------------------------------------------------------------


def reasons(dtype: str, muni: str, c: dict, rng: random.Random, sub: str):
    """Return a list of blocks with the reasons (FVL §§ 22, 24)."""
    fn = c["first"]
    B = []
    head = {"E": "Begrundelse", "H": "Hvorfor?", "L": "BEGRUNDELSE", "N": "Derfor har vi truffet denne afgørelse",
            "S": "Jobcentrets begrundelse"}[muni]
    if dtype == "partial" and rng.random() < 0.4:
        txt = [f"Vi giver dig ikke {c['asked']}. Vi har lagt vægt på, at {c['partial_fact']} Vi har vurderet dit behov ud fra "
               f"samtalen med dig {fd(c['talk'], 'den')} og oplysningerne fra {c['mentor_org']}.",
               "Du får i stedet " + c['given'] + ". Reglerne står i § 167 i lov om en aktiv beskæftigelsesindsats."]
    elif dtype == "partial":
        txt = [
            f"Vi har lagt vægt på, at {c['partial_fact']}",
            "Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats, "
            "hvorefter der kan gives mentorstøtte i en periode på højst 6 måneder ad gangen. "
            "Timetallet fastsættes ud fra en konkret vurdering af dit behov.",
        ]
    elif dtype == "refusal":
        fact = c["refusal_fact"]
        txt = rng.choice([
            [f"Du får afslag, fordi {fact}",
             "Mentorstøtte kan efter § 167 i lov om en aktiv beskæftigelsesindsats gives, når det er "
             "nødvendigt for, at du kan opnå eller fastholde et tilbud, en uddannelse eller et job. "
             "Vi vurderer ikke, at det er tilfældet for dig nu."],
            [f"Det er vores vurdering, at du ikke har behov for en mentor for at gennemføre dit forløb, fordi {fact}",
             "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, "
             "hvad du selv har fortalt, og på oplysningerne fra din uddannelse."],
            [f"Vi har lagt vægt på, at {fact} Vi har desuden lagt vægt på oplysningerne fra samtalen "
             f"{fd(c['talk'], 'den')}.",
             "Efter LAB § 167, stk. 1, kan kommunen give mentorstøtte for at fremme, at en person kan "
             "gennemføre aktiviteter, tilbud eller uddannelse eller opnå ansættelse. Der skal være et "
             "konkret behov for støtten."],
        ])
    elif dtype == "end" and rng.random() < 0.4:
        txt = [f"Afgørelsen er truffet på baggrund af, at {c['end_fact']}",
               "Vi har vurderet, at mentorstøtten ikke længere er nødvendig for, at du kan fastholde dit forløb, "
               "jf. § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats."]
    elif dtype == "end":
        txt = [
            f"Vi stopper mentorstøtten, fordi {c['end_fact']}",
            "Mentorstøtte gives efter § 167 i lov om en aktiv beskæftigelsesindsats, så længe den er "
            "nødvendig for, at du kan fastholde uddannelse, tilbud eller job. Det er den ikke længere.",
        ]
    elif dtype == "extension":
        txt = [
            f"Vi har lagt vægt på, at {c['ext_fact']} Ifølge § 167, stk. 1, 2. pkt., i lov om en aktiv "
            "beskæftigelsesindsats kan der efter en konkret vurdering gives mentorstøtte i en ny periode "
            "på op til 6 måneder.",
        ]
    elif dtype == "grant" and rng.random() < 0.5:
        txt = rng.choice([
            [f"Vi har lagt vægt på, at du selv har fortalt, at det er svært at komme i gang alene, og at "
             f"din sagsbehandler og {c['mentor_org']} vurderer, at en mentor kan hjælpe dig med at nå målet. "
             "Mentorstøtte kan gives efter § 167 i lov om en aktiv beskæftigelsesindsats."],
            ["Bevillingen er givet efter LAB § 167, stk. 1. Timetallet svarer til det behov, vi har aftalt "
             "med dig, og perioden følger dit forløb."],
        ])
    else:  # grant
        txt = [
            f"Vi har vurderet, at du har brug for støtte for at {c['grant_fact']} Afgørelsen er "
            "truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats.",
        ]
    if muni == "S":
        txt = [t.replace("lov om en aktiv beskæftigelsesindsats", "lov om en aktiv beskæftigelsesindsats (LAB)") for t in txt]
    if sub == "inline":  # reasons woven into the decision section, no heading
        return [("p", t) for t in txt]
    return [("h", head)] + [("p", t) for t in txt]


# --------------------------------------------------------------------------------------------
# decision content
# --------------------------------------------------------------------------------------------
MTYPES = [
    ("tilbudsmentor", "mentorstøtte i forbindelse med din virksomhedspraktik"),
    ("uddannelsesmentor", "mentorstøtte, mens du går på uddannelsen"),
    ("pligtmentor", "mentorstøtte som ret- og pligtmentor"),
    ("udvidet", "udvidet mentorstøtte"),
    ("job", "mentorstøtte i dit nye job"),
]
GOALS = [
    "at du gennemfører praktikken hos {work} og derefter kan starte i løntilskud",
    "at du gennemfører grundforløb 1 på {edu} og møder mindst fire dage om ugen",
    "at du kan starte i virksomhedspraktik senest om tre måneder",
    "at du kan fastholde dit job som {job} med 25 timer om ugen",
    "at du begynder på {edu} til august",
]
WORKS = ["Netto i Egeskov", "Lauritzen Maskinfabrik", "plejecentret Solgården", "Bilka Lager",
         "XL-Byg", "Café Kornet", "Genbrugspladsen"]
EDUS = ["SOSU-skolen", "EUC Syd", "FGU Midt", "VUC", "Tradium", "HF-kurset"]
JOBS = ["lagermedarbejder", "køkkenmedhjælper", "pædagogmedhjælper", "chauffør", "butiksassistent"]
TASKS = [
    "følge dig til praktikstedet de første uger",
    "hjælpe dig med at planlægge din uge",
    "tale med dig om fremmøde og transport",
    "være bindeled mellem dig og arbejdspladsen",
    "hjælpe med kontakten til skolen og studievejlederen",
    "ringe dig op om morgenen de første to uger",
    "hjælpe dig med post fra det offentlige",
]


def make_ctx(rng: random.Random, ppl: People, muni: str) -> dict:
    first, last = ppl.name()
    mf, ml = ppl.name()
    cf, cl = ppl.name()
    m = MUNIS[muni]
    work = rng.choice(WORKS)
    edu = rng.choice(EDUS)
    job = rng.choice(JOBS)
    goal = rng.choice(GOALS).format(work=work, edu=edu, job=job)
    street, town = ppl.address(m["town"])
    return dict(first=first, last=last, full=f"{first} {last}", street=street, town=town,
                mentor=f"{mf} {ml}", mentor_first=mf, mentor_phone=ppl.phone(),
                mentor_org=rng.choice(PROVIDERS), cw=f"{cf} {cl}", cw_phone=ppl.phone(),
                cw_mail=f"{cf[:2].lower()}{cl[:2].lower()}@{m['web']}".replace("ø", "o").replace("å", "aa").replace("æ", "ae"),
                goal=goal, work=work, edu=edu, job=job, hours=rng.choice([2, 3, 4, 5, 6, 8]),
                tasks=rng.sample(TASKS, 3), case=f"{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}",
                journal=f"15.02.{rng.randint(10, 30):02d}-G01-{rng.randint(100, 9999)}-{rng.randint(24, 26)}")


# --------------------------------------------------------------------------------------------
# Document model: dict(letterhead=[...], footer=str|None, blocks=[...])
#   blocks: ("title", t) ("h", t) ("p", t) ("meta", [(k, v)]) ("ul", [..]) ("box", title, [..])
#           ("pb",) ("sig", [lines]) ("addr", [lines])
# --------------------------------------------------------------------------------------------


def letter_frame(muni, c, title, date, cpr, rng, extra_meta=()):
    m = MUNIS[muni]
    head = [m["name"], m["unit"], f"{m['street']}, {m['town']}"]
    meta = []
    if muni == "E":
        meta = [("Dato", fd(date)), ("Sagsnr.", c["journal"]), ("Sagsbehandler", c["cw"]),
                ("Direkte tlf.", c["cw_phone"])]
    elif muni == "H":
        meta = [("Dato", fd(date, "dot")), ("Din sagsbehandler", f"{c['cw']}, tlf. {c['cw_phone']}")]
    elif muni == "L":
        meta = [("Udskrevet", fd(date, "pad")), ("Sag", c["case"]), ("Ydelse", "Mentorstøtte (LAB § 167)"),
                ("Sagsbehandler", c["cw"])]
    elif muni == "N":
        meta = [("Dato", fd(date, "d")), ("J.nr.", c["journal"])]
    elif muni == "S":
        meta = [("Dato", fd(date, "slash")), ("Vores ref.", c["cw"]), ("Journalnr.", c["journal"])]
    meta.extend(extra_meta)
    if cpr:
        meta.append(({"E": "CPR-nr.", "H": "CPR", "L": "CPR", "N": "Cpr.nr.", "S": "CPR-nummer"}[muni], cpr))
    addr = [c["full"], c["street"], c["town"]]
    return head, meta, addr


def greeting(muni, c):
    return {"E": f"Kære {c['full']}", "H": f"Hej {c['first']}", "L": f"Til {c['full']}",
            "N": f"Kære {c['first']}", "S": f"Kære {c['full']}"}[muni]


def signoff(muni, c):
    m = MUNIS[muni]
    if muni == "E":
        return ["Med venlig hilsen", c["cw"], "Rådgiver", m["name"]]
    if muni == "H":
        return ["Venlig hilsen", c["cw"], f"{m['unit']}, {m['name']}"]
    if muni == "L":
        return [f"{m['unit']}", f"Sagsbehandler: {c['cw']}, tlf. {c['cw_phone']}"]
    if muni == "N":
        return ["Mange hilsner", c["cw"], "Jobkonsulent, " + m["unit"], f"Tlf. {c['cw_phone']}"]
    return ["Med venlig hilsen", c["cw"], "Jobcentret", m["name"]]


def mentor_para(muni, c, dtype="grant"):
    if dtype == "extension":
        return {"E": f"{c['mentor']} fra {c['mentor_org']} (tlf. {c['mentor_phone']}) fortsætter som din mentor med {c['hours']} timer om ugen.",
                "H": f"Du fortsætter med {c['mentor']} ({c['mentor_org']}) som mentor. I har {c['hours']} timer sammen om ugen.",
                "L": f"Mentor: {c['mentor']}, {c['mentor_org']}, tlf. {c['mentor_phone']} (uændret). Timetal: {c['hours']} t/uge.",
                "N": f"{c['mentor']} fra {c['mentor_org']} fortsætter som din mentor, {c['hours']} timer ugentligt.",
                "S": f"Mentor er fortsat {c['mentor']}, {c['mentor_org']}, telefon {c['mentor_phone']}. Der er bevilget {c['hours']} timer pr. uge."}[muni]
    v = {"E": f"Din mentor bliver {c['mentor']} fra {c['mentor_org']}, tlf. {c['mentor_phone']}. "
              f"Mentoren har {c['hours']} timer om ugen til dig og skal blandt andet "
              f"{c['tasks'][0]} og {c['tasks'][1]}.",
         "H": f"Din mentor hedder {c['mentor']} ({c['mentor_org']}). Du kan ringe til "
              f"{c['mentor_first']} på {c['mentor_phone']}. I har {c['hours']} timer sammen om ugen.",
         "L": f"Mentor: {c['mentor']}, {c['mentor_org']}, tlf. {c['mentor_phone']}. Timetal: {c['hours']} t/uge.",
         "N": f"{c['mentor']} fra {c['mentor_org']} bliver din mentor og kontakter dig i løbet af den "
              f"første uge. Støtten er på {c['hours']} timer ugentligt.",
         "S": f"Som mentor er udpeget {c['mentor']}, {c['mentor_org']}, telefon {c['mentor_phone']}. "
              f"Der er bevilget {c['hours']} timer pr. uge."}
    return v[muni]


# --------------------------------------------------------------------------------------------
# build one decision letter
# --------------------------------------------------------------------------------------------
TITLES = {
    "grant": {"E": "Afgørelse om mentorstøtte", "H": "Du får mentorstøtte",
              "L": "AFGØRELSE – BEVILLING AF MENTORSTØTTE", "N": "Svar på din ansøgning om mentor",
              "S": "Bevilling af mentorstøtte"},
    "partial": {"E": "Afgørelse om mentorstøtte – delvis bevilling", "H": "Du får mentorstøtte – men ikke alt det, du søgte",
                "L": "AFGØRELSE – DELVIS BEVILLING AF MENTORSTØTTE", "N": "Afgørelse: Du får en del af den mentorstøtte, du søgte",
                "S": "Delvis bevilling af mentorstøtte"},
    "refusal": {"E": "Afgørelse om mentorstøtte – afslag", "H": "Du får ikke mentorstøtte",
                "L": "AFGØRELSE – AFSLAG PÅ MENTORSTØTTE", "N": "Afslag på ansøgning om mentor",
                "S": "Afslag på ansøgning om mentorstøtte"},
    "extension": {"E": "Afgørelse om forlængelse af mentorstøtte", "H": "Din mentorstøtte bliver forlænget",
                  "L": "AFGØRELSE – FORLÆNGELSE AF MENTORSTØTTE", "N": "Forlængelse af din mentorstøtte",
                  "S": "Forlængelse af mentorstøtte"},
    "end": {"E": "Afgørelse om ophør af mentorstøtte", "H": "Din mentorstøtte stopper",
            "L": "AFGØRELSE – OPHØR AF MENTORSTØTTE", "N": "Vi stopper din mentorstøtte",
            "S": "Ophør af mentorstøtte"},
}

REFUSAL_FACTS = [
    "du allerede får støtte af en kontaktperson fra bostøtten efter serviceloven, som kan hjælpe dig med det samme.",
    "du ikke har et aktuelt mål om job eller uddannelse, som mentorstøtten skal understøtte.",
    "skolen selv tilbyder dig en elevcoach og SPS-støtte, som dækker dit behov.",
    "du er i fuld tid i ordinært job og ikke har oplyst om udfordringer på arbejdspladsen.",
]
END_FACTS = [
    "du er startet i ordinært job hos {work} den {d}, og du selv har sagt, at du ikke længere har brug for mentoren.",
    "du ikke er mødt op til aftalerne med din mentor siden {d}, og vi ikke har kunnet få kontakt med dig.",
    "målet med mentorstøtten er nået: du har gennemført grundforløbet og er startet på hovedforløbet.",
    "du er flyttet til en anden kommune pr. {d}.",
]
PARTIAL_FACTS = [
    "du i forvejen har en kontaktperson på skolen, og at dit behov derfor er mindre, end du har søgt om.",
    "mentorstøtten skal ses i sammenhæng med praktikken, som kun varer i tre måneder.",
    "behovet for støtte efter vores vurdering er størst i opstarten, og at vi derefter vil vurdere sagen igen.",
]
EXT_FACTS = [
    "du er kommet godt i gang i praktikken, men stadig har brug for hjælp til at komme afsted om morgenen.",
    "du har fået plads på hovedforløbet, og at overgangen er et sårbart tidspunkt for dig.",
    "din mentor og praktikstedet begge vurderer, at støtten fortsat er nødvendig.",
]


def build_decision(spec, rng, ppl):
    muni, dtype = spec["muni"], spec["dtype"]
    c = make_ctx(rng, ppl, muni)
    m = MUNIS[muni]
    date = spec["date"]
    c["talk"] = date - dt.timedelta(days=rng.randint(8, 20))
    cpr = ppl.cpr() if spec["cpr"] else None
    head, meta, addr = letter_frame(muni, c, None, date, cpr, rng)
    title = TITLES[dtype][muni]
    if spec.get("udsk"):
        title = {"E": "Afgørelse om udskrivningskoordinator", "H": "Du får en udskrivningskoordinator",
                 "L": "AFGØRELSE – UDSKRIVNINGSKOORDINATOR (LAB § 167, STK. 2)", "N": "Svar om udskrivningskoordinator",
                 "S": "Bevilling af udskrivningskoordinator"}[muni]
    blocks = [("title", title)]
    if muni == "H":
        blocks.append(("p", f"{greeting(muni, c)}"))
    elif muni in ("E", "N", "S"):
        blocks.append(("p", greeting(muni, c)))
    per = spec.get("per_text", "")
    B = []
    fn = c["first"]
    if dtype == "grant":
        if spec.get("udsk"):
            B.append(("p", f"Du har sagt ja til at få en udskrivningskoordinator, når du bliver udskrevet fra "
                           f"Psykiatrisk Afdeling. Vi har bevilget mentorstøtte som udskrivningskoordinator "
                           f"efter LAB § 167, stk. 2, {per}. Perioden begynder, mens du er indlagt, og fortsætter "
                           f"efter udskrivelsen."))
        else:
            B.append(("p", {
                "E": f"{m['name']} har bevilget dig mentorstøtte {per}. Formålet er, {c['goal']}.",
                "H": f"Vi har sagt ja til din ansøgning. Du får en mentor {per}. Målet er, {c['goal']}.",
                "L": f"Der er truffet afgørelse om bevilling af mentorstøtte efter LAB § 167. Bevillingsperiode: {per.replace('i perioden ', '')}. "
                     f"Formål: {(c['goal'][3:4].upper() + c['goal'][4:]) if c['goal'].startswith('at ') else c['goal']}.",
                "N": f"Tak for snakken {fd(c['talk'], 'den')}. Du har fået bevilget en mentor {per}. Vi har aftalt, "
                     f"{c['goal']}.",
                "S": f"Jobcentret har d.d. bevilget dig mentorstøtte {per}. Formålet med støtten er, {c['goal']}.",
            }[muni]))
        if spec.get("other_activity"):
            s = spec["other_activity"]
            B.append(("p", f"Du er optaget på {c['edu']}, hvor uddannelsen løber {range_text(s[0], s[1], 'words')}."))
        B.append(("p", mentor_para(muni, c)))
        if spec["reasons"]:
            B += reasons("grant", muni, c | {"grant_fact": "komme godt i gang og blive i forløbet."}, rng, spec["rsub"])
    elif dtype == "partial":
        c["asked"] = spec["asked_text"]
        if spec.get("given_hours"):
            c["hours"] = spec["given_hours"]
        c["given"] = spec["given_text"]
        c["partial_fact"] = rng.choice(PARTIAL_FACTS)
        B.append(("p", {
            "E": f"Du har søgt om {c['asked']}. {m['name']} har bevilget dig {c['given']}. Formålet er, {c['goal']}.",
            "H": f"Du søgte om {c['asked']}. Du får {c['given']}. Det betyder, at du ikke får alt det, du søgte om.",
            "L": f"Ansøgt: {c['asked']}. Bevilget: {c['given']}. Ansøgningen er dermed delvist imødekommet.",
            "N": f"Du har bedt om {c['asked']}. Vi har besluttet at give dig {c['given']}.",
            "S": f"Jobcentret har behandlet din ansøgning om {c['asked']}. Der bevilges delvist, idet du får {c['given']}.",
        }[muni]))
        B.append(("p", mentor_para(muni, c)))
        if spec["reasons"]:
            B += reasons("partial", muni, c, rng, spec["rsub"])
    elif dtype == "refusal":
        c["refusal_fact"] = rng.choice(REFUSAL_FACTS)
        ask = spec.get("asked_text", "mentorstøtte")
        B.append(("p", {
            "E": f"Du har {fd(c['talk'], 'den')} søgt om {ask}. {m['name']} har givet dig afslag på ansøgningen.",
            "H": f"Du har søgt om {ask}. Vi har desværre sagt nej.",
            "L": f"Ansøgning om {ask} modtaget {fd(c['talk'], 'pad')}. Afgørelse: Afslag.",
            "N": f"Du har søgt om {ask}. Vi kan ikke give dig en mentor.",
            "S": f"Jobcentret har behandlet din ansøgning om {ask} og må meddele dig afslag.",
        }[muni]))
        if spec["reasons"]:
            B += reasons("refusal", muni, c, rng, spec["rsub"])
        B.append(("p", {
            "E": "Du er velkommen til at kontakte din sagsbehandler, hvis du vil tale om andre muligheder.",
            "H": "Vil du tale om, hvad du ellers kan få hjælp til, så ring til mig.",
            "L": "Borgeren orienteres om andre relevante tilbud ved næste samtale.",
            "N": "Vi tager det op igen til din næste samtale i jobcentret.",
            "S": "Du kan søge igen, hvis dine forhold ændrer sig.",
        }[muni]))
    elif dtype == "extension":
        c["ext_fact"] = rng.choice(EXT_FACTS)
        prev = spec["prev_text"]
        B.append(("p", {
            "E": f"Du fik bevilget mentorstøtte {prev}. Vi har nu besluttet at forlænge din mentorstøtte {per}.",
            "H": f"Din mentorstøtte har løbet {prev}. Nu bliver den forlænget {per}.",
            "L": f"Tidligere bevilling: {prev}. Forlængelse bevilget: {per}.",
            "N": f"Din nuværende periode med mentor er {prev}. Vi forlænger {per}.",
            "S": f"Jobcentret har bevilget forlængelse af mentorstøtten {per}. Din første periode var {prev}.",
        }[muni]))
        if spec.get("cum_note"):
            B.append(("p", spec["cum_note"]))
        B.append(("p", mentor_para(muni, c, "extension")))
        if spec["reasons"]:
            B += reasons("extension", muni, c, rng, spec["rsub"])
    elif dtype == "end":
        ed = spec["end_date"]
        c["end_fact"] = rng.choice(END_FACTS).format(work=c["work"], d=fd(ed - dt.timedelta(days=rng.randint(10, 30)), "words"))
        prev = spec["prev_text"]
        B.append(("p", {
            "E": f"Du har fået bevilget mentorstøtte {prev}. {m['name']} har besluttet, at din mentorstøtte ophører pr. {fd(ed)}.",
            "H": f"Du har fået bevilget mentorstøtte {prev}, med {c['mentor']} som mentor. Nu stopper mentorstøtten {fd(ed, 'den')}.",
            "L": f"Bevilling: {prev}. Ophørsdato: {fd(ed, 'pad')}.",
            "N": f"Vi stopper din mentorstøtte pr. {fd(ed)}. Din mentorstøtte var bevilget {prev}.",
            "S": f"Jobcentret har truffet afgørelse om, at din mentorstøtte ophører {fd(ed, 'den')}. Støtten var bevilget {prev}.",
        }[muni]))
        if spec["reasons"]:
            B += reasons("end", muni, c, rng, spec["rsub"])
        B.append(("p", "Din mentor er orienteret om afgørelsen." if muni != "H" else
                  f"Vi har sagt det til {c['mentor_first']}, så I kan tage afsked med hinanden."))
    # --- the decision heading per house style
    if muni == "E":
        blocks.append(("h", "Afgørelse"))
    elif muni == "H":
        blocks.append(("h", "Det har vi besluttet"))
    elif muni == "L":
        blocks.append(("h", "AFGØRELSE"))
    elif muni == "S" and rng.random() < 0.5:
        blocks.append(("h", "Afgørelse"))
    blocks += B
    # practical part
    if dtype in ("grant", "partial", "extension"):
        if muni == "H":
            blocks += [("h", "Hvad sker der nu?"),
                       ("ul", [f"{c['mentor_first']} ringer til dig inden for en uge.",
                               "I aftaler sammen, hvornår I ses.",
                               f"Vi holder statusmøde med dig og {c['mentor_first']} hver måned."])]
        elif muni == "E":
            blocks += [("h", "Opfølgning"),
                       ("p", "Vi følger op på mentorstøtten ved et statusmøde hver anden måned og senest 14 dage før perioden udløber.")]
        elif muni == "N":
            blocks.append(("p", "Den skriftlige aftale om mentorstøtten laver du sammen med din mentor ved første møde. "
                                "Du finder den bagefter i Min Plan."))
    # appeal
    place = spec["place"]
    content = "full_short" if (place == "footer" and spec["appeal"] == "full") else spec["appeal"]
    ap = appeal_text(muni, content, c, rng)
    footer = None
    end_blocks = []
    if ap is not None:
        h, paras = ap
        if place == "inline":
            end_blocks = ([("h", h)] if h else []) + [("p", p) for p in paras]
        elif place == "box":
            end_blocks = [("box", h, paras)]
        elif place == "lastpage":
            end_blocks = [("pb",), ("h", h or "Klagevejledning")] + [("p", p) for p in paras]
        elif place == "appendix":
            end_blocks = [("pb",), ("h", "Bilag: Klagevejledning")] + [("p", p) for p in paras]
        elif place == "footer":
            footer = " ".join(paras)
        elif place == "before_sig":
            blocks += ([("h", h)] if h else []) + [("p", p) for p in paras]
    blocks.append(("sig", signoff(muni, c)))
    if spec.get("cc"):
        blocks.append(("p", f"Kopi til: {c['mentor_org']}"))
    blocks += end_blocks
    base_footer = f"{m['name']} · {m['street']} · {m['town']} · {m['web']}"
    doc = dict(letterhead=head, meta=meta, addr=addr, blocks=blocks,
               footer=(footer + "   " + base_footer) if footer else base_footer, cpr=cpr, c=c)
    return doc


# --------------------------------------------------------------------------------------------
# near-decision letters (kind unknown)
# --------------------------------------------------------------------------------------------


def build_unknown(spec, rng, ppl):
    muni, sub = spec["muni"], spec["sub"]
    c = make_ctx(rng, ppl, muni)
    m = MUNIS[muni]
    date = spec["date"]
    cpr = ppl.cpr() if spec["cpr"] else None
    head, meta, addr = letter_frame(muni, c, None, date, cpr, rng)
    g = greeting(muni, c)
    blocks = []
    d1 = date + dt.timedelta(days=rng.randint(7, 14))
    while d1.weekday() > 3:
        d1 += dt.timedelta(days=1)
    if sub == "hearing_end":
        blocks = [("title", rng.choice(["Partshøring – vi overvejer at stoppe din mentorstøtte",
                                        "Høring inden afgørelse om ophør af mentorstøtte"])), ("p", g),
                  ("p", f"Vi overvejer at træffe afgørelse om, at din mentorstøtte skal ophøre, fordi din mentor "
                        f"{c['mentor']} oplyser, at du ikke er mødt til jeres aftaler de seneste fem uger."),
                  ("p", "Inden vi træffer afgørelse, har du ret til at se og kommentere de oplysninger, vi vil lægge "
                        "vægt på (partshøring efter forvaltningslovens § 19). Vi vedlægger mentorens statusnotat."),
                  ("h", "Hvad skal du gøre?"),
                  ("p", f"Hvis du har bemærkninger, skal vi have dem senest {fd(d1, 'den')}. Du kan ringe, skrive "
                        "eller komme forbi. Hører vi ikke fra dig, træffer vi afgørelse ud fra de oplysninger, vi har."),
                  ("p", "Du får en skriftlig afgørelse med klagevejledning, når vi har truffet afgørelse."),
                  ("sig", signoff(muni, c))]
    elif sub == "hearing_refusal":
        blocks = [("title", "Partshøring i din sag om mentorstøtte"), ("p", g),
                  ("p", "Du har søgt om mentorstøtte. Vi forventer at give dig afslag, fordi skolen oplyser, at du får "
                        "SPS-støtte og har en elevcoach tilknyttet."),
                  ("p", f"Du har mulighed for at komme med dine bemærkninger inden 14 dage, dvs. senest {fd(d1)}. "
                        f"Kontakt {c['cw']} på tlf. {c['cw_phone']}."),
                  ("p", "Der er endnu ikke truffet afgørelse i sagen."),
                  ("sig", signoff(muni, c))]
    elif sub == "receipt":
        blocks = [("title", rng.choice(["Kvittering for modtagelse af ansøgning", "Vi har modtaget din ansøgning om mentorstøtte"])),
                  ("p", g),
                  ("p", f"Vi har {fd(date - dt.timedelta(days=2), 'den')} modtaget din ansøgning om mentorstøtte."),
                  ("p", "Vi forventer at kunne træffe afgørelse inden for 4 uger. Hvis vi får brug for flere oplysninger, "
                        "kontakter vi dig."),
                  ("p", "Du skal ikke gøre noget nu."), ("sig", signoff(muni, c))]
    elif sub == "receipt_provider":
        blocks = [("title", "Bekræftelse af modtagelse – forslag til forlængelse af mentorforløb"),
                  ("p", f"Til {c['mentor_org']}"),
                  ("p", f"Vi bekræfter at have modtaget jeres forslag af {fd(date - dt.timedelta(days=3), 'dot')} om "
                        f"forlængelse af mentorforløbet for {c['full']} med 3 måneder, 4 timer pr. uge."),
                  ("p", "Forslaget behandles af sagsbehandleren, som træffer afgørelse over for borgeren. I får besked, "
                        "når der foreligger en afgørelse. Fakturering for en eventuel ny periode kan først ske herefter."),
                  ("sig", signoff(muni, c))]
    elif sub == "reminder_expiry":
        end = spec["date"] + dt.timedelta(days=30)
        blocks = [("title", rng.choice(["Påmindelse: Din mentorstøtte udløber snart", "Husk: din periode med mentor slutter"])),
                  ("p", g),
                  ("p", f"Din nuværende periode med mentorstøtte slutter {fd(end, 'den')}."),
                  ("p", "Hvis du og din mentor mener, at du har brug for støtte i længere tid, skal du kontakte din "
                        f"sagsbehandler {c['cw']} senest to uger før. Vi vurderer så, om der kan bevilges en ny periode."),
                  ("p", "Dette brev er en påmindelse og ikke en afgørelse."), ("sig", signoff(muni, c))]
    elif sub == "reminder_timesheet":
        blocks = [("title", "Rykker: Timesedler for mentorforløb mangler"),
                  ("p", f"Til {c['mentor_org']}, att. {c['mentor']}"),
                  ("p", f"Vi har endnu ikke modtaget timesedler for {c['full']} (sag {c['case']}) for perioden "
                        f"{range_text(date - dt.timedelta(days=61), date - dt.timedelta(days=31), 'pad')}."),
                  ("p", "Timesedlerne skal være os i hænde inden 8 dage, før fakturaen kan betales."),
                  ("sig", signoff(muni, c))]
    elif sub == "docrequest":
        blocks = [("title", rng.choice(["Vi mangler oplysninger i din sag", "Anmodning om dokumentation"])), ("p", g),
                  ("p", "Vi er ved at behandle din ansøgning om mentorstøtte. Før vi kan træffe afgørelse, har vi brug for:"),
                  ("ul", ["en lægeattest eller udtalelse fra din behandler",
                          "dit skema fra skolen for efterårssemestret",
                          "samtykkeerklæringen (vedlagt) i underskrevet stand"]),
                  ("p", f"Send det senest {fd(d1, 'den')} til {m['mail']} eller via Digital Post. Hvis vi ikke får "
                        "oplysningerne, træffer vi afgørelse ud fra det, vi har."),
                  ("sig", signoff(muni, c))]
    elif sub == "meeting":
        t = rng.choice(["9.30", "10.00", "13.15"])
        blocks = [("title", rng.choice(["Indkaldelse til samtale", "Mødeindkaldelse – opfølgning på mentorstøtte",
                                        "Invitation til statusmøde"])), ("p", g),
                  ("p", f"Du er indkaldt til et møde {fd(d1, 'wday')} kl. {t} i {m['unit']}, {m['street']}."),
                  ("p", f"På mødet taler vi om, hvordan det går med din mentorstøtte. Din mentor {c['mentor']} deltager også."),
                  ("p", "Hvis du ikke kan komme, skal du ringe og melde afbud senest dagen før. Udebliver du uden "
                        "rimelig grund, kan det få betydning for din ydelse."),
                  ("sig", signoff(muni, c))]
    elif sub == "upheld":
        blocks = [("title", "Genvurdering af din klage – afgørelsen fastholdes"), ("p", g),
                  ("p", f"Vi har {fd(date - dt.timedelta(days=12), 'den')} modtaget din klage over vores afgørelse om "
                        "afslag på mentorstøtte."),
                  ("p", "Vi har vurderet sagen igen, men vi fastholder afgørelsen. Vi har derfor sendt din klage og "
                        "sagens akter videre til Ankestyrelsen, som vil behandle klagen."),
                  ("p", "Ankestyrelsen skriver til dig, når de har modtaget sagen. Du kan sende yderligere "
                        "bemærkninger direkte til Ankestyrelsen."),
                  ("sig", signoff(muni, c))]
    elif sub == "ast":
        head = ["Ankestyrelsen", "7998 Statsservice", "ast.dk"]
        meta = [("Dato", fd(date)), ("J.nr.", f"{rng.randint(24, 26)}-{rng.randint(10000, 99999)}")]
        if cpr:
            meta.append(("Cpr.nr.", cpr))
        blocks = [("title", "Ankestyrelsens afgørelse"),
                  ("p", f"Ankestyrelsen har behandlet din klage over {m['name']}s afgørelse om mentorstøtte."),
                  ("h", "Resultat"),
                  ("p", "Ankestyrelsen giver dig ikke medhold. Kommunens afgørelse er derfor rigtig."),
                  ("h", "Begrundelse"),
                  ("p", "Vi har lagt vægt på, at du i forvejen får den støtte, du har brug for, gennem din uddannelse. "
                        "Det følger af § 167 i lov om en aktiv beskæftigelsesindsats."),
                  ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed."),
                  ("sig", ["Med venlig hilsen", f"{c['cw']}", "Ankestyrelsen"])]
    elif sub == "dp_notice":
        blocks = [("title", f"Du har fået ny post fra {m['name']}"),
                  ("p", f"Du har modtaget et brev fra {m['name']}, {m['unit']}."),
                  ("p", "Log på borger.dk eller brug appen Digital Post for at læse brevet."),
                  ("p", "Dette er en automatisk besked. Du kan ikke svare på denne mail.")]
    elif sub == "mentor_change":
        blocks = [("title", "Orientering: ny kontaktperson i jobcentret"), ("p", g),
                  ("p", f"Fra {fd(d1, 'den')} er {c['cw']} din nye sagsbehandler, fordi din tidligere sagsbehandler "
                        "har skiftet afdeling. Din mentorstøtte fortsætter uændret."),
                  ("p", f"Du kan fange {c['cw']} på tlf. {c['cw_phone']} mandag til torsdag kl. 9-12."),
                  ("sig", signoff(muni, c))]
    return dict(letterhead=head, meta=meta, addr=addr if sub not in ("receipt_provider", "reminder_timesheet", "dp_notice") else [],
                blocks=blocks, footer=f"{m['name']} · {m['street']} · {m['town']}", cpr=cpr, c=c)


# --------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------


def as_text(doc, md=False, muni="E"):
    out = []
    if not md:
        out += doc["letterhead"] + [""]
    else:
        out += ["**" + doc["letterhead"][0] + "** – " + " · ".join(doc["letterhead"][1:]), ""]
    if doc["addr"]:
        out += doc["addr"] + [""]
    for k, v in doc["meta"]:
        out.append(f"{k}: {v}" if not md else f"- **{k}:** {v}")
    out.append("")
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            if md:
                out += [f"# {b[1]}", ""]
            elif muni == "L":
                out += [b[1], "=" * len(b[1]), ""]
            else:
                out += [b[1], ""]
        elif t == "h":
            out += [f"## {b[1]}" if md else (b[1].upper() if muni == "L" else b[1]), ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif t == "box":
            if md:
                out += ([f"> **{b[1]}**", ">"] if b[1] else []) + sum(([f"> {p}", ">"] for p in b[2]), []) + [""]
            else:
                out += ["-" * 64] + ([b[1], ""] if b[1] else []) + sum(([p, ""] for p in b[2]), [])[:-1] + ["-" * 64, ""]
        elif t == "pb":
            out += ["", "\f" if not md else "---", ""]
        elif t == "sig":
            out += b[1] + [""]
    if doc["footer"]:
        out += ["", "_" * 40 if not md else "---", doc["footer"]]
    return "\n".join(out).rstrip() + "\n"


def as_html(doc, muni):
    import html as H
    e = H.escape
    css = {"H": "body{font-family:Arial;max-width:720px;margin:auto}.box{border:2px solid #2a6;background:#eef8f1;padding:8px 14px}",
           "L": "body{font-family:Courier New,monospace;font-size:13px}.box{border:1px dashed #444;padding:6px}",
           }.get(muni, "body{font-family:Georgia}.box{border:1px solid #999;padding:8px}")
    o = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
         f"<title>{e(next(b[1] for b in doc['blocks'] if b[0] == 'title'))}</title><style>{css}</style></head><body>"]
    o.append('<header class="brevhoved">' + "<br>".join(e(x) for x in doc["letterhead"]) + "</header>")
    if doc["addr"]:
        o.append("<p>" + "<br>".join(e(x) for x in doc["addr"]) + "</p>")
    if muni == "L":
        o.append("<table class='sagsdata'>" + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in doc["meta"]) + "</table>")
    else:
        o.append("<p class='meta'>" + "<br>".join(f"{e(k)}: {e(v)}" for k, v in doc["meta"]) + "</p>")
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            o.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            o.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            o.append(f"<p>{e(b[1])}</p>")
        elif t == "ul":
            o.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif t == "box":
            o.append('<div class="box">' + (f"<h3>{e(b[1])}</h3>" if b[1] else "") + "".join(f"<p>{e(p)}</p>" for p in b[2]) + "</div>")
        elif t == "pb":
            o.append('<div style="page-break-before:always"></div>')
        elif t == "sig":
            o.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
    if doc["footer"]:
        o.append(f'<footer><small>{e(doc["footer"])}</small></footer>')
    o.append("</body></html>")
    return "\n".join(o)


def write_docx(doc, path, muni, rng):
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = doc["letterhead"][0]
    for x in doc["letterhead"][1:]:
        sec.header.add_paragraph(x)
    if doc["footer"]:
        fp = sec.footer.paragraphs[0]
        fp.text = doc["footer"]
        for r in fp.runs:
            r.font.size = Pt(7.5)
    if doc["addr"]:
        p = d.add_paragraph()
        for i, x in enumerate(doc["addr"]):
            r = p.add_run(x)
            if i < len(doc["addr"]) - 1:
                r.add_break()
    tbl = d.add_table(rows=0, cols=2)
    for k, v in doc["meta"]:
        row = tbl.add_row().cells
        row[0].text = k
        row[1].text = v
    use_styles = muni == "E"
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            if use_styles:
                d.add_heading(b[1], level=1)
            else:
                r = d.add_paragraph().add_run(b[1])
                r.bold = True
                r.font.size = Pt(14)
        elif t == "h":
            if use_styles:
                d.add_heading(b[1], level=2)
            else:
                d.add_paragraph().add_run(b[1]).bold = True
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif t == "box":
            bt = d.add_table(rows=1, cols=1)
            bt.style = "Table Grid"
            cell = bt.rows[0].cells[0]
            tcPr = cell._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), "E8EEF4")
            tcPr.append(shd)
            first = True
            if b[1]:
                cell.paragraphs[0].add_run(b[1]).bold = True
                first = False
            for ptxt in b[2]:
                if first:
                    cell.paragraphs[0].text = ptxt
                    first = False
                else:
                    cell.add_paragraph(ptxt)
        elif t == "pb":
            d.add_page_break()
        elif t == "sig":
            p = d.add_paragraph()
            for i, x in enumerate(b[1]):
                r = p.add_run(x)
                if i < len(b[1]) - 1:
                    r.add_break()
    d.core_properties.author = doc["c"]["cw"]
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.save(path)


def write_rtf(doc, path):
    def esc(s):
        o = []
        for ch in s:
            if ch in "\\{}":
                o.append("\\" + ch)
            elif ord(ch) > 127:
                o.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
            else:
                o.append(ch)
        return "".join(o)
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}\fs22"]
    if doc["footer"]:
        o.append(r"{\footer\pard\qc\fs14 " + esc(doc["footer"]) + r"\par}")
    o.append(r"{\header\pard\qr\fs18 " + esc(doc["letterhead"][0]) + r"\par}")
    for x in doc["letterhead"][1:]:
        o.append(r"\pard\qr " + esc(x) + r"\par")
    o.append(r"\pard\par")
    for x in doc["addr"]:
        o.append(r"\pard " + esc(x) + r"\par")
    o.append(r"\pard\par")
    for k, v in doc["meta"]:
        o.append(r"\pard\qr " + esc(f"{k}: {v}") + r"\par")
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            o.append(r"\pard\sb240\sa120{\b\fs28 " + esc(b[1]) + r"}\par")
        elif t == "h":
            o.append(r"\pard\sb120{\b " + esc(b[1]) + r"}\par")
        elif t == "p":
            o.append(r"\pard\sa120 " + esc(b[1]) + r"\par")
        elif t == "ul":
            for i in b[1]:
                o.append(r"\pard\fi-240\li480 \bullet\tab " + esc(i) + r"\par")
        elif t == "box":
            if b[1]:
                o.append(r"\pard\box\brdrs\brdrw10\brsp80{\b " + esc(b[1]) + r"}\par")
            for ptxt in b[2]:
                o.append(r"\pard\box\brdrs\brdrw10\brsp80 " + esc(ptxt) + r"\par")
        elif t == "pb":
            o.append(r"\page")
        elif t == "sig":
            o.append(r"\pard " + r"\line ".join(esc(x) for x in b[1]) + r"\par")
    o.append("}")
    Path(path).write_text("\n".join(o), encoding="ascii")


FONT_OK = False


def _fonts():
    global FONT_OK
    if FONT_OK:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    FONT_OK = True


def write_pdf(doc, path, muni):
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape as x
    st = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, spaceAfter=6)
    st_h = ParagraphStyle("h", parent=st, fontName="DVB", fontSize=11.5, spaceBefore=6)
    st_t = ParagraphStyle("t", parent=st, fontName="DVB", fontSize=15, leading=19, spaceAfter=10,
                          textColor=colors.HexColor("#1f4e79") if muni == "H" else colors.black)
    st_s = ParagraphStyle("s", parent=st, fontSize=8.5, leading=10.5)
    story = []
    lh = "<br/>".join(x(v) for v in doc["letterhead"])
    meta = "<br/>".join(f"{x(k)}: {x(v)}" for k, v in doc["meta"])
    addr = "<br/>".join(x(v) for v in doc["addr"]) if doc["addr"] else ""
    top = Table([[Paragraph(addr, st), Paragraph(meta, st_s)]], colWidths=[95 * mm, 70 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Paragraph(lh, ParagraphStyle("lh", parent=st_s, fontName="DVB")), Spacer(1, 8 * mm), top, Spacer(1, 8 * mm)]
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            story.append(Paragraph(x(b[1]), st_t))
        elif t == "h":
            story.append(Paragraph(x(b[1]), st_h))
        elif t == "p":
            story.append(Paragraph(x(b[1]), st))
        elif t == "ul":
            for i in b[1]:
                story.append(Paragraph("• " + x(i), ParagraphStyle("li", parent=st, leftIndent=10)))
        elif t == "box":
            inner = ([Paragraph(x(b[1]), st_h)] if b[1] else []) + [Paragraph(x(p), st) for p in b[2]]
            bt = Table([[inner]], colWidths=[165 * mm])
            bt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#2a6")),
                                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef8f1")),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 4 * mm), bt, Spacer(1, 4 * mm)]
        elif t == "pb":
            story.append(PageBreak())
        elif t == "sig":
            story.append(Paragraph("<br/>".join(x(s) for s in b[1]), st))
    footer = doc["footer"]

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont("DV", 7)
        if footer:
            # wrap the footer into lines of ~130 characters
            words, line, lines = footer.split(), "", []
            for w in words:
                if len(line) + len(w) > 128:
                    lines.append(line)
                    line = w
                else:
                    line = (line + " " + w).strip()
            lines.append(line)
            for i, ln in enumerate(lines):
                canvas.drawString(20 * mm, (14 + 3.2 * (len(lines) - 1 - i)) * mm, ln)
        canvas.drawRightString(190 * mm, 8 * mm, f"Side {d.page}")
        canvas.restoreState()
    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=18 * mm, bottomMargin=30 * mm, title=next(b[1] for b in doc["blocks"] if b[0] == "title"),
                           author=MUNIS[muni]["name"], invariant=1)
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_scan(pdf_in, pdf_out, rng):
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(pdf_in), f"{td}/p"], check=True)
        pages = []
        for png in sorted(Path(td).glob("p*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=255).filter(ImageFilter.GaussianBlur(0.4))
            pages.append(im.convert("RGB"))
        pages[0].save(pdf_out, save_all=True, append_images=pages[1:], resolution=150)


def write_eml(doc, path, muni, attach_pdf=None, date=None, subject=None):
    m = MUNIS[muni]
    msg = EmailMessage()
    msg["From"] = f"{m['name']} <noreply@{m['web']}>"
    msg["To"] = f"{doc['c']['full']} <{doc['c']['first'].lower()}.{doc['c']['last'].lower()}@example.dk>".replace("ø", "o").replace("å", "aa").replace("æ", "ae")
    msg["Subject"] = subject or next(b[1] for b in doc["blocks"] if b[0] == "title")
    msg["Date"] = format_datetime(dt.datetime.combine(date, dt.time(9, 12), tzinfo=dt.timezone.utc))
    import hashlib
    msg["Message-ID"] = f"<{hashlib.sha1(path.name.encode()).hexdigest()[:16]}@{m['web']}>"
    if attach_pdf is None:
        body = as_text(doc, muni=muni)
        msg.set_content(body)
    else:
        c = doc["c"]
        msg.set_content(f"Kære {c['first']}\n\nDu har fået et brev fra {m['unit']}. Brevet er vedhæftet som PDF.\n\n"
                        f"Har du spørgsmål, kan du ringe til {c['cw']} på {c['cw_phone']}.\n\n"
                        f"Venlig hilsen\n{m['unit']}\n")
        msg.add_attachment(Path(attach_pdf).read_bytes(), maintype="application", subtype="pdf",
                           filename="brev.pdf")
    Path(path).write_bytes(bytes(msg))


# --------------------------------------------------------------------------------------------
# the plan of documents
# --------------------------------------------------------------------------------------------


def plan(rng: random.Random):
    specs = []
    muni_cycle = ["E", "H", "L", "N", "S"]
    places_full = ["inline", "box", "lastpage", "footer", "inline", "appendix", "before_sig", "inline"]
    # (dtype, appeal content, reasons?, period variant)
    rows = []
    # grants: 20
    g_app = ["full", "full", "full", "full", "full", "full", "full", "full", "full", "wrong", "wrong", "wrong",
             "none", "none", "leaflet", "leaflet", "vague", "nobody", "full", "full"]
    g_per = ["ok_words", "over_months", "ok_weeks", "ok_weeknums", "over_range", "ok_pad", "udsk", "ok_fomtom",
             "other_act", "ok_startlen", "over_weeks", "ok_iso", "ok_slash", "over_year", "ok_words", "ok_abbr",
             "ok_weeks", "ok_den", "edge_over", "other_act"]
    for a, p in zip(g_app, g_per):
        rows.append(("grant", a, True, p))
    # partial: 14
    p_app = ["full", "full", "full", "full", "full", "full", "wrong", "wrong", "none", "leaflet", "nodeadline",
             "other", "full", "full"]
    p_rea = [True, True, False, True, True, True, True, False, True, True, True, True, False, True]
    p_per = ["ok", "ok", "ok", "over", "ok_hours", "ok", "ok", "ok_hours", "ok", "over", "ok", "ok", "ok", "ok_hours"]
    for a, r, p in zip(p_app, p_rea, p_per):
        rows.append(("partial", a, r, p))
    # refusal: 14
    r_app = ["full", "full", "full", "full", "full", "full", "full", "wrong", "wrong", "none", "none", "leaflet",
             "nobody", "vague"]
    r_rea = [True, True, False, True, True, False, True, True, True, True, False, True, True, True]
    r_per = ["ask9", "", "", "ask9", "", "", "ask12", "", "", "", "", "", "", ""]
    for a, r, p in zip(r_app, r_rea, r_per):
        rows.append(("refusal", a, r, p))
    # extension: 16
    e_app = ["full", "full", "full", "full", "full", "full", "full", "full", "wrong", "wrong", "none", "leaflet",
             "leaflet", "nodeadline", "other", "full"]
    e_per = ["cum", "cum", "over", "total_range", "cum_len", "over_len", "cum", "total_range", "cum", "over",
             "cum", "cum", "over_weeks", "cum_len", "cum", "cum"]
    for a, p in zip(e_app, e_per):
        rows.append(("extension", a, rng.random() < 0.6, p))
    # end: 14
    n_app = ["full", "full", "full", "full", "full", "full", "full", "wrong", "wrong", "none", "none", "leaflet",
             "vague", "nodeadline"]
    n_rea = [True, True, False, True, True, False, True, True, True, True, False, True, True, True]
    for a, r in zip(n_app, n_rea):
        rows.append(("end", a, r, "end"))
    fmt_idx = {k: 0 for k in MUNIS}
    pl_i = 0
    for i, (dtype, app, rea, per) in enumerate(rows):
        muni = muni_cycle[(i * 3 + i // 5) % 5]
        fmts = MUNIS[muni]["formats"]
        fmt = fmts[fmt_idx[muni] % len(fmts)]
        fmt_idx[muni] += 1
        place = "inline"
        if app in ("full", "wrong"):
            place = places_full[pl_i % len(places_full)]
            pl_i += 1
        elif app in ("leaflet", "nodeadline", "nobody", "other") and rng.random() < 0.3:
            place = "box"
        if place == "footer" and fmt in ("txt", "md", "eml"):
            place = "footer"  # text formats put the footer after a rule line
        specs.append(dict(kind="decision", dtype=dtype, appeal=app, reasons=rea, per=per, muni=muni, fmt=fmt,
                          place=place, rsub=rng.choice(["head", "head", "inline"])))
    # scans: turn three PDF decisions into image-only scans
    pdfs = [s for s in specs if s["fmt"] == "pdf"]
    for s in pdfs[1:8:3]:
        s["fmt"] = "scan"
    # unknown near-decision letters: 22
    subs = ["hearing_end", "hearing_end", "hearing_refusal", "receipt", "receipt", "receipt_provider",
            "reminder_expiry", "reminder_expiry", "reminder_timesheet", "docrequest", "docrequest",
            "meeting", "meeting", "meeting", "upheld", "upheld", "ast", "dp_notice", "mentor_change",
            "hearing_refusal", "docrequest", "reminder_expiry"]
    ufmts = ["docx", "pdf", "txt", "eml", "html", "odt", "rtf", "md", "pdf_lo", "eml", "docx"]
    for i, sub in enumerate(subs):
        muni = muni_cycle[(i * 2 + 1) % 5]
        fmt = ufmts[i % len(ufmts)]
        if sub == "dp_notice":
            fmt = "eml"
        specs.append(dict(kind="unknown", sub=sub, muni=muni, fmt=fmt))
    return specs


def fill_period(spec, rng):
    """Decide the dates and the period text; return (traits, over, period)."""
    per = spec["per"]
    date = dt.date(2026, rng.randint(2, 10), rng.choice([3, 5, 9, 12, 17, 20, 24]))
    if spec["muni"] == "S" and rng.random() < 0.5:
        date = date.replace(year=2025)
    spec["date"] = date
    start = (date + dt.timedelta(days=20)).replace(day=1)
    start = start if start > date else add_months(start, 1)
    if rng.random() < 0.3:
        start = start.replace(day=15)
    traits, over, period = [], False, None
    dtype = spec["dtype"]

    def rt(s, e, forms=("words", "words_dash", "pad", "slash", "fomtom", "iso", "abbr", "den", "pad_sp")):
        f = rng.choice(forms)
        traits.append(f"period:{f}")
        return range_text(s, e, f)

    if dtype == "grant":
        if per.startswith("ok_") or per == "other_act":
            form = per[3:] if per.startswith("ok_") else "words"
            n = rng.choice([3, 4, 6, 6])
            end = end_after(start, n)
            if form in ("words", "pad", "fomtom", "iso", "slash", "abbr", "den"):
                spec["per_text"] = ("i perioden " if rng.random() < 0.5 else "") + range_text(start, end, form)
                traits.append(f"period:{form}")
                period = (start, end)
            elif form == "weeks":
                w = rng.choice([12, 20, 26])
                spec["per_text"] = f"i {w} uger fra {fd(start)}"
                traits.append(f"period:weeks{w}")
                period = (start, start + dt.timedelta(days=7 * w - 1))
            elif form == "weeknums":
                monday = start - dt.timedelta(days=start.weekday()) + dt.timedelta(days=7)
                w1 = isoweek(monday)
                w2 = isoweek(monday + dt.timedelta(days=7 * 25))
                if w2 < w1:
                    spec["per_text"] = f"fra uge {w1} {monday.year} til uge {w2} {monday.year + 1}"
                else:
                    spec["per_text"] = f"i uge {w1}-{w2} {monday.year}"
                traits.append("period:weeknumbers26")
                period = (monday, monday + dt.timedelta(days=7 * 26 - 1))
            elif form == "startlen":
                spec["per_text"] = rng.choice([f"i {NUMWORDS[n]} måneder med start {fd(start, 'den')}",
                                               f"fra {fd(start)} og {n} måneder frem"])
                traits.append("period:start+months")
                period = (start, end)
            if per == "other_act":
                spec["other_activity"] = (dt.date(start.year, 8, 10), dt.date(start.year + 2, 6, 30))
                traits.append("trap:other-activity-period")
        elif per == "udsk":
            spec["udsk"] = True
            end = end_after(start, 9)
            spec["per_text"] = range_text(start, end, "words")
            traits += ["udskrivningskoordinator", "period:9-months-stk2"]
            period = (start, end)
        elif per == "over_months":
            n = rng.choice([8, 9, 12])
            spec["per_text"] = f"i {n} måneder fra {fd(start)}"
            over, period = True, (start, end_after(start, n))
            traits.append(f"period:months{n}")
        elif per == "over_range":
            end = end_after(start, 7)
            spec["per_text"] = rt(start, end)
            over, period = True, (start, end)
        elif per == "over_weeks":
            w = rng.choice([30, 34, 39])
            spec["per_text"] = f"i {w} uger fra {fd(start, 'den')}"
            over, period = True, (start, start + dt.timedelta(days=7 * w - 1))
            traits.append(f"period:weeks{w}")
        elif per == "over_year":
            spec["per_text"] = f"i et år fra {fd(start)}"
            over, period = True, (start, end_after(start, 12))
            traits.append("period:one-year")
        elif per == "edge_over":
            end = end_after(start, 6) + dt.timedelta(days=1)
            spec["per_text"] = range_text(start, end, "words")
            over, period = True, (start, end)
            traits.append("period:edge-one-day-over")
    elif dtype == "partial":
        n_ask = rng.choice([9, 12])
        if per == "over":
            n = rng.choice([8, 9]) if n_ask == 12 else 8
            end = end_after(start, n)
            spec["asked_text"] = f"mentorstøtte i {n_ask} måneder med {rng.choice([8, 10])} timer om ugen"
            spec["given_text"] = f"mentorstøtte i perioden {range_text(start, end, rng.choice(['words', 'pad']))} med 4 timer om ugen"
            spec["given_hours"] = 4
            over, period = True, (start, end)
            traits.append("partial:fewer-hours-but-period-over")
        elif per == "ok_hours":
            end = end_after(start, 6)
            spec["asked_text"] = f"mentorstøtte med {rng.choice([6, 8, 10])} timer om ugen"
            spec["given_text"] = f"3 timer om ugen {range_text(start, end, rng.choice(['words', 'fomtom', 'slash']))}"
            spec["given_hours"] = 3
            period = (start, end)
            traits.append("partial:fewer-hours")
        else:
            n = rng.choice([3, 4, 6])
            end = end_after(start, n)
            spec["asked_text"] = f"mentorstøtte i {n_ask} måneder"
            spec["given_text"] = f"mentorstøtte i {NUMWORDS[n]} måneder, {range_text(start, end, rng.choice(['words', 'pad', 'den']))}"
            period = (start, end)
            traits.append(f"trap:asked-{n_ask}-months")
    elif dtype == "refusal":
        if per.startswith("ask"):
            spec["asked_text"] = f"mentorstøtte i {per[3:]} måneder"
            traits.append(f"trap:refused-{per[3:]}-months")
    elif dtype == "extension":
        pstart = add_months(start, -6)
        pend = start - dt.timedelta(days=1)
        spec["prev_text"] = range_text(pstart, pend, rng.choice(["words", "pad", "slash", "den"]))
        if per == "cum":
            n = rng.choice([3, 4, 6])
            end = end_after(start, n)
            spec["per_text"] = range_text(start, end, rng.choice(["words", "pad", "fomtom", "den"]))
            spec["cum_note"] = rng.choice([None, f"Du har dermed samlet haft mentorstøtte i {6 + n} måneder, når perioden udløber."])
            period = (start, end)
            traits.append(f"extension:cumulative-{6 + n}-months")
        elif per == "cum_len":
            n = rng.choice([3, 4, 5])
            spec["per_text"] = f"med {n} måneder, så den nu løber til {fd(end_after(start, n))}"
            period = (start, end_after(start, n))
            traits.append(f"extension:length-{n}-months")
        elif per == "total_range":
            n = rng.choice([4, 5, 6])
            end = end_after(start, n)
            spec["per_text"] = f"fra {fd(start)} til {fd(end)}, så din samlede støtte løber fra {fd(pstart)} til {fd(end)}"
            period = (start, end)
            traits.append("extension:total-range-stated")
        elif per == "over":
            n = rng.choice([7, 9, 12])
            end = end_after(start, n)
            spec["per_text"] = range_text(start, end, rng.choice(["words", "pad", "den", "iso"]))
            over, period = True, (start, end)
            traits.append(f"extension:itself-{n}-months")
        elif per == "over_len":
            n = rng.choice([8, 9])
            spec["per_text"] = f"med yderligere {n} måneder fra {fd(start)}"
            over, period = True, (start, end_after(start, n))
            traits.append(f"extension:itself-{n}-months")
        elif per == "over_weeks":
            w = rng.choice([32, 36])
            spec["per_text"] = f"i {w} uger fra {fd(start)}"
            over, period = True, (start, start + dt.timedelta(days=7 * w - 1))
            traits.append(f"extension:weeks{w}")
    elif dtype == "end":
        pstart = add_months(start, -5)
        pend = end_after(pstart, 6)
        spec["prev_text"] = range_text(pstart, pend, rng.choice(["words", "pad", "slash", "den"]))
        spec["end_date"] = start - dt.timedelta(days=1) if rng.random() < 0.5 else start + dt.timedelta(days=14)
        traits.append("end:before-period-end")
    if period:
        if any("week" in t for t in traits):  # lengths in weeks: 26 uger = 6 months (184-day tolerance)
            assert over == ((period[1] - period[0]).days + 1 > 184), (spec, period)
        elif spec.get("udsk"):  # LAB § 167, stk. 2: limit 6 + 3 months
            assert not over and period[1] <= end_after(period[0], 9)
        else:
            assert over == over6(*period), (spec, period)
    return traits, over, period


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=15)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    ppl = People(random.Random(a.seed + 1))
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    specs = plan(rng)
    entries = []
    lo_jobs = []  # (docx path, target fmt, final path)
    tmp = Path(tempfile.mkdtemp(prefix="gj_"))
    counters = {}
    cpr_rng = random.Random(a.seed + 2)
    for spec in specs:
        muni = spec["muni"]
        if spec["kind"] == "decision":
            traits, over, period = fill_period(spec, rng)
            spec["cpr"] = cpr_rng.random() < 0.26
            doc = build_decision(spec, rng, ppl)
            rules = []
            extras = []
            if spec["appeal"] in APPEAL_MISSING:
                rules.append("missing-appeal-guidance")
            if over:
                rules.append("duration-over-6-months")
            if spec["appeal"] == "wrong":
                extras.append("appeal-wrong-route")
            if spec["dtype"] in ("partial", "refusal", "end") and not spec["reasons"]:
                extras.append("missing-reasons")
            traits += [f"type:{spec['dtype']}", f"appeal:{spec['appeal']}", f"appeal-place:{spec['place']}",
                       "reasons:" + (spec["rsub"] if spec["reasons"] else "none")]
            subtype = spec["dtype"]
            name = {"grant": "bevilling", "partial": "delvis-bevilling", "refusal": "afslag",
                    "extension": "forlaengelse", "end": "ophoer"}[spec["dtype"]]
        else:
            spec["date"] = dt.date(2026, rng.randint(2, 10), rng.randint(2, 26))
            spec["cpr"] = cpr_rng.random() < 0.26
            doc = build_unknown(spec, rng, ppl)
            rules, extras, period, traits = [], [], None, [f"near-decision:{spec['sub']}"]
            subtype = spec["sub"]
            name = {"hearing_end": "partshoering-ophoer", "hearing_refusal": "partshoering",
                    "receipt": "kvittering", "receipt_provider": "kvittering-leverandoer",
                    "reminder_expiry": "paamindelse", "reminder_timesheet": "rykker-timesedler",
                    "docrequest": "anmodning-oplysninger", "meeting": "indkaldelse", "upheld": "genvurdering",
                    "ast": "ankestyrelsen", "dp_notice": "digital-post", "mentor_change": "orientering"}[spec["sub"]]
        counters[name] = counters.get(name, 0) + 1
        folder = {"E": "egeskov", "H": "hvidaaby", "L": "lyngsted", "N": "norrebaek", "S": "sonderlund"}[muni]
        fmt = spec["fmt"]
        ext = {"pdf_lo": "pdf", "eml_pdf": "eml", "scan": "pdf"}.get(fmt, fmt)
        rel = f"{folder}/{name}-{counters[name]:02d}-{doc['c']['last'].lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}.{ext}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        traits.append(f"muni:{muni}")
        traits.append(f"made:{fmt}")
        if doc["cpr"]:
            traits.append("cpr")
        if fmt == "docx":
            write_docx(doc, path, muni, rng)
        elif fmt in ("odt", "pdf_lo"):
            src = tmp / (path.stem + ".docx")
            write_docx(doc, src, muni, rng)
            lo_jobs.append((src, ext, path))
            traits.append("via-libreoffice")
        elif fmt == "pdf":
            write_pdf(doc, path, muni)
        elif fmt == "scan":
            src = tmp / (path.stem + ".pdf")
            write_pdf(doc, src, muni)
            write_scan(src, path, rng)
            traits.append("scan-image-only")
        elif fmt == "html":
            path.write_text(as_html(doc, muni), encoding="utf-8")
        elif fmt == "txt":
            path.write_text(as_text(doc, muni=muni), encoding="utf-8" if muni != "L" else "cp1252")
            if muni == "L":
                traits.append("cp1252")
        elif fmt == "md":
            path.write_text(as_text(doc, md=True, muni=muni), encoding="utf-8")
        elif fmt == "rtf":
            write_rtf(doc, path)
        elif fmt == "eml":
            write_eml(doc, path, muni, date=spec["date"])
        elif fmt == "eml_pdf":
            src = tmp / (path.stem + ".pdf")
            write_pdf(doc, src, muni)
            write_eml(doc, path, muni, attach_pdf=src, date=spec["date"],
                      subject=f"Nyt brev fra {MUNIS[muni]['unit']}")
            traits.append("pdf-attachment")
        layout = {"E": "egeskov-formal", "H": "hvidaaby-klarsprog", "L": "lyngsted-casesystem",
                  "N": "norrebaek-digitalpost", "S": "sonderlund-jobcentret"}[muni]
        if spec["kind"] == "decision" and spec["place"] != "inline":
            layout += f"+appeal-{spec['place']}"
        must = []
        if doc["cpr"]:
            must = [doc["cpr"], doc["cpr"].replace("-", "")]
        entry = dict(path=rel, format=ext, kind=spec["kind"], subtype=subtype, layout=layout,
                     rules=sorted(rules), extras=sorted(extras), error=None, accept_errors=[],
                     must_not_contain=must, traits=traits)
        if period:
            entry["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(entry)
    # LibreOffice conversions, grouped by target format
    for target in ("odt", "pdf"):
        jobs = [j for j in lo_jobs if j[1] == target]
        if not jobs:
            continue
        od = tmp / f"lo_{target}"
        od.mkdir(exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_gj_profile", "--headless",
                        "--convert-to", target, "--outdir", str(od)] + [str(j[0]) for j in jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, _, final in jobs:
            shutil.move(str(od / (src.stem + "." + target)), final)
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
