#!/usr/bin/env python3
"""Corpus ex: a random audit sample from a fictional municipality's mentor-support archive.

Angle: "Jobcenter Faxe" (Faxe Kommune, Job og Borgerservice from 1 Feb 2026) draws a random
sample of its mentor-support archive 2024-2026 for its yearly quality audit. The sample holds
what caseworkers, two external mentor providers (Mentorhuset Sjælland ApS and Kompas Mentor & Job)
and the case system produced: mostly agreements, then decisions, Min Plan prints, and the other
papers in the same folders.

Deterministic: python make_corpus_ex.py --out /work/corpora/ex [--seed 12012]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

RULE_ORDER = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
              "missing-follow-up", "missing-hours", "missing-appeal-guidance",
              "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": set(RULE_ORDER),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

# ---------------------------------------------------------------- people and places
CASEWORKERS = [
    # name, initials, phone, habit
    ("Birgitte Holm Kragh", "BHK", "56 20 34 11", "formal"),
    ("Jonas Vestergaard", "JV", "56 20 34 57", "terse"),
    ("Pernille Saxtorph", "PSA", "56 20 35 02", "warm"),
    ("Morten Lund Iversen", "MLI", "56 20 34 89", "oldtemplate"),
    ("Sanne Dyhr", "SD", "56 20 35 40", "tables"),
]
MENTORS_MH = [("Lene Bjerregaard", "22 48 19 07", "lb@mentorhuset-sj.dk"),
              ("Kasper Friis", "22 48 19 33", "kf@mentorhuset-sj.dk"),
              ("Hanne Mølgaard", "22 48 19 61", "hm@mentorhuset-sj.dk")]
MENTORS_KO = [("Tariq Haddad", "31 77 02 45", "tariq@kompas-mentor.dk"),
              ("Mette Rosendahl", "31 77 02 18", "mette@kompas-mentor.dk")]
MENTORS_INT = [("Anders Kjær", "56 20 36 14", "ankj@faxe.dk"),
               ("Susanne Bech", "56 20 36 22", "subec@faxe.dk")]
FIRST = ["Ahmed", "Line", "Mads", "Sofie", "Kristian", "Natasja", "Emil", "Camilla", "Rasmus", "Yasmin",
         "Jesper", "Maria", "Oliver", "Louise", "Nikolaj", "Fatima", "Thomas", "Julie", "Dennis", "Signe",
         "Bilal", "Trine", "Frederik", "Amalie", "Kim", "Helle", "Patrick", "Zeynep", "Morten", "Ida"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Knudsen", "Mortensen", "Møller", "Ali", "Yilmaz", "Hussein", "Frandsen"]
TOWNS = [("4640", "Faxe"), ("4690", "Haslev"), ("4654", "Faxe Ladeplads"), ("4683", "Rønnede"),
         ("4673", "Rødvig"), ("4660", "Store Heddinge"), ("4652", "Hårlev")]
STREETS = ["Jernbanegade", "Hovedgaden", "Præstøvej", "Ringstedvej", "Grønnegade", "Vestergade",
           "Hyldevej", "Skolevej", "Kildevej", "Søndergade", "Bøgevej", "Ved Kirken"]

GOALS_OK = [
    "{n} er i virksomhedspraktik på lageret hos Dagrofa i Haslev 15 timer om ugen senest {d}.",
    "Målet er, at {n} starter på grundforløb 1 på EUC Sjælland (Næstved) til august og møder mindst fire dage om ugen.",
    "{n} gennemfører FVU-dansk trin 2 på VUC Faxe og møder stabilt (min. 90 % fremmøde), så {n} kan søge optagelse på SOSU-hjælperuddannelsen i januar.",
    "At {n} fastholder sit fleksjob i kantinen på Faxe Kalkbrud med 12 timer om ugen og ikke har ikke-aftalt fravær.",
    "{n} er i løntilskudsjob som pedelmedhjælper på Haslev Gymnasium 25 timer om ugen fra {d}.",
    "Hovedformål: {n} søger og får et ordinært job inden for rengøring på min. 20 timer ugentligt senest {d}. Delmål: 3 ansøgninger om ugen.",
    "At {n} gennemfører sin virksomhedspraktik i Rema 1000 Faxe (3 dage om ugen) og derefter overgår til løntilskud.",
    "{n} bliver optaget på FGU Øst, Faxe-afdelingen (produktionsgrunduddannelse, værksted) og deltager mindst 25 timer om ugen.",
    "{n} kommer i praktik som landbrugsmedhjælper hos en lokal landmand 10 timer om ugen inden {d}, med henblik på et fleksjob.",
    "Målet med mentorstøtten er, at {n} kan møde stabilt på sin uddannelse som ernæringsassistent på ZBC og består skoleperioden til {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {n} får mere struktur på hverdagen og et bedre selvværd.",
    "Motivere {n} og arbejde på at komme tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på økonomi og bolig.",
    "Sikre at {n} har det bedre og får overskud i hverdagen.",
    "Generel støtte og trivsel.",
]
TASKS_OK = [
    ["Følge {n} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Kontakt til praktikvejleder ved fravær"],
    ["Hjælpe med at lave en ugeplan og holde den", "Øve busruten Faxe–Haslev sammen med {n}",
     "Deltage i opstartsmøde på uddannelsesstedet"],
    ["Støtte {n} i kontakten med arbejdsgiver", "Samtaler om at håndtere angst i arbejdssituationer",
     "Hjælp til at åbne og læse digital post"],
    ["Vække-opkald de første tre uger", "Gennemgå skemaet på Lectio hver mandag",
     "Hjælpe {n} med at kontakte studievejleder og SPS"],
    ["Jobsøgning sammen med {n} (CV og ansøgninger)", "Forberedelse til jobsamtaler",
     "Følge op på aftaler med rengøringsselskabet"],
]
GOAL_TASKS = [0, 3, 1, 2, 2, 4, 0, 1, 0, 3]  # which task list fits which goal
FOLLOWUP_OK = [
    "Statusmøde med {n}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før støtten ophører.",
    "Mentor sender en kort skriftlig status til jobcentret hver måned. Opfølgningssamtale i jobcentret efter 3 måneder og 14 dage før ophør.",
    "Vi følger op på delmålene hver anden uge ved mentorsamtalen og holder midtvejsevaluering i uge {w}.",
    "Opfølgning: fælles møde hver 6. uge; progressionen måles på fremmøde (dage pr. uge).",
    "Der holdes statusmøde den {d} og igen fire uger før bevillingsudløb.",
]
FOLLOWUP_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Opfølgning: aftales undervejs"]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "1,5 time pr. uge",
            "2 timer om ugen", "5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge", "6 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende, efter aftale med mentor"]

APPEAL_OK = [
    ("Klagevejledning",
     ["Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
      "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, "
      "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen."]),
    ("Sådan klager du",
     ["Du kan klage over afgørelsen. Klagen skal være modtaget i {jc} senest 4 uger efter, at du har fået denne "
      "afgørelse. Du kan klage mundtligt eller skriftligt, fx ved at ringe til din sagsbehandler eller skrive via "
      "Digital Post.",
      "Vi vurderer sagen igen. Giver vi dig ikke helt eller delvist medhold, sender vi klagen videre til "
      "Ankestyrelsen (Beskæftigelsesudvalget), jf. § 204 i lov om en aktiv beskæftigelsesindsats og "
      "retssikkerhedslovens §§ 66-67. Du behøver ikke begrunde din klage."]),
    ("Hvis du vil klage",
     ["Kontakt din sagsbehandler inden 4 uger fra du har modtaget brevet. {jc} genvurderer afgørelsen, og "
      "fastholdes den, sendes klagen med sagens akter til Ankestyrelsen."]),
    ("Klagevejledning",
     ["Afgørelsen kan påklages til Ankestyrelsen, jf. LAB § 204. Klagen skal dog sendes til jobcentret, "
      "som genvurderer sagen. Fristen er fire uger fra modtagelsen af afgørelsen. Klagen kan være mundtlig "
      "eller skriftlig."]),
]
APPEAL_BAD = [
    ("Klagevejledning", ["Du kan klage over afgørelsen."]),
    ("Klagevejledning", ["Klagevejledning vedlagt."]),
    ("Klagevejledning", ["Klage over afgørelse om befordringsgodtgørelse skal ske til kommunen inden 4 uger. "
                         "Kommunen genvurderer og sender en fastholdt afgørelse til Ankestyrelsen."]),
    ("Klageadgang", ["Er du uenig, kan du kontakte os."]),
    (None, []),
]


# ---------------------------------------------------------------- helpers
def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def fdate(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_AB[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots2":
        return f"{d.day}.{d.month}.{str(d.year)[2:]}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fperiod(a: dt.date, b: dt.date, rng: random.Random) -> str:
    st = rng.choice(["long", "dots", "slash", "abbr", "iso", "dash", "dots2", "fra", "fom"])
    if st == "fra":
        return f"fra {fdate(a, 'long')} til {fdate(b, 'long')}"
    if st == "fom":
        return f"f.o.m. {fdate(a, 'dots')} t.o.m. {fdate(b, 'dots')}"
    sep = rng.choice([" – ", " - ", "-", " til "]) if st in ("long", "abbr", "dots", "dots2") else rng.choice([" – ", " til "])
    return f"{fdate(a, st)}{sep}{fdate(b, st)}"


def cpr(rng: random.Random) -> str:
    y = rng.randint(1960, 2006)
    d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    serial = rng.randint(1000, 3999) if y < 2000 else rng.randint(4000, 4999)
    return f"{d.day:02d}{d.month:02d}{str(y)[2:]}-{serial:04d}"


class Person:
    def __init__(self, rng: random.Random):
        self.first = rng.choice(FIRST)
        self.name = f"{self.first} {rng.choice(LAST)}"
        zipc, town = rng.choice(TOWNS)
        self.addr = f"{rng.choice(STREETS)} {rng.randint(1, 88)}{rng.choice(['', '', ', 1. th.', ', st.'])}"
        self.town = f"{zipc} {town}"


def jc_name(d: dt.date) -> str:
    return "Faxe Kommune, Job og Borgerservice" if d >= dt.date(2026, 2, 1) else "Jobcenter Faxe"


def jc_short(d: dt.date) -> str:
    return "kommunen" if d >= dt.date(2026, 2, 1) else "jobcentret"


# ---------------------------------------------------------------- document model
# blocks: ("h", text, level) ("p", text) ("li", text) ("table", rows) ("kv", label, value)
class Doc:
    def __init__(self):
        self.blocks: list[tuple] = []
        self.header: list[str] = []
        self.footer: str | None = None

    def h(self, t, lvl=1):
        self.blocks.append(("h", t, lvl))

    def p(self, t):
        self.blocks.append(("p", t))

    def li(self, t):
        self.blocks.append(("li", t))

    def kv(self, k, v):
        self.blocks.append(("kv", k, v))

    def table(self, rows):
        self.blocks.append(("table", rows))

    def text(self) -> str:
        out = list(self.header)
        if out:
            out.append("")
        for b in self.blocks:
            if b[0] == "h":
                out += ["", b[1], ""]
            elif b[0] == "p":
                out += [b[1], ""]
            elif b[0] == "li":
                out.append(f"- {b[1]}")
            elif b[0] == "kv":
                out.append(f"{b[1]}: {b[2]}")
            elif b[0] == "table":
                for r in b[1]:
                    out.append(": ".join(c for c in r if c) if len(r) == 2 else " | ".join(r))
                out.append("")
        if self.footer:
            out += ["", self.footer]
        return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(doc: Doc, title: str, style: str = "plain") -> str:
    parts = [f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"]
    if style == "system":
        parts.append("<style>body{font-family:Arial;font-size:11pt}.card{border:1px solid #999;margin:8px;padding:6px}"
                     "td.l{font-weight:bold;width:30%}</style>")
    parts.append("</head><body>")
    for hl in doc.header:
        parts.append(f"<div class=\"hdr\">{esc(hl)}</div>")
    inlist = False
    for b in doc.blocks:
        if b[0] != "li" and inlist:
            parts.append("</ul>")
            inlist = False
        if b[0] == "h":
            parts.append(f"<h{b[2]}>{esc(b[1])}</h{b[2]}>")
        elif b[0] == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "li":
            if not inlist:
                parts.append("<ul>")
                inlist = True
            parts.append(f"<li>{esc(b[1])}</li>")
        elif b[0] == "kv":
            parts.append(f"<p><b>{esc(b[1])}:</b> {esc(b[2])}</p>")
        elif b[0] == "table":
            parts.append("<table border=\"1\" cellpadding=\"4\">")
            for r in b[1]:
                lab = ' class="l"'
                cells = "".join(f"<td{lab if i == 0 and len(r) == 2 else ''}>{esc(c)}</td>"
                                for i, c in enumerate(r))
                parts.append(f"<tr>{cells}</tr>")
            parts.append("</table>")
    if inlist:
        parts.append("</ul>")
    if doc.footer:
        parts.append(f"<p style=\"font-size:8pt;color:#666\">{esc(doc.footer)}</p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def render_docx(doc: Doc, path: Path, font: str = "Calibri", kv_as_table: bool = False):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    sec = d.sections[0]
    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.text = doc.header[0]
        for hl in doc.header[1:]:
            sec.header.add_paragraph(hl)
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    pending_kv: list[tuple[str, str]] = []

    def flush():
        if not pending_kv:
            return
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in pending_kv:
            cells = t.add_row().cells
            cells[0].text = k
            cells[1].text = v
        pending_kv.clear()
        d.add_paragraph("")

    for b in doc.blocks:
        if b[0] == "kv" and kv_as_table:
            pending_kv.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "h":
            d.add_heading(b[1], level=min(b[2], 3))
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "kv":
            para = d.add_paragraph()
            r = para.add_run(b[1] + ": ")
            r.bold = True
            para.add_run(b[2])
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph("")
    flush()
    d.save(str(path))


def render_pdf(doc: Doc, path: Path, look: str = "letter"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman" if look == "old" else "Helvetica",
                          fontSize=10.5, leading=14)
    hst = {1: ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15),
           2: ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12),
           3: ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11)}
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10, textColor=colors.grey)
    story = []
    for hl in doc.header:
        story.append(Paragraph(esc(hl), small))
    if doc.header:
        story.append(Spacer(1, 14))
    items = []

    def flush():
        if items:
            story.append(ListFlowable([ListItem(Paragraph(esc(t), base)) for t in items], bulletType="bullet"))
            items.clear()

    kvrows = []

    def flushkv():
        if kvrows:
            t = Table([[Paragraph("<b>" + esc(k) + "</b>", base), Paragraph(esc(v), base)] for k, v in kvrows],
                      colWidths=[130, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
            kvrows.clear()

    for b in doc.blocks:
        if b[0] != "li":
            flush()
        if b[0] != "kv":
            flushkv()
        if b[0] == "h":
            story.append(Paragraph(esc(b[1]), hst[min(b[2], 3)]))
        elif b[0] == "p":
            story.append(Paragraph(esc(b[1]), base))
            story.append(Spacer(1, 5))
        elif b[0] == "li":
            items.append(b[1])
        elif b[0] == "kv":
            if look == "table":
                kvrows.append((b[1], b[2]))
            else:
                story.append(Paragraph(f"<b>{esc(b[1])}:</b> {esc(b[2])}", base))
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            w = 460 / ncol
            t = Table([[Paragraph(esc(c), base) for c in r] for r in b[1]], colWidths=[w] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    flush()
    flushkv()
    if doc.footer:
        story.append(Spacer(1, 20))
        story.append(Paragraph(esc(doc.footer), small))
    SimpleDocTemplate(str(path), pagesize=A4, title="", leftMargin=60, rightMargin=60).build(story)


def render_rtf(doc: Doc) -> str:
    def r(s: str) -> str:
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch)}?")
            else:
                out.append(ch)
        return "".join(out)
    lines = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\fs22"]
    for hl in doc.header:
        lines.append(f"{{\\fs16 {r(hl)}}}\\par")
    for b in doc.blocks:
        if b[0] == "h":
            lines.append(f"\\par{{\\b\\fs{28 if b[2] == 1 else 24} {r(b[1])}}}\\par")
        elif b[0] == "p":
            lines.append(f"{r(b[1])}\\par")
        elif b[0] == "li":
            lines.append(f"\\bullet  {r(b[1])}\\par")
        elif b[0] == "kv":
            lines.append(f"{{\\b {r(b[1])}:}} {r(b[2])}\\par")
        elif b[0] == "table":
            for row in b[1]:
                lines.append("\\trowd" + "".join(f"\\cellx{(i + 1) * 3000}" for i in range(len(row))))
                lines.append("".join(f"\\intbl {r(c)}\\cell" for c in row) + "\\row")
            lines.append("\\pard\\par")
    if doc.footer:
        lines.append(f"\\par{{\\fs16 {r(doc.footer)}}}\\par")
    lines.append("}")
    return "\n".join(lines) + "\n"


TYPOS = {"sammen": "sammmen", "praktikstedet": "praktikstedt", "arbejdsgiver": "arbejdgiver",
         "samtale": "samtle", "gennemfører": "gennemfør", "kontakte": "kontakt", "fremmøde": "fremmøde ",
         "hjælpe": "hjælpe hjælpe", "mødet": "mødte", "igennem": "igenem", "desværre": "desværre,",
         "uddannelsesstedet": "uddannelses stedet", "Kommunen": "Kommunnen", "borgeren": "borgern"}


def humanize(doc: Doc, rng: random.Random, traits: list[str]):
    """The usual small defects of a hand-edited Word file: a typo or two, a double space."""
    cand = [i for i, b in enumerate(doc.blocks) if b[0] in ("p", "li")]
    rng.shuffle(cand)
    done = 0
    for i in cand:
        b = doc.blocks[i]
        for w, t in TYPOS.items():
            if re.search(rf"\b{w}\b", b[1]):
                doc.blocks[i] = (b[0], re.sub(rf"\b{w}\b", t, b[1], count=1))
                done += 1
                break
        if done >= 2:
            break
    if done:
        traits.append("human:typo")
    if cand and rng.random() < 0.5:
        i = cand[0]
        b = doc.blocks[i]
        if " " in b[1]:
            k = b[1].index(" ")
            doc.blocks[i] = (b[0], b[1][:k] + "  " + b[1][k + 1:])
            traits.append("human:double-space")


# ---------------------------------------------------------------- the corpus builder
class Builder:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.rng = random.Random(seed)
        self.entries: list[dict] = []
        self.n = 0
        self.lo_jobs: list[tuple[Path, Path]] = []

    def rdate(self, a=dt.date(2024, 1, 8), b=dt.date(2026, 10, 30)) -> dt.date:
        d = a + dt.timedelta(days=self.rng.randint(0, (b - a).days))
        while d.weekday() > 4:
            d += dt.timedelta(days=1)
        return d

    def save(self, doc: Doc, rel: str, fmt: str, kind: str, subtype: str, layout: str, rules, traits,
             cprs=(), period=None, extras=(), title="Dokument", pdf_look="letter", docx_table=False):
        traits = list(traits)
        if self.rng.random() < 0.4:
            humanize(doc, self.rng, traits)
        rules = sorted(set(rules), key=RULE_ORDER.index)
        bad = set(rules) - APPLIES[kind]
        assert not bad, (rel, bad)
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt" or fmt == "md":
            path.write_text(doc.text(), encoding="utf-8" if self.rng.random() < 0.85 or fmt == "md" else "cp1252",
                            errors="replace")
        elif fmt == "html":
            path.write_text(render_html(doc, title, "system" if "system" in layout else "plain"), encoding="utf-8")
        elif fmt == "docx":
            render_docx(doc, path, font=self.rng.choice(["Calibri", "Arial", "Times New Roman"]), kv_as_table=docx_table)
        elif fmt == "odt":
            tmp = path.with_suffix(".docx")
            render_docx(doc, tmp, kv_as_table=docx_table)
            self.lo_jobs.append((tmp, path))
        elif fmt == "pdf":
            render_pdf(doc, path, pdf_look)
        elif fmt == "rtf":
            path.write_text(render_rtf(doc), encoding="ascii")
        else:
            raise ValueError(fmt)
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": rules, "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": list(cprs), "traits": sorted(set(traits))}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    def save_eml(self, rel, sender, to, subject, body, date, kind, subtype, layout, rules, traits, cprs=(),
                 period=None, attach_pdf: Doc | None = None):
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        m = EmailMessage()
        m["From"] = sender
        m["To"] = to
        m["Subject"] = subject
        m["Date"] = format_datetime(dt.datetime(date.year, date.month, date.day, self.rng.randint(8, 15),
                                                self.rng.randint(0, 59), tzinfo=dt.timezone.utc))
        m.set_content(body)
        if attach_pdf is not None:
            with tempfile.TemporaryDirectory() as td:
                p = Path(td) / "bilag.pdf"
                render_pdf(attach_pdf, p)
                m.add_attachment(p.read_bytes(), maintype="application", subtype="pdf", filename="bilag.pdf")
        path.write_bytes(bytes(m))
        e = {"path": rel, "format": "eml", "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(set(rules), key=RULE_ORDER.index), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": list(cprs), "traits": sorted(set(traits))}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    def scan(self, rel: str, ocr_layer: bool):
        """Print, sign, scan: the PDF becomes page images (slightly skewed, grey), optionally OCR'ed."""
        from PIL import Image, ImageFilter
        path = self.out / rel
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(path), f"{td}/p"], check=True)
            pages = sorted(Path(td).glob("p*.png"))
            imgs = []
            for pg in pages:
                im = Image.open(pg).convert("L")
                im = im.rotate(self.rng.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
                im = im.filter(ImageFilter.GaussianBlur(0.6))
                px = im.load()
                w, h = im.size
                for _ in range(w * h // 900):
                    px[self.rng.randrange(w), self.rng.randrange(h)] = self.rng.choice([0, 90, 160])
                imgs.append(im)
            if ocr_layer:
                outs = []
                for k, im in enumerate(imgs):
                    ip = Path(td) / f"s{k}.png"
                    im.save(ip, dpi=(200, 200))
                    subprocess.run(["tesseract", str(ip), str(Path(td) / f"o{k}"), "-l", "dan", "pdf"],
                                   check=True, capture_output=True)
                    outs.append(Path(td) / f"o{k}.pdf")
                from pypdf import PdfWriter
                wr = PdfWriter()
                for o in outs:
                    wr.append(str(o))
                with open(path, "wb") as fh:
                    wr.write(fh)
            else:
                imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])
        e = next(e for e in self.entries if e["path"] == rel)
        e["traits"] = sorted(set(e["traits"]) | {"scan", "scan:ocr-layer" if ocr_layer else "scan:image-only"})

    def convert_lo(self):
        if not self.lo_jobs:
            return
        prof = "file:///tmp/lo_ex_profile"
        for src, dst in self.lo_jobs:
            subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "odt",
                            "--outdir", str(src.parent), str(src)], check=True, capture_output=True, timeout=180)
            src.unlink()
            assert dst.exists(), dst

    # ------------------------------------------------------------ periods
    def period(self, start: dt.date, mode: str):
        r = self.rng
        if mode == "ok":
            m = r.choice([3, 4, 5, 6, 6, 6])
            end = add_months(start, m) - dt.timedelta(days=1)
            return start, end, f"len:{m}m"
        if mode == "exact6":
            return start, add_months(start, 6) - dt.timedelta(days=1), "period:exact-six"
        if mode == "over":
            m = r.choice([7, 8, 9, 12])
            end = add_months(start, m) - dt.timedelta(days=1)
            return start, end, f"period:over-{m}m"
        if mode == "over1day":
            return start, add_months(start, 6), "period:over-by-one-day"
        raise ValueError(mode)


