"""Independent labelled corpus BH: the period and the hours written every way people write them.

About 100 documents (70 agreements, 20 decision letters, 10 Min Plan entries) in DOCX, PDF, ODT,
HTML, TXT and EML. The support period is written in every Danish date shape, as weeks, as a length,
with open or relative ends, as an extension after an earlier period, and as the § 167 stk. 2
discharge case; other periods (a praktik, a course, the consent, the earlier period, the meeting
date) stand beside it. The hours are written as "2 t/uge", "1½ time", "halvanden time", per month,
in total, as a pool, as ranges, as "op til", and vaguely; the citizen's own work hours stand beside
the mentor's.

Labels are decided here from `mentordocs rules NAME` and domain.md, never from the linter's output.
Written without reading the linter, its rule packs or any other corpus generator.

    python make_corpus_bh.py --out /work/corpora/bh [--seed 6]
"""

from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

# --------------------------------------------------------------------------------------------
# People, places and stock text
# --------------------------------------------------------------------------------------------

KOMMUNER = [
    ("Holbæk Kommune", "Job og Ydelse", "holbaek.dk", "72 36 36 36"),
    ("Gribskov Kommune", "Center for Arbejdsmarked", "gribskov.dk", "72 49 60 00"),
    ("Roskilde Kommune", "Job og Uddannelse", "roskilde.dk", "46 31 30 00"),
    ("Faxe Kommune", "Arbejdsmarked", "faxekommune.dk", "56 20 30 00"),
    ("Assens Kommune", "Beskæftigelse", "assens.dk", "64 74 74 74"),
    ("Tønder Kommune", "Job og Borgerservice", "toender.dk", "74 92 92 92"),
    ("Herning Kommune", "Job og Uddannelse", "herning.dk", "96 28 28 28"),
    ("Næstved Kommune", "Arbejdsmarked og Borgerservice", "naestved.dk", "55 88 55 88"),
    ("Slagelse Kommune", "Job og Uddannelse", "slagelse.dk", "58 57 36 00"),
    ("Vejle Kommune", "Job og Velfærd", "vejle.dk", "76 81 00 00"),
    ("Odense Kommune", "Beskæftigelses- og Socialforvaltningen", "odense.dk", "66 13 13 72"),
    ("Aalborg Kommune", "Job og Ydelse", "aalborg.dk", "99 31 31 31"),
]

MENTORS = [
    ("Sara Holm", "Ressourcecenter Vest"), ("Mikkel Bach", "Mentorhuset ApS"),
    ("Lene Kjær Nielsen", None), ("Jonas Frederiksen", "Job & Mentor Sjælland"),
    ("Birgitte Aagaard", "Ungdommens Uddannelsesvejledning"), ("Ahmed Yilmaz", "Bro til Job"),
    ("Tina Mortensen", None), ("Kasper Lund", "Mentorfirmaet Kompasset"),
    ("Hanne Juul Poulsen", "Socialpsykiatrien"), ("Rasmus Thygesen", "FGU Midt"),
    ("Maja Sørensen", None), ("Ole Brandt", "Virksomhedsmentor, Dagrofa Logistik"),
]
CITIZENS = [
    "Anders Jensen", "Fatima Hassan", "Mette Kristensen", "Emil Sørensen", "Nadia Ali",
    "Kim Rasmussen", "Julie Petersen", "Mads Olsen", "Sofie Madsen", "Thomas Larsen",
    "Amalie Hansen", "Ali Mahmoud", "Louise Berg", "Patrick Jakobsen", "Camilla Dahl",
]
CASEWORKERS = ["Louise Dam", "Peter Vestergaard", "Henriette Bjerre", "Søren Kragh", "Anja Lind",
               "Charlotte Munk"]

GOALS = [
    "Du starter på grundforløb 1 (EUD, tømrer) på EUC Nordvest i august 2026 og møder frem mindst "
    "4 ud af 5 dage.",
    "Målet er, at du gennemfører FVU-dansk trin 2 på VUC Syd og går til trinprøven i juni 2026.",
    "At du gennemfører din virksomhedspraktik hos Føtex i Næstved og derefter overgår til et "
    "løntilskudsjob som butiksmedhjælper.",
    "Du begynder på social- og sundhedshjælperuddannelsen på SOSU Sjælland til august 2026.",
    "Du kommer i ordinært job som chauffør, når du har taget kørekort til lastbil (C/CE) via AMU.",
    "Hovedmål: Du starter på HF-enkeltfag (dansk og matematik) på VUC i januar 2027. Delmål: du "
    "møder op til alle aftalte samtaler på skolen inden start.",
    "At du bevarer dit job som køkkenmedhjælper på Café Havnen og ikke har ubegrundet fravær i "
    "perioden.",
    "Målet er, at du gennemfører praktikken hos Malerfirmaet Brdr. Holm og får en læreplads som "
    "maler.",
    "At du starter på FGU, produktionsgrunduddannelsen (linje Jord, Bygge og Anlæg), i Slagelse "
    "efter sommerferien 2026.",
    "Du fastholder dit fleksjob som lagermedarbejder hos Dagrofa Logistik og møder stabilt på "
    "arbejde alle aftalte dage.",
    "Målet er, at du får et ordinært job i detailhandlen, og at du inden for perioden har sendt "
    "mindst 2 ansøgninger om ugen.",
    "Du gennemfører AMU-kurset 'Lager og logistik' og bliver ansat som lagermedarbejder.",
]

TASKS = [
    ["hjælpe dig med at få struktur på morgenen, så du kommer af sted til tiden",
     "følge dig til de første dage på arbejdspladsen",
     "tage kontakt til din leder, hvis der opstår problemer"],
    ["hjælpe dig med at læse og forstå breve fra kommunen og Skat",
     "øve turen med bus til skolen sammen med dig",
     "deltage i opstartssamtalen på skolen"],
    ["støtte dig i at bruge kalenderen på din telefon",
     "tale med dig om, hvordan du håndterer pauser og kolleger",
     "hjælpe dig med at forberede samtaler med arbejdsgiveren"],
    ["ringe til dig om morgenen de første to uger",
     "hjælpe dig med at finde en læreplads og skrive ansøgninger",
     "tage med til møder med studievejlederen"],
    ["hjælpe dig med at holde styr på aftaler med læge og psykiatri, så de passer med skolen",
     "følge dig til skolen den første uge",
     "hjælpe dig med at søge SU og SPS"],
]

