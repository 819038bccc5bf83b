#!/usr/bin/env python3
"""Corpus IA: mentor support decided inside bigger social-work / employment plans.

Handleplaner, indsatsplaner, rehabiliteringsplaner, sagsvurderinger and family plans in which
the mentor support (LAB § 167) is one actor's part among housing support, a support contact
person, psychiatry, addiction treatment, education and a ressourceforløb; plus decision letters
and Min Plan entries written from such plans, and look-alikes (kind unknown).

Deterministic: python make_corpus_ia.py --out /work/corpora/ia [--seed 19]
"""
from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def six_end(start: date, months: int = 6) -> date:
    return add_months(start, months) - timedelta(days=1)


def fmt(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def rng_range(r: random.Random, a: date, b: date) -> str:
    s = r.randrange(5)
    style = r.choice([0, 0, 1, 2, 3])
    if s == 0:
        return f"{fmt(a, style)} – {fmt(b, style)}"
    if s == 1:
        return f"fra {fmt(a, style)} til {fmt(b, style)}"
    if s == 2:
        return f"f.o.m. {fmt(a, style)} t.o.m. {fmt(b, style)}"
    if s == 3:
        return f"{fmt(a, style)} - {fmt(b, style)}"
    return f"{fmt(a, style)} til og med {fmt(b, style)}"


FIRST = ["Jonas", "Sara", "Mikkel", "Aisha", "Kenneth", "Line", "Ali", "Mette", "Brian", "Fatima",
         "Rasmus", "Nanna", "Tobias", "Yasmin", "Peter", "Camilla", "Dennis", "Louise", "Ahmad",
         "Signe", "Kasper", "Julie", "Morten", "Amalie", "Hassan", "Pernille", "Christian", "Rikke"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Poulsen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller", "Karimi",
        "Holm", "Lund", "Berg", "Dahl", "Kjær", "Bach", "Skov", "Friis"]
MUNIS = ["Holbæk", "Vejle", "Svendborg", "Hjørring", "Slagelse", "Viborg", "Horsens", "Næstved",
         "Randers", "Kolding", "Silkeborg", "Esbjerg", "Guldborgsund", "Frederikshavn", "Roskilde"]
PROVIDERS = ["Jobværkstedet", "Mentorhuset ApS", "Center for Job og Trivsel", "Kompetencecenter Nord",
             "Mentorteamet, Jobcentret", "Broen Mentor & Coaching", "Ungeindsatsen", "Café Trappen"]


def asc(s):
    return s.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace(",", "")


def phone(r):
    return f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def cpr(r):
    d = date(1970, 1, 1) + timedelta(days=r.randrange(365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"


GOOD_GOALS = [
    "{n} er i virksomhedspraktik {h} timer om ugen i {place} senest {d}, med henblik på ansættelse med løntilskud.",
    "{n} starter på grundforløb 1 på {school} i august 2026 og møder mindst fire dage om ugen.",
    "{n} har et fleksjob som lagermedarbejder på ca. 12 timer om ugen senest {d}.",
    "{n} gennemfører FVU-dansk trin 2 på VUC og søger optagelse på SOSU-hjælperuddannelsen inden {d}.",
    "{n} møder stabilt (mindst 90 % fremmøde) i praktikken hos {place} og er i ordinært job på nedsat tid senest {d}.",
    "{n} er i gang med den forberedende grunduddannelse (FGU) og har under 2 dages fravær om måneden.",
]
UNCLEAR_GOALS = [
    "Støtte til at {n} får mere struktur på hverdagen og øget trivsel.",
    "At {n} kommer videre i sit liv og får det bedre med sig selv.",
    "Sikre at {n} får øget selvværd og overblik.",
    "Motivere {n} og styrke trivslen.",
]
PLACES = ["Netto i Bymidten", "Bilka lager", "Genbrugspladsen Nord", "Plejecenter Solgården", "Kantinen på rådhuset",
          "Føtex", "autoværkstedet hos Rasmussen Biler", "Kvickly"]
SCHOOLS = ["Tradium", "Zealand Business College", "EUC Syd", "Mercantec", "SOSU Nord", "TEC"]

TASKS = [
    "følge {n} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde, transport og søvn",
    "hjælpe med at lave en ugeplan med faste mødetider",
    "være bindeled til kontaktpersonen på arbejdspladsen",
    "hjælpe {n} med at åbne og forstå post fra skolen og kommunen",
    "forberede samtaler med studievejleder og SPS-ansøgning",
    "støtte ved kontakt til læge og psykiatri, så behandling og praktik kan passe sammen",
    "øve busturen til skolen og lave en plan for dårlige dage",
]


def pick_goal(r, n, unclear=False):
    if unclear:
        return r.choice(UNCLEAR_GOALS).format(n=n)
    return r.choice(GOOD_GOALS).format(n=n, h=r.choice([10, 12, 15, 20]), place=r.choice(PLACES),
                                      school=r.choice(SCHOOLS), d=r.choice(["1. juni 2026", "1. september 2026",
                                                                            "31. oktober 2026", "1. august 2026"]))


def appeal_full(r, muni, sender="kommunen"):
    v = r.randrange(4)
    if v == 0:
        return ("Hvis du ikke er enig i afgørelsen om mentorstøtte, kan du klage til " + muni +
                " Kommune inden 4 uger efter, at du har modtaget den. Du kan klage skriftligt eller mundtligt. "
                "Kommunen genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, sender vi klagen "
                "videre til Ankestyrelsen. Klagen behandles efter § 204 i lov om en aktiv beskæftigelsesindsats "
                "og retssikkerhedslovens kapitel 10.")
    if v == 1:
        return ("Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til " + sender + " senest fire uger "
                "efter, at du har fået dette brev. Vi vurderer sagen igen, og hvis vi ikke giver dig ret, "
                "sender vi klagen og sagens papirer til Ankestyrelsen (LAB § 204).")
    if v == 2:
        return ("Er du uenig, skal du klage til " + muni + " Kommune, Beskæftigelse, inden 4 uger fra modtagelsen. "
                "Kommunen ser på sagen igen. Hvis afgørelsen fastholdes, bliver klagen sendt til Ankestyrelsen, "
                "som træffer afgørelse i sagen.")
    return ("Klage over mentorstøtten sendes til " + muni + " Kommune inden fire uger. Vi genvurderer "
            "afgørelsen, og fastholder vi den, videresendes klagen til Ankestyrelsens Beskæftigelsesudvalg, "
            "jf. LAB § 204 og retssikkerhedslovens §§ 66-67.")


APPEAL_WEAK = [
    "Du kan klage over afgørelsen.",
    "Er du utilfreds, er du velkommen til at kontakte din sagsbehandler.",
    "Klageadgang: Du har mulighed for at klage.",
]
APPEAL_OTHER = [
    ("Klagevejledning vedrørende socialpædagogisk støtte (servicelovens § 85): Du kan klage over afgørelsen om "
     "bostøtte til kommunen inden 4 uger. Kommunen genvurderer afgørelsen og sender en fastholdt afgørelse "
     "videre til Ankestyrelsen."),
    ("Klage over afgørelse om støtte- og kontaktperson efter servicelovens § 99 skal sendes til kommunen inden "
     "4 uger. Kommunen genvurderer og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
]


class Doc:
    def __init__(self, title):
        self.title = title
        self.blocks = [("title", title)]

    def h(self, t):
        self.blocks.append(("h", t))

    def p(self, t):
        self.blocks.append(("p", t))

    def ul(self, items):
        self.blocks.append(("ul", list(items)))

    def table(self, rows):
        self.blocks.append(("table", [list(x) for x in rows]))

    def text(self):
        out = []
        for kind, v in self.blocks:
            if kind == "title":
                out += [v.upper() if len(v) < 60 else v, ""]
            elif kind == "h":
                out += [v, "-" * len(v)]
            elif kind == "p":
                out += [v, ""]
            elif kind == "ul":
                out += ["- " + x for x in v] + [""]
            elif kind == "table":
                for row in v:
                    out.append(": ".join(c for c in row if c) if len(row) == 2 else " | ".join(row))
                out.append("")
        return "\n".join(out)


# --------------------------------------------------------------------------------------------
# mentor part builder
# --------------------------------------------------------------------------------------------

def mentor_fields(r, n, defects, start, kind="agreement"):
    f = {}
    f["goal"] = pick_goal(r, n, "unclear-goal" in defects)
    if "missing-goal" in defects:
        f["goal"] = r.choice(["Udfyldes på opstartsmødet", "-", "Aftales senere"])
    mname = person(r)
    prov = r.choice(PROVIDERS)
    if "missing-mentor" in defects:
        f["mentor"] = r.choice([f"{mname}, {prov}", "Tildeles af leverandøren", f"{mname}"])
    else:
        contact = r.choice([f"tlf. {phone(r)}", f"tlf. {phone(r)}, {asc(mname.split()[0])}@{asc(prov.split()[0])}.dk",
                            f"mail: {asc(mname.split()[0])}.{asc(mname.split()[1])}@mentor.dk"])
        f["mentor"] = f"{mname}, {prov}, {contact}"
    f["mentor_name"] = mname
    tasks = r.sample(TASKS, r.randint(2, 4))
    f["tasks"] = [t.format(n=n)[0].upper() + t.format(n=n)[1:] for t in tasks]
    if "missing-tasks" in defects:
        f["tasks"] = None
    if "duration-over-6-months" in defects:
        months = r.choice([8, 9, 12])
        end = six_end(start, months)
        f["period"] = rng_range(r, start, end)
        f["end"] = end
    elif "missing-duration" in defects:
        f["period"] = r.choice([f"Fra {fmt(start, 0)} og indtil videre", "Udfyldes senere", "indtil videre"])
        f["end"] = None
    else:
        months = r.choice([3, 4, 6, 6, 6])
        end = six_end(start, months)
        f["period"] = rng_range(r, start, end)
        f["end"] = end
    if "missing-hours" in defects:
        f["hours"] = r.choice([None, "efter behov", "et par timer om ugen"])
    else:
        f["hours"] = r.choice(["3 timer pr. uge", "2 timer ugentligt", "4 t/uge", "1,5 time om ugen",
                               "8 timer om måneden", "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge"])
    if "missing-follow-up" in defects:
        f["follow"] = r.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", None])
    else:
        f["follow"] = r.choice([
            "Statusmøde med mentor, sagsbehandler og {n} hver 4. uge. Evaluering 14 dage før perioden udløber.",
            "Mentor sender kort skriftlig status hver måned; opfølgningssamtale i jobcentret hver 3. måned og senest 14 dage før ophør. Delmål: fremmøde 3 dage om ugen efter 6 uger.",
            "Vi følger op på et fælles møde hver anden måned, hvor progressionen måles på fremmøde i praktikken.",
            "Evaluering ved midtvejsmøde efter 3 måneder og slutevaluering 14 dage før bevillingen udløber.",
        ]).format(n=n)
    return f


def period_end_iso(f):
    return f["end"].isoformat() if f.get("end") else None


def other_actors(r, n, start, count):
    pool = [
        ("Socialpædagogisk støtte (SEL § 85)", f"{n} kan selv handle ind, betale regninger og holde lejligheden.",
         f"Bostøtte {person(r)}, Bostøtteteamet, tlf. {phone(r)}", rng_range(r, start, six_end(start, 12)), "4 timer pr. uge"),
        ("Støtte- og kontaktperson (SEL § 99)", f"{n} får kontakt til andre og bruger værestedet.",
         f"SKP {person(r)}, tlf. {phone(r)}", f"løbende, revurderes {fmt(add_months(start, 12), 0)}", "2 timer hver anden uge"),
        ("Misbrugsbehandling (SUL § 141 / SEL § 101)", f"{n} er stoffri og møder til samtaler i Rusmiddelcentret.",
         f"Behandler {person(r)}, Rusmiddelcentret, tlf. {phone(r)}", rng_range(r, start, six_end(start, 10)),
         "ambulant, 1 samtale om ugen"),
        ("Psykiatri / distriktspsykiatri", f"{n} er stabil i medicin og har fast kontakt til behandler.",
         f"Kontaktperson {person(r)}, Distriktspsykiatrien, tlf. {phone(r)}", "behandlingsforløb, ca. 1 år",
         "samtale hver 3. uge"),
        ("Ressourceforløb (LAB § 68 a)", f"{n} afklares i forhold til arbejdsmarkedet.",
         f"Koordinerende sagsbehandler {person(r)}, tlf. {phone(r)}", rng_range(r, start, six_end(start, 24)),
         "—"),
        ("Virksomhedspraktik (LAB kap. 11)", f"{n} afprøver lagerarbejde.",
         f"Praktikvejleder {person(r)}, {r.choice(PLACES)}, tlf. {phone(r)}", rng_range(r, start, six_end(start, 3)),
         "12 timer pr. uge"),
        ("Uddannelse (FGU / EUD)", f"{n} gennemfører grundforløbet.",
         f"Studievejleder {person(r)}, {r.choice(SCHOOLS)}", rng_range(r, start, six_end(start, 20)),
         "fuld tid"),
    ]
    return r.sample(pool, count)


# --------------------------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------------------------

def header_lines(r, d: Doc, n, muni, cprn, datestr, extra=None):
    rows = [("Borger", n), ("Sagsnr.", f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(100, 9999)}-26")]
    if cprn:
        rows.insert(1, ("CPR-nr.", cprn))
    rows.append(("Dato", datestr))
    rows.append(("Sagsbehandler", f"{person(r)}, {muni} Kommune, tlf. {phone(r)}"))
    if extra:
        rows += extra
    d.table(rows)


def fam_handleplan(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc(r.choice(["Handleplan efter servicelovens § 141", "Handleplan – voksenområdet", "Koordineret handleplan"]))
    header_lines(r, d, n, muni, ctx["cpr"], fmt(start - timedelta(days=10), 0))
    d.h("Borgerens egne ønsker")
    d.p(r.choice([f"{first} ønsker at få et arbejde, hvor der er faste rammer, og at blive boende i lejligheden.",
                  f"»Jeg vil gerne tilbage på skolebænken og have en uddannelse inden for det tekniske,« siger {first}.",
                  f"{first} vil gerne have et job i butik og ønsker hjælp til at komme op om morgenen."]))
    d.h("Baggrund og historik")
    d.p(f"{first} har haft perioder med angst og depression siden teenageårene og har tidligere været i "
        f"misbrugsbehandling. {first} har boet i egen lejlighed siden 2023 og har tidligere haft et "
        f"mentorforløb i en forrige periode fra 2024 til 2025, som blev afsluttet.")
    f = mentor_fields(r, first, defects, start)
    actors = other_actors(r, first, start, r.randint(2, 3))
    d.h("Indsatser")
    i = 1
    for title, goal, contact, per, hours in actors[:1]:
        d.h(f"Indsats {i}: {title}")
        d.table([("Mål", goal), ("Udfører", contact), ("Periode", per), ("Omfang", hours)])
        i += 1
    d.h(f"Indsats {i}: Mentorstøtte efter LAB § 167")
    rows = [("Mål med mentorstøtten", f["goal"]), ("Mentor", f["mentor"])]
    if f["tasks"]:
        rows.append(("Mentorens opgaver", "; ".join(f["tasks"])))
    rows.append(("Periode", f["period"]))
    if f["hours"]:
        rows.append(("Timetal", f["hours"]))
    if f["follow"]:
        rows.append(("Opfølgning", f["follow"]))
    d.table(rows)
    i += 1
    for title, goal, contact, per, hours in actors[1:]:
        d.h(f"Indsats {i}: {title}")
        d.table([("Mål", goal), ("Udfører", contact), ("Periode", per), ("Omfang", hours)])
        i += 1
    d.h("Samarbejde og koordinering")
    if "missing-follow-up" in defects:
        d.p("Koordinerende sagsbehandler er bindeled mellem parterne. Planen revideres efter behov.")
    else:
        d.p("Alle parter mødes til netværksmøde hver tredje måned. Koordinerende sagsbehandler indkalder.")
    add_appeal(r, d, muni, defects)
    d.p(f"Planen er udarbejdet sammen med {first}, som har fået en kopi.")
    return d, f


def add_appeal(r, d, muni, defects, heading=None):
    d.h(heading or r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.5:
            d.p(r.choice(APPEAL_OTHER))
        else:
            d.p(r.choice(APPEAL_WEAK))
    else:
        d.p(appeal_full(r, muni))


def fam_indsatsplan(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc(r.choice(["Indsatsplan – ressourceforløb", "Indsatsplan for ressourceforløb og aftale om mentorstøtte",
                      "Indsatsplan (rehabiliteringsplanens indsatsdel)"]))
    header_lines(r, d, n, muni, ctx["cpr"], fmt(start - timedelta(days=7), 1))
    d.h("Overordnet mål for ressourceforløbet")
    d.p(f"{first} er afklaret i forhold til arbejdsmarkedet og i job på nedsatte timer eller fleksjob "
        f"ved forløbets afslutning. Ressourceforløbet løber i 2 år ({fmt(start, 0)} – {fmt(six_end(start, 24), 0)}).")
    f = mentor_fields(r, first, defects, start)
    actors = other_actors(r, first, start, 3)
    rows = [("Indsats", "Mål", "Ansvarlig", "Periode", "Omfang")]
    for title, goal, contact, per, hours in actors:
        rows.append((title, goal, contact, per, hours))
    d.h("Indsatser i forløbet")
    d.table(rows)
    d.h("Aftale om mentorstøtte (LAB § 167)")
    d.p(f"Mål: {f['goal']}")
    d.p(f"Mentor: {f['mentor']}")
    if f["tasks"]:
        d.p("Mentoren skal:")
        d.ul(f["tasks"])
    d.p(f"Varighed: {f['period']}")
    if f["hours"]:
        d.p(f"Timer: {f['hours']}")
    if f["follow"]:
        d.p(f"Opfølgning: {f['follow']}")
    d.h("Opfølgning på hele planen")
    if "missing-follow-up" in defects:
        d.p("Koordinerende sagsbehandler holder kontakt med de øvrige aktører efter behov.")
    else:
        d.p("Koordinerende sagsbehandler følger op på ressourceforløbet hver 3. måned.")
    add_appeal(r, d, muni, defects)
    return d, f


def fam_sagsvurdering(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc(r.choice(["Socialfaglig vurdering og aftale om mentorstøtte", "Sagsvurdering – mentorstøtte og bostøtte",
                      "Samlet vurdering og aftale"]))
    header_lines(r, d, n, muni, ctx["cpr"], fmt(start - timedelta(days=5), 0))
    d.h("Sagens oplysninger")
    d.p(f"{first} er 27 år, aktivitetsparat uddannelseshjælpsmodtager og bor alene. {first} har ADHD og "
        f"har afbrudt to erhvervsuddannelser. {first} modtager i dag bostøtte efter servicelovens § 85 "
        f"ved Bostøtteteamet 3 timer om ugen ({rng_range(r, start - timedelta(days=120), six_end(start - timedelta(days=120), 12))}) "
        f"og går til samtaler i distriktspsykiatrien hver 3. uge.")
    d.h("Borgerens perspektiv")
    d.p(f"{first} fortæller, at det sværeste er at komme af sted om morgenen og at holde styr på skemaet.")
    d.h("Faglig vurdering")
    d.p(f"Det er vores vurdering, at {first} har brug for en fast voksen, der kan bygge bro mellem hjem, "
        "behandling og uddannelse. Uden mentorstøtte er der stor risiko for endnu et frafald.")
    f = mentor_fields(r, first, defects, start)
    d.h(r.choice(["Afgørelse og aftale", "Beslutning og aftale", "Det har vi aftalt"]))
    parts = [f"Du får mentorstøtte efter LAB § 167."]
    parts.append(f"Målet er: {f['goal']}")
    parts.append(f"Din mentor er {f['mentor']}.")
    if f["tasks"]:
        parts.append("Mentorens opgaver: " + "; ".join(t[0].lower() + t[1:] for t in f["tasks"]) + ".")
    parts.append(f"Støtten gælder i perioden {f['period']}." if f["end"] else f"Periode: {f['period']}.")
    if f["hours"]:
        parts.append(f"Mentoren har {f['hours']} sammen med dig.")
    if f["follow"]:
        parts.append(f["follow"])
    d.p(" ".join(parts))
    d.p("Bostøtten fortsætter uændret, og behandlingen i distriktspsykiatrien er ikke en del af denne aftale.")
    add_appeal(r, d, muni, defects)
    return d, f


def fam_familieplan(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    child = r.choice(["Emil (9 år)", "Freja (6 år)", "Noah (12 år)", "Ida (4 år)"])
    d = Doc(r.choice(["Samlet plan for familien", "Fælles plan for familien – én plan", "Helhedsplan for familien"]))
    header_lines(r, d, n, muni, ctx["cpr"], fmt(start - timedelta(days=14), 3),
                 extra=[("Øvrige familiemedlemmer", f"{child}")])
    d.h("Familiens ønsker")
    d.p(f"{first} ønsker at få fast arbejde, så familien kan få mere ro økonomisk. {child.split()[0]} skal trives i skolen.")
    d.h("Indsatser for barnet")
    d.table([("Indsats", "Familiebehandling efter SEL § 52, stk. 3, nr. 3"),
             ("Mål", f"{child.split()[0]} kommer i skole hver dag og har en fast voksen at gå til."),
             ("Periode", rng_range(r, start, six_end(start, 12))),
             ("Omfang", "2 timer om ugen i hjemmet"),
             ("Kontakt", f"Familiebehandler {person(r)}, tlf. {phone(r)}")])
    f = mentor_fields(r, first, defects, start)
    d.h(f"Indsatser for {first} (beskæftigelse)")
    rows = [("Indsats", "Mentorstøtte (LAB § 167)"), ("Mål", f["goal"]), ("Mentor", f["mentor"])]
    if f["tasks"]:
        rows.append(("Opgaver", " · ".join(f["tasks"])))
    rows.append(("Periode", f["period"]))
    if f["hours"]:
        rows.append(("Omfang", f["hours"]))
    d.table(rows)
    if f["follow"]:
        d.h("Opfølgning")
        d.p(f["follow"] + " Familiens samlede plan gennemgås på familiemøde hver 3. måned.")
    add_appeal(r, d, muni, defects, heading="Klagevejledning – mentorstøtte" if "missing-appeal-guidance" not in defects else None)
    return d, f


def fam_rehabplan(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc("Rehabiliteringsplan – indsatsdel")
    header_lines(r, d, n, muni, ctx["cpr"], fmt(start - timedelta(days=20), 2))
    d.h("Rehabiliteringsteamets indstilling")
    d.p(f"Teamet indstiller til ressourceforløb i 18 måneder med fokus på helbred, bolig og arbejdsprøvning. "
        f"Sundhedskoordinator deltager. {first} er enig i indstillingen.")
    d.h("Beskæftigelsesmål")
    d.p(r.choice([f"{first} arbejder i et fleksjob i detailhandlen.", f"{first} er i uddannelse inden for pædagogisk assistent."]))
    f = mentor_fields(r, first, defects, start)
    d.h("Jobcentrets indsatser")
    d.p("1. Virksomhedspraktik på 8-12 timer om ugen (periode aftales med virksomheden).")
    d.p("2. Mentorstøtte efter LAB § 167:")
    items = [f"Mål: {f['goal']}", f"Mentor: {f['mentor']}"]
    if f["tasks"]:
        items.append("Opgaver: " + "; ".join(f["tasks"]))
    items.append(f"Bevilget periode: {f['period']}")
    if f["hours"]:
        items.append(f"Timetal: {f['hours']}")
    if f["follow"]:
        items.append(f"Opfølgning: {f['follow']}")
    d.ul(items)
    d.h("Regionens og socialområdets indsatser")
    d.p(f"Sundhedskoordinator {person(r)} (tlf. {phone(r)}) koordinerer behandling i psykiatrien. "
        f"Bostøtte efter SEL § 85 fortsætter med 3 timer pr. uge i hele ressourceforløbet.")
    add_appeal(r, d, muni, defects)
    return d, f


def fam_decision(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    sub = ctx["subtype"]
    titles = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse: delvis bevilling af mentorstøtte",
              "extension": "Afgørelse om forlængelse af mentorstøtte", "end": "Afgørelse om ophør af mentorstøtte",
              "refusal": "Afgørelse: afslag på mentorstøtte"}
    d = Doc(titles[sub])
    d.p(f"{muni} Kommune · Beskæftigelse · {fmt(start - timedelta(days=8), 0)}")
    d.p(f"Til {n}" + (f", CPR-nr. {ctx['cpr']}" if ctx["cpr"] else ""))
    d.p(f"Kære {first}")
    over = "duration-over-6-months" in defects
    end = six_end(start, r.choice([9, 12]) if over else r.choice([4, 6]))
    per = rng_range(r, start, end)
    if sub == "grant":
        d.p(f"Som aftalt i din handleplan af {fmt(start - timedelta(days=30), 0)} bevilger vi dig mentorstøtte "
            f"efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {per}, {r.choice(['3', '4', '2'])} timer om ugen.")
        d.p("Handleplanen indeholder også din bostøtte og dit forløb i misbrugsbehandlingen. Dem har du fået særskilte afgørelser om.")
    elif sub == "partial":
        d.p(f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen, som beskrevet i indsatsplanen. "
            f"Vi bevilger mentorstøtte i perioden {per} med 3 timer om ugen.")
        d.h("Begrundelse")
        d.p("Vi har lagt vægt på, at du samtidig har bostøtte 4 timer om ugen, og at mentorstøtte efter LAB § 167, "
            "stk. 1, gives for højst 6 måneder ad gangen.")
    elif sub == "extension":
        d.p(f"Din mentorstøtte forlænges i en ny periode {per} efter en konkret vurdering på statusmødet. "
            f"Timetallet er fortsat 2 timer pr. uge.")
        d.h("Begrundelse")
        d.p("Vi har lagt vægt på, at du er kommet i gang med praktikken, men endnu ikke møder stabilt.")
    elif sub == "end":
        d.p(f"Din mentorstøtte ophører den {fmt(start, 0)}, fordi målet i handleplanen er nået: du er startet i job.")
        d.h("Begrundelse")
        d.p("Vi har lagt vægt på, at du har haft fast fremmøde i tre måneder, jf. LAB § 167.")
        end = None
    else:
        d.p("Du har i forbindelse med din handleplan ansøgt om mentorstøtte. Vi giver dig afslag.")
        d.h("Begrundelse")
        d.p("Vi har lagt vægt på, at din støtte- og kontaktperson efter servicelovens § 99 og din bostøtte "
            "allerede dækker de opgaver, du har beskrevet, og at der ikke er et mål om job eller uddannelse, jf. LAB § 167.")
        end = None
    add_appeal(r, d, muni, defects)
    d.p(f"Med venlig hilsen\n{person(r)}, jobkonsulent")
    return d, {"end": end, "start": start}


def fam_minplan(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc(r.choice(["Min Plan", "Min Plan – udskrift", "Min plan – dine aktiviteter"]))
    d.p(f"Udskrevet {fmt(start, 1)} · {n}" + (f" · {ctx['cpr']}" if ctx["cpr"] else ""))
    d.h("Dit mål")
    d.p(f"{first} er i ordinært job eller uddannelse inden 2028 (fra indsatsplanen).")
    f = mentor_fields(r, first, defects, start, kind="minplan")
    actors = other_actors(r, first, start, 2)
    d.h("Aktiviteter")
    for title, goal, contact, per, hours in actors[:1]:
        d.h(title)
        d.table([("Formål", goal), ("Kontaktperson", contact), ("Periode", per), ("Omfang", hours)])
    d.h("Mentorstøtte")
    rows = [("Formål med mentorstøtten", f["goal"]), ("Mentor", f["mentor"])]
    if f["tasks"]:
        rows.append(("Mentoren hjælper med", "; ".join(f["tasks"])))
    rows.append(("Periode", f["period"]))
    if f["hours"]:
        rows.append(("Timer", f["hours"]))
    d.table(rows)
    for title, goal, contact, per, hours in actors[1:]:
        d.h(title)
        d.table([("Formål", goal), ("Kontaktperson", contact), ("Periode", per), ("Omfang", hours)])
    return d, f


# ---- look-alikes (unknown) -------------------------------------------------------------------

def fam_considered(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc(r.choice(["Handleplan efter servicelovens § 141", "Indsatsplan – ressourceforløb"]))
    header_lines(r, d, n, muni, ctx["cpr"], fmt(start, 0))
    d.h("Borgerens ønsker")
    d.p(f"{first} ønsker ro på boligsituationen, før der tales om arbejde.")
    d.h("Indsatser")
    title, goal, contact, per, hours = other_actors(r, first, start, 1)[0]
    d.table([("Indsats", title), ("Mål", goal), ("Udfører", contact), ("Periode", per), ("Omfang", hours)])
    d.h("Overvejet, men ikke iværksat")
    d.p(r.choice([f"Mentorstøtte efter LAB § 167 er drøftet. Vi tager stilling til mentorstøtte på næste netværksmøde "
                  f"i {MONTHS[(start.month + 2) % 12]}, når bostøtten er kommet godt i gang.",
                  f"{first} ønsker ikke mentorstøtte på nuværende tidspunkt. Muligheden genovervejes ved næste opfølgning."]))
    d.h("Næste møde")
    d.p(f"Netværksmøde {fmt(add_months(start, 3), 0)} kl. 10 på Jobcentret.")
    return d, {}


def fam_minutes(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc("Referat – rehabiliteringsteamets møde")
    d.table([("Mødedato", fmt(start, 0)), ("Borger", n), ("Deltagere", "Jobcenter, socialområdet, sundhedskoordinator, uddannelsesvejleder"),
             ("Sag", "Ny sag – forelæggelse")])
    d.h("Borgerens situation")
    d.p(f"{first} fortalte om tre års sygdom og et ønske om at komme tilbage til butiksarbejde.")
    d.h("Drøftelse")
    d.p("Teamet drøftede bl.a. mentorstøtte i opstarten af en praktik, bostøtte og fortsat behandling i psykiatrien.")
    d.h("Indstilling")
    d.p(r.choice(["Teamet indstiller til ressourceforløb i 2 år. Jobcentret træffer afgørelse og udarbejder indsatsplan.",
                  "Teamet indstiller til fleksjob. Sagen forelægges igen efter arbejdsprøvning."]))
    return d, {}


def fam_status(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc(r.choice(["Statusnotat", "Status til koordinerende sagsbehandler", "Statusudtalelse fra mentor"]))
    d.table([("Borger", n), ("Periode", rng_range(r, start, add_months(start, 2))), ("Skrevet af", f"{person(r)}, {r.choice(PROVIDERS)}")])
    d.h("Hvordan er det gået")
    d.p(f"{first} har mødt op til 9 af 12 aftaler. Vi har arbejdet med ugeplan og transport til praktikken. "
        f"Bostøtten hjælper fortsat med økonomien.")
    d.h("Anbefaling")
    d.p("Det anbefales at fortsætte mentorstøtten i indsatsplanens næste periode med uændret timetal.")
    return d, {}


def fam_sellerplan(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    d = Doc("Vejledning: Sådan skriver du en handleplan med mentorstøtte")
    d.p(f"Til medarbejdere i {muni} Kommune. En handleplan med mentorstøtte skal indeholde målet med "
        "mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, varigheden og opfølgning, timetallet og "
        "en klagevejledning (klag til kommunen inden 4 uger; derefter Ankestyrelsen).")
    d.ul(["Skriv målet som et job- eller uddannelsesmål.", "Perioden er højst 6 måneder.",
          "Hold de andre aktørers indsatser adskilt fra mentorens."])
    return d, {}


def fam_udskrivning(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    discharge = add_months(start, 3)
    d = Doc(r.choice(["Koordinationsplan ved udskrivning", "Udskrivningsaftale og koordinationsplan"]))
    header_lines(r, d, n, muni, ctx["cpr"], fmt(start, 0),
                 extra=[("Afsnit", "Psykiatrisk afsnit P3, Regionspsykiatrien"), ("Forventet udskrivning", fmt(discharge, 0))])
    d.h("Borgerens ønsker")
    d.p(f"{first} vil gerne hjem til egen bolig og tilbage til jobbet som kantinemedhjælper, som {first} var sygemeldt fra.")
    d.h("Regionens indsats")
    d.p(f"Opfølgning i distriktspsykiatrien efter udskrivning, samtaler hver 14. dag. Kontaktperson {person(r)}, tlf. {phone(r)}.")
    d.h("Kommunens indsats: socialområdet")
    d.p("Bostøtte efter SEL § 85, 3 timer pr. uge fra udskrivningen og foreløbig 1 år.")
    f = mentor_fields(r, first, defects, start)
    months = 13 if "duration-over-6-months" in defects else r.choice([6, 9])
    end = six_end(start, months)
    f["end"] = end
    f["period"] = rng_range(r, start, end)
    d.h("Kommunens indsats: udskrivningskoordinator (LAB § 167, stk. 2)")
    d.table([("Mål", f["goal"]), ("Udskrivningskoordinator", f["mentor"]),
             ("Opgaver", "; ".join(f["tasks"] or [])),
             ("Periode", f"{f['period']} (fra ca. 3 måneder før udskrivningen)"), ("Timer", f["hours"] or ""),
             ("Opfølgning", f["follow"] or "")])
    add_appeal(r, d, muni, defects)
    return d, f


def fam_revideret(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc(r.choice(["Revideret handleplan – forlængelse af mentorstøtte", "Opfølgning og revideret indsatsplan"]))
    header_lines(r, d, n, muni, ctx["cpr"], fmt(start - timedelta(days=14), 1))
    prev_start = add_months(start, -6)
    d.h("Status siden sidst")
    d.p(f"Mentorstøtten i den forrige periode ({fmt(prev_start, 0)} – {fmt(start - timedelta(days=1), 0)}) har hjulpet "
        f"{first} i gang med praktikken. Misbrugsbehandlingen er afsluttet. Støtte- og kontaktpersonordningen fortsætter "
        f"2 timer hver anden uge ved {person(r)}, tlf. {phone(r)}.")
    f = mentor_fields(r, first, defects, start)
    d.h("Ny periode med mentorstøtte (forlængelse efter konkret vurdering)")
    d.p(f"Mål: {f['goal']}")
    d.p(f"Mentor: {f['mentor']}")
    if f["tasks"]:
        d.p("Opgaver: " + "; ".join(f["tasks"]) + ".")
    d.p(f"Periode: {f['period']}")
    if f["hours"]:
        d.p(f"Timetal: {f['hours']}")
    if f["follow"]:
        d.p(f"Opfølgning: {f['follow']}")
    add_appeal(r, d, muni, defects)
    return d, f


def fam_change(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc("Ændring af din mentorstøtte – timetal")
    d.p(f"{muni} Kommune, {fmt(start - timedelta(days=5), 0)}")
    d.p(f"Kære {first}")
    d.p(f"På netværksmødet om din handleplan aftalte vi, at din mentorstøtte skal sættes ned fra 4 til 2 timer om ugen "
        f"fra {fmt(start, 0)}, fordi bostøtten nu hjælper dig med økonomien. Din bevilgede periode slutter uændret "
        f"{fmt(six_end(start, 3), 0)}.")
    d.h("Begrundelse")
    d.p("Vi har lagt vægt på, at du selv møder stabilt i praktikken, jf. LAB § 167.")
    add_appeal(r, d, muni, defects)
    return d, {"end": six_end(start, 3), "start": start}


def fam_hoering(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc("Partshøring – vi overvejer at give afslag på mentorstøtte")
    d.p(f"Kære {first}")
    d.p("Inden vi træffer afgørelse om mentorstøtte som beskrevet i udkastet til din handleplan, vil vi give dig "
        f"mulighed for at komme med bemærkninger. Vi forventer at give afslag, fordi din bostøtte og din støtte- og "
        f"kontaktperson dækker behovet. Send dine bemærkninger senest {fmt(start, 0)}.")
    return d, {}


def fam_invite(r, ctx, defects):
    n, muni, start = ctx["n"], ctx["muni"], ctx["start"]
    first = n.split()[0]
    d = Doc("Indkaldelse til netværksmøde om din handleplan")
    d.p(f"Kære {first}")
    d.p(f"Du indkaldes til netværksmøde {fmt(start, 0)} kl. 13.00 i Jobcentret, mødelokale 2. Din bostøtte, din mentor "
        f"og din behandler fra Rusmiddelcentret deltager. Vi skal tale om, hvordan mentorstøtten og praktikken går, og "
        f"om handleplanen skal ændres.")
    d.p(f"Med venlig hilsen\n{person(r)}, koordinerende sagsbehandler, tlf. {phone(r)}")
    return d, {}


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------

def render_docx(d: Doc, path: Path, r):
    from docx import Document
    doc = Document()
    for kind, v in d.blocks:
        if kind == "title":
            doc.add_heading(v, level=0 if r.random() < 0.5 else 1)
        elif kind == "h":
            doc.add_heading(v, level=2)
        elif kind == "p":
            for line in v.split("\n"):
                doc.add_paragraph(line)
        elif kind == "ul":
            for x in v:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            cols = max(len(x) for x in v)
            t = doc.add_table(rows=len(v), cols=cols)
            t.style = "Table Grid"
            for i, row in enumerate(v):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    doc.save(path)


def render_pdf(d: Doc, path: Path, r):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    esc = htmlmod.escape
    for kind, v in d.blocks:
        if kind == "title":
            story.append(Paragraph(esc(v), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(esc(v), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(esc(v).replace("\n", "<br/>"), ss["BodyText"]))
        elif kind == "ul":
            for x in v:
                story.append(Paragraph("• " + esc(x), ss["BodyText"]))
        elif kind == "table":
            cols = max(len(x) for x in v)
            w = 480 / cols
            data = [[Paragraph(esc(c), ss["BodyText"]) for c in row] for row in v]
            t = Table(data, colWidths=[w] * cols if cols > 2 else [150, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4, title=d.title).build(story)


def render_html(d: Doc, path: Path, r):
    esc = htmlmod.escape
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{esc(d.title)}</title></head><body>"]
    for kind, v in d.blocks:
        if kind == "title":
            out.append(f"<h1>{esc(v)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{esc(v)}</h2>")
        elif kind == "p":
            out.append("<p>" + esc(v).replace("\n", "<br>") + "</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join((f"<th>{esc(c)}</th>" if j == 0 and len(row) == 2 else f"<td>{esc(c)}</td>")
                                 for j, c in enumerate(row)) + "</tr>" for row in v) + "</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_odt(d: Doc, path: Path, r):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Heading 2", family="paragraph")
    hs.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    doc.styles.addElement(hs)
    ts = Style(name="Title", family="paragraph")
    ts.addElement(TextProperties(fontweight="bold", fontsize="18pt"))
    doc.styles.addElement(ts)
    for kind, v in d.blocks:
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=ts, text=v))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=hs, text=v))
        elif kind == "p":
            for line in v.split("\n"):
                doc.text.addElement(P(text=line))
        elif kind == "ul":
            lst = List()
            for x in v:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "table":
            cols = max(len(x) for x in v)
            t = Table(name=f"T{id(v) % 10000}")
            t.addElement(TableColumn(numbercolumnsrepeated=cols))
            for row in v:
                tr = TableRow()
                for c in row:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def render_txt(d: Doc, path: Path, r):
    path.write_text(d.text(), encoding="utf-8")


RENDER = {"docx": render_docx, "pdf": render_pdf, "html": render_html, "odt": render_odt, "txt": render_txt}

FAMILIES = {"handleplan": fam_handleplan, "indsatsplan": fam_indsatsplan, "sagsvurdering": fam_sagsvurdering,
            "familieplan": fam_familieplan, "rehabplan": fam_rehabplan, "decision": fam_decision,
            "minplan": fam_minplan, "considered": fam_considered, "minutes": fam_minutes, "status": fam_status,
            "guidance": fam_sellerplan, "udskrivning": fam_udskrivning, "revideret": fam_revideret,
            "change": fam_change, "hoering": fam_hoering, "invite": fam_invite}
KIND = {"handleplan": "agreement", "indsatsplan": "agreement", "sagsvurdering": "agreement",
        "familieplan": "agreement", "rehabplan": "agreement", "decision": "decision", "minplan": "minplan",
        "considered": "unknown", "minutes": "unknown", "status": "unknown", "guidance": "unknown",
        "udskrivning": "agreement", "revideret": "agreement", "change": "decision", "hoering": "unknown",
        "invite": "unknown"}

# (family, subtype, defects) -- labels are fixed here, from the rule docs and domain.md
AGR_DEFECTS = [[], [], [], [], [], [], [], [], [], [], ["missing-hours"], ["missing-hours"], ["missing-mentor"],
               ["missing-mentor"], ["missing-follow-up"], ["missing-follow-up"], ["missing-appeal-guidance"],
               ["missing-appeal-guidance"], ["missing-appeal-guidance"], ["duration-over-6-months"],
               ["duration-over-6-months"], ["unclear-goal"], ["unclear-goal"], ["missing-duration"],
               ["missing-tasks"], ["missing-goal"], ["missing-hours", "unclear-goal"],
               ["missing-follow-up", "missing-appeal-guidance"], ["missing-mentor", "duration-over-6-months"],
               ["missing-tasks", "missing-hours"]]
DEC_PLAN = [("grant", []), ("grant", []), ("grant", ["missing-appeal-guidance"]), ("grant", ["duration-over-6-months"]),
            ("partial", []), ("partial", ["missing-appeal-guidance"]), ("extension", []),
            ("extension", ["duration-over-6-months"]), ("end", []), ("end", ["missing-appeal-guidance"]),
            ("refusal", []), ("refusal", ["missing-appeal-guidance"])]
MP_DEFECTS = [[], [], [], [], [], ["missing-hours"], ["missing-mentor"], ["duration-over-6-months"],
              ["unclear-goal"], ["missing-duration"], ["missing-tasks"], ["missing-hours", "unclear-goal"]]
UNKNOWN_PLAN = ["considered", "considered", "considered", "minutes", "minutes", "status", "status", "status", "guidance",
                "considered", "minutes"]
EXTRA_PLAN = [("udskrivning", "agreement", []), ("udskrivning", "agreement", []),
              ("udskrivning", "agreement", ["duration-over-6-months"]), ("revideret", "agreement", []),
              ("revideret", "agreement", ["missing-hours"]), ("revideret", "agreement", ["missing-mentor"]),
              ("change", "change", []), ("change", "change", ["missing-appeal-guidance"]),
              ("hoering", "hoering", []), ("invite", "invite", []), ("status", "status", [])]
FORMATS_AGR = ["docx", "pdf", "odt", "txt", "html"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ia")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    r = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    plan = []
    agr_fams = ["handleplan", "indsatsplan", "sagsvurdering", "familieplan", "rehabplan"]
    for i, defs in enumerate(AGR_DEFECTS):
        plan.append((agr_fams[i % 5], "agreement", defs))
    for sub, defs in DEC_PLAN:
        plan.append(("decision", sub, defs))
    for defs in MP_DEFECTS:
        plan.append(("minplan", "minplan", defs))
    for fam in UNKNOWN_PLAN:
        plan.append((fam, fam, []))
    for fam, sub, defs in EXTRA_PLAN:
        plan.append((fam, sub, defs))
    entries = []
    for idx, (fam, sub, defs) in enumerate(plan):
        rr = random.Random(a.seed * 1000 + idx)
        n = person(rr)
        muni = rr.choice(MUNIS)
        start = date(2026, rr.choice([2, 3, 4, 5, 6, 8, 9]), rr.choice([1, 1, 1, 15]))
        has_cpr = rr.random() < 0.27
        ctx = {"n": n, "muni": muni, "start": start, "cpr": cpr(rr) if has_cpr else None, "subtype": sub}
        d, f = FAMILIES[fam](rr, ctx, set(defs))
        fmt_ = FORMATS_AGR[(idx + idx // 5) % 5]
        kind = KIND[fam]
        folder = {"agreement": "planer", "decision": "afgoerelser", "minplan": "minplan", "unknown": "oevrige"}[kind]
        name = f"{folder}/{idx:03d}_{fam}_{n.split()[0].lower()}.{fmt_}"
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        RENDER[fmt_](d, path, rr)
        traits = [f"family:{fam}"] + [f"defect:{x}" for x in defs]
        if has_cpr:
            traits.append("cpr")
        extras = []
        if kind == "decision" and sub in ("partial", "extension", "end", "refusal"):
            pass  # reasons are written in all of them
        period = None
        if f.get("end") and kind != "unknown":
            period = {"start": (f.get("start") or start).isoformat(), "end": f["end"].isoformat()}
        entries.append({"path": name, "format": fmt_, "kind": kind,
                        "subtype": sub if kind == "decision" else kind,
                        "layout": fam, "rules": sorted(defs), "extras": extras, "error": None,
                        "accept_errors": [], "must_not_contain": [ctx["cpr"], ctx["cpr"].replace("-", "")] if has_cpr else [],
                        "traits": traits, "period": period})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
