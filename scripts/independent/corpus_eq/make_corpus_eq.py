#!/usr/bin/env python3
"""Corpus EQ: mentor agreements, decisions and Min Plan entries that reach the archive by mail.

Digital Post messages saved as .eml or printed to PDF, caseworker e-mails with the agreement in the
body (plain and HTML), forwarded chains, replies, cover mails with a DOCX/PDF attachment, Outlook
text exports, plus near misses (meeting mails, reminders, newsletters, auto-replies ...).

Deterministic: python make_corpus_eq.py --out /work/corpora/eq [--seed 11]
Labels are decided from the rule docs and domain.md, never from the linter.
"""
from __future__ import annotations

import argparse
import io
import json
import re
import random
import shutil
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Aarhus Kommune", "aarhus.dk", "Jobcenter Aarhus, Værkmestergade 15, 8000 Aarhus C", "89 40 20 00"),
    ("Odense Kommune", "odense.dk", "Beskæftigelse, Gothersgade 28, 5000 Odense C", "66 13 13 72"),
    ("Viborg Kommune", "viborg.dk", "Beskæftigelse og Integration, Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
    ("Holbæk Kommune", "holb.dk", "Job og Borgerservice, Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Esbjerg Kommune", "esbjerg.dk", "Job og Ydelse, Torvegade 74, 6700 Esbjerg", "76 16 16 16"),
    ("Næstved Kommune", "naestved.dk", "Arbejdsmarked, Teatergade 8, 4700 Næstved", "55 88 55 88"),
    ("Silkeborg Kommune", "silkeborg.dk", "Beskæftigelse, Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Horsens Kommune", "horsens.dk", "Arbejdsmarked, Rådhustorvet 4, 8700 Horsens", "76 29 29 29"),
]
CASEWORKERS = ["Hanne Bech", "Rasmus Kjær", "Louise Damgaard", "Pernille Holm", "Jesper Lund",
               "Mette Kristoffersen", "Kasper Møller Juhl", "Sanne Østergaard", "Birgitte Aagaard",
               "Thomas Vinther"]
CITIZENS = [("Mads", "Jensen"), ("Amina", "Hassan"), ("Jonas", "Krogh"), ("Sofie", "Lind"),
            ("Emil", "Nørgaard"), ("Fatima", "Ali"), ("Kristian", "Bak"), ("Line", "Frost"),
            ("Oliver", "Mikkelsen"), ("Nadia", "Rasmussen"), ("Tobias", "Skov"), ("Camilla", "Berg"),
            ("Ali", "Yilmaz"), ("Julie", "Dahl"), ("Patrick", "Holt"), ("Maja", "Thomsen"),
            ("Søren", "Vestergaard"), ("Ida", "Kruse"), ("Ahmad", "Rahimi"), ("Freja", "Poulsen")]
MENTORS = [("Lars Østergaard", "Jobhuset ApS", "23 45 67 89", "lars@jobhuset.dk"),
           ("Helle Vestergaard", "Mentorhuset", "30 12 44 90", "hv@mentorhuset.dk"),
           ("Anders Brink", "Brink Mentor & Coaching", "61 77 20 15", "anders@brinkmentor.dk"),
           ("Trine Mogensen", "kommunens mentorkorps", "41 85 30 22", "trmo@kommune-mentor.dk"),
           ("Kim Sørensen", "Fremad Mentorservice", "28 19 55 03", "kim.s@fremad-mentor.dk"),
           ("Dorthe Kvist", "Uddannelseshuset", "52 60 71 18", "dk@uddhuset.dk"),
           ("Bilal Chaudhry", "Nabo-mentorerne", "42 33 18 76", "bilal@nabomentor.dk"),
           ("Ulla Bendtsen", "Job & Trivsel", "29 90 14 62", "ub@jobogtrivsel.dk")]

CLEAR_GOALS = [
    "{f} starter på grundforløb 1 til tømrer på {school} den 10. august 2026 og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik på lageret hos {firm} 15 timer om ugen senest 1. juni 2026, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og består prøven i juni 2026.",
    "{f} har et ordinært job på mindst 20 timer om ugen i detailhandlen inden periodens udløb.",
    "{f} fastholder sin uddannelse som social- og sundhedshjælper og har højst to fraværsdage om måneden.",
    "{f} er i praktik i børnehaven {place} tre dage om ugen fra 1. april 2026 og afklares til fleksjob.",
    "{f} kommer i gang med STU-forløbet på {school} og møder frem alle skoledage i første semester.",
    "{f} fastholder sit job som chauffør hos {firm} og møder stabilt ind alle vagter.",
]
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "Hjælp til at komme videre i livet.",
    "At {f} får det bedre og øget selvværd.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Motivere {f} og skabe ro omkring familien.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at lave en fast morgenrutine"],
    ["Hjælpe med overblik over skema og afleveringer", "Tage med til møde med studievejleder",
     "Være bindeled til SPS-vejlederen"],
    ["Støtte i kontakten med arbejdspladsen", "Hjælpe med at holde styr på vagtplanen",
     "Tage med til lægen, hvis det er nødvendigt for at kunne passe jobbet"],
    ["Hjælpe {f} med at søge mindst to stillinger om ugen", "Øve jobsamtaler", "Følge med til jobsamtaler"],
]
SCHOOLS = ["EUC Syd", "Aarhus Tech", "Mercantec", "FGU Midtjylland", "Tradium", "Zealand Business College"]
FIRMS = ["Bilka", "Coop Logistik", "Danish Crown", "Netto", "Arriva", "DSV"]
PLACES = ["Solsikken", "Lærkereden", "Humlebien"]

FULL_APPEALS = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {k} inden fire uger efter, at du har modtaget dette brev. "
    "Du kan klage mundtligt eller skriftligt. Kommunen genvurderer afgørelsen inden fire uger, fra klagen er modtaget. "
    "Hvis kommunen fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen "
    "(lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10).",
    "Du kan klage over afgørelsen. Klagen skal sendes til {k}, {addr}, senest 4 uger efter, at du har fået afgørelsen. "
    "Vi vurderer sagen igen. Fastholder vi afgørelsen, sender vi klagen og sagens papirer videre til Ankestyrelsen.",
    "Er du uenig, skal du klage til os inden 4 uger. Ring på {tlf} eller skriv via Digital Post til {k}. "
    "Vi genvurderer afgørelsen, og hvis vi ikke giver dig medhold, sender vi klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
INCOMPLETE_APPEALS = [
    "Du kan klage over afgørelsen.",
    "Hvis du er uenig, er du velkommen til at kontakte din sagsbehandler.",
    "Du har mulighed for at klage. Læs mere på kommunens hjemmeside.",
]
DIRECT_APPEALS = [
    "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. "
    "Skriv til Ankestyrelsen, Teglholmsgade 3, 2450 København SV.",
]
DISCLAIMERS = [
    "Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, så slet den og giv afsender besked. "
    "Send ikke personfølsomme oplysninger med almindelig e-mail – brug Digital Post.",
    "Vi behandler dine personoplysninger efter databeskyttelsesforordningen. Læs mere på kommunens hjemmeside.",
]


