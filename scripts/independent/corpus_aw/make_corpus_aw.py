"""Corpus AW: a realistic mixed archive of mentor-support case folders (independent writer).

Deterministic (seed 4711). Usage: make_corpus_aw.py --out DIR
Writes documents in case folders plus EXPECTED.jsonl (manifest format of corpusgen).
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

from docx import Document
from docx.shared import Pt

R = random.Random(4711)

MUNIS = [
    ("Viborg Kommune", "Jobcenter Viborg", "Prinsens Allé 5, 8800 Viborg", "viborg.dk"),
    ("Holbæk Kommune", "Jobcenter Holbæk", "Kanalstræde 2, 4300 Holbæk", "holb.dk"),
    ("Herning Kommune", "Jobcenter Herning", "Fredhøjvej 3, 7400 Herning", "herning.dk"),
    ("Næstved Kommune", "Jobcenter Næstved", "Ringstedgade 17, 4700 Næstved", "naestved.dk"),
    ("Randers Kommune", "Jobcenter Randers", "Laksetorvet 1, 8900 Randers", "randers.dk"),
    ("Vejle Kommune", "Jobcenter Vejle", "Skolegade 1, 7100 Vejle", "vejle.dk"),
    ("Odsherred Kommune", "Jobcenter Odsherred", "Nyvej 22, 4573 Højby", "odsherred.dk"),
]
PROVIDERS = [
    ("Mentorhuset Midt ApS", "mentorhuset-midt.dk"),
    ("Trappen Mentor & Coaching", "trappenmentor.dk"),
    ("Broen Jobmentor I/S", "broenjob.dk"),
    (None, None),  # the municipality's own mentor unit
]
FIRST = ["Sara", "Jonas", "Mette", "Ahmed", "Louise", "Kasper", "Fatima", "Henrik", "Camilla",
         "Mikkel", "Sofie", "Bo", "Line", "Rasmus", "Hanne", "Yusuf", "Trine", "Nikolaj", "Pia", "Emil"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Østergaard", "Kristensen", "Mortensen", "Holm", "Madsen", "Yilmaz", "Dam"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def name():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def phone():
    return f"{R.randint(20, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def cpr():
    d = dt.date(1960, 1, 1) + dt.timedelta(days=R.randint(0, 16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{R.randint(1000, 9999)}"


# ---------------------------------------------------------------- case data
class Case:
    def __init__(self, i: int):
        self.i = i
        self.muni = R.choice(MUNIS)
        self.prov = R.choice(PROVIDERS)
        self.citizen = name()
        self.cfirst = self.citizen.split()[0]
        self.mentor = name()
        self.mfirst = self.mentor.split()[0]
        dom = self.prov[1] or self.muni[3]
        self.mphone = phone()
        self.mmail = f"{self.mfirst.lower().replace('ø', 'oe')}@{dom}"
        self.cw = name()
        self.cwphone = phone()
        self.cwmail = f"{self.cw.split()[0].lower()[:3]}{self.cw.split()[1].lower()[:2]}@{self.muni[3]}".replace("ø", "oe")
        year = R.choice([2021, 2022, 2023, 2024, 2025, 2026])
        self.start = dt.date(year, R.randint(1, 12), R.choice([1, 1, 1, 4, 15, 10]))
        self.months = R.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.cpr = cpr() if R.random() < 0.33 else None
        self.journal = f"{R.randint(15, 27)}.{R.randint(1, 9):02d}.{R.randint(0, 30):02d}-A{R.randint(10, 99)}-{R.randint(1, 9)}-{year % 100}"
        self.letter_date = self.start - dt.timedelta(days=R.randint(3, 20))


GOALS_CLEAR = [
    "Målet er, at {c} starter på FVU-dansk hos VUC {town} i {mon} og møder stabilt mindst 4 dage om ugen.",
    "{c} er i virksomhedspraktik 15 timer om ugen i Netto, {town}, senest {date}, med henblik på løntilskud.",
    "At {c} gennemfører grundforløb 1 på SOSU-skolen og har under 10 % fravær.",
    "{c} skal fastholde sit job som lagermedarbejder hos Dagrofa (25 timer/uge) og være fast ansat efter prøveperioden.",
    "Målet er ordinær ansættelse inden for rengøring, min. 15 timer om ugen, inden {date}.",
    "{c} starter på EUD-forløbet som tømrer på Mercantec efter sommerferien og gennemfører første skoleperiode.",
    "Fastholdelse i fleksjob hos {town} Auto (12 timer/uge) – {c} møder til aftalt tid alle arbejdsdage.",
    "{c} påbegynder FGU (produktionsgrunduddannelse) i {mon} og er i gang med første modul ved periodens udløb.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {c} får det bedre og bliver mere stabil i hverdagen.",
    "{c} skal arbejde med sig selv og sit selvværd.",
    "Hjælp til struktur og motivation, så {c} kommer tættere på arbejdsmarkedet.",
]
TASKS = [
    "følge {c} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at lave en fast døgnrytme og morgenrutine",
    "støtte i kontakten til skolens studievejleder",
    "hjælpe med at åbne og forstå post i e-Boks",
    "tage med til møder med jobcentret, når {c} ønsker det",
    "træne bustur fra bopæl til uddannelsesstedet",
    "være sparringspartner ved konflikter på arbejdspladsen",
    "hjælpe med budget og faste udgifter",
]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "to timer ugentligt",
            "24 mentortimer i perioden", "2-3 timer pr. uge", "4 timer om ugen de første 4 uger, derefter 2 timer om ugen",
            "8 timer om måneden", "halvanden time pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor"]
FOLLOW = [
    "Der afholdes statusmøde med {c}, mentor og sagsbehandler hver 4. uge. Delmål: fremmøde 4 dage om ugen fra uge 6.",
    "Mentor sender kort statusnotat til jobcentret hver måned. Midtvejsevaluering ca. halvvejs i forløbet, slutevaluering 14 dage før ophør.",
    "Vi følger op ved et møde hver anden måned, hvor vi ser på progressionen i forhold til delmålene.",
    "Opfølgning sker telefonisk hver 14. dag mellem mentor og sagsbehandler og ved et fælles møde efter 3 måneder.",
]
APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger fra du har modtaget den. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen. "
    "Du kan klage mundtligt eller skriftligt, jf. lov om retssikkerhed og administration på det sociale område §§ 66-67 og LAB § 204.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {jc} senest 4 uger efter, at du har fået denne afgørelse. "
    "Vi vurderer sagen igen, og hvis vi ikke giver dig medhold, sender vi klagen til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Er du uenig, kan du klage til {muni} inden 4 uger. Ring eller skriv til din sagsbehandler. "
    "Kommunen ser på sagen igen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
]
APPEAL_BAD = [
    "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
    "Hvis du er utilfreds, kan du kontakte jobcentret.",
]
TOWNS = {"Viborg Kommune": "Viborg", "Holbæk Kommune": "Holbæk", "Herning Kommune": "Herning",
         "Næstved Kommune": "Næstved", "Randers Kommune": "Randers", "Vejle Kommune": "Vejle",
         "Odsherred Kommune": "Nykøbing Sj."}


def fields(case: Case, defects: set[str], kind: str) -> dict:
    """Text of each field; a missing field is None or a placeholder string marked with '!'."""
    town = TOWNS[case.muni[0]]
    fill = dict(c=case.cfirst, town=town, mon=MONTHS[(case.start.month + 1) % 12],
                date=fmt_date(case.end, 0), jc=case.muni[1], muni=case.muni[0])
    f = {}
    if "missing-goal" in defects:
        f["goal"] = R.choice([None, None, "Udfyldes senere", "-"])
    elif "unclear-goal" in defects:
        f["goal"] = R.choice(GOALS_UNCLEAR).format(**fill)
    else:
        f["goal"] = R.choice(GOALS_CLEAR).format(**fill)
    prov = case.prov[0] or f"{case.muni[0]}, mentorenheden"
    if "missing-mentor" in defects:
        f["mentor"] = R.choice([None, f"{case.mentor}, {prov}", "Tildeles senere"])
        f["mentor_name"], f["mentor_contact"] = (None if f["mentor"] != f"{case.mentor}, {prov}" else case.mentor), None
    else:
        f["mentor"] = f"{case.mentor}, {prov}, tlf. {case.mphone}, {case.mmail}"
        f["mentor_name"] = case.mentor
        f["mentor_contact"] = R.choice([f"tlf. {case.mphone}", f"{case.mmail}", f"tlf. {case.mphone} / {case.mmail}"])
    f["provider"] = prov
    tasks = R.sample(TASKS, R.randint(2, 4))
    f["tasks"] = None if "missing-tasks" in defects else [t.format(**fill) for t in tasks]
    start, end = case.start, case.end
    if "duration-over-6-months" in defects:
        end = add_months(start, R.choice([8, 9, 12])) - dt.timedelta(days=1)
        case.end = end
    ds = R.choice([0, 0, 1, 2, 3, 4])
    if "missing-duration" in defects:
        f["period"] = R.choice([None, "indtil videre", "Udfyldes senere"])
    else:
        f["period"] = R.choice([
            f"{fmt_date(start, ds)} – {fmt_date(end, ds)}",
            f"{fmt_date(start, ds)} til {fmt_date(end, ds)}",
            f"fra {fmt_date(start, ds)} til og med {fmt_date(end, ds)}",
        ])
    if "missing-hours" in defects:
        f["hours"] = R.choice([None, None, HOURS_VAGUE[0], HOURS_VAGUE[1], HOURS_VAGUE[2]])
    else:
        f["hours"] = R.choice(HOURS_OK)
    f["follow"] = None if "missing-follow-up" in defects or kind != "agreement" else R.choice(FOLLOW).format(**fill)
    if kind == "minplan":
        f["follow"] = None
    if "missing-appeal-guidance" in defects:
        f["appeal"] = R.choice([None, R.choice(APPEAL_BAD)])
    else:
        f["appeal"] = R.choice(APPEAL_OK).format(**fill)
    if kind == "minplan":
        f["appeal"] = None
    return f


# ---------------------------------------------------------------- renderers → blocks
# A document is a list of blocks: ("h", text), ("p", text), ("li", text), ("table", rows)

def header_blocks(case: Case, title: str, sender: str | None = None) -> list:
    b = [("p", sender or f"{case.muni[0]} · {case.muni[1]}"), ("p", case.muni[2])]
    b.append(("p", f"Dato: {fmt_date(case.letter_date, R.choice([0, 1]))}    J.nr. {case.journal}"))
    b.append(("h", title))
    who = f"Borger: {case.citizen}"
    if case.cpr:
        who += f", CPR-nr. {case.cpr}"
    b.append(("p", who))
    return b


def agreement_labelled(case: Case, f: dict, style: str) -> list:
    """Headings + paragraphs, with label wording that varies per template."""
    L = {
        "a": ("Mål for mentorforløbet", "Mentor", "Mentorens opgaver", "Periode", "Timetal", "Opfølgning og progression", "Klagevejledning"),
        "b": ("Hvad er målet?", "Din mentor", "Hvad skal mentor hjælpe med?", "Hvor længe?", "Hvor mange timer?", "Hvordan følger vi op?", "Hvis du vil klage"),
        "c": ("1. Formål med mentorstøtten", "2. Mentorens navn og kontaktdata", "3. Opgaver mentor skal bistå ved",
              "4. Varighed", "5. Timetal", "6. Opfølgning (inkl. mål for progression)", "7. Klagevejledning"),
        "d": ("Borgerens mål", "Mentors kontaktdata", "Indsatsområder", "Aftalens varighed", "Antal timer", "Evaluering", "Klageadgang"),
    }[style]
    b = header_blocks(case, R.choice(["Mentoraftale", "Aftale om mentorstøtte", "Aftale om mentorstøtte efter LAB § 167",
                                      "Skriftlig aftale om mentorforløb"]))
    b.append(("p", R.choice([
        f"Denne aftale er indgået mellem {case.citizen}, {case.muni[1]} og mentor.",
        "Aftalen beskriver, hvad mentorstøtten skal bruges til, og hvem der gør hvad.",
        f"Aftalen er lavet på mødet {fmt_date(case.letter_date, 0)} på jobcentret.",
    ])))

    def sec(i, val):
        if val is None:
            if R.random() < 0.35:
                b.append(("h", L[i]))
                b.append(("p", R.choice(["", "Udfyldes senere", "-"])))
            return
        b.append(("h", L[i]))
        if isinstance(val, list):
            if style == "b" and i == 2:
                b[-1] = ("p", f"{case.mfirst} skal hjælpe dig med:")
            for t in val:
                b.append(("li", t[0].upper() + t[1:]))
        else:
            b.append(("p", val))
    sec(0, f["goal"])
    if f["mentor_name"] and f["mentor_contact"]:
        sec(1, [f"Navn: {case.mentor}", f"Firma: {f['provider']}", f"Kontakt: {f['mentor_contact']}"] if style in "cd" else
            f"Din mentor er {case.mentor} fra {f['provider']}. Du kan fange {case.mfirst} på {f['mentor_contact']}.")
    else:
        sec(1, f["mentor"])
    sec(2, f["tasks"])
    sec(3, f["period"])
    sec(4, f["hours"])
    sec(5, f["follow"])
    sec(6, f["appeal"])
    b.append(("p", f"Sagsbehandler: {case.cw}, {case.muni[1]}, tlf. {case.cwphone}, {case.cwmail}"))
    b.append(("p", "Underskrift borger: ____________________    Underskrift mentor: ____________________"))
    return b


def agreement_table(case: Case, f: dict) -> list:
    b = header_blocks(case, R.choice(["MENTORAFTALE", "Aftale om mentor", "Mentoraftale – LAB kap. 22"]))
    rows = [("Borger", case.citizen + (f" ({case.cpr})" if case.cpr else ""))]

    def row(lbl, val):
        if val is None:
            if R.random() < 0.5:
                rows.append((lbl, ""))
            return
        rows.append((lbl, "\n".join("• " + t for t in val) if isinstance(val, list) else val))
    row(R.choice(["Mål", "Målet med mentorstøtten", "Formål"]), f["goal"])
    row(R.choice(["Mentor", "Mentor (navn, tlf., mail)"]), f["mentor"])
    row(R.choice(["Mentorens opgaver", "Opgaver"]), f["tasks"])
    row(R.choice(["Periode", "Varighed"]), f["period"])
    row(R.choice(["Timer", "Timetal pr. uge", "Antal timer"]), f["hours"])
    row(R.choice(["Opfølgning", "Opfølgning/progression"]), f["follow"])
    row("Klagevejledning", f["appeal"])
    row("Sagsbehandler", f"{case.cw}, tlf. {case.cwphone}")
    b.append(("table", rows))
    b.append(("p", "Dato og underskrifter: ______________________"))
    return b


def agreement_letter(case: Case, f: dict) -> list:
    b = header_blocks(case, R.choice(["Din aftale om mentor", "Vedr. mentorforløb", "Aftale om mentorstøtte"]))
    b.append(("p", f"Kære {case.cfirst}"))
    b.append(("p", "Tak for en god snak. Her har du det, vi aftalte om dit mentorforløb."))
    s = []
    if f["goal"] and f["goal"] not in ("-", "Udfyldes senere"):
        g = f["goal"]
        s.append(f"Vi har aftalt følgende mål for forløbet: {g[0].lower() + g[1:] if not g.startswith(case.cfirst) else g}")
    if f["mentor_name"] and f["mentor_contact"]:
        s.append(f"Din mentor bliver {case.mentor} fra {f['provider']}, som du kan kontakte på {f['mentor_contact']}.")
    elif f["mentor"] and f["mentor"] != "Tildeles senere":
        s.append(f"Din mentor bliver {case.mentor} fra {f['provider']}.")
    else:
        s.append("Vi finder en mentor til dig hurtigst muligt.")
    b.append(("p", " ".join(s)))
    if f["tasks"]:
        b.append(("p", f"{case.mfirst if f['mentor_name'] else 'Mentoren'} skal hjælpe dig med at "
                  + ", ".join(f["tasks"][:-1]) + " og " + f["tasks"][-1] + "."))
    s = []
    if f["period"] and f["period"][0].isdigit() or (f["period"] or "").startswith("fra"):
        s.append(f"Forløbet løber {f['period'] if f['period'].startswith('fra') else 'i perioden ' + f['period']}.")
    if f["hours"] in HOURS_VAGUE:
        s.append(f"Mentoren er der for dig {f['hours']}.")
    elif f["hours"]:
        s.append(f"Der er afsat {f['hours']} til mentorstøtten.")
    if s:
        b.append(("p", " ".join(s)))
    if f["follow"]:
        b.append(("p", f["follow"]))
    if f["appeal"]:
        b.append(("p", f["appeal"]))
    b.append(("p", "Venlig hilsen"))
    b.append(("p", f"{case.cw}\nJobkonsulent, {case.muni[1]}\nDirekte tlf. {case.cwphone}"))
    return b


def decision(case: Case, defects: set[str]) -> list:
    partial = R.random() < 0.4
    end = case.end
    if "duration-over-6-months" in defects:
        end = add_months(case.start, R.choice([9, 12])) - dt.timedelta(days=1)
    ds = R.choice([0, 1, 3])
    b = header_blocks(case, R.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentor"]),
                      sender=f"{case.muni[0]}\n{case.muni[1]}")
    b.append(("p", f"Kære {case.citizen}"))
    hrs = R.choice(HOURS_OK[:4])
    if partial:
        b.append(("p", f"Du har søgt om mentorstøtte i 9 måneder med 5 timer om ugen. {case.muni[0]} har besluttet at give dig "
                  f"mentorstøtte i perioden {fmt_date(case.start, ds)} – {fmt_date(end, ds)} med {hrs}."))
    else:
        b.append(("p", f"Du får bevilget mentorstøtte fra {fmt_date(case.start, ds)} til {fmt_date(end, ds)}. "
                  f"Mentorstøtten er på {hrs}."))
    b.append(("h", R.choice(["Begrundelse", "Hvorfor har vi truffet denne afgørelse?", "Vores begrundelse"])))
    b.append(("p", "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167. Vi har lagt vægt på, at du har brug "
              "for støtte til at fastholde dit forløb, og at støtten er nødvendig for at du kan gennemføre det." +
              (" Vi vurderer, at 4 måneder med færre timer er tilstrækkeligt, fordi du allerede har en fast kontaktperson på skolen." if partial else "")))
    b.append(("p", f"Din mentor er {case.mentor}. Nærmere aftale om forløbet laves på første møde."))
    if "missing-appeal-guidance" in defects:
        if R.random() < 0.5:
            b.append(("p", R.choice(APPEAL_BAD)))
    else:
        b.append(("h", R.choice(["Klagevejledning", "Sådan klager du", "Hvis du ikke er enig"])))
        b.append(("p", R.choice(APPEAL_OK).format(jc=case.muni[1], muni=case.muni[0])))
    b.append(("p", f"Med venlig hilsen\n{case.cw}\nSagsbehandler, tlf. {case.cwphone}"))
    case.end = end
    return b


def minplan(case: Case, f: dict) -> list:
    b = [("p", "Min Plan · " + case.muni[1]), ("p", f"Udskrevet {fmt_date(case.letter_date, 1)} kl. {R.randint(8, 15)}:{R.randint(10, 59)}"),
         ("h", R.choice(["Indsats: Mentorstøtte", "Mentor (LAB § 167)", "Aktivitet: Mentorstøtte"])),
         ("p", f"Borger: {case.citizen}" + (f"   CPR: {case.cpr}" if case.cpr else ""))]
    rows = []

    def row(lbl, val):
        if val is None:
            if R.random() < 0.4:
                rows.append((lbl, ""))
            return
        rows.append((lbl, "; ".join(val) if isinstance(val, list) else val))
    row("Formål", f["goal"])
    row("Mentor", f["mentor"])
    row("Mentoren skal hjælpe med", f["tasks"])
    row("Varighed", f["period"])
    row("Timer", f["hours"])
    row("Status", R.choice(["Aktiv", "Godkendt", "Planlagt"]))
    if R.random() < 0.5:
        b.append(("table", rows))
    else:
        for lbl, v in rows:
            b.append(("p", f"{lbl}: {v}"))
    b.append(("p", "Side 1 af 1"))
    return b


# ---------------------------------------------------------------- other documents (kind unknown)
def status_report(case):
    return [("p", case.prov[0] or f"{case.muni[0]} – Mentorenheden"), ("h", "Statusrapport – mentorforløb"),
            ("p", f"Borger: {case.citizen}" + (f" ({case.cpr})" if case.cpr else "") + f"   Mentor: {case.mentor}, tlf. {case.mphone}"),
            ("p", f"Periode for rapporten: {fmt_date(case.start, 1)} – {fmt_date(add_months(case.start, 2), 1)}"),
            ("h", "Forløbet indtil nu"),
            ("p", f"{case.cfirst} er mødt op til {R.randint(5, 9)} ud af 10 aftalte møder. Vi har arbejdet med morgenrutiner og "
                  "transport. Der har været en periode med sygdom i uge 3 og 4."),
            ("h", "Anbefaling"),
            ("p", "Mentor anbefaler, at forløbet fortsætter som aftalt, og at der holdes statusmøde inden udløb."),
            ("p", f"Brugte timer i perioden: {R.randint(10, 26)}")]


def invoice(case):
    prov = case.prov[0] or "Mentorhuset Midt ApS"
    return [("p", prov), ("p", "CVR 3" + str(R.randint(1000000, 9999999))), ("h", f"Faktura nr. {R.randint(1000, 9999)}"),
            ("p", f"Til: {case.muni[1]}, att. {case.cw}"), ("p", f"EAN: 5798000{R.randint(100000, 999999)}"),
            ("table", [("Ydelse", "Antal", "Pris"), (f"Mentortimer {MONTHS[case.start.month - 1]} {case.start.year} – {case.cfirst} {case.citizen.split()[1][0]}.", str(R.randint(8, 16)), "525,00"),
                       ("Kørsel", "1", "312,40")]),
            ("p", "Betalingsbetingelser: netto 30 dage. Beløb excl. moms.")]


def minutes(case):
    return [("h", "Referat af netværksmøde"), ("p", f"Dato: {fmt_date(case.start + dt.timedelta(days=40), 0)}"),
            ("p", f"Deltagere: {case.citizen}, {case.mentor} (mentor), {case.cw} (sagsbehandler), UU-vejleder"),
            ("li", "Velkomst og runde"), ("li", f"Status på praktik – {case.cfirst} trives og vil gerne fortsætte"),
            ("li", "Transport: der søges om befordringsgodtgørelse"),
            ("li", "Næste møde aftales om ca. 6 uger"),
            ("p", f"Referent: {case.cw}")]


def guidance(case):
    return [("h", "Mentorstøtte – information til borgere"), ("p", case.muni[0]),
            ("p", "En mentor kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job eller uddannelse, eller for "
                  "at blive i dit job. Mentorstøtte gives efter lov om en aktiv beskæftigelsesindsats kapitel 22 og kan gives i "
                  "højst 6 måneder ad gangen."),
            ("h", "Hvad kan en mentor?"),
            ("li", "Hjælpe dig med at komme godt i gang på en arbejdsplads"), ("li", "Støtte dig i kontakten med skole eller kommune"),
            ("p", "Din sagsbehandler vurderer sammen med dig, om du kan få en mentor, og hvor mange timer om ugen."),
            ("p", "Du kan klage over kommunens afgørelse inden 4 uger. Læs mere på kommunens hjemmeside.")]


def private_agreement(case):
    club = R.choice(["Vestegnens Fodboldklub", "Friskolen ved Åen", "Ungdomshuset Kilden"])
    return [("h", f"Mentoraftale – {club}"),
            ("p", f"Som en del af vores frivillige mentorprogram bliver du koblet med en voksen mentor fra klubben/skolen."),
            ("p", f"Mentor: {case.mentor}, tlf. {case.mphone}"), ("p", f"Mentee: {case.cfirst}"),
            ("p", "Vi mødes ca. 1 time hver anden uge i skoleåret 2025/26, og mentor hjælper med lektier og at finde en fritidsjob."),
            ("p", "Mål: at du får en god start i 8. klasse og finder en fritidsaktivitet du kan lide."),
            ("p", "Aftalen er frivillig og kan stoppes af begge parter. Underskrift forælder: ________")]


def journal_note(case):
    return [("h", "Journalnotat"), ("p", f"{fmt_date(case.start + dt.timedelta(days=20), 1)} – {case.cw}" + (f" – cpr {case.cpr}" if case.cpr else "")),
            ("p", f"Telefonsamtale med mentor {case.mentor}. {case.cfirst} udeblev fra møde i tirsdags, men har meldt tilbage. "
                  "Mentor oplever fortsat god motivation. Intet at foretage sig p.t. Sagen tages op igen ved næste status."),
            ("p", "Notatet er oprettet i forbindelse med løbende sagsbehandling.")]


# ---------------------------------------------------------------- writers
def write_docx(blocks, path: Path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = R.choice(["Calibri", "Arial", "Verdana", "Times New Roman"])
    st.font.size = Pt(R.choice([10, 11, 12]))
    for kind, val in blocks:
        if kind == "h":
            doc.add_heading(val, level=R.choice([1, 2]) if not val.isupper() else 1)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
    doc.save(path)


def to_text(blocks, md=False) -> str:
    out = []
    for kind, val in blocks:
        if kind == "h":
            out.append(("\n## " + val) if md else ("\n" + val.upper() if R.random() < 0.3 else "\n" + val))
        elif kind == "p":
            out.append(val)
        elif kind == "li":
            out.append(R.choice(["- ", "* ", "  • "]) + val)
        elif kind == "table":
            for r in val:
                out.append(": ".join(r) if len(r) == 2 else "  ".join(r))
    return "\n".join(out) + "\n"


def wrap(text: str, width: int) -> str:
    import textwrap
    return "\n".join(textwrap.fill(l, width) if len(l) > width else l for l in text.splitlines()) + "\n"


def to_html(blocks, case) -> str:
    from html import escape as e
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Udskrift</title>",
             "<script>window.dataLayer=[];function track(){return 'Mentor: tlf';}</script></head><body>",
             f"<div class='header'><div class='sys'>{e(case.muni[1])} – sagsudskrift</div></div><div class='content'><div class='doc'>"]
    in_list = False
    for kind, val in blocks:
        if kind != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "h":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{e(val).replace(chr(10), '<br>')}</p>")
        elif kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{e(val)}</li>")
        elif kind == "table":
            if len(val[0]) == 2 and R.random() < 0.5:
                parts.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(b).replace(chr(10), '<br>')}</dd>" for a, b in val) + "</dl>")
            else:
                parts.append("<table border='1'>" + "".join("<tr>" + "".join(f"<td>{e(c).replace(chr(10), '<br>')}</td>" for c in r) + "</tr>" for r in val) + "</table>")
    if in_list:
        parts.append("</ul>")
    parts.append("</div></div><footer>Udskrevet fra fagsystemet</footer></body></html>")
    return "\n".join(parts)


def write_eml(blocks, case, path: Path, intro: str):
    msg = EmailMessage()
    msg["From"] = f"{case.cw} <{case.cwmail}>"
    msg["To"] = f"{case.citizen} <{case.cfirst.lower()}{R.randint(1, 99)}@gmail.com>"
    if not getattr(case, "no_cc", False):
        msg["Cc"] = case.mmail
    msg["Subject"] = R.choice(["Din mentoraftale", "Mentorforløb – aftale", "SV: mentor", "Aftale om mentor (sikker mail)"])
    msg["Date"] = format_datetime(dt.datetime.combine(case.letter_date, dt.time(10, 12), tzinfo=dt.timezone.utc))
    body = f"Hej {case.cfirst}\n\n{intro}\n\n" + to_text([b for b in blocks if b[0] != "h" or True])
    body += f"\nVenlig hilsen\n{case.cw}\n{case.muni[1]}\nTlf. {case.cwphone}\n"
    if R.random() < 0.5:
        body += (f"\n-----Oprindelig meddelelse-----\nFra: {case.citizen}\nSendt: {fmt_date(case.letter_date - dt.timedelta(days=2), 0)}\n"
                 "Emne: mentor\n\n> Hej, kan du sende mig det vi aftalte om mentor? Mvh " + case.cfirst + "\n")
    msg.set_content(body)
    path.write_bytes(bytes(msg))


# ---------------------------------------------------------------- plan
AGR_RULES = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
             "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_RULES = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
            "duration-over-6-months", "unclear-goal"]


def pick_defects(pool, rate=0.45):
    d = set()
    if R.random() < rate:
        d.add(R.choice(pool))
        if R.random() < 0.2:
            d.add(R.choice(pool))
    if "missing-goal" in d:
        d.discard("unclear-goal")
    if "missing-duration" in d:
        d.discard("duration-over-6-months")
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = Path(ap.parse_args().out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries, convert = [], []  # convert: (docx path, target ext, final path)
    tmp = Path(tempfile.mkdtemp(prefix="aw_"))
    n = 0

    def emit(case, kind, subtype, layout, fmt, blocks, rules, traits, eml_intro=None, wrapw=None, md=False):
        nonlocal n
        n += 1
        folder = out / f"sag-{case.i:03d}-{case.muni[0].split()[0].lower().replace('æ', 'ae').replace('ø', 'oe')}"
        folder.mkdir(exist_ok=True)
        stem = f"{n:03d}-{subtype}"
        p = folder / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, p)
        elif fmt in ("pdf", "odt"):
            src = tmp / f"{case.i:03d}_{stem}.docx"
            write_docx(blocks, src)
            convert.append((src, fmt, p))
        elif fmt == "txt":
            t = to_text(blocks, md)
            if wrapw:
                t = wrap(t, wrapw)
            p.write_text(t, encoding=R.choice(["utf-8", "utf-8", "cp1252"]) if not md else "utf-8")
        elif fmt == "html":
            p.write_text(to_html(blocks, case), encoding="utf-8")
        elif fmt == "eml":
            case.no_cc = "missing-mentor" in rules
            write_eml(blocks, case, p, eml_intro or "Hermed den aftale, vi lavede i dag.")
        mnc = []
        if case.cpr and any(case.cpr in (v if isinstance(v, str) else str(v)) for _, v in blocks):
            mnc = [case.cpr, case.cpr.replace("-", "")]
            traits = traits + ["cpr"]
        e = {"path": str(p.relative_to(out)), "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [], "must_not_contain": mnc,
             "traits": traits}
        if kind in ("agreement", "decision", "minplan") and "missing-duration" not in rules:
            e["period"] = {"start": case.start.isoformat(), "end": case.end.isoformat()}
        entries.append(e)

    i = 0
    # ~36 agreements
    for k in range(36):
        i += 1
        case = Case(i)
        d = pick_defects(AGR_RULES)
        f = fields(case, d, "agreement")
        tpl = R.choice(["labelled", "labelled", "table", "letter", "email"])
        traits = [f"template:{tpl}", f"muni:{case.muni[0]}", f"provider:{case.prov[0] or 'kommunal'}"] + [f"defect:{x}" for x in sorted(d)]
        if tpl == "labelled":
            style = R.choice("abcd")
            blocks = agreement_labelled(case, f, style)
            fmt = R.choice(["docx", "docx", "odt", "pdf", "txt", "html"])
            emit(case, "agreement", "agreement", f"headings-{style}", fmt, blocks, d, traits,
                 wrapw=R.choice([None, 72]) if fmt == "txt" else None, md=(fmt == "txt" and R.random() < 0.3))
        elif tpl == "table":
            blocks = agreement_table(case, f)
            emit(case, "agreement", "agreement", "table", R.choice(["pdf", "pdf", "docx", "odt", "html"]), blocks, d, traits)
        elif tpl == "letter":
            blocks = agreement_letter(case, f)
            emit(case, "agreement", "agreement", "prose-letter", R.choice(["docx", "pdf", "txt"]), blocks, d, traits,
                 wrapw=76)
        else:
            blocks = agreement_letter(case, f)[3:-2] if R.random() < 0.5 else agreement_labelled(case, f, R.choice("ab"))[4:]
            emit(case, "agreement", "agreement", "email-body", "eml", blocks, d, traits,
                 eml_intro="Som lovet sender jeg her aftalen om dit mentorforløb.")
        # same-folder companions ("other documents", kind unknown)
        if k % 3 == 0:
            fn, st = R.choice([(status_report, "statusrapport"), (invoice, "faktura"), (minutes, "referat"),
                               (journal_note, "journalnotat")])
            emit(case, "unknown", st, "mixed", R.choice(["docx", "pdf", "txt", "html", "docx"]), fn(case), set(), ["other-document"])
    # ~12 decisions
    for k in range(12):
        i += 1
        case = Case(i)
        d = set()
        r = R.random()
        if r < 0.2:
            d.add("missing-appeal-guidance")
        elif r < 0.35:
            d.add("duration-over-6-months")
        blocks = decision(case, d)
        emit(case, "decision", "decision", "letter", R.choice(["pdf", "pdf", "docx", "odt", "txt"]), blocks, d,
             [f"muni:{case.muni[0]}"] + [f"defect:{x}" for x in sorted(d)], wrapw=80)
        if k % 4 == 0:
            emit(case, "unknown", "journalnotat", "mixed", "txt", journal_note(case), set(), ["other-document"])
    # ~12 Min Plan entries
    for k in range(12):
        i += 1
        case = Case(i)
        d = pick_defects(MP_RULES, 0.4)
        f = fields(case, d, "minplan")
        blocks = minplan(case, f)
        emit(case, "minplan", "minplan", "minplan-print", R.choice(["pdf", "html", "html", "txt", "docx"]), blocks, d,
             [f"muni:{case.muni[0]}"] + [f"defect:{x}" for x in sorted(d)])
    # remaining other documents
    for k in range(10):
        i += 1
        case = Case(i)
        fn, st = [(guidance, "pjece"), (private_agreement, "privat-mentoraftale"), (status_report, "statusrapport"),
                  (invoice, "faktura"), (minutes, "referat")][k % 5]
        emit(case, "unknown", st, "mixed", R.choice(["pdf", "docx", "html", "txt", "odt"]), fn(case), set(), ["other-document"])

    # batch conversion with LibreOffice
    for ext in ("pdf", "odt"):
        items = [c for c in convert if c[1] == ext]
        if not items:
            continue
        od = tmp / ext
        od.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_aw_profile", "--headless", "--convert-to", ext,
                        "--outdir", str(od)] + [str(s) for s, _, _ in items], check=True, capture_output=True)
        for s, _, final in items:
            shutil.move(str(od / (s.stem + "." + ext)), final)
    shutil.rmtree(tmp)
    from collections import Counter
    with (out / "EXPECTED.jsonl").open("w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(len(entries), Counter(e["kind"] for e in entries), Counter(e["format"] for e in entries),
          Counter(r for e in entries for r in e["rules"]), sum(bool(e["must_not_contain"]) for e in entries))


if __name__ == "__main__":
    main()
