#!/usr/bin/env python3
"""Corpus AP: long mentor documents whose fields sit inside boilerplate that uses the same words.

Independent corpus for `mentordocs lint` (issue 8). Written from ../shared/domain.md, the seeds, the
rule docs (`mentordocs rules NAME`) and the manifest format only.

Every document carries boilerplate that *talks about* the fields: a GDPR notice ("Formålet med
behandlingen ...", "opbevares i 5 år"), the law quoted ("højst 6 måneder", "kan forlænges"), general
rules for the mentor scheme ("Mentoren må ikke ...", "Timerne kan ikke overføres"), the municipality's
service information (opening hours, switchboard and Borgerservice phones), appeal guidance for OTHER
benefits, partshøring/aktindsigt paragraphs with deadlines, references to earlier periods and
e-mail disclaimers. The real fields are sometimes complete and sometimes missing; a missing field is
labelled missing even when the boilerplate contains its words (see NOTES.md).

Usage: make_corpus_ap.py --out /work/corpora/ap [--seed 5150]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Anna", "Mette", "Sara", "Ahmed", "Jonas", "Lars", "Fatima", "Mikkel", "Camilla", "Rasmus",
         "Line", "Emil", "Nadia", "Kasper", "Louise", "Tobias", "Hanne", "Yusuf", "Signe", "Peter",
         "Birgitte", "Ali", "Maja", "Frederik", "Julie", "Karsten", "Ida", "Omar", "Trine", "Søren"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Mortensen", "Kaya", "Hussein", "Lund", "Holm", "Bak", "Dam", "Vestergaard"]
KOMMUNER = [
    ("Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87", "Jobcenter Viborg", "viborg.dk"),
    ("Horsens", "Rådhustorvet 4, 8700 Horsens", "76 29 29 29", "Jobcenter Horsens", "horsens.dk"),
    ("Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36", "Jobcenter Holbæk", "holbaek.dk"),
    ("Faxe", "Frederiksgade 9, 4690 Haslev", "56 20 30 00", "Jobcenter Faxe", "faxekommune.dk"),
    ("Tønder", "Kongevej 57, 6270 Tønder", "74 92 92 92", "Jobcenter Tønder", "toender.dk"),
    ("Assens", "Rådhus Allé 5, 5610 Assens", "64 74 74 74", "Jobcenter Assens", "assens.dk"),
    ("Roskilde", "Køgevej 80, 4000 Roskilde", "46 31 30 00", "Jobcenter Roskilde", "roskilde.dk"),
    ("Herning", "Torvet 5, 7400 Herning", "96 28 28 28", "Jobcenter Herning", "herning.dk"),
    ("Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00", "Jobcenter Svendborg", "svendborg.dk"),
    ("Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15", "Jobcenter Randers", "randers.dk"),
]
PROVIDERS = ["Jobhuset ApS", "MentorKompagniet", "Kompas Mentor & Coaching", "Brobyggerne I/S",
             "Mentorhuset Midt", "Aktiv Vej ApS", "Nordlys Mentorservice", "Trinvis ApS"]
GOALS_OK = [
    "{c} starter på SOSU-hjælperuddannelsen den 10. august 2026 og møder mindst fire dage om ugen i grundforløbet.",
    "{c} er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest 1. juni 2026 med henblik på løntilskud.",
    "{c} gennemfører FVU-dansk trin 2 på VUC og er klar til at søge optagelse på EUD (tømrer) i januar 2027.",
    "{c} har et fleksjob som pedelmedhjælper på Nørregårdsskolen på 12 timer om ugen ved periodens udløb.",
    "{c} fastholder sin ansættelse som kantinemedhjælper hos Arla (25 timer/uge) uden fravær ud over 2 dage om måneden.",
    "{c} møder stabilt i FGU (produktionsgrunduddannelse, værkstedsspor) 5 dage om ugen og består første trin.",
    "{c} er i ordinær ansættelse eller løntilskud inden for detailhandel senest 1. oktober 2026.",
    "{c} gennemfører AMU-kurset 'Truckcertifikat B' og søger mindst 4 relevante lagerjob om måneden.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {c} kommer tættere på arbejdsmarkedet og får mere selvværd.",
    "Motivere {c} og skabe ro omkring {c}s situation.",
    "Sikre at {c} får det bedre og kommer videre.",
    "Hjælp til at arbejde med sig selv og få overskud i hverdagen.",
]
TASKS = [
    ["følge {c} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med at holde kalender og aftaler i Min Plan"],
    ["hjælpe {c} med at lave en ugeplan og stå op til tiden", "tage med til samtaler med studievejleder",
     "støtte i kontakten med praktikstedets kontaktperson"],
    ["træne busturen til arbejdspladsen", "drøfte konflikter med kolleger og hvordan de løses",
     "hjælpe med post i e-Boks og breve fra kommunen"],
    ["deltage i opstartsmøde på uddannelsesstedet", "ugentlig opringning om lektier og fremmøde",
     "hjælpe med at søge SPS og tale med elevcoach"],
    ["støtte {c} i at bruge Jobnet og søge job", "øve jobsamtaler", "følge op på aftaler med lægen om skånehensyn"],
]
HOURS_OK = ["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "4 t/uge", "8 timer om måneden",
            "halvanden time pr. uge", "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor"]
FOLLOWUPS = [
    "Der holdes statusmøde hver 4. uge med {c}, mentor og sagsbehandler. Senest 14 dage før støtten ophører evaluerer vi forløbet; progression måles på delmålet: fremmøde mindst 4 dage om ugen.",
    "Mentor sender en kort skriftlig status til sagsbehandler hver måned. Midtvejsevaluering i uge {w}, hvor vi ser på, om delmålene er nået.",
    "Vi følger op på aftalen ved samtale hver 6. uge. Delmål 1: {c} møder til tiden i 3 ud af 4 uger. Delmål 2: {c} har selv kontakt til praktikstedet.",
    "Opfølgning sker ved trekantsmøde hver anden måned og en afsluttende evaluering 14 dage før ophør.",
]


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# --------------------------------------------------------------------------- boilerplate

def law_quote(r: random.Random) -> list:
    if r.random() < 0.25:  # an older template still quoting the pre-2020 numbering (domain.md § 1)
        return [("h", "Lovgrundlag"),
                ("p", "Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats kapitel 9 b, § 31 b. "
                      "Mentorstøtte kan gives i det omfang, det er nødvendigt, og aftalen indgås højst for 6 "
                      "måneder med mulighed for forlængelse. Refusion ophører, når aftalen udløber, dog senest "
                      "efter 6 måneder."),
                ("p", "For personer, der udskrives efter indlæggelse på grund af psykisk sygdom, gælder § 31 b, "
                      "stk. 2: ret til mentorstøtte fra op til 3 måneder før udskrivelsen og i alt mindst 6 måneder.")]
    blocks = [("h", r.choice(["Lovgrundlag", "Regler om mentorstøtte", "Uddrag af lov om en aktiv beskæftigelsesindsats"]))]
    blocks.append(("p", "§ 167. Med henblik på at fremme, at en person kan opnå eller fastholde aktiviteter, tilbud, "
                   "ordinær uddannelse, ansættelse i fleksjob eller ordinær ansættelse, kan der gives mentorstøtte "
                   "i en periode på højst 6 måneder. Personerne kan efter en konkret vurdering gives mentorstøtte i "
                   "en ny periode på op til 6 måneder ved udløb af en periode."))
    blocks.append(("p", "Stk. 2. Personer omfattet af § 6, der udskrives efter indlæggelse med en psykisk lidelse, har "
                   "ret til mentorstøtte med samme formål som efter stk. 1 i op til 3 måneder forud for udskrivelsen "
                   "og i en periode på mindst 6 måneder i alt."))
    if r.random() < 0.6:
        blocks.append(("p", "§ 168. Mentorstøtte kan gives som en selvstændig indsats eller i forbindelse med tilbud, "
                       "uddannelse eller ansættelse. Støtten kan forlænges, hvis kommunen efter en konkret vurdering "
                       "finder det nødvendigt."))
        blocks.append(("p", "§ 169. Kommunen kan yde tilskud til udgifter til mentorstøtte, herunder til frikøb af en "
                       "medarbejder i virksomheden. Tilskuddet ydes for de timer, hvor mentoren er i direkte kontakt "
                       "med personen."))
        blocks.append(("p", "§ 171. Beskæftigelsesministeren fastsætter nærmere regler om mentorstøtte, herunder om "
                       "opgørelse af timetal og om dokumentation."))
    return blocks


def gdpr(r: random.Random, komm: tuple) -> list:
    title = r.choice(["Sådan behandler vi dine personoplysninger", "Databeskyttelse",
                      "Oplysningspligt efter databeskyttelsesforordningen"])
    return [("h", title),
            ("p", f"{komm[0]} Kommune er dataansvarlig for behandlingen af de personoplysninger, vi har modtaget om dig. "
                  "Formålet med behandlingen af dine oplysninger er at kunne træffe afgørelse i din sag og tilrettelægge "
                  "og følge op på den indsats, du deltager i. Retsgrundlaget er databeskyttelsesforordningens artikel 6, "
                  "stk. 1, litra e, og artikel 9, stk. 2, litra b."),
            ("p", "Vi videregiver kun oplysninger til din mentor i det omfang, det er nødvendigt for opgaven. "
                  "Dine oplysninger opbevares i 5 år efter sagens afslutning og slettes derefter efter reglerne i "
                  "arkivloven. " + r.choice(["Journalnotater gemmes i op til 10 år.", "Lydoptagelser foretages ikke.", ""])),
            ("p", "Du har ret til indsigt, berigtigelse og i visse tilfælde sletning og begrænsning. Du kan klage til "
                  "Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, over vores behandling af dine oplysninger. "
                  f"Du kan kontakte kommunens databeskyttelsesrådgiver på dpo@{komm[4]}.")]


def mentor_rules(r: random.Random) -> list:
    rules = ["Mentoren må ikke udføre almindelige arbejdsopgaver i de timer, der er afsat til mentorstøtte.",
             "Mentoren må ikke give økonomisk rådgivning eller håndtere dine penge.",
             "Timerne kan ikke overføres fra en uge til den næste eller spares op.",
             "Forberedelsestid og transporttid tæller ikke med i timetallet (BAB § 123).",
             "Mentoren har tavshedspligt, men skal underrette kommunen, hvis du udebliver uden grund.",
             "Ændringer i timetal eller formål skal fremgå af Min Plan."]
    r.shuffle(rules)
    return [("h", r.choice(["Generelle regler for mentorordningen", "Vilkår for mentorstøtte", "Det skal du vide"])),
            ("ul", rules[: r.randint(4, 6)])]


def service_info(r: random.Random, komm: tuple) -> list:
    return [("h", r.choice(["Kontakt og åbningstider", "Praktiske oplysninger", "Sådan kontakter du os"])),
            ("p", f"{komm[3]}, {komm[1]}. Åbningstider: man-tors 9-15, fre 9-12. "
                  f"Telefontid: hverdage kl. 8.00-10.00. Hovednummer (omstilling): {komm[2]}."),
            ("p", f"Borgerservice: tlf. {komm[2][:6]}{r.randint(10, 99)} {r.randint(10, 99)}, åbent man-fre 10-14, "
                  f"torsdag dog 10-17. Digital post sendes via borger.dk. Sikker mail: jobcenter@{komm[4]}.")]


def other_appeal(r: random.Random, komm: tuple, topic: str) -> list:
    t = {"befordring": ("befordringsgodtgørelse", "afgørelsen om befordringsgodtgørelse"),
         "hjaelpemidler": ("hjælpemidler", "afgørelsen om arbejdsredskaber og hjælpemidler efter LAB § 74")}[topic]
    return [("h", f"Klagevejledning vedrørende {t[0]}"),
            ("p", f"Hvis du ikke er enig i {t[1]}, kan du klage til {komm[0]} Kommune inden 4 uger fra du har "
                  "modtaget dette brev. Kommunen genvurderer afgørelsen inden 4 uger. Fastholder vi afgørelsen, "
                  "sender vi din klage videre til Ankestyrelsen. Klagevejledningen gælder kun afgørelsen om "
                  f"{t[0]}.")]


def consent(r: random.Random, komm: tuple) -> list:
    return [("h", r.choice(["Samtykke", "Samtykkeerklæring"])),
            ("p", f"Jeg giver samtykke til, at {komm[0]} Kommune og min mentor må udveksle de oplysninger, der er "
                  "nødvendige for mentorforløbet, herunder oplysninger om fremmøde og helbred. Samtykket gælder i "
                  f"{r.choice(['12 måneder', '1 år', 'op til 2 år'])} fra underskriften, og jeg kan til enhver tid "
                  "trække det tilbage ved at kontakte min sagsbehandler."),
            ("p", "☐ Jeg giver samtykke    ☐ Jeg giver ikke samtykke")]


def partshoering(r: random.Random) -> list:
    d = r.choice([8, 10, 14])
    return [("h", r.choice(["Partshøring og aktindsigt", "Dine rettigheder i sagen"])),
            ("p", f"Inden vi træffer afgørelse i sager, hvor vi har fået nye oplysninger, har du ret til at udtale dig "
                  f"(partshøring, forvaltningslovens § 19). Du har i så fald {d} dage til at komme med bemærkninger."),
            ("p", "Du har ret til aktindsigt i din sag efter forvaltningslovens § 9. Anmodningen behandles som "
                  "udgangspunkt inden 7 arbejdsdage. Kontakt din sagsbehandler, hvis du vil se dine sagsakter.")]


def disclaimer(komm: tuple) -> str:
    return (f"Denne e-mail og eventuelle vedhæftede filer er fortrolige og kun beregnet for modtageren. Har du "
            f"modtaget den ved en fejl, bedes du straks give besked og slette den. {komm[0]} Kommune sender aldrig "
            "CPR-nummer i almindelig e-mail. Læs om vores behandling af personoplysninger på "
            f"{komm[4]}/persondata. Telefontid man-tors 9-15, fre 9-12.")


# --------------------------------------------------------------------------- documents

class Doc:
    def __init__(self, i: int, r: random.Random):
        self.i, self.r = i, r
        self.blocks: list = []
        self.footer: str | None = None
        self.traits: list[str] = []
        self.rules: list[str] = []
        self.extras: list[str] = []
        self.mnc: list[str] = []
        self.period: dict | None = None


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def phone(r):
    return f"{r.randint(20, 61)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"


def cpr(r):
    d = dt.date(1970, 1, 1) + dt.timedelta(days=r.randint(0, 12000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"


def choose_period(r, status):
    start = dt.date(2026, r.randint(1, 9), 1) if r.random() < 0.7 else dt.date(2026, r.randint(1, 8), r.randint(2, 20))
    n = r.choice([3, 4, 6, 6, 5]) if status != "over" else r.choice([7, 8, 9, 12])
    end = add_months(start, n) - dt.timedelta(days=1)
    return start, end


def period_text(r, start, end):
    s = r.randint(0, 4)
    form = r.randint(0, 3)
    if form == 0:
        return f"{fmt_date(start, s)} – {fmt_date(end, s)}"
    if form == 1:
        return f"fra {fmt_date(start, s)} til {fmt_date(end, s)}"
    if form == 2:
        return f"{fmt_date(start, s)} - {fmt_date(end, s)}"
    return f"f.o.m. {fmt_date(start, s)} t.o.m. {fmt_date(end, s)}"


def build_fields(d: Doc, kind: str, citizen_first: str):
    """Pick each field's status and its text. Returns dict field -> (status, payload)."""
    r = d.r
    names = ["goal", "mentor", "tasks", "duration", "hours"]
    if kind == "agreement":
        names += ["follow_up", "appeal"]
    n_def = r.choice([0, 0, 1, 1, 1, 2, 2]) if kind != "decision" else 0
    weight = {"goal": 1.2, "mentor": 1.0, "tasks": 0.9, "duration": 1.5, "hours": 1.5, "follow_up": 0.8,
              "appeal": 1.3}
    defects: set[str] = set()
    while len(defects) < n_def:
        defects.add(r.choices(names, weights=[weight[f] for f in names])[0])
    st = {}
    for f in names:
        st[f] = "missing" if f in defects else "ok"
    if st["goal"] == "ok" and r.random() < 0.15:
        st["goal"] = "unclear"
    if st["hours"] == "missing" and r.random() < 0.35:
        st["hours"] = "vague"
    if st["duration"] == "ok" and r.random() < 0.15:
        st["duration"] = "over"
    if st["mentor"] == "missing" and r.random() < 0.4:
        st["mentor"] = "name-only"
    return st


