"""Corpus BW: mentor support in its less common settings (workplace mentor with a subsidy to the
employer, education mentor for young people on uddannelseshjælp, ressourceforløb/jobafklaring/fleksjob,
sygedagpenge with delvis raskmelding, refugees in the integration programme, løntilskud, group mentor).

Written independently from /work/shared/domain.md, the seeds and the rule docs (`mentordocs rules NAME`).
Deterministic: fixed seed.  Usage: make_corpus_bw.py --out DIR
"""

from __future__ import annotations

import argparse
import html
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

SEED = 20261129
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = ["Vejle", "Holstebro", "Slagelse", "Faaborg-Midtfyn", "Hjørring", "Næstved", "Viborg",
            "Sønderborg", "Kalundborg", "Silkeborg", "Guldborgsund", "Frederikssund"]
FIRST = ["Mikkel", "Sofie", "Ahmad", "Line", "Rasmus", "Fatima", "Jonas", "Camilla", "Omar", "Louise",
         "Kasper", "Nadia", "Emil", "Ida", "Yonas", "Maja", "Tobias", "Amalie", "Hassan", "Freja",
         "Mads", "Signe", "Bilal", "Cecilie", "Nikolaj", "Helle", "Tariq", "Birgitte"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Møller",
        "Mortensen", "Iversen", "Frandsen", "Bech"]
FIRMS = [("Danish Crown, Holstebro", "lageret", "lagermedarbejder"),
         ("Bygma Slagelse", "trælasten", "lagerekspedient"),
         ("Netto, Torvegade", "butikken", "butiksmedhjælper"),
         ("Plejecenter Solbakken", "plejeafdelingen", "serviceassistent"),
         ("Autoværkstedet Nord ApS", "værkstedet", "mekanikerhjælper"),
         ("Kantinen hos Grundfos", "køkkenet", "køkkenmedhjælper"),
         ("Hjørring Vognmandsforretning", "pakhuset", "chaufførmedhjælper"),
         ("Frederikssund Gartneri", "drivhusene", "gartnerimedhjælper"),
         ("Rengøringsselskabet Klar A/S", "rengøringsholdet", "rengøringsassistent"),
         ("Vejle Tømrer og Snedker ApS", "værkstedet", "tømrerarbejdsmand")]
PROVIDERS = ["Mentorhuset", "Job & Mentor ApS", "Bro til Job", "Ungeenheden", "Integrationsteamet",
             "Center for Job og Sundhed", "Kompetencecentret", "Ungdommens Uddannelsesvejledning"]
SCHOOLS = [("FGU Vestsjælland", "FGU", "produktionsgrunduddannelse (PGU) på metallinjen"),
           ("Tradium", "EUD", "grundforløb 1 på smedeuddannelsen"),
           ("VUC Syd", "HF", "2-årig HF"),
           ("Holstebro Produktionsskole / FGU Nordvest", "FGU", "almen grunduddannelse (AGU)"),
           ("SOSU Østjylland", "EUD", "grundforløbet til social- og sundhedshjælper"),
           ("STU-linjen, Ungdomsskolen", "STU", "særligt tilrettelagt ungdomsuddannelse (STU)"),
           ("EUC Nordvestsjælland", "EUX", "EUX Business grundforløb")]


def cpr(rng: random.Random) -> str:
    d = date(1990, 1, 1) + timedelta(days=rng.randint(0, 365 * 18))
    return f"{d:%d%m%y}-{rng.randint(1000, 9999)}"


def phone(rng: random.Random) -> str:
    n = f"{rng.randint(20, 99)}{rng.randint(100000, 999999)}"
    return rng.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:4]} {n[4:]}", n,
                       f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])


def dword(d: date, rng: random.Random, style: int | None = None) -> str:
    s = rng.randint(0, 5) if style is None else style
    if s == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if s == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s == 2:
        return f"{d.day}/{d.month} {d.year}"
    if s == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if s == 4:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return d.isoformat()


def add_months(d: date, m: int) -> date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return date(y, mo, day)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


@dataclass
class Doc:
    """One document as a title, header lines, labelled sections and closing lines."""
    title: str
    kind: str
    subtype: str
    head: list[str] = field(default_factory=list)          # sender/meta lines
    sections: list[tuple[str, object]] = field(default_factory=list)  # (label, str | list[str])
    tail: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    traits: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    period: dict | None = None


# --------------------------------------------------------------------------- settings
SETTINGS = ["virksomhed", "uddannelse", "ressource", "sygedagpenge", "integration", "loentilskud",
            "gruppe"]


