#!/usr/bin/env python3
"""Corpus CU: one Northern Jutland municipality's audit sample (2023-2026), as its archive export holds it.

Written independently for issue 8 from ../shared/domain.md, the seeds and the rule docs
(`mentordocs rules NAME`); the linter, its packs and other corpus writers were not read.

Brønderslev Kommune (Job og Arbejdsmarked; "Jobcenter Brønderslev" until 31 Jan 2026) is used
as the sender; all people, phone numbers, case numbers and the three providers are invented.

    python make_corpus_cu.py --out /work/corpora/cu [--seed 8104]

Deterministic for a given seed (LibreOffice and Tesseract output aside, which are the real
tools' output and may differ by version).
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zlib
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools" / "corpusgen" / "src"))
from corpusgen.corpus.manifest import write_manifest  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
KOMMUNE = "Brønderslev Kommune"
ADDR = "Ny Banegårdsgade 51, 9700 Brønderslev"
PLACEHOLDER = "Klik eller tryk her for at skrive tekst."

FIRST = ["Mikkel", "Sofie", "Jonas", "Emma", "Kasper", "Line", "Rasmus", "Camilla", "Ahmad", "Julie",
         "Nikolaj", "Maria", "Frederik", "Ida", "Mads", "Amalie", "Tobias", "Nanna", "Oliver", "Signe",
         "Yasmin", "Patrick", "Louise", "Daniel", "Cecilie", "Morten", "Tina", "Bilal", "Helle", "Kim"]
LAST = ["Nielsen", "Kristensen", "Pedersen", "Thomsen", "Mortensen", "Christiansen", "Jakobsen",
        "Sørensen", "Madsen", "Larsen", "Poulsen", "Vestergaard", "Overgaard", "Kjærgaard", "Brix",
        "Holm", "Nørgaard", "Dahl", "Bach", "Søndergaard", "Hvidberg", "Ibsen"]
CASEWORKERS = [("Mette Lund Jørgensen", "mlj"), ("Anders Kragh", "akr"), ("Pia Skovgaard", "psk"),
               ("Lene Bundgaard", "lbu"), ("Thomas Riis", "tri")]
PROVIDERS = {
    "mhn": {"name": "Mentorhuset Nord ApS", "addr": "Østergade 14, 9700 Brønderslev", "cvr": "41 22 87 03",
            "domain": "mentorhusetnord.dk"},
    "vjs": {"name": "Vendsyssel Jobstøtte", "addr": "Algade 61, 9800 Hjørring", "cvr": "38 90 12 55",
            "domain": "vendsysseljobstotte.dk"},
    "kb": {"name": "KompetenceBro I/S", "addr": "Jernbanegade 3, 9740 Jerslev J", "cvr": "43 05 61 19",
           "domain": "kompetencebro.dk"},
}

CLEAR_GOALS = [
    "{f} gennemfører FVU-dansk trin 2 på VUC Nordjylland i Brønderslev og møder mindst 4 ud af 5 dage.",
    "{f} er i virksomhedspraktik hos Brønderslev Forsyning 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} starter på grundforløb 1 på EUC Nord i Hjørring i august og gennemfører de første 10 uger.",
    "{f} kommer i ordinært job som lagermedarbejder, evt. med få timer til at starte med, inden periodens udløb.",
    "{f} gennemfører AMU-kurset Gaffeltruck certifikat B og søger mindst 3 relevante job om ugen.",
    "{f} fastholder sit fleksjob som kantinemedhjælper på plejecentret 12 timer om ugen.",
    "{f} begynder på FGU Vendsyssel (produktionsgrundforløb) og har under 10 % fravær.",
    "{f} er startet på SOSU-hjælperuddannelsen i Aalborg senest {d} og har en stabil hverdag med fremmøde.",
    "{f} går fra 8 til 20 timer i praktik i Netto, Brønderslev, og kan selv klare transporten.",
    "{f} gennemfører 9. klasses prøve i dansk og matematik på VUC og søger ind på EUD.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og struktur på hverdagen.",
    "Støtte til at komme videre i livet.",
    "{f} skal arbejde med sig selv og få mere selvværd.",
    "Hjælp til at få styr på økonomi og bolig.",
    "Sikre at {f} får det bedre og kommer tættere på arbejdsmarkedet.",
    "Motivere {f} og give ro på.",
]
TASKS = [
    ["følge {f} til de første møder på praktikstedet", "hjælpe med at lægge en ugeplan og holde den",
     "samtale om fremmøde og transport hver uge"],
    ["vække-opkald om morgenen de første 3 uger", "hjælp til kontakt med skolens studievejleder",
     "støtte til lektier og afleveringer"],
    ["hjælp til at åbne og forstå post fra e-Boks og kommunen", "følge med til lægen og til jobsamtaler",
     "træne brug af bus og tog til arbejdspladsen"],
    ["sparring med praktikstedets kontaktperson", "hjælp til at huske aftaler i Min Plan",
     "hjælp til at håndtere angst i pressede situationer"],
]
FOLLOWUPS = [
    "Opfølgning: Statusmøde med {f}, mentor og sagsbehandler hver måned. Evaluering senest 14 dage før periodens udløb. Delmål: fremmøde 4 dage om ugen fra 2. måned.",
    "Vi følger op hver 4. uge, og mentor sender en kort skriftlig status til jobcentret. Progression måles på fremmøde og antal timer i praktik.",
    "Der holdes midtvejsevaluering efter 3 måneder og et afsluttende statusmøde 14 dage før ophør.",
    "Opfølgning sker løbende på jobsamtalerne ca. hver 6. uge, hvor vi ser på delmålene.",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger, efter du har modtaget den. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen. Du kan klage mundtligt eller skriftligt. Se lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {k} senest 4 uger efter, at du har fået afgørelsen. Vi vurderer sagen igen, og fastholder vi afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Er du uenig, kan du klage til jobcentret inden 4 uger. Jobcentret genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
]
APPEAL_VAGUE = ["Du kan klage over afgørelsen, hvis du er uenig.",
                "Har du spørgsmål eller vil du klage, er du velkommen til at kontakte din sagsbehandler."]
APPEAL_WRONG = ["Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger fra modtagelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice.",
                "Hvis du er utilfreds, kan du inden fire uger klage direkte til Ankestyrelsen via borger.dk."]


def fmt_words(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fmt_num(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 1:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return f"{d.day}.{d.month}.{str(d.year)[2:]}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used = set()

    def person(self):
        while True:
            n = (self.r.choice(FIRST), self.r.choice(LAST))
            if n not in self.used:
                self.used.add(n)
                return n

    def phone(self, prefix=None):
        p = prefix or self.r.choice(["20", "22", "28", "30", "40", "42", "51", "60", "61", "71"])
        return f"{p} {self.r.randint(10, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}"

    def cpr(self):
        d = dt.date(1970, 1, 1) + dt.timedelta(days=self.r.randint(0, 365 * 35))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.r.randint(1000, 9999)}"

    def start(self, y0, y1):
        y = self.r.randint(y0, y1)
        m = self.r.randint(2 if y == 2023 else 1, 12 if y < 2026 else 10)
        return dt.date(y, m, self.r.choice([1, 1, 1, 15, 4, 8]))


# ---------------------------------------------------------------- content model
# A document is a list of blocks: ("h", level, text) | ("p", text) | ("ul", [items]) |
# ("ol", [items]) | ("kv", [(label, value|None)]) content-control table | ("t", rows)
# | ("track", before, deleted, inserted, after) | ("sig", text)

class Doc:
    def __init__(self, path, kind, subtype, layout, fmt):
        self.path, self.kind, self.subtype, self.layout, self.fmt = path, kind, subtype, layout, fmt
        self.blocks = []
        self.rules, self.extras, self.traits, self.mnc = set(), set(), [], []
        self.header = None
        self.footer = None
        self.letterhead = None  # (left lines, right lines)
        self.sidebar = None  # lines
        self.period = None
        self.mail = None  # dict for eml
        self.scan = False

    def add(self, *b):
        self.blocks.append(b)

    def text_lines(self):
        out = []
        for b in self.blocks:
            t = b[0]
            if t == "h":
                out.append(("h", b[2], b[1]))
            elif t == "p":
                out.append(("p", b[1]))
            elif t in ("ul", "ol"):
                for i, it in enumerate(b[1], 1):
                    out.append(("li", ("- " if t == "ul" else f"{i}. ") + it))
            elif t in ("kv", "t"):
                for row in b[1]:
                    if t == "kv":
                        out.append(("p", f"{row[0]}: {row[1] or ''}".rstrip()))
                    else:
                        out.append(("p", " | ".join(row)))
            elif t == "track":
                out.append(("p", b[1] + b[3] + b[4]))
            elif t == "sig":
                out.append(("p", b[1]))
        return out

    def manifest(self):
        e = {"path": self.path, "format": self.fmt, "kind": self.kind, "subtype": self.subtype,
             "layout": self.layout, "rules": sorted(self.rules), "extras": sorted(self.extras),
             "error": None, "accept_errors": [], "must_not_contain": self.mnc,
             "traits": self.traits}
        if self.period:
            e["period"] = {"start": self.period[0].isoformat(), "end": self.period[1].isoformat()}
        return e


# ---------------------------------------------------------------- field values with defects

def pick_defects(g: Gen, kind: str, clean_p: float):
    if g.r.random() < clean_p:
        return set()
    pool = {"agreement": ["missing-goal", "unclear-goal", "unclear-goal", "missing-mentor", "missing-tasks",
                          "missing-duration", "duration-over-6-months", "duration-over-6-months",
                          "missing-follow-up", "missing-follow-up", "missing-hours", "missing-hours",
                          "missing-appeal-guidance", "missing-appeal-guidance", "appeal-wrong-route"],
            "minplan": ["missing-goal", "unclear-goal", "unclear-goal", "missing-mentor", "missing-mentor",
                        "missing-tasks", "missing-duration", "duration-over-6-months", "missing-hours"]}[kind]
    d = {g.r.choice(pool)}
    if g.r.random() < 0.25:
        d.add(g.r.choice(pool))
    if "missing-goal" in d:
        d.discard("unclear-goal")
    if "missing-duration" in d:
        d.discard("duration-over-6-months")
    if "missing-appeal-guidance" in d:
        d.discard("appeal-wrong-route")
    return d


class Case:
    """One citizen's mentor case: the values every document about it draws on."""

    def __init__(self, g: Gen, y0, y1, defects):
        self.g = g
        self.cf, self.cl = g.person()
        self.mf, self.ml = g.person()
        while self.mf == self.cf:
            self.mf, self.ml = g.person()
        self.cw = g.r.choice(CASEWORKERS)
        self.cw_phone = f"99 45 {g.r.randint(10, 99)} {g.r.randint(10, 99)}"
        self.prov = g.r.choice(list(PROVIDERS))
        self.m_phone = g.phone()
        self.m_mail = f"{self.mf.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}@{PROVIDERS[self.prov]['domain']}"
        self.case_no = f"{g.r.randint(15, 32):02d}.{g.r.choice(['18', '30'])}.{g.r.choice(['00', '02'])}-G01-{g.r.randint(100, 9999)}-{g.r.randint(23, 26)}"
        self.folder = f"sag-{g.r.randint(100000, 999999) // 10}"  # 5 digits: "NNNNNN/2026" would look like a CPR number
        self.cpr = g.cpr() if g.r.random() < 0.33 else None
        self.defects = defects
        self.start = g.start(y0, y1)
        over = "duration-over-6-months" in defects
        if over:
            self.months = g.r.choice([7, 8, 9, 12])
        else:
            self.months = g.r.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        if over and g.r.random() < 0.3:
            self.end = add_months(self.start, 6)  # one day over the exact six months
            self.months = 6
        self.goal_clear = g.r.choice(CLEAR_GOALS).format(f=self.cf, d=fmt_words(add_months(self.start, 2)))
        self.goal_unclear = g.r.choice(UNCLEAR_GOALS).format(f=self.cf)
        self.tasks = [t.format(f=self.cf) for t in g.r.choice(TASKS)]
        self.hours_n = g.r.choice(["2 timer pr. uge", "3 timer om ugen", "1½ time ugentligt", "to timer om ugen",
                                   "4 timer pr. uge", "halvanden time pr. uge", "5 t/uge", "2-3 timer ugentligt"])
        self.follow = g.r.choice(FOLLOWUPS).format(f=self.cf)
        self.appeal_full = g.r.choice(APPEAL_FULL)
        self.sender = "jobcentret" if self.start < dt.date(2026, 2, 1) else "kommunen"

    # The value each field gets after the defects: None = absent, "" = placeholder/empty
    def goal(self):
        if "missing-goal" in self.defects:
            return self.g.r.choice([None, ""])
        return self.goal_unclear if "unclear-goal" in self.defects else self.goal_clear

    def mentor(self):
        if "missing-mentor" in self.defects:
            return f"{self.mf} {self.ml}"  # name only, no contact data
        return f"{self.mf} {self.ml}, {PROVIDERS[self.prov]['name']}, tlf. {self.m_phone}, {self.m_mail}"

    def tasks_v(self):
        return None if "missing-tasks" in self.defects else self.tasks

    def period_text(self, style=None):
        if "missing-duration" in self.defects:
            return self.g.r.choice([None, "", "indtil videre"])
        s = self.g.r.randint(0, 4) if style is None else style
        if s == 0:
            return f"{fmt_words(self.start)} – {fmt_words(self.end)}"
        if s == 1:
            return f"{fmt_num(self.start, 0)} - {fmt_num(self.end, 0)}"
        if s == 2:
            return f"fra {fmt_num(self.start, 1)} til {fmt_num(self.end, 1)}"
        if s == 3:
            return f"f.o.m. {fmt_num(self.start, 3)} t.o.m. {fmt_num(self.end, 3)}"
        return f"{fmt_num(self.start, 4)}–{fmt_num(self.end, 4)}"

    def hours(self):
        if "missing-hours" in self.defects:
            return self.g.r.choice([None, "", "efter behov", "et par timer om ugen"])
        return self.hours_n

    def followup(self):
        return None if "missing-follow-up" in self.defects else self.follow

    def appeal(self):
        k = "Brønderslev Kommune" if self.sender == "kommunen" else "Jobcenter Brønderslev"
        if "missing-appeal-guidance" in self.defects:
            return self.g.r.choice([None, self.g.r.choice(APPEAL_VAGUE)])
        if "appeal-wrong-route" in self.defects:
            return self.g.r.choice(APPEAL_WRONG)
        return self.appeal_full.format(k=k)

    def label(self, doc: Doc, kind: str):
        from_kind = {"agreement": None,
                     "minplan": {"missing-goal", "unclear-goal", "missing-mentor", "missing-tasks",
                                 "missing-duration", "duration-over-6-months", "missing-hours"}}[kind]
        for d in self.defects:
            if d == "appeal-wrong-route":
                if kind == "agreement":
                    doc.extras.add(d)
                continue
            if from_kind is None or d in from_kind:
                doc.rules.add(d)
        if "missing-duration" not in self.defects:
            doc.period = (self.start, self.end)
        if self.cpr:
            doc.mnc = [self.cpr, self.cpr.replace("-", "")]
            doc.traits.append("cpr")
        doc.traits += sorted("defect:" + d for d in self.defects)


