#!/usr/bin/env python3
"""Independent labelled corpus CB: an audit sample from a small rural job centre (Samsø).

Three caseworkers who each write their own way (Mette Kjær: a tidy table template; Poul Erik
Dahl: a letter in prose; Sanne Bach: a numbered list after the six national points), one external
provider (Kattegat Mentor ApS) plus a few workplace mentors. The quality team pulled about forty
agreements, fifteen decisions, twelve Min Plan prints and fifteen other papers from the same case
folders. Labels follow `mentordocs rules NAME` and ../shared/domain.md, decided while writing.

    python make_corpus_cb.py --out /work/corpora/cb [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNE = "Samsø Kommune"
ADDR = "Søtofte 10, 8305 Samsø"
CASEWORKERS = {
    "A": ("Mette Kjær", "87 92 22 41", "mekj@samsoe.dk"),
    "B": ("Poul Erik Dahl", "87 92 22 36", "pedah@samsoe.dk"),
    "C": ("Sanne Bach", "87 92 22 48", "sabac@samsoe.dk"),
}
PROVIDER = "Kattegat Mentor ApS"
MENTORS = [
    ("Lone Friis", PROVIDER, "21 64 83 10", "lone@kattegatmentor.dk"),
    ("Jesper Holm", PROVIDER, "21 64 83 12", "jesper@kattegatmentor.dk"),
    ("Birgitte Lund", PROVIDER, "21 64 83 15", "birgitte@kattegatmentor.dk"),
    ("Karsten Møller", "Samsø Maskinstation", "40 17 92 66", "km@samsoemaskin.dk"),
    ("Helle Thygesen", "SuperBrugsen Tranebjerg", "86 59 10 04", "helle.thygesen@coop.dk"),
]
FIRST = ["Jonas", "Mads", "Camilla", "Signe", "Kasper", "Line", "Thomas", "Emma", "Nikolaj",
         "Sofie", "Rasmus", "Louise", "Ali", "Maja", "Frederik", "Jeanette", "Bo", "Tina",
         "Mikkel", "Anja", "Patrick", "Dorthe", "Yasmin", "Kim", "Søren", "Ida", "Jannik",
         "Malene", "Henrik", "Amalie"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller"]

GOALS_GOOD = [
    "{f} er i virksomhedspraktik i SuperBrugsen i Tranebjerg 15 timer om ugen senest {d1}, med "
    "henblik på løntilskud.",
    "{f} starter på FGU Østjylland i Odder efter sommerferien og møder mindst fire dage om ugen. "
    "Delmål: {f} tager færgen alene til Hou fra {d1}.",
    "{f} gennemfører AMU-kurset Truckcertifikat B og søger mindst to lagerjob om ugen. "
    "Hovedformål: ordinært job senest {d2}.",
    "{f} fastholder sit fleksjob på Samsø Biogas 12 timer om ugen, med højst 2 sygedage om "
    "måneden.",
    "{f} er optaget på SOSU-hjælperuddannelsen i Aarhus og møder stabilt i skoleperioden "
    "(mindst 90 % fremmøde).",
    "Ordinært job i landbruget som maskinfører senest {d2}. Delmål: kørekort kategori B "
    "inden {d1}.",
    "{f} er i praktik på Ballen Havn 10 timer om ugen fra {d1} og har en afklaring af, om "
    "havnearbejde er et realistisk jobmål, ved periodens udløb.",
    "{f} gennemfører FVU-dansk på VUC i Odder (trin 2) og søger derefter ind på EUD "
    "inden {d2}.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {f} kommer tættere på arbejdsmarkedet.",
    "Motivere {f} til at komme videre og arbejde med sig selv.",
    "Sikre at {f} får det bedre og får mere selvværd.",
]
TASKS = [
    ["følge {f} til praktikstedet de første to uger",
     "ugentlig samtale om fremmøde og transport (færgetider)",
     "hjælpe med at lave en fast morgenrutine"],
    ["hjælpe med at åbne og svare på post i e-Boks",
     "tage med til møder på jobcentret og hos lægen i Tranebjerg",
     "øve samtale med arbejdsgiver inden praktikstart"],
    ["være fast kontaktperson på arbejdspladsen",
     "oplære i sikker brug af maskiner og kørsel med traktor",
     "tage en kort snak hver morgen om dagens opgaver"],
    ["støtte op om skemaet på skolen og kontakt til studievejleder",
     "hjælpe med at søge SU og planlægge bolig i Odder",
     "ringe, hvis {f} ikke er mødt op"],
    ["hjælpe med jobsøgning på jobnet.dk, mindst to ansøgninger om ugen",
     "gennemgå CV sammen med {f}",
     "tage med til jobsamtaler, hvis {f} ønsker det"],
]
FOLLOWUPS = [
    "Statusmøde med mentor, borger og sagsbehandler hver 4. uge. Evaluering 14 dage før "
    "aftalen udløber.",
    "Vi følger op hver måned. Mentor sender en kort skriftlig status til jobcentret inden "
    "hvert opfølgningsmøde.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering inden udløb. Progression måles på "
    "fremmøde (antal dage pr. uge).",
    "Opfølgning ved jobsamtale hver 6. uge; mentor deltager. Delmål gennemgås ved hvert møde.",
]
APPEALS_GOOD = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
    "kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som "
    "tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen til Samsø Kommune, Beskæftigelse, Søtofte 10, 8305 Samsø, "
    "inden 4 uger fra du har modtaget den. Klagen kan være mundtlig eller skriftlig. Vi "
    "vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen videre til "
    "Ankestyrelsen, jf. lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens "
    "kapitel 10.",
    "Klage skal sendes til Jobcenter Samsø senest 4 uger efter, at du har modtaget denne "
    "aftale. Jobcentret genvurderer afgørelsen. Fastholdes den, sendes klagen til "
    "Ankestyrelsen, Beskæftigelsesudvalget.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Klagevejledning: se vedlagte folder.",
                     "Hvis du vil klage, kan du kontakte din sagsbehandler."]
APPEAL_WRONG = ("Du kan klage over afgørelsen til Ankestyrelsen, Beskæftigelsesudvalget, inden "
                "4 uger efter, at du har modtaget den.")


def dk(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def num(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def slash(d: date) -> str:
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: date, m: int) -> date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return date(y, mo, day)


def fmt_period(rng: random.Random, s: date, e: date) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"{dk(s)} – {dk(e)}"
    if style == 1:
        return f"{num(s)}-{num(e)}"
    if style == 2:
        return f"{slash(s)} til {slash(e)}"
    return f"fra {dk(s)} til og med {dk(e)}"


HOURS_GOOD = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "8 timer om måneden",
              "4 timer ugentligt", "2-3 timer om ugen", "to timer om ugen"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende, efter aftale med mentor"]


@dataclass
class Case:
    first: str
    last: str
    cpr: str | None
    mentor: tuple
    writer: str
    start: date
    end: date
    goal: str | None
    tasks: list | None
    hours: str | None
    follow: str | None
    appeal: str | None
    period_text: str | None
    mentor_ok: bool = True
    rules: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    traits: list = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def rand_cpr(rng: random.Random) -> str:
    d = date(1970, 1, 1) + timedelta(days=rng.randrange(365 * 36))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def make_case(rng: random.Random, writer: str, defects: list[str], cpr: bool) -> Case:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    mentor = rng.choice(MENTORS)
    start = date(2026, rng.choice([1, 2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15, 2]))
    end = add_months(start, 6) - timedelta(days=1)
    if rng.random() < 0.3:
        end = add_months(start, rng.choice([3, 4])) - timedelta(days=1)
    d1, d2 = dk(add_months(start, 2)), dk(add_months(start, 5))
    goal = rng.choice(GOALS_GOOD).format(f=first, d1=d1, d2=d2)
    tasks = [t.format(f=first) for t in rng.choice(TASKS)]
    hours = rng.choice(HOURS_GOOD)
    follow = rng.choice(FOLLOWUPS)
    appeal = rng.choice(APPEALS_GOOD)
    c = Case(first, last, rand_cpr(rng) if cpr else None, mentor, writer, start, end, goal, tasks,
             hours, follow, appeal, None)
    for dft in defects:
        if dft == "unclear-goal":
            c.goal = rng.choice(GOALS_UNCLEAR).format(f=first)
        elif dft == "missing-goal":
            c.goal = None
        elif dft == "missing-tasks":
            c.tasks = None
        elif dft == "missing-hours":
            c.hours = rng.choice(HOURS_VAGUE + [None, None])
        elif dft == "missing-follow-up":
            c.follow = None
        elif dft == "missing-appeal-guidance":
            c.appeal = rng.choice(APPEAL_INCOMPLETE + [None])
        elif dft == "appeal-wrong-route":
            c.appeal = APPEAL_WRONG
            c.extras.append("appeal-wrong-route")
            continue
        elif dft == "duration-over-6-months":
            c.end = add_months(start, rng.choice([7, 8, 9, 12])) - timedelta(days=1)
        elif dft == "missing-duration":
            c.period_text = rng.choice(["Udfyldes senere", "indtil videre", ""])
        elif dft == "missing-mentor":
            c.mentor_ok = False
        c.rules.append(dft)
    if c.period_text is None:
        c.period_text = fmt_period(rng, c.start, c.end)
    return c


def mentor_line(c: Case, style: int) -> str:
    n, org, ph, em = c.mentor
    if not c.mentor_ok:
        return f"Mentor findes af {PROVIDER}" if style % 2 else f"{n}, {org}"
    if style == 0:
        return f"{n}, {org}, tlf. {ph}, {em}"
    if style == 1:
        return f"{n} ({org}) – mobil {ph}"
    return f"{n}, {org}. Mail: {em}"


# ----------------------------------------------------------------------------- DOCX helpers

def new_doc() -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def letterhead(d: Document, writer: str, when: date, footer: bool = True) -> None:
    name, ph, em = CASEWORKERS[writer]
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{KOMMUNE}\tBeskæftigelse"
    if footer:
        sec.footer.paragraphs[0].text = f"{KOMMUNE} · {ADDR} · tlf. 87 92 22 00 · samsoe.dk"
    p = d.add_paragraph(f"{KOMMUNE}\nBeskæftigelse\n{ADDR}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(f"Dato: {dk(when)}\nSagsbehandler: {name}\nDirekte tlf. {ph}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def bold_para(d: Document, text: str) -> None:
    r = d.add_paragraph().add_run(text)
    r.bold = True


# ----------------------------------------------------------------------------- agreements

def agreement_A(c: Case, rng: random.Random) -> Document:
    """Mette Kjær's table template."""
    d = new_doc()
    letterhead(d, "A", c.start - timedelta(days=rng.randrange(3, 12)))
    d.add_heading("Aftale om mentorstøtte", 1)
    d.add_paragraph("efter lov om en aktiv beskæftigelsesindsats § 167")
    rows = [("Borger", c.name)]
    if c.cpr:
        rows.append(("CPR-nr.", c.cpr))
    rows += [
        ("Mentor (navn og kontaktdata)", mentor_line(c, 0)),
        ("Mål med mentorstøtten", c.goal or ""),
        ("Mentors opgaver", "\n".join("- " + t for t in c.tasks) if c.tasks else ""),
        ("Periode", c.period_text),
        ("Timetal", c.hours or ""),
        ("Opfølgning", c.follow or ""),
    ]
    if c.tasks is None and rng.random() < 0.5:
        rows = [r for r in rows if r[0] != "Mentors opgaver"]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
        cells[0].width = Cm(5)
    d.add_paragraph()
    if c.appeal:
        d.add_heading("Klagevejledning", 2)
        d.add_paragraph(c.appeal)
    d.add_paragraph("Aftalen er gennemgået med borger og mentor. Ændringer i timetal eller "
                    "formål skrives i Min Plan.")
    d.add_paragraph("\n_____________________          _____________________\nBorger"
                    "                                          Sagsbehandler")
    return d