FOLLOWUPS = [
    "Vi holder statusmøde med dig, mentor og sagsbehandler hver 4. uge. Senest 14 dage før "
    "perioden slutter, evaluerer vi sammen, hvor langt du er kommet i forhold til målet.",
    "Mentor sender en kort status til sagsbehandleren hver måned. Midtvejsevaluering efter 3 "
    "måneder og slutevaluering fire uger før bevillingen udløber.",
    "Vi følger op på din progression ved en samtale hver 6. uge. Her ser vi på delmålene, og om "
    "timetallet skal justeres.",
    "Opfølgning sker på et trepartsmøde hver anden måned og ved en afsluttende evaluering 14 dage "
    "før støtteperioden ophører.",
]

APPEALS = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
    "kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager "
    "stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {kommune}, {afd}, inden 4 uger fra den "
    "dag, du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Kommunen vurderer sagen "
    "igen inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen. "
    "Se § 204 i lov om en aktiv beskæftigelsesindsats og kapitel 10 i retssikkerhedsloven.",
    "Er du uenig, kan du klage til {kommune} senest 4 uger efter, at du har modtaget dette brev. "
    "Vi ser på sagen igen, og giver vi dig ikke ret, sender vi klagen og sagens papirer videre til "
    "Ankestyrelsen, Beskæftigelsesudvalget.",
]


# --------------------------------------------------------------------------------------------
# The support period, written every way (value form for a label, sentence form for prose)
# rule: None (stated, within 6 months), "over", "missing"
# --------------------------------------------------------------------------------------------

def P(pid, value, sentence, start, end, rule=None, extra=None, trait=None, label=None):
    return {"id": pid, "value": value, "sentence": sentence, "start": start, "end": end,
            "rule": rule, "extra": extra or [], "trait": trait or pid, "label": label}


PERIODS_OK = [
    P("slash-short", "1/3-26 til 31/8-26", "Mentorstøtten løber fra 1/3-26 til 31/8-26.",
      "2026-03-01", "2026-08-31"),
    P("dotted-full", "01.03.2026 - 31.08.2026", "Aftalen gælder i perioden 01.03.2026 - 31.08.2026.",
      "2026-03-01", "2026-08-31"),
    P("words", "1. marts 2026 – 31. august 2026",
      "Du har mentor fra 1. marts 2026 til 31. august 2026.", "2026-03-01", "2026-08-31"),
    P("iso", "2026-03-01 til 2026-08-31", "Periode for mentorforløbet er 2026-03-01 til 2026-08-31.",
      "2026-03-01", "2026-08-31"),
    P("d-short", "d. 2.3. – d. 31.8.2026", "Forløbet starter d. 2.3. og slutter d. 31.8.2026.",
      "2026-03-02", "2026-08-31"),
    P("weeks", "uge 10 til uge 35 (2026)", "Mentorstøtten gives fra uge 10 til uge 35 i 2026.",
      "2026-03-02", "2026-08-30"),
    P("months-from-start", "3 mdr. fra opstart den 13. april 2026",
      "Mentorstøtten varer 3 mdr. fra opstart den 13. april 2026.", "2026-04-13", "2026-07-12"),
    P("half-year", "et halvt år fra 1. februar 2026",
      "Støtten gives i et halvt år fra 1. februar 2026.", "2026-02-01", "2026-07-31"),
    P("26-weeks", "26 uger fra mandag den 2. marts 2026",
      "Du får mentor i 26 uger fra mandag den 2. marts 2026.", "2026-03-02", "2026-08-30"),
    P("end-of-month", "fra 15. marts 2026 og frem til udgangen af august 2026",
      "Mentorstøtten gælder fra 15. marts 2026 og frem til udgangen af august 2026.",
      "2026-03-15", "2026-08-31"),
    P("fom-tom", "f.o.m. 1. april 2026 t.o.m. 30. september 2026",
      "Bevilget f.o.m. 1. april 2026 t.o.m. 30. september 2026.", "2026-04-01", "2026-09-30"),
    P("dotted-short", "1.4.26 - 30.9.26", "Perioden er 1.4.26 - 30.9.26.", "2026-04-01", "2026-09-30"),
    P("slash-space", "15/1 2026 – 14/7 2026", "Mentorforløbet løber 15/1 2026 – 14/7 2026.",
      "2026-01-15", "2026-07-14"),
    P("start-plus", "fra 1. maj 2026 og 4 måneder frem",
      "Støtten gives fra 1. maj 2026 og 4 måneder frem.", "2026-05-01", "2026-08-31"),
    P("per-in", "pr. 1. juni 2026 i 6 måneder",
      "Du er bevilget mentorstøtte pr. 1. juni 2026 i 6 måneder.", "2026-06-01", "2026-11-30"),
    P("month-range", "marts–august 2026", "Mentorstøtten gives i månederne marts–august 2026.",
      "2026-03-01", "2026-08-31"),
    P("abbr", "1. feb. 2026 – 31. jul. 2026", "Perioden løber fra 1. feb. 2026 til 31. jul. 2026.",
      "2026-02-01", "2026-07-31"),
    P("weekday", "fredag den 6. marts 2026 til og med fredag den 4. september 2026",
      "Aftalen gælder fra fredag den 6. marts 2026 til og med fredag den 4. september 2026.",
      "2026-03-06", "2026-09-04"),
    P("month-end", "31. august 2026 – 28. februar 2027",
      "Du har mentor fra 31. august 2026 til 28. februar 2027.", "2026-08-31", "2027-02-28"),
    P("12-weeks", "12 uger fra opstart 2.3.2026",
      "Mentorforløbet er på 12 uger fra opstart 2.3.2026.", "2026-03-02", "2026-05-24"),
    P("dashed", "1-3-2026 til 31-8-2026", "Støtten gælder fra 1-3-2026 til 31-8-2026.",
      "2026-03-01", "2026-08-31"),
    P("seks-mdr", "seks måneder, start 1. marts 2026",
      "Forløbet er på seks måneder og starter 1. marts 2026.", "2026-03-01", "2026-08-31"),
    # Extensions: the earlier period and the new one, total over 6 months, each within.
    P("extension", "1.3.2026 – 31.8.2026 (forlængelse)",
      "Mentorstøtten forlænges med en ny periode fra 1.3.2026 til 31.8.2026.",
      "2026-03-01", "2026-08-31",
      extra=["Forlængelse: Du har haft mentor i perioden 1.9.2025 – 28.2.2026. Efter en konkret "
             "vurdering får du en ny periode på 6 måneder, så du i alt har haft mentor i 12 "
             "måneder, når den nye periode slutter."], trait="extension-total-12"),
    P("extension-3", "1. september 2026 – 30. november 2026 (forlænget med 3 måneder)",
      "Aftalen forlænges med 3 måneder, fra 1. september 2026 til 30. november 2026.",
      "2026-09-01", "2026-11-30",
      extra=["Den første periode løb fra 1. juni 2026 til 31. august 2026. Forlængelsen er en "
             "ny periode efter § 167, stk. 1, 2. pkt."], trait="extension-3-after-3"),
    P("extension-2nd", "1/2-26 til 31/7-26 (2. forlængelse)",
      "Det er anden forlængelse: den nye periode er 1/2-26 til 31/7-26.",
      "2026-02-01", "2026-07-31",
      extra=["Tidligere perioder: 1/2-25 – 31/7-25 og 1/8-25 – 31/1-26."], trait="extension-total-18"),
    # § 167 stk. 2: up to 3 months before discharge and 6 months after (9 months) is allowed.
    P("stk2-9", "1. februar 2026 – 31. oktober 2026",
      "Du har en udskrivningskoordinator fra 1. februar 2026 til 31. oktober 2026.",
      "2026-02-01", "2026-10-31",
      extra=["Støtten gives som udskrivningskoordinator efter § 167, stk. 2, i lov om en aktiv "
             "beskæftigelsesindsats, fordi du er indlagt på Psykiatrisk Center Amager og forventes "
             "udskrevet omkring 1. maj 2026. Perioden dækker 3 måneder før udskrivningen og 6 "
             "måneder efter."], trait="stk2-discharge-9-months"),
    P("stk2-8", "15.01.2026 - 14.09.2026",
      "Udskrivningskoordinatoren følger dig fra 15.01.2026 til 14.09.2026.",
      "2026-01-15", "2026-09-14",
      extra=["Du er indlagt på Psykiatrisk Afdeling Slagelse. Du har ret til en "
             "udskrivningskoordinator (§ 167, stk. 2) fra op til 3 måneder før udskrivningen og "
             "mindst 6 måneder i alt. Forventet udskrivning: 15. marts 2026."],
      trait="stk2-discharge-8-months"),
]