def dk(d: date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def add_months(d: date, m: int) -> date:
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def fake_cpr(rng: random.Random) -> str:
    d = date(1975, 1, 1) + timedelta(days=rng.randint(0, 9000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


class Ctx:
    """Everything about one citizen's case."""

    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.first, self.last = CITIZENS[i % len(CITIZENS)]
        k = KOMMUNER[i % len(KOMMUNER)]
        self.kommune, self.domain, self.addr, self.ktlf = k
        self.cw = CASEWORKERS[(i * 3) % len(CASEWORKERS)]
        ini = "".join(p[0] for p in self.cw.split()).lower() + self.cw.split()[-1][:2].lower()
        self.cw_mail = f"{ini}@{self.domain}"
        self.cw_tlf = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.mentor = MENTORS[(i * 5) % len(MENTORS)]
        self.citizen_mail = f"{self.first.lower()}.{self.last.lower()[0]}{rng.randint(10, 99)}@gmail.com"
        self.start = date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15, 2, 10]))
        self.sent = datetime(2026, max(2, self.start.month - 1), rng.randint(3, 26), rng.randint(8, 15),
                             rng.randint(0, 59), tzinfo=timezone(timedelta(hours=1)))
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 40)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26"
        self.fmt = dict(f=self.first, school=rng.choice(SCHOOLS), firm=rng.choice(FIRMS),
                        place=rng.choice(PLACES), k=self.kommune, addr=self.addr, tlf=self.ktlf)
        self.cpr = None

    def f(self, s: str) -> str:
        return s.format(**self.fmt)


# --------------------------------------------------------------------------------------------
# Field values for one agreement / Min Plan / decision, with deliberate defects
# --------------------------------------------------------------------------------------------

def build_fields(c: Ctx, defects: set[str], kind: str) -> dict:
    r = c.rng
    out: dict = {}
    # goal
    if "missing-goal" in defects:
        out["goal"] = r.choice([None, "Udfyldes senere", "-"])
    elif "unclear-goal" in defects:
        out["goal"] = c.f(r.choice(UNCLEAR_GOALS))
    else:
        out["goal"] = c.f(r.choice(CLEAR_GOALS))
    # mentor
    name, org, tlf, mail = c.mentor
    if "missing-mentor" in defects:
        out["mentor"] = r.choice([f"{name}, {org}", None])
        out["mentor_name"] = name
    else:
        out["mentor"] = r.choice([f"{name}, {org}, tlf. {tlf}, {mail}", f"{name} ({org}) – tlf. {tlf}",
                                  f"{name}, {org}, mail: {mail}"])
        out["mentor_name"] = name
    # tasks
    if "missing-tasks" in defects:
        out["tasks"] = r.choice([None, ["Aftales senere"], ["-"]])
    else:
        out["tasks"] = [c.f(t) for t in r.choice(TASKS)]
    # duration
    style = r.randint(0, 3)
    if "missing-duration" in defects:
        out["period"] = None
        out["period_text"] = r.choice([None, "indtil videre", "Udfyldes senere"])
    else:
        if "duration-over-6-months" in defects:
            end = add_months(c.start, r.choice([7, 8, 9, 12])) - timedelta(days=1)
            if r.random() < 0.3:
                end = add_months(c.start, 6)  # one day over
        else:
            end = add_months(c.start, r.choice([3, 4, 6, 6])) - timedelta(days=1)
        out["period"] = (c.start, end)
        if style == 0:
            txt = f"{dk(c.start)} – {dk(end)}"
        elif style == 1:
            txt = f"{dk(c.start, 1)}-{dk(end, 1)}"
        elif style == 2:
            txt = f"fra {dk(c.start, 2)} til {dk(end, 2)}"
        else:
            txt = f"f.o.m. {dk(c.start, 3)} t.o.m. {dk(end, 3)}"
        out["period_text"] = txt
    # follow-up
    if "missing-follow-up" in defects or kind != "agreement":
        out["follow"] = None if kind == "agreement" else r.choice([None, None, "Statusmøde hver måned"])
    else:
        out["follow"] = r.choice([
            "Statusmøde med mentor og sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen fra maj.",
            "Vi følger op hver 4. uge, og vi evaluerer forløbet 14 dage før støtten ophører.",
            "Midtvejsevaluering efter 3 måneder og slutevaluering sammen med dig inden periodens udløb.",
            "Mentor sender en kort status hver måned. Progressionen måles på fremmøde og antal ansøgninger.",
        ])
    # hours
    if "missing-hours" in defects:
        out["hours"] = r.choice([None, "efter behov", "et par timer om ugen", "løbende"])
    else:
        out["hours"] = r.choice(["3 timer pr. uge", "2 timer ugentligt", "8 timer om måneden", "4 t/uge",
                                 "1½ time om ugen", "5 timer pr. uge"])
    # appeal
    if "missing-appeal-guidance" in defects:
        out["appeal"] = r.choice([None, r.choice(INCOMPLETE_APPEALS)])
    elif "appeal-wrong-route" in defects:
        out["appeal"] = r.choice(DIRECT_APPEALS)
    else:
        out["appeal"] = c.f(r.choice(FULL_APPEALS))
    return out


def agreement_text(c: Ctx, fl: dict, style: str, kind: str = "agreement") -> list[tuple[str, str]]:
    """Blocks (type, text) with type in h (heading), p (paragraph), li (list item)."""
    b: list[tuple[str, str]] = []

    def field(label: str, value):
        if value is None:
            return
        if isinstance(value, list):
            b.append(("p", f"{label}:"))
            for v in value:
                b.append(("li", v))
        else:
            b.append(("p", f"{label}: {value}"))

    if style == "labels":
        field("Mål", fl["goal"])
        field("Mentor", fl["mentor"])
        field("Mentorens opgaver", fl["tasks"])
        field("Periode", fl["period_text"])
        field("Timetal", fl["hours"])
        field("Opfølgning", fl["follow"])
        if fl.get("appeal"):
            b.append(("h", "Klagevejledning"))
            b.append(("p", fl["appeal"]))
    elif style == "numbered":
        n = 1
        for lab, key in [("Målet med mentorstøtten", "goal"), ("Mentorens navn og kontaktdata", "mentor"),
                         ("Hvilke opgaver mentoren skal bistå ved", "tasks"), ("Varighed", "period_text"),
                         ("Opfølgning og mål for progression", "follow"), ("Timetal", "hours"),
                         ("Klagevejledning", "appeal")]:
            v = fl[key]
            if v is None:
                continue
            if isinstance(v, list):
                v = "; ".join(v)
            b.append(("p", f"{n}) {lab}: {v}"))
            n += 1
    elif style == "prose":
        if fl["goal"] is not None:
            g = fl["goal"]
            b.append(("p", f"Vi har aftalt, at målet er: {g[0].lower() + g[1:] if g[0].isupper() and not g.startswith(c.first) else g}"))
        if fl["mentor"] is not None:
            b.append(("p", f"Din mentor er {fl['mentor']}."))
        if fl["tasks"] is not None:
            b.append(("p", "Mentoren skal hjælpe dig med:"))
            for t in fl["tasks"]:
                b.append(("li", t))
        if fl["period_text"] is not None:
            b.append(("p", f"Mentorstøtten gælder i perioden {fl['period_text']}."))
        if fl["hours"] is not None:
            b.append(("p", f"Du har {fl['hours']} sammen med din mentor."))
        if fl["follow"] is not None:
            b.append(("p", fl["follow"]))
        if fl.get("appeal"):
            b.append(("p", "Hvis du vil klage"))
            b.append(("p", fl["appeal"]))
    return b


def blocks_plain(blocks) -> str:
    out = []
    for t, s in blocks:
        if t == "li":
            out.append(f"- {s}")
        else:
            out.append(s)
            out.append("")
    text = "\n".join(out).replace("\n\n- ", "\n- ")
    text = re.sub(r"(\n- [^\n]*)\n(?!- |\n)", r"\1\n\n", text)
    return text.strip() + "\n"


