"""Independent corpus CC: a mixed archive folder (issue 8, "independent set 3").

Agreements, Min Plan entries and decision letters side by side with documents that are none of
the kinds (minutes, invoices, status reports, guidance, private "mentoraftaler", leaflets, e-mails,
a citizen's complaint). Written from domain.md, the seeds and the rule docs only.

    python make_corpus_cc.py --out /work/corpora/cc
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

SEED = 20261129

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNER = ["Vejle Kommune", "Holbæk Kommune", "Silkeborg Kommune", "Næstved Kommune",
            "Hjørring Kommune", "Frederikssund Kommune", "Svendborg Kommune", "Viborg Kommune"]
FIRST = ["Mette", "Jonas", "Sara", "Ahmed", "Line", "Kasper", "Fatima", "Mikkel", "Camilla",
         "Yusuf", "Pernille", "Rasmus", "Nadia", "Thomas", "Ida", "Bilal", "Helle", "Oliver"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen"]
PROVIDERS = ["Jobhuset ApS", "MentorKompagniet", "Trin for Trin Mentor I/S", "Bro til Job ApS",
             "Nordlys Mentorservice", "Kompasset ApS"]

GOALS_GOOD = [
    "{c} starter på SOSU-hjælperuddannelsen i august {y} og møder mindst fire dage om ugen.",
    "{c} er i virksomhedspraktik 15 timer om ugen i Netto, Torvegade, senest 1. {m} {y}, med henblik på løntilskud.",
    "{c} gennemfører FVU-dansk trin 2 på VUC og består prøven inden periodens udløb.",
    "{c} fastholder sit fleksjob på lageret hos Bilka med 12 timer om ugen og har højst to fraværsdage om måneden.",
    "{c} møder stabilt på FGU (produktionsgrunduddannelse, værkstedet) mindst 4 dage om ugen, så skoleforløbet kan fortsætte.",
    "{c} kommer i ordinær ansættelse som chauffør (C-kørekort er taget) med mindst 20 timer om ugen.",
    "{c} påbegynder grundforløb 1 på EUD (tømrer) på Erhvervsskolen og har et fremmøde på mindst 90 %.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Sikre at {c} får mere struktur på hverdagen og bedre selvværd.",
    "Hjælp til at {c} kommer tættere på arbejdsmarkedet.",
    "Motivere {c} og arbejde med sig selv.",
]
TASKS = [
    "følges med {c} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde, transport og søvn",
    "hjælp til at bruge kalender og huske aftaler med skolen",
    "deltage i opstartsmøde med arbejdsgiver og kontaktperson på arbejdspladsen",
    "støtte til at åbne og besvare post i e-Boks",
    "træne busruten til uddannelsesstedet",
    "hjælp til kontakt med studievejleder og SPS-ansøgning",
    "samtaler om at håndtere pres og konflikter med kolleger",
]
HOURS_GOOD = ["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "4 timer om ugen",
              "8 timer om måneden", "2 t/uge", "to timer om ugen"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende, efter aftale"]
FOLLOWUP = [
    "Statusmøde med mentor, {c} og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører. Delmål: fremmøde fire dage om ugen fra anden måned.",
    "Vi følger op hver 3. måned på et fælles møde, og altid 14 dage før periodens udløb. Progressionen måles på fremmøde og antal timer i praktikken.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb. Mentor sender en kort status til sagsbehandler hver måned.",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger efter, at du har modtaget afgørelsen. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen (LAB § 204 og retssikkerhedslovens kapitel 10).",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {k} senest 4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Vi vurderer afgørelsen igen, og giver vi dig ikke ret, sender vi klagen og sagens akter videre til Ankestyrelsen, Beskæftigelsesudvalget.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.",
               "Er du utilfreds, er du velkommen til at kontakte din sagsbehandler."]


class Rng(random.Random):
    pass


def dk_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return d.strftime("%d.%m.%Y")
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def period(rng: Rng, over: bool) -> tuple[date, date]:
    start = rng.choice([date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 15), date(2027, 1, 1),
                        date(2027, 2, 1), date(2027, 3, 1)])
    if over:
        months = rng.choice([8, 9, 12])
        end = add_months(start, months) - timedelta(days=1)
    else:
        months = rng.choice([3, 4, 6, 6])
        end = add_months(start, months) - timedelta(days=1)
    return start, end


def cpr(rng: Rng) -> str:
    d = date(1970, 1, 1) + timedelta(days=rng.randrange(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(0, 10000):04d}"


def person(rng: Rng) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def phone(rng: Rng) -> str:
    return " ".join(f"{rng.randrange(10, 100)}" for _ in range(4))


def email_of(name: str, org: str) -> str:
    dom = org.lower().replace(" aps", "").replace(" i/s", "").replace(" ", "").replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return name.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + dom + ".dk"


# ---------------------------------------------------------------- document models
# A model is a list of blocks: ("title", t) ("h", t) ("p", t) ("ul", [..]) ("table", [[..]])


def agreement(rng: Rng, defects: list[str]):
    k = rng.choice(KOMMUNER)
    c_full = person(rng)
    c = c_full.split()[0]
    mentor = person(rng)
    prov = rng.choice(PROVIDERS)
    over = "duration-over-6-months" in defects
    start, end = period(rng, over)
    ds = rng.randrange(3)
    per = f"{dk_date(start, ds)} – {dk_date(end, ds)}"
    goal = rng.choice(GOALS_UNCLEAR if "unclear-goal" in defects else GOALS_GOOD).format(
        c=c, m=MONTHS[end.month - 1], y=end.year)
    tasks = [t.format(c=c) for t in rng.sample(TASKS, rng.randrange(2, 5))]
    hours = rng.choice(HOURS_VAGUE if "missing-hours" in defects else HOURS_GOOD)
    mentor_val = (f"{mentor}, {prov}" if "missing-mentor" in defects
                  else f"{mentor}, {prov}, tlf. {phone(rng)}, {email_of(mentor, prov)}")
    follow = rng.choice(FOLLOWUP).format(c=c)
    appeal = rng.choice(APPEAL_WEAK if "missing-appeal-guidance" in defects else APPEAL_FULL).format(k=k)
    layout = rng.choice(["table", "headings", "numbered", "letter"])
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                        "Aftale om mentorstøtte efter LAB § 167"])
    cprv = cpr(rng) if rng.random() < 0.3 else None
    b = [("p", f"{k} · Arbejdsmarked"), ("title", title)]
    who = f"Borger: {c_full}" + (f", CPR-nr. {cprv}" if cprv else "")
    b.append(("p", who))
    b.append(("p", f"Sagsbehandler: {person(rng)}, {k}, tlf. {phone(rng)}"))
    fields = []
    if "missing-goal" not in defects:
        fields.append((rng.choice(["Målet med mentorstøtten", "Mål", "Formål med forløbet", "Borgerens mål"]), goal))
    fields.append((rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor"]), mentor_val))
    if "missing-tasks" not in defects:
        fields.append((rng.choice(["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indsatsområder"]), tasks))
    fields.append((rng.choice(["Periode", "Varighed", "Aftalens varighed"]), per))
    if "missing-follow-up" not in defects:
        fields.append((rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), follow))
    fields.append((rng.choice(["Timetal", "Antal timer", "Timer pr. uge"]) if "pr. uge" not in hours else "Timetal", hours))
    if layout == "table":
        b.append(("table", [[lab, "; ".join(v) if isinstance(v, list) else v] for lab, v in fields]))
    elif layout == "numbered":
        for i, (lab, v) in enumerate(fields, 1):
            if isinstance(v, list):
                b.append(("p", f"{i}. {lab}:"))
                b.append(("ul", v))
            else:
                b.append(("p", f"{i}. {lab}: {v}"))
    elif layout == "letter":
        b.append(("p", f"Kære {c}"))
        b.append(("p", f"Her er den aftale om mentorstøtte, vi lavede på mødet. Støtten gives efter lov om en aktiv beskæftigelsesindsats § 167."))
        for lab, v in fields:
            b.append(("h", lab))
            b.append(("ul", v) if isinstance(v, list) else ("p", v))
    else:
        for lab, v in fields:
            b.append(("h", lab))
            b.append(("ul", v) if isinstance(v, list) else ("p", v))
    b.append(("h", "Klagevejledning"))
    b.append(("p", appeal))
    b.append(("p", f"Underskrifter: {c_full} (borger)   {mentor} (mentor)   for {k}"))
    return b, {"layout": layout, "subtype": "agreement", "period": (start, end), "cpr": cprv}


def minplan(rng: Rng, defects: list[str]):
    k = rng.choice(KOMMUNER)
    c_full = person(rng)
    c = c_full.split()[0]
    mentor = person(rng)
    prov = rng.choice(PROVIDERS)
    start, end = period(rng, "duration-over-6-months" in defects)
    ds = rng.randrange(3)
    goal = rng.choice(GOALS_UNCLEAR if "unclear-goal" in defects else GOALS_GOOD).format(
        c=c, m=MONTHS[end.month - 1], y=end.year)
    tasks = [t.format(c=c) for t in rng.sample(TASKS, rng.randrange(2, 4))]
    hours = rng.choice(HOURS_VAGUE if "missing-hours" in defects else HOURS_GOOD)
    mentor_val = mentor if "missing-mentor" in defects else f"{mentor} ({prov}), {phone(rng)}, {email_of(mentor, prov)}"
    cprv = cpr(rng) if rng.random() < 0.25 else None
    b = [("p", f"Min Plan · {k}"), ("title", rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Aktivitet – Mentor",
                                                          "Mentorstøtte (Min Plan)"]))]
    b.append(("p", f"Udskrevet {dk_date(start - timedelta(days=10), 1)} kl. 10:4{rng.randrange(10)}"
              + (f" · {c_full} ({cprv})" if cprv else f" · {c_full}")))
    rows = []
    if "missing-goal" not in defects:
        rows.append(["Formål med mentorstøtten", goal])
    rows.append(["Mentor", mentor_val])
    if "missing-tasks" not in defects:
        rows.append(["Mentorens opgaver", "; ".join(tasks)])
    rows.append(["Periode", f"{dk_date(start, ds)} - {dk_date(end, ds)}"])
    rows.append(["Timetal", hours])
    rows.append(["Status", "Aktiv"])
    b.append(("table", rows))
    b.append(("p", "Din plan opdateres, når du og din sagsbehandler aftaler ændringer."))
    return b, {"layout": "table", "subtype": "minplan", "period": (start, end), "cpr": cprv}


def decision(rng: Rng, defects: list[str]):
    k = rng.choice(KOMMUNER)
    c_full = person(rng)
    c = c_full.split()[0]
    start, end = period(rng, "duration-over-6-months" in defects)
    ds = rng.randrange(3)
    hours = rng.choice(HOURS_GOOD)
    appeal = rng.choice(APPEAL_WEAK if "missing-appeal-guidance" in defects else APPEAL_FULL).format(k=k)
    cprv = cpr(rng) if rng.random() < 0.3 else None
    partial = rng.random() < 0.4
    b = [("p", k), ("p", f"{c_full}" + (f"\nCPR-nr.: {cprv}" if cprv else "")),
         ("p", f"Dato: {dk_date(start - timedelta(days=14), 0)}    Sagsnr.: 15.20.{rng.randrange(10, 99)}-G01-{rng.randrange(100, 999)}-26"),
         ("title", "Afgørelse om mentorstøtte")]
    if partial:
        b.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Du får bevilget mentorstøtte {hours} i perioden {dk_date(start, ds)} til {dk_date(end, ds)}."))
    else:
        b.append(("p", f"Du får bevilget mentorstøtte fra {dk_date(start, ds)} til {dk_date(end, ds)}, {hours}. Din mentor er fra {rng.choice(PROVIDERS)}, som kontakter dig."))
    b.append(("h", "Begrundelse"))
    b.append(("p", f"Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre dit forløb, og at støtten skal bringe dig tættere på job eller uddannelse."
              + (" Vi vurderer, at dit behov kan dækkes med færre timer end ansøgt, fordi du allerede har en kontaktperson på uddannelsesstedet." if partial else "")))
    b.append(("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
    b.append(("p", appeal))
    b.append(("p", f"Med venlig hilsen\n{person(rng)}\nJobkonsulent, {k}"))
    return b, {"layout": "letter", "subtype": "partial" if partial else "granted", "period": (start, end), "cpr": cprv}


def unknown(rng: Rng, sub: str):
    k = rng.choice(KOMMUNER)
    c_full = person(rng)
    c = c_full.split()[0]
    mentor = person(rng)
    prov = rng.choice(PROVIDERS)
    cprv = cpr(rng) if sub in ("statusrapport", "klage-borger") and rng.random() < 0.5 else None
    if sub == "referat":
        b = [("title", "Referat af teammøde – Ungeindsatsen"),
             ("p", f"Mødedato: {rng.randrange(1, 28)}. oktober 2026. Deltagere: {person(rng)}, {person(rng)}, {person(rng)}. Afbud: {person(rng)}."),
             ("h", "1. Godkendelse af dagsorden"), ("p", "Godkendt."),
             ("h", "2. Mentorstøtte – ny leverandøraftale"),
             ("p", f"Kontrakten med {prov} udløber 31. december 2026. Teamet drøftede, at mentoraftaler fremover skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning samt timetal og klagevejledning. Timeprisen er 595 kr."),
             ("h", "3. Eventuelt"), ("p", "Næste møde holdes om fire uger. Referent: " + person(rng))]
    elif sub == "faktura":
        b = [("title", f"FAKTURA nr. 2026-{rng.randrange(100, 999)}"), ("p", f"{prov}, CVR {rng.randrange(10000000, 99999999)}"),
             ("p", f"Til: {k}, Jobcenter, EAN 579800{rng.randrange(1000000, 9999999)}"),
             ("p", "Periode: oktober 2026"),
             ("table", [["Ydelse", "Timer", "Pris", "Beløb"],
                        [f"Mentorstøtte, borger ref. {rng.randrange(1000, 9999)}", "12", "595,00", "7.140,00"],
                        [f"Mentorstøtte, borger ref. {rng.randrange(1000, 9999)}", "8", "595,00", "4.760,00"],
                        ["Kørsel", "", "", "312,00"]]),
             ("p", "I alt ekskl. moms 12.212,00 kr. Moms 25 % 3.053,00 kr. Betalingsbetingelser: netto 30 dage."),
             ("p", f"Kontakt: {mentor}, tlf. {phone(rng)}")]
    elif sub == "statusrapport":
        b = [("title", "Statusrapport – mentorforløb"),
             ("p", f"Borger: {c_full}" + (f" ({cprv})" if cprv else "")),
             ("p", f"Mentor: {mentor}, {prov}, tlf. {phone(rng)}"),
             ("h", "Mål for forløbet"), ("p", f"Målet er, at {c} starter på SOSU-uddannelsen til sommer."),
             ("h", "Hvad har vi arbejdet med"), ("ul", [f"{c} er mødt til 11 ud af 12 aftaler", "Vi har øvet busturen til skolen", "Kontakt til studievejleder er etableret"]),
             ("h", "Timeforbrug"), ("p", "Der er brugt 3 timer om ugen i perioden 1. september – 30. november 2026, i alt 36 timer."),
             ("h", "Vurdering og anbefaling"), ("p", "Jeg anbefaler, at forløbet fortsætter. Næste opfølgning aftales med sagsbehandler.")]
    elif sub == "vejledning":
        b = [("title", "Mentorstøtte – vejledning til medarbejdere"),
             ("p", f"{k}, Center for Arbejdsmarked. Opdateret 1. september 2026."),
             ("h", "Hvad er mentorstøtte?"), ("p", "Mentorstøtte kan gives efter lov om en aktiv beskæftigelsesindsats § 167 til personer, der har brug for støtte for at kunne gennemføre et tilbud, fastholde et job eller gennemføre en uddannelse. Støtten gives i en periode på højst 6 måneder og kan forlænges efter en konkret vurdering."),
             ("h", "Hvad skal aftalen indeholde?"),
             ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal bistå ved",
                     "varigheden af aftalen og opfølgning, inklusiv mål for progression", "timetallet for mentorstøtten", "klagevejledning"]),
             ("h", "Klage"), ("p", "Borgeren kan klage til kommunen inden fire uger. Kommunen genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")]
    elif sub == "kvalitetsstandard":
        b = [("title", "Kvalitetsstandard for mentorstøtte 2027"),
             ("p", f"{k}. Godkendt i Beskæftigelsesudvalget."),
             ("h", "Lovgrundlag"), ("p", "Lov om en aktiv beskæftigelsesindsats kapitel 26, §§ 167-171."),
             ("h", "Serviceniveau"),
             ("table", [["Niveau", "Timer", "Opfølgning"], ["1", "0-1 time pr. uge", "hver 3. måned"], ["2", "1-2 timer pr. uge", "hver måned"], ["3", "mere end 2 timer pr. uge", "hver måned"]]),
             ("p", "Der evalueres altid 14 dage før støtteperioden ophører. Mentorstøtte bevilges for højst 6 måneder ad gangen."),
             ("h", "Klageadgang"), ("p", "Afgørelser kan påklages til kommunen inden 4 uger; fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")]
    elif sub == "klub-mentoraftale":
        club = rng.choice(["FC Egebjerg Ungdom", "Svendborg Håndboldklub", "Viborg Svømmeklub"])
        b = [("title", f"Mentoraftale – {club}"),
             ("p", f"Aftalen er indgået mellem {club} og spilleren {c_full} (U17) med forældres samtykke."),
             ("h", "Formål"), ("p", f"{c} får en voksen mentor i klubben, der hjælper med at balancere skole og træning, så {c} gennemfører 10. klasse."),
             ("h", "Mentor"), ("p", f"{mentor}, ungdomstræner, tlf. {phone(rng)}"),
             ("h", "Hvad laver vi sammen"), ("ul", ["en samtale efter træning hver anden uge", "hjælp til lektieplan i kampperioder"]),
             ("h", "Varighed"), ("p", "Sæsonen 2026/27 (august til juni)."),
             ("p", "Aftalen er frivillig og kan opsiges af begge parter. Klubben modtager ikke offentlig støtte til ordningen.")]
    elif sub == "friskole-mentoraftale":
        b = [("title", "Mentoraftale – Lindegårdens Friskole"),
             ("p", f"Elev: {c_full}, 8. klasse. Mentor: {mentor} (lærer), {email_of(mentor, 'lindegaarden friskole')}"),
             ("h", "Mål"), ("p", f"{c} afleverer alle opgaver i dansk og matematik til tiden og forbereder sig til 9. klasses prøver."),
             ("h", "Aftale"), ("p", "Mentor og elev mødes hver tirsdag 14.00-14.45 resten af skoleåret (til 20. juni 2027). Forældrene orienteres ved skole-hjem-samtalen."),
             ("p", "Ordningen er skolens egen og ikke en kommunal ydelse.")]
    elif sub == "pjece":
        b = [("title", "Har du brug for en mentor?"),
             ("p", f"{k} kan give dig en mentor, hvis du har brug for støtte for at komme i job eller uddannelse."),
             ("h", "Hvad kan en mentor hjælpe med?"), ("ul", ["at komme godt i gang på en arbejdsplads", "at holde styr på aftaler", "at finde vej i uddannelsessystemet"]),
             ("h", "Hvor længe?"), ("p", "Typisk op til 6 måneder ad gangen. Du og din mentor aftaler, hvor mange timer I ses."),
             ("h", "Hvordan får jeg en mentor?"), ("p", "Tal med din sagsbehandler. Hvis du får afslag, kan du klage inden fire uger."),
             ("p", f"Ring til Borgerservice på {phone(rng)}")]
    elif sub == "mail-moede":
        b = [("p", f"Hej {mentor}"),
             ("p", f"Vil du bekræfte, at vi holder statusmøde om {c}s mentorforløb torsdag den 12. november kl. 13.00 i jobcentret, mødelokale 2? {c} har selv sagt ja."),
             ("p", "Vi gennemgår målene og timetallet, og om der skal søges forlængelse."),
             ("p", f"Venlig hilsen\n{person(rng)}\nSagsbehandler, {k}\nTlf. {phone(rng)}")]
    elif sub == "klage-borger":
        b = [("p", f"Til {k}"), ("title", "Klage over min mentor"),
             ("p", f"Jeg hedder {c_full}" + (f", cpr {cprv}" if cprv else "") + f". Jeg har haft {mentor} fra {prov} som mentor siden september. Hun er kommet for sent tre gange og har aflyst to møder uden at sige det."),
             ("p", "Jeg vil gerne have en ny mentor, og jeg vil gerne vide, hvad I gør ved det. Jeg har stadig brug for hjælp til at komme i praktik."),
             ("p", f"Med venlig hilsen {c_full}")]
    else:
        raise ValueError(sub)
    return b, {"layout": "mixed", "subtype": sub, "period": None, "cpr": cprv}


# ---------------------------------------------------------------- renderers

def to_text(blocks, wrap: int = 0) -> str:
    out = []
    for kind, v in blocks:
        if kind == "title":
            out.append(v.upper() if wrap else v)
            out.append("")
        elif kind == "h":
            out.append(v)
        elif kind == "p":
            for line in v.split("\n"):
                out.extend(textwrap.wrap(line, wrap) if wrap else [line])
            out.append("")
        elif kind == "ul":
            out.extend(f"- {i}" for i in v)
            out.append("")
        elif kind == "table":
            w = max(len(r[0]) for r in v) + 2
            for r in v:
                out.append(r[0].ljust(w) + "  ".join(r[1:]))
            out.append("")
    return "\n".join(out) + "\n"


def to_html(blocks, style: str) -> str:
    parts = []
    for kind, v in blocks:
        if kind == "title":
            parts.append(f"<h1>{escape(v)}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{escape(v)}</h2>")
        elif kind == "p":
            parts.append("<p>" + "<br>".join(escape(x) for x in v.split("\n")) + "</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in v) + "</ul>")
        elif kind == "table":
            if style == "dl":
                parts.append("<dl>" + "".join(f"<dt>{escape(r[0])}</dt><dd>{escape(' '.join(r[1:]))}</dd>" for r in v) + "</dl>")
            elif style == "divs":
                parts.append("".join(f'<div class="row"><div class="lbl"><span>{escape(r[0])}</span></div><div class="val"><div>{escape(" ".join(r[1:]))}</div></div></div>' for r in v))
            else:
                parts.append("<table border=1>" + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in v) + "</table>")
    return ('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Dokument</title>'
            '<style>body{font-family:Arial;margin:2em} .row{display:flex} .lbl{width:14em;font-weight:bold}</style>'
            '<script>var sessionTimeout = "Mål Mentor Timetal Periode";</script></head><body>'
            + "\n".join(parts) + "</body></html>")


def to_docx(blocks, path: Path, footer: str | None) -> None:
    import docx
    d = docx.Document()
    for kind, v in blocks:
        if kind == "title":
            d.add_heading(v, level=1)
        elif kind == "h":
            d.add_heading(v, level=2)
        elif kind == "p":
            d.add_paragraph(v)
        elif kind == "ul":
            for i in v:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(v[0]))
            t.style = "Table Grid"
            for r in v:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(str(path))


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def to_rtf(blocks, footer: str | None) -> str:
    out = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}"]
    if footer:
        out.append(r"{\footer \pard\qc\fs16 " + rtf_escape(footer) + r"\par}")
    for kind, v in blocks:
        if kind in ("title", "h"):
            out.append(r"\pard\b\fs" + ("32 " if kind == "title" else "26 ") + rtf_escape(v) + r"\b0\fs22\par")
        elif kind == "p":
            out.append(r"\pard\fs22 " + rtf_escape(v) + r"\par")
        elif kind == "ul":
            out.extend(r"\pard\fi-280\li560 \bullet\tab " + rtf_escape(i) + r"\par" for i in v)
        elif kind == "table":
            for r in v:
                row = r"\trowd\cellx3000\cellx9000" if len(r) == 2 else r"\trowd" + "".join(rf"\cellx{2200 * (i + 1)}" for i in range(len(r)))
                out.append(row + " " + "".join(r"\pard\intbl " + rtf_escape(c) + r"\cell " for c in r) + r"\row")
            out.append(r"\pard\par")
    out.append("}")
    return "\n".join(out)


def to_reportlab(blocks, path: Path, sidebar: str | None) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, ListFlowable, ListItem
    from reportlab.lib.units import cm
    ss = getSampleStyleSheet()
    story = []
    for kind, v in blocks:
        if kind == "title":
            story.append(Paragraph(escape(v), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(escape(v), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(escape(v).replace("\n", "<br/>"), ss["BodyText"]))
        elif kind == "ul":
            story.append(ListFlowable([ListItem(Paragraph(escape(i), ss["BodyText"])) for i in v], bulletType="bullet"))
        elif kind == "table":
            story.append(Table([[Paragraph(escape(c), ss["BodyText"]) for c in r] for r in v],
                               colWidths=[4.5 * cm] + [(11.5 / (len(v[0]) - 1)) * cm] * (len(v[0]) - 1)))
            story.append(Spacer(1, 8))

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, f"Side {doc.page}")
        if sidebar:
            y = 27 * cm
            for line in sidebar.split("\n"):
                canvas.drawString(0.6 * cm, y, line)
                y -= 0.4 * cm
        canvas.restoreState()
    left = 4.5 * cm if sidebar else 2 * cm
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=left).build(story, onFirstPage=deco, onLaterPages=deco)


def to_eml(blocks, subject: str, rng: Rng) -> bytes:
    m = EmailMessage()
    m["From"] = f"{person(rng)} <sagsbehandler@kommune.dk>"
    m["To"] = f"{person(rng)} <mentor@leverandoer.dk>"
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 10, rng.randrange(1, 28), 9, 14, tzinfo=timezone.utc))
    m.set_content(to_text(blocks))
    return bytes(m)


# ---------------------------------------------------------------- plan

UNKNOWN_SUBS = ["referat", "faktura", "statusrapport", "vejledning", "kvalitetsstandard", "klub-mentoraftale",
                "friskole-mentoraftale", "pjece", "mail-moede", "klage-borger"]
AG_DEFECTS = [["missing-hours"], ["missing-mentor"], ["missing-follow-up"], ["unclear-goal"],
              ["duration-over-6-months"], ["missing-appeal-guidance"], ["missing-tasks"], ["missing-goal"]]
MP_DEFECTS = [["missing-hours"], ["missing-mentor"], ["unclear-goal"], ["duration-over-6-months"], ["missing-tasks"]]
DEC_DEFECTS = [["missing-appeal-guidance"], ["duration-over-6-months"], ["missing-appeal-guidance"], ["duration-over-6-months"], ["missing-appeal-guidance"]]


def build_plan(rng: Rng):
    plan = []
    fm_ag = ["docx", "pdf-lo", "pdf-rl", "pdf-chrome", "html", "txt", "rtf", "eml"]
    for i in range(25):
        d = AG_DEFECTS[i] if i < len(AG_DEFECTS) else []
        plan.append(("agreement", d, fm_ag[i % len(fm_ag)]))
    fm_mp = ["pdf-chrome", "html", "txt", "html", "pdf-rl"]
    for i in range(15):
        d = MP_DEFECTS[i] if i < len(MP_DEFECTS) else []
        plan.append(("minplan", d, fm_mp[i % len(fm_mp)]))
    fm_dec = ["docx", "pdf-lo", "pdf-rl", "rtf", "eml", "txt"]
    for i in range(15):
        d = DEC_DEFECTS[i] if i < len(DEC_DEFECTS) else []
        plan.append(("decision", d, fm_dec[i % len(fm_dec)]))
    fm_un = ["docx", "pdf-lo", "pdf-rl", "pdf-chrome", "html", "txt", "rtf", "eml"]
    for i in range(36):
        sub = UNKNOWN_SUBS[i % len(UNKNOWN_SUBS)]
        fmt = "eml" if sub == "mail-moede" else fm_un[(i * 3) % len(fm_un)]
        plan.append(("unknown", [], fmt))
    rng.shuffle(plan)
    return plan


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    out = ap.parse_args().out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = Rng(SEED)
    plan = build_plan(rng)
    entries, lo_jobs, chrome_jobs = [], [], []
    tmp = Path(tempfile.mkdtemp(prefix="cc_"))
    sub_i = 0
    for n, (kind, defects, fmt) in enumerate(plan):
        if kind == "agreement":
            blocks, meta = agreement(rng, defects)
        elif kind == "minplan":
            blocks, meta = minplan(rng, defects)
            # Min Plan copy-paste into txt: keep as is
        elif kind == "decision":
            blocks, meta = decision(rng, defects)
        else:
            blocks, meta = unknown(rng, UNKNOWN_SUBS[sub_i % len(UNKNOWN_SUBS)])
            sub_i += 1
        folder = out / f"mappe-{n // 20 + 1:02d}"
        folder.mkdir(exist_ok=True)
        stem = f"{n:03d}-{meta['subtype']}"
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-chrome": "pdf"}.get(fmt, fmt)
        path = folder / f"{stem}.{ext}"
        footer = None
        if kind in ("agreement", "decision") and rng.random() < 0.5:
            footer = f"{rng.choice(KOMMUNER)} · Rådhustorvet 1 · Side 1 af 1"
        traits = [f"fmt:{fmt}"] + [f"defect:{d}" for d in defects]
        if fmt == "docx":
            to_docx(blocks, path, footer)
        elif fmt == "pdf-lo":
            src = tmp / f"{stem}.docx"
            to_docx(blocks, src, footer)
            lo_jobs.append((src, path))
        elif fmt == "pdf-rl":
            sidebar = None
            if rng.random() < 0.5:
                sidebar = "Jobcenter\nRådhusvej 2\nTlf. 72 36 00 00\nÅbent man-fre 9-14"
                traits.append("sidebar")
            to_reportlab(blocks, path, sidebar)
        elif fmt == "pdf-chrome":
            style = rng.choice(["dl", "divs", "table"])
            chrome_jobs.append((to_html(blocks, style), path))
        elif fmt == "html":
            style = rng.choice(["dl", "divs", "table"])
            traits.append(f"html:{style}")
            path.write_text(to_html(blocks, style), encoding="utf-8")
        elif fmt == "txt":
            wrap = rng.choice([0, 72])
            if wrap:
                traits.append("hard-wrapped")
            path.write_text(to_text(blocks, wrap), encoding="utf-8")
        elif fmt == "rtf":
            path.write_text(to_rtf(blocks, footer), encoding="ascii")
        elif fmt == "eml":
            title = next((v for k, v in blocks if k == "title"), "Vedr. mentorforløb")
            path.write_bytes(to_eml(blocks, title, rng))
        e = {"path": str(path.relative_to(out)), "kind": kind, "format": ext,
             "layout": meta["layout"] if fmt != "eml" else "email", "subtype": meta["subtype"],
             "rules": sorted(defects), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [meta["cpr"]] if meta["cpr"] else [],
             "traits": traits + (["cpr"] if meta["cpr"] else []) + (["not-a-mentor-document-kind"] if kind == "unknown" else [])}
        if meta["period"]:
            e["period"] = {"start": meta["period"][0].isoformat(), "end": meta["period"][1].isoformat()}
        entries.append(e)
    if lo_jobs:
        conv = tmp / "lo_out"
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cc_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(conv)] + [str(s) for s, _ in lo_jobs],
                       check=True, capture_output=True, timeout=600)
        for src, dst in lo_jobs:
            shutil.move(str(conv / (src.stem + ".pdf")), dst)
    if chrome_jobs:
        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            br = p.chromium.launch(executable_path="/usr/bin/chromium")
            page = br.new_page()
            for html, dst in chrome_jobs:
                page.set_content(html)
                page.pdf(path=str(dst), format="A4")
            br.close()
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
