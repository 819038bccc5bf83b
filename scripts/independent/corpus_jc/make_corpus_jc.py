#!/usr/bin/env python3
"""Corpus JC: the audit sample of a fictional mid-sized municipality (Skovlund Kommune), 2021-2026.

Two jobcentre units with their own templates (Ungeenheden, Job & Helbred), three private providers
(Mentorhuset ApS, Kompas Vejledning I/S, Trin for Trin ApS), six caseworkers with their own habits,
a template change in 2024 and the law's change of 1 February 2026 ("jobcentret" -> "kommunen").

Run:  /work/main/.venv/bin/python make_corpus_jc.py --out /work/corpora/jc [--seed 21]
Labels are decided from domain.md and the rule docs (`mentordocs rules NAME`), see NOTES.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from jc_writers import (blocks_to_html, blocks_to_text, write_docx, write_eml, write_odt,  # noqa: E402
                        write_rtf)

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


def six_end(start: D, months: int = 6) -> D:
    return add_months(start, months) - dt.timedelta(days=1)


def fd(d: D, style: str = "long") -> str:
    if style == "long":
        return "%d. %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "dots":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "slash":
        return "%d/%d-%d" % (d.day, d.month, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return "%d.%d.%s" % (d.day, d.month, str(d.year)[2:])
    if style == "abbr":
        return "%d. %s %d" % (d.day, MON3[d.month - 1], d.year)
    raise ValueError(style)


LAW_CHANGE = D(2026, 2, 1)

# ----------------------------------------------------------------------------- the world
UNITS = {
    "ung": {"name": "Jobcenter Skovlund, Ungeenheden", "addr": "Torvegade 12, 7190 Skovlund",
            "post": "Skovlund Kommune, Beskæftigelse – Unge", "phone": "72 14 50 00",
            "mail": "ungeenheden@skovlund.dk"},
    "jh": {"name": "Jobcenter Skovlund, Job & Helbred", "addr": "Stationsvej 3, 7191 Brandby",
           "post": "Skovlund Kommune, Job & Helbred", "phone": "72 14 52 00",
           "mail": "joboghelbred@skovlund.dk"},
}
CASEWORKERS = {
    "birgitte": ("Birgitte Holm", "ung", "72 14 50 21", "bhol@skovlund.dk"),
    "kasper": ("Kasper Lund", "ung", "72 14 50 34", "kalu@skovlund.dk"),
    "sofie": ("Sofie Krogh", "ung", "72 14 50 47", "sokr@skovlund.dk"),
    "mette": ("Mette Friis", "jh", "72 14 52 18", "mefr@skovlund.dk"),
    "jamal": ("Jamal Hussein", "jh", "72 14 52 26", "jahu@skovlund.dk"),
    "lone": ("Lone Dahl", "jh", "72 14 52 09", "lod@skovlund.dk"),
}
PROVIDERS = {
    "mentorhuset": ("Mentorhuset ApS", "Nørregade 41, 7190 Skovlund", "mentorhuset.dk",
                    [("Henrik Bøgh", "41 22 63 90"), ("Pernille Storm", "41 22 63 91"),
                     ("Ole Vinther", "41 22 63 95")]),
    "kompas": ("Kompas Vejledning I/S", "Åbrinken 7, 7191 Brandby", "kompas-vejledning.dk",
               [("Line Kjær", "28 71 40 12"), ("Thomas Brix", "28 71 40 19")]),
    "trin": ("Trin for Trin ApS", "Industrivej 22, 7190 Skovlund", "trinfortrin.dk",
             [("Rasmus Eg", "53 80 11 27"), ("Dorthe Lyng", "53 80 11 31"), ("Kenneth Sand", "53 80 11 44")]),
    "intern": ("Skovlund Kommunes mentorkorps", "Torvegade 12, 7190 Skovlund", "skovlund.dk",
               [("Annette Brøndum", "72 14 50 88"), ("Yusuf Demir", "72 14 50 89")]),
}
FIRST = ["Mathias", "Emma", "Oliver", "Sara", "Ahmad", "Freja", "Mikkel", "Nadia", "Jonas", "Ida",
         "Kristoffer", "Amalie", "Mads", "Zainab", "Rasmus", "Cecilie", "Tobias", "Louise", "Bilal",
         "Katrine", "Nikolaj", "Signe", "Omar", "Julie", "Patrick", "Maja", "Daniel", "Fatima", "Simon",
         "Camilla", "Lasse", "Helle", "Brian", "Mona", "Kim", "Tina", "Jannik", "Aylin", "Steffen", "Rikke"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
        "Knudsen", "Mortensen", "Møller", "Jakobsen", "Yilmaz", "Ali", "Hassan", "Frederiksen", "Lauridsen"]
STREETS = ["Birkevej", "Skolegade", "Engtoften", "Vestergade", "Kirkebakken", "Rønnebærvej", "Havnegade",
           "Lærkevej", "Møllevangen", "Søndergade"]


def make_cpr(rng: random.Random, year: int) -> str:
    d = D(year, rng.randint(1, 12), rng.randint(1, 28))
    return "%02d%02d%02d-%04d" % (d.day, d.month, d.year % 100, rng.randint(1000, 9999))


# ----------------------------------------------------------------------------- Danish content
GOALS_CLEAR = [
    "{f} gennemfører grundforløb 1 på SOSU Skovlund (start august) og har højst 10 % fravær i perioden.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Føtex Skovlund senest {d1} og går derefter over i løntilskud.",
    "{f} møder stabilt på FGU Skovlund, værkstedet for mad og ernæring, mindst fire dage om ugen.",
    "Ordinært job på lager eller i produktion, minimum 20 timer om ugen, inden periodens udløb.",
    "{f} starter på hf-enkeltfag på VUC Vestegnen og består dansk C til sommereksamen.",
    "{f} fastholder sit fleksjob som pedelmedhjælper hos Skovlund Boligselskab, 12 timer om ugen, uden sygefravær over to uger.",
    "{f} tager selv bussen til praktikstedet i Lokalbrugsen Brandby og er i praktik tre dage om ugen fra {d1}.",
    "{f} har fået en læreplads som tømrer og starter på hovedforløbet på Skovlund Tekniske Skole.",
    "{f} er i løntilskud hos Brandby Autoværksted 25 timer om ugen og møder til tiden mindst 9 ud af 10 dage.",
    "{f} gennemfører AMU-kurset Truckcertifikat B og søger mindst fire lagerjob om ugen.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre i livet og øget trivsel.",
    "At {f} får mere struktur på hverdagen og et bedre selvværd.",
    "Motivere {f} til at arbejde med sig selv.",
    "Sikre at {f} trives bedre og får ro på.",
    "Komme tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på tingene.",
]
TASKS = [
    ["følge {f} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med at læse post fra e-Boks og svare kommunen"],
    ["vække-opkald om morgenen de første fire uger", "gå med til samtaler med studievejlederen",
     "træne busruten til skolen"],
    ["støtte ved kontakt til arbejdsgiveren ved sygdom", "hjælpe med at lave en ugeplan med arbejdstider",
     "tage med til lægen, når det har betydning for jobbet"],
    ["hjælpe {f} med at skrive ansøgninger og opdatere CV", "forberede jobsamtaler sammen med {f}",
     "følge op på fremmøde på jobbet hver uge"],
    ["sparre med {f} om lektier og afleveringer", "hjælpe med kontakt til SPS-vejlederen",
     "være med til opstartsmødet på skolen"],
    ["følge med til de første møder på arbejdspladsen", "tale med kontaktpersonen på arbejdspladsen om skånehensyn",
     "hjælpe med at søge befordringsgodtgørelse"],
]
# which task list fits which clear goal (same order as GOALS_CLEAR)
GOAL_TASKS = [4, 0, 1, 3, 4, 5, 0, 1, 2, 3]
HOURS = ["3 timer pr. uge", "2 timer ugentligt", "4 timer om ugen", "1½ time om ugen", "8 timer om måneden",
         "2-3 timer pr. uge", "5 timer pr. uge de første fire uger, derefter 2 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen, efter behov", "løbende"]
FOLLOWUP = [
    "Statusmøde med {f}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før aftalen udløber.",
    "Mentor sender en kort skriftlig status hver måned. Opfølgningssamtale efter 3 måneder og igen 14 dage før ophør.",
    "Vi holder et trepartsmøde hver anden måned, hvor vi ser på delmålene: fremmøde, transport og kontakt til arbejdspladsen.",
    "Opfølgning hver måned hos din rådgiver; midtvejsevaluering i uge {w} og slutevaluering inden periodens udløb.",
]
FOLLOWUP_VAGUE = ["Der følges op løbende efter behov.", "Opfølgning sker løbende.", "Efter behov."]

BACKGROUND = [
    "{f} modtager uddannelseshjælp og er vurderet aktivitetsparat.",
    "{f} er sygemeldt fra et job som lagermedarbejder og modtager sygedagpenge.",
    "{f} modtager kontanthjælp og har ikke været i arbejde de sidste to år.",
    "{f} er visiteret til fleksjob og modtager ledighedsydelse.",
    "{f} har afbrudt to ungdomsuddannelser og har svært ved at komme op om morgenen.",
    "{f} har angst og har brug for hjælp i overgangen til en ny arbejdsplads.",
]


def authority(date: D, unit: str) -> str:
    return UNITS[unit]["post"] if date >= LAW_CHANGE else UNITS[unit]["name"]


def body_word(date: D) -> str:
    return "kommunen" if date >= LAW_CHANGE else "jobcentret"


def appeal_text(date: D, unit: str, variant: int) -> list[str]:
    """Complete appeal guidance: body, deadline, genvurdering, Ankestyrelsen."""
    who = authority(date, unit)
    w = body_word(date)
    if variant == 0:
        return ["Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal sendes til %s inden 4 uger fra den dag, "
                "du har modtaget dette brev. Du kan klage skriftligt, på mail eller ved at ringe til os." % who,
                "Vi genvurderer afgørelsen inden 4 uger. Hvis vi fastholder den, sender vi din klage videre til "
                "Ankestyrelsen, Beskæftigelsesudvalget, som træffer den endelige afgørelse. "
                "Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10."]
    if variant == 1:
        return ["Du kan klage over afgørelsen inden fire uger efter, at du har fået den. Klagen sendes til %s, %s, "
                "tlf. %s. Du behøver ikke skrive en begrundelse." % (who, UNITS[unit]["addr"], UNITS[unit]["phone"]),
                "Når vi har modtaget klagen, ser vi på sagen igen. Fastholder vi afgørelsen, sender vi klagen og "
                "sagens akter til Ankestyrelsen inden fire uger."]
    if variant == 2:
        return ["Klagevejledning: Er du uenig, skal du klage til %s senest 4 uger efter, at du har modtaget "
                "afgørelsen. %s genvurderer afgørelsen. Hvis den fastholdes, sendes klagen videre til "
                "Ankestyrelsen (jf. LAB § 204 og retssikkerhedsloven §§ 66-67)." % (w, w.capitalize())]
    return ["Hvis du ikke er enig i %ss afgørelse, skal du klage til %s inden fire uger. %s skal så genvurdere sin "
            "afgørelse inden fire uger, fra klagen er modtaget. Hvis %s fastholder sin afgørelse, bliver din klage "
            "sendt videre til Ankestyrelsen, som tager stilling til afgørelsen." % (w, who, w.capitalize(), w)]


APPEAL_EMPTY = ["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er uenig.",
                "Klagevejledning vedlægges ikke, da du har fået det, du har søgt om."]


# ----------------------------------------------------------------------------- the case of one document
def build_case(rng: random.Random, spec: dict) -> dict:
    defects = set(spec.get("rules", []))
    date = spec["date"]
    cwkey = spec["cw"]
    cw = CASEWORKERS[cwkey]
    unit = cw[1]
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    prov = spec.get("prov") or rng.choice(["mentorhuset", "kompas", "trin", "intern"])
    pname, paddr, pdomain, mentors = PROVIDERS[prov]
    mname, mphone = rng.choice(mentors)
    mmail = ("%s@%s" % (mname.split()[0].lower().replace("ø", "oe").replace("å", "aa"), pdomain)
             if prov != "intern" else "%s@skovlund.dk" % (mname[:2] + mname.split()[1][:2]).lower().replace("ø", "oe"))
    start = date + dt.timedelta(days=rng.randint(3, 20))
    start = start.replace(day=1) if rng.random() < 0.5 else start
    if start < date:
        start = add_months(start, 1)
    months = spec.get("months", rng.choice([6, 6, 6, 4, 3, 5]))
    end = six_end(start, months)
    if "duration-over-6-months" in defects:
        months = spec.get("over_months", rng.choice([8, 9, 12]))
        end = six_end(start, months)
    fmt = {"f": first, "d1": fd(add_months(start, 1), "long"), "w": (start + dt.timedelta(weeks=12)).isocalendar()[1]}
    gi = rng.randrange(len(GOALS_CLEAR))
    goal = (rng.choice(GOALS_UNCLEAR) if "unclear-goal" in defects else GOALS_CLEAR[gi]).format(**fmt)
    if "missing-goal" in defects:
        goal = None
    tasks = [t.format(**fmt) for t in TASKS[GOAL_TASKS[gi]]]
    if "missing-tasks" in defects:
        tasks = None
    hours = rng.choice(HOURS_VAGUE) if "missing-hours" in defects else rng.choice(HOURS)
    fu = (rng.choice(FOLLOWUP_VAGUE) if "missing-follow-up" in defects else rng.choice(FOLLOWUP)).format(**fmt)
    appeal = appeal_text(date, unit, rng.randint(0, 3))
    if "missing-appeal-guidance" in defects:
        appeal = [rng.choice(APPEAL_EMPTY)] if rng.random() < 0.6 else []
    c = dict(f=first, name="%s %s" % (first, last), cpr=make_cpr(rng, rng.randint(1975, 2006)),
             addr="%s %d, %s" % (rng.choice(STREETS), rng.randint(1, 90), rng.choice(["7190 Skovlund", "7191 Brandby", "7192 Lysgård"])),
             unit=unit, U=UNITS[unit], cw=cw, cwkey=cwkey, prov=prov, pname=pname, paddr=paddr,
             mname=mname, mphone=mphone, mmail=mmail, mentor_contact=("missing-mentor" not in defects),
             start=start, end=end, months=months, goal=goal, tasks=tasks, hours=hours, fu=fu, appeal=appeal,
             date=date, sag="%02d.%02d.%02d-G01-%d-%02d" % (rng.choice([15, 32]), rng.choice([0, 2]), rng.randint(0, 20),
                                                          rng.randint(100, 9999), date.year % 100),
             bg=rng.choice(BACKGROUND).format(**fmt), defects=defects, rng=rng,
             open_period=("missing-duration" in defects), auth=authority(date, unit), w=body_word(date))
    return c


def period_text(c: dict, style: str = "long", joiner: str = " – ") -> str:
    if c["open_period"]:
        return c["rng"].choice(["fra %s og indtil videre" % fd(c["start"], style), "Aftales nærmere",
                                 "%s – indtil videre" % fd(c["start"], style), "Start %s, slutdato ikke fastsat" % fd(c["start"], style)])
    return fd(c["start"], style) + joiner + fd(c["end"], style)


def mentor_text(c: dict, sep: str = ", ") -> str:
    if not c["mentor_contact"]:
        return "%s, %s" % (c["mname"], c["pname"])
    return sep.join([c["mname"], c["pname"], "tlf. %s" % c["mphone"], c["mmail"]])


def letterhead(c: dict) -> list:
    cw = c["cw"]
    return [("lines", [c["auth"], c["U"]["addr"], "Tlf. %s" % c["U"]["phone"]]),
            ("lines", [c["name"], c["addr"]] + (["CPR-nr.: %s" % c["cpr"]] if c.get("show_cpr") else [])),
            ("lines", ["Dato: %s" % fd(c["date"]), "Sagsnr.: %s" % c["sag"], "Sagsbehandler: %s" % cw[0]])]


def signoff(c: dict, greeting: str = "Med venlig hilsen") -> list:
    cw = c["cw"]
    return [("lines", [greeting, "", cw[0], "Rådgiver, " + c["auth"], "Direkte tlf. %s" % cw[2], cw[3]])]


# ----------------------------------------------------------------------------- agreements
def ag_old_table(c: dict) -> list:
    """Ungeenheden's template 2021-2023: one table, numbered labels (Kasper's habit: fill the table)."""
    rows = [("Borger", "%s\nCPR-nr.: %s" % (c["name"], c["cpr"]) if c.get("show_cpr") else c["name"]),
            ("1. Målet med mentorstøtten", c["goal"] if c["goal"] else c["rng"].choice(["Udfyldes senere", "-"])),
            ("2. Mentorens navn og kontaktdata", mentor_text(c, "\n")),
            ("3. Mentorens opgaver", "\n".join("- " + t for t in c["tasks"]) if c["tasks"] else "-"),
            ("4. Periode", period_text(c, "dots", " - ")),
            ("   Opfølgning og progression", c["fu"]),
            ("5. Timetal", c["hours"]),
            ("Sagsbehandler", "%s, tlf. %s" % (c["cw"][0], c["cw"][2]))]
    blocks = [("lines", [c["auth"], c["U"]["addr"]]), ("title", "Aftale om mentorstøtte"),
              ("p", "Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167 og er en del af din plan i Min Plan."),
              ("kv", rows), ("h", "6. Klagevejledning")]
    blocks += [("p", t) for t in c["appeal"]] if c["appeal"] else [("p", "")]
    blocks += [("p", "Underskrifter"), ("table", [["Dato / borger", "Dato / mentor", "Dato / jobcenter"], ["", "", ""]])]
    return blocks


def ag_new_template(c: dict) -> list:
    """Ungeenheden's 2024 template: 'Din mentoraftale', questions as headings, du-form (Sofie)."""
    f = c["f"]
    b = [("lines", [c["auth"], c["U"]["addr"], "Dato: %s" % fd(c["date"])]), ("title", "Din mentoraftale"),
         ("p", "Kære %s" % f),
         ("p", "Her er den aftale om mentorstøtte, vi lavede sammen med din mentor. Læs den igennem, og ring til mig, hvis noget ikke passer.")]
    b.append(("h", "Hvad er målet?"))
    if c["goal"]:
        b.append(("p", c["goal"]))
    else:
        b.append(("p", "[Skriv målet her]"))
    b.append(("h", "Hvem er din mentor?"))
    if c["mentor_contact"]:
        b.append(("p", "Din mentor er %s fra %s. Du kan ringe eller skrive til %s på tlf. %s eller %s." %
                  (c["mname"], c["pname"], c["mname"].split()[0], c["mphone"], c["mmail"])))
    else:
        b.append(("p", "Din mentor er %s fra %s. %s kontakter dig inden opstart." % (c["mname"], c["pname"], c["mname"].split()[0])))
    b.append(("h", "Hvad skal mentoren hjælpe dig med?"))
    b.append(("ul", c["tasks"]) if c["tasks"] else ("p", "Aftales ved første møde."))
    b.append(("h", "Hvor længe?"))
    b.append(("p", "Mentorstøtten gælder fra %s til %s." % (fd(c["start"]), fd(c["end"]))
              if not c["open_period"] else "Mentorstøtten starter %s. Vi aftaler senere, hvornår den slutter." % fd(c["start"])))
    b.append(("h", "Hvor mange timer?"))
    b.append(("p", "Du har %s med din mentor." % c["hours"] if c["hours"] not in HOURS_VAGUE else "Timerne aftales %s." % c["hours"]))
    b.append(("h", "Sådan følger vi op"))
    b.append(("p", c["fu"]))
    if c["appeal"]:
        b.append(("h", "Hvis du ikke er enig"))
        b += [("p", t) for t in c["appeal"]]
    b += signoff(c, "Venlig hilsen")
    return b