def prose_B(c: Case) -> list[tuple[str, str]]:
    """Poul Erik Dahl's letter, as (kind, text) blocks."""
    n, org, ph, em = c.mentor
    out = [("p", f"Kære {c.first}"),
           ("p", f"Tak for snakken på jobcentret. Hermed bekræfter jeg det, vi aftalte om "
                 f"mentorstøtte.")]
    if c.goal:
        out.append(("p", f"Vi har aftalt følgende mål for forløbet: {c.goal}"))
    if c.mentor_ok:
        out.append(("p", f"Din mentor bliver {n} fra {org}. Du kan fange {n.split()[0]} på "
                         f"tlf. {ph} eller skrive til {em}."))
    else:
        out.append(("p", f"Din mentor kommer fra {PROVIDER}, som kontakter dig, når de har "
                         f"fundet den rette person."))
    if c.tasks:
        who = n.split()[0] if c.mentor_ok else "Mentoren"
        out.append(("p", f"{who} skal hjælpe dig med:"))
        out += [("li", t[0].upper() + t[1:]) for t in c.tasks]
    if "missing-duration" not in c.rules:
        out.append(("p", f"Aftalen gælder {c.period_text}."))
    else:
        out.append(("p", "Aftalen gælder, indtil vi aftaler andet."))
    if c.hours:
        out.append(("p", f"Du får mentorstøtte {c.hours}."))
    if c.follow:
        out.append(("p", c.follow))
    out.append(("p", "Har du spørgsmål, er du altid velkommen til at ringe til mig."))
    if c.appeal:
        out.append(("h", "Hvis du ikke er enig"))
        out.append(("p", c.appeal))
    out.append(("p", f"Venlig hilsen\n\n{CASEWORKERS['B'][0]}\nJobkonsulent"))
    return out


