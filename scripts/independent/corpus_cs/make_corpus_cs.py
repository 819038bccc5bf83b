#!/usr/bin/env python3
"""Corpus CS: an independent labelled corpus of realistic archive documents (issue 8, "set 2").

Word files built from raw OOXML (content controls with placeholder text, headers/footers with
fields, text boxes with VML fallback, tracked changes, comments), PDFs printed, "scanned" to
images and OCR'd with real Tesseract (some damaged), e-mails, journal notes, decision letters
(agreement in the body or as "Bilag 1"), RTF exports, a few English documents, Min Plan prints
and documents that are none of the kinds.

Labels come from the rule docs (`mentordocs rules NAME`) and /work/shared/domain.md only.

    python make_corpus_cs.py --out /work/corpora/cs [--seed 808]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xesc

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = ["Viborg", "Holbæk", "Assens", "Tønder", "Faxe", "Roskilde", "Herning", "Silkeborg",
            "Frederikshavn", "Næstved", "Slagelse", "Horsens"]
FIRST = ["Anna", "Mads", "Fatima", "Jonas", "Line", "Ahmed", "Sofie", "Kasper", "Mette", "Emil",
         "Nadia", "Rasmus", "Camilla", "Yusuf", "Ida", "Frederik", "Louise", "Mikkel", "Sara", "Peter"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Østergaard", "Kristensen", "Madsen", "Olsen", "Thomsen", "Poulsen", "Mortensen"]
PROVIDERS = ["Jobhuset", "Mentorhuset ApS", "Trinet Mentor", "Vejen Videre", "Kompetencecentret",
             "Ungeenheden", "Mentorkorpset"]

GOALS_OK = [
    "{c} starter på grundforløbet på SOSU-skolen den 1. august 2026 og møder mindst fire dage om ugen.",
    "{c} er i virksomhedspraktik 15 timer om ugen i Netto i {k} senest 1. juni 2026, med henblik på løntilskud.",
    "{c} gennemfører FVU-dansk trin 2 på VUC {k} og består prøven i december 2026.",
    "{c} har et fleksjob som lagermedarbejder med 12 timer om ugen inden periodens udløb.",
    "At {c} fastholder sin læreplads som tømrerlærling (EUD) og har højst to dages fravær om måneden.",
    "{c} begynder på FGU {k} (produktionsgrunduddannelsen, køkkenlinjen) efter sommerferien 2026.",
    "{c} er i praktik på plejecentret 3 dage om ugen og søger mindst 2 stillinger om måneden som serviceassistent.",
    "{c} gennemfører AMU-kurset i truckcertifikat og får ordinære løntimer hos et vognmandsfirma.",
    "{c} møder stabilt på HF-enkeltfag (dansk og matematik) og afleverer alle opgaver til tiden.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {c} arbejder med sig selv og får det bedre.",
    "Hjælp til at komme videre og komme tættere på arbejdsmarkedet.",
    "Øget selvværd og motivation.",
    "Sikre at {c} får mere overskud i hverdagen.",
]
TASKS = [
    "følge {c} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælp til at åbne og besvare post i e-Boks",
    "støtte i kontakten til skolens studievejleder",
    "træne busruten til skolen",
    "planlægge ugen sammen med {c} hver mandag",
    "deltage i opstartsmødet med arbejdsgiveren",
    "hjælpe med at lave et budget og betale regninger til tiden",
    "følge op på aftaler med egen læge",
]
FOLLOW = [
    "Statusmøde med mentor og sagsbehandler hver måned. Evaluering 14 dage før ophør.",
    "Vi følger op hver 4. uge. Delmål: fremmøde fire dage om ugen fra maj.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
    "Sagsbehandler og mentor holder opfølgningssamtale med {c} hver 6. uge; progressionen måles på fremmøde.",
    "Opfølgning ved statusmøde hver anden måned, hvor vi ser på delmålene.",
]
HOURS_OK = ["3 timer pr. uge", "1½ time om ugen", "halvanden time ugentligt", "to timer om ugen",
            "2-3 timer pr. uge", "24 mentortimer i perioden", "4 t/uge", "5 timer om ugen",
            "8 timer om måneden", "2 timer ugentligt"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale"]
APPEAL_OK = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen "
    "fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen til {k} Kommune, Jobcenter {k}, inden 4 uger efter du har modtaget den. "
    "Du kan klage skriftligt eller mundtligt. Vi genvurderer afgørelsen, og fastholder vi den, sender vi "
    "klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Klagen skal sendes til jobcentret senest 4 uger efter, at du har fået afgørelsen. Jobcentret "
    "vurderer sagen igen. Får du ikke medhold, sendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_WRONG = "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."
APPEAL_INCOMPLETE = "Du kan klage over afgørelsen, hvis du ikke er enig."
PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def fmt_date(d: dt.date, style: int) -> str:
    return [f"{d.day}. {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}/{d.month} {d.year}", f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}",
            d.isoformat(), f"{d.day}/{d.month}-{d.year % 100:02d}"][style]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


class Case:
    """One citizen's mentor support: the facts every rendering draws from."""

    def __init__(self, rng: random.Random, idx: int) -> None:
        self.rng = rng
        self.k = rng.choice(KOMMUNER)
        self.c_first = rng.choice(FIRST)
        self.c_name = f"{self.c_first} {rng.choice(LAST)}"
        self.m_first = rng.choice([f for f in FIRST if f != self.c_first])
        self.m_name = f"{self.m_first} {rng.choice(LAST)}"
        self.sb_name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.provider = rng.choice(PROVIDERS)
        self.m_phone = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.sb_phone = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.m_mail = f"{self.m_first.lower()}@{self.provider.split()[0].lower()}.dk".replace("ø", "oe")
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 40)}.{rng.randint(10, 20)}-G01-{rng.randint(100, 9999)}-26"
        start = dt.date(2026, rng.randint(1, 10), rng.choice([1, 1, 1, 15, 4, 10]))
        self.start = start
        self.months = rng.choice([3, 4, 6, 6, 6])
        self.end = add_months(start, self.months) - dt.timedelta(days=1)
        self.date_style = rng.randrange(6)
        self.goal = rng.choice(GOALS_OK).format(c=self.c_first, k=self.k)
        self.tasks = [t.format(c=self.c_first) for t in rng.sample(TASKS, rng.randint(2, 4))]
        self.follow = rng.choice(FOLLOW).format(c=self.c_first)
        self.hours = rng.choice(HOURS_OK)
        self.appeal = rng.choice(APPEAL_OK).format(k=self.k)
        self.cpr = None
        self.extras: list[str] = []
        self.rules: set[str] = set()
        self.traits: list[str] = []
        self.over = False

    def period_text(self) -> str:
        return f"{fmt_date(self.start, self.date_style)} – {fmt_date(self.end, self.date_style)}"

    def with_cpr(self) -> str:
        d = dt.date(self.rng.randint(1960, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28))
        self.cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.rng.randint(1000, 9999)}"
        self.traits.append("cpr")
        return self.cpr

    def make_over(self) -> None:
        self.end = add_months(self.start, self.rng.choice([8, 9, 12])) - dt.timedelta(days=1)
        self.rules.add("duration-over-6-months")
        self.traits.append("defect:over6")
        self.over = True

    def period_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