PERIODS_OVER = [
    P("over-one-day", "1. marts 2026 – 1. september 2026",
      "Mentorstøtten gælder fra 1. marts 2026 til 1. september 2026.", "2026-03-01", "2026-09-01",
      "over"),
    P("over-dotted", "01.02.2026-31.12.2026", "Perioden er 01.02.2026-31.12.2026.",
      "2026-02-01", "2026-12-31", "over"),
    P("over-weeks", "uge 5 til uge 40", "Mentor er bevilget fra uge 5 til uge 40 2026.",
      "2026-01-26", "2026-10-04", "over"),
    P("over-9mdr", "9 mdr. fra opstart 1/3-26", "Forløbet er på 9 mdr. fra opstart 1/3-26.",
      "2026-03-01", "2026-11-30", "over"),
    P("over-year", "et år fra 1. januar 2026", "Du har mentor i et år fra 1. januar 2026.",
      "2026-01-01", "2026-12-31", "over"),
    P("over-slash", "1/3-26 – 30/11-26", "Mentorforløbet løber 1/3-26 – 30/11-26.",
      "2026-03-01", "2026-11-30", "over"),
    P("over-end-of", "fra 1. februar 2026 frem til udgangen af oktober 2026",
      "Støtten gives fra 1. februar 2026 frem til udgangen af oktober 2026.",
      "2026-02-01", "2026-10-31", "over"),
    P("over-40w", "40 uger fra 5. januar 2026", "Forløbet varer 40 uger fra 5. januar 2026.",
      "2026-01-05", "2026-10-11", "over"),
    P("over-iso", "2026-03-01 – 2026-09-15", "Perioden er 2026-03-01 – 2026-09-15.",
      "2026-03-01", "2026-09-15", "over"),
    P("over-stk2", "1. januar 2026 – 30. november 2026",
      "Du har udskrivningskoordinator fra 1. januar 2026 til 30. november 2026.",
      "2026-01-01", "2026-11-30", "over",
      extra=["Udskrivningskoordinator efter § 167, stk. 2: du er indlagt på Psykiatrisk Center "
             "Glostrup og forventes udskrevet 1. april 2026."], trait="stk2-discharge-11-months"),
    P("over-halvandet", "halvandet år fra 1.3.2026", "Mentorforløbet er på halvandet år fra 1.3.2026.",
      "2026-03-01", "2027-08-31", "over"),
    P("over-month-range", "marts 2026 – januar 2027", "Du har mentor i perioden marts 2026 – januar 2027.",
      "2026-03-01", "2027-01-31", "over"),
    P("over-seven", "7 måneder fra 1. april 2026", "Støtten varer 7 måneder fra 1. april 2026.",
      "2026-04-01", "2026-10-31", "over"),
]

PERIODS_MISSING = [
    P("open-indtil-videre", "indtil videre", "Mentorstøtten fortsætter indtil videre.", None, None,
      "missing"),
    P("open-summer", "fra 1. marts 2026 til sommerferien",
      "Du har mentor fra 1. marts 2026 til sommerferien.", None, None, "missing",
      trait="open-end-summer-holiday"),
    P("absent", None, None, None, None, "missing"),
    P("placeholder", "Udfyldes senere", None, None, None, "missing"),
    P("open-loebende", "løbende – vurderes på næste statusmøde", None, None, None, "missing"),
    P("blank-range", "____________ til ____________", None, None, None, "missing"),
    P("limit-only", "højst 6 måneder", "Mentorstøtte kan gives i højst 6 måneder ad gangen.",
      None, None, "missing", trait="limit-statement-only"),
    P("start-only", "start 1. marts 2026", "Mentorstøtten starter 1. marts 2026.", None, None,
      "missing", trait="start-date-only"),
    P("previous-only", "indtil videre",
      "Mentorstøtten fortsætter indtil videre.", None, None, "missing",
      extra=["Din tidligere mentorperiode løb fra 1.9.2025 til 28.2.2026."],
      trait="previous-period-only"),
    P("until-further", "til du er startet på uddannelsen",
      "Du har mentor, til du er startet på uddannelsen.", None, None, "missing",
      trait="open-end-event"),
]

