#!/usr/bin/env python3
"""Independent evaluation corpus "n" for the mentor-agreement linter.

Standalone generator.  Usage:

    /work/main/.venv/bin/python make_corpus_n.py --out /work/corpora/n --seed 31

Writes ~220 documents (agreements + look-alike non-agreements) in many layouts
(OCR'd PDFs, damaged text layers, two-column/sidebar PDFs, HTML exports, e-mails,
prose letters, journal notes, docx with content controls / text boxes / tracked
changes / comments / footers, odt, rtf, txt) plus EXPECTED.jsonl (format: see
scripts/corpus/manifest.py).  Everything is driven by random.Random(seed).
"""
from __future__ import annotations

import argparse
import calendar
import copy
import datetime as dt
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

RULES = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)

# --------------------------------------------------------------------------------------------
# date helpers
# --------------------------------------------------------------------------------------------
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dots0":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "dash0":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "en":
        return f"{d.day} {MONTHS_EN[d.month-1]} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month-1]} {d.year}"
    raise ValueError(style)


DATE_STYLES = ["long", "den", "abbr", "dots", "dots0", "dots2", "slash", "slashdash", "dash0", "iso"]


def fmt_range(s: dt.date, e: dt.date, rng: random.Random, lang="da") -> tuple[str, str]:
    """Return (text, trait)."""
    if lang == "en":
        return f"{fmt_date(s,'en')} to {fmt_date(e,'en')}", "range:en"
    k = rng.randrange(9)
    if k == 0:
        st = rng.choice(DATE_STYLES)
        return f"{fmt_date(s, st)} – {fmt_date(e, st)}", f"range:endash/{st}"
    if k == 1:
        st = rng.choice(DATE_STYLES)
        return f"fra {fmt_date(s, st)} til {fmt_date(e, st)}", f"range:fra-til/{st}"
    if k == 2:
        st = rng.choice(["dots", "dots0", "long"])
        return f"f.o.m. {fmt_date(s, st)} t.o.m. {fmt_date(e, st)}", f"range:fom-tom/{st}"
    if k == 3 and s.year == e.year:
        return (f"{s.day}. {MONTHS[s.month-1]} – {e.day}. {MONTHS[e.month-1]} {e.year}",
                "range:shared-year")
    if k == 4:
        return f"{fmt_date(s,'dots0')}-{fmt_date(e,'dots0')}", "range:dots-hyphen-nospace"
    if k == 5:
        return f"{fmt_date(s,'slashdash')} til {fmt_date(e,'slashdash')}", "range:slashdash"
    if k == 6:
        return f"fra og med {fmt_date(s,'long')} til og med {fmt_date(e,'long')}", "range:fra-og-med"
    if k == 7:
        return f"{fmt_date(s,'iso')} — {fmt_date(e,'iso')}", "range:iso-emdash"
    return f"{fmt_date(s,'weekday')} til {fmt_date(e,'weekday')}", "range:weekday"


# --------------------------------------------------------------------------------------------
# people, places
# --------------------------------------------------------------------------------------------
MUNIS = [
    ("Aabenraa", "Skelbækvej 2, 6200 Aabenraa", "73 76 76 76"),
    ("Assens", "Willemoesvej 2, 5610 Assens", "64 74 74 74"),
    ("Brønderslev", "Ny Rådhusplads 1, 9700 Brønderslev", "99 45 45 45"),
    ("Faxe", "Frederiksgade 9, 4690 Haslev", "56 20 30 00"),
    ("Fredericia", "Prinsessegade 9A, 7000 Fredericia", "72 10 70 00"),
    ("Frederikssund", "Torvet 2, 3600 Frederikssund", "47 35 10 00"),
    ("Gribskov", "Rådhusvej 3, 3200 Helsinge", "72 49 60 00"),
    ("Guldborgsund", "Parkvej 37, 4800 Nykøbing F", "54 73 10 00"),
    ("Haderslev", "Simmerstedvej 1A, 6100 Haderslev", "74 34 34 34"),
    ("Herning", "Fredhøjvej 4, 7400 Herning", "96 28 28 28"),
    ("Hjørring", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
    ("Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Horsens", "Rådhustorvet 4, 8700 Horsens", "76 29 29 29"),
    ("Ikast-Brande", "Centerparken 1, 7330 Brande", "99 60 40 00"),
    ("Kalundborg", "Holbækvej 141B, 4400 Kalundborg", "59 53 44 00"),
    ("Kolding", "Akseltorv 2, 6000 Kolding", "79 79 79 79"),
    ("Lolland", "Jernbanegade 7, 4930 Maribo", "54 67 67 67"),
    ("Middelfart", "Østergade 11, 5500 Middelfart", "88 88 55 00"),
    ("Mariagerfjord", "Nordre Kajgade 1, 9500 Hobro", "97 11 30 00"),
    ("Næstved", "Teatergade 8, 4700 Næstved", "55 88 55 88"),
    ("Odsherred", "Nyvej 22, 4573 Højby", "59 66 66 66"),
    ("Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15"),
    ("Rebild", "Hobrovej 88, 9530 Støvring", "99 88 99 88"),
    ("Ringkøbing-Skjern", "Ved Fjorden 6, 6950 Ringkøbing", "99 74 24 24"),
    ("Roskilde", "Køgevej 80, 4000 Roskilde", "46 31 30 00"),
    ("Rudersdal", "Øverødvej 2, 2840 Holte", "46 11 00 00"),
    ("Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Skive", "Torvegade 10, 7800 Skive", "99 15 55 00"),
    ("Slagelse", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
    ("Sorø", "Rådhusvej 8, 4180 Sorø", "57 87 60 00"),
    ("Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
    ("Thisted", "Asylgade 30, 7700 Thisted", "99 17 17 17"),
    ("Tønder", "Kongevej 57, 6270 Tønder", "74 92 92 92"),
    ("Varde", "Bytoften 2, 6800 Varde", "79 94 68 00"),
    ("Vejen", "Rådhuspassagen 3, 6600 Vejen", "79 96 50 00"),
    ("Vesthimmerland", "Vestre Boulevard 7, 9600 Aars", "99 66 70 00"),
    ("Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
    ("Vordingborg", "Valdemarsgade 43, 4760 Vordingborg", "55 36 36 36"),
    ("Aalborg", "Boulevarden 13, 9000 Aalborg", "99 31 31 31"),
    ("Esbjerg", "Torvegade 74, 6700 Esbjerg", "76 16 16 16"),
    ("Greve", "Rådhusholmen 10, 2670 Greve", "43 97 97 97"),
    ("Lejre", "Møllebjergvej 4, 4330 Hvalsø", "46 46 46 46"),
]

FIRST_F = ["Sara", "Mette", "Line", "Helle", "Camilla", "Pernille", "Anne", "Louise", "Fatima",
           "Nadia", "Birgitte", "Tina", "Rikke", "Susanne", "Katrine", "Marianne", "Hanne",
           "Ida", "Amalie", "Zainab", "Jette", "Lone", "Maja", "Dorthe"]
FIRST_M = ["Ali", "Jonas", "Mads", "Kasper", "Henrik", "Thomas", "Mikkel", "Ahmad", "Peter",
           "Morten", "Rasmus", "Bo", "Lars", "Søren", "Jesper", "Emil", "Omar", "Niels",
           "Frederik", "Kim", "Hassan", "Anders", "Tobias", "Jakob"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Yilmaz", "Hussein",
        "Kaya", "Østergaard", "Bech", "Damgaard", "Holm", "Lund", "Skov", "Frandsen", "Kjær",
        "Abdi", "Nørgaard", "Vestergaard", "Bak", "Ibsen"]
STREETS = ["Vestergade", "Nørregade", "Skolevej", "Egevej", "Birkevej", "Rosenvænget",
           "Søndergade", "Kirkevej", "Bøgevej", "Parkvej", "Åboulevarden", "Engtoften",
           "Møllevænget", "Stationsvej", "Havnegade"]

MENTOR_ORGS = [
    ("Mentorkorpset", "internal"), ("Jobcentrets mentorteam", "internal"),
    ("Mentorhuset ApS", "external"), ("Ungeindsatsen", "internal"),
    ("Sct. Georgs Mentorservice", "external"), ("Jobhuset", "internal"),
    ("Brobyggerne I/S", "external"), ("Mentor & Co", "external"),
    ("Center for Job og Uddannelse", "internal"), ("KompetenceCenter Vest", "external"),
    ("Mentorvirksomheden Nordlys", "external"), ("Team Fastholdelse", "internal"),
]

PLACEHOLDERS = ["Klik eller tryk her for at skrive tekst.", "—", "udfyldes senere",
                "Udfyldes senere", "-", "[udfyldes]", "…"]


def phone(rng, style=None):
    digits = [rng.randrange(10) for _ in range(8)]
    digits[0] = rng.choice([2, 3, 4, 5, 6, 7, 8, 9])
    s = "".join(map(str, digits))
    style = style if style is not None else rng.randrange(4)
    if style == 0:
        return " ".join(s[i:i+2] for i in range(0, 8, 2))
    if style == 1:
        return s[:4] + " " + s[4:]
    if style == 2:
        return "+45 " + " ".join(s[i:i+2] for i in range(0, 8, 2))
    return s


def slugify(s: str) -> str:
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def make_cpr(rng) -> str:
    y = rng.randrange(60, 105) % 100
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randrange(1000, 9999)}"


# --------------------------------------------------------------------------------------------
# field content pools
# --------------------------------------------------------------------------------------------
# Clear goals: (text, anchor trait).  Nominal form works both after a label and in prose.
CLEAR_GOALS = [
    ("Ordinært job som lagermedarbejder i {city}-området på mindst 25 timer om ugen inden udgangen af perioden", "job:lager"),
    ("Start på FVU-dansk trin 2 på VUC i uge 34 og fremmøde mindst to dage om ugen", "edu:FVU"),
    ("Gennemføre AMU-kurset Truckcertifikat B og derefter søge mindst fire lagerjob om måneden", "edu:AMU"),
    ("Optagelse på HF-enkeltfag (dansk C og engelsk C) på HF & VUC til skolestart i august", "edu:HF"),
    ("At du påbegynder grundforløb 2 på EUD Ernæringsassistent på Mercantec og møder alle skoledage", "edu:EUD"),
    ("Fastholdelse af løntilskudsjobbet hos Dagli'Brugsen med fremmøde på alle aftalte arbejdsdage", "job:loentilskud"),
    ("Virksomhedspraktik 10 timer om ugen i en børnehave, så det kan afklares, om PAU-uddannelsen er realistisk", "praktik+edu:PAU"),
    ("Gennemføre første skoleperiode på SOSU-hjælperuddannelsen på SOSU Fyn med under 10 % fravær", "edu:SOSU"),
    ("Start på FGU, produktionsgrunduddannelse (PGU) på værkstedet Motor & Mekanik, i uge 6", "edu:FGU"),
    ("Fastholde fleksjobbet som pedelmedhjælper på {city} Skole, 12 timer om ugen, efter omplaceringen", "job:fleksjob"),
    ("Gennemføre STU-forløbet på Ungdomsskolens STU med fremmøde fire dage om ugen", "edu:STU"),
    ("Gennemføre grundforløbet på EUX Business på Niels Brock frem til sommerferien", "edu:EUX"),
    ("Ordinær ansættelse i rengøringsbranchen på mindst 15 timer om ugen", "job:rengoering"),
    ("Tilbagevenden til stillingen som social- og sundhedsassistent på Plejecenter Solgården, først tre dage om ugen og fuld tid fra uge 40", "job:tilbagevenden"),
    ("Bestå 9.-klasseprøven i dansk og matematik på VUC Storstrøm til sommer", "edu:VUC"),
    ("Stabilt fremmøde i virksomhedspraktik på genbrugspladsen (tre dage om ugen, kl. 8-12) med henblik på et løntilskudsjob", "praktik"),
    ("Start på Social- og Sundhedsskolen i august og bestået grundforløb inden jul", "edu:SOSU-school"),
    ("Ansøgning om optagelse på erhvervsuddannelsen til datatekniker sendt via optagelse.dk inden 1. marts", "edu:EUD-IT"),
    ("Tilbage på fuld tid (37 timer) i jobbet som maskinoperatør hos Arla Foods senest uge 40", "job:fastholdelse"),
    ("Fast deltidsjob i detailhandlen på 20 timer om ugen", "job:detail"),
    ("Gennemføre forberedende voksenundervisning (FVU-matematik) og derefter starte på AMU-kursus i lager og logistik", "edu:FVU+AMU"),
    ("At du kommer i gang med uddannelsen til pædagogisk assistent på Professionshøjskolen og består første praktik", "edu:PAU2"),
    ("Job som buschauffør: kørekort kategori D gennem AMU og mindst fire ansøgninger om måneden", "job:chauffoer"),
    ("Påbegynde 10. klasse på {city} Ungdomsskole og gennemføre året med under 15 % fravær", "edu:10kl"),
    ("Fastholde elevpladsen som tømrerlærling hos Tømrerfirmaet Bach & Søn", "edu:laerling"),
    ("Færdiggøre 2. semester af sygeplejerskeuddannelsen på UCL uden at falde fra", "edu:sygepleje"),
    ("Løntilskudsstilling som kantinemedhjælper på Rådhuset, 25 timer om ugen, der kan blive til en fast stilling", "job:kantine"),
    ("Optagelse på Produktionsskolens køkkenlinje og afklaring af en kokkeuddannelse på EUD", "edu:produktionsskole"),
]
CLEAR_GOALS_EN = [
    ("Start the FVU Danish course at VUC in week 34 and attend at least two days a week", "edu:FVU"),
    ("A permanent part-time job in retail of at least 20 hours a week", "job:retail"),
    ("Complete the first term of the SOSU assistant programme with less than 10 % absence", "edu:SOSU"),
    ("Return to your job as a warehouse operator, full time (37 hours) by week 40", "job:return"),
]
UNCLEAR_GOALS = [
    ("Øget trivsel", "abstract:trivsel"),
    ("At borgeren arbejder med sig selv", "abstract:arbejde-med-sig-selv"),
    ("Støtte til struktur i hverdagen", "activity:stoette-til-struktur"),
    ("Bedre selvværd og mere overskud", "abstract:selvvaerd"),
    ("Komme videre i livet", "abstract:komme-videre"),
    ("Hjælp til at få styr på økonomi og post", "activity:hjaelp-til"),
    ("Motivere borgeren", "activity:motivere"),
    ("At du får det bedre og bliver mere stabil", "abstract:stabil"),
    ("Sikre at borgeren møder op til sine aftaler", "activity:sikre-at"),
    ("Mere ro på og bedre søvn", "abstract:soevn"),
    ("Udvikling af personlige og sociale kompetencer", "abstract:kompetencer"),
    ("Helhedsorienteret støtte til borgeren", "activity:helhed"),
    ("At du får mere struktur på hverdagen", "abstract:struktur"),
    ("Stabilisering", "abstract:stabilisering"),
]
UNCLEAR_GOALS_EN = [("Improved well-being and self-esteem", "abstract:wellbeing"),
                    ("Support with structure in everyday life", "activity:support")]

TASKS = [
    "lave en ugeplan sammen med dig og hjælpe dig med at holde fast i den",
    "følge dig de første dage på arbejdspladsen",
    "ringe eller skrive til dig om morgenen de dage, hvor du skal møde",
    "hjælpe dig med at læse og besvare breve fra kommunen og Skat",
    "være bindeled mellem dig og din leder, hvis der opstår problemer",
    "hjælpe med ansøgninger og med at opdatere dit CV på Jobnet",
    "øve turen med bus til og fra skolen",
    "tage med til møder med studievejlederen og SPS-vejlederen",
    "skabe overblik over lektier og afleveringer",
    "tale med dig om, hvordan du håndterer uro og angst i pauserne",
    "være bindeled til misbrugsbehandlingen",
    "finde og kontakte mulige praktiksteder",
    "støtte dig i at komme op om morgenen og møde til tiden",
    "hjælpe dig med tilmeldingen på optagelse.dk",
    "sørge for, at du kender dine mødetider og din kontaktperson på værkstedet",
    "hjælpe med at planlægge indkøb og madpakker til arbejdsdagene",
    "øve samtaler med en arbejdsgiver inden jobsamtaler",
    "holde kontakt med din kontaktlærer på skolen",
]
TASKS_EN = ["make a weekly plan with you and help you keep it",
            "go with you on the first days at the workplace",
            "help you read and answer letters from the municipality",
            "help with job applications and your CV on Jobnet",
            "practise the bus route to school"]
TASK_TRAP_FOLLOW = "hjælpe dig med at huske lægeaftaler og følge op på dem"

FOLLOWUPS = [
    ("Vi holder statussamtale hver 4. uge, hvor din mentor, du og jeg ser på, om du er kommet nærmere målet.", "statussamtale/4uger"),
    ("Mentor sender en kort skriftlig status til rådgiveren hver måned. Der er midtvejsstatus {mid}, og slutevaluering senest 14 dage før forløbet slutter.", "midtvejsstatus+slutevaluering"),
    ("Opfølgning ved trepartssamtale (borger, mentor og rådgiver) efter 6 og 12 uger. Progression måles på fremmøde: mindst 80 % fremmøde i uge 8.", "trepart+progression"),
    ("Effekt og progression evalueres hver 3. måned og altid 14 dage før støtteperioden ophører.", "evaluering/3mdr"),
    ("Rådgiveren følger op telefonisk hver 14. dag, og der holdes statusmøde {mid}.", "telefon/14dage+statusmoede"),
    ("Delmål og progression gennemgås på opfølgningssamtaler hver anden måned.", "opfoelgning/2mdr"),
    ("Fire uger før bevillingen udløber holder vi en evaluering og vurderer, om der skal søges forlængelse.", "evaluering/4uger-foer"),
    ("Vi mødes alle tre {mid} og ser på, hvordan det går med fremmødet. Hvis det går godt, trapper vi støtten ned.", "moede-mid/prose"),
    ("Evaluering: Mentor og borger udfylder progressionsskema ved opstart og igen efter 3 måneder; resultatet drøftes med sagsbehandler.", "progressionsskema"),
    ("Status hver måned på jobsamtalen i jobcentret. Målet for progression er mindst to nye praktikaftaler inden midtvejsstatus.", "status/maaned"),
]
FOLLOWUPS_EN = [("We hold a follow-up meeting every 4 weeks; the final evaluation is 2 weeks before the end date.", "en:followup")]

# hours: (text, trait)
HOURS = [
    ("1½ time om ugen", "hours:1½"), ("halvanden time om ugen", "hours:halvanden"),
    ("to timer ugentligt", "hours:to-ugentligt"), ("24 mentortimer i perioden", "hours:24-i-perioden"),
    ("2-3 timer pr. uge", "hours:2-3"), ("op til 5 t/uge", "hours:op-til-5-t/uge"),
    ("3 timer pr. uge", "hours:3-pr-uge"), ("4 timer om ugen fordelt på to møder", "hours:4-two-meetings"),
    ("8 timer om måneden", "hours:8-maaned"), ("1-2 timer pr. uge (niveau 2)", "hours:niveau2"),
    ("2 t. ugentligt", "hours:2t"), ("6 timer om ugen de første fire uger, derefter 3 timer om ugen", "hours:tapering"),
    ("max. 10 timer om måneden", "hours:max10-maaned"), ("en time om ugen", "hours:en-time"),
]
HOURS_EN = [("2 hours per week", "hours:en-2"), ("up to 3 hours a week", "hours:en-3")]
HOURS_VAGUE = [("efter behov", "vague:efter-behov"), ("efter aftale", "vague:efter-aftale"),
               ("efter aftale mellem mentor og borger", "vague:efter-aftale-lang"),
               ("et par timer om ugen", "vague:et-par-timer"), ("fleksibelt – efter behov", "vague:fleksibelt")]

APPEALS = [
    ("Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.", "appeal:faxe-standard"),
    ("Du kan klage over afgørelsen. Klagen sendes til {sender} inden 4 uger efter, at du har modtaget dette brev. Vi genvurderer sagen, og fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen. Du kan klage mundtligt eller skriftligt, jf. retssikkerhedslovens §§ 66 og 67 og LAB § 204.", "appeal:long-legal"),
    ("Klagefrist: 4 uger fra modtagelsen. Klagen sendes til kommunen, som genvurderer afgørelsen og eventuelt videresender den til Ankestyrelsen, Beskæftigelsesudvalget.", "appeal:short"),
    ("Er du uenig, så kontakt os senest fire uger efter, at du har fået brevet – ring, skriv eller send en mail til {cwmail}. Vi ser på sagen igen. Giver vi dig ikke medhold, sender vi din klage til Ankestyrelsen.", "appeal:informal"),
    ("Klage skal sendes til {sender}, {addr}, senest 4 uger efter, at du har fået afgørelsen. Kommunen genvurderer, og hvis afgørelsen fastholdes, sendes sagen til Ankestyrelsen inden for 4 uger.", "appeal:address"),
    ("Afgørelsen om mentorstøtte kan påklages til Ankestyrelsens Beskæftigelsesudvalg, jf. LAB § 204. Klagen skal dog først sendes til kommunen inden 4 uger, så vi kan genvurdere sagen.", "appeal:lab204"),
]
APPEALS_EN = [("If you disagree with the decision, you can complain to the municipality within 4 weeks of receiving it. We will reconsider the decision. If we maintain it, your complaint is forwarded to Ankestyrelsen (the National Social Appeals Board).", "appeal:en")]
APPEAL_WEAK = [("Du kan klage over den.", "weak:du-kan-klage"),
               ("Du har mulighed for at klage, hvis du er utilfreds.", "weak:mulighed-for-at-klage")]

LEGAL_REFS = ["LAB § 167", "§ 167 i lov om en aktiv beskæftigelsesindsats", "§ 31 b",
              "lov om en aktiv beskæftigelsesindsats kapitel 26", "LAB § 167, stk. 1", "§ 31b"]


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------
LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Borgerens mål", "Mål for forløbet",
             "Hvad er målet?", "Dit mål", "Hovedformål", "Målsætning", "Vi har aftalt følgende mål:",
             "Det skal mentorstøtten føre til", "Beskæftigelses- eller uddannelsesmål",
             "Formålet med mentorstøtten", "Mål med støtten"],
    "mentor": ["Mentor", "Mentors kontaktoplysninger", "Mentorens navn og kontaktdata", "Din mentor",
               "Din støtteperson", "Kontaktperson (mentor)", "Hvem er din mentor?",
               "Mentor – navn, tlf. og mail", "Tilknyttet mentor", "Mentoroplysninger"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Hvad skal mentor hjælpe med?", "{first} skal hjælpe dig med:",
              "Indsatsområder", "Støtten består i", "Sådan arbejder vi", "Mentor bistår ved",
              "Mentors opgaver", "Det hjælper mentor dig med"],
    "duration": ["Periode", "Varighed", "Tidsramme", "Bevilget periode", "Aftalens varighed",
                 "Hvor længe?", "Gyldighedsperiode", "Forløbsperiode", "Bevillingsperiode"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Status og evaluering",
               "Hvordan følger vi op?", "Evaluering", "Statussamtaler", "Progression og opfølgning",
               "Sådan følger vi op"],
    "hours": ["Timetal", "Antal timer", "Timer", "Omfang", "Timeantal pr. uge", "Hvor meget tid?",
              "Mentortimer", "Timer bevilget"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang",
               "Er du uenig?", "Vejledning om klage"],
}
LABELS_EN = {
    "goal": ["Goal", "Goal of the mentor support"], "mentor": ["Mentor", "Your mentor – contact details"],
    "tasks": ["Mentor's tasks", "What the mentor will help with"], "duration": ["Period", "Duration"],
    "follow": ["Follow-up"], "hours": ["Hours", "Number of hours"],
    "appeal": ["How to complain", "Appeal guidance"],
}
LABELS_BI = {
    "goal": "Mål / Goal", "mentor": "Mentor / Mentor (contact)", "tasks": "Mentorens opgaver / Mentor's tasks",
    "duration": "Periode / Period", "follow": "Opfølgning / Follow-up", "hours": "Timetal / Hours",
    "appeal": "Klagevejledning / Appeal guidance",
}

FIELD_ORDER = ["goal", "mentor", "tasks", "duration", "follow", "hours", "appeal"]
DEFECT_FIELD = {"missing-goal": "goal", "unclear-goal": "goal", "missing-mentor": "mentor",
                "missing-tasks": "tasks", "missing-duration": "duration",
                "duration-over-6-months": "duration", "missing-follow-up": "follow",
                "missing-hours": "hours", "missing-appeal-guidance": "appeal"}

NUMWORD = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte",
           9: "ni", 10: "ti", 11: "elleve", 12: "tolv"}


