#!/usr/bin/env python3
"""Corpus fc: mentor agreements, decisions and Min Plan entries whose fields sit in tables.

Independent corpus (helper session 12). Table shapes: two-column label/value, a header row
over one row of values, grids with merged cells, weekly schedules, responsibility tables,
check lists with ☒/☐, nested tables, long tables split over pages with a repeated header,
and the same tables printed to PDF (LibreOffice) or drawn with reportlab.

    /work/main/.venv/bin/python make_corpus_fc.py --out /work/corpora/fc [--seed 12]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

# ----------------------------------------------------------------------------- model


@dataclass
class Cell:
    text: str = ""
    cs: int = 1
    rs: int = 1
    bold: bool = False
    hint: str = ""          # grey hint line (under the label or as the whole value)
    hint_only: bool = False  # the cell holds only hint text (a placeholder)
    nested: list | None = None  # a nested table: list of rows of str/Cell
    shade: bool = False
    form: bool = False      # first line is the label (a Word form cell)


@dataclass
class Table:
    rows: list            # list of rows; each row a list of Cell | str | None (None = covered)
    header_rows: int = 0  # rows repeated on each page
    widths: list | None = None


@dataclass
class Doc:
    title: str
    blocks: list = field(default_factory=list)   # ("h", text) ("p", text) ("t", Table) ("br",)
    letterhead: list = field(default_factory=list)


def C(text="", **kw):
    return Cell(text, **kw)


# ----------------------------------------------------------------------------- vocabulary

KOMMUNER = ["Ringsted", "Slagelse", "Holbæk", "Viborg", "Herning", "Vejle", "Horsens", "Næstved",
            "Køge", "Esbjerg", "Randers", "Silkeborg", "Frederikshavn", "Svendborg", "Faxe",
            "Kalundborg", "Hedensted", "Skive", "Thisted", "Sorø"]
FIRST = ["Mette", "Jonas", "Ahmed", "Sofie", "Kasper", "Line", "Emil", "Fatima", "Mikkel", "Camilla",
         "Rasmus", "Nadia", "Frederik", "Julie", "Ali", "Sara", "Oliver", "Ida", "Mads", "Amalie",
         "Tobias", "Laura", "Yasmin", "Nikolaj", "Signe", "Patrick", "Maja", "Hassan", "Louise", "Daniel"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Kaya", "Yilmaz", "Lund", "Dahl", "Holm"]
PROVIDERS = ["Jobhuset Vest", "MentorKompagniet ApS", "Lysglimt Mentor", "Bro til Job", "Vækstværket",
             "Mentorhuset Midt", "Ungeenheden", "Center for Beskæftigelse og Uddannelse",
             "Kompasset", "Trinbræt ApS"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

CLEAR_GOALS = [
    "{fn} gennemfører virksomhedspraktik i {place} 15 timer om ugen og er klar til ansættelse med løntilskud senest {d}.",
    "{fn} starter på SOSU-hjælperuddannelsen i {by} og møder mindst fire dage om ugen i det første semester.",
    "{fn} har et ordinært job på mindst 20 timer om ugen inden for lager eller logistik senest {d}.",
    "{fn} fastholder sin læreplads som tømrerlærling og har højst to fraværsdage pr. måned.",
    "{fn} er startet på FGU, produktionsgrunduddannelsen (PGU), og deltager i undervisningen fire dage om ugen.",
    "Hovedformål: {fn} er i praktik i {place} 3 dage om ugen. Delmål: møder til tiden hver dag i de første 4 uger.",
    "{fn} kan passe et fleksjob som køkkenmedhjælper 12 timer om ugen i {place} ved periodens udløb.",
    "{fn} gennemfører 10. klasse på VUC {by} og søger ind på en erhvervsuddannelse inden 1. marts.",
    "{fn} møder stabilt i sin praktik hos {place} 4 dage om ugen, så praktikken kan overgå til løntilskud.",
    "Målet er, at {fn} bliver fastansat som rengøringsassistent hos {place} med 25 timer om ugen.",
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "{fn} skal komme tættere på arbejdsmarkedet.",
    "Hjælp til at motivere {fn} og styrke selvværdet.",
    "Sikre at {fn} får det bedre og kommer videre.",
    "Øget trivsel og mere overskud i hverdagen.",
    "Motivere borgeren og arbejde på at finde en retning.",
]
PLACES = ["Netto", "Bilka", "Føtex", "Plantorama", "Dagrofa", "kommunens materielgård",
          "Café Solsiden", "Jysk", "Elgiganten", "Plejecenter Egebo", "Rema 1000", "DSV"]
TASK_SETS = [
    ["Følge {fn} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Kontakt til praktikværten ved fravær"],
    ["Hjælpe med at planlægge ugen og lave en mødeplan", "Støtte ved samtaler med uddannelsesstedet",
     "Hjælpe med at søge SU og bolig tæt på skolen"],
    ["Træne offentlig transport til arbejdspladsen", "Kontakt med arbejdsgiver hver 14. dag",
     "Hjælp til at håndtere e-Boks og post fra kommunen"],
    ["Motiverende samtaler om fremtidig uddannelse", "Deltage i opstartsmøde på skolen",
     "Hjælp til lektier og struktur på skoledagen"],
    ["Vækkeopkald om morgenen de første fire uger", "Sparring om fravær og sygemelding",
     "Følges til møder i kommunen og på jobcentret"],
]
FOLLOW_UPS = [
    "Statusmøde med borger, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før ophør.",
    "Mentor sender kort statusnotat hver måned. Fælles evaluering af delmål 14 dage inden periodens udløb.",
    "Opfølgning hver 3. uge i jobcentret; progression måles på fremmødet i praktikken.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
    "Vi følger op hver måned på et møde, hvor vi ser på delmålene.",
]
VAGUE_FOLLOW = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov", "Løbende"]
HINTS = ["Klik eller tryk her for at skrive tekst.", "[Skriv her]", "Udfyldes senere", "xx", "-", "…",
         "[indsæt]", ""]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "4 timer om ugen", "1,5 time ugentligt", "8 timer om måneden",
            "5 timer pr. uge", "2 timer ugentligt", "6 timer pr. uge"]
HOURS_BAD = ["efter behov", "et par timer om ugen", "løbende", "", "Aftales med mentor"]


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fake_cpr(rng: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 30))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


# ----------------------------------------------------------------------------- content


class Content:
    """The field values of one document, defects applied."""

    def __init__(self, rng: random.Random, kind: str, defects: set, cpr: bool, subtype: str = ""):
        self.rng = rng
        self.kind = kind
        self.defects = defects
        self.subtype = subtype
        self.kommune = rng.choice(KOMMUNER)
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.citizen = f"{self.fn} {self.ln}"
        self.cpr = fake_cpr(rng) if cpr else None
        self.case = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-K{rng.randint(10, 99)}-{rng.randint(1, 9999)}-26"
        mfn, mln = rng.choice(FIRST), rng.choice(LAST)
        while mfn == self.fn:
            mfn = rng.choice(FIRST)
        self.provider = rng.choice(PROVIDERS)
        self.mentor_name = f"{mfn} {mln}"
        self.mentor_phone = phone(rng)
        self.mentor_mail = f"{mfn.lower()}.{mln.lower()}@{self.provider.split()[0].lower()}.dk".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        cfn, cln = rng.choice(FIRST), rng.choice(LAST)
        self.caseworker = f"{cfn} {cln}"
        self.cw_phone = phone(rng)
        self.cw_mail = f"{cfn[0].lower()}{cln[:3].lower()}@{self.kommune.lower()}.dk".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.date_style = rng.randrange(6)
        # period
        self.start = dt.date(2026, rng.randint(2, 11), rng.choice([1, 1, 1, 15, 10]))
        months = rng.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, months) - dt.timedelta(days=1)
        if "duration-over-6-months" in defects:
            self.end = add_months(self.start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        if self.letter_date < dt.date(2026, 2, 2):
            self.letter_date = dt.date(2026, 2, 2)
        place = rng.choice(PLACES)
        self.place = place
        fill = dict(fn=self.fn, place=place, by=self.kommune, d=fmt_date(self.end, 0))
        # goal
        if "missing-goal" in defects:
            self.goal, self.goal_missing = rng.choice(HINTS), True
        elif "unclear-goal" in defects:
            self.goal, self.goal_missing = rng.choice(UNCLEAR_GOALS).format(**fill), False
        else:
            pool = [g for g in CLEAR_GOALS if not ("missing-duration" in defects and ("{d}" in g or "inden 1." in g))
                    and not ("missing-follow-up" in defects and "Delmål" in g)]
            self.goal, self.goal_missing = rng.choice(pool).format(**fill), False
        # tasks
        self.tasks = [t.format(**fill) for t in rng.choice(TASK_SETS)]
        self.tasks_missing = "missing-tasks" in defects
        if self.tasks_missing:
            self.tasks = [rng.choice(HINTS)]
        # hours
        self.hours_missing = "missing-hours" in defects
        self.hours = rng.choice(HOURS_BAD) if self.hours_missing else rng.choice(HOURS_OK)
        # mentor
        self.mentor_missing = "missing-mentor" in defects
        # duration
        self.duration_missing = "missing-duration" in defects
        # follow-up
        self.follow_missing = "missing-follow-up" in defects
        self.follow = rng.choice(VAGUE_FOLLOW + [""]) if self.follow_missing else rng.choice(FOLLOW_UPS)
        # appeal
        self.appeal_mode = "ok"
        if "missing-appeal-guidance" in defects:
            self.appeal_mode = rng.choice(["none", "vague", "vague2"])
        elif "appeal-wrong-route" in defects:
            self.appeal_mode = "direct"

    # --- pieces
    def d(self, x: dt.date) -> str:
        return fmt_date(x, self.date_style)

    def period_text(self) -> str:
        if self.duration_missing:
            return self.rng.choice(["Udfyldes senere", "indtil videre", "", "Klik eller tryk her for at skrive tekst.", "Aftales"])
        forms = [f"{self.d(self.start)} – {self.d(self.end)}", f"{self.d(self.start)} til {self.d(self.end)}",
                 f"Fra {self.d(self.start)} til og med {self.d(self.end)}",
                 f"f.o.m. {self.d(self.start)} t.o.m. {self.d(self.end)}"]
        return self.rng.choice(forms)

    def period_from(self):
        return "" if self.duration_missing else self.d(self.start)

    def period_to(self):
        return "" if self.duration_missing else self.d(self.end)

    def mentor_lines(self) -> list:
        if self.mentor_missing:
            return self.rng.choice([[self.mentor_name], [self.provider], ["Tildeles senere"], [f"Tlf. {self.mentor_phone}"]])
        opts = [[self.mentor_name, f"Tlf. {self.mentor_phone}", self.mentor_mail],
                [f"{self.mentor_name}, {self.provider}", f"tlf. {self.mentor_phone}"],
                [self.mentor_name, self.mentor_mail]]
        return self.rng.choice(opts)

    def mentor_text(self) -> str:
        return "\n".join(self.mentor_lines())

    def tasks_text(self, sep="\n") -> str:
        if self.tasks_missing:
            return self.tasks[0]
        return sep.join(("• " + t) if sep == "\n" else t for t in self.tasks)

    def appeal_paras(self) -> list:
        k = self.kommune
        if self.appeal_mode == "none":
            return []
        if self.appeal_mode == "vague":
            return ["Du kan klage over afgørelsen."]
        if self.appeal_mode == "vague2":
            return ["Er du utilfreds, kan du kontakte din sagsbehandler."]
        if self.appeal_mode == "direct":
            return [self.rng.choice([
                "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget denne afgørelse. Send klagen direkte til Ankestyrelsen, 7998 Statsservice.",
                "Hvis du vil klage, skal du sende klagen til Ankestyrelsen senest fire uger efter modtagelsen. Brug Ankestyrelsens klageformular på ast.dk."])]
        return [self.rng.choice([
            "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
            f"Du kan klage over afgørelsen til {k} Kommune inden 4 uger efter, at du har modtaget dette brev. Du kan klage mundtligt eller skriftligt til din sagsbehandler. Kommunen vurderer afgørelsen igen. Fastholder vi afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens §§ 66-67.",
            f"Klagefristen er 4 uger fra den dag, du har fået afgørelsen. Klagen sendes til {k} Kommune, Beskæftigelse, som genvurderer sagen. Giver vi dig ikke medhold, sender vi klagen videre til Ankestyrelsen.",
            f"Sådan klager du: Skriv eller ring til {k} Kommune senest fire uger efter, at du har modtaget dette brev. Vi ser på sagen igen inden for 4 uger. Hvis vi fastholder afgørelsen, sendes din klage til Ankestyrelsen (Beskæftigelsesudvalget)."])]


# ----------------------------------------------------------------------------- layouts

def letterhead(c: Content) -> list:
    return [f"{c.kommune} Kommune", "Beskæftigelse og Uddannelse", f"Dato: {fmt_date(c.letter_date, 0)}",
            f"Sagsnr.: {c.case}"]


def who_rows(c: Content, with_cpr=True):
    rows = [[C("Borger", bold=True), c.citizen]]
    if c.cpr and with_cpr:
        rows.append([C("CPR-nr.", bold=True), c.cpr])
    rows.append([C("Sagsbehandler", bold=True), f"{c.caseworker}, tlf. {c.cw_phone}"])
    return rows


def val(text, missing):
    """A value cell; a placeholder gets the grey hint style (as a Word content control does)."""
    if missing and text and not text.strip("-…x "):
        return C(text)
    if missing and text:
        return C(text, hint_only=True)
    return C(text)


def appeal_block(c: Content, doc: Doc, heading=None, in_table=False):
    paras = c.appeal_paras()
    if not paras:
        return
    if in_table:
        doc.blocks.append(("t", Table([[C(heading or "Klagevejledning", bold=True, shade=True)], [C("\n".join(paras))]])))
        return
    if heading is None:
        heading = "Klagevejledning" if paras[0].startswith("Sådan klager du") else c.rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])
    doc.blocks.append(("h", heading))
    for p in paras:
        doc.blocks.append(("p", p))


def lay_kv(c: Content, title: str, minplan=False) -> Doc:
    """Two-column label/value table; labels sometimes carry a grey hint line."""
    r = c.rng
    hinted = r.random() < 0.5
    doc = Doc(title, letterhead=letterhead(c))
    doc.blocks.append(("p", r.choice([
        f"Udskrift af planens punkt om mentorstøtte for {c.citizen}."] if minplan else [
        f"Aftalen er indgået mellem {c.citizen}, {c.provider} og {c.kommune} Kommune.",
        "Denne aftale beskriver din mentorstøtte. Læs den igennem, og kontakt os, hvis noget er forkert.",
        f"Aftale om mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 for {c.citizen}."])))

    def lab(t, h):
        return C(t, bold=True, hint=h if hinted else "")

    rows = who_rows(c)
    rows += [
        [lab(r.choice(["Mål med mentorstøtten", "Formål", "Målet med mentorstøtten", "Mål og delmål"]),
             "Hvad skal borgeren opnå? (job eller uddannelse)"), val(c.goal, c.goal_missing)],
        [lab(r.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentor (navn, tlf., mail)"]), "Navn, telefon og e-mail"), C(c.mentor_text())],
        [lab(r.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder"]), "Hvad skal mentoren hjælpe med?"), val(c.tasks_text(), c.tasks_missing)],
        [lab(r.choice(["Timetal", "Antal timer pr. uge", "Timer"]), "Antal timer pr. uge"), val(c.hours, c.hours_missing)],
        [lab(r.choice(["Periode", "Varighed", "Bevilget periode"]), "Fra dato – til dato"), val(c.period_text(), c.duration_missing)],
    ]
    if not minplan:
        rows.append([lab(r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), "Hvornår og hvordan følges der op?"), val(c.follow, c.follow_missing)])
    body = rows[:len(who_rows(c))]
    fields = rows[len(body):]
    if r.random() < 0.4:
        r.shuffle(fields)
    doc.blocks.append(("t", Table(body + fields, widths=[5, 11])))
    if not minplan:
        appeal_block(c, doc, in_table=r.random() < 0.3)
        doc.blocks.append(("p", "Underskrift borger: ______________    Underskrift mentor: ______________"))
    return doc


def lay_header_row(c: Content, title: str, minplan=False) -> Doc:
    """A header row of labels over one row of values."""
    r = c.rng
    doc = Doc(title, letterhead=letterhead(c))
    doc.blocks.append(("p", f"{r.choice(['Kære', 'Til'])} {c.fn}" + ("" if r.random() < 0.5 else f" {c.ln}")))
    doc.blocks.append(("p", r.choice([
        "Her er punktet om din mentor i din plan."] if minplan else [
        "Her er din aftale om mentorstøtte, som vi talte om på mødet.",
        "Her får du det, vi blev enige om, skrevet ned.",
        "Vi har sammen lavet denne aftale om mentor."])))
    top = [[C("Borger", bold=True, shade=True), C("Mentor", bold=True, shade=True), C("Sagsbehandler", bold=True, shade=True)],
           [c.citizen + (f"\nCPR {c.cpr}" if c.cpr else ""), c.mentor_text(), f"{c.caseworker}\n{c.cw_mail}"]]
    doc.blocks.append(("t", Table(top, header_rows=1)))
    heads = [r.choice(["Mål", "Formål", "Målet med støtten"]), r.choice(["Mentorens opgaver", "Opgaver"]),
             r.choice(["Timer pr. uge", "Timetal"]), r.choice(["Periode", "Varighed"])]
    vals = [val(c.goal, c.goal_missing), val(c.tasks_text(), c.tasks_missing), val(c.hours, c.hours_missing),
            val(c.period_text(), c.duration_missing)]
    if not minplan:
        heads.append(r.choice(["Opfølgning", "Opfølgning/evaluering"]))
        vals.append(val(c.follow, c.follow_missing))
    if r.random() < 0.35:   # two header rows: split period into Fra/Til (merged head)
        heads2 = [C(h, bold=True, shade=True, rs=2) for h in heads[:3]] + [C(heads[3], bold=True, shade=True, cs=2)] + \
            [C(h, bold=True, shade=True, rs=2) for h in heads[4:]]
        row1 = heads2[:4] + [None] + heads2[4:]
        row2 = [None, None, None, C("Fra", bold=True, shade=True), C("Til", bold=True, shade=True)] + ([None] if len(heads) > 4 else [])
        row3 = vals[:3] + [C(c.period_from()), C(c.period_to())] + vals[4:]
        doc.blocks.append(("t", Table([row1, row2, row3], header_rows=2)))
    else:
        doc.blocks.append(("t", Table([[C(h, bold=True, shade=True) for h in heads], vals], header_rows=1)))
    if not minplan:
        appeal_block(c, doc)
    return doc


def lay_merged(c: Content, title: str, minplan=False) -> Doc:
    """Four-column grid with merged label cells and section rows spanning the width."""
    r = c.rng
    doc = Doc(title, letterhead=letterhead(c))
    mentor = c.mentor_lines() + ["", "", ""]
    rows = [
        [C("1. Parter", bold=True, cs=4, shade=True), None, None, None],
        [C("Borger", bold=True), c.citizen, C("CPR-nr." if c.cpr else "Sagsnr.", bold=True), c.cpr or c.case],
        [C("Mentor", bold=True, rs=3), C("Navn", bold=True), C(mentor[0], cs=2), None],
        [None, C("Kontakt", bold=True), C(mentor[1], cs=2), None],
        [None, C("Leverandør", bold=True), C(c.provider if not c.mentor_missing else "", cs=2), None],
        [C("2. Indsatsen", bold=True, cs=4, shade=True), None, None, None],
        [C(r.choice(["Mål", "Målet med mentorstøtten"]), bold=True), C("", cs=3) if False else val(c.goal, c.goal_missing), None, None],
        [C("Mentorens opgaver", bold=True), val(c.tasks_text(), c.tasks_missing), None, None],
        [C("Periode", bold=True, rs=2), C("Fra", bold=True), C(c.period_from(), cs=2), None],
        [None, C("Til", bold=True), C(c.period_to(), cs=2), None],
        [C("Timetal", bold=True), val(c.hours, c.hours_missing), None, None],
    ]
    # make single value cells span 3
    for row in rows:
        if len(row) == 4 and row[2] is None and row[3] is None and row[1] is not None and not (isinstance(row[1], Cell) and row[1].bold):
            if isinstance(row[1], str):
                row[1] = C(row[1])
            row[1].cs = 3
    if not minplan:
        rows.append([C("Opfølgning", bold=True), C(c.follow, cs=3), None, None])
        paras = c.appeal_paras()
        if paras and r.random() < 0.6:
            rows.append([C("3. Klagevejledning", bold=True, cs=4, shade=True), None, None, None])
            rows.append([C(" ".join(paras), cs=4), None, None, None])
            doc.blocks.append(("t", Table(rows)))
        else:
            doc.blocks.append(("t", Table(rows)))
            appeal_block(c, doc)
    else:
        doc.blocks.append(("t", Table(rows)))
    return doc


DAYS = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"]


def lay_schedule(c: Content, title: str, minplan=False) -> Doc:
    """Weekly schedule: the hours are in a timetable; sometimes a total row."""
    r = c.rng
    doc = Doc(title, letterhead=letterhead(c))
    kv = who_rows(c) + [[C("Mentor", bold=True), c.mentor_text()],
                        [C(r.choice(["Mål", "Formål med forløbet"]), bold=True), val(c.goal, c.goal_missing)],
                        [C(r.choice(["Periode", "Forløbets varighed"]), bold=True), val(c.period_text(), c.duration_missing)]]
    doc.blocks.append(("t", Table(kv)))
    doc.blocks.append(("h", r.choice(["Ugeskema", "Fast ugeplan for mentormøder", "Sådan ser en uge ud"])))
    head = [C("Dag", bold=True, shade=True), C("Tidspunkt", bold=True, shade=True), C("Hvad", bold=True, shade=True),
            C("Hvor", bold=True, shade=True)]
    rows = [head]
    tasks = c.tasks if not c.tasks_missing else [c.tasks[0]] * 3
    if c.hours_missing:
        # no times in the plan: the days are chosen, the amount is not
        for i, dname in enumerate(r.sample(DAYS, 3)):
            rows.append([dname, "aftales fra uge til uge", tasks[i % len(tasks)], r.choice(["Hjemme", "Praktikstedet", "Jobcentret"])])
        total = c.hours or "efter behov"
        rows.append([C("Timer i alt", bold=True), C(total, cs=3), None, None])
    else:
        starts = r.sample([8, 9, 10, 13], 2)
        days = sorted(r.sample(range(5), 2))
        for i, (di, s) in enumerate(zip(days, starts)):
            rows.append([DAYS[di], f"kl. {s}.00-{s+1}.30", tasks[i % len(tasks)], r.choice(["Praktikstedet", "Hjemme hos borger", "Jobcentret", "Skolen"])])
        rows.append([DAYS[4] if 4 not in days else DAYS[3], "kl. 9.00-9.15", "Telefonopkald om ugen der gik", "Telefon"])
        if r.random() < 0.7:
            rows.append([C("Timer i alt", bold=True), C("3 timer og 15 min. pr. uge", cs=3), None, None])
    doc.blocks.append(("t", Table(rows, header_rows=1)))
    if c.tasks_missing:
        doc.blocks.pop()  # no task column then: a schedule of days only
        rows2 = [[C("Dag", bold=True, shade=True), C("Tidspunkt", bold=True, shade=True)]] + [[x[0], x[1]] for x in rows[1:] if isinstance(x[0], str)]
        doc.blocks.append(("t", Table(rows2, header_rows=1)))
        doc.blocks.append(("p", "Mentorens opgaver: " + c.tasks[0]))
    if not minplan:
        doc.blocks.append(("t", Table([[C("Opfølgning", bold=True), val(c.follow, c.follow_missing)]])))
        appeal_block(c, doc)
    return doc


def lay_responsibility(c: Content, title: str, minplan=False) -> Doc:
    """Who does what: a responsibility table; the mentor's rows are the tasks."""
    r = c.rng
    doc = Doc(title, letterhead=letterhead(c))
    doc.blocks.append(("h", r.choice(["Mål", "Formål med mentorstøtten", "Målet"])))
    doc.blocks.append(("p", c.goal))
    doc.blocks.append(("t", Table(who_rows(c) + [[C("Mentor", bold=True), c.mentor_text()],
                                                  [C("Timetal", bold=True), val(c.hours, c.hours_missing)],
                                                  [C("Periode", bold=True), val(c.period_text(), c.duration_missing)]])))
    doc.blocks.append(("h", r.choice(["Hvem gør hvad", "Ansvarsfordeling", "Opgaver og ansvar"])))
    rows = [[C("Opgave", bold=True, shade=True), C("Ansvarlig", bold=True, shade=True), C("Hvornår", bold=True, shade=True)]]
    if c.tasks_missing:
        rows.append([c.tasks[0], "Mentor", ""])
    else:
        for t in c.tasks:
            rows.append([t, "Mentor", r.choice(["Hver uge", "De første 4 uger", "Løbende i perioden", "Ved behov"])])
    rows.append([f"Møde op i praktik/skole som aftalt", c.fn, "Hver dag"])
    rows.append(["Betale transport (befordringsgodtgørelse)", "Kommunen", "Månedligt"])
    if not minplan:
        if c.follow_missing:
            if c.follow:
                rows.append(["Tale med mentor om forløbet", "Sagsbehandler", c.follow])
        else:
            rows.append(["Statusmøde og opfølgning på delmål", "Sagsbehandler og mentor", r.choice(["Hver 4. uge", "Hver måned", "Hver 6. uge og 14 dage før ophør"])])
    doc.blocks.append(("t", Table(rows, header_rows=1)))
    if not minplan:
        appeal_block(c, doc)
    return doc


