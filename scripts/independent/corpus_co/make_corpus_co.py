#!/usr/bin/env python3
"""Corpus CO: an ordinary audit sample from one mid-sized Zealand municipality (Ringsted), 2024-2026.

Written independently from domain.md, the seeds and the rule docs (see NOTES.md). Deterministic:
fixed seed; LibreOffice/Tesseract output differs in bytes between runs, not in text.

    /work/main/.venv/bin/python make_corpus_co.py --out /work/corpora/co
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import hashlib
import html
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

SEED = 8_2026_0124
KOMMUNE = "Ringsted Kommune"
JOBCENTER = "Jobcenter Ringsted"
ADDR = "Sankt Bendts Torv 1, 4100 Ringsted"
REFORM = dt.date(2026, 2, 1)

FIRST = ["Mads", "Sara", "Ali", "Laura", "Jonas", "Emma", "Ahmad", "Mette", "Kasper", "Nadia", "Oliver",
         "Camilla", "Rasmus", "Fatima", "Tobias", "Line", "Mikkel", "Ida", "Jesper", "Sofie", "Kim",
         "Hanne", "Peter", "Zainab", "Frederik", "Julie", "Nikolaj", "Maja", "Bo", "Anja", "Yusuf",
         "Christina", "Martin", "Louise", "Dennis", "Amalie", "Søren", "Pernille", "Mathias", "Sana"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Karimi", "Yilmaz", "Holm", "Bech", "Lund", "Frandsen",
        "Østergaard", "Dahl", "Vestergaard", "Ali", "Kjær"]
STREETS = ["Nørregade", "Søgade", "Næstvedvej", "Klosterparken", "Tinggårdsvej", "Vestervej",
           "Jernbanegade", "Holbækvej", "Ahornvej", "Bøgevej", "Køgevej", "Skt. Knuds Vej"]

PROVIDERS = {
    "P1": ("Mentorhuset Sjælland ApS", "mentorhuset.dk", "Ringstedgade 44, 4000 Roskilde", "CVR 39 12 44 81"),
    "P2": ("Balance – mentor og coaching", "balance-coaching.dk", "Torvet 3, 1. sal, 4100 Ringsted", "CVR 41 88 20 17"),
    "P3": ("Jobvejen I/S", "jobvejen.nu", "Slagelsevej 112, 4200 Slagelse", "CVR 37 55 90 02"),
}
MUNI_MENTOR_UNIT = "Ringsted Kommune, Ungeindsatsen"

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


# ---------------------------------------------------------------- helpers

def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fdate(d: dt.date, style: str) -> str:
    if style == "long":
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
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 45))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng: random.Random) -> str:
    n = f"{rng.choice([2, 3, 4, 5, 6, 7])}{rng.randrange(1000000, 9999999)}"
    return f"{n[0:2]} {n[2:4]} {n[4:6]} {n[6:8]}"


class Person:
    def __init__(self, rng: random.Random):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.phone = phone(rng)
        self.addr = f"{rng.choice(STREETS)} {rng.randrange(1, 80)}, 4100 Ringsted"

    def mail(self, domain: str) -> str:
        t = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa", "Ø": "oe", "Æ": "ae", "Å": "aa"})
        return f"{self.first.lower().translate(t)}.{self.last.lower().translate(t)}@{domain}"

    def initials(self) -> str:
        return (self.first[:2] + self.last[:2]).upper()


# ---------------------------------------------------------------- content pools

GOALS_CLEAR = [
    "{f} starter på grundforløb 1 (tømrer) på ZBC Ringsted i august {y} og har mindst 90 % fremmøde de første tre måneder.",
    "{f} er i virksomhedspraktik i Netto, Ringsted, 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC Storstrøm, afdeling Ringsted, og går til prøve inden {d}.",
    "{f} fastholder sit fleksjob som lagermedarbejder hos Dagrofa (12 timer om ugen) uden ulovligt fravær.",
    "{f} er i gang med AMU-kurset Gaffeltruck B inden {d} og har bestået certifikatprøven.",
    "Hovedmål: ordinært job som rengøringsassistent, mindst 20 timer om ugen. Delmål: {f} er i praktik hos ISS tre dage om ugen fra {d}.",
    "{f} fastholder sin læreplads som elektriker hos Ringsted El-Service og gennemfører skoleperioden på EUC Sjælland.",
    "{f} begynder på FGU (produktionsgrunduddannelsen, værkstedslinjen) i Ringsted senest {d} og møder fire dage om ugen.",
    "{f} kommer ind på SOSU-hjælperuddannelsen på SOSU Sjælland med optag {d}.",
    "{f} er i løntilskudsjob som pedelmedhjælper på Ringsted Kommunes skoler 25 timer om ugen fra {d}.",
    "At {f} fastholder sin uddannelse på HF (VUC Storstrøm) og består årsprøverne i juni {y}.",
    "{f} har et ordinært job med mindst 15 timer om ugen inden for lager eller transport senest {d}.",
]
GOALS_UNCLEAR = [
    "Øget trivsel og mere struktur på hverdagen.",
    "Støtte til at komme videre i livet og få det bedre.",
    "At {f} arbejder med sig selv og får mere selvværd.",
    "Motivere {f} og skabe ro omkring sagen.",
]
TASKS = [
    "følge {f} til praktikstedet de første to uger",
    "hjælpe med at lave en ugeplan og holde den",
    "ringe {f} op om morgenen de dage, der er mødepligt",
    "tage med til møder i kommunen og hos læge efter behov",
    "hjælpe med post i e-Boks og kontakt til Udbetaling Danmark",
    "tale med praktikstedet om opgaver og skånehensyn",
    "øve transport med tog/bus til Roskilde",
    "hjælpe med at søge SU og finde lektiehjælp på skolen",
    "være bindeled til kontaktlærer og studievejleder",
    "øve jobsamtaler og hjælpe med CV",
    "støtte i kontakt med misbrugscentret, så behandlingen passer med praktikken",
    "hjælpe med at få styr på økonomien og budget",
]
HOURS = [
    ("3 timer pr. uge", "3"), ("2 timer om ugen", "2"), ("2 t/uge", "2"), ("1½ time om ugen", "1.5"),
    ("halvanden time ugentligt", "1.5"), ("4 timer ugentligt", "4"), ("8 timer om måneden", "8/m"),
    ("2-3 timer om ugen", "2-3"), ("i alt 36 mentortimer i perioden (ca. 1½ time om ugen)", "36"),
    ("to timer om ugen", "2"), ("5 timer pr. uge de første 4 uger, derefter 2 timer pr. uge", "5/2"),
]
HOURS_VAGUE = ["Efter behov", "et par timer om ugen", "Løbende, efter aftale med mentor"]
FOLLOWUPS = [
    "Statusmøde med borger, mentor og sagsbehandler hver 6. uge. Evaluering 14 dage før periodens udløb.",
    "Mentor sender en kort skriftlig status hver måned. Vi holder opfølgningsmøde efter 3 måneder og igen inden forløbet slutter.",
    "Vi følger op hver 4. uge på, om delmålene er nået (fremmøde og antal praktiktimer registreres).",
    "Midtvejsevaluering efter ca. 3 måneder; slutevaluering senest 14 dage før ophør.",
    "Opfølgning sker ved samtale i kommunen hver anden måned, hvor progressionen mod målet vurderes.",
]


def appeal_text(rng: random.Random, when: dt.date) -> str:
    body = "kommunen" if when >= REFORM else rng.choice(["jobcentret", "Jobcenter Ringsted", "Ringsted Kommune"])
    variants = [
        f"Hvis du ikke er enig i afgørelsen om mentorstøtte, kan du klage til {body} inden 4 uger fra du har modtaget den. "
        f"Vi vurderer så afgørelsen igen. Hvis vi fastholder den, sender vi din klage videre til Ankestyrelsen "
        f"(Beskæftigelsesudvalget), jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedsloven kapitel 10.",
        f"Du kan klage over afgørelsen. Klagen skal sendes til {body} senest fire uger efter, at du har fået afgørelsen. "
        f"Du kan klage skriftligt eller mundtligt. Vi genvurderer afgørelsen inden for 4 uger. Fastholder vi afgørelsen, "
        f"bliver klagen og sagens akter sendt videre til Ankestyrelsen.",
        f"Er du uenig, skal du klage til {KOMMUNE}, {ADDR}, inden 4 uger. Kommunen skal genvurdere sin afgørelse, "
        f"og hvis den fastholdes, sendes klagen til Ankestyrelsen, som tager stilling.",
    ]
    return rng.choice(variants)


APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
                     "Klagevejledning: Du har mulighed for at klage, se www.ringsted.dk."]
APPEAL_WRONG = ("Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen inden 4 uger efter, "
                "at du har modtaget afgørelsen. Klagen sendes via borger.dk.")

DEFECT_RULE = {
    "no-hours": "missing-hours", "vague-hours": "missing-hours", "no-goal": "missing-goal",
    "placeholder-goal": "missing-goal", "unclear-goal": "unclear-goal", "no-followup": "missing-follow-up",
    "no-appeal": "missing-appeal-guidance", "appeal-incomplete": "missing-appeal-guidance",
    "mentor-no-contact": "missing-mentor", "over6": "duration-over-6-months", "no-tasks": "missing-tasks",
    "no-duration": "missing-duration",
}
EXTRA_RULE = {"wrong-route": "appeal-wrong-route", "no-reasons": "missing-reasons"}


class Case:
    """One citizen's mentor course with its facts and its deliberate defects."""

    def __init__(self, rng: random.Random, start: dt.date, defects: tuple[str, ...] = (), provider: str = "P1",
                 months: int | None = None):
        self.rng = rng
        self.defects = set(defects)
        self.citizen = Person(rng)
        self.caseworker = Person(rng)
        self.mentor = Person(rng)
        self.provider = provider
        self.cpr = cpr(rng)
        self.start = start
        if "over6" in self.defects:
            self.end = add_months(start, rng.choice([7, 8, 12])) - dt.timedelta(days=1)
        else:
            self.end = add_months(start, months or rng.choice([6, 6, 6, 3, 4, 5])) - dt.timedelta(days=1)
        self.created = start - dt.timedelta(days=rng.randrange(3, 20))
        f, y = self.citizen.first, start.year
        dgoal = fdate(add_months(start, rng.choice([2, 3, 4])).replace(day=1), "long")
        if "unclear-goal" in self.defects:
            self.goal = rng.choice(GOALS_UNCLEAR).format(f=f)
        else:
            self.goal = rng.choice(GOALS_CLEAR).format(f=f, y=y, d=dgoal)
        self.tasks = [t.format(f=f) for t in rng.sample(TASKS, rng.randrange(3, 6))]
        self.hours, _ = rng.choice(HOURS)
        if "vague-hours" in self.defects:
            self.hours = rng.choice(HOURS_VAGUE)
        self.follow = rng.choice(FOLLOWUPS)
        self.appeal = appeal_text(rng, self.created)
        if "appeal-incomplete" in self.defects:
            self.appeal = rng.choice(APPEAL_INCOMPLETE)
        if "wrong-route" in self.defects:
            self.appeal = APPEAL_WRONG
        self.dstyle = rng.choice(["long", "dots", "slash", "long", "abbr", "dash", "slashdash"])
        prov = PROVIDERS.get(provider)
        self.firm = prov[0] if prov else MUNI_MENTOR_UNIT
        self.domain = prov[1] if prov else "ringsted.dk"

    # convenience
    def has(self, d: str) -> bool:
        return d in self.defects

    def period(self, style: str | None = None) -> str:
        s = style or self.dstyle
        sep = self.rng.choice([" – ", " til ", "-"]) if s in ("dots", "iso") else self.rng.choice([" – ", " til "])
        return f"{fdate(self.start, s)}{sep}{fdate(self.end, s)}"

    def mentor_line(self) -> str:
        if self.has("mentor-no-contact"):
            return f"{self.mentor.name}, {self.firm}"
        return f"{self.mentor.name}, {self.firm}, tlf. {self.mentor.phone}, {self.mentor.mail(self.domain)}"

    def goal_value(self) -> str | None:
        if self.has("no-goal"):
            return None
        if self.has("placeholder-goal"):
            return self.rng.choice(["Udfyldes senere", "-", "xx", "Klik eller tryk her for at skrive tekst."])
        return self.goal

    def rules(self) -> list[str]:
        return sorted({DEFECT_RULE[d] for d in self.defects if d in DEFECT_RULE})

    def extras(self) -> list[str]:
        return sorted({EXTRA_RULE[d] for d in self.defects if d in EXTRA_RULE})