class Case:
    """All content of one agreement, with the field states that decide the labels."""

    def __init__(self, rng: random.Random, defects: list[str], lang: str = "da",
                 cpr: bool = False, modes: dict | None = None):
        self.rng = rng
        self.lang = lang
        self.defects = sorted(defects)
        self.traits: list[str] = []
        m = rng.choice(MUNIS)
        self.muni, self.muni_addr, self.muni_phone = m
        self.city = self.muni_addr.split()[-1]
        self.sender = rng.choice([f"Jobcenter {self.muni}", f"{self.muni} Kommune",
                                  f"{self.muni} Kommune, Job og Arbejdsmarked",
                                  f"Jobcenter {self.muni}, Ungeenheden"])
        self.domain = slugify(self.muni) + ".dk"
        g = rng.random() < 0.5
        self.cit_first = rng.choice(FIRST_F if g else FIRST_M)
        self.cit_last = rng.choice(LAST)
        self.cit_addr = f"{rng.choice(STREETS)} {rng.randrange(1, 120)}, {self.muni_addr.split(',')[-1].strip()}"
        self.cpr = make_cpr(rng) if cpr else None
        cw_f = rng.random() < 0.6
        self.cw_first = rng.choice(FIRST_F if cw_f else FIRST_M)
        self.cw_last = rng.choice(LAST)
        self.cw_name = f"{self.cw_first} {self.cw_last}"
        self.cw_phone = phone(rng)
        self.cw_mail = f"{self.cw_first[:2].lower()}{self.cw_last[:2].lower()}@{self.domain}".replace("ø", "o").replace("æ", "ae").replace("å", "aa")
        self.cw_title = rng.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver", "Uddannelsesvejleder",
                                    "Virksomhedskonsulent", "Socialrådgiver"])
        mf = rng.random() < 0.55
        while True:
            self.mentor_first = rng.choice(FIRST_F if mf else FIRST_M)
            if self.mentor_first not in (self.cw_first, self.cit_first):
                break
        self.mentor_last = rng.choice(LAST)
        self.mentor_name = f"{self.mentor_first} {self.mentor_last}"
        self.mentor_pron = "hende" if mf else "ham"
        org, orgtype = rng.choice(MENTOR_ORGS)
        self.mentor_org = org
        self.mentor_phone = phone(rng)
        while self.mentor_phone == self.cw_phone:
            self.mentor_phone = phone(rng)
        if orgtype == "internal":
            self.mentor_mail = f"{slugify(self.mentor_first)}.{slugify(self.mentor_last)}@{self.domain}"
        else:
            self.mentor_mail = f"{slugify(self.mentor_first)}@{slugify(org)}.dk"
        self.case_no = rng.choice([
            f"{rng.randrange(10, 30)}.{rng.randrange(10, 99)}.{rng.randrange(0, 20):02d}-G01-{rng.randrange(1, 999)}-{rng.randrange(24, 27)}",
            f"S{rng.randrange(2025, 2027)}-{rng.randrange(10000, 99999)}",
            f"00.30.04-S00-{rng.randrange(1, 99)}-{rng.randrange(24, 27)}",
            f"J.nr. {rng.randrange(100000, 999999)}"])
        # dates
        self.doc_date = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 560))
        # field modes
        self.modes = {f: "ok" for f in FIELD_ORDER}
        for d in self.defects:
            f = DEFECT_FIELD[d]
            if d == "unclear-goal":
                self.modes[f] = "unclear"
            elif d == "duration-over-6-months":
                self.modes[f] = "over"
            elif f == "hours":
                self.modes[f] = rng.choice(["omit", "omit", "placeholder", "vague", "vague", "empty"])
            elif f == "appeal":
                self.modes[f] = rng.choice(["omit", "omit", "omit", "placeholder", "weak"])
            else:
                self.modes[f] = rng.choice(["omit", "omit", "placeholder", "empty"])
        if modes:
            self.modes.update(modes)
        self.placeholder = rng.choice(PLACEHOLDERS)
        self._build_values()

    # ----------------------------------------------------------------------------------------
    def _build_values(self):
        rng = self.rng
        en = self.lang == "en"
        # goal
        mode = self.modes["goal"]
        if mode == "unclear":
            txt, tr = rng.choice(UNCLEAR_GOALS_EN if en else UNCLEAR_GOALS)
            self.goal = txt
            self.traits.append(f"goal:unclear/{tr}")
        else:
            txt, tr = rng.choice(CLEAR_GOALS_EN if en else CLEAR_GOALS)
            self.goal = txt.replace("{city}", self.city)
            self.traits.append(f"goal:{'clear/' + tr if mode == 'ok' else mode}")
        # tasks
        pool = TASKS_EN if en else TASKS
        n = rng.choice([2, 3, 3, 4])
        self.tasks = rng.sample(pool, min(n, len(pool)))
        if not en and rng.random() < 0.12:
            self.tasks.append(TASK_TRAP_FOLLOW)
            self.traits.append("trap:task-says-foelge-op")
        self.traits.append(f"tasks:{self.modes['tasks'] if self.modes['tasks']!='ok' else len(self.tasks)}")
        # period
        self._build_period()
        # follow-up
        fu, tr = rng.choice(FOLLOWUPS_EN if en else FOLLOWUPS)
        self.follow = fu.replace("{mid}", fmt_date(self.mid, rng.choice(["long", "dots", "den"])))
        self.traits.append(f"follow:{tr if self.modes['follow']=='ok' else self.modes['follow']}")
        # hours
        if self.modes["hours"] == "vague":
            self.hours, tr = rng.choice(HOURS_VAGUE)
        else:
            self.hours, tr = rng.choice(HOURS_EN if en else HOURS)
            if self.modes["hours"] == "ok" and not en and rng.random() < 0.2:
                self.hours_extra = rng.choice([" Tidspunkterne fastlægges efter aftale.",
                                               " Hvornår I mødes, sker efter aftale.",
                                               " Timerne lægges efter aftale med mentor."])
                tr += "+efter-aftale-next-sentence"
        if not hasattr(self, "hours_extra"):
            self.hours_extra = ""
        self.traits.append(f"hours:{tr if self.modes['hours'] in ('ok','vague') else self.modes['hours']}")
        # appeal
        if self.modes["appeal"] == "weak":
            self.appeal, tr = rng.choice(APPEAL_WEAK)
        else:
            self.appeal, tr = rng.choice(APPEALS_EN if en else APPEALS)
            self.appeal = self.appeal.replace("{sender}", self.sender).replace("{cwmail}", self.cw_mail).replace("{addr}", self.muni_addr)
        self.traits.append(f"appeal:{tr if self.modes['appeal'] in ('ok','weak') else self.modes['appeal']}")
        self.traits.append(f"mentor:{self.modes['mentor']}")
        # labels
        lab = {}
        for f in FIELD_ORDER:
            if self.lang == "en":
                lab[f] = rng.choice(LABELS_EN[f])
            elif self.lang == "bi":
                lab[f] = LABELS_BI[f]
            else:
                lab[f] = rng.choice(LABELS[f])
        if self.modes["mentor"] != "ok" and "{first}" in lab["tasks"]:
            lab["tasks"] = "Mentor skal hjælpe dig med:"
        lab["tasks"] = lab["tasks"].replace("{first}", self.mentor_first)
        self.labels = lab

    def _build_period(self):
        rng = self.rng
        mode = self.modes["duration"]
        start = self.doc_date + dt.timedelta(days=rng.randrange(3, 30))
        if rng.random() < 0.5:
            start = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        self.period_kind = "explicit"
        if mode == "over":
            months = rng.choice([7, 7, 8, 9, 12])
            end = add_months(start, months) - dt.timedelta(days=1)
            if rng.random() < 0.25:
                end = add_months(start, 6) + dt.timedelta(days=rng.choice([30, 45, 60]))
        else:
            months = rng.choice([3, 4, 5, 6, 6, 6])
            end = add_months(start, months) - dt.timedelta(days=1)
            if months == 6:
                self.traits.append("period:exact-six")
        k = rng.random()
        en = self.lang == "en"
        if en:
            self.duration, tr = fmt_range(start, end, rng, "en")
        elif k < 0.62:
            self.duration, tr = fmt_range(start, end, rng)
        elif k < 0.85 and end == add_months(start, months) - dt.timedelta(days=1):
            mw = rng.choice([f"{months} måneder", f"{NUMWORD[months]} måneder", f"{months} mdr."])
            if months == 6 and rng.random() < 0.4:
                mw = rng.choice(["et halvt år", "½ år"])
            if months == 12 and rng.random() < 0.5:
                mw = "et år"
            st = rng.choice(DATE_STYLES[:6])
            self.duration = rng.choice([f"{mw} fra {fmt_date(start, st)}",
                                        f"fra {fmt_date(start, st)} og {mw} frem",
                                        f"pr. {fmt_date(start, st)} i {mw}",
                                        f"med virkning fra {fmt_date(start, st)} og i {mw}"])
            tr = f"start+length:{mw}"
            self.period_kind = "start+length"
        else:
            # ISO week range
            y, w1, _ = start.isocalendar()
            nweeks = rng.choice([12, 16, 20, 22]) if mode != "over" else rng.choice([31, 34, 40])
            if w1 + nweeks - 1 > 52:
                w1 = rng.randrange(2, 52 - nweeks)
            w2 = w1 + nweeks - 1
            start = dt.date.fromisocalendar(y, w1, 1)
            end = dt.date.fromisocalendar(y, w2, 7)
            self.duration = rng.choice([f"uge {w1}-{w2} {y}", f"uge {w1} til uge {w2} ({y})",
                                        f"fra uge {w1} til og med uge {w2}, {y}"])
            tr = f"weeks:{nweeks}"
            self.period_kind = "weeks"
        self.start, self.end = start, end
        over = end > add_months(start, 6) - dt.timedelta(days=1)
        assert over == (mode == "over"), (start, end, mode)
        self.mid = start + (end - start) / 2
        if mode in ("ok", "over"):
            self.traits.append(f"duration:{mode}/{tr}/{start.isoformat()}..{end.isoformat()}")
        else:
            self.traits.append(f"duration:{mode}")

    # ----------------------------------------------------------------------------------------
    def rules(self) -> list[str]:
        return sorted(self.defects)

    def period(self):
        if self.modes["duration"] in ("ok", "over"):
            return {"start": self.start.isoformat(), "end": self.end.isoformat()}
        return None

    def present(self, f):
        return self.modes[f] in ("ok", "unclear", "over", "vague", "weak")

    def mentor_value(self, style=None) -> str:
        rng = self.rng
        style = rng.randrange(5) if style is None else style
        if style == 0:
            return f"{self.mentor_name}, {self.mentor_org}\nTlf. {self.mentor_phone}\n{self.mentor_mail}"
        if style == 1:
            return f"{self.mentor_name} ({self.mentor_org}) – {self.mentor_phone} – {self.mentor_mail}"
        if style == 2:
            return f"Navn: {self.mentor_name}\nTelefon: {self.mentor_phone}\nE-mail: {self.mentor_mail}"
        if style == 3:
            return f"{self.mentor_name}, mobil {self.mentor_phone}, mail: {self.mentor_mail}"
        return f"{self.mentor_name} · {self.mentor_org} · {self.mentor_mail} · {self.mentor_phone}"

    def value(self, f) -> str | list:
        """Label-style value for a field in its current mode ('' for empty, None for omit)."""
        mode = self.modes[f]
        if mode == "omit":
            return None
        if mode == "empty":
            return ""
        if mode == "placeholder":
            return self.placeholder
        if f == "goal":
            return self.goal
        if f == "mentor":
            return self.mentor_value()
        if f == "tasks":
            return [t[0].upper() + t[1:] for t in self.tasks]
        if f == "duration":
            return self.duration
        if f == "follow":
            return self.follow
        if f == "hours":
            return self.hours + ("." + self.hours_extra if self.hours_extra else "")
        if f == "appeal":
            return self.appeal
        raise KeyError(f)

    # prose sentences -------------------------------------------------------------------------
    def sentence(self, f, person="du") -> str | None:
        """A sentence expressing the field, or None when the field is absent."""
        rng = self.rng
        mode = self.modes[f]
        if mode in ("omit", "empty"):
            return None
        if mode == "placeholder":
            nice = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
                    "follow": "Opfølgning", "hours": "Timetal", "appeal": "Klagevejledning"}[f]
            return f"{nice}: {self.placeholder}"
        du = person == "du"
        if f == "goal":
            g = self.goal
            gl = g[0].lower() + g[1:] if not g.startswith(("FVU", "AMU", "HF", "EUD", "EUX", "STU", "FGU", "SOSU")) else g
            return rng.choice([
                f"Vi har i dag aftalt, at målet med mentorstøtten er: {g}.",
                f"Målet er: {gl}.",
                f"Det, vi arbejder hen imod, er {gl}." if du else f"Målet for forløbet er {gl}.",
                f"Formålet med mentorforløbet er aftalt som: {g}."])
        if f == "mentor":
            if du:
                return rng.choice([
                    f"Din mentor bliver {self.mentor_name} fra {self.mentor_org}. Du kan fange {self.mentor_pron} på {self.mentor_phone} eller skrive til {self.mentor_mail}.",
                    f"{self.mentor_name} ({self.mentor_org}) er din mentor – tlf. {self.mentor_phone}, mail {self.mentor_mail}.",
                    f"Du får {self.mentor_name} som mentor. {self.mentor_first} træffes på {self.mentor_phone} og {self.mentor_mail}."])
            return f"Mentor er {self.mentor_name}, {self.mentor_org}, tlf. {self.mentor_phone}, {self.mentor_mail}."
        if f == "tasks":
            ts = self.tasks
            joined = ", ".join(ts[:-1]) + " og " + ts[-1] if len(ts) > 1 else ts[0]
            who = self.mentor_first if self.present("mentor") else "Mentor"
            if du:
                return rng.choice([f"{who} skal hjælpe dig med at {joined}.",
                                   f"Mentors opgave bliver at {joined}.",
                                   f"I første omgang skal {who.lower() if who=='Mentor' else who} {joined}."])
            joined_b = joined.replace(" dig ", " borgeren ").replace(" dit ", " borgerens ").replace(" din ", " borgerens ")
            return f"Mentor skal {joined_b}."
        if f == "duration":
            d = self.duration
            return rng.choice([f"Aftalen gælder {d}.", f"Mentorstøtten er bevilget {d}.",
                               f"Forløbet løber {d}.", f"Støtten gives i perioden {d}."])
        if f == "follow":
            return self.follow
        if f == "hours":
            h = self.hours
            if mode == "vague":
                return rng.choice([f"Hvor meget I ses, aftaler I selv – {h}.",
                                   f"Mentor og du mødes {h}."])
            return rng.choice([f"Der er afsat {h}.", f"Du får {h} med din mentor.",
                               f"Timetallet er {h}.", f"Mentor har {h} til dig."]) + self.hours_extra
        if f == "appeal":
            return self.appeal
        raise KeyError(f)

    # generic block list ----------------------------------------------------------------------
    def field_order(self):
        order = FIELD_ORDER[:]
        r = self.rng.random()
        if r < 0.25:
            order = ["mentor", "goal", "tasks", "duration", "hours", "follow", "appeal"]
        elif r < 0.45:
            order = ["goal", "tasks", "mentor", "hours", "duration", "follow", "appeal"]
        elif r < 0.55:
            order = ["duration", "goal", "tasks", "hours", "follow", "mentor", "appeal"]
        return order

    def kv_fields(self, allow_combined=True):
        """[(field, label, value)] for label-based layouts (value None fields are skipped,
        value '' kept as empty).  May combine duration and follow-up under one label."""
        out = []
        order = self.field_order()
        combined = (allow_combined and self.lang == "da" and self.modes["duration"] in ("ok", "over")
                    and self.modes["follow"] in ("ok", "omit") and self.rng.random() < 0.15)
        for f in order:
            if combined and f == "follow":
                continue
            v = self.value(f)
            if combined and f == "duration":
                lab = self.rng.choice(["Varighed og opfølgning", "Periode og opfølgning"])
                v = v + (". " + self.follow if self.modes["follow"] == "ok" else "")
                self.traits.append("label:combined-duration-followup")
                out.append(("duration+follow", lab, v))
                continue
            if v is None:
                continue
            out.append((f, self.labels[f], v))
        return out

    def legal_line(self):
        return self.rng.choice([
            f"Mentorstøtten bevilges efter {self.rng.choice(LEGAL_REFS)}.",
            f"Bevilling af mentorstøtte jf. {self.rng.choice(LEGAL_REFS)}.",
            f"Hjemmel: {self.rng.choice(LEGAL_REFS)}."])

    def title(self):
        if self.lang == "en":
            return self.rng.choice(["Mentor support agreement", "Agreement on mentor support"])
        if self.lang == "bi":
            return "Aftale om mentorstøtte / Mentor support agreement"
        return self.rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentor",
                                "Aftale om mentorforløb", "MENTORAFTALE", "Bevilling og aftale om mentorstøtte",
                                "Mentorstøtte – aftale", "Aftale om mentor efter LAB § 167"])

    def meta(self):
        rows = [("Borger", f"{self.cit_first} {self.cit_last}")]
        if self.cpr:
            rows.append(("CPR-nr.", self.cpr))
        rows.append(("Adresse", self.cit_addr))
        rows.append(("Dato", fmt_date(self.doc_date, self.rng.choice(["long", "dots0", "dots"]))))
        if self.rng.random() < 0.6:
            rows.append(("Sagsnr.", self.case_no))
        rows.append(("Sagsbehandler", f"{self.cw_name}, tlf. {self.cw_phone}"))
        return rows

    def intro(self):
        if self.lang == "en":
            return "You and the municipality have agreed that you will receive mentor support. The agreement is described below."
        return self.rng.choice([
            f"{self.sender} har bevilget dig mentorstøtte. Herunder står, hvad vi har aftalt.",
            "Denne aftale beskriver dit mentorforløb og er udarbejdet på samtalen i jobcentret.",
            "Aftalen er lavet i fællesskab mellem borger, mentor og sagsbehandler.",
            f"Du modtager dette brev, fordi du er bevilget mentorstøtte fra {self.sender}.",
            "Nedenfor er aftalen om mentorstøtte, som vi drøftede på mødet.",
        ])

    def must_not(self):
        if not self.cpr:
            return []
        return [self.cpr, self.cpr.replace("-", "")]


