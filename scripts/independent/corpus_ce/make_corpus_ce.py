#!/usr/bin/env python3
"""Corpus CE: one Southern Jutland municipality's job-centre archive export, 2022-2026.

Written independently of the linter (see NOTES.md). About 100 documents:

* agreements on the municipality's own Word template, two generations:
  - "skabelon 2019" (used 2022-2024): free-text sections under question headings;
  - "skabelon 2024" (used 2024-2026): a label/value table with Word content controls;
* agreements on two external mentor providers' own forms (Mentorhuset Syd ApS: a Word form
  with checkboxes and a company footer; Kompasset v/ Birthe Lund: a typed plain-text form);
* decision letters (grant, partial grant, refusal, extension, end of support);
* Min Plan prints;
* ~20 % documents that are none of these (status reports, meeting notes, invoices, guidance,
  e-mails about appointments, partshøring, internal procedure).

Formats: DOCX, PDF exported by LibreOffice (about a tenth printed, "scanned" and OCR'd with real
Tesseract), e-mail (.eml) and TXT. Labels are decided here, from the rule docs and domain.md.

    /work/main/.venv/bin/python make_corpus_ce.py --out /work/corpora/ce [--seed 8]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

KOMMUNE = "Haderslev Kommune"
JC = "Jobcenter Haderslev"
JC_ADR = "Christian X's Vej 39, 6100 Haderslev"
JC_TLF = "74 34 22 00"
JC_MAIL = "jobcenter@haderslev.dk"

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mads", "Emma", "Ahmad", "Sofie", "Jonas", "Laura", "Kasper", "Ida", "Rasmus", "Freja",
         "Mikkel", "Nadia", "Tobias", "Camilla", "Oliver", "Julie", "Hussein", "Amalie", "Nikolaj",
         "Sara", "Daniel", "Cecilie", "Frederik", "Mathilde", "Yusuf", "Line", "Emil", "Katrine",
         "Lucas", "Maja", "Victor", "Anja", "Kristian", "Signe", "Marius", "Dorthe"]
LAST = ["Petersen", "Hansen", "Jensen", "Christensen", "Sørensen", "Nielsen", "Andersen", "Lauridsen",
        "Jessen", "Paulsen", "Schmidt", "Thomsen", "Asmussen", "Clausen", "Hollesen", "Nissen",
        "Iversen", "Bonde", "Brodersen", "Petersen Due", "Kjær", "Lund", "Rasmussen", "Hinrichsen"]
CASEWORKERS = [("Bente Kryger", "74 34 27 41"), ("Anders Outzen", "74 34 27 18"),
               ("Malene Fink Ries", "74 34 26 92"), ("Tina Lorenzen", "74 34 28 05"),
               ("Jesper Hviid", "74 34 27 63")]
JC_MENTORS = [("Hanne Bruhn", "29 64 11 82"), ("Steffen Kock", "29 64 12 07"),
              ("Lise Ravn", "29 64 13 55")]
MH_MENTORS = [("Kenneth Frost", "21 48 90 12"), ("Pia Refslund", "21 48 90 37"),
              ("Ali Demir", "21 48 90 55")]
KOMPAS_MENTOR = ("Birthe Lund", "40 17 62 93")

CLEAR_GOALS = [
    "{f} starter på FGU i Haderslev (produktionsgrunduddannelsen, køkkenlinjen) i august {y} og møder "
    "mindst fire dage om ugen i de første tre måneder.",
    "{f} er i virksomhedspraktik hos Danish Crown i Sønderborg 15 timer om ugen senest {d}, med "
    "henblik på et løntilskudsjob på pakkeriet.",
    "{f} gennemfører grundforløb 1 på EUC Syd (auto-mekaniker) og har højst to dages fravær om måneden.",
    "{f} er ansat i fleksjob som pedelmedhjælper på Sydbank Arena 12 timer om ugen ved periodens udløb.",
    "{f} har bestået FVU-dansk trin 2 på VUC Syd i Haderslev og har søgt optagelse på SOSU Syd "
    "(social- og sundhedshjælper) inden {d}.",
    "{f} møder stabilt i praktik i Brugsen i Vojens (lager og opfyldning) 4 dage om ugen og har "
    "ved periodens udløb fået et tilbud om ordinære timer.",
    "{f} påbegynder HF-enkeltfag (matematik C) på HF & VUC Haderslev og afleverer alle opgaver til tiden.",
    "{f} kommer i løntilskud som gartnermedhjælper hos Haderslev Kommunes park og vej 20 timer om "
    "ugen fra {d}.",
    "{f} starter på STU på Kernehuset og deltager i undervisningen alle skoledage.",
    "{f} fastholder sit job som chauffør hos Fragtmanden Syd og har højst 2 sygedage pr. måned.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og bedre struktur på hverdagen.",
    "Støtte til at komme videre i livet og få mere selvværd.",
    "At {f} arbejder med sig selv og får det bedre.",
    "Hjælp til at få styr på økonomi og bolig.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "{f} skal motiveres og have mere overskud i hverdagen.",
]
TASK_POOL = [
    "følges med til de første møder på praktikstedet",
    "hjælpe med at lave en ugeplan og holde fast i den",
    "ringe {f} op om morgenen de dage, der er mødepligt",
    "hjælpe med post i e-Boks og breve fra kommunen",
    "tage med til samtaler med studievejleder",
    "øve busruten til skolen/praktikstedet",
    "tale med arbejdsgiver om skånehensyn, hvis {f} ønsker det",
    "hjælpe med at søge SU og bolig tæt på skolen",
    "sparre om fravær og hvad der skal til for at møde op",
    "være bindeled til misbrugscentret i forhold til fremmøde",
]


# ----------------------------------------------------------------------------------------- helpers

def dstr(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    raise ValueError(style)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def cpr(rng: random.Random) -> str:
    y = rng.randint(1966, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{d:02d}{m:02d}{y % 100:02d}-{rng.randint(1000, 9999)}"


def sagsnr(rng: random.Random, year: int) -> str:
    return f"15.02.10-G01-{rng.randint(100, 9999)}-{year % 100:02d}"


class Person:
    def __init__(self, rng: random.Random):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.cpr = cpr(rng)
        self.street = rng.choice(["Gåskærgade", "Bispegade", "Slotsvej", "Vojensvej", "Jomfrustien",
                                  "Sønder Otting", "Møllestien", "Ribe Landevej", "Gravene"])
        self.adr = f"{self.street} {rng.randint(1, 80)}, {rng.choice(['6100 Haderslev', '6500 Vojens', '6560 Sommersted', '6070 Christiansfeld', '6510 Gram'])}"


def mail_of(name: str, domain: str) -> str:
    t = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    parts = t.split()
    return f"{parts[0]}.{parts[-1]}@{domain}"


# --------------------------------------------------------------------------------- the case model

DEFECTS_AGREEMENT = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks",
                     "missing-duration", "missing-follow-up", "missing-hours",
                     "missing-appeal-guidance", "duration-over-6-months"]


class Case:
    """The facts of one mentor case, with defects applied as labelled."""

    def __init__(self, rng: random.Random, year: int, provider: str):
        self.rng = rng
        self.citizen = Person(rng)
        self.f = self.citizen.first
        self.year = year
        self.provider = provider  # "jc" | "mh" | "kompas"
        self.cw = rng.choice(CASEWORKERS)
        if provider == "jc":
            self.mentor, self.mphone = rng.choice(JC_MENTORS)
            self.morg = f"{JC}, Mentorteamet" if year < 2026 else f"{KOMMUNE}, Mentorteamet"
            self.mmail = mail_of(self.mentor, "haderslev.dk")
        elif provider == "mh":
            self.mentor, self.mphone = rng.choice(MH_MENTORS)
            self.morg = "Mentorhuset Syd ApS"
            self.mmail = mail_of(self.mentor, "mentorhuset-syd.dk")
        else:
            self.mentor, self.mphone = KOMPAS_MENTOR
            self.morg = "Kompasset – mentor og coaching"
            self.mmail = "birthe@kompasset-mentor.dk"
        month = rng.randint(1, 12) if year < 2026 else rng.randint(1, 9)
        self.start = dt.date(year, month, rng.choice([1, 1, 1, 4, 8, 15, 16, 20]))
        self.months = rng.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.goal = rng.choice(CLEAR_GOALS).format(
            f=self.f, y=self.start.year, d=dstr(self.start + dt.timedelta(days=45), "long"))
        self.tasks = [t.format(f=self.f) for t in rng.sample(TASK_POOL, rng.randint(2, 4))]
        self.hours_n = rng.choice(["2 timer", "3 timer", "1½ time", "4 timer", "halvanden time",
                                   "to timer", "2-3 timer"])
        self.hours_text = rng.choice(["{h} pr. uge", "{h} om ugen", "{h} ugentligt"]).format(h=self.hours_n)
        self.follow = rng.choice([
            "Vi holder statusmøde med dig, mentor og sagsbehandler hver måned. Senest 14 dage før "
            "perioden slutter, evaluerer vi sammen, om målet er nået.",
            "Opfølgningssamtale i jobcentret efter 6 og 12 uger. Delmål: fremmøde mindst 3 dage om ugen "
            "efter den første måned. Evaluering 14 dage før ophør.",
            "Mentor sender en kort status til sagsbehandler hver 4. uge. Fælles evalueringsmøde fire "
            "uger før bevillingen udløber.",
        ])
        self.appeal = appeal_text(rng, self.start.year, ok=True)
        self.rules: list[str] = []
        self.extras: list[str] = []
        self.traits: list[str] = []
        self.period_label = True
        # flags consumed by renderers
        self.goal_state = "ok"      # ok | placeholder | absent | unclear
        self.mentor_state = "ok"    # ok | name-only | none
        self.tasks_state = "ok"     # ok | placeholder | absent
        self.dur_state = "ok"       # ok | vague | absent
        self.fu_state = "ok"        # ok | absent | unchecked
        self.hours_state = "ok"     # ok | vague | absent
        self.appeal_state = "ok"    # ok | weak | absent | wrong-route

    def apply(self, defect: str) -> None:
        rng = self.rng
        if defect == "missing-goal":
            self.goal_state = rng.choice(["placeholder", "absent"])
        elif defect == "unclear-goal":
            self.goal_state = "unclear"
            self.goal = rng.choice(UNCLEAR_GOALS).format(f=self.f)
        elif defect == "missing-mentor":
            self.mentor_state = rng.choice(["name-only", "none"])
        elif defect == "missing-tasks":
            self.tasks_state = rng.choice(["placeholder", "absent"])
        elif defect == "missing-duration":
            self.dur_state = rng.choice(["vague", "absent"])
        elif defect == "missing-follow-up":
            self.fu_state = "absent"
        elif defect == "missing-hours":
            self.hours_state = rng.choice(["vague", "absent"])
        elif defect == "missing-appeal-guidance":
            self.appeal_state = rng.choice(["weak", "absent"])
            self.appeal = "Du kan klage over afgørelsen." if self.appeal_state == "weak" else ""
        elif defect == "duration-over-6-months":
            self.months = rng.choice([7, 8, 9, 12])
            self.end = add_months(self.start, self.months) - dt.timedelta(days=rng.choice([1, 0]))
        elif defect == "appeal-wrong-route":
            self.appeal_state = "wrong-route"
            self.appeal = rng.choice([
                "Hvis du ikke er enig i afgørelsen, kan du klage til Ankestyrelsen, Teglholmsgade 3, 2450 København SV. "
                "Klagen skal være modtaget senest 4 uger efter, at du har fået dette brev.",
                "Du kan klage direkte til Ankestyrelsen inden fire uger. Brug Ankestyrelsens klageformular "
                "på ast.dk.",
            ])
            self.extras.append("appeal-wrong-route")
            return
        self.rules.append(defect)
        self.traits.append("defect:" + defect)

    # --- value renderings shared by the layouts ---
    def goal_value(self, placeholder: str = "Udfyldes senere") -> str | None:
        if self.goal_state == "placeholder":
            return placeholder
        if self.goal_state == "absent":
            return None
        return self.goal

    def mentor_value(self) -> str | None:
        if self.mentor_state == "none":
            return "Mentor er endnu ikke fundet – leverandøren vender tilbage."
        if self.mentor_state == "name-only":
            return f"{self.mentor}, {self.morg}"
        return f"{self.mentor}, {self.morg}, tlf. {self.mphone}, {self.mmail}"

    def period_value(self, style: str) -> str | None:
        if self.dur_state == "absent":
            return None
        if self.dur_state == "vague":
            return self.rng.choice(["Indtil videre", "Aftales løbende", "Så længe der er behov"])
        s, e = dstr(self.start, style), dstr(self.end, style)
        return self.rng.choice([f"{s} – {e}", f"{s} til {e}", f"fra {s} til og med {e}"])

    def hours_value(self) -> str | None:
        if self.hours_state == "absent":
            return None
        if self.hours_state == "vague":
            return self.rng.choice(["Efter behov", "Et par timer om ugen", "Løbende efter aftale"])
        return self.hours_text

    def manifest_period(self) -> dict | None:
        if self.dur_state != "ok":
            return None
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def appeal_text(rng: random.Random, year: int, ok: bool = True) -> str:
    body = "kommunen" if year >= 2026 else "jobcentret"
    return rng.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {body} inden fire uger, efter du har "
        f"modtaget den. Du kan klage skriftligt eller mundtligt. Vi vurderer så afgørelsen igen inden "
        f"fire uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen, jf. "
        f"LAB § 204 og retssikkerhedslovens kapitel 10.",
        f"Du kan klage over afgørelsen til {KOMMUNE}, {JC_ADR}, tlf. {JC_TLF}. Klagen skal være "
        f"modtaget senest 4 uger efter, at du har fået afgørelsen. Kommunen genvurderer sagen, og "
        f"fastholder vi afgørelsen, sendes klagen til Ankestyrelsen, Beskæftigelsesudvalget.",
        f"Du har 4 ugers klagefrist fra den dag, du modtager dette brev. Klagen sendes til "
        f"{JC if year < 2026 else KOMMUNE}, som "
        f"genvurderer afgørelsen. Giver vi dig ikke medhold, videresender vi klagen til Ankestyrelsen.",
    ])


# ------------------------------------------------------------------------------ DOCX primitives

def set_font(doc: Document, name: str = "Calibri", size: int = 11) -> None:
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


def bold_par(doc_or_cell, text: str, size: int | None = None):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def shade(cell, fill: str = "D9E2F3") -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


_SDT_ID = [1000]


def sdt_cell(cell, lines: list[str] | None, alias: str) -> None:
    """Replace the cell's content with a block-level content control (Word's placeholder if empty)."""
    _SDT_ID[0] += 1
    for p in list(cell._tc.findall(qn("w:p"))):
        cell._tc.remove(p)
    if not lines:
        xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
               f'<w:id w:val="{_SDT_ID[0]}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
               f'</w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr>'
               f'<w:rStyle w:val="Pladsholdertekst"/><w:color w:val="808080"/></w:rPr>'
               f'<w:t>Klik eller tryk her for at skrive tekst.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    else:
        paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(x)}</w:t></w:r></w:p>' for x in lines)
        xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
               f'<w:id w:val="{_SDT_ID[0]}"/></w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>')
    cell._tc.append(parse_xml(xml))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tracked_par(doc, before: str, deleted: str, inserted: str, after: str, author: str) -> None:
    p = doc.add_paragraph()
    p.add_run(before)
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{_SDT_ID[0] + 1}" w:author="{author}" w:date="2024-01-10T09:12:00Z">'
        f'<w:r><w:delText xml:space="preserve">{esc(deleted)}</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{_SDT_ID[0] + 2}" w:author="{author}" w:date="2024-01-10T09:12:00Z">'
        f'<w:r><w:t xml:space="preserve">{esc(inserted)}</w:t></w:r></w:ins>'))
    _SDT_ID[0] += 2
    p.add_run(after)


def footer(doc, text: str, page_numbers: bool = False) -> None:
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = text
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)
    if page_numbers:
        p = sec.footer.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run("Side ")
        for instr in ("PAGE",):
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def header(doc, text: str) -> None:
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)


def letterhead(doc, c: Case, date: dt.date, with_cpr: bool) -> None:
    sender = JC if date < dt.date(2026, 2, 1) else f"{KOMMUNE}\nJob og Arbejdsmarked"
    header(doc, f"{sender}\n{JC_ADR}")
    doc.add_paragraph(f"{c.citizen.name}\n{c.citizen.adr}")
    meta = f"Dato: {dstr(date, 'long')}\nSagsnr.: {sagsnr(c.rng, date.year)}"
    if with_cpr:
        meta += f"\nCPR-nr.: {c.citizen.cpr}"
    meta += f"\nSagsbehandler: {c.cw[0]}, tlf. {c.cw[1]}"
    doc.add_paragraph(meta)


# ------------------------------------------------------------------------- agreement renderers

def old_template(c: Case, with_cpr: bool) -> Document:
    """'Skabelon 2019' (in use 2022-2024): free text under question headings."""
    doc = Document()
    set_font(doc, "Arial", 10)
    rng = c.rng
    letterhead(doc, c, c.start - dt.timedelta(days=rng.randint(2, 12)), with_cpr)
    t = doc.add_paragraph()
    r = t.add_run("Aftale om mentorstøtte")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(f"Aftalen er indgået mellem dig, din mentor og {JC} efter lov om en aktiv "
                      f"beskæftigelsesindsats § 167. Aftalen bliver også lagt i Min Plan på Jobnet.")
    use_style = rng.random() < 0.5

    def h(text):
        if use_style:
            doc.add_heading(text, level=2)
        else:
            bold_par(doc, text)

    gv = c.goal_value()
    if c.goal_state != "absent":
        h(rng.choice(["Hvad er målet med mentorstøtten?", "Hvad vil du gerne opnå?"]))
        if c.goal_state == "ok":
            doc.add_paragraph(rng.choice(["Vi har aftalt følgende mål for forløbet: ", "Målet er, at ", ""]) + gv)
        else:
            doc.add_paragraph(gv)
    h(rng.choice(["Hvem er din mentor?", "Hvem er mentor?"]))
    if c.mentor_state == "ok":
        doc.add_paragraph(f"Din mentor er {c.mentor} fra {c.morg}.")
        doc.add_paragraph(f"Du kan kontakte {c.mentor.split()[0]} på tlf. {c.mphone} eller {c.mmail}.")
    elif c.mentor_state == "name-only":
        doc.add_paragraph(f"Din mentor er {c.mentor} fra {c.morg}.")
    else:
        doc.add_paragraph(c.mentor_value())
    if c.tasks_state != "absent":
        h(rng.choice(["Hvad skal mentor hjælpe med?", f"Hvad skal {c.mentor.split()[0]} hjælpe dig med?"]))
        if c.tasks_state == "placeholder":
            doc.add_paragraph("-")
        else:
            doc.add_paragraph(f"{c.mentor.split()[0]} skal hjælpe dig med:")
            for tk in c.tasks:
                doc.add_paragraph(tk[0].upper() + tk[1:], style="List Bullet")
    h(rng.choice(["Hvor længe og hvor meget?", "Hvor længe varer aftalen, og hvor mange timer?"]))
    pv = c.period_value(rng.choice(["long", "dots", "slash"]))
    hv = c.hours_value()
    sent = []
    if pv:
        sent.append(f"Mentorstøtten er bevilget i perioden {pv}." if c.dur_state == "ok"
                    else f"Varighed: {pv}.")
    if hv:
        sent.append(f"Mentor har {hv} sammen med dig." if c.hours_state == "ok" else f"Timer: {hv}.")
    if not sent:
        sent.append("Det aftaler du nærmere med din mentor.")
    doc.add_paragraph(" ".join(sent))
    if c.fu_state == "ok":
        h(rng.choice(["Hvordan følger vi op?", "Opfølgning"]))
        doc.add_paragraph(c.follow)
    if c.appeal:
        h(rng.choice(["Hvis du vil klage", "Klagevejledning"]))
        doc.add_paragraph(c.appeal)
    doc.add_paragraph("")
    doc.add_paragraph("Med venlig hilsen")
    doc.add_paragraph(f"{c.cw[0]}\nJobkonsulent, {JC}\nDirekte tlf. {c.cw[1]}")
    doc.add_paragraph("\n\n______________________          ______________________\n"
                      "Borgers underskrift                     Mentors underskrift")
    footer(doc, f"{JC} · {JC_ADR} · tlf. {JC_TLF} · {JC_MAIL}", page_numbers=True)
    return doc


def new_template(c: Case, with_cpr: bool, tracked: bool) -> Document:
    """'Skabelon 2024' (2024-2026): label/value table with content controls."""
    doc = Document()
    set_font(doc, "Calibri", 11)
    rng = c.rng
    kdate = c.start - dt.timedelta(days=rng.randint(1, 10))
    sender = JC if kdate < dt.date(2026, 2, 1) else f"{KOMMUNE} – Job og Arbejdsmarked"
    header(doc, sender)
    p = doc.add_paragraph()
    r = p.add_run("Mentoraftale")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("jf. lov om en aktiv beskæftigelsesindsats kap. 26 (§§ 167-171)")
    rows: list[tuple[str, list[str] | None]] = []
    rows.append(("Borger", [c.citizen.name] + ([f"CPR-nr. {c.citizen.cpr}"] if with_cpr else [])))
    rows.append(("Sagsbehandler", [f"{c.cw[0]}, tlf. {c.cw[1]}"]))
    mv = [c.mentor, c.morg]
    if c.mentor_state == "ok":
        mv += [f"Tlf. {c.mphone}", c.mmail]
    elif c.mentor_state == "none":
        mv = None
    rows.append(("Mentor (navn og kontaktdata)", mv))
    gv = c.goal_value()
    if c.goal_state != "absent":
        rows.append(("Mål med mentorstøtten", None if c.goal_state == "placeholder" else [gv]))
    if c.tasks_state != "absent":
        rows.append(("Mentors opgaver", None if c.tasks_state == "placeholder"
                     else ["• " + t[0].upper() + t[1:] for t in c.tasks]))
    pv = c.period_value(rng.choice(["dots", "long", "iso"]))
    if c.dur_state == "ok":
        rows.append(("Periode", [pv]))
    elif c.dur_state == "vague":
        rows.append(("Periode", [pv]))
    hv = c.hours_value()
    if c.hours_state == "ok" and not tracked:
        rows.append(("Timetal", [hv]))
    elif c.hours_state == "vague":
        rows.append(("Timetal", [hv]))
    elif c.hours_state == "absent":
        rows.append(("Timetal", None))
    if c.fu_state == "ok":
        rows.append(("Opfølgning og progression", [c.follow]))
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for lab, val in rows:
        cells = tbl.add_row().cells
        cells[0].text = lab
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0])
        sdt_cell(cells[1], val, lab.split()[0])
    if tracked and c.hours_state == "ok":
        doc.add_paragraph("")
        bold_par(doc, "Timetal")
        old = "5 timer pr. uge" if "5" not in c.hours_text else "6 timer pr. uge"
        tracked_par(doc, "Der er aftalt ", old, c.hours_text, " i hele perioden.", c.cw[0])
        c.traits.append("docx:tracked-changes")
    doc.add_paragraph("")
    if c.appeal:
        bold_par(doc, "Klagevejledning")
        doc.add_paragraph(c.appeal)
    doc.add_paragraph("")
    doc.add_paragraph(f"Dato: {dstr(kdate, 'dots')}")
    doc.add_paragraph("Underskrift borger: ____________________   Underskrift mentor: ____________________")
    footer(doc, f"{sender} · {JC_ADR} · {JC_TLF}", page_numbers=rng.random() < 0.5)
    c.traits.append("docx:content-controls")
    return doc


def mentorhuset_form(c: Case, with_cpr: bool) -> Document:
    """Mentorhuset Syd ApS's own form: header table, checkbox rows, footer with company data."""
    doc = Document()
    set_font(doc, "Verdana", 9)
    rng = c.rng
    header(doc, "MENTORHUSET SYD ApS")
    bold_par(doc, "Samarbejdsaftale – mentorforløb", 14)
    doc.add_paragraph(f"Henvist fra: {JC if c.start.year < 2026 else KOMMUNE}   Rekvisitionsnr.: "
                      f"R-{rng.randint(20000, 99999)}")
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"

    def row(a, b):
        cells = tbl.add_row().cells
        cells[0].text = a
        cells[1].text = b

    row("Deltager", c.citizen.name + (f" ({c.citizen.cpr})" if with_cpr else ""))
    if c.mentor_state == "ok":
        row("Tilknyttet mentor", f"{c.mentor}\nMobil: {c.mphone}\nMail: {c.mmail}")
    elif c.mentor_state == "name-only":
        row("Tilknyttet mentor", c.mentor)
    else:
        row("Tilknyttet mentor", "Tildeles ved opstart")
    row("Kontaktperson i jobcentret", f"{c.cw[0]}, {c.cw[1]}")
    mt = rng.choice(["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor"])
    boxes = "   ".join(("☒ " if x == mt else "☐ ") + x for x in
                       ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Ret- og pligtmentor"])
    row("Mentortype", boxes)
    bold_par(doc, "")
    bold_par(doc, "1. Formål og mål for forløbet")
    gv = c.goal_value("Aftales på opstartsmødet")
    if c.goal_state != "absent":
        doc.add_paragraph(gv)
    bold_par(doc, "2. Indsatsområder")
    if c.tasks_state == "ok":
        for i, tk in enumerate(c.tasks, 1):
            doc.add_paragraph(tk[0].upper() + tk[1:], style="List Number")
    elif c.tasks_state == "placeholder":
        doc.add_paragraph("Aftales på opstartsmødet")
    bold_par(doc, "3. Omfang")
    pv = c.period_value("dots")
    hv = c.hours_value()
    o = doc.add_table(rows=2, cols=2)
    o.style = "Table Grid"
    o.cell(0, 0).text = "Forløbsperiode"
    o.cell(0, 1).text = pv or ""
    o.cell(1, 0).text = "Bevilget timeantal"
    o.cell(1, 1).text = (hv.replace(" pr. uge", "/uge") if hv else "")
    bold_par(doc, "4. Opfølgning")
    opts = ["Statusrapport til jobcentret hver 4. uge", "Trepartsmøde hver 2. måned",
            "Slutevaluering 14 dage før forløbets afslutning"]
    chosen = set() if c.fu_state != "ok" else set(rng.sample(opts, 2))
    for x in opts:
        doc.add_paragraph(("☒ " if x in chosen else "☐ ") + x)
    if c.fu_state != "ok":
        c.traits.append("checkbox:all-unchecked")
    if c.appeal:
        bold_par(doc, "Klagevejledning (fra jobcentrets afgørelse)")
        doc.add_paragraph(c.appeal)
    else:
        doc.add_paragraph("Klagevejledning fremgår af jobcentrets bevillingsbrev.") if rng.random() < 0.5 else None
    doc.add_paragraph(f"\nHaderslev, {dstr(c.start, 'dots')}\n\n___________________      ___________________\n"
                      "Deltager                           Mentor")
    footer(doc, "Mentorhuset Syd ApS · Storegade 12, 1. · 6100 Haderslev · CVR 38 21 44 19 · "
                "tlf. 74 52 33 10 · kontakt@mentorhuset-syd.dk")
    c.traits.append("provider-form:mentorhuset")
    return doc


def kompasset_text(c: Case, with_cpr: bool, width: int) -> str:
    """Kompasset's form as typed in a text editor and hard-wrapped."""
    rng = c.rng
    L = ["KOMPASSET – mentor og coaching v/ Birthe Lund", "Ørby 14, 6100 Haderslev · CVR 40 55 12 87", "",
         "MENTORAFTALE", "=" * 11, "",
         f"Deltager: {c.citizen.name}" + (f", cpr {c.citizen.cpr}" if with_cpr else ""),
         f"Henvisende sagsbehandler: {c.cw[0]} ({JC if c.start.year < 2026 else KOMMUNE})", ""]
    if c.mentor_state == "ok":
        L.append(f"Mentor: {c.mentor}, mobil {c.mphone}, mail {c.mmail}")
    elif c.mentor_state == "name-only":
        L.append(f"Mentor: {c.mentor}")
    else:
        L.append("Mentor: (aftales)")
    L.append("")
    paras = []
    gv = c.goal_value()
    if c.goal_state != "absent":
        paras.append(("Hvad vil vi opnå", gv))
    if c.tasks_state == "ok":
        paras.append((f"Hvad Birthe hjælper {c.f} med",
                      "; ".join(c.tasks) + "."))
    elif c.tasks_state == "placeholder":
        paras.append((f"Hvad Birthe hjælper {c.f} med", "xx"))
    pv = c.period_value("slash")
    hv = c.hours_value()
    if pv:
        paras.append(("Forløbets varighed", pv))
    if hv:
        paras.append(("Timer", hv + (" – fordelt efter aftale" if c.hours_state == "ok" else "")))
    if c.fu_state == "ok":
        paras.append(("Evaluering", c.follow))
    if c.appeal:
        paras.append(("Klageadgang", c.appeal))
    for lab, txt in paras:
        L.append(lab + ":")
        L.extend(textwrap.wrap(txt, width=width))
        L.append("")
    L += ["Aftalen er gennemgået med deltageren ved opstartsmødet.", "",
          f"Haderslev d. {dstr(c.start, 'short')}", "", "Birthe Lund"]
    c.traits.append("provider-form:kompasset")
    c.traits.append(f"txt:hard-wrap-{width}")
    return "\n".join(L) + "\n"


def email_agreement(c: Case, with_cpr: bool) -> EmailMessage:
    rng = c.rng
    m = EmailMessage()
    m["From"] = f"{c.cw[0]} <{mail_of(c.cw[0], 'haderslev.dk')}>"
    m["To"] = f"{c.citizen.name} <{c.f.lower()}{rng.randint(10, 99)}@gmail.com>"
    if c.mentor_state == "ok":
        m["Cc"] = f"{c.mentor} <{c.mmail}>"
    m["Subject"] = rng.choice(["Din mentoraftale", "Aftale om mentorstøtte – opsummering fra mødet i dag"])
    sent = dt.datetime(c.start.year, c.start.month, c.start.day, 13, 42) - dt.timedelta(days=3)
    m["Date"] = format_datetime(sent.replace(tzinfo=ZoneInfo("Europe/Copenhagen")))
    m["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@haderslev.dk>"
    B = [f"Hej {c.f}", "", "Tak for mødet i dag. Her er det, vi aftalte om din mentorstøtte. Aftalen lægges "
         "også i Min Plan.", ""]
    gv = c.goal_value()
    if c.goal_state != "absent":
        B += [f"Målet: {gv}", ""]
    if c.mentor_state == "ok":
        B += [f"Din mentor bliver {c.mentor} ({c.morg}). Du kan fange {c.mentor.split()[0]} på "
              f"{c.mphone} eller {c.mmail}.", ""]
    elif c.mentor_state == "name-only":
        B += [f"Din mentor bliver {c.mentor} ({c.morg}).", ""]
    if c.tasks_state == "ok":
        B += [f"{c.mentor.split()[0]} skal hjælpe dig med:"] + [f"- {t}" for t in c.tasks] + [""]
    pv = c.period_value("long")
    hv = c.hours_value()
    if pv:
        B += [f"Periode: {pv}"]
    if hv:
        B += [f"Timer: {hv}"]
    B += [""]
    if c.fu_state == "ok":
        B += ["Opfølgning: " + c.follow, ""]
    if c.appeal:
        B += ["Klagevejledning: " + c.appeal, ""]
    B += ["Skriv endelig, hvis noget ikke passer.", "", "Venlig hilsen", c.cw[0], "Jobkonsulent",
          f"{JC if c.start.year < 2026 else KOMMUNE}", f"Direkte: {c.cw[1]}", ""]
    if with_cpr:
        B.insert(2, f"(Vedr. {c.citizen.name}, cpr.nr. {c.citizen.cpr})")
    B += [f"Den {dstr(sent.date() - dt.timedelta(days=2), 'long')} skrev {c.citizen.name}:",
          "> Hej. Jeg kan godt komme torsdag kl 10. Skal jeg have noget med?", "> Mvh " + c.f]
    m.set_content("\n".join(B))
    c.traits.append("email:quoted-reply+signature")
    return m


# ------------------------------------------------------------------------------ decision letters

def decision(c: Case, sub: str, with_cpr: bool, defects: list[str]) -> Document:
    rng = c.rng
    doc = Document()
    set_font(doc, "Arial", 10)
    date = c.start - dt.timedelta(days=rng.randint(3, 14))
    if sub == "ophoer":
        date = c.end
    letterhead(doc, c, date, with_cpr)
    title = {"bevilling": "Afgørelse om mentorstøtte", "delvis": "Afgørelse – delvis bevilling af mentorstøtte",
             "afslag": "Afslag på mentorstøtte", "forlaengelse": "Forlængelse af mentorstøtte",
             "ophoer": "Ophør af mentorstøtte"}[sub]
    bold_par(doc, title, 13)
    doc.add_paragraph(f"Kære {c.citizen.name}")
    pstyle = rng.choice(["long", "dots"])
    over = "duration-over-6-months" in defects
    if over:
        c.apply("duration-over-6-months")
    per = f"{dstr(c.start, pstyle)} til {dstr(c.end, pstyle)}"
    reasons = True
    if sub == "bevilling":
        doc.add_paragraph(f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
                          f"beskæftigelsesindsats § 167 i perioden {per} med {c.hours_text}.")
        doc.add_paragraph(f"Din mentor er {c.mentor}, {c.morg}. Mentoren kontakter dig inden opstart.")
        bold_par(doc, "Begrundelse")
        doc.add_paragraph(f"Du får fuldt ud medhold i din ansøgning. Vi har lagt vægt på, at du har brug for "
                          f"støtte til at fastholde din praktik, jf. § 167, stk. 1.")
    elif sub == "delvis":
        doc.add_paragraph(f"Du har søgt om mentorstøtte i 5 timer om ugen. Vi har bevilget dig {c.hours_text} i "
                          f"perioden {per}. Det betyder, at du har fået delvis medhold.")
        if "missing-reasons" in defects:
            reasons = False
        else:
            bold_par(doc, "Begrundelse")
            doc.add_paragraph("Vi har lagt vægt på, at du allerede får støtte fra skolens SPS-ordning, og at "
                              "mentoren derfor kun skal dække tiden uden for undervisningen. Afgørelsen er "
                              "truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")
    elif sub == "afslag":
        doc.add_paragraph(f"Vi har behandlet din ansøgning om mentorstøtte af {dstr(date - dt.timedelta(days=20), 'long')}. "
                          f"Du får afslag på mentorstøtte.")
        if "missing-reasons" in defects:
            reasons = False
            doc.add_paragraph("Du er velkommen til at kontakte din sagsbehandler, hvis du har spørgsmål.")
        else:
            bold_par(doc, "Begrundelse for afgørelsen")
            doc.add_paragraph("Mentorstøtte kan kun gives, når støtten er nødvendig for, at du kan gennemføre en "
                              "aktivitet rettet mod job eller uddannelse, jf. LAB § 167, stk. 1. Vi har lagt vægt "
                              "på, at du i dag er i ordinært job 30 timer om ugen uden problemer, og at din "
                              "arbejdsgiver har oplyst, at der ikke er behov for støtte.")
    elif sub == "forlaengelse":
        prev_end = c.start - dt.timedelta(days=1)
        doc.add_paragraph(f"Din mentorstøtte sluttede efter planen den {dstr(prev_end, 'long')}. Vi har efter en "
                          f"konkret vurdering besluttet at forlænge støtten i en ny periode fra {per} "
                          f"({c.hours_text}). Din mentor er fortsat {c.mentor}.")
        bold_par(doc, "Begrundelse")
        doc.add_paragraph("Ved evalueringsmødet blev det vurderet, at du er tæt på at nå målet, men at fremmødet "
                          "endnu ikke er stabilt. Vi har lagt vægt på mentors status og din egen vurdering, jf. "
                          "LAB § 167, stk. 1, 2. pkt.")
    else:  # ophoer
        doc.add_paragraph(f"Din mentorstøtte ophører den {dstr(c.end, 'long')}.")
        if "missing-reasons" in defects:
            reasons = False
        else:
            bold_par(doc, "Begrundelse")
            doc.add_paragraph("Du er startet på uddannelse og har selv oplyst, at du ikke længere har brug for "
                              "mentor. Vi har lagt vægt på din tilbagemelding og mentors afsluttende status.")
    if not reasons:
        c.extras.append("missing-reasons")
        c.traits.append("defect:missing-reasons")
    if "missing-appeal-guidance" in defects:
        c.apply("missing-appeal-guidance")
    if "appeal-wrong-route" in defects:
        c.apply("appeal-wrong-route")
    if c.appeal:
        bold_par(doc, rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
        doc.add_paragraph(c.appeal)
    doc.add_paragraph("\nMed venlig hilsen\n\n" + c.cw[0] + "\nJobkonsulent")
    footer(doc, f"{KOMMUNE} · {JC_ADR} · {JC_TLF} · haderslev.dk", page_numbers=True)
    return doc


# ----------------------------------------------------------------------------------- Min Plan

def minplan_text(c: Case, with_cpr: bool) -> list[tuple[str, str]]:
    rows = [("Navn", c.citizen.name)]
    if with_cpr:
        rows.append(("CPR-nummer", c.citizen.cpr))
    rows.append(("Indsats", "Mentorstøtte (§ 167)"))
    gv = c.goal_value()
    if c.goal_state != "absent":
        rows.append(("Formål med mentorstøtten", gv))
    if c.mentor_state == "ok":
        rows.append(("Mentor", f"{c.mentor}, {c.morg}"))
        rows.append(("Telefon", c.mphone))
    elif c.mentor_state == "name-only":
        rows.append(("Mentor", f"{c.mentor}, {c.morg}"))
    else:
        rows.append(("Mentor", "Ikke angivet"))
    if c.tasks_state == "ok":
        rows.append(("Mentors opgaver", "; ".join(t[0].upper() + t[1:] for t in c.tasks)))
    elif c.tasks_state == "placeholder":
        rows.append(("Mentors opgaver", "-"))
    if c.dur_state == "ok":
        rows.append(("Startdato", dstr(c.start, "dots")))
        rows.append(("Slutdato", dstr(c.end, "dots")))
    elif c.dur_state == "vague":
        rows.append(("Startdato", dstr(c.start, "dots")))
        rows.append(("Slutdato", "Ikke fastsat"))
    hv = c.hours_value()
    if hv:
        rows.append(("Timer", hv))
    return rows


def minplan_docx(c: Case, with_cpr: bool) -> Document:
    doc = Document()
    set_font(doc, "Arial", 9)
    header(doc, "Jobnet – Min Plan")
    bold_par(doc, f"Min Plan for {c.citizen.name}", 13)
    doc.add_paragraph(f"Udskrevet {dstr(c.start + dt.timedelta(days=c.rng.randint(3, 30)), 'dots')} kl. 10:14")
    if c.goal_state == "ok":
        bold_par(doc, "Mit mål")
        doc.add_paragraph("Job inden for lager og logistik." if c.rng.random() < 0.5 else "Uddannelse.")
    bold_par(doc, "Aktiviteter og tilbud")
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for a, b in minplan_text(c, with_cpr):
        cells = tbl.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.add_paragraph("")
    doc.add_paragraph("Har du spørgsmål til din plan, så kontakt din sagsbehandler.")
    footer(doc, "Udskrevet fra jobnet.dk")
    return doc


# ----------------------------------------------------------------------------- non-mentor docs

def unknown_docs(rng: random.Random) -> list[tuple[str, str, object, str, list[str]]]:
    """(name, format, payload, subtype, must_not_contain). payload: Document | str | EmailMessage."""
    out = []
    p = Person(rng)
    m, mt = rng.choice(MH_MENTORS)
    # 1 status report from Mentorhuset (mentions every field)
    d = Document()
    set_font(d, "Verdana", 9)
    header(d, "MENTORHUSET SYD ApS")
    bold_par(d, "Statusrapport – mentorforløb", 13)
    d.add_paragraph(f"Deltager: {p.name}\nMentor: {m}, tlf. {mt}\nRapportperiode: 1. marts 2024 – 31. marts 2024")
    bold_par(d, "Mål for forløbet")
    d.add_paragraph(f"{p.first} skal i praktik i Netto, Vojens, 15 timer om ugen.")
    bold_par(d, "Hvad er der arbejdet med")
    d.add_paragraph(f"Vi har haft 8 timer sammen i marts. Vi har øvet busruten og lavet ugeplan. {p.first} er mødt "
                    "op til 3 ud af 4 aftaler. Næste status sendes om fire uger.")
    bold_par(d, "Mentors vurdering")
    d.add_paragraph("Det går fremad. Jeg anbefaler, at forløbet fortsætter uændret.")
    footer(d, "Mentorhuset Syd ApS · Storegade 12, 1. · 6100 Haderslev · tlf. 74 52 33 10")
    out.append(("statusrapport-mentorhuset", "docx", d, "statusrapport", []))
    # 2 invoice
    d = Document()
    set_font(d, "Verdana", 9)
    bold_par(d, "FAKTURA nr. 2024-0417", 13)
    d.add_paragraph(f"Mentorhuset Syd ApS\nStoregade 12, 1.\n6100 Haderslev\nCVR 38 21 44 19\n\nTil: {JC}, "
                    f"Kreditorafdelingen\nEAN 5798007412345\nFakturadato: 30.04.2024  Betalingsfrist: 30 dage")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, x in enumerate(["Ydelse", "Antal timer", "Sats", "Beløb"]):
        t.cell(0, i).text = x
    for who in range(3):
        q = Person(rng)
        r = t.add_row().cells
        h = rng.choice([8, 10, 12, 16])
        r[0].text = f"Mentorstøtte, {q.first} {q.last[0]}., april 2024 (rekv. R-{rng.randint(20000, 99999)})"
        r[1].text = str(h)
        r[2].text = "465,00"
        r[3].text = f"{h * 465:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    d.add_paragraph("Beløbet indbetales på reg. 7970 konto 1234567. Husk fakturanr. ved betaling.")
    out.append(("faktura-april", "pdf", d, "faktura", []))
    # 3 invoice as txt (Kompasset)
    q = Person(rng)
    txt = (f"KOMPASSET – mentor og coaching v/ Birthe Lund\nØrby 14, 6100 Haderslev\nCVR 40 55 12 87\n\n"
           f"FAKTURA 117\nDato: 03.02.2025\n\nTil: {JC}\nAtt.: {CASEWORKERS[1][0]}\n\n"
           f"Mentortimer januar 2025 vedr. {q.first} {q.last[0]}.\n  14 timer a 450,00 kr.      6.300,00\n"
           f"  Kørsel 112 km a 3,79 kr.     424,48\n  I alt ekskl. moms         6.724,48\n\n"
           f"Betaling senest 8 dage netto til reg.nr. 9570 kt. 0012345678.\n")
    out.append(("faktura-kompasset-117", "txt", txt, "faktura", []))
    # 4 meeting minutes (opfølgningsmøde)
    q = Person(rng)
    cpr_q = cpr(rng)
    d = Document()
    set_font(d, "Arial", 10)
    bold_par(d, "Referat af opfølgningsmøde", 13)
    d.add_paragraph(f"Dato: 12.09.2023\nDeltagere: {q.name} (cpr {cpr_q}), mentor {JC_MENTORS[0][0]}, "
                    f"sagsbehandler {CASEWORKERS[2][0]}")
    bold_par(d, "1. Status siden sidst")
    d.add_paragraph(f"{q.first} er i praktik 3 dage om ugen hos Haderslev Tømmerhandel. Mentor har brugt ca. 2 timer "
                    "om ugen på forløbet. Fremmødet er stabilt.")
    bold_par(d, "2. Mål")
    d.add_paragraph("Målet om løntilskud fastholdes. Arbejdsgiver er positiv.")
    bold_par(d, "3. Aftaler")
    d.add_paragraph("Mentor følger med til samtalen med arbejdsgiver 20/9. Næste møde 10.10.2023.")
    out.append(("referat-opfoelgningsmoede", "docx", d, "referat", [cpr_q]))
    # 5 guidance leaflet (lists the fields)
    d = Document()
    set_font(d, "Calibri", 11)
    bold_par(d, "Hvad er en mentor? – information til borgere", 14)
    d.add_paragraph(f"{JC} kan give dig en mentor, hvis du har brug for støtte for at komme i job eller "
                    "uddannelse. En mentor er en person, der hjælper dig i hverdagen med de ting, der står i vejen.")
    bold_par(d, "Hvad står der i din mentoraftale?")
    for x in ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
              "Hvor længe aftalen varer (højst 6 måneder ad gangen)", "Hvor mange timer om ugen",
              "Hvordan vi følger op", "Hvordan du klager"]:
        d.add_paragraph(x, style="List Bullet")
    bold_par(d, "Kan jeg klage?")
    d.add_paragraph("Ja. Du klager til jobcentret inden 4 uger. Vi ser på sagen igen, og hvis vi fastholder "
                    "afgørelsen, sender vi klagen videre til Ankestyrelsen.")
    out.append(("pjece-hvad-er-en-mentor", "pdf", d, "pjece", []))
    # 6 internal procedure
    d = Document()
    set_font(d, "Calibri", 11)
    bold_par(d, "Arbejdsgang: bevilling af mentorstøtte (intern)", 14)
    d.add_paragraph("Gældende fra 1. marts 2024. Ansvarlig: Teamleder, Team Unge.")
    for i, x in enumerate([
        "Sagsbehandler vurderer behovet og skriver begrundelsen i journalen.",
        "Rekvisition sendes til leverandør (Mentorhuset Syd eller Kompasset) via KMD Momentum.",
        "Mentoraftalen udfyldes på skabelon 2024 og lægges i Min Plan. Alle felter skal udfyldes: mål, "
        "mentor med telefon, opgaver, periode (max 6 mdr.), timetal og opfølgning.",
        "Afgørelse med klagevejledning sendes til e-Boks.",
        "Opfølgning i kalenderen 14 dage før ophør.",
    ], 1):
        d.add_paragraph(f"{i}. {x}")
    out.append(("arbejdsgang-mentorbevilling", "docx", d, "arbejdsgang", []))
    # 7 e-mail: mentor moves an appointment
    q = Person(rng)
    e = EmailMessage()
    e["From"] = f"{MH_MENTORS[1][0]} <{mail_of(MH_MENTORS[1][0], 'mentorhuset-syd.dk')}>"
    e["To"] = f"{CASEWORKERS[0][0]} <{mail_of(CASEWORKERS[0][0], 'haderslev.dk')}>"
    e["Subject"] = f"SV: Trepartsmøde {q.first}"
    e["Date"] = "Tue, 14 Nov 2023 08:31:00 +0100"
    e.set_content(f"Hej Bente\n\nJeg kan desværre ikke torsdag. Kan vi rykke mødet med {q.first} til mandag "
                  f"kl. 13 i jobcentret?\n\nMvh\n{MH_MENTORS[1][0]}\nMentorhuset Syd\n{MH_MENTORS[1][1]}\n\n"
                  f"-----Oprindelig meddelelse-----\nFra: {CASEWORKERS[0][0]}\nSendt: 13. november 2023\n\n"
                  f"Hej Pia. Skal vi holde trepartsmøde torsdag kl. 10? Hilsen Bente\n")
    out.append(("mail-flyt-moede", "eml", e, "mail-aftaletid", []))
    # 8 e-mail: provider asks for more hours (mentions hours, goal, period)
    q = Person(rng)
    e = EmailMessage()
    e["From"] = f"Birthe Lund <birthe@kompasset-mentor.dk>"
    e["To"] = f"{CASEWORKERS[3][0]} <{mail_of(CASEWORKERS[3][0], 'haderslev.dk')}>"
    e["Subject"] = f"Ønske om flere timer – {q.first} {q.last[0]}."
    e["Date"] = "Mon, 03 Jun 2024 15:02:00 +0200"
    e.set_content(f"Hej Tina\n\n{q.first} er startet på grundforløbet på EUC Syd, og det er gået bedre end ventet. "
                  "Men de næste uger er der eksamen, og jeg vurderer, at 2 timer om ugen ikke er nok. Jeg vil "
                  "foreslå 4 timer om ugen i juni, og så tilbage til 2 timer fra juli og resten af perioden "
                  "(den slutter 31. august).\n\nKan du bevilge det?\n\nVh Birthe\n40 17 62 93\n")
    out.append(("mail-oensker-flere-timer", "eml", e, "mail-leverandoer", []))
    # 9 partshøring before a refusal
    q = Person(rng)
    cq = cpr(rng)
    d = Document()
    set_font(d, "Arial", 10)
    header(d, JC)
    d.add_paragraph(f"{q.name}\n{q.adr}\n\nCPR-nr.: {cq}\nDato: 6. februar 2025")
    bold_par(d, "Partshøring – inden vi træffer afgørelse om mentorstøtte", 12)
    d.add_paragraph("Vi overvejer at give dig afslag på din ansøgning om mentorstøtte. Inden vi træffer afgørelse, "
                    "vil vi gerne høre dine bemærkninger til de oplysninger, vi har lagt vægt på:")
    d.add_paragraph("• Din arbejdsgiver har oplyst, at du passer dit job uden særlige problemer.")
    d.add_paragraph("• Du har ikke fravær i de seneste tre måneder.")
    d.add_paragraph("Du kan sende dine bemærkninger til os senest 20. februar 2025. Hører vi ikke fra dig, træffer "
                    "vi afgørelse på det foreliggende grundlag.")
    d.add_paragraph(f"Med venlig hilsen\n{CASEWORKERS[4][0]}")
    out.append(("partshoering", "pdf", d, "partshoering", [cq]))
    # 10 journal notes export (txt, case system)
    q = Person(rng)
    txt = (f"Momentum – journaludskrift\nBorger: {q.name}\nUdskrevet: 17.01.2025 af BKR\n" + "-" * 60 + "\n"
           f"08.01.2025 14:20  Samtale (telefon)   {CASEWORKERS[0][0]}\n"
           f"  Borger ringede. Er syg, kan ikke møde i praktik denne uge. Aftalt at mentor ringer mandag.\n\n"
           f"10.01.2025 09:05  Notat   {CASEWORKERS[0][0]}\n"
           f"  Talt med mentor {MH_MENTORS[0][0]}. Mentor har haft 3 timer med borger i uge 1. Fremmøde\n"
           f"  ustabilt. Vi tager det op på statusmødet 28/1.\n\n"
           f"15.01.2025 11:40  Indkaldelse sendt   {CASEWORKERS[0][0]}\n"
           f"  Indkaldelse til jobsamtale 28.01.2025 kl. 10.00 sendt til e-Boks.\n")
    out.append(("journaludskrift", "txt", txt, "journal", []))
    # 11 guidance note for mentors (quality standard style)
    d = Document()
    set_font(d, "Calibri", 11)
    bold_par(d, "Kvalitetsstandard for mentorstøtte 2025", 14)
    d.add_paragraph("Godkendt i Beskæftigelsesudvalget 14. januar 2025.")
    bold_par(d, "Formål")
    d.add_paragraph("Mentorstøtte skal hjælpe borgere, der har brug for særlig støtte for at gennemføre en aktivitet, "
                    "komme i job eller uddannelse eller fastholde et job.")
    bold_par(d, "Serviceniveau")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, rr in enumerate([("Niveau", "Timer pr. uge", "Opfølgning"), ("1", "0-1", "hver 3. måned"),
                            ("2", "1-2", "hver måned"), ("3", "over 2", "hver måned")]):
        for j, x in enumerate(rr):
            t.cell(i, j).text = x
    bold_par(d, "Varighed")
    d.add_paragraph("Mentorstøtte bevilges for højst 6 måneder ad gangen, jf. LAB § 167, stk. 1. Der evalueres altid "
                    "14 dage før ophør.")
    bold_par(d, "Klageadgang")
    d.add_paragraph("Afgørelser om mentorstøtte kan påklages til kommunen inden 4 uger; fastholdes afgørelsen, går "
                    "klagen videre til Ankestyrelsen.")
    out.append(("kvalitetsstandard-2025", "pdf", d, "kvalitetsstandard", []))
    # 12 indkaldelse til samtale
    q = Person(rng)
    d = Document()
    set_font(d, "Arial", 10)
    header(d, KOMMUNE)
    d.add_paragraph(f"{q.name}\n{q.adr}\nDato: 2. april 2026")
    bold_par(d, "Indkaldelse til samtale om dit forløb", 12)
    d.add_paragraph("Du er indkaldt til samtale tirsdag den 14. april 2026 kl. 9.30 hos Job og Arbejdsmarked, "
                    f"{JC_ADR}. Din mentor er også inviteret. Vi skal tale om, hvordan det går i praktikken.")
    d.add_paragraph("Hvis du er forhindret, skal du ringe senest dagen før.")
    out.append(("indkaldelse-samtale", "docx", d, "indkaldelse", []))
    # 13 mentor's closing report (txt)
    q = Person(rng)
    txt = (f"Afslutningsrapport\n\nDeltager: {q.name}\nMentor: Birthe Lund (Kompasset), 40 17 62 93\n"
           f"Forløb: 01.09.2024 - 28.02.2025, i alt 38 timer\n\nMål: {q.first} skulle starte på SOSU-hjælper.\n"
           f"Resultat: {q.first} startede på SOSU Syd 6. januar og har ikke haft fravær. Målet er nået.\n\n"
           "Anbefaling: Ingen yderligere mentorstøtte.\n")
    out.append(("afslutningsrapport-kompasset", "txt", txt, "afslutningsrapport", []))
    # 14 e-mail: citizen asks a question
    q = Person(rng)
    e = EmailMessage()
    e["From"] = f"{q.name} <{q.first.lower()}{rng.randint(1, 99)}@hotmail.com>"
    e["To"] = JC_MAIL
    e["Subject"] = "Spørgsmål om mentor"
    e["Date"] = "Wed, 22 Feb 2023 21:10:00 +0100"
    e.set_content("Hej\nJeg har fået at vide at jeg kan få en mentor. Hvordan søger jeg og hvor mange timer kan "
                  "man få? Min sagsbehandler er Anders.\nHilsen " + q.first + "\n")
    out.append(("mail-borger-spoergsmaal", "eml", e, "mail-borger", []))
    # 15 team meeting minutes about the mentor budget
    d = Document()
    set_font(d, "Calibri", 11)
    bold_par(d, "Teammøde Team Unge – referat", 13)
    d.add_paragraph("Dato: 4. december 2025   Referent: MFR")
    for x in ["Budget 2026: loftet over udgifter til ØVO og mentor (LAB § 203 a) betyder, at nye bevillinger skal "
              "godkendes af teamleder fra 1. januar 2026.",
              "Skabelon 2024 opdateres, så 'jobcentret' ændres til 'kommunen' fra 1. februar 2026.",
              "Mentorhuset Syd har ledig kapacitet fra uge 3. Kompasset er fuldt booket til marts.",
              "Eventuelt: julefrokost 12/12."]:
        d.add_paragraph(x, style="List Number")
    out.append(("referat-teammoede", "pdf", d, "referat", []))
    # 16 kontrakt/samarbejdsaftale between the municipality and a provider (not a mentor agreement)
    d = Document()
    set_font(d, "Calibri", 10)
    bold_par(d, "Rammeaftale om levering af mentorydelser 2024-2026", 14)
    d.add_paragraph(f"mellem {KOMMUNE} (ordregiver) og Mentorhuset Syd ApS (leverandør)")
    for i, x in enumerate([
        "Aftalens genstand: Leverandøren leverer mentorstøtte efter LAB § 167 efter rekvisition.",
        "Pris: 465,00 kr. pr. time ekskl. moms. Forberedelse og transport er indregnet.",
        "Leverandøren sender statusrapport hver 4. uge og afslutningsrapport senest 14 dage efter ophør.",
        "Aftalen løber fra 1. januar 2024 til 31. december 2026 med mulighed for forlængelse i 12 måneder.",
        "Tvister afgøres ved Retten i Sønderborg.",
    ], 1):
        d.add_paragraph(f"§ {i}. {x}")
    out.append(("rammeaftale-mentorhuset", "docx", d, "rammeaftale", []))
    # 17 sports club private 'mentoraftale'
    d = Document()
    set_font(d, "Comic Sans MS", 10)
    bold_par(d, "Haderslev Håndbold – Mentoraftale for ungdomsspillere", 13)
    d.add_paragraph("Som ny U17-spiller får du en mentor fra seniortruppen. Din mentor er Jeppe (tlf. 22 33 91 04).")
    d.add_paragraph("Mål: at du falder godt til i klubben og kommer til træning to gange om ugen.")
    d.add_paragraph("Mentor hjælper med: kørsel til udekampe, introduktion til holdet, lektiecafé torsdag.")
    d.add_paragraph("Aftalen gælder sæsonen 2024/25 (august – maj).")
    out.append(("klub-mentoraftale", "docx", d, "privat-mentoraftale", []))
    # 18 Kompasset status as e-mail
    q = Person(rng)
    e = EmailMessage()
    e["From"] = "Birthe Lund <birthe@kompasset-mentor.dk>"
    e["To"] = f"{CASEWORKERS[1][0]} <{mail_of(CASEWORKERS[1][0], 'haderslev.dk')}>"
    e["Subject"] = f"Status {q.first} – oktober"
    e["Date"] = "Fri, 31 Oct 2025 12:00:00 +0100"
    e.set_content(f"Hej Anders\n\nKort status på {q.first}: Vi har mødtes 2 timer hver uge i oktober. Målet om at "
                  "starte på FGU i januar holder. Vi har været på besøg på skolen og øvet busruten. Næste "
                  "status kommer ultimo november.\n\nVh Birthe\n-- \nKompasset – mentor og coaching\n40 17 62 93\n")
    out.append(("mail-status-oktober", "eml", e, "status-mail", []))
    # 19 OCR'd scanned invoice-like 'timeseddel'
    q = Person(rng)
    d = Document()
    set_font(d, "Arial", 11)
    bold_par(d, "Timeseddel – mentor", 13)
    d.add_paragraph(f"Mentor: {MH_MENTORS[2][0]}     Deltager: {q.first} {q.last[0]}.     Måned: maj 2025")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, x in enumerate(["Dato", "Timer", "Aktivitet"]):
        t.cell(0, i).text = x
    for day, h, a in [("06.05", "2", "Møde i praktik"), ("13.05", "1,5", "Samtale"), ("20.05", "2", "Følg til læge"),
                      ("27.05", "2", "Samtale og ugeplan")]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = day, h, a
    d.add_paragraph("\nI alt: 7,5 timer\n\nUnderskrift mentor: ______________   Godkendt af jobcentret: ______________")
    out.append(("timeseddel-maj-scan", "scan", d, "timeseddel", []))
    return out


# ---------------------------------------------------------------------------------- conversion

def soffice_pdf(docx_paths: list[Path], outdir: Path, profile: str) -> None:
    if not docx_paths:
        return
    outdir.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(docx_paths), 20):
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(p) for p in docx_paths[i:i + 20]],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def scan_pdf(pdf: Path, out_pdf: Path, rng: random.Random, tmp: Path) -> None:
    """Print-and-scan: render each page, skew and speckle it, then OCR with Tesseract (dan) to a PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    doc = pdfium.PdfDocument(str(pdf))
    imgs = []
    for i in range(len(doc)):
        img = doc[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 2500):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice([0, 60, 120])
        p = tmp / f"{out_pdf.stem}-{i}.png"
        img.point(lambda v: 255 if v > 200 else v).save(p, dpi=(300, 300))
        imgs.append(p)
    doc.close()
    lst = tmp / f"{out_pdf.stem}.lst"
    lst.write_text("\n".join(str(p) for p in imgs) + "\n")
    subprocess.run(["tesseract", str(lst), str(out_pdf.with_suffix("")), "-l", "dan", "pdf"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ----------------------------------------------------------------------------------------- plan

def schedule(rng: random.Random, slots: int, defect_lists: list[list[str]]) -> list[list[str]]:
    """A fixed mix of defects over `slots` documents (so every rule occurs), the rest clean, shuffled."""
    out = [list(d) for d in defect_lists][:slots]
    out += [[] for _ in range(slots - len(out))]
    rng.shuffle(out)
    return out


def build(out: Path, seed: int) -> None:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="ce_"))
    profile = "/tmp/lo_ce_profile"
    entries: list[dict] = []
    pending_pdf: list[tuple[Path, Path, dict, bool]] = []  # (docx in tmp, final pdf, entry, scan?)
    used = set()

    def case_dir(c: Case) -> str:
        return f"{c.start.year}/{sagsnr(rng, c.start.year).split('-', 1)[1]}"

    def unique(rel: str) -> str:
        base, n = rel, 2
        while rel in used:
            stem, ext = base.rsplit(".", 1)
            rel = f"{stem}-{n}.{ext}"
            n += 1
        used.add(rel)
        return rel

    def entry(rel, fmt, kind, layout, subtype, c: Case | None, must=(), traits=()):
        e = {"path": rel, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(set(c.rules)) if c else [], "extras": sorted(set(c.extras)) if c else [],
             "error": None, "accept_errors": [], "must_not_contain": list(must),
             "traits": (list(c.traits) if c else []) + list(traits)}
        if c and kind in ("agreement", "minplan", "decision") and c.manifest_period():
            e["period"] = c.manifest_period()
        entries.append(e)
        return e

    def emit_docx(doc: Document, rel: str, fmt: str, e_args: dict) -> None:
        """fmt: docx | pdf | scan."""
        if fmt == "docx":
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            doc.save(p)
            entry(rel, "docx", **e_args)
        else:
            rel = rel.rsplit(".", 1)[0] + ".pdf"
            rel = unique(rel)
            src = tmp / "docx" / (rel.replace("/", "__").rsplit(".", 1)[0] + ".docx")
            src.parent.mkdir(parents=True, exist_ok=True)
            doc.save(src)
            extra = ["scan:tesseract-ocr"] if fmt == "scan" else ["pdf:libreoffice"]
            e = entry(rel, "pdf", **{**e_args, "traits": list(e_args.get("traits", ())) + extra})
            pending_pdf.append((src, out / rel, e, fmt == "scan"))

    def with_cpr() -> bool:
        return rng.random() < 0.27

    # ---- agreements: municipal template 2019 (2022-2024), 20 documents
    fmts_old = ["docx"] * 7 + ["pdf"] * 7 + ["scan"] * 5 + ["txt"]
    # 20 + 22 + 4 municipal documents share one mix: each of the nine defects 2x, wrong route 3x,
    # two documents with two defects; 23 of 46 defective.
    mix = [[d] for d in DEFECTS_AGREEMENT for _ in range(2)] + [["appeal-wrong-route"]] * 3 + [
        ["missing-mentor", "missing-hours"], ["unclear-goal", "missing-follow-up"]]
    municipal = schedule(rng, 46, mix)
    for i, fmt in enumerate(fmts_old):
        c = Case(rng, rng.choice([2022, 2022, 2023, 2023, 2024]), "jc" if rng.random() < 0.6 else "mh")
        for d in municipal.pop():
            c.apply(d)
        wc = with_cpr()
        rel = unique(f"{case_dir(c)}/{c.start - dt.timedelta(days=5):%Y-%m-%d} Mentoraftale {c.f}.docx")
        if fmt == "txt":
            doc = old_template(c, wc)
            lines = []
            for para in doc.paragraphs:
                for ln in para.text.split("\n"):
                    lines.extend(textwrap.wrap(ln, 78) or [""])
                lines.append("")
            rel = unique(rel.rsplit(".", 1)[0] + ".txt")
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_bytes("\n".join(lines).encode("cp1252", errors="replace"))
            entry(rel, "txt", "agreement", "headings", "agreement-skabelon2019", c,
                  [c.citizen.cpr] if wc else [], ["txt:cp1252", "txt:hard-wrap-78"])
            continue
        doc = old_template(c, wc)
        emit_docx(doc, rel, fmt, dict(kind="agreement", layout="headings", subtype="agreement-skabelon2019", c=c,
                                      must=[c.citizen.cpr] if wc else []))

    # ---- agreements: municipal template 2024 (2024-2026), 22 documents
    fmts_new = ["docx"] * 13 + ["pdf"] * 7 + ["scan"] * 2
    for i, fmt in enumerate(fmts_new):
        c = Case(rng, rng.choice([2024, 2025, 2025, 2026, 2026]), "jc" if rng.random() < 0.5 else "mh")
        for d in municipal.pop():
            c.apply(d)
        wc = with_cpr()
        tracked = fmt == "docx" and rng.random() < 0.3
        doc = new_template(c, wc, tracked)
        rel = unique(f"{case_dir(c)}/{c.start - dt.timedelta(days=3):%Y-%m-%d} Mentoraftale skabelon2024.docx")
        emit_docx(doc, rel, fmt, dict(kind="agreement", layout="table", subtype="agreement-skabelon2024", c=c,
                                      must=[c.citizen.cpr] if wc else []))

    # ---- provider forms: Mentorhuset (docx/pdf), 8 documents
    provider_mix = schedule(rng, 14, [["missing-mentor"], ["missing-mentor"], ["missing-hours"],
                                      ["missing-follow-up"], ["missing-duration"], ["missing-tasks"],
                                      ["duration-over-6-months"]])
    for fmt in ["docx"] * 4 + ["pdf"] * 3 + ["scan"]:
        c = Case(rng, rng.choice([2022, 2023, 2024, 2025, 2026]), "mh")
        # Provider forms often copy no appeal guidance: realistic defect, half of them.
        if rng.random() < 0.5:
            c.apply("missing-appeal-guidance")
        for d in provider_mix.pop():
            c.apply(d)
        wc = with_cpr()
        doc = mentorhuset_form(c, wc)
        rel = unique(f"{case_dir(c)}/{c.start:%Y-%m-%d} Samarbejdsaftale Mentorhuset.docx")
        emit_docx(doc, rel, fmt, dict(kind="agreement", layout="form", subtype="agreement-provider-mentorhuset",
                                      c=c, must=[c.citizen.cpr] if wc else []))

    # ---- provider forms: Kompasset (txt), 6 documents
    for _ in range(6):
        c = Case(rng, rng.choice([2023, 2024, 2025, 2026]), "kompas")
        if rng.random() < 0.6:
            c.apply("missing-appeal-guidance")
        for d in provider_mix.pop():
            c.apply(d)
        wc = with_cpr()
        txt = kompasset_text(c, wc, rng.choice([60, 72]))
        rel = unique(f"{case_dir(c)}/mentoraftale_kompasset_{c.f.lower()}.txt")
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(txt, encoding="utf-8")
        entry(rel, "txt", "agreement", "labels-txt", "agreement-provider-kompasset", c,
              [c.citizen.cpr] if wc else [])

    # ---- agreements as e-mail, 4
    for _ in range(4):
        c = Case(rng, rng.choice([2023, 2024, 2025, 2026]), rng.choice(["jc", "mh"]))
        for d in municipal.pop():
            c.apply(d)
        wc = with_cpr()
        m = email_agreement(c, wc)
        rel = unique(f"{case_dir(c)}/{c.start - dt.timedelta(days=3):%Y-%m-%d} mail mentoraftale.eml")
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(bytes(m))
        entry(rel, "eml", "agreement", "email", "agreement-email", c, [c.citizen.cpr] if wc else [])

    # ---- decisions, 16
    subs = (["bevilling"] * 4 + ["delvis"] * 3 + ["afslag"] * 3 + ["forlaengelse"] * 3 + ["ophoer"] * 3)
    dfmts = ["pdf"] * 9 + ["docx"] * 5 + ["scan"] * 2
    rng.shuffle(dfmts)
    for sub, fmt in zip(subs, dfmts):
        c = Case(rng, rng.choice([2022, 2023, 2024, 2025, 2026]), rng.choice(["jc", "mh", "kompas"]))
        defects = []
        r = rng.random()
        if r < 0.15:
            defects.append("missing-appeal-guidance")
        elif r < 0.25:
            defects.append("appeal-wrong-route")
        if sub in ("delvis", "afslag", "ophoer") and rng.random() < 0.3:
            defects.append("missing-reasons")
        if sub in ("bevilling", "forlaengelse") and rng.random() < 0.3:
            defects.append("duration-over-6-months")
        wc = with_cpr()
        doc = decision(c, sub, wc, defects)
        if sub in ("afslag", "ophoer"):
            c.rules = [x for x in c.rules if x != "duration-over-6-months"]
            c.dur_state = "absent"  # no support period is granted in the letter
        rel = unique(f"{case_dir(c)}/{c.start - dt.timedelta(days=7):%Y-%m-%d} Afgoerelse {sub}.docx")
        emit_docx(doc, rel, fmt, dict(kind="decision", layout="letter", subtype=f"decision-{sub}", c=c,
                                      must=[c.citizen.cpr] if wc else []))

    # ---- Min Plan prints, 6
    mp_mix = schedule(rng, 6, [["missing-mentor"], ["missing-hours"], ["unclear-goal"]])
    for fmt in ["pdf", "pdf", "pdf", "txt", "txt", "docx"]:
        c = Case(rng, rng.choice([2022, 2023, 2024, 2025, 2026]), rng.choice(["jc", "mh", "kompas"]))
        for d in mp_mix.pop():
            c.apply(d)
        wc = with_cpr()
        rel = unique(f"{case_dir(c)}/Min Plan udskrift {c.f}.docx")
        if fmt == "txt":
            rows = minplan_text(c, wc)
            txt = (f"Min Plan\n{c.citizen.name}\n\nMentorstøtte\n" +
                   "\n".join(f"{a}: {b}" for a, b in rows) + "\n\nUdskrevet fra Jobnet\n")
            rel = unique(rel.rsplit(".", 1)[0] + ".txt")
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(txt, encoding="utf-8")
            entry(rel, "txt", "minplan", "labels-txt", "minplan", c, [c.citizen.cpr] if wc else [])
            continue
        doc = minplan_docx(c, wc)
        emit_docx(doc, rel, fmt, dict(kind="minplan", layout="table", subtype="minplan", c=c,
                                      must=[c.citizen.cpr] if wc else []))

    # ---- documents that are none of the kinds, 19 (+ from here)
    for name, fmt, payload, subtype, must in unknown_docs(rng):
        yr = rng.choice([2023, 2024, 2025])
        rel = unique(f"{yr}/diverse/{name}.{ 'docx' if fmt in ('docx', 'pdf', 'scan') else fmt}")
        if fmt == "txt":
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(payload, encoding="utf-8")
            entry(rel, "txt", "unknown", "mixed", subtype, None, must, ["not-a-mentor-document-kind"])
        elif fmt == "eml":
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_bytes(bytes(payload))
            entry(rel, "eml", "unknown", "email", subtype, None, must, ["not-a-mentor-document-kind"])
        else:
            emit_docx(payload, rel, fmt, dict(kind="unknown", layout="mixed", subtype=subtype, c=None, must=must,
                                              traits=["not-a-mentor-document-kind"]))

    # ---- conversions
    docx_srcs = [s for s, _, _, _ in pending_pdf]
    soffice_pdf(docx_srcs, tmp / "pdf", profile)
    (tmp / "scan").mkdir(exist_ok=True)
    for src, final, e, is_scan in pending_pdf:
        pdf = tmp / "pdf" / (src.stem + ".pdf")
        final.parent.mkdir(parents=True, exist_ok=True)
        if is_scan:
            scan_pdf(pdf, tmp / "scan" / final.name, rng, tmp / "scan")
            shutil.copy(tmp / "scan" / final.name, final)
        else:
            shutil.copy(pdf, final)
    for e in entries:
        e["rules"] = sorted(set(e["rules"]))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents written to {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()
    build(a.out, a.seed)


if __name__ == "__main__":
    main()