def ag_jh_numbered(c: dict) -> list:
    """Job & Helbred's own template: 'Mentoraftale (LAB § 167)', Punkt 1-6 (Lone, Jamal)."""
    b = [("lines", [c["auth"], c["U"]["addr"], "Sagsnr. %s" % c["sag"]]),
         ("title", "Mentoraftale (LAB § 167)"),
         ("kv", [("Borger", c["name"] + (", cpr %s" % c["cpr"] if c.get("show_cpr") else "")), ("Adresse", c["addr"]),
                 ("Rådgiver", c["cw"][0])]),
         ("h", "Punkt 1 – Mål for mentorstøtten"), ("p", c["goal"] or "xx"),
         ("h", "Punkt 2 – Mentor"), ("p", mentor_text(c)),
         ("h", "Punkt 3 – Mentorens opgaver"),
         ("ul", c["tasks"]) if c["tasks"] else ("p", "-"),
         ("h", "Punkt 4 – Varighed og opfølgning"), ("p", "Periode: " + period_text(c, "long")), ("p", c["fu"]),
         ("h", "Punkt 5 – Timetal"), ("p", c["hours"][0].upper() + c["hours"][1:]),
         ("h", "Punkt 6 – Klagevejledning")]
    b += [("p", t) for t in c["appeal"]] if c["appeal"] else [("p", "Se vedlagte pjece.")]
    b += [("p", "Brandby, %s" % fd(c["date"])), ("p", "_______________________          _______________________"),
          ("p", "Borger                                           Rådgiver")]
    return b


