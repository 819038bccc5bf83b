#!/usr/bin/env python3
"""Corpus HY: the caseworker's assessment format (Baggrund / Borgerens egne ønsker / Faglig
vurdering / Indstilling / Beslutning / Aftale / Opfølgning / Klagevejledning).

Deterministic: fixed seed; writes documents + EXPECTED.jsonl into --out (default /work/corpora/hy).
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from pathlib import Path

RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

MUNIS = ["Skovlund Kommune", "Fjordby Kommune", "Lyngholm Kommune", "Vesterå Kommune",
         "Nørrebæk Kommune", "Havnsø Kommune", "Egebjerg Kommune"]
CITIZENS = [("Mathilde", "Krogh"), ("Ali", "Hassan"), ("Jesper", "Mølgaard"), ("Sara", "Lindqvist"),
            ("Kasper", "Dahl"), ("Nadia", "Østergaard"), ("Brian", "Kjær"), ("Line", "Bech"),
            ("Omar", "Farah"), ("Camilla", "Juul"), ("Tobias", "Vestergaard"), ("Signe", "Holm"),
            ("Rasmus", "Friis"), ("Fatima", "Yilmaz"), ("Mikkel", "Brandt"), ("Louise", "Thygesen")]
MENTORS = [("Henrik Laursen", "Jobværkstedet Skovlund"), ("Birthe Nygaard", "Mentorhuset ApS"),
           ("Peter Damgaard", "Kommunens mentorkorps"), ("Anja Sørensen", "Brobyggerne"),
           ("Karim Bouzid", "Værkstedet Fjordby"), ("Lone Kirkegaard", "Ungeindsatsen"),
           ("Morten Vinther", "Mentorhuset ApS")]
CASEWORKERS = ["Jette Fogh", "Thomas Ravn", "Pernille Aagaard", "Søren Bisgaard", "Maria Lund"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"


def fmt_range(a: dt.date, b: dt.date, r: random.Random) -> str:
    s = r.randrange(4)
    if s == 0:
        return f"{fmt_date(a,0)} – {fmt_date(b,0)}"
    if s == 1:
        return f"{fmt_date(a,1)}-{fmt_date(b,1)}"
    if s == 2:
        return f"{fmt_date(a,2)} til {fmt_date(b,2)}"
    return f"fra og med {fmt_date(a,0)} til og med {fmt_date(b,0)}"


def cpr(r: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 30))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randrange(1000, 9999)}"


def phone(r):
    return f"{r.randrange(20, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}"


# ---------------------------------------------------------------- content pieces
HISTORY = [
    "{fn} er {age} år og har modtaget kontanthjælp som aktivitetsparat siden {y1}. {fn} har tidligere arbejdet som {job} i ca. fire år, men mistede arbejdet i forbindelse med en periode med angst og depression.",
    "{fn} er {age} år, bor alene i egen lejlighed og har været i kontakt med kommunen siden {y1}. {fn} har en afbrudt uddannelse som {job} og har siden haft korte ansættelser afbrudt af sygemeldinger.",
    "{fn} er {age_young} år og modtager uddannelseshjælp. {fn} har en diagnose inden for autismespektret (stillet {y1}) og har ikke gennemført en ungdomsuddannelse. {fn} har været i praktik som {job}, hvor fremmødet var ustabilt.",
    "{fn} er {age} år og er sygemeldt fra et job som {job}. Sagen har været behandlet i kommunen siden {y1}, og der har været flere samtaler om tilbagevenden til arbejdsmarkedet.",
]
OTHER_BENEFITS = [
    "{fn} er i ressourceforløb i perioden {rf}, bevilget efter rehabiliteringsteamets indstilling.",
    "{fn} modtager socialpædagogisk bostøtte efter servicelovens § 85 fra Bostøtteteamet, {bh} timer om ugen, i perioden {rf}.",
    "{fn} går i behandling i Distriktspsykiatrien (samtaleforløb hver anden uge) frem til {rfend}.",
    "{fn} er tilknyttet Misbrugscentret med en ambulant samtale om ugen i perioden {rf}.",
    "{fn} har en støttekontaktperson fra Psykiatri og Handicap, {bh} timer om måneden, fra {rf}.",
    "{fn} deltager i et forløb på FGU {fgu} (PGU), 25 timer om ugen i perioden {rf}.",
]
JOBS = ["lagermedarbejder", "butiksassistent", "køkkenmedhjælper", "pædagogmedhjælper", "tømrerlærling",
        "social- og sundhedshjælper", "chauffør", "rengøringsassistent"]

GOALS = [
    ("Målet med mentorstøtten er, at {fn} er i virksomhedspraktik som {job} hos {firm} 15 timer om ugen senest {gd}, med henblik på et ansættelsesforhold med løntilskud.", "job"),
    ("Formålet med støtten er, at {fn} starter på grundforløbet på {school} i august 2026 og møder mindst fire dage om ugen de første tre måneder.", "edu"),
    ("Hovedformålet er, at {fn} fastholder sin praktik i {firm} og øger timetallet fra 10 til 20 timer om ugen inden {gd}.", "job"),
    ("Målet er, at {fn} er tilbage i sit job som {job} på fuld tid senest {gd}, via en gradvis tilbagevenden med 4 timer mere om ugen hver måned.", "job"),
    ("Det er aftalt, at målet med mentorstøtten er, at {fn} gennemfører FVU-dansk trin 2 på VUC og er optaget på {school} senest {gd}.", "edu"),
]
UNCLEAR_GOALS = [
    "Målet med mentorstøtten er at støtte {fn} til øget trivsel og mere struktur i hverdagen.",
    "Formålet med støtten er, at {fn} kommer tættere på arbejdsmarkedet og får mere selvværd.",
    "Målet er at motivere {fn} og hjælpe med at komme videre.",
    "Målet er, at {fn} får det bedre og oplever større livskvalitet.",
]
TASKS = [
    "Mentoren skal hjælpe {fn} med at komme afsted om morgenen de første uger, følge {fn} til praktikstedet de første to uger og tage en ugentlig samtale om fremmøde, transport og samarbejdet med kollegerne.",
    "Mentorens opgaver er at følge {fn} til opstartssamtalen på skolen, hjælpe med at lægge en ugeplan for lektier og fremmøde, og være bindeled til skolens studievejleder.",
    "Støtten består i praktisk hjælp til at planlægge ugen, træne bustransport til arbejdspladsen og ugentlige samtaler om, hvordan arbejdsdagene er gået.",
    "Mentoren skal bistå ved kontakt med arbejdsgiveren, hjælpe {fn} med at håndtere pauser og sygefravær efter en fast plan, og deltage i de første møder med {firm}.",
]
FIRMS = ["Netto Storegade", "Plantorama", "Dagli'Brugsen Havnsø", "Lyngholm Vognmandsforretning",
         "Kantinen på Rådhuset", "Bilka Fjordby", "Egebjerg Tømrer & Snedker"]
SCHOOLS = ["EUC Fjordby", "SOSU Syd", "Tech College Lyngholm", "HF-kurset i Vesterå", "Erhvervsskolen Nørrebæk"]
WISHES = [
    "{fn} fortæller, at {fn_pron} gerne vil i arbejde igen, men er bange for at gå ned igen som sidst. {fn} ønsker en mentor, der kan være med de første dage.",
    "{fn} siger: »Jeg vil gerne tage en uddannelse, men jeg har brug for nogen, der hjælper mig med at komme i gang.«",
    "{fn} ønsker, at møderne ligger om formiddagen, og at mentoren ikke skifter undervejs.",
    "{fn} har selv ønsket mentorstøtte og vil helst mødes med mentoren uden for hjemmet.",
]
FOLLOW = [
    "Der holdes statusmøde med {fn}, mentor og sagsbehandler hver 4. uge. Mentor sender en kort skriftlig status før hvert møde. Progressionen måles på fremmødet (3 dage om ugen efter 6 uger). Forløbet evalueres 14 dage før støtten ophører.",
    "Opfølgning: Sagsbehandler følger op med {fn} og mentor hver måned. Midtvejsevaluering i uge {wk}. Ved sidste opfølgning, fire uger før bevillingen udløber, vurderes behovet for forlængelse.",
    "Vi følger op hver anden uge telefonisk og holder et fælles statusmøde hver 6. uge. Vi ser på, om {fn} møder til tiden 4 ud af 5 dage inden {gd}.",
]
VAGUE_FOLLOW = ["Der følges op efter behov.", "Opfølgning sker løbende."]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {muni} inden fire uger fra du har modtaget den. Du kan klage mundtligt eller skriftligt. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen, Beskæftigelsesudvalget, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen til {muni}, Beskæftigelse, inden 4 uger efter, at du har fået afgørelsen. Vi vurderer din klage igen. Hvis vi fastholder afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen.",
    "Er du uenig i bevillingen, skal du klage til kommunen senest 4 uger efter modtagelsen. Kommunen genvurderer sagen, og giver vi dig ikke medhold, sender vi klagen videre til Ankestyrelsen, som træffer afgørelse.",
]
APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Hvis du er uenig, kan du kontakte din sagsbehandler.",
    "Du har mulighed for at klage til kommunen.",
]


def fill(t: str, ctx: dict) -> str:
    return t.format(**ctx)


FEMALE = {"Mathilde", "Sara", "Nadia", "Line", "Camilla", "Signe", "Fatima", "Louise"}


def asciify(x: str) -> str:
    return x.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("'", "")


def new_ctx(r: random.Random, i: int) -> dict:
    fn, ln = CITIZENS[i % len(CITIZENS)]
    muni = MUNIS[r.randrange(len(MUNIS))]
    mentor, prov = MENTORS[r.randrange(len(MENTORS))]
    start = dt.date(2026, r.choice([2, 3, 4, 5, 6, 8, 9]), r.choice([1, 1, 1, 15, 10]))
    rfstart = start - dt.timedelta(days=r.randrange(60, 200))
    rfend = add_months(rfstart, r.choice([12, 18, 24])) - dt.timedelta(days=1)
    ctx = dict(fn=fn, ln=ln, full=f"{fn} {ln}", muni=muni, mentor=mentor, prov=prov,
               mphone=phone(r), mmail=asciify(mentor.split()[0].lower()) + "@" + asciify(prov.split()[0].lower()) + ".dk",
               cw=r.choice(CASEWORKERS), cwphone=phone(r), age=r.randrange(30, 58), age_young=r.randrange(19, 29), y1=r.randrange(2017, 2025),
               job=r.choice(JOBS), firm=r.choice(FIRMS), school=r.choice(SCHOOLS),
               gd=fmt_date(add_months(start, 4), 0), wk=r.randrange(10, 40), fn_pron="hun" if fn in FEMALE else "han",
               bh=r.choice([2, 3, 4]), fgu=muni.split()[0], rf=r.choice([f"{fmt_date(rfstart,0)} til {fmt_date(rfend,0)}", f"{fmt_date(rfstart,1)}-{fmt_date(rfend,1)}", f"{fmt_date(rfstart + dt.timedelta(days=30),0)} til {fmt_date(rfend,0)}"]),
               rfend=fmt_date(rfend, 0), start=start, sagsnr=f"{r.randrange(10,99)}.{r.randrange(10,99)}.{r.randrange(10,99)}-G01-{r.randrange(100,9999)}-26",
               hours=r.choice([2, 3, 4, 5, 6]),
               letter=fmt_date(start - dt.timedelta(days=r.randrange(7, 20)), 0))
    return ctx


def period(ctx, r, over=False, months=6):
    a = ctx["start"]
    m = r.choice([7, 8, 9, 12]) if over else months
    b = add_months(a, m) - dt.timedelta(days=1)
    return a, b, fmt_range(a, b, r)


# ---------------------------------------------------------------- document builders
# a document = list of blocks: ("title", s) ("h", s) ("p", s) ("b", [items]) ("t", [[cells]])

def header_table(ctx, r, with_cpr):
    rows = [["Borger", ctx["full"]]]
    if with_cpr:
        rows.append(["CPR-nr.", ctx["cpr"]])
    rows += [["Sagsnr.", ctx["sagsnr"]], ["Dato", ctx["letter"]],
             ["Sagsbehandler", f"{ctx['cw']}, tlf. {ctx['cwphone']}"]]
    return ("t", rows)


def assessment_agreement(r, i, defects, with_cpr):
    ctx = new_ctx(r, i)
    if with_cpr:
        ctx["cpr"] = cpr(r)
    title = r.choice(["Faglig vurdering og aftale om mentorstøtte",
                      "Sagsvurdering og mentoraftale (LAB § 167)",
                      "Socialfaglig vurdering, bevilling og aftale om mentorstøtte",
                      "Faglig vurdering – mentorstøtte. Bevilling og aftale"])
    B = [("p", f"{ctx['muni']} · Job og Ydelse"), ("title", title), header_table(ctx, r, with_cpr)]
    traits = ["assessment-format"]
    B.append(("h", "Baggrund"))
    B.append(("p", fill(r.choice(HISTORY), ctx)))
    ob = r.sample(OTHER_BENEFITS, 2)
    B.append(("p", fill(ob[0], ctx) + " " + fill(ob[1], ctx)))
    traits.append("other-actor-periods")
    if r.random() < 0.35:
        pa = ctx["start"] - dt.timedelta(days=400)
        pb = add_months(pa, 8)
        B.append(("p", f"{ctx['fn']} havde tidligere mentorstøtte i perioden {fmt_date(pa,0)} – {fmt_date(pb,0)} (forrige periode), som blev afsluttet, da praktikken stoppede."))
        traits.append("earlier-period-long")
    B.append(("h", r.choice(["Borgerens egne ønsker", "Borgerens ønsker og mål", "Borgers perspektiv"])))
    wish = r.choice(WISHES[2:]) if "missing-goal" in defects else r.choice(WISHES)
    B.append(("p", fill(wish, ctx)))
    B.append(("h", "Faglig vurdering"))
    fv = [f"Det er min vurdering, at {ctx['fn']} har brug for mentorstøtte for at kunne gennemføre og fastholde indsatsen. {ctx['fn']} har ressourcer, men barriererne ligger i at komme i gang og i kontakten med nye mennesker."]
    if "unclear-goal" in defects:
        fv.append(fill(r.choice(UNCLEAR_GOALS), ctx))
        traits.append("goal-unclear-in-prose")
    elif "missing-goal" not in defects:
        fv.append(fill(r.choice(GOALS)[0], ctx))
        traits.append("goal-in-prose")
    tasks_place = r.choice(["vurdering", "aftale"])
    if "missing-tasks" not in defects and tasks_place == "vurdering":
        fv.append(fill(r.choice(TASKS), ctx))
        traits.append("tasks-in-prose")
    B.append(("p", " ".join(fv)))
    B.append(("h", "Indstilling"))
    B.append(("p", f"Jeg indstiller, at {ctx['fn']} bevilges mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1."))
    B.append(("h", r.choice(["Beslutning/Bevilling", "Beslutning", "Bevilling"])))
    parts = []
    if "missing-duration" not in defects:
        a, b, pr = period(ctx, r, over="duration-over-6-months" in defects)
        parts.append(f"Mentorstøtten er bevilget i perioden {pr}.")
        if "duration-over-6-months" in defects:
            traits.append("period-over-six")
        else:
            traits.append("period:exact-six")
        per = {"start": a.isoformat(), "end": b.isoformat()}
    else:
        per = None
        traits.append("no-support-period(other-periods-only)")
    if "missing-hours" not in defects:
        parts.append(r.choice([f"Timetal: {ctx['hours']} timer pr. uge.",
                               f"Der er bevilget {ctx['hours']} timer om ugen.",
                               f"Omfang: {ctx['hours']} t/uge med direkte kontakt."]))
    else:
        parts.append(r.choice(["Timetallet aftales mellem mentor og borger efter behov.", ""]))
        traits.append("hours-missing(other-actor-hours)")
    parts.append(f"Beslutningen er truffet af {ctx['cw']} den {ctx['letter'].split(' ',1)[0]} {ctx['letter'].split(' ',1)[1]}.")
    B.append(("p", " ".join(p for p in parts if p)))
    B.append(("h", "Aftale"))
    if "missing-mentor" in defects:
        B.append(("p", r.choice([f"Mentor: tildeles af {ctx['prov']} ved opstart.",
                                 f"Mentor: {ctx['mentor']}, {ctx['prov']}."])))
        traits.append("mentor-incomplete")
    else:
        B.append(("p", r.choice([f"Mentor: {ctx['mentor']}, {ctx['prov']}, tlf. {ctx['mphone']}, {ctx['mmail']}",
                                 f"Din mentor er {ctx['mentor']} fra {ctx['prov']}. {ctx['mentor'].split()[0]} kan kontaktes på tlf. {ctx['mphone']} eller {ctx['mmail']}."])))
    if "missing-tasks" not in defects and tasks_place == "aftale":
        B.append(("p", fill(r.choice(TASKS), ctx)))
        traits.append("tasks-in-aftale")
    B.append(("p", f"{ctx['fn']} og mentor mødes første gang i uge {ctx['start'].isocalendar()[1]}."))
    B.append(("h", "Opfølgning"))
    if "missing-follow-up" in defects:
        B.append(("p", r.choice(VAGUE_FOLLOW)))
        traits.append("follow-up-vague")
    else:
        B.append(("p", fill(r.choice(FOLLOW[1:] if "missing-tasks" in defects else FOLLOW), ctx)))
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.5:
            B.append(("h", "Klagevejledning"))
            B.append(("p", r.choice(APPEAL_BAD)))
            traits.append("appeal-incomplete")
        else:
            traits.append("appeal-absent")
    else:
        B.append(("h", r.choice(["Klagevejledning", "Sådan klager du"])))
        B.append(("p", fill(r.choice(APPEAL_FULL), ctx)))
    B.append(("p", f"Med venlig hilsen\n{ctx['cw']}\nSagsbehandler, {ctx['muni']}"))
    return B, ctx, traits, per


def decision(r, i, sub, defects, with_cpr):
    ctx = new_ctx(r, i)
    if with_cpr:
        ctx["cpr"] = cpr(r)
    titles = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
              "refusal": "Afgørelse: Afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
              "end": "Afgørelse om ophør af mentorstøtte"}
    B = [("p", f"{ctx['muni']}\nBeskæftigelse og Ydelser"), ("title", titles[sub]), header_table(ctx, r, with_cpr)]
    B.append(("p", f"Kære {ctx['fn']}"))
    traits = ["assessment-format", "decision:" + sub]
    B.append(("h", "Baggrund"))
    B.append(("p", fill(r.choice(HISTORY), ctx) + " " + fill(r.choice(OTHER_BENEFITS), ctx)))
    B.append(("h", "Dine egne ønsker"))
    B.append(("p", fill(r.choice(WISHES), ctx).replace(ctx['fn'] + " ", "Du ", 1)))
    B.append(("h", "Faglig vurdering"))
    per = None
    if sub in ("grant", "partial", "extension"):
        B.append(("p", f"Vi vurderer, at du har brug for mentorstøtte. " + fill(r.choice(GOALS)[0], ctx)))
        B.append(("h", "Beslutning"))
        if sub == "extension":
            a = ctx["start"]
        over = "duration-over-6-months" in defects
        a, b, pr = period(ctx, r, over=over)
        per = {"start": a.isoformat(), "end": b.isoformat()}
        traits.append("period-over-six" if over else "period:exact-six")
        if sub == "grant":
            B.append(("p", f"Du får mentorstøtte efter LAB § 167 i perioden {pr}, {ctx['hours']} timer om ugen."))
        elif sub == "partial":
            B.append(("p", f"Du søgte om mentorstøtte 8 timer om ugen. Du får bevilget {ctx['hours']} timer om ugen i perioden {pr}."))
            B.append(("h", "Begrundelse"))
            B.append(("p", f"Vi har lagt vægt på, at du samtidig har støtte fra andre, og at {ctx['hours']} timer om ugen efter vores vurdering dækker behovet i praktikken, jf. LAB § 167, stk. 1."))
        else:
            B.append(("p", f"Din mentorstøtte forlænges i perioden {pr} med {ctx['hours']} timer om ugen, jf. LAB § 167, stk. 1, 2. pkt. Vi har foretaget en konkret vurdering ved udløbet af den hidtidige periode."))
            traits.append("extension")
        B.append(("p", r.choice(["Aftalen om mentorstøtte med mål, mentor og opgaver finder du på Min Plan på Jobnet.",
                                 "Mentoraftalen sendes til dig særskilt, når første møde med mentor er holdt."])))
    elif sub == "refusal":
        B.append(("p", f"Vi vurderer, at din situation kan støttes inden for det tilbud, du allerede deltager i. Du har ikke et konkret job- eller uddannelsesmål endnu, og mentorstøtte kan kun gives med et sådant mål."))
        B.append(("h", "Beslutning"))
        B.append(("p", "Du får afslag på mentorstøtte. Vi har lagt vægt på ovenstående, jf. LAB § 167, stk. 1."))
    else:
        B.append(("p", f"Du er nu i ordinær beskæftigelse som {ctx['job']} 30 timer om ugen, og du har selv sagt, at du ikke længere har brug for mentor."))
        B.append(("h", "Beslutning"))
        B.append(("p", f"Din mentorstøtte ophører den {fmt_date(ctx['start'],0)}, fordi formålet er opfyldt, jf. LAB § 167."))
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.6:
            B.append(("h", "Klagevejledning"))
            B.append(("p", r.choice(APPEAL_BAD)))
            traits.append("appeal-incomplete")
        else:
            traits.append("appeal-absent")
    else:
        B.append(("h", "Klagevejledning"))
        B.append(("p", fill(r.choice(APPEAL_FULL), ctx)))
    B.append(("p", f"Venlig hilsen\n{ctx['cw']}, tlf. {ctx['cwphone']}\n{ctx['muni']}"))
    return B, ctx, traits, per


def minplan(r, i, defects, with_cpr):
    ctx = new_ctx(r, i)
    if with_cpr:
        ctx["cpr"] = cpr(r)
    B = [("title", r.choice(["Min Plan – Mentorstøtte", "Min Plan: indsats Mentorstøtte (§ 167)", "Min Plan – Din indsats: Mentor"])),
         ("p", f"{ctx['full']}" + (f" · CPR {ctx['cpr']}" if with_cpr else "") + f" · {ctx['muni']} · Udskrevet {ctx['letter']}")]
    traits = ["minplan-from-assessment"]
    B.append(("h", "Baggrund (fra den faglige vurdering)"))
    B.append(("p", fill(r.choice(HISTORY), ctx)))
    B.append(("h", "Dine egne ønsker"))
    B.append(("p", fill(r.choice(WISHES[2:]), ctx)))
    rows = []
    if "unclear-goal" in defects:
        rows.append(["Mål", fill(r.choice(UNCLEAR_GOALS), ctx)])
    elif "missing-goal" not in defects:
        rows.append(["Mål", fill(r.choice(GOALS)[0], ctx)])
    if "missing-mentor" in defects:
        rows.append(["Mentor", f"{ctx['prov']} (mentor udpeges)"])
    else:
        rows.append(["Mentor", f"{ctx['mentor']}, {ctx['prov']}, tlf. {ctx['mphone']}"])
    if "missing-tasks" not in defects:
        rows.append(["Mentorens opgaver", fill(r.choice(TASKS), ctx)])
    per = None
    if "missing-duration" not in defects:
        a, b, pr = period(ctx, r, over="duration-over-6-months" in defects)
        rows.append(["Periode", pr])
        per = {"start": a.isoformat(), "end": b.isoformat()}
        traits.append("period-over-six" if "duration-over-6-months" in defects else "period:exact-six")
    if "missing-hours" not in defects:
        rows.append(["Timer", f"{ctx['hours']} timer pr. uge"])
    B.append(("h", "Mentorstøtte"))
    B.append(("t", rows))
    B.append(("h", "Andre indsatser"))
    ob = r.sample(OTHER_BENEFITS, 2)
    B.append(("b", [fill(ob[0], ctx), fill(ob[1], ctx)]))
    traits.append("other-activities")
    return B, ctx, traits, None if per is None else per


def unknown_doc(r, i, variant, with_cpr):
    ctx = new_ctx(r, i)
    if with_cpr:
        ctx["cpr"] = cpr(r)
    traits = ["lookalike:" + variant]
    if variant == "rehab":
        B = [("title", "Rehabiliteringsteamets indstilling"), header_table(ctx, r, with_cpr),
             ("h", "Baggrund"), ("p", fill(HISTORY[0], ctx)),
             ("h", "Borgerens egne ønsker"), ("p", fill(WISHES[0], ctx)),
             ("h", "Rehabiliteringsteamets vurdering"),
             ("p", f"Teamet vurderer, at {ctx['fn']} har behov for en tværfaglig indsats med fokus på helbred og beskæftigelse. Teamet anbefaler ressourceforløb i 2 år, hvor der bl.a. kan indgå mentorstøtte, virksomhedspraktik og samtaler i Distriktspsykiatrien."),
             ("h", "Indstilling"), ("p", "Ressourceforløb i 24 måneder. Kommunen træffer afgørelse på baggrund af indstillingen."),
             ("p", f"Mødedato: {ctx['letter']}. Deltagere: {ctx['cw']} (koordinerende sagsbehandler), repræsentant fra Sundhed, Socialområdet og regionens kliniske funktion.")]
    elif variant == "no-mentor":
        B = [("title", "Faglig vurdering – samtale om indsats"), header_table(ctx, r, with_cpr),
             ("h", "Baggrund"), ("p", fill(HISTORY[3], ctx)),
             ("h", "Borgerens egne ønsker"), ("p", f"{ctx['fn']} ønsker at vende tilbage til arbejdet uden yderligere støtte."),
             ("h", "Faglig vurdering"), ("p", f"Jeg vurderer, at der ikke er behov for mentorstøtte. {ctx['fn']} har et godt netværk og en arbejdsgiver, der er indstillet på en gradvis tilbagevenden. Vi har drøftet muligheden for mentor, men {ctx['fn']} ønsker det ikke."),
             ("h", "Indstilling"), ("p", "Ingen indstilling om mentorstøtte. Sygedagpengesagen følges op efter de almindelige regler."),
             ("h", "Opfølgning"), ("p", "Næste opfølgningssamtale om 8 uger.")]
    elif variant == "status":
        B = [("title", "Statusnotat – mentorforløb"), ("p", f"Til: {ctx['cw']}, {ctx['muni']}\nFra: {ctx['mentor']}, {ctx['prov']}"),
             ("p", f"Vedr.: {ctx['full']}" + (f", CPR {ctx['cpr']}" if with_cpr else "")),
             ("h", "Forløbet siden sidst"), ("p", f"{ctx['fn']} har mødt stabilt i praktikken de sidste fire uger, i alt 12 timer om ugen. Vi har haft 8 møder, og transporten fungerer nu uden følgeskab."),
             ("h", "Udfordringer"), ("p", "Der har været to fraværsdage pga. søvnproblemer. Vi har lavet en plan for sygemelding."),
             ("h", "Anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter som aftalt, og at timetallet i praktikken øges til 15 timer.")]
    elif variant == "bostotte":
        B = [("title", "Faglig vurdering og afgørelse – socialpædagogisk støtte (SEL § 85)"), header_table(ctx, r, with_cpr),
             ("h", "Baggrund"), ("p", fill(HISTORY[1], ctx)),
             ("h", "Borgerens egne ønsker"), ("p", f"{ctx['fn']} ønsker hjælp til økonomi og at holde lejligheden."),
             ("h", "Faglig vurdering"), ("p", f"Der bevilges socialpædagogisk støtte efter servicelovens § 85, {ctx['hours']} timer om ugen. Støtten gives af Bostøtteteamet ved {ctx['mentor']}."),
             ("h", "Opfølgning"), ("p", "Opfølgning hver 3. måned."),
             ("h", "Klagevejledning"), ("p", f"Du kan klage over afgørelsen om socialpædagogisk støtte til {ctx['muni']} inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen.")]
    elif variant == "meeting":
        B = [("title", "Indkaldelse til statusmøde"), ("p", f"Kære {ctx['fn']}"),
             ("p", f"Du indkaldes til statusmøde om din mentorstøtte {ctx['gd']} kl. 10.00 i Jobhuset, {ctx['muni']}. Til stede er din mentor {ctx['mentor']} og din sagsbehandler {ctx['cw']}."),
             ("p", "På mødet taler vi om, hvordan det går, og om der er brug for at ændre noget. Du er velkommen til at tage en bisidder med."),
             ("p", f"Venlig hilsen\n{ctx['cw']}, tlf. {ctx['cwphone']}")]
    elif variant == "skabelon":
        B = [("title", "Skabelon: Faglig vurdering og aftale om mentorstøtte"),
             ("p", "Intern vejledning til sagsbehandlere. Brug afsnittene nedenfor og skriv målet, mentorens navn og kontaktdata, opgaverne, perioden (højst 6 måneder), timetallet og opfølgningen."),
             ("h", "Baggrund"), ("p", "[Beskriv borgerens historik og andre ydelser]"),
             ("h", "Borgerens egne ønsker"), ("p", "[Citér borgeren]"),
             ("h", "Faglig vurdering"), ("p", "[Målet med mentorstøtten er, at ...]"),
             ("h", "Beslutning/Bevilling"), ("p", "Periode: [dd.mm.åååå – dd.mm.åååå]  Timetal: [x] timer pr. uge"),
             ("h", "Aftale"), ("p", "Mentor: [navn], tlf. [xx xx xx xx]"),
             ("h", "Opfølgning"), ("p", "[Hvornår og hvordan]"),
             ("h", "Klagevejledning"), ("p", "Standardtekst indsættes automatisk ved journalisering.")]
    else:  # rehab forberedende
        B = [("title", "Forberedende skema til rehabiliteringsteamet – sagsbehandlers del"), header_table(ctx, r, with_cpr),
             ("h", "Tidligere indsatser"), ("b", [f"Mentorstøtte {fmt_date(ctx['start'] - dt.timedelta(days=500),0)} – {fmt_date(ctx['start'] - dt.timedelta(days=320),0)}, 3 timer om ugen",
                                                  f"Virksomhedspraktik som {ctx['job']}, 8 uger", "Samtaleforløb hos psykolog, 10 sessioner"]),
             ("h", "Borgerens egne ønsker"), ("p", fill(WISHES[1], ctx)),
             ("h", "Sagsbehandlers vurdering"), ("p", f"{ctx['fn']}s arbejdsevne er endnu ikke afklaret. Der er behov for en helhedsorienteret indsats."),
             ("h", "Spørgsmål til teamet"), ("p", "Er der grundlag for ressourceforløb, eller bør sagen afklares yderligere?")]
    return B, ctx, traits, None


def as_journal_table(B):
    """Journal layout: the sections become rows of one two-column table (Afsnit | Tekst)."""
    out, rows, cur, tail = [], [], None, []
    for kind, v in B:
        if kind == "p" and v.startswith("Med venlig hilsen"):
            tail.append((kind, v))
        elif kind in ("title", "t") and not rows:
            out.append((kind, v))
        elif kind == "h":
            cur = [v, ""]
            rows.append(cur)
        elif kind == "p" and cur is not None:
            cur[1] = (cur[1] + " " + v).strip()
        elif kind == "b" and cur is not None:
            cur[1] = (cur[1] + " " + "; ".join(v)).strip()
        else:
            out.append((kind, v))
    if rows and rows[-1][0] in ("Klagevejledning", "Sådan klager du"):
        pass
    out.append(("t", rows))
    return out + tail


# ---------------------------------------------------------------- renderers
def to_text(B):
    out = []
    for kind, v in B:
        if kind == "title":
            out.append(v.upper() if len(v) < 60 and False else v)
            out.append("=" * len(v))
        elif kind == "h":
            out.append(v + ":") if False else out.append(v)
        elif kind == "p":
            out.append(v)
        elif kind == "b":
            out.append("\n".join("- " + x for x in v))
        elif kind == "t":
            out.append("\n".join(f"{a}: {b}" for a, b in v))
        out.append("")
    return "\n".join(out)


def write_txt(B, path):
    path.write_text(to_text(B), encoding="utf-8")


def write_html(B, path):
    h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>%s</title></head><body>" %
         html.escape(next(v for k, v in B if k == "title"))]
    for kind, v in B:
        if kind == "title":
            h.append(f"<h1>{html.escape(v)}</h1>")
        elif kind == "h":
            h.append(f"<h2>{html.escape(v)}</h2>")
        elif kind == "p":
            h.append("<p>" + "<br>".join(html.escape(x) for x in v.split("\n")) + "</p>")
        elif kind == "b":
            h.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in v) + "</ul>")
        elif kind == "t":
            h.append("<table border='1'>" + "".join(f"<tr><th>{html.escape(a)}</th><td>{html.escape(b)}</td></tr>" for a, b in v) + "</table>")
    h.append("</body></html>")
    path.write_text("\n".join(h), encoding="utf-8")


def write_docx(B, path):
    import docx
    d = docx.Document()
    for kind, v in B:
        if kind == "title":
            d.add_heading(v, level=1)
        elif kind == "h":
            d.add_heading(v, level=2)
        elif kind == "p":
            d.add_paragraph(v)
        elif kind == "b":
            for x in v:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in v:
                c = t.add_row().cells
                c[0].text, c[1].text = a, b
    d.core_properties.author = "Fagsystem"
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.save(path)


def write_odt(B, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    for kind, v in B:
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, text=v))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, text=v))
        elif kind == "p":
            for line in v.split("\n"):
                doc.text.addElement(P(text=line))
        elif kind == "b":
            lst = List()
            for x in v:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "t":
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for a, b in v:
                tr = TableRow()
                for s in (a, b):
                    tc = TableCell()
                    tc.addElement(P(text=s))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def write_pdf(B, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table as RTable, TableStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", parent=body, fontName="DVB", fontSize=15, leading=19, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontName="DVB", fontSize=11.5, leading=15, spaceBefore=6)
    flow = []
    for kind, v in B:
        if kind == "title":
            flow.append(Paragraph(html.escape(v), h1))
        elif kind == "h":
            flow.append(Paragraph(html.escape(v), h2))
        elif kind == "p":
            flow.append(Paragraph(html.escape(v).replace("\n", "<br/>"), body))
            flow.append(Spacer(1, 4))
        elif kind == "b":
            for x in v:
                flow.append(Paragraph("• " + html.escape(x), body))
        elif kind == "t":
            t = RTable([[Paragraph(html.escape(a), body), Paragraph(html.escape(b), body)] for a, b in v],
                       colWidths=[120, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title="", author="").build(flow)


WRITERS = {"txt": write_txt, "html": write_html, "docx": write_docx, "odt": write_odt, "pdf": write_pdf}

# ---------------------------------------------------------------- plan
AGREEMENT_DEFECTS = [
    [], [], [], [], [], [], [], [], [],
    ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-mentor"],
    ["missing-tasks"], ["missing-duration"], ["missing-duration"], ["missing-follow-up"],
    ["missing-hours"], ["missing-hours"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
    ["duration-over-6-months"], ["duration-over-6-months"],
    ["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"],
]
DECISIONS = [("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]), ("grant", ["duration-over-6-months"]),
             ("partial", []), ("partial", ["missing-appeal-guidance"]), ("refusal", []), ("refusal", ["missing-appeal-guidance"]),
             ("extension", []), ("extension", ["duration-over-6-months"]), ("end", []), ("end", ["missing-appeal-guidance"])]
MINPLAN_DEFECTS = [[], [], [], [], [], [], ["unclear-goal"], ["duration-over-6-months"], ["missing-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-tasks"],
                   ["missing-duration"], ["missing-hours"], ["duration-over-6-months"], ["missing-tasks", "missing-hours"]]
UNKNOWN = ["rehab", "no-mentor", "status", "bostotte", "meeting", "skabelon", "forberedende",
           "rehab", "status", "no-mentor", "bostotte", "meeting", "forberedende", "skabelon", "no-mentor"]
JOURNAL_DEFECTS = [[], [], [], [], ["missing-goal"], ["missing-tasks"], ["missing-follow-up"],
                   ["missing-duration"], ["duration-over-6-months"], ["missing-hours"], ["missing-mentor", "missing-appeal-guidance"]]
FORMATS = ["docx", "pdf", "odt", "txt", "html"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hy")
    ap.add_argument("--seed", type=int, default=1919)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    r = random.Random(a.seed)
    entries = []
    n = 0

    def emit(kind, subtype, B, ctx, traits, per, rules, layout, extras=()):
        nonlocal n
        fmt = FORMATS[n % len(FORMATS)] if n % 7 != 3 else r.choice(FORMATS)
        n += 1
        folder = {"agreement": "vurdering-aftale", "decision": "afgoerelser", "minplan": "min-plan", "unknown": "andet"}[kind]
        name = f"{folder}/{n:03d}-{ctx['fn'].lower()}-{subtype}.{fmt}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        p = out / name
        p.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[fmt](B, p)
        mnc = [ctx["cpr"], ctx["cpr"].replace("-", "")] if ctx.get("cpr") else []
        entries.append({"path": name, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": traits + (["cpr"] if mnc else []) + [f"fmt:{fmt}"],
                        "period": per})

    i = 0
    for d in AGREEMENT_DEFECTS:
        wc = r.random() < 0.25
        B, ctx, tr, per = assessment_agreement(r, i, d, wc)
        emit("agreement", "agreement", B, ctx, tr, per, d, "assessment-sections")
        i += 1
    for d in JOURNAL_DEFECTS:
        wc = r.random() < 0.25
        B, ctx, tr, per = assessment_agreement(r, i, d, wc)
        emit("agreement", "agreement", as_journal_table(B), ctx, tr + ["journal-table"], per, d, "assessment-journal-table")
        i += 1
    for sub, d in DECISIONS:
        wc = r.random() < 0.25
        B, ctx, tr, per = decision(r, i, sub, d, wc)
        emit("decision", sub, B, ctx, tr, per, d, "assessment-decision")
        i += 1
    for d in MINPLAN_DEFECTS:
        wc = r.random() < 0.25
        B, ctx, tr, per = minplan(r, i, d, wc)
        emit("minplan", "minplan", B, ctx, tr, per, d, "minplan-assessment")
        i += 1
    for v in UNKNOWN:
        wc = r.random() < 0.3
        B, ctx, tr, per = unknown_doc(r, i, v, wc)
        emit("unknown", v, B, ctx, tr, None, [], "lookalike-" + v)
        i += 1
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