def blocks_html(blocks, table: bool = False) -> str:
    h = []
    in_ul = False
    for t, s in blocks:
        if t == "li":
            if not in_ul:
                h.append("<ul>")
                in_ul = True
            h.append(f"<li>{s}</li>")
            continue
        if in_ul:
            h.append("</ul>")
            in_ul = False
        if t == "h":
            h.append(f"<p><b>{s}</b></p>")
        elif table is False and ": " in s and len(s.split(": ")[0]) < 40:
            lab, val = s.split(": ", 1)
            h.append(f"<p><b>{lab}:</b> {val}</p>")
        else:
            h.append(f"<p>{s}</p>")
    if in_ul:
        h.append("</ul>")
    return "\n".join(h)


def blocks_table_html(fl: dict) -> str:
    rows = []
    for lab, key in [("Mål", "goal"), ("Mentor", "mentor"), ("Opgaver", "tasks"), ("Periode", "period_text"),
                     ("Timer", "hours"), ("Opfølgning", "follow")]:
        v = fl[key]
        if v is None:
            continue
        if isinstance(v, list):
            v = "<br>".join(v)
        rows.append(f"<tr><td style='font-weight:bold;padding:4px'>{lab}</td><td style='padding:4px'>{v}</td></tr>")
    t = "<table border='1' cellspacing='0'>" + "".join(rows) + "</table>"
    if fl.get("appeal"):
        t += f"\n<p><b>Klagevejledning</b></p>\n<p>{fl['appeal']}</p>"
    return t


# --------------------------------------------------------------------------------------------
# Carriers
# --------------------------------------------------------------------------------------------

def signature(c: Ctx, r: random.Random) -> str:
    s = r.choice([
        f"Med venlig hilsen\n\n{c.cw}\nSagsbehandler\n{c.kommune}\nTlf. {c.cw_tlf}\nMail: {c.cw_mail}",
        f"Venlig hilsen\n{c.cw}\nJobkonsulent | {c.kommune}\nDirekte: {c.cw_tlf} | {c.cw_mail}\n{c.addr}",
        f"Mvh\n{c.cw}\n{c.kommune}\nT: {c.cw_tlf}\nE: {c.cw_mail}",
    ])
    if r.random() < 0.5:
        s += "\n\n" + r.choice(DISCLAIMERS)
    return s


def make_eml(c: Ctx, subject: str, text: str, html: str | None = None, attach: list | None = None,
             sender: str | None = None, to: str | None = None, charset: str = "utf-8") -> bytes:
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = sender or f"{c.cw} <{c.cw_mail}>"
    m["To"] = to or f"{c.first} {c.last} <{c.citizen_mail}>"
    m["Subject"] = subject
    m["Date"] = format_datetime(c.sent)
    m["Message-ID"] = make_msgid(idstring=f"{abs(hash(subject)) % 10**8}", domain=c.domain) if False else \
        f"<{c.rng.randint(10**11, 10**12)}.{c.rng.randint(1000, 9999)}@{c.domain}>"
    m["MIME-Version"] = "1.0"
    m["X-Mailer"] = c.rng.choice(["Microsoft Outlook 16.0", "Microsoft Exchange Server", "Apple Mail (2.3774)"])
    m.set_content(text, charset=charset, cte=c.rng.choice(["quoted-printable", "base64", "8bit"]) if charset == "utf-8" else "quoted-printable")
    if html:
        m.add_alternative(f"<html><head><meta charset='utf-8'></head><body style='font-family:Calibri'>{html}</body></html>",
                          subtype="html")
    for name, data, mt in attach or []:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for n, part in enumerate(m.walk()):
        if part.is_multipart():  # fixed boundaries: the corpus is byte-for-byte reproducible
            part.set_boundary(f"=_eq_{c.rng.randint(10**9, 10**10)}_{n}")
    return bytes(m)


def make_docx(title: str, blocks, table_fields: dict | None = None, head: list[str] | None = None) -> bytes:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for h in head or []:
        d.add_paragraph(h)
    d.add_heading(title, level=1)
    if table_fields is not None:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, key in [("Mål", "goal"), ("Mentor (navn og kontakt)", "mentor"), ("Opgaver", "tasks"),
                         ("Periode", "period_text"), ("Timetal", "hours"), ("Opfølgning", "follow")]:
            v = table_fields[key]
            if v is None:
                continue
            row = t.add_row().cells
            row[0].text = lab
            row[1].text = "\n".join(v) if isinstance(v, list) else v
        if table_fields.get("appeal"):
            d.add_heading("Klagevejledning", level=2)
            d.add_paragraph(table_fields["appeal"])
    for t_, s in blocks:
        if t_ == "h":
            d.add_heading(s, level=2)
        elif t_ == "li":
            d.add_paragraph(s, style="List Bullet")
        else:
            d.add_paragraph(s)
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


def make_pdf(lines: list[tuple[str, str]], title_meta: str = "") -> bytes:
    """lines: (style, text) with style in h1, h2, p, li, small."""
    import textwrap
    bio = io.BytesIO()
    cv = canvas.Canvas(bio, pagesize=A4, invariant=1)
    cv.setTitle(title_meta)
    W, H = A4
    y = H - 25 * mm
    for st, s in lines:
        font, size, wrap = {"h1": ("Helvetica-Bold", 14, 70), "h2": ("Helvetica-Bold", 11, 85),
                            "p": ("Helvetica", 10, 95), "li": ("Helvetica", 10, 90),
                            "small": ("Helvetica", 8, 120)}[st]
        cv.setFont(font, size)
        parts = textwrap.wrap(s, wrap) or [""]
        for j, part in enumerate(parts):
            if y < 25 * mm:
                cv.showPage()
                cv.setFont(font, size)
                y = H - 25 * mm
            x = 20 * mm
            if st == "li":
                part = ("• " if j == 0 else "  ") + part
                x = 25 * mm
            cv.drawString(x, y, part)
            y -= size + 3
        y -= 6 if st != "li" else 1
    cv.save()
    return bio.getvalue()


def blocks_to_pdf_lines(blocks):
    return [("h2" if t == "h" else t, s) for t, s in blocks]


# --------------------------------------------------------------------------------------------
# Document families
# --------------------------------------------------------------------------------------------

AG_SUBJECTS = ["Aftale om mentorstøtte", "Din mentoraftale", "Aftale om mentor – opsummering",
               "Mentorstøtte – det vi aftalte i dag", "Skriftlig aftale om mentorstøtte (LAB § 167)"]
INTROS = [
    "Hej {f}\n\nTak for mødet i dag. Her får du det, vi blev enige om, skrevet ned.",
    "Kære {f}\n\nSom lovet sender jeg dig aftalen om mentorstøtte.",
    "Hej {f}\n\nHer er aftalen om din mentorstøtte, som vi lavede sammen på jobcentret i dag.",
    "Kære {f}\n\nDu har fået bevilget mentorstøtte. Herunder kan du se aftalen.",
]