def ag_mentorhuset(c: dict) -> list:
    """Mentorhuset ApS's start form: boxes of label/value, the provider's own header."""
    rows = [("Deltager", c["name"]), ("Henvist fra", "%s (%s)" % (c["auth"], c["cw"][0])),
            ("Mentor", mentor_text(c, " · ")),
            ("Formål med forløbet", c["goal"] or "Udfyldes senere"),
            ("Det hjælper mentor med", "; ".join(c["tasks"]) if c["tasks"] else "Udfyldes senere"),
            ("Forløbsperiode", period_text(c, "dots", " – ") if not c.get("weeks") else "%d uger fra %s" % (c["weeks"], fd(c["start"], "dots"))),
            ("Timer", c["hours"]),
            ("Opfølgning", c["fu"])]
    b = [("lines", ["MENTORHUSET ApS", "Nørregade 41 · 7190 Skovlund · CVR 38 21 44 10"]),
         ("title", "Opstartsaftale – mentorforløb"), ("kv", rows)]
    if c["appeal"]:
        b += [("b", "Klagevejledning fra %s" % c["w"])] + [("p", t) for t in c["appeal"]]
    b += [("small", "Aftalen er udfyldt ved opstartsmødet den %s. Kopi til deltager og sagsbehandler." % fd(c["date"], "dots"))]
    return b


def ag_kompas_letter(c: dict) -> list:
    """Kompas Vejledning: the mentor writes the agreement as a personal letter."""
    f = c["f"]
    mf = c["mname"].split()[0]
    b = [("lines", ["Kompas Vejledning I/S", "Åbrinken 7, 7191 Brandby"]), ("p", "Brandby, %s" % fd(c["date"])),
         ("b", "Det aftalte – mentorforløb"),
         ("p", "Kære %s" % f),
         ("p", "Tak for et godt møde i dag sammen med %s fra %s. Her får du det, vi blev enige om, skrevet ned." % (c["cw"][0], c["w"])),
         ("p", ("Det vigtigste mål er: " + c["goal"]) if c["goal"] else "Vi snakkede om, hvad du gerne vil, og det finder vi ud af sammen."),
         ]
    if c["tasks"]:
        b += [("p", "Jeg skal hjælpe dig med:"), ("ul", c["tasks"])]
    b += [("p", "Vi ses %s. Forløbet løber %s." % (c["hours"], period_text(c, "long", " til ") if not c["open_period"] else "fra %s, og vi ser på, hvornår det slutter" % fd(c["start"]))),
          ("p", c["fu"])]
    b += [("p", t) for t in c["appeal"]]
    if c["mentor_contact"]:
        b.append(("p", "Du kan altid få fat i mig på %s eller %s." % (c["mphone"], c["mmail"])))
    b += [("lines", ["De bedste hilsner", c["mname"], "Mentor, Kompas Vejledning"])]
    return b


def ag_trin_rtf(c: dict) -> list:
    """Trin for Trin ApS: a 'Samarbejdsaftale' with Felt: værdi lines, typed in an old Word."""
    b = [("lines", ["TRIN FOR TRIN ApS", "Industrivej 22, 7190 Skovlund", "tlf. 53 80 11 00"]),
         ("title", "Samarbejdsaftale – mentorstøtte"),
         ("p", "Deltager: %s" % c["name"]),
         ("p", "CPR: %s" % c["cpr"]) if c.get("show_cpr") else ("p", "Bestilt af: %s" % c["auth"]),
         ("p", "Mentor: " + mentor_text(c)),
         ("p", "Målsætning: " + (c["goal"] or "")),
         ("p", "Mentors opgaver: " + ("; ".join(c["tasks"]) if c["tasks"] else "")),
         ("p", "Gyldig fra/til: " + period_text(c, "slash", " til ")),
         ("p", "Antal timer: " + c["hours"]),
         ("p", "Evaluering: " + c["fu"])]
    if c["appeal"]:
        b += [("h", "Klageadgang")] + [("p", t) for t in c["appeal"]]
    b += [("p", "Skovlund d. %s" % fd(c["date"], "short"))]
    return b


def ag_mette_mail_body(c: dict) -> str:
    f = c["f"]
    lines = ["Hej %s" % f, "",
             "Tak for mødet i dag. Som lovet skriver jeg her, hvad vi aftalte om din mentorstøtte, så du har det på skrift.", ""]
    lines += ["Målet: " + (c["goal"] or "det snakker vi videre om"), ""]
    if c["mentor_contact"]:
        lines += ["Din mentor bliver %s fra %s (tlf. %s, mail %s)." % (c["mname"], c["pname"], c["mphone"], c["mmail"]), ""]
    else:
        lines += ["Din mentor bliver %s fra %s – %s ringer dig op i næste uge." % (c["mname"].split()[0], c["pname"], "hun" if c["mname"].split()[0] in ("Line", "Pernille", "Dorthe", "Annette") else "han"), ""]
    if c["tasks"]:
        lines += ["Mentoren skal hjælpe dig med:"] + ["- " + t for t in c["tasks"]] + [""]
    lines += ["Periode: " + period_text(c, "long"), "Timer: " + c["hours"], "Opfølgning: " + c["fu"], ""]
    if c["appeal"]:
        lines += ["Hvis du er uenig"] + c["appeal"] + [""]
    lines += ["Venlig hilsen", "Mette", "", "-- ", "Mette Friis", "Rådgiver, %s" % c["auth"], "Tlf. %s" % c["cw"][2]]
    return "\n".join(lines)


