#!/usr/bin/env python3
"""Corpus CK: English and bilingual mentor-support paperwork (issue 8, independent writer).

About 100 documents written the way Danish municipalities and mentor providers write for
citizens who do not read Danish: English agreements and decisions, Danish documents followed
by an English translation, bilingual label forms ("Mål / Goal"), English e-mails confirming an
agreement, English Min Plan prints, and English documents that are none of the kinds.

Labels are decided here from the rule docs (`mentordocs rules NAME`) and domain.md, never from
the linter's output. Deterministic: fixed seed, `--out DIR`.

    python scripts/independent/corpus_ck/make_corpus_ck.py --out /work/corpora/ck
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

SEED = 20261130

MUNIS = [
    ("Aarhus", "Jobcenter Aarhus", "Værkmestergade 15, 8000 Aarhus C", "89 40 20 00"),
    ("Odense", "Jobcenter Odense", "Buchwaldsgade 48, 5000 Odense C", "65 51 40 00"),
    ("Aalborg", "Jobcenter Aalborg", "Kayerødsgade 10, 9000 Aalborg", "99 31 31 31"),
    ("Esbjerg", "Jobcenter Esbjerg", "Exnersgade 40, 6700 Esbjerg", "76 16 16 16"),
    ("Vejle", "Jobcenter Vejle", "Kirketorvet 22, 7100 Vejle", "76 81 52 00"),
    ("Horsens", "Jobcenter Horsens", "Fabriksvej 11, 8700 Horsens", "76 29 29 29"),
    ("Kolding", "Jobcenter Kolding", "Kolding Åpark 2, 6000 Kolding", "79 79 79 79"),
    ("Roskilde", "Jobcenter Roskilde", "Køgevej 80, 4000 Roskilde", "46 31 30 00"),
    ("Herning", "Jobcenter Herning", "Fredhøjvej 1, 7400 Herning", "96 28 28 28"),
    ("Silkeborg", "Jobcenter Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Frederiksberg", "Jobcenter Frederiksberg", "Falkoner Allé 99, 2000 Frederiksberg", "38 21 21 21"),
    ("Gladsaxe", "Jobcenter Gladsaxe", "Søborg Hovedgade 2, 2860 Søborg", "39 57 50 00"),
    ("Randers", "Jobcenter Randers", "Toldbodgade 1, 8900 Randers C", "89 15 15 15"),
    ("Næstved", "Jobcenter Næstved", "Teatergade 8, 4700 Næstved", "55 88 55 88"),
]
PROVIDERS = [
    ("Mentorhuset ApS", "mentorhuset.dk"), ("Nordic Mentoring ApS", "nordicmentoring.dk"),
    ("JobBro Mentor", "jobbro.dk"), ("Bro til Job I/S", "brotiljob.dk"),
    ("Kompas Mentorservice", "kompasmentor.dk"), ("Vækstmentor ApS", "vaekstmentor.dk"),
]
CITIZENS = [
    "Ahmed Hassan", "Maria Kowalska", "John Murphy", "Priya Sharma", "Tomasz Nowak", "Fatima Ali",
    "Olena Kovalenko", "Daniel Okafor", "Ana Ferreira", "Yusuf Demir", "Samira Haddad",
    "Lina Petraitė", "Mohammed Rahimi", "Grace Mensah", "Andrei Popescu", "Sofia Rossi",
    "Hamid Karimi", "Elena Ivanova", "Kevin O'Brien", "Aisha Abdi", "Rui Santos", "Mei Chen",
    "Ibrahim Yilmaz", "Nadia Benali", "Joseph Kamau", "Irina Volkova", "Luis García",
]
MENTORS = [
    ("Sara Holm", "Sara"), ("Lars Østergaard", "Lars"), ("Mette Kjær", "Mette"),
    ("Jens Bach", "Jens"), ("Louise Dam", "Louise"), ("Kasper Friis", "Kasper"),
    ("Hanne Lund", "Hanne"), ("Mikkel Brandt", "Mikkel"), ("Camilla Vestergaard", "Camilla"),
    ("Peter Juhl", "Peter"), ("Rikke Mortensen", "Rikke"), ("Anders Bjerre", "Anders"),
]
CASEWORKERS = ["Birgitte Nørgaard", "Thomas Krogh", "Pernille Sand", "Martin Holst",
               "Dorthe Rasmussen", "Jakob Winther", "Susanne Bech", "Henrik Mølgaard"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]

GOALS = [  # (english, danish) clear goals: job or education + observable
    ("{f} starts the FGU basic education (FGU Østjylland) on 10 August 2026 and attends at least four days a week.",
     "{f} starter på FGU (FGU Østjylland) den 10. august 2026 og møder mindst fire dage om ugen."),
    ("{f} is in a work placement (virksomhedspraktik) at Netto, 15 hours a week, by 1 June 2026, with a view to a wage-subsidy job.",
     "{f} er i virksomhedspraktik i Netto 15 timer om ugen senest 1. juni 2026 med henblik på løntilskud."),
    ("{f} completes the Danish language course module 3 at the language centre and passes the module test, and starts the SOSU helper education in January 2027.",
     "{f} gennemfører danskuddannelsens modul 3 på sprogcentret og består modultesten og starter på SOSU-hjælperuddannelsen i januar 2027."),
    ("{f} keeps the job as a kitchen assistant at Hotel Scandic 25 hours a week and has no unexplained absence during the period.",
     "{f} fastholder jobbet som køkkenmedhjælper på Hotel Scandic 25 timer om ugen uden ulovligt fravær i perioden."),
    ("{f} attends the VUC course in English and Maths (HF single subjects) with at least 80 % attendance and passes the exams in June 2026.",
     "{f} følger HF-enkeltfag på VUC i engelsk og matematik med mindst 80 % fremmøde og går til eksamen i juni 2026."),
    ("{f} gets an ordinary job of at least 20 hours a week in the warehouse/logistics sector before the period ends.",
     "{f} får et ordinært job på mindst 20 timer om ugen inden for lager og logistik, inden perioden slutter."),
    ("{f} starts an AMU course as a forklift driver in May 2026 and afterwards applies for at least two warehouse jobs a week.",
     "{f} starter på AMU-kursus som truckfører i maj 2026 og søger derefter mindst to lagerjob om ugen."),
    ("{f} is in a wage-subsidy job at the municipality's park department 30 hours a week and meets on time every day.",
     "{f} er i løntilskud i kommunens park- og vejafdeling 30 timer om ugen og møder til tiden hver dag."),
]
UNCLEAR_GOALS = [
    ("Support for {f} to move on in life and improved well-being.",
     "Støtte til at {f} kommer videre i livet og øget trivsel."),
    ("Help {f} get more structure in everyday life.",
     "Hjælp til at {f} får mere struktur på hverdagen."),
    ("To ensure that {f} feels better and gets more self-confidence.",
     "At sikre at {f} får det bedre og får mere selvværd."),
    ("Motivate {f} and work on personal challenges.",
     "Motivere {f} og arbejde med sig selv."),
]
TASKS = [
    [("Accompany {f} to the work placement the first two weeks", "Følge {f} til praktikstedet de første to uger"),
     ("Weekly talk about attendance and transport", "Ugentlig samtale om fremmøde og transport"),
     ("Help {f} contact the employer if problems arise", "Hjælpe {f} med kontakt til arbejdsgiveren, hvis der opstår problemer")],
    [("Help {f} plan the week and keep appointments", "Hjælpe {f} med at planlægge ugen og overholde aftaler"),
     ("Go with {f} to meetings with the school's study counsellor", "Deltage sammen med {f} i møder med skolens studievejleder"),
     ("Support {f} in reading and answering letters from the municipality in e-Boks", "Støtte {f} i at læse og svare på breve fra kommunen i e-Boks")],
    [("Help {f} write applications and prepare for job interviews", "Hjælpe {f} med at skrive ansøgninger og forberede jobsamtaler"),
     ("Practise the bus route to the workplace", "Øve busruten til arbejdspladsen"),
     ("Talk with {f} after each work week about what went well and what was difficult", "Tale med {f} efter hver arbejdsuge om, hvad der gik godt og hvad der var svært")],
    [("Support {f} with homework planning and contact with teachers", "Støtte {f} med lektieplanlægning og kontakt til lærerne"),
     ("Help {f} apply for SU and open a NemKonto", "Hjælpe {f} med at søge SU og oprette NemKonto"),
     ("Check attendance with {f} every Friday", "Tjekke fremmøde med {f} hver fredag")],
]
HOURS = [  # (english, danish) clear
    ("3 hours per week", "3 timer pr. uge"), ("2 hours a week", "2 timer om ugen"),
    ("1½ hours per week", "1½ time pr. uge"), ("two hours weekly", "to timer ugentligt"),
    ("8 hours per month", "8 timer om måneden"), ("4 hrs/week", "4 t/uge"),
    ("up to 2-3 hours per week", "2-3 timer pr. uge"),
]
VAGUE_HOURS = [("as needed", "efter behov"), ("a few hours a week", "et par timer om ugen"),
               ("to be agreed with the mentor", "aftales løbende med mentor")]
FOLLOWUPS = [
    ("Follow-up meeting with your caseworker and mentor every month. The goal is evaluated 14 days before the period ends.",
     "Opfølgningsmøde med sagsbehandler og mentor hver måned. Målet evalueres 14 dage før perioden slutter."),
    ("Status meeting every 4 weeks. Progression is measured on attendance: at least 3 days a week by week 8, 4 days by week 16.",
     "Statusmøde hver 4. uge. Progressionen måles på fremmøde: mindst 3 dage om ugen i uge 8, 4 dage i uge 16."),
    ("The mentor sends a short written status to the job centre every month, and we hold a follow-up meeting halfway through the period and before it ends.",
     "Mentor sender en kort skriftlig status til jobcentret hver måned, og vi holder opfølgningsmøde midtvejs og inden perioden slutter."),
    ("We follow up every other month (evaluation meeting) with you, the mentor and your caseworker.",
     "Vi følger op hver anden måned (evalueringsmøde) med dig, mentor og din sagsbehandler."),
]
APPEAL_EN = [
    ("If you disagree with the decision, you can complain to {muni} Municipality within four weeks "
     "of receiving this letter. The municipality will reconsider its decision. If the municipality "
     "upholds the decision, your complaint will be forwarded to Ankestyrelsen (the National Social "
     "Appeals Board). You can complain in writing or orally. The rules are in section 204 of the "
     "Danish Act on an Active Employment Effort and chapter 10 of the Act on Legal Protection and "
     "Administration in Social Matters."),
    ("You may appeal this decision. Send your complaint to the job centre ({jc}) no later than 4 weeks "
     "after you received the decision. The job centre reconsiders the case, and if the decision is "
     "not changed, the complaint is sent on to the National Social Appeals Board (Ankestyrelsen)."),
    ("How to complain: Contact {jc} by phone, letter or Digital Post within 4 weeks. We will look at "
     "the decision again within 4 weeks. If we keep the decision, we send your complaint and the case "
     "files to Ankestyrelsen."),
]
APPEAL_DA = ("Hvis du ikke er enig i afgørelsen, skal du klage til {muni} Kommune inden fire uger. "
             "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes "
             "klagen videre til Ankestyrelsen.")
APPEAL_WRONG_EN = ("If you disagree with this decision, you can complain directly to Ankestyrelsen "
                   "(the National Social Appeals Board) within 4 weeks of receiving this letter.")
APPEAL_WRONG_DA = "Du kan klage direkte til Ankestyrelsen inden 4 uger efter modtagelsen af dette brev."
APPEAL_BAD_EN = [("You can appeal this decision.", "Du kan klage over afgørelsen."),
                 ("Complaints can be sent to the job centre.", "Klager kan sendes til jobcentret."),
                 ("If you disagree, please contact us.", "Hvis du er uenig, så kontakt os.")]


def en_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return d.isoformat()
    return f"{d.day}/{d.month} {d.year}"


def da_date(d: date) -> str:
    return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def cpr(rng: random.Random) -> str:
    d = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 14000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng: random.Random) -> str:
    return f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


def email_of(name: str, domain: str) -> str:
    first = name.split()[0].lower()
    tr = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa"})
    return f"{first.translate(tr)}@{domain}"


# --------------------------------------------------------------------------- renderers
# A document is a dict: title, meta (list of lines), intro (paras), sections [(heading, [items])],
# closing (paras). An item is a str (paragraph) or ("bullet", str) or ("row", label, value).

def render_txt(doc: dict, rng: random.Random, wrap: bool = False) -> str:
    out = [doc["title"], "=" * len(doc["title"]) if rng.random() < 0.5 else "", ""]
    out += doc.get("meta", []) + [""]
    for p in doc.get("intro", []):
        out += [p, ""]
    for heading, items in doc["sections"]:
        if heading:
            out.append(heading if heading.endswith((":", "?")) else heading)
        for it in items:
            if isinstance(it, tuple) and it[0] == "bullet":
                out.append(f"- {it[1]}")
            elif isinstance(it, tuple) and it[0] == "row":
                out.append(f"{it[1]}: {it[2]}")
            else:
                out.append(it)
        out.append("")
    for p in doc.get("closing", []):
        out += [p, ""]
    text = "\n".join(out)
    if wrap:
        import textwrap
        lines = []
        for line in text.split("\n"):
            lines += textwrap.wrap(line, 76) or [""]
        text = "\n".join(lines)
    return text


def render_html(doc: dict, rng: random.Random) -> str:
    style = rng.choice(["plain", "dl", "table"])
    b = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{escape(doc['title'])}</title>",
         "<style>body{font-family:Arial;max-width:800px} th{text-align:left}</style>",
         "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
         "gtag('event','print_document');</script></head><body>",
         '<div class="header"><div class="logo">' + escape(doc.get("sender", "")) + "</div></div>",
         f'<div class="content"><h1>{escape(doc["title"])}</h1>']
    for m in doc.get("meta", []):
        b.append(f'<div class="meta">{escape(m)}</div>')
    for p in doc.get("intro", []):
        b.append(f"<p>{escape(p)}</p>")
    for heading, items in doc["sections"]:
        rows = [it for it in items if isinstance(it, tuple) and it[0] == "row"]
        if heading:
            b.append(f"<h2>{escape(heading)}</h2>")
        if rows and style == "dl":
            b.append("<dl>" + "".join(f"<dt>{escape(r[1])}</dt><dd>{escape(r[2])}</dd>" for r in rows) + "</dl>")
        elif rows:
            b.append("<table>" + "".join(f"<tr><th>{escape(r[1])}</th><td>{escape(r[2])}</td></tr>" for r in rows) + "</table>")
        bullets = [it[1] for it in items if isinstance(it, tuple) and it[0] == "bullet"]
        paras = [it for it in items if isinstance(it, str)]
        for p in paras:
            b.append(f"<p>{escape(p)}</p>")
        if bullets:
            b.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in bullets) + "</ul>")
    for p in doc.get("closing", []):
        b.append(f"<p>{escape(p)}</p>")
    b.append("</div></body></html>")
    return "\n".join(b)


def render_docx(doc: dict, path: Path, rng: random.Random) -> None:
    from docx import Document
    d = Document()
    if doc.get("sender"):
        d.sections[0].header.paragraphs[0].text = doc["sender"]
    d.add_heading(doc["title"], level=1)
    for m in doc.get("meta", []):
        d.add_paragraph(m)
    for p in doc.get("intro", []):
        d.add_paragraph(p)
    for heading, items in doc["sections"]:
        if heading:
            d.add_heading(heading, level=2)
        rows = [it for it in items if isinstance(it, tuple) and it[0] == "row"]
        if len(rows) == 1 and not heading:
            para = d.add_paragraph()
            para.add_run(rows[0][1] + ": ").bold = True
            para.add_run(rows[0][2])
            rows = []
        if rows:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for r in rows:
                c = t.add_row().cells
                c[0].text, c[1].text = r[1], r[2]
        for it in items:
            if isinstance(it, tuple) and it[0] == "bullet":
                d.add_paragraph(it[1], style="List Bullet")
            elif isinstance(it, str):
                d.add_paragraph(it)
    for p in doc.get("closing", []):
        d.add_paragraph(p)
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    d.save(str(path))


def render_pdf(doc: dict, path: Path, rng: random.Random) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "DejaVu"
    try:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:  # pragma: no cover - font missing
        font = "Helvetica"
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = font if "Heading" not in s.name and s.name != "Title" else (font + "-Bold" if font == "DejaVu" else "Helvetica-Bold")
    story = [Paragraph(escape(doc["title"]), ss["Title"])]
    for m in doc.get("meta", []):
        story.append(Paragraph(escape(m), ss["Normal"]))
    story.append(Spacer(1, 8))
    for p in doc.get("intro", []):
        story += [Paragraph(escape(p), ss["Normal"]), Spacer(1, 6)]
    for heading, items in doc["sections"]:
        if heading:
            story.append(Paragraph(escape(heading), ss["Heading3"]))
        rows = [it for it in items if isinstance(it, tuple) and it[0] == "row"]
        if rows:
            t = Table([[Paragraph(escape(r[1]), ss["Normal"]), Paragraph(escape(r[2]), ss["Normal"])] for r in rows],
                      colWidths=[150, 320])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        bullets = [it[1] for it in items if isinstance(it, tuple) and it[0] == "bullet"]
        for it in items:
            if isinstance(it, str):
                story += [Paragraph(escape(it), ss["Normal"]), Spacer(1, 4)]
        if bullets:
            story.append(ListFlowable([ListItem(Paragraph(escape(x), ss["Normal"])) for x in bullets],
                                      bulletType="bullet"))
    for p in doc.get("closing", []):
        story += [Spacer(1, 6), Paragraph(escape(p), ss["Normal"])]
    footer = doc.get("footer", "")

    def on_page(canvas, _doc):
        canvas.setFont(font, 8)
        if footer:
            canvas.drawString(56, 30, footer[:120])
        canvas.drawRightString(540, 30, f"Page {canvas.getPageNumber()}")

    SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"]).build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_eml(doc: dict, path: Path, rng: random.Random, frm: str, to: str, signature: list[str],
               quoted: list[str] | None = None, when: date | None = None) -> None:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = doc["title"]
    sent = when or date(2026, rng.randint(1, 10), rng.randint(1, 28))
    msg["Date"] = format_datetime(datetime(sent.year, sent.month, sent.day, rng.randint(8, 15),
                                           rng.randint(0, 59), tzinfo=timezone.utc))
    msg["Message-ID"] = f"<{rng.getrandbits(48):x}@mail.example.dk>"
    body = []
    for p in doc.get("intro", []):
        body += [p, ""]
    for heading, items in doc["sections"]:
        if heading:
            body.append(heading)
        for it in items:
            if isinstance(it, tuple) and it[0] == "bullet":
                body.append(f"* {it[1]}")
            elif isinstance(it, tuple) and it[0] == "row":
                body.append(f"{it[1]}: {it[2]}")
            else:
                body.append(it)
        body.append("")
    for p in doc.get("closing", []):
        body += [p, ""]
    body += ["-- "] + signature
    if quoted:
        body += ["", quoted[0]] + ["> " + q for q in quoted[1:]]
    msg.set_content("\n".join(body))
    path.write_bytes(bytes(msg))


# --------------------------------------------------------------------------- content builders

class Case:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.muni, self.jc, self.addr, self.muni_phone = rng.choice(MUNIS)
        self.citizen = rng.choice(CITIZENS)
        self.first = self.citizen.split()[0]
        self.mentor, self.mfirst = rng.choice(MENTORS)
        self.provider, self.pdomain = rng.choice(PROVIDERS)
        self.mphone = phone(rng)
        self.memail = email_of(self.mentor, self.pdomain)
        self.cw = rng.choice(CASEWORKERS)
        self.cwphone = phone(rng)
        self.cwemail = email_of(self.cw, self.muni.lower().replace("æ", "ae") + ".dk")
        self.caseno = f"{rng.randrange(10, 99)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}-P{rng.randrange(10, 30)}-{rng.randrange(1, 9)}-{rng.randrange(20, 26)}"
        y = 2026
        m = rng.randint(1, 9)
        self.start = date(y, m, rng.choice([1, 1, 1, 15]))
        self.goal_i = rng.randrange(len(GOALS))
        # tasks that fit the goal (placement/job -> 0/2, school -> 1/3)
        self.tasks_i = rng.choice([[1, 3], [0], [1, 3], [2, 0], [3], [2], [2], [0]][self.goal_i])
        self.hours_i = rng.randrange(len(HOURS))
        self.fu_i = rng.randrange(len(FOLLOWUPS))
        self.cpr = cpr(rng) if rng.random() < 0.27 else None
        self.dstyle = rng.randrange(4)


def period_for(case: Case, over6: bool) -> tuple[date, date]:
    if over6:
        months = case.rng.choice([8, 9, 12])
    else:
        months = case.rng.choice([3, 4, 6, 6, 6])
    end = add_months(case.start, months) - timedelta(days=1)
    return case.start, end


def agreement_fields(case: Case, defect: str | None, lang: str) -> dict:
    """Field values in English ('en') or Danish ('da'). None = the field is left out, '' = empty label."""
    rng, f = case.rng, case.first
    li = 0 if lang == "en" else 1
    ds = set(defect) if isinstance(defect, tuple) else {defect}
    fields: dict = {}
    if "missing-goal" in ds:
        fields["goal"] = rng.choice([None, "To be completed later" if lang == "en" else "Udfyldes senere", "-"])
    elif "unclear-goal" in ds:
        fields["goal"] = UNCLEAR_GOALS[case.goal_i % len(UNCLEAR_GOALS)][li].format(f=f)
    else:
        fields["goal"] = GOALS[case.goal_i][li].format(f=f)
    if "missing-mentor" in ds:
        fields["mentor"] = rng.choice([case.mentor, case.mentor + (", " + case.provider)])  # name, no contact
    else:
        tel = "tel." if lang == "en" else "tlf."
        fields["mentor"] = f"{case.mentor}, {case.provider}, {tel} {case.mphone}, {case.memail}"
    if "missing-tasks" in ds:
        fields["tasks"] = rng.choice([None, ["-"]])
    else:
        fields["tasks"] = [t[li].format(f=f) for t in TASKS[case.tasks_i]]
    s, e = period_for(case, "duration-over-6-months" in ds)
    case.period = (s, e)
    if "missing-duration" in ds:
        fields["period"] = rng.choice([None, "Until further notice" if lang == "en" else "Indtil videre",
                                       "To be decided" if lang == "en" else "Aftales senere"])
        case.period = None
    else:
        if lang == "en":
            fields["period"] = f"{en_date(s, case.dstyle)} – {en_date(e, case.dstyle)}"
        else:
            fields["period"] = f"{da_date(s)} – {da_date(e)}"
    if "missing-hours" in ds:
        fields["hours"] = rng.choice([None, VAGUE_HOURS[case.hours_i % 3][li]])
    else:
        fields["hours"] = HOURS[case.hours_i][li]
    if "missing-follow-up" in ds:
        fields["follow_up"] = rng.choice([None, "-"])
    else:
        fields["follow_up"] = FOLLOWUPS[case.fu_i][li]
    if "missing-appeal-guidance" in ds:
        fields["appeal"] = rng.choice([None, APPEAL_BAD_EN[case.hours_i % 3][li]])
    elif "appeal-wrong-route" in ds:
        fields["appeal"] = APPEAL_WRONG_EN if lang == "en" else APPEAL_WRONG_DA
    else:
        fields["appeal"] = (APPEAL_EN[case.fu_i % 3] if lang == "en" else APPEAL_DA).format(muni=case.muni, jc=case.jc)
    return fields


LABELS = {
    "en": {"goal": ["Goal of the mentor support", "Goal", "Purpose of the mentor support", "What is the goal?"],
           "mentor": ["Mentor", "Your mentor", "Mentor's name and contact details", "Mentor contact"],
           "tasks": ["The mentor's tasks", "Tasks", "What will the mentor help with?", "Mentor will help you with"],
           "period": ["Period", "Duration of the agreement", "Duration", "Agreement period"],
           "hours": ["Hours", "Number of hours", "Mentor hours", "Hours of mentor support"],
           "follow_up": ["Follow-up", "Follow-up and progression", "Evaluation", "Status meetings"],
           "appeal": ["How to complain", "Appeal guidance", "Right of appeal", "If you disagree"]},
    "da": {"goal": ["Målet med mentorstøtten", "Mål"], "mentor": ["Mentor", "Mentors navn og kontaktdata"],
           "tasks": ["Mentorens opgaver", "Opgaver"], "period": ["Periode", "Varighed"],
           "hours": ["Timetal", "Antal timer"], "follow_up": ["Opfølgning", "Opfølgning og progression"],
           "appeal": ["Klagevejledning", "Sådan klager du"]},
}
BI_LABELS = {"goal": "Mål / Goal", "mentor": "Mentor (navn og kontaktdata) / Mentor (name and contact details)",
             "tasks": "Mentorens opgaver / Mentor's tasks", "period": "Periode / Period",
             "hours": "Timetal / Hours", "follow_up": "Opfølgning / Follow-up",
             "appeal": "Klagevejledning / How to complain"}
ORDER = ["goal", "mentor", "tasks", "period", "hours", "follow_up", "appeal"]


def field_sections(fields: dict, lang: str, layout: str, rng: random.Random, labels: dict | None = None) -> list:
    """Turn fields into sections in a layout: headings | table | labels."""
    pick = labels or {k: rng.choice(v) for k, v in LABELS[lang].items()}
    secs = []
    rows = []
    for k in ORDER:
        v = fields.get(k)
        if v is None:
            continue
        lab = pick[k]
        if layout == "table":
            val = "; ".join(v) if isinstance(v, list) else v
            if k == "appeal":
                secs_appeal = (lab, [val])
                continue
            rows.append(("row", lab, val))
        elif layout == "labels":
            if isinstance(v, list):
                secs.append((lab if lab.endswith("?") else lab + ":", [("bullet", x) for x in v]))
            else:
                secs.append(("", [("row", lab, v)]) if k != "appeal" else (lab, [v]))
        else:
            secs.append((lab, [("bullet", x) for x in v] if isinstance(v, list) else [v]))
    if layout == "table":
        out = [("", rows)]
        if fields.get("appeal") is not None:
            out.append(secs_appeal)
        return out
    return secs


def prose_sections(case: Case, fields: dict) -> list:
    """A letter that writes the fields as sentences (English)."""
    paras = []
    g = fields["goal"]
    if g and g not in ("-", "To be completed later"):
        paras.append(f"We have agreed on the following goal for your mentor support: {g}")
    m = fields["mentor"]
    if m:
        paras.append(f"Your mentor is {m}.")
    t = fields["tasks"]
    if t and t != ["-"]:
        paras.append(f"{case.mfirst} will help you with the following:")
    secs = [("", paras)]
    if t and t != ["-"]:
        secs.append(("", [("bullet", x) for x in t]))
    more = []
    p = fields["period"]
    if p and any(ch.isdigit() for ch in p):
        more.append(f"The mentor support runs in the period {p}.")
    elif p:
        more.append(f"The period of the mentor support: {p.lower()}.")
    h = fields["hours"]
    if h:
        more.append(f"You and your mentor will meet {h}." if any(c.isdigit() for c in h) or "two" in h
                    else f"Mentor hours: {h}.")
    fu = fields["follow_up"]
    if fu and fu != "-":
        more.append(fu)
    secs.append(("", more))
    if fields["appeal"]:
        secs.append(("How to complain", [fields["appeal"]]))
    return secs


def build_agreement(case: Case, defect: str | None, subtype: str, fmt: str) -> tuple[dict, str]:
    rng = case.rng
    meta = [f"Name: {case.citizen}"]
    if case.cpr:
        meta.append(rng.choice(["CPR no.: ", "Civil registration number (CPR): ", "CPR: "]) + case.cpr)
    meta.append(f"Case no.: {case.caseno}")
    foot = f"{case.jc} · {case.addr} · tel. {case.muni_phone}"
    if subtype == "en-municipal":
        layout = rng.choice(["headings", "table", "labels", "prose"])
        f = agreement_fields(case, defect, "en")
        title = rng.choice(["Agreement on mentor support", "Mentor agreement",
                            "Agreement on mentor support under section 167 of the Danish Act on an Active Employment Effort",
                            "Written agreement – mentor support"])
        intro = [f"Dear {case.first},",
                 rng.choice([f"This letter confirms the agreement on mentor support that we made at our meeting at {case.jc}.",
                             f"{case.muni} Municipality has granted you mentor support under section 167 of the Danish Act on an Active Employment Effort. Below you can read what we have agreed.",
                             "You receive this agreement in English because you have told us that you do not read Danish."])]
        secs = prose_sections(case, f) if layout == "prose" else field_sections(f, "en", layout, rng)
        closing = ["Kind regards", f"{case.cw}", f"Caseworker, {case.jc}", f"Tel. {case.cwphone}, {case.cwemail}"]
        return dict(title=title, sender=f"{case.muni} Municipality – {case.jc}", meta=meta, intro=intro,
                    sections=secs, closing=closing, footer=foot), layout
    if subtype == "en-provider":
        layout = rng.choice(["headings", "table", "labels"])
        f = agreement_fields(case, defect, "en")
        title = rng.choice([f"Mentor agreement – {case.provider}", "Agreement on mentor support (mentor course)",
                            "Mentoring agreement"])
        intro = [f"Agreement between {case.citizen} and {case.provider} on mentor support ordered by {case.jc} "
                 f"(section 167 of the Danish Act on an Active Employment Effort)."]
        secs = field_sections(f, "en", layout, rng)
        closing = ["Signatures:", f"Citizen: {case.citizen}    Mentor: {case.mentor if 'missing-mentor' not in (defect if isinstance(defect, tuple) else (defect,)) else '________'}",
                   f"Date: {en_date(case.start - timedelta(days=rng.randint(3, 12)), 1)}"]
        return dict(title=title, sender=case.provider, meta=meta, intro=intro, sections=secs, closing=closing,
                    footer=f"{case.provider} · CVR {rng.randrange(10**7, 10**8)} · www.{case.pdomain}"), layout
    if subtype == "da-en":
        # the same sub-choices (which defect shape, which period) in both languages
        x = rng.random()
        case.rng = random.Random(x)
        fd = agreement_fields(case, defect, "da")
        case.rng = random.Random(x)
        fe = agreement_fields(case, defect, "en")
        case.rng = rng
        layout = rng.choice(["headings", "table"])
        secs = [("", [f"Kære {case.first}", f"Du har fået bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. Her er vores aftale."])]
        secs += field_sections(fd, "da", layout, rng)
        secs.append(("English translation", ["This is a translation of the Danish agreement above. In case of doubt, the Danish text applies.",
                                             f"Dear {case.first}", "You have been granted mentor support under section 167 of the Danish Act on an Active Employment Effort. This is our agreement."]))
        secs += field_sections(fe, "en", layout, rng)
        meta2 = [f"Navn: {case.citizen}"] + ([f"CPR-nr.: {case.cpr}"] if case.cpr else []) + [f"Sagsnr.: {case.caseno}"]
        return dict(title="Aftale om mentorstøtte / Agreement on mentor support", sender=f"{case.muni} Kommune",
                    meta=meta2, intro=[], sections=secs,
                    closing=["Med venlig hilsen / Kind regards", case.cw, f"{case.jc}, tlf. {case.cwphone}"],
                    footer=foot), layout + "+translation"
    if subtype == "bilingual-labels":
        f = agreement_fields(case, defect, "en")
        layout = rng.choice(["table", "headings"])
        secs = field_sections(f, "en", layout, rng, labels=BI_LABELS)
        meta2 = [f"Borger / Citizen: {case.citizen}"] + ([f"CPR-nr. / CPR no.: {case.cpr}"] if case.cpr else []) + \
                [f"Sagsnr. / Case no.: {case.caseno}"]
        return dict(title="Aftale om mentorstøtte / Agreement on mentor support", sender=f"{case.muni} Kommune / {case.muni} Municipality",
                    meta=meta2, intro=["Lov om en aktiv beskæftigelsesindsats § 167 / Danish Act on an Active Employment Effort, section 167"],
                    sections=secs, closing=[f"Sagsbehandler / Caseworker: {case.cw}, tlf./tel. {case.cwphone}"],
                    footer=foot), "bilingual-" + layout
    if subtype == "email-confirm":
        case.cpr = None  # caseworkers do not put the CPR number in an ordinary e-mail
        f = agreement_fields(case, defect, "en")
        layout = rng.choice(["labels", "prose"])
        secs = prose_sections(case, f) if layout == "prose" else field_sections(f, "en", "labels", rng)
        title = rng.choice(["Confirmation of our agreement on mentor support", "Re: Mentor support – what we agreed",
                            "Your mentor agreement"])
        intro = [f"Hi {case.first},", "Thank you for the meeting today. As promised, here is a summary of what we agreed about your mentor support."]
        closing = ["Please reply to this e-mail if anything is wrong.", "Best regards"]
        return dict(title=title, intro=intro, sections=secs, closing=closing,
                    meta=[]), "email-" + layout
    raise ValueError(subtype)


def danish_first(case: Case, doc: dict) -> dict:
    """A Danish decision letter with the English translation after it (full grants only)."""
    s, e = case.period
    da = [("", [f"Kære {case.first}", f"{case.muni} Kommune har bevilget dig mentorstøtte i perioden {da_date(s)} til "
                f"{da_date(e)}, {HOURS[case.hours_i][1]}. Din mentor bliver {case.mentor} fra {case.provider}.",
                "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."]),
          ("Klagevejledning", [APPEAL_DA.format(muni=case.muni)]),
          ("English translation", ["Below is an English translation of the decision. The Danish text is the decision."])]
    doc = dict(doc)
    doc["title"] = "Afgørelse om mentorstøtte / Decision on mentor support"
    doc["sections"] = da + doc["sections"]
    return doc


def build_decision(case: Case, variant: str) -> tuple[dict, list, list]:
    """variant: grant | partial | refusal | ending | grant-noappeal | grant-over6 | refusal-noreasons | grant-wrongroute."""
    rng = case.rng
    rules, extras = [], []
    s, e = period_for(case, variant == "grant-over6")
    case.period = (s, e) if variant not in ("refusal", "refusal-noreasons", "ending") else None
    h = HOURS[case.hours_i][0]
    ds = case.dstyle % 2
    per = f"{en_date(s, ds)} to {en_date(e, ds)}"
    meta = [f"{case.citizen}"] + ([f"CPR no.: {case.cpr}"] if case.cpr else []) + [f"Case no.: {case.caseno}",
            f"Date: {en_date(s - timedelta(days=rng.randint(5, 20)), 0)}"]
    reasons = ("Reasons for the decision: We have made the decision under section 167(1) of the Danish Act on an "
               "Active Employment Effort. We have emphasised that you have started a work placement and need support "
               "to keep up your attendance, and that the support must aim at employment or education.")
    if variant in ("grant", "grant-noappeal", "grant-over6", "grant-wrongroute"):
        title = rng.choice(["Decision on mentor support", "Your application for mentor support has been granted",
                            "Decision: mentor support under section 167"])
        body = [f"Dear {case.first},",
                f"{case.muni} Municipality has granted you mentor support for the period {per}, {h}.",
                f"Your mentor will be {case.mentor} from {case.provider}. The mentor will contact you before the start.",
                "The decision is made under section 167 of the Danish Act on an Active Employment Effort."]
        secs = [("", body)]
        if variant == "grant-over6":
            rules.append("duration-over-6-months")
        if variant == "grant-noappeal":
            rules.append("missing-appeal-guidance")
            if rng.random() < 0.5:
                secs.append(("Appeal", [APPEAL_BAD_EN[case.fu_i % 3][0]]))
        elif variant == "grant-wrongroute":
            extras.append("appeal-wrong-route")
            secs.append(("How to complain", [APPEAL_WRONG_EN]))
        else:
            secs.append((rng.choice(["How to complain", "Appeal guidance", "Right of appeal"]),
                         [APPEAL_EN[case.fu_i % 3].format(muni=case.muni, jc=case.jc)]))
    elif variant == "partial":
        title = "Decision on your application for mentor support"
        asked = rng.choice(["9 months", "5 hours per week"])
        body = [f"Dear {case.first},",
                f"You applied for mentor support {'for ' + asked if 'months' in asked else 'of ' + asked}. "
                f"We have partly granted your application: you receive mentor support for the period {per}, {h}."]
        secs = [("", body), ("Reasons", [reasons + " We find that the need can be met with fewer hours / a shorter period, "
                                         "and a new period can be granted after a concrete assessment when this one ends."]),
                ("How to complain", [APPEAL_EN[case.fu_i % 3].format(muni=case.muni, jc=case.jc)])]
    elif variant in ("refusal", "refusal-noreasons"):
        title = rng.choice(["Decision – refusal of mentor support", "Refusal of your application for mentor support"])
        body = [f"Dear {case.first},", "You have applied for mentor support. We have decided to refuse your application."]
        secs = [("", body)]
        if variant == "refusal":
            secs.append(("Reasons", ["We have made the decision under section 167 of the Danish Act on an Active "
                                     "Employment Effort. Mentor support can only be given when there is a goal of "
                                     "employment or education. We have emphasised that you receive early retirement "
                                     "pension (førtidspension) and have told us that you do not wish to work or study."]))
        else:
            extras.append("missing-reasons")
        secs.append(("How to complain", [APPEAL_EN[(case.fu_i + 1) % 3].format(muni=case.muni, jc=case.jc)]))
    else:  # ending
        title = "Decision: your mentor support ends"
        end = add_months(case.start, 2)
        secs = [("", [f"Dear {case.first},", f"We have decided that your mentor support ends on {en_date(end, 0)}."]),
                ("Reasons", ["You have started an ordinary job of 32 hours a week, and you and your mentor agree that "
                             "you no longer need support. The decision is made under section 167 of the Danish Act "
                             "on an Active Employment Effort."]),
                ("How to complain", [APPEAL_EN[case.fu_i % 3].format(muni=case.muni, jc=case.jc)])]
    closing = ["Kind regards", case.cw, f"{case.jc}", f"Tel. {case.cwphone}"]
    return dict(title=title, sender=f"{case.muni} Municipality", meta=meta, sections=secs, closing=closing,
                footer=f"{case.jc} · {case.addr}"), rules, extras


def build_minplan(case: Case, defect: str | None) -> tuple[dict, list]:
    rng, f = case.rng, case.first
    rows = []
    goal = (None if defect == "missing-goal" else
            UNCLEAR_GOALS[case.goal_i % 4][0].format(f=f) if defect == "unclear-goal" else GOALS[case.goal_i][0].format(f=f))
    if goal:
        rows.append(("row", "Goal", goal))
    if defect == "missing-mentor":
        rows.append(("row", "Mentor", case.mentor))
    else:
        rows.append(("row", "Mentor", f"{case.mentor}, {case.provider}"))
        rows.append(("row", "Phone", case.mphone))
        rows.append(("row", "E-mail", case.memail))
    if defect != "missing-tasks":
        rows.append(("row", "What the mentor helps with", "; ".join(t[0].format(f="you") for t in TASKS[case.tasks_i])))
    s, e = period_for(case, defect == "duration-over-6-months")
    case.period = (s, e)
    rows.append(("row", "Start date", en_date(s, 1)))
    rows.append(("row", "End date", en_date(e, 1)))
    if defect != "missing-hours":
        rows.append(("row", "Hours", HOURS[case.hours_i][0]))
    rows.append(("row", "Status", rng.choice(["Active", "Planned"])))
    rules = [defect] if defect else []
    doc = dict(title=rng.choice(["My Plan (Min Plan) – Mentor support", "Min Plan: Mentor support",
                                 "My Plan – activity: Mentor"]),
               sender="Jobnet – Min Plan", meta=[f"Printed {en_date(date(2026, 11, rng.randint(1, 27)), 1)}",
                                                 f"{case.citizen}"] + ([f"CPR: {case.cpr}"] if case.cpr else []),
               intro=["This is a print of an activity in your plan. The plan is shared between you and "
                      f"{case.jc}."],
               sections=[("Mentor support (section 167)", rows)], closing=[])
    return doc, rules


def build_unknown(case: Case, sub: str) -> dict:
    rng = case.rng
    if sub == "newsletter":
        return dict(title=f"Newsletter from {case.jc} – autumn 2026", sender=case.jc, meta=[],
                    intro=["News for citizens and partners."],
                    sections=[("New rules from 1 February 2026", ["The word 'job centre' is replaced by 'the municipality' in the Act on an Active Employment Effort. You can still call us on the usual number."]),
                              ("Mentor support – what is it?", ["A mentor can help you get started in a job or an education. Every agreement states the goal, the mentor's name and contact details, the mentor's tasks, the period, the number of hours and how we follow up. Mentor support is given for up to 6 months at a time."]),
                              ("Job fair 12 November", ["Meet 40 employers in the town hall from 10 to 14."])],
                    closing=["Unsubscribe: reply STOP"])
    if sub == "invoice":
        hrs = rng.randint(8, 30)
        return dict(title=f"Invoice no. {rng.randint(2000, 9000)}", sender=case.provider,
                    meta=[f"To: {case.muni} Municipality, {case.jc}", f"EAN: 5798000{rng.randrange(100000, 999999)}",
                          f"Invoice date: {en_date(date(2026, 10, 31), 1)}"],
                    sections=[("", [("row", "Service", "Mentor support, section 167"), ("row", "Citizen", case.citizen + (f" ({case.cpr})" if case.cpr else "")),
                                    ("row", "Mentor", case.mentor), ("row", "Period", "October 2026"),
                                    ("row", "Hours delivered", f"{hrs} hours"), ("row", "Rate", "DKK 525.00 per hour"),
                                    ("row", "Total excl. VAT", f"DKK {hrs * 525:,.2f}")])],
                    closing=["Payment terms: 30 days net. Bank: reg. 1234 account 0012345678."])
    if sub == "status-report":
        return dict(title="Mentor status report", sender=case.provider,
                    meta=[f"Citizen: {case.citizen}", f"Mentor: {case.mentor}, tel. {case.mphone}", f"Report for: September 2026"],
                    sections=[("Progress towards the goal", [f"{case.first} has attended the work placement 3 of 4 planned days each week. Punctuality has improved."]),
                              ("Hours used", ["11 hours in September (planned: 12)."]),
                              ("What we worked on", [("bullet", "Bus route and morning routine"), ("bullet", "Talk with the manager about tasks")]),
                              ("Recommendation", ["Continue as planned. Next status meeting 14 October."])],
                    closing=[f"{case.mentor}, {case.provider}"])
    if sub == "guidance":
        return dict(title="Mentor support – information in English", sender=f"{case.muni} Municipality",
                    meta=[], intro=["This page explains mentor support for citizens who receive benefits from the municipality."],
                    sections=[("Who can get a mentor?", ["You can get mentor support under section 167 of the Danish Act on an Active Employment Effort if you need help to start or keep a job or an education."]),
                              ("What does the agreement contain?", [("bullet", "The goal of the mentor support"), ("bullet", "The mentor's name and contact details"),
                                                                    ("bullet", "The mentor's tasks"), ("bullet", "The period (at most 6 months at a time)"),
                                                                    ("bullet", "The number of hours per week"), ("bullet", "Follow-up and appeal guidance")]),
                              ("Can I complain?", ["Yes. You complain to the municipality within 4 weeks. If the municipality upholds the decision, the complaint is sent to Ankestyrelsen."])],
                    closing=["Last updated 3 March 2026"])
    if sub == "minutes":
        return dict(title="Minutes – coordination meeting, mentor providers", sender=case.jc,
                    meta=[f"Date: {en_date(date(2026, 9, 17), 0)}", f"Present: {case.cw}, {case.mentor}, Hanne Lund, Jens Bach"],
                    sections=[("1. Capacity", ["The providers have 14 free places in October. Waiting time is about 2 weeks."]),
                              ("2. Agreements in English", ["We agreed to use the English template for citizens who do not read Danish. Goal, tasks, period and hours must be filled in before the first meeting."]),
                              ("3. Next meeting", ["12 November 2026 at 13.00."])], closing=[])
    if sub == "reminder-email":
        return dict(title="Reminder: meeting with your mentor on Thursday",
                    intro=[f"Hi {case.first},", f"This is a reminder that you meet {case.mfirst} on Thursday at 10.00 at the library. Remember your CV."],
                    sections=[], closing=["See you", case.mfirst])
    if sub == "leaflet":
        return dict(title="Your rights when you receive benefits", sender=case.jc, meta=[],
                    sections=[("Duty to be available", ["You must be available for work and take part in the activities in your plan."]),
                              ("Help you can get", ["A mentor, a language course, a work placement or a wage-subsidy job."]),
                              ("Complaints", ["You can complain about decisions to the municipality within 4 weeks."])], closing=[])
    if sub == "ankestyrelsen-ruling":
        return dict(title="Ankestyrelsen's decision in your complaint (translation)", sender="Ankestyrelsen",
                    meta=[f"{case.citizen}", f"Journal no.: {rng.randint(20, 26)}-{rng.randint(10000, 99999)}"],
                    sections=[("Result", [f"Ankestyrelsen agrees with {case.muni} Municipality's decision of 3 June 2026 on mentor support."]),
                              ("Reasons", ["The municipality was entitled to give mentor support for 6 months. A new period requires a concrete assessment."]),
                              ("You cannot complain", ["You cannot complain about this decision to another administrative authority."])],
                    closing=[])
    if sub == "course-programme":
        return dict(title=f"{case.provider}: Group mentoring programme 'Next Step'", sender=case.provider, meta=[],
                    intro=["A 12-week programme for newcomers who want a job in Denmark."],
                    sections=[("Content", [("bullet", "CV and job search"), ("bullet", "Danish workplace culture"), ("bullet", "Individual mentor talks")]),
                              ("Practical", ["Tuesdays and Thursdays 9-12. Price per participant: DKK 14,500."])], closing=[])
    raise ValueError(sub)


# --------------------------------------------------------------------------- plan

def write_doc(doc: dict, fmt: str, path: Path, case: Case, email: bool = False) -> None:
    rng = case.rng
    if fmt == "txt":
        path.write_text(render_txt(doc, rng, wrap=rng.random() < 0.3), encoding="utf-8")
    elif fmt == "html":
        path.write_text(render_html(doc, rng), encoding="utf-8")
    elif fmt == "docx":
        render_docx(doc, path, rng)
    elif fmt == "pdf":
        render_pdf(doc, path, rng)
    elif fmt == "eml":
        sig = [case.cw, f"Caseworker, {case.jc}", f"Tel. {case.cwphone}", case.cwemail]
        if doc.get("sender_provider"):
            sig = [case.mentor, case.provider, f"Mobile {case.mphone}"]
        quoted = None
        if rng.random() < 0.4:
            quoted = [f"On {en_date(case.start - timedelta(days=9), 0)}, {case.citizen} wrote:",
                      "Hello, I did not get the paper from the meeting. Can you send it in English?", "Thanks"]
        frm = f"{case.cw} <{case.cwemail}>"
        if doc.get("sender_provider"):
            frm = f"{case.mentor} <{case.memail}>"
        render_eml(doc, path, rng, frm, f"{case.citizen} <{case.first.lower()}@gmail.com>", sig, quoted,
                   when=case.start - timedelta(days=rng.randint(2, 10)))
    else:
        raise ValueError(fmt)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []

    # ---- agreements: 55
    defects = ([None] * 20 + ["appeal-wrong-route"] * 3 + ["missing-goal"] * 3 + ["unclear-goal"] * 5 +
               ["missing-mentor"] * 4 + ["missing-tasks"] * 3 + ["missing-duration"] * 3 +
               ["missing-follow-up"] * 4 + ["missing-hours"] * 4 + ["missing-appeal-guidance"] * 3 +
               ["duration-over-6-months"] * 3)
    # a few agreements have two things wrong, as archive documents do
    defects[:3] = [("missing-hours", "missing-follow-up"), ("unclear-goal", "missing-appeal-guidance"),
                   ("missing-mentor", "duration-over-6-months")]
    assert len(defects) == 55, len(defects)
    rng.shuffle(defects)
    subtypes = (["en-municipal"] * 17 + ["en-provider"] * 10 + ["da-en"] * 10 + ["bilingual-labels"] * 9 +
                ["email-confirm"] * 9)
    rng.shuffle(subtypes)
    fmts_cycle = {"en-municipal": ["docx", "pdf", "html", "txt"], "en-provider": ["docx", "pdf", "txt"],
                  "da-en": ["docx", "pdf", "html"], "bilingual-labels": ["docx", "pdf", "html", "txt"],
                  "email-confirm": ["eml"]}
    counters: dict = {}
    for i, (defect, sub) in enumerate(zip(defects, subtypes)):
        case = Case(random.Random(rng.random()))
        fc = fmts_cycle[sub]
        fmt = fc[counters.get(sub, 0) % len(fc)]
        counters[sub] = counters.get(sub, 0) + 1
        doc, layout = build_agreement(case, defect, sub, fmt)
        rel = f"agreements/{i:03d}-{sub}.{fmt}"
        write_doc(doc, fmt, _mk(out / rel), case)
        dset = set(defect) if isinstance(defect, tuple) else ({defect} if defect else set())
        rules = sorted(dset - {"appeal-wrong-route"})
        extras = ["appeal-wrong-route"] if "appeal-wrong-route" in dset else []
        e = dict(path=rel, kind="agreement", format=fmt, layout=layout, subtype=sub, rules=sorted(rules),
                 extras=extras, error=None, accept_errors=[],
                 must_not_contain=[case.cpr] if case.cpr else [],
                 traits=[f"defect:{d}" for d in sorted(dset)] + (["clean"] if not dset else []) + [ "lang:en" if sub != "da-en" else "lang:da+en"]
                 + (["cpr"] if case.cpr else []))
        if getattr(case, "period", None):
            e["period"] = {"start": case.period[0].isoformat(), "end": case.period[1].isoformat()}
        entries.append(e)

    # ---- decisions: 20
    variants = (["grant"] * 7 + ["partial"] * 3 + ["refusal"] * 2 + ["ending"] * 1 + ["grant-noappeal"] * 3 +
                ["grant-over6"] * 2 + ["refusal-noreasons"] * 1 + ["grant-wrongroute"] * 1)
    assert len(variants) == 20
    dfmts = ["docx", "pdf", "html", "txt", "pdf"]
    for i, v in enumerate(variants):
        case = Case(random.Random(rng.random()))
        doc, rules, extras = build_decision(case, v)
        sub = f"decision-{v}"
        if v == "grant" and i in (0, 2, 4):
            doc, sub = danish_first(case, doc), "decision-grant-da-en"
        fmt = dfmts[i % len(dfmts)]
        rel = f"decisions/{i:03d}-{v}.{fmt}"
        write_doc(doc, fmt, _mk(out / rel), case)
        e = dict(path=rel, kind="decision", format=fmt, layout="letter", subtype=sub,
                 rules=sorted(rules), extras=extras, error=None, accept_errors=[],
                 must_not_contain=[case.cpr] if case.cpr else [],
                 traits=["lang:en", f"variant:{v}"] + (["cpr"] if case.cpr else []))
        if case.period:
            e["period"] = {"start": case.period[0].isoformat(), "end": case.period[1].isoformat()}
        entries.append(e)

    # ---- Min Plan: 10
    mdefects = [None] * 4 + ["missing-hours", "missing-mentor", "unclear-goal", "duration-over-6-months",
                             "missing-tasks", "missing-goal"]
    mfmts = ["html", "pdf", "txt", "html", "pdf"]
    for i, d in enumerate(mdefects):
        case = Case(random.Random(rng.random()))
        doc, rules = build_minplan(case, d)
        fmt = mfmts[i % len(mfmts)]
        rel = f"minplan/{i:03d}-minplan.{fmt}"
        write_doc(doc, fmt, _mk(out / rel), case)
        entries.append(dict(path=rel, kind="minplan", format=fmt, layout="table", subtype="minplan-print-en",
                            rules=sorted(rules), extras=[], error=None, accept_errors=[],
                            must_not_contain=[case.cpr] if case.cpr else [],
                            traits=["lang:en", f"defect:{d}" if d else "clean"] + (["cpr"] if case.cpr else []),
                            period={"start": case.period[0].isoformat(), "end": case.period[1].isoformat()}))

    # ---- none of the kinds: 15
    unk = [("newsletter", "html"), ("newsletter", "pdf"), ("invoice", "pdf"), ("invoice", "docx"),
           ("status-report", "docx"), ("status-report", "pdf"), ("guidance", "html"), ("guidance", "txt"),
           ("minutes", "docx"), ("reminder-email", "eml"), ("reminder-email", "eml"), ("leaflet", "pdf"),
           ("ankestyrelsen-ruling", "pdf"), ("course-programme", "html"), ("minutes", "txt")]
    for i, (sub, fmt) in enumerate(unk):
        case = Case(random.Random(rng.random()))
        doc = build_unknown(case, sub)
        if sub == "reminder-email":
            doc["sender_provider"] = True
        rel = f"other/{i:03d}-{sub}.{fmt}"
        write_doc(doc, fmt, _mk(out / rel), case)
        used_cpr = case.cpr if sub == "invoice" and case.cpr else None
        entries.append(dict(path=rel, kind="unknown", format=fmt, layout="mixed", subtype=sub, rules=[], extras=[],
                            error=None, accept_errors=[], must_not_contain=[used_cpr] if used_cpr else [],
                            traits=["not-a-mentor-document-kind", "lang:en"] + (["cpr"] if used_cpr else [])))

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


def _mk(p: Path) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


if __name__ == "__main__":
    main()