def letter_date(c: Case):
    return c.start - dt.timedelta(days=c.g.r.randint(3, 14))


def kommune_head(c: Case, d: dt.date):
    unit = "Jobcenter Brønderslev" if d < dt.date(2026, 2, 1) else "Brønderslev Kommune\nJob og Arbejdsmarked"
    return unit.split("\n") + [ADDR, "", f"Dato: {fmt_num(d, 0)}", f"Sagsnr.: {c.case_no}",
                               f"Sagsbehandler: {c.cw[0]}", f"Direkte tlf.: {c.cw_phone}",
                               f"{c.cw[1]}@99454545.dk".replace("99454545", "bronderslev")]


# ---------------------------------------------------------------- generators per document family

def tpl_gen1(g: Gen, i: int, fmt: str) -> Doc:
    """Template generation 1 (2023-2024): Word form with content controls in a label/value table."""
    c = Case(g, 2023, 2024, pick_defects(g, "agreement", 0.6))
    d = letter_date(c)
    doc = Doc(f"{d.year}/{c.folder}/{d.isoformat()}_Mentoraftale_skabelon2023.{fmt}", "agreement",
              "template-gen1", "form-table", fmt)
    doc.header = "Jobcenter Brønderslev · Mentoraftale (skabelon v. 2023.1)"
    doc.footer = f"Jobcenter Brønderslev · {ADDR} · tlf. 99 45 45 45 · jobcenter@bronderslev.dk"
    doc.add("h", 1, "Aftale om mentorstøtte")
    doc.add("p", "efter lov om en aktiv beskæftigelsesindsats § 167")
    rows = [("Borgerens navn", f"{c.cf} {c.cl}")]
    if c.cpr:
        rows.append(("CPR-nr.", c.cpr))
    goal = c.goal()
    rows.append(("Målet med mentorstøtten", goal or None))
    rows.append(("Mentorens navn og kontaktdata", c.mentor()))
    t = c.tasks_v()
    rows.append(("Mentorens opgaver", "; ".join(x[0].upper() + x[1:] for x in t) if t else None))
    p = c.period_text()
    rows.append(("Periode (højst 6 måneder)", p or None))
    h = c.hours()
    rows.append(("Timetal pr. uge", h or None))
    f = c.followup()
    rows.append(("Opfølgning og mål for progression", f.split(": ", 1)[-1] if f else None))
    doc.add("kv", rows)
    a = c.appeal()
    if a:
        doc.add("h", 2, "Klagevejledning")
        doc.add("p", a)
    doc.add("p", f"Dato: {fmt_num(d, 0)}")
    doc.add("t", [["Borgerens underskrift", "Sagsbehandlers underskrift"], ["", c.cw[0]]])
    if fmt == "docx" and g.r.random() < 0.35 and "missing-duration" not in c.defects:
        # tracked change: the caseworker shortened the period; the deleted end date is gone
        bad_end = add_months(c.start, 9)
        doc.blocks.append(("track", "Rettelse: perioden slutter ", fmt_words(bad_end), fmt_words(c.end),
                           " efter aftale med teamleder."))
        doc.traits.append("tracked-change")
    c.label(doc, "agreement")
    doc.traits.append("content-controls" if fmt == "docx" else "from-form")
    return doc


