"""Corpus BC: municipal decision letters about mentor support (LAB § 167), some carrying the written
agreement in the body or as "Bilag 1", plus stand-alone agreements and letters that are neither.

Written independently of the linter (see NOTES.md): from ../shared/domain.md, the seed texts, the rule
documentation (`mentordocs rules NAME`) and the user-facing parts of docs/lint.md only.

    python make_corpus_bc.py --out /work/corpora/bc [--seed 6]

Deterministic for a given seed (LibreOffice output bytes may differ, the text does not).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import json
import os
import random
import shutil
import subprocess
import tempfile
import textwrap
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

D = dt.date

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

MUNIS = [
    # name, street, postcode/town, phone, web, mail domain
    ("Holbæk Kommune", "Kanalstræde 2", "4300 Holbæk", "72 36 36 36", "holbaek.dk"),
    ("Faxe Kommune", "Frederiksgade 9", "4690 Haslev", "56 20 30 00", "faxekommune.dk"),
    ("Tønder Kommune", "Kongevej 57", "6270 Tønder", "74 92 92 92", "toender.dk"),
    ("Roskilde Kommune", "Rådhusbuen 1", "4000 Roskilde", "46 31 30 00", "roskilde.dk"),
    ("Herning Kommune", "Torvet 5", "7400 Herning", "96 28 28 28", "herning.dk"),
    ("Assens Kommune", "Willemoesvej 15", "5610 Assens", "64 74 74 74", "assens.dk"),
    ("Gribskov Kommune", "Rådhusvej 3", "3200 Helsinge", "72 49 60 00", "gribskov.dk"),
    ("Viborg Kommune", "Prinsens Allé 5", "8800 Viborg", "87 87 87 87", "viborg.dk"),
    ("Aalborg Kommune", "Boulevarden 13", "9000 Aalborg", "99 31 31 31", "aalborg.dk"),
    ("Rudersdal Kommune", "Øverødvej 2", "2840 Holte", "46 11 00 00", "rudersdal.dk"),
    ("Svendborg Kommune", "Ramsherred 5", "5700 Svendborg", "62 23 30 00", "svendborg.dk"),
    ("Hjørring Kommune", "Springvandspladsen 5", "9800 Hjørring", "72 33 33 33", "hjoerring.dk"),
]

FIRST = ["Anna", "Ahmed", "Mikkel", "Sofie", "Jonas", "Fatima", "Kasper", "Line", "Mads", "Yasmin",
         "Emil", "Camilla", "Oliver", "Nadia", "Rasmus", "Sara", "Tobias", "Julie", "Omar", "Freja",
         "Lukas", "Ida", "Bilal", "Maria", "Frederik", "Amalie", "Hassan", "Cecilie", "Nikolaj", "Mette"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Ali", "Yilmaz", "Karimi", "Østergaard", "Friis", "Holm"]
STREETS = ["Søndergade", "Vestergade", "Skovvej", "Engvej", "Birkevej", "Møllevej", "Parkvej",
           "Kirkevej", "Åboulevarden", "Stationsvej", "Tværgade", "Bakkedraget"]
PROVIDERS = [("Jobhuset", "jobhuset.dk"), ("Mentorkompagniet ApS", "mentorkompagniet.dk"),
             ("Broen til Job", "broentiljob.dk"), ("Ungecentret", None), ("Virksomhedsservice", None),
             ("Vejen Videre ApS", "vejenvidere.dk"), ("Mentorteamet", None), ("Social Indsats ApS", "socialindsats.dk")]

CLEAR_GOALS = [
    "{f} er startet på grundforløb 1 på SOSU-skolen senest 1. august {y} og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto senest 1. juni {y}, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og søger derefter optagelse på EUD lager og logistik til august {y}.",
    "{f} fastholder sit fleksjob som pedelmedhjælper, 12 timer om ugen, med højst to fraværsdage om måneden.",
    "{f} starter på FGU (produktionsgrunduddannelse, værkstedslinjen) efter sommerferien {y} og har under 10 % fravær.",
    "Målet er, at {f} kommer i ordinær beskæftigelse som lagermedarbejder, først med 20 timer om ugen i løntilskud.",
    "{f} gennemfører første semester på HF-enkeltfag og består eksamen i dansk og matematik i juni {y}.",
    "{f} møder stabilt i praktikken på plejecentret (3 dage om ugen) og afklares til en SOSU-uddannelse inden {m}.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "At {f} får mere struktur på hverdagen og et bedre selvværd.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Hjælp til at arbejde med sig selv og motivationen.",
]
TASKS = [
    "Følges med {f} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde, transport og søvn",
    "Hjælpe med at skabe overblik over post i e-Boks og aftaler",
    "Forberede {f} på samtaler med arbejdsgiver og skole",
    "Støtte i kontakt med SU-kontoret og studievejledningen",
    "Hjælpe med at lægge en ugeplan og holde den",
    "Være bindeled til kontaktpersonen på arbejdspladsen",
    "Træne transport med bus til skolen",
]


def dk_date(d: D, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    raise ValueError(style)


def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return D(y, m, day)
        except ValueError:
            continue
    raise AssertionError


def period_text(rng, start: D, end: D) -> str:
    style = rng.choice(["words", "words", "dots", "slashdash", "abbr", "short", "iso"])
    sep = rng.choice([" – ", " - ", " til ", "–"])
    if style == "words" and start.year == end.year and rng.random() < 0.4:
        return f"{start.day}. {MONTHS[start.month - 1]}{sep}{dk_date(end, 'words')}"
    if rng.random() < 0.2:
        return f"fra og med {dk_date(start, style)} til og med {dk_date(end, style)}"
    return f"{dk_date(start, style)}{sep}{dk_date(end, style)}"


@dataclass
class Person:
    first: str
    last: str
    phone: str
    email: str | None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Doc:
    path: str
    fmt: str
    kind: str
    subtype: str
    layout: str
    blocks: list
    meta: dict
    rules: set = field(default_factory=set)
    extras: set = field(default_factory=set)
    traits: list = field(default_factory=list)
    cpr: str | None = None
    period: dict | None = None
    attachment: "Doc | None" = None


def phone(rng) -> str:
    n = f"{rng.randint(20, 99)}{rng.randint(0, 999999):06d}"
    return rng.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", n, f"+45 {n[:4]} {n[4:]}"])


def person(rng, domain: str | None, used: set) -> Person:
    while True:
        f, l = rng.choice(FIRST), rng.choice(LAST)
        if (f, l) not in used:
            used.add((f, l))
            break
    mail = None
    if domain:
        mail = rng.choice([f"{f.lower()}.{l.lower()}@{domain}", f"{f[:2].lower()}{l[:2].lower()}@{domain}"])
        mail = mail.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return Person(f, l, phone(rng), mail)


def cpr(rng) -> str:
    d = D(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(0, 9999):04d}"


# ----------------------------------------------------------------------------- appeal guidance
APPEAL_VARIANTS = ["complete_faxe", "complete_long", "complete_jobcenter", "complete_prose",
                   "other_benefit", "no_deadline", "bare", "none", "wrong_route",
                   "wrong_route_nodeadline", "deadline_only"]


def appeal_blocks(rng, variant: str, ctx: dict) -> tuple[list, set, set]:
    """Blocks, expected rules, expected extras for one appeal-guidance variant."""
    muni, unit = ctx["muni"][0], ctx["unit"]
    head = rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Vejledning om klageadgang",
                       "Klagemulighed"])
    if variant == "complete_faxe":
        return ([("h", head), ("p", "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden "
                 "fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. "
                 "Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som "
                 "tager stilling til afgørelsen.")], set(), set())
    if variant == "complete_long":
        return ([("h", head),
                 ("p", f"Du kan klage over afgørelsen. Klagen skal være modtaget hos {unit} senest 4 uger efter, at "
                       f"du har fået dette brev. Du kan klage skriftligt til {ctx['cw_mail']} eller ringe til din "
                       f"sagsbehandler. Du behøver ikke at begrunde din klage."),
                 ("p", "Når vi har modtaget din klage, vurderer vi afgørelsen igen. Hvis vi giver dig helt ret, får "
                       "du en ny afgørelse. Hvis vi fastholder afgørelsen, sender vi klagen og sagens akter videre "
                       "til Ankestyrelsen inden 4 uger efter, at vi har modtaget klagen."),
                 ("p", "Reglerne om klage står i § 204 i lov om en aktiv beskæftigelsesindsats og i lov om "
                       "retssikkerhed og administration på det sociale område §§ 66 og 67.")], set(), set())
    if variant == "complete_jobcenter":
        return ([("h", head),
                 ("p", f"Du har mulighed for at klage over afgørelsen til {unit}. Fristen for at klage er fire uger "
                       f"fra den dag, du har modtaget afgørelsen. {unit} genvurderer afgørelsen, og fastholdes den, "
                       f"sendes klagen videre til Ankestyrelsen, Beskæftigelsesudvalget. Klagen kan være mundtlig "
                       f"eller skriftlig, jf. retssikkerhedslovens § 67.")], set(), set())
    if variant == "complete_prose":
        return ([("p", f"Er du ikke enig i afgørelsen, kan du klage til os i {muni} inden 4 uger fra du modtog "
                       f"brevet. Vi ser på sagen igen, og hvis vi ikke ændrer afgørelsen, sender vi din klage til "
                       f"Ankestyrelsen.")], set(), {"trait:appeal-no-heading"})
    if variant == "other_benefit":
        ben = rng.choice(["kontanthjælp", "hjælp til enkeltudgifter efter aktivloven § 81",
                          "socialpædagogisk støtte efter servicelovens § 85"])
        return ([("h", head),
                 ("p", f"Klage over afgørelse om {ben}: Hvis du vil klage, skal du gøre det til kommunen inden "
                       f"4 uger efter, at du har modtaget afgørelsen. Kommunen genvurderer sagen og sender den "
                       f"videre til Ankestyrelsen, hvis afgørelsen fastholdes.")], set(), {"trait:appeal-other-benefit"})
    if variant == "no_deadline":
        return ([("h", head),
                 ("p", f"Hvis du ikke er enig, kan du klage til {unit}. Vi genvurderer afgørelsen, og hvis vi "
                       f"fastholder den, sender vi klagen videre til Ankestyrelsen.")],
                {"missing-appeal-guidance"}, set())
    if variant == "bare":
        return ([("p", rng.choice(["Du kan klage over afgørelsen.", "Du har mulighed for at klage over denne afgørelse.",
                                   "Du kan klage over den, hvis du er uenig."]))],
                {"missing-appeal-guidance"}, set())
    if variant == "none":
        return ([], {"missing-appeal-guidance"}, set())
    if variant == "wrong_route":
        return ([("h", head),
                 ("p", rng.choice([
                     "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger. Klagen sendes til Ankestyrelsen, "
                     "Teglholmsgade 3, 2450 København SV, eller via ast.dk.",
                     "Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen. Klagefristen er fire "
                     "uger fra modtagelsen af dette brev. Brug klageformularen på borger.dk."]))],
                set(), {"appeal-wrong-route"})
    if variant == "wrong_route_nodeadline":
        return ([("h", head),
                 ("p", "Du kan klage til Ankestyrelsen, 7998 Statsservice. Skriv dit navn og sagsnummer i klagen.")],
                {"missing-appeal-guidance"}, {"appeal-wrong-route"})
    if variant == "deadline_only":
        return ([("h", head), ("p", "Klagefristen er 4 uger fra modtagelsen af dette brev.")],
                {"missing-appeal-guidance"}, set())
    raise ValueError(variant)


# ----------------------------------------------------------------------------- reasons
LEGAL = ["§ 167 i lov om en aktiv beskæftigelsesindsats", "LAB § 167, stk. 1", "beskæftigelseslovens § 167, stk. 1",
         "lov om en aktiv beskæftigelsesindsats (LAB) § 167", "§ 167, stk. 1, jf. § 168"]


def reasons_blocks(rng, variant: str, why: str, ctx: dict) -> tuple[list, bool]:
    """(blocks, reasons_missing)."""
    law = rng.choice(LEGAL)
    if variant == "heading":
        return ([("h", "Begrundelse"), ("p", f"Afgørelsen er truffet efter {law}. {why}")], False)
    if variant == "weight":
        return ([("p", f"Vi har lagt vægt på, at {why[0].lower() + why[1:]} Afgørelsen er truffet efter {law}.")], False)
    if variant == "prose":
        return ([("p", why)], False)
    if variant == "none":
        return ([], True)
    raise ValueError(variant)


# ----------------------------------------------------------------------------- context
def make_ctx(rng, i: int, used: set, when: D) -> dict:
    muni = rng.choice(MUNIS)
    short = muni[0].replace(" Kommune", "")
    unit = f"Jobcenter {short}" if when < D(2026, 2, 1) else rng.choice(
        [f"{muni[0]}", f"{muni[0]}, Beskæftigelse", f"{muni[0]}, Job og Uddannelse"])
    cw = person(rng, muni[4], used)
    cit = person(rng, None, used)
    prov, pdom = rng.choice(PROVIDERS)
    mentor = person(rng, pdom or muni[4], used)
    return {"muni": muni, "unit": unit, "cw": cw, "cw_mail": cw.email, "cit": cit, "mentor": mentor,
            "provider": prov if pdom else f"{prov}, {muni[0]}", "date": when,
            "sagsnr": f"{when.year % 100:02d}.{rng.randint(10, 99)}.{rng.randint(0, 99):02d}-"
                      f"{rng.choice(['A', 'G', 'P'])}{rng.randint(10, 99)}-{rng.randint(1, 99999)}-{when.year % 100:02d}",
            "addr": f"{rng.choice(STREETS)} {rng.randint(1, 120)}{rng.choice(['', ', 1. th.', ', st. tv.', 'B'])}",
            "town": muni[2], "cpr": None}


def letterhead(ctx: dict, title: str, rng) -> list:
    cit = ctx["cit"]
    blocks = [("addr", [cit.name, ctx["addr"], ctx["town"]]),
              ("meta", [("Dato", dk_date(ctx["date"], rng.choice(["words", "dots"]))), ("Sagsnr.", ctx["sagsnr"]),
                        ("Sagsbehandler", ctx["cw"].name), ("Direkte tlf.", ctx["cw"].phone)])]
    if ctx.get("cpr"):
        blocks.append(("p", f"CPR-nr.: {ctx['cpr']}"))
    blocks.append(("title", title))
    return blocks


def signature(ctx: dict, rng) -> list:
    cw = ctx["cw"]
    return [("p", rng.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen og god weekend"])),
            ("sig", [cw.name, rng.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver", "Socialrådgiver"]),
                     ctx["unit"], f"Tlf. {cw.phone}", cw.email])]


# ----------------------------------------------------------------------------- agreement
def agreement_fields(rng, ctx: dict, start: D, end: D, defects: set, style: str, period_ref: bool = False) -> list:
    """The written agreement's fields as blocks (no title). `defects` name what to damage."""
    f, y = ctx["cit"].first, start.year
    m = ctx["mentor"]
    goal = (rng.choice(UNCLEAR_GOALS) if "unclear-goal" in defects else rng.choice(CLEAR_GOALS)).format(
        f=f, y=y + (1 if start.month > 7 else 0), m=dk_date(end, "words"))
    tasks = [t.format(f=f) for t in rng.sample(TASKS, rng.randint(2, 4))]
    hours = rng.choice(["3 timer pr. uge", "2 timer om ugen", "1½ time om ugen", "halvanden time ugentligt",
                        "2-3 timer om ugen", "4 t/uge", "to timer hver uge", "8 timer om måneden",
                        "i alt 24 mentortimer i perioden"])
    if "missing-hours" in defects:
        hours = rng.choice(["efter behov", "et par timer om ugen", "Udfyldes senere", None])
    ptxt = period_text(rng, start, end)
    if "missing-duration" in defects:
        ptxt = rng.choice(["indtil videre", "Udfyldes senere", None])
    mentor_txt = f"{m.name}, {ctx['provider']}, tlf. {m.phone}" + (f", {m.email}" if m.email else "")
    if "missing-mentor" in defects:
        mentor_txt = rng.choice([f"{m.name}, {ctx['provider']}", "Mentor udpeges ved opstartsmødet", None])
    fu = rng.choice([
        "Statusmøde med mentor og sagsbehandler hver måned. Evaluering 14 dage før forløbet slutter.",
        "Vi følger op hver 4. uge. Delmål: fremmøde mindst 4 dage om ugen fra uge 2.",
        "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
        "Mentor sender en kort statusrapport hver måned; progression måles på fremmøde og aftaler overholdt.",
    ])
    if "missing-follow-up" in defects:
        fu = rng.choice(["–", None])
    blocks: list = []
    if style == "kv":
        lab = rng.choice([
            ("Mål for mentorstøtten", "Mentor", "Mentorens opgaver", "Periode", "Timetal", "Opfølgning"),
            ("Mål for mentorstøtten", "Mentorens navn og kontaktdata", "Hvad skal mentor hjælpe med?", "Periode",
             "Antal timer pr. uge", "Opfølgning og delmål"),
            ("Mål for mentorstøtten", "Mentors kontaktdata", "Indsatsområder", "Periode", "Timeantal",
             "Evaluering"),
        ])
        rows = [(lab[0], goal)]
        if mentor_txt:
            rows.append((lab[1], mentor_txt))
        rows.append((lab[2], "; ".join(tasks) if "missing-tasks" not in defects else "-"))
        if ptxt:
            rows.append((lab[3], ptxt))
        if hours:
            rows.append((lab[4], hours))
        if fu:
            rows.append((lab[5], fu))
        blocks.append(("kv", rows))
    elif style == "headings":
        blocks += [("h", rng.choice(["Mål", "Borgerens mål", "Formål med mentorstøtten"])), ("p", goal)]
        if mentor_txt:
            blocks += [("h", rng.choice(["Mentor", "Mentors kontaktdata", "Din mentor"])), ("p", mentor_txt)]
        if "missing-tasks" not in defects:
            blocks += [("p", f"{m.first} skal hjælpe dig med:"), ("ul", tasks)]
        if ptxt:
            blocks += [("h", rng.choice(["Varighed", "Periode"])), ("p", ptxt)]
        if hours:
            blocks += [("h", rng.choice(["Timetal", "Antal timer"])), ("p", hours)]
        if fu:
            blocks += [("h", rng.choice(["Opfølgning", "Opfølgning og progression"])), ("p", fu)]
    elif style == "numbered":
        items = [f"Målet med mentorstøtten: {goal}"]
        items.append(f"Mentorens navn og kontaktdata: {mentor_txt or 'Udfyldes senere'}")
        items.append("Opgaver, mentor skal bistå ved: " + ("; ".join(tasks) if "missing-tasks" not in defects
                                                           else "Udfyldes senere"))
        items.append(f"Varighed: {ptxt or 'Udfyldes senere'}")
        if fu:
            items.append(f"Opfølgning: {fu}")
        items.append(f"Timetal: {hours or 'Udfyldes senere'}")
        blocks.append(("ol", items))
    else:  # prose
        s = [rng.choice(["Vi har aftalt følgende mål for forløbet: ", "Målet med mentorstøtten er: ",
                         "Det overordnede mål: "]) + goal]
        if mentor_txt and mentor_txt.startswith("Mentor udpeges"):
            s.append(mentor_txt + ".")
        elif mentor_txt:
            s.append(f"Din mentor er {mentor_txt}.")
        if "missing-tasks" not in defects:
            s.append(f"{m.first} skal hjælpe dig med at " + ", ".join(t[0].lower() + t[1:] for t in tasks) + ".")
        vague = hours in ("efter behov", "et par timer om ugen", "Udfyldes senere")
        if ptxt:
            s.append(f"Forløbet løber i perioden {ptxt}" + (f", og mentor har {hours}." if hours and not vague else "."))
        if hours and (vague or not ptxt):
            s.append(f"Timetallet aftales {hours}." if hours == "efter behov" else
                     f"Mentor har {hours} til forløbet." if not vague else f"Timer: {hours}.")
        if fu:
            s.append(f"Opfølgning: {fu}")
        blocks += [("p", x) for x in s]
    return blocks


