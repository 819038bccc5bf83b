"""Independent corpus AV: a quality consultant's archive sample, 2024-2026.

Three municipalities buy mentor support from four private providers. The consultant receives the
jobcentre's own agreements and decision letters, each provider's agreement template as its mentors
fill it in, Min Plan prints, and the rest of the paper flow (status reports, invoices, meeting
summaries, e-mails, leaflets). Labels are decided here from domain.md and the rule docs only.

Usage: make_corpus_av.py --out DIR   (deterministic, seed 4711)
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

SEED = 4711
R = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    {"name": "Skive", "street": "Torvegade 10, 7800 Skive", "tlf": "99 15 55 00", "mail": "jobcenter@skive.dk",
     "cases": ["Lone Bech", "Mette Kjærgaard", "Rasmus Holm"]},
    {"name": "Viborg", "street": "Prinsens Allé 5, 8800 Viborg", "tlf": "87 87 70 00", "mail": "jobcenter@viborg.dk",
     "cases": ["Anja Vestergaard", "Peter Bonde", "Karina Lauritsen"]},
    {"name": "Lemvig", "street": "Rådhusgade 2, 7620 Lemvig", "tlf": "96 63 13 00", "mail": "jobcenter@lemvig.dk",
     "cases": ["Birgitte Sønderby", "Jens Ole Bak"]},
]

PROVIDERS = {
    "mentorhuset": {"name": "Mentorhuset Midt ApS", "cvr": "38 41 22 90", "addr": "Vestergade 14, 8800 Viborg",
                    "web": "mentorhuset-midt.dk",
                    "mentors": [("Sara Nørgaard", "sara"), ("Kim Dalsgaard", "kim"), ("Louise Friis", "lf")]},
    "trin": {"name": "Trin for Trin Mentorservice", "cvr": "40 11 87 65", "addr": "Nørregade 3, 7800 Skive",
             "web": "trinfortrin.dk",
             "mentors": [("Hanne Bisgaard", "hanne"), ("Malik Jensen", "malik")]},
    "jobvejen": {"name": "Jobvejen I/S", "cvr": "35 90 12 44", "addr": "Industrivej 21, 7620 Lemvig",
                 "web": "jobvejen.dk",
                 "mentors": [("Per Ulrik Madsen", "pum"), ("Dorthe Kirk", "dk")]},
    "csr": {"name": "CSR Mentorgruppen", "cvr": "41 77 30 02", "addr": "Sct. Mathias Gade 60, 8800 Viborg",
            "web": "csr-mentor.dk",
            "mentors": [("Thomas Laugesen", "tl"), ("Nadia Hussein", "nh"), ("Bo Vinther", "bv")]},
}

CITIZENS = ["Ahmed Yusuf", "Camilla Pedersen", "Jonas Riis", "Fatima Al-Sayed", "Mikkel Thomsen",
            "Line Mortensen", "Kasper Nielsen", "Sofie Andersen", "Omar Haddad", "Jeanette Kristensen",
            "Nikolaj Bruun", "Maja Eriksen", "Emil Sørensen", "Amina Warsame", "Christian Dahl",
            "Tina Lund", "Rune Madsen", "Ida Kjeldsen", "Brian Christensen", "Natasja Holm",
            "Patrick Olsen", "Signe Hansen", "Dennis Iversen", "Zainab Ali", "Morten Skov"]

CLEAR_GOALS = [
    "{fn} er i virksomhedspraktik hos {work} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{fn} starter på FGU {school} i august og møder mindst 4 dage om ugen i de første 8 uger.",
    "At {fn} gennemfører AMU-kurset i truckcertifikat og søger mindst 3 lagerjob om ugen fra {d}.",
    "{fn} fastholder sit fleksjob på {hours2} timer om ugen hos {work} uden sygefravær ud over 1 dag pr. måned.",
    "Opstart på SOSU-hjælperuddannelsen {d}. Delmål: {fn} møder stabilt i praktikken (max 2 fraværsdage pr. måned).",
    "{fn} er i ordinær beskæftigelse eller uddannelse ved forløbets afslutning. Delmål: praktik hos {work} 3 dage om ugen fra {d}.",
    "At {fn} gennemfører 9. klasses afgangsprøve på VUC {school} i dansk og matematik til sommer.",
    "{fn} bliver afklaret til et konkret job inden for rengøring og er i praktik hos {work} senest {d}.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og mere struktur på hverdagen.",
    "Støtte til at {fn} kommer videre i sit liv.",
    "At {fn} får det bedre og får mere selvværd.",
    "Sikre at {fn} holder kontakten med jobcentret.",
    "Motivere {fn} og arbejde med sig selv.",
]
WORKS = ["Netto Skive", "Bilka Viborg", "Lemvig Boligselskab", "Vestas Lem", "Viborg Kommunes vejafdeling",
         "Føtex", "Dansk Røde Kors Genbrug", "Plantagen", "Jysk lager", "Skive Folkeskoles kantine"]
SCHOOLS = ["Skive", "Viborg", "Lemvig", "Midt"]

TASKS = [
    "følge {fn} til praktikstedet de første to uger",
    "hjælpe med at lave en ugeplan med faste mødetider",
    "ugentlig samtale om fremmøde og hvordan det går på arbejdspladsen",
    "støtte i kontakten til læge og psykiatri, så behandlingen hænger sammen med praktikken",
    "hjælpe med post i e-Boks, budget og kontakt til Udbetaling Danmark",
    "være bindeled mellem {fn}, arbejdspladsen og jobcentret",
    "øve transport med bus til skolen",
    "hjælpe med at søge SU og finde praktikplads",
    "deltage i opstartsmøde på skolen og holde kontakt til studievejleder",
    "træne jobsamtaler og hjælpe med CV",
]

VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale", "Fleksibelt – aftales med mentor",
               "ca. nogle timer ugentligt"]


# ----------------------------------------------------------------------------- dates, numbers

def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def end_for(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return d.isoformat()


def cpr() -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=R.randrange(0, 16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{R.randrange(1000, 9999)}"


def phone() -> str:
    p = str(R.choice([2, 3, 4, 5, 6, 9])) + "".join(str(R.randrange(10)) for _ in range(7))
    return " ".join(p[i:i + 2] for i in range(0, 8, 2)) if R.random() < 0.8 else p


def hours_text(h: float) -> str:
    if h == 1.5:
        return R.choice(["1½ time", "halvanden time", "1,5 time"])
    if h == 0.5:
        return "½ time"
    return R.choice([f"{int(h)} timer", f"{int(h)} timer"]) if h != 1 else "1 time"


# ----------------------------------------------------------------------------- case facts

class Case:
    """One citizen's mentor case: the facts each document is written from."""

    def __init__(self, i: int):
        self.i = i
        self.kom = KOMMUNER[i % 3]
        self.pkey = list(PROVIDERS)[i % 4]
        self.prov = PROVIDERS[self.pkey]
        self.citizen = CITIZENS[i % len(CITIZENS)]
        self.fn = self.citizen.split()[0]
        self.mentor, self.mslug = R.choice(self.prov["mentors"])
        self.mfn = self.mentor.split()[0]
        self.mphone = phone()
        self.mmail = f"{self.mslug}@{self.prov['web']}"
        self.caseworker = R.choice(self.kom["cases"])
        self.cw_phone = phone()
        self.start = dt.date(R.choice([2024, 2025, 2025, 2026]), R.randrange(1, 13), R.choice([1, 1, 1, 15, 3, 10]))
        self.months = R.choice([3, 4, 6, 6, 6])
        self.end = end_for(self.start, self.months)
        self.hours = R.choice([1, 1.5, 2, 2, 3, 4, 5])
        self.work = R.choice(WORKS)
        self.school = R.choice(SCHOOLS)
        self.goal = R.choice(CLEAR_GOALS).format(fn=self.fn, work=self.work, school=self.school,
                                                 d=fmt_date(add_months(self.start, 2), 0), hours2=R.choice([12, 15, 20]))
        self.tasks = [t.format(fn=self.fn) for t in R.sample(TASKS, R.randrange(2, 5))]
        self.cpr = cpr()
        self.sagsnr = f"{R.randrange(10, 99)}.{R.randrange(10, 99)}.{R.randrange(10, 99)}-P20-{R.randrange(1, 99)}-{self.start.year % 100}"

    def sender(self, when: dt.date) -> str:
        k = self.kom["name"]
        return f"Jobcenter {k}" if when < dt.date(2026, 2, 1) else f"{k} Kommune"

    def body(self, when: dt.date) -> str:
        return "jobcentret" if when < dt.date(2026, 2, 1) else "kommunen"