def setting_content(setting: str, rng: random.Random, borger: str) -> dict:
    """Goal, tasks, mentor, hours and context for one setting, in plain Danish."""
    fn = borger.split()[0]
    firm, place, job = rng.choice(FIRMS)
    mentor = person(rng)
    mtel = phone(rng)
    mmail = f"{mentor.split()[0].lower()}.{mentor.split()[1].lower()}@" + rng.choice(
        ["firma.dk", "mentorhuset.dk", "kommune.dk", "job-mentor.dk", "mail.dk"]).replace("ø", "oe")
    mmail = mmail.replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
    h = rng.choice([1, 2, 3, 4, 5])
    tt = "time" if h == 1 else "timer"
    c: dict = {"firm": firm, "place": place, "job": job, "mentor": mentor, "mtel": mtel,
               "mmail": mmail, "setting": setting}
    if setting == "virksomhed":
        c["mentor_desc"] = f"{mentor}, kollega og {rng.choice(['værkfører', 'holdleder', 'erfaren medarbejder', 'afdelingsleder'])} i {place}, {firm}"
        c["goal"] = rng.choice([
            f"{fn} fastholder sin ansættelse som {job} hos {firm} og arbejder selvstændigt {rng.choice([25, 30, 37])} timer om ugen ved periodens udløb.",
            f"At {fn} efter perioden kan løse de faste opgaver i {place} uden daglig instruktion og fortsætter i ordinær ansættelse hos {firm}.",
            f"{fn} gennemfører oplæringen som {job} og bliver fastansat hos {firm}."])
        c["tasks"] = [f"oplære {fn} i de daglige opgaver i {place}",
                      "være fast kontaktperson på arbejdspladsen og svare på spørgsmål i arbejdstiden",
                      "hjælpe med at planlægge arbejdsdagen og tage pauser",
                      "tage en kort samtale med " + fn + " hver fredag om ugens arbejde"]
        c["hours"] = rng.choice([f"{h} {tt} om ugen", f"{h} {tt} pr. uge (frikøb af kollega)",
                                 f"frikøbt {h} {tt} ugentligt", f"{h} t/uge", "1½ time om ugen",
                                 f"{h * 4} timer om måneden"])
    elif setting == "uddannelse":
        school, kind_, edu = rng.choice(SCHOOLS)
        c["school"] = school
        c["mentor_desc"] = f"{mentor}, uddannelsesmentor, {rng.choice(PROVIDERS)}"
        c["goal"] = rng.choice([
            f"{fn} starter på {edu} på {school} i august 2026 og møder mindst 4 ud af 5 dage om ugen.",
            f"Uddannelsespålæg: {fn} gennemfører første halvår af {kind_} på {school} uden fravær over 10 %.",
            f"{fn} er optaget på {school} ({kind_}) og følger undervisningen fast hver dag."])
        c["tasks"] = ["hjælpe med at søge optagelse og forberede samtalen på skolen",
                      "følge " + fn + " til skolen de første to uger",
                      "ugentlig samtale om fremmøde, lektier og transport",
                      "hjælpe med kontakten til SU-kontoret og studievejlederen"]
        c["hours"] = rng.choice([f"{h} {tt} pr. uge", "2 timer ugentligt", f"{h} {tt} om ugen",
                                 "halvanden time om ugen", "to timer om ugen"])
    elif setting == "ressource":
        c["mentor_desc"] = f"{mentor}, koordinerende mentor, {rng.choice(PROVIDERS)}"
        sub = rng.choice(["ressourceforløb", "jobafklaringsforløb", "fleksjob"])
        c["sub"] = sub
        if sub == "fleksjob":
            c["goal"] = f"{fn} er ansat i fleksjob som {job} hos {firm} {rng.choice([10, 12, 15])} timer om ugen og har en fast arbejdstid, der passer med smerterne."
        else:
            c["goal"] = rng.choice([
                f"Som led i {sub}et er {fn} i virksomhedspraktik som {job} hos {firm} 8 timer om ugen fra 1. maj 2026, stigende til 12 timer.",
                f"{fn} afklares til fleksjob gennem praktik i {place} hos {firm}, og arbejdsevnen er beskrevet i en praktikevaluering senest ved periodens udløb."])
        c["tasks"] = ["hjælpe med at holde styr på aftaler med læge, praktiksted og kommunen",
                      "følge med til opstartsmødet i praktikken",
                      "støtte i at finde en arbejdsrytme, der tager hensyn til helbredet",
                      "deltage i rundbordssamtaler, når " + fn + " ønsker det"]
        c["hours"] = rng.choice([f"{h} {tt} om ugen", f"{h} {tt} pr. uge", "1 time ugentligt",
                                 f"{h * 4} timer pr. måned"])
    elif setting == "sygedagpenge":
        c["mentor_desc"] = f"{mentor}, arbejdspladsmentor, {firm}"
        c["goal"] = rng.choice([
            f"{fn} er delvist raskmeldt og øger arbejdstiden som {job} hos {firm} fra 15 til 37 timer om ugen, så sygedagpengene ophører senest ved periodens udløb.",
            f"Fuld raskmelding: {fn} vender tilbage til sit arbejde i {place} på fuld tid efter en gradvis optrapning."])
        c["tasks"] = ["lægge en optrapningsplan sammen med " + fn + " og nærmeste leder",
                      "tilpasse opgaverne de første uger, så " + fn + " undgår tunge løft",
                      "holde en kort samtale hver uge om hvordan optrapningen går",
                      "give besked til kommunen, hvis optrapningen går i stå"]
        c["hours"] = rng.choice([f"{h} {tt} pr. uge", "2 timer om ugen", f"frikøbt {h} {tt} om ugen"])
    elif setting == "integration":
        c["mentor_desc"] = f"{mentor}, mentor i integrationsprogrammet, {rng.choice(['Integrationsteamet', 'Dansk Flygtningehjælp frivillignet', 'Jobcentrets integrationsteam'])}"
        c["goal"] = rng.choice([
            f"{fn} er i virksomhedspraktik som {job} hos {firm} og går i løntilskud eller ordinære timer inden udgangen af 2026.",
            f"{fn} gennemfører IGU-forløbet hos {firm} og deltager i danskundervisning på Danskuddannelse 2, modul 3, to dage om ugen."])
        c["tasks"] = ["forklare regler og uskrevne regler på arbejdspladsen",
                      "hjælpe med at læse breve fra kommunen og e-Boks",
                      "følge " + fn + " til første møde hos arbejdsgiveren",
                      "øve dansk fagsprog fra arbejdet"]
        c["hours"] = rng.choice([f"{h} {tt} om ugen", "3 timer pr. uge", "to timer om ugen"])
    elif setting == "loentilskud":
        c["mentor_desc"] = f"{mentor}, {rng.choice(['kollega', 'værkfører', 'teamleder'])}, {firm}"
        c["goal"] = rng.choice([
            f"{fn} er i løntilskud som {job} hos {firm} og har ved udløbet en ordinær ansættelse på mindst 20 timer om ugen.",
            f"Ansættelsen med løntilskud i {place} fører til et ordinært job som {job} hos {firm}."])
        c["tasks"] = ["introducere til arbejdsopgaverne og sikkerhedsreglerne",
                      "være daglig sparringspartner i arbejdstiden",
                      "følge op på mødetider sammen med " + fn,
                      "tage del i opfølgningsmødet med kommunen"]
        c["hours"] = rng.choice([f"{h} {tt} om ugen", f"{h} {tt} pr. uge", f"{h * 4} timer om måneden"])
    else:  # gruppe
        c["mentor_desc"] = f"{mentor}, gruppementor, {rng.choice(PROVIDERS)}"
        c["goal"] = rng.choice([
            f"{fn} deltager i gruppeforløbet og er ved forløbets afslutning i virksomhedspraktik mindst 10 timer om ugen.",
            f"Efter gruppeforløbet har {fn} søgt mindst 3 job om ugen og er startet i job eller uddannelse (fx AMU-kursus i lager og logistik)."])
        c["tasks"] = ["lede gruppemøderne to gange om ugen",
                      "arbejde med CV og jobsøgning i gruppen",
                      "tage individuelle samtaler med hver deltager efter behov",
                      "arrangere virksomhedsbesøg for gruppen"]
        c["hours"] = rng.choice(["2 timer pr. plads pr. uge", "3 timer pr. gang, to gange om ugen, for hele gruppen",
                                 "1½ time pr. deltager om ugen", "4 timer om ugen fordelt på 6 pladser"])
    return c


