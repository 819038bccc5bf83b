#!/usr/bin/env python3
"""Independent corpus DI: one municipality's quality-audit sample over three years (2024-2026).

Four caseworkers with their own habits, two template generations, an external provider's forms,
Min Plan prints, decision letters of five types and documents that are none of the kinds.
Deterministic: fixed seed. Usage: make_corpus_di.py --out DIR
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 91_2026
R = random.Random(SEED)

KOMMUNE = "Vordingborg Kommune"
KOM_SHORT = "Vordingborg"
ADDR = ["Valdemarsgade 43, 4760 Vordingborg", "Østergade 11, 4772 Langebæk", "Valdemarsgade 43, 4760 Vordingborg"]

FIRST = ("Anna Mads Sofie Jonas Line Ahmed Fatima Kasper Mette Rasmus Louise Emil Camilla Nikolaj Sara "
         "Mikkel Ida Frederik Amalie Jesper Hanne Bo Pernille Tobias Nadia Ali Yasmin Malene Stine "
         "Henrik Julie Patrick Dorthe Kenneth Signe Oliver Maja Lukas Zainab Omar Helle Søren Tina Jannik "
         "Christina Michael Gitte Rikke Abdi Leyla Torben Vibeke Dennis Cecilie Morten Lene").split()
LAST = ("Hansen Jensen Nielsen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen "
        "Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen "
        "Østergaard Kjær Lund Holm Bach Dahl Frandsen Vestergaard Ali Yilmaz Hussein Nguyen Karimi "
        "Abdullahi Friis Skov Lauridsen Brandt Winther Bruun Iversen Clausen Kofoed Juhl").split()
FEMALE = set("Anna Sofie Line Fatima Mette Louise Camilla Sara Ida Amalie Hanne Pernille Nadia Yasmin Malene Stine "
             "Julie Dorthe Signe Maja Zainab Helle Tina Christina Gitte Rikke Leyla Vibeke Cecilie Lene".split())
EDU_TASK = ("lektier", "skemaet", "SU-kontoret", "{edu_s}")
WORK_TASK = ("{wp}", "arbejdspladsen", "fleksjob", "jobsamtaler")
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

PROVIDERS = [("Jobhuset Sydsjælland ApS", "jobhuset-syd.dk"), ("Mentorkompagniet", "mentorkompagniet.dk"),
             ("Broen Vordingborg", "broen-vordingborg.dk"), ("Aktiv Vej I/S", "aktivvej.dk")]
WORKPLACES = ["Netto i Præstø", "Rema 1000 Vordingborg", "Danish Crown i Ringsted", "Byggecentret Stege",
              "Plejecenter Solgården", "Vordingborg Genbrugsplads", "Lageret hos Bilka Næstved",
              "Kantinen på Campus Vordingborg", "Lokalbryggeriet Møn", "Autoværkstedet i Nyråd",
              "Dagli'Brugsen Stensved", "Vejcenteret", "Børnehaven Solsikken", "Gartneriet Kalvehave"]
EDUS = [("SOSU-hjælperuddannelsen på ZBC Vordingborg", "SOSU"), ("FGU Storstrøm, PGU", "FGU"),
        ("HF på VUC Storstrøm", "HF"), ("EUD Smed på ZBC Næstved", "EUD"), ("AMU-kursus i truckkørsel", "AMU"),
        ("FVU-dansk på VUC", "FVU"), ("Pædagogisk assistentuddannelse (PAU)", "PAU"),
        ("EUX Business på ZBC", "EUX")]
JOBS = ["lagermedarbejder", "køkkenhjælp", "butiksmedhjælper", "pædagogmedhjælper", "rengøringsassistent",
        "chauffør", "gartnermedhjælper", "pedelmedhjælper", "servicemedarbejder"]

TASK_FRAG = [
    "følge {f} til {wp} de første {n} gange", "hjælpe med at planlægge ugen og holde styr på mødetider",
    "ringe {f} op om morgenen de dage, {p} skal møde", "tage med til samtaler på {edu_s}",
    "støtte i kontakten med SU-kontoret og studievejlederen", "gennemgå post fra e-Boks sammen med {f}",
    "hjælpe med transport og rejseplan til {wp}", "tale om fremmøde og hvordan ugen er gået",
    "hjælpe med at lave et budget og betale regninger til tiden", "være bindeled til arbejdspladsen",
    "øve jobsamtaler og skrive ansøgninger", "følge op på lektier og afleveringer",
    "tage med til lægen, hvis {f} ønsker det", "hjælpe med at søge fleksjob og ordinære timer",
    "støtte {f} i at bruge kalender på telefonen", "tage kontakt til kontaktpersonen på {wp} ved fravær",
    "hjælpe med at finde en fritidsaktivitet, der giver faste rammer", "følges med på Borgerservice",
    "gennemgå skemaet fra skolen hver mandag", "træne at tage bussen alene til {wp}",
]


def name() -> str:
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def phone() -> str:
    d = f"{R.randint(20, 99)}{R.randint(100000, 999999)}"
    style = R.random()
    if style < 0.6:
        return " ".join(d[i:i + 2] for i in range(0, 8, 2))
    if style < 0.8:
        return d
    return f"{d[:4]} {d[4:]}"


def cpr(birth_year_range=(1960, 2005)) -> str:
    y = R.randint(*birth_year_range)
    d = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    return f"{d:%d%m%y}-{R.randint(1000, 9999)}"


def fmt_date(d: dt.date, style: str | None = None) -> str:
    style = style or R.choice(["long", "long", "den", "num", "num0", "slash", "abbr", "iso"])
    return {
        "long": f"{d.day}. {MONTHS[d.month - 1]} {d.year}",
        "den": f"den {d.day}. {MONTHS[d.month - 1]} {d.year}",
        "num": f"{d.day}.{d.month}.{d.year}",
        "num0": f"{d:%d.%m.%Y}",
        "slash": f"{d.day}/{d.month} {d.year}",
        "abbr": f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}",
        "iso": d.isoformat(),
    }[style]


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1])
    return dt.date(y, mo, day)


def rand_date(y0=2024, y1=2026) -> dt.date:
    start = dt.date(y0, 1, 8)
    end = dt.date(y1, 10, 15)
    return start + dt.timedelta(days=R.randint(0, (end - start).days))


# --------------------------------------------------------------------------- case content


class Case:
    """One citizen's mentor case with every field value written out, and the chosen defects."""

    def __init__(self, date: dt.date | None = None):
        self.citizen = name()
        self.first = self.citizen.split()[0]
        self.pron = "hun" if self.first in FEMALE else "han"
        self.cpr = cpr()
        self.date = date or rand_date()
        self.start = self.date + dt.timedelta(days=R.randint(3, 25))
        if R.random() < 0.5:
            self.start = self.start.replace(day=1) if self.start.day > 1 else self.start
        self.months = R.choice([3, 4, 6, 6, 6, 5, 3])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.prov, self.dom = R.choice(PROVIDERS)
        self.mentor = name()
        self.mentor_phone = phone()
        mfirst, mlast = self.mentor.split()
        self.mentor_mail = R.choice([f"{mfirst.lower()}@{self.dom}", f"{mfirst[0].lower()}{mlast[:3].lower()}@{self.dom}",
                                     f"{mfirst.lower()}.{mlast.lower()}@{self.dom}"]).replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.wp = R.choice(WORKPLACES)
        self.edu, self.edu_s = R.choice(EDUS)
        self.job = R.choice(JOBS)
        self.aim = R.choice(["job", "praktik", "edu", "flex", "edu", "praktik"])
        self.hours_n = R.choice([1, 1.5, 2, 2, 3, 3, 4, 5, 0.5])
        self.case_no = f"{R.choice(['15.20.00', '15.20.12', '32.18.00'])}-G01-{R.randint(100, 9999)}-{self.date.year % 100:02d}"
        self.sagsbeh = None  # set by caller
        self.defects: set[str] = set()

    # ---- field texts ----
    def goal_text(self) -> str:
        if "unclear-goal" in self.defects:
            return R.choice([
                f"Støtte til at {self.first} får struktur på hverdagen og øget trivsel.",
                f"At {self.first} kommer videre og får det bedre med sig selv.",
                "Øget selvværd og mere overskud i hverdagen.",
                f"{self.first} skal arbejde med sig selv og sin motivation.",
                "Hjælp til at komme tættere på arbejdsmarkedet.",
                f"Sikre at {self.first} har det godt og trives.",
            ])
        f, wp, by = self.first, self.wp, fmt_date(self.end - dt.timedelta(days=R.randint(0, 40)), R.choice(["long", "num"]))
        h = R.choice([10, 12, 15, 20, 25])
        if self.aim == "job":
            opts = [f"{f} er ansat som {self.job} på ordinære vilkår, mindst {h} timer om ugen, senest {by}.",
                    f"At {f} har fået job som {self.job}, fx på {wp}, inden udgangen af perioden.",
                    f"Ordinært job som {self.job} ({h} t/uge) – delmål: møder stabilt i praktikken på {wp}."]
        elif self.aim == "praktik":
            opts = [f"{f} er i virksomhedspraktik på {wp} {h} timer om ugen senest {by}, med henblik på løntilskud.",
                    f"Virksomhedspraktik hos {wp}, op til {h} timer ugentligt, så {self.pron} kan afklares til job som {self.job}.",
                    f"At {f} møder i praktik på {wp} fire dage om ugen og efterfølgende kan ansættes i løntilskud."]
        elif self.aim == "flex":
            opts = [f"{f} er i fleksjob som {self.job} på {wp} {R.choice([8, 10, 12])} timer om ugen senest {by}.",
                    f"Afklaring til fleksjob: {f} kan holde til {h} timers arbejde om ugen på {wp} ved periodens udløb."]
        else:
            opts = [f"{f} starter på {self.edu} {fmt_date(self.end + dt.timedelta(days=R.randint(-60, 20)), 'long')} og møder mindst fire dage om ugen.",
                    f"At {f} gennemfører første halvår af {self.edu} med et fremmøde på mindst 85 %.",
                    f"Uddannelse: {self.edu}. Delmål: {f} møder til alle introdage og afleverer de første opgaver til tiden."]
        return R.choice(opts)

    def tasks(self) -> list[str]:
        avoid = WORK_TASK if self.aim == "edu" else EDU_TASK
        pool = [t for t in TASK_FRAG if not any(a in t for a in avoid)]
        picks = R.sample(pool, R.randint(2, 4))
        out = []
        for t in picks:
            s = t.format(f=self.first, wp=self.wp, n=R.choice(["to", "tre", "4", "2"]), p=self.pron, edu_s=self.edu_s)
            out.append(s[0].upper() + s[1:] if R.random() < 0.6 else s)
        return out

    def hours_text(self) -> str:
        """One wording per case, so a letter that repeats the figure repeats it the same way."""
        if getattr(self, "_hours", None) is None:
            self._hours = self._hours_text()
        return self._hours

    def _hours_text(self) -> str:
        if "missing-hours:vague" in self.defects:
            return R.choice(["Efter behov", "et par timer om ugen", "Løbende efter aftale med mentor",
                             "Det afhænger af hvordan det går", "Fleksibelt"])
        n = self.hours_n
        words = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem"}
        if n == 0.5:
            return R.choice(["½ time om ugen", "en halv time ugentligt", "0,5 time pr. uge"])
        if n == 1.5:
            return R.choice(["1½ time pr. uge", "halvanden time om ugen", "1,5 t/uge"])
        n = int(n)
        return R.choice([f"{n} timer pr. uge", f"{n} timer ugentligt", f"{words[n]} timer om ugen", f"{n} t/uge",
                         f"{n * 4} timer om måneden", f"{n}-{n + 1} timer pr. uge" if n < 4 else f"{n} timer pr. uge",
                         f"{n} timer om ugen, i alt ca. {n * 4 * self.months} mentortimer i perioden"]).replace("en timer", "en time").replace("1 timer", "1 time")

    def period_text(self) -> str:
        if "over6" in self.defects:
            s, e = self.start, self.end
        else:
            s, e = self.start, self.end
        st = R.choice(["long", "num", "num0", "slash", "abbr", "iso", "long"])
        v = R.random()
        if v < 0.55:
            sep = R.choice([" – ", " - ", " til ", "–"])
            return f"{fmt_date(s, st)}{sep}{fmt_date(e, st)}"
        if v < 0.75:
            return f"fra {fmt_date(s, st)} til og med {fmt_date(e, st)}"
        if v < 0.9 and "over6" not in self.defects:
            return f"{self.months} måneder fra {fmt_date(s, st)}" if R.random() < 0.5 else f"pr. {fmt_date(s, st)} i {self.months} mdr."
        return f"f.o.m. {fmt_date(s, 'num0')} t.o.m. {fmt_date(e, 'num0')}"

    def followup_text(self) -> str:
        a = R.choice([f"Statusmøde med {self.first}, mentor og sagsbehandler hver {R.choice(['4.', '6.', '8.'])} uge",
                      "Opfølgningssamtale hver måned",
                      f"Mentor sender kort status til sagsbehandler hver {R.choice(['14. dag', 'måned'])}",
                      "Vi mødes alle tre til midtvejsevaluering efter tre måneder"])
        b = R.choice(["; evaluering 14 dage inden støtteperioden ophører.", ". Slutevaluering fire uger før bevillingen udløber.",
                      f". Progression måles på fremmøde i {R.choice(['praktikken', 'skolen', 'aktiviteten'])}.",
                      ", hvor vi ser på delmålene.", "."])
        return a + b

    def appeal_text(self, kind: str = "full") -> str:
        if kind == "vague":
            return R.choice(["Du kan klage over afgørelsen.", "Er du utilfreds, er du velkommen til at kontakte os.",
                             "Du har mulighed for at klage. Kontakt din sagsbehandler for at høre mere."])
        if kind == "wrong":
            return R.choice([f"Hvis du er uenig, kan du klage direkte til Ankestyrelsen inden 4 uger, fra du har modtaget denne aftale.",
                             "Klage sendes til Ankestyrelsen, 7998 Statsservice, senest fire uger efter modtagelsen."])
        deadline = R.choice(["inden 4 uger", "inden fire uger", "senest 4 uger efter, at du har modtaget brevet",
                             "inden fire uger fra du har fået afgørelsen"])
        to = R.choice([f"til {KOMMUNE}", "til kommunen", f"til Jobcenter {KOM_SHORT}" if self.date < dt.date(2026, 2, 1) else f"til {KOMMUNE}, Beskæftigelse"])
        p1 = R.choice([f"Hvis du ikke er enig i afgørelsen, kan du klage {to} {deadline}.",
                       f"Du kan klage {to} {deadline}. Klagen kan være mundtlig eller skriftlig.",
                       f"Er du uenig, skal din klage sendes {to} {deadline}. Du kan ringe, skrive eller sende den via Digital Post."])
        p2 = R.choice(["Kommunen genvurderer afgørelsen inden 4 uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.",
                       "Vi ser på sagen igen, og hvis vi ikke giver dig medhold, sendes klagen videre til Ankestyrelsens Beskæftigelsesudvalg.",
                       "Hvis kommunen fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til den."])
        p3 = R.choice(["", " Klageadgangen følger af lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
                       " (jf. LAB § 204)", ""])
        return f"{p1} {p2}{p3}"

    def mentor_line(self) -> str:
        if "missing-mentor:nocontact" in self.defects:
            return R.choice([f"{self.mentor}, {self.prov}", f"{self.mentor} (kontaktoplysninger følger)", self.mentor])
        v = R.random()
        if v < 0.4:
            return f"{self.mentor}, {self.prov}, tlf. {self.mentor_phone}"
        if v < 0.7:
            return f"{self.mentor}, {self.prov} – {self.mentor_phone} / {self.mentor_mail}"
        return f"{self.mentor} ({self.prov}), mail: {self.mentor_mail}"