def cb(on):
    return "☒" if on else "☐"


def lay_checklist(c: Content, title: str, minplan=False) -> Doc:
    """Check boxes ☒/☐ for mentor type, hours band, follow-up rhythm and tasks."""
    r = c.rng
    doc = Doc(title, letterhead=letterhead(c))
    rows = who_rows(c) + [[C("Mentor", bold=True), c.mentor_text()]]
    rows.append([C("Mentortype", bold=True), "  ".join(f"{cb(i == 0)} {t}" for i, t in enumerate(r.sample(["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor"], 3)))])
    rows.append([C("Mål", bold=True), val(c.goal, c.goal_missing)])
    if c.tasks_missing:
        tasks = "\n".join(f"☐ {t}" for t in ["Følges til praktik", "Transport", "Økonomi", "Kontakt til skole"])
    else:
        extra = ["Økonomi og budget", "Bolig", "Kontakt til læge"]
        lines = [f"☒ {t}" for t in c.tasks] + [f"☐ {t}" for t in r.sample(extra, 2)]
        tasks = "\n".join(lines)
    rows.append([C("Mentorens opgaver (sæt kryds)", bold=True), tasks])
    bands = ["0-1 time pr. uge", "1-2 timer pr. uge", "mere end 2 timer pr. uge"]
    if c.hours_missing:
        hours = "   ".join(f"☐ {b}" for b in bands)
    else:
        k = r.randrange(3)
        hours = "   ".join(f"{cb(i == k)} {b}" for i, b in enumerate(bands))
    rows.append([C("Timetal (niveau)", bold=True), hours])
    rows.append([C("Periode", bold=True), val(c.period_text(), c.duration_missing)])
    if not minplan:
        opts = ["hver måned", "hver 3. måned", "14 dage før støtten ophører"]
        if c.follow_missing:
            fol = "   ".join(f"☐ {o}" for o in opts)
        else:
            ks = r.choice([[0, 2], [1, 2], [0]])
            fol = "   ".join(f"{cb(i in ks)} {o}" for i, o in enumerate(opts))
        rows.append([C("Opfølgning", bold=True), fol])
    doc.blocks.append(("t", Table(rows)))
    if not minplan:
        paras = c.appeal_paras()
        doc.blocks.append(("p", f"{cb(True)} Borger har fået udleveret kopi af aftalen   {cb(r.random() < 0.5)} Aftalen er sendt til e-Boks"))
        if paras:
            appeal_block(c, doc)
    return doc