# --------------------------------------------------------------------------------------------
# The hours: rule None (a figure), "missing" (absent, placeholder or vague)
# --------------------------------------------------------------------------------------------

def H(hid, value, sentence, rule=None, extra=None):
    return {"id": hid, "value": value, "sentence": sentence, "rule": rule, "extra": extra or []}


HOURS_OK = [
    H("t-uge", "2 t/uge", "Mentor har 2 t/uge sammen med dig."),
    H("halv-frac", "1½ time om ugen", "Mentoren bruger 1½ time om ugen med dig."),
    H("halvanden", "halvanden time ugentligt", "I mødes halvanden time ugentligt."),
    H("per-month", "8 timer om måneden", "Der er afsat 8 timer om måneden til mentorstøtten."),
    H("total", "40 timer i alt", "Mentorstøtten er på 40 timer i alt i perioden."),
    H("pool", "timepulje på 30 timer", "Der er bevilget en timepulje på 30 timer til hele forløbet."),
    H("range", "2-3 timer pr. uge", "Mentoren har 2-3 timer pr. uge med dig."),
    H("up-to", "op til 4 timer om ugen efter behov",
      "Mentor kan bruge op til 4 timer om ugen efter behov."),
    H("plain", "3 timer ugentligt", "Mentor har 3 timer ugentligt sammen med dig."),
    H("word", "to timer om ugen", "Du og din mentor ses to timer om ugen."),
    H("compound", "24 mentortimer i perioden", "Der er bevilget 24 mentortimer i perioden."),
    H("minutes", "90 minutter hver uge", "I mødes 90 minutter hver uge."),
    H("biweekly", "4 timer hver 14. dag", "Mentoren har 4 timer hver 14. dag med dig."),
    H("half-twice", "½ time to gange om ugen", "I taler sammen ½ time to gange om ugen."),
    H("with-work", "2 timer pr. uge", "Mentoren har 2 timer pr. uge med dig.",
      extra=["Du arbejder 12 timer om ugen i løntilskudsjobbet (mandag, onsdag og fredag)."]),
    H("after-agreement", "3 timer om ugen", "Mentor har 3 timer om ugen med dig. Tidspunkterne "
      "aftales løbende med mentor."),
]

HOURS_MISSING = [
    H("vague-behov", "efter behov", "Mentor har tid til dig efter behov.", "missing"),
    H("vague-loebende", "løbende", "Timerne aftales løbende.", "missing"),
    H("vague-par", "et par timer om ugen", "Mentor har et par timer om ugen med dig.", "missing"),
    H("absent", None, None, "missing"),
    H("placeholder", "[indsæt antal timer]", None, "missing"),
    H("citizen-only", None, None, "missing",
      extra=["Du er i virksomhedspraktik 20 timer om ugen, mandag til torsdag kl. 8-13."]),
    H("vague-aftales", "aftales løbende mellem dig og mentor", None, "missing"),
    H("citizen-work", "efter aftale", "Mentor kommer efter aftale.", "missing",
      extra=["Du arbejder 15 timer om ugen i dit fleksjob."]),
]

# Other periods in the same document (never the support period)
NOISE = [
    "Du er i virksomhedspraktik hos Netto, Holbæk, fra 2. marts 2026 til 29. maj 2026.",
    "Du deltager i AMU-kurset 'Truckcertifikat B' fra 9. til 20. marts 2026.",
    "Samtykket til at kommunen må udveksle oplysninger med mentor gælder i 2 år fra underskrift.",
    "Aftalen er lavet på mødet i jobcentret den 24. februar 2026.",
    "Du er ansat i løntilskud hos Vejle Kommune, Park og Vej, 1.3.2026 – 28.2.2027.",
    "Grundforløbet på skolen varer fra august 2026 til januar 2027 (20 uger).",
    "Samtykkeerklæringen er gyldig til 1. marts 2028.",
    "Vi mødtes første gang d. 10.2.2026.",
]


# --------------------------------------------------------------------------------------------
# Blocks: ("title", t) ("h", t) ("p", t) ("ul", [..]) ("ol", [..]) ("table", [[..]..]) ("kv", [(l, v)])
# --------------------------------------------------------------------------------------------

def cpr(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(60, 99)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


def phone(rng: random.Random) -> str:
    return " ".join(f"{rng.randint(20 if i == 0 else 10, 99)}" for i in range(4))


def mail_of(name: str, dom: str) -> str:
    first, *_, last = name.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa").split()
    return f"{first}.{last}@{dom}"


PERIOD_LABELS = ["Periode", "Varighed", "Aftalens varighed", "Støtteperiode", "Bevilget periode",
                 "Hvor længe varer forløbet?", "Mentorperiode", "Varighed og periode"]
HOURS_LABELS = ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Mentortimer",
                "Hvor mange timer?", "Timeantal", "Timer"]