APPEALS = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere "
    "sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din "
    "klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {k} Kommune senest 4 uger efter, at du "
    "har modtaget {doc}. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer sagen, og hvis vi "
    "fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, "
    "retssikkerhedslovens kapitel 10).",
    "Klage skal ske til {k} Kommune, Jobcentret, inden 4 uger fra du har fået afgørelsen. Vi vurderer sagen igen, "
    "og fastholder vi afgørelsen, videresendes klagen til Ankestyrelsen.",
    "Er I uenige i afgørelsen om tilskud til mentor, kan I klage til kommunen inden fire uger efter modtagelsen. "
    "Kommunen genvurderer og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
]
BAD_APPEAL = ["Du kan klage over afgørelsen.", "Hvis du er uenig, kan du kontakte din sagsbehandler.",
              "Du kan klage til kommunen, hvis du er uenig i afgørelsen.",
              "Klagevejledning vedlægges ikke, da aftalen er indgået i enighed."]
FOLLOWUPS = [
    "Opfølgningsmøde mellem borger, mentor og sagsbehandler hver måned. Delmål: {d}. Evaluering 14 dage før aftalen udløber.",
    "Kommunen følger op ved virksomhedsbesøg efter 4 uger og igen efter 3 måneder. Progressionen måles på {d}.",
    "Statusmøde hver 3. uge; mentor sender en kort status til sagsbehandleren. Midtvejsevaluering med fokus på: {d}.",
    "Vi følger op på telefon hver anden uge og holder et evalueringsmøde fire uger før bevillingsudløb, hvor vi ser på {d}.",
]
DELMAAL = ["fremmøde mindst 4 dage om ugen", "antal timer på arbejdspladsen", "at opgaverne løses uden hjælp",
           "fremmøde og deltagelse i undervisningen", "optrapning af arbejdstiden med 4 timer hver 3. uge"]
UNCLEAR_GOALS = ["Støtte til at komme videre og øget trivsel.", "At borgeren får mere struktur på hverdagen.",
                 "Sikre at borgeren får det bedre og kommer tættere på arbejdsmarkedet.",
                 "Øget selvværd og motivation.", "Hjælp til at arbejde med sig selv."]


def period_text(start: date, end: date, rng: random.Random) -> str:
    s = rng.randint(0, 4)
    st = rng.randint(0, 5)
    if s == 0:
        return f"{dword(start, rng, st)} – {dword(end, rng, st)}"
    if s == 1:
        return f"fra {dword(start, rng, st)} til {dword(end, rng, st)}"
    if s == 2:
        return f"f.o.m. {dword(start, rng, st)} t.o.m. {dword(end, rng, st)}"
    if s == 3:
        return f"{dword(start, rng, 0)} til og med {dword(end, rng, 0)}"
    return f"{dword(start, rng, st)} - {dword(end, rng, st)}"


DEFECTS_AGR = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
               "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]


def to_prose(d: Doc, c: dict, borger: str, sagsb: str) -> None:
    """Rewrite the labelled sections as a letter to the citizen: lead-in sentences instead of labels."""
    fn = borger.split()[0]
    mfn = c["mentor"].split()[0]
    new: list[tuple[str, object]] = []
    for label, val in d.sections:
        low = label.lower()
        if low == "parter":
            new.append(("", f"Kære {fn}\n\nHer er den aftale, vi lavede på mødet. Din sagsbehandler er {sagsb}."))
        elif val in ("Udfyldes senere", "-", "xx", "Aftales senere", "Klik eller tryk her for at skrive tekst.",
                     "Indtil videre", "Aftales løbende"):
            continue  # a letter does not print an empty field
        elif low.startswith(("mål", "formål", "hvad er", "borgerens")):
            new.append(("", f"Vi har aftalt følgende mål for forløbet: {val}"))
        elif low.startswith("tilskud"):
            new.append(("", f"Virksomheden får {val[0].lower() + val[1:]}"))
        elif "mentor" in low and "opgaver" not in low and "hjælpe" not in low and "frikøb" not in low:
            if str(val).startswith("Mentor udpeges"):
                new.append(("", str(val) + "."))
            else:
                new.append(("", "Din mentor er " + str(val).replace("\n", ", ") + "."))
        elif isinstance(val, list):
            new.append((f"{mfn} skal hjælpe dig med:", val))
        elif "opgaver" in low:
            new.append(("", val))
        elif low in ("periode", "varighed", "tilskudsperiode", "aftalen gælder"):
            new.append(("", f"Mentorstøtten gælder i perioden {val}."))
        elif low in ("timetal", "antal timer", "omfang", "frikøb af mentor", "timer"):
            if val[0].isdigit() or val.startswith(("halvanden", "to ", "frikøbt")):
                new.append(("", f"{mfn} har afsat tid til dig: {val}"))
            else:
                new.append(("", f"Omfanget af mentorstøtten er {val}."))
        elif low.startswith(("opfølgning", "evaluering")):
            new.append(("", val))
        else:
            new.append((label, val))
    d.sections = new
    d.tail = ["Venlig hilsen", sagsb, "Sagsbehandler"]
    d.traits.append("layout:letter-prose")