def labels_for(kind, st):
    rules = []
    m = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
         "duration": "missing-duration", "hours": "missing-hours", "follow_up": "missing-follow-up",
         "appeal": "missing-appeal-guidance"}
    for f, s in st.items():
        if s in ("missing", "vague", "name-only"):
            rules.append(m[f])
    if st.get("goal") == "unclear":
        rules.append("unclear-goal")
    if st.get("duration") == "over":
        rules.append("duration-over-6-months")
    return sorted(rules)


def appeal_ok(r, komm):
    v = r.randint(0, 2)
    if v == 0:
        return ("Hvis du ikke er enig i kommunens afgørelse om mentorstøtte, skal du klage til kommunen inden fire uger. "
                "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen "
                "fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.")
    if v == 1:
        return (f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {komm[3]}, {komm[1]}, og vi skal "
                "have den senest 4 uger efter, at du har modtaget dette brev. Du kan klage mundtligt eller skriftligt. "
                "Vi vurderer afgørelsen igen, og fastholder vi den, sender vi klagen til Ankestyrelsens "
                "Beskæftigelsesudvalg (LAB § 204, retssikkerhedslovens §§ 66-67).")
    return (f"Vil du klage, skal du henvende dig til {komm[0]} Kommune inden 4 uger. Kommunen genvurderer sagen, og "
            "hvis vi ikke giver dig medhold, sendes klagen og sagens akter til Ankestyrelsen.")


