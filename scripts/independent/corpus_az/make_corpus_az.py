#!/usr/bin/env python3
"""Independent labelled corpus AZ for ``mentordocs lint``: goals and follow-up, written every way.

About 100 documents (70 agreements, 15 Min Plan entries, 15 decision letters) in DOCX, PDF (made
by LibreOffice from DOCX), ODT (LibreOffice), HTML, TXT and EML. The angle is the goal (mål) and
the follow-up (opfølgning): labels of every kind, prose in letters, lists of part goals, goals
named as a job, an education by acronym, a workplace, an activity, vague wishes (unclear goals)
and near-misses; follow-up as meetings, status reports, evaluations, phone calls, named meeting
types, rhythms in words and numbers, a closing sentence only, follow-up tied to the caseworker,
and near-misses where no follow-up is agreed.

Labels follow `mentordocs rules missing-goal|unclear-goal|missing-follow-up` and
/work/shared/domain.md; they were decided when the documents were written, before any lint run.

    python make_corpus_az.py --out /work/corpora/az [--seed 2606] [--no-office]

Deterministic for a given seed (document text and the manifest; LibreOffice stamps its own
creation dates into PDF/ODT files).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Optional

SEED = 2606

# ---------------------------------------------------------------------------------------------
# People, places
# ---------------------------------------------------------------------------------------------

CITIZENS = [
    ("Mikkel", "Sørensen"), ("Sara", "Al-Khatib"), ("Jonas", "Madsen"), ("Fatima", "Yilmaz"),
    ("Emil", "Kristiansen"), ("Louise", "Bach"), ("Ahmed", "Hassan"), ("Camilla", "Thorsen"),
    ("Mads", "Nørgaard"), ("Nadia", "Petersen"), ("Kasper", "Holm"), ("Line", "Vestergaard"),
    ("Rasmus", "Jeppesen"), ("Amalie", "Frost"), ("Tobias", "Dahl"), ("Maja", "Lindberg"),
    ("Ali", "Rahimi"), ("Julie", "Krogh"), ("Patrick", "Olsen"), ("Sofie", "Mortensen"),
    ("Daniel", "Brandt"), ("Natasja", "Eriksen"), ("Oliver", "Nielsen"), ("Helle", "Gram"),
    ("Yasmin", "Ibrahim"), ("Frederik", "Lund"), ("Trine", "Skov"), ("Bilal", "Karimi"),
    ("Christina", "Juhl"), ("Martin", "Ravn"),
]
MENTORS = [
    ("Sara", "Holm", "Jobhuset ApS", "jobhuset.dk"),
    ("Lars", "Østergaard", "Mentorgruppen Sjælland", "mentorgruppen.dk"),
    ("Pernille", "Dam", "Kompetencehuset", "kompetencehuset.dk"),
    ("Kim", "Abildgaard", "Mentorkorpset", None),
    ("Anja", "Winther", "Trappen Mentor & Coaching", "trappen-mentor.dk"),
    ("Bo", "Friis", "Virksomhedsservice", None),
    ("Hanne", "Lykke", "Ung i Job", None),
    ("Jesper", "Kragh", "Nordvest Mentor ApS", "nvmentor.dk"),
]
CASEWORKERS = [("Henrik", "Lund"), ("Mette", "Kjær"), ("Susanne", "Bak"), ("Thomas", "Rye"),
               ("Birgitte", "Vinther"), ("Ole", "Steffensen"), ("Rikke", "Lauridsen")]
MUNIS = [("Gribskov", "Center for Arbejdsmarked", "Rådhusvej 3, 3200 Helsinge", "gribskov.dk"),
         ("Holbæk", "Job og Ydelse", "Kanalstræde 2, 4300 Holbæk", "holb.dk"),
         ("Roskilde", "Jobcenter Roskilde", "Køgevej 80, 4000 Roskilde", "roskilde.dk"),
         ("Faxe", "Arbejdsmarked", "Frederiksgade 9, 4690 Haslev", "faxekommune.dk"),
         ("Assens", "Beskæftigelse", "Willemoesgade 15, 5610 Assens", "assens.dk"),
         ("Tønder", "Jobcenter Tønder", "Wegnersvej 2, 6270 Tønder", "toender.dk"),
         ("Herning", "Job og Uddannelse", "Bredgade 26, 7400 Herning", "herning.dk"),
         ("Næstved", "Jobcenter Næstved", "Ved Fjorden 10, 4700 Næstved", "naestved.dk"),
         ("Vejle", "Job & Velfærd", "Kirketorvet 22, 7100 Vejle", "vejle.dk")]
COMPANIES = ["Bilka Holbæk", "Netto Tølløse", "Føtex Roskilde", "Lidl Næstved", "Bygma Haslev",
             "XL-Byg Herning", "Kvickly Vejle", "Dagrofa Lager", "DSV Road", "Danish Crown Ringsted",
             "Jysk Distributionscenter", "Kommunens Park & Vej", "Plantorama", "Coop 365 Assens"]
EUD_SCHOOLS = ["EUC Sjælland", "Roskilde Tekniske Skole", "EUC Syd", "Mercantec", "Learnmark"]
VUCS = ["VUC Storstrøm", "VUC Roskilde", "HF & VUC Nordsjælland", "VUC Syd"]
FGUS = ["FGU Midt- og Vestsjælland", "FGU Nordsjælland", "FGU Trekanten", "FGU Vestjylland"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fdate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}.{d.month}.{d.year}"
    if style == 4:
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == 5:
        return d.isoformat()
    return f"{d.day}/{d.month}-{d.year % 100:02d}"


def phone(rng: random.Random) -> str:
    digits = f"{rng.randint(20, 99)}{rng.randint(10, 99)}{rng.randint(10, 99)}{rng.randint(10, 99)}"
    style = rng.randrange(4)
    if style == 0:
        return " ".join(digits[i:i + 2] for i in range(0, 8, 2))
    if style == 1:
        return f"+45 {digits[:4]} {digits[4:]}"
    if style == 2:
        return digits
    return f"{digits[:4]} {digits[4:]}"


def cpr(rng: random.Random) -> str:
    d = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 44))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------------------------------------
# The goal catalogue: status is what the rule docs make of it
#   clear   -> no goal finding
#   unclear -> unclear-goal (the goal is there, but vague/activity/no job or education aim)
#   missing -> missing-goal (no goal, or a label with a placeholder)
# ---------------------------------------------------------------------------------------------

@dataclass
class Goal:
    gid: str
    status: str
    label: Optional[str]          # None: no goal field at all
    text: str = ""                # value (or lead for items)
    items: list = field(default_factory=list)
    sdt: bool = False             # Word content control showing its placeholder
    note: str = ""


def goal_catalogue(c: dict) -> list[Goal]:
    fn, y = c["fn"], c["start"].year
    comp, comp2 = c["company"], c["company2"]
    gs = [
        Goal("job-eud-gf1", "clear", "Formål",
             f"{fn} starter på grundforløb 1 (GF1) på {c['eud']} i august {y} og møder mindst fire "
             f"dage om ugen."),
        Goal("job-warehouse", "clear", "Sigte",
             f"Ordinær ansættelse som lagermedarbejder hos {comp}, 25 timer om ugen, inden "
             f"perioden udløber."),
        Goal("amu-bus", "clear", "Hvad vil du opnå?",
             "Jeg vil gerne være buschauffør. Først skal jeg tage AMU-kurset til kørekort kategori D, "
             f"som starter {fdate(add_months(c['start'], 1), 0)}."),
        Goal("delmaal-list", "clear", "Delmål", "",
             [f"Møder stabilt i virksomhedspraktik hos {comp} tre dage om ugen i de første fire uger",
              f"Øger til 20 timer om ugen fra {fdate(add_months(c['start'], 2), 0)}",
              "Overgår til løntilskud som butiksmedhjælper, når praktikken er evalueret"]),
        Goal("hovedmaal-delmaal", "clear", "Mål og delmål",
             f"Hovedmål: Løntilskudsjob som kantinemedhjælper på {comp2} senest "
             f"{fdate(add_months(c['start'], 4), 0)}. Delmål:",
             ["Kan selv tage bussen til praktikstedet", "Møder kl. 8 fire dage om ugen",
              "Har gennemført hygiejnekursus (AMU)"]),
        Goal("fvu-hf", "clear", "Målsætning",
             f"At {fn} gennemfører FVU-dansk trin 2 på {c['vuc']} inden "
             f"{fdate(add_months(c['start'], 5), 0)} og derefter starter på HF-enkeltfag."),
        Goal("success-praktik", "clear", "Succeskriterier",
             f"{fn} har gennemført det 13 ugers praktikforløb i {comp} med højst to fraværsdage og "
             f"har fået en skriftlig udtalelse fra arbejdsgiveren."),
        Goal("stu", "clear", "Det arbejder vi hen imod",
             f"At du starter på STU på Specialskolen i {c['muni']} efter sommerferien {y} og selv "
             f"kan tage bussen dertil."),
        Goal("fleksjob-pedel", "clear", "Forventet resultat",
             f"Borgeren er ansat i fleksjob som pedelmedhjælper på {c['muni']} Skole, 12 timer "
             f"ugentligt."),
        Goal("eux-acronym", "clear", "Mål",
             f"EUX Business hos Niels Brock fra januar {y + 1}."),
        Goal("sosu", "clear", "Mål med mentorstøtten",
             f"SOSU-hjælper. {fn} søger optagelse på SOSU-skolen til uddannelsesstart "
             f"{fdate(add_months(c['start'], 3), 0)}."),
        Goal("retain-iss", "clear", "Mål",
             "Fastholdelse af job som rengøringsassistent hos ISS (18 t/uge) uden sygefravær ud "
             "over lovligt forfald."),
        Goal("afklaring-praktik", "clear", "Formålet med forløbet",
             f"Afklaring af arbejdsevnen gennem virksomhedspraktik hos {comp} 10 timer om ugen, så "
             f"det kan vurderes, om fleksjob er realistisk."),
        Goal("carpenter", "clear", "Borgerens mål",
             f"Tilbage i job som tømrer – i første omgang 15 timer om ugen hos {comp2}."),
        Goal("hhx", "clear", "Hovedformål",
             f"At {fn} består 1. år på HHX på Roskilde Handelsskole med et fravær under 10 %."),
        Goal("electrician", "clear", "Målet med mentorstøtten",
             f"{fn} fortsætter på elektrikeruddannelsen (EUD, hovedforløb) og består svendeprøven i "
             f"juni {y + 1}."),
        Goal("trivsel-anchored", "clear", "Mål",
             f"Øget trivsel, så {fn} kan møde i praktik i {comp} tre dage om ugen fra "
             f"{fdate(add_months(c['start'], 1), 0)}."),
        Goal("stoette-anchored", "clear", "Formål",
             f"Støtte til at gennemføre FGU (EGU-sporet) på {c['fgu']} med mindst 80 % fremmøde "
             f"frem til {fdate(add_months(c['start'], 5), 0)}."),
        Goal("mit-maal-kitchen", "clear", "Mit mål",
             f"At få et arbejde i et køkken. Jeg starter i praktik i kantinen på {comp2} den "
             f"{fdate(add_months(c['start'], 1), 0)}, 4 timer om dagen."),
        Goal("loentilskud-paed", "clear", "Job- og uddannelsesmål",
             f"Løntilskud som pædagogmedhjælper i Børnehuset Solsikken, 30 timer om ugen fra "
             f"{fdate(add_months(c['start'], 2), 0)}."),
        # unclear
        Goal("vague-trivsel", "unclear", "Mål", "Øget trivsel og mere struktur på hverdagen."),
        Goal("vague-videre", "unclear", "Formål", "Støtte til at komme videre."),
        Goal("vague-taettere", "unclear", "Målsætning",
             "At borgeren kommer tættere på arbejdsmarkedet."),
        Goal("vague-wish", "unclear", "Hvad vil du opnå?",
             "Jeg vil gerne have det bedre og have styr på min økonomi."),
        Goal("activity-sikre", "unclear", "Sigte",
             "Mentor skal sikre at borgeren møder op til sine aftaler."),
        Goal("arbejde-med-sig-selv", "unclear", "Mål",
             f"At {fn} arbejder med sig selv og sit selvværd."),
        Goal("motivere", "unclear", "Formål",
             f"Motivere {fn} og hjælpe med at skabe overblik."),
        Goal("selvtillid", "unclear", "Det arbejder vi hen imod",
             "At du får mere selvtillid og kommer mere ud blandt andre mennesker."),
        Goal("livskvalitet", "unclear", "Forventet resultat",
             "Borgeren oplever større livskvalitet og mestring i hverdagen."),
        Goal("delmaal-vague", "unclear", "Delmål", "",
             ["Bedre søvn", "Mere overskud", "Komme ud af lejligheden hver dag"]),
        Goal("bedre-hverdag", "unclear", "Formål",
             "At hjælpe dig til at få en bedre hverdag."),
        Goal("stabilisering", "unclear", "Mål", "Stabilisering."),
        Goal("success-vague", "unclear", "Succeskriterier",
             f"At {fn} får det godt og kan komme videre i sit liv."),
        # missing
        Goal("absent", "missing", None),
        Goal("udfyldes", "missing", "Mål", "Udfyldes senere"),
        Goal("dash", "missing", "Formål", "-"),
        Goal("aftales", "missing", "Mål og delmål", "Aftales på første møde med mentor."),
        Goal("sdt", "missing", "Målet med mentorstøtten", "Klik eller tryk her for at skrive tekst.",
             sdt=True),
        Goal("maalgruppe-only", "missing", None, note="maalgruppe"),
        Goal("xx", "missing", "Målsætning", "xx"),
        Goal("empty-cell", "missing", "Mål", ""),
    ]
    return gs


# ---------------------------------------------------------------------------------------------
# Follow-up catalogue
#   present -> no finding;  missing -> missing-follow-up (agreements only)
#   where: field (own label), prose (sentence in the body), closing (last sentence only)
# ---------------------------------------------------------------------------------------------

@dataclass
class Follow:
    fid: str
    status: str
    label: Optional[str]
    text: str = ""
    where: str = "field"
    sdt: bool = False
    decoy: str = ""    # a near-miss sentence placed in the body (not follow-up)


def follow_catalogue(c: dict) -> list[Follow]:
    fn, cw = c["fn"], c["cw"]
    mid = fdate(add_months(c["start"], 3), c["dstyle"])
    first = fdate(c["start"] + dt.timedelta(days=27), 0)

    def wk(n: int) -> int:
        return (c["start"] + dt.timedelta(weeks=n)).isocalendar()[1]
    return [
        Follow("statusmoede-4uger", "present", "Opfølgning",
               f"Statusmøde hver 4. uge med {fn}, mentor og sagsbehandler."),
        Follow("midtvej-slut", "present", "Evaluering",
               f"Midtvejsevaluering den {mid} og slutevaluering 14 dage før støtten ophører."),
        Follow("statusrapport", "present", "Status",
               "Mentor sender en skriftlig statusrapport til sagsbehandler hver måned."),
        Follow("phone-trepart", "present", "Opfølgning",
               "Telefonisk opfølgning hver anden uge mellem mentor og sagsbehandler. Trepartsmøde "
               "efter tre måneder."),
        Follow("netvaerk-q", "present", "Hvordan følger vi op?",
               "Vi holder et netværksmøde hver tredje måned, hvor vi ser på, om delmålene er nået."),
        Follow("progression", "present", "Opfølgning og progression",
               "Progressionen måles på fremmødet i praktikken. Opfølgningssamtale i kontaktforløbet "
               "hver 6. uge."),
        Follow("closing", "present", None,
               "Vi følger op på aftalen ved en samtale om cirka tre måneder.", where="closing"),
        Follow("caseworker", "present", None,
               f"Din sagsbehandler, {cw}, følger op på forløbet ved jeres samtaler i "
               f"kontaktforløbet – første gang den {first}.", where="prose"),
        Follow("weeks", "present", "Statusmøder",
               f"Uge {wk(8)}, uge {wk(16)} og uge {wk(23)} (slutstatus)."),
        Follow("niveau2", "present", "Evaluering af forløbet",
               "Forløbet evalueres en gang om måneden (kvalitetsstandardens niveau 2) og altid 14 "
               "dage før støtteperioden ophører."),
        Follow("phone-jobsamtale", "present", "Opfølgning",
               "Mentor og sagsbehandler taler sammen i telefon hver 14. dag. Du deltager i "
               "jobsamtale hver 3. måned."),
        Follow("first-meeting", "present", "Det følger vi op på",
               f"Ved hver opfølgning gennemgår vi delmålene. Første opfølgningsmøde er den {first} "
               f"kl. 10.00 på jobcentret."),
        Follow("prose-status", "present", None,
               "Mentoren giver en kort status til din sagsbehandler efter hver 4. uge, og vi mødes "
               "alle tre til en evaluering sidst i forløbet.", where="prose"),
        Follow("closing-status", "present", None,
               f"Vi ses til statusmøde i uge {wk(12)}, hvor vi sammen gør status på målet.",
               where="closing"),
        Follow("checkbox-ticked", "present", "Opfølgningsform",
               "☐ Telefonisk opfølgning\n☒ Statusmøde med borger, mentor og sagsbehandler hver 4. "
               "uge\n☐ Skriftlig statusrapport fra mentor"),
        Follow("next-meeting", "present", "Næste opfølgningsmøde",
               f"{fdate(c['start'] + dt.timedelta(days=41), 0)} kl. 13.00 hos {c['cw']} "
               f"(statusmøde med mentor)."),
        # missing
        Follow("absent", "missing", None),
        Follow("checkbox-none", "missing", "Opfølgningsform",
               "☐ Telefonisk opfølgning\n☐ Statusmøde\n☐ Skriftlig statusrapport fra mentor"),
        Follow("aftales-senere", "missing", "Opfølgning", "Aftales senere."),
        Follow("dash", "missing", "Opfølgning", "–"),
        Follow("decoy-weekly", "missing", None,
               decoy="Mentor og borger mødes som udgangspunkt ugentligt, typisk tirsdag formiddag."),
        Follow("sdt", "missing", "Evaluering", "Klik eller tryk her for at skrive tekst.", sdt=True),
        Follow("decoy-questions", "missing", None,
               decoy="Har du spørgsmål til aftalen, er du velkommen til at kontakte mig."),
        Follow("decoy-follow-you", "missing", None,
               decoy="Mentor kan også følge dig til møder på jobcentret, hvis du ønsker det."),
    ]


# ---------------------------------------------------------------------------------------------
# Other fields
# ---------------------------------------------------------------------------------------------

TASKS = [
    "Hjælpe dig med at komme op om morgenen og af sted til praktikken",
    "Tage med den første dag på arbejdspladsen",
    "Hjælpe med struktur på ugen og en kalender på telefonen",
    "Støtte kontakten til lærere og studievejleder",
    "Hjælpe med at læse og svare på breve i Digital Post",
    "Gå med til lægen, når du har brug for det",
    "Øve samtaler med arbejdsgiveren",
    "Hjælpe med at søge SU og bolig tæt på skolen",
    "Tale med praktikstedet om opgaver og arbejdstider",
]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger fra du har "
    "modtaget den. Kommunen genvurderer sagen, og hvis vi fastholder afgørelsen, sender vi klagen "
    "videre til Ankestyrelsen.",
    "Du kan klage mundtligt eller skriftligt til {muni} Kommune. Klagen skal være modtaget senest "
    "fire uger efter, at du har fået denne aftale. Vi vurderer sagen igen inden for 4 uger. Giver "
    "vi dig ikke ret, sender vi klagen og sagens akter til Ankestyrelsen.",
    "Vil du klage, skal du kontakte jobcentret inden 4 uger. Jobcentret genvurderer afgørelsen og "
    "sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.",
               "Kontakt din sagsbehandler, hvis du er uenig i aftalen."]
APPEAL_LABELS = ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"]


@dataclass
class Sec:
    label: Optional[str]
    paras: list = field(default_factory=list)
    items: list = field(default_factory=list)
    sdt: bool = False
    role: str = ""        # goal, follow, mentor, ... (for the renderers' choices only)


@dataclass
class Doc:
    title: str
    sender: list
    meta: list                      # (label, value)
    intro: list
    secs: list
    closing: list
    signature: list
    footer: str = ""
    appendix: list = field(default_factory=list)   # sections after the signature ("Bilag 1")


# ---------------------------------------------------------------------------------------------
# Building one document's content
# ---------------------------------------------------------------------------------------------

PERIOD_STYLES = ["range-words", "range-dots", "range-slash", "start-length", "fom-tom", "range-iso"]


def period_text(start: dt.date, end: dt.date, months: int, style: str) -> str:
    if style == "range-words":
        return f"{fdate(start, 0)} – {fdate(end, 0)}"
    if style == "range-dots":
        return f"{fdate(start, 1)}-{fdate(end, 1)}"
    if style == "range-slash":
        return f"{fdate(start, 2)} til {fdate(end, 2)}"
    if style == "start-length":
        return f"fra {fdate(start, 0)} og {months} måneder frem"
    if style == "fom-tom":
        return f"f.o.m. {fdate(start, 3)} t.o.m. {fdate(end, 3)}"
    return f"{fdate(start, 5)} til {fdate(end, 5)}"


HOURS = ["3 timer om ugen", "2 t/uge", "1½ time pr. uge", "halvanden time om ugen",
         "8 timer om måneden", "2-3 timer ugentligt", "to timer ugentligt", "4 timer pr. uge",
         "24 mentortimer i perioden", "5 timer om ugen"]


def make_context(rng: random.Random, i: int) -> dict:
    fn, ln = CITIZENS[i % len(CITIZENS)]
    mfn, mln, prov, dom = MENTORS[rng.randrange(len(MENTORS))]
    muni, unit, addr, mdom = MUNIS[rng.randrange(len(MUNIS))]
    cwf, cwl = CASEWORKERS[rng.randrange(len(CASEWORKERS))]
    start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 2, 15, 16]))
    months = rng.choice([6, 6, 6, 3, 4, 5])
    end = add_months(start, months) - dt.timedelta(days=1)
    email_dom = dom or mdom
    c = dict(
        fn=fn, ln=ln, name=f"{fn} {ln}", mfn=mfn, mname=f"{mfn} {mln}", provider=prov,
        mphone=phone(rng), memail=f"{mfn.lower()[:3]}{mln.lower()[:2]}@{email_dom}".replace(
            "ø", "oe").replace("æ", "ae").replace("å", "aa"),
        muni=muni, unit=unit, addr=addr, mdom=mdom, cw=f"{cwf} {cwl}", cwphone=phone(rng),
        cwemail=f"{cwf.lower()}.{cwl.lower()}@{mdom}".replace("ø", "oe").replace("æ", "ae"),
        start=start, end=end, months=months,
        company=COMPANIES[rng.randrange(len(COMPANIES))],
        company2=COMPANIES[rng.randrange(len(COMPANIES))],
        eud=rng.choice(EUD_SCHOOLS), vuc=rng.choice(VUCS), fgu=rng.choice(FGUS),
        dstyle=rng.randrange(5), wk=start.isocalendar()[1],
        sagsnr=f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-"
               f"P{rng.randint(10, 29)}-{rng.randint(1, 99999)}-{rng.randint(24, 26)}",
        date=start - dt.timedelta(days=rng.randint(3, 12)),
        cpr=None,
    )
    return c


def mentor_sec(c, defect: Optional[str], style: str) -> Sec:
    if defect == "missing-mentor":
        # a name without any contact data
        return Sec("Mentor", [f"{c['mname']}, {c['provider']}"], role="mentor")
    if style == "prose":
        return Sec(None, [f"Din mentor er {c['mname']} fra {c['provider']}. Du kan ringe til "
                          f"{c['mfn']} på {c['mphone']} eller skrive til {c['memail']}."],
                   role="mentor")
    if style == "lines":
        return Sec("Mentor", [f"Navn: {c['mname']} ({c['provider']})", f"Tlf.: {c['mphone']}",
                              f"Mail: {c['memail']}"], role="mentor")
    return Sec(style or "Mentor", [f"{c['mname']}, {c['provider']}, tlf. {c['mphone']}, "
                                   f"{c['memail']}"], role="mentor")


def tasks_sec(c, rng, label: Optional[str]) -> Sec:
    items = rng.sample(TASKS, rng.randint(3, 4))
    lab = label if label is not None else f"{c['mfn']} skal hjælpe dig med:"
    return Sec(lab, [], items, role="tasks")


def build_agreement(c, rng, layout, goal: Goal, follow: Follow, defect: Optional[str],
                    fmt: str) -> tuple[Doc, dict]:
    """Return the document and facts for the manifest."""
    facts = {"period": None, "rules": set()}
    letter = layout in ("letter", "txt-letter", "eml-letter", "journal")
    qa = layout == "qa"
    provider = layout == "provider"
    titles = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
              "Mentoraftale – § 167 i lov om en aktiv beskæftigelsesindsats"]
    title = rng.choice(titles)
    if provider:
        title = f"Samarbejdsaftale om mentorforløb – {c['provider']}"
    if layout == "journal":
        title = "Journalnotat: Aftale om mentorstøtte indgået"
    sender = [f"{c['muni']} Kommune", c["unit"], c["addr"]]
    meta = [("Borger", c["name"])]
    if c["cpr"]:
        meta.append(("CPR-nr.", c["cpr"]))
    meta += [("Sagsnr.", c["sagsnr"]), ("Dato", fdate(c["date"], c["dstyle"]))]
    intro = []
    if letter:
        intro = [f"Kære {c['fn']}",
                 f"Du og {c['cw']} fra {c['muni']} Kommune har aftalt, at du får mentorstøtte efter "
                 f"§ 167 i lov om en aktiv beskæftigelsesindsats. Her kan du læse, hvad vi har aftalt."]
    if layout == "journal":
        intro = [f"{fdate(c['date'], 1)} – samtale på jobcentret med {c['name']}. Mentor "
                 f"{c['mname']} deltog."]
    if provider:
        intro = [f"Aftalen er indgået mellem {c['muni']} Kommune ({c['unit']}), {c['provider']} og "
                 f"borgeren. Mentorstøtten er bevilget efter LAB § 167."]
    secs: list[Sec] = []

    # -- goal
    if goal.note == "maalgruppe":
        secs.append(Sec("Målgruppe", ["Aktivitetsparat kontanthjælpsmodtager (jobparathed: "
                                      "aktivitetsparat)."], role="other"))
    if goal.label is not None:
        if letter and not goal.sdt and goal.status != "missing":
            lead = rng.choice(["Vi har aftalt følgende mål for forløbet:",
                               "Formålet med din mentorstøtte er:",
                               "Det, vi arbejder hen imod, er:",
                               "Målet med mentorstøtten er:"])
            if goal.items:
                secs.append(Sec(None, [f"{lead} {goal.text}".strip()], goal.items, role="goal"))
            else:
                secs.append(Sec(None, [f"{lead} {goal.text}"], role="goal"))
        elif letter and goal.status == "missing":
            # a letter writes the empty field as a lead-in with nothing after it
            secs.append(Sec(goal.label + ":", [goal.text] if goal.text else [], role="goal"))
        else:
            lab = goal.label
            if qa and not lab.endswith("?"):
                lab = rng.choice(["Hvad er målet?", "Hvad skal mentorstøtten føre til?"])
            paras = [goal.text] if goal.text else []
            secs.append(Sec(lab, paras, goal.items, sdt=goal.sdt, role="goal"))

    # -- mentor
    if defect == "missing-mentor":
        secs.append(mentor_sec(c, defect, ""))
    elif letter:
        secs.append(mentor_sec(c, None, "prose"))
    elif qa:
        secs.append(mentor_sec(c, None, "Hvem er din mentor?"))
    else:
        secs.append(mentor_sec(c, None, rng.choice(["", "lines", "Mentors kontaktdata",
                                                    "Mentorens navn og kontaktdata"])))

    # -- tasks
    if defect != "missing-tasks":
        if letter:
            secs.append(tasks_sec(c, rng, None))
        elif qa:
            secs.append(tasks_sec(c, rng, "Hvad skal mentor hjælpe med?"))
        else:
            secs.append(tasks_sec(c, rng, rng.choice(["Mentorens opgaver", "Opgaver",
                                                      "Indsatsområder", "Støtten består i"])))

    # -- period
    start, end, months = c["start"], c["end"], c["months"]
    if defect == "duration-over-6-months":
        months = rng.choice([7, 8, 9])
        end = add_months(start, months) - dt.timedelta(days=1)
    ptext = period_text(start, end, months, rng.choice(PERIOD_STYLES))
    if defect == "missing-duration":
        ptext = "Indtil videre"
    else:
        facts["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    if letter:
        if defect == "missing-duration":
            secs.append(Sec(None, ["Mentorstøtten løber, indtil andet aftales."], role="duration"))
        else:
            secs.append(Sec(None, [f"Aftalen gælder {ptext}." if ptext.startswith("fra")
                                   else f"Aftalen gælder i perioden {ptext}."], role="duration"))
    else:
        secs.append(Sec("Hvor længe?" if qa else rng.choice(["Periode", "Varighed",
                                                              "Aftalens varighed"]),
                        [ptext], role="duration"))

    # -- hours
    htext = rng.choice(HOURS)
    if defect == "missing-hours":
        htext = rng.choice(["Efter behov", "Et par timer om ugen"])
    if letter:
        secs.append(Sec(None, [f"{c['mfn']} har {htext.lower()} sammen med dig." if
                               defect != "missing-hours" else
                               f"{c['mfn']} og du ses {htext.lower()}."], role="hours"))
    else:
        secs.append(Sec("Hvor mange timer?" if qa else rng.choice(["Timetal", "Timer",
                                                                   "Antal timer", "Timeantal"]),
                        [htext], role="hours"))

    # -- follow-up decoy (not follow-up)
    if follow.decoy and not follow.decoy.startswith("Har du"):
        secs.append(Sec(None, [follow.decoy], role="decoy"))

    # -- follow-up
    closing = []
    if follow.where == "field" and follow.label is not None:
        lab = follow.label
        if qa and not lab.endswith("?"):
            lab = "Hvordan følger vi op?"
        if letter and follow.status == "present" and not follow.fid.startswith("checkbox"):
            text = follow.text if follow.fid != "weeks" else f"Statusmøder: {follow.text}"
            secs.append(Sec(None, [text], role="follow"))
        else:
            secs.append(Sec(lab, follow.text.split("\n") if follow.text else [], sdt=follow.sdt,
                            role="follow"))
    elif follow.where == "prose":
        secs.append(Sec(None, [follow.text], role="follow"))
    elif follow.where == "closing":
        closing.append(follow.text)
    if follow.decoy.startswith("Har du"):
        closing.append(follow.decoy)

    # -- appeal
    if defect != "missing-appeal-guidance":
        secs.append(Sec(rng.choice(APPEAL_LABELS),
                        [rng.choice(APPEAL_FULL).format(muni=c["muni"])], role="appeal"))
    else:
        if rng.random() < 0.6:
            secs.append(Sec("Klagevejledning", [rng.choice(APPEAL_WEAK)], role="appeal"))

    if provider:
        secs.append(Sec("Kontaktperson i kommunen", [f"{c['cw']}, tlf. {c['cwphone']}"],
                        role="other"))
    signature = [f"Med venlig hilsen", c["cw"], "Sagsbehandler", f"Tlf. {c['cwphone']}",
                 c["cwemail"]]
    if layout == "journal":
        signature = [f"Notat skrevet af {c['cw']}"]
    if provider:
        signature = ["Underskrifter:", f"Borger: {c['name']}", f"Mentor: {c['mname']}",
                     f"Kommunen: {c['cw']}"]
    doc = Doc(title, sender, meta, intro, secs, closing, signature,
              footer=f"{c['muni']} Kommune · {c['addr']} · www.{c['mdom']}")

    rules = set()
    if goal.status == "missing":
        rules.add("missing-goal")
    elif goal.status == "unclear":
        rules.add("unclear-goal")
    if follow.status == "missing":
        rules.add("missing-follow-up")
    if defect:
        rules.add(defect)
    facts["rules"] = rules
    return doc, facts


def build_minplan(c, rng, layout, goal: Goal, follow: Follow, defect: Optional[str]):
    facts = {"period": None, "rules": set()}
    title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – Mentor",
                        "Udskrift fra Min Plan", "Min plan – aftalt indsats: mentor"])
    meta = [("Navn", c["name"])]
    if c["cpr"]:
        meta.append(("CPR", c["cpr"]))
    meta += [("Udskrevet", fdate(c["date"], 1)), ("Kommune", f"{c['muni']} Kommune")]
    secs = [Sec("Indsats", ["Mentorstøtte (LAB § 167)"], role="other")]
    if goal.label is not None:
        lab = goal.label if rng.random() < 0.5 else rng.choice(
            ["Formål med indsatsen", "Mål for indsatsen", "Hvad skal du opnå?"])
        secs.append(Sec(lab, [goal.text] if goal.text else [], goal.items, sdt=goal.sdt,
                        role="goal"))
    elif goal.note == "maalgruppe":
        secs.append(Sec("Målgruppe", ["Uddannelseshjælp, aktivitetsparat"], role="other"))
    if defect == "missing-mentor":
        secs.append(Sec("Mentor", [c["mname"]], role="mentor"))
    else:
        secs.append(Sec("Mentor", [f"{c['mname']}, {c['provider']}",
                                   f"Telefon {c['mphone']} · {c['memail']}"], role="mentor"))
    secs.append(Sec("Mentorens opgaver", [], rng.sample(TASKS, 3), role="tasks"))
    start, end, months = c["start"], c["end"], c["months"]
    if defect == "duration-over-6-months":
        months = 9
        end = add_months(start, months) - dt.timedelta(days=1)
    facts["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    secs.append(Sec("Periode", [f"{fdate(start, 1)} - {fdate(end, 1)}"], role="duration"))
    htext = rng.choice(HOURS[:8])
    if defect == "missing-hours":
        htext = "Løbende efter behov"
    secs.append(Sec("Timer", [htext], role="hours"))
    if follow.status == "present" and follow.text:
        secs.append(Sec("Opfølgning", [follow.text], role="follow"))
    doc = Doc(title, [f"{c['muni']} Kommune – Min Plan"], meta, [], secs, [], [],
              footer="Min Plan – udskrift fra Jobnet/kommunens sagssystem")
    rules = set()
    if goal.status == "missing":
        rules.add("missing-goal")
    elif goal.status == "unclear":
        rules.add("unclear-goal")
    if defect:
        rules.add(defect)
    facts["rules"] = rules
    return doc, facts


def build_decision(c, rng, dtype: str, appeal: str, over: bool, reasons: bool,
                   goal_text: str) -> tuple[Doc, dict]:
    facts = {"period": None, "rules": set(), "extras": set()}
    start, end, months = c["start"], c["end"], c["months"]
    if over:
        months = rng.choice([8, 12])
        end = add_months(start, months) - dt.timedelta(days=1)
    ptext = f"{fdate(start, 0)} til {fdate(end, 0)}"
    titles = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse om mentorstøtte",
              "refusal": "Afslag på mentorstøtte", "termination": "Ophør af mentorstøtte",
              "extension": "Afgørelse om forlængelse af mentorstøtte",
              "bilag": "Bevilling af mentorstøtte"}
    meta = [("Til", c["name"])]
    if c["cpr"]:
        meta.append(("CPR-nr.", c["cpr"]))
    meta += [("Sagsnummer", c["sagsnr"]), ("Dato", fdate(c["date"], 0))]
    intro = [f"Kære {c['fn']}"]
    secs: list[Sec] = []
    hours = rng.choice(["3 timer om ugen", "2 timer om ugen", "4 timer om ugen"])
    if dtype in ("grant", "bilag"):
        secs.append(Sec("Afgørelse", [f"Du får bevilget mentorstøtte i perioden {ptext}, "
                                      f"{hours}. Din mentor er {c['mname']} fra {c['provider']}."]))
        secs.append(Sec(None, [f"Formålet med mentorstøtten er, at {goal_text}"]))
        facts["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    elif dtype == "extension":
        secs.append(Sec("Afgørelse", [f"Din mentorstøtte forlænges i en ny periode fra "
                                      f"{fdate(start, 0)} til {fdate(end, 0)} med {hours}."]))
        secs.append(Sec(None, [f"Vi forlænger, fordi du er godt på vej: {goal_text}"]))
        facts["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    elif dtype == "partial":
        secs.append(Sec("Afgørelse", [f"Du har søgt om mentorstøtte 6 timer om ugen. Du får "
                                      f"delvis bevilget mentorstøtte med færre timer: {hours} i "
                                      f"perioden {ptext}."]))
        facts["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    elif dtype == "refusal":
        secs.append(Sec("Afgørelse", ["Du får afslag på din ansøgning om mentorstøtte."]))
    elif dtype == "termination":
        secs.append(Sec("Afgørelse", [f"Din mentorstøtte ophører den "
                                      f"{fdate(c['date'] + dt.timedelta(days=21), 0)}."]))
    if reasons and dtype not in ("grant", "bilag", "extension"):
        why = {
            "partial": "Vi har lagt vægt på, at du allerede har støtte fra en SPS-mentor på skolen "
                       "to timer om ugen, og at dit behov derfor kan dækkes med færre timer.",
            "refusal": "Vi har lagt vægt på, at du i dag er i ordinært job 37 timer om ugen og ikke "
                       "har behov for støtte ud over det, arbejdspladsen selv giver. Afgørelsen er "
                       "truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.",
            "termination": "Du er startet på uddannelse og deltager stabilt. På baggrund af "
                           "mentors statusrapport vurderer vi, at du ikke længere har behov for "
                           "mentorstøtte, jf. LAB § 167.",
        }[dtype]
        secs.append(Sec("Begrundelse", [why]))
    elif dtype in ("partial", "refusal", "termination"):
        facts["extras"].add("missing-reasons")
    elif dtype in ("grant", "extension") and rng.random() < 0.5:
        secs.append(Sec("Begrundelse", ["Du får det, du har søgt om. Afgørelsen er truffet efter "
                                        "§ 167 i lov om en aktiv beskæftigelsesindsats."]))
    if appeal == "full":
        secs.append(Sec(rng.choice(APPEAL_LABELS), [rng.choice(APPEAL_FULL).replace(
            "denne aftale", "denne afgørelse").format(muni=c["muni"])], role="appeal"))
    elif appeal == "weak":
        secs.append(Sec("Klagevejledning", [APPEAL_WEAK[0]], role="appeal"))
        facts["rules"].add("missing-appeal-guidance")
    else:
        facts["rules"].add("missing-appeal-guidance")
    if over:
        facts["rules"].add("duration-over-6-months")
    closing = [f"Har du spørgsmål, er du velkommen til at kontakte mig på {c['cwphone']}."]
    if dtype == "bilag":
        closing.append("Bilag 1: Aftale om mentorstøtte")
    signature = ["Med venlig hilsen", c["cw"], f"{c['muni']} Kommune, {c['unit']}"]
    doc = Doc(titles[dtype], [f"{c['muni']} Kommune", c["unit"], c["addr"]], meta, intro, secs,
              closing, signature, footer=f"{c['muni']} Kommune · {c['addr']}")
    return doc, facts


def bilag_agreement(c, rng, goal_text: str) -> list[Sec]:
    """A complete agreement printed as Bilag 1 of a decision letter."""
    return [
        Sec("Mål", [goal_text[0].upper() + goal_text[1:]], role="goal"),
        Sec("Mentor", [f"{c['mname']}, {c['provider']}, tlf. {c['mphone']}"], role="mentor"),
        Sec("Mentorens opgaver", [], rng.sample(TASKS, 3), role="tasks"),
        Sec("Periode", [f"{fdate(c['start'], 1)} – {fdate(c['end'], 1)}"], role="duration"),
        Sec("Timetal", ["3 timer om ugen"], role="hours"),
        Sec("Opfølgning", ["Statusmøde hver måned og evaluering 14 dage før ophør."],
            role="follow"),
    ]


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def sec_lines(s: Sec) -> list[str]:
    out = list(s.paras)
    out += [f"• {it}" for it in s.items]
    return out


def render_txt(doc: Doc, layout: str, wrap: bool) -> str:
    L: list[str] = []
    md = layout == "txt-markdown"
    L += doc.sender + [""]
    L.append(f"# {doc.title}" if md else doc.title.upper() if layout == "colon" else doc.title)
    if not md and layout != "colon":
        L.append("=" * len(doc.title))
    L.append("")
    for k, v in doc.meta:
        L.append(f"{k}: {v}")
    L.append("")
    for p in doc.intro:
        L += (textwrap.wrap(p, 72) if wrap else [p]) + [""]
    for s in doc.secs:
        if s.label and md:
            L.append(f"## {s.label.rstrip(':')}")
            L.append("")
        if s.label and not md:
            if not s.items and len(s.paras) == 1 and layout == "colon":
                sep = " " if s.label.endswith(("?", ":")) else ": "
                L.append(f"{s.label}{sep}{s.paras[0]}")
                L.append("")
                continue
            L.append(s.label if s.label.endswith(("?", ":")) else s.label + ":")
        if s.label and not s.paras and not s.items:
            L.append("")
            continue
        for p in s.paras:
            L += (textwrap.wrap(p, 72) if wrap else [p])
        for it in s.items:
            L.append(f"- {it}" if md else f"  * {it}")
        L.append("")
    for p in doc.closing:
        L += (textwrap.wrap(p, 72) if wrap else [p]) + [""]
    L += doc.signature
    for s in doc.appendix:
        L += ["", s.label + ":" if s.label else ""] + s.paras + [f"  * {it}" for it in s.items]
    return "\n".join(L) + "\n"


def render_html(doc: Doc, layout: str) -> str:
    e = escape
    h = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
         f"<title>{e(doc.title)}</title>",
         "<style>body{font-family:Arial} .lbl{font-weight:bold} td,th{vertical-align:top}</style>",
         "<script>window.sagsId='x';function printDoc(){window.print();} "
         "var felter=['Mål','Opfølgning','Mentor'];</script></head><body>"]
    h.append('<div class="header"><div class="logo">' + e(doc.sender[0]) + "</div>"
             + "".join(f"<div>{e(x)}</div>" for x in doc.sender[1:]) + "</div>")
    h.append('<nav><a href="#">Forside</a> | <a href="#">Borgerens sag</a></nav>')
    h.append(f"<h1>{e(doc.title)}</h1>")
    h.append('<table class="meta">' + "".join(
        f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in doc.meta) + "</table>")
    for p in doc.intro:
        h.append(f"<p>{e(p)}</p>")

    def value_html(s: Sec) -> str:
        out = "".join(f"<p>{e(p)}</p>" if len(s.paras) > 1 or s.items else e(p) for p in s.paras)
        if s.items:
            out += "<ul>" + "".join(f"<li>{e(i)}</li>" for i in s.items) + "</ul>"
        return out

    if layout == "html-table":
        h.append('<table class="aftale" border="1" cellpadding="4">')
        rest = []
        for s in doc.secs:
            if s.label is None or s.role == "appeal":
                rest.append(s)
                continue
            h.append(f"<tr><th>{e(s.label.rstrip(':'))}</th><td>{value_html(s)}</td></tr>")
        h.append("</table>")
        for s in rest:
            if s.label:
                h.append(f"<h3>{e(s.label)}</h3>")
            h.append("".join(f"<p>{e(p)}</p>" for p in s.paras))
            if s.items:
                h.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in s.items) + "</ul>")
    elif layout == "html-dl":
        h.append("<dl>")
        for s in doc.secs:
            lab = s.label.rstrip(":") if s.label else ""
            if not lab:
                h.append("</dl>" + "".join(f"<p>{e(p)}</p>" for p in s.paras))
                if s.items:
                    h.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in s.items) + "</ul>")
                h.append("<dl>")
                continue
            h.append(f"<dt>{e(lab)}</dt><dd>{value_html(s)}</dd>")
        h.append("</dl>")
    elif layout == "html-divs":
        h.append('<div class="case-form"><div class="section">')
        for s in doc.secs:
            if s.label is None:
                h.append('<div class="field"><div class="field-value">'
                         + "".join(f"<div>{e(p)}</div>" for p in s.paras) + "</div></div>")
                continue
            h.append('<div class="field"><div class="field-label">' + e(s.label.rstrip(":"))
                     + '</div><div class="field-value">' + value_html(s) + "</div></div>")
        h.append("</div></div>")
    else:  # html-headings
        for s in doc.secs:
            if s.label:
                h.append(f"<h2>{e(s.label.rstrip(':'))}</h2>")
            h.append("".join(f"<p>{e(p)}</p>" for p in s.paras))
            if s.items:
                h.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in s.items) + "</ul>")
    for p in doc.closing:
        h.append(f"<p>{e(p)}</p>")
    h.append("<p>" + "<br>".join(e(x) for x in doc.signature) + "</p>")
    for s in doc.appendix:
        h.append(f"<h2>{e(s.label)}</h2>" + "".join(f"<p>{e(p)}</p>" for p in s.paras))
        if s.items:
            h.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in s.items) + "</ul>")
    h.append(f'<div class="footer">{e(doc.footer)}</div></body></html>')
    return "\n".join(h) + "\n"


PLACEHOLDER_SDT = (
    '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:sdtPr><w:id w:val="{id}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
    '</w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr>'
    '<w:color w:val="808080"/></w:rPr><w:t>Klik eller tryk her for at skrive tekst.</w:t></w:r>'
    '</w:sdtContent></w:sdt>')


def render_docx(doc: Doc, layout: str, path: Path, sdt_id: int) -> None:
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec0 = d.sections[0]
    hp = sec0.header.paragraphs[0]
    hp.text = " · ".join(doc.sender[:2])
    fp = sec0.footer.paragraphs[0]
    fp.text = doc.footer

    def add_sdt(par) -> None:
        par._p.append(parse_xml(PLACEHOLDER_SDT.replace("{id}", str(sdt_id))))

    for x in doc.sender:
        d.add_paragraph(x)
    d.add_heading(doc.title, level=1)
    if layout in ("table", "provider"):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in doc.meta:
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
    else:
        for k, v in doc.meta:
            p = d.add_paragraph()
            p.add_run(f"{k}: ").bold = True
            p.add_run(v)
    for p in doc.intro:
        d.add_paragraph(p)

    if layout in ("table", "provider"):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rest = []
        for s in doc.secs:
            if s.label is None or s.role == "appeal":
                rest.append(s)
                continue
            cells = t.add_row().cells
            cells[0].text = s.label.rstrip(":")
            cells[0].paragraphs[0].runs[0].bold = True
            cp = cells[1].paragraphs[0]
            if s.sdt:
                add_sdt(cp)
            else:
                cp.text = s.paras[0] if s.paras else ""
                for extra in s.paras[1:]:
                    cells[1].add_paragraph(extra)
                for it in s.items:
                    cells[1].add_paragraph(f"• {it}")
        d.add_paragraph()
        for s in rest:
            if s.label:
                d.add_heading(s.label, level=2)
            for ptxt in s.paras:
                d.add_paragraph(ptxt)
            for it in s.items:
                d.add_paragraph(it, style="List Bullet")
    else:
        n = 0
        for s in doc.secs:
            if s.label:
                n += 1
                lab = s.label
                if layout == "numbered":
                    lab = f"{n}. {lab.rstrip(':')}"
                if layout == "boldlabel" and len(s.paras) == 1 and not s.items and not s.sdt:
                    p = d.add_paragraph()
                    p.add_run(lab.rstrip(":") + ": ").bold = True
                    p.add_run(s.paras[0])
                    continue
                if layout == "boldlabel":
                    p = d.add_paragraph()
                    p.add_run(lab.rstrip(":") + ":").bold = True
                else:
                    d.add_heading(lab, level=2)
            if s.sdt:
                add_sdt(d.add_paragraph())
                continue
            for ptxt in s.paras:
                d.add_paragraph(ptxt)
            for it in s.items:
                d.add_paragraph(it, style="List Bullet")
    for ptxt in doc.closing:
        d.add_paragraph(ptxt)
    d.add_paragraph()
    for x in doc.signature:
        d.add_paragraph(x)
    if doc.appendix:
        from docx.enum.text import WD_BREAK
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for s in doc.appendix:
            if s.label:
                d.add_heading(s.label, level=1 if s.label.startswith("Bilag") else 2)
            for ptxt in s.paras:
                d.add_paragraph(ptxt)
            for it in s.items:
                d.add_paragraph(it, style="List Bullet")
    d.core_properties.author = doc.signature[1] if len(doc.signature) > 1 else ""
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.save(str(path))


def render_eml(doc: Doc, layout: str, c: dict, body_layout: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{c['cw']} <{c['cwemail']}>"
    msg["To"] = f"{c['name']} <{c['fn'].lower()}{c['ln'][0].lower()}@gmail.com>"
    if not c.get("no_cc"):
        msg["Cc"] = f"{c['mname']} <{c['memail']}>"
    msg["Subject"] = (f"{doc.title} – {c['fn']}" if layout != "eml-reply"
                      else f"SV: {doc.title}")
    msg["Date"] = format_datetime(dt.datetime(c["date"].year, c["date"].month, c["date"].day, 9, 14,
                                              tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<az.{c['sagsnr']}@{c['mdom']}>"
    lines = []
    if layout == "eml-reply":
        lines.append(f"Hej {c['fn']}")
        lines.append("")
        lines.append("Tak for i dag. Som lovet kommer aftalen her, så du har den på skrift.")
        lines.append("")
    elif body_layout == "colon":
        lines += [f"Hej {c['fn']}", "",
                  "Her er vores aftale om mentorstøtte fra mødet i går. Skriv, hvis noget ikke "
                  "passer.", ""]
    body = render_txt(Doc(doc.title, [], [], doc.intro, doc.secs, doc.closing, []),
                      body_layout, wrap=False)
    lines += body.splitlines()[3 if body_layout != "colon" else 2:]
    lines += ["", "Venlig hilsen", "", "-- ", c["cw"], f"Sagsbehandler, {c['muni']} Kommune",
              f"Direkte tlf. {c['cwphone']}", c["cwemail"]]
    if layout == "eml-reply":
        lines += ["", f"Den {fdate(c['date'] - dt.timedelta(days=1), 0)} skrev {c['name']}:",
                  "> Hej. Kan du sende mig det vi snakkede om med mentor? Jeg kan ikke huske",
                  "> hvornår vi skal ses igen.", "> Hilsen " + c["fn"]]
    msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


# ---------------------------------------------------------------------------------------------
# The plan
# ---------------------------------------------------------------------------------------------

AGREEMENT_PLAN = (
    [("docx", l) for l in ["table", "headings", "letter", "numbered", "qa", "provider",
                           "boldlabel", "table", "headings", "letter", "boldlabel", "numbered",
                           "table", "qa"]]
    + [("pdf", l) for l in ["table", "headings", "letter", "numbered", "qa", "provider",
                            "boldlabel", "table", "letter", "headings", "numbered", "table",
                            "boldlabel", "provider"]]
    + [("odt", l) for l in ["table", "headings", "letter", "numbered", "qa", "boldlabel",
                            "provider", "table", "letter", "headings"]]
    + [("html", l) for l in ["html-table", "html-dl", "html-divs", "html-headings",
                             "html-table", "html-dl", "html-divs", "html-headings",
                             "html-table", "html-divs", "html-dl"]]
    + [("txt", l) for l in ["colon", "txt-markdown", "txt-letter", "journal", "colon",
                            "txt-markdown", "txt-letter", "colon", "journal", "txt-markdown",
                            "colon"]]
    + [("eml", l) for l in ["eml-colon", "eml-letter", "eml-reply", "eml-colon", "eml-letter",
                            "eml-reply", "eml-colon", "eml-letter", "eml-colon", "eml-reply"]]
)
MINPLAN_PLAN = ([("html", "html-table"), ("html", "html-dl"), ("html", "html-divs"),
                 ("html", "html-table"), ("html", "html-dl"),
                 ("pdf", "table"), ("pdf", "headings"), ("pdf", "table"), ("pdf", "boldlabel"),
                 ("txt", "colon"), ("txt", "txt-markdown"), ("txt", "colon"),
                 ("docx", "table"), ("docx", "headings"), ("docx", "boldlabel")])
DECISION_PLAN = [
    ("docx", "grant", "full", False, False), ("docx", "partial", "full", False, True),
    ("docx", "refusal", "weak", False, True), ("docx", "bilag", "full", False, False),
    ("pdf", "grant", "full", True, False), ("pdf", "termination", "full", False, True),
    ("pdf", "partial", "none", False, False), ("pdf", "extension", "full", False, False),
    ("pdf", "refusal", "full", False, False),
    ("odt", "grant", "weak", False, False), ("odt", "bilag", "full", False, False),
    ("html", "grant", "full", False, False), ("html", "termination", "full", False, False),
    ("txt", "extension", "none", True, False), ("txt", "grant", "full", False, False),
]
DECISION_GOALS = [
    "du gennemfører grundforløbet på {eud} og bliver elev i en virksomhed senest {d}.",
    "du kommer i løntilskud som lagermedarbejder hos {comp} med 25 timer om ugen.",
    "du starter på FVU og derefter HF-enkeltfag på {vuc} i august.",
    "du fastholder dit fleksjob hos {comp} på 12 timer om ugen.",
    "du får det bedre og kommer ud af lejligheden oftere.",
]

OTHER_DEFECTS = ["missing-hours", "missing-mentor", "missing-tasks", "missing-duration",
                 "duration-over-6-months", "missing-appeal-guidance"]


def office_layout(layout: str) -> str:
    return layout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--no-office", action="store_true",
                    help="skip LibreOffice (PDF/ODT documents are then left out)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="corpus_az_"))
    to_convert: dict[str, list] = {"pdf": [], "odt": []}
    entries = []
    cpr_count = 0

    # goal and follow-up assignment (statuses spread over formats by shuffling indices)
    n_ag = len(AGREEMENT_PLAN)
    dummy = make_context(random.Random(0), 0)
    g_ids = [g.gid for g in goal_catalogue(dummy)]
    clear = [g for g in g_ids if g in {x.gid for x in goal_catalogue(dummy) if x.status == "clear"}]
    unclear = [g for g in g_ids if g in {x.gid for x in goal_catalogue(dummy)
                                          if x.status == "unclear"}]
    missing = [g for g in g_ids if g in {x.gid for x in goal_catalogue(dummy)
                                          if x.status == "missing"}]
    goal_pool = (clear * 2)[:38] + (unclear * 2)[:18] + (missing * 2)[:14]
    goal_pool = goal_pool[:n_ag]
    rng.shuffle(goal_pool)
    fcat = follow_catalogue(dummy)
    fpresent = [f.fid for f in fcat if f.status == "present"]
    fmissing = [f.fid for f in fcat if f.status == "missing"]
    follow_pool = fpresent * 4
    follow_pool = follow_pool[:44] + (fmissing * 4)[:n_ag - 44]
    rng.shuffle(follow_pool)
    # part goals ("delmål") stay beside an agreed follow-up, so that no label hangs on whether a
    # list of part goals is itself a follow-up arrangement (domain.md lists "delmål" among the
    # follow-up words; the rule doc asks for how and when the support is followed up)
    pres = set(fpresent)
    for k, gid in enumerate(goal_pool):
        if gid in ("delmaal-list", "hovedmaal-delmaal", "delmaal-vague", "aftales") \
                and follow_pool[k] not in pres:
            swap = next(m for m in range(n_ag) if follow_pool[m] in pres and goal_pool[m] not in (
                "delmaal-list", "hovedmaal-delmaal", "delmaal-vague", "aftales"))
            follow_pool[k], follow_pool[swap] = follow_pool[swap], follow_pool[k]
    defect_pool = OTHER_DEFECTS * 3 + [None] * (n_ag - 18)
    rng.shuffle(defect_pool)

    def prepare(idx: int) -> dict:
        nonlocal cpr_count
        c = make_context(rng, idx)
        if rng.random() < 0.26:
            c["cpr"] = cpr(rng)
            cpr_count += 1
        return c

    def finish(rel: str, kind: str, fmt: str, layout: str, subtype: str, rules, extras,
               traits, c, period) -> None:
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None,
             "accept_errors": [], "must_not_contain": [], "traits": sorted(set(traits))}
        if c["cpr"]:
            e["must_not_contain"] = [c["cpr"], c["cpr"].replace("-", "")]
            e["traits"] = sorted(set(e["traits"]) | {"cpr"})
        if period:
            e["period"] = period
        entries.append(e)

    def emit(doc: Doc, fmt: str, layout: str, rel: str, c: dict, sdt_id: int) -> str:
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(doc, layout, target, sdt_id)
        elif fmt in ("pdf", "odt"):
            src = tmp / fmt / (target.stem + ".docx")
            src.parent.mkdir(parents=True, exist_ok=True)
            render_docx(doc, layout, src, sdt_id)
            to_convert[fmt].append((src, target))
        elif fmt == "html":
            target.write_text(render_html(doc, layout), encoding="utf-8")
        elif fmt == "txt":
            wrap = layout in ("txt-letter", "journal") or rng.random() < 0.3
            target.write_text(render_txt(doc, layout, wrap), encoding="utf-8")
        elif fmt == "eml":
            body = {"eml-colon": "colon", "eml-letter": "txt-letter", "eml-reply": "colon"}[layout]
            target.write_bytes(render_eml(doc, layout, c, body))
        return rel

    # ---- agreements
    for i, (fmt, layout) in enumerate(AGREEMENT_PLAN):
        c = prepare(i)
        goals = {g.gid: g for g in goal_catalogue(c)}
        follows = {f.fid: f for f in follow_catalogue(c)}
        goal = goals[goal_pool[i]]
        follow = follows[follow_pool[i]]
        word = fmt in ("docx", "pdf", "odt") and layout not in ("letter",)
        if goal.sdt and not word:
            goal = goals["udfyldes"]
        if follow.sdt and not word:
            follow = follows["aftales-senere"]
        if goal.gid == "empty-cell" and layout not in ("table", "provider", "html-table",
                                                       "html-dl", "html-divs"):
            goal = goals["dash"]
        letterish = layout in ("letter", "txt-letter", "eml-letter", "journal")
        if letterish and goal.status == "missing" and goal.label is not None:
            goal = goals["absent"]
        defect = defect_pool[i]
        if defect == "missing-tasks":
            # nothing else in the document may read as a task list then
            assert goal.gid not in ("activity-sikre", "motivere") and \
                follow.fid != "decoy-follow-you", (i, goal.gid, follow.fid)
        c["no_cc"] = defect == "missing-mentor"   # the mentor's address must not sit in Cc then
        doc, facts = build_agreement(c, rng, {"eml-colon": "colon", "eml-reply": "colon"}.get(
            layout, layout), goal, follow, defect, fmt)
        ext = fmt
        slug = f"{c['fn'].lower()}-{c['ln'].lower()}".replace("ø", "oe").replace("æ", "ae") \
            .replace("å", "aa")
        folder = ["jobcenter/aftaler", "mentor/kontrakter", "arkiv/2026", "sager"][i % 4]
        name = rng.choice(["mentoraftale", "aftale-mentor", "aftale", "mentorkontrakt"])
        rel = f"{folder}/{i:03d}-{name}-{slug}.{ext}"
        emit(doc, fmt, layout, rel, c, 1000 + i)
        traits = [f"goal:{goal.gid}", f"goal-status:{goal.status}", f"follow:{follow.fid}",
                  f"follow-status:{follow.status}"]
        if defect:
            traits.append(f"defect:{defect}")
        finish(rel, "agreement", fmt, layout, "provider-agreement" if layout == "provider" else
               "journal-note" if layout == "journal" else "email" if fmt == "eml" else
               "agreement", facts["rules"], [], traits, c, facts["period"])

    # ---- Min Plan entries
    mp_goals = ["job-eud-gf1", "fvu-hf", "delmaal-list", "eux-acronym", "retain-iss",
                "mit-maal-kitchen", "stu", "carpenter", "vague-trivsel", "vague-wish",
                "delmaal-vague", "stabilisering", "absent", "udfyldes", "dash"]
    rng.shuffle(mp_goals)
    mp_follow = ["statusmoede-4uger", "absent", "midtvej-slut", "absent", "phone-jobsamtale",
                 "absent", "absent", "niveau2", "absent", "absent", "statusrapport", "absent",
                 "absent", "absent", "absent"]
    mp_defects = [None] * 11 + ["missing-hours", "missing-mentor", "duration-over-6-months",
                                None]
    rng.shuffle(mp_defects)
    for j, (fmt, layout) in enumerate(MINPLAN_PLAN):
        i = 100 + j
        c = prepare(i)
        goals = {g.gid: g for g in goal_catalogue(c)}
        follows = {f.fid: f for f in follow_catalogue(c)}
        goal, follow, defect = goals[mp_goals[j]], follows[mp_follow[j]], mp_defects[j]
        doc, facts = build_minplan(c, rng, layout, goal, follow, defect)
        slug = f"{c['fn'].lower()}".replace("ø", "oe")
        rel = f"minplan/{i:03d}-min-plan-{slug}.{fmt}"
        emit(doc, fmt, layout, rel, c, 2000 + j)
        traits = [f"goal:{goal.gid}", f"goal-status:{goal.status}",
                  f"follow:{follow.fid}", "minplan-no-follow-up-required"]
        if defect:
            traits.append(f"defect:{defect}")
        finish(rel, "minplan", fmt, layout, "minplan", facts["rules"], [], traits, c,
               facts["period"])

    # ---- decision letters
    for j, (fmt, dtype, appeal, over, reasons) in enumerate(DECISION_PLAN):
        i = 200 + j
        c = prepare(i)
        gt = DECISION_GOALS[j % len(DECISION_GOALS)].format(
            eud=c["eud"], d=fdate(add_months(c["start"], 5), 0), comp=c["company"], vuc=c["vuc"])
        doc, facts = build_decision(c, rng, dtype, appeal, over, reasons, gt)
        layout = {"docx": "letter", "pdf": "letter", "odt": "letter", "html": "html-headings",
                  "txt": "txt-letter"}[fmt]
        if dtype == "bilag":
            # the agreement as "Bilag 1" after the letter: complete, so it adds no finding
            doc.appendix = [Sec("Bilag 1: Aftale om mentorstøtte", [
                f"Borger: {c['name']}"])] + bilag_agreement(c, rng, gt)
        slug = f"{c['fn'].lower()}".replace("ø", "oe")
        dname = {"grant": "bevilling", "partial": "delvis-bevilling", "refusal": "afslag",
                 "termination": "ophoer", "extension": "forlaengelse", "bilag": "bevilling"}[dtype]
        rel = f"afgoerelser/{i:03d}-{dname}-mentor-{slug}.{fmt}"
        if fmt in ("docx", "pdf", "odt") and j % 2:
            layout = "headings"
        emit(doc, fmt, layout, rel, c, 3000 + j)
        traits = [f"decision:{dtype}", f"appeal:{appeal}", "goal-in-letter-prose"]
        if over:
            traits.append("period:over")
        finish(rel, "decision", fmt, layout, f"decision-{dtype}", facts["rules"],
               facts["extras"], traits, c, facts["period"])

    # ---- LibreOffice conversions (one run per target format)
    for fmt, pairs in to_convert.items():
        if not pairs:
            continue
        if args.no_office:
            entries[:] = [e for e in entries if e["format"] != fmt]
            continue
        outdir = tmp / f"out-{fmt}"
        outdir.mkdir(exist_ok=True)
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_az_profile", "--headless",
               "--convert-to", fmt, "--outdir", str(outdir)] + [str(s) for s, _ in pairs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=900)
        for src, target in pairs:
            produced = outdir / (src.stem + "." + fmt)
            if not produced.is_file():
                print(f"LibreOffice did not produce {produced.name}", file=sys.stderr)
                return 1
            shutil.move(str(produced), target)

    entries.sort(key=lambda e: e["path"])
    (out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in entries) + "\n",
        encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(entries)} documents in {out}: {kinds}; with CPR: {cpr_count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