def lay_nested(c: Content, title: str, minplan=False) -> Doc:
    """An outer two-column table whose right cells hold tables of their own."""
    r = c.rng
    doc = Doc(title, letterhead=letterhead(c))
    person = [["Navn", c.citizen]] + ([["CPR", c.cpr]] if c.cpr else []) + [["Sagsnr.", c.case]]
    mlines = c.mentor_lines()
    mentor = [["Navn", mlines[0]]] + [["Kontakt", x] for x in mlines[1:]]
    if c.mentor_missing and mlines[0].startswith("Tlf"):
        mentor = [["Navn", ""], ["Kontakt", mlines[0]]]
    support = [[r.choice(["Mål", "Formål"]), val(c.goal, c.goal_missing)],
               ["Opgaver", val(c.tasks_text(), c.tasks_missing)],
               ["Timer", val(c.hours, c.hours_missing)],
               ["Periode", val(c.period_text(), c.duration_missing)]]
    outer = [[C("Borger", bold=True), C(nested=person)],
             [C("Mentor", bold=True), C(nested=mentor)],
             [C("Mentorstøtten", bold=True), C(nested=support)]]
    if not minplan:
        outer.append([C("Opfølgning", bold=True), C(nested=[["Hvornår", val(c.follow, c.follow_missing)], ["Deltagere", "Borger, mentor og sagsbehandler"]])])
    doc.blocks.append(("t", Table(outer, widths=[4, 12])))
    if not minplan:
        appeal_block(c, doc)
    return doc