def make_agreement(i: int, rng: random.Random, defect: str | None, setting: str, prose: bool = False) -> Doc:
    k = rng.choice(KOMMUNER)
    borger = person(rng)
    fn = borger.split()[0]
    c = setting_content(setting, rng, borger)
    start = date(2026, rng.randint(2, 9), rng.choice([1, 1, 1, 15, 10]))
    months = rng.choice([3, 4, 6, 6, 6])
    end = add_months(start, months) - timedelta(days=1)
    if defect == "duration-over-6-months":
        end = add_months(start, rng.choice([7, 8, 9, 12])) - timedelta(days=rng.choice([1, 0]))
        if end <= add_months(start, 6) - timedelta(days=1):
            end = add_months(start, 7)
    sagsb = person(rng)
    titles = {
        "virksomhed": ["Aftale om mentorfunktion på arbejdspladsen", "Trepartsaftale om virksomhedsmentor",
                       "Aftale mellem kommunen, virksomheden og borgeren om mentor"],
        "uddannelse": ["Aftale om uddannelsesmentor", "Mentoraftale – uddannelsespålæg",
                       "Aftale om mentorstøtte til uddannelse"],
        "ressource": ["Aftale om mentorstøtte i " + c.get("sub", "ressourceforløb"), "Mentoraftale"],
        "sygedagpenge": ["Aftale om mentor ved delvis raskmelding", "Aftale om mentorstøtte – tilbagevenden til arbejde"],
        "integration": ["Aftale om mentorstøtte i integrationsprogrammet", "Mentoraftale (integrationsprogram)"],
        "loentilskud": ["Aftale om mentor i ansættelse med løntilskud", "Aftale om mentorstøtte – løntilskud"],
        "gruppe": ["Aftale om deltagelse i gruppeforløb med mentor", "Aftale om mentorstøtte i gruppeforløb"],
    }
    d = Doc(title=rng.choice(titles[setting]), kind="agreement", subtype=f"agreement-{setting}")
    d.head = [f"{k} Kommune", rng.choice(["Jobcenter " + k, "Job og Ydelse", "Afdeling for Beskæftigelse",
                                          "Ungeenheden"]), f"Sagsnr.: {rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A{rng.randint(10, 99)}-{rng.randint(1, 999)}-26",
              f"Dato: {dword(start - timedelta(days=rng.randint(3, 20)), rng, 0)}"]
    parties = [f"Borger: {borger}"]
    if rng.random() < 0.3:
        n = cpr(rng)
        parties.append(f"CPR-nr.: {n}")
        d.must_not.append(n)
        d.traits.append("cpr")
    if setting in ("virksomhed", "loentilskud", "sygedagpenge"):
        parties.append(f"Virksomhed: {c['firm']}, CVR {rng.randint(10000000, 99999999)}")
        parties.append(f"Virksomhedens kontaktperson: {person(rng)} (leder)")
    parties.append(f"Sagsbehandler: {sagsb}, tlf. {phone(rng)}")
    d.sections.append(("Parter", parties))
    # goal
    goal = c["goal"]
    if defect == "unclear-goal":
        goal = rng.choice(UNCLEAR_GOALS)
    if defect != "missing-goal":
        d.sections.append((rng.choice(["Målet med mentorstøtten", "Mål", "Formål med mentorfunktionen",
                                        "Hvad er målet?", "Borgerens mål", "Formål og mål"]), goal))
    elif rng.random() < 0.5:
        d.sections.append(("Mål", rng.choice(["Udfyldes senere", "-", "xx"])))
    # mentor
    if defect == "missing-mentor":
        mv = f"{c['mentor_desc']}"  # name, no contact data
        if rng.random() < 0.4:
            mv = "Mentor udpeges af virksomheden ved opstart"
    else:
        mv = rng.choice([f"{c['mentor_desc']}, tlf. {c['mtel']}", f"{c['mentor_desc']}\nTlf.: {c['mtel']}\nMail: {c['mmail']}",
                         f"{c['mentor_desc']}, {c['mmail']}"])
    d.sections.append((rng.choice(["Mentor", "Mentors navn og kontaktdata", "Mentor (kollega)" if setting == "virksomhed" else "Mentor",
                                   "Udpeget mentor", "Kontaktoplysninger på mentor"]), mv))
    # tasks
    if defect != "missing-tasks":
        pool = c["tasks"]
        if defect == "missing-follow-up":  # a task about follow-up meetings would itself state follow-up
            pool = [t for t in pool if "opfølg" not in t and "følge op" not in t]
        tasks = rng.sample(pool, k=rng.randint(2, min(4, len(pool))))
        if rng.random() < 0.5:
            d.sections.append((rng.choice(["Mentorens opgaver", "Hvad skal mentor hjælpe med?",
                                           f"{c['mentor'].split()[0]} skal hjælpe dig med", "Indsatsområder"]),
                               [t[0].upper() + t[1:] for t in tasks]))
        else:
            d.sections.append(("Mentorens opgaver", "Mentor skal " + ", ".join(tasks[:-1]) + " og " + tasks[-1] + "."))
    elif rng.random() < 0.5:
        d.sections.append(("Mentorens opgaver", rng.choice(["-", "Aftales senere", "Klik eller tryk her for at skrive tekst."])))
    # duration
    if defect != "missing-duration":
        if rng.random() < 0.25 and not prose:
            st = rng.randint(0, 5)
            d.sections.append(("Startdato", dword(start, rng, st)))
            d.sections.append(("Slutdato", dword(end, rng, st)))
            d.traits.append("period:split-fields")
        else:
            d.sections.append((rng.choice(["Periode", "Varighed", "Tilskudsperiode" if setting in ("virksomhed", "loentilskud") else "Periode",
                                           "Aftalen gælder"]), period_text(start, end, rng)))
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
    else:
        d.sections.append(("Varighed", rng.choice(["Indtil videre", "Udfyldes senere", "Aftales løbende"])))
    # hours
    if defect != "missing-hours":
        d.sections.append((rng.choice(["Timetal", "Antal timer", "Omfang", "Frikøb af mentor" if setting == "virksomhed" else "Timer"]),
                           c["hours"] + rng.choice(["", "", ". Derudover efter aftale.",
                                                    ". Timerne er direkte kontakt med borgeren."])))
    else:
        bad = rng.choice(["efter behov", "et par timer om ugen", "løbende", "Tilskud: 2.450 kr. pr. måned"])
        d.sections.append(("Omfang" if not bad.startswith("Tilskud") else "Tilskud til mentorfunktion", bad))
    # follow-up
    if defect != "missing-follow-up":
        d.sections.append((rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
                           rng.choice(FOLLOWUPS).format(d=rng.choice(DELMAAL))))
    # appeal
    if defect != "missing-appeal-guidance":
        pool = APPEALS if setting in ("virksomhed", "loentilskud") else APPEALS[:3]
        d.sections.append((rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]),
                           rng.choice(pool).format(k=k, doc="denne aftale")))
    elif rng.random() < 0.6:
        d.sections.append(("Klagevejledning", rng.choice(BAD_APPEAL)))
    if setting in ("virksomhed", "loentilskud") and rng.random() < 0.6:
        d.sections.append(("Økonomi", f"Virksomheden modtager tilskud til frikøb af mentor efter LAB § 168. "
                                      f"Tilskuddet udbetales bagudrettet mod dokumentation for timerne."))
    d.tail = ["Underskrifter:", f"Borger: {borger}", "Mentor: ________________",
              f"For {k} Kommune: {sagsb}"]
    if prose:
        to_prose(d, c, borger, sagsb)
    if defect:
        d.rules = [defect]
        d.traits.append("defect:" + defect)
    d.traits.append("setting:" + setting)
    return d


