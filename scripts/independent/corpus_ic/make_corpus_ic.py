#!/usr/bin/env python3
"""Corpus IC: paperwork as it comes out of digital signing and self-service.

Signing-platform packages (cover page, signers, audit trail, certificate, document-ID footer),
decisions saved from Digital Post (mailbox header + receipt), self-service Min Plan pages the
citizen has confirmed, web-form prints with labels and help texts, and look-alikes (online
applications, consent forms, platform e-mails, receipts).

Deterministic: python make_corpus_ic.py --out /work/corpora/ic [--seed 1917]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]

KOMMUNER = ["Viborg", "Holstebro", "Kolding", "Næstved", "Slagelse", "Herning", "Randers",
            "Silkeborg", "Vejle", "Horsens", "Skive", "Svendborg", "Hjørring", "Roskilde"]
FIRST = ["Mikkel", "Sara", "Ahmed", "Louise", "Jonas", "Fatima", "Kasper", "Nanna", "Emil",
         "Aisha", "Frederik", "Julie", "Rasmus", "Camilla", "Omar", "Line", "Tobias", "Mette",
         "Yusuf", "Signe", "Patrick", "Ida", "Bilal", "Maja"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Ali", "Hussein", "Østergaard", "Bak"]
PROVIDERS = [("Jobhuset Midt", "jobhuset-midt.dk"), ("Mentorcentret Syd", "mentorsyd.dk"),
             ("Broen Mentor ApS", "broenmentor.dk"), ("Trinbræt Rådgivning", "trinbraet.dk"),
             ("Kompasset", "kompasset-mentor.dk"), ("Ungeporten", "ungeporten.dk")]
PLATFORMS = ["Signeringsportalen", "eSignér Kommune", "PennaSign", "Underskrift.nu"]

GOALS_CLEAR = [
    "{n} er i virksomhedspraktik {h} timer om ugen hos {w} senest {d}, med henblik på ansættelse med løntilskud.",
    "{n} starter på {edu} {d} og møder mindst fire dage om ugen det første halve år.",
    "{n} har et fleksjob på {h} timer om ugen som {job} senest {d}.",
    "{n} gennemfører grundforløb 1 på {school} med et fremmøde på mindst 90 % frem til {d}.",
    "{n} arbejder {h} timer om ugen i ordinært job som {job} og har ikke fravær uden aftale efter {d}.",
    "{n} fastholder sit job hos {w} med fuld arbejdstid ({h} timer om ugen) ved udgangen af perioden {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {n} kommer videre og får det bedre med sig selv.",
    "Sikre at {n} møder op til aftaler.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Øget selvværd og bedre overblik over økonomien.",
    "Motivere {n} til at tage ansvar for eget liv.",
]
WORKPLACES = ["Føtex", "Bilka", "Netto", "Elgiganten", "Danish Crown", "Plantorama", "Jem & Fix",
              "Rema 1000", "Kvickly", "Harald Nyborg"]
EDUS = ["SOSU-hjælperuddannelsen", "HF-enkeltfag på VUC", "FGU Produktionsgrunddannelse",
        "pædagogisk assistentuddannelse", "EUD-forløb som lagerassistent", "AMU-kursus i truckkørsel"]
SCHOOLS = ["Mercantec", "Tradium", "EUC Syd", "Learnmark", "Selandia", "Viden Djurs"]
JOBS = ["lagermedarbejder", "kantinemedhjælper", "pedelmedhjælper", "butiksassistent",
        "rengøringsassistent", "chauffør"]
TASKS = [
    "Følge {n} til praktikstedet de første to uger og hjælpe med transporten",
    "Ugentlig samtale om fremmøde, søvn og mødetider",
    "Hjælpe med at strukturere ugen i en kalender-app",
    "Være bindeled til arbejdspladsens kontaktperson",
    "Støtte ved henvendelser til SU-styrelsen og skolens studievejledning",
    "Træne bus- og togtransport til skolen",
    "Deltage i opstartssamtalen med arbejdsgiveren",
    "Hjælpe med at åbne og besvare Digital Post",
]
FOLLOW_CLEAR = [
    "Statusmøde med mentor, {n} og sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen fra {d}. Evaluering 14 dage før støtten ophører.",
    "Mentor sender kort skriftlig status hver 4. uge. Der holdes midtvejsevaluering {d}, hvor progressionen måles på fremmøde og antal timer i praktik.",
    "Opfølgning hver anden uge ved telefonmøde; fælles evaluering {d} med fokus på delmålene.",
    "Vi følger op hver måned. Delmål 1: møder stabilt. Delmål 2: øger timetallet til det aftalte senest {d}.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.",
                "Aftales nærmere mellem parterne."]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har modtaget den. Kommunen genvurderer afgørelsen inden fire uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen, Beskæftigelsesudvalget, jf. LAB § 204.",
    "Du kan klage over afgørelsen. Klagen sendes til Jobcenter {k} senest 4 uger efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Jobcentret vurderer sagen igen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen. Se retssikkerhedslovens kapitel 10.",
    "Klagefristen er 4 uger fra modtagelsen. Send klagen til kommunen (jobcenter@{kl}.dk eller tlf. 8{p}). Vi ser på sagen igen inden for 4 uger; giver vi dig ikke ret, sender vi klagen og sagens papirer til Ankestyrelsen.",
]
APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen.",
                     "Hvis du er uenig, kan du kontakte din sagsbehandler.",
                     "Du har mulighed for at klage til kommunen."]
APPEAL_WRONG = ["Du kan klage til Ankestyrelsen inden 4 uger fra modtagelsen. Klagen sendes direkte til Ankestyrelsen via ast.dk."]


def dk_date(d: dt.date, style: int) -> str:
    return [f"{d.day}. {MONTHS[d.month-1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}/{d.month} {d.year}", f"{d.day}. {MON_ABBR[d.month-1]} {d.year}",
            d.isoformat(), f"{d.day}.{d.month}.{d.year}"][style % 6]


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def period_end(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


class Ctx:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.k = rng.choice(KOMMUNER)
        self.kl = self.k.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.first = rng.choice(FIRST)
        self.name = f"{self.first} {rng.choice(LAST)}"
        self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.prov, self.dom = rng.choice(PROVIDERS)
        self.mphone = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.memail = self.mentor.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + self.dom
        self.cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cwphone = f"{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        self.p = f"{rng.randint(1000000, 9999999)}"
        self.start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 4]))
        self.months = rng.choice([3, 4, 6, 6, 5])
        self.end = period_end(self.start, self.months)
        self.hours = rng.choice([2, 3, 4, 5, 1.5, 6])
        self.ds = rng.randint(0, 5)
        self.caseno = f"27.12.04-G01-{rng.randint(100, 9999)}-{rng.choice([25, 26])}"
        self.docid = "-".join("".join(rng.choice("ABCDEF0123456789") for _ in range(4)) for _ in range(4))
        self.cpr = None

    def d(self, x: dt.date) -> str:
        return dk_date(x, self.ds)

    def hours_s(self) -> str:
        h = str(self.hours).replace(".", ",")
        return self.r.choice([f"{h} timer pr. uge", f"{h} timer ugentligt", f"{h} t/uge",
                              f"{h} timer om ugen"])

    def goal(self, clear=True) -> str:
        mid = add_months(self.start, 3)
        t = self.r.choice(GOALS_CLEAR if clear else GOALS_UNCLEAR)
        return t.format(n=self.first, h=self.r.choice([10, 15, 20, 25]), w=self.r.choice(WORKPLACES) + " " + self.k,
                        d=self.d(mid), edu=self.r.choice(EDUS), school=self.r.choice(SCHOOLS),
                        job=self.r.choice(JOBS))

    def tasks(self) -> list[str]:
        return [t.format(n=self.first) for t in self.r.sample(TASKS, self.r.randint(2, 4))]

    def follow(self, clear=True) -> str:
        if not clear:
            return self.r.choice(FOLLOW_VAGUE)
        return self.r.choice(FOLLOW_CLEAR).format(n=self.first, d=self.d(add_months(self.start, 2)))

    def appeal(self, kind="full") -> str:
        src = {"full": APPEAL_FULL, "incomplete": APPEAL_INCOMPLETE, "wrong": APPEAL_WRONG}[kind]
        return self.r.choice(src).format(k=self.k, kl=self.kl, p=self.p)

    def make_cpr(self) -> str:
        b = dt.date(self.r.randint(1962, 2005), self.r.randint(1, 12), self.r.randint(1, 28))
        s = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}-{self.r.randint(1000, 9999)}"
        self.cpr = s
        return s


# ---------------------------------------------------------------- documents as blocks
# blocks: ("h1", t) ("h2", t) ("p", t) ("small", t) ("kv", [(label, value, help|None)])
#         ("table", rows, header_bool) ("bullets", [..]) ("pb",)

def render_txt(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] == "h1":
            out += [b[1].upper(), "=" * min(len(b[1]), 60), ""]
        elif b[0] == "h2":
            out += [b[1], "-" * min(len(b[1]), 60)]
        elif b[0] in ("p", "small"):
            out += [b[1], ""]
        elif b[0] == "kv":
            for lab, val, hlp in b[1]:
                out.append(f"{lab}: {val}")
                if hlp:
                    out.append(f"   ({hlp})")
            out.append("")
        elif b[0] == "table":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
        elif b[0] == "bullets":
            out += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "pb":
            out += ["", "\f"]
    return "\n".join(out).strip() + "\n"


def render_html(blocks, title, css_extra="", header_html="", footer_html="") -> str:
    e = htmlmod.escape
    body = []
    for b in blocks:
        if b[0] == "h1":
            body.append(f"<h1>{e(b[1])}</h1>")
        elif b[0] == "h2":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "small":
            body.append(f'<p class="small">{e(b[1])}</p>')
        elif b[0] == "kv":
            body.append('<div class="form">')
            for lab, val, hlp in b[1]:
                body.append('<div class="field">')
                body.append(f'<div class="label">{e(lab)}</div>')
                if hlp:
                    body.append(f'<div class="help">{e(hlp)}</div>')
                body.append(f'<div class="value">{e(val) if val else "&nbsp;"}</div></div>')
            body.append("</div>")
        elif b[0] == "table":
            rows = b[1]
            body.append("<table>")
            for i, row in enumerate(rows):
                tag = "th" if (i == 0 and b[2]) else "td"
                body.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            body.append("</table>")
        elif b[0] == "bullets":
            body.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "pb":
            body.append('<hr class="pagebreak">')
    css = ("body{font-family:Arial,sans-serif;max-width:820px;margin:auto}"
           ".label{font-weight:bold;margin-top:10px}.help{color:#666;font-size:85%}"
           ".small{font-size:80%;color:#555}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}"
           + css_extra)
    return (f'<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>{e(title)}</title>'
            f"<style>{css}</style></head><body>{header_html}\n" + "\n".join(body) +
            f"\n{footer_html}</body></html>\n")


def render_docx(blocks, path: Path, footer: str | None = None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in blocks:
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "h2":
            doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "small":
            p = doc.add_paragraph()
            run = p.add_run(b[1])
            run.font.size = Pt(8)
        elif b[0] == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val, hlp in b[1]:
                c = t.add_row().cells
                c[0].text = lab
                c[0].paragraphs[0].runs[0].bold = True
                if hlp:
                    r = c[0].add_paragraph().add_run(hlp)
                    r.italic = True
                    r.font.size = Pt(8)
                c[1].text = val
            doc.add_paragraph()
        elif b[0] == "table":
            rows = b[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
                    if i == 0 and b[2]:
                        cells[j].paragraphs[0].runs[0].bold = True
            doc.add_paragraph()
        elif b[0] == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif b[0] == "pb":
            doc.add_page_break()
    if footer:
        fp = doc.sections[0].footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(7)
    doc.save(path)


def render_pdf_rl(blocks, path: Path, footer: str | None = None, header: str | None = None):
    ss = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=ss["Normal"], fontSize=7.5, textColor=colors.grey)
    help_ = ParagraphStyle("help", parent=ss["Normal"], fontSize=7.5, textColor=colors.HexColor("#666666"))
    lab = ParagraphStyle("lab", parent=ss["Normal"], fontName="Helvetica-Bold")
    e = htmlmod.escape
    story = []
    for b in blocks:
        if b[0] == "h1":
            story.append(Paragraph(e(b[1]), ss["Heading1"]))
        elif b[0] == "h2":
            story.append(Paragraph(e(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), ss["Normal"]))
            story.append(Spacer(1, 4))
        elif b[0] == "small":
            story.append(Paragraph(e(b[1]), small))
        elif b[0] == "kv":
            data = []
            for l_, v, h in b[1]:
                left = [Paragraph(e(l_), lab)] + ([Paragraph(e(h), help_)] if h else [])
                data.append([left, Paragraph(e(v) if v else "", ss["Normal"])])
            t = Table(data, colWidths=[60 * mm, 110 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif b[0] == "table":
            rows = b[1]
            ncol = len(rows[0])
            data = [[Paragraph(e(c), lab if (i == 0 and b[2]) else ss["Normal"]) for c in row]
                    for i, row in enumerate(rows)]
            t = Table(data, colWidths=[170 * mm / ncol] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif b[0] == "bullets":
            for x in b[1]:
                story.append(Paragraph("• " + e(x), ss["Normal"]))
            story.append(Spacer(1, 4))
        elif b[0] == "pb":
            story.append(PageBreak())

    def deco(canvas, doc_):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        if footer:
            canvas.drawString(20 * mm, 10 * mm, f"{footer}   Side {doc_.page}")
        if header:
            canvas.drawString(20 * mm, 287 * mm, header)
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=18 * mm, title="", lang="da").build(
        story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- content builders

def agreement_fields(c: Ctx, defects: set[str], over=False):
    """Return dict of field -> (label, value) texts for an agreement/minplan."""
    f = {}
    f["goal"] = "" if "missing-goal" in defects else c.goal(clear="unclear-goal" not in defects)
    if "missing-mentor" in defects:
        f["mentor"] = c.r.choice([c.mentor, "Udpeges senere", f"{c.mentor}, {c.prov}"])
    else:
        f["mentor"] = c.r.choice([f"{c.mentor}, {c.prov}, tlf. {c.mphone}, {c.memail}",
                                  f"{c.mentor} ({c.prov}) – telefon {c.mphone}",
                                  f"{c.mentor}, {c.memail}, mobil {c.mphone}"])
    f["tasks"] = "" if "missing-tasks" in defects else "; ".join(c.tasks())
    if "missing-duration" in defects:
        f["duration"] = c.r.choice(["", f"Fra {c.d(c.start)} og indtil videre", "Udfyldes senere"])
    else:
        if over:
            c.end = period_end(c.start, c.r.choice([7, 8, 9, 12]))
        f["duration"] = c.r.choice([f"{c.d(c.start)} – {c.d(c.end)}", f"Fra {c.d(c.start)} til {c.d(c.end)}",
                                    f"{c.d(c.start)} - {c.d(c.end)}"])
    f["follow"] = c.follow(clear="missing-follow-up" not in defects)
    if "missing-hours" in defects:
        f["hours"] = c.r.choice(["", "Efter behov", "Et par timer om ugen"])
    else:
        f["hours"] = c.hours_s()
    if "missing-appeal-guidance" in defects:
        f["appeal"] = c.r.choice(["", c.appeal("incomplete")])
    else:
        f["appeal"] = c.appeal("wrong" if "wrong-route" in defects else "full")
    return f


LABELS = {
    "goal": ["Målet med mentorstøtten", "Mål", "Formål med mentorstøtten", "Job- eller uddannelsesmål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor"],
    "tasks": ["Mentorens opgaver", "Hvad skal mentoren hjælpe med", "Indsatsområder"],
    "duration": ["Periode", "Varighed", "Aftalens varighed"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering"],
    "hours": ["Timetal", "Antal timer pr. uge", "Timeantal"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"],
}
HELP = {
    "goal": "Beskriv hvad borgeren skal opnå – fx job, praktik eller uddannelse. Målet skal kunne følges op.",
    "mentor": "Navn, telefonnummer og e-mail på mentor.",
    "tasks": "Hvad skal mentoren konkret hjælpe med?",
    "duration": "Start- og slutdato. Højst 6 måneder ad gangen.",
    "follow": "Hvornår og hvordan følges der op? Fx statusmøde hver måned.",
    "hours": "Angiv antal timer pr. uge, fx 3 timer pr. uge.",
    "appeal": None,
}


def kv_from_fields(c: Ctx, f, with_help=False, order=("goal", "mentor", "tasks", "duration", "follow", "hours"),
                   blank="") -> list:
    rows = []
    for k in order:
        if k not in f:
            continue
        lab = c.r.choice(LABELS[k])
        val = f[k] if f[k] else blank
        rows.append((lab, val, HELP[k] if with_help else None))
    return rows


def parties_kv(c: Ctx, cpr=False):
    rows = [("Borger", c.name, None)]
    if cpr:
        rows.append(("CPR-nr.", c.make_cpr(), None))
    rows += [("Sagsnummer", c.caseno, None),
             ("Sagsbehandler", f"{c.cw}, Jobcenter {c.k}, tlf. {c.cwphone}", None)]
    return rows


def agreement_body(c: Ctx, f, title, cpr, with_help=False, style="kv"):
    b = [("h1", title), ("kv", parties_kv(c, cpr))]
    intro = c.r.choice([
        f"Denne aftale beskriver den mentorstøtte, som {c.first} får efter lov om en aktiv beskæftigelsesindsats § 167.",
        "Aftalen er indgået mellem borgeren, mentoren og kommunen. Den bliver også vist i Min Plan.",
        f"Her får du det, vi blev enige om på mødet, skrevet ned. Støtten gives efter LAB § 167, stk. 1.",
    ])
    b.append(("p", intro))
    if style == "kv":
        b.append(("kv", kv_from_fields(c, f, with_help, blank="–" if not with_help else "")))
    else:
        for k in ("goal", "mentor", "tasks", "duration", "hours", "follow"):
            b.append(("h2", c.r.choice(LABELS[k])))
            b.append(("p", f[k] if f[k] else "–"))
    if f["appeal"] or c.r.random() < 0.5:
        b.append(("h2", c.r.choice(LABELS["appeal"])))
        b.append(("p", f["appeal"] if f["appeal"] else "–"))
    return b


def signing_pages(c: Ctx, sign_date: dt.date, mentor_signs=True, emails=True, platform=None,
                  docname="Mentoraftale.pdf"):
    platform = platform or c.r.choice(PLATFORMS)
    t0 = dt.datetime.combine(sign_date, dt.time(c.r.randint(8, 14), c.r.randint(0, 59), c.r.randint(0, 59)))
    signers = [(c.name, "Borger"), (c.cw, f"Sagsbehandler, {c.k} Kommune")]
    if mentor_signs:
        signers.append((c.mentor, f"Mentor, {c.prov}"))
    cover = [("h1", "Dokumenter til underskrift"),
             ("p", f"{platform} · Forsendelse oprettet {t0:%d.%m.%Y} kl. {t0:%H:%M}"),
             ("table", [["Dokument", "Sider", "Status"],
                        [docname, str(c.r.randint(2, 3)), "Underskrevet af alle parter"]], True),
             ("p", f"Afsender: {c.k} Kommune, Jobcenter"),
             ("small", f"Dokument-ID: {c.docid}"), ("pb",)]
    rows = [["Navn", "Rolle", "Tidspunkt", "Metode"]]
    t = t0
    times = []
    for n, role in signers:
        t = t + dt.timedelta(hours=c.r.randint(1, 30), minutes=c.r.randint(0, 59))
        times.append(t)
        rows.append([n, role, f"{t:%d.%m.%Y %H:%M:%S}", "Underskrevet med MitID"])
    sig = [("h1", "Underskrivere"), ("table", rows, True), ("pb",)]
    audit = [["Tidspunkt (UTC)", "Hændelse"]]
    a = t0
    audit.append([f"{a:%Y-%m-%d %H:%M:%S}", f"Forsendelse oprettet af {c.cw}"])
    for i, (n, role) in enumerate(signers, 1):
        a = a + dt.timedelta(minutes=c.r.randint(1, 5))
        target = ""
        if emails:
            target = {0: f" til {c.first.lower()}.{c.p[:3]}@mail.dk", 1: f" til {c.kl}.jobcenter@{c.kl}.dk",
                      2: f" til {c.memail}"}[i - 1]
        audit.append([f"{a:%Y-%m-%d %H:%M:%S}", f"Invitation sendt til underskriver {i} ({role.split(',')[0]}){target}"])
    for i, (n, role) in enumerate(signers, 1):
        a = times[i - 1]
        audit.append([f"{a:%Y-%m-%d %H:%M:%S}", f"Dokument underskrevet af underskriver {i} med MitID"])
    audit.append([f"{a + dt.timedelta(seconds=12):%Y-%m-%d %H:%M:%S}", "Forsendelse afsluttet – kopi sendt til alle parter"])
    aud = [("h1", "Revisionsspor"), ("table", audit, True), ("pb",)]
    cy = sign_date.year
    cert = [("h1", "Certifikat for underskrift"),
            ("p", f"Dette dokument er underskrevet elektronisk via {platform}. Underskrifterne er forseglet med "
                  f"et kvalificeret segl. Ændres dokumentet efter underskrift, bliver forseglingen ugyldig."),
            ("kv", [("Segl udstedt af", f"{platform} Trust Services", None),
                    ("Seglets gyldighed", f"{dt.date(cy - 1, 5, 12).strftime('%d.%m.%Y')} – {dt.date(cy + 2, 5, 11).strftime('%d.%m.%Y')}", None),
                    ("Hash (SHA-256)", "".join(c.r.choice("abcdef0123456789") for _ in range(48)), None),
                    ("Dokument-ID", c.docid, None)])]
    return cover, sig + aud + cert, platform


def dpost_header(c: Ctx, subject: str, recv: dt.datetime):
    return [("small", "Digital Post – Udskrevet fra borger.dk"),
            ("kv", [("Fra", f"{c.k} Kommune – Jobcenter", None), ("Til", c.name, None),
                    ("Emne", subject, None), ("Modtaget", f"{recv:%d.%m.%Y} kl. {recv:%H:%M}", None)])]


def dpost_receipt(c: Ctx, recv: dt.datetime):
    op = recv + dt.timedelta(hours=c.r.randint(2, 60))
    return [("small", f"Kvittering: Meddelelsen blev leveret til din digitale postkasse {recv:%d.%m.%Y} kl. {recv:%H:%M} "
                      f"og åbnet {op:%d.%m.%Y} kl. {op:%H:%M}. Besked-ID: {c.docid.lower()}")]


def decision_blocks(c: Ctx, dtype: str, defects: set[str], over=False, cpr=False):
    sent = c.start - dt.timedelta(days=c.r.randint(5, 20))
    if over:
        c.end = period_end(c.start, c.r.choice([7, 9, 12]))
    per = f"{c.d(c.start)} til {c.d(c.end)}"
    subj = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
            "refusal": "Afslag på mentorstøtte", "extension": "Forlængelse af mentorstøtte",
            "end": "Ophør af mentorstøtte"}[dtype]
    b = [("p", f"{c.k} Kommune · Jobcenter {c.k} · {c.d(sent)}"), ("h1", subj)]
    b.append(("p", f"Kære {c.name}" + (f" (cpr.nr. {c.make_cpr()})" if cpr else "")))
    h = c.hours_s()
    if dtype == "grant":
        b.append(("p", f"Du har fået bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. "
                       f"Støtten gives i perioden {per} med {h}. Din mentor er {c.mentor} fra {c.prov}."))
        b.append(("p", "Du har fået fuldt ud medhold i din ansøgning. Den skriftlige aftale om mentorstøtten laver I ved opstartsmødet, og den kan ses på Min Side."))
    elif dtype == "partial":
        b.append(("p", f"Du søgte om mentorstøtte 8 timer om ugen. Vi har bevilget {h} i perioden {per}. "
                       f"Det er færre timer, end du søgte om."))
        b.append(("h2", "Begrundelse"))
        b.append(("p", f"Vi har lagt vægt på, at du allerede har en kontaktperson i praktikken, og at dit behov for støtte "
                       f"er størst i de første uger. Afgørelsen er truffet efter LAB § 167, stk. 1."))
    elif dtype == "refusal":
        b.append(("p", "Vi har givet dig afslag på mentorstøtte."))
        if "no-reasons" not in defects:
            b.append(("h2", "Begrundelse"))
            b.append(("p", "Vi har lagt vægt på, at du i dag er i ordinær uddannelse, hvor skolens egen studievejledning og SPS dækker dit behov. "
                           "Der er derfor ikke grundlag for mentorstøtte efter LAB § 167."))
    elif dtype == "extension":
        b.append(("p", f"Vi har efter en konkret vurdering forlænget din mentorstøtte med en ny periode fra {per}, "
                       f"jf. LAB § 167, stk. 1, 2. pkt. Timetallet er uændret {h}. Din mentor er stadig {c.mentor}."))
    elif dtype == "end":
        b.append(("p", f"Din mentorstøtte ophører {c.d(c.start)}. Vi har lagt vægt på, at du er startet i ordinært job "
                       f"og selv har sagt, at du ikke længere har brug for mentor."))
    if "missing-appeal-guidance" in defects:
        ap = c.r.choice(["", c.appeal("incomplete")])
    else:
        ap = c.appeal("wrong" if "wrong-route" in defects else "full")
    if ap:
        b += [("h2", c.r.choice(["Klagevejledning", "Hvis du vil klage"])), ("p", ap)]
    b += [("p", "Med venlig hilsen"), ("p", f"{c.cw}, sagsbehandler, tlf. {c.cwphone}")]
    return subj, b, sent


# ---------------------------------------------------------------- corpus plan

def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    lo_jobs = []  # (docx_path, final_pdf_path)
    tmpdir = Path(tempfile.mkdtemp(prefix="ic_lo_"))

    def entry(path, fmt, kind, subtype, layout, rules, traits, c, extras=(), cpr=False, period=None):
        e = {"path": path, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": ([c.cpr, c.cpr.replace("-", "")] if (cpr and c.cpr) else []),
             "traits": sorted(set(traits) | ({"cpr"} if cpr else set())),
             "period": period}
        entries.append(e)

    # agreement plan: (family, fmt, defects)
    A = [
        ("sign", "pdf", set()), ("sign", "pdf", set()), ("sign", "pdf", {"missing-hours"}),
        ("sign", "pdf", {"duration-over-6-months"}), ("sign", "pdf", {"missing-mentor"}),
        ("sign", "pdf", {"unclear-goal"}), ("sign", "pdf", {"missing-follow-up", "missing-appeal-guidance"}),
        ("sign", "pdf", set()), ("sign", "pdf", {"wrong-route"}), ("sign", "pdf", {"missing-tasks"}),
        ("sign_lo", "pdf", set()), ("sign_lo", "pdf", {"missing-duration"}), ("sign_lo", "pdf", {"missing-appeal-guidance"}),
        ("sign_lo", "pdf", {"duration-over-6-months", "missing-hours"}),
        ("form", "docx", set()), ("form", "docx", {"missing-hours"}), ("form", "docx", {"missing-goal"}),
        ("form", "docx", {"missing-follow-up"}), ("form_lo", "pdf", set()), ("form_lo", "pdf", {"unclear-goal", "missing-tasks"}),
        ("form_lo", "pdf", {"missing-mentor"}), ("form", "txt", set()), ("form", "txt", {"missing-duration"}),
        ("form", "html", set()), ("form", "html", {"duration-over-6-months"}),
        ("dpost_agr", "pdf", set()), ("dpost_agr", "html", {"missing-appeal-guidance"}),
        ("sign_eml", "eml", set()),
    ]
    n = 0
    for fam, fmt, defects in A:
        n += 1
        c = Ctx(rng)
        cpr = rng.random() < 0.28
        over = "duration-over-6-months" in defects
        f = agreement_fields(c, defects, over=over)
        rules = set(defects) - {"wrong-route"}
        extras = {"appeal-wrong-route"} if "wrong-route" in defects else set()
        per = None if "missing-duration" in defects else {"start": c.start.isoformat(), "end": c.end.isoformat()}
        traits = [f"family:{fam}"] + (["period:over-six"] if over else [])
        if per and not over and c.end == period_end(c.start, 6):
            traits.append("period:exact-six")
        title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte (LAB § 167)"])
        sign_date = c.start - dt.timedelta(days=rng.randint(3, 14))
        slug = f"{c.first.lower()}-{n:02d}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        if fam in ("sign", "sign_lo", "sign_eml"):
            ms = "missing-mentor" not in defects
            body = agreement_body(c, f, title, cpr, style=rng.choice(["kv", "kv", "sections"]))
            body.append(("p", "Underskrifter: se side med underskrivere. Dokumentet er underskrevet digitalt."))
            cover, tail, platform = signing_pages(c, sign_date, mentor_signs=ms, emails=ms)
            blocks = cover + body + [("pb",)] + tail
            footer = f"{platform} · Dokument-ID: {c.docid}"
            traits += ["signing-platform", "audit-trail", "certificate-page", "docid-footer"]
            if fam == "sign":
                path = f"underskrift/{c.kl}/mentoraftale-{slug}-underskrevet.pdf"
                (out / path).parent.mkdir(parents=True, exist_ok=True)
                render_pdf_rl(blocks, out / path, footer=footer)
                traits.append("reportlab")
                entry(path, "pdf", "agreement", "agreement", "signing-package", rules, traits, c, extras, cpr, per)
            elif fam == "sign_lo":
                path = f"underskrift/{c.kl}/aftale-{slug}-signeret.pdf"
                (out / path).parent.mkdir(parents=True, exist_ok=True)
                dx = tmpdir / (Path(path).stem + ".docx")
                render_docx(blocks, dx, footer=footer)
                lo_jobs.append((dx, out / path))
                traits.append("libreoffice")
                entry(path, "pdf", "agreement", "agreement", "signing-package-docx", rules, traits, c, extras, cpr, per)
            else:
                path = f"mail/{c.kl}/alle-har-underskrevet-{slug}.eml"
                (out / path).parent.mkdir(parents=True, exist_ok=True)
                att = tmpdir / "att.pdf"
                render_pdf_rl(body + [("pb",)] + tail, att, footer=footer)
                msg = EmailMessage()
                msg["From"] = f"{platform} <no-reply@{platform.lower().replace(' ', '').replace('.', '')}.dk>"
                msg["To"] = c.memail
                msg["Subject"] = f"Alle parter har underskrevet: {title}"
                msg["Date"] = format_datetime(dt.datetime.combine(sign_date, dt.time(15, 2), tzinfo=dt.timezone.utc))
                msg.set_content(f"Hej {c.mentor}\n\nAlle parter har nu underskrevet dokumentet \"{title}\" "
                                f"(Dokument-ID {c.docid}). Det underskrevne dokument er vedhæftet.\n\n"
                                f"Venlig hilsen\n{platform}\n")
                msg.add_attachment(att.read_bytes(), maintype="application", subtype="pdf", filename="Mentoraftale-underskrevet.pdf")
                (out / path).write_bytes(bytes(msg))
                traits += ["eml", "attachment"]
                entry(path, "eml", "agreement", "agreement", "signing-mail-attachment", rules, traits, c, extras, cpr, per)
        elif fam in ("form", "form_lo"):
            blocks = [("small", f"Selvbetjening · Jobcenter {c.k} · Formular: Mentoraftale v3.2 · Udskrevet {c.d(sign_date)}"),
                      ("h1", title), ("kv", parties_kv(c, cpr)),
                      ("p", "Felter markeret med * skal udfyldes. Hjælpetekster står under feltets navn."),
                      ("kv", [(lab + " *", v, h) for lab, v, h in kv_from_fields(c, f, with_help=True)])]
            if f["appeal"]:
                blocks += [("h2", rng.choice(LABELS["appeal"])), ("p", f["appeal"])]
            blocks += [("kv", [("Borgerens accept", f"Bekræftet med MitID {c.d(sign_date)}", "Borgeren bekræfter aftalen i Min Plan."),
                               ("Oprettet af", c.cw, None)])]
            traits += ["web-form-print", "help-texts"]
            base = f"selvbetjening/{c.kl}/mentoraftale-{slug}"
            (out / base).parent.mkdir(parents=True, exist_ok=True)
            if fam == "form_lo":
                dx = tmpdir / (Path(base).name + ".docx")
                render_docx(blocks, dx, footer=f"Formular-ID {c.docid}")
                lo_jobs.append((dx, out / (base + ".pdf")))
                entry(base + ".pdf", "pdf", "agreement", "agreement", "web-form-print", rules, traits + ["libreoffice"], c, extras, cpr, per)
            elif fmt == "docx":
                render_docx(blocks, out / (base + ".docx"), footer=f"Formular-ID {c.docid}")
                entry(base + ".docx", "docx", "agreement", "agreement", "web-form-print", rules, traits + ["python-docx"], c, extras, cpr, per)
            elif fmt == "txt":
                (out / (base + ".txt")).write_text(render_txt(blocks), encoding="utf-8")
                entry(base + ".txt", "txt", "agreement", "agreement", "web-form-text", rules, traits + ["text-export"], c, extras, cpr, per)
            else:
                (out / (base + ".html")).write_text(render_html(blocks, title), encoding="utf-8")
                entry(base + ".html", "html", "agreement", "agreement", "web-form-html", rules, traits + ["html-form"], c, extras, cpr, per)
        elif fam == "dpost_agr":
            recv = dt.datetime.combine(sign_date, dt.time(rng.randint(7, 16), rng.randint(0, 59)))
            body = agreement_body(c, f, title, cpr)
            blocks = dpost_header(c, title, recv) + body + dpost_receipt(c, recv)
            path = f"digitalpost/{c.kl}/{slug}-mentoraftale.{fmt}"
            (out / path).parent.mkdir(parents=True, exist_ok=True)
            if fmt == "pdf":
                render_pdf_rl(blocks, out / path, footer="Digital Post", header=f"borger.dk · Digital Post · {recv:%d.%m.%Y}")
            else:
                (out / path).write_text(render_html(blocks, title), encoding="utf-8")
            entry(path, fmt, "agreement", "agreement", "digital-post-saved", rules, traits + ["digital-post", "receipt"], c, extras, cpr, per)

    # decisions
    D = [("grant", "pdf", set()), ("grant", "pdf", {"missing-appeal-guidance"}), ("grant", "html", set()),
         ("grant", "html", {"duration-over-6-months"}), ("partial", "pdf", set()), ("partial", "html", {"missing-appeal-guidance"}),
         ("refusal", "pdf", set()), ("refusal", "html", {"no-reasons"}), ("refusal", "eml", {"missing-appeal-guidance"}),
         ("extension", "pdf", {"missing-appeal-guidance"}), ("extension", "lo", {"duration-over-6-months"}), ("extension", "html", {"wrong-route"}),
         ("end", "pdf", {"missing-appeal-guidance"}), ("end", "eml", set()), ("grant", "lo", set()), ("partial", "pdf", {"duration-over-6-months", "missing-appeal-guidance"})]
    for dtype, fmt, defects in D:
        n += 1
        c = Ctx(rng)
        cpr = rng.random() < 0.3
        over = "duration-over-6-months" in defects
        subj, b, sent = decision_blocks(c, dtype, defects, over=over, cpr=cpr)
        rules = set(defects) & {"missing-appeal-guidance", "duration-over-6-months"}
        extras = set()
        if "wrong-route" in defects:
            extras.add("appeal-wrong-route")
        if "no-reasons" in defects:
            extras.add("missing-reasons")
        recv = dt.datetime.combine(sent, dt.time(rng.randint(6, 18), rng.randint(0, 59)))
        blocks = dpost_header(c, subj, recv) + b + dpost_receipt(c, recv)
        per = None if dtype in ("refusal", "end") else {"start": c.start.isoformat(), "end": c.end.isoformat()}
        traits = ["digital-post", "receipt", f"decision:{dtype}"] + (["period:over-six"] if over else [])
        slug = f"{dtype}-{c.first.lower()}-{n:02d}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        d = out / "digitalpost" / c.kl
        d.mkdir(parents=True, exist_ok=True)
        if fmt == "pdf":
            path = f"digitalpost/{c.kl}/{slug}.pdf"
            render_pdf_rl(blocks, out / path, footer="Digital Post", header=f"borger.dk · Digital Post · {recv:%d.%m.%Y}")
            traits.append("reportlab")
        elif fmt == "lo":
            path = f"digitalpost/{c.kl}/{slug}.pdf"
            dx = tmpdir / f"{slug}.docx"
            render_docx(blocks, dx, footer=f"Besked-ID {c.docid.lower()}")
            lo_jobs.append((dx, out / path))
            traits.append("libreoffice")
            fmt = "pdf"
        elif fmt == "html":
            path = f"digitalpost/{c.kl}/{slug}.html"
            hdr = ('<nav><a href="#">Indbakke</a> · <a href="#">Arkiv</a> · <a href="#">Log ud</a></nav>')
            (out / path).write_text(render_html(blocks, subj + " – Digital Post", header_html=hdr), encoding="utf-8")
            traits.append("saved-web-page")
        else:
            path = f"mail/{c.kl}/{slug}.eml"
            (out / path).parent.mkdir(parents=True, exist_ok=True)
            msg = EmailMessage()
            msg["From"] = f"{c.name} <{c.first.lower()}{c.p[:2]}@mail.dk>"
            msg["To"] = f"{c.first.lower()}{c.p[:2]}@mail.dk"
            msg["Subject"] = f"VS: {subj}"
            msg["Date"] = format_datetime(dt.datetime.combine(sent, dt.time(20, 15), tzinfo=dt.timezone.utc))
            msg.set_content("Videresendt fra Digital Post, så jeg har den på telefonen.\n\n"
                            "---------- Videresendt meddelelse ----------\n" + render_txt(blocks))
            (out / path).write_bytes(bytes(msg))
            traits.append("forwarded-mail")
        entry(path, fmt, "decision", dtype, "digital-post-saved" if fmt != "eml" else "forwarded-digital-post", rules,
              traits, c, extras, cpr, per)

    # Min Plan self-service pages
    M = [("html", set()), ("html", set()), ("html", {"missing-hours"}), ("html", {"unclear-goal"}),
         ("html", {"missing-mentor"}), ("html", {"duration-over-6-months"}), ("html", set()), ("html", {"missing-tasks"}),
         ("pdf", set()), ("pdf", {"missing-goal"}), ("pdf", set()), ("pdf", {"missing-duration"}),
         ("txt", set()), ("txt", {"missing-hours", "unclear-goal"})]
    for fmt, defects in M:
        n += 1
        c = Ctx(rng)
        cpr = rng.random() < 0.2
        over = "duration-over-6-months" in defects
        f = agreement_fields(c, defects, over=over)
        per = None if "missing-duration" in defects else {"start": c.start.isoformat(), "end": c.end.isoformat()}
        conf = c.start - dt.timedelta(days=rng.randint(1, 10))
        blocks = [("small", f"Min Plan · {c.name} · Jobcenter {c.k}"), ("h1", "Min Plan"),
                  ("p", f"Her kan du se din plan. Du bekræftede planen {c.d(conf)} kl. {rng.randint(8, 21)}:{rng.randint(10, 59)} med MitID.")]
        if cpr:
            blocks.append(("kv", [("CPR-nummer", c.make_cpr(), None)]))
        if rng.random() < 0.5:
            other_start = c.start + dt.timedelta(days=14)
            blocks += [("h2", "Virksomhedspraktik"),
                       ("kv", [("Sted", f"{rng.choice(WORKPLACES)} {c.k}", None),
                               ("Periode", f"{c.d(other_start)} – {c.d(add_months(other_start, 3))}", None),
                               ("Kontaktperson", f"{rng.choice(FIRST)} {rng.choice(LAST)}, tlf. {rng.randint(20, 61)} 44 55 66", None),
                               ("Status", "Planlagt", None)])]
        blocks += [("h2", "Mentorstøtte"),
                   ("kv", kv_from_fields(c, f, order=("goal", "mentor", "tasks", "duration", "hours"), blank="–") +
                    [("Status", "Bekræftet af dig", None)])]
        blocks += [("small", "Har du spørgsmål til din plan, så skriv til din sagsbehandler via Digital Post.")]
        rules = set(defects)
        slug = f"minplan-{c.first.lower()}-{n:02d}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        path = f"minplan/{c.kl}/{slug}.{fmt}"
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        if fmt == "html":
            (out / path).write_text(render_html(blocks, "Min Plan – Jobnet",
                                                header_html='<header><nav>Forside · Min Plan · Mine aftaler · Dokumenter</nav></header>'),
                                    encoding="utf-8")
        elif fmt == "pdf":
            render_pdf_rl(blocks, out / path, footer=f"Udskrevet fra Min Plan {c.d(conf)}")
        else:
            (out / path).write_text(render_txt(blocks), encoding="utf-8")
        entry(path, fmt, "minplan", "minplan", "self-service-confirmed", rules,
              ["self-service", "citizen-confirmed", f"format:{fmt}"] + (["period:over-six"] if over else []), c, (), cpr, per)

    # unknown look-alikes
    U = ["application_html", "application_pdf", "application_txt", "consent_docx", "consent_pdf",
         "consent_lo", "invite_eml", "invite_eml2", "dpnotice_eml", "audit_pdf", "receipt_html",
         "guide_html", "pending_html"]
    for u in U:
        n += 1
        c = Ctx(rng)
        cpr = rng.random() < 0.3 and u.startswith(("application", "consent"))
        traits = ["look-alike", u]
        d = out / "andet" / c.kl
        d.mkdir(parents=True, exist_ok=True)
        slug = f"{u.split('_')[0]}-{c.first.lower()}-{n:02d}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        if u.startswith("application"):
            blocks = [("small", f"Selvbetjening · {c.k} Kommune · Kvittering nr. {c.docid}"),
                      ("h1", "Ansøgning om mentorstøtte"),
                      ("kv", [("Navn", c.name, None)] + ([("CPR-nummer", c.make_cpr(), None)] if cpr else []) +
                       [("Telefon", c.mphone, None),
                        ("Hvad vil du gerne opnå med en mentor?", c.goal(True), "Skriv fx hvilket job eller hvilken uddannelse du drømmer om."),
                        ("Hvad har du brug for hjælp til?", "; ".join(c.tasks()), None),
                        ("Hvor mange timer om ugen tror du, du har brug for?", c.hours_s(), None),
                        ("Hvornår vil du gerne starte?", c.d(c.start), None),
                        ("Har du en mentor i forvejen?", "Nej", None)]),
                      ("p", f"Din ansøgning er sendt {c.d(c.start - dt.timedelta(days=30))}. Jobcentret behandler den og sender en afgørelse til din digitale postkasse. Sagsbehandlingstiden er normalt 4 uger."),
                      ("p", "Dette er ikke en afgørelse.")]
            fmt = u.split("_")[1]
            path = f"andet/{c.kl}/{slug}.{fmt}"
            if fmt == "html":
                (out / path).write_text(render_html(blocks, "Ansøgning om mentorstøtte – kvittering"), encoding="utf-8")
            elif fmt == "pdf":
                render_pdf_rl(blocks, out / path, footer=f"Ansøgnings-ID {c.docid}")
            else:
                (out / path).write_text(render_txt(blocks), encoding="utf-8")
            layout = "online-application"
        elif u.startswith("consent"):
            blocks = [("h1", "Samtykkeerklæring – mentorforløb"),
                      ("kv", [("Navn", c.name, None)] + ([("CPR-nr.", c.make_cpr(), None)] if cpr else []) +
                       [("Sagsnummer", c.caseno, None)]),
                      ("p", f"Jeg giver samtykke til, at Jobcenter {c.k} og min mentor fra {c.prov} må udveksle oplysninger om mit fremmøde, "
                            "min helbredssituation og mine mål, i det omfang det er nødvendigt for mentorforløbet."),
                      ("p", "Samtykket gælder, så længe mentorforløbet varer, dog højst 1 år. Jeg kan til enhver tid trække samtykket tilbage ved at kontakte min sagsbehandler."),
                      ("bullets", ["Læge og psykiatri", "Uddannelsessted", "Praktiksted", "Misbrugsbehandling"]),
                      ("p", f"Underskrevet med MitID {c.d(c.start - dt.timedelta(days=5))}")]
            fmt = {"docx": "docx", "pdf": "pdf", "lo": "pdf"}[u.split("_")[1]]
            path = f"andet/{c.kl}/{slug}.{fmt}"
            if u.endswith("docx"):
                render_docx(blocks, out / path)
            elif u.endswith("lo"):
                dx = tmpdir / f"{slug}.docx"
                render_docx(blocks, dx, footer=f"Dokument-ID: {c.docid}")
                lo_jobs.append((dx, out / path))
            else:
                cover, tail, platform = signing_pages(c, c.start - dt.timedelta(days=5), mentor_signs=False,
                                                         docname="Samtykkeerklaering.pdf")
                render_pdf_rl(cover + blocks + [("pb",)] + tail, out / path, footer=f"{platform} · Dokument-ID: {c.docid}")
            layout = "consent-form"
        elif u.startswith("invite"):
            platform = rng.choice(PLATFORMS)
            path = f"andet/{c.kl}/{slug}.eml"
            msg = EmailMessage()
            msg["From"] = f"{platform} <no-reply@signering.dk>"
            msg["To"] = c.memail
            msg["Subject"] = "Du har modtaget dokumenter til underskrift" if u == "invite_eml" else "Påmindelse: Mentoraftale venter på din underskrift"
            msg["Date"] = format_datetime(dt.datetime(2026, c.start.month, 3, 9, 0, tzinfo=dt.timezone.utc))
            msg.set_content(f"Hej {c.mentor}\n\n{c.cw} fra {c.k} Kommune har sendt dig 1 dokument til underskrift:\n\n"
                            f"  • Mentoraftale – {c.name}\n\nKlik på linket for at læse og underskrive med MitID. "
                            f"Linket udløber om 14 dage.\n\nhttps://sign.example.dk/s/{c.docid.lower()}\n\n"
                            f"Venlig hilsen\n{platform}\n")
            (out / path).write_bytes(bytes(msg))
            layout = "signing-invitation"
        elif u == "dpnotice_eml":
            path = f"andet/{c.kl}/{slug}.eml"
            msg = EmailMessage()
            msg["From"] = "Digital Post <noreply@digitalpost.dk>"
            msg["To"] = f"{c.first.lower()}@mail.dk"
            msg["Subject"] = f"Du har modtaget ny post fra {c.k} Kommune"
            msg["Date"] = format_datetime(dt.datetime(2026, c.start.month, 2, 7, 30, tzinfo=dt.timezone.utc))
            msg.set_content(f"Du har fået ny post i din digitale postkasse.\n\nAfsender: {c.k} Kommune – Jobcenter\n"
                            f"Emne: Afgørelse om mentorstøtte\n\nLog ind på borger.dk eller i appen Digital Post for at læse brevet.\n")
            (out / path).write_bytes(bytes(msg))
            layout = "digital-post-notice"
        elif u == "audit_pdf":
            cover, tail, platform = signing_pages(c, c.start - dt.timedelta(days=6))
            path = f"andet/{c.kl}/{slug}-revisionsspor.pdf"
            render_pdf_rl(tail, out / path, footer=f"{platform} · Dokument-ID: {c.docid}")
            layout = "audit-trail-only"
        elif u == "receipt_html":
            path = f"andet/{c.kl}/{slug}.html"
            blocks = [("h1", "Kvittering for modtagelse af ansøgning"),
                      ("p", f"Kære {c.name}. Vi har modtaget din ansøgning om mentorstøtte {c.d(c.start - dt.timedelta(days=20))}. "
                            "Du får svar senest om 4 uger. Dette er ikke en afgørelse, og du kan ikke klage over kvitteringen."),
                      ("kv", [("Sagsnummer", c.caseno, None), ("Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}", None)])]
            (out / path).write_text(render_html(blocks, "Kvittering"), encoding="utf-8")
            layout = "receipt"
        elif u == "guide_html":
            path = f"andet/{c.kl}/{slug}-saadan-underskriver-du.html"
            blocks = [("h1", "Sådan underskriver du din mentoraftale digitalt"),
                      ("p", f"{c.k} Kommune sender aftaler om mentorstøtte til underskrift via en signeringsportal. Du får en mail med et link."),
                      ("bullets", ["Åbn linket og læs aftalen. Den skal indeholde målet, mentorens navn og kontaktdata, opgaverne, perioden (højst 6 måneder), opfølgningen og timetallet.",
                                   "Underskriv med MitID.", "Du får en kopi med revisionsspor og certifikat, når alle har skrevet under.",
                                   "Er du uenig i kommunens afgørelse, kan du klage inden 4 uger – se klagevejledningen i afgørelsen."]),
                      ("p", "Har du spørgsmål, så ring til Jobcentret.")]
            (out / path).write_text(render_html(blocks, "Digital underskrift – vejledning"), encoding="utf-8")
            layout = "guidance-page"
        else:  # pending
            path = f"andet/{c.kl}/{slug}-minplan.html"
            blocks = [("h1", "Min Plan"), ("p", f"Plan for {c.name}. Senest opdateret {c.d(c.start - dt.timedelta(days=12))}."),
                      ("h2", "Uddannelse"), ("kv", [("Aktivitet", f"{rng.choice(EDUS)}", None), ("Start", c.d(c.start), None), ("Status", "Planlagt", None)]),
                      ("h2", "Mentorstøtte"), ("kv", [("Status", "Afventer bevilling", None), ("Mentor", "Ikke fundet endnu", None)])]
            (out / path).write_text(render_html(blocks, "Min Plan"), encoding="utf-8")
            layout = "minplan-pending"
        fmt = Path(path).suffix[1:]
        entry(path, fmt, "unknown", "none", layout, set(), traits, c, (), cpr, None)

    # LibreOffice batch (one process)
    if lo_jobs:
        lo_out = tmpdir / "lo_out"
        lo_out.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ic_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(lo_out)] + [str(j[0]) for j in lo_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for dx, final in lo_jobs:
            shutil.move(str(lo_out / (dx.stem + ".pdf")), final)
    shutil.rmtree(tmpdir, ignore_errors=True)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ic")
    ap.add_argument("--seed", type=int, default=1917)
    a = ap.parse_args()
    ents = build(Path(a.out), a.seed)
    print(f"{len(ents)} documents written to {a.out}")


if __name__ == "__main__":
    main()
