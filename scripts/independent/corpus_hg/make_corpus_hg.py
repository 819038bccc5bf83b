#!/usr/bin/env python3
"""Corpus HG: audit sample 2021-2026 from a (fictional) Jutland municipality, Hedeby Kommune,
that merged Jobcenter Nørre Vium and Jobcenter Sønderhede on 1 Jan 2023.

Deterministic: python make_corpus_hg.py --out /work/corpora/hg [--seed 18]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
from docx.shared import Pt

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def dlong(d):
    return f"{d.day}. {MONTHS[d.month-1]} {d.year}"


def dfmt(d, style):
    if style == "long":
        return dlong(d)
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MON_AB[d.month-1]} {d.year}"
    return dlong(d)


# ----------------------------------------------------------------------------- people
CASEWORKERS = {
    "karina": ("Karina Lund", "kalu@hedeby.dk", "96 48 21 10"),     # one long paragraph
    "mette": ("Mette Bak", "meba@hedeby.dk", "96 48 21 34"),        # bullets everywhere
    "jesper": ("Jesper Holm", "jeho@hedeby.dk", "96 48 21 57"),     # copies mentor's e-mail
    "torben": ("Torben Kjær", "tokj@hedeby.dk", "96 48 21 62"),     # telegraphic
    "helle": ("Helle Vestergaard", "heve@hedeby.dk", "96 48 21 05"),  # careful, formal
}
PROVIDERS = {
    "mhv": {"name": "Mentorhuset Vest ApS", "addr": "Nørregade 14, 7480 Vildbjerg", "cvr": "38 41 27 90",
            "mentors": [("Lone Dam", "22 47 19 03", "ld@mentorhuset-vest.dk"),
                        ("Rasmus Krogh", "22 47 19 11", "rk@mentorhuset-vest.dk")],
            "tasks": ["Mentor understøtter borgeren i at møde stabilt i praktikken",
                      "Mentor afholder ugentlig samtale om fremmøde, søvn og transport",
                      "Mentor er bindeled til praktikvirksomhedens kontaktperson"]},
    "fokus": {"name": "Fokus Mentor & Job", "addr": "Industrivej 3, 7330 Brande", "cvr": "29 55 10 84",
              "mentors": [("Bashir Hamidi", "30 12 88 41", "bashir@fokusmentor.dk"),
                          ("Susanne Iversen", "30 12 88 47", "susanne@fokusmentor.dk")],
              "tasks": ["Indsatsområde 1: fremmøde og mødestabilitet",
                        "Indsatsområde 2: struktur på ugen med kalender og vækkeur",
                        "Indsatsområde 3: kontakt til arbejdsplads og tillidsperson"]},
    "brobyg": {"name": "Brobyg Rådgivning I/S", "addr": "Østergade 41, 6950 Ringkøbing", "cvr": "41 20 63 55",
               "mentors": [("Gitte Skov", "51 90 33 27", "gitte@brobyg-raad.dk"),
                           ("Anders Bisgaard", "51 90 33 29", "ab@brobyg-raad.dk")],
               "tasks": ["Mentors opgaver vil bl.a. være at følge borgeren til de første skoledage",
                         "at hjælpe med SU-ansøgning og skema",
                         "at holde kontakt til studievejleder om fravær"]},
    "team": {"name": "Hedeby Kommune, Mentorteamet", "addr": "Torvet 2, 7470 Karup J", "cvr": "29 18 94 11",
             "mentors": [("Pia Nørgaard", "96 48 23 80", "pino@hedeby.dk"),
                         ("Kim Overgaard", "96 48 23 84", "kiov@hedeby.dk")],
             "tasks": ["Mentor følger borgeren til opstart på arbejdspladsen de første to uger",
                       "Mentor hjælper med at planlægge transport og mødetider",
                       "Mentor tager kontakt til borgeren, hvis der er fravær"]},
}
CITIZENS = ["Jonas Mikkelsen", "Sara Nielsen", "Ali Hassan", "Maja Sørensen", "Emil Pedersen",
            "Fatima Yousef", "Kasper Thomsen", "Line Andersen", "Mikkel Laursen", "Nadia Rasmussen",
            "Oliver Kristensen", "Camilla Jepsen", "Lukas Poulsen", "Amalie Christensen", "Tobias Madsen",
            "Sofie Eriksen", "Ahmad Karimi", "Ida Frandsen", "Frederik Lauridsen", "Julie Bech",
            "Mads Damgaard", "Cecilie Mortensen", "Victor Holst", "Anne Kjeldsen", "Niels Bruun",
            "Louise Dahl", "Rune Vinther", "Signe Ebbesen", "Patrick Toft", "Dorthe Villadsen"]

CLEAR_GOALS = [
    "{fn} er i virksomhedspraktik på lageret hos Hedeby Tømmerhandel 15 timer om ugen senest {d}, med henblik på løntilskud",
    "{fn} starter på EUD Ernæringsassistent på Herningsholm Erhvervsskole {d} og møder mindst fire dage om ugen",
    "{fn} har et fleksjob på 12 timer om ugen i kantinen på Karup Plejecenter senest {d}",
    "{fn} gennemfører FGU-forløbet på Produktionsskolen i Brande uden ugentligt fravær og søger optagelse på en erhvervsuddannelse senest {d}",
    "{fn} fastholder sit job som chauffør hos Vildbjerg Transport og har højst én sygedag om måneden frem til {d}",
    "{fn} er i praktik i Netto i Ikast 10 timer om ugen fra {d} og øger til 20 timer om ugen",
    "{fn} består 9. klasses prøver på VUC Vest og søger ind på SOSU-hjælperuddannelsen til optag {d}",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel",
    "Sikre at {fn} får mere struktur på hverdagen",
    "Øget selvværd og livskvalitet",
    "Hjælp til at komme tættere på arbejdsmarkedet",
    "Motivere {fn} og arbejde på at få en bedre hverdag",
]
FOLLOWUPS = [
    "Statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører; delmål: fremmøde fire dage om ugen",
    "Mentor sender skriftlig status hver 4. uge. Opfølgningssamtale i jobcentret efter 3 måneder og 14 dage inden ophør",
    "Vi følger op hver anden uge på telefon og holder et statusmøde midtvejs ({mid}). Progression måles på antal fremmødedage pr. uge",
]
VAGUE_FOLLOWUPS = ["Der følges op efter behov", "Opfølgning sker løbende", "Opfølgning: efter behov"]
VAGUE_HOURS = ["et par timer om ugen", "efter behov", "løbende, afhængigt af behov"]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {org} inden fire uger efter, at du har modtaget dette brev. Du kan klage skriftligt eller mundtligt til din sagsbehandler. {org2} genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {org} senest 4 uger efter, at du har fået afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen.",
    "Klagefrist: 4 uger fra modtagelsen af brevet. Klagen sendes til {org}, som genvurderer sagen. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.",
]
APPEAL_WRONG = "Hvis du vil klage over afgørelsen, skal du sende din klage direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger efter modtagelsen."
APPEAL_EMPTY = ["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er uenig.",
                "Kontakt din sagsbehandler, hvis du er uenig i afgørelsen."]


def jc_name(date: dt.date, family: str) -> str:
    if date >= dt.date(2026, 2, 1):
        return "Hedeby Kommune"
    if date >= dt.date(2023, 1, 1):
        return "Jobcenter Hedeby"
    return "Jobcenter Nørre Vium" if family == "form" else "Jobcenter Sønderhede"


def rand_cpr(rng):
    while True:
        y = rng.randint(60, 104) % 100
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        s = rng.randint(1000, 9999)
        c = f"{d:02d}{m:02d}{y:02d}-{s}"
        return c


# ----------------------------------------------------------------------------- document model
# blocks: ("title", t) ("h", t) ("p", t) ("lead", lead, t) ("li", t) ("table", rows) ("pre", t)

class Doc:
    def __init__(self):
        self.blocks = []

    def add(self, *b):
        self.blocks.append(b)


# ----------------------------------------------------------------------------- agreements
def agreement(rng, idx, cw, family, prov_key, defects, start, date, cpr=None, months=6, over_months=None):
    prov = PROVIDERS[prov_key]
    mname, mphone, mmail = prov["mentors"][idx % 2]
    cit = CITIZENS[idx % len(CITIZENS)]
    fn = cit.split()[0]
    end = six_end(start, over_months or months)
    dstyle = {"karina": "long", "mette": "dots", "jesper": "iso", "torben": "slash", "helle": "long"}[cw]
    org = jc_name(date, family)
    goal = None if "missing-goal" in defects else (
        rng.choice(UNCLEAR_GOALS) if "unclear-goal" in defects else
        rng.choice([CLEAR_GOALS[i] for i in ((1, 3, 6) if prov_key == "brobyg" else (0, 2, 4, 5))]))
    if goal:
        goal = goal.format(fn=fn, d=dlong(add_months(start, rng.choice([3, 4, 5]))))
    hours_n = rng.choice([2, 3, 4, 5])
    hours = None if "missing-hours" in defects else f"{hours_n} timer pr. uge"
    if "missing-hours" in defects and rng.random() < 0.6:
        hours = rng.choice(VAGUE_HOURS)
    fu = None if "missing-follow-up" in defects else rng.choice(FOLLOWUPS).format(mid=dfmt(add_months(start, 3), dstyle))
    if "missing-follow-up" in defects and rng.random() < 0.6:
        fu = rng.choice(VAGUE_FOLLOWUPS)
    tasks = None if "missing-tasks" in defects else prov["tasks"]
    mentor_contact = "missing-mentor" not in defects
    period = None if "missing-duration" in defects else (start, end)
    appeal = "missing" if "missing-appeal-guidance" in defects else "full"
    cw_name, cw_mail, cw_phone = CASEWORKERS[cw]
    d = Doc()
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Aftale om mentorstøtte efter LAB § 167"])
    d.add("title", title)
    d.add("p", f"{org} · Beskæftigelse · Torvet 2, 7470 Karup J · tlf. 96 48 20 00")
    if family == "form":
        rows = [["Borger", cit + (f", CPR-nr. {cpr}" if cpr else "")],
                ["Sagsbehandler", f"{cw_name}, {cw_phone}"],
                ["Mentorudbyder", prov["name"]]]
        rows.append(["Mål med mentorstøtten", goal if goal else rng.choice(["", "Udfyldes senere", "-"])])
        if mentor_contact:
            rows.append(["Mentor (navn og kontaktdata)", f"{mname}, tlf. {mphone}, {mmail}"])
        else:
            rows.append(["Mentor (navn og kontaktdata)", mname if rng.random() < 0.5 else f"{prov['name']} udpeger mentor"])
        rows.append(["Mentorens opgaver", "; ".join(tasks) if tasks else "-"])
        rows.append(["Periode", f"{dfmt(period[0], dstyle)} – {dfmt(period[1], dstyle)}" if period else
                     f"{dfmt(start, dstyle)} – indtil videre" if rng.random() < 0.5 else "Udfyldes senere"])
        rows.append(["Timetal", hours if hours else ""])
        rows.append(["Opfølgning", fu if fu else "–"])
        if cw == "torben":
            rows = [[r[0], telegraph(r[1])] for r in rows]
        if cw == "mette":
            d.add("h", "Aftalens indhold")
            d.add("table", rows[:3])
            for lab, val in rows[3:]:
                d.add("h", lab)
                if lab == "Mentorens opgaver" and tasks:
                    for t in tasks:
                        d.add("li", t)
                else:
                    d.add("li", val if val else "")
        else:
            d.add("table", rows)
        if cw == "jesper" and tasks:
            d.add("p", "Mentors beskrivelse af forløbet (kopieret fra mail):")
            d.add("pre", mail_quote(mname, mmail, mphone, prov, date, tasks, hours))
    else:  # letter
        d.add("p", f"{dlong(date)}")
        d.add("p", f"Kære {fn}")
        if cw == "karina":
            s = f"Vi har i dag aftalt, at du får mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. "
            if goal:
                s += f"Målet med mentorstøtten er: {goal}. "
            if mentor_contact:
                s += f"Din mentor er {mname} fra {prov['name']}, og du kan kontakte {mname.split()[0]} på tlf. {mphone} eller {mmail}. "
            else:
                s += f"Din mentor bliver {mname} fra {prov['name']}. "
            if tasks:
                s += "Mentoren skal hjælpe dig med følgende: " + "; ".join(tasks) + ". "
            if period:
                s += f"Støtten gælder fra den {dfmt(period[0], dstyle)} til den {dfmt(period[1], dstyle)}. "
            else:
                s += "Støtten starter, når mentoren har haft første samtale med dig. "
            if hours:
                s += f"Mentoren har {hours} sammen med dig. " if hours[0].isdigit() else f"Omfanget af støtten er {hours}. "
            if fu:
                s += fu.rstrip(".") + ". "
            d.add("p", s.strip())
        else:
            if goal:
                d.add("lead", "Mål: " if cw != "helle" else "1. Målet med mentorstøtten: ", goal + ".")
            if cw == "helle" or cw == "mette":
                d.add("lead", "Mentor: " if cw == "mette" else "2. Mentorens navn og kontaktdata: ",
                      f"{mname}, {prov['name']}, tlf. {mphone}, e-mail {mmail}" if mentor_contact else f"{mname}, {prov['name']}")
            else:
                d.add("lead", "Din mentor: ", f"{mname} ({prov['name']}), {mphone} / {mmail}" if mentor_contact else mname)
            if tasks:
                d.add("lead", "Mentorens opgaver: " if cw != "helle" else "3. Mentorens opgaver: ", "")
                for t in tasks:
                    d.add("li", t)
            if period:
                d.add("lead", "Periode: " if cw != "helle" else "4. Varighed: ",
                      f"{dfmt(period[0], dstyle)} til {dfmt(period[1], dstyle)}" + (" (ny vurdering ved udløb)" if cw == "helle" else ""))
            if fu:
                d.add("lead", "Opfølgning: " if cw != "helle" else "5. Opfølgning og progression: ", fu + ".")
            if hours:
                d.add("lead", "Timetal: " if cw != "helle" else "6. Timetal: ", hours + ".")
            elif cw == "helle":
                d.add("lead", "6. Timetal: ", "Aftales med mentor.")
            if cw == "jesper" and tasks:
                d.add("p", "Her er mentorens egen beskrivelse, som jeg har fået på mail:")
                d.add("pre", mail_quote(mname, mmail, mphone, prov, date, tasks, hours))
    if appeal == "full":
        d.add("h", "Klagevejledning")
        org_l = org if org != "Hedeby Kommune" else "Hedeby Kommune"
        d.add("p", rng.choice(APPEAL_FULL).format(org=org_l, org2="Vi" if True else org_l))
    elif rng.random() < 0.5:
        d.add("h", "Klagevejledning")
        d.add("p", rng.choice(APPEAL_EMPTY))
    d.add("p", f"Med venlig hilsen\n{cw_name}, jobkonsulent\n{org}\nTlf. {cw_phone}, {cw_mail}")
    if family == "form":
        d.add("p", "Underskrift borger: ______________________   Underskrift mentor: ______________________")
    return d, (start, end), (over_months and over_months > 6)


def telegraph(v):
    return (v.replace("Mentor ", "").replace("med mentor, borger og sagsbehandler", "m/ mentor+borger+sagsbeh.")
             .replace("timer pr. uge", "t/uge").replace(" om ugen", "/uge").replace("hver måned", "1 x mdl."))


def mail_quote(mname, mmail, mphone, prov, date, tasks, hours):
    sent = date - dt.timedelta(days=3)
    lines = [f"Fra: {mname} <{mmail}>", f"Sendt: {dlong(sent)} 09:14", f"Emne: SV: Mentorforløb", "",
             "Hej Jesper", "", "Tak for henvendelsen. Vi kan starte op i næste uge. Forløbet vil indeholde:"]
    lines += [f"- {t}" for t in tasks]
    if hours and hours[0].isdigit():
        lines.append(f"Vi regner med {hours}, som aftalt.")
    lines += ["", "Venlig hilsen", mname, prov["name"], f"Tlf. {mphone}"]
    return "\n".join(lines)


# ----------------------------------------------------------------------------- decisions
def decision(rng, idx, cw, family, sub, defects, start, date, cpr=None, over=False, reasons=True):
    cit = CITIZENS[(idx * 7) % len(CITIZENS)]
    fn = cit.split()[0]
    cw_name, cw_mail, cw_phone = CASEWORKERS[cw]
    org = jc_name(date, family)
    months = 9 if over else rng.choice([3, 4, 6, 6])
    end = six_end(start, months)
    prov = PROVIDERS[rng.choice(list(PROVIDERS))]
    mname, mphone, mmail = prov["mentors"][idx % 2]
    ds = "long" if cw in ("helle", "karina") else rng.choice(["dots", "long", "abbr"])
    d = Doc()
    d.add("p", f"{org}\nBeskæftigelse\nTorvet 2\n7470 Karup J")
    d.add("p", f"{cit}\n" + (f"CPR-nr.: {cpr}\n" if cpr else "") + f"Dato: {dlong(date)}\nJ.nr. 15.20.12-G01-{1000+idx}-2{date.year%10}")
    T = {"grant": "Afgørelse: Du får mentorstøtte",
         "partial": "Afgørelse om mentorstøtte – delvis bevilling",
         "refusal": "Afslag på mentorstøtte",
         "extension": "Forlængelse af din mentorstøtte",
         "end": "Ophør af mentorstøtte"}[sub]
    d.add("title", T)
    p = period_txt = f"{dfmt(start, ds)} til {dfmt(end, ds)}"
    if sub == "grant":
        d.add("p", f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte til dig i perioden {period_txt}. "
                   f"Din mentor er {mname}, {prov['name']}. Mentoren har {rng.choice([2,3,4])} timer pr. uge med dig.")
        if reasons:
            d.add("h", "Begrundelse")
            d.add("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din virksomhedspraktik, jf. lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")
    elif sub == "partial":
        d.add("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget mentorstøtte 3 timer pr. uge i perioden {period_txt}. Du får altså færre timer, end du søgte om.")
        if reasons:
            d.add("h", "Begrundelse")
            d.add("p", "Vi har lagt vægt på, at du allerede har en kontaktperson på praktikstedet, som hjælper med de daglige opgaver, og at mentorens timer skal bruges i direkte kontakt med dig, jf. LAB § 167 og BAB § 123. Vi vurderer derfor, at 3 timer om ugen dækker dit behov.")
    elif sub == "refusal":
        d.add("p", f"Du har den {dlong(date - dt.timedelta(days=20))} søgt om mentorstøtte. Vi giver dig afslag på mentorstøtte.")
        if reasons:
            d.add("h", "Begrundelse")
            d.add("p", "Mentorstøtte kan gives, når det er nødvendigt for, at du kan få eller fastholde job eller uddannelse, jf. lov om en aktiv beskæftigelsesindsats § 167, stk. 1. Vi har lagt vægt på, at din skole allerede tilbyder dig SPS-støtte og en elevcoach, som dækker de opgaver, du har søgt mentor til.")
    elif sub == "extension":
        prev_start = add_months(start, -6)
        d.add("p", f"Din mentorstøtte i perioden {dfmt(prev_start, ds)} til {dfmt(start - dt.timedelta(days=1), ds)} er nu ved at udløbe. "
                   f"Efter en konkret vurdering forlænger vi mentorstøtten i en ny periode fra {dfmt(start, ds)} til {dfmt(end, ds)}. Timetallet er uændret {rng.choice([2,3])} timer pr. uge, og {mname} fortsætter som mentor.")
        if reasons:
            d.add("h", "Begrundelse")
            d.add("p", "Vi har lagt vægt på mentorens status, som viser, at du nu møder tre dage om ugen, men endnu ikke kan klare transporten alene. Forlængelsen sker efter LAB § 167, stk. 1, 2. pkt.")
    elif sub == "end":
        d.add("p", f"Din mentorstøtte ophører den {dlong(date + dt.timedelta(days=14))}.")
        if reasons:
            d.add("h", "Begrundelse")
            d.add("p", "Vi har lagt vægt på, at du er startet i ordinært job 30 timer om ugen og selv klarer fremmøde og kontakt til arbejdspladsen. Målet med mentorstøtten er dermed nået, jf. LAB § 167.")
    if "missing-appeal-guidance" in defects:
        if rng.random() < 0.6:
            d.add("h", "Klagevejledning")
            d.add("p", rng.choice(APPEAL_EMPTY))
    elif "wrong-route" in defects:
        d.add("h", "Sådan klager du")
        d.add("p", APPEAL_WRONG)
    else:
        d.add("h", rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]))
        d.add("p", rng.choice(APPEAL_FULL).format(org=org, org2="Vi"))
    d.add("p", f"Venlig hilsen\n{cw_name}\n{org}\n{cw_phone} · {cw_mail}")
    return d, (start, end)


# ----------------------------------------------------------------------------- Min Plan
def minplan(rng, idx, defects, start, printed, cpr=None, over=False, other_activity=False):
    cit = CITIZENS[(idx * 11 + 3) % len(CITIZENS)]
    fn = cit.split()[0]
    prov = PROVIDERS[rng.choice(list(PROVIDERS))]
    mname, mphone, mmail = prov["mentors"][idx % 2]
    months = 8 if over else rng.choice([3, 5, 6])
    end = six_end(start, months)
    goal = None if "missing-goal" in defects else (
        rng.choice(UNCLEAR_GOALS) if "unclear-goal" in defects else rng.choice(CLEAR_GOALS))
    if goal:
        goal = goal.format(fn="du", d=dlong(add_months(start, 3)))
        goal = (goal[0].upper() + goal[1:]).replace(" sit ", " dit ")
    d = Doc()
    d.add("p", f"jobnet.dk – Min Plan – udskrevet {printed.strftime('%d.%m.%Y %H:%M')}")
    d.add("title", "Min Plan")
    d.add("p", f"{cit}" + (f" · CPR {cpr}" if cpr else ""))
    if goal:
        d.add("h", "Mit mål")
        d.add("p", "Jeg vil gerne have et arbejde inden for lager og logistik.")
    if other_activity:
        d.add("h", "Aktivitet: Virksomhedspraktik")
        d.add("table", [["Sted", "Hedeby Tømmerhandel, lager"], ["Periode", f"{dfmt(start,'dots')} - {dfmt(add_months(start, 10),'dots')}"],
                        ["Status", "Planlagt"]])
    d.add("h", "Aktivitet: Mentorstøtte")
    rows = [["Formål", goal if goal else ""],
            ["Mentor", f"{mname}, {prov['name']}" + ("" if "missing-mentor" in defects else f", tlf. {mphone}, {mmail}")],
            ["Mentorens opgaver", "" if "missing-tasks" in defects else "; ".join(prov["tasks"])],
            ["Periode", "" if "missing-duration" in defects else f"{dfmt(start,'dots')} - {dfmt(end,'dots')}"],
            ["Timer pr. uge", "" if "missing-hours" in defects else str(rng.choice([2, 3, 4, 6]))],
            ["Status", "Igangværende"]]
    d.add("table", rows)
    d.add("p", "Du kan se hele din plan og dine aktiviteter på jobnet.dk. Side 1 af 1")
    return d, (start, end)


# ----------------------------------------------------------------------------- unknown documents
def unknown(rng, idx, sub, date, cpr=None):
    d = Doc()
    prov = PROVIDERS[["mhv", "fokus", "brobyg", "team"][idx % 4]]
    mname, mphone, mmail = prov["mentors"][idx % 2]
    cit = CITIZENS[(idx * 5 + 1) % len(CITIZENS)]
    fn = cit.split()[0]
    if sub == "report":
        d.add("p", f"{prov['name'].upper()}\n{prov['addr']} · CVR {prov['cvr']}")
        d.add("title", rng.choice(["Statusrapport – mentorforløb", "Mentorrapport til jobcentret", "Status på mentorstøtte"]))
        d.add("p", f"Borger: {cit}" + (f" ({cpr})" if cpr else "") + f"\nMentor: {mname}\nRapportdato: {dlong(date)}")
        d.add("h", "Forløbet siden sidste status")
        d.add("p", f"{fn} har mødt op til 9 ud af 12 aftalte møder. Vi har arbejdet med mødestabilitet og transport. {fn} har selv taget bussen de sidste tre uger. Der har været to aflysninger pga. sygdom.")
        d.add("h", "Mentors vurdering")
        d.add("p", f"Det er vores vurdering, at {fn} er på rette vej. Vi anbefaler, at jobcentret overvejer en forlængelse, så overgangen til løntilskud kan støttes.")
        d.add("p", f"Venlig hilsen\n{mname}")
    elif sub == "prices":
        d.add("p", f"{prov['name']} · {prov['addr']}")
        d.add("title", f"Tilbud og prisliste {date.year} – mentorydelser til Hedeby Kommune")
        d.add("table", [["Ydelse", "Pris pr. time ekskl. moms"], ["Mentor, niveau 1 (0-1 t/uge)", "545 kr."],
                        ["Mentor, niveau 2 (1-2 t/uge)", "545 kr."], ["Udvidet mentor", "610 kr."],
                        ["Kørsel", "Statens takst"], ["Opstartsmøde", "Gratis"]])
        d.add("p", "Alle forløb afsluttes med en skriftlig slutrapport. Priserne gælder for aftaler indgået i kalenderåret. Fakturering sker månedsvis bagud.")
    elif sub == "minutes":
        d.add("title", "Referat – teammøde, Team Mentor og Ung")
        d.add("p", f"Dato: {dlong(date)}\nDeltagere: Karina, Mette, Jesper, Torben, Helle, Pia (mentorteam)\nReferent: {rng.choice(['Mette','Helle'])}")
        d.add("h", "1. Sammenlægning af skabeloner")
        d.add("p", "Vi bruger stadig to skabeloner til mentoraftaler (den gamle Nørre Vium-blanket og Sønderhede-brevet). Helle laver et udkast til én fælles skabelon til næste møde.")
        d.add("h", "2. Udbyderne")
        d.add("p", "Fokus Mentor & Job har hævet timeprisen. Brobyg har lang ventetid. Det drøftes, om mentorteamet kan tage flere unge.")
        d.add("h", "3. Eventuelt")
        d.add("p", "Husk at opdatere Min Plan, når timetallet ændres. Næste møde om 14 dage.")
    elif sub == "guideline":
        d.add("title", "Intern retningslinje: mentorstøtte efter LAB § 167")
        d.add("p", f"Hedeby Kommune, Beskæftigelse · godkendt {dlong(date)}")
        d.add("h", "Hvad skal en mentoraftale indeholde?")
        for t in ["målet med mentorstøtten (job- eller uddannelsesmål)", "mentorens navn og kontaktdata",
                  "hvilke opgaver mentoren skal bistå ved", "varigheden af aftalen og opfølgning, herunder mål for progression",
                  "timetallet for mentorstøtten", "klagevejledning"]:
            d.add("li", t)
        d.add("h", "Periode")
        d.add("p", "Mentorstøtte bevilges for højst 6 måneder ad gangen. En ny periode på op til 6 måneder kræver en konkret vurdering.")
        d.add("h", "Klagevejledning")
        d.add("p", "Brug altid standardteksten: borgeren klager til kommunen inden 4 uger, kommunen genvurderer og sender en fastholdt afgørelse til Ankestyrelsen.")
    elif sub == "complaint":
        d.add("p", f"{cit}\nEngvej {rng.randint(2,40)}\n7470 Karup J" + (f"\nCpr {cpr}" if cpr else ""))
        d.add("p", f"{dlong(date)}")
        d.add("p", "Til Hedeby Kommune, Beskæftigelse")
        d.add("h", "Klage over stop af min mentor")
        d.add("p", f"Jeg vil klage over, at min mentor er stoppet. Jeg fik at vide i telefonen, at jeg ikke skal have mentor mere, men jeg har ikke fået noget brev. Min mentor hjalp mig med at komme op om morgenen og komme ud til praktikken, og nu er jeg begyndt at blive hjemme igen. Jeg vil gerne have min mentor tilbage, eller også vil jeg have en skriftlig begrundelse.")
        d.add("p", f"Med venlig hilsen\n{cit}")
    return d


# ----------------------------------------------------------------------------- renderers
def render_docx(doc: Doc, path: Path, family: str):
    D = docx.Document()
    st = D.styles["Normal"]
    st.font.name = "Calibri" if family != "letter" else "Georgia"
    st.font.size = Pt(11)
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            D.add_heading(b[1], level=1)
        elif k == "h":
            if family == "letter":
                p = D.add_paragraph()
                p.add_run(b[1]).bold = True
            else:
                D.add_heading(b[1], level=2)
        elif k == "p":
            D.add_paragraph(b[1])
        elif k == "pre":
            p = D.add_paragraph(b[1])
            for r in p.runs:
                r.font.name = "Courier New"
                r.font.size = Pt(9)
        elif k == "lead":
            p = D.add_paragraph()
            p.add_run(b[1]).bold = True
            if b[2]:
                p.add_run(b[2])
        elif k == "li":
            D.add_paragraph(b[1], style="List Bullet")
        elif k == "table":
            t = D.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for row in b[1]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
                    if i == 0 and len(row) == 2:
                        for r in cells[i].paragraphs[0].runs:
                            r.bold = True
    D.save(path)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(doc: Doc, title: str, jobnet=False) -> str:
    out = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{esc(title)}</title>"
           "<style>body{font-family:Arial;max-width:760px} th{text-align:left;width:30%} td,th{border-bottom:1px solid #ccc;padding:4px}</style></head><body>"]
    if jobnet:
        out.append("<header><nav>Jobnet · Min side · Min Plan · Beskeder · Log ud</nav></header><main>")
    ul = False
    for b in doc.blocks:
        k = b[0]
        if k != "li" and ul:
            out.append("</ul>"); ul = False
        if k == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "p":
            out.append("<p>" + "<br>".join(esc(x) for x in b[1].split("\n")) + "</p>")
        elif k == "pre":
            out.append(f"<pre>{esc(b[1])}</pre>")
        elif k == "lead":
            out.append(f"<p><strong>{esc(b[1])}</strong>{esc(b[2])}</p>")
        elif k == "li":
            if not ul:
                out.append("<ul>"); ul = True
            out.append(f"<li>{esc(b[1])}</li>")
        elif k == "table":
            out.append("<table>")
            for r in b[1]:
                if len(r) == 2:
                    out.append(f"<tr><th>{esc(r[0])}</th><td>{esc(r[1])}</td></tr>")
                else:
                    out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
    if ul:
        out.append("</ul>")
    if jobnet:
        out.append("</main><footer>Styrelsen for Arbejdsmarked og Rekruttering · jobnet.dk</footer>")
    out.append("</body></html>")
    return "\n".join(out)


def render_txt(doc: Doc, telegraphic=False) -> str:
    out = []
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), ""]
        elif k == "h":
            out += [b[1] + ":" if not b[1].endswith(":") else b[1]]
        elif k in ("p", "pre"):
            out += [b[1], ""]
        elif k == "lead":
            out += [f"{b[1].strip()} {b[2]}".strip(), ""]
        elif k == "li":
            out.append(f"- {b[1]}")
        elif k == "table":
            for r in b[1]:
                out.append(f"{r[0]}: {' | '.join(r[1:])}")
            out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def render_eml(doc: Doc, path: Path, frm, to, subject, date):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime(date.year, date.month, date.day, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    import hashlib
    m["Message-ID"] = f"<{hashlib.sha1(subject.encode()).hexdigest()[:12]}.{date.isoformat()}@hedeby.dk>"
    body = render_txt(doc)
    m.set_content(body)
    path.write_bytes(bytes(m))


# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hg")
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="hg_"))
    entries = []
    convert = []  # (docx_path, target_ext, final_path)
    scans = []

    def emit(doc, rel, fmt, kind, subtype, layout, rules, traits, family="form", period=None, cpr=None,
             extras=(), eml_meta=None, jobnet=False):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        title = next((b[1] for b in doc.blocks if b[0] == "title"), rel)
        if fmt == "docx":
            render_docx(doc, p, family)
        elif fmt in ("pdf", "odt", "rtf", "scan"):
            src = tmp / (p.stem + f"_{len(convert)}.docx")
            render_docx(doc, src, family)
            convert.append((src, "pdf" if fmt == "scan" else fmt, p, fmt == "scan"))
        elif fmt == "html":
            p.write_text(render_html(doc, title, jobnet), encoding="utf-8")
        elif fmt == "txt":
            enc = "cp1252" if "cp1252" in traits else "utf-8"
            p.write_text(render_txt(doc), encoding=enc, errors="replace")
        elif fmt == "eml":
            render_eml(doc, p, *eml_meta)
        e = {"path": rel, "format": "pdf" if fmt == "scan" else fmt, "kind": kind, "subtype": subtype,
             "layout": layout, "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None,
             "accept_errors": [], "must_not_contain": [cpr, cpr.replace("-", "")] if cpr else [],
             "traits": sorted(set(traits + (["cpr"] if cpr else []) + (["scan-ocr"] if fmt == "scan" else [])))}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)

    # ---------------- agreements (32)
    cws = ["karina", "mette", "jesper", "torben", "helle"]
    provs = ["mhv", "fokus", "brobyg", "team"]
    ag_defects = [[], [], ["missing-hours"], [], ["unclear-goal"], ["missing-follow-up"], [], ["duration-over-6-months"],
                  ["missing-appeal-guidance"], [], ["missing-mentor"], ["missing-tasks", "missing-hours"], [],
                  ["missing-duration"], ["unclear-goal", "missing-follow-up"], [], ["missing-goal"],
                  ["missing-appeal-guidance", "missing-hours"], [], ["duration-over-6-months", "missing-follow-up"],
                  ["missing-follow-up"], [], ["missing-hours"], ["unclear-goal"], [], ["missing-appeal-guidance"],
                  ["missing-mentor", "missing-duration"], [], ["missing-tasks"], ["duration-over-6-months"],
                  [], ["missing-hours", "unclear-goal"]]
    fmt_by_cw = {"karina": ["docx", "pdf", "rtf", "docx", "scan"], "mette": ["docx", "odt", "pdf", "docx"],
                 "jesper": ["eml", "docx", "eml", "pdf"], "torben": ["txt", "docx", "txt", "rtf"],
                 "helle": ["pdf", "docx", "odt", "scan", "pdf"]}
    for i, defs in enumerate(ag_defects):
        cw = cws[i % 5]
        if cw == "jesper" and "missing-mentor" in defs:
            cw = "helle"
        family = "letter" if cw == "karina" else ("form" if cw == "torben" else rng.choice(["form", "letter"]))
        year = 2021 + (i * 5) % 6
        start = dt.date(year, rng.randint(1, 11), rng.choice([1, 1, 1, 15, 7]))
        date = start - dt.timedelta(days=rng.randint(3, 12))
        cpr = rand_cpr(rng) if rng.random() < 0.25 else None
        over = rng.choice([8, 9, 12]) if "duration-over-6-months" in defs else None
        months = rng.choice([3, 4, 6, 6, 6])
        doc, per, _ = agreement(rng, i, cw, family, provs[i % 4], defs, start, date, cpr, months, over)
        fmt = fmt_by_cw[cw][(i // 5) % len(fmt_by_cw[cw])]
        if cw == "jesper" and fmt == "eml":
            # the agreement is sent as the body of an e-mail
            meta = (f"{CASEWORKERS[cw][0]} <{CASEWORKERS[cw][1]}>", f"{CITIZENS[i % 30]} <borger{i}@mail.dk>",
                    f"Din mentoraftale – {CITIZENS[i % 30]}", date)
            # the mail_quote pre block would be dropped as a reply header by mail readers: keep only own text
            doc.blocks = [b for b in doc.blocks if b[0] != "pre" and not (b[0] == "p" and "kopieret fra mail" in b[1] or b[0] == "p" and "egen beskrivelse" in b[1])]
        else:
            meta = None
        ext = "pdf" if fmt == "scan" else fmt
        rel = f"{year}/aftaler/{cw}/mentoraftale_{i:02d}_{CITIZENS[i % 30].split()[0].lower()}.{ext}"
        traits = [f"caseworker:{cw}", f"family:{family}", f"provider:{provs[i % 4]}"]
        if "duration-over-6-months" in defs:
            traits.append(f"period:{over}-months")
        elif months == 6 and "missing-duration" not in defs:
            traits.append("period:exact-six")
        emit(doc, rel, fmt, "agreement", "agreement", f"{family}-{cw}", defs, traits, family,
             per if "missing-duration" not in defs else None, cpr, eml_meta=meta)

    # ---------------- decisions (25)
    subs = ["grant", "partial", "refusal", "extension", "end"]
    dec_plan = [  # (sub, defects, over, reasons)
        ("grant", [], False, True), ("grant", ["missing-appeal-guidance"], False, True), ("grant", ["duration-over-6-months"], True, True),
        ("grant", [], False, False), ("grant", ["wrong-route"], False, True),
        ("partial", [], False, True), ("partial", ["missing-appeal-guidance"], False, True), ("partial", [], False, False),
        ("partial", ["duration-over-6-months"], True, True), ("partial", [], False, True),
        ("refusal", [], False, True), ("refusal", ["missing-appeal-guidance"], False, True), ("refusal", [], False, False),
        ("refusal", ["wrong-route"], False, True), ("refusal", [], False, True),
        ("extension", [], False, True), ("extension", ["duration-over-6-months"], True, True), ("extension", [], False, True),
        ("extension", ["missing-appeal-guidance"], False, True), ("extension", [], False, True),
        ("end", [], False, True), ("end", ["missing-appeal-guidance"], False, True), ("end", [], False, False),
        ("end", [], False, True), ("end", ["wrong-route"], False, True),
    ]
    dec_fmts = ["pdf", "docx", "pdf", "eml", "pdf", "odt", "scan", "pdf", "docx", "html", "pdf", "rtf", "docx"]
    for j, (sub, defs, over, reasons) in enumerate(dec_plan):
        cw = cws[(j + 2) % 5]
        family = rng.choice(["form", "letter"])
        year = 2021 + (j * 3) % 6
        start = dt.date(year, rng.randint(1, 11), rng.choice([1, 1, 15]))
        date = start - dt.timedelta(days=rng.randint(5, 15)) if sub != "end" else start + dt.timedelta(days=100)
        cpr = rand_cpr(rng) if rng.random() < 0.3 else None
        doc, per = decision(rng, j, cw, family, sub, defs, start, date, cpr, over, reasons)
        fmt = dec_fmts[j % len(dec_fmts)]
        ext = "pdf" if fmt == "scan" else fmt
        rel = f"{year}/afgoerelser/{sub}_{j:02d}_{cw}.{ext}"
        rules = [r for r in defs if r in ("missing-appeal-guidance", "duration-over-6-months")]
        extras = []
        if "wrong-route" in defs:
            extras.append("appeal-wrong-route")
        if not reasons and sub in ("partial", "refusal", "end"):
            extras.append("missing-reasons")
        meta = (f"Hedeby Kommune <noreply-beskaeftigelse@hedeby.dk>", "digitalpost-kopi@hedeby.dk",
                f"Kopi af brev sendt til Digital Post: {next(b[1] for b in doc.blocks if b[0]=='title')}", date) if fmt == "eml" else None
        traits = [f"caseworker:{cw}", f"decision:{sub}", f"family:{family}"] + (["no-reasons"] if not reasons else [])
        emit(doc, rel, fmt, "decision", sub, f"decision-{family}", rules, traits, family,
             per if sub in ("grant", "partial", "extension") else None, cpr, extras, eml_meta=meta)

    # ---------------- Min Plan (16)
    mp_plan = [[], [], ["missing-hours"], [], ["unclear-goal"], ["missing-mentor"], [], ["duration-over-6-months"],
               ["missing-tasks"], [], ["missing-goal"], [], ["missing-duration"], [], ["missing-hours", "missing-mentor"], []]
    mp_fmts = ["pdf", "html", "txt", "pdf", "html", "pdf", "txt", "html"]
    for k, defs in enumerate(mp_plan):
        year = 2021 + (k * 2) % 6
        start = dt.date(year, rng.randint(1, 11), 1)
        printed = dt.datetime(year, start.month, 1) + dt.timedelta(days=rng.randint(10, 40), hours=rng.randint(8, 16), minutes=rng.randint(0, 59))
        cpr = rand_cpr(rng) if rng.random() < 0.2 else None
        other = k in (3, 9, 13)
        doc, per = minplan(rng, k, defs, start, printed, cpr, "duration-over-6-months" in defs, other)
        fmt = mp_fmts[k % len(mp_fmts)]
        rel = f"{year}/minplan/minplan_{k:02d}.{fmt}"
        traits = ["jobnet-print"] + (["other-activity-long-period"] if other else [])
        emit(doc, rel, fmt, "minplan", "minplan", "jobnet-print", defs, traits, "form",
             per if "missing-duration" not in defs else None, cpr, jobnet=True)

    # ---------------- unknown (19)
    un_plan = [("report", "pdf"), ("report", "eml"), ("report", "docx"), ("report", "pdf"), ("report", "eml"),
               ("prices", "pdf"), ("prices", "html"), ("prices", "docx"),
               ("minutes", "odt"), ("minutes", "docx"), ("minutes", "txt"),
               ("guideline", "html"), ("guideline", "pdf"), ("guideline", "docx"),
               ("complaint", "txt"), ("complaint", "scan"), ("complaint", "eml"), ("report", "rtf"), ("minutes", "pdf")]
    for u, (sub, fmt) in enumerate(un_plan):
        year = 2021 + (u * 5) % 6
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        cpr = rand_cpr(rng) if sub in ("report", "complaint") and rng.random() < 0.5 else None
        doc = unknown(rng, u, sub, date, cpr)
        ext = "pdf" if fmt == "scan" else fmt
        rel = f"{year}/andet/{sub}_{u:02d}.{ext}"
        prov = PROVIDERS[["mhv", "fokus", "brobyg", "team"][u % 4]]
        meta = None
        if fmt == "eml":
            if sub == "report":
                mname, _, mmail = prov["mentors"][u % 2]
                meta = (f"{mname} <{mmail}>", "jobcenter@hedeby.dk", f"Status mentorforløb {date.strftime('%m/%Y')}", date)
            else:
                meta = ("borger@mail.dk", "beskaeftigelse@hedeby.dk", "Klage", date)
        emit(doc, rel, fmt, "unknown", sub, f"other-{sub}", [], [f"other:{sub}"], "letter" if sub == "complaint" else "form",
             None, cpr, eml_meta=meta)

    # ---------------- conversions with LibreOffice, then scans
    prof = "file:///tmp/lo_hg_profile"
    by_ext = {}
    for src, ext, final, scan in convert:
        by_ext.setdefault(ext, []).append((src, final, scan))
    for ext, items in by_ext.items():
        odir = tmp / f"conv_{ext}"
        odir.mkdir(exist_ok=True)
        filt = {"pdf": "pdf", "odt": "odt", "rtf": "rtf"}[ext]
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", filt,
                        "--outdir", str(odir)] + [str(s) for s, _, _ in items], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, final, scan in items:
            made = odir / (src.stem + "." + ext)
            if not scan:
                shutil.move(made, final)
            else:
                sdir = tmp / ("scan_" + src.stem)
                sdir.mkdir()
                subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(made), str(sdir / "pg")], check=True)
                pages = sorted(sdir.glob("pg*.png"))
                lst = sdir / "list.txt"
                lst.write_text("\n".join(str(p) for p in pages) + "\n")
                subprocess.run(["tesseract", str(lst), str(sdir / "ocr"), "-l", "dan", "pdf"], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                shutil.move(sdir / "ocr.pdf", final)
    shutil.rmtree(tmp, ignore_errors=True)
    path = out / "EXPECTED.jsonl"
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True)
                              for e in sorted(entries, key=lambda e: e["path"])) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