# ----------------------------------------------------------------------------- documents
REFUSAL_WHY = [
    "Du deltager allerede i et forløb på FGU, hvor din kontaktlærer hjælper dig med fremmøde og planlægning. "
    "Vi vurderer derfor, at du ikke har behov for mentorstøtte ud over den støtte, skolen giver.",
    "Du har i dag bostøtte efter servicelovens § 85 fire timer om ugen, som dækker den hjælp til struktur i "
    "hverdagen, du har søgt om. Mentorstøtte kan ikke gives til opgaver, som andre ordninger dækker.",
    "Der er på nuværende tidspunkt ikke et mål om beskæftigelse eller uddannelse for forløbet, og mentorstøtte "
    "kan kun gives, når støtten skal hjælpe dig i job eller uddannelse.",
    "Du er blevet fast ansat på ordinære vilkår og har selv fortalt, at arbejdet fungerer godt. Vi vurderer ikke, "
    "at der er behov for en mentor for at fastholde ansættelsen.",
]
END_WHY = [
    "Du har gennemført praktikforløbet og er startet i ordinært job 30 timer om ugen. Målet med mentorstøtten er "
    "dermed nået.",
    "Du er flyttet til en anden kommune pr. {d}, og din nye kommune overtager din sag.",
    "Du er ikke mødt til de aftalte møder med din mentor siden {d}, og vi har ikke kunnet få kontakt med dig.",
    "Du er startet på uddannelsen, og skolens SPS-støtte og mentorordning dækker nu dit behov.",
]
PARTIAL_WHY = [
    "Vi vurderer, at 3 timer om ugen er nok til at følge dig til praktikken og holde ugentlige samtaler. "
    "Behovet vurderes igen ved udløbet af perioden.",
    "Mentorstøtte kan gives i højst 6 måneder ad gangen. Vi har derfor bevilget 6 måneder og vurderer behovet for "
    "forlængelse, inden perioden udløber.",
    "En del af den støtte, du har søgt om (hjælp til rengøring og indkøb), er ikke knyttet til job eller uddannelse "
    "og kan derfor ikke gives som mentorstøtte.",
]


