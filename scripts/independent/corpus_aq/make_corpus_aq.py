#!/usr/bin/env python3
"""Corpus AQ: mentor agreements, decisions and Min Plan prints laid out as TABLES.

Independent writer (session 5). Written from domain.md, the seeds, the rule docs
(`mentordocs rules NAME`) and knowledge of Danish municipal paperwork. Every document is
built from one abstract table model and rendered to DOCX (python-docx + raw XML for
merges, nesting, repeated header rows and checkbox content controls), ODT (odfpy),
HTML (rowspan/colspan, th/td, caption, nested tables), TXT (Markdown pipes, ASCII-art,
tab-separated) and PDF (LibreOffice from DOCX/ODT, Chromium print from HTML).

Labels are decided from the defects injected here, before any linter run.

    /work/main/.venv/bin/python make_corpus_aq.py --out /work/corpora/aq
"""
from __future__ import annotations

import argparse
import calendar
import copy
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = 20261129
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]

FIRST = ["Anna", "Mette", "Sofie", "Ahmed", "Jonas", "Fatima", "Rasmus", "Camilla", "Mikkel",
         "Line", "Emil", "Sara", "Yasmin", "Kasper", "Louise", "Omar", "Nanna", "Tobias", "Ida",
         "Frederik", "Hiba", "Malene", "Nikolaj", "Signe", "Bilal"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Østergaard",
        "Kaya", "Hussein", "Lund", "Bach"]
KOMMUNER = ["Viborg", "Holbæk", "Herning", "Faxe", "Assens", "Tønder", "Roskilde", "Rudersdal",
            "Gribskov", "Silkeborg", "Horsens", "Næstved", "Esbjerg", "Slagelse", "Aalborg"]
PROVIDERS = ["Jobhuset ApS", "Mentorhuset Midt", "Kompetencecenter Vest", "Støttepunktet I/S",
             "Jobcenterets mentorteam", "Brobyggerne ApS", "Mentorkorpset", "Virksomhedsservice"]
JOBS_GOALS = [
    "{f} er i virksomhedspraktik i Netto {town} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} starter på grundforløb 1 på SOSU-skolen {d} og møder mindst fire dage om ugen.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og er i praktik på et lager 10 timer om ugen fra {d}.",
    "Ordinært job som lagermedarbejder 20 timer om ugen senest {d}.",
    "{f} fastholder sin fleksjobansættelse i kantinen på {town} Rådhus med stabilt fremmøde 4 dage om ugen.",
    "{f} begynder på EUD-forløb som tømrer {d}; fravær under 10 % de første tre måneder.",
    "Hovedformål: {f} gennemfører HF-enkeltfag (dansk og matematik) på {town} VUC til sommereksamen.",
    "Praktik i Bilka {town}, 12 timer om ugen, med opstart senest {d}; derefter løntilskud.",
    "{f} starter på FGU-forløb (produktionsgrunduddannelse) i {town} {d} og møder alle skoledage.",
    "Fast tilknytning til arbejdsmarkedet: {f} arbejder 25 timer om ugen i rengøring hos ISS fra {d}.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og få mere struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "{f} skal arbejde med sig selv og blive mere selvstændig.",
    "Sikre at {f} får en bedre hverdag.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Motivere {f} og skabe ro omkring situationen.",
]
TASKS = [
    "Følge {f} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde og transport",
    "Hjælpe med at lave en ugeplan og overholde den",
    "Støtte i kontakten med arbejdsgiver og kolleger",
    "Hjælpe med at åbne og forstå post fra e-Boks",
    "Gå med til møder med SU-kontoret og studievejlederen",
    "Øve busturen til skolen",
    "Hjælpe med lektier og afleveringer to gange om ugen",
    "Tage kontakt til {f}, hvis {f} ikke møder op",
    "Hjælpe med at søge praktikplads og ringe til virksomheder",
]
FOLLOW = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før ophør.",
    "Opfølgning hver 4. uge; delmål: fremmøde fire dage om ugen fra uge {w}.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
    "Mentor sender kort skriftlig status til sagsbehandler hver måned. Progression måles på fremmøde.",
    "Vi følger op hver 14. dag ved et kort møde, og samlet evaluering ved periodens udløb.",
]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "8 timer om måneden",
            "to timer ugentligt", "4 timer pr. uge", "2-3 timer om ugen", "halvanden time pr. uge",
            "5 timer ugentligt", "i alt 48 mentortimer i perioden (ca. 2 timer om ugen)"]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Løbende, efter aftale",
               "Aftales mellem mentor og borger", "Nogle timer om ugen"]
PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "…", "[indsæt]", "Klik eller tryk her for at skrive tekst.",
                "", "–", "TBD"]
APPEAL_OK = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen "
    "fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen til {k} Kommune, Jobcenter {k}, inden 4 uger efter du har modtaget "
    "den. Klagen kan være mundtlig eller skriftlig. Vi genvurderer afgørelsen, og fastholder vi den, "
    "sender vi klagen til Ankestyrelsen (LAB § 204, retssikkerhedsloven kap. 10).",
    "Klagefrist: 4 uger fra modtagelsen. Klagen sendes til kommunen, som genvurderer sagen og "
    "videresender den til Ankestyrelsens Beskæftigelsesudvalg, hvis afgørelsen fastholdes.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.", "Kontakt din sagsbehandler, hvis du vil klage.",
                     "Afgørelsen kan påklages til Ankestyrelsen."]
APPEAL_DIRECT = ["Du kan klage direkte til Ankestyrelsen inden 4 uger efter modtagelsen af denne aftale."]
TOWNS = ["Viborg", "Holbæk", "Herning", "Faxe", "Roskilde", "Silkeborg", "Horsens", "Næstved"]


# ----------------------------------------------------------------------------- helpers
def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def fmt_date(d: dt.date, style: int) -> str:
    return [
        f"{d.day}. {MONTHS[d.month-1]} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day}/{d.month}-{d.year}",
        d.isoformat(),
        f"{d.day}. {MONTHS_ABBR[d.month-1]} {d.year}",
        f"{d.day}.{d.month}.{d.year}",
    ][style % 6]


def fmt_period(s: dt.date, e: dt.date, rng: random.Random) -> str:
    st = rng.randrange(6)
    a, b = fmt_date(s, st), fmt_date(e, st)
    return rng.choice([f"{a} – {b}", f"{a} til {b}", f"Fra {a} til {b}", f"f.o.m. {a} t.o.m. {b}",
                       f"{a} - {b}"])


def C(text="", cs=1, rs=1, th=False, nested=None, bold=False):
    return {"text": text, "cs": cs, "rs": rs, "th": th, "nested": nested, "bold": bold}


def cell_lines(cell) -> list[str]:
    t = cell["text"]
    return t if isinstance(t, list) else ([t] if t is not None else [""])


def flat(cell) -> str:
    s = "; ".join(x for x in cell_lines(cell) if x)
    if cell.get("nested"):
        inner = "; ".join(" ".join(flat(c) for c in row if c) for row in cell["nested"]["rows"])
        s = (s + " " + inner).strip()
    return s