def ag_html_overview(c: dict) -> list:
    """Case system 'Aftaleoverblik' print (Ungeenheden, 2025)."""
    return [("title", "Aftaleoverblik – mentorstøtte"),
            ("kv", [("Borger", c["name"]), ("Sagsnummer", c["sag"]), ("Status", "Aktiv"),
                    ("Mål", c["goal"] or ""), ("Mentor", mentor_text(c)),
                    ("Mentorens opgaver", "\n".join(c["tasks"]) if c["tasks"] else ""),
                    ("Bevilget periode", period_text(c, "dots", " - ")), ("Timer pr. uge", c["hours"]),
                    ("Opfølgning", c["fu"])]),
            ("h", "Klagevejledning")] + ([("p", t) for t in c["appeal"]] or [("p", "")]) + \
           [("small", "Udskrevet %s af %s" % (fd(c["date"], "dots"), c["cw"][0]))]


# ----------------------------------------------------------------------------- Min Plan entries
def mp_html_table(c: dict) -> list:
    """Min Plan print from the case system (Kasper 2021-2023)."""
    return [("lines", ["Min Plan", "%s – %s" % (c["name"], c["auth"])] + (["Cpr.nr. %s" % c["cpr"]] if c.get("show_cpr") else [])),
            ("title", "Min Plan – Indsats: Mentorstøtte (LAB § 167)"),
            ("kv", [("Formål", c["goal"] or "-"), ("Mentor", mentor_text(c)),
                    ("Mentorens opgaver", "\n".join(c["tasks"]) if c["tasks"] else "-"),
                    ("Periode", period_text(c, "dots", " - ")), ("Timetal", c["hours"]),
                    ("Oprettet af", "%s, %s" % (c["cw"][0], fd(c["date"], "dots")))])]


def mp_html_cards(c: dict) -> list:
    """Min Plan 2024+ layout: several activity cards; only the mentor card is the entry (Sofie)."""
    other_start = c["start"] - dt.timedelta(days=30)
    other_end = add_months(other_start, 12) - dt.timedelta(days=1)
    return [("title", "Min Plan"), ("p", "Plan for %s · senest opdateret %s" % (c["name"], fd(c["date"], "dots"))),
            ("p", "Mit overordnede mål: uddannelse eller job inden for %s" % c["rng"].choice(["mad og ernæring", "lager og logistik", "handel"])),
            ("h", "Produktionsgrunduddannelse (FGU Skovlund)"),
            ("kv", [("Sted", "FGU Skovlund, Værkstedet for mad og ernæring"), ("Start", fd(other_start, "dots")),
                    ("Slut", fd(other_end, "dots")), ("Kontaktperson", "Lærer Kirsten Malling, tlf. 72 40 19 00")]),
            ("h", "Mentorstøtte"),
            ("kv", [("Formål med mentorstøtten", c["goal"] or "-"), ("Mentor", mentor_text(c)), ("Opgaver", "; ".join(c["tasks"]) if c["tasks"] else "-"),
                    ("Periode", period_text(c, "dots", " – ")), ("Timer", c["hours"])])]


def mp_txt_export(c: dict) -> str:
    """Job & Helbred: plain text export of Min Plan (Jamal)."""
    lines = ["MIN PLAN - UDSKRIFT", "Borger: %s" % c["name"]]
    if c.get("show_cpr"):
        lines.append("CPR: %s" % c["cpr"])
    lines += ["Udskrevet: %s" % fd(c["date"], "dots"), "Ansvarlig: %s, %s" % (c["cw"][0], c["auth"]), "",
              "AKTIVITET 1: Virksomhedspraktik", "Sted: Brandby Genbrug", "Periode: %s - %s" % (fd(c["start"], "dots"), fd(add_months(c["start"], 3) - dt.timedelta(days=1), "dots")),
              "Timer: 15 pr. uge", "",
              "AKTIVITET 2: Mentorstøtte", "Målet med mentorstøtten: " + (c["goal"] or ""),
              "Mentor: " + mentor_text(c),
              "Mentorens opgaver: " + ("; ".join(c["tasks"]) if c["tasks"] else "-"),
              "Varighed: " + period_text(c, "dots", " - "),
              "Timetal: " + c["hours"], ""]
    return "\n".join(lines)


def mp_md_note(c: dict) -> str:
    lines = ["# Min Plan – opdatering: mentorstøtte", "",
             "*Skrevet af %s, %s, %s*" % (c["cw"][0], c["auth"], fd(c["date"])), "",
             "**Borger:** %s" % c["name"], ""]
    lines += ["## Mål", c["goal"], ""] if c["goal"] else []
    lines += ["## Mentor", mentor_text(c), "", "## Opgaver"]
    lines += (["- " + t for t in c["tasks"]] if c["tasks"] else ["-"]) + [""]
    lines += ["## Periode og timer", "Perioden er %s. Timetal: %s." % (period_text(c, "long"), c["hours"]), ""]
    return "\n".join(lines)


def mp_docx_print(c: dict) -> list:
    """Min Plan as the PDF/Word print the citizen gets ('Min Plan – dit overblik')."""
    b = [("lines", [c["auth"], "Min Plan – dit overblik", "Udskrevet %s" % fd(c["date"])]),
         ("title", "Min Plan: Mentorstøtte")]
    if c.get("show_cpr"):
        b.append(("p", "Navn: %s   CPR-nr.: %s" % (c["name"], c["cpr"])))
    else:
        b.append(("p", "Navn: %s" % c["name"]))
    b += [("h", "Dit mål"), ("p", c["goal"] or "Udfyldes senere"),
          ("h", "Din mentor"), ("p", mentor_text(c)),
          ("h", "Det hjælper mentoren dig med"),
          ("ul", c["tasks"]) if c["tasks"] else ("p", "Udfyldes senere"),
          ("h", "Hvornår og hvor meget"),
          ("p", ("Fra %s til %s" % (fd(c["start"]), fd(c["end"]))) if not c["open_period"] else "Start %s. Slutdato: ikke fastsat." % fd(c["start"])),
          ("p", "Timer: " + c["hours"])]
    return b