def make_decision(i: int, rng: random.Random, defect: str | None) -> Doc:
    k = rng.choice(KOMMUNER)
    borger = person(rng)
    fn = borger.split()[0]
    setting = rng.choice(SETTINGS)
    c = setting_content(setting, rng, borger)
    start = date(2026, rng.randint(2, 9), 1)
    end = add_months(start, rng.choice([3, 6, 6])) - timedelta(days=1)
    if defect == "duration-over-6-months":
        end = add_months(start, rng.choice([8, 9, 12])) - timedelta(days=1)
    variant = rng.choice(["tilsagn", "afslag", "bevilling", "delvis"])
    if variant == "afslag" and defect == "duration-over-6-months":
        variant = "tilsagn"
    if defect == "missing-reasons":
        variant = rng.choice(["afslag", "delvis"])
    to_employer = variant in ("tilsagn", "afslag")
    d = Doc(title="", kind="decision", subtype=f"decision-{variant}")
    d.head = [f"{k} Kommune", "Virksomhedsservice" if to_employer else "Jobcenter " + k,
              f"Dato: {dword(start - timedelta(days=rng.randint(5, 25)), rng, 0)}",
              f"J.nr. 15.{rng.randint(10, 30)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26"]
    if to_employer:
        d.head.insert(0, f"{c['firm']}\nAtt.: {person(rng)}")
    else:
        d.head.insert(0, f"{borger}")
    if rng.random() < 0.3:
        n = cpr(rng)
        d.head.append(f"Vedr.: {borger}, cpr.nr. {n}")
        d.must_not.append(n)
        d.traits.append("cpr")
    pt = period_text(start, end, rng)
    if variant == "tilsagn":
        d.title = rng.choice(["Tilsagn om tilskud til mentor", "Afgørelse: tilskud til mentorfunktion"])
        d.sections.append(("Afgørelse", f"Kommunen giver hermed tilsagn om tilskud til frikøb af en medarbejder "
                                        f"som mentor for {borger}, der er ansat/i praktik som {c['job']}. "
                                        f"Tilskuddet gælder i perioden {pt} og svarer til {c['hours']}."))
        d.sections.append(("Begrundelse", f"Vi har lagt vægt på, at {fn} har brug for oplæring og fast "
                                          f"støtte på arbejdspladsen for at kunne fastholde ansættelsen. "
                                          f"Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats §§ 167-168."))
        d.sections.append(("Udbetaling", "Tilskuddet udbetales efter anmodning om refusion hver måned bagud. "
                                         "Anmodningen skal indeholde en opgørelse af mentortimerne."))
    elif variant == "afslag":
        d.title = rng.choice(["Afslag på tilskud til mentor", "Afgørelse om tilskud til virksomhedsmentor – afslag"])
        d.sections.append(("Afgørelse", f"Kommunen kan ikke imødekomme jeres ansøgning af {dword(start - timedelta(days=40), rng, 0)} "
                                        f"om tilskud til mentorfunktion for {borger}."))
        if defect != "missing-reasons":
            d.sections.append(("Begrundelse", "Der kan ikke gives tilskud til mentor for opgaver, som hører til "
                                              "virksomhedens almindelige oplæring af nye medarbejdere (BAB § 120). "
                                              f"Vi har lagt vægt på, at {fn} allerede har været ansat i 8 måneder og "
                                              "løser opgaverne selvstændigt, jf. LAB § 167."))
    elif variant == "bevilling":
        d.title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        d.sections.append(("Afgørelse", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                                        f"i perioden {pt}. Din mentor bliver {c['mentor']}. Omfanget er {c['hours']}."))
        d.sections.append(("Begrundelse", f"Du får det, du har søgt om. Støtten skal hjælpe dig med at nå målet: {c['goal']}"))
    else:
        d.title = "Afgørelse om mentorstøtte – delvis bevilling"
        d.sections.append(("Afgørelse", f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget "
                                        f"mentorstøtte i perioden {pt} med {c['hours']}."))
        if defect != "missing-reasons":
            d.sections.append(("Begrundelse", "Mentorstøtte kan efter LAB § 167, stk. 1 gives i højst 6 måneder ad gangen. "
                                              "Vi har vurderet, at dit behov kan dækkes med færre timer, fordi du også "
                                              "har en kontaktperson på skolen/arbejdspladsen."))
    if variant in ("afslag", "delvis") and defect == "missing-reasons":
        d.extras = ["missing-reasons"]
    if defect == "missing-appeal-guidance":
        if rng.random() < 0.6:
            d.sections.append(("Klagevejledning", rng.choice(BAD_APPEAL[:3])))
    else:
        pool = APPEALS if to_employer else APPEALS[:3]
        d.sections.append(("Klagevejledning", rng.choice(pool).format(k=k, doc="dette brev")))
    if variant != "afslag":
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
    d.tail = ["Med venlig hilsen", person(rng), "Virksomhedskonsulent" if to_employer else "Sagsbehandler",
              f"Tlf. {phone(rng)}"]
    if defect in ("missing-appeal-guidance", "duration-over-6-months"):
        d.rules = [defect]
    if defect:
        d.traits.append("defect:" + defect)
    d.traits.append("setting:" + setting)
    return d