QUOTAS = {
    # realistic rates, drawn as a shuffled quota so that every defect class occurs
    "agreement": (["over6"] * 5 + ["vague-hours"] * 4 + ["unclear-goal"] * 5 + ["incomplete-appeal"] * 3
                  + ["no-mentor-contact", "no-tasks", "no-follow-up", "no-duration", "no-goal", "no-hours"]
                  + ["no-follow-up+vague-hours", "over6+unclear-goal"] + [""] * 20),
    "minplan": ["vague-hours"] * 2 + ["unclear-goal"] * 2 + ["no-mentor-contact", "no-tasks"] + ["over6"] + [""] * 8,
    "decision": ["incomplete-appeal"] * 2 + ["no-appeal"] + ["over6"] * 2 + [""] * 10,
}
_DRAWS: dict[str, list[str]] = {}


def plan_defects(kind: str) -> set[str]:
    """Next defect set for a kind, from its shuffled quota (most documents are fine)."""
    if not _DRAWS.get(kind):
        q = list(QUOTAS[kind])
        R.shuffle(q)
        _DRAWS[kind] = q
    return {x for x in _DRAWS[kind].pop().split("+") if x}


DEFECT_RULE = {
    "over6": "duration-over-6-months", "vague-hours": "missing-hours", "unclear-goal": "unclear-goal",
    "no-mentor-contact": "missing-mentor", "no-tasks": "missing-tasks", "no-follow-up": "missing-follow-up",
    "no-duration": "missing-duration", "no-goal": "missing-goal", "no-hours": "missing-hours",
    "incomplete-appeal": "missing-appeal-guidance", "no-appeal": "missing-appeal-guidance",
}


def apply_period(c: Case, defects: set[str]) -> None:
    if "over6" in defects:
        c.months = R.choice([7, 8, 9, 12])
        c.end = end_for(c.start, c.months)
        if R.random() < 0.4:  # the classic off-by-one: "1. marts - 1. september"
            c.months = 6
            c.end = add_months(c.start, 6)


# ----------------------------------------------------------------------------- blocks -> formats
# A document is a list of blocks: ("title", t) ("h", t) ("p", t) ("ul", [..]) ("ol", [..])
# ("kv", [(label, value), ..]) ("small", t) ("sig", [lines]).

def to_docx(blocks, path: Path, footer: str | None = None) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=1)
        elif kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "hb":  # bold paragraph used as a heading, as many templates do
            p = doc.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "right":
            p = doc.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(8)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in val:
                row = t.add_row().cells
                row[0].text = k
                if row[0].paragraphs[0].runs:
                    row[0].paragraphs[0].runs[0].bold = True
                row[1].text = v
            doc.add_paragraph()
        elif kind == "sig":
            for line in val:
                doc.add_paragraph(line)
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    doc.save(str(path))