# ---------------------------------------------------------------- agreements
def pick_mentor(rng, provider):
    if provider == "mh":
        return rng.choice(MENTORS_MH), "Mentorhuset Sjælland ApS"
    if provider == "ko":
        return rng.choice(MENTORS_KO), "Kompas Mentor & Job"
    return rng.choice(MENTORS_INT), "Jobcenter Faxe, Mentorteamet"


def make_agreement(b: Builder, idx: int, fmt: str, layout: str, defects: list[str], with_cpr: bool,
                   special: str | None = None):
    r = b.rng
    cit = Person(r)
    cw = r.choice(CASEWORKERS)
    made = b.rdate()
    start = made + dt.timedelta(days=r.choice([3, 7, 10, 14, 0]))
    if r.random() < 0.5:
        start = start.replace(day=1) if start.day > 1 else start
        if start < made:
            start = add_months(start, 1)
    pmode = "ok"
    if "duration-over-6-months" in defects:
        pmode = r.choice(["over", "over", "over1day"])
    elif r.random() < 0.2:
        pmode = "exact6"
    a, e, ptrait = b.period(start, pmode)
    if special == "udskrivning":
        e = add_months(a, 8) - dt.timedelta(days=1)
        ptrait = "period:udskrivning-8m"
    elif special == "forlaengelse":
        e = add_months(a, r.choice([3, 6])) - dt.timedelta(days=1)
        ptrait = "period:extension"
    provider = {"faxe-old": r.choice(["mh", "ko", "int"]), "faxe-2026": r.choice(["mh", "ko", "int"]),
                "mentorhuset": "mh", "kompas": "ko", "caseworker-note": r.choice(["mh", "int"])}[layout]
    (mname, mphone, mmail), org = pick_mentor(r, provider)
    jc = jc_name(made)
    traits = [f"author:{cw[1]}", f"provider:{provider}", ptrait, f"made:{made.year}"]
    cprs = []
    n = cit.first
    gd = fdate(add_months(start, 3), r.choice(["long", "dots", "abbr"]))
    # fields
    gi = 0
    if "missing-goal" in defects:
        goal = r.choice([None, "Udfyldes senere", "-", "xx"])
        traits.append("goal:" + ("absent" if goal is None else "placeholder"))
    elif "unclear-goal" in defects:
        goal = r.choice(GOALS_UNCLEAR).format(n=n)
        traits.append("goal:unclear")
    else:
        gi = r.randrange(len(GOALS_OK))
        goal = GOALS_OK[gi].format(n=n, d=gd)
    if "missing-mentor" in defects:
        mv = "name-only" if layout == "kompas" else r.choice(["name-only", "tbd", "phone-only"])
        mentor = {"name-only": f"{mname}, {org}", "tbd": f"Tildeles af {org}",
                  "phone-only": f"{org}, tlf. {mphone}"}[mv]
        traits.append("mentor:" + mv)
    else:
        mentor = r.choice([f"{mname}, {org}, tlf. {mphone}, {mmail}", f"{mname} – {mphone}",
                           f"{mname} ({org}), mail: {mmail}", f"{mname}, tlf. {mphone}"])
    if "missing-tasks" in defects:
        tasks = r.choice([None, ["-"], ["Udfyldes senere"]])
        traits.append("tasks:" + ("absent" if tasks is None else "placeholder"))
    else:
        ti = GOAL_TASKS[gi] if goal is not None and "unclear-goal" not in defects else r.randrange(len(TASKS_OK))
        tasks = [t.format(n=n) for t in TASKS_OK[ti]]
    if "missing-duration" in defects:
        dur = r.choice([None, "indtil videre", "Udfyldes senere"])
        traits.append("duration:" + ("absent" if dur is None else "vague"))
    elif ptrait == "period:exact-six" and r.random() < 0.3:
        dur = f"fra {fdate(a, 'long')} og 26 uger frem"
        traits.append("duration:26-uger")
    else:
        dur = fperiod(a, e, r)
    if "missing-follow-up" in defects:
        fu = r.choice([None, r.choice(FOLLOWUP_VAGUE)])
        traits.append("followup:" + ("absent" if fu is None else "vague"))
    else:
        fu = r.choice(FOLLOWUP_OK).format(n=n, w=(a + dt.timedelta(days=80)).isocalendar()[1],
                                          d=fdate(a + dt.timedelta(days=60), "long"))
    if "missing-hours" in defects:
        hrs = r.choice([None, r.choice(HOURS_VAGUE)])
        traits.append("hours:" + ("absent" if hrs is None else "vague"))
    else:
        hrs = r.choice(HOURS_OK)
    if "missing-appeal-guidance" in defects:
        ap = r.choice(APPEAL_BAD)
        traits.append("appeal:" + ("absent" if ap[0] is None else "incomplete"))
    else:
        ap = r.choice(APPEAL_OK)
    ap_par = [x.format(jc=jc if "kommune" not in jc.lower() else "kommunen") for x in ap[1]]

    doc = Doc()
    title_var = None
    if layout == "faxe-old":
        # the 2024-25 Word template, numbered like the quality standard
        doc.header = [f"{jc} · Ådalen 1 · 4640 Faxe · tlf. 56 20 30 00", f"Sagsbehandler: {cw[0]} ({cw[1]}), direkte {cw[2]}"]
        title_var = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "AFTALE OM MENTORSTØTTE (LAB § 167)"])
        doc.h(title_var, 1)
        doc.kv("Borger", f"{cit.name}, {cit.addr}, {cit.town}")
        if with_cpr:
            c = cpr(r); cprs.append(c); doc.kv("CPR-nr.", c)
        doc.kv("Dato", fdate(made, r.choice(["dots", "long"])))
        if cw[3] == "oldtemplate":
            doc.p("Aftalen indgås efter lov om en aktiv beskæftigelsesindsats § 31 b. (NB: ny lov fra 1/1-2020, § 167)")
            traits.append("legacy-ref:31b")
        doc.h("1. Målet med mentorstøtten", 2)
        if goal is not None:
            doc.p(goal)
        doc.h("2. Mentorens navn og kontaktdata", 2)
        doc.p(mentor)
        doc.h("3. Opgaver mentoren skal bistå ved", 2)
        for t in tasks or []:
            doc.li(t)
        doc.h("4. Varighed og opfølgning", 2)
        if dur is not None:
            doc.p(f"Periode: {dur}")
        if fu is not None:
            doc.p(fu)
        doc.h("5. Timetal", 2)
        if hrs is not None:
            doc.p(hrs[0].upper() + hrs[1:])
        if ap[0]:
            doc.h(f"6. {ap[0]}", 2)
            for x in ap_par:
                doc.p(x)
        doc.p(f"Underskrift borger: ______________    Underskrift jobcenter: {cw[0]}")
        doc.footer = "Skabelon MEN-01 v3 (2023) – Jobcenter Faxe"
    elif layout == "faxe-2026":
        doc.header = [f"{jc}", "Frederiksgade 9, 4690 Haslev", f"Journalnr. 15.20.12-G01-{r.randint(100, 9999)}-{str(made.year)[2:]}"]
        title_var = r.choice(["Aftale om mentorstøtte", "Mentoraftale – aftale om mentorstøtte efter LAB § 167"])
        doc.h(title_var, 1)
        greet = cit.name
        if cw[3] == "warm" and r.random() < 0.4:
            greet = r.choice(FIRST) + " " + r.choice(LAST)  # copied from the last citizen's agreement
            traits.append("copy-of-copy:wrong-greeting")
        doc.p(f"Kære {greet}" if cw[3] == "warm" else f"Aftale mellem {cit.name} og {jc}")
        if cw[3] == "warm":
            doc.p("Her får du den aftale om mentorstøtte, vi lavede sammen på mødet. Læs den igennem, og ring, hvis noget ikke passer.")
        rows = []
        if with_cpr:
            c = cpr(r); cprs.append(c); rows.append(("Cpr.nr.", c))
        rows.append(("Mål", goal if goal is not None else ""))
        rows.append(("Mentor", mentor))
        rows.append(("Mentorens opgaver", "; ".join(tasks) if tasks else ""))
        rows.append(("Periode", dur or ""))
        rows.append(("Timer", hrs or ""))
        rows.append(("Opfølgning", fu or ""))
        for k, v in rows:
            if v == "" and r.random() < 0.5:
                continue  # the row was deleted in Word
            doc.kv(k, v)
        if r.random() < 0.35:
            doc.kv("Bemærkninger", "Klik eller tryk her for at skrive tekst.")
            traits.append("template-leftover")
        if ap[0]:
            doc.h(ap[0], 2)
            for x in ap_par:
                doc.p(x)
        doc.p(f"Med venlig hilsen\n{cw[0]}\nJobkonsulent, tlf. {cw[2]}")
        doc.footer = "Skabelon: Mentoraftale 2026 (kommunen)" if made >= dt.date(2026, 2, 1) else "Skabelon: Mentoraftale 2024"
    elif layout == "mentorhuset":
        doc.header = ["Mentorhuset Sjælland ApS · Torvet 4 · 4640 Faxe · CVR 3891 2245", "www.mentorhuset-sj.dk"]
        title_var = r.choice(["Samarbejdsaftale – mentorforløb", "Aftale om mentorstøtte"])
        doc.h(title_var, 1)
        doc.p(f"Deltager: {cit.name}   Henvist af: {jc} ({cw[0]})")
        if with_cpr:
            c = cpr(r); cprs.append(c); doc.p(f"Personnummer: {c}")
        doc.h("Formål", 2)
        doc.p(goal if goal is not None else "Se henvisning fra jobcentret")
        if goal is None:
            traits.append("goal:see-referral")
        doc.h("Din mentor", 2)
        doc.p(mentor if "missing-mentor" in defects else f"Din mentor er {mentor}.")
        if tasks is not None:
            doc.h("Hvad mentor hjælper med", 2)
            for t in tasks:
                doc.li(t)
        doc.h("Omfang", 2)
        om = []
        if dur is not None:
            om.append(f"Forløbet løber {dur}." if dur[0].isdigit() or dur.startswith(("fra", "f.o.m")) else f"Periode: {dur}.")
        if hrs is not None:
            om.append(f"Timetal: {hrs}.")
        doc.p(" ".join(om) if om else "Jf. bestilling.")
        if fu is not None:
            doc.h("Opfølgning og status", 2)
            doc.p(fu)
        if ap[0]:
            doc.h(ap[0], 2)
            for x in ap_par:
                doc.p(x)
        doc.p(f"Faxe, {fdate(made, 'den')}")
        doc.p(f"{mname}                    {cit.name}")
    elif layout == "kompas":
        doc.header = ["KOMPAS Mentor & Job – Næstved · Faxe · Stevns", f"{fdate(made, 'long')}"]
        title_var = "Mentoraftale"
        doc.h(title_var, 1)
        doc.p(f"Hej {n}")
        doc.p("Tak for en god snak. Her er det vi aftalte om dit mentorforløb, som er bevilget af " + jc + ".")
        if with_cpr:
            c = cpr(r); cprs.append(c); doc.p(f"(Ref. {c})")
        if goal is not None:
            doc.p(f"Målet er: {goal}" if not goal.lower().startswith("mål") else goal)
        if tasks:
            doc.p("Jeg hjælper dig med:")
        for t in tasks or []:
            doc.li(t)
        if dur is not None:
            if dur.startswith("Udfyldes"):
                doc.p(f"Periode: {dur}")
            else:
                doc.p(f"Vi ses i perioden {dur}." if not dur.startswith("indtil") else f"Forløbet varer {dur}.")
        if hrs is not None:
            doc.p(f"Vi har {hrs} sammen.")
        if fu is not None:
            doc.p(fu)
        if ap[0]:
            doc.p(ap[0] + ":")
            for x in ap_par:
                doc.p(x)
        doc.p("Mvh")
        doc.p(mentor if "missing-mentor" in defects else f"{mentor} (din mentor)")
    else:  # caseworker-note: short typed agreement, a caseworker's own text
        title_var = "Aftale om mentor"
        doc.h(title_var + f" – {cit.name}", 1)
        if with_cpr:
            c = cpr(r); cprs.append(c); doc.p(f"{c}  {cit.name}")
        doc.p(f"Aftalt d. {fdate(made, 'dots2')} på møde i jobcentret. Til stede: borger, {cw[0]}, {mname if 'missing-mentor' not in defects else 'mentor'}.")
        if goal is not None:
            doc.p(f"Mål: {goal}")
        doc.p(f"Mentor: {mentor}")
        if tasks is not None:
            doc.p("Opgaver: " + ", ".join(t[0].lower() + t[1:] for t in tasks))
        if dur is not None:
            doc.p(f"Varighed: {dur}")
        if hrs is not None:
            doc.p(f"Timer: {hrs}")
        if fu is not None:
            doc.p(fu)
        if ap[0]:
            doc.p(ap[0] + ": " + " ".join(ap_par))
        doc.p(f"/{cw[1]}")
    if special == "udskrivning":
        disch = add_months(a, 2)
        doc.blocks.insert(1, ("p", f"{n} er indlagt på Psykiatrisk Center Nykøbing Sj. og forventes udskrevet "
                                  f"{fdate(disch, 'den')}. {n} har ret til mentorstøtte som udskrivningskoordinator "
                                  "efter § 167, stk. 2, i lov om en aktiv beskæftigelsesindsats: op til 3 måneder før "
                                  "udskrivelsen og i mindst 6 måneder i alt."))
        traits.append("udskrivningskoordinator")
    elif special == "forlaengelse":
        pa = add_months(a, -6)
        doc.blocks.insert(1, ("p", f"Forlængelse: Aftalen afløser den tidligere aftale for perioden "
                                  f"{fperiod(pa, a - dt.timedelta(days=1), r)} (forrige periode). Ny periode efter "
                                  "konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt."))
        traits.append("extension")
    rules = list(defects)
    folder = {"faxe-old": "aftaler", "faxe-2026": "aftaler", "mentorhuset": "leverandoer/mentorhuset",
              "kompas": "leverandoer/kompas", "caseworker-note": "aftaler"}[layout]
    slug = cit.name.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    rel = f"{made.year}/{folder}/{idx:03d}_aftale_{slug}.{fmt}"
    period = None if "missing-duration" in defects else (a, e)
    if with_cpr:
        traits.append("cpr")
    b.save(doc, rel, fmt, "agreement", "agreement", layout, rules, traits, cprs, period,
           title=title_var, pdf_look={"faxe-old": "old", "faxe-2026": "table"}.get(layout, "letter"),
           docx_table=(layout == "faxe-2026"))