def field_texts(d: Doc, st, komm, citizen, mentor, provider, caseworker, cw_phone):
    r = d.r
    c = citizen.split()[0]
    t = {}
    # goal
    if st["goal"] == "ok":
        t["goal"] = r.choice(GOALS_OK).format(c=c)
    elif st["goal"] == "unclear":
        t["goal"] = r.choice(GOALS_UNCLEAR).format(c=c)
    else:
        t["goal"] = None
    # mentor
    mp, mm = phone(r), f"{mentor.split()[0].lower()}@{provider.split()[0].lower()}.dk"
    if st["mentor"] == "ok":
        t["mentor"] = r.choice([f"{mentor}, {provider}, tlf. {mp}",
                                f"{mentor} ({provider}) – tlf. {mp}, mail {mm}",
                                f"{mentor}, {provider}, e-mail: {mm}"])
    elif st["mentor"] == "name-only":
        t["mentor"] = f"{mentor}, {provider}"
    else:
        t["mentor"] = None
    t["tasks"] = [x.format(c=c) for x in r.choice(TASKS)] if st["tasks"] == "ok" else None
    if st["duration"] in ("ok", "over"):
        s, e = choose_period(r, st["duration"])
        d.period = {"start": s.isoformat(), "end": e.isoformat()}
        t["duration"] = period_text(r, s, e)
    else:
        t["duration"] = None
    t["hours"] = (r.choice(HOURS_OK) if st["hours"] == "ok" else
                  r.choice(HOURS_VAGUE) if st["hours"] == "vague" else None)
    if "follow_up" in st:
        t["follow_up"] = r.choice(FOLLOWUPS).format(c=c, w=r.randint(12, 30)) if st["follow_up"] == "ok" else None
    if "appeal" in st:
        t["appeal"] = appeal_ok(r, komm) if st["appeal"] == "ok" else None
    return t