def to_html(blocks, title: str, footer: str | None = None, system: str | None = None) -> str:
    out = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">",
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;font-size:10pt} td{vertical-align:top;padding:3px}"
           " .lbl{font-weight:bold;width:30%}</style></head><body>"]
    if system:
        out.append(f"<div class=\"hdr\">{html.escape(system)}</div>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "hb":
            out.append(f"<p><strong>{html.escape(val)}</strong></p>")
        elif kind in ("p", "right", "small"):
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "kv":
            out.append("<table border=\"1\" cellspacing=\"0\">" + "".join(
                f"<tr><td class=\"lbl\">{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in val)
                + "</table>")
        elif kind == "sig":
            out.append("<p>" + "<br>".join(html.escape(x) for x in val) + "</p>")
    if footer:
        out.append(f"<div class=\"footer\"><small>{html.escape(footer)}</small></div>")
    out.append("</body></html>")
    return "\n".join(out)


def to_txt(blocks, footer: str | None = None, wrap: bool = False) -> str:
    import textwrap
    lines: list[str] = []
    for kind, val in blocks:
        if kind == "title":
            lines += [val.upper() if R.random() < 0.5 else val, "=" * min(len(val), 60), ""]
        elif kind in ("h", "hb"):
            lines += [val, ""]
        elif kind in ("p", "right", "small"):
            lines += (textwrap.wrap(val, 72) if wrap else [val]) + [""]
        elif kind == "ul":
            lines += [f"- {i}" for i in val] + [""]
        elif kind == "ol":
            lines += [f"{n}. {i}" for n, i in enumerate(val, 1)] + [""]
        elif kind == "kv":
            lines += [f"{k}: {v}" for k, v in val] + [""]
        elif kind == "sig":
            lines += list(val) + [""]
    if footer:
        lines += ["", footer]
    return "\n".join(lines).rstrip() + "\n"


# ----------------------------------------------------------------------------- appeal texts

def appeal_full(c: Case, when: dt.date) -> str:
    b = c.body(when)
    k = c.kom["name"]
    return R.choice([
        f"Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal sendes til {c.sender(when)}, {c.kom['street']}, "
        f"og vi skal have den senest 4 uger efter, at du har modtaget dette brev. Du kan klage mundtligt eller skriftligt. "
        f"Vi vurderer så afgørelsen igen. Hvis vi fastholder den, sender vi klagen videre til Ankestyrelsen, "
        f"jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
        f"Du kan klage over afgørelsen inden fire uger fra du har fået den. Klagen sendes til {b} i {k}, "
        f"tlf. {c.kom['tlf']} eller {c.kom['mail']}. {b.capitalize()} genvurderer sagen, og fastholdes afgørelsen, "
        f"videresendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
        f"Er du uenig, skal du klage til {k} Kommune inden 4 uger. Kommunen skal så genvurdere sin afgørelse inden "
        f"fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre "
        f"til Ankestyrelsen, som tager stilling til afgørelsen.",
    ])


def appeal_incomplete(c: Case, when: dt.date) -> str:
    return R.choice([
        "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
        f"Hvis du er utilfreds, kan du klage til {c.body(when)}.",
        "Du har mulighed for at klage inden 4 uger.",
        "Vejledning om klageadgang kan fås ved henvendelse til din sagsbehandler.",
    ])


# ----------------------------------------------------------------------------- agreements

def mentor_line(c: Case, defects: set[str]) -> str:
    if "no-mentor-contact" in defects:
        return c.mentor + (f", {c.prov['name']}" if R.random() < 0.5 else "")
    return R.choice([f"{c.mentor}, {c.prov['name']}, tlf. {c.mphone}, {c.mmail}",
                     f"{c.mentor} – mobil {c.mphone} – {c.mmail}",
                     f"{c.mentor}\nTlf.: {c.mphone}\nMail: {c.mmail}"])


def hours_line(c: Case, defects: set[str], long: bool = True) -> str:
    if "vague-hours" in defects:
        return R.choice(VAGUE_HOURS)
    if "no-hours" in defects:
        return R.choice(["", "Udfyldes senere", "-"])
    h = hours_text(c.hours)
    if R.random() < 0.2:
        weeks = round((c.end - c.start).days / 7)
        return f"{int(c.hours * weeks)} mentortimer i perioden (ca. {h} om ugen)"
    return R.choice([f"{h} pr. uge", f"{h} om ugen", f"{h} ugentligt", f"{h} pr. uge (niveau {1 if c.hours <= 1 else 2 if c.hours <= 2 else 3})"])


def period_line(c: Case, defects: set[str], style: int | None = None) -> str:
    if "no-duration" in defects:
        return R.choice(["Udfyldes senere", "indtil videre", "-"])
    s = R.randrange(0, 6) if style is None else style
    a, b = fmt_date(c.start, s), fmt_date(c.end, s)
    return R.choice([f"{a} – {b}", f"{a} - {b}", f"fra {a} til {b}", f"{a} til og med {b}"])


def goal_line(c: Case, defects: set[str]) -> str:
    if "no-goal" in defects:
        return R.choice(["", "Udfyldes senere", "Se Min Plan"])
    if "unclear-goal" in defects:
        return R.choice(UNCLEAR_GOALS).format(fn=c.fn)
    return c.goal


def followup_line(c: Case, defects: set[str]) -> str:
    if "no-follow-up" in defects:
        return R.choice(["", "-", "Aftales senere"])
    return R.choice([
        f"Statusmøde med {c.caseworker}, {c.fn} og mentor hver måned. Skriftlig status 14 dage før forløbet slutter.",
        "Mentor sender kort status til sagsbehandler hver 4. uge. Evaluering 14 dage inden støtteperioden ophører.",
        f"Midtvejsevaluering efter 3 måneder og slutevaluering {fmt_date(c.end - dt.timedelta(days=14), 0)}. Progression måles på fremmøde i praktik.",
        "Opfølgning på delmål ved opfølgningssamtale i jobcentret hver 6. uge.",
    ])


def agr_kommune(c: Case, d: set[str], when: dt.date):
    """The jobcentre's own agreement template (headings, full appeal text)."""
    blocks = [("right", f"{c.sender(when)}\n{c.kom['street']}"), ("right", fmt_date(when, 0)),
              ("title", R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"]))]
    head = [("Borger", c.citizen)]
    if c.has_cpr:
        head.append(("CPR-nr.", c.cpr))
    head += [("Sagsbehandler", f"{c.caseworker}, tlf. {c.cw_phone}"), ("Leverandør", c.prov["name"])]
    blocks.append(("kv", head))
    g = goal_line(c, d)
    blocks += [("h", "Målet med mentorstøtten"), ("p", g or " ")]
    blocks += [("h", "Mentorens navn og kontaktdata"), ("p", mentor_line(c, d))]
    if "no-tasks" in d:
        blocks += [("h", "Mentorens opgaver"), ("p", "Udfyldes af mentor")]
    else:
        blocks += [("h", "Mentorens opgaver"), ("ul", [t[0].upper() + t[1:] for t in c.tasks])]
    blocks += [("h", "Varighed"), ("p", period_line(c, d))]
    blocks += [("h", "Timetal"), ("p", hours_line(c, d) or " ")]
    blocks += [("h", "Opfølgning og progression"), ("p", followup_line(c, d) or " ")]
    if "incomplete-appeal" in d:
        blocks += [("h", "Klagevejledning"), ("p", appeal_incomplete(c, when))]
    else:
        blocks += [("h", "Klagevejledning"), ("p", appeal_full(c, when))]
    blocks += [("sig", ["", "_______________________        _______________________", f"{c.citizen}                       {c.caseworker}"])]
    return blocks


def agr_mentorhuset(c: Case, d: set[str], when: dt.date):
    """Mentorhuset: one big label/value table; appeal paragraph copied from the jobcentre."""
    rows = [("Borger", c.citizen)]
    if c.has_cpr:
        rows.append(("CPR-nr.", c.cpr))
    rows += [("Henvisende kommune", f"{c.sender(when)} – sagsbehandler {c.caseworker}")]
    rows += [("Mentor", mentor_line(c, d).replace("\n", ", "))]
    rows += [("Mål med mentorforløbet", goal_line(c, d))]
    if "no-tasks" not in d:
        tasks = "; ".join(c.tasks)
        rows += [("Mentors opgaver", tasks[0].upper() + tasks[1:] + ".")]
    rows += [("Forløbsperiode", period_line(c, d, style=R.choice([1, 4])))]
    rows += [("Timer", hours_line(c, d))]
    if "no-follow-up" not in d or R.random() < 0.5:
        rows += [("Opfølgning", followup_line(c, d))]
    blocks = [("title", "MENTORAFTALE"), ("small", f"{c.prov['name']} · CVR {c.prov['cvr']} · {c.prov['addr']}"),
              ("kv", rows)]
    if "incomplete-appeal" in d:
        blocks += [("hb", "Klagemuligheder"), ("p", appeal_incomplete(c, when))]
    else:
        blocks += [("hb", "Klagemuligheder"), ("p", appeal_full(c, when))]
    blocks += [("p", f"Dato: {fmt_date(when, 1)}"),
               ("sig", ["Underskrift borger: ____________________", f"Underskrift mentor: ____________________ ({c.mentor})"])]
    return blocks


def agr_trin(c: Case, d: set[str], when: dt.date):
    """Trin for Trin: a friendly letter to the citizen written by the mentor; the appeal line is
    the provider's own ('contact your caseworker'), i.e. incomplete, as in many provider templates."""
    blocks = [("p", f"{c.prov['name']}, {c.prov['addr']}"), ("p", fmt_date(when, 0)),
              ("title", R.choice(["Vores aftale", "Aftale om mentorforløb", "Mentoraftale"])),
              ("p", f"Kære {c.fn}")]
    if c.has_cpr:
        blocks.append(("p", f"(cpr. {c.cpr})"))
    blocks.append(("p", f"Tak for en god snak, da vi mødtes. Her er det, vi aftalte. Aftalen er lavet på baggrund af "
                        f"bevillingen fra {c.sender(when)}."))
    g = goal_line(c, d)
    if g and g not in ("Udfyldes senere", "Se Min Plan"):
        blocks += [("hb", "Vi har aftalt følgende mål for forløbet:"), ("p", g)]
    if "no-tasks" not in d:
        blocks += [("hb", f"{c.mfn} skal hjælpe dig med:"), ("ul", c.tasks)]
    if "no-duration" not in d:
        blocks.append(("p", f"Forløbet løber {period_line(c, set(), style=0)}."))
    if "no-hours" in d:
        pass
    elif "vague-hours" in d:
        blocks.append(("p", f"Vi ses {R.choice(['efter behov', 'når det passer ind', 'et par gange om ugen, efter aftale'])}."))
    else:
        blocks.append(("p", f"Vi ses {hours_text(c.hours)} om ugen, som regel {R.choice(['tirsdag', 'onsdag', 'torsdag'])} formiddag. Tidspunkter aftales løbende."))
    if "no-follow-up" not in d:
        blocks.append(("p", f"Vi holder statusmøde med din sagsbehandler {c.caseworker} "
                            f"{R.choice(['hver 6. uge', 'hver måned', 'efter 3 måneder og 14 dage før forløbet slutter'])}, "
                            f"hvor vi ser på, hvordan det går med målet."))
    if "no-mentor-contact" in d:
        blocks.append(("p", "Med venlig hilsen"))
        blocks.append(("sig", [c.mentor, "Mentor"]))
    else:
        blocks.append(("p", f"Du kan altid fange mig på {c.mphone} eller skrive til {c.mmail}."))
        blocks.append(("sig", ["Med venlig hilsen", c.mentor, f"Mentor, {c.prov['name']}"]))
    if "incomplete-appeal" not in d and R.random() < 0.5:
        blocks.append(("small", "Klagevejledning: " + appeal_full(c, when)))
    else:
        d.add("incomplete-appeal")
        blocks.append(("small", "Er du utilfreds med din bevilling, skal du kontakte din sagsbehandler i jobcentret."))
    return blocks


def agr_jobvejen(c: Case, d: set[str], when: dt.date):
    """Jobvejen: numbered sections 1-6 following the kommune's quality standard."""
    blocks = [("title", f"Mentoraftale – {c.citizen}"),
              ("p", f"Sagsnr. {c.sagsnr}" + (f"   CPR: {c.cpr}" if c.has_cpr else ""))]
    g = goal_line(c, d)
    blocks += [("h", "1. Formål"), ("p", g or "")]
    blocks += [("h", "2. Mentor og kontaktoplysninger"), ("p", mentor_line(c, d))]
    blocks += [("h", "3. Indsatsområder")]
    blocks += [("p", "Ikke udfyldt")] if "no-tasks" in d else [("ol", [t[0].upper() + t[1:] for t in c.tasks])]
    blocks += [("h", "4. Varighed og opfølgning"), ("p", f"Periode: {period_line(c, d)}")]
    fu = followup_line(c, d)
    if fu and fu not in ("-",):
        blocks += [("p", fu)]
    blocks += [("h", "5. Timetal"), ("p", hours_line(c, d) or "")]
    blocks += [("h", "6. Klagevejledning"),
               ("p", appeal_incomplete(c, when) if "incomplete-appeal" in d else appeal_full(c, when))]
    blocks += [("p", f"Udarbejdet {fmt_date(when, 2)} af {c.mentor}, {c.prov['name']}")]
    return blocks


def agr_csr(c: Case, d: set[str], when: dt.date):
    """CSR Mentorgruppen: case-system style label lines; appeal points to the decision letter."""
    rows = [("Aftaletype", "Mentorstøtte jf. LAB § 167"), ("Borger", c.citizen)]
    if c.has_cpr:
        rows.append(("Cpr.nr.", c.cpr))
    rows += [("Kommune", f"{c.kom['name']} ({c.caseworker})"),
             ("Mentors navn", c.mentor)]
    if "no-mentor-contact" not in d:
        rows += [("Mentors kontaktdata", f"{c.mphone} / {c.mmail}")]
    rows += [("Hovedformål", goal_line(c, d) or "")]
    if "no-tasks" not in d:
        rows += [("Støtten består i", ", ".join(c.tasks))]
    else:
        rows += [("Støtten består i", "")]
    rows += [("Start", fmt_date(c.start, 1) if "no-duration" not in d else ""),
             ("Slut", fmt_date(c.end, 1) if "no-duration" not in d else "")]
    if "vague-hours" in d:
        rows += [("Timeantal", R.choice(VAGUE_HOURS))]
    elif "no-hours" in d:
        rows += [("Timeantal", "")]
    else:
        lo = max(1, int(c.hours))
        rows += [("Timeantal", R.choice([f"{lo}-{lo + 1} timer ugentligt", f"{hours_text(c.hours)} pr. uge"]))]
    fu = followup_line(c, d)
    rows += [("Opfølgning/evaluering", fu)]
    if "incomplete-appeal" in d or R.random() < 0.5:
        d.add("incomplete-appeal")
        rows += [("Klagevejledning", "Se afgørelsen fra kommunen.")]
    else:
        rows += [("Klagevejledning", appeal_full(c, when))]
    return [("title", "Mentoraftale"), ("kv", rows), ("small", f"Oprettet {fmt_date(when, 5)} · {c.prov['name']} · {c.prov['web']}")]


AGR_BUILDERS = {"kommune": agr_kommune, "mentorhuset": agr_mentorhuset, "trin": agr_trin,
                "jobvejen": agr_jobvejen, "csr": agr_csr}


# ----------------------------------------------------------------------------- decisions

def decision(c: Case, d: set[str], when: dt.date):
    sub = R.choice(["bevilling", "bevilling", "bevilling", "delvis", "forlængelse", "ophør"])
    blocks = [("p", f"{c.sender(when)}\n{c.kom['street']}\nTlf. {c.kom['tlf']}"),
              ("p", f"{c.citizen}\n{R.choice(['Kirkegade', 'Søndergade', 'Bakkevej', 'Engvej'])} {R.randrange(1, 60)}"),
              ("right", f"Dato: {fmt_date(when, 0)}\nSagsnr.: {c.sagsnr}")]
    if c.has_cpr:
        blocks.append(("right", f"CPR-nr.: {c.cpr}"))
    per = f"{fmt_date(c.start, 0)} til {fmt_date(c.end, 0)}"
    hs = hours_text(c.hours)
    extras = []
    if sub == "bevilling":
        blocks += [("title", "Afgørelse om mentorstøtte"),
                   ("p", f"Du har fået bevilget mentorstøtte i perioden {per}, {hs} om ugen. Din mentor er "
                         f"{c.mentor} fra {c.prov['name']}."),
                   ("hb", "Begrundelse"),
                   ("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre {R.choice(['din virksomhedspraktik', 'din uddannelse', 'dit løntilskudsjob'])}. "
                         "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."),
                   ("p", "Målet og mentorens opgaver beskrives nærmere i mentoraftalen og i Min Plan på Jobnet.")]
    elif sub == "delvis":
        asked = R.choice([5, 6, 8])
        blocks += [("title", "Afgørelse – delvis bevilling af mentorstøtte"),
                   ("p", f"Du har søgt om mentorstøtte {asked} timer om ugen. Vi har bevilget {hs} om ugen i perioden {per}.")]
        if R.random() < 0.3:
            extras.append("missing-reasons")
        else:
            blocks += [("hb", "Begrundelse"),
                       ("p", f"Vi har lagt vægt på, at du allerede får støtte fra {R.choice(['SPS på skolen', 'bostøtten', 'praktikstedets kontaktperson'])}, "
                             "og vurderer, at dit behov kan dækkes med færre timer. Vi har truffet afgørelsen efter LAB § 167, stk. 1.")]
    elif sub == "forlængelse":
        blocks += [("title", "Forlængelse af mentorstøtte"),
                   ("p", f"Vi har efter en konkret vurdering besluttet at forlænge din mentorstøtte med en ny periode fra {per}, "
                         f"{hs} ugentligt, jf. LAB § 167, stk. 1, 2. pkt."),
                   ("p", "Begrundelse: Statusrapporten fra mentor viser, at du er godt på vej, men at du stadig har brug for støtte til at fastholde fremmødet.")]
    else:
        blocks += [("title", "Afgørelse om ophør af mentorstøtte"),
                   ("p", f"Din mentorstøtte ophører den {fmt_date(when + dt.timedelta(days=R.choice([14, 21, 30])), 0)}.")]
        if R.random() < 0.3:
            extras.append("missing-reasons")
        else:
            blocks += [("p", "Vi har lagt vægt på, at du nu er i ordinært job og selv klarer kontakten til arbejdspladsen. Afgørelsen er truffet efter LAB § 167.")]
    if "no-appeal" in d:
        pass
    elif "incomplete-appeal" in d:
        blocks += [("hb", "Klagevejledning"), ("p", appeal_incomplete(c, when))]
    elif R.random() < 0.12:
        extras.append("appeal-wrong-route")
        blocks += [("hb", "Klagevejledning"),
                   ("p", "Hvis du vil klage over afgørelsen, skal du sende din klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Du kan klage via ast.dk.")]
    else:
        blocks += [("hb", "Sådan klager du"), ("p", appeal_full(c, when))]
    blocks += [("sig", ["Med venlig hilsen", c.caseworker, f"{c.sender(when)}", f"Direkte tlf. {c.cw_phone}"])]
    return blocks, sub, extras


# ----------------------------------------------------------------------------- Min Plan

def minplan(c: Case, d: set[str], when: dt.date):
    sys = f"Min Plan – udskrevet {fmt_date(when, 1)} kl. {R.randrange(8, 16)}:{R.randrange(10, 59)}"
    rows = [("Indsats", "Mentor (§ 167)"), ("Status", R.choice(["Aktiv", "Igangværende", "Godkendt"]))]
    rows += [("Formål med mentorstøtten", goal_line(c, d))]
    mc = c.mentor if "no-mentor-contact" in d else f"{c.mentor}, {c.prov['name']}, tlf. {c.mphone}"
    rows += [("Mentor", mc)]
    rows += [("Mentorens opgaver", "" if "no-tasks" in d else "\n".join("• " + t for t in c.tasks))]
    rows += [("Periode", period_line(c, d, style=R.choice([1, 5])))]
    rows += [("Timer pr. uge", R.choice(VAGUE_HOURS) if "vague-hours" in d else str(c.hours).replace(".", ",").replace(",0", ""))]
    blocks = [("small", sys), ("title", "Min Plan"), ("p", f"{c.citizen}" + (f" ({c.cpr})" if c.has_cpr else "")),
              ("h", R.choice(["Mine indsatser", "Aktiviteter"])), ("kv", rows),
              ("small", "Planen er lavet sammen med din sagsbehandler. Du kan se den på Jobnet.")]
    return blocks, sys


# ----------------------------------------------------------------------------- other documents

def status_report(c: Case, when: dt.date):
    return [("title", "Statusrapport – mentorforløb"),
            ("kv", [("Borger", c.citizen), ("Mentor", f"{c.mentor}, {c.prov['name']}"),
                    ("Rapportperiode", f"{fmt_date(c.start, 1)} – {fmt_date(when, 1)}"),
                    ("Afholdte timer", f"{R.randrange(8, 40)} timer")]),
            ("h", "Hvordan er det gået?"),
            ("p", f"{c.fn} har mødt stabilt op til vores aftaler. Vi har arbejdet med {c.tasks[0]}. "
                  f"{c.fn} giver selv udtryk for, at det går bedre, men der er stadig udfordringer med søvn og mødetider."),
            ("h", "Progression i forhold til mål"), ("p", f"Målet var: {c.goal} Delvist opnået."),
            ("h", "Anbefaling"),
            ("p", R.choice(["Mentor anbefaler forlængelse i 3 måneder med færre timer.",
                            "Mentor vurderer, at forløbet kan afsluttes som planlagt.",
                            "Mentor anbefaler et møde med sagsbehandler om næste skridt."])),
            ("sig", [fmt_date(when, 0), c.mentor])]


def invoice(c: Case, when: dt.date):
    n = R.randrange(6, 22)
    rate = R.choice([495, 525, 560, 610])
    return [("p", f"{c.prov['name']}\n{c.prov['addr']}\nCVR {c.prov['cvr']}"),
            ("p", f"{c.kom['name']} Kommune\nAtt.: Jobcenter/økonomi\nEAN 57980{R.randrange(10**7, 10**8)}"),
            ("title", f"Faktura nr. {when.year}{R.randrange(100, 999)}"),
            ("p", f"Fakturadato: {fmt_date(when, 1)}   Forfald: {fmt_date(when + dt.timedelta(days=30), 1)}"),
            ("kv", [("Ydelse", "Antal / pris / beløb"),
                    (f"Mentortimer {MONTHS[when.month - 1]} {when.year}, borger {c.citizen.split()[0]} {c.citizen.split()[1][0]}. (sagsnr. {c.sagsnr})",
                     f"{n} t × {rate},00 kr. = " + f"{n * rate:,}".replace(",", ".") + ",00 kr."),
                    ("Kørsel", f"{R.randrange(40, 300)} km × 3,81"),
                    ("Moms 25 %", "—")]),
            ("p", "Betaling til reg. 7681 konto 1234567. Ved spørgsmål kontakt bogholderiet."),
            ]


def meeting(c: Case, when: dt.date):
    return [("title", R.choice(["Referat – opfølgningsmøde", "Referat af samarbejdsmøde", "Mødereferat"])),
            ("p", f"Dato: {fmt_date(when, 0)}. Sted: {c.sender(when)}."),
            ("p", f"Deltagere: {c.caseworker} ({c.sender(when)}), {c.mentor} ({c.prov['name']})"
                  + (f", {c.citizen}" if R.random() < 0.6 else "") + "."),
            ("h", "Dagsorden"),
            ("ol", ["Status på forløbet", "Mål og delmål", "Timetal og periode", "Eventuelt"]),
            ("h", "Drøftelse"),
            ("p", f"Mentor orienterede om forløbet. Der er {R.choice(['god', 'nogen', 'begrænset'])} fremgang. "
                  f"Det blev aftalt, at timetallet {R.choice(['fastholdes', 'nedsættes fra næste måned', 'vurderes igen ved næste møde'])}. "
                  "Sagsbehandler tager stilling til en eventuel forlængelse."),
            ("h", "Aftaler"),
            ("ul", ["Mentor sender statusrapport inden næste møde", f"Næste møde {fmt_date(when + dt.timedelta(days=42), 0)}"]),
            ("p", f"Referent: {c.caseworker}")]


def leaflet(pkey: str):
    p = PROVIDERS[pkey]
    return [("title", f"{p['name']} – mentorstøtte der virker"),
            ("p", "Vi er et team af erfarne mentorer med baggrund som socialrådgivere, pædagoger og håndværkere. "
                  "Vi hjælper borgere videre mod job og uddannelse."),
            ("h", "Sådan arbejder vi"),
            ("ul", ["Vi mødes, hvor borgeren er – hjemme, på skolen eller på arbejdspladsen",
                    "Mål og delmål aftales i en skriftlig mentoraftale",
                    "Mentoraftalen indeholder mål, mentorens navn og kontaktdata, opgaver, varighed, timetal og opfølgning",
                    "Vi sender status til jobcentret hver måned"]),
            ("h", "Priser"), ("p", "Fra 495 kr. pr. time ekskl. moms. Kørsel efter statens takster."),
            ("h", "Kontakt"), ("p", f"{p['addr']} · {p['web']} · CVR {p['cvr']}")]


# ----------------------------------------------------------------------------- writing

class Writer:
    def __init__(self, out: Path):
        self.out = out
        self.tmp = Path(tempfile.mkdtemp(prefix="av_"))
        self.pending: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "odt": []}
        self.entries: list[dict] = []

    def write(self, rel: str, fmt: str, blocks, meta: dict, title: str, footer: str | None = None,
              system: str | None = None, email: dict | None = None) -> None:
        path = self.out / f"{rel}.{fmt}"
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            to_docx(blocks, path, footer)
        elif fmt in ("pdf", "odt"):
            src = self.tmp / fmt / (path.stem + "__" + str(len(self.pending[fmt])) + ".docx")
            src.parent.mkdir(parents=True, exist_ok=True)
            to_docx(blocks, src, footer)
            self.pending[fmt].append((src, path))
        elif fmt == "html":
            path.write_text(to_html(blocks, title, footer, system), encoding="utf-8")
        elif fmt == "txt":
            txt = to_txt(blocks, footer, wrap=R.random() < 0.4)
            enc = "cp1252" if R.random() < 0.15 else "utf-8"
            path.write_bytes(txt.encode(enc, errors="replace"))
        elif fmt == "eml":
            m = EmailMessage()
            m["From"] = email["from"]
            m["To"] = email["to"]
            m["Subject"] = email["subject"]
            m["Date"] = format_datetime(dt.datetime.combine(email["date"], dt.time(R.randrange(8, 16), R.randrange(60)),
                                                            tzinfo=dt.timezone.utc))
            m.set_content(email["body"])
            path.write_bytes(bytes(m))
        entry = {"path": f"{rel}.{fmt}", "format": fmt, "accept_errors": [], "error": None}
        entry.update(meta)
        self.entries.append(entry)

    def convert(self) -> None:
        prof = "-env:UserInstallation=file:///tmp/lo_av_profile"
        for fmt, items in self.pending.items():
            if not items:
                continue
            od = self.tmp / (fmt + "_out")
            od.mkdir(exist_ok=True)
            srcs = [str(s) for s, _ in items]
            subprocess.run(["soffice", prof, "--headless", "--convert-to", fmt, "--outdir", str(od), *srcs],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
            for s, dest in items:
                produced = od / (s.stem + "." + fmt)
                if not produced.exists():
                    raise SystemExit(f"LibreOffice did not produce {produced}")
                shutil.move(str(produced), dest)
        shutil.rmtree(self.tmp, ignore_errors=True)


def rules_for(kind: str, defects: set[str]) -> list[str]:
    allowed = {"agreement": None,
               "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                           "duration-over-6-months", "unclear-goal"},
               "decision": {"missing-appeal-guidance", "duration-over-6-months"}}[kind]
    rs = {DEFECT_RULE[x] for x in defects}
    if allowed is not None:
        rs &= allowed
    return sorted(rs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    w = Writer(out)
    cases = [Case(i) for i in range(60)]

    def folder(c: Case) -> str:
        return f"{c.kom['name'].lower()}/{c.start.year}/{c.pkey}-{c.citizen.split()[1].lower()}-{c.i:02d}"

    def meta(kind, sub, layout, defects, c, extras=(), traits=()):
        m = {"kind": kind, "subtype": sub, "layout": layout, "rules": rules_for(kind, defects) if kind != "unknown" else [],
             "extras": sorted(extras), "must_not_contain": [c.cpr] if c.has_cpr_doc else [],
             "traits": sorted({f"defect:{x}" for x in defects} | set(traits) | ({"cpr"} if c.has_cpr_doc else set()))}
        if kind != "unknown" and "no-duration" not in defects:
            m["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        return m

    # ~45 agreements: the provider's own template (35) or the jobcentre's (10)
    agr_fmt = {"kommune": ["docx", "pdf", "pdf"], "mentorhuset": ["docx", "pdf", "docx"], "trin": ["odt", "docx", "pdf"],
               "jobvejen": ["pdf", "txt", "pdf"], "csr": ["html", "txt", "docx"]}
    layout = {"kommune": "headings", "mentorhuset": "table", "trin": "letter", "jobvejen": "numbered", "csr": "table"}
    for n in range(45):
        c = cases[n]
        c.has_cpr = R.random() < 0.3
        c.has_cpr_doc = c.has_cpr
        tmpl = "kommune" if n % 9 in (0, 5) else c.pkey
        d = plan_defects("agreement")
        apply_period(c, d)
        when = c.start - dt.timedelta(days=R.randrange(1, 12))
        blocks = AGR_BUILDERS[tmpl](c, d, when)
        fmt = R.choice(agr_fmt[tmpl])
        footer = None
        if tmpl == "kommune" and fmt != "txt":
            footer = f"{c.sender(when)} · {c.kom['street']} · {c.kom['tlf']} · {c.kom['mail']}"
        elif tmpl == "mentorhuset":
            footer = f"{c.prov['name']} · {c.prov['web']} · Side 1"
        w.write(f"{folder(c)}/aftale", fmt, blocks,
                meta("agreement", f"agreement-{tmpl}", layout[tmpl], d, c), "Mentoraftale", footer)
    # ~15 decisions
    for n in range(15):
        c = cases[45 + n] if n < 15 else cases[n]
        c.has_cpr = R.random() < 0.35
        c.has_cpr_doc = c.has_cpr
        d = plan_defects("decision")
        apply_period(c, d)
        when = c.start - dt.timedelta(days=R.randrange(3, 20))
        blocks, sub, extras = decision(c, d, when)
        if sub == "ophør":
            d.discard("over6")
            c.start, c.end = c.start, c.end
        fmt = R.choice(["docx", "pdf", "pdf", "html"])
        m = meta("decision", f"decision-{sub}", "letter", d, c, extras)
        if sub == "ophør":
            m.pop("period", None)
        w.write(f"{folder(c)}/afgoerelse-{sub}", fmt, blocks, m, "Afgørelse om mentorstøtte",
                footer=f"{c.sender(when)} · {c.kom['mail']}" if fmt != "html" else None)
    # ~15 Min Plan prints (cases reused: same citizen, new document)
    for n in range(15):
        c = cases[n * 2 + 1]
        c2 = Case(100 + n)  # fresh facts with the same provider mix
        c2.has_cpr = R.random() < 0.2
        c2.has_cpr_doc = c2.has_cpr
        d = plan_defects("minplan")
        apply_period(c2, d)
        when = c2.start + dt.timedelta(days=R.randrange(0, 40))
        blocks, sysline = minplan(c2, d, when)
        fmt = R.choice(["pdf", "html", "txt", "pdf"])
        w.write(f"{folder(c2)}/minplan-udskrift", fmt, blocks, meta("minplan", "minplan", "table", d, c2), "Min Plan",
                system=sysline if fmt == "html" else None)
    # ~25 other documents
    for n in range(25):
        c = cases[R.randrange(0, 60)]
        c.has_cpr_doc = False
        when = c.start + dt.timedelta(days=R.randrange(20, 150))
        typ = ["status", "status", "faktura", "faktura", "referat", "mail", "mail", "pjece"][n % 8]
        if typ == "status":
            blocks = status_report(c, when)
            if R.random() < 0.3:
                c.has_cpr_doc = True
                blocks.insert(1, ("p", f"CPR: {c.cpr}"))
            w.write(f"{folder(c)}/statusrapport-{n:02d}", R.choice(["docx", "pdf", "odt"]), blocks,
                    meta("unknown", "statusrapport", "mixed", set(), c, traits=["not-a-mentor-document-kind"]), "Status")
        elif typ == "faktura":
            w.write(f"{folder(c)}/faktura-{n:02d}", R.choice(["pdf", "pdf", "docx"]), invoice(c, when),
                    meta("unknown", "faktura", "mixed", set(), c, traits=["not-a-mentor-document-kind"]), "Faktura")
        elif typ == "referat":
            w.write(f"{folder(c)}/referat-{n:02d}", R.choice(["docx", "odt", "txt"]), meeting(c, when),
                    meta("unknown", "referat", "mixed", set(), c, traits=["not-a-mentor-document-kind"]), "Referat")
        elif typ == "mail":
            kind = R.choice(["aftale-sendt", "flyt-moede", "timer"])
            if kind == "aftale-sendt":
                subj = f"Mentoraftale {c.fn} {c.citizen.split()[1][0]}."
                body = (f"Hej {c.caseworker.split()[0]}\n\nHermed den underskrevne mentoraftale for {c.fn}. "
                        f"Jeg har lagt den i jeres sikre postkasse, da den indeholder personoplysninger.\n\n"
                        f"Vi er startet op {fmt_date(c.start, 0)} og det går fint indtil videre.\n\n"
                        f"Venlig hilsen\n{c.mentor}\n{c.prov['name']}\nTlf. {c.mphone}\n")
            elif kind == "flyt-moede":
                subj = "SV: Statusmøde"
                body = (f"Hej {c.mfn}\n\nDet passer desværre ikke torsdag. Kan vi flytte statusmødet til "
                        f"{fmt_date(when + dt.timedelta(days=9), 0)} kl. 10? {c.fn} er orienteret.\n\n"
                        f"Mvh\n{c.caseworker}\nSocialrådgiver, {c.sender(when)}\nDirekte: {c.cw_phone}\n\n"
                        f"Den {fmt_date(when - dt.timedelta(days=2), 1)} skrev {c.mentor}:\n> Hej, skal vi holde statusmøde "
                        f"torsdag om {c.fn}?\n> Mvh {c.mfn}\n")
            else:
                subj = "Forbrug af timer – forespørgsel"
                body = (f"Hej\n\nVi kan se at der for {c.fn} er faktureret flere timer end bevilget i {MONTHS[when.month - 1]}. "
                        "Vil I sende en opgørelse over afholdte timer pr. uge?\n\n"
                        f"Venlig hilsen\nØkonomi og administration\n{c.sender(when)}\n")
            frm = f"{c.mentor} <{c.mmail}>" if kind == "aftale-sendt" else f"{c.caseworker} <{c.kom['mail']}>"
            to = f"{c.caseworker} <{c.kom['mail']}>" if kind == "aftale-sendt" else f"{c.mentor} <{c.mmail}>"
            w.write(f"{folder(c)}/mail-{kind}-{n:02d}", "eml", [],
                    meta("unknown", f"mail-{kind}", "email", set(), c, traits=["not-a-mentor-document-kind"]), subj,
                    email={"from": frm, "to": to, "subject": subj, "date": when, "body": body})
        else:
            pk = list(PROVIDERS)[n % 4]
            w.write(f"leverandoerer/{pk}/pjece-{n:02d}", R.choice(["pdf", "html"]), leaflet(pk),
                    {"kind": "unknown", "subtype": "pjece", "layout": "mixed", "rules": [], "extras": [],
                     "must_not_contain": [], "traits": ["not-a-mentor-document-kind"]}, "Pjece")
    w.convert()
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(w.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} documents in {out}")


if __name__ == "__main__":
    main()