def expected_rules(case: Case, kind: str) -> list[str]:
    m = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"}
    out = set()
    for d in case.defects:
        base = d.split(":")[0]
        if base == "over6":
            out.add("duration-over-6-months")
        elif base in m:
            out.add(base)
    allowed = {"agreement": m,
               "minplan": m - {"missing-follow-up", "missing-appeal-guidance"},
               "decision": {"missing-appeal-guidance", "duration-over-6-months"},
               "unknown": set()}[kind]
    return sorted(out & allowed)


def pick_defects(case: Case, kind: str, rate: float = 0.3) -> None:
    if R.random() >= rate:
        return
    pool = ["missing-goal", "unclear-goal", "unclear-goal", "missing-mentor:nocontact", "missing-tasks",
            "missing-duration", "over6", "over6", "missing-hours", "missing-hours:vague", "missing-follow-up",
            "missing-appeal-guidance", "missing-appeal-guidance:vague"]
    if kind == "minplan":
        pool = [p for p in pool if "follow" not in p and "appeal" not in p]
    k = 1 if R.random() < 0.75 else 2
    for d in R.sample(pool, k):
        case.defects.add(d)
        if d == "missing-mentor:nocontact":
            case.defects.add("missing-mentor")
        if d == "missing-hours:vague":
            case.defects.add("missing-hours")
        if d == "missing-appeal-guidance:vague":
            case.defects.add("missing-appeal-guidance")
    if "missing-goal" in case.defects:
        case.defects.discard("unclear-goal")
    if "missing-duration" in case.defects:
        case.defects.discard("over6")
    if "over6" in case.defects:
        case.months = R.choice([7, 8, 9, 12])
        case.end = add_months(case.start, case.months) - dt.timedelta(days=1)
        if R.random() < 0.3:
            case.end = add_months(case.start, 6) + dt.timedelta(days=R.randint(14, 40))