# ---------------------------------------------------------------- decisions
def make_decision(b: Builder, idx: int, fmt: str, sub: str, defects: list[str], with_cpr: bool):
    r = b.rng
    cit = Person(r)
    cw = r.choice(CASEWORKERS)
    made = b.rdate()
    jc = jc_name(made)
    start = made + dt.timedelta(days=r.choice([0, 7, 14]))
    pmode = "over" if "duration-over-6-months" in defects else r.choice(["ok", "ok", "exact6"])
    a, e, ptrait = b.period(start, pmode)
    traits = [f"author:{cw[1]}", ptrait, f"made:{made.year}", f"sub:{sub}"]
    cprs = []
    (mname, mphone, mmail), org = pick_mentor(r, r.choice(["mh", "ko", "int"]))
    hrs = r.choice(HOURS_OK[:6])
    doc = Doc()
    doc.header = [jc, f"{cit.name}", cit.addr, cit.town, "", f"Dato: {fdate(made, r.choice(['long', 'dots']))}",
                  f"Sagsbehandler: {cw[0]}, tlf. {cw[2]}"]
    if with_cpr:
        c = cpr(r); cprs.append(c); doc.header.append(f"CPR-nr.: {c}"); traits.append("cpr")
    extras = []
    period = (a, e)
    styleb = cw[3] in ("tables", "formal") and sub == "grant"
    if styleb:
        title = "Afgørelse om mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats"
        doc.h(title, 1)
        if made >= dt.date(2026, 2, 1):
            doc.p("Du modtager dette brev, fordi du har søgt om mentorstøtte. Du får det, du har søgt om.")
        else:
            doc.p(f"{jc} har {fdate(made, 'den')} truffet følgende afgørelse:")
        doc.kv("Ydelse", "Mentorstøtte (LAB § 167, stk. 1)")
        doc.kv("Bevilget periode", fperiod(a, e, r))
        doc.kv("Timetal", hrs)
        doc.kv("Leverandør", org)
        doc.h("Lovgrundlag og begrundelse", 2)
        doc.p("Du er i virksomhedspraktik og har brug for støtte til at fastholde fremmødet. Vi har lagt vægt på "
              "oplysningerne fra praktikstedet og din egen vurdering.")
        traits.append("letter:structured")
    elif sub == "grant":
        title = r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"])
        doc.h(title, 1)
        doc.p(f"Du får mentorstøtte {fperiod(a, e, r)}. Du har {hrs} med din mentor, {mname} fra {org}.")
        doc.h("Begrundelse", 2)
        doc.p(f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din "
              f"{r.choice(['virksomhedspraktik', 'uddannelse', 'løntilskudsansættelse'])}, og at støtten går ud over, "
              "hvad arbejdspladsen/skolen normalt kan give. Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv "
              "beskæftigelsesindsats.")
    elif sub == "partial":
        title = "Afgørelse – delvis bevilling af mentorstøtte"
        doc.h(title, 1)
        asked = r.choice([9, 12])
        doc.p(f"Du søgte om mentorstøtte i {asked} måneder og 6 timer om ugen. Du får bevilget mentorstøtte i perioden "
              f"{fperiod(a, e, r)} med {hrs}.")
        traits.append("asked-longer")
        doc.h("Begrundelse", 2)
        doc.p("Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan mentorstøtte gives i højst 6 måneder ad "
              "gangen. Vi vurderer ud fra din praktikplan, at der er behov for færre timer end ansøgt. Ved udløb vurderer "
              "vi, om der er behov for en ny periode.")
    elif sub == "extension":
        title = r.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"])
        doc.h(title, 1)
        prev_a = add_months(a, -6)
        doc.p(f"Du har haft mentorstøtte i perioden {fperiod(prev_a, a - dt.timedelta(days=1), r)} (forrige periode). "
              f"Vi har vurderet din sag igen og forlænger støtten i perioden {fperiod(a, e, r)}.")
        traits.append("earlier-period-mentioned")
        doc.h("Begrundelse", 2)
        doc.p("Din mentor og du har oplyst, at du er kommet godt i gang, men at fremmødet endnu ikke er stabilt. "
              "Forlængelsen sker efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt.")
    elif sub == "refusal":
        title = "Afslag på mentorstøtte"
        doc.h(title, 1)
        doc.p(f"Du har den {fdate(made - dt.timedelta(days=12), 'long')} søgt om mentorstøtte i 12 måneder. "
              "Vi giver dig afslag.")
        period = None
        traits.append("asked-longer")
        if r.random() < 0.75:
            doc.h("Begrundelse", 2)
            doc.p("Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse, jf. § 167 i lov om en "
                  "aktiv beskæftigelsesindsats. Du er i øjeblikket sygemeldt og i behandling, og der er ikke aftalt en "
                  "job- eller uddannelsesrettet aktivitet. Vi har lagt vægt på lægeattesten fra din egen læge.")
        else:
            extras.append("missing-reasons")
            traits.append("no-reasons")
    else:  # end
        title = r.choice(["Ophør af mentorstøtte", "Afgørelse om stop af mentorstøtte"])
        doc.h(title, 1)
        stop = made + dt.timedelta(days=14)
        doc.p(f"Din mentorstøtte hos {org} stopper {fdate(stop, 'den')}.")
        period = None
        doc.h("Begrundelse", 2)
        doc.p("Du er startet i ordinært job på 30 timer om ugen og har selv sagt, at du ikke længere har brug for mentor. "
              "Støtten ophører derfor, jf. LAB § 167.")
    if "missing-appeal-guidance" in defects:
        ap = r.choice(APPEAL_BAD)
        traits.append("appeal:" + ("absent" if ap[0] is None else "incomplete"))
    else:
        ap = r.choice(APPEAL_OK)
    if ap[0]:
        doc.h(ap[0], 2)
        for x in ap[1]:
            doc.p(x.format(jc=jc if "kommune" not in jc.lower() else "kommunen"))
    doc.p("Med venlig hilsen")
    doc.p(f"{cw[0]}\n{jc}")
    doc.footer = "Sendt via Digital Post"
    slug = cit.first.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    rel = f"{made.year}/afgoerelser/{idx:03d}_{sub}_{slug}.{fmt}"
    b.save(doc, rel, fmt, "decision", sub, ("structured-" if styleb else "letter-") + ("2026" if made >= dt.date(2026, 2, 1) else "jc"),
           defects, traits, cprs, period, extras=extras, title=title)