class Builder:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set = set()
        self.docs: list[Doc] = []
        self.n = 0

    def when(self) -> D:
        return D(2025, 6, 1) + dt.timedelta(days=self.rng.randint(0, 520))

    def new_ctx(self, with_cpr: bool | None = None) -> dict:
        ctx = make_ctx(self.rng, self.n, self.used, self.when())
        if with_cpr is None:
            with_cpr = self.rng.random() < 0.22
        if with_cpr:
            ctx["cpr"] = cpr(self.rng)
        return ctx

    def add(self, doc: Doc, ctx: dict):
        if ctx.get("cpr"):
            doc.cpr = ctx["cpr"]
            doc.traits.append("cpr")
        self.docs.append(doc)
        self.n += 1

    def path(self, ctx, stem: str, fmt: str) -> str:
        folder = ctx["muni"][0].split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-rl-side": "pdf"}.get(fmt, fmt)
        return f"{folder}/{self.n:03d}-{stem}.{ext}"

    # ---------------------------------------------------------------- pure decisions
    def decision(self, dtype: str, fmt: str, appeal: str, reasons: str, over6: bool = False,
                 extra_traits=(), variant: str = ""):
        rng = self.rng
        ctx = self.new_ctx()
        c, unit = ctx["cit"], ctx["unit"]
        start = add_months(ctx["date"].replace(day=1), 1)
        months = rng.choice([3, 4, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
        traits = list(extra_traits)
        rules, extras = set(), set()
        period = None
        law = rng.choice(LEGAL)
        titles = {
            "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"],
            "partial": ["Afgørelse om mentorstøtte", "Delvis bevilling af mentorstøtte",
                        "Afgørelse – din ansøgning om mentor"],
            "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte", "Afgørelse på din ansøgning om mentor"],
            "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
            "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"],
        }
        b = letterhead(ctx, rng.choice(titles[dtype]), rng)
        if over6:
            end = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=rng.choice([1, 0]))
            traits.append("defect:over6")
            rules.add("duration-over-6-months")
        hrs = rng.choice(["3 timer om ugen", "2 timer pr. uge", "1½ time ugentligt", "4 timer om ugen"])
        needs_reasons = dtype in ("partial", "refusal", "end")
        if variant == "form":
            box = {"grant": "☒ Bevilget    ☐ Delvist bevilget    ☐ Afslag",
                   "refusal": "☐ Bevilget    ☐ Delvist bevilget    ☒ Afslag"}[dtype]
            b.append(("p", f"Kære {c.first}"))
            b.append(("p", "Du har søgt om mentorstøtte. Du kan se vores afgørelse i skemaet herunder."))
            rows = [("Ydelse", "Mentorstøtte efter lov om en aktiv beskæftigelsesindsats"), ("Afgørelse", box)]
            if dtype == "grant":
                rows += [("Periode", period_text(rng, start, end)), ("Timer", hrs), ("Leverandør", ctx["provider"])]
                period = (start, end)
            else:
                why = rng.choice(REFUSAL_WHY)
                rows.append(("Begrundelse", "" if reasons == "none" else why))
                if reasons == "none":
                    extras.add("missing-reasons")
                    traits.append("empty-reasons-row")
            b.append(("kv", rows))
            traits += [f"decision:{dtype}", "decision-form-checkboxes", f"reasons:{reasons}"]
            needs_reasons = False
        elif dtype == "grant" and variant == "after-reconsideration":
            b[-1] = ("title", rng.choice(["Ny afgørelse efter genvurdering", "Vi har genvurderet din sag"]))
            b.append(("p", f"Kære {c.first}"))
            b.append(("p", f"Du har klaget over vores afgørelse af {dk_date(ctx['date'] - dt.timedelta(days=35), 'words')} "
                           f"om afslag på mentorstøtte. Vi har genvurderet sagen og giver dig medhold. Du får "
                           f"mentorstøtte med {hrs} i perioden {period_text(rng, start, end)}."))
            b.append(("p", "Din klage bliver derfor ikke sendt videre til Ankestyrelsen."))
            period = (start, end)
            traits += ["decision:grant", "reconsideration-changes-decision"]
        elif dtype == "grant" and variant == "discharge-coordinator":
            b[-1] = ("title", "Afgørelse om udskrivningskoordinator")
            end = add_months(start, 9) - dt.timedelta(days=1)
            dis = add_months(start, 3)
            b.append(("p", f"Kære {c.first}"))
            b.append(("p", f"Regionen har oplyst, at du forventes udskrevet fra psykiatrisk afdeling omkring "
                           f"{dk_date(dis, 'words')}. Du har sagt ja til en udskrivningskoordinator. Du får mentorstøtte "
                           f"som udskrivningskoordinator efter LAB § 167, stk. 2, fra {dk_date(start, 'words')} til "
                           f"{dk_date(end, 'words')}, det vil sige 3 måneder før og 6 måneder efter udskrivningen."))
            b.append(("p", f"Koordinatoren har {hrs} og hjælper dig med at få kontakt til jobcentret, uddannelsesstedet "
                           f"og andre, du skal i kontakt med efter udskrivningen."))
            period = (start, end)
            traits += ["decision:grant", "discharge-coordinator-9-months"]
        elif dtype == "grant":
            b.append(("p", f"Kære {c.first}"))
            b.append(("p", rng.choice([
                f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {period_text(rng, start, end)}.",
                f"{unit} har den {dk_date(ctx['date'], 'words')} truffet afgørelse om, at du får mentorstøtte efter {law}. "
                f"Støtten gælder fra {dk_date(start, 'words')} til {dk_date(end, 'words')}.",
                f"Du får bevilget mentorstøtte med {hrs} i perioden {period_text(rng, start, end)}."])))
            b.append(("p", f"Mentorstøtten skal hjælpe dig med at komme i gang med dit praktikforløb og holde fast i det. "
                           f"Du får {hrs} med en mentor fra {ctx['provider']}. Din mentor kontakter dig inden for en uge "
                           f"for at aftale et opstartsmøde, hvor I sammen skriver aftalen om forløbet."))
            period = (start, end)
            traits.append("decision:grant")
        elif dtype == "partial":
            asked = rng.choice([9, 12])
            gm = 6
            end = add_months(start, gm) - dt.timedelta(days=1)
            if over6:  # granted more than 6 although trimmed hours
                end = add_months(start, 8) - dt.timedelta(days=1)
            b.append(("p", f"Kære {c.name}"))
            b.append(("p", rng.choice([
                f"Du har den {dk_date(ctx['date'] - dt.timedelta(days=20), 'words')} søgt om mentorstøtte 6 timer om "
                f"ugen i {asked} måneder. Du får delvist medhold: Vi bevilger {hrs} i perioden "
                f"{period_text(rng, start, end)}.",
                f"Din ansøgning om mentorstøtte i {asked} måneder med 5 timer om ugen er delvis imødekommet. "
                f"Du får mentorstøtte {hrs} fra {dk_date(start, 'words')} til {dk_date(end, 'words')}."])))
            traits += ["decision:partial", "applied-longer-than-granted"]
            period = (start, end)
        elif dtype == "refusal":
            b.append(("p", f"Kære {c.first}"))
            if rng.random() < 0.4:
                b.append(("p", "Du modtager dette brev, fordi du har søgt om mentorstøtte."))
            if rng.random() < 0.4:
                aend = add_months(start, 10) - dt.timedelta(days=1)
                b.append(("p", f"Du har søgt om mentorstøtte i perioden {dk_date(start, 'words')} til "
                               f"{dk_date(aend, 'words')}. Vi har givet dig afslag på mentorstøtte."))
                traits.append("applied-period-over6-not-granted")
            else:
                b.append(("p", rng.choice(["Vi har givet dig afslag på mentorstøtte.",
                                           "Du får ikke mentorstøtte.",
                                           f"{unit} kan ikke imødekomme din ansøgning om mentorstøtte."])))
            traits.append("decision:refusal")
        elif dtype == "extension":
            prev_end = start - dt.timedelta(days=1)
            prev_start = add_months(start, -6)
            b.append(("p", f"Kære {c.first}"))
            b.append(("p", f"Din nuværende bevilling af mentorstøtte (forrige periode {dk_date(prev_start, 'dots')}–"
                           f"{dk_date(prev_end, 'dots')}) udløber snart. Vi har efter en konkret vurdering besluttet "
                           f"at forlænge mentorstøtten i perioden {period_text(rng, start, end)} med {hrs}."))
            b.append(("p", "Vi har ved vurderingen set på din mentors statusrapport og på, at du nu møder i "
                           "praktikken tre dage om ugen."))
            traits.append("decision:extension")
            period = (start, end)
        elif dtype == "end":
            stop = ctx["date"] + dt.timedelta(days=rng.randint(7, 30))
            b.append(("p", f"Kære {c.first}"))
            b.append(("p", rng.choice([
                f"Din mentorstøtte ophører pr. {dk_date(stop, 'words')}.",
                f"Vi har besluttet, at din mentorstøtte stopper den {dk_date(stop, 'words')}, før den bevilgede "
                f"periode er udløbet.",
                f"Mentorforløbet hos {ctx['provider']} afsluttes med virkning fra {dk_date(stop, 'dots')}."])))
            traits.append("decision:end")
            over6 = False
        if needs_reasons:
            why = rng.choice({"partial": PARTIAL_WHY if not over6 else PARTIAL_WHY[::2], "refusal": REFUSAL_WHY, "end": END_WHY}[dtype]).format(
                d=dk_date(ctx["date"] - dt.timedelta(days=30), "words"))
            rb, missing = reasons_blocks(rng, reasons, why, ctx)
            b += rb
            traits.append(f"reasons:{reasons}")
            if missing:
                extras.add("missing-reasons")
        if dtype in ("grant", "extension") and rng.random() < 0.5:
            if rng.random() < 0.5:
                b += [("h", "Lovgrundlag"), ("p", f"Afgørelsen er truffet efter {law}.")]
            else:
                b.append(("p", f"Afgørelsen er truffet efter {law}."))
        if dtype in ("grant", "extension", "partial") and rng.random() < 0.4:
            b += [("h", rng.choice(["Hvad sker der nu?", "Det videre forløb"])),
                  ("p", "Din mentor kontakter dig for at aftale det første møde. Ændrer din situation sig, skal du "
                        "give os besked, fx hvis du starter i job eller flytter.")]
        if rng.random() < 0.3:
            b.append(("p", rng.choice(["Har du spørgsmål til brevet, er du velkommen til at ringe til mig.",
                                       "Du kan læse mere om mentorstøtte på kommunens hjemmeside."])))
        ab, r, e = appeal_blocks(rng, appeal, ctx)
        rules |= r
        extras |= {x for x in e if not x.startswith("trait:")}
        traits += [x[6:] for x in e if x.startswith("trait:")]
        traits.append(f"appeal:{appeal}")
        b += ab
        b += signature(ctx, rng)
        doc = Doc(self.path(ctx, f"afgoerelse-{dtype}", fmt), fmt, "decision", f"decision-{dtype}",
                  "letter", b, ctx, rules, extras, traits)
        if period and dtype != "end":
            doc.period = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.add(doc, ctx)

    # ---------------------------------------------------------------- decision with the agreement
    def decision_with_agreement(self, dtype: str, fmt: str, appeal: str, defects: set, where: str, style: str,
                                reasons: str = "heading"):
        rng = self.rng
        ctx = self.new_ctx()
        c, unit, m = ctx["cit"], ctx["unit"], ctx["mentor"]
        start = add_months(ctx["date"].replace(day=1), 1)
        months = rng.choice([3, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
        rules, extras, traits = set(), set(), [f"agreement-in:{where}", f"decision:{dtype}", f"style:{style}"]
        if "duration-over-6-months" in defects:
            end = add_months(start, rng.choice([7, 9, 12])) - dt.timedelta(days=1)
            rules.add("duration-over-6-months")
        title = {"grant": "Afgørelse om mentorstøtte", "extension": "Forlængelse af mentorstøtte",
                 "partial": "Afgørelse om mentorstøtte – delvis bevilling"}[dtype]
        b = letterhead(ctx, title, rng)
        b.append(("p", f"Kære {c.first}"))
        ref = "duration-ref" in defects
        if dtype == "grant":
            b.append(("p", f"Du har søgt om mentorstøtte, og vi har bevilget det. Du får mentorstøtte efter "
                           f"{rng.choice(LEGAL)} i perioden {period_text(rng, start, end)}."))
        elif dtype == "extension":
            b.append(("p", f"Vi har efter en konkret vurdering forlænget din mentorstøtte. Den nye periode er "
                           f"{period_text(rng, start, end)}. Det er en forlængelse af dit nuværende forløb."))
        else:
            b.append(("p", f"Du har søgt om mentorstøtte 5 timer om ugen i 12 måneder. Vi har bevilget mentorstøtte i "
                           f"perioden {period_text(rng, start, end)} med færre timer end ansøgt."))
            rb, missing = reasons_blocks(rng, reasons, rng.choice(PARTIAL_WHY), ctx)
            b += rb
            traits.append(f"reasons:{reasons}")
            if missing:
                extras.add("missing-reasons")
        if where == "bilag":
            b.append(("p", rng.choice(["Aftalen om mentorstøtte er vedlagt som bilag 1. Læs den grundigt.",
                                       "Se den skriftlige aftale om mentorforløbet i bilaget.",
                                       "Aftalen mellem dig, din mentor og kommunen er vedlagt."])))
        ab, r, e = appeal_blocks(rng, appeal, ctx)
        rules |= r
        extras |= {x for x in e if not x.startswith("trait:")}
        traits += [x[6:] for x in e if x.startswith("trait:")] + [f"appeal:{appeal}"]
        fields_ = agreement_fields(rng, ctx, start, end, defects - {"duration-ref"}, style)
        if ref:  # the agreement points at the decision for the period: the document still has it
            fields_ = [blk if not (blk[0] == "kv") else ("kv", [(l, "Se afgørelsen" if l == "Periode" else v)
                                                                for l, v in blk[1]]) for blk in fields_]
            traits.append("agreement-period-refers-to-decision")
        if where == "body":
            b.append(("h", rng.choice(["Aftale om mentorstøtte", "Din aftale om mentorforløbet",
                                       "Aftalen om mentorstøtte"])))
            b += fields_
            b += ab
            b += signature(ctx, rng)
        else:
            b += ab
            b += signature(ctx, rng)
            b.append(("pagebreak",))
            b.append(("title", rng.choice(["Bilag 1: Aftale om mentorstøtte", "Bilag 1", "Bilag: Aftale om mentorstøtte"])))
            if b[-1][1] == "Bilag 1":
                b.append(("h", "Aftale om mentorstøtte"))
            b.append(("kv", [("Borger", c.name), ("Sagsnr.", ctx["sagsnr"])]))
            b += fields_
            b.append(("p", "Underskrifter:"))
            b.append(("sig", ["______________________   ______________________",
                              f"{c.name}, borger            "
                              + ("mentor" if "missing-mentor" in defects else f"{m.name}, mentor")]))
        for d_ in defects - {"duration-ref"}:
            if d_ in ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                      "missing-hours", "unclear-goal"):
                rules.add(d_)
        traits += [f"defect:{d_}" for d_ in sorted(defects)]
        doc = Doc(self.path(ctx, f"afgoerelse-med-aftale-{dtype}", fmt), fmt, "agreement",
                  "decision-with-agreement", "letter-with-appendix" if where == "bilag" else "letter-with-section",
                  b, ctx, rules, extras, traits)
        if "missing-duration" not in defects:
            doc.period = {"start": start.isoformat(), "end": end.isoformat()}
        if "missing-duration" in defects:
            # the decision text still states the period, so the document has a duration: keep honest
            rules.discard("missing-duration")
            traits.append("period-only-in-decision-part")
        self.add(doc, ctx)

    # ---------------------------------------------------------------- stand-alone agreement
    def agreement(self, fmt: str, appeal: str, defects: set, style: str, source: str):
        rng = self.rng
        ctx = self.new_ctx()
        c, m = ctx["cit"], ctx["mentor"]
        start = add_months(ctx["date"].replace(day=1), 1)
        end = add_months(start, rng.choice([3, 4, 6])) - dt.timedelta(days=1)
        rules, extras, traits = set(), set(), [f"style:{style}", f"source:{source}"]
        if "duration-over-6-months" in defects:
            end = add_months(start, rng.choice([7, 9, 12])) - dt.timedelta(days=1)
            rules.add("duration-over-6-months")
        b: list = []
        if source == "municipality":
            b.append(("meta", [("Dato", dk_date(ctx["date"], "dots")), ("Sagsnr.", ctx["sagsnr"])]))
        else:
            b.append(("p", f"{ctx['provider']} · {rng.choice(STREETS)} {rng.randint(1, 80)} · {ctx['town']}"))
        b.append(("title", rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorforløb",
                                       "Aftale om mentorstøtte efter LAB § 167"])))
        b.append(("kv", [("Borger", c.name)] + ([("CPR-nr.", ctx["cpr"])] if ctx.get("cpr") else []) +
                  [("Kommune", ctx["unit"]), ("Sagsbehandler", f"{ctx['cw'].name}, tlf. {ctx['cw'].phone}")]))
        b += agreement_fields(rng, ctx, start, end, defects, style)
        ab, r, e = appeal_blocks(rng, appeal, ctx)
        rules |= r
        extras |= {x for x in e if not x.startswith("trait:")}
        traits += [x[6:] for x in e if x.startswith("trait:")] + [f"appeal:{appeal}"]
        b += ab
        b.append(("p", f"Aftalen er indgået {dk_date(ctx['date'], 'words')}."))
        b.append(("sig", ["______________________   ______________________",
                          f"{c.name}            " + ("Mentor" if "missing-mentor" in defects else m.name)]))
        for d_ in defects:
            if d_ != "duration-over-6-months":
                rules.add(d_)
        traits += [f"defect:{d_}" for d_ in sorted(defects)]
        ctx_cpr = ctx.get("cpr")
        doc = Doc(self.path(ctx, "aftale-mentor", fmt), fmt, "agreement", f"agreement-{source}",
                  style, b, ctx, rules, extras, traits)
        if "missing-duration" not in defects:
            doc.period = {"start": start.isoformat(), "end": end.isoformat()}
        self.add(doc, ctx)
        return ctx_cpr

    # ---------------------------------------------------------------- neither
    def other(self, otype: str, fmt: str):
        rng = self.rng
        ctx = self.new_ctx()
        c, unit = ctx["cit"], ctx["unit"]
        start = add_months(ctx["date"].replace(day=1), 1)
        if otype == "partshoering":
            b = letterhead(ctx, rng.choice(["Partshøring", "Partshøring – din ansøgning om mentorstøtte",
                                            "Vi vil gerne høre dig, før vi træffer afgørelse"]), rng)
            b += [("p", f"Kære {c.first}"),
                  ("p", "Du har søgt om mentorstøtte. Før vi træffer afgørelse, vil vi give dig mulighed for at komme "
                        "med dine bemærkninger til de oplysninger, vi har lagt vægt på."),
                  ("p", f"Vi overvejer at give dig afslag, fordi du allerede har støtte fra en kontaktlærer på FGU. "
                        f"Vi har lagt vægt på oplysningerne fra skolen af {dk_date(ctx['date'] - dt.timedelta(days=12), 'words')}."),
                  ("p", f"Du kan sende dine bemærkninger til os senest {dk_date(ctx['date'] + dt.timedelta(days=14), 'words')}. "
                        f"Hører vi ikke fra dig, træffer vi afgørelse på det foreliggende grundlag. Høringen sker efter "
                        f"forvaltningslovens § 19.")]
        elif otype == "aktindsigt":
            b = letterhead(ctx, rng.choice(["Svar på anmodning om aktindsigt", "Aktindsigt i din sag"]), rng)
            b += [("p", f"Kære {c.first}"),
                  ("p", f"Du har den {dk_date(ctx['date'] - dt.timedelta(days=5), 'words')} bedt om aktindsigt i din sag om "
                        f"mentorstøtte. Du får aktindsigt i alle dokumenter i sagen, jf. forvaltningslovens § 9."),
                  ("p", "Vedlagt er en aktliste og 14 dokumenter, herunder mentoraftalen, statusrapporter fra mentor og "
                        "vores afgørelse. Interne arbejdsdokumenter er undtaget efter forvaltningslovens § 12."),
                  ("p", "Er du uenig i, at du ikke har fået aktindsigt i de interne dokumenter, kan du klage til "
                        "kommunen inden 4 uger. Vi genvurderer og sender klagen videre til Ankestyrelsen.")]
        elif otype == "ankestyrelsen":
            b = [("p", "Ankestyrelsen · Teglholmsgade 3 · 2450 København SV · ast.dk"),
                 ("meta", [("Dato", dk_date(ctx["date"], "words")), ("J.nr.", f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}")]),
                 ("p", f"{c.name}" + (f", CPR-nr. {ctx['cpr']}" if ctx.get("cpr") else "")),
                 ("title", rng.choice(["Ankestyrelsens afgørelse", "Afgørelse i din klagesag om mentorstøtte"])),
                 ("p", f"Du har klaget over {ctx['muni'][0]}s afgørelse af {dk_date(ctx['date'] - dt.timedelta(days=70), 'words')} "
                       f"om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167."),
                 ("h", "Resultat"),
                 ("p", rng.choice(["Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at afgørelsen er rigtig.",
                                   "Ankestyrelsen ændrer kommunens afgørelse. Kommunen skal behandle din ansøgning igen."])),
                 ("h", "Begrundelse"),
                 ("p", "Vi har lagt vægt på, at der ikke er et mål om beskæftigelse eller uddannelse for forløbet, og at "
                       "den støtte, du har søgt om, dækkes af bostøtte efter serviceloven."),
                 ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed."),
                 ("sig", ["Med venlig hilsen", f"{ctx['cw'].first} {rng.choice(LAST)}", "Fuldmægtig, Beskæftigelse"])]
        elif otype == "genvurdering":
            b = letterhead(ctx, rng.choice(["Genvurdering af din klage", "Vi fastholder vores afgørelse"]), rng)
            b += [("p", f"Kære {c.first}"),
                  ("p", f"Vi har modtaget din klage over afgørelsen om afslag på mentorstøtte. Vi har genvurderet sagen, "
                        f"men vi fastholder afgørelsen."),
                  ("p", "Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, som vil behandle klagen. "
                        "Du hører fra Ankestyrelsen. Du kan følge sagen på ast.dk.")]
        elif otype == "reminder":
            b = letterhead(ctx, rng.choice(["Påmindelse: statusmøde om dit mentorforløb",
                                            "Husk at underskrive din mentoraftale"]), rng)
            b += [("p", f"Hej {c.first}"),
                  ("p", f"Vi vil minde dig om statusmødet {dk_date(start, 'den')} kl. 10.00 i jobcentret, sammen med "
                        f"din mentor {ctx['mentor'].name}. Vi skal tale om, hvordan det går i praktikken."),
                  ("p", "Hvis du er forhindret, så ring til din sagsbehandler hurtigst muligt.")]
        elif otype == "kvittering":
            b = letterhead(ctx, rng.choice(["Kvittering for modtagelse af ansøgning", "Vi har modtaget din ansøgning",
                                            "Kvittering for modtaget klage"]), rng)
            b += [("p", f"Kære {c.first}"),
                  ("p", f"Vi har {dk_date(ctx['date'] - dt.timedelta(days=2), 'words')} modtaget din henvendelse om "
                        f"mentorstøtte. Vi forventer at kunne give dig svar inden for 4 uger."),
                  ("p", "Du skal ikke gøre mere lige nu. Har du spørgsmål, er du velkommen til at kontakte os.")]
        else:
            raise ValueError(otype)
        if otype != "ankestyrelsen":
            b += signature(ctx, rng)
        doc = Doc(self.path(ctx, otype, fmt), fmt, "unknown", otype, "letter", b, ctx, set(), set(),
                  ["not-a-mentor-document-kind"])
        self.add(doc, ctx)


# ============================================================================= renderers
def render_txt(doc: Doc, md: bool) -> str:
    out = []
    for blk in doc.blocks:
        t = blk[0]
        if t == "title":
            out += ["# " + blk[1], ""] if md else [blk[1], "=" * len(blk[1]), ""]
        elif t == "h":
            out += [("## " if md else "") + blk[1], ""]
        elif t == "p":
            out += textwrap.wrap(blk[1], 74) + [""]
        elif t in ("ul", "ol"):
            for i, x in enumerate(blk[1], 1):
                pre = "- " if t == "ul" else f"{i}. "
                out += textwrap.wrap(x, 74, initial_indent=pre, subsequent_indent=" " * len(pre))
            out.append("")
        elif t in ("kv", "meta"):
            for l, v in blk[1]:
                out += textwrap.wrap(f"{l}: {v}", 74, subsequent_indent="  ")
            out.append("")
        elif t in ("addr", "sig"):
            out += [x for x in blk[1] if x] + [""]
        elif t == "pagebreak":
            out += ["", "\f"]
    return "\n".join(out).rstrip() + "\n"


def render_html(doc: Doc, rng) -> str:
    e = htmlmod.escape
    muni = doc.meta["muni"]
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
             f"<title>{e(next((b[1] for b in doc.blocks if b[0] == 'title'), 'Dokument'))}</title>",
             "<style>.lbl{font-weight:bold}.doc{max-width:48em}</style>",
             "<script>window.dataLayer=window.dataLayer||[];function track(){return 'Mentor Mål Periode Timer';}</script>",
             "</head><body><div class='casesys'><div class='hdr'>",
             f"<div class='org'>{e(muni[0])} · {e(muni[1])} · {e(muni[2])}</div>",
             "<nav><a href='#'>Forside</a> | <a href='#'>Udskriv</a></nav></div><div class='doc'>"]
    for blk in doc.blocks:
        t = blk[0]
        if t == "title":
            parts.append(f"<h1>{e(blk[1])}</h1>")
        elif t == "h":
            parts.append(f"<div class='section'><h2>{e(blk[1])}</h2></div>")
        elif t == "p":
            parts.append(f"<div class='txt'><p>{e(blk[1])}</p></div>")
        elif t in ("ul", "ol"):
            parts.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in blk[1]) + f"</{t}>")
        elif t in ("kv", "meta"):
            if rng.random() < 0.5:
                parts.append("<dl>" + "".join(f"<dt>{e(l)}</dt><dd>{e(v)}</dd>" for l, v in blk[1]) + "</dl>")
            else:
                parts.append("<table class='felter'>" + "".join(
                    f"<tr><td class='lbl'>{e(l)}</td><td>{e(v)}</td></tr>" for l, v in blk[1]) + "</table>")
        elif t in ("addr", "sig"):
            parts.append("<div class='blk'>" + "<br>".join(e(x) for x in blk[1] if x) + "</div>")
        elif t == "pagebreak":
            parts.append("<hr>")
    parts.append(f"</div><div class='ftr'>Udskrevet fra fagsystemet {e(dk_date(doc.meta['date'], 'dots'))}</div>"
                 "</div></body></html>")
    return "\n".join(parts)


