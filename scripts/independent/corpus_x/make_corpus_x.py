"""Corpus X: mentor-support documents taken through the real rendering paths into an archive.

Independent of the linter (written without reading mentordocs/lint, the packs or other corpora).
Documents are written the way caseworkers, mentor companies and case systems write them, then
rendered with the real tools on this machine:

* DOCX by python-docx (letterhead header, footer with the caseworker and "Side X af Y" fields,
  long tables whose rows cross page breaks, landscape sections, borderless two-column letters),
  kept as DOCX or converted to PDF by LibreOffice;
* HTML case-system pages (sidebar navigation, CSS grid/flex label/value layouts, a Min Plan print
  view, two-column letters) printed to PDF by headless Chromium, a few kept as HTML;
* scans: PDFs rasterised by pdftoppm at 200 dpi, slightly rotated and noised with Pillow, then
  read by Tesseract (Danish) into a PDF with a genuine OCR text layer; a few image-only PDFs.

Labels (EXPECTED.jsonl) follow the manifest format of corpusgen.corpus.manifest and the rules'
user documentation (`mentordocs rules NAME`) and /work/shared/domain.md.

    python make_corpus_x.py --out /work/corpora/x --seed 73
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

RULES = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)
APPLICABLE = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}
LO_PROFILE = "file:///tmp/lo_x_profile"

# ----------------------------------------------------------------------------- vocabulary

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]

KOMMUNER = [
    ("Gribskov Kommune", "Center for Arbejdsmarked", "Rådhusvej 3, 3200 Helsinge", "72 49 60 00"),
    ("Aalborg Kommune", "Jobcenter Aalborg", "Kayerødsgade 2, 9000 Aalborg", "99 31 31 31"),
    ("Faxe Kommune", "Jobcenter Faxe", "Frederiksgade 9, 4690 Haslev", "56 20 30 00"),
    ("Herning Kommune", "Jobcenter Herning", "Fredhøjvej 2, 7400 Herning", "96 28 28 28"),
    ("Roskilde Kommune", "Jobcenter Roskilde", "Køgevej 80, 4000 Roskilde", "46 31 30 00"),
    ("Holbæk Kommune", "Job og Borgerservice", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Tønder Kommune", "Jobcenter Tønder", "Wilstersgade 2, 6270 Tønder", "74 92 92 92"),
    ("Assens Kommune", "Jobcenter Assens", "Skovvej 2, 5610 Assens", "64 74 74 74"),
    ("Rudersdal Kommune", "Jobcenter Rudersdal", "Stationsvej 36, 3460 Birkerød", "46 11 00 00"),
    ("Albertslund Kommune", "Jobcenter Albertslund", "Nordmarks Allé 1, 2620 Albertslund",
     "43 68 68 68"),
]
CASEWORKERS = ["Mette Kjær", "Søren Holm Andersen", "Louise Brandt", "Kasper Vinther",
               "Hanne Østergaard", "Rikke Lund Madsen", "Jesper Friis", "Camilla Skov",
               "Tina Mølgaard", "Anders Bech", "Pernille Dam", "Morten Kragh"]
CITIZENS = [("Anna", "Jensen"), ("Mohammad", "Rahimi"), ("Sofie", "Nielsen"),
            ("Jonas", "Pedersen"), ("Fatima", "El-Amin"), ("Mikkel", "Thomsen"),
            ("Camilla", "Larsen"), ("Ahmed", "Hassan"), ("Line", "Christensen"),
            ("Emil", "Sørensen"), ("Nadia", "Kowalski"), ("Rasmus", "Poulsen"),
            ("Julie", "Frederiksen"), ("Tobias", "Mortensen"), ("Sara", "Johansen"),
            ("Kristian", "Møller"), ("Ida", "Hansen"), ("Yusuf", "Demir"),
            ("Maria", "Andersen"), ("Nikolaj", "Berg"), ("Amalie", "Rasmussen"),
            ("Oliver", "Jakobsen"), ("Zainab", "Ali"), ("Frederik", "Lauridsen")]
MENTORS = [("Lars Østergaard", "Jobhuset ApS"), ("Birgitte Holm", "Mentorcentret Nord"),
           ("Henrik Dahl", "Kompetencehuset"), ("Signe Mathiesen", "Brobyggerne I/S"),
           ("Peter Krogh", "Jobhuset ApS"), ("Dorthe Winther", "Ungdommens Uddannelsesvejledning"),
           ("Michael Bruun", "Virksomhedsservice"), ("Karina Lauritsen", "Mentorkorpset"),
           ("Thomas Juhl", "STU-Centret"), ("Anette Wulff", "Socialpsykiatrien, Botilbud Egevej"),
           ("Jannik Borup", "Brobyggerne I/S"), ("Helle Vestergaard", "Mentorcentret Nord")]

GOALS_CLEAR = [
    "{fn} er i virksomhedspraktik 15 timer om ugen på lageret hos Bilka senest {d1}, "
    "med henblik på ansættelse med løntilskud.",
    "{fn} starter på SOSU-hjælperuddannelsen den {d1} og møder mindst fire dage om ugen.",
    "{fn} gennemfører grundforløbet på tømreruddannelsen (EUD) og består grundforløbsprøven.",
    "{fn} er i fleksjob som kantinemedhjælper 12 timer om ugen hos Restaurant Havnen senest {d1}.",
    "{fn} møder stabilt i sin praktik i Netto, Østergade, med højst ét fravær om måneden, og "
    "praktikken overgår til ordinære løntimer.",
    "{fn} fastholder sit job som chauffør hos DanFragt A/S og er tilbage på fuld tid (37 timer) "
    "senest {d1}.",
    "{fn} gennemfører HF-enkeltfag i dansk og matematik på VUC og går til eksamen i juni.",
    "{fn} er i gang med FGU, produktionsgrunduddannelse på værkstedet, og møder fire ud af fem dage.",
    "{fn} har fået praktikplads som elektrikerlærling og har underskrevet uddannelsesaftale "
    "senest {d1}.",
    "{fn} arbejder 20 timer om ugen som rengøringsassistent hos ISS med løntilskud og møder "
    "til tiden alle vagter.",
    "{fn} begynder på ordinær uddannelse (pædagogisk assistent) ved sommeroptaget og følger "
    "undervisningen mindst 80 % af tiden.",
    "{fn} har fundet et ordinært job med mindst 15 timer om ugen inden for detailhandel senest {d1}.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre i livet og øget trivsel.",
    "At {fn} får mere struktur på hverdagen og et bedre selvværd.",
    "Hjælp til at få styr på tingene og komme tættere på arbejdsmarkedet.",
    "Sikre at {fn} trives og får det bedre.",
    "Motivere {fn} og arbejde med trivsel og selvtillid.",
    "{fn} skal have det bedre med sig selv og komme videre.",
    "Støtte {fn} i hverdagen, så der skabes ro og overskud.",
]
TASKS = [
    ["Følge {fn} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med at planlægge ugen, så møder og arbejdstider kan hænge sammen"],
    ["Hjælpe {fn} med kontakt til skolen og studievejlederen", "støtte til at lave en læseplan",
     "tale med {fn} om fravær hver fredag"],
    ["Være bindeled mellem {fn} og arbejdspladsen", "tage samtaler med nærmeste leder om opgaver "
     "og arbejdstider", "hjælpe {fn} med at sige til, når noget er svært"],
    ["Støtte {fn} i at komme op om morgenen og møde til tiden",
     "ledsage {fn} til møder hos læge og psykiatri, når det har betydning for praktikken",
     "hjælpe med breve fra kommunen og e-Boks"],
    ["Træne busturen til uddannelsesstedet", "hjælpe med at søge SU og bolig tæt på skolen",
     "samtaler om at håndtere pres og fravær"],
]
FOLLOWUPS = [
    "Vi holder statusmøde med dig, mentor og sagsbehandler hver måned. Delmål: fremmøde fire "
    "dage om ugen fra den anden måned. Aftalen evalueres 14 dage før perioden slutter.",
    "Mentor sender en kort statusrapport til sagsbehandler hver 4. uge. Progressionen måles på "
    "fremmøde og på de delmål, der er skrevet ovenfor.",
    "Opfølgning: Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før "
    "bevillingsudløb, hvor vi sammen vurderer, om målet er nået.",
    "Der følges op hver 3. måned ved et fælles møde. Delmål 1: møder stabilt. Delmål 2: øger "
    "timetallet i praktikken til 20 timer.",
]
HOURS = ["3 timer pr. uge", "2 timer ugentligt", "op til 4 timer om ugen", "1-2 timer pr. uge",
         "8 timer om måneden", "5 timer pr. uge i de første fire uger, derefter 2 timer pr. uge",
         "2 t/uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale"]

APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
    "kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som "
    "tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {org} senest 4 uger efter, at du "
    "har fået denne afgørelse. Du kan klage skriftligt eller mundtligt til din sagsbehandler. "
    "{org} vurderer afgørelsen igen. Hvis vi fastholder afgørelsen, sender vi klagen til "
    "Ankestyrelsen, Beskæftigelsesudvalget (jf. § 204 i lov om en aktiv beskæftigelsesindsats og "
    "retssikkerhedslovens kapitel 10).",
    "Er du uenig, kan du klage til jobcentret inden 4 uger fra du har modtaget brevet. Jobcentret "
    "genvurderer sagen. Fastholdes afgørelsen, sendes klagen og sagens akter til Ankestyrelsen.",
]
APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen.",
    "Hvis du er uenig, er du velkommen til at kontakte os.",
    "Du har mulighed for at klage, hvis du ikke er tilfreds med aftalen.",
]

BOILER = [
    ("Tavshedspligt", "Mentor har tavshedspligt om det, mentor får at vide om dig og din "
     "situation. Mentor må kun give oplysninger videre til kommunen, når det er nødvendigt for "
     "indsatsen, og du har givet samtykke."),
    ("Sygdom og afbud", "Hvis du er syg eller ikke kan komme til en aftale, skal du give besked "
     "til din mentor så tidligt som muligt og senest kl. 9 samme dag. Udebliver du uden grund, "
     "kan det få betydning for din ydelse."),
    ("Behandling af personoplysninger", "Kommunen behandler oplysninger om dig efter "
     "databeskyttelsesforordningen og databeskyttelsesloven. Formålet med behandlingen er at "
     "kunne tilrettelægge og administrere din indsats. Du har ret til indsigt i de oplysninger, "
     "vi har om dig. Læs mere på kommunens hjemmeside under 'Persondata'."),
    ("Transport", "Du kan søge om befordringsgodtgørelse, hvis din afstand til aktiviteten er "
     "mere end 12 km hver vej. Brug blanketten på kommunens hjemmeside."),
    ("Lovgrundlag", "Mentorstøtte gives efter kapitel 26 i lov om en aktiv "
     "beskæftigelsesindsats (§§ 167-171) og bekendtgørelse om en aktiv beskæftigelsesindsats. "
     "Mentor må ikke udføre almindelige driftsopgaver i de timer, der er aftalt som mentortimer, "
     "og der skal være direkte kontakt mellem dig og mentor i timerne."),
    ("Samtykke", "Ved at skrive under giver du samtykke til, at mentor og kommunen må udveksle "
     "de oplysninger, der er nødvendige for forløbet. Du kan til enhver tid trække dit samtykke "
     "tilbage ved at kontakte din sagsbehandler. Tilbagetrækning af samtykke har ikke "
     "tilbagevirkende kraft."),
    ("Praktiske oplysninger", "Møderne holdes som udgangspunkt på praktikstedet, i mentors "
     "lokaler eller et sted, I aftaler sammen. Du skal selv sørge for at have din telefon "
     "opladet og tændt, så mentor kan få fat i dig. Husk at tjekke e-Boks mindst én gang om "
     "ugen, da breve fra kommunen sendes dertil."),
    ("Ændringer i aftalen", "Ændringer i aftalen skal skrives ind i Min Plan. Kontakt din "
     "sagsbehandler, hvis din situation ændrer sig, fx hvis du får arbejde eller flytter."),
    ("Hvis samarbejdet ikke fungerer", "Oplever du, at samarbejdet med mentor ikke fungerer, så "
     "tal med din sagsbehandler. Vi finder sammen en løsning, og du kan få tilknyttet en anden "
     "mentor."),
]
EXPECT = [
    ("Hvad forventer vi af dig?", "Vi forventer, at du møder op til de aftaler, du har lavet, "
     "og at du siger til, hvis noget ændrer sig. Du skal selv være med til at finde løsninger, og "
     "du skal svare på henvendelser fra kommunen. Hvis du ikke kan deltage, skal du melde afbud. "
     "Du skal også være opmærksom på, at du fortsat skal stå til rådighed efter reglerne for din "
     "ydelse, og at din ydelse kan blive trukket, hvis du udebliver uden rimelig grund."),
    ("Dine rettigheder", "Du har ret til aktindsigt i din sag og til at blive hørt, før kommunen "
     "træffer en afgørelse, der går dig imod. Du har ret til at tage en bisidder med til møder. "
     "Du kan også bede om at få en anden mentor, hvis samarbejdet ikke fungerer. Har du brug for "
     "en tolk, sørger {kommune} for det."),
    ("Kontakt", "Har du spørgsmål til aftalen, er du velkommen til at kontakte din "
     "sagsbehandler. Telefontiden er mandag til torsdag kl. 9-12 og fredag kl. 9-11. Du kan "
     "også skrive via Digital Post (e-Boks eller mit.dk). Skriv ikke følsomme oplysninger i en "
     "almindelig e-mail."),
]
BACKGROUND = [
    "{fn} modtager uddannelseshjælp og er vurderet aktivitetsparat. {fn} har haft meget fravær "
    "fra tidligere uddannelsesforløb og har brug for en fast voksen at støtte sig til i "
    "overgangen til uddannelse.",
    "{fn} har været sygemeldt med stress og har ønsket at vende tilbage til arbejdsmarkedet "
    "gradvist. Der er lavet en plan med virksomhedspraktik, og {fn} ønsker støtte i starten.",
    "{fn} modtager kontanthjælp og har gennem længere tid ikke kunnet deltage i tilbud på grund "
    "af personlige forhold. {fn} er motiveret for at komme i gang.",
    "{fn} er netop udskrevet fra behandling og bor i egen lejlighed. Der er et ønske om at "
    "komme i praktik, og {fn} har selv peget på butik eller lager.",
]


# ----------------------------------------------------------------------------- dates

def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"


def fmt_range(a: dt.date, b: dt.date, style: int, form: int) -> str:
    sa, sb = fmt_date(a, style), fmt_date(b, style)
    if form == 0:
        return f"{sa} – {sb}"
    if form == 1:
        return f"fra {sa} til {sb}"
    if form == 2:
        return f"f.o.m. {sa} t.o.m. {sb}"
    return f"{sa} - {sb}"


# ----------------------------------------------------------------------------- content model

class Doc:
    """A document as a caseworker would see it: meta data plus ordered blocks.

    blocks: ("title", text) ("h", text) ("p", text) ("list", [items]) ("field", key, label, [paras])
    """

    def __init__(self) -> None:
        self.meta: dict = {}
        self.blocks: list = []
        self.rules: set[str] = set()
        self.traits: list[str] = []
        self.period: dict | None = None
        self.kind = "agreement"
        self.subtype = "agreement"
        self.cpr: str | None = None


def cpr_for(rng: random.Random) -> str:
    d = dt.date(rng.randint(1975, 2005), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def base_meta(rng: random.Random, letter_date: dt.date) -> dict:
    k = rng.choice(KOMMUNER)
    fn, ln = rng.choice(CITIZENS)
    mentor, company = rng.choice(MENTORS)
    cw = rng.choice(CASEWORKERS)
    kommune, unit, addr, phone = k
    # Sender wording: "kommunen" from 1 Feb 2026, jobcentre before (domain.md § 1).
    org = "kommunen" if letter_date >= dt.date(2026, 2, 1) else "jobcentret"
    short = cw.split()[0].lower()
    dom = kommune.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    mdom = company.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace(",", "")
    return {
        "kommune": kommune, "unit": unit if letter_date < dt.date(2026, 2, 1) or rng.random() < .3
        else f"{kommune}, Arbejdsmarked", "addr": addr, "kphone": phone, "org": org,
        "fn": fn, "ln": ln, "citizen": f"{fn} {ln}",
        "caddr": rng.choice(["Søndergade 14, 2. th.", "Birkevej 3", "Parkvænget 22, st.",
                             "Ahornvej 7", "Møllegade 41, 1. tv."]),
        "mentor": mentor, "company": company,
        "mphone": f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                  f"{rng.randint(10, 99)}",
        "mmail": f"{mentor.split()[0].lower().replace('ø', 'oe')}@{mdom}.dk",
        "cw": cw, "cwphone": f"{phone[:6]}{rng.randint(10, 99)} {rng.randint(10, 99)}",
        "cwmail": f"{short}@{dom}.dk",
        "date": letter_date, "jnr": f"{rng.randint(15, 27)}.{rng.randint(10, 40):02d}.00-"
                                    f"G01-{rng.randint(100, 9999)}-{letter_date.year % 100}",
    }


def pick_period(rng: random.Random, over: bool, letter_date: dt.date):
    start = letter_date + dt.timedelta(days=rng.randint(3, 30))
    if rng.random() < .6:
        start = dt.date(start.year, start.month, 1) if start.day < 15 else \
            add_months(dt.date(start.year, start.month, 1), 1)
    if over:
        months = rng.choice([8, 9, 10, 12, 12])
        end = add_months(start, months) - dt.timedelta(days=1)
        trait = f"period:over-{months}m"
    else:
        months = rng.choice([3, 4, 6, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
        trait = "period:exact-six" if months == 6 else f"period:{months}m"
    return start, end, trait


# ----------------------------------------------------------------------------- agreements

LABELS = {
    "goal": ["Målet med mentorstøtten", "Formål", "Mål og delmål", "Mål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor"],
    "tasks": ["Mentorens opgaver", "Indsatsområder", "Støtten består i"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"],
}


def choose_defects(rng: random.Random, kind: str, weights: dict[str, float]) -> set[str]:
    if rng.random() < 0.42:
        return set()
    pool = [r for r in APPLICABLE[kind]]
    n = 1 if rng.random() < .7 or len(pool) < 2 else 2
    chosen: set[str] = set()
    while len(chosen) < n:
        r = rng.choices(pool, weights=[weights.get(x, 1) for x in pool])[0]
        if r == "unclear-goal" and "missing-goal" in chosen:
            continue
        if r == "missing-goal" and "unclear-goal" in chosen:
            continue
        if r == "duration-over-6-months" and "missing-duration" in chosen:
            continue
        if r == "missing-duration" and "duration-over-6-months" in chosen:
            continue
        chosen.add(r)
    return chosen


AGR_WEIGHTS = {"missing-goal": 1, "missing-mentor": 1.2, "missing-tasks": 1, "missing-duration": 1,
               "missing-follow-up": 1, "missing-hours": 1.2, "missing-appeal-guidance": 1.6,
               "duration-over-6-months": 2, "unclear-goal": 1.8}


def make_agreement(rng: random.Random, layout: str, long: bool) -> Doc:
    d = Doc()
    letter_date = dt.date(rng.choice([2025, 2026, 2026]), rng.randint(1, 11), rng.randint(1, 28))
    m = base_meta(rng, letter_date)
    d.meta = m
    defects = choose_defects(rng, "agreement", AGR_WEIGHTS)
    fn = m["fn"]
    start, end, ptrait = pick_period(rng, "duration-over-6-months" in defects, letter_date)
    d1 = fmt_date(add_months(start, 2), 0)
    style = rng.randrange(6)
    lab = {k: rng.choice(v) for k, v in LABELS.items()}
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                        "Aftale om mentorstøtte efter LAB § 167"])
    d.blocks.append(("title", title))
    if rng.random() < .35:
        d.cpr = cpr_for(rng)
    d.blocks.append(("p", f"Aftalen er indgået mellem {m['citizen']}, {m['caddr']}, "
                     f"{m['kommune']} og {m['company']}."))
    if long:
        d.blocks.append(("h", "Baggrund"))
        d.blocks.append(("p", rng.choice(BACKGROUND).format(fn=fn)))
        d.blocks.append(("p", f"{fn} har selv været med til at formulere aftalen på et møde "
                         f"den {fmt_date(letter_date - dt.timedelta(days=rng.randint(5, 20)), 0)}"
                         f" med deltagelse af {m['cw']} og "
                         f"{'en medarbejder fra ' + m['company'] if 'missing-mentor' in defects else m['mentor']}."))
    # goal
    if "missing-goal" in defects:
        if rng.random() < .5:
            d.blocks.append(("field", "goal", lab["goal"], ["Udfyldes senere"]))
        d.traits.append("goal:absent")
    elif "unclear-goal" in defects:
        d.blocks.append(("field", "goal", lab["goal"], [rng.choice(GOALS_UNCLEAR).format(fn=fn)]))
    else:
        d.blocks.append(("field", "goal", lab["goal"],
                         [rng.choice(GOALS_CLEAR).format(fn=fn, d1=d1)]))
    # mentor
    if "missing-mentor" in defects:
        v = rng.randrange(3)
        if v == 0:
            d.blocks.append(("field", "mentor", lab["mentor"], [f"{m['mentor']}, {m['company']}"]))
            d.traits.append("mentor:name-only")
        elif v == 1:
            d.blocks.append(("field", "mentor", lab["mentor"], ["Tildeles ved opstart"]))
            d.traits.append("mentor:tbd")
        else:
            d.traits.append("mentor:absent")
    else:
        if rng.random() < .5:
            d.blocks.append(("field", "mentor", lab["mentor"],
                             [f"{m['mentor']}, {m['company']}", f"Tlf. {m['mphone']}",
                              f"Mail: {m['mmail']}"]))
        else:
            d.blocks.append(("field", "mentor", lab["mentor"],
                             [f"Din mentor er {m['mentor']} fra {m['company']}. Du kan ringe "
                              f"til {m['mentor'].split()[0]} på tlf. {m['mphone']}."]))
    # tasks
    if "missing-tasks" in defects:
        if rng.random() < .5:
            d.blocks.append(("field", "tasks", lab["tasks"], ["-"]))
        d.traits.append("tasks:absent")
    else:
        items = [t.format(fn=fn) for t in rng.choice(TASKS)]
        if long or rng.random() < .4:
            items += ["hjælpe med at forberede samtaler med arbejdsgiver eller skole",
                      "være med til at finde løsninger på praktiske problemer, der står i vejen "
                      "for fremmøde (fx cykel, buskort, vækkeur, pasning af børn)",
                      f"give {fn} feedback på, hvordan det går, og fejre de små sejre"]
        d.blocks.append(("field", "tasks", lab["tasks"], [("list", items)]))
    # duration
    if "missing-duration" in defects:
        if rng.random() < .5:
            d.blocks.append(("field", "duration", lab["duration"], ["Indtil videre"]))
        d.traits.append("duration:absent")
    else:
        rng_text = fmt_range(start, end, style, rng.randrange(4))
        d.blocks.append(("field", "duration", lab["duration"], [rng_text]))
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        d.traits.append(ptrait)
    # hours
    if "missing-hours" in defects:
        if rng.random() < .6:
            d.blocks.append(("field", "hours", lab["hours"], [rng.choice(HOURS_VAGUE).capitalize()]))
            d.traits.append("hours:vague")
        else:
            d.traits.append("hours:absent")
    else:
        d.blocks.append(("field", "hours", lab["hours"], [rng.choice(HOURS)]))
    # follow-up
    if "missing-follow-up" in defects:
        d.traits.append("follow:absent")
    else:
        d.blocks.append(("field", "follow", lab["follow"], [rng.choice(FOLLOWUPS)]))
    if long:
        for h, t in rng.sample(BOILER, k=rng.randint(6, len(BOILER))):
            d.blocks.append(("h", h))
            d.blocks.append(("p", t))
    # appeal
    if "missing-appeal-guidance" in defects:
        if rng.random() < .6:
            d.blocks.append(("field", "appeal", lab["appeal"], [rng.choice(APPEAL_INCOMPLETE)]))
            d.traits.append("appeal:incomplete")
        else:
            d.traits.append("appeal:absent")
    else:
        d.blocks.append(("field", "appeal", lab["appeal"],
                         [rng.choice(APPEAL_FULL).format(org=m["org"].capitalize())]))
    d.blocks.append(("sign", [m["citizen"], m["mentor"] if "mentor:absent" not in d.traits
                              and "mentor:tbd" not in d.traits else "Mentor", m["cw"]]))
    if long:
        for h, t in EXPECT:
            d.blocks.append(("h", h))
            d.blocks.append(("p", t.format(fn=fn, kommune=m["kommune"])))
        d.blocks.append(("pagebreak",))
        d.blocks.append(("h", "Bilag 1 – Samtykkeerklæring"))
        d.blocks.append(("p", f"Jeg, {m['citizen']}, giver samtykke til, at {m['kommune']} må "
                         "indhente og udveksle oplysninger med de steder, jeg har sat kryds ved "
                         "nedenfor. Oplysningerne bruges kun til at tilrettelægge min indsats."))
        d.blocks.append(("list", ["[  ] Egen læge", "[  ] Psykiatrien / distriktspsykiatrien",
                                  "[  ] Uddannelsesstedet", "[  ] Praktiksted eller arbejdsgiver",
                                  "[  ] Misbrugsbehandling", "[  ] A-kasse"]))
        d.blocks.append(("p", "Samtykket gælder, indtil sagen er afsluttet, dog højst 1 år fra "
                         "underskrift. Du kan altid trække samtykket tilbage."))
        d.blocks.append(("sign", [m["citizen"]]))
        d.traits.append("appendix:consent")
    d.rules = defects
    return d


# ----------------------------------------------------------------------------- decisions

def make_decision(rng: random.Random, subtype: str) -> Doc:
    d = Doc()
    d.kind, d.subtype = "decision", subtype
    letter_date = dt.date(rng.choice([2025, 2026, 2026]), rng.randint(1, 11), rng.randint(1, 28))
    m = base_meta(rng, letter_date)
    d.meta = m
    fn = m["fn"]
    applicable = ["missing-appeal-guidance"] + (["duration-over-6-months"]
                                                if subtype in ("grant", "partial", "extension")
                                                else [])
    defects: set[str] = set()
    if rng.random() > .42:
        defects.add(rng.choices(applicable, weights=[1.5, 1][:len(applicable)])[0])
    style = rng.randrange(6)
    org = m["org"]
    start, end, ptrait = pick_period(rng, "duration-over-6-months" in defects, letter_date)
    if rng.random() < .3:
        d.cpr = cpr_for(rng)
    title = {"grant": "Afgørelse om mentorstøtte",
             "partial": "Afgørelse om mentorstøtte – delvis bevilling",
             "extension": "Afgørelse om forlængelse af mentorstøtte",
             "refusal": "Afslag på mentorstøtte",
             "end": "Afgørelse om ophør af mentorstøtte"}[subtype]
    d.blocks.append(("title", title))
    d.blocks.append(("p", f"Kære {fn}"))
    if subtype == "grant":
        d.blocks.append(("p", f"Du har søgt om mentorstøtte. Du får bevilget mentorstøtte i "
                         f"perioden {fmt_range(start, end, style, 0)}. Din mentor bliver "
                         f"{m['mentor']} fra {m['company']}, tlf. {m['mphone']}, og du har "
                         f"{rng.choice(HOURS)}."))
        d.blocks.append(("h", "Begrundelse"))
        d.blocks.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne "
                         f"gennemføre din virksomhedspraktik. Afgørelsen er truffet efter § 167 "
                         f"i lov om en aktiv beskæftigelsesindsats."))
    elif subtype == "partial":
        asked = rng.choice([9, 12])
        d.blocks.append(("p", f"Du har den {fmt_date(letter_date - dt.timedelta(days=14), 0)} "
                         f"søgt om mentorstøtte i {asked} måneder med 6 timer om ugen."))
        d.blocks.append(("p", f"Vi bevilger mentorstøtte i perioden "
                         f"{fmt_range(start, end, style, 1)} med 3 timer om ugen. Resten af din "
                         f"ansøgning får du afslag på."))
        d.blocks.append(("h", "Begrundelse"))
        d.blocks.append(("p", "Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan "
                         "mentorstøtte gives i en periode på højst 6 måneder ad gangen. Vi "
                         "vurderer, at 3 timer om ugen svarer til dit behov, fordi du allerede "
                         "får støtte fra praktikstedets kontaktperson."))
        d.traits.append(f"asked:{asked}m")
    elif subtype == "extension":
        prev_end = start - dt.timedelta(days=1)
        prev_start = add_months(start, -6)
        d.blocks.append(("p", f"Du har tidligere haft mentorstøtte i perioden "
                         f"{fmt_range(prev_start, prev_end, style, 0)}. Vi har vurderet din sag "
                         f"igen og forlænger din mentorstøtte i en ny periode "
                         f"{fmt_range(start, end, style, 1)}."))
        d.blocks.append(("h", "Begrundelse"))
        d.blocks.append(("p", f"Du er kommet godt i gang i praktikken, men har stadig brug for "
                         f"støtte til at fastholde fremmødet. Efter en konkret vurdering kan der "
                         f"gives mentorstøtte i en ny periode, jf. § 167, stk. 1, 2. pkt."))
        d.traits.append("earlier-period-stated")
    elif subtype == "refusal":
        d.blocks.append(("p", f"Du har søgt om mentorstøtte. Vi giver dig afslag."))
        d.blocks.append(("h", "Begrundelse"))
        d.blocks.append(("p", "Der kan kun gives mentorstøtte, hvis der er et mål om beskæftigelse "
                         "eller uddannelse. Du modtager førtidspension og har oplyst, at du ikke "
                         "ønsker at komme i job eller uddannelse. Vi har lagt vægt på dine "
                         "oplysninger fra samtalen. Afgørelsen er truffet efter § 167 i lov om "
                         "en aktiv beskæftigelsesindsats."))
    else:  # end
        stop = letter_date + dt.timedelta(days=rng.randint(7, 20))
        d.blocks.append(("p", f"Din mentorstøtte ophører den {fmt_date(stop, style)}."))
        d.blocks.append(("h", "Begrundelse"))
        d.blocks.append(("p", "Du er startet i ordinært job med 30 timer om ugen og har selv "
                         "sagt, at du ikke længere har brug for støtten. Vi har derfor vurderet, "
                         "at betingelserne for mentorstøtte efter § 167 ikke længere er "
                         "opfyldt."))
    if subtype in ("grant", "partial", "extension"):
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        d.traits.append(ptrait)
    if "missing-appeal-guidance" in defects:
        if rng.random() < .5:
            d.blocks.append(("h", "Klagevejledning"))
            d.blocks.append(("p", rng.choice(APPEAL_INCOMPLETE)))
            d.traits.append("appeal:incomplete")
        else:
            d.traits.append("appeal:absent")
    else:
        d.blocks.append(("h", rng.choice(["Klagevejledning", "Hvis du vil klage"])))
        d.blocks.append(("p", rng.choice(APPEAL_FULL).format(org=org.capitalize())))
    d.blocks.append(("p", "Med venlig hilsen"))
    d.blocks.append(("p", f"{m['cw']}\nSagsbehandler"))
    d.rules = defects
    return d


# ----------------------------------------------------------------------------- Min Plan

def make_minplan(rng: random.Random) -> Doc:
    d = Doc()
    d.kind, d.subtype = "minplan", "minplan"
    letter_date = dt.date(rng.choice([2025, 2026, 2026]), rng.randint(1, 11), rng.randint(1, 28))
    m = base_meta(rng, letter_date)
    d.meta = m
    fn = m["fn"]
    defects = choose_defects(rng, "minplan", AGR_WEIGHTS)
    start, end, ptrait = pick_period(rng, "duration-over-6-months" in defects, letter_date)
    style = rng.choice([1, 2, 3, 1])
    d.blocks.append(("title", f"Min Plan – {m['citizen']}"))
    d.blocks.append(("p", f"Udskrevet {fmt_date(letter_date, 1)} · {m['kommune']}"))
    d.blocks.append(("h", "Mit mål"))
    if "missing-goal" in defects:
        d.blocks.append(("field", "goal", "Formål med mentorstøtten", ["Udfyldes senere"]))
    else:
        gl = (rng.choice(GOALS_UNCLEAR) if "unclear-goal" in defects
              else rng.choice(GOALS_CLEAR)).format(fn=fn, d1=fmt_date(add_months(start, 2), 0))
        d.blocks.append(("field", "goal", "Formål med mentorstøtten", [gl]))
    d.blocks.append(("h", "Indsats: Mentorstøtte (LAB § 167)"))
    if "missing-mentor" in defects:
        d.blocks.append(("field", "mentor", "Mentor", ["Ikke tildelt endnu"]))
    else:
        d.blocks.append(("field", "mentor", "Mentor",
                         [f"{m['mentor']}, {m['company']}, tlf. {m['mphone']}"]))
    if "missing-tasks" not in defects:
        d.blocks.append(("field", "tasks", "Opgaver",
                         [("list", [t.format(fn=fn) for t in rng.choice(TASKS)])]))
    if "missing-duration" not in defects:
        d.blocks.append(("field", "duration", "Periode", [fmt_range(start, end, style, 3)]))
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        d.traits.append(ptrait)
    if "missing-hours" in defects:
        d.blocks.append(("field", "hours", "Timer pr. uge", [rng.choice(["", "Efter behov"])]))
    else:
        d.blocks.append(("field", "hours", "Timer pr. uge", [rng.choice(HOURS)]))
    d.blocks.append(("field", "cw", "Din kontaktperson i kommunen",
                     [f"{m['cw']}, tlf. {m['cwphone']}"]))
    d.rules = defects
    return d


# ----------------------------------------------------------------------------- unknown

def make_unknown(rng: random.Random, sub: str) -> Doc:
    d = Doc()
    d.kind, d.subtype = "unknown", sub
    letter_date = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    m = base_meta(rng, letter_date)
    d.meta = m
    fn = m["fn"]
    mon = MONTHS[letter_date.month - 1]
    if sub == "status-report":
        d.blocks += [
            ("title", f"Statusrapport – mentorforløb for {m['citizen']}"),
            ("p", f"Til: {m['cw']}, {m['unit']}. Fra: {m['mentor']}, {m['company']}."),
            ("h", "Fremmøde og samarbejde"),
            ("p", f"{fn} er mødt til 7 ud af 8 aftaler i {mon}. Vi har mødtes på praktikstedet og "
                  f"én gang i hjemmet. Samarbejdet er godt."),
            ("h", "Udvikling siden sidst"),
            ("p", f"{fn} møder nu selv på praktikstedet uden ledsagelse og har talt med lederen "
                  f"om at øge timerne."),
            ("h", "Forbrugte timer"),
            ("p", f"I {mon} er der brugt 11,5 timer."),
            ("h", "Anbefaling"),
            ("p", "Mentor anbefaler, at forløbet fortsætter uændret."),
        ]
    elif sub == "invoice":
        d.blocks += [
            ("title", f"Faktura nr. {rng.randint(20000, 29999)}"),
            ("p", f"{m['company']} · CVR {rng.randint(10000000, 45999999)}"),
            ("p", f"Debitor: {m['kommune']}, {m['unit']}, EAN 57980{rng.randint(10000000, 99999999)}"),
            ("table", [["Ydelse", "Antal", "Pris", "Beløb"],
                       [f"Mentorstøtte {m['citizen']}, {mon} 2026", "12 timer", "495,00",
                        "5.940,00"],
                       ["Kørsel", "84 km", "3,81", "320,04"],
                       ["I alt ekskl. moms", "", "", "6.260,04"]]),
            ("p", f"Betalingsbetingelser: netto 30 dage. Reference: {m['cw']}."),
        ]
    elif sub == "minutes":
        d.blocks += [
            ("title", "Referat af netværksmøde"),
            ("p", f"Dato: {fmt_date(letter_date, 0)}. Deltagere: {m['citizen']}, {m['mentor']} "
                  f"(mentor), {m['cw']} (sagsbehandler), praktikvært."),
            ("h", "1. Hvordan går det i praktikken?"),
            ("p", f"{fn} fortalte, at det går bedre nu. Praktikværten er tilfreds med indsatsen."),
            ("h", "2. Næste skridt"),
            ("p", "Det blev aftalt at undersøge muligheden for løntilskud. Sagsbehandler vender "
                  "tilbage inden næste møde."),
            ("h", "3. Eventuelt"),
            ("p", "Intet."),
        ]
    elif sub == "leaflet":
        d.blocks += [
            ("title", "Hvad er en mentor?"),
            ("p", f"En mentor er en person, som kan hjælpe dig med at komme i gang med job eller "
                  f"uddannelse. {m['kommune']} kan give dig en mentor i en periode på højst 6 "
                  f"måneder ad gangen."),
            ("h", "Hvad står der i aftalen?"),
            ("list", ["målet med mentorstøtten", "mentorens navn og kontaktdata",
                      "hvilke opgaver mentoren skal hjælpe med", "hvor længe aftalen varer, og "
                      "hvordan vi følger op", "hvor mange timer om ugen du får",
                      "hvordan du klager"]),
            ("h", "Hvis du vil klage"),
            ("p", "Du kan klage til kommunen inden fire uger. Kommunen genvurderer sagen og sender "
                  "den til Ankestyrelsen, hvis afgørelsen fastholdes."),
            ("p", f"Spørgsmål? Ring til {m['unit']} på {m['kphone']}."),
        ]
    else:  # sports club private mentor agreement
        club = rng.choice(["Boldklubben Frem Haslev", "Herning Fremad Fodbold", "IF Skjold Birkerød"])
        d.blocks += [
            ("title", "Mentoraftale – Ungdomsafdelingen"),
            ("p", f"{club} har et mentorprogram for U17- og U19-spillere. Aftalen er frivillig og "
                  f"har intet med kommunen at gøre."),
            ("field", "x", "Spiller", [m["citizen"]]),
            ("field", "x", "Mentor (seniorspiller)",
             [f"{m['mentor']}, tlf. {m['mphone']}"]),
            ("field", "x", "Mål", ["Spilleren kommer på U19-førsteholdet i næste sæson og passer "
                                   "skolen ved siden af fodbolden."]),
            ("field", "x", "Sådan gør vi", [("list", ["en snak efter træning hver 14. dag",
                                                      "mentor ser mindst én kamp om måneden",
                                                      "hjælp til at planlægge lektier og træning"])]),
            ("field", "x", "Periode", [f"Sæsonen {letter_date.year}/{letter_date.year + 1}"]),
            ("p", "Underskrift spiller / forælder / mentor / ungdomsformand"),
        ]
    return d


# ----------------------------------------------------------------------------- DOCX rendering

def _field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def _letterhead(doc, d: Doc, landscape: bool = False) -> None:
    m = d.meta
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run(m["kommune"].upper()); r.bold = True; r.font.size = Pt(14)
    hp.add_run(f"\n{m['unit']} · {m['addr']} · Tlf. {m['kphone']}").font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"Sagsbehandler: {m['cw']} · Direkte tlf. {m['cwphone']} · {m['cwmail']}    ") \
        .font.size = Pt(8)
    r = fp.add_run("Side "); r.font.size = Pt(8)
    _field(fp, "PAGE")
    fp.add_run(" af ").font.size = Pt(8)
    _field(fp, "NUMPAGES")


def _add_value(container, values, first_para=None) -> None:
    """Add a field's value: strings as paragraphs, ("list", items) as bullets.

    first_para, when given, is an empty paragraph (a table cell's own) used for the first line."""
    p = first_para
    for v in values:
        items = [(i[0].upper() + i[1:], "List Bullet") for i in v[1]] \
            if isinstance(v, tuple) else [(v, None)]
        for text, style in items:
            if p is not None:
                q, p = p, None
                q.add_run(text)
                if style:
                    q.style = style
            else:
                container.add_paragraph(text, style=style)


def _cpr_line(d: Doc) -> str:
    return f"{d.meta['citizen']}\n{d.meta['caddr']}" + (f"\nCPR-nr.: {d.cpr}" if d.cpr else "")


def render_docx(d: Doc, layout: str, path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    _letterhead(doc, d, landscape=(layout == "landscape"))
    m = d.meta
    if layout == "twocol":
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        left, right = t.rows[0].cells
        left.width, right.width = Cm(12.2), Cm(4.4)
        left.paragraphs[0].add_run(_cpr_line(d))
        left.add_paragraph("")
        target = left
        info = [("Dato", fmt_date(m["date"], 0)), ("J.nr.", m["jnr"]), ("Sagsbehandler", m["cw"]),
                ("Direkte tlf.", m["cwphone"]), ("Mail", m["cwmail"]),
                ("Telefontid", "man.-tors. 9-12")]
        rp = right.paragraphs[0]
        for k, v in info:
            r = rp.add_run(k + "\n"); r.bold = True; r.font.size = Pt(8)
            r = rp.add_run(v + "\n\n"); r.font.size = Pt(8)
    else:
        doc.add_paragraph(_cpr_line(d))
        p = doc.add_paragraph(f"{m['addr'].split(',')[1].strip().split()[1]}, "
                              f"{fmt_date(m['date'], 0)}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        target = doc
    fields = [b for b in d.blocks if b[0] == "field"]
    if layout == "table":
        # runs of consecutive fields become a bordered label/value table; the rest flows
        tb = None
        for b in d.blocks:
            if b[0] != "field":
                tb = None
                _flow(doc, [b])
                continue
            if tb is None:
                tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
            row = tb.add_row().cells
            row[0].width, row[1].width = Cm(4.5), Cm(12)
            row[0].paragraphs[0].add_run(b[2]).bold = True
            _add_value(row[1], b[3], row[1].paragraphs[0])
    elif layout == "landscape" and fields:
        first = d.blocks.index(fields[0]) if fields else len(d.blocks)
        _flow(doc, d.blocks[:first])
        main = [b for b in fields if b[1] != "appeal"]
        tb = doc.add_table(rows=2, cols=len(main)); tb.style = "Table Grid"
        for i, b in enumerate(main):
            tb.rows[0].cells[i].paragraphs[0].add_run(b[2]).bold = True
            _add_value(tb.rows[1].cells[i], b[3], tb.rows[1].cells[i].paragraphs[0])
        _flow(doc, [b for b in d.blocks[first:] if b[0] != "field" or b[1] == "appeal"])
    else:
        _flow(target, d.blocks, bold_labels=(layout == "twocol"))
    doc.save(path)


def _flow(container, blocks, bold_labels: bool = False) -> None:
    for b in blocks:
        k = b[0]
        if k == "title":
            if hasattr(container, "add_heading"):
                container.add_heading(b[1], level=1)
            else:
                container.add_paragraph().add_run(b[1]).bold = True
        elif k == "h":
            if hasattr(container, "add_heading"):
                container.add_heading(b[1], level=2)
            else:
                container.add_paragraph().add_run(b[1]).bold = True
        elif k == "p":
            container.add_paragraph(b[1])
        elif k == "list":
            for it in b[1]:
                container.add_paragraph(it, style="List Bullet")
        elif k == "field":
            if hasattr(container, "add_heading") and not bold_labels:
                container.add_heading(b[2], level=3)
                _add_value(container, b[3])
            else:
                p = container.add_paragraph()
                p.add_run(b[2] + ": ").bold = True
                _add_value(container, b[3], None if b[3] and isinstance(b[3][0], tuple) else p)
        elif k == "table":
            t = container.add_table(rows=0, cols=len(b[1][0])); t.style = "Table Grid"
            for row in b[1]:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
        elif k == "pagebreak":
            if hasattr(container, "add_page_break"):
                container.add_page_break()
        elif k == "sign":
            container.add_paragraph("")
            container.add_paragraph("Underskrifter")
            t = container.add_table(rows=3, cols=len(b[1]))
            for i, who in enumerate(b[1]):
                t.rows[0].cells[i].text = "Dato:"
                t.rows[1].cells[i].text = "_______________________"
                t.rows[2].cells[i].text = who


# ----------------------------------------------------------------------------- HTML rendering

CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;margin:0;color:#222}
.top{background:#1d3b5a;color:#fff;padding:8px 16px;font-size:10pt}
.shell{display:grid;grid-template-columns:170px 1fr}
nav{background:#eef2f6;padding:14px 10px;font-size:9pt;border-right:1px solid #ccd}
nav a{display:block;color:#1d3b5a;text-decoration:none;margin:4px 0}
main{padding:14px 22px}
.kv{display:grid;grid-template-columns:190px 1fr;gap:6px 14px;margin:10px 0}
.kv .k{font-weight:bold;color:#345}
.card{border:1px solid #ccd;border-radius:6px;padding:10px 14px;margin:10px 0}
.flexrow{display:flex;gap:18px}.flexrow>div{flex:1}
.letter{display:grid;grid-template-columns:1fr 150px;gap:28px;padding:30px 40px}
.info{font-size:8.5pt;border-left:1px solid #999;padding-left:10px}
.info b{display:block;margin-top:8px}
h1{font-size:17pt;color:#1d3b5a}h2{font-size:13pt;margin-top:18px}
.crumb{font-size:8pt;color:#666}

"""


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html_value(vals) -> str:
    out = []
    for v in vals:
        if isinstance(v, tuple) and v[0] == "list":
            out.append("<ul>" + "".join(f"<li>{esc(i[0].upper() + i[1:])}</li>" for i in v[1])
                       + "</ul>")
        else:
            out.append(f"<div>{esc(v)}</div>" if v else "<div>&nbsp;</div>")
    return "".join(out)


def _html_blocks(blocks, kv: bool) -> str:
    out, run = [], []

    def flush():
        if run:
            out.append('<div class="kv">' + "".join(run) + "</div>")
            run.clear()
    for b in blocks:
        k = b[0]
        if k == "field" and kv:
            run.append(f'<div class="k">{esc(b[2])}</div><div class="v">{_html_value(b[3])}</div>')
            continue
        flush()
        if k == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "p":
            out.append("<p>" + esc(b[1]).replace("\n", "<br>") + "</p>")
        elif k == "list":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "field":
            out.append(f"<h2>{esc(b[2])}</h2>{_html_value(b[3])}")
        elif k == "table":
            out.append("<table border=1 cellpadding=4 style='border-collapse:collapse'>" + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
                + "</table>")
        elif k == "pagebreak":
            out.append("<div style='break-before:page'></div>")
        elif k == "sign":
            out.append('<div class="flexrow" style="margin-top:30px">' + "".join(
                f"<div>Dato og underskrift<br><br>______________________<br>{esc(w)}</div>"
                for w in b[1]) + "</div>")
    flush()
    return "".join(out)


def render_html(d: Doc, layout: str) -> str:
    m = d.meta
    head = f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>" \
           f"{esc(d.blocks[0][1] if d.blocks[0][0] == 'title' else m['kommune'])}</title>" \
           f"<style>{CSS}</style></head><body>"
    cpr = f"<div>CPR-nr.: {d.cpr}</div>" if d.cpr else ""
    if layout in ("html-sidebar", "minplan-print"):
        nav = "".join(f"<a href='#'>{x}</a>" for x in
                      ["Overblik", "Borger", "Min Plan", "Indsatser", "Ydelser", "Dokumenter",
                       "Journalnotater", "Kalender", "Breve"])
        body = _html_blocks(d.blocks, kv=True)
        crumb = f"<div class='crumb'>Borger › {esc(m['citizen'])} › " \
                f"{'Min Plan' if d.kind == 'minplan' else 'Dokumenter'}</div>"
        who = f"<div class='card'><b>{esc(m['citizen'])}</b><br>{esc(m['caddr'])}{cpr}</div>"
        return head + f"<div class='top'>{esc(m['kommune'])} · Fagsystem · logget ind som " \
            f"{esc(m['cw'])}</div><div class='shell'><nav>{nav}</nav><main>{crumb}{who}{body}" \
            f"</main></div></body></html>"
    if layout == "html-letter":
        info = "".join(f"<b>{k}</b>{esc(v)}" for k, v in
                       [("Dato", fmt_date(m["date"], 0)), ("Sagsnr.", m["jnr"]),
                        ("Sagsbehandler", m["cw"]), ("Telefon", m["cwphone"]),
                        ("E-mail", m["cwmail"])])
        body = _html_blocks(d.blocks, kv=False)
        return head + f"<div class='top'>{esc(m['kommune'])} · {esc(m['unit'])}</div>" \
            f"<div class='letter'><div><p>{esc(m['citizen'])}<br>{esc(m['caddr'])}</p>{cpr}" \
            f"{body}</div><div class='info'>{info}</div></div></body></html>"
    # html-grid: agreement as a printable form, label/value in CSS grid
    body = _html_blocks(d.blocks, kv=True)
    return head + f"<div class='top'>{esc(m['kommune'])} · {esc(m['unit'])} · " \
        f"Tlf. {esc(m['kphone'])}</div><main><div class='flexrow'><div>{esc(m['citizen'])}<br>" \
        f"{esc(m['caddr'])}{cpr}</div><div style='text-align:right;font-size:9pt'>" \
        f"{fmt_date(m['date'], 0)}<br>J.nr. {esc(m['jnr'])}</div></div>{body}" \
        f"<p style='font-size:8pt;color:#555'>Sagsbehandler: {esc(m['cw'])}, tlf. " \
        f"{esc(m['cwphone'])}</p></main></body></html>"


# ----------------------------------------------------------------------------- tools

def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          timeout=300, **kw)


def lo_convert(docx_paths: list[Path], outdir: Path) -> None:
    for i in range(0, len(docx_paths), 25):
        run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to",
             "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths[i:i + 25]])


def chromium_pdf(args) -> None:
    html, pdf, slot = args
    prof = Path(f"/tmp/chr_x_{slot}")
    run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
         f"--user-data-dir={prof}", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", f"file://{html}"])
    shutil.rmtree(prof, ignore_errors=True)


def scan(args) -> None:
    """Rasterise, degrade slightly, and OCR (ocr=True) or keep image-only (ocr=False)."""
    pdf, out, seed, ocr, work = args
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    run(["pdftoppm", "-r", "200", "-png", str(pdf), str(work / "p")])
    pages = sorted(work.glob("p*.png"))
    imgs = []
    for p in pages:
        im = Image.open(p).convert("L")
        angle = rng.uniform(-1.2, 1.2)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        noise = Image.effect_noise(im.size, rng.uniform(8, 18))
        im = Image.blend(im, noise, 0.08).filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.5)))
        im = im.point(lambda v: 255 if v > 235 else v)
        im.save(p)
        imgs.append(im)
    if ocr:
        w = PdfWriter()
        for p in pages:
            run(["tesseract", str(p), str(p.with_suffix("")), "-l", "dan", "pdf"],
                env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
            for pg in PdfReader(str(p.with_suffix(".pdf"))).pages:
                w.add_page(pg)
        with open(out, "wb") as f:
            w.write(f)
    else:
        imgs[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


# ----------------------------------------------------------------------------- plan

def plan(rng: random.Random) -> list[dict]:
    specs = []
    # agreements (90): layout and rendering path
    agr_layouts = (["table"] * 27 + ["prose"] * 24 + ["twocol"] * 10 + ["landscape"] * 11
                   + ["html-grid"] * 10 + ["html-sidebar"] * 8)
    for lay in agr_layouts:
        specs.append({"kind": "agreement", "layout": lay})
    dec = (["grant"] * 7 + ["partial"] * 4 + ["refusal"] * 4 + ["extension"] * 4 + ["end"] * 3)
    for i, sub in enumerate(dec):
        specs.append({"kind": "decision", "subtype": sub,
                      "layout": ["twocol", "html-letter", "prose"][i % 3]})
    for i in range(15):
        specs.append({"kind": "minplan", "layout": "minplan-print" if i % 3 else "table"})
    uk = ["status-report"] * 6 + ["invoice"] * 4 + ["minutes"] * 5 + ["leaflet"] * 4 + ["club"] * 4
    for i, sub in enumerate(uk):
        specs.append({"kind": "unknown", "subtype": sub,
                      "layout": ["prose", "html-sidebar", "table", "twocol"][i % 4]})
    rng.shuffle(specs)
    # rendering path
    for s in specs:
        html = s["layout"].startswith("html") or s["layout"] == "minplan-print"
        r = rng.random()
        if html:
            s["path"] = "html" if r < .15 else "chromium-pdf"
        else:
            s["path"] = "docx" if r < .4 else "lo-pdf"
    pdfs = [s for s in specs if s["path"] in ("chromium-pdf", "lo-pdf")]
    rng.shuffle(pdfs)
    for s in pdfs[:18]:
        s["scan"] = "ocr"
    for s in pdfs[18:24]:
        s["scan"] = "image"
    return specs


FOLDERS = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "min-plan",
           "unknown": "diverse"}


def build(out: Path, seed: int) -> None:
    rng = random.Random(seed)
    specs = plan(rng)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="corpus_x_"))
    entries, to_lo, to_chrome, to_scan = [], [], [], []
    dest_of: dict[str, Path] = {}
    for n, s in enumerate(specs):
        kind, lay = s["kind"], s["layout"]
        if kind == "agreement":
            d = make_agreement(rng, lay, long=(lay == "prose" or (lay == "table" and rng.random() < .4)))
        elif kind == "decision":
            d = make_decision(rng, s["subtype"])
        elif kind == "minplan":
            d = make_minplan(rng)
        else:
            d = make_unknown(rng, s["subtype"])
        year = d.meta["date"].year
        stem = f"{n:03d}-{d.subtype}-{d.meta['fn'].lower()}"
        stem = stem.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        rel_dir = Path(FOLDERS[kind]) / str(year)
        (out / rel_dir).mkdir(parents=True, exist_ok=True)
        traits = list(d.traits) + [f"render:{s['path']}"]
        if d.cpr:
            traits.append("cpr")
        is_html = lay.startswith("html") or lay == "minplan-print"
        if is_html:
            src = work / f"{stem}.html"
            src.write_text(render_html(d, lay), encoding="utf-8")
        else:
            src = work / f"{stem}.docx"
            render_docx(d, lay, src)
        if s["path"] == "html":
            final, fmt = rel_dir / f"{stem}.html", "html"
            shutil.copy(src, out / final)
        elif s["path"] == "docx":
            final, fmt = rel_dir / f"{stem}.docx", "docx"
            shutil.copy(src, out / final)
        else:
            final, fmt = rel_dir / f"{stem}.pdf", "pdf"
            pdf = work / f"{stem}.pdf"
            (to_chrome if is_html else to_lo).append((src, pdf))
            dest_of[str(pdf)] = final
            if s.get("scan"):
                to_scan.append((pdf, out / final, seed * 1000 + n, s["scan"] == "ocr",
                                work / f"scan_{n}"))
                traits.append(f"scan:{s['scan']}")
        rules = sorted(d.rules)
        must = [d.cpr, d.cpr.replace("-", "")] if d.cpr else []
        accept = ["no-text"] if s.get("scan") == "image" else []
        layout = lay if not s.get("scan") else f"{lay}+scan-{s['scan']}"
        e = {"path": str(final), "format": fmt, "kind": kind, "subtype": d.subtype,
             "layout": layout, "rules": rules, "extras": [], "error": None,
             "accept_errors": accept, "must_not_contain": must, "traits": traits}
        if d.period:
            e["period"] = d.period
        entries.append(e)
    # LibreOffice: one profile, batched
    if to_lo:
        lo_convert([a for a, _ in to_lo], work)
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(chromium_pdf, [(a, b, i) for i, (a, b) in enumerate(to_chrome)]))
    scanned = {str(t[0]) for t in to_scan}
    for _, pdf in to_lo + to_chrome:
        if not pdf.exists():
            sys.exit(f"rendering failed: {pdf.name}")
        if str(pdf) not in scanned:
            shutil.copy(pdf, out / dest_of[str(pdf)])
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(scan, to_scan))
    # page counts as traits (multi-page documents)
    for e in entries:
        if e["format"] == "pdf":
            n = len(PdfReader(str(out / e["path"])).pages)
            if n > 1:
                e["traits"].append(f"pages:{n}")
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{len(entries)} documents written to {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/x"))
    ap.add_argument("--seed", type=int, default=73)
    a = ap.parse_args()
    if a.out.exists() and any(a.out.iterdir()):
        shutil.rmtree(a.out)
    build(a.out, a.seed)


if __name__ == "__main__":
    main()