# ---------------------------------------------------------------- Min Plan prints
def make_minplan(b: Builder, idx: int, fmt: str, defects: list[str], with_cpr: bool):
    r = b.rng
    cit = Person(r)
    made = b.rdate()
    start = made - dt.timedelta(days=r.randint(0, 40))
    pmode = "over" if "duration-over-6-months" in defects else r.choice(["ok", "ok", "exact6"])
    a, e, ptrait = b.period(start, pmode)
    (mname, mphone, mmail), org = pick_mentor(r, r.choice(["mh", "ko", "int"]))
    traits = [ptrait, f"made:{made.year}"]
    cprs = []
    n = cit.first
    doc = Doc()
    sysname = r.choice(["Min Plan (Jobnet) – udskrift", "Min Plan", "Udskrift af Min Plan"])
    doc.header = [f"Udskrevet {fdate(made, 'dots')} kl. {r.randint(8, 15):02d}:{r.randint(0, 59):02d}", jc_name(made)]
    doc.h(sysname, 1)
    doc.kv("Navn", cit.name)
    if with_cpr:
        c = cpr(r); cprs.append(c); doc.kv("CPR", c); traits.append("cpr")
    doc.kv("Målgruppe", r.choice(["Aktivitetsparat kontanthjælpsmodtager", "Sygedagpengemodtager", "Jobafklaringsforløb",
                                   "Uddannelseshjælp, aktivitetsparat", "Ledighedsydelse"]))
    # other activity with a longer period of its own
    if r.random() < 0.6:
        oa = a - dt.timedelta(days=r.randint(20, 60))
        oe = add_months(oa, r.choice([9, 12, 24]))
        doc.h(r.choice(["Uddannelse: Produktionsgrunduddannelse (FGU Øst)", "Løntilskud hos Faxe Forsyning",
                        "Behandling: Psykiatrisk ambulatorium Køge"]), 2)
        doc.kv("Start", fdate(oa, "dots"))
        doc.kv("Slut", fdate(oe, "dots"))
        doc.kv("Kontaktperson", f"{r.choice(FIRST)} {r.choice(LAST)}")
        traits.append("other-activity-long")
    if r.random() < 0.35:
        return make_minplan_overview(b, doc, idx, fmt, defects, cprs, traits, cit, made, a, e, mname, mphone, org)
    doc.h(r.choice(["Mentorstøtte", "Mentor (§ 167)", "Aktivitet: Mentorstøtte"]), 2)
    gi = None
    if "missing-goal" in defects:
        traits.append("goal:absent")
    elif "unclear-goal" in defects:
        doc.kv("Formål", r.choice(GOALS_UNCLEAR).format(n=n)); traits.append("goal:unclear")
    else:
        gi = r.randrange(len(GOALS_OK))
        doc.kv("Formål", GOALS_OK[gi].format(n=n, d=fdate(add_months(a, 3), "long")))
    if "missing-mentor" in defects:
        doc.kv("Mentor", r.choice([mname, org])); traits.append("mentor:no-contact")
    else:
        doc.kv("Mentor", f"{mname}, {org}")
        doc.kv("Telefon", mphone)
    if "missing-tasks" in defects:
        traits.append("tasks:absent")
    else:
        ti = GOAL_TASKS[gi] if gi is not None else r.randrange(len(TASKS_OK))
        doc.kv("Mentors opgaver", "; ".join(t.format(n=n) for t in TASKS_OK[ti]))
    if "missing-duration" in defects:
        doc.kv("Periode", "Ikke angivet"); traits.append("duration:none")
    else:
        if r.random() < 0.5:
            doc.kv("Start", fdate(a, "dots"))
            doc.kv("Slut", fdate(e, "dots"))
        else:
            doc.kv("Periode", fperiod(a, e, r))
    if "missing-hours" in defects:
        hv = r.choice([None, "Efter behov"])
        if hv:
            doc.kv("Timer pr. uge", hv)
        traits.append("hours:" + ("absent" if hv is None else "vague"))
    else:
        doc.kv("Timer pr. uge", r.choice(["2", "3", "4", "1,5", "5"]))
    doc.kv("Status", r.choice(["Aktiv", "Godkendt", "I gang"]))
    doc.footer = "Min Plan er din plan for, hvad du og kommunen er enige om. Spørgsmål: ring til din rådgiver."
    rel = f"{made.year}/minplan/{idx:03d}_minplan.{fmt}"
    b.save(doc, rel, fmt, "minplan", "minplan", "system-card" if fmt == "html" else "system-print", defects, traits,
           cprs, None if "missing-duration" in defects else (a, e), title=sysname, pdf_look="table")