def build_docx(doc: Doc, path: Path, rng):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt
    d = Document()
    muni = doc.meta["muni"]
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{muni[0]}\t\t{doc.meta['unit'] if doc.meta['unit'] != muni[0] else ''}"
    fp = sec.footer.paragraphs[0]
    fp.text = f"{muni[0]} · {muni[1]} · {muni[2]} · Tlf. {muni[3]} · {muni[4]}"
    for blk in doc.blocks:
        t = blk[0]
        if t == "title":
            d.add_heading(blk[1], level=1)
        elif t == "h":
            if rng.random() < 0.5:
                d.add_heading(blk[1], level=2)
            else:
                p = d.add_paragraph()
                r = p.add_run(blk[1])
                r.bold = True
        elif t == "p":
            d.add_paragraph(blk[1])
        elif t == "ul":
            for x in blk[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "ol":
            for x in blk[1]:
                d.add_paragraph(x, style="List Number")
        elif t in ("kv", "meta"):
            if t == "meta":
                for l, v in blk[1]:
                    p = d.add_paragraph(f"{l}: {v}")
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    p.paragraph_format.space_after = Pt(0)
                continue
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for l, v in blk[1]:
                row = tb.add_row().cells
                row[0].text = l
                row[0].paragraphs[0].runs[0].bold = True
                row[1].text = v
            d.add_paragraph("")
        elif t in ("addr", "sig"):
            p = d.add_paragraph()
            lines = [x for x in blk[1] if x]
            for i, x in enumerate(lines):
                r = p.add_run(x)
                if i < len(lines) - 1:
                    r.add_break()
        elif t == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.core_properties.author = doc.meta["cw"].name
    d.save(str(path))


def build_pdf_rl(doc: Doc, path: Path, sidebar: bool):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    fd = "/usr/share/fonts/truetype/dejavu/"
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", fd + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", fd + "DejaVuSans-Bold.ttf"))
    e = htmlmod.escape
    W, H = A4
    muni, ctx = doc.meta["muni"], doc.meta
    title = next((b[1] for b in doc.blocks if b[0] == "title"), "")
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=10, spaceBefore=6)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceAfter=4, spaceBefore=8)
    small = ParagraphStyle("s", fontName="DV", fontSize=8, leading=10)
    left = 70 * mm if sidebar else 25 * mm
    frame = Frame(left, 25 * mm, W - left - 20 * mm, H - 55 * mm, id="f")

    def on_page(c, d_):
        c.saveState()
        c.setFont("DV", 8)
        c.drawString(25 * mm, H - 15 * mm, f"{muni[0]}  ·  {title}")
        c.drawRightString(W - 20 * mm, H - 15 * mm, f"Side {d_.page}")
        c.drawString(25 * mm, 12 * mm, f"{muni[0]} · {muni[1]} · {muni[2]} · {muni[4]}")
        if sidebar:
            y = H - 35 * mm
            lines = [muni[0], ctx["unit"] if ctx["unit"] != muni[0] else "", muni[1], muni[2], "",
                     f"Dato: {dk_date(ctx['date'], 'dots')}", f"Sagsnr.: {ctx['sagsnr']}", "",
                     "Kontakt:", ctx["cw"].name, f"Tlf. {ctx['cw'].phone}", ctx["cw"].email or "", "",
                     f"Telefontid man-tor 9-12", f"Hovednr. {muni[3]}"]
            c.setFont("DVB", 9)
            c.drawString(20 * mm, y, lines[0])
            c.setFont("DV", 8)
            for ln in lines[1:]:
                y -= 11
                if ln:
                    c.drawString(20 * mm, y, ln)
        c.restoreState()

    story = []
    for blk in doc.blocks:
        t = blk[0]
        if t == "title":
            story.append(Paragraph(e(blk[1]), h1))
        elif t == "h":
            story.append(Paragraph(e(blk[1]), h2))
        elif t == "p":
            story.append(Paragraph(e(blk[1]), body))
        elif t in ("ul", "ol"):
            story.append(ListFlowable([ListItem(Paragraph(e(x), body)) for x in blk[1]],
                                      bulletType="bullet" if t == "ul" else "1", leftIndent=14, bulletFontName="DV"))
        elif t == "kv":
            data = [[Paragraph(f"<b>{e(l)}</b>", ParagraphStyle("k", parent=body, fontName="DVB")),
                     Paragraph(e(v), body)] for l, v in blk[1]]
            tw = W - left - 20 * mm
            tb = Table(data, colWidths=[tw * 0.32, tw * 0.68])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 8)]
        elif t == "meta":
            if not sidebar:
                story.append(Paragraph("<br/>".join(e(f"{l}: {v}") for l, v in blk[1]), small))
                story.append(Spacer(1, 6))
        elif t in ("addr", "sig"):
            story.append(Paragraph("<br/>".join(e(x) for x in blk[1] if x), body))
        elif t == "pagebreak":
            story.append(PageBreak())
    d_ = BaseDocTemplate(str(path), pagesize=A4, title=title, author=muni[0])
    d_.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    d_.build(story)