def tpl_gen2(g: Gen, i: int, fmt: str) -> Doc:
    """Template generation 2 (2025-2026): a letter with headings; 'kommunen' after 1 Feb 2026."""
    c = Case(g, 2025, 2026, pick_defects(g, "agreement", 0.6))
    d = letter_date(c)
    doc = Doc(f"{d.year}/{c.folder}/{d.isoformat()}_Aftale_om_mentor.{fmt}", "agreement",
              "template-gen2", "headings", fmt)
    doc.letterhead = ([f"{c.cf} {c.cl}", f"{g.r.choice(['Søndergade', 'Vestergade', 'Bredgade', 'Kirkevej'])} {g.r.randint(2, 90)}",
                       g.r.choice(["9700 Brønderslev", "9740 Jerslev J", "9330 Dronninglund", "9320 Hjallerup", "9760 Vrå"])]
                      + ([f"CPR-nr.: {c.cpr}"] if c.cpr else []), kommune_head(c, d))
    doc.traits.append("letterhead-column")
    doc.add("h", 1, "Din aftale om mentorstøtte")
    doc.add("p", f"Kære {c.cf}")
    doc.add("p", f"Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. "
                 f"Her kan du se, hvad vi har aftalt.")
    goal = c.goal()
    doc.add("h", 2, g.r.choice(["Mål for forløbet", "Hvad er målet?", "Borgerens mål"]))
    if goal is not None:
        doc.add("p", goal or "Udfyldes senere")
    doc.add("h", 2, g.r.choice(["Din mentor", "Hvem er din mentor?", "Mentors kontaktdata"]))
    doc.add("p", c.mentor())
    t = c.tasks_v()
    if t:
        doc.add("h", 2, "Mentorens opgaver")
        doc.add("p", f"{c.mf} skal hjælpe dig med:")
        doc.add("ul", t)
    p = c.period_text()
    h = c.hours()
    doc.add("h", 2, "Periode og timer")
    parts = []
    if p is not None:
        parts.append(f"Periode: {p or '-'}")
    if h is not None:
        parts.append(f"Timetal: {h or '-'}")
    for x in parts:
        doc.add("p", x)
    f = c.followup()
    if f:
        doc.add("h", 2, "Opfølgning")
        doc.add("p", f.split(": ", 1)[-1])
    a = c.appeal()
    if a:
        doc.add("h", 2, "Sådan klager du")
        doc.add("p", a)
    doc.add("p", "Med venlig hilsen")
    doc.add("p", f"{c.cw[0]}\n{'Jobkonsulent' if g.r.random() < .5 else 'Sagsbehandler'}")
    c.label(doc, "agreement")
    return doc