def lay_long(c: Content, title: str, minplan=False) -> Doc:
    """A long form whose table runs over two pages with its header row repeated."""
    r = c.rng
    doc = Doc(title, letterhead=letterhead(c))
    doc.blocks.append(("p", "Skemaet udfyldes af sagsbehandler sammen med borger og mentor. Felter markeret med * skal udfyldes."))
    rows = [[C("Felt", bold=True, shade=True), C("Indhold", bold=True, shade=True)]]
    filler = [("Adresse", f"{r.choice(['Skolevej', 'Parkvej', 'Enghavevej', 'Østergade'])} {r.randint(1, 80)}, {c.kommune}"),
              ("Telefon (borger)", phone(r)), ("Målgruppe", r.choice(["Aktivitetsparat kontanthjælpsmodtager", "Uddannelseshjælpsmodtager", "Sygedagpengemodtager"])),
              ("Ydelse", r.choice(["Kontanthjælp", "Uddannelseshjælp", "Sygedagpenge"])),
              ("Tidligere indsatser", "Virksomhedspraktik 2025 (afbrudt), samtaleforløb hos psykolog"),
              ("Helbred", "Oplyst angst; følges af egen læge"), ("Sprog", "Dansk"),
              ("Bolig", "Lejebolig, bor alene"), ("Transport", "Har ikke kørekort; bruger bus"),
              ("Netværk", "Mor og søster i nærområdet"), ("Interesser", "Madlavning, fodbold"),
              ("Uddannelse", "Folkeskolens 9. klasse"), ("Erhvervserfaring", "Ufaglært, lager og rengøring"),
              ("Særlige hensyn", "Undgå møder før kl. 9"), ("Samtykke", "Givet mundtligt")]
    for k, v in filler:
        rows.append([C(k, bold=True), v])
    rows += [[C("Mål med mentorstøtten *", bold=True), val(c.goal, c.goal_missing)],
             [C("Mentor (navn og kontakt) *", bold=True), c.mentor_text()],
             [C("Mentorens opgaver *", bold=True), val(c.tasks_text(), c.tasks_missing)],
             [C("Timetal pr. uge *", bold=True), val(c.hours, c.hours_missing)],
             [C("Periode *", bold=True), val(c.period_text(), c.duration_missing)]]
    if not minplan:
        rows.append([C("Opfølgning *", bold=True), val(c.follow, c.follow_missing)])
    for i in range(r.randint(10, 16)):
        rows.append([C(f"Note {i+1}", bold=True), r.choice(["Drøftet på mødet.", "Intet at bemærke.", "Borger tilfreds med planen.", "Aftalt at tage ét skridt ad gangen."])])
    doc.blocks.append(("t", Table(rows, header_rows=1, widths=[5, 11])))
    if not minplan:
        appeal_block(c, doc)
    return doc


def lay_form_cells(c: Content, title: str, minplan=False) -> Doc:
    """A Word form: each cell holds its label on the first line and the value under it."""
    r = c.rng
    doc = Doc(title, letterhead=letterhead(c))

    def fc(label, value, missing=False, cs=1):
        if missing and value and value.strip("-…x "):
            return C(f"{label}\n{value}", cs=cs, form=True)
        return C(f"{label}\n{value}", cs=cs, form=True)
    cells = [fc(r.choice(["Mål for forløbet", "Målet med mentorstøtten"]), c.goal, c.goal_missing),
             fc("Mentorens opgaver", c.tasks_text(), c.tasks_missing),
             fc("Timer om ugen", c.hours, c.hours_missing),
             fc(r.choice(["Støtteperiode", "Periode"]), c.period_text(), c.duration_missing),
             fc("Mentor", c.mentor_text())]
    if not minplan:
        cells.append(fc(r.choice(["Opfølgning", "Sådan følger vi op"]), c.follow, c.follow_missing))
    else:
        cells.append(C(form=True, text="Bemærkninger\n" + r.choice(["Ingen", "Borger ønsker møder om formiddagen.", ""])))
    r.shuffle(cells)
    rows = [[fc("Navn", c.citizen), fc("CPR-nr." if c.cpr else "Sagsnr.", c.cpr or c.case)]]
    rows += [[cells[i], cells[i + 1]] for i in range(0, len(cells), 2)]
    doc.blocks.append(("t", Table(rows)))
    if not minplan:
        appeal_block(c, doc, in_table=r.random() < 0.5)
    return doc