def build_eml(doc: Doc, path: Path, attach_bytes: bytes | None, attach_name: str | None):
    ctx = doc.meta
    msg = EmailMessage()
    muni = ctx["muni"]
    msg["From"] = f"{ctx['cw'].name} <{ctx['cw'].email}>"
    msg["To"] = f"Mentorkoordinator <mentor@{muni[4]}>"
    title = next((b[1] for b in doc.blocks if b[0] == "title"), "Mentorstøtte")
    msg["Subject"] = ("Kopi: " if attach_bytes is None else "Sikker mail: ") + title
    msg["Date"] = format_datetime(dt.datetime.combine(ctx["date"], dt.time(10, 12), tzinfo=dt.timezone.utc))
    body = render_txt(doc, md=False)
    if doc.kind == "agreement":
        intro = f"Hej\n\nHermed den underskrevne mentoraftale for {ctx['cit'].first} til orientering og journalisering.\n\n"
    else:
        intro = (f"Hej\n\nHermed kopi af brevet til {ctx['cit'].first}, som er sendt via Digital Post i dag.\n\n")
    sig = f"\n-- \n{ctx['cw'].name}\n{ctx['unit']}\nDirekte: {ctx['cw'].phone}\n"
    msg.set_content(intro + body + sig)
    if attach_bytes is not None:
        msg.add_attachment(attach_bytes, maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=attach_name)
    path.write_bytes(bytes(msg))