def provider_form(g: Gen, i: int, fmt: str, prov: str) -> Doc:
    """A mentor provider's own agreement form or letter (three providers, three house styles)."""
    c = Case(g, 2023, 2026, pick_defects(g, "agreement", 0.55))
    c.prov = prov
    P = PROVIDERS[prov]
    c.m_mail = c.m_mail.split("@")[0] + "@" + P["domain"]
    d = letter_date(c)
    name = {"mhn": "Samarbejdsaftale", "vjs": "Brev_mentorforloeb", "kb": "Mentorkontrakt"}[prov]
    doc = Doc(f"{d.year}/{c.folder}/{d.isoformat()}_{name}_{prov}.{fmt}", "agreement",
              f"provider-{prov}", {"mhn": "sidebar", "vjs": "letter", "kb": "numbered"}[prov], fmt)
    goal, t, p, h, f, a = c.goal(), c.tasks_v(), c.period_text(), c.hours(), c.followup(), c.appeal()
    if prov == "mhn":
        doc.sidebar = [P["name"], P["addr"], f"CVR {P['cvr']}", "", "Din mentor:", f"{c.mf} {c.ml}"]
        if "missing-mentor" not in c.defects:
            doc.sidebar += [f"Mobil {c.m_phone}", c.m_mail]
        doc.traits.append("sidebar")
        doc.add("h", 1, "Samarbejdsaftale – mentorforløb")
        doc.add("p", f"Aftalen er indgået mellem {c.cf} {c.cl}, {P['name']} og Jobcenter Brønderslev "
                     f"(sagsbehandler {c.cw[0]}).")
        if c.cpr:
            doc.add("p", f"Cpr.nr. {c.cpr}")
        doc.add("h", 2, "Vi har aftalt følgende mål for forløbet:")
        if goal is not None:
            doc.add("p", goal or "xx")
        if t:
            doc.add("h", 2, "Hvad skal mentor hjælpe med?")
            doc.add("ul", t)
        doc.add("h", 2, "Omfang")
        if h is not None:
            doc.add("p", f"Timetal: {h or 'xx'}")
        if p is not None:
            doc.add("p", f"Forløbet løber {p}." if p else "Periode: [dato] til [dato]")
        if f:
            doc.add("h", 2, "Status og evaluering")
            doc.add("p", f.split(": ", 1)[-1])
        if a:
            doc.add("h", 2, "Klagevejledning")
            doc.add("p", a)
    elif prov == "vjs":
        doc.letterhead = ([f"{c.cf} {c.cl}"] + ([f"Cpr.: {c.cpr}"] if c.cpr else []),
                          [P["name"], P["addr"], f"Hjørring, {fmt_words(d)}"])
        doc.add("h", 1, f"Velkommen til dit mentorforløb hos {P['name']}")
        doc.add("p", f"Kære {c.cf}")
        doc.add("p", f"Jobcenter Brønderslev har bevilget dig mentorstøtte, og jeg bliver din mentor. "
                     f"Jeg hedder {c.mf} {c.ml}"
                     + ("" if "missing-mentor" in c.defects else f", og du kan altid ringe eller skrive til mig på {c.m_phone} eller {c.m_mail}") + ".")
        if goal:
            doc.add("p", f"Målet med vores samarbejde er: {goal[0].lower() + goal[1:] if goal.startswith(c.cf) is False else goal}")
        elif goal == "":
            doc.add("p", "Målet med vores samarbejde er: [indsæt mål]")
        if t:
            doc.add("p", "Jeg kommer til at hjælpe dig med " + ", ".join(t[:-1]) + " og " + t[-1] + ".")
        if h and p:
            doc.add("p", f"Vi ses {h} i perioden {p}.")
        elif p:
            doc.add("p", f"Forløbet gælder {p}." + (f" Omfanget er {h}." if h else ""))
        elif h:
            doc.add("p", f"Vi ses {h}." if h not in ("",) else "")
        if f:
            doc.add("p", f.split(": ", 1)[-1])
        if a:
            doc.add("p", "Klagevejledning: " + a)
        doc.add("p", f"Venlig hilsen\n{c.mf} {c.ml}\nMentor, {P['name']}")
        doc.blocks = [b for b in doc.blocks if not (b[0] == "p" and not b[1])]
    else:
        doc.add("h", 1, "MENTORKONTRAKT")
        doc.add("p", f"{P['name']} · {P['addr']} · CVR {P['cvr']}")
        doc.add("p", f"Deltager: {c.cf} {c.cl}" + (f" ({c.cpr})" if c.cpr else ""))
        items = []
        items.append("Formål: " + (goal if goal else "…") if goal is not None else "Formål:")
        items.append("Mentor: " + c.mentor())
        items.append("Indsatsområder: " + (", ".join(t) if t else "Udfyldes ved opstart"))
        items.append("Varighed: " + (p or "Udfyldes ved opstart") if p is not None else "Varighed:")
        items.append("Timeantal: " + (h or "…") if h is not None else "Timeantal:")
        items.append("Opfølgning: " + (f.split(": ", 1)[-1] if f else "–"))
        items.append("Klageadgang: " + (a or "–"))
        doc.add("ol", items)
        doc.add("p", "Underskrift deltager ____________   Underskrift mentor ____________")
        doc.traits.append("numbered-fields")
    c.label(doc, "agreement")
    return doc


def caseworker_letter(g: Gen, i: int, fmt: str) -> Doc:
    """Agreements written as a free letter or an e-mail by the caseworker."""
    c = Case(g, 2023, 2026, pick_defects(g, "agreement", 0.5))
    d = letter_date(c)
    sub = "email" if fmt == "eml" else "free-letter"
    doc = Doc(f"{d.year}/{c.folder}/{d.isoformat()}_{'mail_mentoraftale' if fmt == 'eml' else 'brev_mentor'}.{fmt}",
              "agreement", sub, "prose", fmt)
    goal, t, p, h, f, a = c.goal(), c.tasks_v(), c.period_text(), c.hours(), c.followup(), c.appeal()
    paras = [f"Hej {c.cf}", f"Tak for en god samtale i {'jobcentret' if c.sender == 'jobcentret' else 'Job og Arbejdsmarked'} "
                            f"{fmt_words(d - dt.timedelta(days=2))}. Som lovet skriver jeg her, hvad vi aftalte om din mentor."]
    if goal:
        paras.append(f"Vi blev enige om, at målet er: {goal}")
    elif goal == "":
        paras.append("Målet skriver vi ind, når vi har holdt opstartsmødet.")
    paras.append(f"Din mentor bliver {c.mentor().replace(', tlf.', '. Du kan fange mentor på tlf.')}." if "missing-mentor" not in c.defects
                 else f"Din mentor bliver {c.mf} {c.ml} fra {PROVIDERS[c.prov]['name']}, som ringer til dig i næste uge.")
    if t:
        paras.append(f"{c.mf} skal hjælpe dig med:")
    body_after = []
    if p:
        body_after.append(f"Aftalen gælder {p}" + (f", og {c.mf} har {h} til dig." if h else "."))
    elif p == "indtil videre":
        body_after.append(f"Aftalen gælder indtil videre" + (f", og {c.mf} har {h} til dig." if h else "."))
    elif h:
        body_after.append(f"{c.mf} har {h} til dig.")
    if f:
        body_after.append(f.split(": ", 1)[-1] if g.r.random() < .5 else f)
    if a:
        body_after.append("Klagevejledning\n" + a)
    body_after.append("Du er velkommen til at ringe, hvis der er noget.")
    c.label(doc, "agreement")
    if fmt == "eml":
        lines = [*paras]
        if t:
            lines += ["- " + x for x in t]
        lines += body_after
        text = "\n\n".join(lines)
        if c.cpr:
            text = text.replace(f"Hej {c.cf}", f"Hej {c.cf}\n\nVedr. {c.cf} {c.cl}, cpr. {c.cpr}", 1)
        text += f"\n\nVenlig hilsen\n\n{c.cw[0]}\nJobkonsulent\n{KOMMUNE}\nDirekte: {c.cw_phone}\n"
        quoted = (f"\n\nDen {fmt_words(d - dt.timedelta(days=3))} kl. 21.14 skrev {c.cf} {c.cl}:\n"
                  f"> Hej {c.cw[0].split()[0]}\n> Vil du sende det vi snakkede om på skrift?\n"
                  f"> Jeg kan ikke huske hvor mange timer det var.\n> Mvh {c.cf}\n")
        if g.r.random() < 0.6:
            text += quoted
            doc.traits.append("quoted-reply")
        doc.mail = {"from": f"{c.cw[0]} <{c.cw[1]}@bronderslev.dk>",
                    "to": f"{c.cf} {c.cl} <{c.cf.lower()}{g.r.randint(1, 99)}@gmail.com>",
                    "subject": g.r.choice(["Din mentoraftale", "Aftale om mentorstøtte", "SV: mentor"]),
                    "date": d, "body": text}
        return doc
    doc.letterhead = ([f"{c.cf} {c.cl}"], kommune_head(c, d)) if g.r.random() < 0.5 else None
    doc.add("h", 1, g.r.choice(["Aftale om mentor", "Vedr. mentorstøtte", "Opsummering af vores aftale"]))
    for x in paras:
        doc.add("p", x)
    if t:
        doc.add("ul", t)
    for x in body_after:
        if x.startswith("Klagevejledning\n"):
            doc.add("h", 3, "Klagevejledning")
            doc.add("p", x.split("\n", 1)[1])
        else:
            doc.add("p", x)
    doc.add("p", f"Venlig hilsen\n{c.cw[0]}\nTlf. {c.cw_phone}")
    if c.cpr:
        doc.blocks.insert(1, ("p", f"Cpr-nr.: {c.cpr}"))
    return doc