# ----------------------------------------------------------------------------- decisions
def decision_blocks(c: dict, dtype: str, style: str) -> list:
    f = c["f"]
    rng = c["rng"]
    w = c["w"]
    we = "vi" if rng.random() < 0.7 else w
    per = "fra %s til %s" % (fd(c["start"]), fd(c["end"]))
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
             "refusal": "Afslag på mentorstøtte", "extension": "Forlængelse af din mentorstøtte",
             "end": "Ophør af mentorstøtte"}[dtype]
    if style == "new":
        title = {"grant": "Du får mentorstøtte", "partial": "Du får mentorstøtte – men ikke alt det, du har søgt om",
                 "refusal": "Du får ikke mentorstøtte", "extension": "Din mentorstøtte bliver forlænget",
                 "end": "Din mentorstøtte stopper"}[dtype]
    b = letterhead(c) + [("title", title), ("p", "Kære %s" % f)]
    if c["cwkey"] in ("lone", "mette") and dtype in ("grant", "extension"):
        # Job & Helbred's letters: third person about the office, period written with numbers
        per_n = "i perioden %s – %s" % (fd(c["start"], "dots"), fd(c["end"], "dots"))
        if dtype == "extension" and "duration-over-6-months" in c["defects"]:
            per_n = "for et år, %s – %s" % (fd(c["start"], "dots"), fd(c["end"], "dots"))
        what = "bevilget dig mentorstøtte" if dtype == "grant" else "forlænget din mentorstøtte"
        b += [("p", "%s har den %s %s efter lov om en aktiv beskæftigelsesindsats § 167 %s. Støtten udgør %s." %
                    (c["auth"], fd(c["date"]), what, per_n, c["hours"])),
              ("p", "Mentorstøtten udføres af %s, %s." % (c["pname"], c["paddr"])),
              ("b", "Sådan er afgørelsen begrundet"),
              ("p", "%s Der er lagt vægt på, at du efter din egen og lægens vurdering har brug for en fast person, der kan hjælpe "
                    "dig med at holde fast i aftalerne i din plan, og at støtten er nødvendig for, at du kan komme i job." % c["bg"])]
    elif dtype == "grant":
        b += [("p", "Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte %s, %s." % (per, c["hours"])),
              ("p", "Din mentor bliver %s fra %s." % (c["mname"], c["pname"])),
              ("h", "Begrundelse"),
              ("p", "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. %s Vi vurderer, at du har brug for "
                    "støtte for at kunne gennemføre din plan, og at støtten kan hjælpe dig videre mod job eller uddannelse." % c["bg"])]
    elif dtype == "partial":
        asked = rng.choice([6, 8, 10])
        b += [("p", "Du har søgt om mentorstøtte %d timer om ugen. Vi har bevilget dig %s %s." % (asked, c["hours"] if c["hours"][0].isdigit() else "3 timer pr. uge", per)),
              ("p", "Du får altså færre timer, end du har søgt om."),
              ("h", "Begrundelse"),
              ("p", "Vi har lagt vægt på, at du allerede har en kontaktperson på %s, og at du i forvejen kommer i praktik tre dage om ugen. "
                    "Efter en konkret vurdering finder vi, at færre timer er nok til at nå målet. Afgørelsen er truffet efter LAB § 167." %
                    rng.choice(["skolen", "praktikstedet", "værkstedet"]))]
    elif dtype == "refusal" and c["cwkey"] != "lone":
        b += [("p", "Du har den %s søgt om mentorstøtte i %d måneder. Du får afslag." % (fd(c["date"] - dt.timedelta(days=20)), rng.choice([6, 9, 12]))),
              ("h", "Begrundelse"),
              ("p", "Efter lov om en aktiv beskæftigelsesindsats § 167 kan mentorstøtte gives, når den er nødvendig for, at du kan "
                    "fastholde eller få job eller uddannelse. Vi har lagt vægt på, at %s" %
                    rng.choice(["du allerede får specialpædagogisk støtte (SPS) på skolen, som dækker det, du har brug for.",
                                "der i din plan ikke er et mål om job eller uddannelse lige nu, fordi du er i behandling.",
                                "du har fået hjælp af din virksomhedskonsulent, og at du selv har fundet et job, hvor du er faldet godt til."]))]
    elif dtype == "refusal" and c["cwkey"] == "lone":
        b += [("p", "Jobcentret har behandlet din ansøgning om mentorstøtte, modtaget %s. Jobcentret kan ikke imødekomme ansøgningen." %
                    fd(c["date"] - dt.timedelta(days=25), "dots")),
              ("b", "Begrundelse for afslaget"),
              ("p", "Efter LAB § 167 kan der ydes mentorstøtte, hvis det er nødvendigt for, at du kan opnå eller fastholde beskæftigelse "
                    "eller uddannelse. Det fremgår af sagen, at du er i et behandlingsforløb i psykiatrien, og at du og din behandler "
                    "er enige om, at job og uddannelse ikke er aktuelt det næste halve år. Der er derfor ikke et beskæftigelsesrettet "
                    "formål med støtten på nuværende tidspunkt. Du er velkommen til at søge igen, når behandlingen er afsluttet.")]
    elif dtype == "extension":
        if "duration-over-6-months" in c["defects"]:
            per = "med 12 måneder fra %s til %s" % (fd(c["start"]), fd(c["end"]))
        b += [("p", "Din mentorstøtte hos %s slutter snart. Efter en ny vurdering forlænger %s støtten %s. Timetallet er fortsat %s." %
                    (c["pname"], we, per, c["hours"])),
              ("h", "Begrundelse"),
              ("p", "Forlængelsen er givet efter LAB § 167, stk. 1, 2. pkt. Vi har lagt vægt på statusrapporten fra din mentor, som viser, "
                    "at du har nået to af tre delmål, men stadig har brug for støtte til fremmødet.")]
    else:
        stop = c["date"] + dt.timedelta(days=rng.choice([14, 21, 30]))
        since = add_months(c["date"], -rng.choice([3, 4, 5]))
        b += [("p", "Du har haft mentorstøtte hos %s siden %s. Vi har besluttet, at din mentorstøtte stopper den %s." %
                    (c["pname"], fd(since), fd(stop))),
              ("h", "Begrundelse"),
              ("p", "Vi har lagt vægt på, at %s Mentorstøtte kan kun gives, så længe den er nødvendig for, at du kan komme i eller "
                    "fastholde job eller uddannelse (LAB § 167)." %
                    rng.choice(["du er startet på en ordinær uddannelse og har klaret dig godt uden mentor de sidste to måneder.",
                                "du ikke er mødt op til de aftalte møder med din mentor siden %s, selv om vi har skrevet og ringet til dig." % fd(c["date"] - dt.timedelta(days=45)),
                                "du har fået fast arbejde 30 timer om ugen og selv siger, at du ikke har brug for mentoren mere."]))]
    if c["appeal"]:
        b.append(("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
        b += [("p", t) for t in c["appeal"]]
    b += signoff(c)
    return b


# ----------------------------------------------------------------------------- look-alikes (kind unknown)
def unknown_blocks(c: dict, which: str):
    f, rng = c["f"], c["rng"]
    if which == "faktura":
        return [("lines", ["MENTORHUSET ApS", "Nørregade 41 · 7190 Skovlund · CVR 38 21 44 10"]), ("title", "FAKTURA nr. %d" % rng.randint(2100, 2999)),
                ("lines", ["Skovlund Kommune", "Kreditorbogholderiet", "EAN 5798 0000 12345", "Fakturadato: %s" % fd(c["date"], "dots")]),
                ("table", [["Tekst", "Antal", "Pris", "Beløb"],
                           ["Mentortimer, deltager %s (ref. %s), %s" % (c["name"].split()[0][0] + "." + c["name"].split()[1][0] + ".", c["cw"][0], MONTHS[c["date"].month - 2]), "12", "545,00", "6.540,00"],
                           ["Kørsel", "84 km", "3,79", "318,36"], ["I alt ekskl. moms", "", "", "6.858,36"], ["Moms 25 %", "", "", "1.714,59"],
                           ["I alt", "", "", "8.572,95"]]),
                ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 9570 konto 0012345678.")]
    if which == "status":
        return [("lines", ["Kompas Vejledning I/S", fd(c["date"])]), ("title", "Statusrapport – mentorforløb"),
                ("kv", [("Deltager", c["name"]), ("Sagsbehandler", c["cw"][0]), ("Mentor", "%s, tlf. %s" % (c["mname"], c["mphone"])),
                        ("Forløb", "%s – %s" % (fd(add_months(c["date"], -3), "dots"), fd(add_months(c["date"], 3) - dt.timedelta(days=1), "dots"))),
                        ("Brugte timer i perioden", "22 af 26")]),
                ("h", "Hvordan er det gået?"),
                ("p", "%s er mødt stabilt i praktikken de sidste seks uger og har selv ringet til arbejdsgiveren ved sygdom én gang. "
                      "Transporten fungerer nu uden følgeskab. Vi har stadig fokus på morgenrutinen." % f),
                ("h", "Mentors anbefaling"),
                ("p", "Jeg anbefaler, at forløbet fortsætter med færre timer, og at der holdes et trepartsmøde inden udløb.")]
    if which == "referat":
        return [("title", "Referat af teammøde, Job & Helbred"), ("p", "Dato: %s. Til stede: Lone Dahl, Jamal Hussein, Mette Friis, teamleder Per Vestergaard." % fd(c["date"])),
                ("h", "1. Mentorbudget"), ("p", "Forbruget på mentorstøtte ligger 8 % over budget. Nye bevillinger over 4 timer om ugen drøftes med teamleder."),
                ("h", "2. Ny skabelon"), ("p", "Fra 1. april bruger vi den fælles skabelon for mentoraftaler. Husk klagevejledning og opfølgning; de gamle ODT-skabeloner slettes."),
                ("h", "3. Leverandører"), ("p", "Trin for Trin har haft lange ventetider. Kompas kan starte nye forløb inden for en uge."),
                ("h", "4. Eventuelt"), ("p", "Intet.")]
    if which == "vejledning":
        return [("title", "Mentorstøtte i Skovlund Kommune"),
                ("p", "Mentorstøtte er personlig hjælp til dig, der har brug for støtte for at komme i job eller uddannelse eller blive der."),
                ("h", "Hvad står der i en mentoraftale?"),
                ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktoplysninger", "hvilke opgaver mentoren skal hjælpe med",
                        "hvor længe støtten varer (højst 6 måneder ad gangen) og hvordan vi følger op", "hvor mange timer om ugen du får",
                        "hvordan du klager"]),
                ("h", "Hvor længe?"), ("p", "Mentorstøtte gives for højst 6 måneder ad gangen. Derefter kan den forlænges efter en ny vurdering."),
                ("h", "Klage"), ("p", "Du kan klage til kommunen inden 4 uger over en afgørelse om mentorstøtte. Kommunen genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen."),
                ("small", "Skovlund Kommune · Beskæftigelse · opdateret %s" % fd(c["date"], "dots"))]
    if which == "journal":
        return ("JOURNALNOTAT\nSag: %s\nBorger: %s (cpr %s)\nDato: %s\nNotat ved: %s\n\n"
                "Telefonsamtale med mentor %s (%s). %s har været syg i to uger; mentor har ikke kunnet få kontakt. "
                "Aftalt at mentor prøver igen fredag, og at jeg sender brev med indkaldelse til samtale.\n\n"
                "Opfølgning: samtale i jobcentret uge %d.\n" %
                (c["sag"], c["name"], c["cpr"], fd(c["date"], "dots"), c["cw"][0], c["mname"], c["pname"], f,
                 (c["date"] + dt.timedelta(days=14)).isocalendar()[1]))
    if which == "mail_mode":
        return ("Hej %s\n\nKan vi flytte trepartsmødet med %s fra tirsdag til torsdag kl. 10 i Brandby? "
                "Jeg har fået et kursus tirsdag.\n\nMvh Mette\n" % (c["mname"].split()[0], f))
    if which == "bestilling":
        return [("lines", [c["auth"], c["U"]["addr"]]), ("title", "Bestilling af mentorforløb"),
                ("kv", [("Leverandør", "Trin for Trin ApS, Industrivej 22, 7190 Skovlund"), ("Borger", c["name"]),
                        ("Ønsket opstart", fd(c["start"], "dots")), ("Forventet omfang", "3 timer pr. uge i 6 måneder"),
                        ("Bestilt af", "%s, tlf. %s" % (c["cw"][0], c["cw"][2]))]),
                ("p", "Leverandøren bedes kontakte borgeren inden 5 hverdage og sende forslag til mentoraftale til godkendelse."),
                ("p", "Fakturering sker månedsvis efter rammeaftalen.")]
    if which == "partshoering":
        return letterhead(c) + [("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
                                ("p", "Kære %s" % f),
                                ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire møder med din mentor."),
                                ("p", "Før vi træffer en afgørelse, har du ret til at komme med dine bemærkninger. Giv os besked senest %s." % fd(c["date"] + dt.timedelta(days=14))),
                                ("p", "Du vil få en skriftlig afgørelse med klagevejledning, når vi har truffet den.")] + signoff(c)
    if which == "genvurdering":
        return letterhead(c) + [("title", "Genvurdering af din klage – afgørelsen fastholdes"),
                                ("p", "Kære %s" % f),
                                ("p", "Vi har modtaget din klage af %s over vores afslag på mentorstøtte. Vi har genvurderet sagen, "
                                      "men fastholder afgørelsen. Din klage og sagens akter er derfor i dag sendt til Ankestyrelsen, "
                                      "som vil behandle den. Du hører fra Ankestyrelsen." % fd(c["date"] - dt.timedelta(days=18)))] + signoff(c)
    if which == "fodbold":
        return ("# FC Skovlund – mentorordning for ungespillere\n\n"
                "Klubben tilbyder alle U17- og U19-spillere en frivillig mentor fra seniortruppen.\n\n"
                "## Mentoraftale\n\n- Mål: at du trives i klubben og kommer til træning\n- Mentor: en seniorspiller, du selv vælger\n"
                "- Vi mødes en gang om måneden efter træning\n- Sæson: august – juni\n\n"
                "Spørgsmål til ungdomsformand Bo Riis, tlf. 22 61 74 30.\n")
    if which == "kvittering":
        return ("Kære %s\n\nTak for din ansøgning om mentorstøtte, som vi modtog %s. Vi behandler den hurtigst muligt og "
                "forventer at sende dig en afgørelse inden for 3 uger.\n\nVenlig hilsen\n%s\n\nDenne mail kan ikke besvares.\n" %
                (f, fd(c["date"]), c["auth"]))
    if which == "ansoegning":
        return [("title", "Ansøgning om mentorstøtte"),
                ("kv", [("Navn", c["name"]), ("CPR-nr.", c["cpr"]), ("Adresse", c["addr"]), ("Telefon", "2%d %02d %02d %02d" % (rng.randint(0, 9), rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99)))]),
                ("h", "Hvad vil du gerne have hjælp til?"),
                ("p", "Jeg vil gerne have hjælp til at komme i gang med at læse til pædagogisk assistent. Jeg har svært ved at overskue skemaer og breve."),
                ("h", "Hvor meget hjælp tror du, du har brug for?"), ("p", "Måske 4 timer om ugen i starten."),
                ("p", "Dato og underskrift: %s  %s" % (fd(c["date"], "dots"), c["name"]))]
    if which == "tilbud":
        return [("lines", ["TRIN FOR TRIN ApS", "Industrivej 22, 7190 Skovlund"]), ("title", "Tilbud på mentorforløb"),
                ("p", "Til Jobcenter Skovlund, Ungeenheden, att. %s" % c["cw"][0]),
                ("table", [["Ydelse", "Pris"], ["Mentortime (direkte kontakt)", "525 kr."], ["Opstartsmøde og aftale", "1.050 kr."],
                           ["Statusrapport", "inkl."]]),
                ("p", "Vi kan tilbyde et forløb på 3 timer om ugen i op til 6 måneder med opstart inden for 10 hverdage. Tilbuddet gælder i 30 dage.")]
    if which == "kvalitetsstandard":
        return [("title", "Kvalitetsstandard for mentorstøtte – uddrag"), ("p", "Vedtaget af Beskæftigelsesudvalget %s." % fd(c["date"])),
                ("h", "Serviceniveauer"),
                ("table", [["Niveau", "Timer", "Opfølgning"], ["1", "0-1 time pr. uge", "hver 3. måned"], ["2", "1-2 timer pr. uge", "hver måned"],
                           ["3", "mere end 2 timer pr. uge", "hver måned"]]),
                ("p", "Alle forløb evalueres 14 dage før støtteperioden ophører. Den skriftlige aftale skal indeholde mål, mentorens navn og "
                      "kontaktdata, opgaver, varighed og opfølgning, timetal og klagevejledning.")]
    if which == "digitalpost":
        return ("Du har fået ny post fra Skovlund Kommune\n\nAfsender: Skovlund Kommune, Job & Helbred\nEmne: Afgørelse om mentorstøtte\n"
                "Modtaget: %s\n\nLog ind på borger.dk eller i appen Digital Post for at læse brevet.\n" % fd(c["date"], "dots"))
    raise ValueError(which)


# ----------------------------------------------------------------------------- the sample
# (id, kind, subtype, family, format, date, caseworker, rules, options)
A, M, DC, UK = "agreement", "minplan", "decision", "unknown"
SPEC = [
    # agreements
    ("a01", A, "agreement", "old_table", "docx", D(2021, 3, 8), "kasper", [], {"cpr": True}),
    ("a02", A, "agreement", "old_table", "docx", D(2021, 9, 14), "kasper", ["missing-hours"], {}),
    ("a03", A, "agreement", "old_table", "docx", D(2022, 2, 2), "birgitte", ["unclear-goal"], {"cpr": True}),
    ("a04", A, "agreement", "old_table", "pdf", D(2022, 8, 22), "kasper", [], {}),
    ("a05", A, "agreement", "old_table", "docx", D(2023, 5, 9), "kasper", ["missing-follow-up"], {"cpr": True}),
    ("a06", A, "agreement", "old_table", "scan-image", D(2023, 1, 17), "birgitte", ["missing-tasks"], {}),
    ("a07", A, "agreement", "new_template", "docx", D(2024, 4, 3), "sofie", [], {}),
    ("a08", A, "agreement", "new_template", "pdf", D(2024, 10, 1), "sofie", ["duration-over-6-months"], {"over_months": 9}),
    ("a09", A, "agreement", "new_template", "docx", D(2025, 6, 11), "birgitte", ["missing-mentor"], {}),
    ("a10", A, "agreement", "new_template", "pdf", D(2026, 3, 2), "sofie", [], {"cpr": False}),
    ("a11", A, "agreement", "new_template", "docx", D(2026, 5, 19), "kasper", ["missing-goal", "missing-hours"], {}),
    ("a12", A, "agreement", "jh_numbered", "odt", D(2022, 11, 7), "lone", [], {"cpr": True}),
    ("a13", A, "agreement", "jh_numbered", "odt", D(2023, 9, 4), "jamal", ["missing-appeal-guidance"], {}),
    ("a14", A, "agreement", "jh_numbered", "pdf-odt", D(2024, 2, 12), "lone", ["missing-duration"], {}),
    ("a15", A, "agreement", "jh_numbered", "odt", D(2026, 2, 16), "jamal", ["unclear-goal", "missing-follow-up"], {"cpr": True}),
    ("a16", A, "agreement", "jh_numbered", "scan-ocr", D(2025, 1, 20), "lone", [], {}),
    ("a17", A, "agreement", "mentorhuset", "pdf", D(2022, 5, 30), "kasper", ["missing-appeal-guidance"], {"prov": "mentorhuset", "no_appeal": True}),
    ("a18", A, "agreement", "mentorhuset", "pdf", D(2024, 8, 26), "sofie", [], {"prov": "mentorhuset"}),
    ("a19", A, "agreement", "mentorhuset", "pdf", D(2025, 11, 3), "birgitte", ["duration-over-6-months"], {"prov": "mentorhuset", "weeks": 40}),
    ("a20", A, "agreement", "kompas_letter", "docx", D(2023, 3, 21), "mette", ["missing-appeal-guidance"], {"prov": "kompas", "no_appeal": True}),
    ("a21", A, "agreement", "kompas_letter", "eml", D(2025, 9, 8), "mette", [], {"prov": "kompas"}),
    ("a22", A, "agreement", "trin_rtf", "rtf", D(2021, 11, 15), "lone", [], {"prov": "trin", "cpr": True}),
    ("a23", A, "agreement", "trin_rtf", "rtf", D(2024, 6, 10), "jamal", ["missing-tasks"], {"prov": "trin"}),
    ("a24", A, "agreement", "mette_mail", "eml", D(2024, 1, 15), "mette", [], {}),
    ("a25", A, "agreement", "mette_mail", "eml", D(2026, 4, 13), "mette", ["missing-mentor"], {"prov": "trin"}),
    ("a26", A, "agreement", "html_overview", "html", D(2025, 2, 24), "kasper", [], {"cpr": False}),
    # Min Plan entries
    ("m01", M, "minplan", "mp_html_table", "html", D(2021, 5, 4), "kasper", [], {"cpr": True}),
    ("m02", M, "minplan", "mp_html_table", "html", D(2022, 10, 12), "kasper", ["missing-hours"], {}),
    ("m03", M, "minplan", "mp_html_table", "html", D(2023, 8, 15), "birgitte", ["unclear-goal"], {"cpr": True}),
    ("m04", M, "minplan", "mp_html_cards", "html", D(2024, 3, 18), "sofie", [], {}),
    ("m05", M, "minplan", "mp_html_cards", "html", D(2025, 4, 7), "sofie", ["missing-mentor"], {}),
    ("m06", M, "minplan", "mp_txt", "txt", D(2022, 6, 20), "jamal", [], {"cpr": True}),
    ("m07", M, "minplan", "mp_txt", "txt", D(2023, 12, 4), "jamal", ["missing-tasks"], {}),
    ("m08", M, "minplan", "mp_txt", "txt", D(2025, 10, 13), "jamal", ["duration-over-6-months"], {"over_months": 8}),
    ("m09", M, "minplan", "mp_md", "md", D(2024, 7, 1), "jamal", [], {}),
    ("m10", M, "minplan", "mp_md", "md", D(2026, 2, 23), "jamal", ["missing-goal"], {}),
    ("m11", M, "minplan", "mp_print", "pdf", D(2021, 8, 16), "sofie", ["missing-duration"], {}),
    ("m12", M, "minplan", "mp_print", "pdf", D(2024, 2, 5), "sofie", [], {"cpr": True}),
    ("m13", M, "minplan", "mp_print", "pdf", D(2026, 6, 1), "birgitte", ["unclear-goal", "missing-hours"], {}),
    ("m14", M, "minplan", "mp_print", "docx", D(2023, 4, 24), "kasper", [], {}),
    ("m15", M, "minplan", "mp_print", "docx", D(2025, 12, 1), "sofie", ["missing-duration"], {"cpr": True}),
    ("m16", M, "minplan", "mp_print", "odt", D(2022, 12, 5), "lone", ["missing-hours"], {}),
    ("m17", M, "minplan", "mp_print", "scan-ocr", D(2023, 7, 3), "lone", [], {}),
    ("m18", M, "minplan", "mp_txt", "txt", D(2026, 8, 17), "jamal", [], {}),
    # decisions
    ("d01", DC, "grant", "dec_old", "docx", D(2021, 6, 7), "birgitte", [], {}),
    ("d02", DC, "grant", "dec_old", "docx", D(2022, 9, 12), "birgitte", ["missing-appeal-guidance"], {"no_appeal": True}),
    ("d03", DC, "grant", "dec_new", "pdf", D(2024, 5, 13), "sofie", [], {"cpr": True}),
    ("d04", DC, "grant", "dec_new", "pdf", D(2026, 3, 9), "sofie", [], {}),
    ("d05", DC, "grant", "dec_old", "rtf", D(2023, 2, 6), "lone", ["duration-over-6-months"], {"over_months": 9}),
    ("d06", DC, "grant", "dec_new", "html", D(2026, 6, 22), "mette", ["missing-appeal-guidance"], {}),
    ("d07", DC, "partial", "dec_old", "docx", D(2022, 1, 10), "birgitte", [], {}),
    ("d08", DC, "partial", "dec_new", "pdf", D(2024, 11, 11), "sofie", ["duration-over-6-months"], {"over_months": 9}),
    ("d09", DC, "partial", "dec_old", "rtf", D(2021, 10, 4), "lone", ["missing-appeal-guidance"], {"cpr": True}),
    ("d10", DC, "partial", "dec_new", "docx", D(2026, 9, 7), "kasper", [], {}),
    ("d11", DC, "refusal", "dec_old", "docx", D(2023, 6, 19), "birgitte", ["missing-appeal-guidance"], {}),
    ("d12", DC, "refusal", "dec_old", "rtf", D(2022, 4, 25), "lone", [], {"cpr": True}),
    ("d13", DC, "refusal", "dec_old", "scan-image", D(2024, 9, 2), "lone", [], {}),
    ("d14", DC, "refusal", "dec_new", "pdf", D(2026, 7, 6), "sofie", [], {"wrong_route": True}),
    ("d15", DC, "extension", "dec_old", "docx", D(2022, 3, 14), "birgitte", [], {}),
    ("d16", DC, "extension", "dec_new", "pdf", D(2024, 12, 9), "sofie", ["duration-over-6-months"], {"over_months": 12}),
    ("d17", DC, "extension", "dec_old", "odt", D(2025, 5, 12), "lone", [], {"cpr": True}),
    ("d18", DC, "extension", "dec_new", "html", D(2026, 10, 5), "birgitte", [], {}),
    ("d19", DC, "end", "dec_old", "docx", D(2021, 12, 13), "birgitte", ["missing-appeal-guidance"], {"no_appeal": True}),
    ("d20", DC, "end", "dec_old", "rtf", D(2023, 11, 20), "lone", ["missing-appeal-guidance"], {}),
    ("d21", DC, "end", "dec_new", "pdf", D(2025, 8, 18), "sofie", [], {}),
    ("d22", DC, "end", "dec_new", "docx", D(2026, 11, 9), "kasper", [], {"cpr": True}),
    # look-alikes
    ("u01", UK, "invoice", "faktura", "pdf", D(2022, 7, 31), "kasper", [], {"prov": "mentorhuset"}),
    ("u02", UK, "status-report", "status", "docx", D(2023, 10, 2), "mette", [], {"prov": "kompas"}),
    ("u03", UK, "minutes", "referat", "odt", D(2024, 3, 5), "lone", [], {}),
    ("u04", UK, "guidance", "vejledning", "html", D(2026, 2, 2), "sofie", [], {}),
    ("u05", UK, "journal-note", "journal", "txt", D(2025, 3, 27), "jamal", [], {"cpr": True}),
    ("u06", UK, "email-meeting", "mail_mode", "eml", D(2024, 5, 21), "mette", [], {}),
    ("u07", UK, "order", "bestilling", "docx", D(2025, 1, 6), "kasper", [], {}),
    ("u08", UK, "hearing", "partshoering", "rtf", D(2023, 10, 30), "lone", [], {}),
    ("u09", UK, "reconsideration", "genvurdering", "docx", D(2024, 1, 29), "birgitte", [], {}),
    ("u10", UK, "private-mentoraftale", "fodbold", "md", D(2022, 8, 1), "sofie", [], {}),
    ("u11", UK, "receipt", "kvittering", "eml", D(2026, 4, 2), "mette", [], {}),
    ("u12", UK, "application", "ansoegning", "docx", D(2021, 4, 12), "birgitte", [], {"cpr": True}),
    ("u13", UK, "offer", "tilbud", "pdf", D(2021, 2, 1), "kasper", [], {}),
    ("u14", UK, "quality-standard", "kvalitetsstandard", "pdf", D(2024, 1, 8), "sofie", [], {}),
    ("u15", UK, "digital-post-notice", "digitalpost", "txt", D(2026, 9, 14), "lone", [], {}),
]


LAYOUT = {"old_table": "ung-2021-table", "new_template": "ung-2024-questions", "jh_numbered": "jh-punkt-1-6",
          "mentorhuset": "provider-mentorhuset-form", "kompas_letter": "provider-kompas-letter", "trin_rtf": "provider-trin-lines",
          "mette_mail": "caseworker-mail", "html_overview": "case-system-overview", "mp_html_table": "minplan-print-table",
          "mp_html_cards": "minplan-cards", "mp_txt": "minplan-txt-export", "mp_md": "minplan-md-note", "mp_print": "minplan-citizen-print",
          "dec_old": "decision-letter-classic", "dec_new": "decision-letter-2024"}
SUBDIR = {"ung": "ungeenheden", "jh": "job-og-helbred"}
SLUG = {"agreement": "aftale", "minplan": "minplan", "decision": "afgoerelse", "unknown": "sag"}


def render(c: dict, spec_row) -> tuple[object, dict]:
    """Return (blocks | str, writer options)."""
    sid, kind, sub, fam, fmt, date, cw, rules, opts = spec_row
    if kind == "agreement":
        return {"old_table": ag_old_table, "new_template": ag_new_template, "jh_numbered": ag_jh_numbered,
                "mentorhuset": ag_mentorhuset, "kompas_letter": ag_kompas_letter, "trin_rtf": ag_trin_rtf,
                "html_overview": ag_html_overview, "mette_mail": ag_mette_mail_body}[fam](c), {}
    if kind == "minplan":
        return {"mp_html_table": mp_html_table, "mp_html_cards": mp_html_cards, "mp_txt": mp_txt_export,
                "mp_md": mp_md_note, "mp_print": mp_docx_print}[fam](c), {}
    if kind == "decision":
        return decision_blocks(c, sub, "new" if fam == "dec_new" else "old"), {}
    return unknown_blocks(c, fam), {}


def plain(content) -> str:
    return content if isinstance(content, str) else blocks_to_text(content)


def soffice_convert(files: list[Path], outdir: Path) -> None:
    if not files:
        return
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_jc_profile", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def make_scan(pdf: Path, out: Path, rng: random.Random, ocr: bool, work: Path) -> None:
    from PIL import Image, ImageFilter
    base = work / (pdf.stem + "_page")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "2", str(pdf), str(base)], check=True)
    pages = sorted(work.glob(pdf.stem + "_page*.png"))
    imgs = []
    for pg in pages:
        im = Image.open(pg).convert("L")
        im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        # a little scanner speckle
        px = im.load()
        w, h = im.size
        for _ in range(1500):
            px[rng.randrange(w), rng.randrange(h)] = rng.choice([90, 140, 200])
        imgs.append(im)
    if not ocr:
        imgs[0].save(out, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])
        return
    parts = []
    for i, im in enumerate(imgs):
        png = work / ("%s_scan%d.png" % (pdf.stem, i))
        im.save(png, dpi=(150, 150))
        subprocess.run(["tesseract", str(png), str(png.with_suffix("")), "-l", "dan", "--dpi", "150", "pdf"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        parts.append(png.with_suffix(".pdf"))
    from pypdf import PdfWriter
    wr = PdfWriter()
    for p in parts:
        wr.append(str(p))
    with open(out, "wb") as fh:
        wr.write(fh)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/work/corpora/jc")
    ap.add_argument("--seed", type=int, default=21)
    args = ap.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="jc_build_"))
    entries, to_pdf, scans = [], [], []
    for row in SPEC:
        sid, kind, sub, fam, fmt, date, cw, rules, opts = row
        spec = {"date": date, "cw": cw, "rules": rules, **opts}
        c = build_case(rng, spec)
        c["show_cpr"] = bool(opts.get("cpr"))
        if opts.get("no_appeal"):
            c["appeal"] = []
        if opts.get("weeks"):
            c["weeks"] = opts["weeks"]
            c["end"] = c["start"] + dt.timedelta(weeks=opts["weeks"]) - dt.timedelta(days=1)
        if opts.get("wrong_route"):
            c["appeal"] = ["Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger fra den dag, du har modtaget brevet. "
                           "Send klagen til Ankestyrelsen, Teglholmsgade 3, 2450 København SV, eller via ast.dk."]
        content, _ = render(c, row)
        ext = {"scan-image": "pdf", "scan-ocr": "pdf", "pdf-odt": "pdf"}.get(fmt, fmt)
        rel = Path(str(date.year)) / SUBDIR[c["unit"]] / ("%s-%s-%s.%s" % (sid, SLUG[kind], c["f"].lower(), ext))
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        traits = ["family:" + fam, "unit:" + c["unit"], "caseworker:" + cw, "provider:" + c["prov"],
                  "era:" + ("post-2026-02-01" if date >= LAW_CHANGE else ("template-2024" if date.year >= 2024 else "pre-2024"))]
        traits += ["defect:" + r for r in rules]
        if fmt.startswith("scan"):
            traits.append(fmt)
        text = plain(content)
        must = []
        if c["cpr"] in text:
            must.append(c["cpr"])
            traits.append("cpr")
        # write
        if fmt == "eml":
            sender = "%s <%s>" % (c["cw"][0], c["cw"][3])
            to = "%s <borger-%s@mail.dk>" % (c["name"], c["f"].lower())
            subj = {"a21": "Det aftalte om dit mentorforløb", "a24": "Opsummering: aftale om mentorstøtte",
                    "a25": "Din mentoraftale – det vi aftalte i dag", "u06": "Flytning af trepartsmøde",
                    "u11": "Kvittering for din ansøgning om mentorstøtte"}[sid]
            if sid == "a21":
                sender = "%s <%s>" % (c["mname"], c["mmail"])
                body = "\n\n".join(x[1] if x[0] != "lines" and x[0] not in ("ul",) else "\n".join(("- " + i) if x[0] == "ul" else i for i in x[1]) for x in content)
            elif sid == "u06":
                to = "%s <%s>" % (c["mname"], c["mmail"])
                body = content
            elif sid == "u11":
                sender = "Skovlund Kommune <noreply@skovlund.dk>"
                body = content
            else:
                body = content
            when = dt.datetime(date.year, date.month, date.day, 14, rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=1)))
            write_eml(dest, sender=sender, to=to, subject=subj, date=when, body=body)
        elif fmt in ("txt", "md"):
            dest.write_text(content if isinstance(content, str) else blocks_to_text(content, md=(fmt == "md")), encoding="utf-8")
        elif fmt == "html":
            css = "body{font-family:Verdana,sans-serif;max-width:48em} th{text-align:left;vertical-align:top;width:30%} table{border-collapse:collapse} td,th{border:1px solid #bbb;padding:4px}"
            dest.write_text(blocks_to_html(content, title=[b[1] for b in content if b[0] == "title"][0], css=css), encoding="utf-8")
        elif fmt == "rtf":
            write_rtf(dest, content)
        elif fmt == "odt":
            write_odt(dest, content)
        elif fmt == "docx":
            write_docx(dest, content, font={"kompas_letter": "Georgia", "old_table": "Calibri"}.get(fam, "Arial"),
                       heading_style=fam not in ("kompas_letter", "dec_old", "status"))
        elif fmt in ("pdf", "pdf-odt", "scan-image", "scan-ocr"):
            src = work / (dest.stem + (".odt" if fmt == "pdf-odt" or fam in ("jh_numbered",) else ".docx"))
            if src.suffix == ".odt":
                write_odt(src, content)
            else:
                write_docx(src, content, font={"mentorhuset": "Arial", "tilbud": "Verdana"}.get(fam, "Calibri"),
                           heading_style=fam not in ("dec_old", "mentorhuset"))
            to_pdf.append((src, dest, fmt))
        else:
            raise ValueError(fmt)
        e = {"path": rel.as_posix(), "format": ext, "kind": kind, "subtype": sub, "layout": LAYOUT.get(fam, fam),
             "rules": sorted(rules), "extras": ["appeal-wrong-route"] if opts.get("wrong_route") else [],
             "error": None, "accept_errors": [], "must_not_contain": must, "traits": traits}
        if kind != "unknown" and not (kind == "decision" and sub in ("refusal", "end")) and not c["open_period"]:
            e["period"] = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        entries.append(e)
    # PDFs: one LibreOffice run for all
    soffice_convert([s for s, _, _ in to_pdf], work)
    for src, dest, fmt in to_pdf:
        pdf = work / (src.stem + ".pdf")
        if fmt in ("pdf", "pdf-odt"):
            shutil.copy(pdf, dest)
        else:
            make_scan(pdf, dest, rng, ocr=(fmt == "scan-ocr"), work=work)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    print("wrote %d documents to %s" % (len(entries), out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