PLACEHOLDER = ["Udfyldes senere", "-", "xx", "Klik eller tryk her for at skrive tekst.", "…", "Se vilkår nedenfor"]


def lures_for_missing(d: Doc, st, komm, prev_period):
    """Boilerplate that names the missing field's words. Recorded as traits."""
    r = d.r
    out = []
    if st.get("duration") == "missing":
        d.traits.append("lure:law-period-only")
        if prev_period:
            d.traits.append("lure:earlier-period")
    if st.get("hours") in ("missing", "vague"):
        d.traits.append("lure:opening-hours")
    if st.get("mentor") in ("missing", "name-only"):
        d.traits.append("lure:caseworker-and-switchboard-phones")
    if st.get("tasks") == "missing":
        d.traits.append("lure:mentor-rules")
    if st.get("goal") == "missing":
        d.traits.append("lure:gdpr-formaal")
    if st.get("appeal") == "missing":
        v = r.randint(0, 2)
        if v == 0:
            out += other_appeal(r, komm, r.choice(["befordring", "hjaelpemidler"]))
            d.traits.append("lure:appeal-for-other-benefit-only")
        elif v == 1:
            out += [("h", "Klagevejledning"), ("p", "Du kan klage over afgørelsen.")]
            d.traits.append("lure:appeal-without-body-or-deadline")
        else:
            d.traits.append("lure:partshoering-deadlines-only")
    if st.get("follow_up") == "missing":
        out += [("p", "Vi evaluerer løbende vores service. Du kan blive kontaktet om en brugerundersøgelse om din "
                      "oplevelse af jobcenteret; deltagelse er frivillig.")]
        d.traits.append("lure:service-evaluation")
    return out


def header_blocks(d, komm, citizen, caseworker, cw_phone, date, with_cpr, sagsnr):
    r = d.r
    lines = [f"{komm[3]}", komm[1], f"Dato: {fmt_date(date, r.choice([0, 1]))}", f"Sagsnr.: {sagsnr}"]
    lines += [f"Sagsbehandler: {caseworker}", f"Direkte tlf.: {cw_phone}"]
    blocks = [("p", "\n".join(lines))]
    who = [citizen]
    if with_cpr and getattr(d, "fmt", "") != "eml":  # the municipalities' mail rules forbid CPR in e-mail
        c = cpr(r)
        d.mnc += [c, c.replace("-", "")]
        d.traits.append("cpr")
        who.append(f"CPR-nr.: {c}")
    blocks.append(("p", "\n".join(who)))
    return blocks


def prev_period_block(r, before: dt.date):
    """An earlier, finished period that ends before `before` (the new period's start or the letter date)."""
    pe = before - dt.timedelta(days=r.choice([1, 1, 20, 45]))
    ps = add_months(pe + dt.timedelta(days=1), -r.choice([3, 6, 6]))
    return ps, pe, ("p", f"Du har tidligere modtaget mentorstøtte i perioden {fmt_date(ps, 0)} til {fmt_date(pe, 0)} "
                         f"(afgørelse af {fmt_date(ps - dt.timedelta(days=12), 1)}). Den periode er afsluttet.")