DEC_TYPES = ["bevilling", "delvis", "afslag", "ophoer", "forlaengelse"]


def decision(g: Gen, i: int, fmt: str, typ: str) -> Doc:
    c = Case(g, 2023, 2026, set())
    d = letter_date(c)
    doc = Doc(f"{d.year}/{c.folder}/{d.isoformat()}_Afgoerelse_{typ}.{fmt}", "decision",
              f"decision-{typ}", "letter", fmt)
    doc.letterhead = ([f"{c.cf} {c.cl}"] + ([f"Cpr.nr. {c.cpr}"] if c.cpr else []), kommune_head(c, d))
    if c.cpr:
        doc.mnc = [c.cpr, c.cpr.replace("-", "")]
        doc.traits.append("cpr")
    r = g.r.random()
    appeal_defect = None
    if r < 0.2:
        appeal_defect = "missing"
    elif r < 0.3:
        appeal_defect = "wrong"
    reasons_missing = typ in ("delvis", "afslag", "ophoer") and g.r.random() < 0.25
    over = typ in ("bevilling", "forlaengelse") and g.r.random() < 0.3
    if over:
        c.end = add_months(c.start, g.r.choice([8, 9, 12])) - dt.timedelta(days=1)
    per = f"{fmt_words(c.start)} til {fmt_words(c.end)}"
    titles = {"bevilling": "Afgørelse om mentorstøtte – bevilling", "delvis": "Afgørelse om mentorstøtte",
              "afslag": "Afslag på mentorstøtte", "ophoer": "Afgørelse om ophør af mentorstøtte",
              "forlaengelse": "Afgørelse om forlængelse af mentorstøtte"}
    doc.add("h", 1, titles[typ])
    doc.add("p", f"Kære {c.cf} {c.cl}")
    if typ == "bevilling":
        doc.add("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
                     f"beskæftigelsesindsats § 167 i perioden {per}, {c.hours_n}.")
        doc.add("p", f"Din mentor er {c.mf} {c.ml} fra {PROVIDERS[c.prov]['name']}, tlf. {c.m_phone}.")
        doc.add("p", "Du får det du har søgt om, og afgørelsen er derfor ikke begrundet nærmere.")
    elif typ == "forlaengelse":
        doc.add("p", f"Vi har forlænget din mentorstøtte med en ny periode fra {fmt_words(c.start)} til "
                     f"{fmt_words(c.end)} med {c.hours_n}.")
        doc.add("h", 2, "Begrundelse")
        doc.add("p", f"Vi har lagt vægt på, at du er kommet godt i gang, men at du stadig har brug for støtte "
                     f"for at fastholde din praktik. Afgørelsen er truffet efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt.")
    elif typ == "delvis":
        doc.add("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget dig delvist: "
                     f"mentorstøtte 3 timer om ugen i perioden {per}.")
        if not reasons_missing:
            doc.add("h", 2, "Begrundelse")
            doc.add("p", "Vi har lagt vægt på, at du allerede har støtte fra skolens studievejleder, og at "
                         "3 timer om ugen efter vores vurdering dækker dit behov. Afgørelsen er truffet efter "
                         "lov om en aktiv beskæftigelsesindsats § 167.")
    elif typ == "afslag":
        doc.add("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag.")
        if not reasons_missing:
            doc.add("h", 2, "Begrundelse")
            doc.add("p", "Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse. "
                         "Vi har lagt vægt på, at du i dag er sygemeldt uden en plan for tilbagevenden, og at "
                         "du allerede får støtte efter serviceloven. Afgørelsen er truffet efter § 167 i lov om "
                         "en aktiv beskæftigelsesindsats.")
    else:
        stop = c.start
        doc.add("p", f"Din mentorstøtte ophører den {fmt_words(stop)}.")
        if not reasons_missing:
            doc.add("h", 2, "Begrundelse")
            doc.add("p", "Vi har lagt vægt på, at du er startet i ordinært job med 30 timer om ugen og selv klarer "
                         "de opgaver, mentoren hjalp med. Målet med støtten er dermed nået, jf. § 167.")
    a = {None: c.appeal_full.format(k=KOMMUNE), "missing": None, "wrong": g.r.choice(APPEAL_WRONG)}[appeal_defect]
    if appeal_defect == "missing" and g.r.random() < 0.5:
        a = g.r.choice(APPEAL_VAGUE)
    if a:
        doc.add("h", 2, "Klagevejledning")
        doc.add("p", a)
    doc.add("p", f"Med venlig hilsen\n{c.cw[0]}")
    if appeal_defect == "missing":
        doc.rules.add("missing-appeal-guidance")
    if appeal_defect == "wrong":
        doc.extras.add("appeal-wrong-route")
    if reasons_missing:
        doc.extras.add("missing-reasons")
    if over:
        doc.rules.add("duration-over-6-months")
    if typ in ("bevilling", "delvis", "forlaengelse"):
        doc.period = (c.start, c.end)
    doc.traits += [f"decision:{typ}"] + ([f"appeal:{appeal_defect}"] if appeal_defect else []) + (
        ["no-reasons"] if reasons_missing else [])
    return doc


