#!/usr/bin/env python3
"""Corpus GP: agreements, Min Plan entries and decisions made from forms.

Deterministic: python make_corpus_gp.py --out /work/corpora/gp [--seed 1616]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer,
                                PageBreak)
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, MasterPage, PageLayout, PageLayoutProperties,
                       HeaderStyle, FooterStyle, TableColumnProperties)
from odf.text import P, H
from odf import style as odfstyle
from odf.table import Table as OTable, TableColumn, TableRow, TableCell

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
ON, OFF = "☒", "☐"

MUNIS = [
    dict(name="Holbæk Kommune", unit="Job og Ydelse", addr="Kanalstræde 2, 4300 Holbæk",
         tel="72 36 40 00", mail="jobogydelse@holbaek.dk", web="www.holbaek.dk"),
    dict(name="Viborg Kommune", unit="Beskæftigelse", addr="Prinsens Allé 5, 8800 Viborg",
         tel="87 87 51 00", mail="beskaeftigelse@viborg.dk", web="www.viborg.dk"),
    dict(name="Næstved Kommune", unit="Jobcenter Næstved", addr="Kvægtorvet 3, 4700 Næstved",
         tel="55 88 51 00", mail="jobcenter@naestved.dk", web="www.naestved.dk"),
    dict(name="Svendborg Kommune", unit="Borgerservice og Beskæftigelse",
         addr="Ramsherred 5, 5700 Svendborg", tel="62 23 30 00", mail="job@svendborg.dk",
         web="www.svendborg.dk"),
    dict(name="Hjørring Kommune", unit="Center for Unge og Uddannelse",
         addr="Springvandspladsen 5, 9800 Hjørring", tel="72 33 33 33",
         mail="unge@hjoerring.dk", web="www.hjoerring.dk"),
    dict(name="Ikast-Brande Kommune", unit="Jobcentret", addr="Centervej 3, 7430 Ikast",
         tel="99 60 40 00", mail="jobcenter@ikast-brande.dk", web="www.ikast-brande.dk"),
]
FIRST = ["Sara", "Mikkel", "Amina", "Jonas", "Freja", "Ali", "Nanna", "Kasper", "Yasmin",
         "Emil", "Louise", "Hassan", "Camilla", "Rasmus", "Maja", "Tobias", "Ida", "Omar",
         "Signe", "Patrick", "Julie", "Bilal", "Line", "Nikolaj"]
LAST = ["Nørgaard", "Jepsen", "Hussein", "Kragh", "Lund", "Mortensen", "Abdi", "Winther",
        "Dam", "Bech", "Kjeldsen", "Yilmaz", "Holm", "Schou", "Frost", "Toft"]
MENTORS = [("Lone Bisgaard", "Mentorhuset ApS"), ("Carsten Ebbesen", "Kommunens mentorkorps"),
           ("Birgitte Sand", "Jobvejen"), ("Thomas Riis", "Ungeindsatsen"),
           ("Hanne Kofoed", "Mentorteamet, Job og Ydelse"), ("Peter Aagaard", "Bro til Job"),
           ("Mette Lykke", "Fremad Mentor ApS"), ("Kim Brodersen", "Virksomhedsservice")]
CASEWORKERS = ["Anne Vestergaard", "Jakob Hald", "Susanne Krogh", "Morten Bundgaard",
               "Dorthe Wulff", "Lars Kirkegaard"]

CLEAR_GOALS = [
    "{fn} starter på grundforløb 1 (tømrer) på EUC den 10. august 2026 og møder mindst 4 ud af 5 skoledage.",
    "{fn} er i virksomhedspraktik i Netto, 15 timer om ugen, senest 1. juni 2026 med henblik på løntilskud.",
    "{fn} har et fleksjob som køkkenmedhjælper på 12 timer om ugen inden periodens udløb.",
    "{fn} gennemfører FGU-forløbet (produktionsgrunduddannelse, linje Byg) med højst 10 % fravær.",
    "{fn} møder stabilt på praktikstedet hos Bauhaus 3 dage om ugen og får tilbudt løntilskud.",
    "{fn} fastholder sin elevplads som SOSU-hjælperelev og består første skoleperiode i oktober 2026.",
    "{fn} er i ordinært job på min. 20 timer om ugen i lager/logistik, inden støtten slutter.",
    "{fn} kommer i uddannelse: ansøgning til HF-enkeltfag er sendt senest 15. marts, og {fn} starter i august 2026.",
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "{fn} skal komme videre i sit liv og få det bedre.",
    "Hjælp til at blive mere selvstændig og få mere selvværd.",
    "Motivere {fn} til at komme tættere på arbejdsmarkedet.",
    "Sikre at {fn} trives og får en bedre hverdag.",
]
MISSING_GOALS = ["Udfyldes senere", "Skriv her, hvad borgeren skal opnå (job/uddannelse)",
                 "Klik eller tryk her for at skrive tekst.", "", "[Mål]", "-"]
TASKS = ["Følge {fn} til praktikstedet de første to uger", "Hjælpe med at planlægge transport",
         "Ugentlig samtale om fremmøde", "Kontakt til arbejdsplads/skole ved fravær",
         "Hjælp med at åbne og forstå post fra e-Boks", "Støtte ved møder med SU-kontoret",
         "Morgenopkald på skoledage", "Hjælp med lektieplan og fraværsregistrering"]
TASK_OPTS = ["Følges til praktik/arbejde/skole", "Struktur og planlægning af hverdagen",
             "Kontakt til arbejdsgiver eller uddannelsessted", "Transport", "Post, økonomi og e-Boks",
             "Samtaler om fremmøde og trivsel"]
MISSING_TASKS = ["Beskriv mentorens opgaver", "Udfyldes af mentor", "", "-", "Klik eller tryk her for at skrive tekst."]
MISSING_HOURS = ["[Angiv timetal]", "Klik eller tryk her for at skrive tekst.", "", "efter behov",
                 "aftales løbende med mentor"]
MISSING_FOLLOW = ["Der følges op efter behov.", "Opfølgning sker løbende.", "", "-", "[Opfølgning]"]
APPEALS = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du har modtaget den. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til "
    "Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10. "
    "Du kan klage mundtligt eller skriftligt.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {muni} inden 4 uger fra den dag, du modtog afgørelsen. "
    "Vi ser sagen igennem igen. Hvis vi fastholder afgørelsen, sender vi klagen og sagens papirer til "
    "Ankestyrelsen, Beskæftigelsesudvalget.",
    "Sådan klager du: Ring eller skriv til din sagsbehandler senest 4 uger efter, at du har fået dette brev. "
    "Kommunen vurderer sagen igen, og fastholder vi afgørelsen, går klagen til Ankestyrelsen.",
]
MISSING_APPEALS = [None, "Du kan klage over afgørelsen.", "[Indsæt standardklagevejledning]",
                   "Hvis du er uenig, kan du tale med din sagsbehandler."]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}.{d.month}.{d.year}"


def fake_cpr(rng: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randrange(0, 30 * 365))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng):
    return f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


class Rec:
    """One case: the citizen, the mentor, the field values (with the chosen defects applied)."""

    def __init__(self, rng: random.Random, defects: set[str], kind: str, cpr: bool, variant: str | None = None):
        self.variant = variant
        self.rng = rng
        self.defects = defects
        self.kind = kind
        self.muni = rng.choice(MUNIS)
        self.fn = rng.choice(FIRST)
        self.name = f"{self.fn} {rng.choice(LAST)}"
        self.addr = f"{rng.choice(['Skovvej', 'Møllegade', 'Østergade', 'Rosenvænget', 'Bakkedraget'])} {rng.randrange(2, 80)}"
        self.cpr = fake_cpr(rng) if cpr else None
        self.case = f"{rng.randrange(10, 99)}.{rng.choice(['15.20', '30.04', '24.10'])}-G01-{rng.randrange(100, 9999)}-26"
        self.cw = rng.choice(CASEWORKERS)
        self.cw_tel = self.muni["tel"][:6] + f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        self.mentor, self.morg = rng.choice(MENTORS)
        self.mtel = phone(rng)
        self.mmail = self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa") + "@" + \
            self.morg.split()[0].lower().replace("ø", "oe").replace(",", "") + ".dk"
        self.dstyle = rng.randrange(5)
        self.start = dt.date(2026, rng.randrange(2, 10), rng.choice([1, 1, 1, 15]))
        months = rng.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, months) - dt.timedelta(days=1)
        self.traits = []
        if "duration-over-6-months" in defects:
            over = rng.choice(["9m", "12m", "oneday"])
            self.end = {"9m": add_months(self.start, 9), "12m": add_months(self.start, 12),
                        "oneday": add_months(self.start, 6)}[over] - dt.timedelta(days=1 if over != "oneday" else 0)
            self.traits.append("period:over-" + over)
        elif months == 6 and "missing-duration" not in defects:
            self.traits.append("period:exact-six")
        self.date = self.start - dt.timedelta(days=rng.randrange(5, 20))
        if variant == "udskriv":
            self.start = dt.date(2026, rng.randrange(2, 8), 1)
            self.discharge = add_months(self.start, 2)
            total = 12 if "duration-over-6-months" in defects else 8
            self.end = add_months(self.start, total) - dt.timedelta(days=1)
            self.traits = [t for t in self.traits if not t.startswith("period:")] + [f"period:udskriv-{total}m"]
        elif variant == "weeks":
            self.end = self.start + dt.timedelta(days=26 * 7 - 1)
            self.traits = [t for t in self.traits if not t.startswith("period:")] + ["period:26-weeks"]
        self.date = self.start - dt.timedelta(days=rng.randrange(5, 20))
        # goal
        if "missing-goal" in defects:
            self.goal = rng.choice(MISSING_GOALS)
            self.traits.append("goal:placeholder")
        elif "unclear-goal" in defects:
            self.goal = rng.choice(UNCLEAR_GOALS).format(fn=self.fn)
        else:
            self.goal = rng.choice(CLEAR_GOALS).format(fn=self.fn)
        # mentor
        self.mentor_ok = "missing-mentor" not in defects
        # tasks
        k = rng.sample(range(len(TASKS)), 3)
        self.tasks = [TASKS[i].format(fn=self.fn) for i in k]
        self.task_checks = [(o, i in rng.sample(range(len(TASK_OPTS)), 3)) for i, o in enumerate(TASK_OPTS)]
        if "missing-tasks" in defects:
            self.tasks_text = rng.choice(MISSING_TASKS)
            self.task_checks = [(o, False) for o in TASK_OPTS]
        else:
            self.tasks_text = "; ".join(self.tasks) + "."
        # hours
        self.hours_n = rng.choice([1, 2, 2, 3, 4, 5])
        self.hours_text = rng.choice(["{n} timer pr. uge", "{n} t/uge", "{n} timer ugentligt",
                                      "i alt {n} timer om ugen"]).format(n=self.hours_n)
        if self.hours_n == 1:
            self.hours_text = "1 time pr. uge"
        if "missing-hours" in defects:
            self.hours_text = rng.choice(MISSING_HOURS)
        # follow-up
        self.follow_text = rng.choice([
            "Statusmøde med mentor og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører. "
            "Delmål: fremmøde mindst 4 dage om ugen fra 2. måned.",
            "Opfølgningssamtale hver 4. uge i kommunen; mentor sender kort status før hver samtale. "
            "Progression måles på fremmøde og timetal i praktikken.",
            "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør sammen med borgeren.",
            "Sagsbehandler følger op hver 14. dag telefonisk; status- og evalueringsmøde fire uger før bevillingsudløb.",
        ])
        if "missing-follow-up" in defects:
            self.follow_text = rng.choice(MISSING_FOLLOW)
        # appeal
        if "missing-appeal-guidance" in defects:
            self.appeal = rng.choice(MISSING_APPEALS)
        else:
            self.appeal = rng.choice(APPEALS).format(muni=self.muni["name"])

    # --- value helpers
    def d(self, x: dt.date) -> str:
        return fmt_date(x, self.dstyle)

    def period_value(self) -> str:
        if "missing-duration" in self.defects:
            return self.rng.choice(["fra __.__.____ til __.__.____", "[startdato] – [slutdato]", "",
                                    "indtil videre", "Udfyldes senere"])
        if self.variant == "weeks":
            return f"fra {self.d(self.start)} og 26 uger frem"
        return f"{self.d(self.start)} – {self.d(self.end)}"

    def mentor_lines(self) -> list[str]:
        if self.mentor_ok:
            return [f"{self.mentor}, {self.morg}", f"Tlf. {self.mtel}", f"Mail: {self.mmail}"]
        v = self.rng.choice(["name_only", "blank"])
        self.traits.append("mentor:" + v)
        if v == "name_only":
            return [f"{self.mentor}", "Tlf.: ____________", "Mail: ____________"]
        return ["Navn: ", "Tlf.: ", "Mail: "]

    def hours_checks(self) -> list[str]:
        if "missing-hours" in self.defects:
            return [f"{OFF} 0-1 time pr. uge", f"{OFF} 1-2 timer pr. uge", f"{OFF} Over 2 timer pr. uge – antal: ____"]
        n = self.hours_n
        return [f"{ON if n <= 1 else OFF} 0-1 time pr. uge", f"{ON if n == 2 else OFF} 1-2 timer pr. uge",
                f"{ON if n > 2 else OFF} Over 2 timer pr. uge – antal: {n if n > 2 else '____'}"]

    def follow_checks(self) -> list[str]:
        if "missing-follow-up" in self.defects:
            if self.rng.random() < 0.5:
                return [f"{OFF} Hver 14. dag", f"{OFF} Hver måned", f"{OFF} Hver 3. måned", f"{ON} Efter behov",
                        f"{OFF} Evaluering 14 dage før ophør"]
            return [f"{OFF} Hver 14. dag", f"{OFF} Hver måned", f"{OFF} Hver 3. måned", f"{OFF} Efter behov",
                    f"{OFF} Evaluering 14 dage før ophør"]
        i = self.rng.randrange(3)
        if self.variant == "bothfollow":
            return [f"{OFF} Hver 14. dag", f"{ON} Hver måned", f"{OFF} Hver 3. måned", f"{ON} Efter behov",
                    f"{OFF} Evaluering 14 dage før ophør"]
        return [f"{ON if i == 0 else OFF} Hver 14. dag", f"{ON if i == 1 else OFF} Hver måned",
                f"{ON if i == 2 else OFF} Hver 3. måned", f"{OFF} Efter behov", f"{ON} Evaluering 14 dage før ophør"]

    def task_check_lines(self) -> list[str]:
        lines = [f"{ON if c else OFF} {o}" for o, c in self.task_checks]
        if "missing-tasks" in self.defects:
            lines.append(f"{OFF} Andet: ______________________")
        else:
            lines.append(f"{ON} Andet: {self.tasks[0]}")
        return lines


# ---------------------------------------------------------------- IR builders
# doc = {"header": str, "footer": str, "blocks": [...]}
# blocks: ("h1", t) ("h2", t) ("p", t) ("small", t) ("pb",) ("table", rows, opts)
# rows: ("sec", t) | ("row", label, instr, [lines])

def head_footer(r: Rec) -> tuple[str, str]:
    m = r.muni
    return (f"{m['name']} · {m['unit']}",
            f"{m['name']} · {m['addr']} · Tlf. {m['tel']} · {m['mail']} · {m['web']}")


def ident_rows(r: Rec) -> list:
    rows = [("sec", "Borger"), ("row", "Navn", "", [r.name])]
    if r.cpr:
        rows.append(("row", "CPR-nr.", "", [r.cpr]))
    rows += [("row", "Adresse", "", [r.addr]), ("row", "Sagsnr.", "", [r.case]),
             ("row", "Sagsbehandler", "", [f"{r.cw}, tlf. {r.cw_tel}"])]
    if r.variant == "udskriv":
        rows += [("row", "Mentortype", "Sæt kryds", [f"{OFF} Mentorstøtte (LAB § 167, stk. 1)",
                                                     f"{ON} Udskrivningskoordinator (LAB § 167, stk. 2)"]),
                 ("row", "Forventet udskrivelse", "Fra psykiatrisk afdeling", [r.d(r.discharge)])]
    return rows


def form_checkbox(r: Rec, title: str, agreement: bool) -> list:
    """Word form with check boxes for hours, follow-up rhythm and tasks."""
    rows = ident_rows(r)
    rows += [("sec", "1. Mål med mentorstøtten"),
             ("row", "Mål", "Job- eller uddannelsesmål, der kan følges op på", [r.goal]),
             ("sec", "2. Mentor"), ("row", "Mentor", "Navn og kontaktoplysninger", r.mentor_lines()),
             ("sec", "3. Mentorens opgaver"), ("row", "Opgaver", "Sæt kryds", r.task_check_lines()),
             ("sec", "4. Varighed"), ("row", "Periode", "Højst 6 måneder ad gangen", [r.period_value()]),
             ("sec", "5. Timetal"), ("row", "Timer", "Sæt kryds ved niveau", r.hours_checks())]
    if agreement:
        rows += [("sec", "6. Opfølgning"), ("row", "Opfølgning", "Sæt kryds ved rytme", r.follow_checks())]
    blocks = [("h1", title), ("table", rows, {})]
    if agreement:
        blocks += appeal_blocks(r)
        blocks += sign_blocks(r)
    return blocks


def form_merged(r: Rec, title: str, agreement: bool) -> list:
    """Label column on the left with small-print instructions; merged section rows."""
    rows = ident_rows(r)
    rows += [("sec", "Aftalens indhold"),
             ("row", "Målet med mentorstøtten", "Skriv borgerens mål: hvilket job eller hvilken uddannelse, og hvornår.", [r.goal]),
             ("row", "Mentorens navn og kontaktdata", "Navn, arbejdssted, telefon og e-mail.", r.mentor_lines()),
             ("row", "Hvilke opgaver mentoren skal bistå ved", "Beskriv konkret, hvad mentoren hjælper med.", [r.tasks_text]),
             ("row", "Varighed", "Dato fra – til. Højst 6 måneder (LAB § 167, stk. 1).", [r.period_value()]),
             ("row", "Timetal", "Antal timer pr. uge.", [r.hours_text])]
    if agreement:
        rows.append(("row", "Opfølgning og mål for progression", "Hvornår og hvordan følges der op? Hvilke delmål?", [r.follow_text]))
    blocks = [("h1", title), ("small", "Udfyldes af sagsbehandler sammen med borgeren. Felter med * skal udfyldes."),
              ("table", rows, {})]
    if agreement:
        blocks += appeal_blocks(r)
        blocks += sign_blocks(r)
    return blocks


def form_smart(r: Rec, title: str, agreement: bool) -> list:
    """SMART goal table, then the other fields."""
    bad = "missing-goal" in r.defects or "unclear-goal" in r.defects
    if "missing-goal" in r.defects:
        smart = [("sec", "Mål (SMART)"), ("row", "Hovedmål", "Specifikt: hvad skal være nået?", [r.goal]),
                 ("row", "Målbart", "Hvordan kan vi se, at målet er nået?", [""]),
                 ("row", "Tidsbestemt", "Hvornår?", [""])]
    elif bad:
        smart = [("sec", "Mål (SMART)"), ("row", "Hovedmål", "Specifikt: hvad skal være nået?", [r.goal]),
                 ("row", "Målbart", "Hvordan kan vi se, at målet er nået?", ["Det vurderes løbende."]),
                 ("row", "Tidsbestemt", "Hvornår?", ["I løbet af perioden"])]
    else:
        smart = [("sec", "Mål (SMART)"), ("row", "Hovedmål", "Specifikt: hvad skal være nået?", [r.goal]),
                 ("row", "Målbart", "Hvordan kan vi se, at målet er nået?", ["Fremmøde registreres ugentligt af mentor."]),
                 ("row", "Attraktivt", "Hvorfor er målet vigtigt for borgeren?", [f"{r.fn} ønsker selv at komme i gang og tjene egne penge."]),
                 ("row", "Realistisk", "", ["Ja, med mentorstøtte de første måneder."]),
                 ("row", "Tidsbestemt", "Hvornår?", ["Inden forløbet slutter" if "missing-duration" in r.defects else f"Senest {r.d(r.end)}"])]
    rows = ident_rows(r) + smart + [
        ("sec", "Indsats"), ("row", "Mentor", "Navn og kontaktdata", r.mentor_lines()),
        ("row", "Mentorens opgaver", "", [r.tasks_text]),
        ("row", "Periode", "", [r.period_value()]),
        ("row", "Timetal", "", [r.hours_text])]
    if agreement:
        rows.append(("row", "Opfølgning", "Rytme og delmål", [r.follow_text]))
    blocks = [("h1", title), ("table", rows, {})]
    if agreement:
        blocks += appeal_blocks(r) + sign_blocks(r)
    return blocks


def appeal_blocks(r: Rec) -> list:
    if r.appeal is None:
        return []
    return [("h2", r.rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", r.appeal)]


def sign_blocks(r: Rec) -> list:
    return [("p", f"Dato: {r.d(r.date)}"),
            ("table", [("row", "Underskrift borger", "", [""]), ("row", "Underskrift sagsbehandler", "", [r.cw]),
                       ("row", "Underskrift mentor", "", [""])], {"sign": True})]


# ---------------------------------------------------------------- renderers
def _set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def render_docx(doc: dict, path: Path, repeat_header: bool = False, page_break_at: int | None = None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc["header"]
    sec.footer.paragraphs[0].text = doc["footer"]
    for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
        for run in p.runs:
            run.font.size = Pt(8)
    for b in doc["blocks"]:
        t = b[0]
        if t == "h1":
            d.add_heading(b[1], level=1)
        elif t == "h2":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "small":
            run = d.add_paragraph().add_run(b[1])
            run.font.size = Pt(7)
            run.italic = True
        elif t == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "table":
            rows = b[1]
            tbl = d.add_table(rows=0, cols=2)
            tbl.style = "Table Grid"
            first = True
            for i, row in enumerate(rows):
                cells = tbl.add_row().cells
                if first and repeat_header:
                    trPr = tbl.rows[-1]._tr.get_or_add_trPr()
                    h = OxmlElement("w:tblHeader")
                    h.set(qn("w:val"), "true")
                    trPr.append(h)
                first = False
                if row[0] == "sec":
                    m = cells[0].merge(cells[1])
                    m.text = row[1]
                    m.paragraphs[0].runs[0].bold = True
                    _set_cell_bg(m, "D9E2F3")
                    continue
                _, label, instr, lines = row
                cells[0].text = ""
                lr = cells[0].paragraphs[0].add_run(label)
                lr.bold = True
                if instr:
                    ir = cells[0].add_paragraph().add_run(instr)
                    ir.font.size = Pt(7)
                    ir.italic = True
                cells[1].text = lines[0] if lines else ""
                for ln in lines[1:]:
                    cells[1].add_paragraph(ln)
                if page_break_at is not None and i == page_break_at:
                    # force the next row onto a new page
                    pass
            for row in tbl.rows:
                row.cells[0].width = Cm(5)
                row.cells[1].width = Cm(11)
            d.add_paragraph()
    d.save(str(path))


def _pstyles():
    base = ParagraphStyle("b", fontName="DV", fontSize=9, leading=11)
    return dict(
        p=base, h1=ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=14, leading=18, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3),
        small=ParagraphStyle("sm", parent=base, fontSize=6.5, leading=8, textColor=colors.grey),
        lab=ParagraphStyle("lab", parent=base, fontName="DVB", fontSize=8.5, leading=10),
        sec=ParagraphStyle("sec", parent=base, fontName="DVB", fontSize=9.5, leading=12))


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(doc: dict, path: Path, boxed: bool = False, label_w: float = 5.0, value_w: float = 11.5,
               force_break_after: int | None = None):
    S = _pstyles()
    story = []

    def on_page(c, docobj):
        c.saveState()
        c.setFont("DVB", 8)
        c.drawString(2 * cm, A4[1] - 1.3 * cm, doc["header"])
        c.setFont("DV", 7)
        c.drawString(2 * cm, 1.2 * cm, doc["footer"])
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {docobj.page}")
        c.restoreState()

    for b in doc["blocks"]:
        t = b[0]
        if t in ("h1", "h2", "p", "small"):
            story.append(Paragraph(_esc(b[1]), S[t]))
            if t == "p":
                story.append(Spacer(1, 4))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "table":
            data, styles = [], []
            for i, row in enumerate(b[1]):
                if row[0] == "sec":
                    data.append([Paragraph(_esc(row[1]), S["sec"]), ""])
                    styles += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), colors.HexColor("#E4E9F2"))]
                    continue
                _, label, instr, lines = row
                lab = [Paragraph(_esc(label), S["lab"])]
                if instr:
                    lab.append(Paragraph(_esc(instr), S["small"]))
                val = [Paragraph(_esc(ln) if ln else "&nbsp;", S["p"]) for ln in (lines or [""])]
                data.append([lab, val])
            tbl = Table(data, colWidths=[label_w * cm, value_w * cm], repeatRows=1 if not boxed else 0,
                        splitByRow=1)
            ts = [("GRID", (0, 0), (-1, -1), 0.6 if boxed else 0.4, colors.black),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, -1), 5 if boxed else 3),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 8 if boxed else 3)] + styles
            tbl.setStyle(TableStyle(ts))
            story.append(tbl)
            story.append(Spacer(1, 8))
            if force_break_after is not None and len(story) // 2 == force_break_after:
                story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm,
                      leftMargin=2 * cm, rightMargin=2 * cm, title="", author="").build(
        story, onFirstPage=on_page, onLaterPages=on_page)


def render_pdf_twopage(doc: dict, path: Path):
    """Form printed on two pages: the page header repeated, the form table split by the break
    (the table's first row, the form title row, is repeated on page 2)."""
    blocks = []
    for b in doc["blocks"]:
        if b[0] == "table" and not b[2].get("sign"):
            rows = [("sec", doc.get("form_title", "Skema"))] + list(b[1])
            blocks.append(("table", rows, b[2]))
            blocks.append(("_splitmark",))
        else:
            blocks.append(b)
    S = _pstyles()
    story = []

    def on_page(c, docobj):
        c.saveState()
        c.setFont("DVB", 9)
        c.drawString(2 * cm, A4[1] - 1.3 * cm, doc["header"])
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, f"Side {docobj.page} af 2")
        c.setFont("DV", 7)
        c.drawString(2 * cm, 1.2 * cm, doc["footer"])
        c.restoreState()

    for b in blocks:
        t = b[0]
        if t in ("h1", "h2", "p", "small"):
            story.append(Paragraph(_esc(b[1]), S[t]))
        elif t == "table":
            data, st = [], []
            for i, row in enumerate(b[1]):
                if row[0] == "sec":
                    data.append([Paragraph(_esc(row[1]), S["sec"]), ""])
                    st += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), colors.HexColor("#DDDDDD"))]
                else:
                    _, label, instr, lines = row
                    lab = [Paragraph(_esc(label), S["lab"])] + ([Paragraph(_esc(instr), S["small"])] if instr else [])
                    data.append([lab, [Paragraph(_esc(x) or "&nbsp;", S["p"]) for x in lines or [""]]])
            tbl = Table(data, colWidths=[4.5 * cm, 12 * cm], repeatRows=1)
            tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)] + st))
            story.append(tbl)
            story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=6.5 * cm, bottomMargin=2 * cm,
                      leftMargin=2 * cm, rightMargin=2 * cm).build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_odt(doc: dict, path: Path):
    o = OpenDocumentText()
    pl = PageLayout(name="pl")
    pl.addElement(PageLayoutProperties(margin="2cm", pagewidth="21cm", pageheight="29.7cm"))
    hs = HeaderStyle()
    pl.addElement(hs)
    o.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hdr = odfstyle.Header()
    hdr.addElement(P(text=doc["header"]))
    ftr = odfstyle.Footer()
    ftr.addElement(P(text=doc["footer"]))
    mp.addElement(hdr)
    mp.addElement(ftr)
    o.masterstyles.addElement(mp)
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    small = Style(name="Sm", family="paragraph")
    small.addElement(TextProperties(fontsize="7pt", fontstyle="italic"))
    h1 = Style(name="H1x", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    for s in (bold, small, h1):
        o.automaticstyles.addElement(s)
    c1 = Style(name="c1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="5cm"))
    c2 = Style(name="c2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="12cm"))
    o.automaticstyles.addElement(c1)
    o.automaticstyles.addElement(c2)
    for b in doc["blocks"]:
        t = b[0]
        if t == "h1":
            o.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif t == "h2":
            o.text.addElement(H(outlinelevel=2, stylename=bold, text=b[1]))
        elif t == "p":
            o.text.addElement(P(text=b[1]))
        elif t == "small":
            o.text.addElement(P(stylename=small, text=b[1]))
        elif t == "table":
            tb = OTable(name=f"T{id(b)}")
            tb.addElement(TableColumn(stylename=c1))
            tb.addElement(TableColumn(stylename=c2))
            for row in b[1]:
                tr = TableRow()
                if row[0] == "sec":
                    tc = TableCell(numbercolumnsspanned=2)
                    tc.addElement(P(stylename=bold, text=row[1]))
                    tr.addElement(tc)
                    from odf.table import CoveredTableCell
                    tr.addElement(CoveredTableCell())
                else:
                    _, label, instr, lines = row
                    tc = TableCell()
                    tc.addElement(P(stylename=bold, text=label))
                    if instr:
                        tc.addElement(P(stylename=small, text=instr))
                    tr.addElement(tc)
                    tc = TableCell()
                    for ln in lines or [""]:
                        tc.addElement(P(text=ln))
                    tr.addElement(tc)
                tb.addElement(tr)
            o.text.addElement(tb)
            o.text.addElement(P(text=""))
    o.save(str(path))


def render_txt(doc: dict, path: Path):
    out = [doc["header"], ""]
    for b in doc["blocks"]:
        t = b[0]
        if t == "h1":
            out += [b[1], "=" * len(b[1])]
        elif t == "h2":
            out += ["", b[1], "-" * len(b[1])]
        elif t in ("p", "small"):
            out.append(b[1])
        elif t == "table":
            for row in b[1]:
                if row[0] == "sec":
                    out += ["", row[1].upper()]
                else:
                    _, label, instr, lines = row
                    out.append(f"{label}: {lines[0] if lines else ''}")
                    out += [" " * (len(label) + 2) + x for x in lines[1:]]
        out.append("")
    out += ["", doc["footer"]]
    path.write_text("\n".join(out), encoding="utf-8")


def render_html(doc: dict, path: Path):
    h = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{_esc(doc['title'])}</title></head><body>",
         f"<header><p>{_esc(doc['header'])}</p></header><main>"]
    for b in doc["blocks"]:
        t = b[0]
        if t == "h1":
            h.append(f"<h1>{_esc(b[1])}</h1>")
        elif t == "h2":
            h.append(f"<h2>{_esc(b[1])}</h2>")
        elif t == "p":
            h.append(f"<p>{_esc(b[1])}</p>")
        elif t == "small":
            h.append(f"<p><small>{_esc(b[1])}</small></p>")
        elif t == "table":
            h.append("<table border='1'>")
            for row in b[1]:
                if row[0] == "sec":
                    h.append(f"<tr><th colspan='2'>{_esc(row[1])}</th></tr>")
                else:
                    _, label, instr, lines = row
                    small = f"<br><small>{_esc(instr)}</small>" if instr else ""
                    h.append(f"<tr><th scope='row'>{_esc(label)}{small}</th><td>{'<br>'.join(_esc(x) for x in lines)}</td></tr>")
            h.append("</table>")
    h.append(f"</main><footer><p>{_esc(doc['footer'])}</p></footer></body></html>")
    path.write_text("\n".join(h), encoding="utf-8")


# ---------------------------------------------------------------- decisions
def letter_top(r: Rec) -> list:
    top = [("p", r.name), ("p", f"{r.addr}"),
           ("p", f"Dato: {r.d(r.date)}    Sagsnr.: {r.case}" + (f"    CPR-nr.: {r.cpr}" if r.cpr else "")),
           ("p", f"Sagsbehandler: {r.cw}, direkte tlf. {r.cw_tel}")]
    return top


def decision_blocks(r: Rec, sub: str, form: str) -> tuple[str, list]:
    rng = r.rng
    s, e = r.d(r.start), r.d(r.end)
    if sub == "end":
        r.stop = r.start + dt.timedelta(days=rng.randrange(60, 120))
        r.date = r.stop - dt.timedelta(days=rng.randrange(10, 20))
    blocks = letter_top(r)
    bilag = None
    if sub == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        blocks += [("h1", title),
                   ("p", f"Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden "
                         f"{s} – {e}. Støtten er på {r.hours_text}."),
                   ("p", f"Din mentor er {r.mentor} fra {r.morg}. Mentoren kontakter dig inden for en uge."),
                   ("p", "Vi har skrevet aftalen om mentorstøtten ned i skemaet i bilag 1. Læs det igennem, og kontakt os, "
                         "hvis noget ikke passer."),
                   ("h2", "Begrundelse"),
                   ("p", f"Vi har lagt vægt på, at du har brug for støtte til at komme i gang med {rng.choice(['praktikken', 'uddannelsen', 'jobbet'])}, "
                         "og at mentorstøtten vurderes at være nødvendig for, at du kan fastholde aktiviteten.")]
        bilag = "Bilag 1: Aftale om mentorstøtte"
    elif sub == "partial":
        title = rng.choice(["Afgørelse: Delvis bevilling af mentorstøtte", "Delvis bevilling af mentorstøtte"])
        asked_h = r.hours_n + rng.choice([2, 3])
        blocks += [("h1", title),
                   ("p", f"Du har søgt om mentorstøtte i {rng.choice(['9', '12'])} måneder med {asked_h} timer om ugen."),
                   ("p", f"Vi har bevilget mentorstøtte fra {s} til {e} med {r.hours_text}. Du får altså ikke alt det, du har søgt om."),
                   ("h2", "Begrundelse"),
                   ("p", "Mentorstøtte kan efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats gives i højst 6 måneder ad gangen. "
                         f"Vi vurderer ud fra samtalen med dig og oplysningerne fra praktikstedet, at {r.hours_n} timer om ugen "
                         "er tilstrækkeligt til at støtte dig i at fastholde praktikken. Vi vurderer behovet igen, inden perioden udløber.")]
        bilag = "Bilag 1: Aftale om mentorstøtte"
    elif sub == "refusal":
        title = rng.choice(["Afslag på mentorstøtte", "Afgørelse om afslag på ansøgning om mentorstøtte"])
        blocks += [("h1", title),
                   ("p", f"Du søgte om mentorstøtte i 12 måneder fra {s}. Vi har givet dig afslag."),
                   ("h2", "Begrundelse"),
                   ("p", "Mentorstøtte kan gives, hvis der er behov for støtte for at kunne gennemføre en aktivitet, job eller uddannelse, "
                         "jf. § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, at din uddannelsesinstitution "
                         "allerede tilbyder dig SPS-støtte og en studievejleder, som dækker det behov, du har beskrevet i ansøgningen.")]
        bilag = "Bilag: Kopi af din ansøgning"
    elif sub == "extension":
        ps = add_months(r.start, -6)
        title = rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"])
        blocks += [("h1", title),
                   ("p", f"Din mentorstøtte i den tidligere periode {r.d(ps)} – {r.d(r.start - dt.timedelta(days=1))} udløber snart. "
                         f"Efter en konkret vurdering forlænger vi støtten i en ny periode fra {s} til {e}."),
                   ("p", f"Timetallet er fortsat {r.hours_text}, og {r.mentor} er stadig din mentor."),
                   ("h2", "Begrundelse"),
                   ("p", "Vi har lagt vægt på mentorens status fra evalueringsmødet, hvor det fremgik, at du er tæt på at nå dit mål, "
                         "men fortsat har brug for støtte til fremmødet.")]
        bilag = "Bilag 1: Opdateret aftale om mentorstøtte"
    else:  # end
        title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"])
        stop = r.stop
        why = rng.choice([
            "du er startet i ordinær uddannelse og ikke længere har behov for mentorstøtte",
            "du ikke er mødt op til de aftalte møder med mentoren siden " + r.d(stop - dt.timedelta(days=30)),
            "målet med mentorstøtten er nået, idet du er ansat i et ordinært job"])
        blocks += [("h1", title),
                   ("p", f"Din mentorstøtte, som blev bevilget for perioden {s} – {e}, ophører den {r.d(stop)}."),
                   ("h2", "Begrundelse"),
                   ("p", f"Mentorstøtten ophører, fordi {why}. Vi har vurderet sagen efter § 167 i lov om en aktiv beskæftigelsesindsats.")]
        bilag = "Bilag: Afslutningsskema"
    if r.appeal is not None:
        blocks += [("h2", rng.choice(["Klagevejledning", "Hvis du vil klage"])), ("p", r.appeal)]
    blocks += [("p", "Med venlig hilsen"), ("p", f"{r.cw}"), ("p", f"{r.muni['name']}")]
    blocks.append(("pb",))
    blocks.append(("h1", bilag))
    if sub in ("grant", "partial", "extension"):
        fb = (form_checkbox if form == "checkbox" else form_merged)(r, "Aftale om mentorstøtte", True)
        # the attached form has no appeal text or signature of its own
        fb = [b for b in fb if b[0] == "table" and not b[2].get("sign")]
        blocks += fb
    elif sub == "refusal":
        blocks.append(("table", [("sec", "Ansøgning om mentorstøtte (udfyldt af borger)"),
                                 ("row", "Hvad vil du gerne have hjælp til?", "", [f"Jeg har svært ved at komme op om morgenen og komme af sted til skolen."]),
                                 ("row", "Hvor længe?", "", ["12 måneder"]),
                                 ("row", "Hvor mange timer om ugen?", "", ["4-5"]),
                                 ("row", "Dato", "", [r.d(r.date - dt.timedelta(days=20))])], {}))
    else:
        blocks.append(("table", [("sec", "Afslutningsskema"),
                                 ("row", "Var målet nået?", "Sæt kryds", [f"{OFF} Ja", f"{ON} Delvist", f"{OFF} Nej"]),
                                 ("row", "Mentorens bemærkninger", "", ["Forløbet afsluttes efter aftale med sagsbehandler."])], {}))
    return title, blocks


# ---------------------------------------------------------------- unknown kinds
def unknown_blocks(rng: random.Random, which: str, muni: dict, cpr: str | None) -> tuple[str, list]:
    fn = rng.choice(FIRST)
    name = f"{fn} {rng.choice(LAST)}"
    if which == "blank":
        title = "Aftale om mentorstøtte"
        rows = [("sec", "Borger"), ("row", "Navn", "", [""]), ("row", "CPR-nr.", "", [""]), ("row", "Sagsnr.", "", [""]),
                ("sec", "Aftalens indhold"),
                ("row", "Målet med mentorstøtten", "Skriv borgerens mål: hvilket job eller hvilken uddannelse, og hvornår.", ["Klik eller tryk her for at skrive tekst."]),
                ("row", "Mentorens navn og kontaktdata", "Navn, arbejdssted, telefon og e-mail.", ["Navn:", "Tlf.:", "Mail:"]),
                ("row", "Opgaver", "Sæt kryds", [f"{OFF} {o}" for o in TASK_OPTS] + [f"{OFF} Andet: ____________"]),
                ("row", "Varighed", "Højst 6 måneder (LAB § 167, stk. 1).", ["fra __.__.____ til __.__.____"]),
                ("row", "Timetal", "Sæt kryds ved niveau", [f"{OFF} 0-1 time pr. uge", f"{OFF} 1-2 timer pr. uge", f"{OFF} Over 2 timer pr. uge – antal: ____"]),
                ("row", "Opfølgning", "Sæt kryds ved rytme", [f"{OFF} Hver 14. dag", f"{OFF} Hver måned", f"{OFF} Hver 3. måned", f"{OFF} Evaluering 14 dage før ophør"])]
        return title, [("h1", title), ("small", "Skabelon – version 3.2. Gem en kopi i sagen, før du udfylder."),
                       ("table", rows, {}), ("h2", "Klagevejledning"), ("p", APPEALS[0])]
    if which == "guide":
        title = "Vejledning til sagsbehandlere: Sådan udfylder du skemaet »Aftale om mentorstøtte«"
        b = [("h1", title), ("p", f"Denne vejledning er til medarbejdere i {muni['name']}. Skemaet skal udfyldes sammen med borgeren "
                                  "ved opstartsmødet, og alle seks felter skal være udfyldt, før aftalen sendes.")]
        for lab, txt in [("Målet med mentorstøtten", "Skriv et job- eller uddannelsesmål, der kan måles. Undgå mål som »støtte til« eller »øget trivsel«. "
                                                     "Eksempel: »Borgeren er i praktik i Netto 15 timer om ugen senest 1. juni.«"),
                         ("Mentorens navn og kontaktdata", "Skriv navn, telefon og mail. Eksempel: »Lone Bisgaard, tlf. 22 33 44 55«."),
                         ("Opgaver", "Sæt kryds ved de opgaver, mentoren skal løse, og beskriv andre opgaver under »Andet«."),
                         ("Varighed", "Højst 6 måneder ad gangen. Ved forlængelse laves en ny aftale efter en konkret vurdering."),
                         ("Timetal", "Sæt kryds ved niveau 1 (0-1 time), niveau 2 (1-2 timer) eller niveau 3 (over 2 timer pr. uge) og skriv antallet."),
                         ("Opfølgning", "Vælg rytme: mindst hver 3. måned på niveau 1 og hver måned på niveau 2 og 3. Evaluering altid 14 dage før ophør."),
                         ("Klagevejledning", "Standardteksten er fortrykt i skemaet. Den må ikke slettes.")]:
            b += [("h2", lab), ("p", txt)]
        return title, b
    if which == "application":
        title = "Ansøgning om mentorstøtte"
        rows = [("sec", "Dine oplysninger"), ("row", "Navn", "", [name])]
        if cpr:
            rows.append(("row", "CPR-nr.", "", [cpr]))
        rows += [("row", "Telefon", "", [phone(rng)]),
                 ("sec", "Om din ansøgning"),
                 ("row", "Hvad vil du gerne have hjælp til?", "Skriv med dine egne ord", [rng.choice([
                     "Jeg skal starte på en uddannelse som ernæringsassistent og er bange for ikke at kunne holde til det.",
                     "Jeg vil gerne have hjælp til at komme i praktik, men jeg har angst i nye situationer."])]),
                 ("row", "Hvad er dit mål?", "", ["At få en uddannelse og et arbejde."]),
                 ("row", "Hvor mange timer om ugen tror du, du har brug for?", "", [rng.choice(["3", "2-3 timer", "ved ikke"])]),
                 ("row", "Hvornår vil du gerne starte?", "", ["Så hurtigt som muligt"]),
                 ("row", "Underskrift", "", [name])]
        return title, [("h1", title), ("small", f"Send ansøgningen til {muni['name']}, {muni['unit']}. Vi behandler den inden 4 uger."),
                       ("table", rows, {})]
    if which == "evaluation":
        title = "Evalueringsskema – afslutning af mentorforløb"
        rows = [("sec", "Forløbet"), ("row", "Borger", "", [name]), ("row", "Mentor", "", [rng.choice(MENTORS)[0]]),
                ("row", "Hvordan er det gået?", "Sæt kryds", [f"{OFF} Meget godt", f"{ON} Godt", f"{OFF} Mindre godt", f"{OFF} Dårligt"]),
                ("row", "Er målet nået?", "", [f"{ON} Ja", f"{OFF} Delvist", f"{OFF} Nej"]),
                ("row", "Hvad skete der efter forløbet?", "", [rng.choice(["Borgeren er startet på HF.", "Ansat i løntilskud hos Føtex."])]),
                ("row", "Bemærkninger", "", ["Godt samarbejde med praktikstedet."])]
        return title, [("h1", title), ("p", "Skemaet udfyldes af mentor og sendes til sagsbehandleren senest 14 dage efter sidste møde."),
                       ("table", rows, {})]
    if which == "consent":
        title = "Samtykkeerklæring – indhentning og videregivelse af oplysninger"
        rows = [("row", "Navn", "", [name])]
        if cpr:
            rows.append(("row", "CPR-nr.", "", [cpr]))
        rows += [("row", "Jeg giver samtykke til, at kommunen må udveksle oplysninger med:", "Sæt kryds",
                  [f"{ON} Min mentor", f"{ON} Min praktiske læge", f"{OFF} Psykiatrien", f"{ON} Mit uddannelsessted"]),
                 ("row", "Formål", "", ["Oplysningerne bruges til at planlægge min mentorstøtte."]),
                 ("row", "Gyldighed", "", ["Samtykket gælder i 1 år og kan altid trækkes tilbage."]),
                 ("row", "Dato og underskrift", "", ["_______________"])]
        return title, [("h1", title), ("p", "Samtykket gives efter forvaltningslovens § 29 og databeskyttelsesforordningens regler."),
                       ("table", rows, {})]
    # status report from mentor
    title = "Månedlig status fra mentor"
    rows = [("row", "Borger", "", [name]), ("row", "Måned", "", [rng.choice(MONTHS[2:10]) + " 2026"]),
            ("row", "Antal møder", "", [str(rng.randrange(2, 6))]), ("row", "Brugte timer", "", [str(rng.randrange(4, 12))]),
            ("row", "Fremmøde på praktikstedet", "", ["4 af 5 dage de fleste uger"]),
            ("row", "Næste skridt", "", ["Snak med virksomheden om løntilskud."])]
    return title, [("h1", title), ("table", rows, {})]


# ---------------------------------------------------------------- plan
AG_LAYOUTS = [("checkbox", "docx"), ("merged", "docx"), ("smart", "docx"), ("merged", "pdf_boxed"),
              ("checkbox", "pdf_twopage"), ("merged", "odt"), ("checkbox", "odt"), ("smart", "pdf"),
              ("checkbox", "soffice_pdf"), ("merged", "docx_repeat"), ("merged", "html"), ("checkbox", "txt")]
MP_LAYOUTS = [("merged", "pdf"), ("checkbox", "docx"), ("merged", "html"), ("merged", "txt"),
              ("checkbox", "pdf_twopage"), ("smart", "odt"), ("merged", "docx")]
DEC_LAYOUTS = [("merged", "docx"), ("checkbox", "pdf"), ("merged", "odt"), ("checkbox", "soffice_pdf"),
               ("checkbox", "docx"), ("merged", "pdf_twopage")]

AG_DEFECTS = ([set()] * 11 + [{"missing-hours"}] * 3 + [{"missing-follow-up"}] * 3 + [{"missing-goal"}] * 2
              + [{"unclear-goal"}] * 2 + [{"missing-mentor"}] * 2 + [{"missing-tasks"}] * 2 + [{"missing-duration"}]
              + [{"duration-over-6-months"}] * 2 + [{"missing-appeal-guidance"}] * 3
              + [{"missing-hours", "missing-follow-up"}, {"unclear-goal", "missing-appeal-guidance"},
                 {"missing-mentor", "duration-over-6-months"}])
MP_DEFECTS = ([set()] * 6 + [{"missing-hours"}] * 2 + [{"missing-mentor"}, {"unclear-goal"}, {"missing-goal"},
              {"missing-tasks"}, {"duration-over-6-months"}, {"missing-duration"}])
DEC_PLAN = ([("grant", set())] * 3 + [("grant", {"missing-appeal-guidance"})] * 2 + [("grant", {"duration-over-6-months"})]
            + [("partial", set())] * 2 + [("partial", {"missing-appeal-guidance"})]
            + [("refusal", set())] * 2 + [("refusal", {"missing-appeal-guidance"})]
            + [("extension", set())] * 2 + [("extension", {"duration-over-6-months"})] * 2
            + [("extension", {"missing-appeal-guidance"})]
            + [("end", set())] * 2 + [("end", {"missing-appeal-guidance"})])
UNK_PLAN = [("blank", "docx", False), ("blank", "odt", False), ("guide", "pdf", False), ("guide", "docx", False),
            ("application", "docx", True), ("application", "pdf", False), ("application", "pdf_boxed", True),
            ("evaluation", "odt", False), ("evaluation", "docx", False), ("consent", "pdf", True),
            ("consent", "docx", False), ("status", "docx", False), ("status", "pdf", True)]

AG_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb (LAB § 167)",
             "Skema: Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte"]
MP_TITLES = ["Min Plan – Mentorstøtte", "Min Plan · Indsats: Mentor", "Udskrift fra Min Plan – mentorstøtte (LAB § 167)"]
EXT = {"docx": "docx", "docx_repeat": "docx", "pdf": "pdf", "pdf_boxed": "pdf", "pdf_twopage": "pdf",
       "soffice_pdf": "pdf", "odt": "odt", "html": "html", "txt": "txt"}


def slug(m: dict) -> str:
    return m["name"].split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def render(doc: dict, fmt: str, path: Path, tmp: Path, pending: list):
    if fmt == "docx":
        render_docx(doc, path)
    elif fmt == "docx_repeat":
        render_docx(doc, path, repeat_header=True)
    elif fmt == "pdf":
        render_pdf(doc, path)
    elif fmt == "pdf_boxed":
        render_pdf(doc, path, boxed=True, label_w=3.2, value_w=5.6)
    elif fmt == "pdf_twopage":
        render_pdf_twopage(doc, path)
    elif fmt == "odt":
        render_odt(doc, path)
    elif fmt == "html":
        render_html(doc, path)
    elif fmt == "txt":
        render_txt(doc, path)
    elif fmt == "soffice_pdf":
        src = tmp / (path.stem + ".docx")
        render_docx(doc, src, repeat_header=True)
        pending.append((src, path))
    else:
        raise ValueError(fmt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gp")
    ap.add_argument("--seed", type=int, default=1616)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path("/tmp/gp_docx_src")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    master = random.Random(a.seed)
    entries, pending = [], []
    n = 0

    def entry(rel, fmt, kind, subtype, layout, rules, cpr_list, traits, period=None):
        e = {"path": rel, "format": EXT[fmt], "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": cpr_list, "traits": sorted(set(traits))}
        if period:
            e["period"] = period
        entries.append(e)

    # agreements
    order = list(range(len(AG_DEFECTS)))
    master.shuffle(order)
    for j, i in enumerate(order):
        n += 1
        rng = random.Random(a.seed * 1000 + n)
        defects = set(AG_DEFECTS[i])
        cpr = rng.random() < 0.28
        r = Rec(rng, defects, "agreement", cpr)
        style, fmt = AG_LAYOUTS[j % len(AG_LAYOUTS)]
        title = rng.choice(AG_TITLES)
        builder = {"checkbox": form_checkbox, "merged": form_merged, "smart": form_smart}[style]
        hdr, ftr = head_footer(r)
        doc = {"header": hdr, "footer": ftr, "title": title, "form_title": title,
               "blocks": builder(r, title, True)}
        rel = f"{slug(r.muni)}/aftaler/sag_{n:03d}.{EXT[fmt]}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        render(doc, fmt, out / rel, tmp, pending)
        traits = r.traits + [f"form:{style}", f"render:{fmt}", "header-footer-contact"] + (["cpr"] if cpr else [])
        if r.appeal is None:
            traits.append("appeal:absent")
        period = None if "missing-duration" in defects else {"start": r.start.isoformat(), "end": r.end.isoformat()}
        entry(rel, fmt, "agreement", "agreement", f"{style}-form", defects, [r.cpr, r.cpr.replace('-', '')] if cpr else [], traits, period)

    # Min Plan entries
    order = list(range(len(MP_DEFECTS)))
    master.shuffle(order)
    for j, i in enumerate(order):
        n += 1
        rng = random.Random(a.seed * 1000 + n)
        defects = set(MP_DEFECTS[i])
        cpr = rng.random() < 0.25
        r = Rec(rng, defects, "minplan", cpr)
        style, fmt = MP_LAYOUTS[j % len(MP_LAYOUTS)]
        title = rng.choice(MP_TITLES)
        builder = {"checkbox": form_checkbox, "merged": form_merged, "smart": form_smart}[style]
        hdr, ftr = head_footer(r)
        blocks = builder(r, title, False)
        blocks.insert(1, ("small", f"Udskrevet fra Min Plan den {r.d(r.date)}. Indsatsen er registreret af {r.cw}."))
        doc = {"header": hdr, "footer": ftr, "title": title, "form_title": title, "blocks": blocks}
        rel = f"{slug(r.muni)}/minplan/plan_{n:03d}.{EXT[fmt]}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        render(doc, fmt, out / rel, tmp, pending)
        traits = r.traits + [f"form:{style}", f"render:{fmt}"] + (["cpr"] if cpr else [])
        period = None if "missing-duration" in defects else {"start": r.start.isoformat(), "end": r.end.isoformat()}
        entry(rel, fmt, "minplan", "minplan", f"{style}-form", defects, [r.cpr, r.cpr.replace('-', '')] if cpr else [], traits, period)

    # decisions
    order = list(range(len(DEC_PLAN)))
    master.shuffle(order)
    for j, i in enumerate(order):
        n += 1
        rng = random.Random(a.seed * 1000 + n)
        sub, defects = DEC_PLAN[i]
        defects = set(defects)
        cpr = rng.random() < 0.3
        r = Rec(rng, defects, "decision", cpr)
        style, fmt = DEC_LAYOUTS[j % len(DEC_LAYOUTS)]
        title, blocks = decision_blocks(r, sub, style)
        hdr, ftr = head_footer(r)
        doc = {"header": hdr, "footer": ftr, "title": title, "form_title": title, "blocks": blocks}
        rel = f"{slug(r.muni)}/breve/brev_{n:03d}.{EXT[fmt]}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        render(doc, fmt, out / rel, tmp, pending)
        traits = r.traits + [f"decision:{sub}", f"attached-form:{style}", f"render:{fmt}"] + (["cpr"] if cpr else [])
        if sub in ("refusal", "end"):
            traits = [t for t in traits if not t.startswith("period:")]
        if r.appeal is None:
            traits.append("appeal:absent")
        period = {"start": r.start.isoformat(), "end": r.end.isoformat()} if sub in ("grant", "partial", "extension") else None
        entry(rel, fmt, "decision", sub, f"letter+{style}-form", defects, [r.cpr, r.cpr.replace('-', '')] if cpr else [], traits, period)

    # unknown kinds
    for which, fmt, cpr in UNK_PLAN:
        n += 1
        rng = random.Random(a.seed * 1000 + n)
        muni = rng.choice(MUNIS)
        c = fake_cpr(rng) if cpr else None
        title, blocks = unknown_blocks(rng, which, muni, c)
        doc = {"header": f"{muni['name']} · {muni['unit']}",
               "footer": f"{muni['name']} · {muni['addr']} · Tlf. {muni['tel']} · {muni['mail']}",
               "title": title, "form_title": title, "blocks": blocks}
        rel = f"{slug(muni)}/andet/dok_{n:03d}.{EXT[fmt]}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        render(doc, fmt, out / rel, tmp, pending)
        entry(rel, fmt, "unknown", which, f"{which}-form", set(), [c, c.replace('-', '')] if c else [],
              [f"unknown:{which}", f"render:{fmt}"] + (["cpr"] if c else []))

    # extra variants (appended last so the documents above keep their seeds)
    extras = [("agreement", "udskriv", set(), ("checkbox", "docx")),
              ("agreement", "udskriv", {"duration-over-6-months"}, ("merged", "pdf")),
              ("agreement", "weeks", set(), ("merged", "odt")),
              ("agreement", "bothfollow", set(), ("checkbox", "soffice_pdf")),
              ("agreement", "weeks", {"missing-hours"}, ("checkbox", "pdf_twopage")),
              ("agreement", "bothfollow", {"missing-mentor"}, ("checkbox", "docx")),
              ("minplan", "weeks", set(), ("merged", "html")),
              ("minplan", "udskriv", set(), ("checkbox", "pdf"))]
    for kind, variant, defects, (style, fmt) in extras:
        n += 1
        rng = random.Random(a.seed * 1000 + n)
        cpr = rng.random() < 0.25
        r = Rec(rng, set(defects), kind, cpr, variant)
        title = rng.choice(AG_TITLES if kind == "agreement" else MP_TITLES)
        builder = {"checkbox": form_checkbox, "merged": form_merged, "smart": form_smart}[style]
        hdr, ftr = head_footer(r)
        blocks = builder(r, title, kind == "agreement")
        if kind == "minplan":
            blocks.insert(1, ("small", f"Udskrevet fra Min Plan den {r.d(r.date)}."))
        doc = {"header": hdr, "footer": ftr, "title": title, "form_title": title, "blocks": blocks}
        folder = "aftaler" if kind == "agreement" else "minplan"
        rel = f"{slug(r.muni)}/{folder}/{'sag' if kind == 'agreement' else 'plan'}_{n:03d}.{EXT[fmt]}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        render(doc, fmt, out / rel, tmp, pending)
        traits = r.traits + [f"form:{style}", f"render:{fmt}", f"variant:{variant}"] + (["cpr"] if cpr else [])
        entry(rel, fmt, kind, kind, f"{style}-form", set(defects), [r.cpr, r.cpr.replace('-', '')] if cpr else [],
              traits, {"start": r.start.isoformat(), "end": r.end.isoformat()})

    import subprocess
    for src, dst in pending:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_gp_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(str(tmp / (src.stem + ".pdf")), str(dst))
    with (out / "EXPECTED.jsonl").open("w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