# --------------------------------------------------------------------------- block model
# blocks: ("title", s) ("h", s) ("p", s) ("kv", label, value) ("ul", [s]) ("small", s)


def field_blocks_template(c: Case, gen: int) -> list:
    """The strict caseworker's agreement template, generation 1 (2024-25) or 2 (2026)."""
    L1 = {"goal": "Formål med mentorstøtten", "mentor": "Mentor (navn og kontaktdata)", "tasks": "Mentors opgaver",
          "dur": "Periode", "hours": "Timetal", "fu": "Opfølgning", "appeal": "Klagevejledning"}
    L2 = {"goal": "1. Mål for forløbet", "mentor": "2. Mentorens navn og kontaktoplysninger",
          "tasks": "3. Hvad skal mentor hjælpe med?", "dur": "4. Varighed", "hours": "5. Antal timer pr. uge",
          "fu": "6. Opfølgning og progression", "appeal": "7. Sådan klager du"}
    L = L1 if gen == 1 else L2
    ph = "Klik eller tryk her for at skrive tekst." if gen == 2 else R.choice(["", "-", "Udfyldes senere", "xx"])
    b = []
    b.append(("kv", L["goal"], ph if "missing-goal" in c.defects else c.goal_text()))
    b.append(("kv", L["mentor"], c.mentor_line()))
    b.append(("kv", L["tasks"], ph if "missing-tasks" in c.defects else "\n".join("• " + t for t in c.tasks())))
    b.append(("kv", L["dur"], ph if "missing-duration" in c.defects else c.period_text()))
    b.append(("kv", L["hours"], ph if ("missing-hours" in c.defects and "missing-hours:vague" not in c.defects) else c.hours_text()))
    b.append(("kv", L["fu"], ph if "missing-follow-up" in c.defects else c.followup_text()))
    if "missing-appeal-guidance:vague" in c.defects:
        b.append(("kv", L["appeal"], c.appeal_text("vague")))
    elif "missing-appeal-guidance" not in c.defects:
        b.append(("kv", L["appeal"], c.appeal_text()))
    return b


def header_blocks(c: Case, sender: str, with_cpr: bool) -> list:
    b = [("small", f"{sender}\n{R.choice(ADDR)}")]
    line = f"Borger: {c.citizen}"
    if with_cpr:
        line += f"\nCPR-nr.: {c.cpr}"
    line += f"\nSagsnr.: {c.case_no}\nDato: {fmt_date(c.date)}"
    b.append(("small", line))
    return b


def agreement_template(c: Case, gen: int, with_cpr: bool) -> list:
    sender = f"Jobcenter {KOM_SHORT}" if gen == 1 else f"{KOMMUNE}\nJob og Uddannelse"
    title = R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"])
    b = header_blocks(c, sender, with_cpr) + [("title", title)]
    if R.random() < 0.5:
        b.append(("p", R.choice([f"Aftalen er indgået mellem {c.citizen}, mentor og {KOMMUNE}.",
                                 f"Denne aftale beskriver den mentorstøtte, {c.first} får i perioden.",
                                 "Aftalen er udarbejdet på samtale på jobcentret og gennemgået med borgeren."])))
    b += field_blocks_template(c, gen)
    b.append(("p", f"Underskrifter\n\n{c.citizen} ____________    {c.mentor} ____________    {c.sagsbeh} ____________"))
    return b