def soffice_convert(files: list[Path], target: str, workdir: Path):
    if not files:
        return
    prof = "file:///tmp/lo_bc_profile"
    for i in range(0, len(files), 20):
        chunk = files[i:i + 20]
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", target,
                        "--outdir", str(workdir)] + [str(f) for f in chunk],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ============================================================================= plan
def plan(b: Builder):
    rng = b.rng
    fmts = ["docx", "docx", "pdf-lo", "pdf-lo", "pdf-rl", "pdf-rl-side", "odt", "html", "txt", "md-txt", "eml"]

    def f():
        return rng.choice(fmts)

    def appeal_pick(good=0.55):
        if rng.random() < good:
            return rng.choice(["complete_faxe", "complete_long", "complete_jobcenter", "complete_prose", "other_benefit"])
        return rng.choice(["no_deadline", "bare", "none", "wrong_route", "wrong_route_nodeadline",
                           "deadline_only"])

    # pure decisions: 45
    for dtype, n in (("grant", 10), ("partial", 9), ("refusal", 10), ("extension", 8), ("end", 8)):
        for k in range(n):
            reasons = rng.choice(["heading", "weight", "prose", "none"]) if dtype != "grant" else "heading"
            over6 = dtype in ("grant", "extension", "partial") and rng.random() < 0.2
            variant = ""
            if (dtype, k) in (("grant", 1), ("refusal", 2), ("refusal", 6)):
                variant, over6 = "form", False
                if (dtype, k) == ("refusal", 2):
                    reasons = "none"
            if dtype == "grant" and k in (3, 7):
                variant, over6 = "after-reconsideration", False
            if dtype == "grant" and k == 5:
                variant, over6 = "discharge-coordinator", False
            b.decision(dtype, f(), appeal_pick(), reasons, over6=over6, variant=variant)
    # decisions with the agreement: 20
    dsets = [set(), set(), set(), set(), {"missing-follow-up"}, {"missing-follow-up"}, {"missing-mentor"},
             {"unclear-goal"}, {"missing-hours"}, {"duration-over-6-months"}, {"missing-tasks"}, {"duration-ref"},
             set(), {"missing-follow-up", "missing-hours"}, set(), {"unclear-goal"}, {"missing-mentor"}, set(),
             {"duration-ref"}, {"missing-goal"}]
    for k, ds in enumerate(dsets):
        dtype = ["grant", "grant", "extension", "partial"][k % 4]
        where = "bilag" if k % 3 != 1 else "body"
        style = ["kv", "headings", "numbered", "prose"][k % 4]
        if "duration-ref" in ds:
            style = "kv"
        if "missing-goal" in ds:
            style = "kv"
        fmt = f() if k % 5 else "eml-attach"
        appeal = appeal_pick(0.7)
        reasons = rng.choice(["heading", "weight", "prose"]) if dtype == "partial" else "heading"
        b.decision_with_agreement(dtype, fmt, appeal, ds, where, style, reasons)
    # stand-alone agreements: 20
    asets = [set(), set(), set(), {"missing-follow-up"}, {"missing-hours"}, {"missing-mentor"},
             {"unclear-goal"}, {"duration-over-6-months"}, {"missing-tasks"}, set(), {"missing-duration"},
             {"missing-goal"}, set(), {"missing-follow-up", "unclear-goal"}, set(), {"missing-hours"},
             {"missing-mentor"}, set(), {"duration-over-6-months"}, set()]
    for k, ds in enumerate(asets):
        style = ["kv", "headings", "numbered", "prose"][k % 4]
        if "missing-goal" in ds:
            style = "kv"
        b.agreement(f(), appeal_pick(0.65), ds, style, rng.choice(["municipality", "provider"]))
    # neither: 15
    for otype, n in (("partshoering", 3), ("aktindsigt", 2), ("ankestyrelsen", 3), ("genvurdering", 2),
                     ("reminder", 2), ("kvittering", 3)):
        for _ in range(n):
            b.other(otype, rng.choice(["docx", "pdf-lo", "pdf-rl-side", "odt", "html", "txt", "eml"]))