def make_minplan(i: int, rng: random.Random, defect: str | None) -> Doc:
    borger = person(rng)
    setting = rng.choice(SETTINGS)
    c = setting_content(setting, rng, borger)
    start = date(2026, rng.randint(2, 9), 1)
    end = add_months(start, rng.choice([3, 6])) - timedelta(days=1)
    if defect == "duration-over-6-months":
        end = add_months(start, 10) - timedelta(days=1)
    d = Doc(title=rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Aktivitet – Mentor",
                              "Udskrift af Min Plan (mentor)"]), kind="minplan", subtype="minplan")
    d.head = [f"Udskrevet {dword(start, rng, 1)} fra Jobnet", f"Navn: {borger}"]
    d.sections.append(("Aktivitet", "Mentorstøtte (LAB § 167)"))
    if defect != "missing-goal":
        d.sections.append((rng.choice(["Formål med mentorstøtten", "Mål", "Hvad skal mentorstøtten føre til?"]),
                           c["goal"] if defect != "unclear-goal" else rng.choice(UNCLEAR_GOALS)))
    d.sections.append((rng.choice(["Mentor", "Kontaktperson (mentor)", "Din mentor"]),
                       f"{c['mentor_desc']}" + ("" if defect == "missing-mentor" else f", tlf. {c['mtel']}")))
    if defect != "missing-tasks":
        d.sections.append((rng.choice(["Mentors opgaver", "Indsatsområder", "Det hjælper mentor dig med"]),
                           [t[0].upper() + t[1:] for t in c["tasks"][:3]]))
    if defect != "missing-duration":
        if rng.random() < 0.5:
            st = rng.randint(0, 5)
            d.sections.append(("Startdato", dword(start, rng, st)))
            d.sections.append(("Slutdato", dword(end, rng, st)))
        else:
            d.sections.append(("Periode", period_text(start, end, rng)))
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
    if defect != "missing-hours":
        d.sections.append((rng.choice(["Timer", "Timetal pr. uge", "Omfang"]), c["hours"]))
    d.tail = ["Aktiviteten er oprettet af din sagsbehandler. Ændringer i timer eller formål skrives ind her."]
    if defect:
        d.rules = [defect]
        d.traits.append("defect:" + defect)
    d.traits.append("setting:" + setting)
    return d


def make_unknown(i: int, rng: random.Random, sub: str) -> Doc:
    k = rng.choice(KOMMUNER)
    borger = person(rng)
    c = setting_content("virksomhed", rng, borger)
    start = date(2026, rng.randint(2, 9), 1)
    d = Doc(title="", kind="unknown", subtype=sub)
    if sub == "stillingsbeskrivelse":
        d.title = f"Stillingsbeskrivelse: mentorfunktion i {c['place']}"
        d.head = [c["firm"], "Intern – HR"]
        d.sections = [("Formål med funktionen", "Mentoren skal tage imod nye kolleger, der ansættes med løntilskud, i fleksjob eller i praktik via kommunen."),
                      ("Ansvar og opgaver", ["Oplæring i arbejdsopgaver og sikkerhed", "Fast kontaktperson de første måneder",
                                             "Deltage i opfølgningsmøder med kommunen", "Registrere mentortimer til brug for refusion"]),
                      ("Tidsforbrug", "Typisk 2-4 timer om ugen pr. ny kollega. Timerne registreres i timeregistreringsskemaet."),
                      ("Kvalifikationer", "Mindst 2 års anciennitet, tålmodighed og lyst til at lære fra sig. Gennemført kommunens mentorkursus."),
                      ("Kontakt", f"HR-partner {person(rng)}, tlf. {phone(rng)}")]
    elif sub == "timeregistrering":
        d.title = "Timeregistrering – mentor"
        d.head = [c["firm"], f"Mentor: {c['mentor']}", f"Mentee: {borger}", f"Måned: {MONTHS[start.month - 1]} 2026"]
        rows = []
        for w in range(4):
            day = start + timedelta(days=7 * w)
            rows.append(f"{dword(day, rng, 1)}: {rng.choice([1, 1.5, 2, 3])} timer – {rng.choice(['oplæring ved maskinen', 'samtale om ugen', 'gennemgang af sikkerhed', 'planlægning'])}")
        d.sections = [("Registrerede timer", rows), ("I alt", f"{rng.randint(6, 12)} timer"),
                      ("Attestation", "Timerne er brugt i direkte kontakt med medarbejderen. Underskrift leder: ________")]
    elif sub == "refusionsanmodning":
        d.title = "Anmodning om udbetaling af tilskud til mentor (refusionsanmodning)"
        d.head = [f"Til {k} Kommune, Virksomhedsservice", f"Fra: {c['firm']}, CVR {rng.randint(10000000, 99999999)}"]
        d.sections = [("Vedrørende", f"Tilsagn om tilskud til mentor for medarbejder {borger}"),
                      ("Periode for anmodningen", f"{dword(start, rng, 1)} – {dword(add_months(start, 1) - timedelta(days=1), rng, 1)}"),
                      ("Antal mentortimer", f"{rng.randint(8, 16)} timer á {rng.choice([220, 245, 260])} kr."),
                      ("Beløb", f"{rng.randint(2000, 4000)},00 kr."),
                      ("Kontonummer", f"Reg.nr. {rng.randint(1000, 9999)} konto {rng.randint(1000000, 9999999)}"),
                      ("Erklæring", "Virksomheden erklærer, at oplysningerne er korrekte, og at timesedler kan fremvises.")]
        if rng.random() < 0.5:
            n = cpr(rng)
            d.sections.insert(1, ("Medarbejderens CPR-nr.", n))
            d.must_not.append(n)
            d.traits.append("cpr")
    elif sub == "kursusplan":
        d.title = f"Kursusplan: Mentorkursus for virksomhedsmentorer, forår 2026"
        d.head = [f"{k} Kommune i samarbejde med AMU"]
        d.sections = [("Målgruppe", "Medarbejdere, der skal være mentor for kolleger i løntilskud, fleksjob eller praktik."),
                      ("Formål", "Deltagerne lærer at tage imod og oplære nye kolleger og at samarbejde med kommunen."),
                      ("Program", ["Dag 1: Mentorrollen og lovgrundlaget (LAB §§ 167-171)", "Dag 2: Kommunikation og svære samtaler",
                                   "Dag 3: Opfølgning, timeregistrering og refusion"]),
                      ("Tid og sted", f"3 dage à 6 timer, {dword(start, rng, 0)} og de to følgende torsdage, AMU-centret"),
                      ("Tilmelding", f"Til kursussekretær {person(rng)}, tlf. {phone(rng)}, senest 4 uger før start.")]
    else:
        d.title = "Introduktionsplan for ny medarbejder"
        d.head = [c["firm"], f"Ny medarbejder: {borger} (ansat med løntilskud)", f"Første arbejdsdag: {dword(start, rng, 0)}"]
        d.sections = [("Uge 1", ["Rundvisning og præsentation for kollegerne", "Sikkerhedsinstruktion", f"Følges med {c['mentor']}"]),
                      ("Uge 2-4", ["Faste opgaver i " + c["place"], "Samtale med mentor hver fredag"]),
                      ("Din mentor", f"{c['mentor']} er din faste kollega-mentor de første måneder, lokalnr. {rng.randint(200, 299)}."),
                      ("Praktisk", "Mødetid kl. 7.00. Arbejdstøj udleveres. Frokost i kantinen kl. 11.30.")]
    d.traits.append("not-a-mentor-document-kind")
    return d