def make_minplan_overview(b, doc, idx, fmt, defects, cprs, traits, cit, made, a, e, mname, mphone, org):
    """The newer plan print: an overview table of activities, then the mentor item's text fields."""
    r = b.rng
    n = cit.first
    per = "" if "missing-duration" in defects else f"{fdate(a, 'dots')} - {fdate(e, 'dots')}"
    hrs = "" if "missing-hours" in defects else r.choice(["2", "3", "4"])
    kontakt = (r.choice([mname, org]) if "missing-mentor" in defects else f"{mname}, {mphone}")
    rows = [["Aktivitet", "Periode", "Timer/uge", "Kontakt"], ["Mentorstøtte", per, hrs, kontakt]]
    if r.random() < 0.6:
        oa = a - dt.timedelta(days=r.randint(10, 50))
        rows.append(["Virksomhedspraktik, Netto Haslev", f"{fdate(oa, 'dots')} - {fdate(add_months(oa, 13), 'dots')}",
                     "15", "butikschef"])
        traits.append("other-activity-long")
    doc.h("Mine aktiviteter", 2)
    doc.table(rows)
    doc.h("Mentorstøtte – mål og opgaver", 2)
    if "unclear-goal" in defects:
        doc.kv("Målet med mentorstøtten", r.choice(GOALS_UNCLEAR).format(n=n)); traits.append("goal:unclear")
        gi = None
    elif "missing-goal" in defects:
        gi = None
        traits.append("goal:absent")
    else:
        gi = r.randrange(len(GOALS_OK))
        doc.kv("Målet med mentorstøtten", GOALS_OK[gi].format(n=n, d=fdate(add_months(a, 3), "long")))
    if "missing-tasks" not in defects:
        ti = GOAL_TASKS[gi] if gi is not None else r.randrange(len(TASKS_OK))
        doc.kv("Det hjælper mentor med", "; ".join(t.format(n=n) for t in TASKS_OK[ti]))
    else:
        traits.append("tasks:absent")
    for d in defects:
        if d in ("missing-hours", "missing-mentor", "missing-duration"):
            traits.append(d.replace("missing-", "") + ":empty-cell")
    doc.footer = "Udskrift fra kommunens sagssystem. Planen kan ændres i samarbejde med din rådgiver."
    rel = f"{made.year}/minplan/{idx:03d}_minplan.{fmt}"
    b.save(doc, rel, fmt, "minplan", "minplan", "system-overview" if fmt != "html" else "system-overview-html",
           defects, traits, cprs, None if "missing-duration" in defects else (a, e), title="Min Plan", pdf_look="table")