def make_agreement(d: Doc, kind: str):
    r = d.r
    komm = r.choice(KOMMUNER)
    citizen, mentor, caseworker, provider = person(r), person(r), person(r), r.choice(PROVIDERS)
    cw_phone = f"{komm[2][:6]}{r.randint(10, 99)} {r.randint(10, 99)}"
    st = build_fields(d, kind, citizen)
    t = field_texts(d, st, komm, citizen, mentor, provider, caseworker, cw_phone)
    d.rules = labels_for(kind, st)
    date = dt.date(2026, r.randint(1, 10), r.randint(1, 27))
    with_cpr = r.random() < 0.36
    sagsnr = f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(1, 999)}-26"
    layout = r.choice(["table", "headings", "numbered", "letter"]) if kind == "agreement" else r.choice(["table", "headings"])
    d.layout = layout
    blocks = []
    if kind == "agreement":
        title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb (LAB § 167)",
                          "Skriftlig aftale om mentorstøtte", "Samarbejdsaftale – mentorstøtte"])
    else:
        title = r.choice(["Min Plan – mentorstøtte", "Min Plan: Indsats – Mentor", "Udskrift af Min Plan",
                          "Min Plan (udskrift) – støtte og indsatser"])
    blocks.append(("title", title))
    blocks += header_blocks(d, komm, citizen, caseworker, cw_phone, date, with_cpr, sagsnr)
    c = citizen.split()[0]
    if d.period:  # the letter is written shortly before the support starts
        date = dt.date.fromisoformat(d.period["start"]) - dt.timedelta(days=r.randint(5, 25))
    prev = None
    if r.random() < 0.45 or st["duration"] == "missing":
        ps, pe, pb = prev_period_block(r, dt.date.fromisoformat(d.period["start"]) if d.period else date)
        prev = (ps, pe)
        d.traits.append("earlier-period-mentioned")
    if kind == "minplan":
        blocks.append(("p", "Min Plan er din plan for, hvordan du kommer i job eller uddannelse. Planen viser de "
                            "indsatser, du og kommunen har aftalt. Du kan altid se din opdaterede plan på Jobnet, "
                            "og du kan få den udskrevet i Borgerservice."))
        if r.random() < 0.5:
            ps2 = dt.date(2026, r.randint(1, 6), 1)
            blocks.append(("p", f"Andre indsatser i planen: Virksomhedspraktik hos Coop, {fmt_date(ps2, 1)} - "
                                f"{fmt_date(add_months(ps2, 3) - dt.timedelta(days=1), 1)}, 15 timer/uge. "
                                "Sygdomsbehandling (egen læge)."))
            d.traits.append("other-activity-with-period-and-hours")
    elif layout != "letter":
        blocks.append(("p", f"Denne aftale er indgået mellem {c}, mentor og {komm[0]} Kommune og beskriver den "
                            "mentorstøtte, du får. Aftalen er en del af din plan og skal læses sammen med afgørelsen."))
    if prev:
        blocks.append(pb)
    labels = {
        "goal": r.choice(["Målet med mentorstøtten", "Mål", "Formål med indsatsen", "Borgerens mål", "Hovedformål"]),
        "mentor": r.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentors kontaktdata"]),
        "tasks": r.choice(["Mentorens opgaver", "Opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder"]),
        "duration": r.choice(["Periode", "Varighed", "Aftalens varighed", "Bevilget periode"]),
        "hours": r.choice(["Timetal", "Antal timer", "Timer pr. uge", "Timeantal"]),
        "follow_up": r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering og opfølgning"]),
        "appeal": r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]),
    }
    order = ["goal", "mentor", "tasks", "duration", "hours", "follow_up", "appeal"]
    order = [f for f in order if f in st]
    ph = lambda: r.choice(PLACEHOLDER)  # noqa: E731

    def val(f):
        v = t[f]
        if v is None:
            return None
        return "; ".join(v) if isinstance(v, list) else v

    body_fields = [f for f in order if f != "appeal"]
    if layout == "table":
        rows = []
        for f in body_fields:
            v = val(f)
            if v is None:
                if r.random() < 0.5:
                    rows.append((labels[f], ph()))
                continue
            rows.append((labels[f], v))
        blocks.append(("h", r.choice(["Aftalens indhold", "Oplysninger om mentorforløbet", "Indsats"])
                       if kind == "agreement" else r.choice(["Indsats: Mentorstøtte", "Støtte – mentor (LAB § 167)"])))
        blocks.append(("kv", rows))
    elif layout == "headings":
        for f in body_fields:
            v = t[f]
            if v is None:
                if r.random() < 0.4:
                    blocks += [("h", labels[f]), ("p", ph())]
                continue
            blocks.append(("h", labels[f]))
            blocks.append(("ul", v) if isinstance(v, list) else ("p", v))
    elif layout == "numbered":
        items = []
        for f in body_fields:
            v = val(f)
            if v is None:
                continue
            items.append(f"{labels[f]}: {v}")
        blocks.append(("p", "Aftalen indeholder følgende punkter:"))
        blocks.append(("ol", items))
    else:  # letter prose
        blocks.append(("p", f"Kære {c}"))
        sent = [f"Hermed bekræfter vi aftalen om mentorstøtte, som vi talte om ved samtalen den {fmt_date(date - dt.timedelta(days=7), 0)}."]
        if t["goal"]:
            sent.append(f"Målet med mentorstøtten er: {t['goal']}")
        if t["mentor"]:
            sent.append(f"Din mentor er {t['mentor']}.")
        blocks.append(("p", " ".join(sent)))
        if t["tasks"]:
            blocks.append(("p", f"{mentor.split()[0] if t['mentor'] else 'Mentoren'} skal hjælpe dig med:"))
            blocks.append(("ul", t["tasks"]))
        s2 = []
        if t["duration"]:
            s2.append(f"Mentorstøtten gælder i perioden {t['duration']}.")
        if t["hours"]:
            s2.append(r.choice([f"Timetallet er {t['hours']}.", f"Du og din mentor ses {t['hours']}."]))
        if t.get("follow_up"):
            s2.append(t["follow_up"])
        if s2:
            blocks.append(("p", " ".join(s2)))
    # boilerplate, long
    boiler = []
    boiler += law_quote(r)
    boiler += mentor_rules(r)
    if kind == "agreement":
        if t["appeal"]:
            boiler += [("h", labels["appeal"]), ("p", t["appeal"])]
    lure = lures_for_missing(d, st, komm, prev)
    if "lure:partshoering-deadlines-only" in d.traits:
        boiler += [("h", "Klagevejledning"), ("p", "Se dine rettigheder nedenfor.")]
    boiler += lure
    if r.random() < 0.5 and st.get("appeal") != "missing" and kind == "agreement":
        boiler += other_appeal(r, komm, "befordring")
        d.traits.append("appeal-for-other-benefit-too")
    boiler += partshoering(r)
    boiler += gdpr(r, komm)
    if r.random() < 0.5:
        d.footer = f"{komm[3]} · {komm[1]} · tlf. {komm[2]} · Åbent man-tors 9-15, fre 9-12 · {komm[4]}"
        d.traits.append("service-info-in-footer")
    else:
        boiler += service_info(r, komm)
    blocks += boiler
    if kind == "agreement" and r.random() < 0.6:
        blocks += consent(r, komm)
        d.traits.append("consent-valid-12-months")
    if kind == "minplan":
        blocks.append(("p", f"Udskrevet {fmt_date(date, 1)} af {caseworker}, {komm[3]}, tlf. {cw_phone}"))
    else:
        blocks.append(("p", f"Med venlig hilsen\n{caseworker}\n{'Sagsbehandler' if r.random() < 0.5 else 'Jobkonsulent'}, {komm[3]}\n"
                            f"Direkte tlf. {cw_phone} · {caseworker.split()[0].lower()}@{komm[4]}"))
    if kind == "agreement" and r.random() < 0.6:
        blocks.append(("p", "Underskrifter:\nBorger: ____________________   Mentor: ____________________   "
                            "Kommunen: ____________________"))
    d.blocks = blocks
    d.subtype = kind
    d.komm = komm
    d.sender = (caseworker, cw_phone)
    d.title = title