def minplan(g: Gen, i: int, fmt: str) -> Doc:
    c = Case(g, 2023, 2026, pick_defects(g, "minplan", 0.4))
    d = c.start
    doc = Doc(f"{d.year}/{c.folder}/{d.isoformat()}_MinPlan_udskrift.{fmt}", "minplan", "minplan-print",
              "case-system" if fmt == "html" else "print", fmt)
    goal, t, p, h = c.goal(), c.tasks_v(), c.period_text(style=2 if fmt == "html" else None), c.hours()
    mentor = c.mentor()
    doc.add("h", 1, "Min Plan")
    doc.add("p", f"{c.cf} {c.cl}" + (f" · {c.cpr}" if c.cpr else "") + f" · Udskrevet {fmt_num(d, 0)}")
    doc.add("h", 2, "Indsats: Mentorstøtte (§ 167)")
    labels = g.r.choice([("Formål", "Mentor", "Mentors opgaver", "Periode", "Timer"),
                         ("Målet med mentorstøtten", "Mentorens navn og kontaktdata",
                          "Hvilke opgaver mentoren skal bistå ved", "Varighed", "Timetal")])
    rows = [(labels[0], goal if goal is not None else None), (labels[1], mentor),
            (labels[2], "; ".join(t) if t else None), (labels[3], p if p is not None else None),
            (labels[4], h if h is not None else None)]
    rows = [(k, v) for k, v in rows if v is not None or g.r.random() < 0.5]
    doc.add("kv", [(k, v if v else None) for k, v in rows])
    doc.add("h", 2, "Andre aktiviteter")
    doc.add("p", f"Samtale i jobcentret, næste gang {fmt_num(add_months(d, 1), 0)} kl. 10.00 med {c.cw[0]}.")
    c.label(doc, "minplan")
    return doc


# ---- documents that are none of the kinds

def unknown_docs(g: Gen, fmt_cycle):
    out = []

    def mk(name, sub, fmt):
        y = g.r.randint(2023, 2026)
        return Doc(f"{y}/diverse/{name}.{fmt}", "unknown", sub, "mixed", fmt)

    c = Case(g, 2024, 2025, set())
    d = mk("Referat_netvaerksmoede", "minutes", next(fmt_cycle))
    d.add("h", 1, "Referat af netværksmøde")
    d.add("p", f"Deltagere: {c.cf} {c.cl}, mentor {c.mf} {c.ml} ({PROVIDERS[c.prov]['name']}), {c.cw[0]} (jobcentret), "
               f"kontaktperson fra praktikstedet.")
    d.add("ol", ["Status: Praktikken går godt, fremmøde 4 af 5 dage.", "Mentor fortsætter 2 timer om ugen som aftalt.",
                 "Næste møde om 6 uger. Sagsbehandler sender referat."])
    out.append(d)
    c = Case(g, 2024, 2025, set())
    d = mk(f"Statusrapport_mentor_{c.prov}", "status-report", next(fmt_cycle))
    d.add("h", 1, f"Statusrapport – mentorforløb")
    d.add("p", f"Til: {c.cw[0]}, Jobcenter Brønderslev. Fra: {c.mf} {c.ml}, {PROVIDERS[c.prov]['name']}, tlf. {c.m_phone}.")
    d.add("p", f"Periode for rapporten: {fmt_words(c.start)} – {fmt_words(add_months(c.start, 2))}. Forbrugt: 22 timer.")
    d.add("p", f"{c.cf} møder stabilt i praktikken. Målet om 15 timer om ugen er næsten nået. Vi har arbejdet med "
               f"transport og morgenrutiner. Jeg anbefaler, at forløbet fortsætter til periodens udløb.")
    out.append(d)
    P = PROVIDERS["mhn"]
    d = mk("Faktura_mentortimer", "invoice", next(fmt_cycle))
    d.add("h", 1, "FAKTURA nr. 2024-0187")
    d.add("p", f"{P['name']}, {P['addr']}, CVR {P['cvr']}. Att.: Jobcenter Brønderslev, EAN 5798000000000")
    d.add("t", [["Ydelse", "Antal timer", "Pris"], ["Mentorstøtte, forløb 31.18.00-G01-2210", "12", "6.360,00"],
                ["Mentorstøtte, forløb 31.18.00-G01-2398", "8", "4.240,00"], ["I alt ekskl. moms", "", "10.600,00"]])
    d.add("p", "Betalingsbetingelser: netto 30 dage.")
    out.append(d)
    d = mk("Pjece_mentor_til_borgere", "leaflet", next(fmt_cycle))
    d.add("h", 1, "Har du brug for en mentor?")
    d.add("p", "En mentor kan hjælpe dig med at komme i gang med job eller uddannelse. Mentorstøtte gives i højst "
               "6 måneder ad gangen med mulighed for forlængelse.")
    d.add("p", "Når du får en mentor, laver vi en skriftlig aftale med dig. Aftalen indeholder:")
    d.add("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                 "varighed og opfølgning", "timetallet", "klagevejledning"])
    d.add("p", "Du kan klage til kommunen inden 4 uger, hvis du er uenig i en afgørelse. Spørg din sagsbehandler.")
    out.append(d)
    d = mk("Mentoraftale_Broenderslev_IF", "club-agreement", next(fmt_cycle))
    d.add("h", 1, "Mentoraftale – Brønderslev IF ungdomsafdeling")
    d.add("p", "Mentor: Kasper Holm, tlf. 22 31 44 90. Mål: spilleren færdiggør sin træneruddannelse (DBU C-licens) "
               "inden sæsonstart. Vi mødes 1 time om ugen fra august til december. Opgaver: sparring om træning og "
               "skole. Aftalen er frivillig og indgås mellem klubben og spilleren.")
    out.append(d)
    d = mk("Efterskole_mentorordning", "school-agreement", next(fmt_cycle))
    d.add("h", 1, "Mentorordning på Vrå Efterskole")
    d.add("p", "Alle nye elever får en elevmentor fra 10. klasse. Formålet er at give en god start. Mentoren hjælper "
               "med praktiske ting, lektier og fællesskab. Ordningen løber i de første 8 uger af skoleåret.")
    out.append(d)
    c = Case(g, 2025, 2026, set())
    d = mk("Partshoering_mentor", "hearing", next(fmt_cycle))
    d.add("h", 1, "Partshøring – inden vi træffer afgørelse")
    d.add("p", f"Kære {c.cf}. Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op de seneste 5 gange. "
               f"Før vi træffer afgørelse, har du mulighed for at komme med dine bemærkninger inden 14 dage.")
    d.add("p", f"Med venlig hilsen {c.cw[0]}, tlf. {c.cw_phone}")
    out.append(d)
    c = Case(g, 2024, 2026, set())
    d = mk("Bestilling_mentorforloeb", "order", next(fmt_cycle))
    d.add("h", 1, "Bestilling af mentorforløb")
    d.add("kv", [("Leverandør", PROVIDERS[c.prov]["name"]), ("Borger", f"{c.cf} {c.cl}"),
                 ("Start", fmt_num(c.start, 0)), ("Timer", "3 pr. uge"), ("Kontakt i jobcentret", f"{c.cw[0]}, {c.cw_phone}")])
    d.add("p", "Leverandøren bedes bekræfte modtagelsen og oplyse navn på mentor.")
    out.append(d)
    d = mk("Ankestyrelsen_afgoerelse", "appeal-ruling", next(fmt_cycle))
    d.add("h", 1, "Ankestyrelsens afgørelse")
    d.add("p", "Ankestyrelsen stadfæster kommunens afgørelse om ophør af mentorstøtte. Vi har lagt vægt på, at "
               "målet med støtten var nået. Du kan ikke klage over Ankestyrelsens afgørelse til anden administrativ myndighed.")
    out.append(d)
    c = Case(g, 2025, 2026, set())
    d = mk("Mine_aftaler", "calendar", next(fmt_cycle))
    d.add("h", 1, "Mine aftaler")
    d.add("t", [["Dato", "Tid", "Aftale"], [fmt_num(c.start, 0), "09.00", f"Møde med mentor {c.mf}"],
                [fmt_num(c.start + dt.timedelta(days=7), 0), "13.30", "Jobsamtale"],
                [fmt_num(c.start + dt.timedelta(days=21), 0), "10.00", "Opfølgning, mentorforløb"]])
    out.append(d)
    d = mk("Kvalitetsstandard_mentor_uddrag", "quality-standard", next(fmt_cycle))
    d.add("h", 1, "Kvalitetsstandard for mentorstøtte – Brønderslev Kommune")
    d.add("p", "Formål: Mentorstøtte skal bidrage til, at borgeren opnår eller fastholder beskæftigelse eller uddannelse.")
    d.add("p", "Den skriftlige aftale skal indeholde målet, mentorens navn og kontaktdata, opgaverne, varighed og "
               "opfølgning inkl. mål for progression, timetal og klagevejledning. Der følges op senest 14 dage før ophør.")
    d.add("p", "Serviceniveau: 0-1 time pr. uge, 1-2 timer pr. uge eller mere end 2 timer pr. uge.")
    out.append(d)
    d = mk("Stillingsopslag_mentor", "job-advert", next(fmt_cycle))
    d.add("h", 1, "Vi søger mentorer til ledige og unge")
    d.add("p", "Vendsyssel Jobstøtte søger to mentorer, 30-37 timer om ugen. Du skal hjælpe borgere med at komme i "
               "job eller uddannelse. Ansøgningsfrist 1. marts. Spørgsmål: ring 98 92 11 40.")
    out.append(d)
    c = Case(g, 2025, 2026, set())
    d = mk("Journalnotat_afsendt", "journal-note", next(fmt_cycle))
    d.add("h", 1, "Journalnotat")
    d.add("p", f"{fmt_num(c.start, 0)}: Mentoraftale og afgørelse sendt til borger via Digital Post. {c.cw[0]}.")
    out.append(d)
    d = mk("Mail_flyt_moede", "meeting-mail", "eml")
    c = Case(g, 2025, 2026, set())
    d.mail = {"from": f"{c.mf} {c.ml} <{c.m_mail}>", "to": f"{c.cw[0]} <{c.cw[1]}@bronderslev.dk>",
              "subject": "Flyt af statusmøde", "date": c.start,
              "body": f"Hej {c.cw[0].split()[0]}\n\nKan vi flytte statusmødet med {c.cf} til torsdag kl. 10? "
                      f"Jeg er på kursus om tirsdagen.\n\nMvh\n{c.mf}\n{PROVIDERS[c.prov]['name']}\ntlf. {c.m_phone}\n"}
    out.append(d)
    d = mk("Budgetnotat_mentor", "budget-note", next(fmt_cycle))
    d.add("h", 1, "Notat: Udgifter til mentorstøtte 2026 (loft efter LAB § 203 a)")
    d.add("p", "Udgifterne til mentorstøtte var 4,1 mio. kr. i 2025. Med loftet fra 1. januar 2026 forventes et "
               "fald i antal timer pr. forløb. Forvaltningen anbefaler at prioritere forløb med et klart uddannelsesmål.")
    out.append(d)
    for d in out:
        d.traits.append("not-a-mentor-document-kind")
    return out


# ---------------------------------------------------------------- renderers

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def sdt_xml(alias, value):
    if value:
        inner = f'<w:p><w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r></w:p>'
        ph = ""
    else:
        inner = f'<w:p><w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/><w:color w:val="808080"/></w:rPr><w:t>{PLACEHOLDER}</w:t></w:r></w:p>'
        ph = "<w:showingPlcHdr/>"
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias.lower()[:20])}"/>'
            f'{ph}<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def add_text_multiline(par, text, size=None, bold=False):
    for k, line in enumerate(text.split("\n")):
        run = par.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if k < len(text.split("\n")) - 1:
            run.add_break()