def agreement_blocks(ctx: dict, rng: random.Random, layout: str) -> list:
    k, afd, dom, ktlf = ctx["kommune"]
    per, hrs = ctx["period"], ctx["hours"]
    mentor, firm = ctx["mentor"]
    firm_dom = "".join(ch for ch in (firm or "").split(",")[0].lower() if ch.isalnum())
    firm_dom = firm_dom.replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + ".dk"
    mphone, mmail = ctx["mphone"], mail_of(mentor, dom if firm is None else firm_dom)
    mentor_val = f"{mentor}{', ' + firm if firm else ''}, tlf. {mphone}, {mmail}"
    cw = ctx["caseworker"]
    goal, tasks = ctx["goal"], ctx["tasks"]
    follow, appeal = ctx["follow"], ctx["appeal"].format(kommune=k, afd=afd)
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Aftale om mentorforløb",
                        "Mentoraftale – § 167 i lov om en aktiv beskæftigelsesindsats",
                        "Skriftlig aftale om mentorstøtte"])
    extras = per["extra"] + hrs["extra"] + ctx["noise"]
    plabel, hlabel = rng.choice(PERIOD_LABELS), rng.choice(HOURS_LABELS)
    head = [("title", title), ("p", f"{k}, {afd}")]
    citizen_line = f"Borger: {ctx['citizen']}" + (f", CPR-nr. {ctx['cpr']}" if ctx["cpr"] else "")
    blocks: list = []
    if layout == "table":
        rows = [["Borger", ctx["citizen"] + (f" (CPR {ctx['cpr']})" if ctx["cpr"] else "")],
                ["Mål med mentorstøtten", goal],
                ["Mentor (navn og kontaktdata)", mentor_val],
                ["Mentors opgaver", "; ".join(t[0].upper() + t[1:] for t in tasks)]]
        if per["value"] is not None:
            rows.append([plabel.rstrip("?"), per["value"]])
        if hrs["value"] is not None:
            rows.append([hlabel.rstrip("?"), hrs["value"]])
        rows.append(["Opfølgning", follow])
        rows.append(["Sagsbehandler", f"{cw}, tlf. {ktlf}"])
        blocks = head + [("table", rows)]
        if extras:
            blocks += [("h", "Bemærkninger")] + [("p", e) for e in extras]
        blocks += [("h", "Klagevejledning"), ("p", appeal)]
    elif layout == "headings":
        blocks = head + [("p", citizen_line), ("h", "Målet med mentorstøtten"), ("p", goal),
                         ("h", "Din mentor"), ("p", f"Navn: {mentor}"),
                         ("p", f"Telefon: {mphone}"), ("p", f"E-mail: {mmail}"),
                         ("h", rng.choice(["Mentorens opgaver", f"{mentor.split()[0]}s opgaver",
                                           "Hvad skal mentor gøre?"])), ("ul", tasks)]
        if per["value"] is not None or per["extra"]:
            blocks.append(("h", plabel))
            if per["value"] is not None:
                blocks.append(("p", per["value"]))
            blocks += [("p", e) for e in per["extra"]]
        if hrs["value"] is not None:
            blocks += [("h", hlabel), ("p", hrs["value"])]
        blocks += [("h", "Opfølgning og progression"), ("p", follow)]
        if ctx["noise"] or hrs["extra"]:
            blocks += [("h", "Andre aftaler")] + [("p", e) for e in hrs["extra"] + ctx["noise"]]
        blocks += [("h", "Klagevejledning"), ("p", appeal),
                   ("p", f"Sagsbehandler: {cw}, {k}, tlf. {ktlf}")]
    elif layout == "numbered":
        blocks = head + [("p", citizen_line)] + [("p", e) for e in hrs["extra"] + ctx["noise"]] + [
                         ("h", "1. Målet med mentorstøtten"), ("p", goal),
                         ("h", "2. Mentorens navn og kontaktdata"), ("p", mentor_val),
                         ("h", "3. Hvilke opgaver mentoren skal bistå ved"), ("ol", tasks),
                         ("h", "4. Varigheden af aftalen og opfølgning")]
        if per["value"] is not None:
            blocks.append(("p", f"{plabel.rstrip('?')}: {per['value']}"))
        blocks += [("p", e) for e in per["extra"]]
        blocks += [("p", follow), ("h", "5. Timetallet for mentorstøtten")]
        if hrs["value"] is not None:
            blocks.append(("p", hrs["value"][0].upper() + hrs["value"][1:]))
        blocks += [("h", "6. Klagevejledning"), ("p", appeal)]
    elif layout in ("letter", "email"):
        first = ctx["citizen"].split()[0]
        paras = [f"Kære {first}" if layout == "letter" else f"Hej {first}",
                 "Her er den aftale om mentorstøtte, som vi lavede sammen. "
                 + (ctx["noise"][0] if ctx["noise"] else ""),
                 f"Målet er aftalt sådan: {goal}",
                 f"Din mentor er {mentor}{' fra ' + firm if firm else ''}. Du kan fange "
                 f"{mentor.split()[0]} på tlf. {mphone} eller på mail {mmail}.",
                 f"{mentor.split()[0]} skal:"]
        blocks = ([("title", title)] if layout == "letter" else []) + \
            ([("p", citizen_line)] if ctx["cpr"] else []) + [("p", x) for x in paras] + [("ul", tasks)]
        if per["sentence"]:
            blocks.append(("p", per["sentence"]))
        elif per["value"] is not None:
            blocks.append(("p", f"{plabel.rstrip('?')}: {per['value']}"))
        blocks += [("p", e) for e in per["extra"]]
        if hrs["sentence"]:
            blocks.append(("p", hrs["sentence"]))
        elif hrs["value"] is not None:
            blocks.append(("p", f"{hlabel.rstrip('?')}: {hrs['value']}"))
        blocks += [("p", e) for e in hrs["extra"]]
        blocks += [("p", e) for e in ctx["noise"][1:]]
        blocks += [("p", follow), ("h", "Sådan klager du"), ("p", appeal)]
        if layout == "letter":
            blocks += [("p", "Med venlig hilsen"), ("p", f"{cw}, sagsbehandler"),
                       ("p", f"{k}, {afd}, tlf. {ktlf}")]
    else:  # labels: "Label: value" lines
        lines = [("p", citizen_line), ("p", f"Mål: {goal}"), ("p", f"Mentor: {mentor_val}"),
                 ("p", "Opgaver:"), ("ul", tasks)]
        if per["value"] is not None:
            lines.append(("p", f"{plabel.rstrip('?')}: {per['value']}"))
        lines += [("p", e) for e in per["extra"]]
        if hrs["value"] is not None:
            lines.append(("p", f"{hlabel.rstrip('?')}: {hrs['value']}"))
        lines += [("p", e) for e in hrs["extra"]]
        lines += [("p", f"Opfølgning: {follow}")] + [("p", e) for e in ctx["noise"]]
        lines += [("p", f"Kontaktperson i kommunen: {cw}, tlf. {ktlf}"),
                  ("p", f"Klagevejledning: {appeal}")]
        blocks = head + lines
    if layout != "email":
        blocks.append(("p", f"Dato og underskrift: {ctx['signdate']}    Borger ______    "
                            "Mentor ______"))
    return blocks