def grid_table(rows, caption=None, header_rows=0, repeat=False, ncols=None):
    ncols = ncols or max(sum(c["cs"] for c in r if c) for r in rows)
    return {"rows": rows, "caption": caption, "header_rows": header_rows, "repeat": repeat,
            "ncols": ncols}


def normalise(table):
    """Turn a row list that omits covered cells into a full grid (None = covered)."""
    rows = table["rows"]
    n = table["ncols"]
    grid = [[None] * n for _ in rows]
    taken = [[False] * n for _ in rows]
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while c < n and taken[r][c]:
                c += 1
            if c >= n:
                break
            grid[r][c] = cell
            for dr in range(cell["rs"]):
                for dc in range(cell["cs"]):
                    if r + dr < len(rows) and c + dc < n:
                        taken[r + dr][c + dc] = True
            c += cell["cs"]
    table["grid"] = grid
    return table


# ----------------------------------------------------------------------------- case data
class Case:
    def __init__(self, rng: random.Random, kind: str, defects: set[str]):
        self.rng = rng
        self.kind = kind
        self.defects = defects
        self.citizen = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.f = self.citizen.split()[0]
        self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        while self.mentor.split()[0] == self.f:
            self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.kommune = rng.choice(KOMMUNER)
        self.town = rng.choice(TOWNS)
        self.provider = rng.choice(PROVIDERS)
        self.phone = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.email = (self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa")
                      .replace("æ", "ae") + "@" + self.provider.split()[0].lower()
                      .replace("ø", "oe") + ".dk")
        self.cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cw_phone = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.case_no = f"{rng.randint(10, 99)}.{rng.randint(10, 40)}.{rng.randint(10, 20)}-G01-{rng.randint(1, 999)}-26"
        y = 2026
        self.start = dt.date(y, rng.randint(1, 10), rng.choice([1, 1, 1, 15, 4, 10]))
        if "over6" in defects:
            months = rng.choice([7, 8, 9, 12])
            self.end = add_months(self.start, months) - dt.timedelta(days=rng.choice([1, 0]))
            self.period_trait = f"period:over-{months}m"
        else:
            months = rng.choice([3, 4, 6, 6, 6])
            self.end = add_months(self.start, months) - dt.timedelta(days=1)
            self.period_trait = "period:exact-six" if months == 6 else f"period:{months}m"
        self.period = None if "duration_placeholder" in defects else fmt_period(self.start, self.end, rng)
        self.sign = self.start - dt.timedelta(days=rng.randint(3, 20))
        self.cpr = None
        if rng.random() < 0.26:
            dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(60, 99)
            self.cpr = f"{dd:02d}{mm:02d}{yy:02d}-{rng.randint(1000, 9999)}"
        goal_date = fmt_date(add_months(self.start, 2), rng.choice([0, 4]))
        if "goal_placeholder" in defects:
            self.goal = rng.choice(PLACEHOLDERS)
        elif "goal_unclear" in defects:
            self.goal = rng.choice(UNCLEAR_GOALS).format(f=self.f)
        else:
            self.goal = rng.choice(JOBS_GOALS).format(f=self.f, d=goal_date, town=self.town)
        if "tasks_empty" in defects:
            self.tasks = [rng.choice(PLACEHOLDERS)]
        else:
            self.tasks = [t.format(f=self.f) for t in rng.sample(TASKS, rng.randint(2, 4))]
        if "hours_vague" in defects:
            self.hours = rng.choice(HOURS_VAGUE)
        elif "hours_placeholder" in defects:
            self.hours = rng.choice(PLACEHOLDERS)
        else:
            self.hours = rng.choice(HOURS_OK)
        self.follow = (None if "followup_missing" in defects else
                       rng.choice(FOLLOW).format(f=self.f, w=self.start.isocalendar()[1] + 6))
        if "appeal_missing" in defects:
            self.appeal = None
        elif "appeal_incomplete" in defects:
            self.appeal = rng.choice(APPEAL_INCOMPLETE)
        elif "appeal_direct" in defects:
            self.appeal = APPEAL_DIRECT[0]
        else:
            self.appeal = rng.choice(APPEAL_OK).format(k=self.kommune)
        self.mentor_contact = not ("mentor_nocontact" in defects)

    # label/value pairs, the order and wording vary
    def mentor_value(self) -> list[str]:
        if not self.mentor_contact:
            return [self.mentor, self.provider]
        r = self.rng.random()
        if r < 0.4:
            return [f"{self.mentor}, {self.provider}", f"Tlf. {self.phone}", self.email]
        if r < 0.7:
            return [f"{self.mentor} ({self.provider}), tlf. {self.phone}"]
        return [self.mentor, f"Mail: {self.email}"]

    def fields(self, minplan=False) -> list[tuple[str, str, list[str] | str]]:
        """(field key, label, value) for the fields present in the document."""
        rng = self.rng
        lab = {
            "goal": rng.choice(["Mål", "Målet med mentorstøtten", "Formål", "Mål for forløbet",
                                "Borgerens mål", "Hovedformål"]),
            "mentor": rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentor / kontakt",
                                  "Din mentor", "Mentors kontaktdata"]),
            "tasks": rng.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder",
                                 "Hvad skal mentor hjælpe med?", "Støtten består i"]),
            "duration": rng.choice(["Periode", "Varighed", "Bevilget periode", "Aftalens varighed",
                                    "Gyldig fra/til"]),
            "hours": rng.choice(["Timetal", "Timer pr. uge", "Antal timer", "Timeantal",
                                 "Omfang (timer)"]),
            "follow": rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering",
                                  "Statusmøder"]),
        }
        out = [("goal", lab["goal"], self.goal),
               ("mentor", lab["mentor"], self.mentor_value()),
               ("tasks", lab["tasks"], self.tasks),
               ("duration", lab["duration"], self.period if self.period is not None
                else rng.choice(PLACEHOLDERS)),
               ("hours", lab["hours"], self.hours)]
        if not minplan:
            if self.follow is not None:
                out.append(("follow", lab["follow"], self.follow))
            elif rng.random() < 0.4:
                out.append(("follow", lab["follow"], rng.choice(["", "-", "Udfyldes senere"])))
        if "shuffle" in self.__dict__.get("opts", ()):
            rng.shuffle(out)
        return out


def head_rows(case: Case, rng) -> list[tuple[str, str]]:
    rows = [("Borger", case.citizen)]
    if case.cpr:
        rows.append((rng.choice(["CPR-nr.", "CPR", "Personnummer"]), case.cpr))
    rows.append(("Sagsnr.", case.case_no))
    if rng.random() < 0.5:
        rows.append(("Sagsbehandler", f"{case.cw}, Jobcenter {case.kommune}, tlf. {case.cw_phone}"))
    return rows


# ----------------------------------------------------------------------------- table shapes
def shape_kv2(case, rng, fields, appeal_in_table):
    rows = [[C(lbl, bold=True), C(v)] for lbl, v in head_rows(case, rng)]
    for _, lbl, v in fields:
        rows.append([C(lbl, bold=True), C(v)])
    if appeal_in_table and case.appeal is not None:
        rows.append([C("Klagevejledning", bold=True), C(case.appeal)])
    return [grid_table(rows)]


