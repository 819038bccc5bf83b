#!/usr/bin/env python3
"""Corpus HT: audit sample from a small island municipality (Havsø Kommune, fictional), 2022-2026.

Deterministic: python make_corpus_ht.py --out /work/corpora/ht [--seed 18023]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

KOMMUNE = "Havsø Kommune"
JC = "Jobcenter Havsø"
ADR = "Havnegade 4, 5999 Havsø"
SW_A = ("Birgitte Holm", "62 41 10 22", "bhol@havsoe.dk")   # full sentences
SW_B = ("Kaj Jessen", "62 41 10 35", "kaje@havsoe.dk")      # keywords, abbreviations
PROVIDER = "Øens Mentorværksted ApS"
MENTORS_PROV = [("Lone Bech", "21 44 87 10", "lone@oensmentor.dk"),
                ("Thorkild Rasmussen", "30 12 55 61", "thorkild@oensmentor.dk")]
MENTORS_OWN = [("Hanne Mørk", "62 41 10 80", "hamo@havsoe.dk"),
               ("Jens Ole Brix", "40 18 22 93", "jobr@havsoe.dk")]
CITIZENS = ["Mads Klitgaard", "Sofie Lund", "Rasmus Engel", "Tina Vestergaard", "Kasper Holt",
            "Line Ravn", "Nikolaj Skov", "Camilla Bro", "Jonas Fisker", "Maja Strand",
            "Emil Havgaard", "Louise Munk", "Patrick Dam", "Signe Kold", "Anders Vig",
            "Julie Sand", "Oliver Brink", "Nanna Mose", "Frederik Aa", "Ida Lykke",
            "Mikkel Hede", "Sara Næs", "Tobias Krog", "Freja Holm", "Lasse Vinter"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

APPEAL_FULL_OLD = ("Hvis du ikke er enig i afgørelsen, kan du klage til Jobcenter Havsø, Havnegade 4, "
                   "5999 Havsø. Klagen skal være modtaget inden 4 uger efter, at du har fået dette brev. "
                   "Du kan klage skriftligt eller mundtligt. Jobcentret genvurderer afgørelsen inden "
                   "4 uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. "
                   "§ 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.")
APPEAL_FULL_NEW = ("Er du uenig, kan du klage til Havsø Kommune inden fire uger fra du har modtaget "
                   "afgørelsen. Ring, skriv eller kom forbi borgerservice ved færgelejet. Kommunen ser "
                   "på sagen igen inden fire uger. Hvis vi fastholder afgørelsen, sender vi din klage "
                   "til Ankestyrelsen, som træffer den endelige afgørelse.")
APPEAL_KEY = ("Klage til jobcentret inden 4 uger fra modt. af afg., mundtligt el. skriftligt. "
              "Genvurdering, herefter evt. videre til Ankestyrelsen, jf. LAB § 204.")
APPEAL_NODEADLINE = "Du kan klage over afgørelsen til jobcentret."
APPEAL_DIRECT = ("Du kan klage direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger efter "
                 "modtagelsen af dette brev.")
APPEAL_OTHER = ("Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om "
                "befordring til jobcentret inden 4 uger.")


def dk(d: dt.date, style: str = "word") -> str:
    if style == "word":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


class Doc:
    def __init__(self, path, kind, subtype, layout, fmt, title, rules=(), extras=(), traits=()):
        self.path, self.kind, self.subtype, self.layout, self.fmt = path, kind, subtype, layout, fmt
        self.title = title
        self.header: list[str] = []
        self.sections: list[tuple[str, str]] = []   # (label, text); label '' = plain paragraph
        self.table = False
        self.rules = sorted(set(rules))
        self.extras = sorted(set(extras))
        self.traits = list(traits)
        self.mnc: list[str] = []
        self.period = None
        self.email = None


def cpr(rng: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 10000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------- agreements
GOALS_A = [
    "Målet er, at {n} har et sæsonjob i turistbutikken ved færgehavnen fra 1. juni og møder stabilt 25 timer om ugen i højsæsonen.",
    "Målet er, at {n} kommer i virksomhedspraktik på fiskeindustrien Havsø Fisk A/S 15 timer om ugen og derefter i løntilskud som pakkeriarbejder.",
    "Målet er, at {n} starter på grundforløbet til ernæringsassistent på fastlandet i august og møder mindst fire dage om ugen.",
    "Målet er, at {n} fastholder sit job som dæksmand på færgen og ikke har ulovligt fravær i perioden.",
    "Målet er, at {n} får 20 timer om ugen i sommersæsonen på campingpladsen og har styr på færgeturene til og fra arbejdet.",
]
GOALS_B = [
    "Sæsonjob camping/havn, min. 20 t/uge fra 1/6.",
    "Praktik Havsø Fisk A/S, 15 t/uge, mhp. løntilskud.",
    "Opstart FGU på fastlandet (Nørreby) aug., fremmøde min. 80 %.",
    "Fastholdelse job som rengøringsassistent på færgen, max 2 fraværsdage/md.",
    "Job på havnen (fiskeopkøb) ca. 25 t/uge i sæsonen.",
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "Komme videre i eget tempo, styrke selvværdet.",
    "Hjælp til at {n} kommer tættere på arbejdsmarkedet.",
    "Motivere borger ift. fremtiden.",
]
TASKS_A = [
    "Mentoren følger {n} med færgen de første to uger og hjælper med at planlægge færgetider, så {n} kan nå mødetiden kl. 7. Mentoren holder en ugentlig samtale om fremmøde.",
    "Mentoren hjælper {n} med at lave en ugeplan, der passer med færgens sejlplan, og deltager i opstartsmødet på arbejdspladsen. Mentoren ringer om morgenen de første uger.",
    "Mentoren støtter {n} i kontakten med skolen på fastlandet, hjælper med at søge om færgekort og pendlertilskud og holder øje med fraværet.",
]
TASKS_B = [
    "Følge borger på færgen uge 1-2; ugeplan jf. sejlplan; kontakt til arbejdsgiver.",
    "Hjælp m. færgekort, vækning pr. tlf. første 3 uger, samtale 1 x ugl.",
    "Praktisk støtte: transport, arbejdstøj, kontakt skipper/arbejdsleder.",
]


def agreement(d: Doc, rng, n, sw, mentor, own, start, end, new_tpl, defects, over_style=None, cpr_s=None):
    key = sw is SW_B
    yr = start.year
    d.header = [f"{'Havsø Kommune' if new_tpl else JC} · {ADR}",
                f"Sagsbehandler: {sw[0]}, tlf. {sw[1]}, {sw[2]}",
                f"Borger: {n}" + (f", CPR-nr. {cpr_s}" if cpr_s else ""),
                f"Dato: {dk(start - dt.timedelta(days=rng.randint(3, 12)), 'num' if key else 'word')}"]
    if new_tpl:
        L = ["1. Hvad er målet?", "2. Din mentor", "3. Det hjælper mentoren dig med", "4. Hvor længe",
             "5. Sådan følger vi op", "6. Hvor mange timer", "7. Hvis du vil klage"]
    else:
        L = ["Mål med mentorstøtten", "Mentor (navn og kontaktdata)", "Mentorens opgaver", "Periode",
             "Opfølgning", "Timetal", "Klagevejledning"]
    goal = (rng.choice(GOALS_B) if key else rng.choice(GOALS_A)).format(n=n.split()[0])
    if "unclear" in defects:
        goal = rng.choice(UNCLEAR_GOALS).format(n=n.split()[0])
    who = f"{mentor[0]}, {'Havsø Kommune (deltidsmentor)' if own else PROVIDER}"
    ment = (f"{who}, tlf. {mentor[1]}, {mentor[2]}" if key else
            f"Din mentor er {mentor[0]} fra {'kommunens egne deltidsmentorer' if own else PROVIDER}. "
            f"Du kan ringe til {mentor[0].split()[0]} på {mentor[1]} eller skrive til {mentor[2]}.")
    if "mentor" in defects:
        ment = rng.choice([f"{mentor[0]}, {PROVIDER}" if not own else mentor[0],
                           "Mentor fra Øens Mentorværksted – navn følger", "[navn]"])
    tasks = (rng.choice(TASKS_B) if key else rng.choice(TASKS_A)).format(n=n.split()[0])
    if "tasks" in defects:
        tasks = rng.choice(["-", "Aftales med mentor", ""])
    if over_style == "months":
        per = f"{dk(start, 'num' if key else 'word')} og {rng.choice(['9 mdr.', '8 måneder', 'et år'])} frem"
    else:
        per = (f"{dk(start, 'slash')} - {dk(end, 'slash')}" if key else
               f"Mentorstøtten gælder fra {dk(start)} til og med {dk(end)}.")
        if key:
            months = (end.year - start.year) * 12 + end.month - start.month + 1
            per += f" (ca. {months} mdr.)" if over_style is None else ""
            if over_style is None and months > 6 and "duration" not in defects:
                # label correction after the run: the keyword writer's "(ca. 7 mdr.)" is itself a
                # stated length over 6 months (rule doc: every stated period/length is checked)
                d.rules = sorted(set(d.rules) | {"duration-over-6-months"})
                d.traits.append("label-corrected:ca-months")
    if "duration" in defects:
        per = rng.choice(["Indtil videre", f"Fra {dk(start)} – indtil videre", "Udfyldes senere"])
    fu = (rng.choice(["Statusmøde hver md. m. mentor + sagsbeh.; evaluering 14 dage før ophør.",
                      "Opf. hver 3. uge tlf., statusmøde 1 x md. Delmål: fremmøde 4 dg/uge."]) if key else
          rng.choice(["Vi holder statusmøde med dig og mentoren hver måned. 14 dage før perioden slutter, evaluerer vi sammen, om målet er nået.",
                      "Mentoren sender en kort status hver fjerde uge. Vi mødes alle tre midt i perioden, og vi evaluerer 14 dage før perioden slutter. Delmålet er, at du møder til tiden fire dage om ugen."]))
    if "follow" in defects:
        fu = rng.choice(["Efter behov", "Der følges op løbende.", "-"])
    hrs_n = rng.choice([2, 3, 4, 5])
    hrs = f"{hrs_n} t/uge" if key else f"Du har {hrs_n} timer om ugen med din mentor."
    if "hours" in defects:
        hrs = rng.choice(["Efter behov", "Et par timer om ugen", ""])
    app = APPEAL_KEY if key else (APPEAL_FULL_NEW if new_tpl else APPEAL_FULL_OLD)
    if "appeal" in defects:
        app = rng.choice([APPEAL_NODEADLINE, APPEAL_OTHER, "Se vedlagte klagevejledning."])
    vals = [goal, ment, tasks, per, fu, hrs, app]
    omit = set()
    for f, i in (("goal-omit", 0), ("mentor-omit", 1), ("tasks-omit", 2), ("duration-omit", 3),
                 ("follow-omit", 4), ("hours-omit", 5), ("appeal-omit", 6)):
        if f in defects:
            omit.add(i)
    if "goal" in defects:
        vals[0] = rng.choice(["Udfyldes senere", "-", ""])
    d.sections = [(L[i], vals[i]) for i in range(7) if i not in omit]
    if not key:
        d.sections.insert(0, ("", f"Du og {JC if not new_tpl else 'Havsø Kommune'} har aftalt, at du får mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. Her kan du læse, hvad vi har aftalt."))
    d.sections.append(("Underskrifter", f"{n}        {mentor[0]}        {sw[0]}"))
    d.table = key
    if "duration" not in defects:
        d.period = {"start": start.isoformat(), "end": end.isoformat()}


def build(rng: random.Random):
    docs: list[Doc] = []
    fmts_cycle = ["docx", "pdf", "txt", "eml", "html", "odt", "rtf"]
    ci = iter(range(1000))
    names = list(CITIZENS)

    # ---- agreements: 24
    ag_defects = [[], [], [], [], [], [], [], [], [], [],           # 10 clean
                  ["goal"], ["unclear"], ["mentor"], ["tasks"], ["duration"], ["follow"],
                  ["hours"], ["appeal"], ["over"], ["hours", "follow"], ["unclear", "appeal"],
                  ["mentor-omit"], ["follow-omit"], ["over-months"]]
    rule_of = {"goal": "missing-goal", "goal-omit": "missing-goal", "unclear": "unclear-goal",
               "mentor": "missing-mentor", "mentor-omit": "missing-mentor", "tasks": "missing-tasks",
               "duration": "missing-duration", "follow": "missing-follow-up",
               "follow-omit": "missing-follow-up", "hours": "missing-hours",
               "appeal": "missing-appeal-guidance", "over": "duration-over-6-months",
               "over-months": "duration-over-6-months"}
    for i, defs in enumerate(ag_defects):
        fmt = fmts_cycle[i % 7]
        if i in (5, 16):
            fmt = "pdf-scan"
        n = names[i % len(names)]
        sw = SW_A if i % 2 == 0 else SW_B
        own = i % 3 == 0
        mentor = (MENTORS_OWN if own else MENTORS_PROV)[i % 2]
        year = 2022 + (i % 5)
        new_tpl = year >= 2025 and i % 3 != 2
        start = dt.date(year, rng.choice([2, 3, 4, 5, 8, 9]), rng.choice([1, 1, 15]))
        end = six_end(start) if rng.random() < 0.5 else six_end(start, rng.choice([3, 4, 5]))
        over = None
        if "over" in defs:
            end = six_end(start, 6) + dt.timedelta(days=rng.choice([1, 31, 61]))
            over = "range"
        if "over-months" in defs:
            end = six_end(start, 9)
            over = "months"
        c = cpr(rng) if i % 4 == 1 else None
        slug = n.split()[0].lower().replace("ø", "oe")
        d = Doc(f"{year}/aftaler/mentoraftale_{slug}_{i:02d}", "agreement", "agreement",
                ("new-template-2025" if new_tpl else ("old-word-table" if sw is SW_B else "old-word-prose")),
                fmt, "Mentoraftale" if not new_tpl else "Aftale om mentorstøtte",
                rules=[rule_of[x] for x in defs], traits=[f"writer:{'keywords' if sw is SW_B else 'sentences'}",
                                                          "mentor:own" if own else "mentor:provider"] + [f"defect:{x}" for x in defs])
        agreement(d, rng, n, sw, mentor, own, start, end, new_tpl,
                  [x for x in defs if x not in ("over", "over-months")], over_style=over, cpr_s=c)
        if c:
            d.mnc = [c, c.replace("-", "")]
            d.traits.append("cpr")
        if over == "range" or "over" in defs:
            d.traits.append("period:over")
        docs.append(d)

    # ---- decisions: 14 (grant, partial, refusal, extension, end)
    dec_specs = [("grant", []), ("grant", []), ("grant", ["over"]), ("grant", ["appeal"]),
                 ("partial", []), ("partial", ["noreasons"]), ("partial", ["direct"]),
                 ("refusal", []), ("refusal", ["appeal"]), ("refusal", ["noreasons", "appeal"]),
                 ("extension", []), ("extension", ["over"]),
                 ("end", []), ("end", ["appeal"])]
    for j, (st, defs) in enumerate(dec_specs):
        i = 30 + j
        fmt = fmts_cycle[(j + 3) % 7]
        if j == 9:
            fmt = "pdf-scan"
        n = names[(i + 3) % len(names)]
        sw = SW_A if j % 2 == 0 else SW_B
        key = sw is SW_B
        year = 2022 + (j % 5)
        new = year >= 2025 and j % 3 != 1
        start = dt.date(year, rng.choice([1, 3, 4, 6, 9]), 1)
        end = six_end(start, rng.choice([4, 6]))
        if "over" in defs:
            end = six_end(start, rng.choice([8, 12]))
        rules = []
        extras = []
        if "appeal" in defs:
            rules.append("missing-appeal-guidance")
        if "over" in defs:
            rules.append("duration-over-6-months")
        if "noreasons" in defs:
            extras.append("missing-reasons")
        if "direct" in defs:
            extras.append("appeal-wrong-route")
        c = cpr(rng) if j % 4 == 2 else None
        slug = n.split()[0].lower()
        d = Doc(f"{year}/afgoerelser/afg_{st}_{slug}_{j:02d}", "decision", st,
                "letter-2025" if new else "letter-old", fmt, "", rules=rules, extras=extras,
                traits=[f"decision:{st}", f"writer:{'keywords' if key else 'sentences'}"] + [f"defect:{x}" for x in defs])
        sender = "Havsø Kommune, Beskæftigelse" if new else JC
        date_s = dk(start - dt.timedelta(days=10))
        d.header = [sender, ADR, f"{n}", f"Havsø, {date_s}", f"Sagsbehandler: {sw[0]}, tlf. {sw[1]}"]
        if c:
            d.header.insert(3, f"CPR: {c}")
            d.mnc = [c, c.replace("-", "")]
            d.traits.append("cpr")
        hrs = rng.choice([2, 3, 4])
        pname = rng.choice([PROVIDER, "kommunens egne deltidsmentorer"])
        secs = []
        if st == "grant":
            d.title = "Afgørelse: Du får mentorstøtte"
            secs.append(("", f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte i perioden {dk(start)} til {dk(end)}, {hrs} timer om ugen. Mentoren kommer fra {pname}. Støtten skal hjælpe dig i gang med sæsonarbejdet på havnen."))
            secs.append(("Lovgrundlag", "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."))
        elif st == "partial":
            d.title = "Afgørelse om mentorstøtte – delvis bevilling"
            secs.append(("", f"Du har søgt om mentorstøtte 8 timer om ugen. Du får delvis bevilget mentorstøtte med {hrs} timer om ugen fra {dk(start)} til {dk(end)}."))
            if "noreasons" not in defs:
                secs.append(("Begrundelse", f"Vi har lagt vægt på, at du allerede kender arbejdspladsen fra sidste sæson, og at din behandler vurderer, at {hrs} timer om ugen er nok. Vi har især lagt vægt på transporten med færgen, som mentoren hjælper med de første uger. Afgørelsen er truffet efter LAB § 167, stk. 1."))
        elif st == "refusal":
            d.title = "Afslag på mentorstøtte"
            secs.append(("", "Du har søgt om mentorstøtte i forbindelse med dit job på fiskekutteren. Vi har givet dig afslag."))
            if "noreasons" not in defs:
                secs.append(("Begrundelse", "Vi har lagt vægt på, at din arbejdsgiver selv har tilbudt en fast makker om bord, og at du har passet jobbet i to sæsoner uden fravær. Der er derfor ikke behov for mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats."))
            end = start = None
        elif st == "extension":
            d.title = "Forlængelse af mentorstøtte"
            secs.append(("", f"Din mentorstøtte er forlænget. Den nye periode er {dk(start)} – {dk(end)} med {hrs} timer om ugen."))
            secs.append(("Begrundelse", "Vi har foretaget en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt. Du er kommet godt i gang med praktikken, men har stadig brug for hjælp til færgeturene i vinterhalvåret, hvor sejlplanen er ændret."))
        else:
            d.title = "Ophør af mentorstøtte"
            secs.append(("", f"Din mentorstøtte ophører den {dk(start)}."))
            secs.append(("Begrundelse", "Vi har lagt vægt på, at du nu har fast ansættelse på campingpladsen og selv klarer transporten. Målet med støtten er dermed nået, jf. LAB § 167."))
            end = None
        if key:
            secs = [(a, b.replace("om ugen", "t/uge").replace(" timer t/uge", " t/uge")) for a, b in secs]
        if "appeal" in defs:
            secs.append(("Klagevejledning", rng.choice([APPEAL_NODEADLINE, APPEAL_OTHER])))
        elif "direct" in defs:
            secs.append(("Klagevejledning", APPEAL_DIRECT))
        else:
            secs.append(("Sådan klager du" if new else "Klagevejledning", APPEAL_FULL_NEW if new else APPEAL_FULL_OLD))
        secs.append(("", f"Med venlig hilsen\n{sw[0]}\n{sender}"))
        d.sections = secs
        if start and end:
            d.period = {"start": start.isoformat(), "end": end.isoformat()}
        docs.append(d)

    # ---- Min Plan entries: 12
    mp_defs = [[], [], [], [], [], ["goal"], ["unclear"], ["mentor"], ["tasks"], ["duration"],
               ["hours"], ["over"]]
    for k, defs in enumerate(mp_defs):
        fmt = ["html", "txt", "pdf", "html", "eml", "txt", "docx", "html", "txt", "pdf", "html", "odt"][k]
        n = names[(k + 7) % len(names)]
        year = 2022 + (k % 5)
        start = dt.date(year, rng.choice([2, 4, 5, 10]), 1)
        end = six_end(start, rng.choice([3, 6]))
        if "over" in defs:
            end = six_end(start, 10)
        own = k % 2 == 1
        mentor = (MENTORS_OWN if own else MENTORS_PROV)[k % 2]
        rules = [rule_of[x] for x in defs]
        d = Doc(f"{year}/minplan/minplan_{n.split()[0].lower()}_{k:02d}", "minplan", "minplan",
                "caseexport-minplan", fmt, f"Min Plan – {n}", rules=rules,
                traits=["minplan"] + [f"defect:{x}" for x in defs])
        d.header = [f"Min Plan · {JC if year < 2026 else KOMMUNE}", f"Udskrevet {dk(start - dt.timedelta(days=2), 'num')}",
                    f"Borger: {n}"]
        if k % 4 == 3:
            c = cpr(rng)
            d.header[2] += f" ({c})"
            d.mnc = [c, c.replace("-", "")]
            d.traits.append("cpr")
        goal = rng.choice(GOALS_A).format(n=n.split()[0])
        if "goal" in defs:
            goal = "Udfyldes senere"
        if "unclear" in defs:
            goal = rng.choice(UNCLEAR_GOALS).format(n=n.split()[0])
        ment = f"{mentor[0]}, tlf. {mentor[1]}, {mentor[2]}"
        if "mentor" in defs:
            ment = "Mentor tildeles af Øens Mentorværksted"
        tasks = rng.choice(TASKS_A).format(n=n.split()[0])
        if "tasks" in defs:
            tasks = "-"
        per = f"{dk(start, 'num')} - {dk(end, 'num')}"
        if "duration" in defs:
            per = "Indtil videre"
        hrs = f"{rng.choice([2, 3, 4])} timer pr. uge"
        if "hours" in defs:
            hrs = "Efter behov"
        d.sections = [("Indsats", "Mentorstøtte (LAB § 167)"), ("Formål", goal), ("Mentor", ment),
                      ("Mentorens opgaver", tasks), ("Periode", per), ("Timetal", hrs),
                      ("Øvrige aktiviteter", f"Sæsonpraktik på Havsø Camping {dk(start, 'num')} - {dk(add_months(start, 14), 'num')} (ikke mentorstøtte)." if k == 2 else "Ingen.")]
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        docs.append(d)

    # ---- unknown: 12
    unk = []
    u = Doc("2023/oevrigt/faktura_oens_mentorvaerksted_2023-05", "unknown", "invoice", "invoice", "pdf", "FAKTURA nr. 2023-114")
    u.header = [PROVIDER, "Strandvejen 12, 5999 Havsø", "CVR 31 22 45 67", f"Til: {JC}, {ADR}"]
    u.sections = [("Specifikation", "Mentorstøtte maj 2023\nLone Bech – 3 borgere – i alt 38 timer à 425 kr.\nThorkild Rasmussen – 2 borgere – i alt 21 timer à 425 kr.\nFærgebilletter (udlæg) 640 kr."),
                  ("Beløb", "Subtotal 25.715 kr.\nMoms 6.428,75 kr.\nI alt 32.143,75 kr."),
                  ("Betaling", "Betales senest 30 dage netto til reg. 9570 konto 1234567890. EAN 5798000123456.")]
    unk.append(u)
    u = Doc("2024/oevrigt/statusnotat_mentor_oktober", "unknown", "status-report", "provider-status", "docx", "Statusnotat fra mentor")
    c = cpr(rng)
    u.header = [PROVIDER, "Til: Kaj Jessen, Jobcenter Havsø", f"Vedr.: Nikolaj Skov, {c}"]
    u.mnc = [c, c.replace("-", "")]
    u.traits.append("cpr")
    u.sections = [("Status", "Nikolaj har mødt stabilt på fiskefabrikken i september. To dage misset pga. aflyst færge (storm). Vi har lavet en plan B med tidlig færge kl. 6.10."),
                  ("Næste skridt", "Samtale med arbejdsleder om vinterskema. Forventer at kunne trappe ned i november.")]
    unk.append(u)
    u = Doc("2025/oevrigt/referat_teammoede_beskaeftigelse", "unknown", "minutes", "minutes", "odt", "Referat – teammøde Beskæftigelse")
    u.header = ["Dato: 14.01.2025", "Deltagere: Birgitte Holm, Kaj Jessen, Hanne Mørk, Jens Ole Brix", "Referent: Kaj"]
    u.sections = [("1. Ny skabelon", "Ny skabelon til mentoraftaler tages i brug fra 1/3-25. Gammel Word-skabelon udfases. BH har tilrettet overskrifter, KJ tjekker klagevejledning."),
                  ("2. Færgerabat", "Deltidsmentorer får færgekort via kommunen. Udlæg refunderes md.vis."),
                  ("3. Sæson", "Turistsæson: forventet 6-8 borgere i sæsonjob. Havsø Fisk søger pakkere fra april."),
                  ("4. Evt.", "Intet.")]
    unk.append(u)
    u = Doc("2022/oevrigt/pjece_mentorstoette_havsoe", "unknown", "guidance", "leaflet", "html", "Mentorstøtte på Havsø – det skal du vide")
    u.sections = [("Hvad er mentorstøtte?", "En mentor kan hjælpe dig i gang med job eller uddannelse, fx et sæsonjob på havnen eller en uddannelse på fastlandet."),
                  ("Hvad står der i aftalen?", "Din mentoraftale indeholder målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, varigheden og opfølgning, timetallet og en klagevejledning."),
                  ("Hvor længe?", "Mentorstøtte gives højst 6 måneder ad gangen med mulighed for forlængelse."),
                  ("Kontakt", f"{JC}, {ADR}, tlf. 62 41 10 00.")]
    unk.append(u)
    u = Doc("2023/oevrigt/mentoraftale_havsoe_roklub", "unknown", "private-agreement", "club-mentor", "txt", "Mentoraftale – Havsø Roklub, ungdomsafdelingen")
    u.sections = [("", "Mellem roklubbens ungdomstræner Per Vad (tlf. 28 11 90 45) og nyt medlem Oliver, 14 år."),
                  ("Formål", "Oliver lærer at ro sikkert og kommer med på tur rundt om øen i juli."),
                  ("Aftale", "Per er Olivers makker de første 8 træninger, tirsdag og torsdag kl. 17-19. Forældre kontaktes ved fravær."),
                  ("", "Underskrevet af Per, Oliver og forældre, 2. maj 2023.")]
    unk.append(u)
    u = Doc("2026/oevrigt/mail_faergetider_vinter", "unknown", "email", "internal-mail", "eml", "Vinter-sejlplan og mentormøder")
    u.email = ("Hanne Mørk <hamo@havsoe.dk>", "Birgitte Holm <bhol@havsoe.dk>")
    u.sections = [("", "Hej Birgitte\n\nFra 1. november sejler første færge først kl. 6.40. Jeg flytter derfor mine morgenmøder med de to borgere på fiskefabrikken til kl. 7.30. Skal vi ændre noget i aftalerne, eller er det nok, at jeg skriver det i journalen?\n\nHilsen Hanne")]
    unk.append(u)
    u = Doc("2024/oevrigt/ansoegning_mentorstoette_borger", "unknown", "application", "citizen-application", "pdf-scan", "Ansøgning om mentorstøtte")
    c = cpr(rng)
    u.header = ["Til Jobcenter Havsø", f"Fra: Tobias Krog, CPR {c}"]
    u.mnc = [c, c.replace("-", "")]
    u.traits.append("cpr")
    u.sections = [("", "Jeg søger om en mentor, fordi jeg har fået tilbud om sæsonjob på færgens cafeteria fra maj. Jeg har svært ved at komme op om morgenen og nå færgen. Jeg vil gerne have hjælp nogle timer om ugen de første måneder.\n\nMed venlig hilsen Tobias")]
    unk.append(u)
    u = Doc("2025/oevrigt/tilbudsliste_mentorydelser", "unknown", "price-list", "provider-offer", "rtf", "Øens Mentorværksted – ydelser og priser 2025")
    u.sections = [("Ydelser", "Tilbudsmentor: 425 kr./time\nUdvidet mentor: 450 kr./time\nFærgetillæg pr. tur: 80 kr."),
                  ("Vilkår", "Forløb aftales med jobcentret for højst 6 måneder ad gangen. Timer afregnes månedsvis bagud.")]
    unk.append(u)
    u = Doc("2022/oevrigt/journalnotat_telefon", "unknown", "journal-note", "journal-note", "txt", "Journalnotat")
    u.header = ["Sag: Maja Strand", "Dato: 03.10.2022", "KJ"]
    u.sections = [("", "Tlf. m. borger. Sæsonjob på iskiosken slut 30/9. Ønsker at fortsætte m. mentor ifm. vinterjob. Aftalt møde uge 42. Undersøger mulighed for forlængelse jf. § 167 stk. 1.")]
    unk.append(u)
    u = Doc("2026/oevrigt/tilsynsbrev_revision", "unknown", "audit-letter", "audit-letter", "docx", "Stikprøvekontrol af mentorsager 2022-2026")
    u.header = ["Havsø Kommune, Økonomi og Revision", "Til: Beskæftigelse"]
    u.sections = [("", "Revisionen har udtaget 60 sager om mentorstøtte fra perioden 2022-2026. Vi beder om kopi af aftaler, afgørelser og Min Plan-udskrifter senest 15. december 2026. Sagerne pseudonymiseres ikke, men CPR-numre skal overstreges."),
                  ("Kontakt", "Revisor Ulla Fjord, tlf. 62 41 12 00.")]
    unk.append(u)
    u = Doc("2025/oevrigt/sejlplan_note_til_mentorer", "unknown", "note", "notice", "html", "Praktisk: færgebilletter for mentorer")
    u.sections = [("", "Deltidsmentorer bestiller færgebillet via borgerservice senest dagen før. Husk at notere billetnummeret på timesedlen. Ved aflysning pga. vejr ringes til borgeren og mødet flyttes.")]
    unk.append(u)
    u = Doc("2024/oevrigt/timeseddel_mentor_juni", "unknown", "timesheet", "timesheet", "odt", "Timeseddel – deltidsmentor juni 2024")
    u.header = ["Mentor: Jens Ole Brix", "Måned: juni 2024"]
    u.sections = [("Timer", "Uge 23: 6 t\nUge 24: 5,5 t\nUge 25: 6 t\nUge 26: 4 t\nI alt: 21,5 t"),
                  ("Kørsel/færge", "4 returbilletter")]
    unk.append(u)
    docs.extend(unk)
    return docs


# ---------------------------------------------------------------- renderers
def as_text(d: Doc) -> str:
    out = [d.title, ""] if d.title else []
    out += d.header + ([""] if d.header else [])
    for lab, txt in d.sections:
        if lab:
            out.append(f"{lab}: {txt}" if d.table else f"{lab}\n{txt}")
        else:
            out.append(txt)
        out.append("")
    return "\n".join(out)


def write_docx(d: Doc, path: Path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for h in d.header:
        doc.add_paragraph(h)
    if d.title:
        doc.add_heading(d.title, level=1)
    if d.table:
        rows = [(a, b) for a, b in d.sections if a]
        for a, b in d.sections:
            if not a:
                doc.add_paragraph(b)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = a, b
    else:
        for a, b in d.sections:
            if a:
                doc.add_heading(a, level=2)
            for para in b.split("\n"):
                doc.add_paragraph(para)
    doc.save(str(path))


def write_html(d: Doc, path: Path):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{e(d.title)}</title></head><body>"]
    parts += [f"<p>{e(h)}</p>" for h in d.header]
    if d.title:
        parts.append(f"<h1>{e(d.title)}</h1>")
    if d.table:
        parts.append("<table border='1'>")
        for a, b in d.sections:
            parts.append(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>")
        parts.append("</table>")
    else:
        for a, b in d.sections:
            if a:
                parts.append(f"<h2>{e(a)}</h2>")
            parts.append("<p>" + e(b).replace("\n", "<br>") + "</p>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_eml(d: Doc, path: Path, rng):
    from email.message import EmailMessage
    m = EmailMessage()
    frm, to = d.email or (f"{JC} <jobcenter@havsoe.dk>", "borger@example.dk")
    m["From"], m["To"] = frm, to
    m["Subject"] = d.title or "Mentorstøtte"
    m["Date"] = "Mon, 02 Mar 2026 09:14:00 +0100"
    m.set_content(as_text(d))
    path.write_bytes(bytes(m))


def soffice(src_dir: Path, fmt: str, files: list[Path], outdir: Path):
    if not files:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ht_profile", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ht")
    ap.add_argument("--seed", type=int, default=18023)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs = build(rng)
    tmp = Path(tempfile.mkdtemp(prefix="ht_"))
    conv = {"pdf": [], "odt": [], "rtf": [], "pdf-scan": []}
    entries = []
    for k, d in enumerate(docs):
        ext = "pdf" if d.fmt == "pdf-scan" else d.fmt
        rel = f"{d.path}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if d.fmt == "docx":
            write_docx(d, p)
        elif d.fmt == "txt":
            p.write_text(as_text(d), encoding="utf-8")
        elif d.fmt == "html":
            write_html(d, p)
        elif d.fmt == "eml":
            write_eml(d, p, rng)
        else:
            src = tmp / f"d{k:03d}.docx"
            write_docx(d, src)
            conv[d.fmt].append((src, p))
        traits = d.traits + [f"format:{d.fmt}"]
        if d.fmt == "pdf-scan":
            traits.append("ocr:tesseract")
        entries.append({"path": rel, "format": ext, "kind": d.kind, "subtype": d.subtype,
                        "layout": d.layout, "rules": d.rules, "extras": d.extras, "error": None,
                        "accept_errors": [], "must_not_contain": d.mnc, "traits": traits,
                        "period": d.period})
    for fmt in ("pdf", "odt", "rtf"):
        od = tmp / fmt
        od.mkdir()
        soffice(tmp, fmt, [s for s, _ in conv[fmt]], od)
        for s, p in conv[fmt]:
            shutil.move(str(od / (s.stem + "." + fmt)), str(p))
    od = tmp / "scan"
    od.mkdir()
    soffice(tmp, "pdf", [s for s, _ in conv["pdf-scan"]], od)
    for s, p in conv["pdf-scan"]:
        pdf = od / (s.stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(od / s.stem)], check=True)
        pages = sorted(od.glob(s.stem + "-*.png"))
        lst = od / (s.stem + ".txt")
        lst.write_text("\n".join(str(x) for x in pages) + "\n")
        subprocess.run(["tesseract", str(lst), str(od / (s.stem + "_ocr")), "-l", "dan", "pdf"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(str(od / (s.stem + "_ocr.pdf")), str(p))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp)
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