# --------------------------------------------------------------------------- renderers
def as_lines(d: Doc, style: str, rng: random.Random) -> list[str]:
    out = [ln for h in d.head for ln in h.split("\n")] + [""]
    out.append(d.title if style != "md" else "# " + d.title)
    out.append("")
    for n, (label, val) in enumerate(d.sections, 1):
        if not label:
            pass
        elif style == "md":
            out.append(f"## {label}")
        elif style == "numbered":
            out.append(f"{n}. {label}")
        elif style == "colon" and isinstance(val, str) and "\n" not in val:
            out.append(f"{label} {val}" if label.endswith("?") else f"{label}: {val}")
            out.append("")
            continue
        else:
            out.append(label.upper() if style == "caps" else label)
        if isinstance(val, list):
            b = '-' if style == 'md' else rng.choice(['•', '-', '*', '–'])
            out += [f"{b} {v}" for v in val]
        else:
            out += val.split("\n")
        out.append("")
    out += d.tail
    return out


def write_txt(d: Doc, path: Path, rng: random.Random, style: str) -> None:
    path.write_text("\n".join(as_lines(d, style, rng)) + "\n", encoding="utf-8")


def write_docx(d: Doc, path: Path, rng: random.Random, table: bool) -> None:
    from docx import Document
    doc = Document()
    for h in d.head:
        for ln in h.split("\n"):
            doc.add_paragraph(ln)
    doc.add_heading(d.title, level=1)
    if table:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, val in d.sections:
            r = t.add_row().cells
            r[0].text = label
            r[1].text = "\n".join(f"• {v}" for v in val) if isinstance(val, list) else val
    else:
        for label, val in d.sections:
            doc.add_heading(label, level=2)
            if isinstance(val, list):
                for v in val:
                    doc.add_paragraph(v, style="List Bullet")
            else:
                for ln in val.split("\n"):
                    doc.add_paragraph(ln)
    for t in d.tail:
        doc.add_paragraph(t)
    doc.save(str(path))


def write_html(d: Doc, path: Path, rng: random.Random) -> None:
    e = html.escape
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>" + e(d.title) + "</title></head><body>"]
    parts.append("<div class='hoved'>" + "".join(f"<div>{e(h).replace(chr(10), '<br>')}</div>" for h in d.head) + "</div>")
    parts.append(f"<h1>{e(d.title)}</h1>")
    use_dl = rng.random() < 0.5
    if use_dl:
        parts.append("<dl>")
    for label, val in d.sections:
        v = ("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>") if isinstance(val, list) \
            else e(val).replace("\n", "<br>")
        parts.append(f"<dt>{e(label)}</dt><dd>{v}</dd>" if use_dl else f"<h2>{e(label)}</h2><div class='felt'><p>{v}</p></div>")
    if use_dl:
        parts.append("</dl>")
    parts.append("<footer>" + "<br>".join(e(t) for t in d.tail) + "</footer></body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_pdf(d: Doc, path: Path, rng: random.Random) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer
    ss = getSampleStyleSheet()
    e = html.escape
    story = [Paragraph(e(h).replace("\n", "<br/>"), ss["Normal"]) for h in d.head]
    story += [Spacer(1, 12), Paragraph(e(d.title), ss["Title"])]
    for label, val in d.sections:
        story.append(Paragraph(e(label), ss["Heading2"]))
        if isinstance(val, list):
            story.append(ListFlowable([ListItem(Paragraph(e(v), ss["Normal"])) for v in val], bulletType="bullet"))
        else:
            story.append(Paragraph(e(val).replace("\n", "<br/>"), ss["Normal"]))
    story.append(Spacer(1, 12))
    story += [Paragraph(e(t), ss["Normal"]) for t in d.tail]
    SimpleDocTemplate(str(path), pagesize=A4, title=d.title).build(story)


def write_eml(d: Doc, path: Path, rng: random.Random) -> None:
    m = EmailMessage()
    m["From"] = "Jobcenter <jobcenter@kommune.dk>"
    m["To"] = "borger@example.dk"
    m["Subject"] = d.title
    m["Date"] = "Mon, 02 Mar 2026 09:14:00 +0100"
    body = ["Kære modtager,", "", "Hermed det aftalte:", ""] + as_lines(d, "colon", rng)
    body += ["", "Venlig hilsen", "Jobcentret, tlf. 70 20 30 40"]
    m.set_content("\n".join(body))
    path.write_bytes(bytes(m))


def write_rtf(d: Doc, path: Path, rng: random.Random) -> None:
    def esc(s: str) -> str:
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
            else:
                out.append(ch)
        return "".join(out)
    lines = as_lines(d, "plain", rng)
    body = "".join(("{\\b " + esc(ln) + "}" if ln == d.title else esc(ln)) + "\\par\n" for ln in lines)
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n" + body + "}", encoding="ascii")