# ---------------------------------------------------------------- document model
# A document is a list of blocks: ("title"|"h"|"p"|"small", text), ("bullets"|"numbered", [items]),
# ("table", [[cells]]), plus optional header/footer lines for Word.

class Doc:
    def __init__(self, blocks, header=None, footer=None, subject=None):
        self.blocks = blocks
        self.header = header or []
        self.footer = footer or []
        self.subject = subject


def to_docx(doc: Doc, path: Path, font: str = "Calibri") -> None:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    sec = d.sections[0]
    for i, line in enumerate(doc.header):
        p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
        p.text = line
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(doc.footer):
        p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
        p.text = line
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs:
            r.font.size = Pt(8)
    for kind, val in doc.blocks:
        if kind == "title":
            d.add_heading(val, level=1)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(9)
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "numbered":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
                    if i == 0 and ncol > 1:
                        for r in cells[i].paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.core_properties.author = "Ringsted Kommune"
    d.save(path)


def to_text(doc: Doc, wrap: int | None = 76, heading_style: str = "plain") -> str:
    out: list[str] = []

    def para(t):
        if wrap:
            out.extend(textwrap.wrap(t, wrap) or [""])
        else:
            out.append(t)
        out.append("")

    for line in doc.header:
        out.append(line)
    if doc.header:
        out.append("")
    for kind, val in doc.blocks:
        if kind == "title":
            if heading_style == "md":
                out += [f"# {val}", ""]
            else:
                out += [val.upper() if heading_style == "upper" else val, "=" * min(len(val), 60), ""]
        elif kind == "h":
            if heading_style == "md":
                out += [f"## {val}", ""]
            else:
                out += [val, ""]
        elif kind in ("p", "small"):
            para(val)
        elif kind == "bullets":
            for it in val:
                out.append(f"- {it}")
            out.append("")
        elif kind == "numbered":
            for i, it in enumerate(val, 1):
                out.append(f"{i}. {it}")
            out.append("")
        elif kind == "table":
            for row in val:
                if len(row) == 2:
                    lab, v = row
                    lab = lab.rstrip(":")
                    if wrap and len(v) > wrap - 20:
                        out.append(f"{lab}:")
                        out.extend("  " + w for w in textwrap.wrap(v, wrap - 2))
                    else:
                        out.append(f"{lab}: {v}")
                else:
                    out.append(" | ".join(row))
            out.append("")
    for line in doc.footer:
        out.append(line)
    return "\n".join(out).rstrip() + "\n"