def shape_header(case, rng, fields, appeal_in_table):
    h = rng.choice([("Punkt", "Beskrivelse"), ("Emne", "Aftale"), ("Felt", "Indhold")])
    rows = [[C(h[0], th=True), C(h[1], th=True)]]
    for i, (_, lbl, v) in enumerate(fields, 1):
        rows.append([C(f"{i}. {lbl}" if rng.random() < 0.5 else lbl), C(v)])
    if appeal_in_table and case.appeal is not None:
        rows.append([C("Klagevejledning"), C(case.appeal)])
    return [grid_table([[C(a, bold=True), C(b)] for a, b in head_rows(case, rng)]),
            grid_table(rows, header_rows=1)]


def shape_multicol(case, rng, fields, appeal_in_table):
    four = rng.random() < 0.6
    hdr = ["Felt", "Indhold", "Ansvarlig"] + (["Frist"] if four else [])
    rows = [[C(h, th=True) for h in hdr]]
    resp = {"goal": f"{case.f} og mentor", "mentor": case.provider, "tasks": "Mentor",
            "duration": "Jobcenter", "hours": "Mentor", "follow": "Sagsbehandler"}
    for key, lbl, v in fields:
        frist = {"goal": fmt_date(add_months(case.start, 3), 1), "follow": "Løbende",
                 "tasks": "Fra opstart"}.get(key, "")
        row = [C(lbl), C(v), C(resp[key])]
        if four:
            row.append(C(frist))
        rows.append(row)
    if appeal_in_table and case.appeal is not None:
        row = [C("Klagevejledning"), C(case.appeal), C("Jobcenter")] + ([C("")] if four else [])
        rows.append(row)
    return [grid_table([[C(a, bold=True), C(b)] for a, b in head_rows(case, rng)]),
            grid_table(rows, header_rows=1)]


def shape_transposed(case, rng, fields, appeal_in_table):
    """Fields as column headers with one row of values; wraps over two header/value pairs."""
    short = {"goal": "Mål", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Periode",
             "hours": "Timer", "follow": "Opfølgning"}
    items = [(short[k] if rng.random() < 0.6 else lbl, v) for k, lbl, v in fields]
    tables = [grid_table([[C(a, th=True) for a, _ in head_rows(case, rng)],
                          [C(b) for _, b in head_rows(case, rng)]], header_rows=1)]
    # the head rows are recomputed with the same rng-free content; keep them stable
    hr = head_rows(case, random.Random(1))
    tables = [grid_table([[C(a, th=True) for a, _ in hr], [C(b) for _, b in hr]], header_rows=1)]
    if rng.random() < 0.5 or len(items) <= 3:
        tables.append(grid_table([[C(a, th=True) for a, _ in items], [C(v) for _, v in items]],
                                 header_rows=1))
    else:
        half = (len(items) + 1) // 2
        a, b = items[:half], items[half:]
        while len(b) < len(a):
            b.append(("", ""))
        tables.append(grid_table([[C(x, th=True) for x, _ in a], [C(v) for _, v in a],
                                  [C(x, th=True) for x, _ in b], [C(v) for _, v in b]]))
    return tables


def shape_merged(case, rng, fields, appeal_in_table):
    """Section headings spanning the row; a rowspan label over two value rows."""
    rows = [[C("Stamoplysninger", cs=2, bold=True)]]
    rows += [[C(a), C(b)] for a, b in head_rows(case, rng)]
    rows.append([C("Aftalens indhold", cs=2, bold=True)])
    for key, lbl, v in fields:
        if key == "mentor" and isinstance(v, list) and len(v) >= 2:
            rows.append([C(lbl, rs=2), C(v[0])])
            rows.append([C(v[1:])])
        elif key == "tasks" and isinstance(v, list) and len(v) >= 2 and rng.random() < 0.6:
            rows.append([C(lbl, rs=len(v)), C(v[0])])
            for t in v[1:]:
                rows.append([C(t)])
        else:
            rows.append([C(lbl), C(v)])
    if appeal_in_table and case.appeal is not None:
        rows.append([C("Klagevejledning", cs=2, bold=True)])
        rows.append([C(case.appeal, cs=2)])
    return [grid_table(rows, ncols=2)]


def shape_nested(case, rng, fields, appeal_in_table):
    rows = []
    for a, b in head_rows(case, rng):
        rows.append([C(a), C(b)])
    for key, lbl, v in fields:
        if key == "mentor":
            if case.mentor_contact:
                inner = [[C("Navn"), C(case.mentor)], [C("Firma"), C(case.provider)],
                         [C("Telefon"), C(case.phone)], [C("E-mail"), C(case.email)]]
            else:
                inner = [[C("Navn"), C(case.mentor)], [C("Firma"), C(case.provider)],
                         [C("Telefon"), C("")]]
            rows.append([C(lbl), C("", nested=grid_table(inner))])
        elif key == "hours" and rng.random() < 0.5:
            inner = [[C("Timer pr. uge", th=True), C("Heraf kørsel", th=True)],
                     [C(v), C("0")]]
            rows.append([C(lbl), C("", nested=grid_table(inner, header_rows=1))])
        else:
            rows.append([C(lbl), C(v)])
    if appeal_in_table and case.appeal is not None:
        rows.append([C("Klagevejledning"), C(case.appeal)])
    return [grid_table(rows)]


def shape_per_field(case, rng, fields, appeal_in_table):
    tables = [grid_table([[C(a, bold=True), C(b)] for a, b in head_rows(case, rng)])]
    vertical = rng.random() < 0.5
    for _, lbl, v in fields:
        if vertical:
            tables.append(grid_table([[C(lbl, th=True)], [C(v)]], header_rows=1))
        else:
            tables.append(grid_table([[C(lbl, bold=True), C(v)]]))
    if appeal_in_table and case.appeal is not None:
        tables.append(grid_table([[C("Klagevejledning", th=True)], [C(case.appeal)]], header_rows=1))
    return tables