LAYOUTS = {"form-cells": lay_form_cells, "kv": lay_kv, "header-row": lay_header_row, "merged": lay_merged, "schedule": lay_schedule,
           "responsibility": lay_responsibility, "checklist": lay_checklist, "nested": lay_nested,
           "long-split": lay_long}

AGREEMENT_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentor",
                    "Aftale om mentorforløb (LAB § 167)", "Aftale om mentorstøtte efter § 167",
                    "Mentoraftale – beskæftigelsesrettet mentorstøtte", "Aftale om mentor"]
MINPLAN_TITLES = ["Min Plan – mentorstøtte", "Min Plan", "Min Plan: Aktivitet – Mentor", "Udskrift af Min Plan"]


def minplan_doc(c: Content, layout: str) -> Doc:
    """A Min Plan print: either a layout table or an activity overview plus the mentor's card."""
    r = c.rng
    title = r.choice(MINPLAN_TITLES)
    if layout != "plan-overview":
        d = LAYOUTS[layout](c, title, minplan=True)
        d.blocks.insert(0, ("p", f"Udskrevet fra Min Plan {fmt_date(c.letter_date, 1)} · {c.citizen}"))
        d.letterhead = []
        return d
    doc = Doc(title)
    doc.blocks.append(("p", f"{c.citizen}" + (f" · {c.cpr}" if c.cpr else "") + f" · Udskrevet {fmt_date(c.letter_date, 1)}"))
    doc.blocks.append(("h", "Mine aktiviteter"))
    fgu_start = dt.date(2026, 8, 10)
    rows = [[C("Aktivitet", bold=True, shade=True), C("Periode", bold=True, shade=True), C("Timer", bold=True, shade=True), C("Kontakt", bold=True, shade=True)],
            ["FGU, PGU – Køkken og ernæring", f"{fmt_date(fgu_start, 1)} – {fmt_date(dt.date(2027, 6, 25), 1)}", "30 t/uge", f"FGU {c.kommune}, tlf. {phone(r)}"],
            [r.choice(["Mentorstøtte", "Mentor (§ 167)"]), "" if c.duration_missing else f"{c.d(c.start)} – {c.d(c.end)}",
             "" if c.hours_missing else c.hours, c.mentor_text().replace("\n", ", ")]]
    doc.blocks.append(("t", Table(rows, header_rows=1)))
    doc.blocks.append(("h", "Mentorstøtte"))
    card = [[C("Mål", bold=True), val(c.goal, c.goal_missing)], [C("Mentorens opgaver", bold=True), val(c.tasks_text(), c.tasks_missing)],
            [C("Mentor", bold=True), c.mentor_text()]]
    if c.duration_missing:
        card.append([C("Periode", bold=True), val(c.period_text(), True)])
    doc.blocks.append(("t", Table(card)))
    return doc


def decision_doc(c: Content, subtype: str, layout: str, reasons: bool) -> Doc:
    r = c.rng
    k = c.kommune
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"],
              "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse: Delvis bevilling af mentorstøtte"],
              "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"],
              "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"],
              "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"]}
    doc = Doc(r.choice(titles[subtype]), letterhead=letterhead(c))
    doc.blocks.append(("p", f"Kære {c.fn}" if r.random() < 0.6 else f"Til {c.citizen}"))
    if c.cpr:
        doc.blocks.append(("t", Table([[C("Navn", bold=True), c.citizen], [C("CPR-nr.", bold=True), c.cpr]])))
    period = c.period_text() if subtype != "refusal" else ""
    if subtype == "grant":
        doc.blocks.append(("p", "Du har søgt om mentorstøtte. Du får mentorstøtte som beskrevet herunder."))
    elif subtype == "partial":
        doc.blocks.append(("p", "Du har søgt om mentorstøtte 6 timer om ugen. Du får delvis bevilget mentorstøtte med færre timer, end du søgte om."))
    elif subtype == "refusal":
        doc.blocks.append(("p", r.choice(["Du har søgt om mentorstøtte i 9 måneder. Vi har givet dig afslag.",
                                          "Vi giver dig afslag på din ansøgning om mentorstøtte."])))
    elif subtype == "extension":
        doc.blocks.append(("p", "Din mentorstøtte forlænges. Forlængelsen er en ny periode efter en konkret vurdering."))
    else:
        doc.blocks.append(("p", "Din mentorstøtte ophører. Vi stopper støtten før den aftalte slutdato."))
    if subtype != "refusal":
        hrs = "3 timer pr. uge" if subtype == "partial" else c.rng.choice(HOURS_OK)
        if subtype == "end":
            rows = [[C("Ydelse", bold=True), "Mentorstøtte, LAB § 167"], [C("Ophører pr.", bold=True), c.d(c.start + dt.timedelta(days=45))]]
        elif layout == "header-row":
            rows = [[C("Ydelse", bold=True, shade=True), C("Periode", bold=True, shade=True), C("Timer", bold=True, shade=True), C("Leverandør", bold=True, shade=True)],
                    ["Mentorstøtte (§ 167)", period, hrs, c.provider]]
        else:
            rows = [[C("Bevilget", bold=True), "Mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167"],
                    [C("Periode", bold=True), period], [C("Timetal", bold=True), hrs], [C("Leverandør", bold=True), c.provider]]
        doc.blocks.append(("t", Table(rows, header_rows=1 if layout == "header-row" and subtype != "end" else 0)))
    if reasons:
        doc.blocks.append(("h", "Begrundelse"))
        opts = [
            f"Vi har lagt vægt på, at du har brug for støtte til at møde stabilt i din praktik, og at målet er job. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.",
            f"Vi har lagt vægt på oplysningerne fra dit praktiksted og din mentor. Vi vurderer, at {('3 timer om ugen er tilstrækkeligt' if subtype == 'partial' else 'støtten ikke længere er nødvendig' if subtype == 'end' else 'du kan deltage i tilbud uden mentor')}, jf. LAB § 167.",
            f"På baggrund af samtalen den {fmt_date(c.letter_date - dt.timedelta(days=7), 0)} vurderer vi, at støtten skal fortsætte, så du kan fastholde din uddannelse. Vi har lagt vægt på din fremmødeprocent. Jf. LAB § 167, stk. 1, 2. pkt."]
        pick = {"refusal": [1], "end": [1], "partial": [1], "grant": [0], "extension": [2]}[subtype]
        doc.blocks.append(("p", opts[r.choice(pick)]))
    appeal_block(c, doc)
    doc.blocks.append(("p", f"Med venlig hilsen\n{c.caseworker}\n{k} Kommune, tlf. {c.cw_phone}"))
    return doc