# ---------------------------------------------------------------- other papers
def make_unknown(b: Builder, idx: int, fmt: str, sort: str, with_cpr: bool):
    r = b.rng
    cit = Person(r)
    made = b.rdate()
    cw = r.choice(CASEWORKERS)
    (mname, mphone, mmail), org = pick_mentor(r, r.choice(["mh", "ko"]))
    jc = jc_name(made)
    doc = Doc()
    traits = [f"sort:{sort}", f"made:{made.year}"]
    cprs = []
    c = None
    if with_cpr:
        c = cpr(r); cprs.append(c); traits.append("cpr")
    title = sort
    if sort == "status":
        title = "Statusrapport – mentorforløb"
        doc.header = [org, fdate(made, "long")]
        doc.h(title, 1)
        doc.kv("Deltager", cit.name + (f" ({c})" if c else ""))
        doc.kv("Henvisende sagsbehandler", cw[0])
        doc.h("Fremmøde", 2)
        doc.p(f"{n_(cit)} har deltaget i {r.randint(6, 14)} ud af {r.randint(14, 16)} aftalte møder. To aflysninger pga. sygdom.")
        doc.h("Udvikling", 2)
        doc.p(f"{n_(cit)} møder nu i praktikken tre dage om ugen og tager selv bussen. Vi har arbejdet med ugeplan og "
              "med at ringe til praktikstedet ved fravær. Delmålet om fire dage er ikke nået endnu.")
        doc.h("Anbefaling", 2)
        doc.p("Mentor anbefaler, at forløbet fortsætter med uændret timetal. Vi foreslår statusmøde i næste måned.")
        doc.p(f"{mname}, mentor")
    elif sort == "invoice":
        title = "Faktura"
        doc.header = [org, "CVR 3891 2245", "Bank: 1551 0012345678"]
        doc.h(f"Faktura nr. {r.randint(2400, 9800)}", 1)
        doc.kv("Til", f"{jc}, Kreditorbogholderiet, EAN 5798000123456")
        doc.kv("Fakturadato", fdate(made, "dots"))
        doc.kv("Vedr.", f"Mentorforløb, deltager {cit.name.split()[0][0]}.{cit.name.split()[1][0]}." + (f" ({c})" if c else ""))
        rows = [["Ydelse", "Antal timer", "Pris", "Beløb"]]
        tot = 0
        for mo in range(r.randint(1, 3)):
            t = r.randint(8, 20)
            tot += t * 595
            rows.append([f"Mentortimer {MONTHS[(made.month - 2 - mo) % 12]}", str(t), "595,00", f"{t * 595:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")])
        doc.table(rows)
        doc.kv("I alt ekskl. moms", f"{tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
        doc.p("Betalingsbetingelser: netto 30 dage.")
    elif sort == "minutes":
        title = "Referat af netværksmøde"
        doc.h(title, 1)
        doc.kv("Dato", fdate(made, "den"))
        doc.kv("Deltagere", f"{cit.name}, {cw[0]} (jobcentret), {mname} (mentor), praktikvejleder")
        doc.h("Dagsorden", 2)
        for t in ["Siden sidst", "Praktikken", "Mentorstøtten", "Aftaler"]:
            doc.li(t)
        doc.h("Referat", 2)
        doc.p(f"{n_(cit)} fortalte, at det går bedre med at komme op om morgenen. Praktikvejleder er tilfreds med indsatsen. "
              "Mentor fortsætter som hidtil. Det blev drøftet, om der skal søges forlængelse; sagsbehandler vender tilbage.")
        doc.h("Aftaler", 2)
        doc.li("Næste møde om 6 uger")
        doc.li("Mentor sender status inden næste møde")
        doc.p("Referent: " + cw[0])
    elif sort == "order":
        title = "Bestilling af mentorforløb"
        doc.header = [jc, "Til: " + org]
        doc.h(title, 1)
        doc.kv("Borger", cit.name + (f", cpr {c}" if c else ""))
        doc.kv("Opstart senest", fdate(made + dt.timedelta(days=10), "dots"))
        doc.kv("Bevilget timetal", r.choice(HOURS_OK[:4]))
        doc.p("Borgeren har angst og svært ved nye steder. Mentor bedes kontakte borgeren telefonisk inden første møde. "
              "Aftale om mentorstøtte udarbejdes ved første møde og sendes til jobcentret.")
        doc.p(f"Kontakt: {cw[0]}, {cw[2]}")
    elif sort == "mail":
        title = "Flytning af møde"
        body = (f"Hej {cit.first}\n\nJeg bliver desværre nødt til at flytte vores møde på torsdag. Kan du i stedet "
                f"{r.choice(WEEKDAYS[:5])} kl. 10 på biblioteket i Haslev?\n\nSkriv eller ring, hvis det ikke passer.\n\n"
                f"Mvh\n{mname}\n{org}\n{mphone}\n")
        rel = f"{made.year}/korrespondance/{idx:03d}_mail.eml"
        b.save_eml(rel, f"{mname} <{mmail}>", f"{cit.first.lower()}{r.randint(10, 99)}@gmail.com", "Vores møde på torsdag",
                   body, made, "unknown", "mail", "eml-plain", [], traits)
        return
    elif sort == "journal":
        title = "Journalnotat"
        doc.h(title, 1)
        doc.p(f"{fdate(made, 'dots')} /{cw[1]}  " + (f"{c} " if c else "") + cit.name)
        doc.p(f"Tlf. samtale med mentor {mname}. Borger har ikke mødt de sidste to gange. Mentor har forsøgt at ringe. "
              "Jeg sender brev om samtale i næste uge. Overvejer om forløbet skal stoppes, hvis der ikke sker noget.")
    elif sort == "leaflet":
        title = "Mentorstøtte – sådan foregår det"
        doc.h(title, 1)
        doc.p(f"Mentorstøtte kan hjælpe dig, hvis du har brug for støtte for at komme i job, praktik eller uddannelse. "
              f"Det er {jc_short(made)}, der bevilger mentorstøtte.")
        doc.h("Hvad står der i en mentoraftale?", 2)
        for t in ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
                  "Hvor længe aftalen gælder (højst 6 måneder ad gangen)", "Hvordan vi følger op",
                  "Hvor mange timer om ugen du har mentor", "Klagevejledning"]:
            doc.li(t)
        doc.p("Hvis du er uenig i en afgørelse, kan du klage til kommunen inden fire uger.")
    elif sort == "private":
        title = "Mentoraftale"
        doc.header = ["Faxe Boldklub – Ungementorordningen"]
        doc.h(title, 1)
        doc.p(f"Aftalen er mellem {cit.first} (U19) og klubmentor {r.choice(FIRST)} {r.choice(LAST)}.")
        doc.p("Vi mødes efter træning tirsdag og snakker om skole, træning og hvordan det går. Aftalen løber sæsonen ud. "
              "Forældre kan altid kontakte klubbens ungdomsformand.")
        doc.p("Underskrifter: spiller, mentor, forælder")
    elif sort == "genvurdering":
        title = "Genvurdering af din klage – sagen sendt til Ankestyrelsen"
        doc.header = [jc, cit.name, cit.addr, cit.town]
        doc.h(title, 1)
        doc.p(f"Du har klaget over vores afgørelse af {fdate(made - dt.timedelta(days=30), 'long')} om mentorstøtte. "
              "Vi har genvurderet sagen og fastholder afgørelsen. Din klage og sagens akter er derfor sendt til "
              "Ankestyrelsen, som vil skrive til dig.")
        doc.p(f"Med venlig hilsen\n{cw[0]}")
    elif sort == "partshoering":
        title = "Partshøring – påtænkt ophør af mentorstøtte"
        doc.header = [jc, cit.name]
        doc.h(title, 1)
        doc.p("Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de aftalte møder med din mentor. "
              f"Før vi træffer en afgørelse, vil vi gerne høre din mening. Du kan svare inden {fdate(made + dt.timedelta(days=14), 'long')}.")
        doc.p(f"Venlig hilsen {cw[0]}, tlf. {cw[2]}")
    elif sort == "calendar":
        title = "Mine aftaler"
        doc.h(title, 1)
        rows = [["Dato", "Tid", "Hvad", "Hvor"]]
        d0 = made
        for i in range(5):
            d0 += dt.timedelta(days=r.choice([7, 14]))
            rows.append([fdate(d0, "dots"), f"{r.randint(9, 14)}:00", r.choice(["Samtale med mentor", "Jobsamtale",
                         "Møde i jobcentret", "Samtale med mentor"]), r.choice(["Haslev Bibliotek", "Jobcentret", "Telefon"])])
        doc.table(rows)
    elif sort == "kvalitetsstandard":
        title = "Kvalitetsstandard for mentorstøtte – Faxe Kommune (udkast)"
        doc.h(title, 1)
        doc.h("Lovgrundlag", 2)
        doc.p("Lov om en aktiv beskæftigelsesindsats §§ 167-171. Mentorstøtte gives i højst 6 måneder ad gangen.")
        doc.h("Serviceniveau", 2)
        doc.table([["Niveau", "Timer", "Opfølgning"], ["1", "0-1 time pr. uge", "hver 3. måned"],
                   ["2", "1-2 timer pr. uge", "hver måned"], ["3", "over 2 timer pr. uge", "hver måned"]])
        doc.p("Aftalen skal indeholde mål, mentor, opgaver, varighed og opfølgning, timetal samt klagevejledning.")
    fmt_ext = fmt
    rel = f"{made.year}/{'diverse' if sort not in ('invoice',) else 'oekonomi'}/{idx:03d}_{sort}.{fmt_ext}"
    b.save(doc, rel, fmt, "unknown", sort, sort, [], traits, cprs, title=title)