def make_decision(d: Doc):
    r = d.r
    komm = r.choice(KOMMUNER)
    citizen, mentor, caseworker, provider = person(r), person(r), person(r), r.choice(PROVIDERS)
    c = citizen.split()[0]
    cw_phone = f"{komm[2][:6]}{r.randint(10, 99)} {r.randint(10, 99)}"
    date = dt.date(2026, r.randint(1, 10), r.randint(1, 27))
    sagsnr = f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-P20-{r.randint(1, 999)}-26"
    sub = r.choice(["grant", "grant", "grant", "extension", "partial", "refusal", "ending"])
    appeal_status = r.choice(["ok", "ok", "ok", "missing"])
    dur = "ok"
    if sub in ("grant", "extension", "partial") and r.random() < 0.2:
        dur = "over"
    d.layout = "letter"
    d.subtype = f"decision-{sub}"
    title = {"grant": r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte efter LAB § 167",
                                "Du får mentorstøtte"]),
             "extension": "Afgørelse: forlængelse af mentorstøtte",
             "partial": "Afgørelse om mentorstøtte – delvis bevilling",
             "refusal": "Afslag på ansøgning om mentorstøtte",
             "ending": "Afgørelse om ophør af mentorstøtte"}[sub]
    blocks = [("title", title)]
    pre_period = None
    if sub in ("grant", "extension", "partial"):
        pre_period = choose_period(r, dur)
        d.period = {"start": pre_period[0].isoformat(), "end": pre_period[1].isoformat()}
        date = pre_period[0] - dt.timedelta(days=r.randint(3, 20))
    blocks += header_blocks(d, komm, citizen, caseworker, cw_phone, date, r.random() < 0.36, sagsnr)
    blocks.append(("p", f"Kære {c}"))
    rules = []
    also_transport = r.random() < 0.5 or appeal_status == "missing"
    if sub in ("grant", "extension", "partial"):
        s, e = pre_period
        pt = period_text(r, s, e)
        hrs = r.choice(HOURS_OK)
        if sub == "grant":
            blocks.append(("p", f"Du har søgt om mentorstøtte. Vi har besluttet at bevilge dig mentorstøtte i "
                                f"perioden {pt}, {hrs}. Din mentor bliver {mentor} fra {provider}."))
        elif sub == "extension":
            blocks.append(("p", f"Din mentorstøtte forlænges. Den nye periode er {pt}, og du har fortsat {hrs}. "
                                f"Forlængelsen er bevilget efter LAB § 167, stk. 1, 2. pkt."))
            d.traits.append("forlaengelse")
        else:
            blocks.append(("p", f"Du har søgt om 6 timers mentorstøtte om ugen. Vi bevilger {hrs} i perioden {pt}. "
                                "Du får altså færre timer, end du søgte om."))
        blocks += [("h", "Begrundelse"),
                   ("p", f"Vi har lagt vægt på, at du starter i praktik og har brug for støtte til at møde stabilt. "
                         "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. "
                         + ("Vi vurderer, at færre timer er tilstrækkeligt, fordi du allerede har støtte fra "
                            "praktikstedets kontaktperson." if sub == "partial" else ""))]
        if dur == "over":
            rules.append("duration-over-6-months")
    elif sub == "refusal":
        blocks.append(("p", "Du har søgt om mentorstøtte i forbindelse med dit forløb. Vi giver dig afslag."))
        blocks += [("h", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at du allerede får støtte fra en elevcoach på skolen, og at "
                         "mentorstøtte efter LAB § 167 kun kan gives, når støtten rækker ud over det, "
                         "uddannelsesstedet normalt tilbyder.")]
    else:
        ps = dt.date(2026, r.randint(1, 5), 1)
        blocks.append(("p", f"Din mentorstøtte, som blev bevilget fra {fmt_date(ps, 0)}, ophører den "
                            f"{fmt_date(add_months(ps, 3), 0)}, fordi du er startet i ordinært job."))
        blocks += [("h", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at formålet med mentorstøtten er opfyldt, jf. LAB § 167.")]
    if also_transport:
        blocks += [("h", "Befordringsgodtgørelse"),
                   ("p", f"Du får også befordringsgodtgørelse til transport til praktikstedet efter LAB § 82. "
                         f"Godtgørelsen udbetales månedsvis bagud.")]
        d.traits.append("second-decision-transport")
    if r.random() < 0.4:
        ps, pe, pb = prev_period_block(r, pre_period[0] if pre_period else date)
        blocks.append(pb)
        d.traits.append("earlier-period-mentioned")
    blocks += law_quote(r)
    if appeal_status == "ok":
        blocks += [("h", r.choice(["Klagevejledning", "Sådan klager du"]))]
        if also_transport and r.random() < 0.5:
            blocks.append(("p", "Klagevejledningen gælder begge afgørelser i dette brev. " + appeal_ok(r, komm)))
        else:
            blocks.append(("p", appeal_ok(r, komm)))
            if also_transport:
                blocks += other_appeal(r, komm, "befordring")
    else:
        rules.append("missing-appeal-guidance")
        blocks += other_appeal(r, komm, "befordring")
        d.traits.append("lure:appeal-for-other-benefit-only")
    blocks += partshoering(r)
    blocks += gdpr(r, komm)
    if r.random() < 0.5:
        d.footer = f"{komm[3]} · {komm[1]} · Omstilling {komm[2]} · man-tors 9-15, fre 9-12"
        d.traits.append("service-info-in-footer")
    else:
        blocks += service_info(r, komm)
    blocks.append(("p", f"Venlig hilsen\n{caseworker}\n{komm[3]}\nTlf. {cw_phone}"))
    d.blocks = blocks
    d.rules = sorted(rules)
    d.komm = komm
    d.sender = (caseworker, cw_phone)
    d.title = title


def make_unknown(d: Doc):
    r = d.r
    komm = r.choice(KOMMUNER)
    citizen, mentor, caseworker, provider = person(r), person(r), person(r), r.choice(PROVIDERS)
    c = citizen.split()[0]
    cw_phone = f"{komm[2][:6]}{r.randint(10, 99)} {r.randint(10, 99)}"
    date = dt.date(2026, r.randint(1, 10), r.randint(1, 27))
    sub = r.choice(["privacy-notice", "info-page", "status-report", "invoice", "transport-decision",
                    "partshoering", "meeting-mail", "aktindsigt"])
    d.subtype = sub
    d.layout = "mixed"
    blocks = []
    if sub == "privacy-notice":
        title = f"Privatlivspolitik – {provider}"
        blocks = [("title", title),
                  ("p", f"Når du deltager i et mentorforløb hos {provider}, behandler vi oplysninger om dig. Her kan du "
                        "læse, hvilke oplysninger vi behandler, og hvorfor.")]
        blocks += gdpr(r, komm)
        blocks += [("h", "Hvilke oplysninger"),
                   ("ul", ["navn, adresse, telefon og e-mail", "mål og delmål for forløbet", "antal mentortimer pr. uge",
                           "mentorens opgaver og noter fra samtaler", "periodens start- og slutdato"]),
                   ("p", "Oplysningerne opbevares i 5 år. Klage over vores behandling kan indgives til Datatilsynet."),
                   ("p", f"Kontakt: {provider}, tlf. {phone(r)}, info@{provider.split()[0].lower()}.dk. "
                         "Telefontid man-tors 9-15.")]
    elif sub == "info-page":
        title = r.choice(["Mentorstøtte – information til borgere", "Om mentorordningen"])
        blocks = [("title", title),
                  ("p", f"{komm[0]} Kommune kan give dig en mentor, hvis du har brug for støtte til at komme i job "
                        "eller uddannelse. En aftale om mentorstøtte skal indeholde målet med mentorstøtten, mentorens "
                        "navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, varigheden og timetallet.")]
        blocks += law_quote(r) + mentor_rules(r)
        blocks += [("h", "Klagevejledning"), ("p", appeal_ok(r, komm))]
        blocks += service_info(r, komm)
    elif sub == "status-report":
        title = r.choice(["Statusrapport fra mentor", "Mentorrapport – midtvejsstatus"])
        blocks = [("title", title),
                  ("p", f"Til: {caseworker}, {komm[3]}\nFra: {mentor}, {provider}, tlf. {phone(r)}\nVedr.: {citizen}"),
                  ("h", "Forløbet indtil nu"),
                  ("p", f"{c} har haft 3 timer pr. uge siden 1. marts 2026. Målet om praktik hos Netto er delvist nået: "
                        f"{c} møder 3 dage om ugen. Vi har arbejdet med transport og ugeplan."),
                  ("h", "Anbefaling"),
                  ("p", "Jeg anbefaler, at forløbet fortsætter til 31. august 2026 som aftalt, og at timetallet "
                        "nedsættes til 2 timer pr. uge fra juni."),
                  ("p", "Rapporten er udarbejdet til brug for opfølgning i kommunen. " + disclaimer(komm))]
    elif sub == "invoice":
        title = "Faktura"
        blocks = [("title", title),
                  ("p", f"{provider}\nCVR {r.randint(10000000, 99999999)}\nFakturanr. {r.randint(1000, 9999)}\n"
                        f"Til: {komm[3]}, {komm[1]}"),
                  ("kv", [("Ydelse", f"Mentorstøtte, borger-ID {r.randint(10000, 99999)}"),
                          ("Periode", "1.-31. maj 2026"), ("Timer", "12 timer à 495 kr."),
                          ("I alt ekskl. moms", "5.940,00 kr."), ("Betalingsbetingelser", "Netto 30 dage")]),
                  ("p", "Timerne kan ikke overføres til næste måned. Ved spørgsmål: tlf. " + phone(r))]
    elif sub == "transport-decision":
        title = "Afgørelse om befordringsgodtgørelse"
        blocks = [("title", title)]
        blocks += header_blocks(d, komm, citizen, caseworker, cw_phone, date, r.random() < 0.3, f"27.{r.randint(10, 99)}.00-G01-{r.randint(1, 99)}-26")
        blocks += [("p", f"Kære {c}\nDu får befordringsgodtgørelse til og fra din virksomhedspraktik, hvor du også har "
                         f"mentorstøtte. Godtgørelsen gælder fra {fmt_date(dt.date(2026, 3, 1), 0)} til "
                         f"{fmt_date(dt.date(2026, 11, 30), 0)}."),
                   ("h", "Begrundelse"), ("p", "Afgørelsen er truffet efter LAB § 82. Afstanden er over 12 km.")]
        blocks += other_appeal(r, komm, "befordring") + gdpr(r, komm) + service_info(r, komm)
    elif sub == "partshoering":
        title = "Partshøring – vi overvejer at stoppe din mentorstøtte"
        blocks = [("title", title)]
        blocks += header_blocks(d, komm, citizen, caseworker, cw_phone, date, r.random() < 0.3, f"15.{r.randint(10, 99)}.00-P20-{r.randint(1, 99)}-26")
        blocks += [("p", f"Kære {c}\nVi har fået oplysninger fra din mentor {mentor} om, at du ikke er mødt op de sidste "
                         "fire uger. Vi overvejer derfor at stoppe din mentorstøtte. Vi har ikke truffet afgørelse endnu."),
                   ("p", "Du har mulighed for at komme med dine bemærkninger inden 14 dage. Hører vi ikke fra dig, "
                         "træffer vi afgørelse på det foreliggende grundlag. Du vil da få en afgørelse med klagevejledning.")]
        blocks += partshoering(r) + gdpr(r, komm) + service_info(r, komm)
    elif sub == "meeting-mail":
        title = "Mødeindkaldelse: opfølgningsmøde om mentorforløb"
        blocks = [("title", title),
                  ("p", f"Hej {c}\nJeg vil gerne invitere dig til opfølgningsmøde tirsdag den 14. april 2026 kl. 10.00 "
                        f"i {komm[3]}, {komm[1]}. Din mentor {mentor} deltager også. Mødet varer ca. 1 time."),
                  ("p", "Husk at tage din kalender med. Giv besked, hvis du ikke kan komme.")]
    else:
        title = "Svar på anmodning om aktindsigt"
        blocks = [("title", title),
                  ("p", f"Kære {c}\nDu har bedt om aktindsigt i din sag om mentorstøtte. Vedlagt er kopi af aftalen om "
                        "mentorstøtte, afgørelsen og mentorens statusnotater. Enkelte oplysninger om andre personer er "
                        "undtaget efter forvaltningslovens § 15."),
                  ("h", "Klagevejledning"),
                  ("p", "Du kan klage over afgørelsen om aktindsigt til Ankestyrelsen inden 4 uger. Klagen sendes til "
                        f"{komm[0]} Kommune, som genvurderer afgørelsen.")]
        blocks += gdpr(r, komm) + service_info(r, komm)
    blocks.append(("p", f"Med venlig hilsen\n{caseworker if sub not in ('status-report', 'privacy-notice', 'invoice') else mentor}"))
    d.blocks = blocks
    d.rules = []
    d.komm = komm
    d.sender = (caseworker, cw_phone)
    d.title = title
    d.traits.append("not-a-mentor-document-kind")


# --------------------------------------------------------------------------- renderers

def render_docx(d: Doc, path: Path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for b in d.blocks:
        k, v = b
        if k == "title":
            doc.add_heading(v, level=1)
        elif k == "h":
            doc.add_heading(v, level=2)
        elif k == "p":
            doc.add_paragraph(v)
        elif k == "ul":
            for it in v:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for it in v:
                doc.add_paragraph(it, style="List Number")
        elif k == "kv":
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for a, c in v:
                row = tb.add_row().cells
                row[0].text, row[1].text = a, c
    if d.footer:
        doc.sections[0].footer.paragraphs[0].text = d.footer
    doc.save(path)


def render_txt(d: Doc) -> str:
    out = []
    for k, v in d.blocks:
        if k == "title":
            out += [v.upper(), "=" * len(v), ""]
        elif k == "h":
            out += [v, "-" * len(v)]
        elif k == "p":
            out += [v, ""]
        elif k == "ul":
            out += [f"- {it}" for it in v] + [""]
        elif k == "ol":
            out += [f"{n}. {it}" for n, it in enumerate(v, 1)] + [""]
        elif k == "kv":
            out += [f"{a}: {c}" for a, c in v] + [""]
    if d.footer:
        out += ["", d.footer]
    return "\n".join(out) + "\n"


def render_html(d: Doc) -> str:
    e = html.escape
    style = d.r.randint(0, 1)
    parts = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">",
             f"<title>{e(d.title)}</title>",
             "<script>window.caseSys={user:'x',tracking:true};</script>",
             "<style>.lbl{font-weight:bold}</style></head><body>",
             "<div class=\"case-export\"><div class=\"doc\">"]
    for k, v in d.blocks:
        if k == "title":
            parts.append(f"<h1>{e(v)}</h1>")
        elif k == "h":
            parts.append(f"<h2>{e(v)}</h2>")
        elif k == "p":
            parts.append("<p>" + "<br>".join(e(x) for x in v.split("\n")) + "</p>")
        elif k == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>")
        elif k == "ol":
            parts.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ol>")
        elif k == "kv":
            if style == 0:
                parts.append("<table>" + "".join(f"<tr><th>{e(a)}</th><td>{e(c)}</td></tr>" for a, c in v) + "</table>")
            else:
                parts.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(c)}</dd>" for a, c in v) + "</dl>")
    parts.append("</div>")
    if d.footer:
        parts.append(f"<footer><small>{e(d.footer)}</small></footer>")
    parts.append("</div></body></html>")
    return "\n".join(parts)


def render_eml(d: Doc) -> bytes:
    r = d.r
    msg = EmailMessage()
    cw, cw_phone = d.sender
    msg["From"] = f"{cw} <{cw.split()[0].lower()}@{d.komm[4]}>"
    msg["To"] = "borger@example.dk"
    msg["Subject"] = d.title
    msg["Date"] = format_datetime(dt.datetime(2026, r.randint(1, 10), r.randint(1, 27), 9, r.randint(0, 59),
                                              tzinfo=dt.timezone.utc))
    body = render_txt(d)
    body += f"\n-- \n{cw}\n{d.komm[3]}\nDirekte: {cw_phone}\nOmstilling: {d.komm[2]}\n\n{disclaimer(d.komm)}\n"
    if r.random() < 0.4:
        body += (f"\nDen 3. {MONTHS[r.randint(0, 8)]} 2026 skrev borger@example.dk:\n"
                 "> Hej, hvornår starter min mentor? Sidst havde jeg 4 timer om ugen fra 1. februar 2025 til 30. november 2025.\n"
                 "> Mvh\n")
        d.traits.append("quoted-earlier-mail")
    msg.set_content(body, cte="quoted-printable" if r.random() < 0.5 else "base64")
    if r.random() < 0.4:  # Outlook-style: a text part and an HTML part
        msg.add_alternative(render_html(d), subtype="html")
        d.traits.append("multipart-alternative")
        msg.set_boundary(f"=_ap_{d.i:04d}_alt")  # fixed, so a rerun writes the same bytes
    return bytes(msg)


# --------------------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=5150)
    ap.add_argument("-n", type=int, default=120)
    a = ap.parse_args()
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    master = random.Random(a.seed)
    kinds = (["agreement"] * 45 + ["decision"] * 30 + ["minplan"] * 27 + ["unknown"] * 18)[: a.n]
    master.shuffle(kinds)
    fmts = (["docx"] * 24 + ["pdf"] * 24 + ["html"] * 20 + ["txt"] * 18 + ["eml"] * 17 + ["odt"] * 17)[: a.n]
    master.shuffle(fmts)
    entries = []
    to_convert: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "odt": []}
    tmp = Path(tempfile.mkdtemp(prefix="ap_docx_"))
    for i, (kind, fmt) in enumerate(zip(kinds, fmts)):
        r = random.Random(a.seed * 1000 + i)
        d = Doc(i, r)
        d.fmt = fmt
        if kind in ("agreement", "minplan"):
            make_agreement(d, kind)
        elif kind == "decision":
            make_decision(d)
        else:
            make_unknown(d)
        folder = f"sag-{100 + i // 6:03d}"
        stem = {"agreement": "aftale", "minplan": "minplan", "decision": "afgoerelse"}.get(kind, d.subtype)
        rel = f"{folder}/{i:03d}-{stem}.{fmt}"
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(d, dest)
        elif fmt in ("pdf", "odt"):
            src = tmp / fmt / f"{i:03d}-{stem}.docx"
            src.parent.mkdir(parents=True, exist_ok=True)
            render_docx(d, src)
            to_convert[fmt].append((src, dest))
        elif fmt == "html":
            dest.write_text(render_html(d), encoding="utf-8")
        elif fmt == "txt":
            dest.write_text(render_txt(d), encoding="utf-8")
        else:
            dest.write_bytes(render_eml(d))
        rules = d.rules if kind != "unknown" else []
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": d.subtype, "layout": d.layout,
                        "rules": rules, "extras": d.extras, "error": None, "accept_errors": [],
                        "must_not_contain": sorted(set(d.mnc)), "traits": sorted(set(d.traits)),
                        **({"period": d.period} if d.period else {})})
    for fmt, pairs in to_convert.items():
        if not pairs:
            continue
        conv = tmp / f"out_{fmt}"
        conv.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ap_profile", "--headless",
                        "--convert-to", fmt, "--outdir", str(conv)] + [str(s) for s, _ in pairs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, dest in pairs:
            shutil.move(str(conv / (src.stem + "." + fmt)), dest)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