def render_blocks_docx(container, doc: Doc, docx_doc, use_sdt: bool):
    for b in doc.blocks:
        t = b[0]
        if t == "h":
            if container is docx_doc:
                docx_doc.add_heading(b[2], level=b[1])
            else:
                p = container.add_paragraph()
                add_text_multiline(p, b[2], size=14 if b[1] == 1 else 11.5, bold=True)
        elif t == "p":
            p = container.add_paragraph()
            add_text_multiline(p, b[1])
        elif t in ("ul", "ol"):
            for it in b[1]:
                try:
                    container.add_paragraph(it, style="List Bullet" if t == "ul" else "List Number")
                except KeyError:
                    container.add_paragraph(("• " if t == "ul" else "") + it)
        elif t == "kv":
            tab = container.add_table(rows=0, cols=2)
            tab.style = docx_doc.styles["Table Grid"]
            for lab, val in b[1]:
                cells = tab.add_row().cells
                cells[0].paragraphs[0].add_run(lab).bold = True
                if use_sdt:
                    tc = cells[1]._tc
                    tc.remove(tc.p_lst[0])
                    tc.append(parse_xml(sdt_xml(lab, val)))
                else:
                    cells[1].paragraphs[0].add_run(val or "")
        elif t == "t":
            tab = container.add_table(rows=0, cols=len(b[1][0]))
            tab.style = docx_doc.styles["Table Grid"]
            for row in b[1]:
                cells = tab.add_row().cells
                for cc, v in zip(cells, row):
                    cc.paragraphs[0].add_run(v)
        elif t == "track":
            p = container.add_paragraph()
            xml = (f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">{esc(b[1])}</w:t></w:r>'
                   f'<w:del w:id="901" w:author="{esc(CASEWORKERS[0][0])}" w:date="2024-02-01T10:00:00Z"><w:r><w:delText>{esc(b[2])}</w:delText></w:r></w:del>'
                   f'<w:ins w:id="902" w:author="{esc(CASEWORKERS[0][0])}" w:date="2024-02-01T10:00:00Z"><w:r><w:t>{esc(b[3])}</w:t></w:r></w:ins>'
                   f'<w:r><w:t xml:space="preserve">{esc(b[4])}</w:t></w:r></w:p>')
            p._p.getparent().replace(p._p, parse_xml(xml))


def render_docx(doc: Doc, path: Path, use_sdt=True):
    D = Document()
    st = D.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = D.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    if doc.letterhead:
        left, right = doc.letterhead
        tab = D.add_table(rows=1, cols=2)
        no_borders(tab)
        tab.columns[0].width = Cm(11)
        tab.columns[1].width = Cm(5.5)
        add_text_multiline(tab.cell(0, 0).paragraphs[0], "\n".join(left))
        add_text_multiline(tab.cell(0, 1).paragraphs[0], "\n".join(right), size=8)
        D.add_paragraph()
    if doc.sidebar:
        tab = D.add_table(rows=1, cols=2)
        no_borders(tab)
        side, main = tab.cell(0, 0), tab.cell(0, 1)
        side.width = Cm(4.2)
        main.width = Cm(12.3)
        add_text_multiline(side.paragraphs[0], "\n".join(doc.sidebar), size=8)
        shade = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="DDE8E3"/>')
        side._tc.get_or_add_tcPr().append(shade)
        render_blocks_docx(main, doc, D, use_sdt)
        # python-docx leaves the first empty paragraph in the cell; that is what Word does too
    else:
        render_blocks_docx(D, doc, D, use_sdt)
    D.save(path)