# --------------------------------------------------------------------------------------------
# text-like renderers
# --------------------------------------------------------------------------------------------
def wrap(text: str, width=72, indent="") -> str:
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def value_text(v, bullet="- ") -> str:
    if isinstance(v, list):
        return "\n".join(bullet + x for x in v)
    return v


def closing(case):
    if case.lang == "en":
        return f"Kind regards\n{case.cw_name}\n{case.cw_title}, {case.sender}\nPhone {case.cw_phone}"
    return case.rng.choice([
        f"Med venlig hilsen\n{case.cw_name}\n{case.cw_title}\n{case.sender}\nTlf. {case.cw_phone}",
        f"Venlig hilsen\n\n{case.cw_name}\n{case.sender}\nDirekte tlf.: {case.cw_phone} · {case.cw_mail}",
        f"Mvh\n{case.cw_first}\n{case.cw_title} | {case.sender} | {case.cw_phone}",
    ])


def signatures(case):
    if case.lang == "en":
        return "Signatures:\nCitizen: ______________    Caseworker: ______________"
    return case.rng.choice([
        "Underskrift borger: ____________________\nUnderskrift sagsbehandler: ____________________",
        "Dato og underskrift\n\nBorger ______________   Mentor ______________   Jobcenter ______________",
        "Aftalen er gennemgået mundtligt og accepteret af borgeren.",
    ])


def r_txt_markdown(case, path: Path):
    rng = case.rng
    L = [f"# {case.title()}", ""]
    for k, v in case.meta():
        L.append(f"**{k}:** {v}  ")
    L += ["", wrap(case.intro()), ""]
    if rng.random() < 0.5:
        L += [wrap(case.legal_line()), ""]
    for f, lab, v in case.kv_fields():
        lvl = rng.choice(["##", "###"])
        L.append(f"{lvl} {lab.rstrip(':')}")
        L.append("")
        if isinstance(v, list):
            L += [wrap(x, 70, "") if False else "* " + x for x in v]
        else:
            L.append(wrap(v, 72))
        L.append("")
    L += ["---", signatures(case), ""]
    path.write_text("\n".join(L), encoding="utf-8")
    return {"format": "txt", "layout": "txt-markdown", "traits": ["hard-wrap-72", "markdown-headings"]}


def r_txt_form(case, path: Path):
    rng = case.rng
    width = rng.choice([64, 70, 76])
    L = [case.title().upper(), "=" * len(case.title()), ""]
    for k, v in case.meta():
        L.append(f"{k + ':':<16}{v}")
    L.append("")
    for f, lab, v in case.kv_fields():
        lab = lab.rstrip(":?").upper() if rng.random() < 0.5 else lab.rstrip(":")
        head = f"{lab} " + "." * max(2, 30 - len(lab)) + ": "
        if isinstance(v, list):
            L.append(head)
            for x in v:
                L.append(wrap("o " + x, width, "    "))
        else:
            body = wrap(v, width - 4, "    ")
            if "\n" not in v and len(head) + len(v) <= width:
                L.append(head + v)
            else:
                L.append(head)
                L.append(body)
        L.append("")
    L.append(signatures(case))
    sep = "\r\n" if rng.random() < 0.3 else "\n"
    path.write_bytes(sep.join(L).encode("utf-8" if rng.random() < 0.8 else "cp1252", errors="replace"))
    return {"format": "txt", "layout": "txt-form", "traits": [f"hard-wrap-{width}", "dotted-leaders",
                                                              "crlf" if sep == "\r\n" else "lf"]}