def agreement_letter(c: Case, with_cpr: bool) -> list:
    """The letter-writing caseworker: 'Kære ...' with the fields in prose."""
    b = header_blocks(c, f"{KOMMUNE}\nBeskæftigelse", with_cpr)
    b.append(("title", R.choice(["Din aftale om mentor", "Her er din mentoraftale", "Aftale om mentorstøtte – opsummering"])))
    b.append(("p", f"Kære {c.first}"))
    b.append(("p", R.choice([f"Tak for snakken {fmt_date(c.date - dt.timedelta(days=R.randint(1, 6)), 'long')}. Her får du det, vi blev enige om, skrevet ned.",
                             "Som lovet får du her en opsummering af vores aftale om mentorstøtte.",
                             f"Du har fået bevilget en mentor, og i dette brev kan du læse, hvad vi har aftalt."])))
    if "missing-goal" not in c.defects:
        b.append(("p", R.choice(["Vi har aftalt følgende mål for forløbet: ", "Målet med mentorstøtten er: ", "Det, vi arbejder hen imod, er dette: "]) + c.goal_text()))
    if "missing-mentor" in c.defects:
        b.append(("p", f"Din mentor bliver {c.mentor_line()}."))
    else:
        b.append(("p", R.choice([f"Din mentor er {c.mentor} fra {c.prov}. Du kan fange {c.mentor.split()[0]} på {c.mentor_phone} eller {c.mentor_mail}.",
                                 f"{c.mentor} fra {c.prov} bliver din mentor (tlf. {c.mentor_phone})."])))
    if "missing-tasks" not in c.defects:
        b.append(("p", f"{c.mentor.split()[0]} skal hjælpe dig med:"))
        b.append(("ul", c.tasks()))
    if "missing-duration" not in c.defects:
        b.append(("p", f"Mentorforløbet gælder {c.period_text()}."))
    if "missing-hours" in c.defects and "missing-hours:vague" not in c.defects:
        pass
    else:
        b.append(("p", R.choice([f"Timetallet er {c.hours_text()}.", f"Der er afsat {c.hours_text()} til jer.", f"Mentorstøtten er på {c.hours_text()}."]) if "missing-hours:vague" not in c.defects else f"Hvor meget I ses: {c.hours_text().lower()}."))
    if "missing-follow-up" not in c.defects:
        b.append(("p", "Sådan følger vi op: " + c.followup_text()))
    if "missing-appeal-guidance:vague" in c.defects:
        b.append(("p", c.appeal_text("vague")))
    elif "missing-appeal-guidance" not in c.defects:
        b.append(("h", R.choice(["Hvis du vil klage", "Klagevejledning", "Klagemuligheder"])))
        b.append(("p", c.appeal_text()))
    b.append(("p", R.choice(["Venlig hilsen", "Med venlig hilsen", "Mange hilsner"]) + f"\n{c.sagsbeh}\nJobkonsulent, tlf. {phone()}"))
    return b


def agreement_journal(c: Case, with_cpr: bool) -> list:
    """The journal-note caseworker: fields as prose, short and clipped."""
    b = [("title", R.choice(["Journalnotat", "Notat", "Journalnotat – mentor"])),
         ("small", f"Sag: {c.case_no}  |  {fmt_date(c.date, 'num0')}  |  Oprettet af: {c.sagsbeh}" + (f"  |  CPR {c.cpr}" if with_cpr else ""))]
    b.append(("p", R.choice(["Mentoraftale indgået på møde med borger og mentor.", "Opstartsmøde mentor afholdt i jobcentret. Aftale om mentorstøtte:",
                             f"Møde m. {c.first} og mentor på {c.prov}s adresse. Der er indgået følgende aftale om mentorstøtte."])))
    s = []
    if "missing-goal" not in c.defects:
        s.append("Mål: " + c.goal_text())
    if "missing-mentor" in c.defects:
        s.append(f"Mentor er {c.mentor_line()}.")
    else:
        s.append(f"Mentor er {c.mentor} ({c.prov}), tlf. {c.mentor_phone}.")
    if "missing-tasks" not in c.defects:
        s.append("Mentor skal " + ", ".join(t[0].lower() + t[1:] for t in c.tasks()) + ".")
    if "missing-duration" not in c.defects:
        s.append(f"Bevilget i perioden {c.period_text()}.")
    if not ("missing-hours" in c.defects and "missing-hours:vague" not in c.defects):
        s.append(f"Timetal: {c.hours_text()}.")
    if "missing-follow-up" not in c.defects:
        s.append(c.followup_text())
    if "missing-appeal-guidance:vague" in c.defects:
        s.append(R.choice(["Klagevejledning givet mundtligt.", "Borger er vejledt om klageadgang."]))
    elif "missing-appeal-guidance" not in c.defects:
        s.append("Borger vejledt om klage: " + c.appeal_text())
    if R.random() < 0.5:
        b.append(("p", " ".join(s)))
    else:
        for x in s:
            b.append(("p", x))
    b.append(("p", R.choice(["Aftalen sendt til borger i Digital Post.", "Kopi af aftale sendt til mentor.", "Næste møde aftalt.", ""])))
    return b


def provider_form(c: Case, with_cpr: bool) -> list:
    """External provider's own agreement form (headings, their own wording)."""
    b = [("small", f"{c.prov}\n{c.dom}  ·  CVR {R.randint(20000000, 44999999)}"),
         ("title", R.choice(["Mentoraftale – samarbejdsaftale", "Aftale om mentorforløb", "Forløbsaftale, mentorstøtte"])),
         ("small", f"Deltager: {c.citizen}" + (f"  (cpr. {c.cpr})" if with_cpr else "") + f"\nHenvisende kommune: {KOMMUNE}, sagsbehandler {c.sagsbeh}\nJournalnr. {c.case_no}")]
    if "missing-goal" not in c.defects:
        b += [("h", R.choice(["Deltagerens mål", "Borgerens mål", "Hvad vil du gerne opnå?"])), ("p", c.goal_text())]
    b += [("h", R.choice(["Din mentor", "Mentors kontaktdata", "Tilknyttet mentor"])),
          ("p", c.mentor_line() if "missing-mentor" in c.defects else f"{c.mentor}\nMobil: {c.mentor_phone}\nMail: {c.mentor_mail}")]
    if "missing-tasks" not in c.defects:
        b += [("h", R.choice(["Indsatsområder", "Mentorens opgaver", "Det arbejder vi med"])), ("ul", c.tasks())]
    if "missing-duration" not in c.defects or not ("missing-hours" in c.defects and "missing-hours:vague" not in c.defects):
        b.append(("h", "Omfang"))
        rows = []
        if "missing-duration" not in c.defects:
            rows.append(("kv", "Forløbsperiode", c.period_text()))
        if not ("missing-hours" in c.defects and "missing-hours:vague" not in c.defects):
            rows.append(("kv", "Mentortimer", c.hours_text()))
        b += rows
    if "missing-follow-up" not in c.defects:
        b += [("h", "Status og opfølgning"), ("p", c.followup_text())]
    if "missing-appeal-guidance:vague" in c.defects:
        b += [("h", "Klage"), ("p", c.appeal_text("vague"))]
    elif "missing-appeal-guidance" not in c.defects:
        b += [("h", "Klagevejledning fra kommunen"), ("p", c.appeal_text())]
    b.append(("small", f"Dato: {fmt_date(c.date, 'num')}     Underskrift deltager: ____________  Underskrift mentor: ____________"))
    return b


def minplan_print(c: Case, with_cpr: bool) -> list:
    printed = c.date + dt.timedelta(days=R.randint(0, 30))
    b = [("small", f"Min Plan · udskrevet {printed:%d.%m.%Y} kl. {R.randint(8, 15):02d}:{R.randint(0, 59):02d}" + (f" · {c.citizen} ({c.cpr})" if with_cpr else f" · {c.citizen}")),
         ("title", R.choice(["Min Plan", "Min plan – aktiviteter"]))]
    if R.random() < 0.5 and "missing-goal" not in c.defects:
        b += [("h", R.choice(["Mit mål", "Jobmål"])), ("p", f"{c.job.capitalize()} inden for 1 år")]
    b.append(("h", R.choice(["Mentorstøtte (§ 167)", "Aktivitet: Mentor", "Mentor"])))
    b.append(("kv", "Status", R.choice(["Aktiv", "Godkendt", "Planlagt"])))
    b.append(("kv", "Formål", "" if "missing-goal" in c.defects else c.goal_text()))
    b.append(("kv", "Mentor", c.mentor_line() if "missing-mentor" in c.defects else f"{c.mentor}, {c.prov}, {c.mentor_phone}"))
    b.append(("kv", "Opgaver", "" if "missing-tasks" in c.defects else "; ".join(c.tasks())))
    if "missing-duration" in c.defects:
        b.append(("kv", "Start", ""))
    else:
        b.append(("kv", "Start", fmt_date(c.start, "num0")))
        b.append(("kv", "Slut", fmt_date(c.end, "num0")))
    b.append(("kv", "Timer", "" if ("missing-hours" in c.defects and "missing-hours:vague" not in c.defects) else c.hours_text()))
    b.append(("kv", "Kontaktperson i kommunen", f"{c.sagsbeh}, {phone()}"))
    if R.random() < 0.5:
        other, place = R.choice([("Virksomhedspraktik", c.wp), ("Danskuddannelse", "Sprogcenter Vordingborg"),
                                 ("Samtale med sundhedskoordinator", "Sundhedshuset, Kildemarksvej"),
                                 ("Træning hos fysioterapeut", "Fysioterapien i Stege")])
        b += [("h", other), ("kv", "Status", "Aktiv"), ("kv", "Sted", place),
              ("kv", "Start", fmt_date(c.start + dt.timedelta(days=14), "num0"))]
    return b