def render_html(doc: Doc) -> str:
    h = ['<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>' + esc(doc.blocks[0][2]) +
         '</title><style>.lbl{font-weight:bold}</style><script>window.__case={"id":"' +
         str(zlib.crc32(doc.path.encode()) % 10**8) + '","mentor":"","periode":""};</script></head><body>',
         '<div class="topbar"><nav><a href="#">Forside</a> | <a href="#">Sager</a> | <a href="#">Udskriv</a></nav></div>',
         '<div id="main"><div class="panel"><div class="panel-body">']
    for b in doc.blocks:
        t = b[0]
        if t == "h":
            h.append(f"<h{b[1]}>{esc(b[2])}</h{b[1]}>")
        elif t == "p":
            h.append("<div class=\"txt\"><p>" + esc(b[1]).replace("\n", "<br>") + "</p></div>")
        elif t in ("ul", "ol"):
            h.append(f"<{t}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{t}>")
        elif t == "kv":
            empty = '<span class="empty"></span>'
            h.append("<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v) if v else empty}</dd>"
                                      for k, v in b[1]) + "</dl>")
        elif t == "t":
            h.append("<table>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
    h.append('</div></div></div><div class="footer">Udskrevet fra fagsystemet · Brønderslev Kommune</div></body></html>')
    return "\n".join(h)


def render_txt(doc: Doc, md: bool) -> str:
    out = []
    for kind, text, *lvl in doc.text_lines():
        if kind == "h":
            out.append("#" * lvl[0] + " " + text if md else text.upper() if len(text) < 40 else text)
        else:
            for para in text.split("\n"):
                out.append("\n".join(textwrap.wrap(para, 72)) if len(para) > 72 else para)
        out.append("")
    return "\n".join(out)


def render_eml(doc: Doc) -> bytes:
    m = doc.mail
    msg = EmailMessage()
    msg["From"] = m["from"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(dt.datetime.combine(m["date"], dt.time(10, 12), tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<{zlib.crc32(doc.path.encode())}@bronderslev.dk>"
    msg.set_content(m["body"])
    return bytes(msg)


def soffice(files, fmt, outdir):
    if not files:
        return
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_cu_profile", "--headless", "--convert-to", fmt,
           "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def scan_pdf(src: Path, dst: Path, rnd: random.Random, work: Path):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from pypdf import PdfReader, PdfWriter
    pdf = pdfium.PdfDocument(str(src))
    parts = []
    for k in range(len(pdf)):
        img = pdf[k].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(rnd.uniform(-0.8, 0.8), expand=False, fillcolor=255, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.point(lambda v: 255 if v > 200 else (v if v > 60 else 0))
        png = work / f"{dst.stem}_{k}.png"
        img.save(png, dpi=(200, 200))
        base = work / f"{dst.stem}_{k}"
        subprocess.run(["tesseract", str(png), str(base), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        parts.append(base.with_suffix(".pdf"))
    w = PdfWriter()
    for p in parts:
        for page in PdfReader(str(p)).pages:
            w.add_page(page)
    with open(dst, "wb") as fh:
        w.write(fh)


# ---------------------------------------------------------------- plan

def build(seed: int):
    g = Gen(seed)
    docs = []
    for i in range(14):
        docs.append(tpl_gen1(g, i, ["docx", "docx", "docx", "pdf", "docx", "scan", "pdf"][i % 7]))
    for i in range(14):
        docs.append(tpl_gen2(g, i, ["pdf", "docx", "odt", "pdf", "html", "scan", "pdf"][i % 7]))
    for i in range(15):
        prov = ["mhn", "vjs", "kb"][i % 3]
        fmt = {"mhn": ["pdf", "docx", "pdf", "scan", "pdf"], "vjs": ["odt", "pdf", "docx", "pdf", "scan"],
               "kb": ["html", "txt", "pdf", "docx", "txt"]}[prov][i // 3]
        docs.append(provider_form(g, i, fmt, prov))
    for i in range(12):
        docs.append(caseworker_letter(g, i, ["eml", "docx", "eml", "txt", "pdf", "eml", "odt", "eml", "docx", "scan",
                                              "eml", "txt"][i]))
    for i in range(15):
        docs.append(decision(g, i, ["pdf", "docx", "html", "pdf", "scan", "odt"][i % 6], DEC_TYPES[i % 5]))
    for i in range(10):
        docs.append(minplan(g, i, ["html", "html", "txt", "pdf", "html", "scan", "html", "txt", "pdf", "html"][i]))
    cyc = iter(["pdf", "docx", "txt", "html", "odt", "pdf", "docx", "scan", "pdf", "html", "docx", "txt", "pdf", "odt", "docx", "pdf"] * 2)
    docs += unknown_docs(g, cyc)
    seen = {}
    for d in docs:  # distinct paths
        if d.path in seen:
            seen[d.path] += 1
            stem, ext = d.path.rsplit(".", 1)
            d.path = f"{stem}_{seen[d.path]}.{ext}"
        else:
            seen[d.path] = 1
    return g, docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=8104)
    a = ap.parse_args(argv)
    g, docs = build(a.seed)
    out = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="cu_") as tmp:
        tmp = Path(tmp)
        to_pdf, to_odt, scans = [], [], []
        for n, d in enumerate(docs):
            if d.fmt == "scan":
                d.path = d.path.rsplit(".", 1)[0] + ".pdf"
                d.format_note = "scan"
            dst = out / d.path
            dst.parent.mkdir(parents=True, exist_ok=True)
            if d.fmt == "docx":
                render_docx(d, dst, use_sdt=True)
            elif d.fmt in ("pdf", "odt", "scan"):
                src = tmp / f"d{n:03d}.docx"
                render_docx(d, src, use_sdt=False)
                (to_odt if d.fmt == "odt" else to_pdf).append((src, dst, d))
            elif d.fmt == "html":
                dst.write_text(render_html(d), encoding="utf-8")
            elif d.fmt == "txt":
                enc = "cp1252" if g.r.random() < 0.25 else "utf-8"
                txt = render_txt(d, md=g.r.random() < 0.3)
                dst.write_bytes(txt.encode(enc, errors="replace"))
                if enc == "cp1252":
                    d.traits.append("cp1252")
            elif d.fmt == "eml":
                if d.mail is None:
                    d.mail = {"from": "x", "to": "y", "subject": "-", "date": dt.date(2025, 1, 1), "body": ""}
                dst.write_bytes(render_eml(d))
        soffice([s for s, _, _ in to_pdf], "pdf", tmp)
        soffice([s for s, _, _ in to_odt], "odt", tmp)
        rnd = random.Random(a.seed + 1)
        for src, dst, d in to_pdf + to_odt:
            produced = src.with_suffix(".pdf" if d.fmt in ("pdf", "scan") else ".odt")
            if d.fmt == "scan":
                scan_pdf(produced, dst, rnd, tmp)
                d.fmt = "pdf"
                d.layout = "scan"
                d.traits.append("scan-tesseract")
            else:
                shutil.move(produced, dst)
                d.traits.append("libreoffice")
    write_manifest(out, [d.manifest() for d in docs])
    print(f"{len(docs)} documents in {out}")


if __name__ == "__main__":
    main()