def prose_paragraphs(case, person="du"):
    rng = case.rng
    s = {f: case.sentence(f, person) for f in FIELD_ORDER}
    paras = []
    p1 = [x for x in (s["goal"], s["tasks"]) if x]
    if rng.random() < 0.5:
        p1.reverse()
    p2 = [x for x in (s["mentor"],) if x]
    p3 = [x for x in (s["duration"], s["hours"], s["follow"]) if x]
    rng.shuffle(p3)
    for p in (p1, p2, p3):
        if p:
            paras.append(" ".join(p))
    if rng.random() < 0.4:
        paras.insert(rng.randrange(len(paras) + 1), case.legal_line())
    appeal = s["appeal"]
    return paras, appeal


def r_prose_txt(case, path: Path):
    rng = case.rng
    paras, appeal = prose_paragraphs(case)
    opening = rng.choice([
        f"Vi har i dag haft en god snak om, hvordan du kommer videre, og vi har aftalt, at du får en mentor.",
        f"Tak for mødet {fmt_date(case.doc_date, 'den')}. Her er det, vi aftalte om din mentorstøtte.",
        "Som lovet kommer her vores aftale om mentor skrevet ned, så du har den."])
    L = [f"{case.sender}", case.muni_addr, "", fmt_date(case.doc_date, "long"), "",
         f"Kære {case.cit_first}", "", wrap(opening), ""]
    for p in paras:
        L += [wrap(p), ""]
    if appeal:
        L += [wrap(rng.choice(["Hvis du ikke er enig", "Klagevejledning", "Vil du klage?"]) + "\n" + appeal) if rng.random() < 0.5 else wrap(appeal), ""]
    L += [closing(case)]
    path.write_text("\n".join(L), encoding="utf-8")
    return {"format": "txt", "layout": "prose-letter", "traits": ["fields-as-sentences"]}


def r_journal(case, path: Path):
    rng = case.rng
    s = {f: case.sentence(f, "borger") for f in FIELD_ORDER}
    head = rng.choice(["Journalnotat", "JOURNALNOTAT", "Notat – samtale", "Sagsnotat"])
    L = [f"{head}  {fmt_date(case.doc_date, 'dots0')}  kl. {rng.randrange(8, 15)}:{rng.choice(['00','15','30','45'])}",
         f"Sag: {case.case_no}   Borger: {case.cit_first} {case.cit_last}" + (f" ({case.cpr})" if case.cpr else ""),
         f"Notat skrevet af: {case.cw_name}, {case.cw_title}",
         "Emne: Aftale om mentorstøtte indgået", ""]
    body = [rng.choice(["Borger mødt til samtale i jobcentret.", "Samtale med borger på Teams.",
                        "Borger mødt op sammen med sin kontaktperson fra bostøtten."]),
            "Der er indgået følgende aftale om mentorstøtte, som borger har fået udleveret en kopi af:"]
    for f in ("goal", "tasks", "mentor", "duration", "hours", "follow"):
        if s[f]:
            body.append(s[f])
    txt = " ".join(body)
    L.append(wrap(txt, 78))
    L.append("")
    if s["appeal"]:
        L.append(wrap("Borger er vejledt om klageadgang: " + s["appeal"], 78))
        L.append("")
    L.append(f"/{case.cw_first[0]}{case.cw_last[0]}".upper())
    path.write_text("\n".join(L), encoding="utf-8")
    return {"format": "txt", "layout": "journal-note", "traits": ["third-person", "one-paragraph"]}


# e-mail -------------------------------------------------------------------------------------
def r_email(case, path: Path):
    rng = case.rng
    msg = EmailMessage()
    msg["From"] = f"{case.cw_name} <{case.cw_mail}>"
    msg["To"] = f"{case.cit_first} {case.cit_last} <{slugify(case.cit_first)}{rng.randrange(10,99)}@gmail.com>"
    if case.present("mentor") and rng.random() < 0.5:
        msg["Cc"] = f"{case.mentor_name} <{case.mentor_mail}>"
    subj = rng.choice(["Din mentoraftale", "Aftale om mentor", "SV: Mentor?", "Mentorstøtte – aftalen fra i dag",
                       "VS: Aftale om mentorforløb"])
    if case.lang == "en":
        subj = "Your mentor agreement"
    msg["Subject"] = subj
    when = dt.datetime.combine(case.doc_date, dt.time(rng.randrange(8, 16), rng.randrange(60)),
                               tzinfo=dt.timezone(dt.timedelta(hours=1)))
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{rng.randrange(10**12)}.{rng.randrange(10**6)}@{case.domain}>"
    msg["X-Mailer"] = rng.choice(["Microsoft Outlook 16.0", "Momentum Notify 4.2"])
    style = rng.choice(["labels", "labels", "prose"]) if case.lang == "da" else "labels"
    greet = f"Hi {case.cit_first}," if case.lang == "en" else rng.choice([f"Hej {case.cit_first}", f"Kære {case.cit_first}"])
    parts = [greet, ""]
    if case.lang == "en":
        parts += ["As agreed, here is the mentor agreement in writing.", ""]
    else:
        parts += [rng.choice(["Som aftalt sender jeg her aftalen om mentorstøtte, så du har den på skrift.",
                              "Tak for i dag. Her er det, vi aftalte om din mentor:",
                              "Hermed den aftale, vi lavede på mødet i går."]), ""]
    if style == "labels":
        for f, lab, v in case.kv_fields():
            lb = lab if lab.endswith(("?", ":")) else lab + ":"
            if isinstance(v, list):
                parts.append(lb)
                parts += [f"  * {x}" for x in v]
            elif "\n" in v or len(v) > 60:
                parts.append(lb)
                parts.append(wrap(v, 76))
            else:
                parts.append(f"{lb} {v}")
            parts.append("")
    else:
        paras, appeal = prose_paragraphs(case)
        for p in paras:
            parts += [wrap(p, 76), ""]
        if appeal:
            parts += [wrap(appeal, 76), ""]
    parts.append(rng.choice(["Du er velkommen til at ringe, hvis noget er uklart.", "Skriv endelig, hvis du har spørgsmål.", ""]))
    parts += ["", closing(case), f"{case.sender}, {case.muni_addr}", f"Hovednummer {case.muni_phone}", ""]
    parts.append("Denne e-mail kan indeholde fortrolige oplysninger. Send ikke CPR-nummer eller helbredsoplysninger med almindelig e-mail.")
    traits = [f"email:{style}", "signature:caseworker-phone"]
    if rng.random() < 0.7:
        prev = dt.datetime.combine(case.doc_date - dt.timedelta(days=rng.randrange(1, 6)), dt.time(19, 12))
        q = rng.choice([
            f"Hej {case.cw_first}\nHvornår starter jeg med mentor? Og skal jeg selv ringe?\nHilsen {case.cit_first}",
            f"Hej. Jeg kan ikke komme torsdag, kan vi flytte mødet?\nMvh {case.cit_first}",
            f"Hej {case.cw_first}, min læge siger jeg godt kan starte op igen. {case.cit_first}"])
        parts += ["", f"Den {prev.day}. {MONTHS[prev.month-1]} {prev.year} kl. {prev:%H.%M} skrev {case.cit_first} {case.cit_last}:"]
        parts += ["> " + x for x in q.split("\n")]
        traits.append("quoted-earlier-mail")
    body = "\n".join(parts)
    if case.cpr:
        body = f"(Vedr. {case.cit_first} {case.cit_last}, cpr {case.cpr})\n\n" + body
    if rng.random() < 0.4:
        msg.set_content(body, cte=rng.choice(["quoted-printable", "8bit", "base64"]))
        hb = "<html><body>" + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>"
        msg.add_alternative(hb, subtype="html")
        traits.append("multipart-alternative")
    else:
        msg.set_content(body, cte=rng.choice(["quoted-printable", "8bit", "base64"]))
    path.write_bytes(bytes(msg))
    return {"format": "eml", "layout": "email", "traits": traits}


# HTML ---------------------------------------------------------------------------------------
def html_chrome(case, inner: str, title: str, system: str) -> str:
    rng = case.rng
    trap_js = ""
    if rng.random() < 0.6:
        trap_js = ("var i18n = {appealHeading: 'Klagevejledning', appealText: 'Du kan klage til kommunen inden 4 uger, "
                   "hvorefter sagen sendes til Ankestyrelsen.', hoursHeading: 'Timetal', goalHeading: 'Mål'};")
    nav = rng.choice([
        '<nav class="topnav"><ul><li><a href="/">Forside</a></li><li><a href="/sager">Mine sager</a></li>'
        '<li><a href="/kalender">Kalender</a></li><li><a href="/logout">Log ud</a></li></ul></nav>',
        f'<div id="header" class="chrome"><span class="logo">{system}</span> <a href="#">Søg borger</a> | '
        '<a href="#">Opgaver (3)</a> | <a href="#">Hjælp</a></div>'])
    foot = (f'<footer class="sys-footer"><p>Udskrevet {fmt_date(case.doc_date, "dots0")} af {html.escape(case.cw_name)} '
            f'· {system} v{rng.randrange(3, 9)}.{rng.randrange(0, 20)} · Side 1 af 1</p>'
            '<p class="legal">Cookies: vi bruger nødvendige cookies. <a href="#">Læs mere</a></p></footer>')
    return ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)} – {system}</title>"
            "<style>body{font-family:Arial;margin:0} .lbl{font-weight:bold;color:#333} .hidden{display:none}"
            " .fld{margin:8px 0} nav ul{list-style:none} .sidebar{float:left;width:200px}</style>"
            f"<script>window.dataLayer=window.dataLayer||[]; {trap_js}</script></head><body>"
            f"{nav}<aside class=\"sidebar\"><ul><li>Overblik</li><li>Dokumenter</li><li>Ydelser</li><li>Journal</li></ul></aside>"
            f"<main id=\"content\">{inner}</main>{foot}"
            "<script>document.querySelectorAll('.fld').forEach(function(e){e.dataset.ready='1'});</script>"
            "</body></html>"), bool(trap_js)


def _val_html(v):
    if isinstance(v, list):
        return "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in v) + "</ul>"
    return html.escape(v).replace("\n", "<br>")


def r_html(case, path: Path, variant: str):
    rng = case.rng
    system = rng.choice(["Momentum", "Fasit", "Workbase", "KMD Nexus", "Jobcenterportalen"])
    title = case.title()
    meta = "".join(f'<div class="meta-row"><span class="k">{html.escape(k)}</span> <span class="v">{html.escape(v)}</span></div>'
                   for k, v in case.meta())
    fields = case.kv_fields()
    if variant == "divs":
        body = "".join(
            f'<div class="fld fld-{slugify(f)}"><div class="fld__inner"><div class="lbl">{html.escape(lab)}</div>'
            f'<div class="val"><div class="rich-text">{_val_html(v) if v != "" else "<span class=empty></span>"}</div></div></div></div>'
            for f, lab, v in fields)
        inner = (f'<div class="doc"><div class="doc__head"><h1>{html.escape(title)}</h1>{meta}</div>'
                 f'<div class="doc__body"><p class="intro">{html.escape(case.intro())}</p>{body}</div>'
                 f'<div class="doc__sign"><p>{html.escape(signatures(case)).replace(chr(10), "<br>")}</p></div></div>')
    elif variant == "dl":
        body = "<dl class=\"agreement\">" + "".join(
            f"<dt>{html.escape(lab)}</dt><dd>{_val_html(v)}</dd>" for f, lab, v in fields) + "</dl>"
        inner = f"<article><h1>{html.escape(title)}</h1><section class=meta>{meta}</section><p>{html.escape(case.intro())}</p>{body}</article>"
    else:  # table
        rows = "".join(f"<tr><th scope=row>{html.escape(lab)}</th><td>{_val_html(v)}</td></tr>" for f, lab, v in fields)
        inner = (f"<h2>{html.escape(title)}</h2><table class=\"kv\" border=1><tbody>"
                 + "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in case.meta())
                 + f"</tbody></table><p>{html.escape(case.intro())}</p><table class=\"agreement-table\"><thead><tr><th>Punkt</th><th>Aftale</th></tr></thead><tbody>{rows}</tbody></table>")
    # hidden template help text (display:none) is a trap only when it does not name a field value
    if rng.random() < 0.3:
        inner += '<div class="hidden" aria-hidden="true">Hjælpetekst: Husk at udfylde alle felter.</div>'
    doc, trap = html_chrome(case, inner, title, system)
    path.write_text(doc, encoding="utf-8")
    tr = [f"system:{system}", "nav-chrome", "script+style"]
    if trap:
        tr.append("trap:script-contains-field-words")
    return {"format": "html", "layout": f"html-{variant}", "traits": tr}


# --------------------------------------------------------------------------------------------
# Word / ODF / RTF renderers
# --------------------------------------------------------------------------------------------
import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def xesc(s: str) -> str:
    return html.escape(s, quote=True)


def new_docx(case):
    d = docx.Document()
    cp = d.core_properties
    cp.author = case.cw_name
    cp.created = dt.datetime.combine(case.doc_date, dt.time(10, 0))
    cp.modified = cp.created
    cp.last_modified_by = case.cw_name
    cp.title = case.title()
    st = d.styles["Normal"]
    st.font.name = case.rng.choice(["Calibri", "Arial", "Times New Roman", "Verdana"])
    st.font.size = Pt(case.rng.choice([10, 11, 12]))
    return d


def docx_header_block(d, case, letterhead=True):
    if letterhead:
        hp = d.sections[0].header.paragraphs[0]
        hp.text = f"{case.sender}\t\t{case.muni_addr}"
    d.add_heading(case.title(), level=1)
    t = d.add_table(rows=0, cols=2)
    for k, v in case.meta():
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph("")
    d.add_paragraph(case.intro())


def add_value_paragraphs(d_or_cell, v, bullet_style=None):
    if isinstance(v, list):
        for x in v:
            if bullet_style:
                d_or_cell.add_paragraph(x, style=bullet_style)
            else:
                d_or_cell.add_paragraph("• " + x)
    else:
        for line in v.split("\n"):
            d_or_cell.add_paragraph(line)


def body_insert(d, el):
    """Append a raw element to the body before sectPr."""
    body = d.element.body
    body.insert(len(body) - 1, el)


def r_docx_table(case, path: Path, layout="docx-table"):
    rng = case.rng
    d = new_docx(case)
    docx_header_block(d, case)
    t = d.add_table(rows=0, cols=2)
    t.style = rng.choice(["Table Grid", "Light Grid Accent 1", "Table Grid"])
    for f, lab, v in case.kv_fields():
        c = t.add_row().cells
        c[0].text = lab
        c[0].paragraphs[0].runs[0].bold = True
        c[1].paragraphs[0].text = ""
        if isinstance(v, list):
            c[1].paragraphs[0].text = "• " + v[0]
            for x in v[1:]:
                c[1].add_paragraph("• " + x)
        else:
            lines = v.split("\n")
            c[1].paragraphs[0].text = lines[0]
            for x in lines[1:]:
                c[1].add_paragraph(x)
    d.add_paragraph("")
    if rng.random() < 0.4:
        d.add_paragraph(case.legal_line())
    d.add_paragraph(signatures(case))
    d.save(path)
    return {"format": "docx", "layout": layout, "traits": ["two-col-table"]}