DEC_TYPES = ["bevilling", "afslag", "delvis", "ophoer", "forlaengelse"]


def decision_letter(c: Case, dtype: str, with_cpr: bool, reasons: bool, appeal: str) -> list:
    b = header_blocks(c, f"{KOMMUNE}\n{R.choice(['Jobcenter', 'Job og Uddannelse', 'Beskæftigelse'])}", with_cpr)
    title = {"bevilling": R.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får en mentor"]),
             "afslag": R.choice(["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentor"]),
             "delvis": R.choice(["Afgørelse om mentorstøtte – delvis bevilling", "Du får mentorstøtte, men færre timer end ansøgt"]),
             "ophoer": R.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af din mentorstøtte"]),
             "forlaengelse": R.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"])}[dtype]
    b.append(("title", title))
    b.append(("p", f"Kære {c.citizen}"))
    per = c.period_text() if "missing-duration" not in c.defects else None
    if dtype == "bevilling":
        b.append(("p", f"Du har søgt om mentorstøtte, og vi har bevilget det. Du får {c.hours_text()} med en mentor fra {c.prov}" + (f" i perioden {per}." if per else ".")))
    elif dtype == "afslag":
        b.append(("p", f"Vi har behandlet din ansøgning om mentorstøtte af {fmt_date(c.date - dt.timedelta(days=R.randint(8, 30)), 'long')}. Du får afslag."))
    elif dtype == "delvis":
        b.append(("p", f"Du har søgt om {int(c.hours_n) + R.randint(2, 4)} timers mentorstøtte om ugen. Vi har bevilget {c.hours_text()}" + (f" i perioden {per}." if per else ".")))
    elif dtype == "ophoer":
        b.append(("p", f"Din mentorstøtte hos {c.prov} ophører pr. {fmt_date(c.start + dt.timedelta(days=R.randint(40, 120)), 'long')}."))
    else:
        b.append(("p", f"Vi har besluttet at forlænge din mentorstøtte med {c.mentor}" + (f". Den nye periode er {per}" if per else "") + f", {c.hours_text()}."))
    if reasons:
        why = {"bevilling": f"Vi vurderer, at du har brug for støtte for at kunne gennemføre {R.choice(['praktikken', 'uddannelsen', 'forløbet'])}.",
               "afslag": R.choice([f"Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på {c.edu_s}, som dækker det samme behov.",
                                   "Vi har lagt vægt på, at der ikke er et mål om beskæftigelse eller uddannelse for støtten lige nu, fordi du er sygemeldt."]),
               "delvis": f"Vi har lagt vægt på, at {c.prov} vurderer, at {c.hours_text()} er nok til at støtte dig i opstarten.",
               "ophoer": R.choice(["Vi har lagt vægt på, at du nu er i ordinær beskæftigelse og ikke længere har behov for mentor.",
                                   f"Du er ikke mødt op til de aftalte møder siden {fmt_date(c.date, 'long')}, og målet kan derfor ikke nås med mentorstøtte."]),
               "forlaengelse": "Vi har efter en konkret vurdering lagt vægt på, at du er godt i gang, men har brug for støtte lidt endnu."}[dtype]
        b += [("h", "Begrundelse"), ("p", why + R.choice([" Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167.", " Jf. LAB § 167, stk. 1.", ""]))]
    if appeal == "full":
        b += [("h", R.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])), ("p", c.appeal_text())]
    elif appeal == "vague":
        b.append(("p", c.appeal_text("vague")))
    elif appeal == "wrong":
        b += [("h", "Klagevejledning"), ("p", c.appeal_text("wrong"))]
    b.append(("p", f"Med venlig hilsen\n{c.sagsbeh}\n{R.choice(['Sagsbehandler', 'Jobkonsulent', 'Myndighedsrådgiver'])}"))
    return b


# ---- documents that are none of the kinds ----