def agreement_doc(c: Ctx, defects: set[str], carrier: str, idx: int):
    r = c.rng
    fl = build_fields(c, defects, "agreement")
    style = r.choice(["labels", "labels", "numbered", "prose"])
    blocks = agreement_text(c, fl, style)
    subj = r.choice(AG_SUBJECTS)
    intro = c.f(r.choice(INTROS))
    if c.cpr:
        intro += f"\n\nVedr.: {c.first} {c.last}, cpr.nr. {c.cpr}"
    sig = signature(c, r)
    traits = [f"style:{style}"]
    slug = f"{c.first.lower()}-{idx:03d}"
    if carrier == "eml_plain":
        body = intro + "\n\n" + blocks_plain(blocks) + "\n" + sig + "\n"
        return f"mail/{slug}-aftale.eml", "eml", make_eml(c, subj, body), fl, traits + ["body:plain"]
    if carrier == "eml_html":
        plain = intro + "\n\n" + blocks_plain(blocks) + "\n" + sig + "\n"
        tab = r.random() < 0.5
        inner = blocks_table_html(fl) if tab else blocks_html(blocks)
        html = "<p>" + intro.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>" + inner + \
            "<p>" + sig.replace("\n", "<br>") + "</p>"
        only_html = r.random() < 0.4
        if only_html:
            m = EmailMessage(policy=policy.SMTP)
            m["From"], m["To"], m["Subject"] = f"{c.cw} <{c.cw_mail}>", f"{c.first} {c.last} <{c.citizen_mail}>", subj
            m["Date"] = format_datetime(c.sent)
            m.set_content("<html><body>" + html + "</body></html>", subtype="html", charset="utf-8",
                          cte="quoted-printable")
            data = bytes(m)
        else:
            data = make_eml(c, subj, plain, html=html)
        return (f"mail/{slug}-aftale-html.eml", "eml", data, fl,
                traits + ["body:html" + ("-only" if only_html else "+plain"), "html-table" if tab else "html-bold"])
    if carrier in ("eml_docx", "eml_pdf"):
        cover = c.f(r.choice(["Hej {f}\n\nHermed aftalen om mentorstøtte, som vi talte om. Læs den igennem, og ring hvis der er noget.",
                              "Kære {f}\n\nVedhæftet finder du din aftale om mentorstøtte.",
                              "Hej\n\nSe vedhæftede aftale."]))
        body = cover + "\n\n" + sig + "\n"
        head = [c.kommune, f"Sagsnr.: {c.sagsnr}", f"Dato: {dk(c.sent.date())}", f"Borger: {c.first} {c.last}"]
        if c.cpr:
            head.append(f"CPR-nr.: {c.cpr}")
        title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte"])
        if carrier == "eml_docx":
            tbl = r.random() < 0.5
            data = make_docx(title, [] if tbl else blocks, fl if tbl else None, head)
            att = (f"Mentoraftale_{c.first}_{c.last}.docx", data,
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            traits.append("attach:docx" + (":table" if tbl else ""))
        else:
            lines = [("small", h) for h in head] + [("h1", title)] + blocks_to_pdf_lines(blocks)
            att = (f"aftale_mentorstoette_{idx}.pdf", make_pdf(lines, title), "application/pdf")
            traits.append("attach:pdf")
        return (f"mail/{slug}-aftale-bilag.eml", "eml", make_eml(c, subj, body, attach=[att]), fl,
                traits + ["cover-text"])
    if carrier == "eml_forward":
        inner_hdr = (f"---------- Videresendt meddelelse ----------\nFra: {c.cw} <{c.cw_mail}>\n"
                     f"Dato: {dk(c.sent.date(), 3)} kl. {c.sent:%H.%M}\nEmne: {subj}\n"
                     f"Til: {c.first} {c.last} <{c.citizen_mail}>\n\n")
        outer = r.choice([
            f"Hej {c.mentor[0].split()[0]}\n\nTil orientering videresender jeg aftalen med {c.first}. I mødes første gang i næste uge.\n\nHilsen {c.cw.split()[0]}\n\n",
            f"Hej\n\nVideresender aftalen til journalisering.\n\n/{c.cw.split()[0]}\n\n",
        ])
        body = outer + inner_hdr + intro + "\n\n" + blocks_plain(blocks) + "\n" + sig + "\n"
        to = f"{c.mentor[0]} <{c.mentor[3]}>" if outer.startswith("Hej ") and "Til orientering" in outer else f"Journal <journal@{c.domain}>"
        return (f"mail/{slug}-fwd-aftale.eml", "eml", make_eml(c, "VS: " + subj, body, to=to), fl,
                traits + ["forwarded"])
    if carrier == "eml_reply_new":
        q = (f"Hej {c.cw.split()[0]}\n\nJeg kan ikke huske hvor mange timer vi aftalte? Og hvornår slutter det?\n\n"
             f"Mvh {c.first}")
        body = (f"Hej {c.first}\n\nGodt spørgsmål – her er hele aftalen igen, så du har den samlet:\n\n"
                + blocks_plain(blocks) + "\n" + sig + "\n\n-----Oprindelig meddelelse-----\n"
                f"Fra: {c.first} {c.last} <{c.citizen_mail}>\nSendt: {dk(c.sent.date())} 19:02\n"
                f"Til: {c.cw} <{c.cw_mail}>\nEmne: SV: {subj}\n\n{q}\n")
        return (f"mail/{slug}-svar-aftale.eml", "eml", make_eml(c, "SV: " + subj, body), fl,
                traits + ["reply:agreement-in-own-text"])
    if carrier == "txt_outlook":
        hdr = (f"Fra: {c.cw} <{c.cw_mail}>\nSendt: {dk(c.sent.date())} {c.sent:%H:%M}\n"
               f"Til: '{c.first} {c.last}' <{c.citizen_mail}>\n"
               + (f"Cc: {c.mentor[0]} <{c.mentor[3]}>\n" if r.random() < 0.5 else "")
               + f"Emne: {subj}\n" + ("Vedhæftede filer: image001.png\n" if r.random() < 0.3 else "") + "\n")
        body = hdr + intro + "\n\n" + blocks_plain(blocks) + "\n" + sig + "\n"
        enc = r.choice(["utf-8", "cp1252"])
        return (f"eksport/{slug}-outlook.txt", "txt", body.encode(enc, errors="replace"), fl,
                traits + ["outlook-export", f"enc:{enc}"])
    if carrier == "pdf_dp":
        head = [("small", "Digital Post"), ("small", f"Fra: {c.kommune}"),
                ("small", f"Til: {c.first} {c.last}"),
                ("small", f"Modtaget: {dk(c.sent.date(), 1)} {c.sent:%H:%M}")]
        if c.cpr:
            head.append(("small", f"Cpr.nr.: {c.cpr}"))
        lines = head + [("h1", subj), ("p", intro.replace("\n\n", " ").replace("\n", " "))] + \
            blocks_to_pdf_lines(blocks) + [("p", s) for s in sig.split("\n") if s.strip()]
        return (f"digitalpost/{slug}-aftale.pdf", "pdf", make_pdf(lines, subj), fl, traits + ["digital-post-print"])
    if carrier == "html_saved":
        html = (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{subj} - Outlook</title></head><body>"
                f"<div class='hdr'><p>Fra: {c.cw} &lt;{c.cw_mail}&gt;<br>Dato: {dk(c.sent.date())}<br>"
                f"Til: {c.first} {c.last}<br>Emne: {subj}</p></div><hr>"
                f"<p>{intro.replace(chr(10) + chr(10), '</p><p>').replace(chr(10), '<br>')}</p>"
                + blocks_html(blocks) + "<p>" + sig.replace("\n", "<br>") + "</p></body></html>")
        return f"webmail/{slug}-aftale.html", "html", html.encode("utf-8"), fl, traits + ["saved-webmail"]
    if carrier == "eml_iphone":
        # the mentor's own mail, from a phone
        name, org, tlf, mail = c.mentor
        lines = [f"Hej {c.first}", "", "Det var godt at mødes i dag. Her er lige det vi aftalte, så vi begge har det."]
        if fl["goal"]:
            lines += ["", f"Mål: {fl['goal']}"]
        if fl["tasks"]:
            lines += ["", "Jeg skal:"] + [f"- {t[0].lower() + t[1:]}" for t in fl["tasks"]]
        if fl["period_text"]:
            lines += ["", f"Periode: {fl['period_text']}"]
        if fl["hours"]:
            lines += [f"Tid: {fl['hours']}"]
        if fl["follow"]:
            lines += ["", fl["follow"]]
        if fl.get("appeal"):
            lines += ["", "Klagevejledning fra kommunen:", fl["appeal"]]
        if "missing-mentor" in defects:
            lines += ["", f"Hilsen {name}", "", "Sendt fra min iPhone"]
            sender = f"{name} <{mail}>"
        else:
            lines += ["", f"Det er mig, {name}, der er din mentor. Du kan altid få fat i mig på {tlf}.", "",
                      f"Hilsen {name.split()[0]}", org, "", "Sendt fra min iPhone"]
            sender = f"{name} <{mail}>"
        return (f"mail/{slug}-fra-mentor.eml", "eml",
                make_eml(c, "Vores aftale", "\n".join(lines) + "\n", sender=sender), fl,
                traits + ["mentor-own-mail", "iphone"])
    raise ValueError(carrier)


def agreement_rules(defects: set[str], kind: str) -> list[str]:
    from_manifest = {
        "agreement": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                      "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"),
        "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                    "duration-over-6-months", "unclear-goal"),
        "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    }[kind]
    return sorted(d for d in defects if d in from_manifest)


# ---- decisions ------------------------------------------------------------------------------

def decision_doc(c: Ctx, sub: str, defects: set[str], carrier: str, idx: int):
    r = c.rng
    fl = build_fields(c, defects, "decision")
    name, org, tlf, mail = c.mentor
    start = c.start
    blocks: list[tuple[str, str]] = []
    extras: list[str] = []
    period = fl["period"]
    if sub == "grant":
        title = r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte"])
        blocks.append(("p", f"Kære {c.first} {c.last}"))
        blocks.append(("p", f"Du har fået bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                            f"i perioden {fl['period_text']}. Du får {fl['hours'] or '3 timer pr. uge'} med din mentor, "
                            f"{name} fra {org}."))
        blocks.append(("p", "Mentorstøtten skal hjælpe dig med at " +
                       r.choice(["komme godt i gang med din uddannelse.", "fastholde din praktik.",
                                 "komme i job."])))
    elif sub == "partial":
        title = "Afgørelse om mentorstøtte – delvis bevilling"
        blocks.append(("p", f"Kære {c.first}"))
        blocks.append(("p", f"Du har søgt om mentorstøtte i 12 måneder med 8 timer om ugen. Vi har givet dig delvis "
                            f"bevilling: du får mentorstøtte i perioden {fl['period_text']} med 3 timer om ugen."))
        if "missing-reasons" not in defects:
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Vi har lagt vægt på, at mentorstøtte efter LAB § 167, stk. 1 gives for højst 6 måneder ad "
                                "gangen, og at din praktik i forvejen har en fast kontaktperson. Vi vurderer derfor, at 3 "
                                "timer om ugen dækker dit behov. Ved periodens udløb vurderer vi, om der skal en ny periode til."))
        else:
            extras.append("missing-reasons")
    elif sub == "refusal":
        title = r.choice(["Afslag på mentorstøtte", "Afgørelse – afslag på ansøgning om mentor"])
        period = None
        blocks.append(("p", f"Kære {c.first} {c.last}"))
        blocks.append(("p", f"Du har den {dk(c.sent.date() - timedelta(days=20))} søgt om mentorstøtte. "
                            "Vi har givet dig afslag."))
        if "missing-reasons" not in defects:
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Efter LAB § 167 kan der kun gives mentorstøtte, når støtten er nødvendig for, at du kan "
                                "gennemføre et tilbud, fastholde et job eller en uddannelse. Vi har lagt vægt på, at du "
                                "allerede får støtte fra skolens SPS-ordning, og at du selv har oplyst, at det fungerer godt."))
        else:
            extras.append("missing-reasons")
    elif sub == "extension":
        title = "Forlængelse af mentorstøtte"
        prev_end = start - timedelta(days=1)
        prev_start = add_months(start, -6)
        blocks.append(("p", f"Kære {c.first}"))
        blocks.append(("p", f"Din mentorstøtte i den tidligere periode {dk(prev_start)} – {dk(prev_end)} er ved at udløbe. "
                            f"Vi har efter en konkret vurdering besluttet at forlænge den. Du får mentorstøtte i en ny periode "
                            f"{fl['period_text']}, {fl['hours'] or '2 timer ugentligt'}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", "Vi har lagt vægt på, at du er kommet godt i gang i praktikken, men at mentor stadig er nødvendig "
                            "for, at du kan overgå til løntilskud."))
    elif sub == "end":
        title = "Ophør af mentorstøtte"
        endd = add_months(start, 2)
        period = None
        blocks.append(("p", f"Kære {c.first} {c.last}"))
        blocks.append(("p", f"Vi har besluttet, at din mentorstøtte ophører den {dk(endd)}."))
        if "missing-reasons" not in defects:
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Du er startet i ordinært job hos " + c.fmt['firm'] + " på 30 timer om ugen, og du har ved "
                                "statusmødet selv sagt, at du ikke længere har brug for mentor. Vi har lagt vægt på "
                                "formålet i LAB § 167 om at fastholde job eller uddannelse, og det er nu nået."))
        else:
            extras.append("missing-reasons")
    else:
        raise ValueError(sub)
    if fl.get("appeal"):
        blocks.append(("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
        blocks.append(("p", fl["appeal"]))
    if "appeal-wrong-route" in defects:
        extras.append("appeal-wrong-route")
    # periods for non-period decisions: make sure over-6 defect only with a period
    rules = [d for d in agreement_rules(defects, "decision") if d != "duration-over-6-months" or period]
    slug = f"{c.first.lower()}-{idx:03d}"
    traits = [f"decision:{sub}"]
    head_lines = [c.kommune, c.addr, f"Sagsnr.: {c.sagsnr}", f"Dato: {dk(c.sent.date())}"]
    if c.cpr:
        head_lines.append(f"CPR-nummer: {c.cpr}")
    sigtxt = f"Med venlig hilsen\n{c.cw}\nSagsbehandler\nTlf. {c.cw_tlf}"
    if carrier == "eml_dp":
        pdf = make_pdf([("small", h) for h in head_lines] + [("h1", title)] + blocks_to_pdf_lines(blocks)
                       + [("p", s) for s in sigtxt.split("\n")], title)
        body = (f"Du har modtaget et brev fra {c.kommune}.\n\nEmne: {title}\n\n"
                "Brevet er vedhæftet som PDF. Svar ikke på denne besked.\n\nDigital Post\n")
        data = make_eml(c, title, body, sender=f"{c.kommune} via Digital Post <noreply@digitalpost.dk>",
                        attach=[(f"{title.replace(' ', '_')}.pdf", pdf, "application/pdf")])
        return f"digitalpost/{slug}-afgoerelse.eml", "eml", data, rules, extras, period, traits + ["dp-eml+pdf"]
    if carrier == "pdf_dp":
        lines = [("small", "Digital Post – udskrevet fra borger.dk"), ("small", f"Afsender: {c.kommune}")] + \
            [("small", h) for h in head_lines[2:]] + [("h1", title)] + blocks_to_pdf_lines(blocks) + \
            [("p", s) for s in sigtxt.split("\n")]
        return (f"digitalpost/{slug}-afgoerelse.pdf", "pdf", make_pdf(lines, title), rules, extras, period,
                traits + ["digital-post-print"])
    if carrier == "eml_plain":
        body = blocks_plain(blocks) + "\n" + signature(c, r) + "\n"
        if c.cpr:
            body = f"Cpr.nr.: {c.cpr}\n\n" + body
        return f"mail/{slug}-afgoerelse.eml", "eml", make_eml(c, title, body), rules, extras, period, traits + ["body:plain"]
    if carrier == "eml_docx":
        docx = make_docx(title, blocks, None, head_lines)
        body = f"Hej {c.first}\n\nDu får her afgørelsen om din mentorstøtte. Den er også sendt til din e-Boks.\n\n" + signature(c, r)
        return (f"mail/{slug}-afgoerelse-bilag.eml", "eml",
                make_eml(c, f"Afgørelse vedr. mentor", body,
                         attach=[("Afgoerelse.docx", docx,
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]),
                rules, extras, period, traits + ["attach:docx", "cover-text"])
    if carrier == "txt_outlook":
        hdr = (f"Fra: {c.cw}\nSendt: {c.sent:%d-%m-%Y %H:%M}\nTil: {c.first} {c.last}\nEmne: {title}\n"
               f"Prioritet: Høj\n\n")
        body = hdr + "\n".join(head_lines) + "\n\n" + blocks_plain(blocks) + "\n" + sigtxt + "\n"
        return (f"eksport/{slug}-afgoerelse.txt", "txt", body.encode("utf-8"), rules, extras, period,
                traits + ["outlook-export"])
    if carrier == "eml_forward":
        outer = (f"Hej {name.split()[0]}\n\nTil din orientering: afgørelsen til {c.first}. Se nedenfor.\n\n/{c.cw.split()[0]}\n\n"
                 f"Begin forwarded message:\n\nFrom: {c.cw} <{c.cw_mail}>\nSubject: {title}\nDate: {format_datetime(c.sent)}\n"
                 f"To: {c.first} {c.last} <{c.citizen_mail}>\n\n")
        body = outer + blocks_plain(blocks) + "\n" + sigtxt + "\n"
        return (f"mail/{slug}-fwd-afgoerelse.eml", "eml",
                make_eml(c, "Fwd: " + title, body, to=f"{name} <{mail}>"), rules, extras, period,
                traits + ["forwarded:apple"])
    raise ValueError(carrier)


# ---- Min Plan --------------------------------------------------------------------------------

def minplan_doc(c: Ctx, defects: set[str], carrier: str, idx: int):
    r = c.rng
    fl = build_fields(c, defects, "minplan")
    name, org, tlf, mail = c.mentor
    rows = [("Indsats", "Mentorstøtte (LAB § 167)")]
    for lab, key in [("Formål", "goal"), ("Mentor", "mentor"), ("Mentorens opgaver", "tasks"),
                     ("Periode", "period_text"), ("Timer", "hours")]:
        v = fl[key]
        if v is None:
            continue
        rows.append((lab, "; ".join(v) if isinstance(v, list) else v))
    other = r.random() < 0.4
    traits = []
    if other:
        traits.append("other-activity-long-period")
    slug = f"{c.first.lower()}-{idx:03d}"

    def plain_plan():
        s = "MIN PLAN – MENTORSTØTTE\n\n" + "\n".join(f"{a}: {b}" for a, b in rows) + "\n"
        if other:
            s += ("\nAndre aktiviteter i din plan\nUddannelse: FGU Produktionsgrunduddannelse, 10. august 2026 – 30. juni 2027, "
                  "kontaktperson: vejleder Per Holm, tlf. 72 10 20 30\n")
        return s
    if carrier == "eml_plain":
        body = (f"Hej {c.first}\n\nJeg har opdateret din plan på Jobnet med mentorstøtten. Her er det, der står under "
                "mentor i Min Plan:\n\n" + plain_plan() + "\n" + signature(c, r) + "\n")
        if c.cpr:
            body = body.replace("MIN PLAN – MENTORSTØTTE\n", f"MIN PLAN – MENTORSTØTTE\nCPR: {c.cpr}\n")
        return (f"minplan/{slug}-minplan.eml", "eml", make_eml(c, "Min Plan – mentorstøtte er tilføjet", body), fl,
                traits + ["caseworker-paste"])
    if carrier == "eml_html":
        trs = "".join(f"<tr><th align='left'>{a}</th><td>{b}</td></tr>" for a, b in rows)
        html = (f"<p>Kære {c.first} {c.last}</p><p>Der er sket ændringer i din plan. Her er et uddrag af Min Plan:</p>"
                f"<h2>Min Plan</h2><h3>Mentorstøtte</h3><table>{trs}</table>")
        if other:
            html += ("<h3>Uddannelse (FGU), PGU Aktiv</h3><table><tr><th>Sted</th><td>FGU Midtjylland</td></tr>"
                     "<tr><th>Start</th><td>10. august 2026</td></tr><tr><th>Slut</th><td>30. juni 2027</td></tr>"
                     "<tr><th>Kontaktperson</th><td>Per Holm, tlf. 72 10 20 30</td></tr></table>")
        html += f"<p>Venlig hilsen<br>{c.kommune}</p>"
        plain = f"Kære {c.first} {c.last}\n\nDer er sket ændringer i din plan.\n\n" + plain_plan()
        return (f"minplan/{slug}-minplan-html.eml", "eml",
                make_eml(c, "Uddrag af Min Plan", plain, html=html, sender=f"{c.kommune} <noreply@{c.domain}>"),
                fl, traits + ["html-table"])
    if carrier == "pdf_dp":
        lines = [("small", f"Digital Post fra {c.kommune}"), ("small", f"Til: {c.first} {c.last}")]
        if c.cpr:
            lines.append(("small", f"CPR: {c.cpr}"))
        lines += [("h1", "Min Plan"), ("p", f"Udskrevet {dk(c.sent.date())}"), ("h2", "Mentorstøtte")]
        lines += [("p", f"{a}: {b}") for a, b in rows]
        if other:
            lines += [("h2", "Uddannelse"), ("p", "FGU Produktionsgrunduddannelse, 10.08.2026 – 30.06.2027"),
                      ("p", "Kontaktperson: Per Holm, tlf. 72 10 20 30")]
        return f"minplan/{slug}-minplan.pdf", "pdf", make_pdf(lines, "Min Plan"), fl, traits + ["plan-print"]
    if carrier == "txt_outlook":
        hdr = (f"Fra: {c.cw} <{c.cw_mail}>\nSendt: {dk(c.sent.date(), 3)} {c.sent:%H:%M}\nTil: {c.citizen_mail}\n"
               "Emne: Din plan (Min Plan) – mentor\n\n")
        body = hdr + f"Hej {c.first}\n\nHer er teksten fra Min Plan om din mentor:\n\n" + plain_plan() + "\n" + \
            f"Hilsen\n{c.cw}\nTlf. {c.cw_tlf}\n"
        return f"eksport/{slug}-minplan.txt", "txt", body.encode("utf-8"), fl, traits + ["outlook-export"]
    if carrier == "eml_forward":
        body = (f"Hej {name.split()[0]}\n\nVideresender lige planen, så du ved hvad der står.\n\n/{c.cw.split()[0]}\n\n"
                f"---------- Videresendt meddelelse ----------\nFra: {c.kommune} <noreply@{c.domain}>\n"
                f"Dato: {dk(c.sent.date())}\nEmne: Min Plan er opdateret\n\n" + plain_plan())
        return (f"minplan/{slug}-fwd-minplan.eml", "eml", make_eml(c, "VS: Min Plan er opdateret", body,
                                                                      to=f"{name} <{mail}>"), fl,
                traits + ["forwarded"])
    raise ValueError(carrier)


# ---- near misses -----------------------------------------------------------------------------

def unknown_doc(c: Ctx, sub: str, idx: int):
    r = c.rng
    name, org, tlf, mail = c.mentor
    slug = f"{c.first.lower()}-{idx:03d}"
    sig = signature(c, r)
    when = c.start + timedelta(days=r.randint(1, 20))
    if sub == "meeting":
        body = (f"Hej {c.first}\n\nJeg har booket et opstartsmøde med din nye mentor {name} ({org}).\n\n"
                f"Tid: {dk(when)} kl. 10.00-11.00\nSted: {c.addr}\n\nPå mødet laver vi aftalen om mentorstøtten sammen "
                f"– med mål, opgaver og opfølgning. Du er velkommen til at tage en bisidder med.\n\n"
                f"Giv besked, hvis tidspunktet ikke passer.\n\n{sig}\n")
        return f"mail/{slug}-moede.eml", "eml", make_eml(c, "Opstartsmøde med mentor", body), ["meeting-invite"]
    if sub == "reminder":
        body = (f"Påmindelse\n\nDu har et statusmøde om din mentorstøtte\n{dk(when, 0)} kl. 13.30\n"
                f"{c.addr}\n\nHvis du er forhindret, så ring på {c.ktlf}.\n\nDenne mail kan ikke besvares.\n")
        return (f"mail/{slug}-paamindelse.eml", "eml",
                make_eml(c, "Påmindelse: statusmøde", body, sender=f"{c.kommune} <noreply@{c.domain}>"),
                ["reminder", "noreply"])
    if sub == "about":
        body = (f"Hej {c.first}\n\nAftalen om din mentorstøtte er nu sendt til din digitale postkasse. "
                "Læs den igennem, og giv mig besked, hvis der er noget, du er uenig i.\n\n" + sig + "\n")
        return f"mail/{slug}-aftale-sendt.eml", "eml", make_eml(c, "Din mentoraftale er sendt", body), ["about-agreement"]
    if sub == "signature":
        body = (f"Hej {c.first}\n\nVi mangler stadig din underskrift på mentoraftalen. Du kan skrive under, "
                f"når du er inde næste gang, eller sende et billede af den underskrevne side.\n\n{sig}\n")
        return f"mail/{slug}-underskrift.eml", "eml", make_eml(c, "Mangler underskrift – mentoraftale", body), \
            ["about-agreement"]
    if sub == "newsletter":
        html = (f"<h1>Nyhedsbrev fra {c.kommune} – Beskæftigelse</h1><h2>Nyt om mentorordningen</h2>"
                "<p>Fra 1. februar 2026 hedder det ikke længere jobcentret, men kommunen. For mentorstøtte betyder det "
                "ikke noget for indholdet af aftalen.</p><p>En god mentoraftale indeholder:</p><ul>"
                "<li>målet med mentorstøtten</li><li>mentorens navn og kontaktdata</li><li>mentorens opgaver</li>"
                "<li>varighed (højst 6 måneder) og opfølgning</li><li>timetal</li><li>klagevejledning</li></ul>"
                "<p>Husk: en klage skal sendes til kommunen inden fire uger.</p>"
                "<h2>Kursus for virksomhedsmentorer</h2><p>Tilmeld dig på hjemmesiden.</p>"
                "<p><small>Afmeld nyhedsbrevet her.</small></p>")
        return (f"nyhedsbrev/{slug}-nyhedsbrev.eml", "eml",
                make_eml(c, "Nyhedsbrev: Nyt om mentorordningen", "Se nyhedsbrevet i HTML.", html=html,
                         sender=f"{c.kommune} Nyhedsbrev <nyhedsbrev@{c.domain}>", to="Undisclosed recipients:;"),
                ["newsletter", "field-list"])
    if sub == "autoreply":
        body = (f"Tak for din mail.\n\nJeg er på ferie og tilbage {dk(when)}. Din mail bliver ikke videresendt. "
                f"Har du spørgsmål om din mentorstøtte, kan du ringe til {c.kommune} på {c.ktlf}.\n\n"
                f"Med venlig hilsen\n{c.cw}\n")
        return (f"mail/{slug}-autosvar.eml", "eml",
                make_eml(c, f"Automatisk svar: Aftale om mentorstøtte", body, to=f"{c.first} {c.last} <{c.citizen_mail}>"),
                ["auto-reply"])
    if sub == "dp_notice":
        body = (f"Du har fået ny post fra {c.kommune}\n\nEmne: Afgørelse om mentorstøtte\n\nLog på borger.dk eller "
                "appen Digital Post for at læse brevet.\n\nDenne e-mail er sendt automatisk.\n")
        return (f"digitalpost/{slug}-notifikation.eml", "eml",
                make_eml(c, "Ny post i Digital Post", body, sender="Digital Post <noreply@digitalpost.dk>"),
                ["dp-notification"])
    if sub == "invoice":
        body = (f"Til {c.kommune}, Økonomi\n\nFaktura nr. {r.randint(1000, 9999)}\nMentorstøtte for {c.first} {c.last[0]}., "
                f"sagsnr. {c.sagsnr}\nPeriode: marts 2026\nTimer: 12 à 495 kr.\nI alt: 5.940 kr. ekskl. moms\n\n"
                f"EAN: 5798000{r.randint(100000, 999999)}\n\nMed venlig hilsen\n{name}\n{org}\n{tlf}\n")
        return (f"mail/{slug}-faktura.eml", "eml",
                make_eml(c, "Faktura mentortimer marts", body, sender=f"{name} <{mail}>", to=f"faktura@{c.domain}"),
                ["invoice"])
    if sub == "status":
        body = (f"Hej {c.cw.split()[0]}\n\nKort status på {c.first}: Vi har mødtes fire gange i marts. {c.first} er "
                "kommet i praktik og møder stabilt. Vi har talt om transport og om at få styr på morgenen. "
                "Næste møde er i uge 15.\n\nHilsen\n" + f"{name}\n{org}\ntlf. {tlf}\n")
        return (f"mail/{slug}-status.eml", "eml",
                make_eml(c, f"Status – {c.first}", body, sender=f"{name} <{mail}>", to=f"{c.cw} <{c.cw_mail}>"),
                ["status-report"])
    if sub == "application":
        body = (f"Hej {c.cw.split()[0]}\n\nJeg vil gerne søge om en mentor. Jeg har svært ved at komme op om morgenen "
                "og vil gerne have hjælp til at holde fast i skolen.\n\nMvh " + f"{c.first}\n\nSendt fra min iPhone\n")
        return (f"mail/{slug}-ansoegning.eml", "eml",
                make_eml(c, "mentor?", body, sender=f"{c.first} {c.last} <{c.citizen_mail}>",
                         to=f"{c.cw} <{c.cw_mail}>"), ["citizen-request", "iphone"])
    if sub == "reply_quote":
        fl = build_fields(c, set(), "agreement")
        blocks = agreement_text(c, fl, "labels")
        quoted = "\n".join("> " + ln if ln else ">" for ln in blocks_plain(blocks).splitlines())
        body = (f"Hej {c.cw.split()[0]}\n\nDet lyder fint, jeg er enig.\n\nMvh {c.first}\n\nSendt fra min iPhone\n\n"
                f"Den {dk(c.sent.date(), 3)} kl. {c.sent:%H.%M} skrev {c.cw} <{c.cw_mail}>:\n\n{quoted}\n")
        return (f"mail/{slug}-svar-ok.eml", "eml",
                make_eml(c, "Re: Aftale om mentorstøtte", body, sender=f"{c.first} {c.last} <{c.citizen_mail}>",
                         to=f"{c.cw} <{c.cw_mail}>"), ["reply-quotes-agreement", "citizen-reply"])
    if sub == "calendar_txt":
        body = (f"Emne: Statusmøde mentor – {c.first} {c.last[0]}.\nSted: Mødelokale 2, {c.addr}\n"
                f"Start: {dk(when, 1)} 09:00\nSlut: {dk(when, 1)} 10:00\nGentagelse: (ingen)\n"
                f"Mødestatus: Accepteret\nArrangør: {c.cw}\nObligatoriske deltagere: {name}; {c.first} {c.last}\n\n"
                "Dagsorden: status på praktik, næste skridt.\n")
        return f"eksport/{slug}-kalender.txt", "txt", body.encode("utf-8"), ["calendar-export"]
    if sub == "forward_genvurdering":
        body = (f"Kære {c.first}\n\nVi har genvurderet vores afgørelse om afslag på mentorstøtte, efter at du har klaget. "
                "Vi fastholder afgørelsen. Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, som "
                "vil behandle klagen. Du hører fra Ankestyrelsen.\n\n" + sig + "\n")
        return (f"mail/{slug}-genvurdering.eml", "eml", make_eml(c, "Din klage er sendt til Ankestyrelsen", body),
                ["reconsideration-upheld"])
    if sub == "order":
        body = (f"Til {org}\n\nBestilling af mentorforløb\n\nBorger: {c.first} {c.last}\nOpstart: {dk(c.start)}\n"
                "Forventet omfang: aftales ved opstart\nKontakt: " + f"{c.cw}, {c.cw_tlf}\n\n"
                "Bekræft venligst modtagelsen.\n\n" + sig + "\n")
        return (f"mail/{slug}-bestilling.eml", "eml",
                make_eml(c, "Bestilling af mentorforløb", body, to=f"{name} <{mail}>"), ["provider-order"])
    if sub == "partshoering":
        body = (f"Kære {c.first}\n\nVi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste tre "
                f"aftaler med din mentor. Før vi træffer en afgørelse, vil vi gerne høre din mening. Du kan svare inden "
                f"{dk(when)}.\n\n{sig}\n")
        return f"mail/{slug}-partshoering.eml", "eml", make_eml(c, "Partshøring – mentorstøtte", body), ["partshoering"]
    if sub == "kvittering":
        body = (f"Vi har modtaget din ansøgning om mentorstøtte den {dk(c.sent.date())}.\nDu hører fra os inden for 4 uger.\n\n"
                f"{c.kommune}\n")
        return (f"mail/{slug}-kvittering.eml", "eml",
                make_eml(c, "Kvittering for modtagelse", body, sender=f"{c.kommune} <noreply@{c.domain}>"),
                ["receipt"])
    if sub == "private_club":
        body = ("Hej alle nye mentees\n\nVelkommen i lektiecafeens mentorprogram! Din mentor fra foreningen mødes med dig "
                "hver torsdag kl. 16-18 i klubhuset. Vi laver en lille 'mentoraftale' med dine egne mål for skoleåret – "
                "fx at aflevere alle opgaver til tiden.\n\nHilsen bestyrelsen, Lektiecafé Nord\nforening@lektiecafenord.dk\n")
        return (f"nyhedsbrev/{slug}-forening.eml", "eml",
                make_eml(c, "Velkommen i mentorprogrammet", body, sender="Lektiecafé Nord <forening@lektiecafenord.dk>"),
                ["private-mentorprogram"])
    raise ValueError(sub)


# --------------------------------------------------------------------------------------------

def plan(rng: random.Random):
    """The list of documents: (kind, sub, carrier, defects)."""
    specs = []
    ag_carriers = ["eml_plain", "eml_html", "eml_docx", "eml_pdf", "eml_forward", "eml_reply_new", "txt_outlook",
                   "pdf_dp", "html_saved", "eml_iphone"]
    ag_defects = [set(), set(), {"missing-hours"}, {"missing-follow-up"}, set(), {"missing-appeal-guidance"},
                  {"duration-over-6-months"}, set(), {"unclear-goal"}, {"missing-mentor"},
                  set(), {"missing-tasks"}, {"missing-goal"}, set(), {"missing-duration"},
                  {"missing-appeal-guidance", "missing-follow-up"}, set(), {"missing-hours", "unclear-goal"},
                  {"duration-over-6-months", "missing-appeal-guidance"}, set(), {"missing-mentor"},
                  set(), {"missing-follow-up"}, {"appeal-wrong-route"}, set(), {"missing-tasks", "missing-hours"},
                  {"duration-over-6-months"}, set(), {"missing-appeal-guidance"}, set(), {"unclear-goal"},
                  set(), {"missing-hours"}, {"missing-appeal-guidance"}, set(), {"missing-mentor"}]
    for i, d in enumerate(ag_defects):
        specs.append(("agreement", "agreement", ag_carriers[(i * 3) % len(ag_carriers)], d))
    dec = [("grant", set()), ("grant", {"missing-appeal-guidance"}), ("grant", {"duration-over-6-months"}),
           ("grant", set()), ("partial", set()), ("partial", {"missing-reasons"}), ("refusal", set()),
           ("refusal", {"appeal-wrong-route"}), ("refusal", {"missing-appeal-guidance"}), ("extension", set()),
           ("extension", {"duration-over-6-months"}), ("end", set()), ("end", {"missing-reasons"}),
           ("grant", {"missing-appeal-guidance"}), ("partial", {"missing-appeal-guidance"}), ("extension", set()),
           ("end", {"missing-appeal-guidance"}), ("grant", set()), ("refusal", set()), ("grant", {"duration-over-6-months"}),
           ("extension", {"missing-appeal-guidance"}), ("grant", set())]
    dec_carriers = ["eml_dp", "pdf_dp", "eml_plain", "eml_docx", "txt_outlook", "eml_forward"]
    for i, (sub, d) in enumerate(dec):
        specs.append(("decision", sub, dec_carriers[(i * 5) % len(dec_carriers)], d))
    mp = [set(), set(), {"missing-hours"}, {"missing-mentor"}, {"unclear-goal"}, set(), {"duration-over-6-months"},
          {"missing-tasks"}, set(), {"missing-goal"}, set(), {"missing-duration"}, {"missing-hours", "missing-mentor"},
          set(), {"duration-over-6-months"}, set(), {"unclear-goal"}, set(), {"missing-hours"}, set(),
          {"missing-tasks"}, set()]
    mp_carriers = ["eml_plain", "eml_html", "pdf_dp", "txt_outlook", "eml_forward"]
    for i, d in enumerate(mp):
        specs.append(("minplan", "minplan", mp_carriers[(i * 2 + i // 5) % len(mp_carriers)], d))
    for sub in ["meeting", "reminder", "about", "signature", "newsletter", "autoreply", "dp_notice", "invoice",
                "status", "application", "reply_quote", "calendar_txt", "forward_genvurdering", "order",
                "partshoering", "kvittering", "private_club", "meeting", "reply_quote", "autoreply"]:
        specs.append(("unknown", sub, None, set()))
    return specs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/eq")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    entries = []
    for idx, (kind, sub, carrier, defects) in enumerate(plan(rng)):
        c = Ctx(random.Random(a.seed * 1000 + idx), idx)
        if c.rng.random() < 0.3:
            c.cpr = fake_cpr(c.rng)
        period = None
        extras: list[str] = []
        if kind == "agreement":
            path, fmt, data, fl, traits = agreement_doc(c, defects, carrier, idx)
            rules = agreement_rules(defects, kind)
            if "appeal-wrong-route" in defects:
                extras.append("appeal-wrong-route")
            period = fl["period"]
            layout = carrier
        elif kind == "decision":
            path, fmt, data, rules, extras, period, traits = decision_doc(c, sub, defects, carrier, idx)
            layout = carrier
        elif kind == "minplan":
            path, fmt, data, fl, traits = minplan_doc(c, defects, carrier, idx)
            rules = agreement_rules(defects, kind)
            period = fl["period"]
            layout = carrier
        else:
            c.cpr = None  # near misses carry no CPR
            path, fmt, data, traits = unknown_doc(c, sub, idx)
            rules = []
            layout = "near-miss:" + sub
        p = out / path
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        mnc = [c.cpr, c.cpr.replace("-", "")] if c.cpr else []
        if c.cpr:
            traits = traits + ["cpr"]
        e = {"path": path, "format": fmt, "kind": kind, "subtype": sub, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": traits}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