def sdt_block(tag, alias, text, placeholder: bool, sid: int):
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    paras = "".join(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(line)}</w:t></w:r></w:p>'
                    for line in (text.split("\n") if text else [""]))
    return parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{xesc(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
        f'{"<w:showingPlcHdr/>" if placeholder else ""}</w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>')


def r_docx_sdt(case, path: Path):
    rng = case.rng
    d = new_docx(case)
    docx_header_block(d, case, letterhead=rng.random() < 0.5)
    ph_std = "Klik eller tryk her for at skrive tekst."
    traits = ["content-controls"]
    order = case.field_order()
    sid = 1000 + rng.randrange(1000)
    for f in order:
        lab = case.labels[f]
        mode = case.modes[f]
        p = d.add_paragraph()
        r = p.add_run(lab.rstrip(":"))
        r.bold = True
        if mode in ("omit", "placeholder"):
            text, ph = (ph_std if mode == "omit" else case.placeholder), True
            traits.append(f"{f}:sdt-placeholder")
        elif mode == "empty":
            text, ph = "", False
            traits.append(f"{f}:sdt-empty")
        else:
            v = case.value(f)
            text = "\n".join("• " + x for x in v) if isinstance(v, list) else v
            ph = False
        body_insert(d, sdt_block(f"fld_{f}", lab.rstrip(':?'), text, ph, sid))
        sid += 1
    d.add_paragraph("")
    d.add_paragraph(signatures(case))
    d.save(path)
    return {"format": "docx", "layout": "sdt-form", "traits": traits}


def textbox_par(lines: list[str]):
    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{xesc(x)}</w:t></w:r></w:p>' for x in lines)
    return parse_xml(
        f'<w:p {W_NS} {V_NS}><w:r><w:pict><v:shape id="Tekstfelt{len(inner) % 97}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:260pt;margin-top:0;width:200pt;height:110pt;z-index:2" '
        f'strokecolor="#7f7f7f"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


def r_docx_textbox(case, path: Path):
    rng = case.rng
    d = new_docx(case)
    docx_header_block(d, case)
    boxed = rng.choice(["mentor", "appeal", "hours"])
    if not case.present(boxed):
        boxed = next((f for f in ("mentor", "appeal", "hours", "goal") if case.present(f)), None)
    traits = [f"textbox:{boxed}"]
    for f, lab, v in case.kv_fields(allow_combined=False):
        if f == boxed:
            lines = [lab.rstrip(":")] + (v if isinstance(v, list) else v.split("\n"))
            body_insert(d, textbox_par(lines))
            continue
        p = d.add_paragraph()
        p.add_run(lab if lab.endswith(("?", ":")) else lab + ": ").bold = True
        if isinstance(v, list):
            for x in v:
                d.add_paragraph(x, style="List Bullet")
        else:
            p.add_run(v)
    d.add_paragraph(signatures(case))
    d.save(path)
    return {"format": "docx", "layout": "textbox", "traits": traits}


def r_docx_footer(case, path: Path):
    rng = case.rng
    d = new_docx(case)
    docx_header_block(d, case, letterhead=False)
    traits = []
    for f, lab, v in case.kv_fields(allow_combined=False):
        if f == "mentor":
            d.add_paragraph(rng.choice([f"{lab.rstrip(':?')}: {case.mentor_first}. Kontaktoplysninger står nederst på siden.",
                                        f"{lab.rstrip(':?')}: se sidefoden."]))
            continue
        d.add_paragraph().add_run(lab.rstrip(":")).bold = True
        add_value_paragraphs(d, v)
    d.add_paragraph(signatures(case))
    fp = d.sections[0].footer.paragraphs[0]
    if case.present("mentor"):
        fp.text = (f"Mentor: {case.mentor_name}, {case.mentor_org} · Tlf. {case.mentor_phone} · {case.mentor_mail}")
        traits.append("mentor-contact-only-in-footer")
    else:
        fp.text = f"{case.sender} · {case.muni_addr} · Tlf. {case.muni_phone} · Sagsbehandler {case.cw_name}, {case.cw_phone}"
        traits.append("footer:caseworker-contact-only")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)
    return {"format": "docx", "layout": "footer-contact", "traits": traits}


def run_xml(text, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{xesc(text)}</{tag}></w:r>'


def r_docx_tracked(case, path: Path):
    rng = case.rng
    d = new_docx(case)
    docx_header_block(d, case)
    author = rng.choice([case.cw_name, "Teamleder", "Faglig koordinator"])
    date = f"{case.doc_date.isoformat()}T09:{rng.randrange(10, 59)}:00Z"
    # choose the tracked field: prefer a defect field, else hours/duration/goal
    cand = [DEFECT_FIELD[x] for x in case.defects] or [rng.choice(["hours", "duration", "goal", "follow"])]
    target = rng.choice(cand)
    if target == "tasks" or target == "mentor" and case.modes["mentor"] != "ok":
        target = rng.choice(cand) if len(cand) > 1 else target
    traits = [f"tracked:{target}"]
    rid = 1
    fields = case.kv_fields(allow_combined=False)
    done = set()
    order = case.field_order()
    # include omitted target so a deleted paragraph exists
    flist = []
    for f in order:
        m = [x for x in fields if x[0] == f]
        if m:
            flist.append(m[0])
        elif f == target:
            flist.append((f, case.labels[f], None))
    for f, lab, v in flist:
        lab = lab.rstrip(":")
        if f != target:
            d.add_paragraph().add_run(lab).bold = True
            add_value_paragraphs(d, v)
            continue
        mode = case.modes[f]
        # old and new text
        if f == "duration":
            if mode == "over":
                old = fmt_range(case.start, add_months(case.start, 6) - dt.timedelta(days=1), rng)[0]
            elif mode == "ok":
                old = fmt_range(case.start, add_months(case.start, 9) - dt.timedelta(days=1), rng)[0]
            else:
                old = fmt_range(case.start, add_months(case.start, 4) - dt.timedelta(days=1), rng)[0]
        elif f == "hours":
            old = rng.choice(["efter behov", "udfyldes senere"]) if mode == "ok" else rng.choice(["3 timer pr. uge", "2 timer om ugen"])
        elif f == "goal":
            old = rng.choice(UNCLEAR_GOALS)[0] if mode == "ok" else rng.choice(CLEAR_GOALS)[0].replace("{city}", case.city)
        elif f == "appeal":
            old = "Du kan klage over den." if mode == "ok" else APPEALS[2][0]
        elif f == "follow":
            old = "udfyldes senere" if mode == "ok" else FOLLOWUPS[0][0]
        elif f == "mentor":
            old = "Tildeles senere" if mode == "ok" else f"{case.mentor_name}, tlf. {case.mentor_phone}"
        else:  # tasks
            old = "udfyldes senere" if mode == "ok" else "Hjælpe med struktur og fremmøde i praktikken"
        new = v if v is not None else ""
        if isinstance(new, list):
            new = "; ".join(new)
        if v is None:
            # whole paragraph (label + old value) deleted
            xml = (f'<w:p {W_NS}><w:del w:id="{rid}" w:author="{xesc(author)}" w:date="{date}">'
                   f'{run_xml(lab + ": ", True)}{run_xml(old, True)}</w:del></w:p>')
            traits.append("tracked:whole-field-deleted")
        else:
            xml = (f'<w:p {W_NS}><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{xesc(lab)}: </w:t></w:r>'
                   f'<w:del w:id="{rid}" w:author="{xesc(author)}" w:date="{date}">{run_xml(old, True)}</w:del>'
                   f'<w:ins w:id="{rid+1}" w:author="{xesc(author)}" w:date="{date}">{run_xml(new)}</w:ins></w:p>')
            traits.append(f"tracked:del[{old[:30]}]->ins")
        body_insert(d, parse_xml(xml))
        rid += 2
    d.add_paragraph(signatures(case))
    d.save(path)
    return {"format": "docx", "layout": "tracked-changes", "traits": traits}


def r_docx_comments(case, path: Path):
    rng = case.rng
    d = new_docx(case)
    docx_header_block(d, case)
    traits = ["word-comments"]
    comment_pool = ["Er timetallet godkendt af teamleder?", "Husk standardteksten til klagevejledning!",
                    "Skal perioden forlænges?", "Borger ønsker en kvindelig mentor.",
                    "Tjek om målet er SMART."]
    if not case.present("mentor"):
        comment_pool.append(f"Forslag til mentor: {case.mentor_name}, {case.mentor_phone}")
        traits.append("trap:mentor-only-in-comment")
    if not case.present("appeal"):
        comment_pool.append("Klage: 4 uger til kommunen, derefter Ankestyrelsen – skal ind!")
        traits.append("trap:appeal-words-only-in-comment")
    paras = []
    for f, lab, v in case.kv_fields():
        d.add_paragraph().add_run(lab.rstrip(":")).bold = True
        if isinstance(v, list):
            for x in v:
                paras.append(d.add_paragraph(x, style="List Bullet"))
        else:
            paras.append(d.add_paragraph(v))
    nonempty = [p for p in paras if p.runs]
    for txt in rng.sample(comment_pool, min(len(comment_pool), rng.choice([1, 2, 3]) + ("trap" in " ".join(traits)))):
        p = rng.choice(nonempty)
        d.add_comment(p.runs, text=txt, author=case.cw_name, initials=case.cw_first[0] + case.cw_last[0])
    d.add_paragraph(signatures(case))
    d.save(path)
    return {"format": "docx", "layout": "comments", "traits": traits}


def r_docx_checkbox(case, path: Path):
    rng = case.rng
    d = new_docx(case)
    docx_header_block(d, case)
    traits = ["checkbox-rows"]
    mt = rng.choice(["Tilbudsmentor", "Pligtmentor", "Udvidet mentor", "Uddannelsesmentor"])
    d.add_paragraph("Mentortype:  " + "   ".join(("☒ " if x == mt else "☐ ") + x for x in
                                                  ["Tilbudsmentor", "Pligtmentor", "Udvidet mentor", "Uddannelsesmentor"]))
    levels = ["Niveau 1: 0-1 time pr. uge", "Niveau 2: 1-2 timer pr. uge", "Niveau 3: mere end 2 timer pr. uge"]
    for f, lab, v in case.kv_fields(allow_combined=False):
        if f == "hours":
            continue
        d.add_paragraph().add_run(lab.rstrip(":")).bold = True
        add_value_paragraphs(d, v)
    # hours block
    d.add_paragraph().add_run(case.labels["hours"].rstrip(":?") + " (sæt kryds)").bold = True
    if case.modes["hours"] == "ok":
        lvl = rng.randrange(3)
        for i, x in enumerate(levels):
            d.add_paragraph(("☒ " if i == lvl else "☐ ") + x)
        d.add_paragraph("Konkret aftalt: " + case.value("hours"))
        traits.append(f"hours:checked-level-{lvl+1}+text")
    else:
        for x in levels:
            d.add_paragraph("☐ " + x)
        if case.modes["hours"] == "vague":
            d.add_paragraph("Konkret aftalt: " + case.hours)
        traits.append("hours:all-unchecked")
    if case.modes["follow"] != "ok":
        d.add_paragraph().add_run("Opfølgningsinterval").bold = True
        d.add_paragraph("☐ hver måned   ☐ hver 3. måned   ☐ 14 dage før støtten ophører")
        traits.append("follow:all-unchecked-checkboxes")
    d.add_paragraph(signatures(case))
    d.save(path)
    return {"format": "docx", "layout": "checkbox-form", "traits": traits}


def r_docx_numbered(case, path: Path):
    rng = case.rng
    d = new_docx(case)
    docx_header_block(d, case)
    d.add_paragraph(rng.choice(["Aftalen indeholder følgende punkter:", "Vi har aftalt:"]))
    for f, lab, v in case.kv_fields():
        p = d.add_paragraph(style="List Number")
        p.add_run(lab.rstrip(":") + (": " if not lab.endswith("?") else " ")).bold = True
        if isinstance(v, list):
            p.add_run("; ".join(v))
        else:
            p.add_run(v.replace("\n", ", "))
    d.add_paragraph(signatures(case))
    d.save(path)
    return {"format": "docx", "layout": "numbered-list", "traits": ["auto-numbering"]}


def r_docx_prose(case, path: Path):
    rng = case.rng
    d = new_docx(case)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = f"{case.sender}"
    d.add_paragraph(f"{case.cit_first} {case.cit_last}\n{case.cit_addr}")
    d.add_paragraph(fmt_date(case.doc_date, "long")).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if case.cpr:
        d.add_paragraph(f"CPR: {case.cpr}")
    d.add_paragraph().add_run(rng.choice(["Din aftale om mentor", "Vedr. mentorstøtte", "Aftale om mentorstøtte"])).bold = True
    d.add_paragraph(f"Kære {case.cit_first}")
    d.add_paragraph(rng.choice([f"Vi har i dag aftalt, at du får støtte fra en mentor.",
                                "Tak for en god samtale. Her kan du læse, hvad vi aftalte om din mentor.",
                                "Du har sagt ja til at få en mentor, og jobcentret har bevilget det."]))
    paras, appeal = prose_paragraphs(case)
    for p in paras:
        d.add_paragraph(p)
    if appeal:
        if rng.random() < 0.5:
            d.add_paragraph().add_run(rng.choice(["Hvis du ikke er enig", "Klagevejledning"])).bold = True
        d.add_paragraph(appeal)
    for line in closing(case).split("\n"):
        d.add_paragraph(line)
    d.save(path)
    return {"format": "docx", "layout": "prose-letter", "traits": ["fields-as-sentences"]}


# ODT ------------------------------------------------------------------------------------------
def r_odt(case, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    rng = case.rng
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(H(outlinelevel=1, text=case.title()))
    for k, v in case.meta():
        doc.text.addElement(P(text=f"{k}: {v}"))
    doc.text.addElement(P(text=case.intro()))
    variant = rng.choice(["headings", "table", "inline"])
    if variant == "table":
        tbl = Table(name="Aftale")
        tbl.addElement(TableColumn(numbercolumnsrepeated=2))
    for f, lab, v in case.kv_fields():
        if variant == "headings":
            doc.text.addElement(H(outlinelevel=2, text=lab.rstrip(":")))
            if isinstance(v, list):
                lst = List()
                for x in v:
                    li = ListItem()
                    li.addElement(P(text=x))
                    lst.addElement(li)
                doc.text.addElement(lst)
            else:
                for line in v.split("\n"):
                    doc.text.addElement(P(text=line))
        elif variant == "inline":
            p = P()
            p.addElement(Span(stylename=bold, text=lab.rstrip(":") + ": "))
            p.addText("; ".join(v) if isinstance(v, list) else v.replace("\n", ", "))
            doc.text.addElement(p)
        else:
            tr = TableRow()
            c1 = TableCell()
            c1.addElement(P(text=lab))
            c2 = TableCell()
            for line in (v if isinstance(v, list) else v.split("\n")):
                c2.addElement(P(text=line))
            tr.addElement(c1)
            tr.addElement(c2)
            tbl.addElement(tr)
    if variant == "table":
        doc.text.addElement(tbl)
    doc.text.addElement(P(text=signatures(case).replace("\n", " ")))
    doc.save(str(path))
    return {"format": "odt", "layout": f"odt-{variant}", "traits": [f"odt:{variant}"]}


# RTF ------------------------------------------------------------------------------------------
def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def r_rtf(case, path: Path):
    rng = case.rng
    parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}{\\f1 Arial;}}",
             "{\\info{\\author " + rtf_esc(case.cw_name) + "}}",
             "{\\header \\pard\\qr\\f1\\fs16 " + rtf_esc(case.sender) + "\\par}",
             "\\f1\\fs22 {\\b\\fs28 " + rtf_esc(case.title()) + "}\\par\\par "]
    for k, v in case.meta():
        parts.append(rtf_esc(f"{k}: {v}") + "\\par ")
    parts.append("\\par " + rtf_esc(case.intro()) + "\\par\\par ")
    variant = rng.choice(["paras", "table"])
    for f, lab, v in case.kv_fields():
        vt = "\n".join("- " + x for x in v) if isinstance(v, list) else v
        if variant == "paras":
            parts.append("{\\b " + rtf_esc(lab.rstrip(":")) + "}\\par " + rtf_esc(vt) + "\\par\\par ")
        else:
            parts.append("\\trowd\\cellx2800\\cellx9000 \\intbl {\\b " + rtf_esc(lab) + "}\\cell "
                         + rtf_esc(vt) + "\\cell\\row ")
    parts.append("\\pard\\par " + rtf_esc(signatures(case)) + "\\par}")
    path.write_text("".join(parts), encoding="ascii")
    return {"format": "rtf", "layout": f"rtf-{variant}", "traits": [f"rtf:{variant}"]}