def n_(p: Person) -> str:
    return p.first


# ---------------------------------------------------------------- plan of the sample
def plan(rng: random.Random):
    """Returns a list of (kind, fmt, layout/sub, defects, cpr)."""
    items = []
    agr_layouts = (["faxe-old"] * 14 + ["faxe-2026"] * 12 + ["mentorhuset"] * 9 + ["kompas"] * 6 + ["caseworker-note"] * 4)
    agr_fmt = {"faxe-old": ["docx"] * 8 + ["pdf"] * 4 + ["rtf"] * 2, "faxe-2026": ["docx"] * 6 + ["pdf"] * 4 + ["odt"] * 2,
               "mentorhuset": ["pdf"] * 5 + ["docx"] * 3 + ["odt"], "kompas": ["docx", "pdf", "pdf", "html", "md", "txt"],
               "caseworker-note": ["txt", "txt", "rtf", "html"]}
    single = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up", "missing-hours",
              "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
    n_agr = len(agr_layouts)  # 45
    agr_defects = [[] for _ in range(18)]
    for s in single:
        agr_defects.append([s])
        agr_defects.append([s])
    agr_defects = agr_defects[:n_agr - 9]
    pairs = [["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"],
             ["missing-mentor", "missing-hours"], ["duration-over-6-months", "missing-appeal-guidance"],
             ["missing-tasks", "missing-follow-up"], ["missing-appeal-guidance", "missing-follow-up"],
             ["unclear-goal", "missing-hours"], ["missing-duration", "missing-appeal-guidance"], ["missing-goal", "missing-tasks"]]
    agr_defects += pairs
    # provider agreements more often lack appeal guidance (they are not the authority)
    rng.shuffle(agr_defects)
    for lay in agr_layouts:
        pass
    fmts = {k: list(v) for k, v in agr_fmt.items()}
    for k in fmts:
        rng.shuffle(fmts[k])
    for lay, d in zip(agr_layouts, agr_defects):
        items.append(("agreement", fmts[lay].pop(), lay, d, rng.random() < 0.25))
    items.append(("agreement", "docx", "faxe-2026", [], False, "udskrivning"))
    items.append(("agreement", "pdf", "faxe-old", [], True, "udskrivning"))
    items.append(("agreement", "docx", "faxe-old", [], False, "forlaengelse"))
    items.append(("agreement", "pdf", "mentorhuset", ["missing-hours"], False, "forlaengelse"))
    # decisions: 20
    subs = ["grant"] * 8 + ["partial"] * 3 + ["extension"] * 4 + ["refusal"] * 3 + ["end"] * 2
    dfmt = ["pdf"] * 10 + ["docx"] * 6 + ["html"] * 2 + ["txt"] * 2
    rng.shuffle(dfmt)
    ddef = [[]] * 11 + [["missing-appeal-guidance"]] * 6 + [["duration-over-6-months"]] * 2 + \
           [["missing-appeal-guidance", "duration-over-6-months"]]
    ddef = list(ddef)
    rng.shuffle(ddef)
    # a refusal or an end letter has no period: move a period defect to a letter that has one
    for i, s in enumerate(subs):
        if s in ("refusal", "end") and "duration-over-6-months" in ddef[i]:
            j = next(j for j, t in enumerate(subs) if t not in ("refusal", "end") and not ddef[j])
            ddef[i], ddef[j] = ddef[j], ddef[i]
    for s, f, d in zip(subs, dfmt, ddef):
        items.append(("decision", f, s, d, rng.random() < 0.3))
    # Min Plan: 17
    mfmt = ["pdf"] * 8 + ["html"] * 5 + ["txt"] * 4
    mdef = [[]] * 7 + [["missing-hours"]] * 2 + [["missing-mentor"]] * 2 + [["unclear-goal"]] * 2 + \
           [["duration-over-6-months"]] * 2 + [["missing-tasks"]] + [["missing-duration", "missing-hours"]]
    mdef = list(mdef)
    rng.shuffle(mdef)
    for f, d in zip(mfmt, mdef):
        items.append(("minplan", f, "minplan", d, rng.random() < 0.25))
    # unknown: 18
    sorts = [("status", "pdf"), ("status", "docx"), ("status", "pdf"), ("invoice", "pdf"), ("invoice", "pdf"),
             ("minutes", "docx"), ("minutes", "odt"), ("order", "docx"), ("mail", "eml"), ("mail", "eml"),
             ("journal", "txt"), ("leaflet", "html"), ("private", "pdf"), ("genvurdering", "pdf"),
             ("partshoering", "docx"), ("calendar", "html"), ("kvalitetsstandard", "md"), ("journal", "rtf")]
    for s, f in sorts:
        items.append(("unknown", f, s, [], rng.random() < 0.3))
    rng.shuffle(items)
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=12012)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    b = Builder(out, a.seed)
    items = plan(random.Random(a.seed + 1))
    for i, (kind, fmt, lay, defects, with_cpr, *special) in enumerate(items, 1):
        if kind == "agreement":
            make_agreement(b, i, fmt, lay, defects, with_cpr, special[0] if special else None)
        elif kind == "decision":
            make_decision(b, i, fmt, lay, defects, with_cpr)
        elif kind == "minplan":
            make_minplan(b, i, fmt, defects, with_cpr)
        else:
            make_unknown(b, i, fmt, lay, with_cpr)
    b.convert_lo()
    # signed paper copies that were scanned back into the archive
    pdfs = [e["path"] for e in b.entries if e["format"] == "pdf" and e["kind"] in ("agreement", "decision")
            and e["layout"] in ("faxe-old", "mentorhuset", "letter-jc")]
    for k, rel in enumerate(random.Random(a.seed + 2).sample(sorted(pdfs), 5)):
        b.scan(rel, ocr_layer=(k % 2 == 0))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(b.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(b.entries)} documents written to {out}")


if __name__ == "__main__":
    main()
