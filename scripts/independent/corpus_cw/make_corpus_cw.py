"""Corpus CW: decision letters on mentor support (LAB § 167) as municipalities write them, and
letters that are near them but decide nothing about mentor support.

Written independently from /work/shared/domain.md, the seeds and knowledge of Danish public
administration; see NOTES.md. Deterministic: fixed seed.

    /work/main/.venv/bin/python scripts/independent/corpus_cw/make_corpus_cw.py --out /work/corpora/cw
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

SEED = 9167

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Holbæk Kommune", "Jobcenter Holbæk", "Kanalstræde 2", "4300 Holbæk", "72 36 36 36"),
    ("Viborg Kommune", "Jobcenter Viborg", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87"),
    ("Faxe Kommune", "Jobcenter Faxe", "Frederiksgade 9", "4690 Haslev", "56 20 30 00"),
    ("Tønder Kommune", "Jobcenter Tønder", "Wegnersgade 6", "6270 Tønder", "74 92 92 92"),
    ("Assens Kommune", "Jobcenter Assens", "Skovvej 2", "5610 Assens", "64 74 74 74"),
    ("Roskilde Kommune", "Jobcenter Roskilde", "Køgevej 80", "4000 Roskilde", "46 31 30 00"),
    ("Herning Kommune", "Jobcenter Herning", "Fredhøjvej 10", "7400 Herning", "96 28 28 28"),
    ("Rudersdal Kommune", "Jobcenter Rudersdal", "Stationsvej 36", "3460 Birkerød", "46 11 00 00"),
    ("Gribskov Kommune", "Center for Arbejdsmarked", "Rådhusvej 3", "3200 Helsinge", "72 49 60 00"),
    ("Norddjurs Kommune", "Jobcenter Norddjurs", "Torvet 3", "8500 Grenaa", "89 59 10 00"),
    ("Svendborg Kommune", "Jobcenter Svendborg", "Ramsherred 5", "5700 Svendborg", "62 23 30 00"),
    ("Hjørring Kommune", "Jobcenter Hjørring", "Springvandspladsen 5", "9800 Hjørring", "72 33 33 33"),
]
FIRST = ["Amalie", "Jonas", "Fatima", "Mikkel", "Sofie", "Ahmad", "Line", "Kasper", "Nadia",
         "Rasmus", "Mette", "Emil", "Yasmin", "Frederik", "Camilla", "Oliver", "Ida", "Tobias",
         "Leyla", "Anders", "Signe", "Bilal", "Maja", "Christian"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Özdemir",
        "Ali", "Poulsen", "Johansen", "Mortensen"]
STREETS = ["Vestergade", "Skolevej", "Birkevej", "Nørregade", "Lærkevej", "Engvej", "Ahornvej",
           "Stationsvej", "Bakkevej", "Møllevej"]
CW_NAMES = ["Helle Bach", "Peter Lund", "Susanne Krogh", "Martin Dahl", "Tina Holm", "Brian Vinther",
            "Lene Friis", "Anja Skov", "Karsten Bøgh", "Mona Abdi"]
MENTOR_FIRMS = ["Mentorhuset ApS", "Fokus Mentor", "Bro til Job I/S", "Kommunens mentorkorps",
                "Ungeenheden", "Café Kompasset (mentor)", "JobStart Mentor ApS"]
GOALS = [
    "at du starter på grundforløb 1 på SOSU-skolen i august og møder mindst fire dage om ugen",
    "at du gennemfører din virksomhedspraktik i Netto i Haslev med fremmøde 3 dage om ugen",
    "at du kommer i gang med FVU-dansk på VUC og gennemfører trin 2",
    "at du bevarer dit fleksjob som lagermedarbejder på 15 timer om ugen",
    "at du fastholder din uddannelse på EUD-tømrer og består grundforløbsprøven",
    "at du efter praktikken kan starte i løntilskud hos Holbæk Forsyning",
    "at du møder stabilt på FGU (PGU) og har under 10 % fravær",
    "at du bliver klar til ordinært arbejde i rengøringsbranchen på mindst 20 timer om ugen",
    "at du kan starte på HF-enkeltfag til januar og følge undervisningen fast",
    "at du kan fastholde dit job som køkkenmedhjælper efter sygemeldingen",
]
TASKS = [
    ["hjælpe dig med at få struktur på din morgen, så du møder til tiden",
     "tage med dig til det første møde på praktikstedet", "følge op med din kontaktperson på arbejdspladsen"],
    ["støtte dig i at holde styr på skema og afleveringer", "tage kontakt til SPS-vejlederen sammen med dig",
     "hjælpe dig med at tage offentlig transport til skolen"],
    ["gennemgå post og breve fra myndigheder med dig", "hjælpe med at planlægge ugen",
     "være med til samtaler med arbejdsgiveren"],
    ["øve jobsamtaler med dig", "hjælpe med at skrive ansøgninger", "ledsage dig til virksomhedsbesøg"],
]


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def period_text(rng: random.Random, start: dt.date, end: dt.date) -> str:
    s = rng.randrange(6)
    if s == 0:
        return f"{fmt_date(start, 0)} – {fmt_date(end, 0)}"
    if s == 1:
        return f"{fmt_date(start, 1)}-{fmt_date(end, 1)}"
    if s == 2:
        return f"fra den {fmt_date(start, 2)} til og med den {fmt_date(end, 2)}"
    if s == 3:
        return f"f.o.m. {fmt_date(start, 0)} t.o.m. {fmt_date(end, 0)}"
    if s == 4:
        return f"fra {fmt_date(start, 0)} til {fmt_date(end, 0)}"
    return f"{fmt_date(start, 3)} - {fmt_date(end, 3)}"


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 36))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


# ---------------------------------------------------------------------------------------------
# Text building blocks
# ---------------------------------------------------------------------------------------------

def legal_basis(rng: random.Random, year: int) -> str:
    opts = [
        "§ 167, stk. 1, i lov om en aktiv beskæftigelsesindsats",
        "LAB § 167, stk. 1",
        "beskæftigelseslovens § 167",
        "§ 167 i lov om en aktiv beskæftigelsesindsats, jf. lovbekendtgørelse nr. 280 af 1. marts 2024",
        "lov om en aktiv beskæftigelsesindsats kapitel 26 (§§ 167-171) og bekendtgørelsens §§ 120-125",
    ]
    if year < 2021:
        opts.append("§ 31 b i lov om en aktiv beskæftigelsesindsats")
    return rng.choice(opts)


def appeal_good(rng: random.Random, kom: tuple, cw_mail: str) -> list[str]:
    name, jc, street, town, phone = kom
    body = "kommunen" if rng.random() < 0.6 else "jobcentret"
    v = rng.randrange(5)
    if v == 0:
        return [f"Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal sendes til {jc}, "
                f"{street}, {town}, og vi skal have den senest fire uger efter, at du har fået dette brev. "
                f"Du kan klage skriftligt eller mundtligt.",
                f"Vi vurderer sagen igen. Hvis vi fastholder afgørelsen, sender vi klagen og sagens akter "
                f"videre til Ankestyrelsen, som behandler klagen. Det følger af § 204 i lov om en aktiv "
                f"beskæftigelsesindsats og retssikkerhedslovens kapitel 10."]
    if v == 1:
        return [f"Du kan klage over afgørelsen til {body}. Fristen er 4 uger fra den dag, du modtog "
                f"afgørelsen. Kontakt din sagsbehandler på {cw_mail} eller tlf. {phone}.",
                "Kommunen genvurderer sagen inden fire uger. Fastholdes afgørelsen, sender vi din klage "
                "videre til Ankestyrelsens Beskæftigelsesudvalg."]
    if v == 2:
        return [f"Er du uenig, skal du klage til {name} inden 4 uger efter, at du har modtaget "
                "afgørelsen. Du kan skrive via borger.dk, sende et brev eller ringe.",
                "Vi genvurderer afgørelsen. Giver vi dig ikke medhold, bliver klagen automatisk sendt til "
                "Ankestyrelsen (jf. LAB § 204 og retssikkerhedslovens §§ 66-67)."]
    if v == 3:
        return [f"Klagefrist: fire uger efter modtagelsen af dette brev. Klagen sendes til {jc} – ikke "
                "direkte til Ankestyrelsen. Vi ser på sagen igen, og hvis vi fastholder vores afgørelse, "
                "sender vi den videre til Ankestyrelsen, der træffer den endelige afgørelse."]
    return [f"Hvis du vil klage, skal du henvende dig til {body} inden 4 uger. Du kan også få hjælp "
            "af din sagsbehandler til at formulere klagen. Kommunen skal genvurdere afgørelsen, og "
            "fastholder kommunen den, sendes sagen til Ankestyrelsen."]


def appeal_wrong(rng: random.Random) -> list[str]:
    v = rng.randrange(3)
    if v == 0:
        return ["Du kan klage over afgørelsen til Ankestyrelsen, 7998 Statsservice. Klagen skal være "
                "modtaget senest 4 uger efter, at du har fået afgørelsen.",
                "Du kan klage digitalt via ast.dk."]
    if v == 1:
        return ["Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen inden fire uger. "
                "Skriv til Ankestyrelsen via borger.dk og oplys dit navn, dit CPR-nummer og sagsnummeret."]
    return ["Klager skal sendes til Ankestyrelsen, Teglholmsgade 3, 2450 København SV, inden 4 uger "
            "fra modtagelsen af denne afgørelse, jf. LAB § 204."]


def appeal_incomplete(rng: random.Random) -> list[str]:
    return [rng.choice([
        "Du kan klage over afgørelsen.",
        "Du har mulighed for at klage over denne afgørelse. Kontakt os, hvis du har spørgsmål.",
        "Klageadgang: Afgørelsen kan påklages.",
    ])]


def appeal_heading(rng: random.Random) -> str:
    return rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "KLAGEVEJLEDNING",
                       "Klagemuligheder", "Du kan klage"])


# ---------------------------------------------------------------------------------------------
# Document model: a list of blocks, rendered per format
#   ("title", t) ("h", t) ("p", t) ("kv", [(k, v)]) ("bullets", [..]) ("box", heading, [paras])
#   ("break",)
# ---------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.kom = rng.choice(KOMMUNER)
        self.citizen = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.first = self.citizen.split()[0]
        self.addr = f"{rng.choice(STREETS)} {rng.randrange(1, 90)}"
        self.cw = rng.choice(CW_NAMES)
        dom = self.kom[0].split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.cw_mail = f"{self.cw.split()[0].lower()}.{self.cw.split()[1].lower().replace('ø', 'oe')}@{dom}.dk"
        self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.mentor_firm = rng.choice(MENTOR_FIRMS)
        self.mentor_phone = f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        self.year = 2026 if rng.random() < 0.85 else 2025
        self.letter_date = dt.date(self.year, rng.randrange(1, 12), rng.randrange(1, 28))
        self.sagsnr = f"{rng.randrange(10, 99)}.{rng.randrange(10, 40)}.{rng.randrange(0, 20):02d}-G01-{rng.randrange(1, 999)}-{self.year % 100}"
        self.cpr = cpr(rng) if rng.random() < 0.24 else None
        self.goal = rng.choice(GOALS)
        self.tasks = rng.choice(TASKS)
        self.sender = self.kom[1] if (self.year == 2025 or rng.random() < 0.5) else self.kom[0]

    def header_blocks(self) -> list:
        rng = self.rng
        kv = [("Dato", fmt_date(self.letter_date, rng.choice([0, 1, 0]))), ("Sagsnr.", self.sagsnr)]
        if self.cpr:
            kv.insert(0, ("CPR-nr.", self.cpr))
        kv.append(("Sagsbehandler", self.cw))
        return [("p", f"{self.citizen}\n{self.addr}\n{self.kom[3]}"), ("kv", kv)]

    def greeting(self) -> str:
        return self.rng.choice([f"Kære {self.first}", f"Kære {self.citizen}", "Hej " + self.first, ""])

    def closing(self) -> list:
        rng = self.rng
        bye = rng.choice(["Med venlig hilsen", "Venlig hilsen", "Mvh."])
        return [("p", f"{bye}\n\n{self.cw}\n{rng.choice(['Sagsbehandler', 'Jobkonsulent', 'Rådgiver', 'Virksomhedskonsulent'])}\n"
                      f"{self.sender}\nTlf. {self.kom[4]} · {self.cw_mail}")]


def period_for(rng: random.Random, ctx: Ctx, months: int, extra_days: int = 0) -> tuple[dt.date, dt.date]:
    start = ctx.letter_date + dt.timedelta(days=rng.randrange(7, 40))
    if rng.random() < 0.6:
        start = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    end = add_months(start, months) - dt.timedelta(days=1) + dt.timedelta(days=extra_days)
    return start, end


def agreement_blocks(ctx: Ctx, start, end, hours: str, heading: str, drop: str | None) -> list:
    """The agreement itself (in the body or as Bilag). `drop` removes one field on purpose."""
    rng = ctx.rng
    b: list = [("h", heading)]
    rows = []
    if rng.random() < 0.5:
        rows.append(("Borger", ctx.citizen))
        rows.append(("Mål med mentorstøtten", ctx.goal[3].upper() + ctx.goal[4:] if ctx.goal.startswith("at ") else ctx.goal))
        rows.append(("Mentor", f"{ctx.mentor}, {ctx.mentor_firm}, tlf. {ctx.mentor_phone}"))
        rows.append(("Mentors opgaver", "; ".join(ctx.tasks)))
        rows.append(("Periode", period_text(rng, start, end)))
        if drop != "hours":
            rows.append(("Timer", hours))
        if drop != "follow":
            rows.append(("Opfølgning", rng.choice([
                "Statusmøde med mentor og sagsbehandler hver måned. Midtvejsevaluering efter 3 måneder og "
                "evaluering 14 dage før perioden slutter, hvor vi ser på, om delmålene er nået.",
                "Vi følger op hver 4. uge ved en samtale, hvor vi ser på fremmøde og progression mod målet. "
                "Slutevaluering fire uger før bevillingen udløber."])))
        b.append(("kv", rows))
    else:
        b.append(("p", f"Målet med mentorstøtten er, {ctx.goal}."))
        b.append(("p", f"Din mentor er {ctx.mentor} fra {ctx.mentor_firm}. Du kan ringe til {ctx.mentor.split()[0]} på "
                       f"{ctx.mentor_phone}."))
        b.append(("p", f"{ctx.mentor.split()[0]} skal hjælpe dig med at:"))
        b.append(("bullets", list(ctx.tasks)))
        tail = "" if drop == "hours" else f" Mentoren har {hours} sammen med dig."
        b.append(("p", f"Aftalen gælder {period_text(rng, start, end)}.{tail}"))
        if drop != "follow":
            b.append(("p", "Vi holder opfølgningsmøde hver måned, og senest 14 dage før aftalen udløber "
                           "evaluerer vi sammen, hvor langt du er kommet i forhold til målet."))
    return b


def hours_text(rng: random.Random, n: float) -> str:
    words = {1: "1 time", 2: "2 timer", 3: "3 timer", 4: "4 timer", 1.5: "1½ time", 5: "5 timer"}
    unit = rng.choice([" pr. uge", " om ugen", " ugentligt"])
    return words.get(n, f"{n} timer") + unit


# ---------------------------------------------------------------------------------------------
# Decision letters
# ---------------------------------------------------------------------------------------------

def decision_doc(rng: random.Random, ctx: Ctx, dtype: str, defect: str | None, appeal_style: str,
                 with_agreement: str | None, agreement_drop: str | None) -> tuple[list, dict]:
    """Return blocks and label info for one decision on mentor support."""
    info: dict = {"rules": [], "extras": [], "traits": [f"type:{dtype}"]}
    blocks: list = []
    lb = legal_basis(rng, ctx.year)
    hours = rng.choice([1, 2, 3, 4, 1.5, 5])
    ht = hours_text(rng, hours)
    months = rng.choice([3, 4, 6, 6, 5])
    over6 = defect == "over6"
    if over6:
        months = rng.choice([7, 9, 12, 8])
    start, end = period_for(rng, ctx, months)
    ptxt = period_text(rng, start, end)
    reasons_missing = defect == "noreasons"
    # Title
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte",
                  "Afgørelse: Mentorstøtte efter § 167", "Bevilling – mentor"],
        "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse om mentorstøtte",
                    "Delvis bevilling af mentorstøtte", "Svar på din ansøgning om mentor"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte", "Afgørelse – afslag på ansøgning om mentor",
                    "Din ansøgning om mentorstøtte er afslået"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte",
                      "Bevilling af ny periode med mentorstøtte"],
        "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper",
                "Afgørelse: mentorstøtten afsluttes"],
    }
    title = rng.choice(titles[dtype])
    blocks.append(("letterhead", ctx.sender, ctx.kom))
    blocks += ctx.header_blocks()
    blocks.append(("title", title))
    g = ctx.greeting()
    if g:
        blocks.append(("p", g))
    paras: list = []
    reason_paras: list = []
    section_style = rng.random() < 0.5  # "Begrundelse" heading vs running paragraphs
    if dtype == "grant" and not over6 and rng.random() < 0.15:
        # LAB § 167, stk. 2: up to 3 months before discharge and at least 6 months in all (9 months allowed)
        months = rng.choice([8, 9])
        start, end = period_for(rng, ctx, months)
        ptxt = period_text(rng, start, end)
        paras.append(f"Du er indlagt på psykiatrisk afdeling og har ret til en udskrivningskoordinator efter § 167, "
                     f"stk. 2, i lov om en aktiv beskæftigelsesindsats. Vi bevilger udskrivningskoordinator fra "
                     f"3 måneder før din forventede udskrivning og 6 måneder efter, i alt perioden {ptxt}, "
                     f"med {ht}.")
        reason_paras.append("Du har sagt ja til en koordinator, og hospitalet har oplyst den forventede "
                            "udskrivningsdato.")
        info["period"] = {"start": start.isoformat(), "end": end.isoformat()}
        info["traits"].append("udskrivningskoordinator")
    elif dtype == "grant":
        verb = rng.choice(["Du har fået bevilget", "Vi har bevilget dig", "Jobcentret har besluttet at give dig",
                           "Kommunen bevilger dig"])
        paras.append(f"{verb} mentorstøtte efter {lb}. Støtten gælder i perioden {ptxt}, og der er bevilget {ht}.")
        if over6:
            info["rules"].append("duration-over-6-months")
        if rng.random() < 0.6:
            reason_paras.append(rng.choice([
                f"Vi har lagt vægt på, at du har brug for en mentor, hvis målet – {ctx.goal} – skal nås, og at du "
                "ikke kan få den støtte andre steder.",
                "Bevillingen sker på baggrund af samtalen med dig og din ansøgning, hvor det fremgår, at du har "
                "behov for hjælp til at komme stabilt i gang.",
            ]))
        info["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    elif dtype == "partial":
        kind = "hours" if over6 else rng.choice(["hours", "period"])
        if kind == "hours":
            asked = hours + rng.choice([2, 3, 4])
            paras.append(rng.choice([
                f"Du har søgt om mentorstøtte {asked} timer om ugen. Vi bevilger {ht} i perioden {ptxt}.",
                f"Vi har behandlet din ansøgning om {asked} timers mentorstøtte pr. uge. Du får delvis bevilling: "
                f"{ht} fra {fmt_date(start, 0)} til {fmt_date(end, 0)}.",
            ]))
            reason_paras.append(rng.choice([
                f"Vi har lagt vægt på, at du allerede får støtte fra din kontaktperson på bostedet, og at {ht} "
                "derfor er nok til at hjælpe dig med det, der handler om praktikken. Afgørelsen er truffet efter "
                f"{lb}.",
                f"Vi vurderer, at en del af dit behov dækkes af SPS-støtten på skolen. Mentoren skal kun hjælpe med det, "
                f"skolen ikke hjælper med. Derfor bevilger vi færre timer end ansøgt, jf. {lb}.",
            ]))
            info["traits"].append("partial:fewer-hours")
        else:
            asked_m = rng.choice([9, 12, 8])
            paras.append(rng.choice([
                f"Du har søgt om mentorstøtte i {asked_m} måneder. Vi har bevilget støtte i perioden {ptxt} "
                f"med {ht}.",
                f"Din ansøgning om mentorstøtte i {asked_m} måneder er delvist imødekommet. Du får mentor {ptxt}, {ht}.",
            ]))
            reason_paras.append(rng.choice([
                f"Mentorstøtte kan efter {lb} bevilges i højst 6 måneder ad gangen. Hvis du stadig har behov, "
                "når perioden slutter, vurderer vi sagen igen.",
                f"Loven giver mulighed for mentorstøtte i op til seks måneder ad gangen ({lb}). Vi har vurderet, "
                f"at {months} måneder passer til dit forløb, fordi praktikken slutter inden da.",
            ]))
            info["traits"].append("partial:shorter-period")
        if over6:
            info["rules"].append("duration-over-6-months")
        info["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    elif dtype == "refusal":
        paras.append(rng.choice([
            "Du har den " + fmt_date(ctx.letter_date - dt.timedelta(days=rng.randrange(10, 40)), 0) +
            " søgt om mentorstøtte. Vi har behandlet din ansøgning, og du får afslag.",
            "Vi har givet dig afslag på din ansøgning om mentor.",
            "Jobcentret kan ikke imødekomme din ansøgning om mentorstøtte.",
            "Vi har nu truffet afgørelse i din sag om mentorstøtte. Du får ikke bevilget en mentor.",
        ]))
        cover = rng.choice([
            ("Din uddannelsesinstitution har pligt til at give dig specialpædagogisk støtte (SPS), og du har "
             "allerede fået bevilget en studiestøttementor via SPS. Dit behov for støtte er derfor dækket."),
            ("Du har bostøtte efter servicelovens § 85 tre gange om ugen, og bostøttemedarbejderen hjælper dig "
             "allerede med struktur i hverdagen og med at komme afsted. Behovet er dermed dækket af anden støtte."),
            ("Virksomheden har selv tilknyttet en fast kontaktperson, som har ansvaret for din oplæring. "
             "Mentorstøtte gives ikke til opgaver, som arbejdsgiveren normalt selv varetager."),
            ("Din nuværende indsats hos Fokus Mentor omfatter allerede en fast kontaktperson to gange om ugen. "
             "Vi vurderer, at dit behov er dækket af den indsats."),
            ("Der er ikke et mål om job eller uddannelse knyttet til ansøgningen. Mentorstøtte efter loven skal "
             "understøtte, at du kommer i job eller uddannelse."),
        ])
        reason_paras.append(f"{cover} Vi har truffet afgørelsen efter {lb}.")
        info["traits"].append("refusal:covered-otherwise" if "dækket" in cover else "refusal:no-job-goal")
    elif dtype == "extension":
        prev_end = ctx.letter_date + dt.timedelta(days=rng.randrange(5, 30))
        start = prev_end + dt.timedelta(days=1)
        end = add_months(start, months) - dt.timedelta(days=1)
        ptxt = period_text(rng, start, end)
        paras.append(rng.choice([
            f"Din nuværende periode med mentorstøtte udløber den {fmt_date(prev_end, 0)}. Vi har besluttet at "
            f"forlænge støtten. Den nye periode er {ptxt}, og timetallet er fortsat {ht}.",
            f"Mentorstøtten forlænges efter en konkret vurdering, jf. {lb}, 2. pkt. Ny periode: {ptxt}. Timer: {ht}.",
            f"Vi forlænger din mentorstøtte med {months} måneder, så den løber {ptxt}. Din mentor er stadig "
            f"{ctx.mentor}.",
        ]))
        reason_paras.append(rng.choice([
            "På statusmødet aftalte vi, at du er godt i gang, men at du fortsat har brug for støtte til at fastholde "
            "fremmødet. Derfor forlænger vi.",
            "Vi har lagt vægt på mentorens statusrapport, som viser, at du har nået to af tre delmål.",
        ]))
        if over6:
            info["rules"].append("duration-over-6-months")
        info["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    elif dtype == "end":
        why = rng.choice(["goal", "moved", "goal", "noshow"])
        stop = ctx.letter_date + dt.timedelta(days=rng.randrange(7, 30))
        paras.append(rng.choice([
            f"Din mentorstøtte ophører den {fmt_date(stop, 0)}.",
            f"Vi har besluttet, at mentorstøtten stopper pr. {fmt_date(stop, 1)}.",
            f"Mentorforløbet hos {ctx.mentor_firm} afsluttes med udgangen af {MONTHS[stop.month - 1]} {stop.year}.",
        ]))
        if why == "goal":
            reason_paras.append(rng.choice([
                "Du er startet i ordinært job på 25 timer om ugen og har nu været stabil i mere end to måneder. "
                "Målet med mentorstøtten er dermed nået.",
                "Du har gennemført grundforløbet og er kommet i lære. Formålet med støtten er opfyldt, og "
                "skolens elevcoach overtager kontakten.",
            ]) + f" Afgørelsen er truffet efter {lb}.")
        elif why == "moved":
            reason_paras.append(rng.choice([
                "Du er flyttet til Aarhus Kommune. Vi kan kun bevilge mentorstøtte til borgere, der bor i kommunen, "
                "og din nye kommune skal derfor tage stilling til, om du fortsat skal have en mentor.",
                "Vi har fået besked fra folkeregistret om, at du er flyttet til en anden kommune. Din nye "
                "bopælskommune overtager sagen, og vi har sendt dine oplysninger videre.",
            ]))
        else:
            reason_paras.append("Du har ikke mødt op til de aftalte møder med mentoren siden "
                                f"{fmt_date(ctx.letter_date - dt.timedelta(days=40), 0)}, og vi har ikke kunnet "
                                "komme i kontakt med dig. Vi har derfor vurderet, at støtten ikke længere kan "
                                f"hjælpe dig mod målet, jf. {lb}.")
        info["traits"].append(f"end:{why}")
    # reasons
    if reasons_missing:
        reason_paras = []
        info["extras"].append("missing-reasons")
        info["traits"].append("defect:no-reasons")
        # also strip legal-basis phrases that would count as reasons
        paras = [p.replace(f" efter {lb}", "").replace(f", jf. {lb}, 2. pkt", "") for p in paras]
    for p in paras:
        blocks.append(("p", p))
    if reason_paras:
        if section_style:
            blocks.append(("h", rng.choice(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?",
                                            "Vores vurdering"])))
        blocks += [("p", p) for p in reason_paras]
    if dtype in ("grant", "partial", "extension") and with_agreement == "body":
        blocks += agreement_blocks(ctx, start, end, ht, rng.choice(["Aftale om mentorstøtte", "Din mentoraftale",
                                                                      "Det har vi aftalt"]), agreement_drop)
    elif dtype in ("grant", "extension") and rng.random() < 0.5:
        blocks.append(("p", f"Din mentor bliver {ctx.mentor} fra {ctx.mentor_firm}, som kontakter dig inden for en uge."
                       if dtype == "grant" else f"Du fortsætter med {ctx.mentor} fra {ctx.mentor_firm} som mentor."))
    if dtype in ("grant", "partial", "extension") and with_agreement == "bilag":
        blocks.append(("p", rng.choice(["Aftalen om mentorstøtte er vedlagt som bilag 1.",
                                         "Se den vedlagte mentoraftale (bilag)."])))
    # appeal guidance
    if appeal_style == "none":
        info["rules"].append("missing-appeal-guidance")
        info["traits"].append("defect:no-appeal")
        ap = None
    elif appeal_style == "incomplete":
        info["rules"].append("missing-appeal-guidance")
        info["traits"].append("defect:appeal-incomplete")
        ap = appeal_incomplete(rng)
    elif appeal_style == "wrong":
        info["extras"].append("appeal-wrong-route")
        info["traits"].append("defect:appeal-wrong-route")
        ap = appeal_wrong(rng)
    else:
        ap = appeal_good(rng, ctx.kom, ctx.cw_mail)
    placement = rng.choice(["inline", "box", "page2", "bilag", "inline"])
    if ap is not None:
        info["traits"].append(f"appeal:{placement}")
    if ap is not None and placement == "inline":
        blocks.append(("h", appeal_heading(rng)))
        blocks += [("p", p) for p in ap]
        blocks += ctx.closing()
    elif ap is not None and placement == "box":
        blocks += ctx.closing()
        blocks.append(("box", appeal_heading(rng), ap))
    elif ap is not None and placement == "page2":
        blocks += ctx.closing()
        blocks.append(("break",))
        blocks.append(("h", appeal_heading(rng)))
        blocks += [("p", p) for p in ap]
    else:
        blocks += ctx.closing()
    if dtype in ("grant", "partial", "extension") and with_agreement == "bilag":
        blocks.append(("break",))
        blocks += agreement_blocks(ctx, start, end, ht, rng.choice(["Bilag 1: Aftale om mentorstøtte",
                                                                      "Bilag 1 – Mentoraftale"]), agreement_drop)
    if ap is not None and placement == "bilag":
        blocks.append(("break",))
        blocks.append(("h", rng.choice(["Bilag: Klagevejledning", "Bilag 2 – Klagevejledning", "Vejledning om klage"])))
        blocks += [("p", p) for p in ap]
    if with_agreement:
        info["traits"].append(f"agreement:{with_agreement}")
        if agreement_drop == "hours":
            info["rules"].append("missing-hours")
            info["traits"].append("defect:agreement-no-hours")
        if agreement_drop == "follow":
            info["rules"].append("missing-follow-up")
            info["traits"].append("defect:agreement-no-follow-up")
    if over6:
        info["traits"].append("defect:over6")
    return blocks, info


# ---------------------------------------------------------------------------------------------
# Near-misses (kind unknown, no findings)
# ---------------------------------------------------------------------------------------------

def near_miss(rng: random.Random, ctx: Ctx, sub: str) -> list:
    b: list = [("letterhead", ctx.sender, ctx.kom)] + ctx.header_blocks()
    g = ctx.greeting() or f"Kære {ctx.first}"
    deadline = fmt_date(ctx.letter_date + dt.timedelta(days=14), 0)
    if sub == "partshoering":
        b += [("title", rng.choice(["Partshøring – din sag om mentorstøtte", "Høring inden afgørelse om mentorstøtte",
                                    "Vi vil gerne høre dig, før vi træffer afgørelse"])),
              ("p", g),
              ("p", "Vi overvejer at give dig afslag på din ansøgning om mentorstøtte. Før vi træffer afgørelse, får "
                    "du mulighed for at komme med dine bemærkninger, jf. forvaltningslovens § 19."),
              ("p", "Vi har lagt vægt på oplysningerne fra din uddannelsesinstitution om, at du får SPS-støtte "
                    "to timer om ugen, og at en mentor derfor ser ud til at dække det samme behov."),
              ("p", f"Du kan sende dine bemærkninger til os senest den {deadline}. Hører vi ikke fra dig, træffer vi "
                    "afgørelse på det foreliggende grundlag. Du får en skriftlig afgørelse med klagevejledning.")]
    elif sub == "dokumentation":
        b += [("title", rng.choice(["Vi mangler oplysninger til din ansøgning om mentor", "Anmodning om dokumentation",
                                    "Brug for flere oplysninger"])),
              ("p", g),
              ("p", "Tak for din ansøgning om mentorstøtte. For at vi kan behandle den, skal vi bruge:"),
              ("bullets", ["en udtalelse fra din læge eller psykiater", "dit skema fra skolen for det næste halve år",
                           "samtykke til, at vi må kontakte din kontaktperson i bostøtten"]),
              ("p", f"Send oplysningerne senest {deadline} via Digital Post eller aflever dem i receptionen. Du er "
                    f"velkommen til at ringe til {ctx.cw} på {ctx.kom[4]}.")]
    elif sub == "anden-ydelse":
        what = rng.choice([
            ("Afgørelse om befordringsgodtgørelse", "Du får dækket dine udgifter til transport mellem hjem og "
             "praktiksted efter § 82 i lov om en aktiv beskæftigelsesindsats med 1.240 kr. om måneden. Din mentor "
             "kan hjælpe dig med at udfylde kørselslisten hver måned."),
            ("Afgørelse om hjælpemidler", "Du får bevilget en ergonomisk stol og en hæve-sænkebord til din "
             "arbejdsplads efter LAB § 76. Din mentor har hjulpet med at beskrive behovet, og støtten fortsætter "
             "som hidtil."),
            ("Afgørelse om sanktion i kontanthjælp", "Vi trækker dig i kontanthjælp for 2 dage, fordi du udeblev "
             "fra samtalen den 3. september uden gyldig grund, jf. aktivlovens § 36. At du havde aftalt et møde "
             "med din mentor samme dag, ændrer ikke på vurderingen, da mødet kunne flyttes."),
            ("Afgørelse om ressourceforløbsydelse", "Du overgår til ressourceforløbsydelse fra 1. februar. "
             "Mentorstøtten fra den tidligere bevilling er ikke berørt af denne afgørelse."),
        ])
        b += [("title", what[0]), ("p", g), ("p", what[1]),
              ("h", "Begrundelse"),
              ("p", "Vi har lagt vægt på oplysningerne i din sag og på samtalen med dig."),
              ("h", "Klagevejledning"),
              ("p", f"Du kan klage til {ctx.kom[0]} inden 4 uger. Fastholder vi afgørelsen, sender vi klagen til "
                    "Ankestyrelsen.")]
    elif sub == "invitation":
        when = ctx.letter_date + dt.timedelta(days=rng.randrange(5, 20))
        b += [("title", rng.choice(["Indkaldelse til opfølgningssamtale", "Invitation til statusmøde om din mentor",
                                    "Mødeindkaldelse"])),
              ("p", g),
              ("p", f"Du er indkaldt til et møde den {fmt_date(when, 0)} kl. {rng.choice(['9.00', '10.30', '13.00'])} hos "
                    f"{ctx.sender}, {ctx.kom[2]}. Din mentor {ctx.mentor} deltager også."),
              ("p", "På mødet taler vi om, hvordan det går med praktikken, og om mentorstøtten skal fortsætte."),
              ("p", "Hvis du ikke kan komme, skal du ringe til os inden mødet. Udebliver du uden gyldig grund, kan det "
                    "få betydning for din ydelse.")]
    elif sub == "kvittering":
        b += [("title", rng.choice(["Kvittering for modtagelse af ansøgning", "Vi har modtaget din ansøgning om mentor"])),
              ("p", g),
              ("p", f"Vi har modtaget din ansøgning om mentorstøtte den {fmt_date(ctx.letter_date, 0)}. Vi forventer "
                    "at kunne træffe afgørelse inden for 4 uger. Hvis vi får brug for flere oplysninger, kontakter vi dig."),
              ("p", "Du skal ikke gøre mere lige nu.")]
    elif sub == "genvurdering":
        b += [("title", "Genvurdering af din klage – afgørelsen fastholdes"), ("p", g),
              ("p", "Du har klaget over vores afslag på mentorstøtte. Vi har genvurderet sagen, men vi fastholder "
                    "afgørelsen. Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, som vil "
                    "behandle klagen. Du hører fra Ankestyrelsen."),
              ("p", "Du kan sende yderligere bemærkninger direkte til Ankestyrelsen.")]
    b += ctx.closing()
    return b


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def blocks_to_lines(blocks: list, wrap: int | None = None, letterhead: bool = True) -> list[str]:
    out: list[str] = []

    def para(t: str):
        for line in t.split("\n"):
            out.extend(textwrap.wrap(line, wrap) if wrap and line else [line])
        out.append("")
    for b in blocks:
        k = b[0]
        if k == "letterhead":
            if letterhead:
                out += [b[1], f"{b[2][2]}, {b[2][3]}", ""]
        elif k == "title":
            out += [b[1], ""]
        elif k == "h":
            out += [b[1], ""]
        elif k == "p":
            para(b[1])
        elif k == "kv":
            out += [f"{a}: {v}" for a, v in b[1]] + [""]
        elif k == "bullets":
            out += [f"- {x}" for x in b[1]] + [""]
        elif k == "box":
            out += ["-" * 60, b[1]] + sum([[*(textwrap.wrap(p, wrap) if wrap else [p]), ""] for p in b[2]], []) + ["-" * 60, ""]
        elif k == "break":
            out += ["", ""]
    return out


def render_txt(path: Path, blocks: list, ctx: Ctx, rng: random.Random) -> None:
    head = []
    if rng.random() < 0.7:  # Digital Post export
        head = [f"Fra: {ctx.sender}", f"Til: {ctx.citizen}",
                f"Emne: {[b for b in blocks if b[0] == 'title'][0][1]}",
                f"Modtaget: {fmt_date(ctx.letter_date, 1)} kl. {rng.randrange(7, 17):02d}:{rng.randrange(0, 60):02d}",
                "Mappe: Indbakke", "=" * 40, ""]
    lines = blocks_to_lines(blocks, wrap=rng.choice([None, 72, 78]))
    path.write_text("\n".join(head + lines), encoding="utf-8")


_EML_COUNT = 0


def render_eml(path: Path, blocks: list, ctx: Ctx, rng: random.Random) -> None:
    msg = EmailMessage()
    title = [b for b in blocks if b[0] == "title"][0][1]
    msg["Subject"] = title
    msg["From"] = f"{ctx.sender} <noreply@{ctx.cw_mail.split('@')[1]}>"
    msg["To"] = f"{ctx.citizen} <borger{rng.randrange(100, 999)}@mail.dk>"
    msg["Date"] = format_datetime(dt.datetime(ctx.letter_date.year, ctx.letter_date.month, ctx.letter_date.day,
                                              9, 12, tzinfo=dt.timezone.utc))
    msg["X-Digital-Post-Export"] = "e-Boks eksport"
    global _EML_COUNT
    _EML_COUNT += 1
    if _EML_COUNT % 2 == 0:
        # Digital Post as it is often exported: a short notice, the letter itself attached
        msg.set_content(f"Kære {ctx.citizen}\n\nDu har modtaget et brev fra {ctx.sender}. Brevet er vedhæftet "
                        f"som dokument.\n\nDette er en automatisk besked. Du kan ikke svare på denne mail.\n")
        with tempfile.TemporaryDirectory() as td:
            att = Path(td) / "brev.docx"
            render_docx(att, blocks, ctx, rng)
            msg.add_attachment(att.read_bytes(), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=f"{title[:40].replace(' ', '_')}.docx")
        path.write_bytes(bytes(msg))
        return
    body = "\n".join(blocks_to_lines([b for b in blocks if b[0] != "title"], wrap=76))
    msg.set_content(body)
    if rng.random() < 0.5:
        msg.add_alternative(to_html_body(blocks, rng), subtype="html")
    path.write_bytes(bytes(msg))


def to_html_body(blocks: list, rng: random.Random) -> str:
    parts = []
    for b in blocks:
        k = b[0]
        if k == "letterhead":
            parts.append(f'<div class="afsender"><strong>{escape(b[1])}</strong><br>{escape(b[2][2])}<br>{escape(b[2][3])}</div>')
        elif k == "title":
            parts.append(f"<h1>{escape(b[1])}</h1>")
        elif k == "h":
            parts.append(f"<h2>{escape(b[1])}</h2>" if rng.random() < 0.6 else f"<p><strong>{escape(b[1])}</strong></p>")
        elif k == "p":
            parts.append("<p>" + escape(b[1]).replace("\n", "<br>") + "</p>")
        elif k == "kv":
            if rng.random() < 0.5:
                parts.append("<dl>" + "".join(f"<dt>{escape(a)}</dt><dd>{escape(v)}</dd>" for a, v in b[1]) + "</dl>")
            else:
                parts.append("<table>" + "".join(f"<tr><th>{escape(a)}</th><td>{escape(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k == "bullets":
            parts.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "box":
            parts.append('<div class="boks" style="border:1px solid #333;padding:8px"><h3>' + escape(b[1]) + "</h3>"
                         + "".join(f"<p>{escape(p)}</p>" for p in b[2]) + "</div>")
        elif k == "break":
            parts.append('<div style="page-break-before:always"></div>')
    return "\n".join(parts)


def render_html(path: Path, blocks: list, ctx: Ctx, rng: random.Random) -> None:
    title = [b for b in blocks if b[0] == "title"][0][1]
    html = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<script>window.sagsid="x";</script><style>body{font-family:Arial}</style></head><body>'
            '<nav><a href="#">Tilbage til sagen</a></nav><div id="dokument"><div class="indhold">'
            + to_html_body(blocks, rng) + "</div></div></body></html>")
    path.write_text(html, encoding="utf-8")


def render_docx(path: Path, blocks: list, ctx: Ctx, rng: random.Random) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = Document()
    sec = d.sections[0]
    lh_in_header = rng.random() < 0.5
    for b in blocks:
        k = b[0]
        if k == "letterhead":
            if lh_in_header:
                hp = sec.header.paragraphs[0]
                hp.text = f"{b[1]}\t\t{b[2][2]} · {b[2][3]} · Tlf. {b[2][4]}"
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(14)
                d.add_paragraph(f"{b[2][2]}\n{b[2][3]}")
        elif k == "title":
            if rng.random() < 0.5:
                d.add_heading(b[1], level=1)
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(13)
        elif k == "h":
            if rng.random() < 0.6:
                d.add_heading(b[1], level=2)
            else:
                d.add_paragraph().add_run(b[1]).bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid" if rng.random() < 0.5 else None
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = v
            d.add_paragraph()
        elif k == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            c.paragraphs[0].add_run(b[1]).bold = True
            for ptxt in b[2]:
                c.add_paragraph(ptxt)
            tcPr = c._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), "EEEEEE")
            tcPr.append(shd)
        elif k == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if rng.random() < 0.5:
        sec.footer.paragraphs[0].text = f"{ctx.kom[0]} · CVR 29 18 98 {rng.randrange(10, 99)} · www.{ctx.cw_mail.split('@')[1]}"
    d.save(path)


def render_reportlab(path: Path, blocks: list, ctx: Ctx, rng: random.Random) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle)
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    W, H = A4
    sidebar = rng.random() < 0.6
    lh = [b for b in blocks if b[0] == "letterhead"][0]
    hdr = [b for b in blocks if b[0] == "kv"][0][1]
    side_lines = [lh[1], lh[2][2], lh[2][3], f"Tlf. {lh[2][4]}", ""] + [f"{a}: {v}" for a, v in hdr]

    def on_page(c, doc):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(20 * mm, H - 18 * mm, lh[2][0])
        c.setFont("Helvetica", 8)
        if sidebar:
            y = H - 40 * mm
            for line in side_lines:
                c.drawString(W - 58 * mm, y, line)
                y -= 10
        c.drawRightString(W - 20 * mm, 12 * mm, f"Side {doc.page}")

    body_w = (W - 85 * mm) if sidebar else (W - 40 * mm)
    frame = Frame(20 * mm, 20 * mm, body_w, H - 50 * mm, id="body")
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate("p", [frame], onPage=on_page)],
                          title=[b for b in blocks if b[0] == "title"][0][1], author=ctx.sender)
    story = []
    skipped_hdr = False
    for b in blocks:
        k = b[0]
        if k == "letterhead":
            continue
        if k == "kv" and sidebar and not skipped_hdr:
            skipped_hdr = True
            continue
        if k == "title":
            story.append(Paragraph(escape(b[1]), ss["Heading1"]))
        elif k == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading3"]))
        elif k == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif k == "kv":
            t = Table([[Paragraph(escape(a), ss["BodyText"]), Paragraph(escape(v), ss["BodyText"])] for a, v in b[1]],
                      colWidths=[35 * mm, body_w - 35 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        elif k == "bullets":
            for x in b[1]:
                story.append(Paragraph("• " + escape(x), ss["BodyText"]))
        elif k == "box":
            inner = [[Paragraph("<b>" + escape(b[1]) + "</b>", ss["BodyText"])]] + [[Paragraph(escape(p), ss["BodyText"])] for p in b[2]]
            t = Table(inner, colWidths=[body_w - 4 * mm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f0f0f0"))]))
            story.append(Spacer(1, 6))
            story.append(t)
        elif k == "break":
            story.append(PageBreak())
        story.append(Spacer(1, 3))
    doc.build(story)


# ---------------------------------------------------------------------------------------------

FORMATS = ["docx", "lo-pdf", "rl-pdf", "txt", "eml", "html"]
FMT_WEIGHTS = [22, 16, 22, 14, 12, 14]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=100)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    lo_jobs: list[tuple[Path, Path]] = []
    tmp = Path(tempfile.mkdtemp(prefix="cw_lo_"))
    n_near = round(args.n * 0.2)
    plan = ["near"] * n_near + ["dec"] * (args.n - n_near)
    rng.shuffle(plan)
    near_subs = ["partshoering", "dokumentation", "anden-ydelse", "invitation", "kvittering", "genvurdering"]
    dtypes = ["grant"] * 30 + ["partial"] * 18 + ["refusal"] * 16 + ["extension"] * 16 + ["end"] * 20
    n_done = 0
    for i, what in enumerate(plan):
        ctx = Ctx(rng, i)
        fmt = rng.choices(FORMATS, FMT_WEIGHTS)[0]
        if what == "near":
            sub = near_subs[n_done % len(near_subs)]
            n_done += 1
            blocks = near_miss(rng, ctx, sub)
            info = {"rules": [], "extras": [], "traits": ["near-miss", f"near:{sub}"]}
            kind, subtype = "unknown", sub
        else:
            dtype = rng.choice(dtypes)
            defect = None
            appeal_style = "good"
            r = rng.random()
            if r < 0.37:  # about a third of the decisions carry one realistic defect
                options = ["none", "none", "incomplete", "wrong", "wrong"]
                if dtype in ("refusal", "partial", "end"):
                    options += ["noreasons"] * 4
                if dtype in ("grant", "extension", "partial"):
                    options += ["over6"] * 5
                pick = rng.choice(options)
                if pick in ("none", "incomplete", "wrong"):
                    appeal_style = pick
                else:
                    defect = pick
            with_ag = None
            ag_drop = None
            if dtype in ("grant", "partial", "extension") and rng.random() < 0.35:
                with_ag = rng.choice(["body", "bilag"])
                # only follow-up can be dropped: the letter itself always states the hours
                if dtype in ("grant", "partial") and rng.random() < 0.12:
                    ag_drop = "follow"
            blocks, info = decision_doc(rng, ctx, dtype, defect, appeal_style, with_ag, ag_drop)
            kind, subtype = "decision", dtype
        if ctx.cpr:
            info["traits"].append("cpr")
        folder = f"{ctx.kom[0].split()[0].lower()}/{ctx.year}"
        stem = f"{i:03d}-{subtype}"
        ext = {"docx": "docx", "lo-pdf": "pdf", "rl-pdf": "pdf", "txt": "txt", "eml": "eml", "html": "html"}[fmt]
        rel = Path(folder) / f"{stem}.{ext}"
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(dest, blocks, ctx, rng)
            layout = "letter-docx"
        elif fmt == "lo-pdf":
            src = tmp / f"{i:03d}" / f"{stem}.docx"
            src.parent.mkdir(parents=True)
            render_docx(src, blocks, ctx, rng)
            lo_jobs.append((src, dest))
            layout = "letter-lo-pdf"
        elif fmt == "rl-pdf":
            render_reportlab(dest, blocks, ctx, rng)
            layout = "letter-columns"
        elif fmt == "txt":
            render_txt(dest, blocks, ctx, rng)
            layout = "digital-post-txt"
        elif fmt == "eml":
            render_eml(dest, blocks, ctx, rng)
            layout = "email"
        else:
            render_html(dest, blocks, ctx, rng)
            layout = "html-export"
        entry = {"path": str(rel), "format": ext, "kind": kind, "subtype": subtype, "layout": layout,
                 "rules": sorted(set(info["rules"])), "extras": sorted(set(info["extras"])), "error": None,
                 "accept_errors": [], "must_not_contain": [ctx.cpr] if ctx.cpr else [],
                 "traits": info["traits"] + [f"format:{fmt}"]}
        if "period" in info:
            entry["period"] = info["period"]
        entries.append(entry)
    # LibreOffice conversions, one soffice call per output folder
    by_dir: dict[Path, list[Path]] = {}
    for src, dest in lo_jobs:
        by_dir.setdefault(dest.parent, []).append(src)
    for d, srcs in by_dir.items():
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cw_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(d), *map(str, srcs)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    for src, dest in lo_jobs:
        if not dest.exists():
            raise SystemExit(f"LibreOffice did not produce {dest}")
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