def soffice_pdf(src: Path, outdir: Path) -> Path:
    prof = f"file:///tmp/lo_n_{os.getpid()}"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(src)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)
    return outdir / (src.stem + ".pdf")


def r_docx_to_pdf(case, path: Path):
    rng = case.rng
    tmpd = Path(tempfile.mkdtemp(prefix="n_lo_"))
    src = tmpd / (path.stem + ".docx")
    sub = rng.choice([r_docx_table, r_docx_prose, r_docx_numbered])
    info = sub(case, src)
    pdf = soffice_pdf(src, tmpd)
    shutil.move(str(pdf), path)
    shutil.rmtree(tmpd, ignore_errors=True)
    return {"format": "pdf", "layout": "docx-to-pdf", "traits": ["soffice", "from:" + info["layout"]] + info["traits"]}


# --------------------------------------------------------------------------------------------
# PDF renderers (reportlab) and image/OCR renderers (PIL + tesseract)
# --------------------------------------------------------------------------------------------
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,  # noqa: E402
                                FrameBreak, NextPageTemplate, Table, TableStyle, SimpleDocTemplate)
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1  # deterministic PDF bytes (no timestamps / random ids)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"),
               ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
               ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _f))

FILLER = [
    ("Baggrund", "Du har i en længere periode haft svært ved at komme i gang med de aktiviteter, vi har aftalt. "
     "På samtalen fortalte du, at det især er morgenerne og det at møde nye mennesker, der er svært. "
     "Du har selv peget på, at det vil hjælpe at have en fast person at støtte sig til. Vi har derfor talt om, "
     "at en mentor kan være en god hjælp i denne fase. Din egen læge er orienteret, og du har givet samtykke til, "
     "at vi må tale sammen."),
    ("Praktiske oplysninger", "Hvis du er syg eller forhindret, skal du give besked til din mentor så tidligt som muligt, "
     "gerne inden kl. 9. Møderne kan foregå i jobcentret, hjemme hos dig, på biblioteket eller et andet sted, I aftaler. "
     "Transportudgifter dækkes efter de almindelige regler. Mentor har tavshedspligt."),
    ("Samarbejde og samtykke", "Du har givet samtykke til, at mentor og jobcentret må udveksle de oplysninger, der er "
     "nødvendige for forløbet. Samtykket kan trækkes tilbage når som helst. Oplysningerne behandles efter reglerne i "
     "databeskyttelsesforordningen, og du kan læse mere om, hvordan kommunen behandler dine oplysninger, på hjemmesiden."),
    ("Dine rettigheder", "Du har ret til aktindsigt i din sag. Du kan også bede om at få rettet oplysninger, som du mener er "
     "forkerte. Kontakt din sagsbehandler, hvis du har spørgsmål til det."),
]
FILLER_EN = [("Background", "You have told us that mornings and meeting new people are hard, and that a fixed person "
              "to lean on would help. We have therefore agreed that a mentor can support you in this phase.")]


def rl_styles(font="DV", bold="DVB", size=10):
    return {
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=size + 8, spaceAfter=6),
        "lab": ParagraphStyle("lab", fontName=bold, fontSize=size, leading=size + 3, spaceBefore=6),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size + 3, spaceAfter=3),
        "bul": ParagraphStyle("bul", fontName=font, fontSize=size, leading=size + 3, leftIndent=10, bulletIndent=2),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=size),
    }


def P(text, st):
    return Paragraph(html.escape(text).replace("\n", "<br/>"), st)


def field_flowables(case, S, fields):
    out = []
    for f, lab, v in fields:
        out.append(P(lab, S["lab"]))
        if isinstance(v, list):
            out += [Paragraph(html.escape(x), S["bul"], bulletText="•") for x in v]
        elif v == "":
            out.append(Spacer(1, 12))
        else:
            out.append(P(v, S["p"]))
    return out


def filler_flowables(case, S, n):
    pool = FILLER_EN if case.lang == "en" else FILLER
    out = []
    for head, txt in case.rng.sample(pool, min(n, len(pool))):
        out += [P(head, S["lab"]), P(txt, S["p"])]
    return out


def running(case, title, sidebar_note=""):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("DV", 8)
        canv.drawString(18 * mm, A4[1] - 12 * mm, f"{case.sender} · {title}")
        canv.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, f"{case.cit_first} {case.cit_last} · {case.case_no}")
        canv.line(18 * mm, A4[1] - 14 * mm, A4[0] - 18 * mm, A4[1] - 14 * mm)
        canv.drawString(18 * mm, 10 * mm, f"{case.muni_addr} · Tlf. {case.muni_phone}{sidebar_note}")
        canv.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Side {doc.page}")
        canv.restoreState()
    return draw


def r_pdf_twocol(case, path: Path):
    rng = case.rng
    title = case.title()
    S = rl_styles(rng.choice(["DV", "DVS", "DVC"]), rng.choice(["DVB", "DVSB", "DVCB"]), rng.choice([9, 10]))
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title, author=case.cw_name)
    w, h = A4
    gap, mx, top, bot = 8 * mm, 18 * mm, 20 * mm, 18 * mm
    cw = (w - 2 * mx - gap) / 2
    frames = [Frame(mx, bot, cw, h - top - bot, id="c1"), Frame(mx + cw + gap, bot, cw, h - top - bot, id="c2")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=running(case, title))])
    story = [P(title, S["h1"])]
    story += [P(f"{k}: {v}", S["small"]) for k, v in case.meta()]
    story += [Spacer(1, 6), P(case.intro(), S["p"])]
    fill = filler_flowables(case, S, 4)
    story += fill[:4]
    fields = case.kv_fields()
    ff = field_flowables(case, S, fields)
    cut = rng.randrange(2, max(3, len(ff) - 2))
    story += ff[:cut] + fill[4:] + ff[cut:]
    story += [Spacer(1, 10), P(signatures(case), S["p"])]
    doc.build(story)
    return {"format": "pdf", "layout": "two-column-pdf", "traits": ["running-header-footer", "page-numbers", "filler-sections"]}


def r_pdf_sidebar(case, path: Path):
    rng = case.rng
    title = case.title()
    S = rl_styles(rng.choice(["DV", "DVS"]), rng.choice(["DVB", "DVSB"]), rng.choice([10, 11]))
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title, author=case.cw_name)
    w, h = A4
    mx, top, bot, sw = 14 * mm, 20 * mm, 18 * mm, 52 * mm
    first = PageTemplate(id="first", frames=[Frame(mx, bot, sw, h - top - bot, id="side", showBoundary=0),
                                             Frame(mx + sw + 6 * mm, bot, w - 2 * mx - sw - 6 * mm, h - top - bot, id="main")],
                         onPage=running(case, title))
    later = PageTemplate(id="later", frames=[Frame(mx, bot, w - 2 * mx, h - top - bot, id="full")],
                         onPage=running(case, title))
    doc.addPageTemplates([first, later])
    traits = ["left-sidebar", "running-header-footer", "page-numbers"]
    side = [P(case.sender, S["lab"]), P(case.muni_addr, S["small"]), Spacer(1, 8),
            P("Din sagsbehandler", S["lab"]), P(f"{case.cw_name}\n{case.cw_title}\nTlf. {case.cw_phone}\n{case.cw_mail}", S["small"]),
            Spacer(1, 8), P("Sag", S["lab"]), P(case.case_no, S["small"])]
    if case.cpr:
        side += [P(f"CPR {case.cpr}", S["small"])]
    fields = case.kv_fields()
    mentor_side = case.present("mentor") and rng.random() < 0.6
    if mentor_side:
        side += [Spacer(1, 8), P(case.labels["mentor"].rstrip(":?"), S["lab"]),
                 P(f"{case.mentor_name}\n{case.mentor_org}\n{case.mentor_phone}\n{case.mentor_mail}", S["small"])]
        fields = [x for x in fields if x[0] != "mentor"]
        traits.append("mentor-contact-in-sidebar")
    story = side + [NextPageTemplate("later"), FrameBreak()]
    story += [P(title, S["h1"]), P(f"{case.cit_first} {case.cit_last}, {case.cit_addr}", S["p"]),
              P(fmt_date(case.doc_date, "long"), S["p"]), P(case.intro(), S["p"])]
    story += filler_flowables(case, S, 2)
    story += field_flowables(case, S, fields)
    story += filler_flowables(case, S, 1)
    story += [P(signatures(case), S["p"])]
    doc.build(story)
    return {"format": "pdf", "layout": "sidebar-pdf", "traits": traits}


def r_pdf_table(case, path: Path):
    rng = case.rng
    title = case.title()
    S = rl_styles("DV", "DVB", 10)
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title)
    w, h = A4
    doc.addPageTemplates([PageTemplate(id="t", frames=[Frame(18 * mm, 18 * mm, w - 36 * mm, h - 40 * mm)],
                                       onPage=running(case, title))])
    story = [P(title, S["h1"])] + [P(f"{k}: {v}", S["small"]) for k, v in case.meta()]
    story += [Spacer(1, 6), P(case.intro(), S["p"])] + filler_flowables(case, S, 4)
    rows = [[P("Punkt", S["lab"]), P("Aftale", S["lab"])]]
    for f, lab, v in case.kv_fields():
        vv = "\n".join("• " + x for x in v) if isinstance(v, list) else v
        rows.append([P(lab, S["lab"]), P(vv, S["p"])])
    t = Table(rows, colWidths=[45 * mm, w - 36 * mm - 45 * mm], repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 8), P(signatures(case), S["p"])]
    doc.build(story)
    return {"format": "pdf", "layout": "table-pdf", "traits": ["table-split-across-pages", "repeat-header-row"]}


def r_pdf_prose(case, path: Path):
    rng = case.rng
    S = rl_styles(rng.choice(["DVS", "DV"]), "DVB", 11)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Brev", leftMargin=25 * mm, rightMargin=25 * mm)
    paras, appeal = prose_paragraphs(case)
    story = [P(case.sender, S["lab"]), P(case.muni_addr, S["small"]), Spacer(1, 20),
             P(f"{case.cit_first} {case.cit_last}\n{case.cit_addr}", S["p"]), Spacer(1, 10),
             P(fmt_date(case.doc_date, "long"), S["p"]), Spacer(1, 10), P(f"Kære {case.cit_first}", S["p"]),
             P(rng.choice(["Vi har i dag aftalt, at du skal have en mentor. Her er aftalen skrevet ned.",
                           "Tak for mødet. Jeg skriver her, hvad vi aftalte om mentorstøtte."]), S["p"])]
    story += [P(p, S["p"]) for p in paras]
    if appeal:
        story += [P(rng.choice(["Hvis du vil klage", "Klagevejledning"]), S["lab"]), P(appeal, S["p"])]
    story += [Spacer(1, 10), P(closing(case), S["p"])]
    doc.build(story)
    return {"format": "pdf", "layout": "prose-letter-pdf", "traits": ["fields-as-sentences"]}


# image pages -----------------------------------------------------------------------------------
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402


def doc_lines(case, prose=False):
    """Flat list of (kind, text) for image rendering."""
    L = [("h1", case.title()), ("blank", "")]
    for k, v in case.meta():
        L.append(("p", f"{k}: {v}"))
    L.append(("blank", ""))
    if prose:
        paras, appeal = prose_paragraphs(case)
        L.append(("p", f"Kære {case.cit_first}"))
        L.append(("blank", ""))
        for p in paras:
            L += [("p", p), ("blank", "")]
        if appeal:
            L += [("b", "Klagevejledning"), ("p", appeal), ("blank", "")]
        for line in closing(case).split("\n"):
            L.append(("p", line))
        return L
    L.append(("p", case.intro()))
    L.append(("blank", ""))
    for f, lab, v in case.kv_fields():
        if case.rng.random() < 0.5 or isinstance(v, list) or "\n" in v or len(v) > 50:
            L.append(("b", lab.rstrip(":") if not lab.endswith("?") else lab))
            if isinstance(v, list):
                L += [("bullet", x) for x in v]
            elif v:
                for line in v.split("\n"):
                    L.append(("p", line))
        else:
            L.append(("bp", (lab.rstrip(":") + ":", v)))
        L.append(("blank", ""))
    L.append(("p", signatures(case).replace("\n", "  ")))
    return L


def render_pages(case, lines, dpi, damaged=False):
    """Render lines to PIL pages. Returns (pages, layout) where layout is a list per page of
    (x, y_baseline_px, text, size_px) for an optional invisible text layer."""
    rng = case.rng
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    pt = lambda p: int(round(p * dpi / 72))  # noqa: E731
    serif = rng.random() < 0.5
    fn = FONT_DIR + ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf")
    fb = FONT_DIR + ("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf")
    size = rng.choice([11, 11.5, 12])
    f_norm, f_bold, f_h1 = ImageFont.truetype(fn, pt(size)), ImageFont.truetype(fb, pt(size)), ImageFont.truetype(fb, pt(size + 5))
    margin_x, margin_y = pt(60), pt(62)
    maxw = W - 2 * margin_x
    lh = int(pt(size) * 1.45)
    pages, layouts = [], []
    img = draw = None
    y = 0
    lay = []

    def newpage():
        nonlocal img, draw, y, lay
        if img is not None:
            pages.append(img)
            layouts.append(lay)
        img = Image.new("L", (W, H), 255)
        draw = ImageDraw.Draw(img)
        y = margin_y
        lay = []
        # running header
        draw.text((margin_x, pt(30)), f"{case.sender}", font=ImageFont.truetype(fn, pt(8)), fill=60)

    def wrap_px(text, font, width):
        words = text.split()
        out, cur = [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if draw.textlength(t, font=font) <= width:
                cur = t
            else:
                if damaged and cur and len(wd) > 7 and rng.random() < 0.5:
                    k = rng.randrange(3, len(wd) - 3)
                    head = cur + " " + wd[:k] + "-"
                    if draw.textlength(head, font=font) <= width:
                        out.append(head)
                        cur = wd[k:]
                        continue
                out.append(cur)
                cur = wd
        if cur:
            out.append(cur)
        return out or [""]

    newpage()
    for kind, text in lines:
        if kind == "blank":
            y += lh // 2
            continue
        if kind == "bp":
            lab, val = text
            font = f_norm
            lw = draw.textlength(lab + " ", font=f_bold)
            wl = wrap_px(val, f_norm, maxw - lw)
            for i, seg in enumerate(wl):
                if y + lh > H - margin_y:
                    newpage()
                if i == 0:
                    draw.text((margin_x, y), lab, font=f_bold, fill=0)
                    lay.append((margin_x, y, lab + " " + seg, pt(size)))
                else:
                    lay.append((margin_x + lw, y, seg, pt(size)))
                draw.text((margin_x + lw, y), seg, font=f_norm, fill=0)
                y += lh
            continue
        font = {"h1": f_h1, "b": f_bold}.get(kind, f_norm)
        indent = pt(14) if kind == "bullet" else 0
        if kind == "bullet":
            text = "• " + text
        for seg in wrap_px(text, font, maxw - indent):
            step = int(lh * 1.4) if kind == "h1" else lh
            if y + step > H - margin_y:
                newpage()
            draw.text((margin_x + indent, y), seg, font=font, fill=0)
            lay.append((margin_x + indent, y, seg, pt(size + 5) if kind == "h1" else pt(size)))
            y += step
    # footer page numbers added at the end
    pages.append(img)
    layouts.append(lay)
    n = len(pages)
    for i, im in enumerate(pages):
        ImageDraw.Draw(im).text((W - margin_x - pt(60), H - pt(36)), f"Side {i+1} af {n}",
                                font=ImageFont.truetype(fn, pt(8)), fill=60)
    return pages, layouts


def degrade(img: Image.Image, rng: random.Random, strength=1.0) -> Image.Image:
    angle = rng.uniform(-0.8, 0.8) * strength
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.3, 0.8)))
    # speckle noise
    px = img.load()
    W, H = img.size
    for _ in range(int(W * H * 0.0006 * strength)):
        x, y = rng.randrange(W), rng.randrange(H)
        px[x, y] = rng.choice([0, 90, 160])
    # slight uneven background
    return img.point(lambda v: min(255, int(v * rng.uniform(0.97, 1.0)) + 0))