def minplan_blocks(ctx: dict, rng: random.Random) -> list:
    k, afd, dom, ktlf = ctx["kommune"]
    per, hrs = ctx["period"], ctx["hours"]
    mentor, firm = ctx["mentor"]
    rows = [["Indsats", "Mentorstøtte (§ 167)"], ["Formål", ctx["goal"]],
            ["Mentor", f"{mentor}, tlf. {ctx['mphone']}"],
            ["Mentors opgaver", "; ".join(ctx["tasks"])]]
    if per["value"] is not None:
        rows.append(["Varighed", per["value"]])
    if hrs["value"] is not None:
        rows.append(["Timetal", hrs["value"]])
    blocks = [("title", "Min Plan"), ("p", f"{ctx['citizen']} – udskrift {ctx['signdate']} fra "
                                         f"Min Plan, {k}"),
              ("h", "Aktuel indsats: Mentorstøtte"), ("table", rows)]
    blocks += [("p", e) for e in per["extra"] + hrs["extra"] + ctx["noise"]]
    blocks.append(("p", "Din plan er lavet sammen med din sagsbehandler. Ændringer i timetal eller "
                        "formål bliver skrevet ind i planen."))
    return blocks


DEC_SUBTYPES = ["grant", "partial", "extension", "end"]


def decision_blocks(ctx: dict, rng: random.Random, sub: str, grant_period: dict,
                    appeal_kind: str) -> list:
    k, afd, dom, ktlf = ctx["kommune"]
    mentor, firm = ctx["mentor"]
    first = ctx["citizen"].split()[0]
    hrs = ctx["hours"]["value"] or "2 timer om ugen"
    pv = grant_period["value"]
    titles = {"grant": "Afgørelse: Du får mentorstøtte",
              "partial": "Afgørelse om mentorstøtte – delvis bevilling",
              "extension": "Afgørelse om forlængelse af mentorstøtte",
              "end": "Afgørelse om ophør af mentorstøtte"}
    blocks = [("p", f"{k}\n{afd}"), ("p", f"Dato: {ctx['letterdate']}"),
              ("p", f"Til {ctx['citizen']}" + (f"\nCPR-nr.: {ctx['cpr']}" if ctx["cpr"] else "")),
              ("title", titles[sub])]
    if sub == "grant":
        blocks += [("p", f"Kære {first}"),
                   ("p", f"Du har søgt om mentorstøtte. Du får mentorstøtte efter § 167 i lov om en "
                         f"aktiv beskæftigelsesindsats i perioden {pv}."),
                   ("p", f"Din mentor er {mentor}, og timetallet er {hrs}.")]
        blocks += [("p", e) for e in grant_period["extra"]]
        blocks += [("h", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at du har brug for støtte for at kunne starte og "
                         "fastholde din uddannelse, jf. § 167, stk. 1.")]
    elif sub == "partial":
        blocks += [("p", f"Kære {first}"),
                   ("p", "Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen."),
                   ("p", f"Du får mentorstøtte i perioden {pv}, med {hrs}. Resten af din "
                         "ansøgning får du afslag på.")]
        blocks += [("p", e) for e in grant_period["extra"]]
        blocks += [("h", "Begrundelse"),
                   ("p", "Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan der "
                         "gives mentorstøtte i en periode på højst 6 måneder ad gangen. Vi har lagt "
                         "vægt på, at dit behov kan dækkes med færre timer, fordi du også har "
                         "støtte fra skolens studievejleder.")]
    elif sub == "extension":
        blocks += [("p", f"Kære {first}"),
                   ("p", "Du har haft mentorstøtte fra 1. september 2025 til 28. februar 2026. Vi "
                         f"har vurderet din sag igen, og du får en ny periode: {pv}."),
                   ("p", f"Timetallet er {hrs}. Din mentor er fortsat {mentor}.")]
        blocks += [("p", e) for e in grant_period["extra"]]
        blocks += [("h", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at du er startet på grundforløbet, men endnu ikke "
                         "møder stabilt, og at mentor vurderer, at du kan klare dig selv efter en "
                         "ny periode. Forlængelsen gives efter § 167, stk. 1, 2. pkt.")]
    else:
        blocks += [("p", f"Kære {first}"),
                   ("p", f"Din mentorstøtte i perioden {pv} ophører før tid den 30. april 2026."),
                   ("h", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at du er blevet fastansat hos din arbejdsgiver og "
                         "ikke længere har brug for mentor. Det fremgår af mentors status fra 15. "
                         "april 2026. Afgørelsen er truffet efter § 167 i lov om en aktiv "
                         "beskæftigelsesindsats.")]
    blocks += [("p", e) for e in ctx["noise"]]
    if appeal_kind == "full":
        blocks += [("h", "Klagevejledning"), ("p", ctx["appeal"].format(kommune=k, afd=afd))]
    elif appeal_kind == "bare":
        blocks += [("p", "Du kan klage over afgørelsen.")]
    blocks += [("p", "Med venlig hilsen"), ("p", f"{ctx['caseworker']}\nSagsbehandler, tlf. {ktlf}")]
    return blocks


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

def to_text(blocks: list, md: bool = False) -> str:
    out: list[str] = []
    for kind, val in blocks:
        if kind == "title":
            out += ([f"# {val}"] if md else [val, "=" * len(val)]) + [""]
        elif kind == "h":
            out += [f"## {val}" if md else (val.upper() if len(val) < 40 else val), ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {x}" for x in val] + [""]
        elif kind == "ol":
            out += [f"{i}) {x}" for i, x in enumerate(val, 1)] + [""]
        elif kind == "table":
            out += [f"{r[0]}: {r[1]}" for r in val] + [""]
    return "\n".join(out)


def write_docx(blocks: list, path: Path) -> None:
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=1)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for x in val:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "ol":
            for x in val:
                d.add_paragraph(x, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in val:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = a, b
                cells[0].paragraphs[0].runs[0].bold = True
    d.core_properties.author = "Sagsbehandler"
    d.core_properties.created = datetime(2026, 2, 20, tzinfo=timezone.utc)
    d.save(str(path))


def write_odt(blocks: list, path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf import text as T, table as TB
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for kind, val in blocks:
        if kind == "title":
            doc.text.addElement(T.H(outlinelevel=1, text=val))
        elif kind == "h":
            doc.text.addElement(T.H(outlinelevel=2, text=val))
        elif kind == "p":
            for line in val.split("\n"):
                doc.text.addElement(T.P(text=line))
        elif kind in ("ul", "ol"):
            lst = T.List()
            for x in val:
                li = T.ListItem()
                li.addElement(T.P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "table":
            tb = TB.Table(name="Aftale")
            tb.addElement(TB.TableColumn(numbercolumnsrepeated=2))
            for a, b in val:
                tr = TB.TableRow()
                for i, c in enumerate((a, b)):
                    tc = TB.TableCell()
                    p = T.P()
                    if i == 0:
                        p.addElement(T.Span(stylename=bold, text=c))
                    else:
                        p.addText(c)
                    tc.addElement(p)
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
    doc.save(str(path))


def to_html(blocks: list, rng: random.Random, style: str) -> str:
    e = htmlmod.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(next((v for k, v in blocks if k == 'title'), 'Dokument'))}</title>",
             "<style>body{font-family:Arial} .lbl{font-weight:bold}</style>",
             "<script>window.dataLayer=[];function gtag(){}; gtag('periode','1.1.2020-31.12.2030');"
             "</script></head><body>", '<div class="sag"><div class="indhold">']
    for kind, val in blocks:
        if kind == "title":
            parts.append(f"<h1>{e(val)}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{e(val)}</h2>" if style != "div" else
                         f'<div class="overskrift"><strong>{e(val)}</strong></div>')
        elif kind == "p":
            parts.append(f"<p>{e(val).replace(chr(10), '<br>')}</p>")
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{kind}>")
        elif kind == "table":
            if style == "dl":
                parts.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in val)
                             + "</dl>")
            else:
                parts.append("<table border='1'>" + "".join(
                    f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in val) + "</table>")
    parts.append("</div></div></body></html>")
    return "\n".join(parts)