# ---------------------------------------------------------------- agreement content model
# A field is (key, label, value) where value is str | list[str] | None (absent) | "" (empty).

LABELS = {
    "goal": ["Målet med mentorstøtten", "Borgerens mål", "Mål for forløbet", "Formål",
             "Vi har aftalt følgende mål for forløbet:", "Hvad er målet?", "Mål og delmål"],
    "mentor": ["Mentor", "Mentors kontaktdata", "Din mentor", "Mentorens navn og kontaktoplysninger",
               "Hvem er din mentor?", "Kontaktperson (mentor)"],
    "tasks": ["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "{m} skal hjælpe dig med:",
              "Indsatsområder", "Støtten består i", "Opgaver"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Aftalen gælder", "Hvor længe?", "Støtteperiode"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Sådan følger vi op", "Evaluering og opfølgning"],
    "hours": ["Timetal", "Antal timer", "Hvor mange timer?", "Timer pr. uge", "Timeantal"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du", "Klageadgang"],
}
ORDER = ["goal", "mentor", "tasks", "duration", "hours", "follow", "appeal"]
DEFECT_RULE = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
               "duration": "missing-duration", "follow": "missing-follow-up", "hours": "missing-hours",
               "appeal": "missing-appeal-guidance"}


def agreement_fields(case: Case, defects: list[str], minplan: bool = False) -> list[tuple[str, str, object]]:
    rng = case.rng
    out = []
    for key in ORDER:
        if minplan and key in ("follow", "appeal"):
            continue
        label = rng.choice(LABELS[key]).format(m=case.m_first)
        if key == "goal":
            val = case.goal
        elif key == "mentor":
            val = f"{case.m_name}, {case.provider}, tlf. {case.m_phone}, {case.m_mail}"
        elif key == "tasks":
            val = list(case.tasks)
        elif key == "duration":
            val = case.period_text()
        elif key == "hours":
            val = case.hours
        elif key == "follow":
            val = case.follow
        else:
            val = case.appeal
        out.append([key, label, val])
    for d in defects:
        for f in out:
            key = f[0]
            if d == f"absent:{key}":
                f[2] = None
                case.rules.add(DEFECT_RULE[key])
            elif d == f"empty:{key}":
                f[2] = rng.choice(["", "-", "Udfyldes senere", "xx", "…"])
                case.rules.add(DEFECT_RULE[key])
            elif d == "vague:hours" and key == "hours":
                f[2] = rng.choice(HOURS_VAGUE)
                case.rules.add("missing-hours")
            elif d == "noname:mentor" and key == "mentor":
                f[2] = f"{case.m_name}, {case.provider}"
                case.rules.add("missing-mentor")
            elif d == "unclear:goal" and key == "goal":
                f[2] = rng.choice(GOALS_UNCLEAR).format(c=case.c_first)
                case.rules.add("unclear-goal")
            elif d == "incomplete:appeal" and key == "appeal":
                f[2] = APPEAL_INCOMPLETE
                case.rules.add("missing-appeal-guidance")
            elif d == "wrong:appeal" and key == "appeal":
                f[2] = APPEAL_WRONG
                case.extras.append("appeal-wrong-route")
        if d.startswith(("absent", "empty", "vague", "noname", "unclear", "incomplete", "wrong")):
            pass
    case.traits += [f"defect:{d}" for d in defects]
    return [tuple(f) for f in out]


def pick_defects(rng: random.Random, minplan: bool = False) -> list[str]:
    """About 45 % of agreements are defective; a few have two defects."""
    pool = ["absent:goal", "empty:goal", "absent:mentor", "noname:mentor", "absent:tasks", "empty:tasks",
            "absent:duration", "empty:duration", "absent:hours", "vague:hours", "unclear:goal",
            "absent:follow", "empty:follow", "absent:appeal", "incomplete:appeal", "wrong:appeal", "over6"]
    if minplan:
        pool = [p for p in pool if "follow" not in p and "appeal" not in p]
    r = rng.random()
    if r < 0.55:
        return []
    n = 1 if r < 0.9 else 2
    picks = []
    for p in rng.sample(pool, len(pool)):
        base = p.split(":")[-1]
        if any(q.split(":")[-1] == base for q in picks):
            continue
        picks.append(p)
        if len(picks) == n:
            break
    return picks


def apply_over(case: Case, defects: list[str]) -> list[str]:
    if "over6" in defects:
        case.make_over()
        return [d for d in defects if d != "over6"]
    return defects


def as_text(val) -> str:
    if isinstance(val, list):
        return "; ".join(val)
    return val


def blocks_for(fields, layout: str, case: Case) -> list[tuple]:
    """Render fields to neutral blocks: ("h", text) ("p", text) ("li", text) ("row", [a, b])."""
    out: list[tuple] = []
    for key, label, val in fields:
        if val is None:
            continue
        if layout == "table":
            out.append(("row", [label.rstrip(":?"), as_text(val)]))
        elif layout == "headings":
            out.append(("h", label))
            if isinstance(val, list):
                out += [("li", v[0].upper() + v[1:]) for v in val]
            else:
                out.append(("p", val))
        else:  # label lines
            if isinstance(val, list):
                out.append(("p", label if label.endswith((":", "?")) else label + ":"))
                out += [("li", v) for v in val]
            else:
                sep = " " if label.endswith((":", "?")) else ": "
                out.append(("p", f"{label}{sep}{val}"))
    return out


def prose_for(fields, case: Case) -> list[str]:
    """The same facts as sentences (journal notes, e-mails)."""
    s = []
    for key, label, val in fields:
        if val is None:
            continue
        v = as_text(val)
        if isinstance(val, str) and val.strip() in ("", "-", "xx", "…", "Udfyldes senere"):
            s.append(f"{label.rstrip(':?')}: {val.strip() or 'Udfyldes senere'}")
        elif key == "goal":
            s.append(f"Vi har aftalt, at målet er: {v}" if v.strip() not in ("", "-", "xx", "…", "Udfyldes senere")
                     else "Målet: Udfyldes senere")
        elif key == "mentor":
            s.append(f"Din mentor er {v}.")
        elif key == "tasks":
            if isinstance(val, list):
                items = ", ".join(val[:-1]) + " og " + val[-1] if len(val) > 1 else val[0]
                s.append(case.rng.choice([f"{case.m_first} skal hjælpe dig med følgende: {items}.",
                                          f"Mentorens opgaver bliver: {items}."]))
            else:
                s.append(f"Mentorens opgaver: {v}")
        elif key == "duration":
            s.append(f"Mentorstøtten er bevilget i perioden {v}.")
        elif key == "hours":
            s.append(f"Timetallet er {v}.")
        elif key == "follow":
            s.append(v)
        elif key == "appeal":
            s.append(v)
    return s