def unknown_doc(c: Content, subtype: str) -> Doc:
    r = c.rng
    if subtype == "invoice":
        doc = Doc("Faktura", letterhead=[c.provider, f"CVR {r.randint(10000000, 99999999)}", f"Fakturadato: {fmt_date(c.letter_date, 1)}"])
        doc.blocks.append(("p", f"Til: {c.kommune} Kommune, Jobcenter – Kreditorbogholderiet. Fakturanr. {r.randint(1000, 9999)}"))
        rows = [[C("Ydelse", bold=True, shade=True), C("Periode", bold=True, shade=True), C("Timer", bold=True, shade=True), C("Beløb", bold=True, shade=True)]]
        for m in range(3):
            rows.append([f"Mentortimer, borger {c.fn[0]}.{c.ln[0]}.", MONTHS[(c.start.month + m - 1) % 12], str(r.randint(8, 16)), f"{r.randint(4, 9)}.{r.randint(100, 999)},00 kr."])
        rows.append([C("I alt ekskl. moms", bold=True, cs=3), None, None, f"{r.randint(15, 25)}.{r.randint(100, 999)},00 kr."])
        doc.blocks.append(("t", Table(rows, header_rows=1)))
        doc.blocks.append(("p", "Betalingsbetingelser: netto 30 dage. Beløbet indbetales på reg.nr. 1234 konto 0012345678."))
        return doc
    if subtype == "status":
        doc = Doc("Statusrapport – mentorforløb", letterhead=[c.provider])
        rows = [[C("Borger", bold=True), c.citizen], [C("Mentor", bold=True), c.mentor_name],
                [C("Rapportperiode", bold=True), f"{MONTHS[c.start.month-1]} {c.start.year}"],
                [C("Fremmøde", bold=True), f"{r.randint(60, 95)} % af de planlagte dage"],
                [C("Hvad er gået godt", bold=True), "Borger møder oftere til tiden og har selv ringet til praktikstedet ved sygdom."],
                [C("Udfordringer", bold=True), "Transport om morgenen; søvn."],
                [C("Anbefaling", bold=True), "Fortsat støtte anbefales; se vedlagte timeregistrering."]]
        doc.blocks.append(("t", Table(rows)))
        return doc
    if subtype == "minutes":
        doc = Doc("Referat af netværksmøde", letterhead=[f"{c.kommune} Kommune"])
        doc.blocks.append(("p", f"Dato: {fmt_date(c.letter_date, 0)}. Til stede: {c.citizen}, {c.mentor_name} (mentor), {c.caseworker} (sagsbehandler)."))
        rows = [[C("Punkt", bold=True, shade=True), C("Drøftelse", bold=True, shade=True), C("Aftalt / ansvarlig", bold=True, shade=True)],
                ["1. Siden sidst", "Praktikken går bedre; to fraværsdage.", "–"],
                ["2. Transport", "Bus nr. 3 passer med mødetid.", f"{c.fn} tjekker rejseplan"],
                ["3. Næste møde", "Aftales på mail.", c.caseworker]]
        doc.blocks.append(("t", Table(rows, header_rows=1)))
        return doc
    if subtype == "guidance":
        doc = Doc("Vejledning: Sådan udfylder du aftaleskemaet for mentorstøtte", letterhead=[f"{c.kommune} Kommune – intern vejledning"])
        doc.blocks.append(("p", "Skemaet bruges af sagsbehandlere. Tabellen viser, hvad hvert felt skal indeholde."))
        rows = [[C("Felt", bold=True, shade=True), C("Skal indeholde", bold=True, shade=True), C("Eksempel", bold=True, shade=True)],
                ["Mål", "Job- eller uddannelsesmål, der kan følges op på", "Praktik i Netto 15 timer om ugen"],
                ["Mentor", "Navn og kontaktdata", "Navn, tlf., mail"],
                ["Opgaver", "Hvad mentoren skal bistå ved", "Følges til praktik"],
                ["Periode", "Højst 6 måneder, jf. LAB § 167", "1. marts – 31. august"],
                ["Timetal", "Antal timer pr. uge", "3 timer pr. uge"],
                ["Opfølgning", "Hvornår og hvordan", "Hver måned og 14 dage før ophør"],
                ["Klagevejledning", "Klage til kommunen inden 4 uger; videre til Ankestyrelsen", "Standardtekst"]]
        doc.blocks.append(("t", Table(rows, header_rows=1)))
        return doc
    if subtype == "private":
        club = r.choice(["Boldklubben Vestegnen", "Friskolen ved Åen", "Foreningen Unge Stemmer"])
        doc = Doc(f"Mentoraftale – {club}", letterhead=[club])
        doc.blocks.append(("p", f"{club}s frivillige mentorordning. Ordningen er gratis og har intet med kommunen at gøre."))
        rows = [[C("Mentee", bold=True), c.fn], [C("Frivillig mentor", bold=True), c.mentor_name],
                [C("Vi mødes", bold=True), "Efter træning om torsdagen"], [C("Vi taler om", bold=True), "Skole, fritid og drømme"]]
        doc.blocks.append(("t", Table(rows)))
        return doc
    if subtype == "timesheet":
        doc = Doc("Timeregistrering – mentor", letterhead=[c.provider])
        rows = [[C("Dato", bold=True, shade=True), C("Fra", bold=True, shade=True), C("Til", bold=True, shade=True), C("Aktivitet", bold=True, shade=True), C("Timer", bold=True, shade=True)]]
        d0 = c.start
        for i in range(r.randint(8, 14)):
            d = d0 + dt.timedelta(days=3 * i)
            rows.append([fmt_date(d, 1), "09.00", "10.30", r.choice(["Samtale", "Følges til praktik", "Telefon", "Møde på skole"]), "1,5"])
        doc.blocks.append(("t", Table(rows, header_rows=1)))
        doc.blocks.append(("p", f"Mentor: {c.mentor_name}. Borger: {c.fn} {c.ln[0]}."))
        return doc
    if subtype == "hearing":
        doc = Doc("Partshøring – vi overvejer at stoppe din mentorstøtte", letterhead=letterhead(c))
        doc.blocks.append(("p", f"Kære {c.fn}. Vi har endnu ikke truffet en afgørelse. Før vi gør det, vil vi høre dig."))
        rows = [[C("Det drejer sig om", bold=True), "Mentorstøtte efter LAB § 167"], [C("Oplysninger vi har fået", bold=True), "Statusnotat fra mentor om manglende fremmøde"],
                [C("Frist for dine bemærkninger", bold=True), fmt_date(c.letter_date + dt.timedelta(days=14), 0)]]
        doc.blocks.append(("t", Table(rows)))
        doc.blocks.append(("p", f"Du kan ringe til mig på {c.cw_phone}. Med venlig hilsen {c.caseworker}"))
        return doc
    if subtype == "calendar":
        doc = Doc("Mine aftaler", letterhead=[])
        doc.blocks.append(("p", f"{c.citizen} – kommende møder"))
        rows = [[C("Dato", bold=True, shade=True), C("Tid", bold=True, shade=True), C("Møde", bold=True, shade=True), C("Sted", bold=True, shade=True)]]
        for i in range(4):
            dd = c.start + dt.timedelta(days=7 * i + 1)
            rows.append([fmt_date(dd, 1), r.choice(["09:00", "10:30", "13:00"]), r.choice(["Møde med mentor", "Samtale i jobcentret", "Opfølgningssamtale"]), r.choice(["Jobcentret", "Biblioteket", "Telefon"])])
        doc.blocks.append(("t", Table(rows, header_rows=1)))
        return doc
    # course programme
    doc = Doc("Kursusprogram: Mentoruddannelse for frivillige og fagpersoner", letterhead=[c.provider])
    rows = [[C("Modul", bold=True, shade=True), C("Indhold", bold=True, shade=True), C("Timer", bold=True, shade=True)],
            ["1", "Mentorrollen og LAB § 167", "6"], ["2", "Samtaleteknik og motivation", "6"],
            ["3", "Mål, delmål og opfølgning", "6"], ["4", "Samarbejde med jobcentret", "3"]]
    doc.blocks.append(("t", Table(rows, header_rows=1)))
    doc.blocks.append(("p", "Pris: 4.500 kr. pr. deltager. Tilmelding via hjemmesiden."))
    return doc


# ----------------------------------------------------------------------------- writers

def grid(t: Table):
    """Normalise rows to a rectangular grid of Cell/None."""
    ncol = max(len(row) for row in t.rows)
    out = []
    for row in t.rows:
        rr = [x if (x is None or isinstance(x, Cell)) else C(str(x)) for x in row]
        while len(rr) < ncol:
            rr.append(C(""))
        out.append(rr[:ncol])
    return out, ncol


def cell_text(x: Cell) -> str:
    return x.text


