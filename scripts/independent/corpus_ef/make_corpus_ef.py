#!/usr/bin/env python3
"""Corpus ef: mentor-support decision letters (afgørelser) as Danish case systems print them.

Deterministic. Usage: make_corpus_ef.py --out /work/corpora/ef [--seed 1101]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Viborg", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87"),
    ("Horsens", "Rådhustorvet 4", "8700 Horsens", "76 29 29 29"),
    ("Næstved", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88"),
    ("Svendborg", "Ramsherred 5", "5700 Svendborg", "62 23 30 00"),
    ("Hjørring", "Springvandspladsen 5", "9800 Hjørring", "72 33 33 33"),
    ("Slagelse", "Dahlsvej 3", "4200 Slagelse", "58 57 36 00"),
    ("Holstebro", "Kirkestræde 11", "7500 Holstebro", "96 11 75 00"),
    ("Randers", "Laksetorvet 1", "8900 Randers C", "89 15 15 15"),
    ("Aabenraa", "Skelbækvej 2", "6200 Aabenraa", "73 76 76 76"),
    ("Frederikshavn", "Rådhus Allé 100", "9900 Frederikshavn", "98 45 50 00"),
    ("Guldborgsund", "Parkvej 37", "4800 Nykøbing F", "54 73 10 00"),
    ("Kolding", "Akseltorv 1", "6000 Kolding", "79 79 79 79"),
    ("Ringkøbing-Skjern", "Ved Fjorden 6", "6950 Ringkøbing", "99 74 24 24"),
    ("Faaborg-Midtfyn", "Tinghøj Allé 2", "5750 Ringe", "72 53 20 00"),
]
FIRST = ["Mette", "Jonas", "Sara", "Ahmed", "Louise", "Kasper", "Fatima", "Mikkel", "Camilla", "Emil",
         "Nadia", "Rasmus", "Line", "Oliver", "Signe", "Tobias", "Amalie", "Hassan", "Julie", "Frederik",
         "Bo", "Hanne", "Yusuf", "Karina", "Nikolaj", "Ida", "Patrick", "Sofie", "Dennis", "Maja"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Mortensen", "Kjær", "Bach", "Holm", "Lund", "Dahl", "Yilmaz", "Ali"]
STREETS = ["Skovvej", "Møllegade", "Engvej", "Søndergade", "Birkevænget", "Kastanievej", "Vestergade",
           "Toftevej", "Lærkevej", "Havnegade"]
PROVIDERS = ["Jobhuset", "Mentorhuset ApS", "Bro til Job", "LærDansk Mentor", "Kompetencecenter Øst",
             "Virksomhedscentret", "Ungeenheden", "Social Indsats Mentor", "Fremtidens Vej", "Nordisk Mentor"]
GOALS = [
    "at {fn} starter på grundforløb 1 til SOSU-hjælper i august 2026 og møder mindst fire dage om ugen",
    "at {fn} er i virksomhedspraktik 15 timer om ugen i Netto senest 1. juni 2026 med henblik på løntilskud",
    "at {fn} gennemfører 10. klasse på VUC med fremmøde på mindst 90 % og søger ind på en erhvervsuddannelse",
    "at {fn} fastholder sit fleksjob på lageret hos Bygma 12 timer om ugen",
    "at {fn} kommer i ordinær deltidsbeskæftigelse på 20 timer om ugen inden for rengøring",
    "at {fn} gennemfører første semester på pædagoguddannelsen på VIA",
    "at {fn} er i løntilskud hos Kommunens Materielgård 25 timer om ugen fra maj 2026",
    "at {fn} starter på FGU Produktionsgrunduddannelse (PGU) og møder stabilt fire dage om ugen",
]
TASKS = [
    "følge {fn} til praktikstedet de første to uger og holde en ugentlig samtale om fremmøde og transport",
    "hjælpe {fn} med struktur på hverdagen, morgenrutiner og at møde til tiden",
    "støtte {fn} i kontakten med kolleger og leder på arbejdspladsen og tage fat i problemer tidligt",
    "hjælpe {fn} med lektieplan, kontakt til studievejleder og fremmøde på skolen",
    "ledsage {fn} til samtaler og hjælpe med at holde styr på aftaler i kalenderen",
]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError


def end_of(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fd(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def frange(s: dt.date, e: dt.date, rng: random.Random) -> str:
    style = rng.choice(["words", "words", "dots", "slash", "abbr", "iso"])
    sep = rng.choice([" – ", " til ", "-", " - "]) if style not in ("words", "abbr") else rng.choice([" – ", " til "])
    if rng.random() < 0.2 and style == "words":
        return f"fra og med {fd(s, 'words')} til og med {fd(e, 'words')}"
    return f"{fd(s, style)}{sep}{fd(e, style)}"


def fake_cpr(rng: random.Random) -> str:
    y = rng.randint(60, 99) if rng.random() < 0.6 else rng.randint(0, 6)
    d = dt.date(1900 + y if y > 20 else 2000 + y, rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------- appeal guidance variants
def appeal_blocks(kind: str, k: dict, rng: random.Random, date: dt.date) -> list:
    body = "kommunen" if date >= dt.date(2026, 2, 1) else "Jobcentret"
    kn = k["name"]
    if kind == "good_faxe":
        return [("h", rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])),
                ("p", f"Hvis du ikke er enig i afgørelsen, skal du klage til {kn} Kommune inden fire uger "
                      f"efter, at du har modtaget dette brev. Kommunen skal så genvurdere afgørelsen inden "
                      f"fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver "
                      f"din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen."),
                ("p", f"Du kan klage skriftligt via Digital Post eller mundtligt ved at ringe på {k['tlf']}. "
                      f"Du behøver ikke at begrunde din klage.")]
    if kind == "good_short":
        return [("h", "Klageadgang"),
                ("p", f"Du kan klage over afgørelsen til Jobcenter {kn} inden 4 uger fra den dag, du har "
                      f"modtaget afgørelsen. Vi vurderer sagen igen. Giver vi dig ikke medhold, sender vi "
                      f"klagen og sagens akter videre til Ankestyrelsen, jf. lov om en aktiv "
                      f"beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.")]
    if kind == "good_page":
        return [("pb",), ("h", "Vejledning om klage"),
                ("p", "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats. Du kan klage over "
                      "afgørelsen til Ankestyrelsen, men klagen skal sendes til os."),
                ("h2", "Frist"),
                ("p", "Klagen skal være modtaget senest 4 uger efter, at du har fået afgørelsen. Kommer din "
                      "klage for sent, kan den som hovedregel ikke behandles."),
                ("h2", "Hvordan klager du?"),
                ("p", f"Du kan klage skriftligt eller mundtligt til {kn} Kommune, {k['adr']}, {k['by']}, "
                      f"tlf. {k['tlf']}, eller via borger.dk. Skriv gerne dit sagsnummer. Du behøver ikke at "
                      f"begrunde klagen."),
                ("h2", "Hvad sker der med din klage?"),
                ("p", "Når vi modtager din klage, genvurderer vi afgørelsen, jf. retssikkerhedslovens § 66. "
                      "Hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen senest 4 uger "
                      "efter, at vi har modtaget den. Du får besked, når klagen er sendt videre."),
                ("p", "Lovgrundlag: Lov om en aktiv beskæftigelsesindsats § 204 og lov om retssikkerhed og "
                      "administration på det sociale område §§ 66-67.")]
    if kind == "wrong":
        return [("h", rng.choice(["Klagevejledning", "Klagemulighed"])),
                ("p", rng.choice([
                    "Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen. Klagen skal være "
                    "modtaget i Ankestyrelsen senest 4 uger efter, at du har modtaget denne afgørelse. Du "
                    "klager nemmest via borger.dk under 'Klag til Ankestyrelsen'.",
                    "Du kan indbringe afgørelsen for Ankestyrelsen, Beskæftigelsesudvalget, inden fire uger. "
                    "Send din klage direkte til Ankestyrelsen, 7998 Statsservice, eller via ast.dk."]))]
    if kind == "incomplete":
        return [("h", rng.choice(["Klagevejledning", "Klage"])),
                ("p", rng.choice([
                    "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
                    "Er du ikke enig, har du mulighed for at klage. Du kan læse mere om dine klagemuligheder "
                    "på borger.dk.",
                    "Hvis du vil klage, skal du skrive til os. Husk at oplyse dit sagsnummer."]))]
    if kind == "other":
        return rng.choice([
            [("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
             ("p", f"Du kan klage over afgørelsen om befordringsgodtgørelse til {kn} Kommune inden 4 uger. "
                   f"Kommunen genvurderer afgørelsen, og fastholdes den, sendes klagen til Ankestyrelsen.")],
            [("h", "Klagevejledning"),
             ("p", f"Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85: Du kan klage "
                   f"til {kn} Kommune inden 4 uger. Kommunen genvurderer sagen og sender en fastholdt "
                   f"afgørelse videre til Ankestyrelsen.")],
            [("h", "Sådan klager du over afgørelsen om sygedagpenge"),
             ("p", f"Hvis du vil klage over afgørelsen om sygedagpenge, skal du klage til {kn} Kommune, "
                   f"Sygedagpengeafdelingen, inden fire uger. Kommunen genvurderer afgørelsen, og hvis den "
                   f"fastholdes, sendes klagen til Ankestyrelsen.")],
        ])
    if kind == "missing":
        return []
    raise ValueError(kind)


# ---------------------------------------------------------------- a decision letter
def person(rng):
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    return fn, ln


def letterhead(k, date, rng, cit, cpr, sagsnr, sb):
    style = rng.choice(["jobcenter", "kommune", "afdeling"])
    if style == "jobcenter" or date < dt.date(2026, 2, 1):
        sender = f"Jobcenter {k['name']}"
    elif style == "kommune":
        sender = f"{k['name']} Kommune"
    else:
        sender = f"{k['name']} Kommune · Beskæftigelse og Uddannelse"
    ref_label = rng.choice(["Sagsnr.", "J.nr.", "Journalnr.", "Sags-ID"])
    kv = [("Afsender", f"{sender}, {k['adr']}, {k['by']}"),
          ("Dato", fd(date, rng.choice(["words", "dots"]))),
          (ref_label, sagsnr)]
    if rng.random() < 0.5:
        kv.append(("Dok.nr.", f"{rng.randint(100000, 999999)}-{date.year % 100}"))
    kv.append(("Sagsbehandler", f"{sb}, direkte tlf. {rng.randint(20,99)} {rng.randint(10,99)} "
                                f"{rng.randint(10,99)} {rng.randint(10,99)}"))
    blocks = [("kv", kv), ("p", f"{cit['name']}\n{cit['street']}\n{cit['by']}")]
    if cpr:
        blocks.append(("p", rng.choice(["CPR-nr.: ", "Cpr.nr. ", "Personnummer: "]) + cpr))
    return sender, blocks


def agreement_blocks(a, rng, inline: bool):
    head = "Bilag 1: Aftale om mentorstøtte" if not inline else "Aftalen om din mentorstøtte"
    rows = [("Målet med mentorstøtten", a["goal"][0].upper() + a["goal"][1:]),
            ("Mentor", a["mentor"]),
            ("Mentorens opgaver", a["tasks"][0].upper() + a["tasks"][1:]),
            ("Periode", a["period"]),
            ("Timetal", a["hours"]),
            ("Opfølgning", a["follow"])]
    out = [] if inline else [("pb",)]
    out.append(("h", head))
    if rng.random() < 0.5:
        out.append(("kv", rows))
    else:
        for k, v in rows:
            out.append(("p", f"{k}: {v}"))
    return out


def make_decision(i, rng, plan):
    sub = plan["sub"]
    k = dict(zip(["name", "adr", "by", "tlf"], rng.choice(KOMMUNER)))
    date = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)) if rng.random() < 0.85 else \
        dt.date(2025, rng.randint(6, 12), rng.randint(1, 28))
    fn, ln = person(rng)
    cit = {"name": f"{fn} {ln}", "street": f"{rng.choice(STREETS)} {rng.randint(1, 80)}",
           "by": k["by"]}
    cpr = fake_cpr(rng) if plan["cpr"] else None
    sagsnr = rng.choice([f"15.00.00-G01-{rng.randint(100, 9999)}-{date.year % 100}",
                         f"27.12.08-K08-{rng.randint(1, 999)}-{date.year % 100}",
                         f"{date.year}-{rng.randint(10000, 99999)}",
                         f"S{date.year}-{rng.randint(1000, 9999)}"])
    sb = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    sender, blocks = letterhead(k, date, rng, cit, cpr, sagsnr, sb)
    mfn, mln = person(rng)
    prov = rng.choice(PROVIDERS)
    mentor = f"{mfn} {mln}, {prov}, tlf. {rng.randint(20,99)} {rng.randint(10,99)} {rng.randint(10,99)} " \
             f"{rng.randint(10,99)}, {mfn.lower()}@{prov.split()[0].lower()}.dk"
    start = date + dt.timedelta(days=rng.randint(3, 20))
    if rng.random() < 0.5:
        start = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    over = plan["over6"]
    months = rng.choice([7, 8, 9, 12]) if over else rng.choice([3, 4, 6, 6, 6])
    end = end_of(start, months)
    if over and rng.random() < 0.3:  # one day over the limit
        end = end_of(start, 6) + dt.timedelta(days=1)
    hours = rng.choice([1, 2, 3, 4, 5, 6])
    hours_txt = rng.choice([f"{hours} timer pr. uge", f"{hours} timer om ugen", f"{hours} t/uge",
                            f"{hours*4} timer om måneden"])
    goal = rng.choice(GOALS).format(fn=fn)
    tasks = rng.choice(TASKS).format(fn=fn)
    period = frange(start, end, rng)
    traits = [f"sub:{sub}", f"appeal:{plan['appeal']}"]
    period_label = {"start": start.isoformat(), "end": end.isoformat()}
    lab_ref = rng.choice(["§ 167, stk. 1, i lov om en aktiv beskæftigelsesindsats",
                          "LAB § 167", "lov om en aktiv beskæftigelsesindsats § 167, stk. 1",
                          "beskæftigelseslovens § 167", "§ 31 b i lov om en aktiv beskæftigelsesindsats"
                          if date.year < 2026 else "LAB kap. 26, § 167"])
    title = {
        "grant": rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                             "Du får bevilget mentorstøtte", "Afgørelse – mentor"]),
        "partial": rng.choice(["Afgørelse om mentorstøtte", "Afgørelse om din ansøgning om mentor",
                               "Delvis bevilling af mentorstøtte"]),
        "refusal": rng.choice(["Afslag på mentorstøtte", "Afgørelse om mentorstøtte",
                               "Afgørelse vedrørende ansøgning om mentorstøtte"]),
        "extension": rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte",
                                 "Afgørelse om ny periode med mentorstøtte"]),
        "end": rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte",
                           "Afgørelse: Din mentorstøtte stopper"]),
        "udskr": "Afgørelse om udskrivningskoordinator",
    }[sub]
    blocks.append(("title", title))
    greet = rng.choice([f"Kære {fn}", f"Til {fn} {ln}", f"Hej {fn}", None])
    if greet:
        blocks.append(("p", greet))
    reasons = plan["reasons"]
    agreement = {"goal": goal, "mentor": mentor, "tasks": tasks, "period": period, "hours": hours_txt,
                 "follow": rng.choice(["Statusmøde med mentor og sagsbehandler hver måned og evaluering "
                                       "14 dage før støtten ophører.",
                                       "Opfølgningssamtale hver 6. uge; delmål: fremmøde fire dage om ugen.",
                                       "Vi følger op hver måned og måler progression på fremmøde."])}
    attach = None
    if sub == "grant":
        op = rng.choice([
            f"Vi har besluttet at bevilge dig mentorstøtte i perioden {period}.",
            f"Afgørelse\nDu får bevilget mentorstøtte fra {fd(start, 'words')} til {fd(end, 'words')}.",
            f"Du har søgt om mentorstøtte, og vi har bevilget din ansøgning. Støtten gælder {period}.",
        ])
        blocks.append(("p", op))
        blocks.append(("p", f"Du får {hours_txt} sammen med din mentor, {mentor}."))
        if reasons:
            blocks += [("h", "Begrundelse"),
                       ("p", f"Vi har lagt vægt på, at du har brug for støtte for at nå målet, som er {goal}. "
                             f"Afgørelsen er truffet efter {lab_ref}.")]
        attach = rng.choice(["bilag", "inline", None])
    elif sub == "partial":
        asked_h = hours + rng.randint(2, 5)
        asked_m = rng.choice([9, 12])
        if over:
            op = (f"Du har søgt om mentorstøtte {asked_h} timer om ugen. Vi har besluttet at bevilge dig "
                  f"mentorstøtte i færre timer, end du har søgt om: {hours_txt} i perioden {period}.")
        else:
            op = rng.choice([
                f"Du har søgt om mentorstøtte i {asked_m} måneder. Vi har besluttet at bevilge dig "
                f"mentorstøtte i perioden {period}, dvs. en kortere periode end du søgte om.",
                f"Du har søgt om {asked_h} timers mentorstøtte om ugen. Vi bevilger delvist: du får "
                f"{hours_txt} i perioden {period}.",
            ])
            traits.append("asked-longer" if "måneder" in op.split(".")[0] else "asked-more-hours")
        blocks.append(("p", op))
        blocks.append(("p", f"Din mentor er {mentor}."))
        if reasons:
            blocks += [("h", "Begrundelse"),
                       ("p", f"Efter {lab_ref} kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har "
                             f"lagt vægt på oplysningerne fra din samtale med sagsbehandleren, hvor det kom "
                             f"frem, at du allerede har støtte fra skolens elevcoach. Vi vurderer derfor, at "
                             f"{hours_txt} er tilstrækkeligt til, at du kan nå målet.")]
        attach = rng.choice(["bilag", None])
    elif sub == "refusal":
        asked = rng.random() < 0.5
        if asked:
            a_end = end_of(start, 12)
            op = (f"Du har søgt om mentorstøtte fra {fd(start, 'words')} til {fd(a_end, 'words')}. "
                  f"Vi har besluttet at give dig afslag på mentorstøtte.")
            traits.append("asked-range-12m")
        else:
            op = rng.choice(["Vi har besluttet at give dig afslag på din ansøgning om mentorstøtte.",
                             "Afgørelse\nDu kan ikke få bevilget mentorstøtte."])
        blocks.append(("p", op))
        if reasons:
            blocks += [("h", "Begrundelse"),
                       ("p", f"Mentorstøtte kan efter {lab_ref} gives, når det er nødvendigt for, at du kan "
                             f"gennemføre en aktivitet eller fastholde et job. Vi har lagt vægt på, at du "
                             f"allerede får støtte fra en SPS-støtteperson på skolen, og at den støtte dækker "
                             f"dit behov. Vi har også lagt vægt på, at du ifølge din egen beskrivelse møder "
                             f"stabilt.")]
        over = False
        period_label = None
    elif sub == "extension":
        prev_s = add_months(start, -6)
        blocks.append(("p", rng.choice([
            f"Din mentorstøtte udløber snart. Vi har besluttet at forlænge din mentorstøtte i en ny "
            f"periode {period}.",
            f"Vi har vurderet din sag og forlænger mentorstøtten. Den nye periode er {period}. Din "
            f"tidligere periode var {fd(prev_s, 'words')} – {fd(start - dt.timedelta(days=1), 'words')}."])))
        blocks.append(("p", f"Du fortsætter med {hours_txt}. Din mentor er stadig {mentor}."))
        if reasons:
            blocks += [("h", "Begrundelse"),
                       ("p", f"Efter {lab_ref} kan du efter en konkret vurdering få mentorstøtte i en ny "
                             f"periode. Vi har lagt vægt på statusrapporten fra din mentor, som viser, at du "
                             f"er godt på vej, men stadig har brug for støtte til at fastholde praktikken.")]
        attach = rng.choice(["bilag", None, None])
    elif sub == "end":
        prev_s = add_months(date, -4)
        stop = date + dt.timedelta(days=rng.randint(7, 21))
        prev_e = end_of(prev_s, 6)
        shows_prev = rng.random() < 0.5
        blocks.append(("p", f"Din mentorstøtte, som blev bevilget for perioden {frange(prev_s, prev_e, rng)}, "
                            f"ophører {fd(stop, 'den')}." if shows_prev else
                            f"Vi har besluttet, at din mentorstøtte stopper {fd(stop, 'den')}."))
        if reasons:
            blocks += [("h", "Begrundelse"),
                       ("p", f"Vi har lagt vægt på, at du er startet i ordinært job og ikke længere har brug "
                             f"for støtte. Mentorstøtte kan kun gives, når den er nødvendig, jf. {lab_ref}.")]
        over = False
        period_label = {"start": prev_s.isoformat(), "end": prev_e.isoformat()} if shows_prev else None
        traits.append("end:earlier-period-shown" if shows_prev else "end:stop-date-only")
    elif sub == "udskr":
        dis = start + dt.timedelta(days=rng.randint(60, 85))
        end = end_of(start, 9)
        period = f"{fd(start, 'words')} – {fd(end, 'words')}"
        period_label = {"start": start.isoformat(), "end": end.isoformat()}
        blocks.append(("p", f"Du er indlagt på psykiatrisk afdeling og forventes udskrevet omkring "
                            f"{fd(dis, 'words')}. Du har ret til en udskrivningskoordinator efter LAB § 167, "
                            f"stk. 2, fra op til 3 måneder før udskrivningen og i mindst 6 måneder i alt. Vi har "
                            f"bevilget dig en udskrivningskoordinator i perioden {period}."))
        blocks.append(("p", f"Din koordinator er {mentor}. I mødes {hours_txt}."))
        traits.append("udskrivningskoordinator-9m")
        over = False
    if over:
        traits.append("period:over6")
    if attach == "inline":
        blocks += agreement_blocks(agreement, rng, True)
        traits.append("agreement:inline")
    appeal = appeal_blocks(plan["appeal"], k, rng, date)
    page_appeal = plan["appeal"] == "good_page"
    if not page_appeal:
        blocks += appeal
    blocks.append(("p", rng.choice(["Med venlig hilsen", "Venlig hilsen"]) + f"\n{sb}\n{sender}"))
    if attach == "bilag":
        blocks += agreement_blocks(agreement, rng, False)
        traits.append("agreement:bilag1")
    if page_appeal:
        blocks += appeal
    rules = []
    if plan["appeal"] in ("missing", "incomplete", "other"):
        rules.append("missing-appeal-guidance")
    if over:
        rules.append("duration-over-6-months")
    extras = []
    if plan["appeal"] == "wrong":
        extras.append("appeal-wrong-route")
    if sub in ("partial", "refusal", "end") and not reasons:
        extras.append("missing-reasons")
    return dict(title=title, blocks=blocks, rules=sorted(rules), extras=extras, traits=traits,
                cpr=cpr, period=period_label, sender=sender, date=date, kind="decision", subtype=sub,
                cit=cit, k=k, sagsnr=sagsnr)


# ---------------------------------------------------------------- near misses
def make_unknown(i, rng, fam, with_cpr):
    k = dict(zip(["name", "adr", "by", "tlf"], rng.choice(KOMMUNER)))
    date = dt.date(2026, rng.randint(2, 10), rng.randint(1, 28))
    fn, ln = person(rng)
    cit = {"name": f"{fn} {ln}", "street": f"{rng.choice(STREETS)} {rng.randint(1, 80)}", "by": k["by"]}
    cpr = fake_cpr(rng) if with_cpr else None
    sagsnr = f"15.00.00-G01-{rng.randint(100, 9999)}-26"
    sb = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    sender, blocks = letterhead(k, date, rng, cit, cpr, sagsnr, sb)
    mfn, mln = person(rng)
    if fam == "hearing":
        title = rng.choice(["Partshøring – mentorstøtte", "Varsel om afgørelse: Vi vil høre dig, før vi "
                            "træffer afgørelse", "Partshøring vedr. din ansøgning om mentor"])
        blocks += [("title", title), ("p", f"Kære {fn}"),
                   ("p", "Vi overvejer at give dig afslag på din ansøgning om mentorstøtte, eller at bevilge "
                         "færre timer, end du har søgt om. Inden vi træffer afgørelse, vil vi give dig mulighed "
                         "for at komme med dine bemærkninger, jf. forvaltningslovens § 19."),
                   ("p", "Vi har lagt vægt på oplysningerne fra din samtale den "
                         f"{fd(date - dt.timedelta(days=10), 'words')}, hvor du fortalte, at du får støtte fra "
                         "en SPS-støtteperson."),
                   ("p", f"Du kan sende dine bemærkninger til os senest {fd(date + dt.timedelta(days=14), 'den')}. "
                         "Hører vi ikke fra dig, træffer vi afgørelse ud fra de oplysninger, vi har."),
                   ("p", "Dette brev er ikke en afgørelse. Du får en afgørelse med klagevejledning, når vi "
                         "har behandlet sagen."),
                   ("p", f"Venlig hilsen\n{sb}\n{sender}")]
    elif fam == "receipt":
        title = rng.choice(["Kvittering for modtagelse af ansøgning", "Vi har modtaget din ansøgning om mentorstøtte"])
        blocks += [("title", title),
                   ("p", f"Vi har {fd(date, 'den')} modtaget din ansøgning om mentorstøtte. Vi forventer at "
                         "træffe afgørelse inden for 4 uger. Har vi brug for flere oplysninger, kontakter vi dig."),
                   ("p", f"Har du spørgsmål, er du velkommen til at ringe til kommunen på {k['tlf']}."),
                   ("p", f"Med venlig hilsen\n{sender}")]
    elif fam == "other_benefit":
        ben, law = rng.choice([("befordringsgodtgørelse", "LAB § 82"),
                               ("hjælp til enkeltudgifter (tandbehandling)", "aktivlovens § 82 a"),
                               ("hjælpemidler på arbejdspladsen", "LAB § 76")])
        title = f"Afgørelse om {ben}"
        blocks += [("title", title), ("p", f"Kære {fn}"),
                   ("p", f"Vi har besluttet at bevilge dig {ben} efter {law}. Beløbet udbetales sammen med "
                         "din næste ydelse."),
                   ("h", "Begrundelse"),
                   ("p", "Vi har lagt vægt på, at udgiften er nødvendig for, at du kan deltage i din "
                         "virksomhedspraktik, og at du ikke selv kan afholde den."),
                   ("h", "Klagevejledning"),
                   ("p", f"Hvis du ikke er enig, kan du klage til {k['name']} Kommune inden 4 uger. Kommunen "
                         "genvurderer afgørelsen, og fastholder vi den, sendes klagen videre til Ankestyrelsen."),
                   ("p", f"Venlig hilsen\n{sb}\n{sender}")]
    elif fam == "reminder":
        title = rng.choice(["Påmindelse om opfølgningssamtale", "Husk dit møde med os"])
        blocks += [("title", title), ("p", f"Hej {fn}"),
                   ("p", f"Vi vil minde dig om din opfølgningssamtale {fd(date + dt.timedelta(days=5), 'den')} "
                         f"kl. 10.00 i Jobcentret, {k['adr']}. Din mentor {mfn} {mln} deltager også."),
                   ("p", "Hvis du er forhindret, skal du give besked senest dagen før. Udebliver du uden "
                         "gyldig grund, kan det få betydning for din ydelse."),
                   ("p", f"Venlig hilsen\n{sender}")]
    elif fam == "minutes":
        title = rng.choice(["Referat af statusmøde", "Referat – netværksmøde vedr. mentorforløb"])
        blocks += [("title", title),
                   ("kv", [("Deltagere", f"{fn} {ln}, mentor {mfn} {mln}, sagsbehandler {sb}"),
                           ("Dato", fd(date, "words"))]),
                   ("p", f"{fn} fortæller, at praktikken går bedre. Mentor oplyser, at fremmødet er steget fra "
                         "tre til fire dage om ugen. Der er fortsat udfordringer med transport om morgenen."),
                   ("p", "Aftalt: Sagsbehandler undersøger muligheden for befordringsgodtgørelse. Næste "
                         "møde holdes om ca. en måned."),
                   ("p", f"Referent: {sb}")]
    elif fam == "reconsideration":
        title = rng.choice(["Genvurdering af din klage over afgørelse om mentorstøtte",
                            "Vi fastholder vores afgørelse – din klage er sendt til Ankestyrelsen"])
        blocks += [("title", title), ("p", f"Kære {fn}"),
                   ("p", f"Vi har {fd(date - dt.timedelta(days=12), 'den')} modtaget din klage over vores "
                         "afgørelse om afslag på mentorstøtte. Vi har genvurderet sagen, jf. "
                         "retssikkerhedslovens § 66."),
                   ("p", "Vi har ikke fået nye oplysninger, der ændrer vores vurdering, og vi fastholder derfor "
                         "afgørelsen. Vi har i dag sendt din klage og sagens akter til Ankestyrelsen, som "
                         "behandler klagen. Du hører fra Ankestyrelsen."),
                   ("p", f"Venlig hilsen\n{sb}\n{sender}")]
    elif fam == "invoice":
        title = "Faktura"
        prov = rng.choice(PROVIDERS)
        blocks = [("title", f"Faktura nr. {rng.randint(1000, 9999)}"),
                  ("kv", [("Fra", f"{prov}, CVR {rng.randint(10000000, 99999999)}"),
                          ("Til", f"{k['name']} Kommune, Jobcenter, EAN 5798{rng.randint(100000000, 999999999)}"),
                          ("Vedr.", f"Mentortimer {MONTHS[date.month-2]} 2026, sag {sagsnr}"),
                          ("Antal timer", str(rng.randint(8, 20))),
                          ("Beløb i alt", f"{rng.randint(4, 12)}.{rng.randint(100, 999)},00 kr.")]),
                  ("p", "Betalingsbetingelser: netto 30 dage.")]
    return dict(title=title, blocks=blocks, rules=[], extras=[], traits=[f"nearmiss:{fam}"], cpr=cpr,
                period=None, sender=sender, date=date, kind="unknown", subtype=fam, cit=cit, k=k, sagsnr=sagsnr)


# ---------------------------------------------------------------- renderers
def to_text(doc) -> str:
    out = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "kv":
            out.append("\n".join(f"{k}: {v}" for k, v in b[1]))
        elif t == "title":
            out.append(b[1].upper() if len(b[1]) < 40 and doc.get("caps") else b[1])
        elif t in ("h", "h2"):
            out.append(b[1])
        elif t == "pb":
            out.append("\f" if doc.get("ff") else "")
        else:
            out.append(b[1])
    return "\n\n".join(x for x in out if x != "") + "\n"


def to_html(doc) -> str:
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{htmlmod.escape(doc['title'])}"
             "</title></head><body>"]
    for b in doc["blocks"]:
        t = b[0]
        if t == "kv":
            parts.append("<table>" + "".join(f"<tr><th>{htmlmod.escape(k)}</th><td>{htmlmod.escape(v)}</td></tr>"
                                             for k, v in b[1]) + "</table>")
        elif t == "title":
            parts.append(f"<h1>{htmlmod.escape(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{htmlmod.escape(b[1])}</h2>")
        elif t == "h2":
            parts.append(f"<h3>{htmlmod.escape(b[1])}</h3>")
        elif t == "pb":
            parts.append("<hr>")
        else:
            parts.append("<p>" + htmlmod.escape(b[1]).replace("\n", "<br>") + "</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def to_docx(doc, path: Path, header: bool = False):
    import docx
    d = docx.Document()
    if header:
        hp = d.sections[0].header.paragraphs[0]
        hp.text = f"{doc['sender']}\t\tSagsnr. {doc['sagsnr']}"
        d.sections[0].footer.paragraphs[0].text = f"{doc['k']['adr']} · {doc['k']['by']} · tlf. {doc['k']['tlf']}"
    for b in doc["blocks"]:
        t = b[0]
        if t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                r = tb.add_row().cells
                r[0].text, r[1].text = k, v
            d.add_paragraph("")
        elif t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "h2":
            d.add_heading(b[1], level=3)
        elif t == "pb":
            d.add_page_break()
        else:
            d.add_paragraph(b[1])
    d.core_properties.title = doc["title"]
    d.save(str(path))


def to_pdf_rl(doc, path: Path, running: bool):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, PageBreak, TableStyle)
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        f, fb = "DV", "DVB"
    except Exception:
        f, fb = "Helvetica", "Helvetica-Bold"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=f, fontSize=10, leading=13, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=body, fontName=fb, fontSize=14, leading=17, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName=fb, fontSize=11, leading=14)
    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "kv":
            tb = Table([[Paragraph(htmlmod.escape(k), body), Paragraph(htmlmod.escape(v), body)]
                        for k, v in b[1]], colWidths=[40 * mm, 120 * mm])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 4 * mm)]
        elif t == "title":
            story.append(Paragraph(htmlmod.escape(b[1]), h1))
        elif t in ("h", "h2"):
            story.append(Paragraph(htmlmod.escape(b[1]), h2))
        elif t == "pb":
            story.append(PageBreak())
        else:
            story.append(Paragraph(htmlmod.escape(b[1]).replace("\n", "<br/>"), body))

    def deco(canvas, d):
        if not running:
            return
        canvas.saveState()
        canvas.setFont(f, 8)
        canvas.drawString(20 * mm, 285 * mm, f"{doc['sender']}  ·  Sagsnr. {doc['sagsnr']}")
        canvas.drawRightString(190 * mm, 12 * mm, f"Side {d.page}")
        canvas.drawString(20 * mm, 12 * mm, f"{doc['k']['adr']} · {doc['k']['by']} · tlf. {doc['k']['tlf']}")
        canvas.restoreState()
    sd = SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"], lang="da",
                           topMargin=25 * mm, bottomMargin=22 * mm)
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


def to_eml(doc, path: Path, rng, attach_pdf: Path | None):
    m = EmailMessage()
    m["From"] = f"{doc['sender']} <noreply@{doc['k']['name'].lower().replace('å','aa').replace('ø','oe').replace('æ','ae').replace('-', '')}.dk>"
    m["To"] = f"{doc['cit']['name']} <digitalpost@borger.dk>"
    m["Subject"] = doc["title"]
    m["Date"] = format_datetime(dt.datetime(doc["date"].year, doc["date"].month, doc["date"].day, 9, 12,
                                            tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@memo.digitalpost.dk>"
    if attach_pdf is None:
        m.set_content(to_text(doc))
        if rng.random() < 0.4:
            m.add_alternative(to_html(doc), subtype="html")
    else:
        m.set_content(f"Du har modtaget et brev fra {doc['sender']}.\n\nBrevet er vedhæftet som PDF.\n")
        m.add_attachment(attach_pdf.read_bytes(), maintype="application", subtype="pdf",
                         filename=attach_pdf.name)
    path.write_bytes(bytes(m))


# ---------------------------------------------------------------- plan
def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    plans = []
    subs = (["grant"] * 24 + ["partial"] * 16 + ["refusal"] * 14 + ["extension"] * 13 + ["end"] * 11 +
            ["udskr"] * 3)
    # defect plan: appeal variant + over6
    defects = (["clean"] * 27 + ["missing"] * 10 + ["incomplete"] * 7 + ["other"] * 8 + ["wrong"] * 8 +
               ["over6"] * 14 + ["over6+missing"] * 5 + ["over6+wrong"] * 2)
    rng.shuffle(defects)
    for sub in subs:
        d = defects.pop()
        if sub in ("refusal", "end", "udskr") and "over6" in d:
            # these letters grant no new period: move the over-length to the appeal defect only
            d = d.replace("over6+", "") if "+" in d else rng.choice(["missing", "other", "incomplete"])
        appeal = rng.choice(["good_faxe", "good_short", "good_page"])
        if "missing" in d:
            appeal = "missing"
        elif d in ("incomplete", "other", "wrong"):
            appeal = d
        elif "wrong" in d:
            appeal = "wrong"
        plans.append(dict(sub=sub, appeal=appeal, over6=d.startswith("over6"),
                          reasons=(rng.random() > 0.2) if sub in ("partial", "refusal", "end") else
                          rng.random() < 0.5, cpr=rng.random() < 0.25))
    fams = (["hearing"] * 4 + ["receipt"] * 3 + ["other_benefit"] * 4 + ["reminder"] * 3 + ["minutes"] * 3 +
            ["invoice"] * 1 + ["reconsideration"] * 2)
    docs = [make_decision(i, rng, p) for i, p in enumerate(plans)]
    docs += [make_unknown(i, rng, f, rng.random() < 0.25) for i, f in enumerate(fams)]
    rng.shuffle(docs)
    formats = (["docx"] * 25 + ["pdf-lo"] * 14 + ["pdf-rl"] * 12 + ["pdf-rl2"] * 10 + ["txt"] * 14 +
               ["eml"] * 12 + ["eml-pdf"] * 5 + ["html"] * 10)
    while len(formats) < len(docs):
        formats.append("txt")
    rng.shuffle(formats)
    entries = []
    lo_jobs = []
    tmp = Path(tempfile.mkdtemp(prefix="ef_"))
    for n, (doc, fmtname) in enumerate(zip(docs, formats)):
        folder = {"decision": doc["subtype"], "unknown": "andet"}[doc["kind"]]
        stem = f"{n:03d}_{doc['k']['name'].lower().replace('-', '_')}_{doc['subtype']}"
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-rl2": "pdf", "eml-pdf": "eml"}.get(fmtname, fmtname)
        rel = f"{folder}/{stem}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        traits = list(doc["traits"]) + [f"fmt:{fmtname}"]
        if doc["cpr"]:
            traits.append("cpr")
        layout = {"docx": "docx-letter-table-head", "pdf-lo": "lo-pdf-letter", "pdf-rl": "reportlab-letter",
                  "pdf-rl2": "reportlab-running-header", "txt": "plain-letter", "eml": "digitalpost-body",
                  "eml-pdf": "digitalpost-pdf-attachment", "html": "html-letter"}[fmtname]
        if fmtname == "docx":
            hdr = rng.random() < 0.4
            to_docx(doc, p, header=hdr)
            if hdr:
                layout = "docx-running-header"
                traits.append("docx:header-footer")
        elif fmtname == "pdf-lo":
            src = tmp / f"{stem}.docx"
            to_docx(doc, src, header=rng.random() < 0.5)
            lo_jobs.append((src, p))
        elif fmtname in ("pdf-rl", "pdf-rl2"):
            to_pdf_rl(doc, p, running=fmtname == "pdf-rl2")
        elif fmtname == "txt":
            doc["ff"] = rng.random() < 0.3
            p.write_text(to_text(doc), encoding=rng.choice(["utf-8", "utf-8", "cp1252"]))
        elif fmtname == "html":
            p.write_text(to_html(doc), encoding="utf-8")
        elif fmtname == "eml":
            to_eml(doc, p, rng, None)
        elif fmtname == "eml-pdf":
            pdf = tmp / (''.join(c if c.isalnum() else '_' for c in doc['title'][:30]).strip('_') + '.pdf')
            to_pdf_rl(doc, pdf, running=True)
            to_eml(doc, p, rng, pdf)
        mnc = []
        if doc["cpr"]:
            mnc = [doc["cpr"], doc["cpr"].replace("-", "")]
        entries.append({"path": rel, "format": ext, "kind": doc["kind"], "subtype": doc["subtype"],
                        "layout": layout, "rules": doc["rules"], "extras": sorted(doc["extras"]),
                        "error": None, "accept_errors": [], "must_not_contain": mnc,
                        "traits": traits, "period": doc["period"]})
    if lo_jobs:
        outdir = tmp / "lo"
        outdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ef_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(s) for s, _ in lo_jobs],
                       check=True, capture_output=True, timeout=900)
        for s, dst in lo_jobs:
            shutil.move(str(outdir / (s.stem + ".pdf")), str(dst))
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ef")
    ap.add_argument("--seed", type=int, default=1101)
    a = ap.parse_args()
    entries = build(Path(a.out), a.seed)
    print(f"wrote {len(entries)} documents to {a.out}")


if __name__ == "__main__":
    main()