def write_pdf(blocks: list, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    e = htmlmod.escape
    story = []
    for kind, val in blocks:
        if kind == "title":
            story += [Paragraph(e(val), ss["Title"])]
        elif kind == "h":
            story += [Paragraph(e(val), ss["Heading2"])]
        elif kind == "p":
            story += [Paragraph(e(val).replace("\n", "<br/>"), ss["BodyText"])]
        elif kind in ("ul", "ol"):
            story.append(ListFlowable([ListItem(Paragraph(e(x), ss["BodyText"])) for x in val],
                                      bulletType="bullet" if kind == "ul" else "1"))
        elif kind == "table":
            data = [[Paragraph(f"<b>{e(a)}</b>", ss["BodyText"]), Paragraph(e(b), ss["BodyText"])]
                    for a, b in val]
            t = Table(data, colWidths=[5 * cm, 11 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4, title="Dokument", author="Kommune").build(story)


def write_eml(blocks: list, path: Path, ctx: dict, subject: str) -> None:
    k, afd, dom, ktlf = ctx["kommune"]
    cw = ctx["caseworker"]
    body = to_text([b for b in blocks if b[0] != "title"])
    body += (f"\n-- \n{cw}\nSagsbehandler\n{k}, {afd}\nTlf. {ktlf}\n"
             f"Direkte: {ctx['cwphone']}\n")
    body += ("\nDen 20. februar 2026 kl. 09.12 skrev " + ctx["citizen"] + ":\n"
             "> Hej, kan du sende aftalen igen? Jeg har mistet papiret.\n> Vh\n")
    m = EmailMessage()
    m["From"] = f"{cw} <{mail_of(cw, dom)}>"
    m["To"] = f"{ctx['citizen']} <borger{ctx['n']}@example.dk>"
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 2, 23, 10, 5, tzinfo=timezone.utc))
    m.set_content(body, charset="utf-8")
    path.write_bytes(bytes(m))