def write_docx(doc: Doc, path: Path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if doc.letterhead:
        sec = d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = doc.letterhead[0]
        for line in doc.letterhead[1:]:
            sec.header.add_paragraph(line)
    d.add_heading(doc.title, level=1)

    def fill(cellobj, x: Cell):
        cellobj.text = ""
        p = cellobj.paragraphs[0]
        lines = x.text.split("\n") if x.text else [""]
        for i, line in enumerate(lines):
            if i:
                p = cellobj.add_paragraph()
            run = p.add_run(line)
            run.bold = x.bold
            if x.hint_only:
                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
                run.italic = True
        if x.hint:
            hp = cellobj.add_paragraph()
            hr = hp.add_run(x.hint)
            hr.font.size = Pt(8)
            hr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if x.shade:
            tcPr = cellobj._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), "D9E2F3")
            tcPr.append(shd)
        if x.nested:
            inner = cellobj.add_table(rows=len(x.nested), cols=max(len(r) for r in x.nested))
            inner.style = "Table Grid"
            for ri, row in enumerate(x.nested):
                for ci, v in enumerate(row):
                    fill(inner.cell(ri, ci), v if isinstance(v, Cell) else C(str(v)))

    for b in doc.blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            t: Table = b[1]
            g, ncol = grid(t)
            tab = d.add_table(rows=len(g), cols=ncol)
            tab.style = "Table Grid"
            for ri, row in enumerate(g):
                for ci, x in enumerate(row):
                    if x is None:
                        continue
                    if x.cs > 1 or x.rs > 1:
                        tab.cell(ri, ci).merge(tab.cell(ri + x.rs - 1, ci + x.cs - 1))
            for ri, row in enumerate(g):
                for ci, x in enumerate(row):
                    if x is not None:
                        fill(tab.cell(ri, ci), x)
            for ri in range(t.header_rows):
                trPr = tab.rows[ri]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                trPr.append(el)
            if t.widths and ncol == len(t.widths):
                for ri in range(len(g)):
                    for ci, w in enumerate(t.widths):
                        tab.cell(ri, ci).width = Cm(w)
            d.add_paragraph("")
    d.save(path)


def html_cell(x: Cell, tag="td") -> str:
    attrs = ""
    if x.cs > 1:
        attrs += f' colspan="{x.cs}"'
    if x.rs > 1:
        attrs += f' rowspan="{x.rs}"'
    if x.shade:
        attrs += ' style="background:#d9e2f3"'
    body = "<br>".join(escape(l) for l in x.text.split("\n"))
    if x.bold and tag == "td":
        body = f"<strong>{body}</strong>"
    if x.hint_only:
        body = f'<span class="hint" style="color:#888"><em>{body}</em></span>'
    if x.hint:
        body += f'<br><small style="color:#888">{escape(x.hint)}</small>'
    if x.nested:
        body += html_table(Table([[v if isinstance(v, Cell) else C(str(v)) for v in r] for r in x.nested]))
    return f"<{tag}{attrs}>{body}</{tag}>"


def html_table(t: Table) -> str:
    g, _ = grid(t)
    out = ['<table border="1" cellpadding="4" style="border-collapse:collapse">']
    if t.header_rows:
        out.append("<thead>")
    for ri, row in enumerate(g):
        tag = "th" if ri < t.header_rows else "td"
        out.append("<tr>" + "".join(html_cell(x, tag) for x in row if x is not None) + "</tr>")
        if t.header_rows and ri == t.header_rows - 1:
            out.append("</thead><tbody>")
    if t.header_rows:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def write_html(doc: Doc, path: Path, rng):
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{escape(doc.title)}</title>",
             "<style>body{font-family:Arial,sans-serif} th{text-align:left}</style></head><body>"]
    if doc.letterhead:
        parts.append('<div class="brevhoved">' + "<br>".join(escape(x) for x in doc.letterhead) + "</div>")
    parts.append(f"<h1>{escape(doc.title)}</h1>")
    for b in doc.blocks:
        if b[0] == "h":
            parts.append(f"<h2>{escape(b[1])}</h2>")
        elif b[0] == "p":
            parts.append("<p>" + "<br>".join(escape(l) for l in b[1].split("\n")) + "</p>")
        elif b[0] == "t":
            parts.append(html_table(b[1]))
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return "\n".join(parts)


def text_table(t: Table, style: str) -> list:
    g, ncol = grid(t)

    def txt(x):
        if x is None:
            return ""
        s = x.text.replace("\n", ": ", 1) if x.form else x.text
        s = s.replace("\n", "; ").replace("• ", "")
        if x.nested:
            s += " ".join(f"{(a.text if isinstance(a, Cell) else a)}: {(b.text if isinstance(b, Cell) else b)};" for a, b, *_ in [r + [""] for r in x.nested]).replace("\n• ", ", ").replace("• ", "").replace("\n", ", ")
        return s
    rows = [[txt(x) for x in row] for row in g]
    if style == "md":
        out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * ncol]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return out
    if style == "tab":
        return ["\t".join(r) for r in rows]
    import textwrap
    cap = 60 if ncol <= 2 else 34
    w = [min(max(max(len(r[i]) for r in rows), 3), cap) for i in range(ncol)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [sep]
    for r in rows:
        wrapped = [textwrap.wrap(r[i], w[i]) or [""] for i in range(ncol)]
        for k in range(max(len(x) for x in wrapped)):
            out.append("| " + " | ".join((wrapped[i][k] if k < len(wrapped[i]) else "").ljust(w[i]) for i in range(ncol)) + " |")
        out.append(sep)
    return out


def to_text(doc: Doc, style: str) -> str:
    out = []
    out += doc.letterhead
    if doc.letterhead:
        out.append("")
    out.append(("# " if style == "md" else "") + doc.title)
    if style != "md":
        out.append("=" * len(doc.title))
    out.append("")
    for b in doc.blocks:
        if b[0] == "h":
            out.append(("## " if style == "md" else "") + b[1])
            out.append("")
        elif b[0] == "p":
            out.append(b[1])
            out.append("")
        elif b[0] == "t":
            out += text_table(b[1], style)
            out.append("")
    return "\n".join(out)


def write_reportlab(doc: Doc, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12)
    bold = ParagraphStyle("bb", parent=base, fontName="DVB")
    hint = ParagraphStyle("h", parent=base, fontSize=7.5, textColor=colors.grey)
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)

    def para(text, st):
        return Paragraph("<br/>".join(escape(l) for l in text.split("\n")), st)

    def rl_table(t: Table, width):
        g, ncol = grid(t)
        data, styles = [], [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        colw = [width * w / sum(t.widths) for w in t.widths] if t.widths and len(t.widths) == ncol else [width / ncol] * ncol
        for ri, row in enumerate(g):
            dr = []
            for ci, x in enumerate(row):
                if x is None:
                    dr.append("")
                    continue
                st = bold if x.bold or ri < t.header_rows else base
                if x.hint_only:
                    st = hint
                content = [para(x.text, st)]
                if x.hint:
                    content.append(para(x.hint, hint))
                if x.nested:
                    content.append(rl_table(Table([[v if isinstance(v, Cell) else C(str(v)) for v in r] for r in x.nested]), colw[ci] - 12))
                dr.append(content)
                if x.cs > 1 or x.rs > 1:
                    styles.append(("SPAN", (ci, ri), (ci + x.cs - 1, ri + x.rs - 1)))
                if x.shade:
                    styles.append(("BACKGROUND", (ci, ri), (ci, ri), colors.HexColor("#d9e2f3")))
            data.append(dr)
        tab = RLTable(data, colWidths=colw, repeatRows=t.header_rows)
        tab.setStyle(TableStyle(styles))
        return tab

    story = []
    for l in doc.letterhead:
        story.append(para(l, base))
    story.append(Spacer(1, 10))
    story.append(para(doc.title, h1))
    W = A4[0] - 4 * cm
    for b in doc.blocks:
        if b[0] == "h":
            story.append(para(b[1], h2))
        elif b[0] == "p":
            story.append(para(b[1], base))
            story.append(Spacer(1, 5))
        elif b[0] == "t":
            story.append(rl_table(b[1], W))
            story.append(Spacer(1, 8))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, title=doc.title).build(story)


def write_eml(doc: Doc, path: Path, c: Content, html: bool):
    m = EmailMessage()
    m["From"] = f"{c.caseworker} <{c.cw_mail}>"
    m["To"] = f"{c.citizen} <{c.fn.lower()}{c.rng.randint(1, 99)}@mail.dk>"
    m["Subject"] = doc.title
    m["Date"] = format_datetime(dt.datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, 10, 12, tzinfo=dt.timezone.utc))
    text = to_text(doc, "tab")
    m.set_content(text)
    if html:
        tmp = Path(tempfile.mkdtemp()) / "x.html"
        m.add_alternative(write_html(doc, tmp, c.rng), subtype="html")
    path.write_bytes(bytes(m))


# ----------------------------------------------------------------------------- plan of the corpus

