#!/usr/bin/env python3
"""Corpus HZ: paperwork the mentor writes (plus the municipality's decisions and Min Plan
entries for the same cases, and mentor look-alikes that are none of the kinds).

Deterministic: python make_corpus_hz.py --out /work/corpora/hz [--seed 1919]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Jonas", "Sara", "Mads", "Amalie", "Ahmed", "Freja", "Kasper", "Nadia", "Emil", "Louise",
         "Mikkel", "Yasmin", "Rasmus", "Ida", "Tobias", "Maja", "Ali", "Cecilie", "Oliver", "Sofie",
         "Patrick", "Line", "Bilal", "Camilla", "Nikolaj", "Stine", "Omar", "Julie", "Frederik", "Anne"]
LAST = ["Hansen", "Pedersen", "Nielsen", "Jensen", "Larsen", "Mortensen", "Karimi", "Holm",
        "Sørensen", "Kristensen", "Rasmussen", "Andersen", "Bach", "Lund", "Yilmaz", "Thomsen"]
MENTORS = [("Lene Kjær", "Jobværkstedet ApS"), ("Bo Vestergaard", "Mentorhuset Midt"),
           ("Trine Aagaard", "Vejen Videre I/S"), ("Kim Rahbek", "Kommunens Mentorteam"),
           ("Hanne Dall", "Trin for Trin Mentor"), ("Søren Fisker", "Kommunens Mentorteam"),
           ("Mette Brix", "Broen Job & Uddannelse"), ("Jakob Winther", "Mentorhuset Midt"),
           ("Pia Frost", "Nordlys Mentorservice"), ("Rune Madsen", "Jobværkstedet ApS")]
KOMMUNER = ["Silkeborg", "Viborg", "Holstebro", "Randers", "Horsens", "Skive", "Herning", "Vejle"]

GOALS = [
    "du starter på grundforløb 1 på {school} i august 2026 og møder mindst fire dage om ugen",
    "du er i virksomhedspraktik på lageret hos {firm} 15 timer om ugen senest 1. juni 2026",
    "du får et fleksjob som kantinemedhjælper hos {firm} med 12 timer om ugen inden periodens udløb",
    "du gennemfører FGU på {school} og har højst to dages fravær om måneden",
    "du kommer i løntilskud i butik hos {firm} 25 timer om ugen fra 1. maj 2026",
    "du søger og starter på SOSU-hjælperuddannelsen på {school} til sommeroptaget 2026",
]
VAGUE_GOALS = [
    "at du får det bedre og kommer videre",
    "støtte til at få mere struktur på hverdagen",
    "øget trivsel og selvværd",
    "at du kommer tættere på arbejdsmarkedet",
    "motivere dig til at tage ansvar",
]
SCHOOLS = ["Mercantec", "Tradium", "SOSU Midt", "FGU Midtjylland", "Learnmark", "Herningsholm"]
FIRMS = ["Netto Nørregade", "Bilka", "Danish Crown", "Føtex", "Kvickly", "Coop Lager Horsens"]
TASKS = [
    "hjælpe dig med at lave en fast morgenrutine, følge dig ud til praktikstedet de første to uger og tage med til samtalen med lederen",
    "følge dig til studievejledningen, hjælpe med SU-ansøgningen og tage en snak med dig hver uge om fremmøde",
    "hjælpe med transporten (rejsekort og køreplan), tage med til de første møder og tale med din kontaktperson på arbejdspladsen",
    "hjælpe dig med at holde styr på post, e-Boks og aftaler og øve jobsamtaler med dig",
]


def d_words(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 3:
        return f"{d.day}. {MABBR[d.month-1]} {d.year}"
    return f"{d.day}/{d.month} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


# ---------------------------------------------------------------- renderers
def render_txt(path: Path, doc: dict) -> None:
    out = [doc["title"], ""] if doc.get("txt_title", True) else []
    for b in doc["blocks"]:
        if isinstance(b, tuple) and b[0] == "table":
            for row in b[1]:
                out.append("\t".join(row))
            out.append("")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append(b[1].upper() if doc.get("upper_h") else b[1])
            out.append("")
        else:
            out.append(b)
            out.append("")
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def render_eml(path: Path, doc: dict, rng: random.Random) -> None:
    msg = EmailMessage()
    msg["From"] = doc["from"]
    msg["To"] = doc["to"]
    msg["Subject"] = doc["title"]
    msg["Date"] = format_datetime(dt.datetime.combine(doc["date"], dt.time(14, rng.randint(0, 59)),
                                                      tzinfo=dt.timezone(dt.timedelta(hours=1))))
    body = []
    for b in doc["blocks"]:
        if isinstance(b, tuple) and b[0] == "table":
            body += [": ".join(r) for r in b[1]]
            body.append("")
        elif isinstance(b, tuple):
            body += [b[1], ""]
        else:
            body += [b, ""]
    text = "\n".join(body)
    msg.set_content(text)
    if doc.get("eml_html"):
        msg.add_alternative("<html><body>" + "".join(
            f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>",
            subtype="html")
    path.write_bytes(bytes(msg))


def render_html(path: Path, doc: dict) -> None:
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(doc['title'])}</title></head><body>"]
    if doc.get("html_title", True):
        parts.append(f"<h1>{html.escape(doc['title'])}</h1>")
    for b in doc["blocks"]:
        if isinstance(b, tuple) and b[0] == "table":
            parts.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif isinstance(b, tuple):
            parts.append(f"<h2>{html.escape(b[1])}</h2>")
        else:
            parts.append("<p>" + html.escape(b).replace("\n", "<br>") + "</p>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def render_docx(path: Path, doc: dict) -> None:
    import docx
    d = docx.Document()
    if doc.get("docx_title", True):
        d.add_heading(doc["title"], level=1)
    for b in doc["blocks"]:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        elif isinstance(b, tuple):
            d.add_heading(b[1], level=2)
        else:
            d.add_paragraph(b)
    d.core_properties.author = doc.get("author", "")
    d.save(path)


def render_odt(path: Path, doc: dict) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    o = OpenDocumentText()
    o.text.addElement(H(outlinelevel=1, text=doc["title"]))
    for b in doc["blocks"]:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = Table(name=f"T{id(rows) % 1000}")
            t.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in rows)))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            o.text.addElement(t)
        elif isinstance(b, tuple):
            o.text.addElement(H(outlinelevel=2, text=b[1]))
        else:
            for line in b.split("\n"):
                o.text.addElement(P(text=line))
    o.save(str(path))


def render_pdf(path: Path, doc: dict) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", cand))
            font = "DejaVu"
    ss = getSampleStyleSheet()
    for k in ("Normal", "Heading1", "Heading2"):
        ss[k].fontName = font
    story = [Paragraph(html.escape(doc["title"]), ss["Heading1"])]
    for b in doc["blocks"]:
        if isinstance(b, tuple) and b[0] == "table":
            data = [[Paragraph(html.escape(c), ss["Normal"]) for c in r] for r in b[1]]
            t = Table(data, colWidths=[150, 300][:len(b[1][0])] if len(b[1][0]) <= 2 else None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
            story += [t, Spacer(1, 8)]
        elif isinstance(b, tuple):
            story.append(Paragraph(html.escape(b[1]), ss["Heading2"]))
        else:
            story.append(Paragraph(html.escape(b).replace("\n", "<br/>"), ss["Normal"]))
            story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"], lang="da").build(story)


# ---------------------------------------------------------------- content
class Case:
    def __init__(self, rng: random.Random, i: int):
        self.fn = FIRST[i % len(FIRST)]
        self.ln = rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.mentor, self.firm = MENTORS[i % len(MENTORS)]
        self.mfirst = self.mentor.split()[0]
        self.phone = f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        slug = self.mentor.lower().replace(" ", ".").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        dom = self.firm.lower().split()[0].replace("&", "").replace("ø", "oe").replace("æ", "ae") + ".dk"
        self.kommune = rng.choice(KOMMUNER)
        if self.firm == "Kommunens Mentorteam":
            self.firm = f"Mentorteamet, {self.kommune} Kommune"
            dom = f"{self.kommune.lower()}.dk"
        self.mail = f"{slug}@{dom}"
        self.cmail = f"{self.fn.lower()}{rng.randint(1, 99)}@gmail.com"
        self.caseworker = rng.choice(["Birgitte Holm", "Anders Krogh", "Louise Vinther", "Henrik Bak"])
        self.school = rng.choice(SCHOOLS)
        self.firmplace = rng.choice(FIRMS)
        self.goal = rng.choice(GOALS).format(school=self.school, firm=self.firmplace)
        self.tasks = rng.choice(TASKS)
        self.start = dt.date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 15, 3, 10]))
        self.end = add_months(self.start, 6) - dt.timedelta(days=1)
        self.hours = rng.choice([2, 3, 4, 5, 6])
        self.weekday = rng.choice(["mandag", "tirsdag", "onsdag", "torsdag"])
        self.cpr = None
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 40)}.{rng.randint(10, 20)}-G01-{rng.randint(100, 9999)}-26"

    def make_cpr(self, rng):
        d = dt.date(rng.randint(1985, 2006), rng.randint(1, 12), rng.randint(1, 28))
        self.cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"
        return self.cpr


APPEAL_FULL = [
    "Klagevejledning: Er du ikke enig i kommunens afgørelse om mentorstøtte, kan du klage til {k} Kommune inden 4 uger, efter du har fået afgørelsen. Kommunen genvurderer sagen, og fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
    "Hvis du vil klage over afgørelsen om mentorstøtte, skal du klage til kommunen ({k} Kommune, Jobcentret) inden fire uger. Kommunen ser på sagen igen inden fire uger. Fastholder vi afgørelsen, sender vi din klage videre til Ankestyrelsen.",
]


def appeal_text(c: Case, rng: random.Random) -> str:
    return rng.choice(APPEAL_FULL).format(k=c.kommune)


def sig(c: Case, shape: int, with_contact: bool = True) -> str:
    if not with_contact:
        return ["Hilsen\n" + c.mfirst, "Venlig hilsen\n" + c.mentor, "Mvh " + c.mentor + "\n" + c.firm][shape % 3]
    if shape == 0:
        return f"Venlig hilsen\n{c.mentor}\nMentor\n{c.firm}\nTlf. {c.phone}"
    if shape == 1:
        return f"Mvh\n{c.mentor}\n\n{c.firm.upper()} · job · uddannelse · trivsel\nMobil: {c.phone} | Mail: {c.mail}"
    if shape == 2:
        return f"Kærlig hilsen {c.mfirst}\n({c.mentor}, {c.firm}, {c.phone})"
    return f"Hilsen\n{c.mentor}\n{c.mail}\n{c.phone}"


def fmt_period(c: Case, style: int, end: dt.date | None = None) -> str:
    end = end or c.end
    return f"{d_words(c.start, style)} til {d_words(end, style)}"


def agreement_content(c: Case, rng: random.Random, layout: str, defects: set[str]) -> dict:
    """Return doc dict for a mentor-written agreement with the given defects."""
    st = rng.randint(0, 4)
    end = c.end
    if "duration-over-6-months" in defects:
        end = add_months(c.start, rng.choice([8, 9, 12])) - dt.timedelta(days=1)
    goal = rng.choice(VAGUE_GOALS) if "unclear-goal" in defects else c.goal
    has_goal = "missing-goal" not in defects
    has_tasks = "missing-tasks" not in defects
    has_dur = "missing-duration" not in defects
    has_fu = "missing-follow-up" not in defects
    has_hours = "missing-hours" not in defects
    has_appeal = "missing-appeal-guidance" not in defects
    contact = "missing-mentor" not in defects
    period = fmt_period(c, st, end)
    hours_txt = (f"{c.hours} timer om ugen" if has_hours else "efter behov")
    fu_txt = rng.choice([
        f"Vi holder statusmøde med din sagsbehandler {c.caseworker} hver måned, og 14 dage før forløbet slutter evaluerer vi sammen, om du har nået målet.",
        "Opfølgning: statusmøde med sagsbehandler hver 4. uge; delmål: fremmøde fire dage om ugen fra anden måned.",
        f"Midtvejsevaluering efter 3 måneder sammen med {c.caseworker}, og slutevaluering 14 dage før aftalen udløber.",
    ]) if has_fu else rng.choice(["Vi følger op efter behov.", "Opfølgning sker løbende."])
    blocks: list = []
    title = ""
    doc: dict = {"date": c.start - dt.timedelta(days=rng.randint(0, 5))}
    if layout in ("letter", "email"):
        title = rng.choice(["Tak for i dag – det vi aftalte", "Opsummering af vores aftale",
                            "Vores aftale om mentorforløb", "Som aftalt – mentorforløb"])
        blocks.append(f"Kære {c.fn}" if layout == "letter" else f"Hej {c.fn}")
        blocks.append(rng.choice([
            "Tak for i dag. Som aftalt skriver jeg her ned, hvad vi blev enige om, så du har det på skrift.",
            "Tak for et godt første møde. Her får du det, vi blev enige om, skrevet ned.",
            "Som aftalt sender jeg dig vores aftale om mentorstøtte, som vi lavede i dag.",
        ]))
        if has_goal:
            if goal.startswith("at "):
                blocks.append(f"Målet med mentorstøtten er {goal}.")
            elif goal.startswith(("støtte", "øget", "motivere")):
                blocks.append(f"Målet med mentorstøtten: {goal[0].upper() + goal[1:]}.")
            else:
                blocks.append(f"Målet med mentorstøtten er, at {goal}.")
        if has_tasks:
            blocks.append(f"Jeg vil {c.tasks}.")
        if "bg-edu" in defects:
            blocks.append(f"Du fortalte, at du har fået plads på {c.school}, hvor uddannelsen løber fra 10. august 2026 til 30. juni 2028.")
        if "ext" in defects:
            blocks.append("Kommunen har forlænget din mentorstøtte, så vi fortsætter sammen i en ny periode.")
        blocks.append(
            (f"Vi mødes hver {c.weekday}, i alt {hours_txt}, " if has_hours else f"Vi ses {hours_txt}, ")
            + (f"i perioden {period}." if has_dur else "og vi tager det derfra.")
        )
        blocks.append(fu_txt)
        if has_appeal:
            blocks.append("Kommunen har truffet afgørelse om din mentorstøtte. " + appeal_text(c, rng))
        blocks.append(rng.choice(["Skriv eller ring, hvis der er noget.", "Du er altid velkommen til at ringe.",
                                  "Glæd dig – det skal nok gå godt."]))
        blocks.append(sig(c, rng.randint(0, 3), contact))
    elif layout == "startnote":
        title = rng.choice(["Opstartsnotat – mentorforløb", "Opstart af mentorforløb – aftale med borger",
                            "Første møde: aftale om mentorstøtte"])
        blocks.append(f"Til: {c.caseworker}, {c.kommune} Kommune\nBorger: {c.name}\nSagsnr.: {c.sagsnr}")
        blocks.append(f"Jeg har i dag haft første møde med {c.fn}, og vi har lavet denne aftale, som {c.fn} har fået en kopi af.")
        if has_goal:
            blocks.append(f"Mål: {goal[0].upper() + goal[1:]}." if goal.startswith(("støtte", "øget", "motivere", "at")) else f"Mål: {c.fn} – {goal.replace('du ', '', 1)}.")
        if has_tasks:
            blocks.append(f"Mentorens opgaver: Jeg skal {c.tasks.replace('dig', c.fn).replace('din ', 'hans/hendes ')}.")
        if has_hours:
            blocks.append(f"Timetal: {c.hours} timer pr. uge, fast møde {c.weekday}e.")
        else:
            blocks.append("Timetal: efter behov")
        if has_dur:
            blocks.append(f"Periode: {period}")
        blocks.append(fu_txt)
        if has_appeal:
            blocks.append(f"{c.fn} er orienteret om klageadgangen: " + appeal_text(c, rng))
        blocks.append(f"Mentor: {c.mentor}, {c.firm}" + (f", tlf. {c.phone}" if contact else ""))
    elif layout == "citizenplan":
        title = f"Aftale mellem {c.fn} og mentor – skrevet sammen"
        gen = c.fn + ("'" if c.fn.endswith("s") else "s")
        blocks.append(f"Vi har skrevet den her aftale sammen på vores første møde. Det er {gen} egne ord.")
        if has_goal:
            g = goal.replace("du ", "jeg ", 1).replace("dig", "mig").replace("dine", "mine")
            blocks.append(("h", "Mit mål"))
            blocks.append(g[0].upper() + g[1:] + ".")
        if has_tasks:
            blocks.append(("h", f"Det skal {c.mfirst} hjælpe mig med"))
            blocks.append(c.tasks.replace("dig", "mig").replace("din ", "min ")[0].upper() + c.tasks.replace("dig", "mig").replace("din ", "min ")[1:] + ".")
        blocks.append(("h", "Hvor meget og hvor længe"))
        blocks.append((f"Vi ses {c.hours} timer om ugen, " if has_hours else "Vi ses, når jeg har brug for det, ")
                      + (f"fra {d_words(c.start, st)} til {d_words(end, st)}." if has_dur else "så længe det giver mening."))
        blocks.append(("h", "Sådan ser vi, om det går fremad"))
        blocks.append(fu_txt)
        blocks.append(("h", "Min mentor"))
        blocks.append(f"{c.mentor}, {c.firm}" + (f"\nTlf. {c.phone}, {c.mail}" if contact else ""))
        if has_appeal:
            blocks.append(("h", "Hvis jeg vil klage"))
            blocks.append(appeal_text(c, rng))
        blocks.append(f"Underskrevet {d_words(doc['date'], 0)}\n{c.name}        {c.mentor}")
    elif layout == "sms":
        title = ""
        s = [f"Hej {c.fn} 🙂 Som aftalt i dag:"]
        if has_goal:
            s.append(f"Mål: {goal}.")
        if has_tasks:
            s.append("Jeg vil " + c.tasks.split(",")[0] + ".")
        if has_hours:
            s.append(f"Vi ses hver {c.weekday} kl. 10-12 ({2} t/uge)." if c.hours == 2 else f"Vi ses {c.hours} timer om ugen, fast {c.weekday}.")
        if has_dur:
            s.append(f"Forløb: {c.start.day}/{c.start.month}-{end.day}/{end.month} {end.year}." if c.start.year == end.year
                     else f"Forløb: {c.start.day}/{c.start.month} {c.start.year} - {end.day}/{end.month} {end.year}.")
        s.append("Status m. sagsbeh. hver md." if has_fu else "Vi tager den løbende.")
        if has_appeal:
            s.append(f"Klage over kommunens afgørelse: til {c.kommune} Kommune inden 4 uger, de sender videre til Ankestyrelsen hvis de fastholder.")
        s.append(f"/{c.mfirst}" + (f" {c.phone}" if contact else ""))
        blocks = [f"SMS til {c.fn} {c.ln} – sendt {d_words(doc['date'], 2)} kl. 15:{rng.randint(10, 59)}", " ".join(s)]
        title = f"Sms-referat af aftale ({c.mentor})"
        doc["txt_title"] = False
    elif layout == "form":
        title = rng.choice(["Forløbsaftale", "Forløbsaftale – mentorstøtte", "FORLØBSAFTALE"])
        rows = [["Borger", c.name], ["Sagsnr.", c.sagsnr]]
        if c.cpr:
            rows.insert(1, ["CPR-nr.", c.cpr])
        rows.append(["Mentor (navn og kontakt)", f"{c.mentor}, {c.firm}" + (f", {c.phone}, {c.mail}" if contact else "")])
        rows.append(["Mål for forløbet", (goal[0].upper() + goal[1:]) if has_goal else "Udfyldes senere"])
        rows.append(["Mentors opgaver", (c.tasks[0].upper() + c.tasks[1:]) if has_tasks else ""])
        rows.append(["Timer pr. uge", str(c.hours) if has_hours else "efter behov"])
        rows.append(["Periode", period if has_dur else "indtil videre"])
        rows.append(["Opfølgning / progression", fu_txt])
        rows.append(["Klagevejledning", appeal_text(c, rng) if has_appeal else "Se kommunens bevilling"])
        blocks.append(f"{c.firm} – udfyldt af mentor ved første møde {d_words(doc['date'], 2)}")
        blocks.append(("table", rows))
        blocks.append("Underskrift borger: ______________    Underskrift mentor: " + c.mentor)
    if "htmlmail" in defects:
        doc["eml_html"] = True
    doc.update(title=title, blocks=blocks, author=c.mentor,
               **{"from": f"{c.mentor} <{c.mail}>", "to": f"{c.name} <{c.cmail}>"})
    if c.cpr and layout != "form":
        blocks.insert(0, f"Vedr.: {c.name}, CPR-nr. {c.cpr}")
    doc["period"] = {"start": c.start.isoformat(), "end": end.isoformat()} if has_dur else None
    return doc


def decision_content(c: Case, rng: random.Random, sub: str, defects: set[str]) -> dict:
    st = rng.randint(0, 3)
    end = c.end
    if "duration-over-6-months" in defects:
        end = add_months(c.start, rng.choice([9, 12])) - dt.timedelta(days=1)
    blocks = [f"{c.kommune} Kommune\nBeskæftigelse\nSagsnr.: {c.sagsnr}\nDato: {d_words(c.start - dt.timedelta(days=10), 0)}",
              f"{c.name}\n{rng.choice(['Søndergade', 'Vestergade', 'Parkvej', 'Industrivej'])} {rng.randint(2, 80)}"]
    if c.cpr:
        blocks.append(f"CPR-nr.: {c.cpr}")
    blocks.append(f"Kære {c.fn}")
    if sub == "grant":
        title = "Afgørelse: Du får mentorstøtte"
        blocks.append(f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {fmt_period(c, st, end)}, {c.hours} timer om ugen. Din mentor bliver {c.mentor} fra {c.firm}.")
        blocks.append("Du har fået det, du søgte om.")
    elif sub == "partial":
        title = "Afgørelse om mentorstøtte – delvis bevilling"
        blocks.append(f"Du søgte om mentorstøtte i 8 timer om ugen. Du får bevilget {c.hours} timer om ugen i perioden {fmt_period(c, st, end)}.")
        blocks.append(("h", "Begrundelse"))
        blocks.append(f"Vi har lagt vægt på, at {c.fn} allerede har støtte fra skolens elevcoach, og at behovet kan dækkes med færre timer, jf. LAB § 167, stk. 1.")
    elif sub == "extension":
        title = "Afgørelse om forlængelse af mentorstøtte"
        blocks.append(f"Din mentorstøtte hos {c.mentor} forlænges i en ny periode fra {fmt_period(c, st, end)}, {c.hours} timer pr. uge. Vi har lagt vægt på mentorens statusrapport, som viser at du er godt på vej mod målet.")
    elif sub == "refusal":
        title = "Afslag på mentorstøtte"
        blocks.append("Du har søgt om mentorstøtte. Vi giver dig afslag.")
        blocks.append(("h", "Begrundelse"))
        blocks.append("Vi har lagt vægt på, at du allerede får bostøtte efter serviceloven, som dækker de samme opgaver, og at der ikke er et aktuelt job- eller uddannelsesmål, jf. LAB § 167.")
    else:  # end
        title = "Afgørelse om ophør af mentorstøtte"
        blocks.append(f"Din mentorstøtte ophører den {d_words(c.start + dt.timedelta(days=60), st)}, fordi du er startet på uddannelse og ikke længere har behov for støtten. Vi har lagt vægt på mentorens oplysninger og jf. LAB § 167.")
    if "missing-appeal-guidance" in defects:
        blocks.append(rng.choice(["Du kan klage over afgørelsen.", "Har du spørgsmål, er du velkommen til at kontakte mig.",
                                  ("h", "Klagevejledning"), ]))
        if blocks[-1] == ("h", "Klagevejledning"):
            blocks.append("Du kan klage, hvis du er uenig.")
    else:
        blocks.append(("h", "Klagevejledning"))
        blocks.append(appeal_text(c, rng) + " Klagen kan være mundtlig eller skriftlig, jf. LAB § 204 og retssikkerhedslovens kapitel 10.")
    blocks.append(f"Med venlig hilsen\n{c.caseworker}\nJobkonsulent\n{c.kommune} Kommune")
    period = {"start": c.start.isoformat(), "end": end.isoformat()} if sub in ("grant", "partial", "extension") else None
    return {"title": title, "blocks": blocks, "author": c.caseworker, "date": c.start,
            "from": f"{c.kommune} Kommune <post@{c.kommune.lower()}.dk>", "to": c.name, "period": period}


def minplan_content(c: Case, rng: random.Random, defects: set[str]) -> dict:
    end = c.end
    if "duration-over-6-months" in defects:
        end = add_months(c.start, 9) - dt.timedelta(days=1)
    goal = rng.choice(VAGUE_GOALS) if "unclear-goal" in defects else c.goal.replace("du ", f"{c.fn} ", 1)
    rows = [["Indsats", "Mentorstøtte (LAB § 167)"]]
    if "missing-goal" not in defects:
        rows.append(["Formål", goal[0].upper() + goal[1:]])
    rows.append(["Mentor", f"{c.mentor}, {c.firm}" + ("" if "missing-mentor" in defects else f", tlf. {c.phone}")])
    if "missing-tasks" not in defects:
        rows.append(["Mentorens opgaver", c.tasks.replace("dig", c.fn)[0].upper() + c.tasks.replace("dig", c.fn)[1:]])
    rows.append(["Periode", f"{d_words(c.start, 2)} - {d_words(end, 2)}" if "missing-duration" not in defects else ""])
    rows.append(["Timetal", f"{c.hours} timer pr. uge" if "missing-hours" not in defects else "Løbende"])
    blocks = [f"Borger: {c.name}", ("h", "Min Plan – aktuelle indsatser"), ("table", rows),
              f"Senest opdateret {d_words(c.start, 2)} af {c.caseworker}"]
    if c.cpr:
        blocks.insert(1, f"CPR: {c.cpr}")
    return {"title": f"Min Plan – {c.name}", "blocks": blocks, "author": c.caseworker, "date": c.start,
            "from": "", "to": "",
            "period": {"start": c.start.isoformat(), "end": end.isoformat()} if "missing-duration" not in defects else None}


def unknown_content(c: Case, rng: random.Random, sub: str) -> dict:
    st = rng.randint(0, 3)
    if sub == "welcome":
        title = "Velkommen – vi ses på torsdag"
        blocks = [f"Kære {c.fn}", f"Jeg hedder {c.mentor} og skal være din mentor. Kommunen har bedt mig kontakte dig. Vi mødes første gang den {d_words(c.start, 0)} kl. 10 på {c.firm}s kontor.",
                  "På mødet taler vi om, hvad du gerne vil nå, og hvad jeg kan hjælpe med. Derefter skriver vi aftalen ned sammen.",
                  sig(c, 0)]
    elif sub == "status":
        title = "Statusrapport – mentorforløb"
        blocks = [f"Til: {c.caseworker}\nVedr.: {c.name}\nPeriode: {fmt_period(c, st)}",
                  ("h", "Forløbet indtil nu"),
                  f"{c.fn} er mødt op til 11 af 13 aftalte møder. Vi har arbejdet med morgenrutiner og transport. {c.fn} har været i praktik hos {c.firmplace} i tre uger.",
                  ("h", "Vurdering"), "Progressionen er god. Jeg anbefaler, at forløbet fortsætter som aftalt.", sig(c, 3)]
    elif sub == "logbook":
        title = f"Logbog – {c.fn}"
        d0 = c.start
        rows = [["Dato", "Varighed", "Indhold"]] + [
            [d_words(d0 + dt.timedelta(days=7 * k), 2), f"{rng.choice([1, 1.5, 2])} t", rng.choice(
                ["Møde på café, talt om praktik", "Fulgt til praktikstedet", "Telefonsamtale om fravær",
                 "Hjulpet med e-Boks og SU", "Ikke mødt – sms sendt"])] for k in range(6)]
        blocks = [f"Mentor: {c.mentor}", ("table", rows)]
    elif sub == "session":
        title = "Samtalenotat"
        blocks = [f"Samtale med {c.fn} {d_words(c.start + dt.timedelta(days=30), 0)}",
                  f"{c.fn} fortalte, at det går bedre med at komme op om morgenen. Vi talte om næste uges møde med lederen hos {c.firmplace}. Næste møde {c.weekday} kl. 10.",
                  f"/{c.mfirst}"]
    elif sub == "invoice":
        title = f"Faktura nr. {rng.randint(2000, 2999)}"
        blocks = [f"{c.firm}\nCVR {rng.randint(10000000, 99999999)}", f"Til: {c.kommune} Kommune, Jobcentret\nEAN 5798000{rng.randint(100000, 999999)}",
                  ("table", [["Ydelse", "Timer", "Beløb"], [f"Mentorstøtte, {c.fn} {c.ln[0]}., {MONTHS[c.start.month-1]} 2026", str(c.hours * 4), f"{c.hours * 4 * 495} kr."],
                             ["Kørsel", "", "312 kr."]]), "Betalingsbetingelser: netto 30 dage."]
    else:  # goodbye
        title = "Tak for forløbet"
        blocks = [f"Kære {c.fn}", f"Nu er vores forløb slut. Du er startet på {c.school}, og det er du selv skyld i! Tak for godt samarbejde siden {d_words(c.start, 0)}.",
                  "Du er altid velkommen til at sende en sms, hvis du vil fortælle, hvordan det går.", sig(c, 2)]
    if c.cpr:
        blocks.insert(1, f"CPR: {c.cpr}")
    return {"title": title, "blocks": blocks, "author": c.mentor, "date": c.start,
            "from": f"{c.mentor} <{c.mail}>", "to": f"{c.name} <{c.cmail}>", "period": None}


# ---------------------------------------------------------------- plan
AGREEMENT_SPECS = [
    # (layout, format, defects)
    ("letter", "docx", set()), ("letter", "pdf", {"missing-appeal-guidance"}),
    ("email", "eml", {"missing-appeal-guidance"}), ("email", "eml", set()),
    ("email", "eml", {"missing-appeal-guidance", "missing-hours"}), ("letter", "odt", set()),
    ("letter", "txt", {"missing-appeal-guidance", "missing-mentor"}), ("email", "html", {"unclear-goal"}),
    ("startnote", "docx", set()), ("startnote", "pdf", {"missing-follow-up"}),
    ("startnote", "txt", {"missing-appeal-guidance", "duration-over-6-months"}), ("startnote", "odt", {"missing-tasks"}),
    ("citizenplan", "docx", set()), ("citizenplan", "pdf", {"missing-appeal-guidance"}),
    ("citizenplan", "odt", {"unclear-goal", "missing-appeal-guidance"}), ("citizenplan", "html", {"missing-duration"}),
    ("sms", "txt", {"missing-appeal-guidance"}), ("sms", "txt", set()), ("sms", "txt", {"missing-appeal-guidance", "missing-follow-up"}),
    ("form", "docx", set()), ("form", "docx", {"missing-goal"}), ("form", "pdf", {"duration-over-6-months"}),
    ("form", "odt", {"missing-appeal-guidance"}), ("form", "html", set()), ("form", "docx", {"missing-duration", "missing-hours"}),
    ("letter", "docx", {"missing-tasks"}), ("email", "eml", {"duration-over-6-months"}), ("letter", "pdf", set()),
    ("startnote", "docx", {"missing-appeal-guidance", "missing-mentor"}), ("citizenplan", "txt", set()),
    ("email", "eml", {"missing-goal", "missing-appeal-guidance"}), ("letter", "html", {"missing-follow-up"}),
    ("email", "eml", {"htmlmail", "bg-edu"}), ("email", "eml", {"htmlmail", "missing-appeal-guidance", "unclear-goal"}),
    ("letter", "pdf", {"bg-edu", "missing-appeal-guidance"}), ("letter", "odt", {"ext"}),
    ("email", "eml", {"ext", "duration-over-6-months", "htmlmail"}), ("form", "pdf", {"missing-tasks", "missing-appeal-guidance"}),
    ("startnote", "pdf", {"unclear-goal"}), ("citizenplan", "docx", {"missing-hours", "missing-appeal-guidance"}),
    ("sms", "txt", {"missing-appeal-guidance", "missing-duration"}),
]
FLAGS = {"htmlmail", "bg-edu", "ext"}
DECISION_SPECS = [
    ("grant", "pdf", set()), ("grant", "docx", {"missing-appeal-guidance"}), ("partial", "pdf", set()),
    ("partial", "html", {"duration-over-6-months"}), ("extension", "docx", set()), ("extension", "pdf", {"duration-over-6-months"}),
    ("refusal", "pdf", set()), ("refusal", "odt", {"missing-appeal-guidance"}), ("end", "docx", set()),
    ("grant", "eml", set()), ("grant", "html", set()), ("extension", "odt", {"missing-appeal-guidance"}),
    ("partial", "docx", set()),
]
MINPLAN_SPECS = [
    ("html", set()), ("pdf", set()), ("txt", {"missing-hours"}), ("html", {"missing-mentor"}),
    ("pdf", {"unclear-goal"}), ("docx", {"duration-over-6-months"}), ("html", {"missing-tasks"}), ("txt", set()),
    ("pdf", {"missing-goal"}), ("docx", set()),
]
UNKNOWN_SPECS = [("welcome", "eml"), ("welcome", "docx"), ("status", "pdf"), ("status", "docx"), ("logbook", "odt"),
                 ("logbook", "txt"), ("session", "txt"), ("session", "docx"), ("invoice", "pdf"), ("invoice", "html"),
                 ("goodbye", "eml"), ("goodbye", "pdf"), ("status", "eml"), ("session", "html")]


def write(path: Path, fmt: str, doc: dict, rng: random.Random) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    {"txt": lambda: render_txt(path, doc), "eml": lambda: render_eml(path, doc, rng),
     "html": lambda: render_html(path, doc), "docx": lambda: render_docx(path, doc),
     "odt": lambda: render_odt(path, doc), "pdf": lambda: render_pdf(path, doc)}[fmt]()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hz")
    ap.add_argument("--seed", type=int, default=1919)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    idx = 0

    def entry(rel, fmt, kind, subtype, layout, rules, c, traits, period):
        mnc = [c.cpr, c.cpr.replace("-", "")] if c.cpr else []
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": traits + (["cpr"] if c.cpr else []), "period": period})

    for layout, fmt, defects in AGREEMENT_SPECS:
        c = Case(rng, idx); idx += 1
        if rng.random() < 0.25:
            c.make_cpr(rng)
        doc = agreement_content(c, rng, layout, defects)
        rel = f"mentor/{c.firm.split(',')[0].replace(' ', '_').replace('/', '').replace('&', 'og').replace('æ', 'ae')}/{idx:02d}_{layout}_{c.fn.lower()}.{fmt}"
        write(out / rel, fmt, doc, rng)
        entry(rel, fmt, "agreement", "agreement", f"mentor-{layout}", defects - FLAGS, c,
              ["writer:mentor", f"layout:{layout}"] + sorted(defects & FLAGS), doc["period"])
    for sub, fmt, defects in DECISION_SPECS:
        c = Case(rng, idx); idx += 1
        if rng.random() < 0.3:
            c.make_cpr(rng)
        doc = decision_content(c, rng, sub, defects)
        rel = f"kommune/{c.kommune.lower()}/afgoerelser/{idx:02d}_{sub}_{c.fn.lower()}.{fmt}"
        write(out / rel, fmt, doc, rng)
        entry(rel, fmt, "decision", sub, "municipal-letter", defects, c, ["writer:caseworker", f"decision:{sub}"], doc["period"])
    for fmt, defects in MINPLAN_SPECS:
        c = Case(rng, idx); idx += 1
        if rng.random() < 0.25:
            c.make_cpr(rng)
        doc = minplan_content(c, rng, defects)
        rel = f"kommune/{c.kommune.lower()}/minplan/{idx:02d}_minplan_{c.fn.lower()}.{fmt}"
        write(out / rel, fmt, doc, rng)
        entry(rel, fmt, "minplan", "minplan", "minplan-table", defects, c, ["writer:case-system"], doc["period"])
    for sub, fmt in UNKNOWN_SPECS:
        c = Case(rng, idx); idx += 1
        if rng.random() < 0.25:
            c.make_cpr(rng)
        doc = unknown_content(c, rng, sub)
        rel = f"mentor/andet/{idx:02d}_{sub}_{c.fn.lower()}.{fmt}"
        write(out / rel, fmt, doc, rng)
        entry(rel, fmt, "unknown", sub, f"mentor-{sub}", set(), c, ["writer:mentor", "lookalike"], None)

    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as f:
        for e in sorted(entries, key=lambda e: e["path"]):
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