FORMATS = [("txt", "numbered"), ("txt", "colon"), ("md", "md"), ("docx", "table"), ("docx", "headings"),
           ("html", "mixed"), ("pdf", "headings"), ("eml", "email"), ("rtf", "plain"), ("txt", "caps")]


def render(d: Doc, root: Path, rel: str, fmt: str, layout: str, rng: random.Random) -> dict:
    path = root / f"{rel}.{fmt}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        write_txt(d, path, rng, layout)
    elif fmt == "md":
        write_txt(d, path, rng, "md")
    elif fmt == "docx":
        write_docx(d, path, rng, layout == "table")
    elif fmt == "html":
        write_html(d, path, rng)
    elif fmt == "pdf":
        write_pdf(d, path, rng)
    elif fmt == "eml":
        write_eml(d, path, rng)
    else:
        write_rtf(d, path, rng)
    return {"path": str(path.relative_to(root)), "kind": d.kind, "format": fmt, "layout": layout,
            "subtype": d.subtype, "rules": sorted(d.rules), "extras": d.extras, "error": None,
            "accept_errors": [], "must_not_contain": d.must_not, "traits": d.traits,
            **({"period": d.period} if d.period else {})}


def convert_some(root: Path, entries: list[dict]) -> None:
    """Turn some Word files into ODT and into LibreOffice PDFs, as municipalities' archives hold them."""
    import subprocess
    docx = [e for e in entries if e["format"] == "docx"]
    targets = [(e, "odt") for e in docx[1::5]] + [(e, "pdf") for e in docx[3::5]]
    for e, fmt in targets:
        src = root / e["path"]
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bw_profile", "--headless",
                        "--convert-to", fmt, "--outdir", str(src.parent), str(src)],
                       check=True, capture_output=True, timeout=180)
        src.unlink()
        e["path"] = e["path"][:-4] + fmt
        e["format"] = fmt
        e["traits"].append("made:libreoffice-from-docx")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    rng = random.Random(SEED)
    root: Path = a.out
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    entries = []
    # agreements: 55, ~36 % defective (20)
    agr_defects = (DEFECTS_AGR * 3)[:20] + [None] * 35
    rng.shuffle(agr_defects)
    for i, df in enumerate(agr_defects):
        setting = SETTINGS[i % len(SETTINGS)]
        fmt, layout = FORMATS[i % len(FORMATS)]
        prose = fmt in ("txt", "docx", "pdf") and rng.random() < 0.35
        d = make_agreement(i, rng, df, setting, prose)
        if prose:
            layout = "prose"
        entries.append(render(d, root, f"aftaler/{setting}/" + rng.choice([f"{i:03d}-aftale", f"{i:03d}-mentoraftale-{d.subtype.split('-')[1]}", f"dok{4100 + i * 7}"]), fmt, layout, rng))
    # decisions: 20, 6 defective
    dec_defects = ["missing-appeal-guidance"] * 3 + ["duration-over-6-months"] * 2 + ["missing-reasons"] + [None] * 14
    rng.shuffle(dec_defects)
    for i, df in enumerate(dec_defects):
        d = make_decision(i, rng, df)
        fmt, layout = FORMATS[(i + 3) % len(FORMATS)]
        entries.append(render(d, root, "afgoerelser/" + rng.choice([f"{i:03d}-brev", f"{i:03d}-{d.subtype.split('-')[1]}", f"dok{7300 + i * 3}"]), fmt, layout, rng))
    # Min Plan: 10, 3 defective
    mp_defects = ["missing-mentor", "missing-hours", "duration-over-6-months"] + [None] * 7
    rng.shuffle(mp_defects)
    for i, df in enumerate(mp_defects):
        d = make_minplan(i, rng, df)
        fmt, layout = FORMATS[(i + 5) % len(FORMATS)]
        entries.append(render(d, root, "minplan/" + rng.choice([f"{i:03d}-minplan", f"{i:03d}-udskrift", f"dok{9100 + i}"]), fmt, layout, rng))
    # none of the kinds: 15
    subs = ["stillingsbeskrivelse", "timeregistrering", "refusionsanmodning", "kursusplan", "introduktionsplan"] * 3
    for i, sub in enumerate(subs):
        d = make_unknown(i, rng, sub)
        fmt, layout = FORMATS[(i + 1) % len(FORMATS)]
        entries.append(render(d, root, f"oevrigt/{i:03d}-{sub}", fmt, layout, rng))
    convert_some(root, entries)
    with (root / "EXPECTED.jsonl").open("w", encoding="utf-8") as f:
        for e in sorted(entries, key=lambda e: e["path"]):
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(entries)} documents written to {root}")


if __name__ == "__main__":
    main()