def write(blocks: list, fmt: str, path: Path, rng: random.Random, ctx: dict, subject: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "docx":
        write_docx(blocks, path)
    elif fmt == "odt":
        write_odt(blocks, path)
    elif fmt == "pdf":
        write_pdf(blocks, path)
    elif fmt == "html":
        path.write_text(to_html(blocks, rng, ctx.get("html_style", "table")), encoding="utf-8")
    elif fmt == "txt":
        path.write_text(to_text(blocks, md=ctx.get("md", False)), encoding="utf-8")
    elif fmt == "eml":
        write_eml(blocks, path, ctx, subject)
    else:
        raise ValueError(fmt)


# --------------------------------------------------------------------------------------------
# Plan: which document gets which period, hours, layout and format
# --------------------------------------------------------------------------------------------

def make_ctx(rng: random.Random, n: int, with_cpr: bool) -> dict:
    return {"n": n, "kommune": rng.choice(KOMMUNER), "mentor": rng.choice(MENTORS),
            "mphone": phone(rng), "cwphone": phone(rng), "caseworker": rng.choice(CASEWORKERS),
            "citizen": rng.choice(CITIZENS), "goal": rng.choice(GOALS), "tasks": rng.choice(TASKS),
            "follow": rng.choice(FOLLOWUPS), "appeal": rng.choice(APPEALS),
            "cpr": cpr(rng) if with_cpr else None,
            "signdate": rng.choice(["24.02.2026", "24/2-26", "24. februar 2026", "2026-02-24"]),
            "letterdate": rng.choice(["20. februar 2026", "20.02.2026", "20/2 2026"]),
            "noise": [], "html_style": rng.choice(["table", "dl", "div"]), "md": rng.random() < 0.3}


def build(out: Path, seed: int) -> list[dict]:
    rng = random.Random(seed)
    entries: list[dict] = []

    # ---- 70 agreements ----
    periods = (PERIODS_OK + PERIODS_OK[:9]                       # 36 stated within
               + PERIODS_OVER                                     # 13 over
               + PERIODS_MISSING)                                 # 10 missing
    periods += [PERIODS_OK[i] for i in (0, 2, 3, 5, 7, 9, 13, 16, 20, 22, 25)]  # pad to 70
    periods = periods[:70]
    hours = HOURS_OK * 3 + HOURS_MISSING * 2                     # 48 + 16 = 64
    hours += HOURS_OK[:6]
    hours = hours[:70]
    rng.shuffle(periods)
    rng.shuffle(hours)
    formats = ["docx", "pdf", "odt", "html", "txt", "eml"]
    layouts_by_fmt = {"docx": ["table", "headings", "numbered", "letter"],
                      "pdf": ["table", "headings", "numbered", "letter"],
                      "odt": ["table", "headings", "numbered", "labels"],
                      "html": ["table", "headings", "labels"],
                      "txt": ["labels", "headings", "numbered", "letter"],
                      "eml": ["email"]}
    for i in range(70):
        fmt = formats[i % len(formats)]
        layout = layouts_by_fmt[fmt][(i // len(formats)) % len(layouts_by_fmt[fmt])]
        ctx = make_ctx(rng, i, with_cpr=rng.random() < 0.25)
        per, hrs = periods[i], hours[i]
        # Other periods beside the support period, not on documents whose period is missing
        # (a reader could fairly take a praktik period for the support period there).
        if per["rule"] != "missing" and rng.random() < 0.45:
            ctx["noise"] = rng.sample(NOISE, k=rng.choice([1, 2]))
        elif per["rule"] == "missing" and rng.random() < 0.4:
            ctx["noise"] = [rng.choice([NOISE[3], NOISE[7], NOISE[2]])]   # meeting date, consent
        ctx["period"], ctx["hours"] = per, hrs
        blocks = agreement_blocks(ctx, rng, layout)
        rules = set()
        if per["rule"] == "over":
            rules.add("duration-over-6-months")
        if per["rule"] == "missing":
            rules.add("missing-duration")
        if hrs["rule"] == "missing":
            rules.add("missing-hours")
        name = f"aftaler/{i:03d}-{'mentoraftale' if i % 2 else 'aftale-mentorstoette'}.{fmt}"
        write(blocks, fmt, out / name, rng, ctx, subject="Din mentoraftale")
        entries.append(entry(name, fmt, "agreement", layout, "agreement", rules, ctx,
                             [f"period:{per['trait']}", f"hours:{hrs['id']}"]
                             + [f"noise:{NOISE.index(x)}" for x in ctx["noise"]], per))

    # ---- 20 decision letters ----
    dec_plan = [
        ("grant", PERIODS_OK[2], "full"), ("grant", PERIODS_OK[0], "full"),
        ("grant", PERIODS_OK[5], "full"), ("grant", PERIODS_OK[25], "full"),
        ("grant", PERIODS_OVER[1], "full"), ("grant", PERIODS_OVER[3], "full"),
        ("grant", PERIODS_OVER[2], "full"), ("grant", PERIODS_OK[14], "bare"),
        ("partial", PERIODS_OK[10], "full"), ("partial", PERIODS_OK[1], "full"),
        ("partial", PERIODS_OK[16], "full"), ("partial", PERIODS_OVER[6], "full"),
        ("extension", PERIODS_OK[3], "full"), ("extension", PERIODS_OK[11], "full"),
        ("extension", PERIODS_OK[9], "full"), ("extension", PERIODS_OVER[0], "full"),
        ("end", P("end-a", "1. december 2025 – 31. maj 2026", None, "2025-12-01", "2026-05-31"),
         "full"),
        ("end", P("end-b", "01.11.2025-30.04.2026", None, "2025-11-01", "2026-04-30"), "none"),
        ("grant", PERIODS_OK[8], "full"), ("extension", PERIODS_OK[19], "full"),
    ]
    dfmts = ["pdf", "docx", "odt", "html", "txt", "eml"]
    for j, (sub, per, appeal_kind) in enumerate(dec_plan):
        fmt = dfmts[j % len(dfmts)]
        ctx = make_ctx(rng, 100 + j, with_cpr=rng.random() < 0.3)
        ctx["period"], ctx["hours"] = per, rng.choice(HOURS_OK[:13])
        if rng.random() < 0.3:
            ctx["noise"] = [rng.choice([NOISE[0], NOISE[2], NOISE[5]])]
        blocks = decision_blocks(ctx, rng, sub, per, appeal_kind)
        rules = set()
        if per["rule"] == "over" and sub != "end":
            rules.add("duration-over-6-months")
        if appeal_kind != "full":
            rules.add("missing-appeal-guidance")
        name = f"afgoerelser/{j:03d}-afgoerelse-{sub}.{fmt}"
        write(blocks, fmt, out / name, rng, ctx, subject="Afgørelse om mentorstøtte")
        entries.append(entry(name, fmt, "decision", "letter", sub, rules, ctx,
                             [f"period:{per['trait']}", f"appeal:{appeal_kind}"], per))

    # ---- 10 Min Plan entries ----
    mp_plan = [(PERIODS_OK[2], HOURS_OK[0]), (PERIODS_OK[6], HOURS_OK[2]),
               (PERIODS_OK[5], HOURS_OK[3]), (PERIODS_OK[22], HOURS_OK[6]),
               (PERIODS_OK[12], HOURS_OK[10]), (PERIODS_OVER[5], HOURS_OK[8]),
               (PERIODS_MISSING[0], HOURS_OK[1]), (PERIODS_OK[9], HOURS_MISSING[0]),
               (PERIODS_OK[1], HOURS_MISSING[5]), (PERIODS_OK[15], HOURS_OK[5])]
    mfmts = ["html", "pdf", "txt", "html", "pdf", "txt", "html", "pdf", "txt", "docx"]
    for j, (per, hrs) in enumerate(mp_plan):
        fmt = mfmts[j]
        ctx = make_ctx(rng, 200 + j, with_cpr=False)
        ctx["period"], ctx["hours"] = per, hrs
        blocks = minplan_blocks(ctx, rng)
        rules = set()
        if per["rule"] == "over":
            rules.add("duration-over-6-months")
        if per["rule"] == "missing":
            rules.add("missing-duration")
        if hrs["rule"] == "missing":
            rules.add("missing-hours")
        name = f"minplan/{j:03d}-min-plan.{fmt}"
        write(blocks, fmt, out / name, rng, ctx, subject="Min Plan")
        entries.append(entry(name, fmt, "minplan", "table", "minplan", rules, ctx,
                             [f"period:{per['trait']}", f"hours:{hrs['id']}"], per))
    return entries


def entry(name, fmt, kind, layout, subtype, rules, ctx, traits, per) -> dict:
    e = {"path": name, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
         "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
         "must_not_contain": [ctx["cpr"]] if ctx["cpr"] else [],
         "traits": (["cpr"] if ctx["cpr"] else []) + traits}
    if per.get("start") and per.get("end"):
        e["period"] = {"start": per["start"], "end": per["end"]}
    return e


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    entries = build(a.out, a.seed)
    lines = [json.dumps(x, ensure_ascii=False, sort_keys=True)
             for x in sorted(entries, key=lambda x: x["path"])]
    (a.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {a.out}")


if __name__ == "__main__":
    main()