def fix_missing_goal(doc: Doc):
    """A missing goal is an emptied goal row (a placeholder value)."""
    for i, blk in enumerate(doc.blocks):
        if blk[0] == "kv" and blk[1] and blk[1][0][0] == "Mål for mentorstøtten":
            doc.blocks[i] = ("kv", [("Mål for mentorstøtten", "Udfyldes senere")] + blk[1][1:])
            return
    raise AssertionError(doc.path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    b = Builder(a.seed)
    plan(b)
    rrng = random.Random(a.seed + 1)
    tmp = Path(tempfile.mkdtemp(prefix="bc_"))
    to_pdf, to_odt = [], []
    entries = []
    for doc in b.docs:
        if "defect:missing-goal" in doc.traits:
            fix_missing_goal(doc)
        target = out / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        fmt = doc.fmt
        if fmt == "docx":
            build_docx(doc, target, rrng)
            layout_fmt = "docx"
        elif fmt in ("pdf-lo", "odt"):
            src = tmp / (target.stem + ".docx")
            build_docx(doc, src, rrng)
            (to_pdf if fmt == "pdf-lo" else to_odt).append((src, target))
            layout_fmt = "pdf" if fmt == "pdf-lo" else "odt"
        elif fmt in ("pdf-rl", "pdf-rl-side"):
            build_pdf_rl(doc, target, sidebar=fmt == "pdf-rl-side")
            layout_fmt = "pdf"
            doc.traits.append("pdf:reportlab-sidebar" if fmt == "pdf-rl-side" else "pdf:reportlab-running-header")
        elif fmt == "html":
            target.write_text(render_html(doc, rrng), encoding="utf-8")
            layout_fmt = "html"
        elif fmt in ("txt", "md-txt"):
            target = target.with_suffix(".txt")
            doc.path = str(target.relative_to(out))
            target.write_text(render_txt(doc, md=fmt == "md-txt"), encoding="utf-8")
            layout_fmt = "txt"
            if fmt == "md-txt":
                doc.traits.append("txt:markdown-headings")
        elif fmt == "eml":
            target = target.with_suffix(".eml")
            doc.path = str(target.relative_to(out))
            build_eml(doc, target, None, None)
            layout_fmt = "eml"
            doc.traits.append("eml:copy-in-body")
        elif fmt == "eml-attach":
            # the decision letter in the mail body is replaced by a short cover note; the letter with its
            # Bilag is the attached .docx
            target = target.with_suffix(".eml")
            doc.path = str(target.relative_to(out))
            src = tmp / (target.stem + ".docx")
            build_docx(doc, src, rrng)
            ctx = doc.meta
            msg = EmailMessage()
            msg["From"] = f"{ctx['cw'].name} <{ctx['cw'].email}>"
            msg["To"] = f"Mentorkoordinator <mentor@{ctx['muni'][4]}>"
            msg["Subject"] = "Afgørelse og aftale om mentorstøtte – " + ctx["cit"].first
            msg["Date"] = format_datetime(dt.datetime.combine(ctx["date"], dt.time(9, 41), tzinfo=dt.timezone.utc))
            msg.set_content(f"Hej\n\nHer er afgørelsen med aftalen som bilag, så du kan gå i "
                            f"gang med forløbet. Ring hvis noget er uklart.\n\n-- \n{ctx['cw'].name}\n{ctx['unit']}\n"
                            f"Tlf. {ctx['cw'].phone}\n")
            msg.add_attachment(src.read_bytes(), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename="Afgoerelse med bilag 1 - aftale om mentorstoette.docx")
            target.write_bytes(bytes(msg))
            layout_fmt = "eml"
            doc.traits.append("eml:docx-attachment")
        else:
            raise ValueError(fmt)
        doc.fmt = layout_fmt
    for pairs, tgt in ((to_pdf, "pdf"), (to_odt, "odt")):
        soffice_convert([s for s, _ in pairs], tgt, tmp)
        for s, t in pairs:
            produced = tmp / (s.stem + "." + tgt)
            shutil.move(str(produced), str(t))
    for doc in b.docs:
        if doc.fmt == "pdf" and not any(t.startswith("pdf:") for t in doc.traits):
            doc.traits.append("pdf:libreoffice")
        e = {"path": doc.path, "format": doc.fmt, "kind": doc.kind, "subtype": doc.subtype, "layout": doc.layout,
             "rules": sorted(doc.rules), "extras": sorted(doc.extras), "error": None, "accept_errors": [],
             "must_not_contain": [doc.cpr] if doc.cpr else [], "traits": sorted(set(doc.traits))}
        if doc.period:
            e["period"] = doc.period
        entries.append(e)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda x: x["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
