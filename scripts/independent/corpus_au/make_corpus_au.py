#!/usr/bin/env python3
"""Corpus AU: an archive sample from one small rural municipality (Hedeby Kommune, fictitious).

One jobcenter (from 1 Feb 2026: "Hedeby Kommune, Job og Borger"), two caseworkers with their own
habits (Mette Kjær: Word table template, thorough; Jesper Holm: letters, txt and e-mails, looser),
one local mentor provider (Mentorgården ApS) and a few workplace mentors. 2022-2026. ~100 documents
pulled for a quality audit. Written from domain.md, the seeds and knowledge of Danish public
administration; labels decided from the rule docs when each document is written.

Usage: make_corpus_au.py --out DIR   (deterministic, fixed seed)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

SEED = 20261129
R = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

# ---------------------------------------------------------------- people and places
FIRST = ["Ali", "Camilla", "Jonas", "Mathilde", "Brian", "Dorthe", "Kasper", "Louise", "Niels", "Sabrina",
         "Rasmus", "Trine", "Ahmad", "Jannie", "Mikkel", "Pernille", "Søren", "Line", "Yasmin", "Kenneth",
         "Maria", "Henrik", "Signe", "Tobias", "Gitte", "Martin", "Heidi", "Dennis"]
LAST = ["Nielsen", "Sørensen", "Kristensen", "Pedersen", "Madsen", "Jensen", "Østergaard", "Hansen",
        "Christensen", "Larsen", "Mortensen", "Bach", "Poulsen", "Andersen", "Thomsen", "Dahl",
        "Vestergaard", "Iversen", "Kjeldsen", "Skov", "Frandsen", "Rasmussen", "Lauridsen", "Bisgaard",
        "Holm", "Toft", "Graversen", "Yilmaz"]
TOWNS = [("7760", "Hurup Thy"), ("7790", "Thyholm"), ("7755", "Bedsted Thy"), ("7770", "Vestervig"),
         ("7752", "Snedsted")]
STREETS = ["Bygaden", "Vestergade", "Skolevej", "Kirkevej", "Engvej", "Stationsvej", "Møllevej", "Toftevej"]

CW = {
    "mk": {"name": "Mette Kjær", "title": "Jobkonsulent", "phone": "96 17 42 31",
           "mail": "mekj@hedeby.dk"},
    "jh": {"name": "Jesper Holm", "title": "Sagsbehandler", "phone": "96 17 42 58",
           "mail": "jeho@hedeby.dk"},
}
PROVIDER = {"name": "Mentorgården ApS", "addr": "Østergade 4, 7760 Hurup Thy", "phone": "97 95 12 34",
            "mail": "kontakt@mentorgaarden.dk", "cvr": "38 41 22 90"}
PROV_MENTORS = [("Sara Lund", "22 47 19 03", "sara@mentorgaarden.dk"),
                ("Bent Mikkelsen", "40 18 66 72", "bent@mentorgaarden.dk"),
                ("Hanne Dahl", "28 91 30 45", "hanne@mentorgaarden.dk")]
WORKPLACES = [("Dagli'Brugsen Vestervig", "Karina Bech", "butiksmedhjælper", "61 33 20 18"),
              ("Thy Maskinstation", "Poul Ebbesen", "medhjælper på værkstedet", "21 64 80 11"),
              ("Plejecenter Solbakken", "Lone Gade", "servicemedarbejder i køkkenet", "99 17 55 20"),
              ("Hedeby Genbrugsplads", "Ole Vinther", "pladsmedarbejder", "72 10 44 96")]
SCHOOLS = ["VUC Thy-Mors", "EUC Nordvest", "SOSU Nord", "FGU Thy-Mors", "Thisted Handelsskole"]


def dk(d: dt.date, style: str = "long") -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "dash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def cpr_for(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


class Citizen:
    def __init__(self, i: int):
        self.first = FIRST[i % len(FIRST)]
        self.last = LAST[(i * 7) % len(LAST)]
        self.name = f"{self.first} {self.last}"
        z, town = TOWNS[i % len(TOWNS)]
        self.addr = f"{R.choice(STREETS)} {R.randrange(1, 60)}"
        self.town = f"{z} {town}"
        self.cpr = cpr_for(R)
        self.case = f"{R.randrange(2022, 2026)}-{R.randrange(1000, 9999):04d}"
        self.cw = "mk" if i % 2 == 0 else "jh"
        self.mentor = PROV_MENTORS[i % 3]
        self.wp = WORKPLACES[i % 4]
        self.school = SCHOOLS[i % 5]


# ---------------------------------------------------------------- document model
class Doc:
    """Blocks: ('h', level, text) ('p', text) ('ul', [..]) ('ol', [..]) ('kv', [(label, value)]) ('sig', text)."""

    def __init__(self, path, kind, subtype, fmt, layout, rules=(), extras=(), cpr=None, traits=(),
                 period=None):
        self.path, self.kind, self.subtype, self.fmt, self.layout = path, kind, subtype, fmt, layout
        self.rules, self.extras = sorted(set(rules)), sorted(set(extras))
        self.cpr, self.traits, self.period = cpr, list(traits), period
        self.blocks: list = []
        self.header = ""
        self.footer = ""
        self.mail = None  # (from, to, subject, date, signature)

    def h(self, text, level=1):
        self.blocks.append(("h", level, text)); return self

    def p(self, text):
        self.blocks.append(("p", text)); return self

    def ul(self, items):
        self.blocks.append(("ul", list(items))); return self

    def ol(self, items):
        self.blocks.append(("ol", list(items))); return self

    def kv(self, rows):
        self.blocks.append(("kv", list(rows))); return self

    def manifest(self):
        return {"path": self.path, "kind": self.kind, "subtype": self.subtype, "format": self.fmt,
                "layout": self.layout, "rules": self.rules, "extras": self.extras, "error": None,
                "accept_errors": [], "must_not_contain": [self.cpr] if self.cpr else [],
                "traits": self.traits + (["cpr"] if self.cpr else []),
                **({"period": self.period} if self.period else {})}


# ---------------------------------------------------------------- renderers
def render_txt(doc: Doc, wrap: int | None = None) -> str:
    out = []
    if doc.header:
        out += [doc.header, ""]
    for b in doc.blocks:
        if b[0] == "h":
            out += [b[2].upper() if b[1] == 1 else b[2], ""]
        elif b[0] == "p":
            for t in b[1].split("\n"):
                out += textwrap.wrap(t, wrap) if wrap else [t]
            out.append("")
        elif b[0] in ("ul", "ol"):
            for n, it in enumerate(b[1], 1):
                out.append(("- " if b[0] == "ul" else f"{n}. ") + it)
            out.append("")
        elif b[0] == "kv":
            for k, v in b[1]:
                out.append(f"{k}: {v}" if v else f"{k}:")
            out.append("")
    if doc.footer:
        out += ["", doc.footer]
    return "\n".join(out).rstrip() + "\n"


def render_html(doc: Doc, style: str) -> str:
    from html import escape as e
    parts = []
    for b in doc.blocks:
        if b[0] == "h":
            parts.append(f"<h{b[1] + 1}>{e(b[2])}</h{b[1] + 1}>")
        elif b[0] == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif b[0] in ("ul", "ol"):
            tag = b[0]
            parts.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif b[0] == "kv":
            if style == "dl":
                parts.append("<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in b[1]) + "</dl>")
            elif style == "div":
                parts.append("".join(
                    f'<div class="felt"><div class="felt-label">{e(k)}</div>'
                    f'<div class="felt-vaerdi"><span>{e(v)}</span></div></div>' for k, v in b[1]))
            else:
                parts.append('<table class="plan" border="1" cellpadding="4">' + "".join(
                    f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[1]) + "</table>")
    head = f'<div class="sidehoved">{e(doc.header)}</div>' if doc.header else ""
    foot = f'<div class="sidefod">{e(doc.footer)}</div>' if doc.footer else ""
    title = next((b[2] for b in doc.blocks if b[0] == "h"), "Dokument")
    return ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + e(title) +
            "</title><style>body{font-family:Arial;font-size:11pt} .felt-label{font-weight:bold}</style>"
            "<script>window.sagsId='" + "x" + "';function print_(){window.print()}</script></head><body>"
            + head + '<div id="indhold">' + "\n".join(parts) + "</div>" + foot + "</body></html>\n")


def render_docx(doc: Doc, path: Path, heading_style: str) -> None:
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    for b in doc.blocks:
        if b[0] == "h":
            if heading_style == "styles":
                d.add_heading(b[2], level=min(b[1], 3))
            else:
                r = d.add_paragraph().add_run(b[2]); r.bold = True
                if b[1] == 1:
                    r.font.size = Pt(14)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif b[0] == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif b[0] == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for k, v in b[1]:
                c = t.add_row().cells
                c[0].text = k; c[1].text = v
                for r in c[0].paragraphs[0].runs:
                    r.bold = True
            d.add_paragraph("")
    d.save(str(path))


def render_eml(doc: Doc) -> bytes:
    frm, to, subject, date, sig = doc.mail
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(9, 41), tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{zlib.crc32(doc.path.encode())}@hedeby.dk>"
    body = render_txt(doc, wrap=76)
    if sig:
        body += "\n" + sig + "\n"
    m.set_content(body)
    return bytes(m)


# ---------------------------------------------------------------- content pieces
def sender(date: dt.date) -> str:
    return "Jobcenter Hedeby" if date < dt.date(2026, 2, 1) else "Hedeby Kommune, Job og Borger"


def body_name(date):
    return "Jobcenter Hedeby" if date < dt.date(2026, 2, 1) else "Hedeby Kommune"


def appeal_full(date, variant):
    b = body_name(date)
    if variant == 0:
        return [f"Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal sendes til {b} inden 4 uger "
                "fra du har modtaget dette brev. Du kan klage skriftligt eller mundtligt.",
                f"{b} vil genvurdere afgørelsen. Hvis vi fastholder afgørelsen, sender vi klagen videre til "
                "Ankestyrelsen, Beskæftigelsesudvalget, inden 4 uger efter at vi har modtaget den.",
                "Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10."]
    if variant == 1:
        return [f"Du kan klage over afgørelsen til {b}. Fristen er fire uger efter, at du har fået afgørelsen. "
                "Kommunen vurderer sagen igen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen."]
    return [f"Er du uenig, skal du klage til {b} senest 4 uger efter modtagelsen. "
            "Vi genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis vi fastholder den."]


APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Klage over afgørelsen kan sendes til Jobcentret.",
                     "Hvis du er uenig i aftalen, er du velkommen til at kontakte din sagsbehandler.",
                     "Klagefristen er 4 uger."]
APPEAL_WRONG = ("Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal være modtaget senest 4 uger "
                "efter, at du har modtaget afgørelsen. Du kan klage via ast.dk.")


def goal_clear(c: Citizen, v: int, start: dt.date) -> str:
    wp, school = c.wp, c.school
    mdate = dk(add_months(start, 3))
    return [
        f"{c.first} er i virksomhedspraktik hos {wp[0]} som {wp[2]} 15 timer om ugen senest {mdate}, "
        "med henblik på ansættelse med løntilskud.",
        f"{c.first} starter på FVU-dansk på VUC Thy-Mors og møder til mindst 90 % af undervisningen.",
        f"At {c.first} gennemfører grundforløb 1 på {school} og er optaget på GF2 efter sommerferien.",
        f"Fastholdelse i fleksjob som {wp[2]} hos {wp[0]}, 12 timer om ugen, uden fravær ud over det aftalte.",
        f"{c.first} kommer i ordinært job inden for lager eller transport og søger mindst 2 relevante "
        "stillinger om ugen i perioden.",
        f"{c.first} gennemfører første praktikperiode på SOSU-hjælperuddannelsen med fremmøde mindst 4 dage om ugen.",
        f"{c.first} har inden {mdate} øget sin arbejdstid hos {wp[0]} fra 8 til 15 timer om ugen.",
    ][v % 7]


def goal_unclear(c: Citizen, v: int) -> str:
    return ["Støtte til at få struktur på hverdagen og øget trivsel.",
            f"{c.first} skal arbejde med sig selv og komme videre.",
            "Hjælp til at komme tættere på arbejdsmarkedet.",
            "Øget selvværd og bedre trivsel.",
            f"Sikre at {c.first} får styr på økonomien og kommer mere ud af huset."][v % 5]


def tasks_for(c: Citizen, v: int) -> list[str]:
    pools = [
        [f"følge {c.first} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
         "være bindeled til arbejdspladsen ved tvivl eller konflikter"],
        ["hjælpe med at lave en ugeplan og holde den", "gå med til møder i kommunen og hos lægen",
         "støtte i at åbne og svare på post i e-Boks"],
        ["støtte i studieteknik og lektieplanlægning", "kontakt til studievejleder og SPS-ansvarlig",
         "vække-opkald de første uger, hvis der er behov"],
        ["oplæring i arbejdsopgaverne", "daglig kontakt om arbejdstider og pauser",
         "kort status til jobkonsulenten hver 14. dag"],
        ["hjælp til jobsøgning og CV", "forberedelse til jobsamtaler", "øve transport med bus til Thisted"],
    ]
    return pools[v % 5]


HOURS_OK = ["3 timer pr. uge", "2 timer ugentligt", "2 t/uge", "1½ time om ugen", "8 timer om måneden",
            "4 timer pr. uge de første 4 uger, herefter 2 timer pr. uge", "to timer om ugen",
            "i alt 40 timer i perioden (ca. 2 timer pr. uge)"]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Løbende efter aftale mellem mentor og borger",
               "Aftales nærmere med mentor", "Timetal fastsættes ved opstart"]
FOLLOW = [
    "Opfølgning ved samtale med jobkonsulent hver måned. Evaluering sammen med {f} og mentor 14 dage før "
    "perioden slutter. Delmål: {f} møder stabilt 3 dage om ugen efter 6 uger.",
    "Statusmøde hver 6. uge med borger, mentor og sagsbehandler. Mentor sender kort skriftlig status "
    "inden hvert møde.",
    "Vi følger op hver 4. uge. Progression måles på fremmøde og på om {f} selv tager kontakt til praktikstedet.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering ved periodens udløb.",
]
PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def period_pair(rng: random.Random, base_year: int, months: int, over: bool):
    start = dt.date(base_year, rng.choice([1, 2, 3, 4, 5, 8, 9, 10]), rng.choice([1, 1, 1, 15]))
    n = rng.choice([7, 8, 9, 12]) if over else months
    end = add_months(start, n) - dt.timedelta(days=1)
    return start, end


def fmt_period(start, end, style):
    if style == 0:
        return f"{dk(start)} – {dk(end)}"
    if style == 1:
        return f"{dk(start, 'dots')}-{dk(end, 'dots')}"
    if style == 2:
        return f"fra {dk(start, 'slash')} til {dk(end, 'slash')}"
    if style == 3:
        return f"f.o.m. {dk(start)} t.o.m. {dk(end)}"
    return f"{dk(start, 'dash')} - {dk(end, 'dash')}"


# ---------------------------------------------------------------- builders
def build_agreement(i: int, c: Citizen, defects: set[str], fmt: str, author: str, year: int) -> Doc:
    rng = random.Random(SEED + i)
    over = "over" in defects
    months = rng.choice([3, 4, 6, 6, 6]) if not over else 6
    start, end = period_pair(rng, year, months, over)
    date = start - dt.timedelta(days=rng.randrange(3, 20))
    rules = set()
    if over:
        rules.add("duration-over-6-months")
    goal = goal_unclear(c, i) if "unclear" in defects else goal_clear(c, i, start)
    if "unclear" in defects:
        rules.add("unclear-goal")
    hours = rng.choice(HOURS_VAGUE) if "vague" in defects else HOURS_OK[i % len(HOURS_OK)]
    if "vague" in defects or "no-hours" in defects:
        rules.add("missing-hours")
    tasks = tasks_for(c, [0, 2, 2, 3, 4, 2, 3][i % 7])
    follow = FOLLOW[i % 4].format(f=c.first)
    workplace = author == "wp"
    if workplace:
        mentor_name, mentor_phone, mentor_mail = c.wp[1], c.wp[3], None
    else:
        mentor_name, mentor_phone, mentor_mail = c.mentor
    mentor_val = f"{mentor_name}, {'Mentorgården ApS, ' if not workplace else c.wp[0] + ', '}tlf. {mentor_phone}" + (
        f", {mentor_mail}" if mentor_mail and i % 2 else "")
    if "no-mentor-contact" in defects:
        mentor_val = f"{mentor_name}, {'Mentorgården' if not workplace else c.wp[0]}"
        rules.add("missing-mentor")
    for f, r in (("no-goal", "missing-goal"), ("no-tasks", "missing-tasks"), ("no-follow", "missing-follow-up"),
                 ("no-appeal", "missing-appeal-guidance"), ("weak-appeal", "missing-appeal-guidance"),
                 ("no-duration", "missing-duration")):
        if f in defects:
            rules.add(r)
    if "no-goal" in defects:
        rules.discard("unclear-goal")
    if "no-duration" in defects:
        rules.discard("duration-over-6-months")
    extras = {"appeal-wrong-route"} if "wrong-appeal" in defects else set()
    with_cpr = (i % 4 == 1) or (author == "mk" and i % 3 == 0)
    pstyle = i % 5
    period_text = fmt_period(start, end, pstyle)
    if i % 9 == 4 and not over:
        period_text = f"fra {dk(start)} og {months} måneder frem"
    cpr = c.cpr if with_cpr else None
    traits = [f"author:{author}", f"year:{year}"] + [f"defect:{d}" for d in sorted(defects)]
    sub = "agreement"
    path = f"sag-{c.case}/{date.isoformat()}-mentoraftale-{c.first.lower()}.{fmt}"
    layout = {"mk": "table", "jh": "letter", "prov": "headings", "wp": "table"}[author]
    if fmt == "txt":
        layout = "letter" if author == "jh" else "plain"
    if fmt == "eml":
        layout = "email"
    d = Doc(path, "agreement", sub, fmt, layout, rules, extras, cpr, traits,
            period=None if "no-duration" in defects else {"start": start.isoformat(), "end": end.isoformat()})

    def appeal_paras():
        if "no-appeal" in defects:
            return None
        if "weak-appeal" in defects:
            return [APPEAL_INCOMPLETE[i % len(APPEAL_INCOMPLETE)]]
        if "wrong-appeal" in defects:
            return [APPEAL_WRONG]
        return appeal_full(date, i % 3)

    appeal = appeal_paras()
    if author in ("mk", "wp"):
        # Mette's Word template: header block, a two-column table, appeal guidance below
        d.header = f"{sender(date)} · Sagsnr. {c.case}"
        d.footer = f"{sender(date)} · Jernbanegade 7 · 7760 Hurup Thy · tlf. 96 17 40 00 · hedeby.dk"
        d.h("Aftale om mentorstøtte" if author == "mk" else "Aftale om mentor på arbejdspladsen", 1)
        d.p(f"Dato: {dk(date, 'dots')}")
        d.p("Efter lov om en aktiv beskæftigelsesindsats § 167" if year >= 2022 else "")
        top = [("Borger", f"{c.name}, {c.addr}, {c.town}")]
        if cpr:
            top.append(("CPR-nr.", cpr))
        top.append(("Sagsbehandler", f"{CW['mk']['name']}, tlf. {CW['mk']['phone']}, {CW['mk']['mail']}"))
        d.kv(top)
        rows = []
        rows.append(("Målet med mentorstøtten", PLACEHOLDER if "no-goal" in defects and i % 2 else
                     ("" if "no-goal" in defects else goal)))
        rows.append(("Mentor (navn og kontaktdata)", mentor_val))
        if workplace:
            rows.append(("Arbejdsplads", f"{c.wp[0]}, stilling: {c.wp[2]}"))
        rows.append(("Mentors opgaver", "" if "no-tasks" in defects else "; ".join(t[0].upper() + t[1:] for t in tasks) + "."))
        rows.append(("Periode", PLACEHOLDER if "no-duration" in defects else period_text))
        if "no-hours" not in defects:
            rows.append(("Timetal", hours))
        else:
            rows.append(("Timetal", ""))
        if "no-follow" not in defects:
            rows.append(("Opfølgning og progression", follow))
        d.kv(rows)
        if workplace:
            d.p(f"Virksomheden modtager mentorhonorar for de aftalte timer efter regning. "
                f"Mentor må ikke udføre sine normale arbejdsopgaver i mentortimerne.")
        if appeal:
            d.h("Klagevejledning", 2)
            for a in appeal:
                d.p(a)
        d.p("Underskrifter:")
        d.kv([("Borger", "_________________________"), ("Mentor", "_________________________"),
              ("Jobcenter" if date < dt.date(2026, 2, 1) else "Kommunen", CW["mk"]["name"])])
    elif author == "jh":
        # Jesper writes letters
        d.p(f"{sender(date)}\nJernbanegade 7\n7760 Hurup Thy")
        d.p(f"{c.name}\n{c.addr}\n{c.town}" + (f"\nCPR: {cpr}" if cpr else ""))
        d.p(f"Hurup, den {dk(date)}")
        d.h(f"Aftale om mentorstøtte – {c.name}", 1)
        d.p(f"Kære {c.first}")
        d.p("Som vi talte om ved vores samtale, har vi aftalt, at du får en mentor. Her er det, vi har aftalt.")
        if "no-goal" not in defects:
            d.h("Hvad er målet?", 2)
            d.p(goal)
        d.h("Hvem er din mentor?", 2)
        d.p(f"Din mentor er {mentor_val}." if "no-mentor-contact" not in defects else
            f"Din mentor bliver {mentor_name} fra Mentorgården.")
        if "no-tasks" not in defects:
            d.p(f"{mentor_name.split()[0]} skal hjælpe dig med:")
            d.ul(tasks)
        d.h("Hvor længe og hvor meget?", 2)
        dur = "" if "no-duration" in defects else f"Mentorstøtten gælder {period_text}. "
        if "no-duration" in defects:
            dur = "Mentorstøtten starter hurtigst muligt. "
        hrs = "" if "no-hours" in defects else (
            f"Du har {hours.lower()} med din mentor." if "vague" not in defects else
            f"Timetal: {hours.lower()}.")
        d.p(dur + hrs)
        if "no-follow" not in defects:
            d.h("Opfølgning", 2)
            d.p(follow)
        if appeal:
            d.h("Hvis du vil klage", 2)
            for a in appeal:
                d.p(a)
        d.p("Med venlig hilsen")
        d.p(f"{CW['jh']['name']}\n{CW['jh']['title']}\nDirekte tlf. {CW['jh']['phone']}")
        if fmt == "eml":
            d.blocks = [b for b in d.blocks if not (b[0] == "p" and b[1].startswith((sender(date), c.name)))]
            d.mail = (f"Jesper Holm <{CW['jh']['mail']}>", f"{c.name} <{c.first.lower()}{i}@hotmail.com>",
                      f"Aftale om mentorstøtte - {c.first}", date,
                      f"-- \nJesper Holm\nSagsbehandler, {sender(date)}\nTlf. {CW['jh']['phone']}")
    else:  # provider's own agreement, headings
        m = c.mentor
        d.header = f"{PROVIDER['name']} · {PROVIDER['addr']}"
        d.footer = f"{PROVIDER['name']} · CVR {PROVIDER['cvr']} · tlf. {PROVIDER['phone']} · {PROVIDER['mail']}"
        d.h("Mentoraftale", 1)
        d.p(f"Aftale mellem {c.name} (borger), {m[0]} ({PROVIDER['name']}) og {sender(date)} "
            f"(sagsbehandler {CW[c.cw]['name']}). Sagsnr. {c.case}." + (f" CPR {cpr}." if cpr else ""))
        if "no-goal" not in defects:
            d.h("1. Mål for forløbet", 2); d.p(goal)
        d.h("2. Mentor", 2)
        d.p(f"{m[0]}, tlf. {m[1]}, {m[2]}" if "no-mentor-contact" not in defects else m[0])
        if "no-tasks" not in defects:
            d.h("3. Indsatsområder", 2); d.ol(tasks)
        d.h("4. Varighed og timer", 2)
        d.p(("Periode: " + (PLACEHOLDER if "no-duration" in defects else period_text)) + ". " +
            ("" if "no-hours" in defects else f"Timetal: {hours}."))
        if "no-follow" not in defects:
            d.h("5. Opfølgning", 2); d.p(follow)
        if appeal:
            d.h("6. Klagevejledning", 2)
            for a in appeal:
                d.p(a)
        d.p(f"Dato: {dk(date, 'dots')}     Underskrift borger: ____________     Underskrift mentor: ____________")
    d.blocks = [b for b in d.blocks if not (b[0] == "p" and not b[1])]
    return d


def build_extension(i, c, defects, fmt, year):
    d = build_agreement(i, c, defects, fmt, "mk" if c.cw == "mk" else "jh", year)
    d.subtype = "extension-agreement"
    d.path = d.path.replace("mentoraftale", "forlaengelse-mentoraftale")
    for k, b in enumerate(d.blocks):
        if b[0] == "h" and b[1] == 1:
            d.blocks[k] = ("h", 1, b[2].replace("Aftale om mentorstøtte", "Aftale om forlængelse af mentorstøtte"))
            d.blocks.insert(k + 1, ("p", "Mentorstøtten forlænges efter en konkret vurdering med en ny periode, "
                                         "jf. § 167, stk. 1, 2. pkt. Den forrige periode er evalueret."))
            break
    d.traits.append("extension")
    return d


def build_decision(i, c, variant, defects, fmt, year):
    rng = random.Random(SEED + 500 + i)
    over = "over" in defects
    start, end = period_pair(rng, year, rng.choice([3, 6, 6]), over)
    date = start - dt.timedelta(days=rng.randrange(2, 15))
    rules, extras = set(), set()
    if over:
        rules.add("duration-over-6-months")
    cpr = c.cpr if i % 3 == 0 else None
    sub = {"grant": "decision-grant", "partial": "decision-partial", "refusal": "decision-refusal",
           "extension": "decision-extension", "end": "decision-end"}[variant]
    path = f"sag-{c.case}/{date.isoformat()}-afgoerelse-{variant}.{fmt}"
    d = Doc(path, "decision", sub, fmt, "letter", rules, extras, cpr,
            [f"author:{c.cw}", f"year:{year}"] + [f"defect:{x}" for x in sorted(defects)])
    cw = CW[c.cw]
    d.header = f"{sender(date)}\nJernbanegade 7, 7760 Hurup Thy"
    d.p(f"{c.name}\n{c.addr}\n{c.town}")
    d.p(f"Dato: {dk(date)}\nSagsnr.: {c.case}" + (f"\nCPR-nr.: {cpr}" if cpr else ""))
    per = fmt_period(start, end, i % 5)
    m = c.mentor
    if variant == "grant":
        d.h("Afgørelse om mentorstøtte", 1)
        d.p(f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
            f"beskæftigelsesindsats § 167 i perioden {per}, {HOURS_OK[i % 4]}.")
        d.p(f"Din mentor bliver {m[0]} fra {PROVIDER['name']}. Mål og opgaver for mentorstøtten står i den "
            "aftale, du har fået sammen med dette brev, og i Min Plan på Jobnet.")
    elif variant == "partial":
        d.h("Afgørelse – delvis bevilling af mentorstøtte", 1)
        d.p(f"Du har den {dk(date - dt.timedelta(days=20))} søgt om mentorstøtte 6 timer om ugen i 12 måneder.")
        d.p(f"Vi har bevilget mentorstøtte {HOURS_OK[i % 3]} i perioden {per}. Du får altså færre timer og en "
            "kortere periode end du har søgt om.")
        if "no-reasons" not in defects:
            d.h("Begrundelse", 2)
            d.p("Efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, kan mentorstøtte gives i højst 6 "
                "måneder ad gangen. Vi har lagt vægt på, at du allerede har kontakt til din praktikvejleder "
                "på arbejdspladsen, og at dit behov for støtte efter vores vurdering kan dækkes med færre timer. "
                "Ved periodens udløb vurderer vi, om der er behov for en ny periode.")
    elif variant == "refusal":
        d.h("Afslag på mentorstøtte", 1)
        d.p(f"Vi har behandlet din ansøgning om mentorstøtte, som vi modtog {dk(date - dt.timedelta(days=18))}. "
            "Du får afslag.")
        if "no-reasons" not in defects:
            d.h("Begrundelse", 2)
            d.p("Mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats kan gives, når det er "
                "nødvendigt for, at du kan gennemføre et tilbud, fastholde et job eller en uddannelse. "
                f"Vi har lagt vægt på, at du i forvejen har støtte fra en SPS-vejleder på {c.school}, og at "
                "uddannelsesstedets egen støtte efter vores vurdering dækker dit behov.")
        else:
            d.p("Du er velkommen til at kontakte din sagsbehandler, hvis du har spørgsmål.")
            extras.add("missing-reasons")
    elif variant == "extension":
        d.h("Afgørelse om forlængelse af mentorstøtte", 1)
        d.p(f"Din mentorstøtte med {m[0]} er forlænget efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt. "
            f"Den nye periode er {per}, {HOURS_OK[(i + 1) % 4]}.")
        d.p("Vi har lagt vægt på statusrapporten fra din mentor, som viser, at du er kommet godt i gang, "
            "men stadig har brug for støtte til at fastholde fremmødet.")
    else:
        d.h("Afgørelse om ophør af mentorstøtte", 1)
        d.p(f"Vi har besluttet, at din mentorstøtte med {m[0]} ophører pr. {dk(end)}.")
        if "no-reasons" not in defects:
            d.h("Begrundelse", 2)
            d.p("Vi har lagt vægt på, at du siden " + dk(start) + " ikke har deltaget i de aftalte møder med din "
                "mentor, og at du har oplyst, at du ikke længere ønsker støtten. Mentorstøtten kan derfor ikke "
                "bidrage til at du kommer i job eller uddannelse, jf. lov om en aktiv beskæftigelsesindsats § 167.")
        d.period = None
    if variant in ("grant", "partial", "extension"):  # only these letters state the period
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
    else:
        # Label fix after the first run: a refusal or an end letter states no period, so the
        # 'over' defect drawn for it cannot show in the text (rule doc: every period *stated*).
        d.period = None
        rules.discard("duration-over-6-months")
        if "over" in defects:
            d.traits.append("label-fix:over-without-stated-period")
    if "no-appeal" in defects:
        rules.add("missing-appeal-guidance")
    elif "weak-appeal" in defects:
        d.h("Klagevejledning", 2); d.p(APPEAL_INCOMPLETE[i % 3]); rules.add("missing-appeal-guidance")
    elif "wrong-appeal" in defects:
        d.h("Klagevejledning", 2); d.p(APPEAL_WRONG); extras.add("appeal-wrong-route")
    else:
        d.h("Klagevejledning", 2)
        for a in appeal_full(date, i % 3):
            d.p(a)
    d.p("Med venlig hilsen")
    d.p(f"{cw['name']}\n{cw['title']}\nTlf. {cw['phone']}")
    d.rules, d.extras = sorted(rules), sorted(extras)
    return d


def build_minplan(i, c, defects, fmt, year):
    rng = random.Random(SEED + 900 + i)
    over = "over" in defects
    start, end = period_pair(rng, year, rng.choice([4, 6]), over)
    rules = set()
    if over:
        rules.add("duration-over-6-months")
    goal = goal_unclear(c, i + 2) if "unclear" in defects else goal_clear(c, i + 3, start)
    if "unclear" in defects:
        rules.add("unclear-goal")
    if "vague" in defects:
        rules.add("missing-hours")
    if "no-mentor-contact" in defects:
        rules.add("missing-mentor")
    if "no-tasks" in defects:
        rules.add("missing-tasks")
    m = c.mentor
    printed = start + dt.timedelta(days=rng.randrange(1, 40))
    cpr = c.cpr if i % 4 == 2 else None
    path = f"sag-{c.case}/min-plan-udskrift-{printed.isoformat()}.{fmt}"
    d = Doc(path, "minplan", "minplan", fmt, {"html": "dl", "pdf": "table", "txt": "plain"}.get(fmt, "table"),
            rules, (), cpr, [f"year:{year}"] + [f"defect:{x}" for x in sorted(defects)],
            period={"start": start.isoformat(), "end": end.isoformat()})
    d.header = f"Min Plan · {c.name}" + (f" · {cpr}" if cpr else "")
    d.footer = f"Udskrevet {dk(printed, 'dots')} · Side 1 af 1"
    d.h("Min Plan", 1)
    d.p(f"Borger: {c.name}    Jobkonsulent: {CW[c.cw]['name']}")
    d.h("Indsats: Mentorstøtte (§ 167)", 2)
    hours = HOURS_VAGUE[i % len(HOURS_VAGUE)] if "vague" in defects else HOURS_OK[(i + 2) % 5]
    rows = [("Formål med mentorstøtten", goal),
            ("Mentor", f"{m[0]}, {PROVIDER['name']}" + ("" if "no-mentor-contact" in defects else f", tlf. {m[1]}")),
            ("Mentors opgaver", "-" if "no-tasks" in defects else ", ".join(tasks_for(c, i + 1)).capitalize()),
            ("Varighed", fmt_period(start, end, (i + 2) % 5)),
            ("Timetal", hours),
            ("Status", "Igangværende")]
    d.kv(rows)
    d.h("Mine mål", 2)
    d.p("Se formål ovenfor. Planen er lavet sammen med din jobkonsulent og kan ses på Jobnet.")
    return d


# ---------------------------------------------------------------- other folder documents (unknown)
def build_other(i, c, which, fmt, year):
    rng = random.Random(SEED + 1300 + i)
    date = dt.date(year, rng.randrange(1, 12), rng.randrange(1, 28))
    m = c.mentor
    cw = CW[c.cw]
    cpr = c.cpr if which in ("samtykke", "journal", "indkaldelse", "partshoering") and i % 2 == 0 else None
    d = Doc(f"sag-{c.case}/{date.isoformat()}-{which}.{fmt}", "unknown", which, fmt, "mixed", (), (), cpr,
            ["not-a-mentor-document-kind", f"year:{year}"])
    if which == "statusrapport":
        d.header = f"{PROVIDER['name']} · {PROVIDER['addr']}"
        d.h("Statusrapport – mentorforløb", 1)
        d.kv([("Borger", c.name), ("Mentor", f"{m[0]}, tlf. {m[1]}"), ("Rapportperiode", f"{dk(date - dt.timedelta(days=42), 'dots')} - {dk(date, 'dots')}"),
              ("Anvendte timer", f"{rng.randrange(8, 20)} timer")])
        d.h("Forløbet indtil nu", 2)
        d.p(f"{c.first} har mødt op til {rng.randrange(6, 11)} ud af 11 aftalte møder. Vi har arbejdet med ugeplan og "
            f"transport, og {c.first} tager nu selv bussen til {c.wp[0]}. Der har været et par aflysninger pga. "
            "sygdom.")
        d.h("Vurdering og anbefaling", 2)
        d.p("Mentor vurderer, at der fortsat er behov for støtte, men at timetallet kan nedsættes til 2 timer "
            "ugentligt fra næste måned. Vi anbefaler et statusmøde med jobkonsulenten inden periodens udløb.")
        d.p(f"{m[0]}, mentor")
    elif which == "faktura":
        d.header = f"{PROVIDER['name']} · CVR {PROVIDER['cvr']}"
        d.h(f"Faktura nr. {rng.randrange(2000, 4000)}", 1)
        d.p(f"{sender(date)}\nAtt.: {cw['name']}\nEAN 5798000{rng.randrange(100000, 999999)}")
        d.p(f"Fakturadato: {dk(date, 'dots')}   Betalingsfrist: 30 dage netto")
        hrs = rng.randrange(6, 18)
        d.kv([("Ydelse", f"Mentorstøtte § 167, {c.name}, sagsnr. {c.case}"), ("Mentor", m[0]),
              ("Periode", f"{MONTHS[(date.month - 2) % 12]} {year}"), ("Antal timer", str(hrs)),
              ("Timepris", "495,00 kr."), ("I alt ekskl. moms", f"{hrs * 495:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", ".")),
              ("Moms 25 %", f"{hrs * 495 * 0.25:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", "."))])
        d.p("Beløbet bedes indbetalt på reg.nr. 9070 kontonr. 1623456789.")
    elif which == "referat":
        d.h("Referat af opfølgningsmøde", 1)
        d.p(f"Dato: {dk(date)}. Til stede: {c.name}, {m[0]} (mentor), {cw['name']} ({sender(date)}).")
        d.h("1. Status fra borger", 2)
        d.p(f"{c.first} fortæller, at det går bedre med at komme afsted om morgenen. Søvnen er stadig svingende.")
        d.h("2. Status fra mentor", 2)
        d.p(f"{m[0]} oplyser, at de ses 2 gange om ugen. Fokus har været fremmøde og kontakt til praktikstedet.")
        d.h("3. Aftaler", 2)
        d.ul([f"{c.first} kontakter selv praktikstedet ved sygdom", "Næste møde om 6 uger",
              f"{cw['name']} undersøger muligheden for løntilskud"])
    elif which == "journal":
        d.h("Journalnotat", 1)
        d.kv([("Sag", c.case), ("Borger", c.name + (f" ({cpr})" if cpr else "")), ("Dato", dk(date, "dots")),
              ("Emne", "Telefonsamtale"), ("Notat ved", cw["name"])])
        d.p(f"Borger ringede og oplyste, at hun/han har været syg i en uge og ikke har set sin mentor. Vi aftalte, "
            f"at {m[0]} kontakter borger i næste uge. Borger er orienteret om, at fravær skal meldes til "
            "jobcentret. Intet yderligere.")
    elif which == "mail-moede":
        d.h(f"Ang. møde med {m[0]}", 1)
        d.p(f"Hej {cw['name'].split()[0]}")
        d.p(f"Jeg kan desværre ikke torsdag kl. 10, da jeg skal til tandlæge. Kan vi rykke mødet med {m[0]} til "
            "fredag i stedet?")
        d.p(f"Mvh {c.first}")
        d.mail = (f"{c.name} <{c.first.lower()}.{c.last.lower()}@gmail.com>", f"{cw['name']} <{cw['mail']}>",
                  "Møde torsdag", date, None)
    elif which == "samtykke":
        d.h("Samtykkeerklæring", 1)
        d.p(f"Jeg, {c.name}" + (f", CPR-nr. {cpr}" if cpr else "") + f", giver samtykke til, at {sender(date)} "
            f"må udveksle oplysninger med {PROVIDER['name']} og min praktiserende læge om forhold, der er "
            "relevante for mit mentorforløb.")
        d.p("Samtykket gælder i 1 år fra underskrift og kan til enhver tid trækkes tilbage.")
        d.p("Dato: ______________    Underskrift: __________________________")
    elif which == "indkaldelse":
        d.header = sender(date)
        d.h("Indkaldelse til samtale", 1)
        d.p(f"Kære {c.first}" + (f" (CPR {cpr})" if cpr else ""))
        d.p(f"Du er indkaldt til samtale om dit mentorforløb {dk(date)} kl. 10.00 i {sender(date)}, "
            "Jernbanegade 7, Hurup. Din mentor deltager også.")
        d.p("Hvis du er forhindret, skal du give besked senest dagen før. Hvis du udebliver uden rimelig grund, "
            "kan det få betydning for din ydelse.")
        d.p(f"Med venlig hilsen\n{cw['name']}")
    elif which == "partshoering":
        d.header = sender(date)
        d.h("Partshøring – påtænkt ophør af mentorstøtte", 1)
        d.p(f"Kære {c.first}" + (f"\nCPR: {cpr}" if cpr else ""))
        d.p(f"Vi overvejer at stoppe din mentorstøtte med {m[0]}, fordi du ikke har deltaget i de aftalte møder "
            "siden sidste måned. Før vi træffer en afgørelse, vil vi gerne høre, hvad du har at sige.")
        d.p(f"Du kan sende dine bemærkninger til os senest {dk(date + dt.timedelta(days=14))}. Hører vi ikke fra "
            "dig, træffer vi afgørelse på det foreliggende grundlag.")
        d.p(f"Med venlig hilsen\n{cw['name']}, tlf. {cw['phone']}")
    elif which == "timeseddel":
        d.h(f"Timeregistrering – {MONTHS[date.month - 1]} {year}", 1)
        d.p(f"Mentor: {m[0]}   Borger: {c.first} {c.last[0]}.")
        d.kv([(dk(date - dt.timedelta(days=7 * k), "dots"), f"{rng.choice(['1,5', '2', '1'])} t – samtale/ledsagelse")
              for k in range(4)])
        d.p("Underskrift mentor: ____________")
    elif which == "praktikaftale":
        d.h("Aftale om virksomhedspraktik", 1)
        d.kv([("Virksomhed", c.wp[0]), ("Kontaktperson", f"{c.wp[1]}, tlf. {c.wp[3]}"), ("Praktikant", c.name),
              ("Arbejdsopgaver", c.wp[2]), ("Periode", f"{dk(date)} – {dk(date + dt.timedelta(weeks=8))}"),
              ("Arbejdstid", "15 timer om ugen, mandag-torsdag"), ("Formål", "Afprøvning af arbejdsevne")])
        d.p("Praktikanten er dækket af kommunens arbejdsskadeforsikring. Der udbetales ikke løn.")
    elif which == "pjece":
        d.h("Mentorstøtte i Hedeby Kommune", 1)
        d.p("En mentor er en person, der kan hjælpe dig med at komme i gang med job, praktik eller uddannelse.")
        d.h("Hvad står der i en mentoraftale?", 2)
        d.ul(["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
              "hvor længe aftalen gælder – højst 6 måneder ad gangen", "hvor mange timer om ugen",
              "hvordan vi følger op", "klagevejledning"])
        d.p("Du kan klage over en afgørelse om mentorstøtte til kommunen inden 4 uger. Kontakt din jobkonsulent, "
            "hvis du vil vide mere.")
    elif which == "ansoegning":
        d.h("Indstilling om mentorstøtte", 1)
        d.p(f"Fra {PROVIDER['name']} til {sender(date)}, att. {cw['name']}.")
        d.p(f"Vi indstiller, at {c.name} får en mentor fra os i 6 måneder med 3 timer om ugen. {c.first} har brug "
            f"for støtte til at fastholde sin praktik hos {c.wp[0]}. Vi foreslår {m[0]} som mentor.")
        d.p(f"Venlig hilsen\n{PROVIDER['name']}")
    elif which == "genvurdering":
        d.header = sender(date)
        d.h("Din klage er sendt videre til Ankestyrelsen", 1)
        d.p(f"Kære {c.first}")
        d.p(f"Vi har modtaget din klage over vores afgørelse om mentorstøtte. Vi har genvurderet sagen, men vi "
            "fastholder afgørelsen. Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, "
            "som vil behandle klagen.")
        d.p(f"Med venlig hilsen\n{cw['name']}")
    return d


# ---------------------------------------------------------------- plan of the archive
def plan() -> list[Doc]:
    cits = [Citizen(i) for i in range(28)]
    docs: list[Doc] = []
    # 45 agreements: authors and defect plan (defect rate ~40 %)
    ag_defects = ([set()] * 23 + [{"vague"}] * 4 + [{"over"}] * 3 + [{"unclear"}] * 4 + [{"weak-appeal"}] * 2 +
                  [{"no-follow"}] * 2 + [{"no-appeal"}, {"no-mentor-contact"}, {"no-tasks"}, {"no-goal"},
                   {"wrong-appeal"}, {"vague", "no-follow"}, {"no-duration"}])
    assert len(ag_defects) == 45
    R.shuffle(ag_defects)
    fmts_mk = ["docx"] * 8 + ["pdf"] * 6 + ["odt"] * 2 + ["rtf"] * 2
    fmts_jh = ["txt"] * 4 + ["eml"] * 4 + ["odt"] * 3 + ["docx"] * 3 + ["pdf"] * 2
    fmts_prov = ["pdf"] * 5 + ["docx"] * 2
    fmts_wp = ["docx", "pdf", "docx", "rtf"]
    authors = ["mk"] * 18 + ["jh"] * 16 + ["prov"] * 7 + ["wp"] * 4
    R.shuffle(authors)
    fm = {"mk": list(fmts_mk), "jh": list(fmts_jh), "prov": list(fmts_prov), "wp": list(fmts_wp)}
    for k in fm:
        R.shuffle(fm[k])
    for i in range(45):
        a = authors[i]
        c = cits[i % 28] if a not in ("mk", "jh") else next(x for x in cits[(i % 28):] + cits if x.cw == a)
        defects = set(ag_defects[i])
        if a == "jh" and not defects and i % 5 == 0:
            defects = {"vague"}  # Jesper's habit: loose hours
        if a == "prov" and i % 2 == 0:
            defects |= {"no-appeal"}  # the provider's own form has no appeal guidance
        year = 2022 + (i % 5)
        fmt = fm[a].pop()
        if i in (7, 19, 33):
            d = build_extension(i, c, defects, fmt, year)
        else:
            d = build_agreement(i, c, defects, fmt, a, year)
        docs.append(d)
    # 15 decisions
    variants = ["grant"] * 5 + ["partial"] * 3 + ["refusal"] * 3 + ["extension"] * 2 + ["end"] * 2
    dec_def = [set()] * 9 + [{"weak-appeal"}, {"weak-appeal"}, {"over"}, {"wrong-appeal"}, {"no-reasons"},
                             {"no-appeal"}]
    dfmts = ["pdf"] * 7 + ["docx"] * 4 + ["odt"] * 2 + ["rtf", "html"]
    for j in range(15):
        v = variants[j]
        de = dec_def[(j * 7) % 15]
        if "no-reasons" in de and v not in ("refusal", "partial", "end"):
            v = "refusal"
        if "over" in de and v == "end":
            v = "grant"
        docs.append(build_decision(j, cits[(j * 3) % 28], v, de, dfmts[j], 2022 + j % 5))
    # 15 Min Plan prints
    mp_def = [set()] * 8 + [{"vague"}, {"vague"}, {"unclear"}, {"over"}, {"no-mentor-contact"}, {"unclear"},
                            {"no-tasks"}]
    mfmts = ["html"] * 6 + ["pdf"] * 5 + ["txt"] * 4
    for j in range(15):
        docs.append(build_minplan(j, cits[(j * 5 + 1) % 28], mp_def[(j * 4) % 15], mfmts[j], 2022 + j % 5))
    # 25 other documents
    others = [("statusrapport", "pdf"), ("statusrapport", "docx"), ("statusrapport", "pdf"), ("faktura", "pdf"),
              ("faktura", "pdf"), ("faktura", "html"), ("referat", "docx"), ("referat", "odt"), ("journal", "txt"),
              ("journal", "html"), ("journal", "pdf"), ("mail-moede", "eml"), ("mail-moede", "eml"),
              ("samtykke", "pdf"), ("samtykke", "docx"), ("indkaldelse", "docx"), ("indkaldelse", "pdf"),
              ("partshoering", "docx"), ("timeseddel", "pdf"), ("timeseddel", "odt"), ("praktikaftale", "docx"),
              ("pjece", "pdf"), ("ansoegning", "eml"), ("genvurdering", "rtf"), ("referat", "txt")]
    for j, (w, f) in enumerate(others):
        docs.append(build_other(j, cits[(j * 11 + 2) % 28], w, f, 2022 + j % 5))
    return docs


# ---------------------------------------------------------------- write
def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs = plan()
    seen = set()
    for d in docs:  # unique paths
        p, n = d.path, 2
        while p in seen:
            p = d.path.replace(".", f"-{n}.", 1) if d.path.count(".") == 1 else d.path.rsplit(".", 1)[0] + f"-{n}." + d.fmt
            n += 1
        d.path = p
        seen.add(p)
    tmp = Path(tempfile.mkdtemp(prefix="au_"))
    conv: dict[str, list[tuple[Doc, Path]]] = {}
    for k, d in enumerate(docs):
        target = out / d.path
        target.parent.mkdir(parents=True, exist_ok=True)
        hs = "styles" if "author:mk" in d.traits or d.kind == "minplan" else "bold"
        if d.fmt == "docx":
            render_docx(d, target, hs)
        elif d.fmt in ("pdf", "odt", "rtf"):
            src = tmp / f"d{k:03d}.docx"
            render_docx(d, src, hs)
            conv.setdefault(d.fmt, []).append((d, src))
        elif d.fmt == "txt":
            wrap = 72 if ("author:jh" in d.traits or d.kind == "unknown") else None
            enc = "cp1252" if k % 7 == 3 else "utf-8"
            target.write_bytes(render_txt(d, wrap).replace("\n", "\r\n" if enc == "cp1252" else "\n").encode(enc))
        elif d.fmt == "html":
            target.write_text(render_html(d, ["dl", "div", "table"][k % 3]), encoding="utf-8")
        elif d.fmt == "eml":
            if d.mail is None:
                d.mail = (f"{PROVIDER['name']} <{PROVIDER['mail']}>", f"{CW['mk']['name']} <{CW['mk']['mail']}>",
                          next(b[2] for b in d.blocks if b[0] == "h"), dt.date(2024, 5, 2), None)
                d.blocks = [b for b in d.blocks if b[0] != "h"]
            target.write_bytes(render_eml(d))
    profile = "file:///tmp/lo_au_profile"
    for fmt, items in conv.items():
        outdir = tmp / f"out_{fmt}"
        outdir.mkdir()
        filt = {"pdf": "pdf:writer_pdf_Export", "odt": "odt", "rtf": "rtf"}[fmt]
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", filt,
                        "--outdir", str(outdir)] + [str(s) for _, s in items],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for d, s in items:
            shutil.move(str(outdir / (s.stem + "." + fmt)), str(out / d.path))
    shutil.rmtree(tmp)
    lines = [json.dumps(d.manifest(), ensure_ascii=False, sort_keys=True) for d in sorted(docs, key=lambda d: d.path)]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(docs)} documents -> {out}")


if __name__ == "__main__":
    main()