def agreement_B(c: Case, rng: random.Random) -> Document:
    d = new_doc()
    letterhead(d, "B", c.start - timedelta(days=rng.randrange(3, 12)))
    bold_para(d, "Vedr.: Din mentorordning")
    for kind, text in prose_B(c):
        if kind == "li":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "h":
            bold_para(d, text)
        else:
            d.add_paragraph(text)
    return d


def numbered_C(c: Case) -> list[tuple[str, str]]:
    """Sanne Bach's six points."""
    n, org, ph, em = c.mentor
    out = [("h", "Mentoraftale"),
           ("p", f"Borger: {c.name}" + (f", cpr.nr. {c.cpr}" if c.cpr else "")),
           ("n", "1. Målet med mentorstøtten"), ("p", c.goal or "Udfyldes senere"),
           ("n", "2. Mentorens navn og kontaktdata"),
           ("p", mentor_line(c, 1 if c.mentor_ok else 3))]
    out.append(("n", "3. Hvilke opgaver mentoren skal bistå ved"))
    if c.tasks:
        out += [("li", t) for t in c.tasks]
    else:
        out.append(("p", "-"))
    out.append(("n", "4. Varighed og opfølgning"))
    out.append(("p", f"Periode: {c.period_text or '-'}"))
    if c.follow:
        out.append(("p", f"Opfølgning: {c.follow}"))
    out.append(("n", "5. Timetal"))
    out.append(("p", c.hours or ""))
    out.append(("n", "6. Klagevejledning"))
    out.append(("p", c.appeal or ""))
    out.append(("p", f"Samsø, den {dk(c.start - timedelta(days=7))}\n{CASEWORKERS['C'][0]}, "
                     f"jobkonsulent"))
    return out


def agreement_C(c: Case, rng: random.Random) -> Document:
    d = new_doc()
    letterhead(d, "C", c.start - timedelta(days=7), footer=rng.random() < 0.5)
    for kind, text in numbered_C(c):
        if kind == "h":
            d.add_heading(text, 1)
        elif kind == "n":
            bold_para(d, text)
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    return d


def blocks_to_text(blocks: list[tuple[str, str]]) -> str:
    lines = []
    for kind, text in blocks:
        if kind == "li":
            lines.append(f"  - {text}")
        elif kind in ("h", "n"):
            lines.append("")
            lines.append(text)
        else:
            lines.append(text)
            lines.append("")
    return "\n".join(lines).strip() + "\n"


# ----------------------------------------------------------------------------- decisions