AGR_DEFECTS = [
    [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [],
    ["missing-goal"], ["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["unclear-goal"],
    ["missing-mentor"], ["missing-mentor"], ["missing-tasks"], ["missing-tasks"],
    ["missing-duration"], ["missing-duration"], ["missing-follow-up"], ["missing-follow-up"], ["missing-follow-up"],
    ["missing-hours"], ["missing-hours"], ["missing-hours"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
    ["duration-over-6-months"], ["duration-over-6-months"], ["duration-over-6-months"],
    ["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"],
    ["missing-tasks", "duration-over-6-months"], ["missing-mentor", "missing-hours"], ["appeal-wrong-route"],
    ["appeal-wrong-route", "missing-follow-up"], ["missing-duration", "missing-appeal-guidance"],
    [], ["missing-mentor"], ["unclear-goal", "missing-hours"], ["duration-over-6-months"],
]
MP_DEFECTS = [[], [], [], [], [], [], ["missing-mentor"], ["missing-hours"], ["missing-tasks"], ["unclear-goal"],
              ["duration-over-6-months"], ["missing-goal"], ["missing-duration"], ["missing-hours", "unclear-goal"],
              ["missing-mentor"], []]
DEC_PLAN = [("grant", [], True), ("grant", [], False), ("grant", ["missing-appeal-guidance"], True),
            ("grant", ["duration-over-6-months"], True), ("grant", ["appeal-wrong-route"], True),
            ("partial", [], True), ("partial", ["missing-reasons"], False), ("partial", ["missing-appeal-guidance"], True),
            ("refusal", [], True), ("refusal", ["missing-reasons"], False), ("refusal", ["missing-appeal-guidance"], True),
            ("extension", [], True), ("extension", ["duration-over-6-months"], True), ("extension", ["appeal-wrong-route"], False),
            ("end", [], True), ("end", ["missing-appeal-guidance", "missing-reasons"], False)]
UNK = ["invoice", "status", "minutes", "guidance", "private", "timesheet", "course",
       "invoice", "status", "hearing", "guidance", "private", "timesheet", "calendar", "minutes", "hearing"]

FORMATS_AGR = ["docx", "docx", "docx", "pdf-lo", "pdf-lo", "pdf-rl", "html", "html", "odt", "rtf", "txt", "md", "eml", "pdf-rl",
               "pdf-html", "docx", "pdf-lo"]
NINE = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up", "missing-hours",
        "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"}


def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="fc_"))
    entries = []
    convert = {"pdf": [], "odt": [], "rtf": [], "pdf:writer_web_pdf_Export": []}
    layouts = list(LAYOUTS)
    specs = []
    agr = list(AGR_DEFECTS)
    rng.shuffle(agr)
    mpd = list(MP_DEFECTS)
    rng.shuffle(mpd)
    long_formats = ["pdf-lo", "pdf-rl", "docx", "pdf-lo", "pdf-html", "rtf", "txt"]
    nlong = 0
    for i, defects in enumerate(agr):
        lay = layouts[i % len(layouts)]
        fmt = FORMATS_AGR[i % len(FORMATS_AGR)]
        if lay == "long-split":   # the split-over-pages shape is mostly printed
            fmt = long_formats[nlong % len(long_formats)]
            nlong += 1
        specs.append(("agreement", "agreement", lay, set(defects), fmt, True))
    mp_layouts = ["plan-overview", "kv", "header-row", "merged", "nested", "checklist", "long-split", "form-cells"]
    mp_formats = ["html", "pdf-lo", "docx", "html", "pdf-rl", "txt", "pdf-lo"]
    for i, defects in enumerate(mpd):
        specs.append(("minplan", "minplan", mp_layouts[i % len(mp_layouts)], set(defects), mp_formats[i % len(mp_formats)], True))
    dec_formats = ["pdf-lo", "docx", "html", "pdf-rl", "eml", "odt", "rtf", "txt"]
    for i, (sub, defects, reasons) in enumerate(DEC_PLAN):
        specs.append(("decision", sub, "header-row" if i % 3 == 0 else "kv", set(defects), dec_formats[i % len(dec_formats)], reasons))
    unk_formats = ["pdf-lo", "docx", "html", "pdf-rl", "txt", "odt", "eml", "docx"]
    for i, sub in enumerate(UNK):
        specs.append(("unknown", sub, sub, set(), unk_formats[i % len(unk_formats)], True))

    for n, (kind, sub, layout, defects, fmt, reasons) in enumerate(specs):
        r = random.Random(seed * 1000 + n)
        cpr = kind != "unknown" and r.random() < 0.32
        c = Content(r, kind, defects, cpr, sub)
        traits = [f"layout:{layout}"]
        if kind == "agreement":
            doc = LAYOUTS[layout](c, r.choice(AGREEMENT_TITLES))
        elif kind == "minplan":
            doc = minplan_doc(c, layout)
        elif kind == "decision":
            if sub == "end":
                c.duration_missing = False
            doc = decision_doc(c, sub, layout, reasons)
        else:
            doc = unknown_doc(c, sub)
        # labels
        if kind == "unknown":
            rules, extras = [], []
        else:
            rules = sorted(d for d in defects if d in NINE)
            extras = sorted(d for d in defects if d not in NINE)
            if kind == "minplan":
                rules = [x for x in rules if x not in ("missing-follow-up", "missing-appeal-guidance")]
            if kind == "decision":
                rules = [x for x in rules if x in ("missing-appeal-guidance", "duration-over-6-months")]
        stem = f"{n:03d}_{kind}_{sub}_{layout}".replace("-", "_")
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser", "unknown": "andet"}[kind]
        (out / folder).mkdir(exist_ok=True)
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-html": "pdf"}.get(fmt, fmt)
        rel = f"{folder}/{stem}.{ext}"
        dest = out / rel
        if fmt == "docx":
            write_docx(doc, dest)
        elif fmt in ("pdf-lo", "odt", "rtf"):
            src = work / f"{stem}.docx"
            write_docx(doc, src)
            convert["pdf" if fmt == "pdf-lo" else fmt].append((src, dest))
            traits.append("made:docx->" + ext + " (LibreOffice)")
        elif fmt == "pdf-rl":
            write_reportlab(doc, dest)
            traits.append("made:reportlab")
        elif fmt == "pdf-html":
            src = work / f"{stem}.html"
            write_html(doc, src, r)
            convert["pdf:writer_web_pdf_Export"].append((src, dest))
            traits.append("made:html->pdf (LibreOffice Writer/Web)")
        elif fmt == "html":
            write_html(doc, dest, r)
        elif fmt == "txt":
            dest.write_text(to_text(doc, r.choice(["box", "tab"])), encoding="utf-8")
        elif fmt == "md":
            dest.write_text(to_text(doc, "md"), encoding="utf-8")
        elif fmt == "eml":
            write_eml(doc, dest, c, html=r.random() < 0.6)
        if cpr and kind != "unknown" or (cpr and sub in ("status",)):
            pass
        text_all = json.dumps([doc.title, doc.letterhead, [b[1].rows if b[0] == "t" else b[1:] for b in doc.blocks]], default=lambda o: o.__dict__, ensure_ascii=False)
        must = []
        if c.cpr and c.cpr in text_all:
            must = [c.cpr, c.cpr.replace("-", "")]
            traits.append("cpr")
        for d in sorted(defects):
            traits.append("defect:" + d)
        if kind == "agreement" or kind == "minplan":
            if c.hours_missing:
                traits.append(f"hours:{c.hours or 'empty'}")
            if c.goal_missing:
                traits.append(f"goal-placeholder:{c.goal or 'empty'}")
        entry = {"path": rel, "format": ext, "kind": kind,
                 "subtype": sub if kind != "unknown" else f"unknown-{sub}",
                 "layout": layout if kind != "decision" else f"letter-{layout}",
                 "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                 "must_not_contain": must, "traits": traits}
        has_period = kind in ("agreement", "minplan") and not c.duration_missing or (kind == "decision" and sub in ("grant", "partial", "extension"))
        if has_period:
            entry["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append(entry)

    prof = "-env:UserInstallation=file:///tmp/lo_fc_profile"
    for target, items in convert.items():
        if not items:
            continue
        outdir = work / f"out_{target}"
        outdir.mkdir(exist_ok=True)
        subprocess.run(["soffice", prof, "--headless", "--convert-to", target, "--outdir", str(outdir)] + [str(s) for s, _ in items],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for s, dest in items:
            shutil.move(str(outdir / (s.stem + "." + target.split(":")[0])), dest)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/fc")
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()
    es = build(Path(a.out), a.seed)
    print(f"{len(es)} documents written to {a.out}")


if __name__ == "__main__":
    main()