def r_ocr_pdf(case, path: Path, prose=None, lines=None, subtype_traits=None):
    rng = case.rng
    dpi = rng.choice([200, 250, 300])
    if prose is None:
        prose = rng.random() < 0.3
    lines = lines or doc_lines(case, prose)
    pages, _ = render_pages(case, lines, dpi)
    tmpd = Path(tempfile.mkdtemp(prefix="n_ocr_"))
    lst = []
    for i, im in enumerate(pages):
        im = degrade(im, rng)
        p = tmpd / f"p{i}.png"
        im.save(p, dpi=(dpi, dpi))
        lst.append(str(p))
    (tmpd / "list.txt").write_text("\n".join(lst) + "\n")
    subprocess.run(["tesseract", str(tmpd / "list.txt"), str(tmpd / "out"), "-l", "dan", "pdf"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    shutil.move(str(tmpd / "out.pdf"), path)
    shutil.rmtree(tmpd, ignore_errors=True)
    return {"format": "pdf", "layout": "ocr-pdf", "traits": [f"dpi:{dpi}", "tesseract-dan", "rotated+noise",
                                                             "prose" if prose else "labels", f"pages:{len(pages)}"]}


def damage_text(s: str, rng: random.Random, level: float) -> str:
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        r = rng.random()
        if ch == "ø":
            out.append(rng.choice(["e", "o", "g", "ø", "e"]) if r < 0.9 * level + 0.1 else ch)
        elif ch == "æ":
            out.append(rng.choice(["e", "a", "ae", "@", "æ"]) if r < 0.9 * level + 0.1 else ch)
        elif ch == "å":
            out.append(rng.choice(["a", "é", "d", "a"]) if r < 0.9 * level + 0.1 else ch)
        elif ch == "Ø":
            out.append("O")
        elif ch == "Å":
            out.append("A")
        elif ch == "Æ":
            out.append("AE")
        elif ch == "m" and r < 0.04 * level:
            out.append("rn")
        elif ch == "t" and s[i:i + 2] == "ti" and r < 0.15 * level:
            out.append("fi")
            i += 2
            continue
        elif ch == "l" and r < 0.03 * level and i > 0 and s[i - 1].isalpha():
            out.append("1")
        elif ch == " " and r < 0.03 * level:
            out.append("")
        elif ch.isalpha() and r < 0.02 * level and i + 1 < len(s) and s[i + 1].isalpha():
            out.append(ch + " ")
        else:
            out.append(ch)
        i += 1
    t = "".join(out)
    t = re.sub(r"(?<= )i(?= )", lambda m: "1" if rng.random() < 0.6 * level else "i", t)
    return t


def r_damaged_pdf(case, path: Path, lines=None):
    rng = case.rng
    dpi = 150
    level = rng.choice([0.6, 0.8, 1.0])
    prose = rng.random() < 0.25
    lines = lines or doc_lines(case, prose)
    pages, layouts = render_pages(case, lines, dpi, damaged=True)
    w, h = A4
    c = rl_canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Scannet dokument")
    c.setProducer("ABBYY FineReader 8.0 (simuleret)")
    for im, lay in zip(pages, layouts):
        im = degrade(im, rng, 0.7)
        buf = io.BytesIO()
        im.save(buf, format="PNG")
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        sx = w / im.size[0]
        for x, y, text, spx in lay:
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("DV", max(4, spx * sx * 0.95))
            t.setTextOrigin(x * sx, h - (y + spx * 0.85) * sx)
            t.textOut(damage_text(text, rng, level))
            c.drawText(t)
        c.showPage()
    c.save()
    return {"format": "pdf", "layout": "damaged-ocr-pdf", "traits": [f"damage-level:{level}", "invisible-text-layer",
                                                                     "hyphenated-breaks", "prose" if prose else "labels"]}


# --------------------------------------------------------------------------------------------
# non-agreements (kind "unknown")
# --------------------------------------------------------------------------------------------
def simple_write(case, path: Path, fmt: str, title: str, lines: list[tuple[str, str]]):
    """Write a simple document from (kind, text) lines; kind in h1, b, p, bullet, blank."""
    rng = case.rng
    if fmt == "txt":
        out = []
        for k, t in lines:
            if k == "h1":
                out += [t.upper(), "=" * len(t)]
            elif k == "b":
                out.append(t + ":" if not t.endswith((":", "?")) else t)
            elif k == "bullet":
                out.append("  - " + t)
            elif k == "blank":
                out.append("")
            else:
                out.append(wrap(t, 74))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    elif fmt == "docx":
        d = new_docx(case)
        for k, t in lines:
            if k == "h1":
                d.add_heading(t, 1)
            elif k == "b":
                d.add_paragraph().add_run(t).bold = True
            elif k == "bullet":
                d.add_paragraph(t, style="List Bullet")
            elif k == "blank":
                continue
            else:
                d.add_paragraph(t)
        d.save(path)
    elif fmt == "odt":
        from odf.opendocument import OpenDocumentText
        from odf.text import H, P as OP
        doc = OpenDocumentText()
        for k, t in lines:
            if k == "h1":
                doc.text.addElement(H(outlinelevel=1, text=t))
            elif k != "blank":
                doc.text.addElement(OP(text=("• " if k == "bullet" else "") + t))
        doc.save(str(path))
    elif fmt == "html":
        body = []
        for k, t in lines:
            if k == "h1":
                body.append(f"<h1>{html.escape(t)}</h1>")
            elif k == "b":
                body.append(f"<h3>{html.escape(t)}</h3>")
            elif k == "bullet":
                body.append(f"<ul><li>{html.escape(t)}</li></ul>")
            elif k != "blank":
                body.append(f"<p>{html.escape(t)}</p>")
        doc, _ = html_chrome(case, "<div class='page-content'>" + "".join(body) + "</div>", title, case.sender)
        path.write_text(doc, encoding="utf-8")
    elif fmt == "pdf":
        S = rl_styles("DV", "DVB", 10)
        doc = BaseDocTemplate(str(path), pagesize=A4, title=title)
        w, h = A4
        doc.addPageTemplates([PageTemplate(id="t", frames=[Frame(20 * mm, 20 * mm, w - 40 * mm, h - 42 * mm)],
                                           onPage=running(case, title))])
        story = []
        for k, t in lines:
            if k == "h1":
                story.append(P(t, S["h1"]))
            elif k == "b":
                story.append(P(t, S["lab"]))
            elif k == "bullet":
                story.append(Paragraph(html.escape(t), S["bul"], bulletText="•"))
            elif k == "blank":
                story.append(Spacer(1, 6))
            else:
                story.append(P(t, S["p"]))
        doc.build(story)
    elif fmt == "ocr-pdf":
        return r_ocr_pdf(case, path, lines=lines)
    else:
        raise ValueError(fmt)
    return {"format": "pdf" if fmt == "ocr-pdf" else fmt, "layout": fmt}


def na_status(case):
    rng = case.rng
    used = rng.randrange(6, 20)
    L = [("h1", rng.choice(["Statusrapport – mentorforløb", "Mentorens statusnotat", "Progressionsnotat fra mentor"])),
         ("p", f"Borger: {case.cit_first} {case.cit_last}" + (f", CPR {case.cpr}" if case.cpr else "")),
         ("p", f"Rapportperiode: {fmt_date(case.start, 'dots0')} – {fmt_date(case.mid, 'dots0')}"),
         ("p", f"Mentor: {case.mentor_name}, {case.mentor_org}, tlf. {case.mentor_phone}, {case.mentor_mail}"),
         ("blank", ""), ("b", "Mål fra mentoraftalen"), ("p", case.goal),
         ("b", "Hvad har vi arbejdet med"), *[("bullet", t[0].upper() + t[1:]) for t in case.tasks],
         ("b", "Timeforbrug"), ("p", f"Der er brugt {used} timer i rapportperioden (bevilget: {case.hours})."),
         ("b", "Progression"),
         ("p", rng.choice(["Fremmødet er steget fra ca. halvdelen af dagene til næsten alle dage.",
                           "Borger kommer nu selv til møderne og har sendt to ansøgninger.",
                           "Det går langsomt, men der er færre aflysninger end i starten."])),
         ("b", "Næste opfølgning"), ("p", f"Statusmøde med sagsbehandler {fmt_date(case.mid + dt.timedelta(days=14), 'long')}."),
         ("p", f"Forløbet er bevilget {case.duration}. Borger er ved bevillingen vejledt om klageadgang (4 uger, kommunen/Ankestyrelsen)."),
         ("blank", ""), ("p", f"{case.mentor_name}, {fmt_date(case.mid, 'long')}")]
    return "status-report", L, ["mentions-every-field", "written-by-mentor"]


def na_minutes(case):
    rng = case.rng
    L = [("h1", rng.choice(["Referat af netværksmøde", "Referat – trepartsmøde", "Mødereferat: opstart af mentorforløb"])),
         ("p", f"Dato: {fmt_date(case.doc_date, 'long')}, {case.sender}"),
         ("p", f"Deltagere: {case.cit_first} {case.cit_last} (borger), {case.mentor_name} (mentor), {case.cw_name} ({case.cw_title.lower()})"),
         ("b", "1. Velkomst og formål med mødet"), ("p", "Vi gennemgik, hvorfor vi er samlet, og hvad borger ønsker."),
         ("b", "2. Borgerens ønsker"), ("p", f"Borger vil gerne: {case.goal.lower()}."),
         ("b", "3. Mentor"), ("p", f"Mentor præsenterede sig. {case.mentor_first} kan kontaktes på {case.mentor_phone}. "
                                   f"Der blev drøftet, om {case.hours} er passende. Den endelige aftale skrives af sagsbehandler og sendes i e-Boks."),
         ("b", "4. Eventuelt"), ("p", "Intet."),
         ("p", f"Næste møde: {fmt_date(case.mid, 'long')}. Referent: {case.cw_name}")]
    return "meeting-minutes", L, ["minutes", "agreement-to-follow"]


def na_invoice(case):
    rng = case.rng
    hrs = rng.randrange(8, 30)
    rate = rng.choice([450, 495, 525, 560])
    L = [("h1", "FAKTURA"), ("p", f"{case.mentor_org} · CVR {rng.randrange(10000000, 99999999)}"),
         ("p", f"Fakturanr. {rng.randrange(2000, 9000)}   Fakturadato {fmt_date(case.mid, 'dots0')}"),
         ("p", f"Til: {case.sender}, {case.muni_addr}, att. {case.cw_name}"), ("blank", ""),
         ("b", "Specifikation"),
         ("p", f"Mentorstøtte til {case.cit_first} {case.cit_last[0]}. (sag {case.case_no}), mentor {case.mentor_name}"),
         ("p", f"Periode: {fmt_date(case.start, 'dots0')} – {fmt_date(case.mid, 'dots0')}"),
         ("p", f"{hrs} timer à {rate},00 kr. = " + f"{hrs * rate:,}".replace(",", ".") + ",00 kr."),
         ("p", f"Moms 25 %: {hrs * rate // 4},00 kr."), ("p", f"I alt: {hrs * rate * 5 // 4},00 kr."),
         ("p", f"Betalingsbetingelser: netto 30 dage. Reg. {rng.randrange(1000, 9999)} konto {rng.randrange(10**9, 10**10)}"),
         ("p", f"EAN: 57980{rng.randrange(10**7, 10**8)}")]
    return "invoice", L, ["invoice", "hours+period+mentor"]


def na_club(case):
    rng = case.rng
    club = rng.choice([f"{case.city} Boldklub Ungdom", f"{case.city} Håndboldklub", "Idrætsforeningen Ørnen",
                       f"{case.city} Svømmeklub"])
    L = [("h1", f"Mentoraftale – {club}"),
         ("p", "Aftale mellem ung spiller og frivillig mentor i klubbens mentorordning \"Klar til holdet\"."),
         ("b", "Mål"), ("p", "At komme til træning to gange om ugen og blive en del af holdet."),
         ("b", "Mentor"), ("p", f"{case.mentor_name}, frivillig træner, tlf. {case.mentor_phone}"),
         ("b", "Det hjælper mentoren med"), ("bullet", "Følges til træning de første uger"),
         ("bullet", "Hjælp til at købe udstyr og finde kontingentstøtte"),
         ("b", "Periode"), ("p", f"Sæsonen {case.doc_date.year} (august–juni)"),
         ("b", "Tid"), ("p", "ca. 1 time om ugen ud over træningen"),
         ("b", "Opfølgning"), ("p", "Vi snakker om, hvordan det går, efter juleafslutningen."),
         ("p", "Ordningen er frivillig og kan stoppes når som helst. Spørgsmål til ungdomsformanden.")]
    return "private-club-agreement", L, ["non-municipal", "no-appeal-by-nature"]


def na_school(case):
    rng = case.rng
    school = rng.choice([f"{case.city} Friskole", "Den Frie Skole i Bakkedal", f"{case.city} Lilleskole",
                         "Efterskolen ved Fjorden"])
    L = [("h1", f"Elevmentor-aftale · {school}"),
         ("p", f"Elev: {case.cit_first}, 8.b   Mentor (lærer): {case.mentor_name}, {case.mentor_mail}, tlf. {case.mentor_phone}"),
         ("b", "Formål"), ("p", "At eleven får overblik over lektier og er klar til 9.-klasseprøverne i dansk og matematik."),
         ("b", "Mentors opgaver"), ("bullet", "Ugentlig lektiecafé-samtale"), ("bullet", "Kontakt til forældre ved fravær"),
         ("b", "Tidsramme"), ("p", f"{fmt_date(case.start, 'long')} til sommerferien"),
         ("b", "Timer"), ("p", "1 lektion om ugen"),
         ("b", "Evaluering"), ("p", "Ved skole-hjem-samtalen i januar."),
         ("p", "Aftalen er en del af skolens eget trivsels- og mentorprogram og er ikke en afgørelse fra kommunen.")]
    return "free-school-agreement", L, ["non-municipal"]


def na_leaflet(case):
    rng = case.rng
    L = [("h1", rng.choice(["Mentorstøtte – til dig, der har brug for en hånd", "Har du brug for en mentor?",
                            f"Mentor i {case.sender}"])),
         ("p", "En mentor er en person, der kan støtte dig i at komme i job, uddannelse eller et tilbud. Mentorstøtte gives efter "
               "lov om en aktiv beskæftigelsesindsats § 167 i højst 6 måneder ad gangen."),
         ("b", "Hvad står der i din mentoraftale?"),
         ("bullet", "Målet med mentorstøtten"), ("bullet", "Mentorens navn og kontaktdata"),
         ("bullet", "Hvilke opgaver mentoren skal hjælpe med"),
         ("bullet", "Hvor længe aftalen varer, og hvordan vi følger op"), ("bullet", "Hvor mange timer du får – typisk 1-3 timer om ugen"),
         ("bullet", "Klagevejledning"),
         ("b", "Sådan klager du"),
         ("p", "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen genvurderer "
               "afgørelsen, og fastholder den afgørelsen, sendes klagen til Ankestyrelsen."),
         ("b", "Kontakt"), ("p", f"Ring til {case.sender} på {case.muni_phone} eller skriv via borger.dk.")]
    return "leaflet", L, ["lists-every-field", "generic"]


def na_guidance(case):
    rng = case.rng
    L = [("h1", rng.choice(["Sådan udfylder du skabelonen til mentoraftale", "Vejledning: Mentoraftaler i jobcentret",
                            "Intranet – tjekliste for mentoraftaler"])),
         ("p", "Denne side er til medarbejdere. Alle mentoraftaler skal indeholde de seks punkter fra kvalitetsstandarden."),
         ("b", "1. Mål"), ("p", "Skriv et konkret job- eller uddannelsesmål, fx \"Start på FVU-dansk i uge 34\". Undgå \"øget trivsel\"."),
         ("b", "2. Mentor"), ("p", "Navn, telefon og mail på mentor. Skriv ikke sagsbehandlerens nummer her."),
         ("b", "3. Opgaver"), ("p", "Hvad skal mentor konkret hjælpe med?"),
         ("b", "4. Varighed og opfølgning"), ("p", "Højst 6 måneder, fx 1. marts – 31. august. Angiv statussamtaler og slutevaluering 14 dage før ophør."),
         ("b", "5. Timetal"), ("p", "Angiv timer pr. uge, fx \"2 timer ugentligt\". \"Efter behov\" er ikke nok."),
         ("b", "6. Klagevejledning"), ("p", "Brug standardteksten: klage til kommunen inden 4 uger; genvurdering; videre til Ankestyrelsen."),
         ("p", "Sidst opdateret af Team Kvalitet.")]
    return "guidance-page", L, ["checklist", "every-field-keyword"]


def na_journal_phone(case):
    rng = case.rng
    L = [("h1", "Journalnotat – telefonsamtale"),
         ("p", f"{fmt_date(case.doc_date, 'dots0')} kl. {rng.randrange(9, 15)}.{rng.choice(['05', '20', '40'])} · {case.cw_name}"),
         ("p", f"Telefonsamtale med mentor {case.mentor_name} ({case.mentor_phone}) vedr. {case.cit_first} {case.cit_last}."),
         ("p", rng.choice([f"Mentor oplyser, at borger har aflyst de to seneste møder. Mentor foreslår at bruge færre timer i en periode. "
                           f"Vi aftalte at tage det op på næste opfølgning {fmt_date(case.mid, 'long')}.",
                           "Mentor fortæller, at borger er startet i praktik og møder stabilt. Ingen ændringer i aftalen.",
                           "Mentor spørger, om forløbet kan forlænges. Jeg vender tilbage, når jeg har talt med borger."])),
         ("p", "Intet yderligere.")]
    return "journal-phone-note", L, ["phone-call-note"]


def na_sched_email(case, path: Path):
    rng = case.rng
    msg = EmailMessage()
    msg["From"] = f"{case.cw_name} <{case.cw_mail}>"
    msg["To"] = f"{case.cit_first} {case.cit_last} <{slugify(case.cit_first)}{rng.randrange(10,99)}@hotmail.com>"
    msg["Cc"] = f"{case.mentor_name} <{case.mentor_mail}>"
    msg["Subject"] = rng.choice(["Mødeindkaldelse: statusmøde om dit mentorforløb", "Opfølgning på mentor – ny tid",
                                 "Invitation: opstartsmøde med din nye mentor"])
    msg["Date"] = format_datetime(dt.datetime.combine(case.doc_date, dt.time(10, 14), tzinfo=dt.timezone(dt.timedelta(hours=1))))
    when = case.doc_date + dt.timedelta(days=rng.randrange(3, 15))
    body = (f"Hej {case.cit_first}\n\nJeg vil gerne invitere dig til et møde {fmt_date(when, 'weekday')} kl. {rng.randrange(9, 14)}.00 "
            f"i {case.sender}, {case.muni_addr}. Din mentor {case.mentor_name} deltager også.\n\n"
            f"Vi skal tale om, hvordan det går med dit mål ({case.goal.lower()}), og om de {case.hours} passer dig.\n"
            f"Kan du ikke komme, så ring til mig på {case.cw_phone}.\n\nHusk at tage dit sygesikringskort med.\n\n"
            f"Venlig hilsen\n{case.cw_name}\n{case.cw_title}\n{case.sender}\n")
    if rng.random() < 0.5:
        body += f"\n-----Oprindelig meddelelse-----\nFra: {case.mentor_name}\nSendt: {fmt_date(case.doc_date - dt.timedelta(days=2), 'long')}\n" \
                f"Emne: Statusmøde\n\nHej {case.cw_first}, kan vi finde en tid til status med {case.cit_first}? /{case.mentor_first}\n"
    msg.set_content(body, cte=rng.choice(["quoted-printable", "8bit"]))
    path.write_bytes(bytes(msg))
    return {"format": "eml", "layout": "email"}


NA_KINDS = [  # (builder, count, formats)
    (na_status, 8, ["docx", "pdf", "ocr-pdf", "html", "odt", "ocr-pdf", "docx", "pdf"]),
    ("sched", 6, ["eml"]),
    (na_minutes, 6, ["docx", "txt", "pdf", "ocr-pdf", "odt", "docx"]),
    (na_invoice, 6, ["pdf", "html", "ocr-pdf", "pdf", "docx", "pdf"]),
    (na_club, 5, ["docx", "pdf", "txt", "ocr-pdf", "html"]),
    (na_school, 4, ["docx", "odt", "html", "pdf"]),
    (na_leaflet, 6, ["pdf", "html", "ocr-pdf", "pdf", "docx", "html"]),
    (na_guidance, 5, ["html", "txt", "html", "docx", "html"]),
    (na_journal_phone, 4, ["txt", "docx", "txt", "pdf"]),
]

# --------------------------------------------------------------------------------------------
# plan and main
# --------------------------------------------------------------------------------------------
AGREEMENT_LAYOUTS = {  # renderer name: count  (sum = number of agreements)
    "ocr-pdf": 18, "damaged-ocr-pdf": 10, "two-column-pdf": 10, "sidebar-pdf": 8, "table-pdf": 4,
    "prose-letter-pdf": 4, "docx-to-pdf": 5,
    "html-divs": 8, "html-dl": 5, "html-table": 5,
    "email": 13, "prose-txt": 5, "journal-note": 6, "txt-markdown": 6, "txt-form": 5,
    "docx-table": 5, "sdt-form": 9, "textbox": 5, "footer-contact": 6, "tracked-changes": 7,
    "comments": 4, "checkbox-form": 5, "numbered-list": 4, "docx-prose": 4, "odt": 5, "rtf": 5,
}

RENDERERS = {
    "ocr-pdf": (r_ocr_pdf, "pdf"), "damaged-ocr-pdf": (r_damaged_pdf, "pdf"), "two-column-pdf": (r_pdf_twocol, "pdf"),
    "sidebar-pdf": (r_pdf_sidebar, "pdf"), "table-pdf": (r_pdf_table, "pdf"), "prose-letter-pdf": (r_pdf_prose, "pdf"),
    "docx-to-pdf": (r_docx_to_pdf, "pdf"),
    "html-divs": (lambda c, p: r_html(c, p, "divs"), "html"), "html-dl": (lambda c, p: r_html(c, p, "dl"), "html"),
    "html-table": (lambda c, p: r_html(c, p, "table"), "html"),
    "email": (r_email, "eml"), "prose-txt": (r_prose_txt, "txt"), "journal-note": (r_journal, "txt"),
    "txt-markdown": (r_txt_markdown, "md"), "txt-form": (r_txt_form, "txt"),
    "docx-table": (r_docx_table, "docx"), "sdt-form": (r_docx_sdt, "docx"), "textbox": (r_docx_textbox, "docx"),
    "footer-contact": (r_docx_footer, "docx"), "tracked-changes": (r_docx_tracked, "docx"),
    "comments": (r_docx_comments, "docx"), "checkbox-form": (r_docx_checkbox, "docx"),
    "numbered-list": (r_docx_numbered, "docx"), "docx-prose": (r_docx_prose, "docx"), "odt": (r_odt, "odt"),
    "rtf": (r_rtf, "rtf"),
}
LANG_OK = {"docx-table", "html-dl", "html-table", "txt-markdown", "email", "sdt-form"}
COMPATIBLE = lambda a, b: a != b and {DEFECT_FIELD[a], DEFECT_FIELD[b]} != {"goal"} and \
    {DEFECT_FIELD[a], DEFECT_FIELD[b]} != {"duration"}  # noqa: E731


def plan_defects(rng, n_agreements, n_complete, singles_per_rule=12):
    singles = [[r] for r in RULES for _ in range(singles_per_rule)]
    n_def = n_agreements - n_complete
    while len(singles) < n_def:
        singles.append([rng.choice(RULES)])
    singles = singles[:n_def]
    rng.shuffle(singles)
    counts = {r: sum(r in d for d in singles) for r in RULES}
    n_double = int(n_def * 0.42)
    for d in singles[:n_double]:
        opts = sorted((r for r in RULES if COMPATIBLE(d[0], r)), key=lambda r: (counts[r], rng.random()))
        d.append(opts[0])
        counts[opts[0]] += 1
    plans = [sorted(d) for d in singles] + [[] for _ in range(n_complete)]
    rng.shuffle(plans)
    return plans


def file_name(case, layout, ext, idx, rng):
    cit = slugify(case.cit_first)
    d = case.doc_date
    opts = [f"mentoraftale_{cit}_{d:%Y%m%d}", f"Aftale om mentor - {case.cit_first} {case.cit_last[0]}",
            f"{d:%Y-%m-%d} mentorstøtte {cit}", f"scan_{rng.randrange(1000, 9999)}", f"dok{idx:04d}",
            f"export_{slugify(case.case_no)}", f"MENTOR_{cit.upper()}_{d:%d%m%y}", f"aftale-{idx:03d}"]
    if layout == "email":
        opts = [f"{d:%Y%m%d}_mail_{cit}", f"Din mentoraftale ({idx})", f"msg{idx:05d}"]
    if layout in ("ocr-pdf", "damaged-ocr-pdf"):
        opts = [f"scan_{d:%Y%m%d}_{idx:03d}", f"SKM_C{rng.randrange(200, 700)}i{d:%y%m%d}{idx:03d}",
                f"indscannet-aftale-{cit}"]
    return rng.choice(opts) + "." + ext


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--probes", type=Path, default=Path("/tmp/corpus_n_probes.json"),
                    help="side file with per-document probe strings for self-verification (not in --out)")
    ap.add_argument("--only", type=int, default=None, help="debug: generate only the first N documents")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    n_agree = sum(AGREEMENT_LAYOUTS.values())
    n_complete = round(n_agree * 0.37)
    plans = plan_defects(rng, n_agree, n_complete)
    layouts = [k for k, n in AGREEMENT_LAYOUTS.items() for _ in range(n)]
    rng.shuffle(layouts)
    # language assignment: 3 English + 3 bilingual among label layouts
    lang_idx = [i for i, l in enumerate(layouts) if l in LANG_OK]
    rng.shuffle(lang_idx)
    langs = ["da"] * len(layouts)
    for i in lang_idx[:3]:
        langs[i] = "en"
    for i in lang_idx[3:6]:
        langs[i] = "bi"

    jobs = [("agreement", layouts[i], plans[i], langs[i]) for i in range(n_agree)]
    for builder, n, fmts in NA_KINDS:
        for j in range(n):
            jobs.append(("unknown", builder, fmts[j % len(fmts)], "da"))
    order = list(range(len(jobs)))
    rng.shuffle(order)
    if a.only:
        order = order[:a.only]

    entries, probes = [], {}
    used = set()
    for idx, ji in enumerate(order):
        kind, lay, extra, lang = jobs[ji]
        sub = random.Random(rng.randrange(2**32))
        cpr = sub.random() < 0.10
        if kind == "agreement":
            case = Case(sub, extra, lang=lang, cpr=cpr)
            fn, ext = RENDERERS[lay]
        else:
            case = Case(sub, [], cpr=cpr)
            ext = {"ocr-pdf": "pdf"}.get(extra, extra)
        folder = Path(slugify(case.muni)) / str(case.doc_date.year)
        (out / folder).mkdir(parents=True, exist_ok=True)
        name = file_name(case, lay if kind == "agreement" else "na", ext, idx, sub)
        while (folder / name).as_posix() in used:
            name = f"{idx}_" + name
        rel = (folder / name).as_posix()
        used.add(rel)
        path = out / rel
        if kind == "agreement":
            info = fn(case, path)
            if info["layout"] == "ocr-pdf" and case.present("hours") and "½" in case.hours:
                info["traits"].append("ocr-risk:½-may-read-as-%")
            entry = {"path": rel, "format": info["format"], "kind": "agreement", "subtype": "agreement",
                     "layout": info["layout"], "rules": case.rules(), "extras": [], "error": None,
                     "accept_errors": [], "must_not_contain": case.must_not(),
                     "traits": [f"lang:{lang}"] + info["traits"] + case.traits + (["cpr"] if case.cpr else []),
                     "period": case.period()}
            pr = {}
            for f in FIELD_ORDER:
                if case.present(f) or case.modes[f] == "unclear":
                    v = case.value(f)
                    if f == "mentor":
                        pr[f] = case.mentor_phone
                    elif f == "tasks":
                        pr[f] = case.tasks[0][3:30]
                    elif f == "duration":
                        pr[f] = case.duration[-12:]
                    elif isinstance(v, str):
                        pr[f] = v[:40]
            probes[rel] = {"present": pr, "absent": {f: case.modes[f] for f in FIELD_ORDER if not case.present(f)},
                           "mentor_phone": case.mentor_phone, "rules": case.rules(), "layout": info["layout"]}
        else:
            if lay == "sched":
                info = na_sched_email(case, path)
                subtype, tr = "scheduling-email", ["meeting-invite", "mentor-cc"]
            else:
                subtype, lines, tr = lay(case)
                info = simple_write(case, path, extra, lines[0][1], lines)
            entry = {"path": rel, "format": info["format"], "kind": "unknown", "subtype": subtype,
                     "layout": f"{subtype}:{extra}", "rules": [], "extras": [], "error": None,
                     "accept_errors": [], "must_not_contain": case.must_not() if subtype in ("status-report",) else [],
                     "traits": tr + (["cpr"] if case.cpr and subtype == "status-report" else []), "period": None}
            probes[rel] = {"present": {}, "absent": {}, "rules": [], "layout": entry["layout"]}
        entries.append(entry)
        print(f"[{idx+1}/{len(order)}] {rel}  {entry['kind']} {entry['layout']} {entry['rules']}", flush=True)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    a.probes.write_text(json.dumps(probes, ensure_ascii=False, indent=1), encoding="utf-8")
    # summary
    from collections import Counter
    print("kinds", Counter(e["kind"] for e in entries))
    print("rules", Counter(r for e in entries for r in e["rules"]))
    print("complete agreements", sum(1 for e in entries if e["kind"] == "agreement" and not e["rules"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