def unknown_doc(c: Case, sub: str) -> list:
    if sub == "referat":
        people = [name() for _ in range(R.randint(3, 5))]
        return [("title", R.choice(["Referat af teammøde", "Referat – fagmøde mentorindsats"])),
                ("small", f"Dato: {fmt_date(c.date)}  Deltagere: {', '.join(people)}"),
                ("h", "1. Siden sidst"), ("p", f"{people[0]} orienterede om den nye skabelon til mentoraftaler, som tages i brug 1. februar 2026."),
                ("h", "2. Mentorudgifter"), ("p", f"Forbruget på mentor ligger {R.randint(3, 14)} % over budget. Vi skal huske at tjekke, at perioder ikke overstiger 6 måneder, og at der står timetal og klagevejledning i alle aftaler."),
                ("h", "3. Eventuelt"), ("p", f"Næste møde {fmt_date(c.date + dt.timedelta(days=R.randint(14, 35)), 'long')}. Referent: {people[-1]}.")]
    if sub == "faktura":
        n = R.randint(6, 30)
        return [("small", f"{c.prov}\nCVR {R.randint(20000000, 44999999)}"), ("title", f"Faktura nr. {R.randint(1000, 9999)}"),
                ("small", f"Til: {KOMMUNE}, Kreditorbogholderiet\nEAN {R.randint(10**12, 10**13 - 1)}\nFakturadato: {fmt_date(c.date, 'num0')}"),
                ("kv", "Ydelse", f"Mentorstøtte, {c.citizen.split()[0]} {c.citizen.split()[1][0]}., {MONTHS[c.date.month - 1]} {c.date.year}"),
                ("kv", "Timer", f"{n} timer á {R.choice([395, 425, 450])} kr."), ("kv", "I alt ekskl. moms", f"{n * 425:,} kr.".replace(",", ".")),
                ("p", f"Betalingsbetingelser: netto 30 dage. Spørgsmål: {c.mentor_mail}")]
    if sub == "status":
        return [("small", c.prov), ("title", R.choice(["Statusrapport", "Statusnotat fra mentor", "Midtvejsstatus"])),
                ("small", f"Vedr.: {c.citizen}\nPeriode: {fmt_date(c.start, 'num')} - {fmt_date(c.date + dt.timedelta(days=60), 'num')}"),
                ("p", f"{c.first} har mødt op til {R.randint(5, 14)} af {R.randint(14, 16)} aftaler. Vi har arbejdet med målet om {R.choice(['praktik', 'uddannelse', 'job'])}, og {c.pron} er begyndt at tage bussen selv."),
                ("p", f"Mentor: {c.mentor}, {c.mentor_phone}. Vi anbefaler, at forløbet fortsætter med {c.hours_text()}."),
                ("p", "Næste status sendes om en måned.")]
    if sub == "bestilling":
        return [("title", "Bestilling af mentorforløb"), ("small", f"Fra: {KOMMUNE}, {c.sagsbeh}\nTil: {c.prov}"),
                ("kv", "Borger", c.citizen), ("kv", "Ønsket start", fmt_date(c.start)), ("kv", "Forventet timetal", c.hours_text()),
                ("p", f"Vi beder jer om at udpege en mentor og sende et forslag til aftale inden {fmt_date(c.start - dt.timedelta(days=2), 'long')}.")]
    if sub == "partshoering":
        return header_blocks(c, KOMMUNE, False) + [("title", "Partshøring – inden vi træffer afgørelse om din mentorstøtte"),
                ("p", f"Kære {c.first}. Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op de seneste uger. Inden vi træffer afgørelse, vil vi gerne høre, hvad du mener. Du kan svare inden {fmt_date(c.date + dt.timedelta(days=14), 'long')}."),
                ("p", f"Venlig hilsen\n{c.sagsbeh}")]
    if sub == "pjece":
        return [("title", R.choice(["Hvad er en mentor?", "Mentorstøtte – information til borgere"])),
                ("p", f"I {KOMMUNE} kan du få en mentor, hvis du har brug for ekstra støtte for at komme i job eller uddannelse."),
                ("h", "Hvad står der i aftalen?"),
                ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
                        "Hvor længe støtten varer – højst 6 måneder ad gangen", "Hvor mange timer om ugen", "Hvordan vi følger op"]),
                ("h", "Kan jeg klage?"), ("p", "Ja. Du kan klage til kommunen inden fire uger. Hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsen.")]
    if sub == "klub":
        return [("title", R.choice(["Mentoraftale – ungementor", "Vores mentoraftale"])),
                ("small", f"{R.choice(['Vordingborg IF, Ungdomsafdelingen', 'Præstø Friskole', 'Møn Bokseklub'])}"),
                ("p", f"Mål: {c.first} kommer til træning to gange om ugen og hjælper med de små hold."),
                ("p", f"Mentor: {c.mentor}, {c.mentor_phone}. Vi mødes torsdag kl. 16-17 fra {fmt_date(c.start, 'long')} til sommerferien."),
                ("p", "Aftalen er frivillig og kan opsiges af begge parter. Underskrift forælder: ________")]
    if sub == "journal_udeblivelse":
        return [("title", "Journalnotat"), ("small", f"Sag: {c.case_no}  |  {fmt_date(c.date, 'num0')}  |  {c.sagsbeh}"),
                ("p", f"Borger udeblev fra møde med mentor {c.mentor}. Sms sendt. Mentor forsøger igen {R.choice(['mandag', 'tirsdag', 'i næste uge'])}."),
                ("p", "Ingen yderligere handling.")]
    if sub == "kvittering":
        return [("title", "Kvittering for din ansøgning"), ("p", f"Kære {c.first}"),
                ("p", f"Vi har modtaget din ansøgning om mentorstøtte {fmt_date(c.date, 'long')}. Vi forventer at træffe afgørelse inden for 4 uger. Du hører fra os."),
                ("p", f"Venlig hilsen\n{KOMMUNE}")]
    raise ValueError(sub)


# --------------------------------------------------------------------------- renderers

def blocks_text(blocks: list, wrap: int | None = None, md: bool = False) -> str:
    import textwrap
    out = []
    for blk in blocks:
        t = blk[0]
        if t == "title":
            out.append(("# " if md else "") + blk[1] + ("" if md else "\n" + "=" * len(blk[1])))
        elif t == "h":
            out.append(("## " if md else "") + (blk[1] if md else blk[1].upper() if R.random() < 0.3 else blk[1] + ":"))
        elif t in ("p", "small"):
            s = blk[1]
            if wrap:
                s = "\n".join(textwrap.fill(x, wrap) if x else x for x in s.split("\n"))
            out.append(s)
        elif t == "kv":
            v = blk[2] or ""
            out.append(f"{blk[1]}: {v}" if "\n" not in v else f"{blk[1]}:\n{v}")
        elif t == "ul":
            out.append("\n".join(R.choice(["- ", "* ", "• "]) + x for x in blk[1]) if True else "")
    return "\n\n".join(x for x in out if x is not None) + "\n"


PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def _content_control(cell, tag: str) -> None:
    """A Word rich-text content control still showing its placeholder (w:showingPlcHdr): empty."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xml = (f'<w:sdt {ns}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="felt{R.randint(1, 99)}"/>'
           f'<w:id w:val="{R.randint(10**8, 10**9)}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
           f'</w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/>'
           f'<w:color w:val="808080"/></w:rPr><w:t>{PLACEHOLDER}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    tc = cell._tc
    for p in list(tc.iterchildren("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")):
        tc.remove(p)
    tc.append(parse_xml(xml))


def write_docx(blocks: list, path: Path, table_kv: bool, footer: str | None = None) -> None:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = R.choice(["Calibri", "Arial", "Times New Roman", "Verdana"])
    st.font.size = Pt(R.choice([10, 11, 12]))
    table = None
    for blk in blocks:
        t = blk[0]
        if t == "kv" and table_kv:
            if table is None:
                table = d.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            row = table.add_row().cells
            row[0].text = blk[1]
            if blk[2] == PLACEHOLDER:
                _content_control(row[1], blk[1])
            else:
                row[1].text = blk[2] or ""
            continue
        table = None
        if t == "title":
            d.add_heading(blk[1], level=1)
        elif t == "h":
            d.add_heading(blk[1], level=2)
        elif t == "kv":
            p = d.add_paragraph()
            p.add_run(blk[1] + ":").bold = True
            for i, line in enumerate((blk[2] or "").split("\n")):
                if i:
                    p.add_run().add_break()
                p.add_run((" " if i == 0 else "") + line)
        elif t == "ul":
            for x in blk[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "small":
            p = d.add_paragraph()
            for i, line in enumerate(blk[1].split("\n")):
                if i:
                    p.add_run().add_break()
                r = p.add_run(line)
                r.font.size = Pt(9)
        else:
            d.add_paragraph(blk[1])
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(path)


def write_pdf(blocks: list, path: Path, table_kv: bool) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    font = R.choice(["Helvetica", "Times-Roman"])
    for s in ss.byName.values():
        if hasattr(s, "fontName"):
            s.fontName = font if "Heading" not in s.name and "Title" not in s.name else font.replace("Roman", "Bold") if "Times" in font else "Helvetica-Bold"
    story, rows = [], []

    def flush():
        nonlocal rows
        if rows:
            tb = Table(rows, colWidths=[150, 320])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 8))
            rows = []

    def para(s, style="BodyText"):
        return Paragraph(escape(s).replace("\n", "<br/>"), ss[style])

    for blk in blocks:
        t = blk[0]
        if t == "kv" and table_kv:
            rows.append([para(blk[1]), para(blk[2] or "")])
            continue
        flush()
        if t == "title":
            story.append(para(blk[1], "Heading1"))
        elif t == "h":
            story.append(para(blk[1], "Heading3"))
        elif t == "kv":
            story.append(Paragraph(f"<b>{escape(blk[1])}:</b> " + escape(blk[2] or "").replace("\n", "<br/>"), ss["BodyText"]))
        elif t == "ul":
            for x in blk[1]:
                story.append(Paragraph("• " + escape(x), ss["BodyText"]))
        elif t == "small":
            story.append(para(blk[1], "BodyText"))
        else:
            story.append(para(blk[1]))
    flush()
    SimpleDocTemplate(str(path), pagesize=A4, title="").build(story)


def write_odt(blocks: list, path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, List, ListItem, LineBreak
    doc = OpenDocumentText()

    def ptext(el, s):
        for i, line in enumerate(s.split("\n")):
            if i:
                el.addElement(LineBreak())
            el.addText(line)
        return el

    for blk in blocks:
        t = blk[0]
        if t == "title":
            doc.text.addElement(ptext(H(outlinelevel=1), blk[1]))
        elif t == "h":
            doc.text.addElement(ptext(H(outlinelevel=2), blk[1]))
        elif t == "kv":
            doc.text.addElement(ptext(P(), f"{blk[1]}: {blk[2] or ''}"))
        elif t == "ul":
            lst = List()
            for x in blk[1]:
                li = ListItem()
                li.addElement(ptext(P(), x))
                lst.addElement(li)
            doc.text.addElement(lst)
        else:
            doc.text.addElement(ptext(P(), blk[1]))
    doc.save(str(path))


def write_scan(blocks: list, path: Path) -> None:
    """Render as a page image (slightly rotated, grey, noisy), then OCR with tesseract (dan) into a PDF."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import textwrap
    text = blocks_text(blocks)
    W, H = 1654, 2339
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(R.choice(["/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                                        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]), 30)
    y = 140
    for para in text.split("\n"):
        for line in (textwrap.wrap(para, 82) or [""]):
            dr.text((150, y), line, fill=R.randint(20, 60), font=font)
            y += 42
            if y > H - 120:
                break
    rng = random.Random(R.random())
    for _ in range(1800):
        x, yy = rng.randrange(W), rng.randrange(H)
        dr.point((x, yy), fill=rng.randint(90, 200))
    img = img.rotate(R.uniform(-0.9, 0.9), fillcolor=250, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "page.png"
        img.save(p, dpi=(200, 200))
        subprocess.run(["tesseract", str(p), str(Path(td) / "out"), "-l", "dan", "pdf"], check=True,
                       capture_output=True)
        shutil.copy(Path(td) / "out.pdf", path)


def write_eml(blocks: list, path: Path, c: Case, subject: str, sender: str, to: str, signature: str,
              quoted: str | None) -> None:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime(c.date.year, c.date.month, c.date.day, R.randint(8, 15), R.randint(0, 59),
                                            tzinfo=dt.timezone(dt.timedelta(hours=1))))
    body = blocks_text(blocks, wrap=R.choice([None, 76]))
    body += "\n" + signature
    if quoted:
        body += "\n\n" + quoted
    m.set_content(body)
    path.write_bytes(bytes(m))


# --------------------------------------------------------------------------- the sample

WORKERS = {
    "letter": "Birgitte Holm Lauridsen",
    "template": "Jens Ole Frandsen",
    "journal": "Marianne Kofoed",
    "mail": "Kristoffer Juhl Bach",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    counter = [0]

    def emit(c: Case | None, kind: str, fmt: str, layout: str, subtype: str, blocks: list, writer, traits: list,
             with_cpr: bool, extras: list | None = None, rules: list | None = None, period: bool = True) -> None:
        counter[0] += 1
        year = c.date.year if c else 2025
        folder = f"{year}/{R.choice(['mentor', 'sager', 'kvalitet', 'arkiv'])}"
        stem = f"{counter[0]:03d}-{subtype}-{c.first.lower() if c else 'x'}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        rel = f"{folder}/{stem}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        writer(blocks, p)
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": rules if rules is not None else (expected_rules(c, kind) if c else []),
             "extras": extras or [], "error": None, "accept_errors": [],
             "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if (with_cpr and c) else [],
             "traits": traits + (["cpr"] if with_cpr else []) + sorted(c.defects if c else [])}
        if c and period and kind in ("agreement", "minplan") and "missing-duration" not in c.defects:
            e["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append(e)

    def fmt_writer(fmt: str, table_kv: bool, footer: str | None = None):
        if fmt == "docx":
            return lambda b, p: write_docx(b, p, table_kv, footer)
        if fmt == "pdf":
            return lambda b, p: write_pdf(b, p, table_kv)
        if fmt == "odt":
            return write_odt
        if fmt == "txt":
            enc = R.choice(["utf-8", "utf-8", "cp1252"])
            wrap = R.choice([None, 72, 80])
            return lambda b, p: p.write_bytes(blocks_text(b, wrap=wrap).encode(enc, errors="replace"))
        if fmt == "scan":
            return write_scan
        raise ValueError(fmt)

    def cpr_flag() -> bool:
        return R.random() < 0.33

    # --- caseworker 2: strict template, gen 1 (before Feb 2026) and gen 2 (from Feb 2026): 16
    for i in range(16):
        c = Case(rand_date(2024, 2026) if i % 2 else dt.date(2026, 2, 2) + dt.timedelta(days=R.randint(0, 250)))
        c.sagsbeh = WORKERS["template"]
        gen = 2 if c.date >= dt.date(2026, 2, 1) else 1
        pick_defects(c, "agreement", 0.35)
        w = cpr_flag()
        fmt = R.choice(["docx", "docx", "docx", "pdf", "odt"]) if gen == 1 else R.choice(["docx", "docx", "pdf"])
        if gen == 2 and fmt == "docx" and not c.defects and R.random() < 0.35:
            # gen 2 was rolled out as a Word template with content controls; fields left untouched keep
            # Word's placeholder text (showingPlcHdr), which is an empty field
            c.defects.add(R.choice(["missing-tasks", "missing-hours", "missing-follow-up", "missing-goal"]))
        blocks = agreement_template(c, gen, w)
        footer, tr = None, []
        appeal_label = "7. Sådan klager du"
        if gen == 2 and fmt == "docx" and "missing-appeal-guidance" not in c.defects and R.random() < 0.4:
            blk = next(b for b in blocks if b[0] == "kv" and b[1] == appeal_label)
            blocks.remove(blk)
            footer = f"Klagevejledning: {blk[2]}   ·   {KOMMUNE}, Job og Uddannelse, tlf. 55 36 36 36"
            tr = ["appeal-in-footer"]
        if gen == 2 and fmt == "docx" and any(b[0] == "kv" and b[2] == PLACEHOLDER for b in blocks):
            tr.append("content-control-placeholder")
        emit(c, "agreement", "pdf" if fmt == "pdf" else fmt, "table" if gen == 2 else "labels", f"aftale-skabelon{gen}",
             blocks, fmt_writer(fmt, gen == 2, footer), ["caseworker:template", f"template-gen{gen}"] + tr, w)
    # --- caseworker 1: letters: 10
    for i in range(10):
        c = Case()
        c.sagsbeh = WORKERS["letter"]
        pick_defects(c, "agreement", 0.35)
        if R.random() < 0.25:  # her habit: forgets the follow-up
            c.defects.add("missing-follow-up")
        w = cpr_flag()
        fmt = R.choice(["docx", "docx", "pdf", "odt"])
        emit(c, "agreement", fmt, "letter", "aftale-brev", agreement_letter(c, w), fmt_writer(fmt, False),
             ["caseworker:letter"], w)
    # --- caseworker 3: journal notes (txt exports and docx): 8
    for i in range(8):
        c = Case()
        c.sagsbeh = WORKERS["journal"]
        pick_defects(c, "agreement", 0.3)
        w = cpr_flag()
        fmt = R.choice(["txt", "txt", "docx", "pdf"])
        emit(c, "agreement", fmt, "journal", "journalnotat-aftale", agreement_journal(c, w), fmt_writer(fmt, False),
             ["caseworker:journal"], w)
    # --- caseworker 4: e-mails with the agreement pasted in: 8 (eml) + 3 txt pastes
    for i in range(11):
        c = Case()
        c.sagsbeh = WORKERS["mail"]
        pick_defects(c, "agreement", 0.3)
        w = cpr_flag()
        blocks = provider_form(c, w) if R.random() < 0.5 else agreement_template(c, 1, w)
        sw = c.sagsbeh.split()
        sig = f"Med venlig hilsen\n{c.sagsbeh}\nJobkonsulent | {KOMMUNE}\nDirekte tlf. {phone()}\n{sw[0].lower()}{sw[-1][:2].lower()}@vordingborg.dk"
        quoted = None
        if R.random() < 0.6:
            quoted = (f"Den {fmt_date(c.date - dt.timedelta(days=2), 'num')} skrev {c.mentor} <{c.mentor_mail}>:\n"
                      f"> Hej {sw[0]}\n> Her er udkastet til aftalen med {c.first}. Ring hvis noget skal rettes.\n> Mvh {c.mentor.split()[0]}")
        if i < 8:
            subj = R.choice([f"Mentoraftale {c.first}", f"SV: Aftale om mentorstøtte – {c.citizen}", "Din aftale om mentor",
                             f"VS: Mentoraftale {c.first} {c.citizen.split()[1][0]}."])
            intro = [("p", R.choice([f"Hej {c.first}\n\nHer er jeres aftale, som jeg har sat ind fra mentors mail:",
                                     f"Hej {c.first}. Jeg har kopieret aftalen ind herunder, så du har den.",
                                     "Til orientering – aftalen indsat nedenfor."]))]
            emit(c, "agreement", "eml", "email", "mail-aftale", intro + blocks,
                 lambda b, p, c=c, subj=subj, sig=sig, quoted=quoted: write_eml(
                     b, p, c, subj, f"{c.sagsbeh} <{sw[0].lower()}{sw[-1][:2].lower()}@vordingborg.dk>",
                     f"{c.citizen} <borger{R.randint(10, 99)}@gmail.com>", sig, quoted),
                 ["caseworker:mail", "pasted-from-mail"] + (["quoted-reply"] if quoted else []), w)
        else:
            hdr = [("small", f"Fra: {c.mentor} <{c.mentor_mail}>\nSendt: {fmt_date(c.date, 'den')} {R.randint(8, 16)}:{R.randint(10, 59)}\nTil: {c.sagsbeh}\nEmne: Mentoraftale")]
            emit(c, "agreement", "txt", "email", "indsat-mail", hdr + blocks, fmt_writer("txt", False),
                 ["caseworker:mail", "pasted-from-mail", "txt"], w)
    # --- external provider forms: 7 (pdf/docx) + 2 scans
    for i in range(9):
        c = Case()
        c.sagsbeh = R.choice(list(WORKERS.values()))
        pick_defects(c, "agreement", 0.3)
        w = cpr_flag()
        fmt = "scan" if i < 2 else R.choice(["pdf", "pdf", "docx"])
        emit(c, "agreement", "pdf" if fmt == "scan" else fmt, "ocr" if fmt == "scan" else "headings", "leverandoer-aftale",
             provider_form(c, w), fmt_writer(fmt, False), ["provider-form"] + (["ocr-scan"] if fmt == "scan" else []), w)
    # --- Min Plan prints: 14
    for i in range(14):
        c = Case()
        c.sagsbeh = R.choice(list(WORKERS.values()))
        pick_defects(c, "minplan", 0.35)
        w = cpr_flag()
        fmt = R.choice(["pdf", "pdf", "pdf", "txt", "docx"]) if i > 0 else "scan"
        emit(c, "minplan", "pdf" if fmt == "scan" else fmt, "minplan-print", "minplan", minplan_print(c, w),
             fmt_writer(fmt, fmt in ("pdf", "docx")), ["minplan-print"] + (["ocr-scan"] if fmt == "scan" else []), w)
    # --- decision letters: 5 types x 5 = 25
    for dtype in DEC_TYPES:
        for i in range(5):
            c = Case()
            c.sagsbeh = R.choice(list(WORKERS.values()))
            w = cpr_flag()
            reasons, appeal, extras = True, "full", []
            defect = R.random() < 0.3
            if defect:
                what = R.choice(["appeal-missing", "appeal-vague", "reasons", "wrong", "over6"])
                if what == "reasons" and dtype != "bevilling":
                    reasons = False
                    extras.append("missing-reasons")
                elif what == "reasons":
                    reasons = False  # a full grant needs no reasons: no finding
                elif what == "appeal-missing":
                    appeal = "none"
                    c.defects.add("missing-appeal-guidance")
                elif what == "appeal-vague":
                    appeal = "vague"
                    c.defects.add("missing-appeal-guidance")
                elif what == "wrong":
                    appeal = "wrong"
                    extras.append("appeal-wrong-route")
                elif what == "over6" and dtype in ("bevilling", "delvis", "forlaengelse"):
                    c.defects.add("over6")
                    c.months = R.choice([7, 8, 12])
                    c.end = add_months(c.start, c.months) - dt.timedelta(days=1)
            fmt = R.choice(["docx", "pdf", "pdf", "odt"]) if i != 4 or dtype not in ("afslag", "ophoer") else "scan"
            blocks = decision_letter(c, dtype, w, reasons, appeal)
            footer = None
            emit(c, "decision", "pdf" if fmt == "scan" else fmt, "letter", f"afgoerelse-{dtype}", blocks,
                 fmt_writer(fmt, False, footer), [f"decision:{dtype}"] + (["ocr-scan"] if fmt == "scan" else []), w,
                 extras=extras)
    # --- none of the kinds: 16
    subs = ["referat", "referat", "faktura", "faktura", "status", "status", "bestilling", "partshoering",
            "pjece", "pjece", "klub", "journal_udeblivelse", "journal_udeblivelse", "kvittering", "status", "faktura"]
    for sub in subs:
        c = Case()
        c.sagsbeh = R.choice(list(WORKERS.values()))
        fmt = R.choice(["pdf", "docx", "txt", "odt", "pdf"])
        if sub == "status" and R.random() < 0.5:
            fmt = "scan"
        emit(c, "unknown", "pdf" if fmt == "scan" else fmt, "mixed", sub, unknown_doc(c, sub), fmt_writer(fmt, sub == "faktura"),
             ["not-a-mentor-document-kind"], False, rules=[])
    # --- an e-mail about a meeting (unknown)
    c = Case()
    c.sagsbeh = WORKERS["mail"]
    emit(c, "unknown", "eml", "email", "mail-moede",
         [("p", f"Hej {c.mentor.split()[0]}\n\nKan vi flytte opstartsmødet med {c.first} til {fmt_date(c.date + dt.timedelta(days=R.randint(6, 20)), 'den')} kl. 10? Jeg har booket mødelokale 2.")],
         lambda b, p, c=c: write_eml(b, p, c, "Opstartsmøde", f"{c.sagsbeh} <krju@vordingborg.dk>", f"{c.mentor} <{c.mentor_mail}>",
                                     f"Venlig hilsen\n{c.sagsbeh}", None), ["not-a-mentor-document-kind"], False, rules=[])

    from_manifest = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    from_manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