def shape_schedule(case, rng, fields, appeal_in_table):
    """Label/value table without an hours row, plus Uge | Aktivitet | Timer."""
    vague = "hours_vague" in case.defects or "hours_placeholder" in case.defects
    rest = [f for f in fields if f[0] != "hours"]
    t1 = shape_kv2(case, rng, rest, appeal_in_table)[0]
    w0 = case.start.isocalendar()[1]
    weeks_total = max(8, min(24, (case.end - case.start).days // 7))
    if "tasks_empty" in case.defects:
        acts = ["Opstart", "Forløb", "Forløb fortsat"]
    else:
        acts = [f"Opstart; {case.tasks[0][0].lower() + case.tasks[0][1:]}", "Faste møder, transporttræning",
                "Praktik / skole, mentor på sidelinjen"]
    chunks = [(w0, w0 + 1, acts[0], 4), (w0 + 2, w0 + 7, acts[1], 3),
              (w0 + 8, w0 + weeks_total - 1, acts[2], 2)]
    if case.follow is not None:
        chunks.insert(2, (w0 + 8, w0 + 8, "Midtvejsevaluering med sagsbehandler", 1))
    rows = [[C("Uge", th=True), C("Aktivitet", th=True), C("Timer pr. uge", th=True)]]
    total = 0
    for a, b, act, h in chunks:
        a, b = ((a - 1) % 52) + 1, ((b - 1) % 52) + 1
        wk = f"{a}" if a == b else f"{a}-{b}"
        rows.append([C(wk), C(act), C("efter behov" if vague else str(h))])
        total += h
    if not vague:
        rows.append([C("Gennemsnit", bold=True), C(""), C(f"ca. {total // len(chunks)} timer pr. uge")])
    cap = "Ugeplan for mentorforløbet"
    return [t1, grid_table(rows, caption=cap, header_rows=1)]


def shape_checkbox(case, rng, fields, appeal_in_table):
    """Label/value table plus a ☒/☐ matrix for mentor type, hours and follow-up."""
    vague = "hours_vague" in case.defects or "hours_placeholder" in case.defects
    rest = [f for f in fields if f[0] not in ("hours", "follow")]
    t1 = shape_kv2(case, rng, rest, appeal_in_table)[0]
    opts_h = ["1 time", "2 timer", "3 timer", "4 timer", "5 timer eller flere"]
    chosen_h = None if vague else rng.randrange(len(opts_h))
    opts_f = ["Hver 14. dag", "Hver måned", "Hver 3. måned"]
    chosen_f = None if case.follow is None else rng.randrange(3)
    opts_t = ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor"]
    chosen_t = rng.randrange(3)

    def box(i, ch):
        return ("☒ " if i == ch else "☐ ")

    rows = [[C("", th=True), C("Valg", th=True, cs=len(opts_h))]]
    rows.append([C("Mentortype")] + [C(box(i, chosen_t) + o) for i, o in enumerate(opts_t)]
                + [C("")] * (len(opts_h) - len(opts_t)))
    rows.append([C("Timer pr. uge")] + [C(box(i, chosen_h) + o) for i, o in enumerate(opts_h)])
    rows.append([C("Opfølgning (statusmøde)")] + [C(box(i, chosen_f) + o) for i, o in enumerate(opts_f)]
                + [C("")] * (len(opts_h) - len(opts_f)))
    tbl = grid_table(rows, header_rows=1, caption="Sæt kryds")
    tbl["checkbox"] = True
    return [t1, tbl]


SHAPES = {"kv2": shape_kv2, "header-row": shape_header, "multicol": shape_multicol,
          "transposed": shape_transposed, "merged": shape_merged, "nested": shape_nested,
          "per-field": shape_per_field, "schedule": shape_schedule, "checkbox": shape_checkbox}


# ----------------------------------------------------------------------------- documents
def agreement_doc(case, rng, shape):
    title = rng.choice(["Mentoraftale", "Aftale om mentorstøtte", "Samarbejdsaftale – mentorforløb",
                        "Mentorkontrakt", "Aftale om mentorstøtte efter LAB § 167"])
    appeal_in_table = rng.random() < 0.5
    blocks = [("h1", title),
              ("p", f"Jobcenter {case.kommune} · {case.provider}")]
    if rng.random() < 0.5:
        blocks.append(("p", f"Denne aftale er indgået mellem {case.citizen}, {case.provider} og "
                            f"Jobcenter {case.kommune} om mentorstøtte."))
    for t in SHAPES[shape](case, rng, case.fields(), appeal_in_table):
        blocks.append(("table", t))
    # the transposed shape has no appeal column, so with appeal_in_table the guidance is not written
    # at all (label fix after the first run: these documents lack appeal guidance, see NOTES.md)
    case.appeal_rendered = case.appeal is not None and not (appeal_in_table and shape == "transposed")
    if not appeal_in_table and case.appeal is not None:
        blocks.append(("h2", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
        blocks.append(("p", case.appeal))
    sig = [[C("Dato", th=True), C("Borger", th=True), C("Mentor", th=True), C("Jobcenter", th=True)],
           [C(fmt_date(case.sign, 1)), C("_______________"), C("_______________"), C("_______________")]]
    blocks.append(("table", grid_table(sig, header_rows=1)))
    return blocks


def minplan_doc(case, rng, shape):
    blocks = [("h1", rng.choice(["Min Plan", "Udskrift fra Min Plan", "Min Plan – mentorstøtte"])),
              ("p", f"Udskrevet {fmt_date(case.sign, 1)} fra {rng.choice(['Jobnet', 'Momentum', 'Fasit'])} · "
                    f"{case.citizen}"),
              ("h2", rng.choice(["Indsats: Mentorstøtte", "Aktivitet: Mentor (§ 167)", "Mentorstøtte"]))]
    fields = case.fields(minplan=True)
    if shape == "transposed":
        tables = shape_transposed(case, rng, fields, False)
    elif shape == "merged":
        tables = shape_merged(case, rng, fields, False)
    elif shape == "multicol":
        tables = shape_multicol(case, rng, fields, False)
    elif shape == "schedule":
        tables = shape_schedule(case, rng, fields, False)
    else:
        tables = shape_kv2(case, rng, fields, False)
    for t in tables:
        blocks.append(("table", t))
    blocks.append(("p", "Planen kan ændres løbende i samarbejde med din rådgiver."))
    return blocks


def decision_doc(case, rng, shape):
    partial = "partial" in case.defects or "partial_noreasons" in case.defects
    blocks = [("p", f"{case.kommune} Kommune · Jobcenter {case.kommune}"),
              ("p", f"{case.citizen}"),
              ("p", f"Dato: {fmt_date(case.sign, 0)}    Sagsnr.: {case.case_no}"),
              ("h1", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                                 "Afgørelse: mentorstøtte efter LAB § 167"]))]
    if partial:
        blocks.append(("p", f"Du har søgt om mentorstøtte i 6 timer om ugen. Du får delvist bevilget "
                            f"mentorstøtte med færre timer end ansøgt, som vist i skemaet."))
    else:
        blocks.append(("p", "Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte som ansøgt."))
    summary = [[C("Ydelse"), C("Mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167")],
               [C("Bevilget periode"), C(case.period or "Udfyldes senere")],
               [C("Timer"), C(case.hours)],
               [C("Mentor"), C(f"{case.mentor}, {case.provider}")]]
    if case.cpr:
        summary.insert(0, [C("CPR-nr."), C(case.cpr)])
    if shape == "transposed":
        t = grid_table([[C(r[0]["text"], th=True) for r in summary], [r[1] for r in summary]],
                       header_rows=1, caption="Oversigt over afgørelsen")
    elif shape == "merged":
        t = grid_table([[C("Det har vi besluttet", cs=2, bold=True)]] + summary, ncols=2)
    else:
        t = grid_table([[C("Punkt", th=True), C("Afgørelse", th=True)]] + summary, header_rows=1,
                       caption="Oversigt" if rng.random() < 0.5 else None)
    blocks.append(("table", t))
    if "partial_noreasons" not in case.defects:
        blocks.append(("h2", "Begrundelse"))
        blocks.append(("p", f"Vi har lagt vægt på, at du har brug for støtte til at fastholde dit "
                            f"forløb, jf. LAB § 167, stk. 1. "
                            + ("Vi vurderer, at 3 timer om ugen dækker dit behov ud fra oplysningerne fra "
                               "praktikstedet." if partial else "")))
    if case.appeal is not None:
        blocks.append(("h2", "Klagevejledning"))
        blocks.append(("p", case.appeal))
    blocks.append(("p", f"Med venlig hilsen\n{case.cw}\nJobcenter {case.kommune}, tlf. {case.cw_phone}"))
    return blocks


def unknown_doc(case, rng, sub):
    if sub == "faktura":
        rows = [[C(h, th=True) for h in ["Uge", "Ydelse", "Timer", "Sats", "Beløb"]]]
        w = case.start.isocalendar()[1]
        tot = 0
        for i in range(4):
            h = rng.randint(2, 5)
            tot += h * 475
            rows.append([C(str(w + i)), C(f"Mentorstøtte, ref. {case.case_no}"), C(str(h)),
                         C("475,00"), C(f"{h * 475:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))])
        rows.append([C("I alt ekskl. moms", cs=4, bold=True), C(f"{tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))])
        return [("h1", "FAKTURA"), ("p", f"{case.provider} · CVR {rng.randint(10000000, 99999999)}"),
                ("p", f"Til: Jobcenter {case.kommune}, Økonomi. Fakturanr. {rng.randint(1000, 9999)}. "
                      f"Betalingsbetingelser: netto 30 dage."),
                ("table", grid_table(rows, header_rows=1, ncols=5)),
                ("p", "Beløbet bedes indbetalt på reg. 1234 konto 5678901. Ved spørgsmål kontakt bogholderiet.")]
    if sub == "timesheet":
        rows = [[C(h, th=True) for h in ["Dato", "Borger (initialer)", "Aktivitet", "Timer"]]]
        d = case.start
        ini = "".join(x[0] for x in case.citizen.split())
        for i in range(8):
            d = d + dt.timedelta(days=rng.choice([2, 3, 4]))
            rows.append([C(fmt_date(d, 1)), C(ini), C(rng.choice(["Møde i hjemmet", "Følges til praktik",
                        "Telefonsamtale", "Møde på jobcentret", "Forberedelse"])), C(str(rng.choice([1, 1.5, 2])).replace(".", ","))])
        return [("h1", "Timeregistrering – mentor"), ("p", f"Mentor: {case.mentor}, {case.provider}. Måned: "
                                                            f"{MONTHS[case.start.month-1]} 2026"),
                ("table", grid_table(rows, header_rows=1)),
                ("p", "Timesedlen afleveres til teamleder senest den 5. i måneden.")]
    if sub == "statusrapport":
        rows = [[C(h, th=True) for h in ["Område", "Status", "Næste skridt"]],
                [C("Mål"), C(case.goal if "goal" not in case.defects else JOBS_GOALS[0].format(
                    f=case.f, d="1. juni 2026", town=case.town)), C("Fastholdes")],
                [C("Opgaver"), C("Møder ugentligt; transport er på plads"), C("Færre timer fra næste måned")],
                [C("Timer brugt"), C(f"{rng.randint(10, 30)} timer siden opstart"), C("")],
                [C("Fremmøde"), C("4 ud af 5 dage"), C("Fortsat opfølgning")]]
        return [("h1", "Statusrapport fra mentor"),
                ("p", f"Til sagsbehandler {case.cw}, Jobcenter {case.kommune}. Fra {case.mentor}, "
                      f"{case.provider}, tlf. {case.phone}. Periode: {case.period or ''}"),
                ("table", grid_table(rows, header_rows=1)),
                ("p", "Samlet vurdering: forløbet går som planlagt.")]
    if sub == "referat":
        rows = [[C(h, th=True) for h in ["Punkt", "Drøftelse", "Ansvarlig", "Frist"]],
                [C("1. Godkendelse af dagsorden"), C("Godkendt"), C(""), C("")],
                [C("2. Mentorindsatsen i 2026"), C("Antal forløb steg; gennemsnitligt 3 timer om ugen. "
                   "Kvalitetsstandarden revideres, så alle aftaler har mål, opgaver og klagevejledning."),
                 C("Teamleder"), C(fmt_date(add_months(case.start, 1), 0))],
                [C("3. Leverandører"), C("Ny rammeaftale med mentorleverandører"), C("Indkøb"), C("Q3")],
                [C("4. Eventuelt"), C("Intet"), C(""), C("")]]
        return [("h1", "Referat – teammøde, Mentorteamet"),
                ("p", f"Mødedato: {fmt_date(case.sign, 0)}. Deltagere: {case.cw}, {case.mentor}, "
                      f"{rng.choice(FIRST)} {rng.choice(LAST)}. Referent: {rng.choice(FIRST)}."),
                ("table", grid_table(rows, header_rows=1))]
    if sub == "klub-mentoraftale":
        rows = [[C("Junior", bold=True), C(case.citizen)], [C("Klubmentor", bold=True),
                C(f"{case.mentor}, tlf. {case.phone}")],
                [C("Mål", bold=True), C("Spilleren deltager i træning to gange om ugen og hjælper ved hjemmekampe.")],
                [C("Mentors opgaver", bold=True), C(["Ringe før træning", "Køre med til udekampe"])],
                [C("Periode", bold=True), C("Sæsonen 2026")],
                [C("Timer", bold=True), C("Ca. 2 timer om ugen")]]
        return [("h1", f"Mentoraftale – {case.town} IF Fodbold, ungdomsafdelingen"),
                ("p", "Klubbens frivillige mentorordning for juniorspillere. Ordningen er klubbens egen og "
                      "har intet med kommunen at gøre."),
                ("table", grid_table(rows))]
    # kursusplan
    rows = [[C(h, th=True) for h in ["Uge", "Modul", "Timer"]]]
    for i, m in enumerate(["Introduktion", "Samtaleteknik", "Motivation og mål", "Jura og Min Plan",
                           "Afslutning"]):
        rows.append([C(str(10 + i)), C(m), C(str(rng.choice([3, 6])))])
    return [("h1", "Kursusplan: Uddannelse af nye mentorer 2026"),
            ("p", f"{case.provider} tilbyder et kursus for nye mentorer. Kurset gennemgår aftalens "
                  "felter: mål, mentor, opgaver, varighed, opfølgning, timetal og klagevejledning."),
            ("table", grid_table(rows, header_rows=1, caption="Program"))]


# ----------------------------------------------------------------------------- renderers
def to_html(blocks, variant="plain") -> str:
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>",
           html.escape(next((b[1] for b in blocks if b[0] == "h1"), "Dokument")), "</title>",
           "<style>body{font-family:Arial,sans-serif;font-size:11pt;margin:2cm}"
           "table{border-collapse:collapse;margin:8px 0;width:100%}td,th{border:1px solid #555;"
           "padding:4px;vertical-align:top;text-align:left}caption{font-weight:bold;text-align:left}"
           "</style></head><body>"]
    if variant == "casesystem":
        out.append("<div id='app'><div class='header'><span>Sagssystem · udskrift</span></div>"
                   "<script>window.__state={user:'x'};</script><div class='content'>")
    for b in blocks:
        if b[0] in ("h1", "h2"):
            out.append(f"<{b[0]}>{html.escape(b[1])}</{b[0]}>")
        elif b[0] == "p":
            out.append("<p>" + "<br>".join(html.escape(x) for x in b[1].split("\n")) + "</p>")
        elif b[0] == "pagebreak":
            out.append("<div style='page-break-after:always'></div>")
        elif b[0] == "table":
            out.append(html_table(b[1]))
    if variant == "casesystem":
        out.append("</div></div>")
    out.append("</body></html>")
    return "".join(out)


def html_cell_body(cell):
    lines = cell_lines(cell)
    if len(lines) > 1:
        body = "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>"
    else:
        body = html.escape(lines[0])
    if cell["bold"] and not cell["th"]:
        body = f"<strong>{body}</strong>"
    if cell.get("nested"):
        body += html_table(cell["nested"])
    return body


def html_table(t) -> str:
    normalise(t)
    parts = ["<table>"]
    if t.get("caption"):
        parts.append(f"<caption>{html.escape(t['caption'])}</caption>")
    hr = t["header_rows"]
    use_thead = bool(hr) and t.get("repeat", True)
    for r, row in enumerate(t["grid"]):
        if r == 0:
            parts.append("<thead>" if use_thead else "<tbody>")
        if use_thead and r == hr:
            parts.append("</thead><tbody>")
        parts.append("<tr>")
        for cell in row:
            if cell is None:
                continue
            tag = "th" if (cell["th"] or (cell["bold"] and t.get("row_th"))) else "td"
            attrs = (f" colspan='{cell['cs']}'" if cell["cs"] > 1 else "") + \
                    (f" rowspan='{cell['rs']}'" if cell["rs"] > 1 else "")
            parts.append(f"<{tag}{attrs}>{html_cell_body(cell)}</{tag}>")
        parts.append("</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def to_txt(blocks, style) -> str:
    out = []
    for b in blocks:
        if b[0] == "h1":
            out.append(b[1].upper() if style != "markdown" else "# " + b[1])
            out.append("")
        elif b[0] == "h2":
            out.append(("## " + b[1]) if style == "markdown" else b[1])
        elif b[0] == "p":
            out.append(b[1])
            out.append("")
        elif b[0] == "table":
            out.append(txt_table(b[1], style))
            out.append("")
    return "\n".join(out) + "\n"


def txt_table(t, style) -> str:
    normalise(t)
    grid = t["grid"]
    n = t["ncols"]
    # text per position: a spanned cell's text sits in its first column, covered ones are blank
    mat = []
    for row in grid:
        mat.append([flat(c) if c is not None else "" for c in row])
    if style == "tabs":
        lines = ["\t".join(r).rstrip("\t") for r in mat]
        if t.get("caption"):
            lines.insert(0, t["caption"])
        return "\n".join(lines)
    if style == "markdown":
        lines = []
        if t.get("caption"):
            lines.append(f"**{t['caption']}**\n")
        head = mat[0] if t["header_rows"] else [""] * n
        body = mat[1:] if t["header_rows"] else mat
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join("---" for _ in range(n)) + "|")
        for r in body:
            lines.append("| " + " | ".join(x.replace("|", "/") for x in r) + " |")
        return "\n".join(lines)
    # ascii art, cells wrapped at a width
    import textwrap
    widths = [0] * n
    maxw = max(14, 76 // n)
    def wrap(x, w):
        return textwrap.wrap(x, w, break_long_words=False, break_on_hyphens=False) or [""]
    full = [sum(1 for c in row if c is not None) == 1 and row[0] is not None and row[0]["cs"] == n
            for row in grid]
    wrapped = [[wrap(x, maxw) for x in r] for r in mat]
    for ri, r in enumerate(wrapped):
        if full[ri]:
            continue
        for i, cl in enumerate(r):
            widths[i] = max(widths[i], max(len(x) for x in cl))
    total = sum(widths) + 3 * (n - 1)
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    sep_h = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    lines = [t["caption"]] if t.get("caption") else []
    lines.append(sep)
    for ri, r in enumerate(wrapped):
        if full[ri]:
            for x in wrap(mat[ri][0], total):
                lines.append("| " + x.ljust(total) + " |")
        else:
            h = max(len(cl) for cl in r)
            for k in range(h):
                lines.append("| " + " | ".join((cl[k] if k < len(cl) else "").ljust(widths[i])
                                              for i, cl in enumerate(r)) + " |")
        lines.append(sep_h if (t["header_rows"] and ri == t["header_rows"] - 1) else sep)
    return "\n".join(lines)


def to_docx(blocks, path: Path, opts: dict):
    from docx import Document
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    def fill(cell_obj, cell):
        lines = cell_lines(cell)
        p = cell_obj.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                p = cell_obj.add_paragraph(style="List Bullet" if len(lines) > 1 else None)
            elif len(lines) > 1:
                p.style = doc.styles["List Bullet"]
            if opts.get("checkbox_sdt") and line and line[0] in "☒☐":
                add_checkbox(p, line[0] == "☒")
                run = p.add_run(line[1:])
            else:
                run = p.add_run(line)
            if cell["bold"] or cell["th"]:
                run.bold = True
        if cell.get("nested"):
            inner = cell_obj.add_table(rows=0, cols=1)
            build(inner, cell["nested"], nested=True)
            cell_obj.add_paragraph()

    def add_checkbox(p, checked):
        xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr>'
               '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
               '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
               '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (1 if checked else 0,
                                                                 "☒" if checked else "☐")
        p._p.append(parse_xml(xml))

    def build(tbl, t, nested=False):
        normalise(t)
        n = t["ncols"]
        grid = t["grid"]
        # python-docx: start with one column, add the rest
        while len(tbl.columns) < n:
            tbl.add_column(Pt(60))
        for _ in grid:
            tbl.add_row()
        tbl.style = doc.styles["Table Grid"]
        tbl.autofit = False
        total = 10.5 if nested else 16.5
        if n == 2:
            ws = [total * 0.32, total * 0.68]
        else:
            ws = [total / n] * n
        for c in range(n):
            tbl.columns[c].width = Cm(ws[c])
        for r in range(len(grid)):
            for c in range(n):
                tbl.cell(r, c).width = Cm(ws[c])
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                a = tbl.cell(r, c)
                if cell["cs"] > 1 or cell["rs"] > 1:
                    a = a.merge(tbl.cell(r + cell["rs"] - 1, c + cell["cs"] - 1))
                fill(a, cell)
        if t["header_rows"] and t.get("repeat"):
            for r in range(t["header_rows"]):
                trPr = tbl.rows[r]._tr.get_or_add_trPr()
                trPr.append(OxmlElement("w:tblHeader"))

    for b in blocks:
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "h2":
            doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "pagebreak":
            doc.add_page_break()
        elif b[0] == "table":
            t = b[1]
            if t.get("caption"):
                cp = doc.add_paragraph(t["caption"])
                cp.runs[0].bold = True
            tbl = doc.add_table(rows=0, cols=1)
            build(tbl, t)
            doc.add_paragraph()
    doc.save(path)


def to_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableCellProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell, TableHeaderRows
    from odf.text import H, P, List, ListItem
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    cs = Style(name="cellb", family="table-cell")
    cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cs)
    pb = Style(name="PB", family="paragraph")
    pb.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(pb)
    counter = [0]

    def table_el(t):
        normalise(t)
        counter[0] += 1
        tbl = Table(name=f"Tabel{counter[0]}")
        tbl.addElement(TableColumn(numbercolumnsrepeated=t["ncols"]))
        grid = t["grid"]
        hr = t["header_rows"]
        holder = None
        if hr and t.get("repeat"):
            holder = TableHeaderRows()
            tbl.addElement(holder)
        for r, row in enumerate(grid):
            tr = TableRow()
            for cell in row:
                if cell is None:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {"stylename": cs, "valuetype": "string"}
                if cell["cs"] > 1:
                    kw["numbercolumnsspanned"] = cell["cs"]
                if cell["rs"] > 1:
                    kw["numberrowsspanned"] = cell["rs"]
                tc = TableCell(**kw)
                for line in cell_lines(cell):
                    tc.addElement(P(text=line, stylename=bold if (cell["bold"] or cell["th"]) else None)
                                  if (cell["bold"] or cell["th"]) else P(text=line))
                if cell.get("nested"):
                    tc.addElement(table_el(cell["nested"]))
                tr.addElement(tc)
            (holder if (holder is not None and r < hr) else tbl).addElement(tr)
        return tbl

    for b in blocks:
        if b[0] == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif b[0] == "h2":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif b[0] == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "pagebreak":
            doc.text.addElement(P(stylename=pb, text=""))
        elif b[0] == "table":
            if b[1].get("caption"):
                doc.text.addElement(P(text=b[1]["caption"], stylename=bold))
            doc.text.addElement(table_el(b[1]))
            doc.text.addElement(P(text=""))
    doc.save(str(path))


def soffice_pdf(srcs: list[Path], workdir: Path):
    if not srcs:
        return
    profile = "file:///tmp/lo_aq_profile"
    for i in range(0, len(srcs), 15):
        chunk = srcs[i:i + 15]
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(workdir)] + [str(s) for s in chunk],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def chromium_pdf(jobs: list[tuple[str, Path]]):
    if not jobs:
        return
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = b.new_page()
        for markup, dest in jobs:
            page.set_content(markup)
            page.pdf(path=str(dest), format="A4", print_background=True,
                     margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
        b.close()


# ----------------------------------------------------------------------------- plan
AGREEMENT_DEFECTS = {
    "goal_placeholder": ["missing-goal"],
    "goal_unclear": ["unclear-goal"],
    "mentor_nocontact": ["missing-mentor"],
    "tasks_empty": ["missing-tasks"],
    "duration_placeholder": ["missing-duration"],
    "over6": ["duration-over-6-months"],
    "followup_missing": ["missing-follow-up"],
    "hours_vague": ["missing-hours"],
    "hours_placeholder": ["missing-hours"],
    "appeal_missing": ["missing-appeal-guidance"],
    "appeal_incomplete": ["missing-appeal-guidance"],
}
MINPLAN_DEFECTS = ["goal_placeholder", "goal_unclear", "mentor_nocontact", "tasks_empty", "over6",
                   "hours_vague", "duration_placeholder"]
DECISION_DEFECTS = {"appeal_missing": ["missing-appeal-guidance"],
                    "appeal_incomplete": ["missing-appeal-guidance"],
                    "over6": ["duration-over-6-months"]}


def plan(rng: random.Random):
    """(kind, shape, format, txt-style, defects) for every document."""
    items = []
    shapes = list(SHAPES)
    fmts = ["docx"] * 11 + ["pdf"] * 9 + ["html"] * 7 + ["txt"] * 5 + ["odt"] * 4
    for i in range(76):
        shape = shapes[i % len(shapes)]
        fmt = fmts[(i * 7 + i // 9) % len(fmts)]
        if shape == "transposed" and fmt == "txt":
            fmt = "html"
        d = set()
        r = rng.random()
        if r > 0.42:
            d.add(rng.choice(list(AGREEMENT_DEFECTS) + ["goal_unclear", "goal_unclear", "hours_vague", "over6"]))
            if rng.random() < 0.25:
                d.add(rng.choice(list(AGREEMENT_DEFECTS)))
        if {"hours_vague", "hours_placeholder"} <= d:
            d.discard("hours_placeholder")
        if {"goal_placeholder", "goal_unclear"} <= d:
            d.discard("goal_unclear")
        if {"appeal_missing", "appeal_incomplete"} <= d:
            d.discard("appeal_incomplete")
        if {"duration_placeholder", "over6"} <= d:
            d.discard("over6")
        if i in (5, 40):
            d = {"appeal_direct"}
        # the schedule and checkbox shapes carry the hours (and follow-up) themselves
        forced = {16: {"hours_vague"}, 43: {"hours_vague"}, 26: {"hours_vague"},
                  53: {"followup_missing"}, 62: {"hours_vague", "followup_missing"}}
        d = forced.get(i, d)
        items.append(("agreement", shape, fmt, d))
    mp_shapes = ["kv2", "transposed", "merged", "multicol", "schedule"]
    for i in range(16):
        fmt = ["pdf", "html", "docx", "txt", "pdf", "html", "odt", "pdf"][i % 8]
        d = set()
        if i % 3:
            d.add(MINPLAN_DEFECTS[i % len(MINPLAN_DEFECTS)])
        items.append(("minplan", mp_shapes[i % len(mp_shapes)], fmt, d))
    for i in range(16):
        fmt = ["docx", "pdf", "html", "odt", "pdf", "txt", "docx", "pdf"][i % 8]
        d = set()
        if i % 2:
            d.add(list(DECISION_DEFECTS)[(i // 2) % 3])
        if i in (4, 10):
            d.add("partial")
        if i == 12:
            d.add("partial_noreasons")
        items.append(("decision", ["kv2", "transposed", "merged"][i % 3], fmt, d))
    subs = ["faktura", "timesheet", "statusrapport", "referat", "klub-mentoraftale", "kursusplan"]
    for i in range(18):
        fmt = ["pdf", "docx", "html", "txt", "odt", "pdf"][(i + i // 6) % 6]
        items.append(("unknown", subs[i % len(subs)], fmt, set()))
    return items


def expected_rules(kind, defects):
    rules = set()
    if kind == "agreement":
        for d in defects:
            rules.update(AGREEMENT_DEFECTS.get(d, []))
    elif kind == "minplan":
        for d in defects:
            rules.update(AGREEMENT_DEFECTS.get(d, []))
        rules -= {"missing-follow-up", "missing-appeal-guidance"}
    elif kind == "decision":
        for d in defects:
            rules.update(DECISION_DEFECTS.get(d, []))
    return sorted(rules)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args(argv)
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    lo_jobs: list[tuple[Path, Path]] = []   # (source in tmp, final pdf)
    chrome_jobs: list[tuple[str, Path]] = []
    tmp = Path(tempfile.mkdtemp(prefix="aq_"))
    txt_styles = ["markdown", "ascii", "tabs"]
    for n, (kind, shape, fmt, defects) in enumerate(plan(rng)):
        crng = random.Random(SEED * 1000 + n)
        case = Case(crng, kind if kind != "unknown" else "agreement",
                    defects if kind != "unknown" else set())
        if kind == "agreement":
            blocks = agreement_doc(case, crng, shape)
            stem = crng.choice(["mentoraftale", "aftale-mentorstoette", "mentorkontrakt", "aftale"])
        elif kind == "minplan":
            blocks = minplan_doc(case, crng, shape)
            stem = crng.choice(["minplan-udskrift", "min-plan", "udskrift-minplan"])
        elif kind == "decision":
            blocks = decision_doc(case, crng, shape)
            stem = crng.choice(["afgoerelse-mentor", "bevilling", "brev-afgoerelse"])
        else:
            blocks = unknown_doc(case, crng, shape)
            stem = shape
        traits = [f"shape:{shape}"] + sorted(f"defect:{d}" for d in defects)
        if kind != "unknown":
            traits.append(case.period_trait)
        # page-break split: a long preamble pushes the table across the page in PDFs
        split = fmt == "pdf" and kind == "agreement" and n % 2 == 0
        if split:
            idx = next(i for i, b in enumerate(blocks) if b[0] == "table")
            bg = [f"{case.f} har været ledig i en længere periode og har haft svært ved at møde stabilt op i tidligere forløb.",
                  f"{case.f} bor alene og har ingen bil; transporten til og fra aktiviteter er en udfordring.",
                  f"Der har været flere samtaler på jobcentret, hvor {case.f} har fortalt om søvnproblemer og uro.",
                  f"{case.f} har tidligere været i et kursusforløb, som blev afbrudt efter få uger.",
                  f"Egen læge er orienteret, og {case.f} har givet samtykke til, at oplysninger kan udveksles.",
                  f"{case.f} ønsker selv støtte og har været med til at formulere aftalen.",
                  "Der er ikke andre indsatser i gang fra kommunens side ud over det, der står i denne aftale.",
                  f"Sagen har været drøftet på et fællesmøde med deltagelse af {case.cw}."]
            crng.shuffle(bg)
            duties = [f"{case.f} melder afbud til mentor senest kl. 9 samme dag ved sygdom.",
                      "Mentor har tavshedspligt og må kun videregive oplysninger med borgerens samtykke.",
                      "Mentor udfører ikke almindelige arbejdsopgaver for arbejdsgiveren eller skolen.",
                      "Ændringer i aftalen skal skrives ind i Min Plan.",
                      "Aftalen kan ophøre før tid, hvis forudsætningerne ændrer sig væsentligt.",
                      "Kørsel i egen bil sker efter statens lave takst og aftales på forhånd."]
            gdpr = (f"Jobcenter {case.kommune} behandler oplysninger om dig for at kunne tilrettelægge "
                    "mentorstøtten. Oplysningerne behandles efter databeskyttelsesforordningen artikel 6 og 9 "
                    "og databeskyttelsesloven § 11. Du har ret til indsigt i de oplysninger, vi behandler om "
                    "dig, og til at få urigtige oplysninger rettet. Oplysningerne opbevares i kommunens "
                    "sagsbehandlingssystem, så længe sagen er aktiv, og slettes derefter efter kommunens "
                    "regler for arkivering. Du kan kontakte kommunens databeskyttelsesrådgiver, hvis du har "
                    "spørgsmål til behandlingen.")
            filler = [("h2", "Baggrund for aftalen"), ("p", " ".join(bg[:4])), ("p", " ".join(bg[4:])),
                      ("h2", "Parternes forpligtelser")] + [("p", x) for x in duties] + \
                     [("h2", "Behandling af personoplysninger"), ("p", gdpr)]
            blocks[idx:idx] = filler
            repeat = crng.random() < 0.5
            for b in blocks:
                if b[0] == "table":
                    b[1]["repeat"] = repeat
                    if repeat and not b[1]["header_rows"] and b[1]["ncols"] == 2:
                        b[1]["rows"].insert(0, [C("Felt", th=True)] + [C("Indhold", th=True)] *
                                            (b[1]["ncols"] - 1))
                        b[1]["header_rows"] = 1
            traits.append("pdf:table-split-" + ("header-repeated" if repeat else "no-repeat"))
        else:
            for b in blocks:
                if b[0] == "table":
                    b[1]["repeat"] = crng.random() < 0.5
        if kind == "decision" and ("partial" in defects or "partial_noreasons" in defects):
            traits.append("decision:partial")
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser",
                  "unknown": "diverse"}[kind]
        rel = Path(f"sag-{4000 + n}") / folder / f"{n:03d}-{stem}.{fmt}"
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        layout = shape if kind != "unknown" else "table"
        if fmt == "docx":
            opts = {"checkbox_sdt": shape == "checkbox" and n % 2 == 0}
            if opts["checkbox_sdt"]:
                traits.append("docx:w14-checkbox-sdt")
            to_docx(blocks, dest, opts)
        elif fmt == "odt":
            to_odt(blocks, dest)
        elif fmt == "html":
            variant = "casesystem" if n % 4 == 1 else "plain"
            if n % 2:
                for b in blocks:
                    if b[0] == "table":
                        b[1]["row_th"] = True
                traits.append("html:row-labels-th")
            traits.append(f"html:{variant}")
            dest.write_text(to_html(blocks, variant), encoding="utf-8")
        elif fmt == "txt":
            st = txt_styles[n % 3]
            traits.append(f"txt:{st}")
            dest.write_text(to_txt(blocks, st), encoding="utf-8")
        else:  # pdf
            route = n % 3
            if route == 0:
                src = tmp / f"{dest.stem}__{n}.docx"
                to_docx(blocks, src, {})
                lo_jobs.append((src, dest))
                traits.append("pdf:lo-from-docx")
            elif route == 1:
                src = tmp / f"{dest.stem}__{n}.odt"
                to_odt(blocks, src)
                lo_jobs.append((src, dest))
                traits.append("pdf:lo-from-odt")
            else:
                chrome_jobs.append((to_html(blocks), dest))
                traits.append("pdf:chromium-from-html")
        must_not = []
        if case.cpr and kind != "unknown":
            must_not = [case.cpr, case.cpr.replace("-", "")]
            traits.append("cpr")
        rules = expected_rules(kind, defects)
        if kind == "agreement" and case.appeal is not None and not case.appeal_rendered:
            rules = sorted(set(rules) | {"missing-appeal-guidance"})
            traits.append("appeal-not-rendered")
        extras = []
        if "appeal_direct" in defects:
            extras.append("appeal-wrong-route")
        if "partial_noreasons" in defects:
            extras.append("missing-reasons")
        entry = {"path": str(rel), "format": fmt, "kind": kind,
                 "subtype": shape if kind == "unknown" else kind, "layout": layout,
                 "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                 "must_not_contain": must_not, "traits": traits}
        if kind != "unknown" and case.period is not None:
            entry["period"] = {"start": case.start.isoformat(), "end": case.end.isoformat()}
        entries.append(entry)
    soffice_pdf([s for s, _ in lo_jobs], tmp)
    for src, dest in lo_jobs:
        produced = tmp / (src.stem + ".pdf")
        if not produced.exists():
            sys.exit(f"LibreOffice did not produce {produced}")
        shutil.move(str(produced), dest)
    chromium_pdf(chrome_jobs)
    shutil.rmtree(tmp)
    sys.path.insert(0, "/work/main/tools/corpusgen/src")
    from corpusgen.corpus.manifest import write_manifest
    write_manifest(out, entries)
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