def to_html(doc: Doc, flavour: str = "plain", title: str = "") -> str:
    e = html.escape
    parts = []
    for kind, val in doc.blocks:
        if kind == "title":
            parts.append(f"<h1>{e(val)}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind in ("p", "small"):
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "bullets":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "numbered":
            parts.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol>")
        elif kind == "table":
            if flavour == "dl" and all(len(r) == 2 for r in val):
                parts.append('<dl class="felter">' + "".join(
                    f'<div class="felt"><dt>{e(a)}</dt><dd>{e(b)}</dd></div>' for a, b in val) + "</dl>")
            else:
                parts.append('<table class="grid">' + "".join(
                    "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val) + "</table>")
    head = "".join(f"<div class='hdr'>{e(x)}</div>" for x in doc.header)
    foot = "".join(f"<div class='ftr'>{e(x)}</div>" for x in doc.footer)
    script = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
              "var felter=['Mål','Mentor','Timer'];</script>") if flavour == "dl" else ""
    return (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
            f"<style>body{{font-family:Arial;margin:2em}} td{{border:1px solid #999;padding:4px}}</style>{script}</head>"
            f"<body><div id=\"app\"><div class=\"print-view\">{head}<main>{''.join(parts)}</main>{foot}</div></div></body></html>\n")


def to_eml(path: Path, sender: str, to: str, subject: str, body: str, date: dt.date, quoted: str = "") -> None:
    m = email.message.EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(dt.datetime(date.year, date.month, date.day, 9, 41,
                                                         tzinfo=dt.timezone(dt.timedelta(hours=1))))
    digest = hashlib.sha1(f"{sender}|{subject}|{date}".encode()).hexdigest()[:16]
    m["Message-ID"] = f"<{digest}@{sender.split('@')[-1].rstrip('>')}>"
    m.set_content(body + (("\n\n" + quoted) if quoted else ""))
    path.write_bytes(bytes(m))


# ---------------------------------------------------------------- agreement writers

def signature_rows(c: Case) -> list:
    return [("p", f"Ringsted, {fdate(c.created, 'long')}"),
            ("table", [["Borger", "Mentor", "Sagsbehandler"],
                       [c.citizen.name, c.mentor.name, c.caseworker.name]])]


def agr_template_v1(c: Case, with_cpr: bool) -> Doc:
    """The municipality's own 2024-25 Word template: one label/value table."""
    rows = [["Borger", c.citizen.name]]
    if with_cpr:
        rows.append(["CPR-nr.", c.cpr])
    rows += [["Adresse", c.citizen.addr],
             ["Sagsbehandler", f"{c.caseworker.name}, {JOBCENTER}, tlf. {c.caseworker.phone}"],
             ["Mentor (navn og kontaktdata)", c.mentor_line()]]
    g = c.goal_value()
    rows.append(["Målet med mentorstøtten", g if g is not None else ""])
    if not c.has("no-tasks"):
        rows.append(["Mentorens opgaver", "; ".join(t[0].upper() + t[1:] for t in c.tasks) + "."])
    else:
        rows.append(["Mentorens opgaver", ""])
    rows.append(["Periode", "Aftales nærmere" if c.has("no-duration") else c.period()])
    if not c.has("no-hours"):
        rows.append(["Timetal", c.hours])
    if not c.has("no-followup"):
        rows.append(["Opfølgning", c.follow])
    blocks = [("title", "Aftale om mentorstøtte"),
              ("p", "Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167 og indgår i Min Plan."),
              ("table", rows)]
    if not c.has("no-appeal"):
        blocks += [("h", "Klagevejledning"), ("p", c.appeal)]
    blocks += signature_rows(c)
    return Doc(blocks, header=[JOBCENTER, f"Sagsnr. 15.20.00-G01-{c.rng.randrange(100, 9999)}-{c.start.year % 100}"],
               footer=[f"{JOBCENTER} · {ADDR} · tlf. 57 62 62 62 · jobcenter@ringsted.dk"])


def agr_template_v2(c: Case, with_cpr: bool) -> Doc:
    """The 2026 template after the reform: numbered headings, question-style labels."""
    blocks = [("title", "Mentoraftale"),
              ("p", f"Aftale mellem {c.citizen.name}" + (f" (cpr.nr. {c.cpr})" if with_cpr else "") +
               f", din mentor og {KOMMUNE}. Aftalen er en del af din plan, og den gælder for mentorstøtte efter LAB § 167.")]
    blocks.append(("h", "1. Hvad er målet?"))
    g = c.goal_value()
    blocks.append(("p", g if g is not None else ""))
    blocks.append(("h", "2. Din mentor"))
    if c.has("mentor-no-contact"):
        blocks.append(("p", f"Din mentor er {c.mentor.name} fra {c.firm}."))
    else:
        blocks.append(("p", f"{c.mentor.name}, {c.firm}"))
        blocks.append(("p", f"Telefon: {c.mentor.phone}   Mail: {c.mentor.mail(c.domain)}"))
    blocks.append(("h", "3. Hvad skal mentor hjælpe med?"))
    if c.has("no-tasks"):
        blocks.append(("p", "Aftales på første møde."))
    else:
        blocks.append(("bullets", [t[0].upper() + t[1:] for t in c.tasks]))
    blocks.append(("h", "4. Periode og timer"))
    per = "Periode: aftales senere" if c.has("no-duration") else f"Periode: {c.period()}"
    blocks.append(("p", per))
    if not c.has("no-hours"):
        blocks.append(("p", f"Timer: {c.hours}"))
    if not c.has("no-followup"):
        blocks.append(("h", "5. Sådan følger vi op"))
        blocks.append(("p", c.follow))
    if not c.has("no-appeal"):
        blocks.append(("h", "6. Hvis du vil klage"))
        blocks.append(("p", c.appeal))
    blocks.append(("p", f"Kontaktperson i kommunen: {c.caseworker.name}, tlf. {c.caseworker.phone}, "
                        f"{c.caseworker.mail('ringsted.dk')}"))
    blocks += signature_rows(c)
    return Doc(blocks, header=[KOMMUNE, "Job og Uddannelse"],
               footer=[f"{KOMMUNE} · {ADDR} · www.ringsted.dk", "Side 1"])


def agr_provider_p1(c: Case, with_cpr: bool) -> Doc:
    """Mentorhuset's own form: a start-up form with their labels and a checkbox row."""
    name, dom, addr, cvr = PROVIDERS["P1"]
    rows = [["Deltager", c.citizen.name + (f"  ·  CPR {c.cpr}" if with_cpr else "")],
            ["Henvisende kommune", f"{KOMMUNE} v/ {c.caseworker.name} ({c.caseworker.phone})"],
            ["Type", "☐ Tilbudsmentor   ☒ Mentor i virksomhedspraktik   ☐ Uddannelsesmentor"],
            ["Tilknyttet mentor", c.mentor_line().replace(f", {name}", "")]]
    g = c.goal_value()
    rows.append(["Hovedmål for forløbet", g if g is not None else ""])
    rows.append(["Indsatsområder", "" if c.has("no-tasks") else "\n".join("• " + t for t in c.tasks)])
    rows.append(["Forløbsperiode", "Afventer bevilling" if c.has("no-duration") else c.period()])
    if not c.has("no-hours"):
        rows.append(["Ugentligt timeantal", c.hours])
    if not c.has("no-followup"):
        rows.append(["Evaluering", c.follow])
    blocks = [("title", "Samarbejdsaftale – mentorforløb"),
              ("p", f"{name} leverer mentorstøtte efter aftale med {KOMMUNE}. Denne aftale beskriver forløbet."),
              ("table", rows)]
    if not c.has("no-appeal"):
        blocks += [("h", "Klage over kommunens afgørelse"), ("p", c.appeal)]
    blocks += [("p", f"Dato: {fdate(c.created, 'dots')}"),
               ("p", f"Underskrift deltager: ____________________    Underskrift mentor: {c.mentor.name}")]
    return Doc(blocks, header=[name], footer=[f"{name} · {addr} · {cvr} · www.{dom}"])


def agr_provider_p2(c: Case, with_cpr: bool) -> Doc:
    """Balance: a one-woman provider writing her agreements as running prose with short headings."""
    name, dom, addr, cvr = PROVIDERS["P2"]
    f = c.citizen.first
    blocks = [("title", "Aftale om mentorforløb"),
              ("p", f"Mellem {c.citizen.name}" + (f", cpr. {c.cpr}," if with_cpr else "") +
               f" og {c.mentor.name}, {name}, på vegne af {KOMMUNE}.")]
    blocks.append(("h", "Hvorfor et mentorforløb?"))
    g = c.goal_value()
    if g is None:
        blocks.append(("p", f"{f} har været længe uden for arbejdsmarkedet og har brug for en fast voksen at sparre med."))
    else:
        blocks.append(("p", f"{f} har været længe uden for arbejdsmarkedet. Vi har aftalt følgende mål for forløbet: {g}"))
    if c.has("no-tasks"):
        blocks.append(("h", "Sådan arbejder vi"))
        blocks.append(("p", "Vi tager udgangspunkt i det, der fylder for dig, og aftaler resten undervejs."))
    else:
        blocks.append(("h", f"{c.mentor.first} skal hjælpe dig med:"))
        blocks.append(("bullets", [t[0].upper() + t[1:] for t in c.tasks]))
    blocks.append(("h", "Praktisk"))
    per = "Forløbet starter, når kommunen har bevilget det." if c.has("no-duration") else \
        f"Forløbet løber fra {fdate(c.start, 'long')} til {fdate(c.end, 'long')}."
    if c.has("no-hours"):
        hrs = ""
    elif c.has("vague-hours"):
        hrs = " Vi ses efter behov, typisk et par timer om ugen, som regel hos dig eller på biblioteket."
    else:
        hrs = f" Der er afsat {c.hours} til forløbet. Vi mødes som regel hos dig eller på biblioteket."
    blocks.append(("p", per + hrs))
    if not c.has("no-followup"):
        blocks.append(("p", c.follow))
    if not c.has("mentor-no-contact"):
        blocks.append(("p", f"Du kan altid få fat i mig på {c.mentor.phone} eller {c.mentor.mail(dom)} "
                            f"(hverdage 8-16)."))
    if not c.has("no-appeal"):
        blocks += [("h", "Klagevejledning"), ("p", c.appeal)]
    blocks += [("p", f"Ringsted {fdate(c.created, 'slash')}"),
               ("p", f"{c.mentor.name}\nMentor og coach, {name}")]
    return Doc(blocks, footer=[f"{name} · {addr} · {cvr}"])


def agr_provider_p3_text(c: Case, with_cpr: bool) -> str:
    """Jobvejen: agreements typed in a plain-text mail or .txt, hard-wrapped, shouted labels."""
    name, dom, addr, cvr = PROVIDERS["P3"]
    L = [f"{name.upper()} - MENTORAFTALE", ""]
    L.append(f"Borger: {c.citizen.name}" + (f"  CPR: {c.cpr}" if with_cpr else ""))
    L.append(f"Kommune: {KOMMUNE}, sagsbehandler {c.caseworker.name}")
    L.append("")
    if c.has("mentor-no-contact"):
        L.append(f"MENTOR: {c.mentor.name}")
    else:
        L.append(f"MENTOR: {c.mentor.name}, mobil {c.mentor.phone}, {c.mentor.mail(dom)}")
    L.append("")
    g = c.goal_value()
    L.append("MÅL:")
    if g:
        L.extend(textwrap.wrap(g, 64))
    L.append("")
    L.append("OPGAVER:")
    if not c.has("no-tasks"):
        for t in c.tasks:
            L.extend(textwrap.wrap("* " + t, 64, subsequent_indent="  "))
    L.append("")
    if not c.has("no-duration"):
        L.append(f"PERIODE: {c.period('dots')}")
    else:
        L.append("PERIODE: fastsættes af kommunen")
    if not c.has("no-hours"):
        L.append(f"TIMER: {c.hours}")
    L.append("")
    if not c.has("no-followup"):
        L.append("OPFØLGNING:")
        L.extend(textwrap.wrap(c.follow, 64))
        L.append("")
    if not c.has("no-appeal"):
        L.append("KLAGE:")
        L.extend(textwrap.wrap(c.appeal, 64))
        L.append("")
    L.append(f"{name}, {addr}, {cvr}")
    return "\n".join(L) + "\n"


def agr_letter(c: Case, with_cpr: bool) -> Doc:
    """Agreements written as a letter to the citizen by the caseworker."""
    f = c.citizen.first
    blocks = [("p", c.citizen.name), ("p", c.citizen.addr),
              ("p", f"Ringsted, {fdate(c.created, 'den')}"),
              ("title", "Aftale om mentorstøtte"),
              ("p", f"Kære {f}"),
              ("p", "Tak for mødet. Her er den aftale om mentor, som vi lavede sammen. Aftalen er også lagt i din plan.")]
    if with_cpr:
        blocks.insert(2, ("p", f"Cpr-nr.: {c.cpr}"))
    g = c.goal_value()
    if g is not None:
        if g.startswith(f + " "):
            blocks.append(("p", f"Målet er, at {g}"))
        elif g.startswith("At "):
            blocks.append(("p", f"Målet er, at {g[3:]}"))
        else:
            blocks.append(("p", f"Mål: {g}"))
    if c.has("mentor-no-contact"):
        blocks.append(("p", f"Din mentor er {c.mentor.name}. {c.mentor.first} kontakter dig i løbet af den første uge."))
    else:
        blocks.append(("p", f"Din mentor er {c.mentor.name} fra {c.firm}. Du kan ringe til {c.mentor.first} på "
                            f"{c.mentor.phone} eller skrive til {c.mentor.mail(c.domain)}."))
    if not c.has("no-tasks"):
        blocks.append(("p", f"{c.mentor.first} skal hjælpe dig med at:"))
        blocks.append(("bullets", c.tasks))
    per = "" if c.has("no-duration") else f"Mentorstøtten gælder fra {fdate(c.start, 'long')} til {fdate(c.end, 'long')}"
    hrs = "" if c.has("no-hours") else f"du har {c.hours} sammen med din mentor"
    if per and hrs:
        blocks.append(("p", f"{per}, og {hrs}."))
    elif per:
        blocks.append(("p", per + "."))
    elif hrs:
        blocks.append(("p", hrs[0].upper() + hrs[1:] + "."))
    if not c.has("no-followup"):
        blocks.append(("p", c.follow))
    if not c.has("no-appeal"):
        blocks.append(("h", "Hvis du ikke er enig"))
        blocks.append(("p", c.appeal))
    blocks += [("p", "Venlig hilsen"),
               ("p", f"{c.caseworker.name}\nJobkonsulent\n{KOMMUNE}\nDirekte tlf. {c.caseworker.phone}")]
    hdr = [JOBCENTER if c.created < REFORM else KOMMUNE]
    return Doc(blocks, header=hdr, footer=[f"{KOMMUNE} · {ADDR} · CVR 18 96 06 30"])


# ---------------------------------------------------------------- decisions

def decision(c: Case, variant: str, with_cpr: bool, bilag: Doc | None = None) -> Doc:
    f = c.citizen.first
    sender = JOBCENTER if c.created < REFORM else f"{KOMMUNE}, Job og Uddannelse"
    blocks = [("p", c.citizen.name), ("p", c.citizen.addr)]
    if with_cpr:
        blocks.append(("p", f"Cpr.nr. {c.cpr}"))
    blocks.append(("p", f"Dato: {fdate(c.created, 'dots')}    Sagsnr.: 15.20.00-G01-{c.rng.randrange(100, 9999)}-{c.created.year % 100}"))
    reasons = True
    if variant == "grant":
        title = "Afgørelse om mentorstøtte"
        body = [f"Kære {f}",
                f"Du har den {fdate(c.created - dt.timedelta(days=9), 'long')} søgt om mentorstøtte. "
                f"Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden "
                f"{c.period('long')}. Støtten er på {c.hours}.",
                f"Din mentor er {c.mentor.name}, {c.firm}, tlf. {c.mentor.phone}."]
        reasons = False
        reason_txt = "Du har fået fuldt ud medhold i din ansøgning."
    elif variant == "partial":
        title = "Afgørelse om mentorstøtte – delvis bevilling"
        body = [f"Kære {f}",
                f"Du har søgt om mentorstøtte i 9 måneder med 5 timer om ugen. Vi har bevilget mentorstøtte i perioden "
                f"{c.period('long')} med {c.hours}. Du får altså færre timer og en kortere periode end du har søgt om."]
        reason_txt = ("Vi har lagt vægt på, at mentorstøtte efter LAB § 167, stk. 1, kan gives i højst 6 måneder ad gangen, "
                      "og at din praktikvirksomhed selv står for oplæringen. Vi vurderer, at timetallet er nok til at "
                      "støtte dig i at komme stabilt frem.")
    elif variant == "refusal":
        title = "Afslag på mentorstøtte"
        body = [f"Kære {f}", f"Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning."]
        reason_txt = ("Vi har lagt vægt på, at du allerede har støtte fra en elevcoach på skolen (SPS), og at "
                      "mentorstøtte efter LAB § 167 kun kan gives, når støtten rækker ud over det, uddannelsesstedet "
                      "normalt tilbyder.")
    elif variant == "stop":
        title = "Ophør af mentorstøtte"
        body = [f"Kære {f}", f"Din mentorstøtte hos {c.firm} ophører den {fdate(c.end, 'long')}."]
        reason_txt = ("Begrundelsen er, at du nu er i ordinært job 25 timer om ugen og selv klarer transport og "
                      "fremmøde. Målet med støtten er dermed nået, jf. LAB § 167.")
    elif variant == "extension":
        title = "Afgørelse om forlængelse af mentorstøtte"
        body = [f"Kære {f}",
                f"Vi har efter en konkret vurdering bevilget en ny periode med mentorstøtte efter LAB § 167, stk. 1, "
                f"2. pkt., fra {fdate(c.start, 'long')} til {fdate(c.end, 'long')}. Timetallet er {c.hours}. "
                f"Din mentor er fortsat {c.mentor.name}."]
        reason_txt = ("Vi har lagt vægt på, at du er kommet godt i gang i praktikken, men at mentor stadig er nødvendig "
                      "for at du kan fastholde fremmødet, jf. statusrapporten fra din mentor.")
    elif variant == "discharge":
        title = "Afgørelse om udskrivningskoordinator"
        body = [f"Kære {f}",
                f"Du er indlagt på Psykiatrien Region Sjælland og har sagt ja til en udskrivningskoordinator. Vi har "
                f"bevilget mentorstøtte som udskrivningskoordinator efter LAB § 167, stk. 2, fra "
                f"{fdate(c.start, 'long')} til {fdate(c.end, 'long')} – det vil sige 3 måneder før og 6 måneder efter "
                f"din forventede udskrivning. Støtten er på {c.hours}."]
        reason_txt = "Du har ret til udskrivningskoordinator, fordi du er indlagt med en psykisk lidelse."
        reasons = False
    else:
        raise ValueError(variant)
    blocks = [("p", sender)] + blocks + [("title", title)]
    for b in body:
        blocks.append(("p", b))
    if not c.has("no-reasons"):
        blocks += [("h", "Begrundelse"), ("p", reason_txt)]
    if bilag is not None:
        blocks.append(("p", "Aftalen om mentorstøtte er vedlagt som bilag 1."))
    if not c.has("no-appeal"):
        blocks += [("h", "Klagevejledning"), ("p", c.appeal)]
    blocks += [("p", "Med venlig hilsen"), ("p", f"{c.caseworker.name}\nSagsbehandler, tlf. {c.caseworker.phone}")]
    if bilag is not None:
        blocks.append(("title", "Bilag 1: Aftale om mentorstøtte"))
        blocks += [b for b in bilag.blocks if b[0] != "title"]
    # reorder: letterhead, recipient, date, title, body
    return Doc(blocks, header=[sender], footer=[f"{KOMMUNE} · {ADDR}"])


# ---------------------------------------------------------------- Min Plan

def minplan_rows(c: Case) -> list[list[str]]:
    g = c.goal_value()
    rows = [["Indsats", "Mentorstøtte (LAB § 167)"],
            ["Formål med mentorstøtten", g if g is not None else ""]]
    if c.has("mentor-no-contact"):
        rows.append(["Mentor", c.mentor.name])
    else:
        rows.append(["Mentor", f"{c.mentor.name}, {c.firm}"])
        rows.append(["Kontakt", f"{c.mentor.phone} / {c.mentor.mail(c.domain)}"])
    rows.append(["Mentors opgaver", "" if c.has("no-tasks") else "; ".join(c.tasks)])
    rows.append(["Varighed", "" if c.has("no-duration") else f"{fdate(c.start, 'dots')} - {fdate(c.end, 'dots')}"])
    if not c.has("no-hours"):
        rows.append(["Timetal", c.hours])
    return rows


def minplan_doc(c: Case) -> Doc:
    blocks = [("title", "Min Plan"),
              ("p", f"Udskrevet {fdate(c.created + dt.timedelta(days=2), 'dots')} af {c.caseworker.initials()}"),
              ("p", f"Borger: {c.citizen.name}"),
              ("h", "Aktuelle indsatser"),
              ("table", minplan_rows(c)),
              ("p", "Din plan kan ændres, når du og din sagsbehandler aftaler det. Du kan se planen på Jobnet.")]
    return Doc(blocks, header=["Min Plan – udskrift"])


# ---------------------------------------------------------------- unknown documents

UNKNOWN_CPR: dict[str, str] = {}


def unknown_docs(rng: random.Random) -> list[tuple[str, str, Doc | str, str]]:
    """(name, subtype, content, format) for documents that are none of the three kinds."""
    p = Person(rng)
    m = Person(rng)
    cw = Person(rng)
    out = []
    UNKNOWN_CPR["statusrapport-mentor"] = cpr(rng)
    UNKNOWN_CPR["genvurdering-fastholdt"] = cpr(rng)
    out.append(("statusrapport-mentor", "statusrapport", Doc([
        ("title", "Statusrapport – mentorforløb"),
        ("p", f"Deltager: {p.name}, cpr-nr. {UNKNOWN_CPR['statusrapport-mentor']}. Mentor: {m.name}, Mentorhuset Sjælland ApS, tlf. {m.phone}."),
        ("p", "Periode for rapporten: 1. marts 2025 – 31. maj 2025. Forbrugte timer: 26 (ca. 2 timer om ugen)."),
        ("h", "Status på mål"),
        ("p", f"Målet om praktik i Netto 15 timer om ugen er delvist nået: {p.first} møder nu tre dage om ugen."),
        ("h", "Hvad har vi arbejdet med"),
        ("bullets", ["Transport med tog", "Morgenrutiner", "Samtaler med praktikvejleder"]),
        ("h", "Anbefaling"),
        ("p", "Mentor anbefaler, at forløbet fortsætter frem til den aftalte slutdato. Næste status sendes om en måned."),
    ], header=["Mentorhuset Sjælland ApS"]), "docx"))
    out.append(("faktura-mentorhuset", "faktura", Doc([
        ("title", "FAKTURA nr. 2025-0412"),
        ("p", f"Ringsted Kommune, Job og Ydelse, att. {cw.name}, EAN 5798007588005"),
        ("table", [["Dato", "Beskrivelse", "Timer", "Beløb"],
                   ["April 2025", f"Mentorstøtte, deltager {p.initials()}, mentor {m.name}", "9", "4.455,00"],
                   ["April 2025", "Kørsel 84 km", "", "318,36"],
                   ["", "I alt ekskl. moms", "", "4.773,36"],
                   ["", "Moms 25 %", "", "1.193,34"],
                   ["", "I alt", "", "5.966,70"]]),
        ("p", "Betalingsbetingelser: netto 30 dage. Bank: 1551 1234567890."),
    ], footer=["Mentorhuset Sjælland ApS · CVR 39 12 44 81"]), "pdf"))
    out.append(("referat-teammoede", "referat", Doc([
        ("title", "Referat – teammøde Mentorteamet"),
        ("p", "Dato: 14. januar 2026, kl. 9.00-10.30. Deltagere: KL, MH, SØ, AJ. Referent: AJ."),
        ("numbered", ["Nyt fra ledelsen: Fra 1. februar 2026 hedder vi ikke længere jobcenter i brevene; skabelonerne er opdateret.",
                      "Mentoraftaler: husk at målet skal pege mod job eller uddannelse, og at klagevejledningen skal med.",
                      "Leverandører: Balance har skiftet telefonnummer. Jobvejen fakturerer nu månedsvis.",
                      "Eventuelt: julefrokost-regnskab."]),
        ("p", "Næste møde: 11. februar 2026."),
    ]), "docx"))
    out.append(("vejledning-udfyld-mentoraftale", "vejledning", Doc([
        ("title", "Sådan udfylder du mentoraftalen – intern vejledning"),
        ("p", "Vejledningen er til sagsbehandlere i Job og Uddannelse. Aftalen skal indeholde:"),
        ("numbered", ["Målet med mentorstøtten – rettet mod job eller uddannelse",
                      "Mentorens navn og kontaktdata (telefon og mail)",
                      "Hvilke opgaver mentoren skal hjælpe med",
                      "Periode (højst 6 måneder) og hvordan der følges op",
                      "Timetallet pr. uge",
                      "Klagevejledning: klage til kommunen inden 4 uger; kommunen genvurderer og sender videre til Ankestyrelsen"]),
        ("p", "Brug skabelonen i fagsystemet. Spørg teamlederen, hvis du er i tvivl."),
    ]), "odt"))
    out.append(("pjece-mentorstoette", "pjece", Doc([
        ("title", "Mentorstøtte i Ringsted Kommune"),
        ("p", "En mentor er en person, der hjælper dig med at komme i job eller uddannelse eller med at blive der."),
        ("h", "Hvem kan få en mentor?"),
        ("p", "Alle, der er ledige eller i gang med en uddannelse, kan få mentorstøtte, hvis der er behov for det. "
              "Støtten gives i højst 6 måneder ad gangen, og der kan gives en ny periode efter en konkret vurdering."),
        ("h", "Hvad kan en mentor hjælpe med?"),
        ("bullets", ["Struktur på hverdagen", "Kontakt til arbejdsplads eller skole", "Transport og fremmøde"]),
        ("h", "Hvordan får jeg en mentor?"),
        ("p", "Tal med din sagsbehandler. Hvis du får afslag, kan du klage inden 4 uger."),
    ]), "html"))
    out.append(("mail-moedeindkaldelse", "mail", (
        f"Hej {p.first}\n\nJeg vil gerne indkalde dig til opfølgningsmøde om dit mentorforløb tirsdag den "
        f"3. juni 2025 kl. 10.00 i Jobcentret, Sankt Bendts Torv 1. Din mentor {m.name} deltager også.\n\n"
        f"Giv mig gerne besked, hvis tidspunktet ikke passer.\n\nVenlig hilsen\n{cw.name}\nJobkonsulent, {JOBCENTER}\n"
        f"Tlf. {cw.phone}"), "eml"))
    out.append(("ringsted-boldklub-mentoraftale", "privat-mentoraftale", Doc([
        ("title", "Mentoraftale – Ringsted IF, ungdomsafdelingen"),
        ("p", "Ringsted IF's mentorordning kobler unge spillere (U15-U19) med en voksen frivillig fra klubben."),
        ("table", [["Spiller", "___________________"], ["Mentor", "___________________ (tlf. ____________)"],
                   ["Mål", "Gå til træning to gange om ugen og fuldføre 9. klasse"],
                   ["Periode", "Sæsonen 2025/26"], ["Tid", "Ca. 1 time om ugen efter træning"]]),
        ("p", "Ordningen er frivillig og gratis og har intet med kommunen at gøre. Spørgsmål til ungdomsformanden."),
    ]), "pdf"))
    out.append(("prisliste-balance", "tilbud", Doc([
        ("title", "Balance – mentor og coaching: priser 2025"),
        ("p", "Mentortime (direkte kontakt): 495 kr. ekskl. moms. Kørsel efter statens takst."),
        ("p", "Forløb tilbydes typisk i 3-6 måneder med 1-3 timer om ugen. Statusrapport hver måned er inkluderet."),
        ("p", "Kontakt: Torvet 3, 1. sal, 4100 Ringsted."),
    ]), "docx"))
    out.append(("kvalitetsstandard-mentor", "kvalitetsstandard", Doc([
        ("title", "Kvalitetsstandard for mentorstøtte 2025"),
        ("p", "Godkendt af Beskæftigelsesudvalget den 10. december 2024."),
        ("h", "Lovgrundlag"),
        ("p", "Lov om en aktiv beskæftigelsesindsats kapitel 26 (§§ 167-171) og bekendtgørelse om en aktiv beskæftigelsesindsats."),
        ("h", "Formål"),
        ("p", "Mentorstøtte skal hjælpe borgeren til at opnå eller fastholde job eller uddannelse."),
        ("h", "Serviceniveau"),
        ("table", [["Niveau", "Timer", "Opfølgning"], ["1", "0-1 time pr. uge", "hver 3. måned"],
                   ["2", "1-2 timer pr. uge", "hver måned"], ["3", "over 2 timer pr. uge", "hver måned"]]),
        ("h", "Varighed"),
        ("p", "Højst 6 måneder ad gangen; forlængelse efter en konkret vurdering."),
        ("h", "Klageadgang"),
        ("p", "Afgørelser kan påklages til kommunen inden 4 uger; fastholdes afgørelsen, sendes klagen til Ankestyrelsen."),
    ]), "pdf"))
    out.append(("genvurdering-fastholdt", "genvurdering", Doc([
        ("p", JOBCENTER), ("p", p.name), ("p", p.addr), ("p", f"CPR: {UNKNOWN_CPR['genvurdering-fastholdt']}"),
        ("title", "Genvurdering af din klage – afgørelsen fastholdes"),
        ("p", f"Kære {p.first}"),
        ("p", "Vi har modtaget din klage over vores afslag på mentorstøtte. Vi har genvurderet sagen og fastholder "
              "afgørelsen. Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, som vil behandle klagen. "
              "Du hører fra Ankestyrelsen."),
        ("p", f"Venlig hilsen\n{cw.name}"),
    ]), "docx"))
    out.append(("journalnotat-telefon", "journalnotat", (
        f"Journalnotat {fdate(dt.date(2025, 9, 17), 'dots')} - {cw.initials()}\n"
        f"Emne: Telefonsamtale med borger\n\n"
        f"Borger ringede kl. 10.15 og spurgte til kørselsgodtgørelse til praktikken. Oplyst om reglerne og sendt\n"
        f"blanket. Borger fortalte, at det går fint hos mentor, og at de ses om torsdagen. Intet videre.\n"), "txt"))
    out.append(("jobopslag-mentorer", "jobopslag", Doc([
        ("title", "Vi søger mentorer til Ungeindsatsen"),
        ("p", "Ringsted Kommune søger to mentorer, 37 timer om ugen, til unge under 30 på vej mod uddannelse."),
        ("h", "Dine opgaver"),
        ("bullets", ["Støtte unge i overgangen til FGU og erhvervsuddannelse", "Samarbejde med skoler og virksomheder",
                     "Skrive mentoraftaler og statusrapporter"]),
        ("p", "Ansøgningsfrist: 4 uger fra opslaget. Tiltrædelse 1. marts 2026."),
    ]), "html"))
    out.append(("moedeplan-borger", "kalender", (
        f"Aftaler for {p.name} - uge 36-39\n\n"
        "Man 1/9  kl. 9-11   Praktik (Netto)\nTirs 2/9 kl. 13    Mentor, biblioteket\n"
        "Tors 4/9 kl. 10    Læge\nMan 8/9  kl. 9-11   Praktik\nTirs 9/9 kl. 13    Mentor\n"
        "Ons 17/9 kl. 10    Samtale i Jobcentret\n"), "txt"))
    out.append(("timeseddel-jobvejen", "timeseddel", Doc([
        ("title", "Timeseddel – Jobvejen I/S"),
        ("p", f"Mentor: {m.name}. Deltager: {p.initials()}. Måned: oktober 2024."),
        ("table", [["Dato", "Aktivitet", "Timer"], ["02.10.2024", "Møde i hjemmet", "1,5"],
                   ["09.10.2024", "Følges til praktik", "2"], ["16.10.2024", "Samtale", "1"],
                   ["23.10.2024", "Jobcentermøde", "1,5"], ["", "I alt", "6"]]),
    ]), "docx"))
    out.append(("kursusprogram-virksomhedsmentor", "kursusprogram", Doc([
        ("title", "Kursus for virksomhedsmentorer – program"),
        ("p", "Sted: Ringsted Kongrescenter. Dato: 22. oktober 2025."),
        ("table", [["Tid", "Indhold"], ["9.00", "Velkomst"], ["9.15", "Rollen som mentor på arbejdspladsen"],
                   ["11.00", "Gode mål for borgere i praktik"], ["13.00", "Opfølgning og dokumentation"],
                   ["14.30", "Afslutning"]]),
        ("p", "Tilmelding til Virksomhedsservice senest 1. oktober."),
    ]), "odt"))
    return out


# ---------------------------------------------------------------- conversion

def soffice_convert(files: list[Path], target: str, outdir: Path, profile: str) -> None:
    if not files:
        return
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
           "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def make_scan(pdf: Path, out: Path, rng: random.Random, tmp: Path) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    pdfdoc = pdfium.PdfDocument(str(pdf))
    pages = []
    for i in range(len(pdfdoc)):
        img = pdfdoc[i].render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=255, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        pth = tmp / f"{out.stem}-{i}.png"
        img.save(pth, dpi=(200, 200))
        pages.append(str(pth))
    lst = tmp / f"{out.stem}.lst"
    lst.write_text("\n".join(pages) + "\n")
    base = tmp / f"{out.stem}-ocr"
    subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(base) + ".pdf", out)


# ---------------------------------------------------------------- plan

def rand_start(rng: random.Random, y0: int, y1: int) -> dt.date:
    y = rng.randrange(y0, y1 + 1)
    m = rng.randrange(1, 13)
    return dt.date(y, m, rng.choice([1, 1, 1, 15, rng.randrange(2, 28)]))


def build(out: Path) -> None:
    rng = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="co_"))
    profile = "/tmp/lo_co_profile"
    entries = []
    pending: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "odt": [], "scan": []}
    counter = [0]

    def emit(rel: str, kind: str, fmt: str, layout: str, subtype: str, content, c: Case | None = None,
             with_cpr: bool = False, traits=(), text_opts=None, extras_override=None, rules_override=None,
             period: bool = True, must_extra=()):
        counter[0] += 1
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if fmt in ("docx", "pdf", "odt", "scan"):
            src = tmp / f"d{counter[0]:03d}.docx"
            to_docx(content, src, font=rng.choice(["Calibri", "Arial", "Times New Roman"]))
            if fmt == "docx":
                shutil.copy(src, dest)
            else:
                pending[fmt].append((src, dest))
        elif fmt == "txt":
            txt = content if isinstance(content, str) else to_text(content, **(text_opts or {}))
            enc = "cp1252" if "cp1252" in traits else "utf-8"
            dest.write_bytes(txt.replace("\n", "\r\n").encode(enc, errors="replace") if enc == "cp1252"
                             else txt.encode("utf-8"))
        elif fmt == "html":
            dest.write_text(to_html(content, **(text_opts or {})), encoding="utf-8")
        elif fmt == "eml":
            pass  # written by caller
        rules = rules_override if rules_override is not None else (c.rules() if c else [])
        extras = extras_override if extras_override is not None else (c.extras() if c else [])
        must = []
        if with_cpr and c is not None:
            must = [c.cpr, c.cpr.replace("-", "")]
        if must_extra:
            must = list(must_extra)
            traits = tuple(traits) + ("cpr",)
        e = {"path": rel, "kind": kind, "format": "pdf" if fmt == "scan" else fmt, "layout": layout,
             "subtype": subtype, "rules": sorted(rules), "extras": extras, "error": None, "accept_errors": [],
             "must_not_contain": must,
             "traits": sorted(set(traits) | ({"cpr"} if with_cpr else set()) | ({"ocr-scan"} if fmt == "scan" else set())
                              | {f"defect:{d}" for d in (c.defects if c else ())})}
        if c is not None and period and kind in ("agreement", "minplan", "decision") and not c.has("no-duration"):
            e["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append(e)
        return dest

    def cpr_flag() -> bool:
        return rng.random() < 0.36

    # --- own template v1 (2024-2025): 20 documents
    v1_defects = [(), (), (), (), ("no-hours",), (), ("unclear-goal",), (), ("no-followup",), (),
                  ("over6",), (), ("mentor-no-contact",), (), ("placeholder-goal",), (), ("appeal-incomplete",),
                  (), ("vague-hours",), ()]
    v1_fmts = ["docx"] * 10 + ["pdf"] * 5 + ["odt"] * 3 + ["scan"] * 2
    rng.shuffle(v1_fmts)
    for i, (d, fmt) in enumerate(zip(v1_defects, v1_fmts)):
        c = Case(rng, rand_start(rng, 2024, 2025), d, provider=rng.choice(["P1", "P2", "P3", "MUNI"]))
        wc = cpr_flag()
        ext = "pdf" if fmt == "scan" else fmt
        emit(f"jobcenter/{c.start.year}/{c.citizen.last.lower()}-{i:02d}-mentoraftale.{ext}", "agreement", fmt,
             "table", "template-v1", agr_template_v1(c, wc), c, wc, traits=["own-template-v1"])

    # --- own template v2 (2026): 12
    v2_defects = [(), (), ("no-appeal",), (), ("unclear-goal",), (), ("no-tasks",), (), ("over6",), (),
                  ("no-duration",), ()]
    v2_fmts = ["docx"] * 6 + ["pdf"] * 4 + ["odt"] * 2
    rng.shuffle(v2_fmts)
    for i, (d, fmt) in enumerate(zip(v2_defects, v2_fmts)):
        c = Case(rng, dt.date(2026, rng.randrange(2, 11), rng.choice([1, 1, 15, 9])), d,
                 provider=rng.choice(["P1", "P2", "P3", "MUNI"]))
        wc = cpr_flag()
        emit(f"job-og-uddannelse/2026/mentoraftale-{c.citizen.first.lower()}-{i:02d}.{fmt}", "agreement", fmt,
             "headings", "template-v2", agr_template_v2(c, wc), c, wc, traits=["own-template-v2"])

    # --- provider P1 (Mentorhuset): 7
    p1_defects = [(), ("no-appeal",), (), ("no-followup",), (), ("no-appeal",), ("no-hours",)]
    p1_fmts = ["docx", "pdf", "docx", "pdf", "docx", "pdf", "docx"]
    for i, (d, fmt) in enumerate(zip(p1_defects, p1_fmts)):
        c = Case(rng, rand_start(rng, 2024, 2026), d, provider="P1")
        wc = cpr_flag()
        emit(f"leverandoerer/mentorhuset/samarbejdsaftale-{c.citizen.initials().lower()}-{i}.{fmt}", "agreement", fmt,
             "table", "provider-mentorhuset", agr_provider_p1(c, wc), c, wc, traits=["provider-form", "checkbox-row"])

    # --- provider P2 (Balance): 5
    p2_defects = [("no-appeal",), (), ("no-appeal", "vague-hours"), (), ("no-appeal",)]
    p2_fmts = ["pdf", "pdf", "docx", "pdf", "docx"]
    for i, (d, fmt) in enumerate(zip(p2_defects, p2_fmts)):
        c = Case(rng, rand_start(rng, 2024, 2026), d, provider="P2")
        wc = cpr_flag()
        emit(f"leverandoerer/balance/aftale-{c.citizen.first.lower()}-{i}.{fmt}", "agreement", fmt,
             "prose-headings", "provider-balance", agr_provider_p2(c, wc), c, wc, traits=["provider-form", "first-name-tasks"])

    # --- provider P3 (Jobvejen): 6, txt and e-mail
    p3_defects = [(), ("over6",), (), ("no-followup",), ("mentor-no-contact",), ()]
    for i, d in enumerate(p3_defects):
        c = Case(rng, rand_start(rng, 2024, 2026), d, provider="P3")
        wc = cpr_flag()
        text = agr_provider_p3_text(c, wc)
        if i % 2 == 0:
            emit(f"leverandoerer/jobvejen/mentoraftale_{c.citizen.last.lower()}_{i}.txt", "agreement", "txt",
                 "plain-labels", "provider-jobvejen", text, c, wc,
                 traits=["provider-form", "hard-wrapped"] + (["cp1252"] if i == 2 else []))
        else:
            rel = f"leverandoerer/jobvejen/mail-{i}-mentoraftale.eml"
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            body = (f"Hej {c.caseworker.first}\n\nHermed mentoraftalen for {c.citizen.first}, som vi talte om. "
                    f"Den er gennemgået med borgeren.\n\n" + text +
                    f"\nMvh\n{c.mentor.name}\nJobvejen I/S")
            quoted = (f"Den {fdate(c.created - dt.timedelta(days=2), 'long')} skrev {c.caseworker.name}:\n"
                      f"> Hej {c.mentor.first}, kan du sende aftalen for {c.citizen.first}?\n"
                      f"> Venlig hilsen {c.caseworker.name}, tlf. {c.caseworker.phone}")
            to_eml(dest, f"{c.mentor.name} <{c.mentor.mail('jobvejen.nu')}>",
                   f"{c.caseworker.name} <{c.caseworker.mail('ringsted.dk')}>",
                   f"Mentoraftale {c.citizen.initials()}", body, c.created, quoted)
            emit(rel, "agreement", "eml", "email", "provider-jobvejen", None, c, wc,
                 traits=["provider-form", "email", "quoted-mail"])

    # --- letters: 7
    l_defects = [(), ("no-followup",), (), ("no-hours",), (), ("wrong-route",), ()]
    l_fmts = ["docx", "pdf", "odt", "docx", "pdf", "docx", "eml"]
    for i, (d, fmt) in enumerate(zip(l_defects, l_fmts)):
        c = Case(rng, rand_start(rng, 2024, 2026), d, provider=rng.choice(["P1", "P2", "MUNI"]))
        wc = cpr_flag()
        doc = agr_letter(c, wc)
        if fmt == "eml":
            rel = f"breve/{c.created.year}/aftale-brev-{i}.eml"
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            to_eml(dest, f"{c.caseworker.name} <{c.caseworker.mail('ringsted.dk')}>",
                   f"{c.citizen.name} <{c.citizen.first.lower()}{rng.randrange(10, 99)}@gmail.com>",
                   "Aftale om mentorstøtte", to_text(doc, wrap=None), c.created)
            emit(rel, "agreement", "eml", "letter", "letter", None, c, wc, traits=["letter", "email"])
        else:
            emit(f"breve/{c.created.year}/aftale-brev-{c.citizen.first.lower()}-{i}.{fmt}", "agreement", fmt,
                 "letter", "letter", doc, c, wc, traits=["letter"])

    # --- decisions: 15
    dec_plan = [("grant", (), "docx"), ("partial", (), "pdf"), ("refusal", (), "docx"), ("stop", (), "pdf"),
                ("extension", (), "odt"), ("grant", ("no-appeal",), "docx"), ("refusal", ("no-reasons",), "pdf"),
                ("grant", ("over6",), "docx"), ("partial", ("appeal-incomplete",), "pdf"), ("discharge", (), "docx"),
                ("grant", ("wrong-route",), "scan"), ("extension", (), "pdf"), ("grant", (), "eml"),
                ("grant-bilag", (), "docx"), ("grant-bilag", (), "pdf")]
    for i, (variant, d, fmt) in enumerate(dec_plan):
        months = 9 if variant == "discharge" else None
        c = Case(rng, rand_start(rng, 2024, 2026), d, provider=rng.choice(["P1", "P2", "P3", "MUNI"]), months=months)
        wc = cpr_flag()
        bilag = None
        if variant == "grant-bilag":
            bilag = agr_template_v1(c, False) if c.created < REFORM else agr_template_v2(c, False)
            variant = "grant"
        doc = decision(c, variant, wc, bilag)
        has_period = variant not in ("refusal", "stop")
        rules = [r for r in c.rules() if r in ("missing-appeal-guidance", "duration-over-6-months")]
        traits = [f"decision-{variant}"] + (["agreement-as-bilag"] if bilag else [])
        if "discharge" == variant:
            traits.append("udskrivningskoordinator-9-months")
        ext = "pdf" if fmt == "scan" else fmt
        if fmt == "eml":
            rel = f"afgoerelser/{c.created.year}/afgoerelse-{i:02d}.eml"
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            to_eml(dest, f"Ringsted Kommune <noreply@ringsted.dk>", f"{c.citizen.name} <{c.citizen.first.lower()}@live.dk>",
                   "Afgørelse om mentorstøtte", to_text(doc, wrap=None), c.created)
            emit(rel, "decision", "eml", "letter", "decision", None, c, wc, traits=traits + ["email"],
                 rules_override=rules, period=has_period)
        else:
            emit(f"afgoerelser/{c.created.year}/afgoerelse-mentor-{i:02d}.{ext}", "decision", fmt, "letter",
                 "decision", doc, c, wc, traits=traits, rules_override=rules, period=has_period)

    # --- Min Plan: 10
    mp_plan = [((), "html"), ((), "html"), (("no-hours",), "html"), ((), "txt"), (("mentor-no-contact",), "txt"),
               ((), "pdf"), (("unclear-goal",), "html"), ((), "txt"), (("over6",), "pdf"), ((), "html")]
    for i, (d, fmt) in enumerate(mp_plan):
        c = Case(rng, rand_start(rng, 2024, 2026), d, provider=rng.choice(["P1", "P2", "P3", "MUNI"]))
        wc = cpr_flag() if fmt != "html" else False
        doc = minplan_doc(c)
        if wc:
            doc.blocks.insert(3, ("p", f"CPR-nummer: {c.cpr}"))
        rules = [r for r in c.rules() if r not in ("missing-follow-up", "missing-appeal-guidance")]
        opts = {"flavour": "dl" if i % 2 == 0 else "plain", "title": "Min Plan"} if fmt == "html" else \
            {"wrap": None, "heading_style": "plain"}
        emit(f"minplan/{c.created.year}/minplan-{c.citizen.initials().lower()}-{i}.{fmt}", "minplan", fmt,
             "export" if fmt == "html" else "print", "minplan", doc, c, wc, traits=["minplan", f"minplan-{fmt}"],
             text_opts=opts, rules_override=rules)

    # --- unknown: 15 (+1 scan)
    for i, (name, sub, content, fmt) in enumerate(unknown_docs(rng)):
        if fmt == "eml":
            rel = f"diverse/{name}.eml"
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            to_eml(dest, "Jobkonsulent <jobcenter@ringsted.dk>", "borger@example.dk",
                   "Indkaldelse til opfølgningsmøde", content, dt.date(2025, 5, 20))
            emit(rel, "unknown", "eml", "email", sub, None, traits=["not-a-mentor-document-kind"])
            continue
        if name == "faktura-mentorhuset":
            emit(f"diverse/{name}-scan.pdf", "unknown", "scan", "table", sub, content,
                 traits=["not-a-mentor-document-kind"])
        opts = {"flavour": "plain", "title": sub} if fmt == "html" else None
        cp = UNKNOWN_CPR.get(name)
        emit(f"diverse/{name}.{fmt}", "unknown", fmt, "mixed", sub, content, traits=["not-a-mentor-document-kind"],
             text_opts=opts, must_extra=[cp, cp.replace("-", "")] if cp else ())

    # --- conversions
    for fmt in ("pdf", "odt"):
        soffice_convert([s for s, _ in pending[fmt]], fmt, tmp / f"out-{fmt}", profile)
        for src, dest in pending[fmt]:
            shutil.move(str(tmp / f"out-{fmt}" / (src.stem + "." + fmt)), dest)
    soffice_convert([s for s, _ in pending["scan"]], "pdf", tmp / "out-scan", profile)
    for src, dest in pending["scan"]:
        make_scan(tmp / "out-scan" / (src.stem + ".pdf"), dest, rng, tmp)

    from importlib import util
    spec = util.spec_from_file_location("manifest", "/work/main/tools/corpusgen/src/corpusgen/corpus/manifest.py")
    man = util.module_from_spec(spec)
    spec.loader.exec_module(man)
    man.write_manifest(out, entries)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    build(ap.parse_args().out)


if __name__ == "__main__":
    main()