def decision(c: Case, dtype: str, defects: list[str], rng: random.Random) -> Document:
    d = new_doc()
    when = c.start - timedelta(days=rng.randrange(5, 20))
    letterhead(d, c.writer, when)
    if c.cpr:
        d.add_paragraph(f"{c.name}\nCPR-nr. {c.cpr}")
    else:
        d.add_paragraph(f"{c.name}\n{rng.choice(['Langgade 4', 'Vestervej 12', 'Ørbyvej 3'])}"
                        f"\n8305 Samsø")
    n, org, ph, em = c.mentor
    reasons = True
    if dtype == "grant":
        d.add_heading("Afgørelse: Du får mentorstøtte", 1)
        d.add_paragraph(f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter "
                        f"lov om en aktiv beskæftigelsesindsats § 167 i perioden "
                        f"{c.period_text}, {c.hours}.")
        d.add_paragraph(f"Din mentor er {n}, {org}, tlf. {ph}.")
        d.add_paragraph("Vi har givet dig det, du har søgt om.")
    elif dtype == "partial":
        d.add_heading("Afgørelse om mentorstøtte – delvis bevilling", 1)
        d.add_paragraph(f"Du har søgt om mentorstøtte 5 timer om ugen. Du får mentorstøtte "
                        f"{c.hours} i perioden {c.period_text}.")
        if "missing-reasons" not in defects:
            bold_para(d, "Begrundelse")
            d.add_paragraph("Vi har lagt vægt på, at du allerede har støtte fra "
                            "studievejlederen på skolen, og at mentorstøtten skal gå ud over "
                            "det, skolen normalt tilbyder, jf. § 167 og vejledningen om "
                            "mentorordningen.")
    elif dtype == "refusal":
        d.add_heading("Afslag på mentorstøtte", 1)
        d.add_paragraph(f"Du har den {dk(when - timedelta(days=21))} søgt om mentorstøtte. Vi "
                        f"har givet dig afslag.")
        if "missing-reasons" not in defects:
            bold_para(d, "Begrundelse")
            d.add_paragraph("Mentorstøtte kan kun gives, når der er et mål om beskæftigelse "
                            "eller uddannelse, jf. lov om en aktiv beskæftigelsesindsats § "
                            "167. Vi har lagt vægt på, at du har oplyst, at du ikke ønsker at "
                            "arbejde eller tage en uddannelse det næste år, og at du får "
                            "støtte efter serviceloven fra bostøtten.")
    elif dtype == "termination":
        d.add_heading("Ophør af mentorstøtte", 1)
        stop = c.start + timedelta(days=rng.randrange(40, 90))
        d.add_paragraph(f"Din mentorstøtte ophører den {dk(stop)}.")
        if "missing-reasons" not in defects:
            d.add_paragraph(f"Begrundelse: Du er startet i ordinært job hos {org} og har ikke "
                            f"længere brug for mentor. Vi har lagt vægt på, at du selv har "
                            f"sagt, at det går godt, jf. § 167.")
    elif dtype == "extension":
        d.add_heading("Forlængelse af mentorstøtte", 1)
        d.add_paragraph(f"Vi har vurderet din sag igen, og du får mentorstøtte i en ny "
                        f"periode {c.period_text}, {c.hours}. Din mentor er fortsat {n}.")
        d.add_paragraph("Vi har lagt vægt på, at du er kommet godt i gang i praktikken, men "
                        "endnu ikke møder stabilt.")
    if c.appeal:
        bold_para(d, rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
        d.add_paragraph(c.appeal)
    d.add_paragraph(f"Med venlig hilsen\n\n{CASEWORKERS[c.writer][0]}")
    return d


# ----------------------------------------------------------------------------- Min Plan

def minplan_html(c: Case) -> str:
    n, org, ph, em = c.mentor
    rows = [("Aktivitet", "Mentorstøtte (§ 167)"), ("Status", "Aktiv"),
            ("Startdato", num(c.start)), ("Slutdato", num(c.end) if c.period_text else ""),
            ("Formål med mentorstøtten", c.goal or ""),
            ("Mentor", f"{n}, {org}" + (f", tlf. {ph}" if c.mentor_ok else "")),
            ("Mentors opgaver", "; ".join(c.tasks) if c.tasks else ""),
            ("Timer", c.hours or "")]
    trs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return ("<html><head><meta charset='utf-8'><style>body{font-family:Arial;font-size:11pt}"
            "th{text-align:left;width:35%;vertical-align:top}td,th{padding:4px;border-bottom:1px "
            "solid #ccc}</style></head><body>"
            f"<p>Jobnet · Min Plan · udskrevet {num(c.start + timedelta(days=3))}</p>"
            f"<h1>Min Plan</h1><p>{c.name}</p><h2>Aktivitet: Mentorstøtte</h2>"
            f"<table>{trs}</table><p>Kontakt din jobkonsulent hos {KOMMUNE}, hvis noget "
            f"er forkert.</p></body></html>")


def minplan_txt(c: Case) -> str:
    n, org, ph, em = c.mentor
    lines = [f"Min Plan – {c.name}", "", "Mentorstøtte", f"Periode: {num(c.start)} - "
             f"{num(c.end) if c.period_text else ''}", "",
             f"Formål: {c.goal or ''}", "",
             f"Mentor: {n}, {org}" + (f", {ph}" if c.mentor_ok else ""), "",
             "Mentoren skal hjælpe med:"]
    lines += [f"- {t}" for t in (c.tasks or [])]
    lines += ["", f"Timer: {c.hours or ''}", ""]
    return "\n".join(lines)


# ----------------------------------------------------------------------------- other documents

def others(rng: random.Random) -> list[tuple[str, str, str, object]]:
    """(name, subtype, fmt, builder) for the documents that are none of the three kinds."""
    out = []
    for i in range(3):
        c = make_case(rng, "A", [], False)
        n, org, ph, em = c.mentor
        d = new_doc()
        d.sections[0].header.paragraphs[0].text = f"{PROVIDER} · Statusrapport"
        d.add_heading(f"Statusrapport – mentorforløb", 1)
        d.add_paragraph(f"Borger: {c.name}\nMentor: {n}, tlf. {ph}\nPeriode for rapporten: "
                        f"{dk(c.start)} – {dk(add_months(c.start, 2))}\nTil: "
                        f"{CASEWORKERS[rng.choice('ABC')][0]}, {KOMMUNE}")
        bold_para(d, "Forløbet indtil nu")
        d.add_paragraph(f"{c.first} er mødt til 9 af 11 aftalte møder. Vi har arbejdet med "
                        f"morgenrutine og transport. {c.first} har været i praktikken tre "
                        f"dage om ugen de sidste fire uger.")
        bold_para(d, "Mål og progression")
        d.add_paragraph(f"Målet fra aftalen: {c.goal} Vi vurderer, at {c.first} er godt på vej.")
        bold_para(d, "Brugte timer")
        d.add_paragraph(f"Brugt i perioden: {rng.randrange(14, 30)} timer af de bevilgede.")
        bold_para(d, "Anbefaling")
        d.add_paragraph("Vi anbefaler, at forløbet fortsætter som aftalt.")
        out.append((f"statusrapport-{i + 1}", "statusrapport", ["docx", "pdf", "docx"][i], d))
    for i in range(2):
        d = new_doc()
        d.add_heading("Referat – teammøde, Beskæftigelse", 1)
        d.add_paragraph(f"Dato: {dk(date(2026, 3 + i * 3, 10))}. Deltagere: Mette Kjær, Poul "
                        f"Erik Dahl, Sanne Bach, Jesper Holm ({PROVIDER}).")
        for j, (h, t) in enumerate([
            ("Mentorforløb", "Vi har 14 aktive mentorforløb. Husk at aftalen skal have mål, "
             "mentor og kontaktdata, opgaver, periode, timetal, opfølgning og klagevejledning. "
             "Perioden må højst være 6 måneder."),
            ("Kattegat Mentor", "Fakturaer fremover månedsvis. Jesper orienterede om ny mentor "
             "fra maj."),
            ("Eventuelt", "Færgeplanen ændres i sommerperioden; borgere til FGU i Odder skal "
             "have nye befordringsbevillinger.")]):
            d.add_paragraph(f"{j + 1}. {h}")
            d.add_paragraph(t)
        d.add_paragraph("Referent: Sanne Bach")
        out.append((f"referat-teammoede-{i + 1}", "referat", ["docx", "pdf"][i], d))
    for i in range(3):
        d = new_doc()
        d.sections[0].header.paragraphs[0].text = f"{PROVIDER} · CVR 38 41 27 90"
        d.add_heading(f"Faktura nr. 2026-0{40 + i}", 1)
        d.add_paragraph(f"Til: {KOMMUNE}, Beskæftigelse, {ADDR}\nEAN 5798 0000 27 {i}11\n"
                        f"Fakturadato: {dk(date(2026, 2 + i, 28 if i == 0 else 30))}")
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for k, h in enumerate(["Borger (initialer)", "Mentor", "Timer", "Beløb"]):
            t.rows[0].cells[k].text = h
        for _ in range(rng.randrange(3, 6)):
            cells = t.add_row().cells
            cells[0].text = rng.choice(FIRST)[0] + rng.choice(LAST)[0]
            cells[1].text = rng.choice(MENTORS[:3])[0]
            h = rng.randrange(6, 16)
            cells[2].text = str(h)
            cells[3].text = f"{h * 495:,} kr.".replace(",", ".")
        d.add_paragraph("Timepris 495 kr. ekskl. moms. Betalingsbetingelser: 30 dage netto.")
        out.append((f"faktura-kattegat-{i + 1}", "faktura", "pdf", d))
    d = new_doc()
    d.add_heading("Mentorstøtte i Samsø Kommune", 1)
    d.add_paragraph("Har du brug for en ekstra hånd for at komme i job eller uddannelse? Så kan "
                    "en mentor måske hjælpe dig.")
    bold_para(d, "Hvad står der i aftalen?")
    for t in ["målet med mentorstøtten", "mentorens navn og kontaktdata",
              "hvilke opgaver mentoren skal hjælpe med", "hvor længe aftalen gælder (højst 6 "
              "måneder ad gangen) og hvordan vi følger op", "hvor mange timer om ugen",
              "hvordan du klager"]:
        d.add_paragraph(t, style="List Bullet")
    bold_para(d, "Hvis du vil klage")
    d.add_paragraph("Du klager til kommunen inden 4 uger. Vi ser på sagen igen og sender den "
                    "videre til Ankestyrelsen, hvis vi fastholder afgørelsen.")
    d.add_paragraph(f"Kontakt: {KOMMUNE}, Beskæftigelse, tlf. 87 92 22 00.")
    out.append(("folder-mentorstoette", "folder", "pdf", d))
    c = make_case(rng, "B", [], True)
    d = new_doc()
    letterhead(d, "B", date(2026, 4, 2))
    d.add_paragraph(f"{c.name}\nCPR-nr. {c.cpr}")
    d.add_heading("Partshøring – vi overvejer at stoppe din mentorstøtte", 1)
    d.add_paragraph(f"Vi har fået oplyst af din mentor, {c.mentor[0]}, at du ikke er mødt op "
                    f"til de sidste fem aftaler. Vi overvejer derfor at stoppe din "
                    f"mentorstøtte. Før vi træffer afgørelse, har du mulighed for at komme med "
                    f"dine bemærkninger inden den {dk(date(2026, 4, 16))}.")
    d.add_paragraph(f"Venlig hilsen\n{CASEWORKERS['B'][0]}")
    out.append(("partshoering-mentor", "partshoering", "pdf", (d, [c.cpr])))
    return out


def emails_other(rng: random.Random) -> list[tuple[str, str, EmailMessage, list]]:
    res = []
    m = EmailMessage()
    m["From"] = "Jesper Holm <jesper@kattegatmentor.dk>"
    m["To"] = "Mette Kjær <mekj@samsoe.dk>"
    m["Subject"] = "Sv: Opstartsmøde"
    m["Date"] = format_datetime(datetime(2026, 3, 3, 9, 14, tzinfo=timezone.utc))
    m.set_content("Hej Mette\n\nTorsdag kl. 10 passer fint. Jeg tager færgen 7.30 fra Hou.\n\n"
                  "Mvh Jesper\n\n-- \nJesper Holm\nKattegat Mentor ApS\ntlf. 21 64 83 12\n\n"
                  "Den 2. mar. 2026 kl. 15.40 skrev Mette Kjær <mekj@samsoe.dk>:\n> Hej Jesper\n"
                  "> Kan vi holde opstartsmøde med den nye borger torsdag?\n> Mette\n")
    res.append(("mail-opstartsmoede", "mail-moede", m, []))
    m = EmailMessage()
    m["From"] = "Birgitte Lund <birgitte@kattegatmentor.dk>"
    m["To"] = "Sanne Bach <sabac@samsoe.dk>"
    m["Subject"] = "Aflyst møde i dag"
    m["Date"] = format_datetime(datetime(2026, 4, 14, 8, 2, tzinfo=timezone.utc))
    m.set_content("Hej Sanne\n\nBorgeren har meldt sig syg i dag, så vores møde kl. 13 er "
                  "aflyst. Jeg ringer til ham i morgen og hører, hvordan det går.\n\n"
                  "Venlig hilsen\nBirgitte\n")
    res.append(("mail-aflyst-moede", "mail-afbud", m, []))
    m = EmailMessage()
    m["From"] = "Poul Erik Dahl <pedah@samsoe.dk>"
    m["To"] = "Kattegat Mentor ApS <info@kattegatmentor.dk>"
    m["Subject"] = "Bestilling af mentorforløb"
    m["Date"] = format_datetime(datetime(2026, 1, 20, 11, 30, tzinfo=timezone.utc))
    m.set_content("Hej\n\nVi vil gerne bestille et mentorforløb til en ung mand på 24 år, der "
                  "skal starte i praktik på Samsø Maskinstation. Vi forventer ca. 3 timer om "
                  "ugen i 3 måneder fra 1. februar. Kan I sende et tilbud og et forslag til "
                  "mentor?\n\nVenlig hilsen\nPoul Erik Dahl\nJobkonsulent, Samsø Kommune\n"
                  "tlf. 87 92 22 36\n")
    res.append(("mail-bestilling-mentorforloeb", "mail-bestilling", m, []))
    m = EmailMessage()
    m["From"] = "Mette Kjær <mekj@samsoe.dk>"
    m["To"] = "Sanne Bach <sabac@samsoe.dk>, Poul Erik Dahl <pedah@samsoe.dk>"
    m["Subject"] = "Ny skabelon til mentoraftaler"
    m["Date"] = format_datetime(datetime(2026, 2, 3, 14, 5, tzinfo=timezone.utc))
    m.set_content("Hej begge\n\nJeg har lagt en ny skabelon i F:\\Beskæftigelse\\Skabeloner. "
                  "Den har rækker til mål, mentor, opgaver, periode, timetal, opfølgning og "
                  "klagevejledning, og der står nu 'kommunen' i stedet for 'Jobcenter Samsø'.\n\n"
                  "/Mette\n")
    res.append(("mail-ny-skabelon", "mail-intern", m, []))
    return res


# ----------------------------------------------------------------------------- conversion

def soffice_pdf(src_dir: Path, out_dir: Path) -> None:
    files = sorted(str(p) for p in src_dir.glob("*.docx"))
    if not files:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cb_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out_dir), *files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def scan_pdf(pdf: Path, out: Path, rng: random.Random, work: Path) -> None:
    """Print, scan and OCR: raster at 200 dpi, slight skew and noise, Tesseract's PDF output."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    doc = pdfium.PdfDocument(str(pdf))
    imgs = []
    for i in range(len(doc)):
        img = doc[i].render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 400):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice([0, 90, 200])
        p = work / f"{out.stem}-{i}.png"
        img.save(p, dpi=(200, 200))
        imgs.append(str(p))
    lst = work / f"{out.stem}.lst"
    lst.write_text("\n".join(imgs) + "\n")
    subprocess.run(["tesseract", str(lst), str(out.with_suffix("")), "-l", "dan", "pdf"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdfs(items: list[tuple[str, Path]]) -> None:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium")
        page = b.new_page()
        for html, out in items:
            page.set_content(html)
            page.pdf(path=str(out), format="A4", display_header_footer=True,
                     margin={"top": "2cm", "bottom": "2cm", "left": "2cm", "right": "2cm"})
        b.close()


# ----------------------------------------------------------------------------- plan

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="cb_"))
    (work / "docx").mkdir()
    manifest = []
    to_pdf: dict[str, dict] = {}     # stem -> entry (docx to be converted)
    to_scan: dict[str, dict] = {}

    def entry(path, kind, fmt, layout, subtype, rules, extras, mnc, traits):
        return {"path": path, "kind": kind, "format": fmt, "layout": layout,
                "subtype": subtype, "rules": sorted(rules), "extras": sorted(extras),
                "error": None, "accept_errors": [], "must_not_contain": mnc,
                "traits": traits}

    def mnc_of(cpr):
        return [cpr, cpr.replace("-", "")] if cpr else []

    # 40 agreements: writer, format, defects
    writers = ["A"] * 15 + ["B"] * 12 + ["C"] * 13
    fmts = (["docx"] * 17 + ["pdf"] * 14 + ["eml"] * 3 + ["txt"] * 3 + ["scan"] * 3)
    rng.shuffle(writers)
    rng.shuffle(fmts)
    defect_plan = ([["missing-hours"], ["missing-follow-up"], ["unclear-goal"],
                    ["duration-over-6-months"], ["missing-appeal-guidance"],
                    ["missing-mentor"], ["missing-tasks"], ["missing-duration"],
                    ["unclear-goal", "missing-follow-up"], ["missing-hours"],
                    ["appeal-wrong-route"], ["duration-over-6-months"],
                    ["missing-appeal-guidance", "missing-follow-up"]]
                   + [[]] * 27)
    rng.shuffle(defect_plan)
    for i in range(40):
        w, fmt, dfs = writers[i], fmts[i], defect_plan[i]
        if fmt in ("eml", "txt") and w == "A":
            w = "C"        # the table writer does not write mails or plain text
        cpr = (w == "A" and rng.random() < 0.6) or (w == "C" and rng.random() < 0.25)
        c = make_case(rng, w, dfs, cpr)
        folder = f"borger-{i + 1:02d}"
        stem = f"aftale-mentor-{c.first.lower()}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        layout = {"A": "table", "B": "letter", "C": "numbered-six-points"}[w]
        traits = [f"writer:{w}"] + (["cpr"] if c.cpr else []) + [f"defect:{d}" for d in dfs]
        if fmt in ("docx", "pdf", "scan"):
            d = {"A": agreement_A, "B": agreement_B, "C": agreement_C}[w](c, rng)
            name = f"{folder}__{stem}"
            d.save(work / "docx" / f"{name}.docx")
            e = entry(f"{folder}/{stem}.{'pdf' if fmt != 'docx' else 'docx'}", "agreement",
                      "pdf" if fmt != "docx" else "docx", layout, "agreement", c.rules,
                      c.extras, mnc_of(c.cpr), traits + ([f"libreoffice-pdf"] if fmt == "pdf"
                                                         else ["tesseract-scan"] if fmt == "scan"
                                                         else []))
            if fmt == "docx":
                (out / folder).mkdir(exist_ok=True)
                shutil.copy(work / "docx" / f"{name}.docx", out / e["path"])
            elif fmt == "pdf":
                to_pdf[name] = e
            else:
                to_scan[name] = e
            manifest.append(e)
        else:
            blocks = prose_B(c) if w == "B" else numbered_C(c)
            text = blocks_to_text(blocks)
            (out / folder).mkdir(exist_ok=True)
            if fmt == "txt":
                p = f"{folder}/{stem}.txt"
                (out / p).write_text(text, encoding="utf-8")
            else:
                cw = CASEWORKERS[w]
                m = EmailMessage()
                m["From"] = f"{cw[0]} <{cw[2]}>"
                m["To"] = f"{c.name} <{c.first.lower()}{rng.randrange(10, 99)}@gmail.com>"
                m["Subject"] = rng.choice(["Din mentoraftale", "Aftale om mentorstøtte",
                                           "Mentor - som aftalt"])
                m["Date"] = format_datetime(datetime(c.start.year, c.start.month, 1, 10, 0,
                                                     tzinfo=timezone.utc) - timedelta(days=4))
                sig = f"\n-- \n{cw[0]}\nJobkonsulent, {KOMMUNE}\nDirekte tlf. {cw[1]}\n"
                m.set_content(text + sig)
                p = f"{folder}/{stem}.eml"
                (out / p).write_bytes(bytes(m))
            manifest.append(entry(p, "agreement", fmt, layout, "agreement", c.rules,
                                  c.extras, mnc_of(c.cpr), traits))

    # 15 decisions: 3 of each type
    dtypes = ["grant", "partial", "refusal", "termination", "extension"] * 3
    dec_defects = {1: ["missing-reasons"], 2: ["missing-appeal-guidance"],
                   5: ["duration-over-6-months"], 8: ["appeal-wrong-route"],
                   12: ["missing-reasons"]}
    dfmts = ["pdf"] * 10 + ["docx"] * 4 + ["scan"]
    rng.shuffle(dfmts)
    for i, dt in enumerate(dtypes):
        dfs = list(dec_defects.get(i, []))
        if dt == "grant" and "missing-reasons" in dfs:
            dfs = []
        if dt in ("refusal", "termination") and "duration-over-6-months" in dfs:
            dfs = ["missing-reasons"]
        w = rng.choice("ABC")
        base = [d for d in dfs if d in ("missing-appeal-guidance", "duration-over-6-months",
                                        "appeal-wrong-route")]
        c = make_case(rng, w, base, rng.random() < 0.4)
        if dt in ("refusal", "termination"):
            c.rules = [r for r in c.rules if r != "duration-over-6-months"]
        rules = [r for r in c.rules if r in ("missing-appeal-guidance",
                                             "duration-over-6-months")]
        extras = list(c.extras) + (["missing-reasons"] if "missing-reasons" in dfs
                                   and dt in ("partial", "refusal", "termination") else [])
        doc = decision(c, dt, dfs, rng)
        folder = f"afgoerelser/{dt}"
        stem = f"afgoerelse-{dt}-{i + 1:02d}"
        name = f"afg{i:02d}__{stem}"
        doc.save(work / "docx" / f"{name}.docx")
        fmt = dfmts[i]
        e = entry(f"{folder}/{stem}.{'docx' if fmt == 'docx' else 'pdf'}", "decision",
                  "docx" if fmt == "docx" else "pdf", "letter", dt, rules, extras,
                  mnc_of(c.cpr), [f"writer:{w}", f"decision:{dt}"] + [f"defect:{d}" for d in dfs]
                  + (["cpr"] if c.cpr else []) + (["tesseract-scan"] if fmt == "scan" else []))
        if fmt == "docx":
            Path(out / folder).mkdir(parents=True, exist_ok=True)
            shutil.copy(work / "docx" / f"{name}.docx", out / e["path"])
        elif fmt == "pdf":
            to_pdf[name] = e
        else:
            to_scan[name] = e
        manifest.append(e)

    # 12 Min Plan prints: 8 Chromium PDF, 4 text copies
    mp_defects = [["missing-hours"], ["unclear-goal"], ["missing-mentor"],
                  ["duration-over-6-months"]] + [[]] * 8
    rng.shuffle(mp_defects)
    html_jobs = []
    for i in range(12):
        c = make_case(rng, rng.choice("ABC"), mp_defects[i], False)
        if c.hours in HOURS_VAGUE or c.hours is None:
            c.hours = rng.choice([None, "efter behov"])
        folder = f"minplan"
        fmt = "pdf" if i < 8 else "txt"
        stem = f"minplan-{c.first.lower()}-{i + 1:02d}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        p = f"{folder}/{stem}.{fmt}"
        (out / folder).mkdir(exist_ok=True)
        if fmt == "pdf":
            html_jobs.append((minplan_html(c), out / p))
        else:
            (out / p).write_text(minplan_txt(c), encoding="utf-8")
        manifest.append(entry(p, "minplan", fmt, "minplan-print" if fmt == "pdf"
                              else "minplan-copy", "minplan", c.rules, c.extras, [],
                              [f"defect:{d}" for d in mp_defects[i]]
                              + (["chromium-pdf"] if fmt == "pdf" else [])))
    chromium_pdfs(html_jobs)

    # 15 other documents
    for name, sub, fmt, obj in others(rng):
        cprs = []
        if isinstance(obj, tuple):
            obj, cprs = obj
        folder = "andet"
        (out / folder).mkdir(exist_ok=True)
        key = f"oth__{name}"
        obj.save(work / "docx" / f"{key}.docx")
        e = entry(f"{folder}/{name}.{fmt}", "unknown", fmt, "mixed", sub, [], [],
                  [x for c in cprs for x in mnc_of(c)], ["not-a-mentor-document-kind"]
                  + (["cpr"] if cprs else []))
        if fmt == "docx":
            shutil.copy(work / "docx" / f"{key}.docx", out / e["path"])
        else:
            to_pdf[key] = e
        manifest.append(e)
    for name, sub, m, cprs in emails_other(rng):
        p = f"andet/{name}.eml"
        (out / p).write_bytes(bytes(m))
        manifest.append(entry(p, "unknown", "eml", "email", sub, [], [], [],
                              ["not-a-mentor-document-kind"]))
    ts = "andet/timeregistrering-marts.txt"
    (out / ts).write_text(
        "Kattegat Mentor ApS - timeregistrering marts 2026\n\nMentor: Lone Friis\n\n"
        "03.03  borger LJ  2,0 t  møde i Tranebjerg\n05.03  borger LJ  1,5 t  følges til "
        "praktik\n10.03  borger MA  2,0 t  jobsøgning\n12.03  borger MA  1,0 t  telefon\n"
        "I alt: 6,5 timer\n", encoding="utf-8")
    manifest.append(entry(ts, "unknown", "txt", "mixed", "timeregistrering", [], [], [],
                          ["not-a-mentor-document-kind"]))

    # convert: LibreOffice PDFs, then scans from LibreOffice PDFs
    pdf_src = work / "pdfsrc"
    pdf_src.mkdir()
    for name in list(to_pdf) + list(to_scan):
        shutil.copy(work / "docx" / f"{name}.docx", pdf_src / f"{name}.docx")
    pdf_out = work / "pdf"
    pdf_out.mkdir()
    soffice_pdf(pdf_src, pdf_out)
    for name, e in to_pdf.items():
        dst = out / e["path"]
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf_out / f"{name}.pdf", dst)
    for name, e in to_scan.items():
        dst = out / e["path"]
        dst.parent.mkdir(parents=True, exist_ok=True)
        scan_pdf(pdf_out / f"{name}.pdf", dst, rng, work)
        e["format"] = "pdf"

    from importlib.util import spec_from_file_location, module_from_spec
    here = Path(__file__).resolve()
    spec = spec_from_file_location("manifest", here.parents[3] / "tools/corpusgen/src/corpusgen/"
                                   "corpus/manifest.py")
    mod = module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.write_manifest(out, manifest)
    shutil.rmtree(work)
    print(f"{len(manifest)} documents in {out}")


if __name__ == "__main__":
    main()