# ---------------------------------------------------------------- DOCX (raw OOXML)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' \
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' \
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' \
    'mc:Ignorable="w14 wps"'


def r(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'


def p(runs: str, style: str | None = None, num: bool = False) -> str:
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "") + "</w:pPr>"
    return f"<w:p>{ppr}{runs}</w:p>"


def sdt(text: str | None, tag: str) -> str:
    """An inline content control; None = showing Word's placeholder (empty)."""
    if text is None:
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:showingPlcHdr/>'
                f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr>'
                f'<w:t>{PLACEHOLDER}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr>'
            f'<w:sdtContent>{r(text)}</w:sdtContent></w:sdt>')


def tracked(kind: str, text: str, n: int) -> str:
    if kind == "del":
        return (f'<w:del w:id="{n}" w:author="Sagsbehandler" w:date="2026-02-01T10:00:00Z"><w:r>'
                f'<w:delText xml:space="preserve">{xesc(text)}</w:delText></w:r></w:del>')
    return f'<w:ins w:id="{n}" w:author="Sagsbehandler" w:date="2026-02-01T10:00:00Z">{r(text)}</w:ins>'


def textbox(paras: list[str]) -> str:
    inner = "".join(p(r(t)) for t in paras)
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" '
            'distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
            '<wp:posOffset>3600000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
            '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2400000" cy="1200000"/>'
            '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Tekstfelt 1"/><a:graphic>'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2400000" cy="1200000"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>'
            f'{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Tekstfelt 1" '
            'style="position:absolute;width:189pt;height:94pt"><v:textbox><w:txbxContent>'
            f'{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
            '</w:r></w:p>')


def tbl(rows: list[list[str]]) -> str:
    """rows of cell XML fragments (already paragraph runs)."""
    body = ""
    for row in rows:
        body += "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{4500 if i else 2800}" w:type="dxa"/></w:tcPr>'
                                   f'{p(c)}</w:tc>' for i, c in enumerate(row)) + "</w:tr>"
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="Tabel-Gitter"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
            '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
            f'{body}</w:tbl>')


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ' + W + '>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Listeafsnit"><w:name w:val="List Paragraph"/>'
          '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>'
          '<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/>'
          '<w:rPr><w:color w:val="808080"/></w:rPr></w:style></w:styles>')
NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ' + W + '>'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:pPr><w:ind w:left="720" w:hanging="360"/>'
             '</w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def write_docx(path: Path, body: str, header: list[str] | None = None, footer: list[str] | None = None,
               comments: list[tuple[int, str]] | None = None) -> None:
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
          'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/>')
    sect = ""
    parts = {}
    if header:
        ct += ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'wordprocessingml.header+xml"/>')
        rels += ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'header" Target="header1.xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rId3"/>'
        parts["word/header1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ' + W + '>' +
                                     "".join(p(r(t)) for t in header) + "</w:hdr>")
    if footer:
        ct += ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'wordprocessingml.footer+xml"/>')
        rels += ('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'footer" Target="footer1.xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rId4"/>'
        fparas = "".join(p(r(t)) for t in footer)
        fparas += ('<w:p><w:r><w:t xml:space="preserve">Side </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                   '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar '
                   'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>'
                   '</w:r></w:p>')
        parts["word/footer1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ' + W + '>' +
                                     fparas + "</w:ftr>")
    if comments:
        ct += ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'wordprocessingml.comments+xml"/>')
        rels += ('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'comments" Target="comments.xml"/>')
        parts["word/comments.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ' + W + '>' +
                                      "".join(f'<w:comment w:id="{i}" w:author="Leder" w:date="2026-02-02T09:00:00Z">'
                                              f'{p(r(t))}</w:comment>' for i, t in comments) + "</w:comments>")
    ct += "</Types>"
    rels += "</Relationships>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W + '><w:body>' + body +
           f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" '
           'w:bottom="1701" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
                   '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
                   '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        for name, data in parts.items():
            z.writestr(name, data)


def blocks_to_docx_body(blocks: list[tuple]) -> str:
    out, rows = [], []
    for b in blocks + [("end",)]:
        if b[0] == "row":
            rows.append([r(b[1][0], bold=True), r(b[1][1])])
            continue
        if rows:
            out.append(tbl(rows))
            rows = []
        if b[0] == "title":
            out.append(p(r(b[1]), "Overskrift1"))
        elif b[0] == "h":
            out.append(p(r(b[1]), "Overskrift2"))
        elif b[0] == "p":
            out.append(p(r(b[1])))
        elif b[0] == "li":
            out.append(p(r(b[1]), "Listeafsnit", num=True))
        elif b[0] == "raw":
            out.append(b[1])
    return "".join(out)


# ---------------------------------------------------------------- PDF / scan / RTF / HTML / TXT
def write_pdf(path: Path, blocks: list[tuple], header: str | None = None, footer: str | None = None) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    story, rows = [], []

    def flush():
        nonlocal rows
        if rows:
            t = Table([[Paragraph(html.escape(a), ss["BodyText"]), Paragraph(html.escape(b), ss["BodyText"])]
                       for a, b in rows], colWidths=[4.5 * cm, 11.5 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
            rows = []
    for b in blocks:
        if b[0] == "row":
            rows.append(b[1])
            continue
        flush()
        if b[0] == "title":
            story.append(Paragraph(html.escape(b[1]), ss["Title"]))
        elif b[0] == "h":
            story.append(Paragraph(html.escape(b[1]), ss["Heading3"]))
        elif b[0] == "li":
            story.append(ListFlowable([Paragraph(html.escape(b[1]), ss["BodyText"])], bulletType="bullet",
                                      leftIndent=14))
        elif b[0] in ("p",):
            story.append(Paragraph(html.escape(b[1]), ss["BodyText"]))
    flush()

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2 * cm, 0.8 * cm, f"Side {doc.page}")
        canvas.restoreState()
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                      leftMargin=2.2 * cm, rightMargin=2.2 * cm).build(story, onFirstPage=deco, onLaterPages=deco)


def scan_pdf(path: Path, blocks: list[tuple], rng: random.Random, damage: bool, footer: str | None = None) -> None:
    """Print to PDF, 'scan' to images (grey, skew, noise; damaged: low dpi, blur, speckle), OCR with Tesseract."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        src = tdp / "src.pdf"
        write_pdf(src, blocks, footer=footer)
        pdf = pdfium.PdfDocument(str(src))
        imgs = []
        for i in range(len(pdf)):
            dpi = 150 if damage else 220
            img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
            img = img.rotate(rng.uniform(-1.2, 1.2) if not damage else rng.uniform(-2.5, 2.5),
                             expand=False, fillcolor=255, resample=Image.BICUBIC)
            if damage:
                img = img.filter(ImageFilter.GaussianBlur(0.9))
                px = img.load()
                w, h = img.size
                for _ in range(w * h // 400):
                    x, y = rng.randrange(w), rng.randrange(h)
                    px[x, y] = rng.choice([0, 90, 255])
                img = img.point(lambda v: min(255, int(v * 0.85 + 40)))
            f = tdp / f"p{i}.png"
            img.save(f, dpi=(dpi, dpi))
            imgs.append(str(f))
        pdf.close()
        lst = tdp / "list.txt"
        lst.write_text("\n".join(imgs) + "\n")
        subprocess.run(["tesseract", str(lst), str(tdp / "out"), "-l", "dan", "pdf"], check=True,
                       capture_output=True)
        shutil.copy(tdp / "out.pdf", path)


def rtf_escape(s: str) -> str:
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) < 128:
            o.append(ch)
        elif ord(ch) < 256:
            o.append("\\'%02x" % ord(ch))
        else:
            o.append("\\u%d?" % ord(ch))
    return "".join(o)


def write_rtf(path: Path, blocks: list[tuple], footer: str | None = None) -> None:
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}",
         r"\paperw11906\paperh16838\margl1134\margr1134\f0\fs22"]
    if footer:
        o.append(r"{\footer\pard\qc\fs16 " + rtf_escape(footer) + r"\par}")
    for b in blocks:
        if b[0] == "title":
            o.append(r"\pard\b\fs32 " + rtf_escape(b[1]) + r"\b0\fs22\par")
        elif b[0] == "h":
            o.append(r"\pard\b " + rtf_escape(b[1]) + r"\b0\par")
        elif b[0] == "p":
            o.append(r"\pard " + rtf_escape(b[1]) + r"\par")
        elif b[0] == "li":
            o.append(r"\pard\fi-360\li720 \bullet\tab " + rtf_escape(b[1]) + r"\par")
        elif b[0] == "row":
            o.append(r"\trowd\cellx2800\cellx9600\pard\intbl\b " + rtf_escape(b[1][0]) + r"\b0\cell " +
                     rtf_escape(b[1][1]) + r"\cell\row")
    o.append(r"\pard\par}")
    path.write_bytes("\n".join(o).encode("ascii"))


def to_txt(blocks: list[tuple]) -> str:
    out = []
    for b in blocks:
        if b[0] == "title":
            out += [b[1].upper(), ""]
        elif b[0] == "h":
            out += [b[1], ""] if b[1].endswith((":", "?")) else [b[1] + ":", ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "li":
            out.append(f"- {b[1]}")
        elif b[0] == "row":
            out += [f"{b[1][0]}: {b[1][1]}", ""]
    txt = "\n".join(out)
    return txt.replace("\n\n\n", "\n\n")


def to_html(blocks: list[tuple], title: str) -> str:
    o = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
         "<script>window.dataLayer=[];function track(){var x='Mentor: Test Testesen tlf. 11 22 33 44';}</script>"
         "</head><body><div class='sag'><div class='indhold'>"]
    inlist = False
    indl = False
    for b in blocks:
        if b[0] != "li" and inlist:
            o.append("</ul>")
            inlist = False
        if b[0] != "row" and indl:
            o.append("</dl>")
            indl = False
        if b[0] == "title":
            o.append(f"<h1>{html.escape(b[1])}</h1>")
        elif b[0] == "h":
            o.append(f"<h3>{html.escape(b[1])}</h3>")
        elif b[0] == "p":
            o.append(f"<div class='felt'><p>{html.escape(b[1])}</p></div>")
        elif b[0] == "li":
            if not inlist:
                o.append("<ul>")
                inlist = True
            o.append(f"<li>{html.escape(b[1])}</li>")
        elif b[0] == "row":
            if not indl:
                o.append("<dl>")
                indl = True
            o.append(f"<dt>{html.escape(b[1][0])}</dt><dd>{html.escape(b[1][1])}</dd>")
    if inlist:
        o.append("</ul>")
    if indl:
        o.append("</dl>")
    o.append("</div></div></body></html>")
    return "\n".join(o)


def ocr_damage(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """Seed-004-like damage: ø→e/g, æ→@/ae, å→a, ' i '→' 1 ', 'ti'→'fi', 'm'→'rn', hyphenated wraps."""
    subs = [("ø", "e"), ("ø", "g"), ("æ", "ae"), ("å", "a"), (" i ", " 1 "), ("ti", "fi"), ("m", "rn")]
    out = []
    for word in text.split(" "):
        w = word
        if rng.random() < rate * 0.3:
            a, b = rng.choice(subs)
            if a.strip() in w:
                w = w.replace(a.strip(), b.strip(), 1)
        out.append(w)
    return " ".join(out)


def hard_wrap(text: str, width: int = 72) -> str:
    import textwrap
    lines = []
    for para in text.split("\n"):
        if len(para) <= width:
            lines.append(para)
        else:
            lines += textwrap.wrap(para, width)
    return "\n".join(lines)


# ---------------------------------------------------------------- the corpus
class Writer:
    def __init__(self, out: Path, seed: int) -> None:
        self.out = out
        self.rng = random.Random(seed)
        self.entries: list[dict] = []
        self.n = 0

    def case(self) -> Case:
        self.n += 1
        return Case(self.rng, self.n)

    def add(self, rel: str, fmt: str, kind: str, layout: str, subtype: str, case: Case | None,
            traits: list[str] | None = None, period: bool = True) -> Path:
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        e = {"path": rel, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(case.rules) if case else [], "extras": sorted(set(case.extras)) if case else [],
             "error": None, "accept_errors": [],
             "must_not_contain": [case.cpr] if case and case.cpr else [],
             "traits": (case.traits if case else []) + (traits or [])}
        if case and period and kind != "unknown" and "missing-duration" not in case.rules:
            e["period"] = case.period_dict()
        self.entries.append(e)
        return path

    def header_block(self, case: Case, title: str, cpr: bool) -> list[tuple]:
        b = [("title", title), ("p", f"{case.k} Kommune · Jobcenter {case.k}"),
             ("p", f"Borger: {case.c_name}" + (f", CPR-nr. {case.with_cpr()}" if cpr else "")),
             ("p", f"Sagsnr.: {case.sagsnr}")]
        return b


AGREEMENT_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                    "Aftale om mentorstøtte efter LAB § 167", "Samarbejdsaftale – mentorstøtte"]


def gen_docx_agreements(w: Writer, count: int) -> None:
    variants = ["sdt", "footer_mentor", "footer_appeal", "textbox", "tracked", "comments", "header_mentor", "sdt"]
    for i in range(count):
        case = w.case()
        rng = w.rng
        variant = variants[i % len(variants)]
        defects = apply_over(case, pick_defects(rng))
        cpr = rng.random() < 0.25
        head = w.header_block(case, rng.choice(AGREEMENT_TITLES), cpr)
        header = footer = comments = None
        fields = agreement_fields(case, defects)
        fd = {k: (lab, v) for k, lab, v in fields}
        body_blocks = list(head)
        traits = [f"docx:{variant}"]
        if variant == "sdt":
            # Template with content controls in a label/value table; an empty field keeps the placeholder.
            rows = []
            for key, label, val in fields:
                if val is None:
                    continue
                if isinstance(val, str) and val.strip() in ("", "-", "Udfyldes senere", "xx", "…"):
                    cell = sdt(None, key)
                else:
                    cell = sdt(as_text(val), key)
                rows.append([r(label.rstrip(":?"), bold=True), cell])
            body = blocks_to_docx_body(head) + tbl(rows)
        else:
            inner = dict(fd)
            layout = rng.choice(["headings", "lines", "table"])
            if variant in ("footer_mentor", "header_mentor") and fd["mentor"][1] is not None:
                lab, val = inner.pop("mentor")
                txt = f"Din mentor: {val}" if variant == "footer_mentor" else f"Mentor {case.m_name} · {case.provider} · tlf. {case.m_phone} · {case.m_mail}"
                if "noname:mentor" in defects:
                    txt = f"Mentor: {case.m_name}, {case.provider}"
                if variant == "footer_mentor":
                    footer = [txt, f"{case.k} Kommune, Jobcenter {case.k}"]
                else:
                    header = [txt]
            if variant == "footer_appeal" and fd["appeal"][1] is not None:
                lab, val = inner.pop("appeal")
                footer = [f"Klagevejledning: {val}"]
            rest = [(k, lab, v) for k, (lab, v) in inner.items()]
            if variant == "textbox" and fd["mentor"][1] is not None:
                lab, val = inner["mentor"]
                rest = [f for f in rest if f[0] != "mentor"]
                body = blocks_to_docx_body(head) + textbox([lab.rstrip(":?") + ":", val]) + \
                    blocks_to_docx_body(blocks_for(rest, layout, case))
            elif variant == "tracked":
                fb = blocks_for(rest, "lines", case)
                body = blocks_to_docx_body(head)
                n = 10
                for b in fb:
                    if b[0] == "p" and b[1].startswith(fd["hours"][0]) and fd["hours"][1] is not None:
                        # Hours changed: old figure deleted, new inserted.
                        lab = fd["hours"][0]
                        sep = " " if lab.endswith((":", "?")) else ": "
                        body += p(r(lab + sep) + tracked("del", "1 time pr. uge", n) + tracked("ins", fd["hours"][1], n + 1))
                        n += 2
                    elif b[0] == "p" and fd["duration"][1] and b[1].startswith(fd["duration"][0]) \
                            and fd["duration"][1] == case.period_text():
                        # The end date was changed: the old end is deleted, the new one inserted.
                        lab = fd["duration"][0]
                        sep = " " if lab.endswith((":", "?")) else ": "
                        alt = add_months(case.start, 6 if case.over else 9) - dt.timedelta(days=1)
                        body += p(r(lab + sep + fmt_date(case.start, case.date_style) + " – ") +
                                  tracked("del", fmt_date(alt, case.date_style), n) +
                                  tracked("ins", fmt_date(case.end, case.date_style), n + 1))
                        n += 2
                        case.traits.append("period-end-tracked-change")
                    else:
                        body += blocks_to_docx_body([b])
                # A deleted paragraph that would have been the follow-up when it is absent.
                if fd["follow"][1] is None:
                    body += p(tracked("del", "Opfølgning: Statusmøde hver måned med sagsbehandler.", 90))
                    case.traits.append("follow-up-only-in-w:del")
            else:
                body = blocks_to_docx_body(head + blocks_for(rest, layout, case))
            if variant == "comments":
                comments = [(0, "Husk at skrive timetal: 3 timer pr. uge" if fd["hours"][1] is None
                             else "Er målet konkret nok?")]
                body = body + p('<w:commentRangeStart w:id="0"/>' + r("Aftalen er indgået på mødet i jobcentret.") +
                         '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>')
                if fd["hours"][1] is None:
                    case.traits.append("hours-only-in-comment")
        sig = p(r(f"Dato: {fmt_date(case.start - dt.timedelta(days=7), 0)}")) + \
            p(r(f"Underskrift borger: ____________    Underskrift mentor: ____________"))
        path = w.add(f"word/{i:03d}-aftale-{variant}.docx", "docx", "agreement", f"docx-{variant}", "agreement",
                     case, traits)
        write_docx(path, body + sig, header=header, footer=footer, comments=comments)


def gen_scans(w: Writer, count: int) -> None:
    for i in range(count):
        case = w.case()
        rng = w.rng
        damage = i % 3 == 2
        defects = apply_over(case, pick_defects(rng))
        fields = agreement_fields(case, defects)
        blocks = w.header_block(case, rng.choice(AGREEMENT_TITLES), rng.random() < 0.25) + \
            blocks_for(fields, rng.choice(["headings", "lines", "table"]), case)
        blocks.append(("p", "Underskrevet af borger og mentor."))
        path = w.add(f"scannet/{i:03d}-scan-aftale.pdf", "pdf", "agreement", "scan-ocr" + ("-damaged" if damage else ""),
                     "agreement", case, ["tesseract-ocr", "scan-damaged" if damage else "scan-clean"])
        scan_pdf(path, blocks, rng, damage, footer=f"{case.k} Kommune · Jobcenter {case.k}")


def gen_emails(w: Writer, count: int) -> None:
    for i in range(count):
        case = w.case()
        rng = w.rng
        defects = apply_over(case, pick_defects(rng))
        fields = agreement_fields(case, defects)
        sents = prose_for(fields, case)
        msg = EmailMessage()
        msg["From"] = f"{case.sb_name} <{case.sb_name.split()[0].lower()}@{case.k.lower().replace('ø','o').replace('æ','ae')}.dk>"
        msg["To"] = f"{case.c_name} <borger{i}@example.dk>"
        msg["Subject"] = rng.choice(["Aftale om mentorstøtte", "Referat: vores aftale om mentor",
                                     "SV: Mentorforløb – det vi aftalte"])
        msg["Date"] = format_datetime(dt.datetime(2026, case.start.month, 1, 9, 30, tzinfo=dt.timezone.utc))
        cpr_line = ""
        if rng.random() < 0.2:
            cpr_line = f"(Vedr. CPR {case.with_cpr()})\n\n"
        body = (f"Kære {case.c_first}\n\n{cpr_line}Tak for mødet i dag. Her er det, vi aftalte om din mentorstøtte:\n\n"
                + "\n\n".join(hard_wrap(s, 74) for s in sents)
                + f"\n\nSkriv endelig, hvis noget er forkert.\n\nVenlig hilsen\n\n-- \n{case.sb_name}\nSagsbehandler, "
                  f"Jobcenter {case.k}\nTlf. {case.sb_phone}\n")
        if i % 2 == 0:
            body += (f"\nDen 28. {MONTHS[(case.start.month - 2) % 12]} 2026 skrev {case.c_name}:\n> Hej, hvornår "
                     f"starter min mentor? Jeg kan træffes på 12 34 56 78.\n> Mvh {case.c_first}\n")
        msg.set_content(body)
        path = w.add(f"mail/{i:03d}-aftale.eml", "eml", "agreement", "email-prose", "agreement", case,
                     ["caseworker-signature", "quoted-mail" if i % 2 == 0 else "no-quote"])
        path.write_bytes(bytes(msg))


def gen_journal(w: Writer, count: int) -> None:
    for i in range(count):
        case = w.case()
        rng = w.rng
        defects = apply_over(case, pick_defects(rng))
        fields = agreement_fields(case, defects)
        jfields = []
        for key, label, val in fields:
            if key == "appeal" and val is not None:
                val = {APPEAL_INCOMPLETE: f"{case.c_first} er vejledt om, at afgørelsen kan påklages.",
                       APPEAL_WRONG: f"{case.c_first} er vejledt om, at der kan klages til Ankestyrelsen inden 4 uger."}.get(
                    val, f"{case.c_first} er vejledt om klageadgang: klage sendes til kommunen inden fire uger; "
                         f"kommunen genvurderer og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes.")
            jfields.append((key, label, val))
        sents = prose_for(jfields, case)
        cpr = f" ({case.with_cpr()})" if rng.random() < 0.3 else ""
        text = (f"JOURNALNOTAT\n\nSag: {case.sagsnr}\nBorger: {case.c_name}{cpr}\nNotattype: Aftale om mentorstøtte\n"
                f"Dato: {fmt_date(case.start - dt.timedelta(days=5), 1)}\nJournalført af: {case.sb_name}\n\n"
                f"Møde i jobcentret med {case.c_first} og mentor. Vi gennemgik mentoraftalen, og følgende blev aftalt. "
                + " ".join(s.replace("Din mentor er", "Mentor er").replace("dig med", f"{case.c_first} med") for s in sents)
                + f"\n\n{case.c_first} var enig i aftalen. Aftalen er sendt til e-Boks.\n")
        text = hard_wrap(text, 78)
        fmt = "txt"
        path = w.add(f"journal/{i:03d}-journalnotat-mentoraftale.txt", fmt, "agreement", "journal-prose",
                     "agreement", case, ["hard-wrapped"])
        path.write_text(text, encoding="utf-8" if i % 2 else "cp1252", errors="replace")


def gen_rtf(w: Writer, count: int) -> None:
    for i in range(count):
        case = w.case()
        rng = w.rng
        defects = apply_over(case, pick_defects(rng))
        fields = agreement_fields(case, defects)
        footer = None
        if i % 2 == 0 and fields[-1][2] is not None and fields[-1][0] == "appeal":
            footer = "Klagevejledning: " + fields[-1][2]
            fields = fields[:-1]
        blocks = w.header_block(case, rng.choice(AGREEMENT_TITLES), rng.random() < 0.25) + \
            blocks_for(fields, rng.choice(["headings", "lines", "table"]), case)
        path = w.add(f"rtf/{i:03d}-aftale-eksport.rtf", "rtf", "agreement", "rtf" + ("-footer" if footer else ""),
                     "agreement", case, ["appeal-in-footer"] if footer else [])
        write_rtf(path, blocks, footer=footer)


def gen_english(w: Writer, count: int) -> None:
    for i in range(count):
        case = w.case()
        rng = w.rng
        defect = ["", "absent:hours", "", "unclear"][i % 4]
        if defect == "absent:hours":
            case.rules.add("missing-hours")
        goal = case.goal if defect != "unclear" else "Support to improve well-being and motivation."
        if defect == "unclear":
            case.rules.add("unclear-goal")
        case.traits += ["english"] + ([f"defect:{defect}"] if defect else [])
        lines = [("title", "Mentor Support Agreement"), ("p", f"{case.k} Municipality – Job Centre {case.k}"),
                 ("p", f"Citizen: {case.c_name}"), ("h", "Goal of the mentor support"), ("p", goal),
                 ("h", "Your mentor"), ("p", f"{case.m_name}, {case.provider}, phone {case.m_phone}, {case.m_mail}"),
                 ("h", "The mentor will help you with"), *[("li", t) for t in
                                                           ["getting to your work placement on time",
                                                            "weekly talks about attendance",
                                                            "contact with the school's counsellor"]],
                 ("h", "Period"), ("p", f"{case.start.day} {dt.date(2000, case.start.month, 1).strftime('%B')} "
                                        f"{case.start.year} to {case.end.day} "
                                        f"{dt.date(2000, case.end.month, 1).strftime('%B')} {case.end.year}")]
        if defect != "absent:hours":
            lines += [("h", "Hours"), ("p", rng.choice(["3 hours per week", "2 hrs/week", "4 hours a week"]))]
        lines += [("h", "Follow-up"), ("p", "Status meeting with mentor and caseworker every month; evaluation two weeks before the end."),
                  ("h", "How to appeal"), ("p", f"If you disagree with the decision, you can complain to {case.k} "
                                                f"Municipality within 4 weeks. The municipality reconsiders the decision and, "
                                                f"if it is upheld, forwards your complaint to Ankestyrelsen (the National "
                                                f"Social Appeals Board).")]
        fmt = ["docx", "pdf", "html", "txt"][i % 4]
        path = w.add(f"english/{i:03d}-mentor-agreement.{fmt}", fmt, "agreement", "english", "agreement", case)
        render(path, fmt, lines, case, w.rng)


def render(path: Path, fmt: str, blocks: list[tuple], case: Case | None, rng: random.Random,
           footer: str | None = None) -> None:
    if fmt == "docx":
        write_docx(path, blocks_to_docx_body(blocks), footer=[footer] if footer else None)
    elif fmt == "pdf":
        write_pdf(path, blocks, footer=footer)
    elif fmt == "html":
        path.write_text(to_html(blocks, blocks[0][1]), encoding="utf-8")
    elif fmt == "rtf":
        write_rtf(path, blocks, footer=footer)
    else:
        path.write_text(to_txt(blocks) + (f"\n{footer}\n" if footer else ""), encoding="utf-8")


DECISION_REASONS = "Vi har lagt vægt på, at du har brug for støtte til at fastholde dit praktikforløb, jf. LAB § 167, stk. 1."


def gen_decisions(w: Writer, count: int) -> None:
    kinds = ["bevilling", "bevilling-bilag", "afslag", "delvis", "bevilling-body", "forlængelse", "ophør",
             "bevilling-bilag"]
    for i in range(count):
        case = w.case()
        rng = w.rng
        kind = kinds[i % len(kinds)]
        cpr = rng.random() < 0.25
        greet = [("title", "Afgørelse om mentorstøtte"), ("p", f"{case.k} Kommune · Jobcenter {case.k} · "
                                                             f"{fmt_date(case.start - dt.timedelta(days=10), 0)}"),
                 ("p", f"Til {case.c_name}" + (f", CPR-nr. {case.with_cpr()}" if cpr else "")),
                 ("p", f"Sagsnr. {case.sagsnr}"), ("p", f"Kære {case.c_first}")]
        blocks = list(greet)
        appeal_state = rng.choices(["ok", "absent", "incomplete", "wrong"], [0.7, 0.12, 0.1, 0.08])[0]
        if rng.random() < 0.15 and kind not in ("afslag", "ophør"):
            case.make_over()
        if kind in ("bevilling", "bevilling-bilag", "bevilling-body"):
            blocks.append(("p", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i "
                                f"perioden {case.period_text()}."))
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", DECISION_REASONS))
        elif kind == "forlængelse":
            blocks.append(("p", f"Din mentorstøtte forlænges i perioden {case.period_text()}. Forlængelsen er en "
                                f"ny periode efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt."))
            blocks.append(("p", DECISION_REASONS))
        elif kind == "delvis":
            blocks.append(("p", f"Du har søgt om mentorstøtte i 9 måneder med 6 timer om ugen. Du får bevilget "
                                f"mentorstøtte i perioden {case.period_text()} med 3 timer pr. uge. Du får altså "
                                f"delvis medhold."))
            if i % 2 == 0:
                blocks.append(("h", "Begrundelse"))
                blocks.append(("p", "Vi har lagt vægt på, at dit behov efter vores vurdering kan dækkes med færre "
                                    "timer, og at loven giver højst 6 måneder ad gangen, jf. LAB § 167, stk. 1."))
            else:
                case.extras.append("missing-reasons")
        elif kind == "afslag":
            blocks.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag på mentorstøtte."))
            if i % 3 != 0:
                blocks.append(("h", "Begrundelse"))
                blocks.append(("p", "Vi har lagt vægt på, at du allerede får støtte fra skolens SPS-ordning, som "
                                    "dækker dit behov, jf. LAB § 167 og BAB § 120."))
            else:
                case.extras.append("missing-reasons")
        elif kind == "ophør":
            blocks.append(("p", f"Vi har besluttet, at din mentorstøtte ophører pr. {fmt_date(case.end, 0)}."))
            blocks.append(("p", "Vi har lagt vægt på, at du nu er i ordinær uddannelse og ikke længere har behov "
                                "for støtten, jf. LAB § 167."))
        is_agree = kind in ("bevilling-bilag", "bevilling-body")
        traits = [f"decision:{kind}"]
        if kind == "bevilling-body":
            defects = pick_defects(rng)
            defects = [d for d in defects if "appeal" not in d and d != "over6" and "duration" not in d][:1]
            fields = agreement_fields(case, defects)
            fields = [f for f in fields if f[0] not in ("appeal", "duration")]
            blocks.append(("h", "Aftale om mentorstøtte"))
            blocks += blocks_for(fields, "lines", case)
        tail = []
        if appeal_state == "ok":
            tail = [("h", "Klagevejledning"), ("p", case.appeal)]
        elif appeal_state == "incomplete":
            tail = [("h", "Klagevejledning"), ("p", APPEAL_INCOMPLETE)]
            case.rules.add("missing-appeal-guidance")
        elif appeal_state == "wrong":
            tail = [("h", "Klagevejledning"), ("p", APPEAL_WRONG)]
            case.extras.append("appeal-wrong-route")
        else:
            case.rules.add("missing-appeal-guidance")
        case.traits.append(f"appeal:{appeal_state}")
        blocks += tail + [("p", "Med venlig hilsen"), ("p", f"{case.sb_name}, sagsbehandler, tlf. {case.sb_phone}")]
        if kind == "bevilling-bilag":
            defects = [d for d in pick_defects(rng) if "appeal" not in d and d != "over6" and "duration" not in d][:1]
            fields = agreement_fields(case, defects)
            fields = [f for f in fields if f[0] != "appeal"]
            blocks.append(("title", "Bilag 1: Aftale om mentorstøtte"))
            blocks += blocks_for(fields, rng.choice(["table", "headings"]), case)
        fmt = ["docx", "pdf", "txt", "rtf", "html"][i % 5]
        path = w.add(f"afgoerelser/{i:03d}-afgoerelse-{kind}.{fmt}", fmt, "decision", f"decision-{kind}",
                     "decision", case, traits, period=kind not in ("afslag",))
        if kind in ("afslag", "ophør"):
            w.entries[-1].pop("period", None)
        render(path, fmt, blocks, case, rng)


def gen_minplan(w: Writer, count: int) -> None:
    for i in range(count):
        case = w.case()
        rng = w.rng
        defects = apply_over(case, pick_defects(rng, minplan=True))
        fields = agreement_fields(case, defects, minplan=True)
        mp = {"goal": "Formål med mentorstøtten", "mentor": "Mentor", "tasks": "Mentorens opgaver",
              "duration": "Periode", "hours": "Timetal"}
        cpr = f" ({case.with_cpr()})" if i % 3 == 1 else ""
        blocks = [("title", "Min Plan"), ("p", f"Udskrevet {fmt_date(case.start, 4)} fra Min Plan · {case.c_name}{cpr}"),
                  ("h", "Aktivitet: Virksomhedspraktik"), ("row", ["Periode", "1. februar 2026 – 31. december 2026"]),
                  ("row", ["Kontaktperson", f"{case.sb_name}, tlf. {case.sb_phone}"]),
                  ("h", "Aktivitet: Mentorstøtte (§ 167)")]
        for key, label, val in fields:
            if val is None:
                continue
            blocks.append(("row", [mp[key], as_text(val)]))
        # The practice activity above is 11 months but is not the mentor support.
        fmt = ["html", "pdf", "txt", "docx"][i % 4]
        path = w.add(f"minplan/{i:03d}-min-plan-udskrift.{fmt}", fmt, "minplan", "minplan-print", "minplan", case,
                     ["other-activity-11-months"])
        render(path, fmt, blocks, case, rng)


UNKNOWN_DOCS = [
    ("referat-teammoede", "Referat af teammøde i mentorteamet",
     ["Deltagere: Lise, Ole, Hanne (mentorer), Karin (leder).", "Dagsorden: 1) Kapacitet 2) Nye retningslinjer 3) Eventuelt",
      "Ad 1) Vi har 14 forløb i gang. Hver mentor har ca. 6 timer pr. uge pr. borger i gennemsnit.",
      "Ad 2) Karin gennemgik kravene: en aftale skal have mål, mentorens navn og kontaktdata, opgaver, varighed (højst 6 måneder) og timetal, samt klagevejledning.",
      "Næste møde: 12. marts 2026 kl. 9-11."]),
    ("faktura", "Faktura nr. 2026-0142",
     ["Mentorhuset ApS · CVR 12345678 · Tlf. 70 20 30 40", "Til: Jobcenter Viborg, Kreditorafdelingen",
      "Mentorforløb for borger (sagsnr. 13.04.10-G01-2231-26), periode 1. januar 2026 – 31. marts 2026",
      "36 mentortimer á 495 kr. = 17.820 kr.", "Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 5678901."]),
    ("statusrapport", "Statusrapport fra mentor",
     ["Borger: Jonas (sag 13.04.10-G01-5520-26)", "Mentor: Sara Jensen, Jobhuset, tlf. 22 33 44 55",
      "Periode for rapporten: 1. marts – 31. maj 2026",
      "Jonas har mødt stabilt i praktikken 3 dage om ugen. Vi har haft 3 timer pr. uge sammen, primært om transport og fremmøde.",
      "Målet om at starte på EUD til september ser realistisk ud. Anbefaling: fortsat mentorstøtte i 3 måneder."]),
    ("vejledning", "Sådan får du en mentor – vejledning til borgere",
     ["En mentor kan hjælpe dig med at komme i job eller uddannelse.",
      "Når du får en mentor, laver vi en skriftlig aftale. Den indeholder målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, hvor længe støtten varer (højst 6 måneder ad gangen) og hvor mange timer om ugen.",
      "Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger.",
      "Kontakt din sagsbehandler for at høre mere."]),
    ("sportsklub-mentoraftale", "Mentoraftale – Ungementor i Viborg Håndboldklub",
     ["Som en del af klubbens frivillige mentorprogram får alle U17-spillere en voksen mentor.",
      "Mål: Spilleren bliver en del af holdet og gennemfører sæsonen.", "Mentor: Bo Kristensen, tlf. 40 50 60 70",
      "Mentorens opgaver: hente til træning, tale om skole og fritid.", "Periode: august 2026 – juni 2027. Ca. 2 timer om ugen.",
      "Aftalen er frivillig og kan opsiges af begge parter."]),
    ("friskole-mentor", "Friskolens mentorordning 2026/27",
     ["Hver elev i 8. og 9. klasse tilknyttes en lærer som mentor hele skoleåret.",
      "Mentor og elev mødes en time hver anden uge og følger op på elevplanen.",
      "Forældre kan kontakte skolens kontor på 86 12 34 56."]),
    ("partshoering", "Partshøring før afgørelse om mentorstøtte",
     ["Vi overvejer at give dig afslag på din ansøgning om mentorstøtte.",
      "Før vi træffer afgørelse, har du mulighed for at komme med dine bemærkninger inden 14 dage.",
      "Vi har lagt vægt på oplysningerne fra din praktikvært."]),
    ("kvalitetsstandard", "Kvalitetsstandard for mentorstøtte 2026",
     ["Formål: Kvalitetsstandarden beskriver serviceniveauet for mentorstøtte i kommunen.",
      "Niveau 1: 0-1 time pr. uge, opfølgning hver 3. måned. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge.",
      "Alle aftaler skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, timetal og klagevejledning.",
      "Klageadgang: Du kan klage til kommunen inden fire uger; klagen sendes videre til Ankestyrelsen."]),
    ("moedeindkaldelse-mail", "Indkaldelse til opstartsmøde",
     ["Hej Mads", "Du er indkaldt til opstartsmøde om mentorstøtte tirsdag den 3. marts 2026 kl. 10 i Jobcentret.",
      "Din kommende mentor deltager også.", "Mvh Karin, tlf. 87 87 12 12"]),
    ("ankestyrelsen-afgoerelse", "Ankestyrelsens afgørelse",
     ["Ankestyrelsen har behandlet din klage over kommunens afgørelse om mentorstøtte.",
      "Resultat: Ankestyrelsen stadfæster kommunens afgørelse.",
      "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed."]),
    ("pjece", "Mentor – en hjælp til at komme videre (pjece)",
     ["Hvad er en mentor?", "En mentor er en person, der kan støtte dig i hverdagen, på skolen eller på arbejdspladsen.",
      "Hvor længe? Typisk op til 6 måneder ad gangen, med mulighed for forlængelse.",
      "Læs mere på kommunens hjemmeside."]),
    ("bestilling-mentorforloeb", "Bestilling af mentorforløb",
     ["Jobcenter Horsens bestiller hermed et mentorforløb hos Trinet Mentor.",
      "Borgerens sagsnummer: 13.04.10-G01-8812-26. Forventet opstart uge 12.",
      "Leverandøren bedes bekræfte opstart og oplyse mentorens navn senest fredag."]),
]


def gen_unknown(w: Writer) -> None:
    fmts = ["docx", "pdf", "txt", "eml", "html", "rtf", "docx", "txt", "eml", "pdf", "html", "docx"]
    for i, (slug, title, paras) in enumerate(UNKNOWN_DOCS):
        fmt = fmts[i]
        case = None
        traits = ["not-a-mentor-document-kind"]
        cprs = []
        if i in (2, 6, 9):
            c = Case(w.rng, 0)
            paras = [f"CPR-nr.: {c.with_cpr()}"] + paras
            cprs = [c.cpr]
            traits.append("cpr")
        path = w.add(f"andet/{i:03d}-{slug}.{fmt}", fmt, "unknown", "mixed", slug, None, traits)
        w.entries[-1]["must_not_contain"] = cprs
        if fmt == "eml":
            msg = EmailMessage()
            msg["From"] = "Jobcenter <jobcenter@example.dk>"
            msg["To"] = "borger@example.dk"
            msg["Subject"] = title
            msg["Date"] = format_datetime(dt.datetime(2026, 2, 20, 8, 0, tzinfo=dt.timezone.utc))
            msg.set_content("\n\n".join(paras) + "\n")
            path.write_bytes(bytes(msg))
        else:
            render(path, fmt, [("title", title)] + [("p", t) for t in paras], None, w.rng)


def gen_ocr_text(w: Writer, count: int) -> None:
    """Text exports of OCR'd agreements as an archive system stores them, with seed-004-like damage."""
    for i in range(count):
        case = w.case()
        rng = w.rng
        defects = apply_over(case, pick_defects(rng))
        fields = agreement_fields(case, defects)
        blocks = w.header_block(case, rng.choice(AGREEMENT_TITLES), rng.random() < 0.25) + \
            blocks_for(fields, "headings", case)
        txt = to_txt(blocks)
        damaged = "\n".join(ocr_damage(line, rng) if not any(ch.isdigit() for ch in line) else line
                            for line in txt.split("\n"))
        # hyphenated wraps
        damaged = hard_wrap(damaged, 70).replace("beskæftigelse", "beskæfti-\ngelse")
        path = w.add(f"ocr-tekst/{i:03d}-ocr-aftale.txt", "txt", "agreement", "ocr-text-damaged", "agreement", case,
                     ["ocr-damage-seed004-style"])
        path.write_text(damaged, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=808)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    w = Writer(a.out, a.seed)
    gen_docx_agreements(w, 20)   # 20 agreements
    gen_scans(w, 10)             # 30
    gen_emails(w, 8)             # 38
    gen_journal(w, 7)            # 45
    gen_rtf(w, 7)                # 52
    gen_english(w, 4)            # 56
    gen_ocr_text(w, 4)           # 60 agreements
    gen_decisions(w, 20)
    gen_minplan(w, 8)
    gen_unknown(w)
    from collections import Counter
    for e in w.entries:
        e["traits"] = sorted(set(e["traits"]))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(w.entries, key=lambda e: e["path"])]
    (a.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(w.entries), "documents;", dict(Counter(e["kind"] for e in w.entries)))


if __name__ == "__main__":
    main()
