"""Corpus ft: English and Danish/English paperwork for international citizens, students and expats.

Deterministic: python make_corpus_ft.py --out /work/corpora/ft [--seed 1313]
Writes the documents plus EXPECTED.jsonl (manifest format of corpusgen.corpus.manifest).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

RULES9 = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)
ALLOWED = {
    "agreement": set(RULES9),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

# ----------------------------------------------------------------------------- content pools
MUNIS = [
    ("Aarhus Kommune", "Jobcenter Aarhus", "Værkmestergade 15, 8000 Aarhus C", "Aarhus"),
    ("Københavns Kommune", "Jobcenter København – International", "Gyldenløvesgade 15, 1600 København V", "Copenhagen"),
    ("Odense Kommune", "Beskæftigelses- og Socialforvaltningen", "Ørbækvej 100, 5220 Odense SØ", "Odense"),
    ("Aalborg Kommune", "Jobcenter Aalborg", "Vesterbro 14, 9000 Aalborg", "Aalborg"),
    ("Lyngby-Taarbæk Kommune", "Borgerservice og Beskæftigelse", "Lyngby Torv 17, 2800 Kgs. Lyngby", "Lyngby"),
    ("Sønderborg Kommune", "Kommunen – Beskæftigelse", "Rådhustorvet 10, 6400 Sønderborg", "Sønderborg"),
    ("Kolding Kommune", "Kolding Kommune, Job og Uddannelse", "Nytorv 11, 6000 Kolding", "Kolding"),
    ("Horsens Kommune", "Horsens Kommune, Beskæftigelse", "Rådhustorvet 4, 8700 Horsens", "Horsens"),
    ("Esbjerg Kommune", "Esbjerg Kommune – Job & Uddannelse", "Torvegade 74, 6700 Esbjerg", "Esbjerg"),
    ("Roskilde Kommune", "Roskilde Kommune, Jobcentret", "Køgevej 80, 4000 Roskilde", "Roskilde"),
]
CITIZENS = [
    ("Priya", "Raman", "f"), ("Mateusz", "Kowalczyk", "m"), ("Amina", "Yusuf", "f"),
    ("Diego", "Fernández", "m"), ("Olena", "Shevchenko", "f"), ("Kwame", "Mensah", "m"),
    ("Lucía", "Moreno", "f"), ("Tomás", "Novák", "m"), ("Aisha", "Rahimi", "f"),
    ("Jonas", "Petrauskas", "m"), ("Mei", "Chen", "f"), ("Ahmed", "Haddad", "m"),
    ("Sofia", "Ionescu", "f"), ("Rahul", "Menon", "m"), ("Grace", "Okafor", "f"),
    ("Viktor", "Horváth", "m"), ("Leila", "Karimi", "f"), ("Samuel", "Tesfaye", "m"),
    ("Ana", "Costa", "f"), ("Dmytro", "Bondarenko", "m"), ("Nora", "Lindqvist", "f"),
    ("Hamza", "Ali", "m"), ("Emily", "Walsh", "f"), ("Kenji", "Watanabe", "m"),
]
MENTORS = [
    ("Louise Kjær", "MentorLink ApS", "+45 28 14 56 70", "lk@mentorlink.dk"),
    ("Jesper Holm", "Brobyggerne", "31 72 40 18", "jesper.holm@brobyggerne.dk"),
    ("Hanne Dalsgaard", "Jobhuset Øst", "22 63 91 05", "hd@jobhuset-oest.dk"),
    ("Martin Brandt", "Nexus Mentor", "+45 40 17 33 82", "martin@nexusmentor.dk"),
    ("Camilla Ravn", "StudieStøtten", "53 88 12 64", "camilla.ravn@studiestotten.dk"),
    ("Rasmus Vinther", "Kommunens mentorkorps", "87 13 42 90", "rvi@kommune-mentor.dk"),
    ("Fatima El-Sayed", "Bridge2Work", "+45 61 20 44 17", "fatima@bridge2work.dk"),
    ("Peter Lund", "Lund Coaching", "29 45 10 37", "peter@lundcoaching.dk"),
    ("Sara Mikkelsen", "Mentorhuset", "42 16 75 98", "sara.m@mentorhuset.dk"),
    ("Thomas Bech", "Integrationsnetværket", "50 91 26 33", "tb@integrationsnet.dk"),
]
CASEWORKERS = ["Mette Sørensen", "Anders Qvist", "Birgitte Holt", "Kasper Møller", "Line Frost",
               "Henrik Dam", "Julie Krogh", "Morten Vad"]

# (english, danish) clear goals; {n} = first name
GOALS_CLEAR = [
    ("{n} completes the first semester of the Software Engineering programme at SDU by 31 January 2027 and attends at least 80 % of the teaching.",
     "{n} gennemfører første semester på softwareingeniøruddannelsen på SDU senest 31. januar 2027 og møder til mindst 80 % af undervisningen."),
    ("{n} is employed 25 hours a week as a warehouse assistant at PostNord in Brøndby by 1 September 2026.",
     "{n} er ansat 25 timer om ugen som lagermedarbejder hos PostNord i Brøndby senest 1. september 2026."),
    ("{n} starts a work placement (virksomhedspraktik) at Netto in Viby, 15 hours a week, by 1 May 2026, with a view to a wage subsidy job.",
     "{n} starter i virksomhedspraktik i Netto i Viby, 15 timer om ugen, senest 1. maj 2026 med henblik på løntilskud."),
    ("{n} passes Danish Module 3 at the language centre by December 2026 and starts the AMU course 'Warehouse and Logistics' in January 2027.",
     "{n} består danskuddannelsens modul 3 senest december 2026 og starter på AMU-kurset 'Lager og logistik' i januar 2027."),
    ("{n} completes grundforløb 2 of the social and health care assistant programme at SOSU Østjylland by 20 June 2026 and attends at least four days a week.",
     "{n} gennemfører grundforløb 2 på SOSU-hjælperuddannelsen på SOSU Østjylland senest 20. juni 2026 og møder mindst fire dage om ugen."),
    ("{n} has a part-time job of at least 12 hours a week in a hotel kitchen in the city by 1 October 2026.",
     "{n} har et deltidsjob på mindst 12 timer om ugen i et hotelkøkken i byen senest 1. oktober 2026."),
    ("{n} finishes the HF single-subject course in Mathematics C at VUC and takes the exam in June 2026.",
     "{n} gennemfører enkeltfaget Matematik C på VUC og går til eksamen i juni 2026."),
    ("{n} is admitted to the Multimedia Design programme at the Business Academy for the start in August 2026 and has a student job of 10 hours a week.",
     "{n} er optaget på multimediedesigneruddannelsen på erhvervsakademiet til studiestart i august 2026 og har et studiejob på 10 timer om ugen."),
]
GOALS_UNCLEAR = [
    ("Support to feel better and get more structure in everyday life.",
     "Støtte til at få det bedre og mere struktur på hverdagen."),
    ("Increased self-esteem and well-being.",
     "Øget selvværd og trivsel."),
    ("To make sure that {n} moves closer to the labour market.",
     "Sikre at {n} kommer tættere på arbejdsmarkedet."),
    ("Help to move on in life and feel more at home in Denmark.",
     "Hjælp til at komme videre og falde bedre til i Danmark."),
    ("Motivate {n} and improve her/his general well-being.",
     "Motivere {n} og styrke den generelle trivsel."),
]
TASKS = [
    [("Go with {n} to the workplace during the first two weeks", "Følge {n} til arbejdspladsen de første to uger"),
     ("A weekly talk about attendance and transport", "En ugentlig samtale om fremmøde og transport"),
     ("Help with reading letters in e-Boks from the municipality and SKAT", "Hjælpe med at læse breve i e-Boks fra kommunen og Skat")],
    [("Help {n} plan the study week and exam reading", "Hjælpe {n} med at planlægge studieugen og eksamenslæsningen"),
     ("Contact the student counsellor together with {n} when needed", "Kontakte studievejlederen sammen med {n}"),
     ("Practise group work and presentations in Danish", "Øve gruppearbejde og fremlæggelser på dansk")],
    [("Practise the morning routine: getting up at 6.30 and taking bus 2A", "Øve morgenrutinen: stå op kl. 6.30 og tage bus 2A"),
     ("Meet the manager at the placement together with {n}", "Holde møde med lederen på praktikstedet sammen med {n}"),
     ("Help with the application for a wage subsidy job", "Hjælpe med ansøgningen om løntilskud")],
    [("Support {n} in contact with the language school about absence", "Støtte {n} i kontakten med sprogskolen om fravær"),
     ("Help find a student job and write a CV in Danish", "Hjælpe med at finde et studiejob og skrive et CV på dansk"),
     ("Follow up on appointments with the doctor and the municipality", "Følge op på aftaler med lægen og kommunen")],
]
HOURS = [("3 hours per week", "3 timer pr. uge"), ("2 hours a week", "2 timer om ugen"),
         ("1½ hours per week", "1½ time pr. uge"), ("8 hours per month", "8 timer om måneden"),
         ("4 hours a week for the first month, then 2 hours a week", "4 timer om ugen den første måned, derefter 2 timer om ugen"),
         ("Every Tuesday and Thursday, 9:00–10:30", "Hver tirsdag og torsdag kl. 9.00-10.30")]
HOURS_VAGUE = [("A few hours a week, as needed", "Et par timer om ugen efter behov"),
               ("As needed", "Efter behov")]
FOLLOW = [("A status meeting with you, your mentor and your caseworker every month. We evaluate 14 days before the period ends.",
           "Statusmøde med dig, din mentor og din sagsbehandler hver måned. Vi evaluerer 14 dage før perioden slutter."),
          ("Your caseworker calls you and your mentor every 4 weeks. Milestone: attendance 4 days a week within the first two months.",
           "Din sagsbehandler ringer til dig og din mentor hver 4. uge. Delmål: fremmøde 4 dage om ugen inden for de første to måneder."),
          ("Follow-up meeting at the job centre after 3 months and again 4 weeks before the end of the period.",
           "Opfølgningsmøde i jobcentret efter 3 måneder og igen 4 uger før periodens udløb."),
          ("Your mentor writes a short progress note every second week; we meet every 6 weeks to look at the milestones.",
           "Din mentor skriver et kort statusnotat hver anden uge; vi mødes hver 6. uge og ser på delmålene.")]
FOLLOW_VAGUE = [("As needed.", "Efter behov."), ("Ongoing follow-up.", "Der følges op løbende.")]

APPEAL_EN_FULL = [
    "If you disagree with this decision, you can complain to {muni}. Your complaint must reach us within 4 weeks of the day you received this letter. You can complain in writing or by phone. We will reconsider the decision within 4 weeks. If we uphold the decision, we send your complaint and your case to Ankestyrelsen (the National Social Appeals Board), which will make a decision.",
    "You can appeal the decision within four weeks. Send your appeal to the municipality ({muni}), by letter, e-mail or Digital Post, or call your caseworker. The municipality will look at the decision again. If it does not change the decision, the appeal is forwarded to Ankestyrelsen. (Section 204 of the Act on an Active Employment Effort and chapter 10 of the Act on Legal Protection and Administration in Social Matters.)",
]
APPEAL_EN_BAD = ["You can appeal this decision.", "Please contact us if you have questions about the decision.",
                 "You can complain to the municipality, which will send your complaint on to Ankestyrelsen if it keeps the decision.",
                 "You have 4 weeks to appeal."]
APPEAL_DA_FULL = ("Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere "
                  "sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage "
                  "sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.")
APPEAL_DA_BAD = "Du kan klage over afgørelsen."

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december"]


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def en_date(d: dt.date, style: int = 0) -> str:
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def da_date(d: dt.date, style: int = 0) -> str:
    if style == 1:
        return d.strftime("%d.%m.%Y")
    return f"{d.day}. {DA_MONTHS[d.month - 1]} {d.year}"


def make_cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 35))
    return f"{d:%d%m%y}-{rng.randrange(1000, 9999)}"


# ----------------------------------------------------------------------------- document model
# blocks: ("title", t) ("h", t) ("p", t) ("li", t) ("table", [[c, ...], ...]) ("sig", t)

class Doc:
    def __init__(self, name, fmt, kind, subtype, layout):
        self.name, self.fmt, self.kind, self.subtype, self.layout = name, fmt, kind, subtype, layout
        self.blocks: list = []
        self.rules: set[str] = set()
        self.traits: list[str] = []
        self.cpr: list[str] = []
        self.period = None
        self.subject = ""
        self.sender = ""
        self.to = ""
        self.extras: list[str] = []

    def add(self, *b):
        self.blocks.append(b)


# ----------------------------------------------------------------------------- writers
def w_txt(doc, path, md=False):
    if doc.layout == "export-grid" and not md:
        import csv, io
        rows = [b for b in doc.blocks if b[0] == "table"][0][1][1:]
        buf = io.StringIO()
        wr = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        wr.writerow([r[0] for r in rows])
        wr.writerow([r[1].replace("\n", " ") for r in rows])
        path.write_text(buf.getvalue(), encoding="utf-8")
        return
    out = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out.append(("# " if md else "") + b[1] + ("" if md else "\n" + "=" * len(b[1])))
        elif t == "h":
            out.append(("## " + b[1]) if md else b[1].upper() if len(b[1]) < 40 and doc.layout.endswith("caps") else b[1] + ":" if md is False and not b[1].endswith(("?", ":")) else b[1])
        elif t == "p" or t == "sig":
            out.append(b[1])
        elif t == "li":
            out.append(("- " if md else "• ") + b[1])
        elif t == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0]) + "\n" +
                           "\n".join("| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |" for r in rows[1:]))
            else:
                out.append("\n".join(": ".join(c.replace("\n", " ") for c in r) if len(r) == 2 else " | ".join(c.replace("\n", " ") for c in r) for r in rows))
    text = "\n\n".join(out) + "\n"
    path.write_text(text, encoding="utf-8")


def w_html(doc, path):
    import html as H
    out = ["<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % H.escape(doc.subject or doc.name)]
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{H.escape(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{H.escape(b[1])}</h2>")
        elif t in ("p", "sig"):
            out.append("<p>" + H.escape(b[1]).replace("\n", "<br>") + "</p>")
        elif t == "li":
            out.append(f"<ul><li>{H.escape(b[1])}</li></ul>")
        elif t == "table":
            rows = b[1]
            out.append("<table border=\"1\" cellpadding=\"4\">")
            for i, r in enumerate(rows):
                tag = "th" if (i == 0 and doc.layout in ("two-column", "export-grid")) else "td"
                out.append("<tr>" + "".join(f"<{tag}>" + H.escape(c).replace("\n", "<br>") + f"</{tag}>" for c in r) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    html = "\n".join(out).replace("</ul>\n<ul>", "\n")
    path.write_text(html, encoding="utf-8")


def w_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            if doc.layout in ("bold-heads", "letter"):
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t in ("p", "sig"):
            d.add_paragraph(b[1])
        elif t == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif t == "table":
            rows = b[1]
            tab = d.add_table(rows=len(rows), cols=len(rows[0]))
            tab.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tab.cell(i, j)
                    lines = c.split("\n")
                    cell.text = lines[0]
                    if doc.layout == "two-column" and len(lines) > 1:
                        cell.paragraphs[0].runs[0].bold = True
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
                    if j == 0 and len(r) == 2 and doc.layout != "two-column":
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    d.save(path)


def w_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, List, ListItem
    o = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    tn = 0
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            o.text.addElement(H(outlinelevel=1, text=b[1]))
        elif t == "h":
            o.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t in ("p", "sig"):
            for ln in b[1].split("\n"):
                o.text.addElement(P(text=ln))
        elif t == "li":
            lst = List()
            it = ListItem()
            it.addElement(P(text=b[1]))
            lst.addElement(it)
            o.text.addElement(lst)
        elif t == "table":
            tn += 1
            tab = Table(name=f"T{tn}")
            tab.addElement(TableColumn(numbercolumnsrepeated=len(b[1][0])))
            for r in b[1]:
                tr = TableRow()
                for j, c in enumerate(r):
                    tc = TableCell()
                    for k, ln in enumerate(c.split("\n")):
                        tc.addElement(P(text=ln, stylename=bold if (j == 0 and k == 0 and len(r) == 2) else None) if (j == 0 and k == 0 and len(r) == 2) else P(text=ln))
                    tr.addElement(tc)
                tab.addElement(tr)
            o.text.addElement(tab)
    o.save(str(path))


def w_pdf(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(escape(b[1]), ss["Title"]))
        elif t == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading3"]))
        elif t in ("p", "sig"):
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif t == "li":
            story.append(Paragraph("• " + escape(b[1]), ss["BodyText"]))
        elif t == "table":
            rows = b[1]
            ncol = len(rows[0])
            widths = [5 * cm, 11 * cm] if ncol == 2 and doc.layout != "two-column" else [16 * cm / ncol] * ncol
            data = [[Paragraph(escape(c).replace("\n", "<br/>"), ss["BodyText"]) for c in r] for r in rows]
            tb = Table(data, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 8))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm).build(story)


def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\u%d?" % ord(ch))
        elif ch == "\n":
            out.append("\\line ")
        else:
            out.append(ch)
    return "".join(out)


def w_rtf(doc, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22 "]
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out.append(r"{\b\fs32 " + rtf_esc(b[1]) + r"}\par\par ")
        elif t == "h":
            out.append(r"{\b " + rtf_esc(b[1]) + r"}\par ")
        elif t in ("p", "sig"):
            out.append(rtf_esc(b[1]) + r"\par\par ")
        elif t == "li":
            out.append(r"\bullet  " + rtf_esc(b[1]) + r"\par ")
        elif t == "table":
            for r in b[1]:
                n = len(r)
                out.append(r"\trowd " + "".join(r"\cellx%d" % (9000 * (i + 1) // n) for i in range(n)) + " ")
                out.append("".join(r"\intbl " + rtf_esc(c) + r"\cell " for c in r) + r"\row ")
            out.append(r"\pard\par ")
    out.append("}")
    path.write_text("".join(out), encoding="ascii")


def w_eml(doc, path, rng):
    m = EmailMessage()
    m["From"] = doc.sender or "Mentor team <mentor@kommune.dk>"
    m["To"] = doc.to or "citizen@example.com"
    m["Subject"] = doc.subject or doc.name
    m["Date"] = format_datetime(dt.datetime(2026, rng.randint(1, 10), rng.randint(1, 28), rng.randint(8, 15), rng.randint(0, 59),
                                            tzinfo=dt.timezone(dt.timedelta(hours=1))))
    body = []
    for b in doc.blocks:
        t = b[0]
        if t in ("title",):
            continue
        if t == "h":
            body.append(b[1] + ":" if not b[1].endswith((":", "?")) else b[1])
        elif t in ("p", "sig"):
            body.append(b[1])
        elif t == "li":
            body.append("- " + b[1])
        elif t == "table":
            body.append("\n".join(": ".join(r) if len(r) == 2 else " | ".join(r) for r in b[1]))
    m.set_content("\n\n".join(body) + "\n")
    path.write_bytes(bytes(m))


def w_scan(doc, path, tmp: Path):
    """Render as PDF, rasterise, rebuild an image-only PDF (a scan without text layer)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    src = tmp / (path.stem + "_src.pdf")
    w_pdf(doc, src)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(tmp / path.stem)], check=True)
    pngs = sorted(tmp.glob(path.stem + "-*.png"))
    c = canvas.Canvas(str(path), pagesize=A4)
    for p in pngs:
        c.drawImage(str(p), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- builders
class Ctx:
    def __init__(self, rng):
        self.rng = rng

    def person(self):
        f, l, g = self.rng.choice(CITIZENS)
        return f, l

    def muni(self):
        return self.rng.choice(MUNIS)

    def mentor(self):
        return self.rng.choice(MENTORS)

    def period(self, over=False, start=None):
        rng = self.rng
        s = start or dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15]))
        if over:
            e = add_months(s, rng.choice([8, 9, 12])) - dt.timedelta(days=1)
        else:
            e = add_months(s, rng.choice([3, 4, 6, 6, 6])) - dt.timedelta(days=1)
        return s, e


_DECKS: dict = {}
CONFLICTS = [{"missing-goal", "unclear-goal"}, {"missing-duration", "duration-over-6-months"}]


def plan_fields(ctx: Ctx, kind: str, n_defects: int, pool: list[str]):
    """Pick defects for a document from a balanced deck per pool (no conflicting pair)."""
    rng = ctx.rng
    key = tuple(pool)
    chosen: set[str] = set()
    tries = 0
    while len(chosen) < n_defects and tries < 50:
        tries += 1
        deck = _DECKS.setdefault(key, [])
        if not deck:
            deck.extend(rng.sample(pool, len(pool)))
        cand = deck.pop()
        if cand in chosen or any(cand in c and chosen & (c - {cand}) for c in CONFLICTS):
            deck.insert(0, cand)
            continue
        chosen.add(cand)
    return chosen


def field_values(ctx, first, defects, lang_en=True):
    """Produce (en, da) values per field honouring the defects."""
    rng = ctx.rng
    v = {}
    if "missing-goal" in defects:
        v["goal"] = None
    elif "unclear-goal" in defects:
        g = rng.choice(GOALS_UNCLEAR)
        v["goal"] = (g[0].format(n=first), g[1].format(n=first))
    else:
        gi = rng.randrange(len(GOALS_CLEAR))
        g = GOALS_CLEAR[gi]
        v["goal"] = (g[0].format(n=first), g[1].format(n=first))
        v["task_hint"] = {0: 1, 6: 1, 7: 1, 1: 0, 5: 0, 2: 2, 3: 3, 4: 3}[gi]
    m = ctx.mentor()
    if "missing-mentor" in defects:
        v["mentor"] = rng.choice([None, "nameonly"])
        if v["mentor"] == "nameonly":
            v["mentor"] = (f"{m[0]}, {m[1]}", f"{m[0]}, {m[1]}")
    else:
        v["mentor"] = (f"{m[0]}, {m[1]}\nPhone: {m[2]}\nE-mail: {m[3]}", f"{m[0]}, {m[1]}\nTlf.: {m[2]}\nMail: {m[3]}")
    v["mentor_name"] = m[0]
    t = TASKS[v["task_hint"]] if "task_hint" in v else rng.choice(TASKS)
    v["tasks"] = None if "missing-tasks" in defects else [(a.format(n=first), b.format(n=first)) for a, b in t]
    over = "duration-over-6-months" in defects
    s, e = ctx.period(over=over)
    v["period_dates"] = (s, e)
    v["duration"] = None if "missing-duration" in defects else (s, e)
    if "missing-hours" in defects:
        v["hours"] = rng.choice([None, rng.choice(HOURS_VAGUE)])
    else:
        v["hours"] = rng.choice(HOURS)
    if "missing-follow-up" in defects:
        v["follow"] = rng.choice([None, rng.choice(FOLLOW_VAGUE)])
    else:
        v["follow"] = rng.choice(FOLLOW)
    if "missing-appeal-guidance" in defects:
        v["appeal"] = rng.choice([None, "bad"])
    else:
        v["appeal"] = "full"
    return v


def period_text(v, lang, style):
    if v["duration"] is None:
        return None
    s, e = v["duration"]
    if lang == "en":
        return f"{en_date(s, style)} – {en_date(e, style)}"
    return f"{da_date(s, style)} – {da_date(e, style)}"


def header_blocks(doc, ctx, muni, first, last, lang="en", cpr=False, caseno=True):
    rng = ctx.rng
    lines = [muni[1], muni[2]]
    doc.add("p", "\n".join(lines))
    info = [f"{'Name' if lang == 'en' else 'Navn'}: {first} {last}"]
    if cpr:
        c = make_cpr(rng)
        doc.cpr.append(c)
        info.append(f"{'CPR no.' if lang == 'en' else 'CPR-nr.'}: {c}")
    if caseno:
        info.append(f"{'Case no.' if lang == 'en' else 'Sagsnr.'}: {rng.randint(10, 99)}.{rng.randint(10, 40)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26")
    doc.add("p", "\n".join(info))


def appeal_text(v, lang, muni_name):
    if v["appeal"] is None:
        return None
    if v["appeal"] == "bad":
        return APPEAL_EN_BAD[len(muni_name) % 4] if lang == "en" else APPEAL_DA_BAD
    if lang == "en":
        return APPEAL_EN_FULL[len(muni_name) % 2].format(muni=muni_name)
    return APPEAL_DA_FULL


# English-only agreement layouts ------------------------------------------------------------------
EN_LABELS = [
    {"goal": "Goal", "mentor": "Your mentor", "tasks": "What your mentor will help with", "period": "Period",
     "hours": "Hours per week", "follow": "How we follow up", "appeal": "How to appeal"},
    {"goal": "Goal of the mentor support", "mentor": "Mentor (name and contact details)", "tasks": "Your mentor's tasks",
     "period": "Duration", "hours": "Number of hours", "follow": "Follow-up and progress", "appeal": "If you disagree"},
    {"goal": "What is the goal?", "mentor": "Who is your mentor?", "tasks": "What will your mentor help you with?",
     "period": "How long?", "hours": "How many hours?", "follow": "How do we follow up?", "appeal": "How to complain"},
]


def agreement_en(ctx, doc, defects, style):
    rng = ctx.rng
    first, last = ctx.person()
    muni = ctx.muni()
    v = field_values(ctx, first, defects)
    cpr = rng.random() < 0.4
    labels = EN_LABELS[style % 3]
    ds = rng.choice([0, 0, 1, 2, 3])
    doc.add("title", rng.choice(["Mentor Agreement", "Agreement on mentor support", "Your mentor agreement"]))
    header_blocks(doc, ctx, muni, first, last, "en", cpr)
    doc.add("p", rng.choice([
        f"This agreement describes the mentor support you receive from {muni[0]} under section 167 of the Danish Act on an Active Employment Effort (LAB).",
        f"Dear {first}, this is the written agreement about your mentor support, made at our meeting at {muni[1]}.",
        "Mentor support (mentorstøtte) – agreement between you, your mentor and the municipality.",
    ]))
    vals = {
        "goal": v["goal"][0] if v["goal"] else None,
        "mentor": v["mentor"][0] if v["mentor"] else None,
        "tasks": [a for a, _ in v["tasks"]] if v["tasks"] else None,
        "period": period_text(v, "en", ds),
        "hours": v["hours"][0] if v["hours"] else None,
        "follow": v["follow"][0] if v["follow"] else None,
        "appeal": appeal_text(v, "en", muni[0]),
    }
    order = ["goal", "mentor", "tasks", "period", "hours", "follow"]
    if doc.layout == "table":
        rows = []
        for k in order:
            val = vals[k]
            if val is None:
                if rng.random() < 0.5:
                    rows.append([labels[k], rng.choice(["", "-", "To be agreed"])])
                continue
            rows.append([labels[k], "\n".join("• " + x for x in val) if isinstance(val, list) else val])
        doc.add("table", rows)
    else:
        for k in order:
            val = vals[k]
            if val is None:
                if rng.random() < 0.4:
                    doc.add("h", labels[k])
                    doc.add("p", rng.choice(["To be filled in later.", "-"]))
                continue
            doc.add("h", labels[k])
            if isinstance(val, list):
                for x in val:
                    doc.add("li", x)
            else:
                doc.add("p", val)
    if vals["appeal"]:
        doc.add("h", labels["appeal"])
        doc.add("p", vals["appeal"])
    doc.add("sig", f"{muni[3]}, {en_date(v['period_dates'][0] - dt.timedelta(days=rng.randint(3, 12)))}\n\n"
                   f"Citizen: {first} {last}            Mentor: {v['mentor_name']}            Caseworker: {rng.choice(CASEWORKERS)}")
    finish(doc, defects, v)


def finish(doc, defects, v):
    defects = set(defects)
    if "missing-duration" in defects:
        defects.discard("duration-over-6-months")
    if "missing-goal" in defects:
        defects.discard("unclear-goal")
    doc.rules = set(d for d in defects if d in ALLOWED[doc.kind])
    if v and v.get("duration"):
        s, e = v["duration"]
        doc.period = {"start": s.isoformat(), "end": e.isoformat()}
    for d in sorted(defects):
        doc.traits.append("defect:" + d)


def agreement_letter_en(ctx, doc, defects):
    """Prose letter from the caseworker confirming the agreement."""
    rng = ctx.rng
    first, last = ctx.person()
    muni = ctx.muni()
    v = field_values(ctx, first, defects)
    cw = rng.choice(CASEWORKERS)
    doc.add("p", f"{muni[1]}\n{muni[2]}")
    doc.add("p", f"{first} {last}")
    doc.add("title", "Your mentor support – what we agreed")
    doc.add("p", f"Dear {first},")
    doc.add("p", f"Thank you for the meeting. In this letter you get what we agreed about your mentor support, written down.")
    if v["goal"]:
        doc.add("p", f"The goal of the support: {v['goal'][0]}")
    if v["mentor"]:
        mparts = v["mentor"][0].split("\n")
        if len(mparts) > 1:
            doc.add("p", f"Your mentor is {mparts[0]}. You can call {v['mentor_name'].split()[0]} on {mparts[1].split(': ')[1]} or write to {mparts[2].split(': ')[1]}.")
        else:
            doc.add("p", f"Your mentor is {mparts[0]}.")
    if v["tasks"]:
        doc.add("p", f"{v['mentor_name'].split()[0]} will help you with:")
        for a, _ in v["tasks"]:
            doc.add("li", a)
    pt = period_text(v, "en", 0)
    if pt:
        doc.add("p", f"The mentor support runs from {pt.replace(' – ', ' to ')}.")
    if v["hours"]:
        h = v["hours"][0]
        if h.startswith("Every"):
            doc.add("p", f"You meet your mentor {h[0].lower() + h[1:]}.")
        else:
            doc.add("p", f"You and your mentor have {h[0].lower() + h[1:]} together.")
    if v["follow"]:
        doc.add("p", f"Follow-up: {v['follow'][0]}")
    ap = appeal_text(v, "en", muni[0])
    if ap:
        doc.add("h", "How to appeal")
        doc.add("p", ap)
    doc.add("sig", f"Kind regards\n{cw}\nCaseworker, {muni[1]}\nPhone 89 40 {rng.randint(10, 99)} {rng.randint(10, 99)}")
    finish(doc, defects, v)


def export_en(ctx, doc, defects, grid=False):
    """Case-system export in English."""
    rng = ctx.rng
    first, last = ctx.person()
    muni = ctx.muni()
    v = field_values(ctx, first, defects)
    system = rng.choice(["KMD Momentum", "Fasit", "Momentum"])
    doc.add("title", f"{system} – Export: Mentor agreement")
    rows = [["Field", "Value"]] if grid else []
    cpr = rng.random() < 0.35
    rows.append(["Citizen", f"{first} {last}"])
    if cpr:
        c = make_cpr(rng)
        doc.cpr.append(c)
        rows.append(["CPR", c])
    rows.append(["Municipality", muni[0]])
    rows.append(["Legal basis", "LAB § 167, stk. 1"])
    rows.append(["Status", rng.choice(["Active", "Approved", "Signed"])])
    rows.append(["Goal of mentor support", v["goal"][0] if v["goal"] else ""])
    rows.append(["Mentor (name/contact)", v["mentor"][0].replace("\n", ", ") if v["mentor"] else ""])
    rows.append(["Mentor tasks", "; ".join(a for a, _ in v["tasks"]) if v["tasks"] else ""])
    if v["duration"]:
        s, e = v["duration"]
        rows.append(["Start date", en_date(s, 2)])
        rows.append(["End date", en_date(e, 2)])
    else:
        rows.append(["Start date", ""])
        rows.append(["End date", ""])
    rows.append(["Hours per week", v["hours"][0] if v["hours"] else ""])
    rows.append(["Follow-up", v["follow"][0] if v["follow"] else ""])
    ap = appeal_text(v, "en", muni[0])
    rows.append(["Appeal guidance", ap or ""])
    rows.append(["Exported", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 16)}:{rng.randint(10, 59)} by {rng.choice(CASEWORKERS)}"])
    doc.add("table", rows)
    finish(doc, defects, v)


# bilingual agreement --------------------------------------------------------------------------------
DA_LABELS = {"goal": "Målet med mentorstøtten", "mentor": "Mentor (navn og kontaktdata)", "tasks": "Mentorens opgaver",
             "period": "Periode", "hours": "Timetal pr. uge", "follow": "Opfølgning", "appeal": "Klagevejledning"}


def bilingual_agreement(ctx, doc, defects, en_lacks=None):
    """Danish and English side by side (two-column) or one after the other (sequential).

    defects apply to the document as a whole (both languages lack the field);
    en_lacks: a field the English text leaves out although the Danish text has it (no finding)."""
    rng = ctx.rng
    first, last = ctx.person()
    muni = ctx.muni()
    v = field_values(ctx, first, defects)
    cpr = rng.random() < 0.4
    en_l = EN_LABELS[0]
    da = {
        "goal": v["goal"][1] if v["goal"] else None,
        "mentor": v["mentor"][1] if v["mentor"] else None,
        "tasks": "\n".join("• " + b for _, b in v["tasks"]) if v["tasks"] else None,
        "period": period_text(v, "da", 0),
        "hours": v["hours"][1] if v["hours"] else None,
        "follow": v["follow"][1] if v["follow"] else None,
        "appeal": appeal_text(v, "da", muni[0]),
    }
    en = {
        "goal": v["goal"][0] if v["goal"] else None,
        "mentor": v["mentor"][0] if v["mentor"] else None,
        "tasks": "\n".join("• " + a for a, _ in v["tasks"]) if v["tasks"] else None,
        "period": period_text(v, "en", 0),
        "hours": v["hours"][0] if v["hours"] else None,
        "follow": v["follow"][0] if v["follow"] else None,
        "appeal": appeal_text(v, "en", muni[0]),
    }
    if en_lacks:
        en[en_lacks] = None
        doc.traits.append("en-lacks:" + en_lacks)
    order = ["goal", "mentor", "tasks", "period", "hours", "follow", "appeal"]
    doc.add("title", "Aftale om mentorstøtte / Mentor agreement")
    header_blocks(doc, ctx, muni, first, last, "da", cpr)
    if doc.layout == "two-column":
        rows = [["Dansk", "English"]]
        for k in order:
            if da[k] is None and en[k] is None:
                continue
            rows.append([f"{DA_LABELS[k]}\n{da[k] or ''}".strip(), f"{en_l[k]}\n{en[k]}" if en[k] else ""])
        doc.add("table", rows)
    else:
        for k in order:
            if da[k] is None:
                continue
            doc.add("h", DA_LABELS[k])
            for ln in da[k].split("\n"):
                doc.add("li" if ln.startswith("• ") else "p", ln[2:] if ln.startswith("• ") else ln)
        doc.add("h", "English version (translation)")
        doc.add("p", "The Danish text above is the valid agreement. This translation is for your information.")
        for k in order:
            if en[k] is None:
                continue
            doc.add("h", en_l[k])
            for ln in en[k].split("\n"):
                doc.add("li" if ln.startswith("• ") else "p", ln[2:] if ln.startswith("• ") else ln)
    doc.add("sig", f"Dato / Date: {da_date(v['period_dates'][0] - dt.timedelta(days=5), 1)}\nBorger / Citizen: {first} {last}\nMentor: ____________   Sagsbehandler / Caseworker: {rng.choice(CASEWORKERS)}")
    finish(doc, defects, v)


def bilingual_slash(ctx, doc, defects):
    """One set of labels in both languages ("Mål / Goal"), English values."""
    rng = ctx.rng
    first, last = ctx.person()
    muni = ctx.muni()
    v = field_values(ctx, first, defects)
    doc.add("title", "Mentoraftale / Mentor Agreement – international students")
    header_blocks(doc, ctx, muni, first, last, "en", rng.random() < 0.3)
    pairs = [
        ("Målet med mentorstøtten / Goal", v["goal"][0] if v["goal"] else None),
        ("Mentor / Your mentor", v["mentor"][0].replace("\n", " · ") if v["mentor"] else None),
        ("Mentorens opgaver / What your mentor will help with", "; ".join(a for a, _ in v["tasks"]) if v["tasks"] else None),
        ("Periode / Period", period_text(v, "en", 1)),
        ("Timetal / Hours per week", v["hours"][0] if v["hours"] else None),
        ("Opfølgning / How we follow up", v["follow"][0] if v["follow"] else None),
        ("Klagevejledning / How to appeal", appeal_text(v, "en", muni[0])),
    ]
    for lab, val in pairs:
        if val is None:
            continue
        doc.add("p", f"{lab}: {val}")
    finish(doc, defects, v)


# decisions ----------------------------------------------------------------------------------------
def decision_en(ctx, doc, subtype, appeal, over, bilingual=False, en_lacks_appeal=False):
    rng = ctx.rng
    first, last = ctx.person()
    muni = ctx.muni()
    cw = rng.choice(CASEWORKERS)
    m = ctx.mentor()
    s, e = ctx.period(over=over)
    ds = rng.choice([0, 0, 1])
    cpr = rng.random() < 0.35
    rules = set()
    if over and subtype != "refusal":
        rules.add("duration-over-6-months")
    if appeal != "full":
        rules.add("missing-appeal-guidance")
    titles = {"grant": "Decision: You have been granted mentor support",
              "partial": "Decision on your application for mentor support – partly granted",
              "refusal": "Decision: Your application for mentor support is refused",
              "extension": "Decision: Extension of your mentor support",
              "end": "Decision: Your mentor support ends"}

    def en_body():
        doc.add("title", titles[subtype])
        doc.add("p", f"Dear {first} {last},")
        if subtype == "grant":
            doc.add("p", f"{muni[0]} has decided to grant you mentor support under section 167 of the Act on an Active Employment Effort (LAB). "
                         f"The support runs from {en_date(s, ds)} to {en_date(e, ds)}. Your mentor is {m[0]} from {m[1]}, phone {m[2]}.")
            doc.add("p", f"You will have {rng.choice(HOURS[:5])[0].lower()} of mentor support.")
        elif subtype == "partial":
            doc.add("p", f"You applied for mentor support 5 hours a week for 12 months. We grant mentor support of 2 hours a week from {en_date(s, ds)} to {en_date(e, ds)}.")
            doc.add("h", "Reasons")
            doc.add("p", "According to LAB § 167, stk. 1, mentor support is given for at most 6 months at a time. We have assessed that 2 hours a week are enough to support your start on the programme, because you already receive SPS support at the school.")
        elif subtype == "refusal":
            doc.add("p", f"You applied for mentor support for 12 months from {en_date(s, ds)}. We have decided to refuse your application.")
            doc.add("h", "Reasons")
            doc.add("p", "Mentor support under LAB § 167 requires a goal of employment or education. You have told us that you will move back to your home country in the spring, and you are not in a course at the moment. We have given weight to this.")
        elif subtype == "extension":
            doc.add("p", f"Your current mentor support ends soon. After a concrete assessment we grant a new period of mentor support from {en_date(s, ds)} to {en_date(e, ds)}, {rng.choice(['2', '3'])} hours a week. Your mentor is still {m[0]} ({m[1]}).")
            doc.add("h", "Reasons")
            doc.add("p", "You have started your placement, but you still need help with transport and the contact with your manager. The goal is still a wage subsidy job.")
        elif subtype == "end":
            doc.add("p", f"Your mentor support with {m[0]} ends on {en_date(e, ds)}. The support was granted from {en_date(s, ds)}.")
            doc.add("h", "Reasons")
            doc.add("p", "You have been in ordinary employment for 8 weeks, and you and your mentor agree that you no longer need the support.")
        if appeal == "full":
            doc.add("h", rng.choice(["How to appeal", "Your right to appeal", "Appeal guidance"]))
            doc.add("p", APPEAL_EN_FULL[rng.randint(0, 1)].format(muni=muni[0]))
        elif appeal == "bad":
            doc.add("h", "Appeal")
            doc.add("p", rng.choice(APPEAL_EN_BAD))

    def da_body():
        dtitle = {"grant": "Afgørelse om mentorstøtte – bevilling", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
                  "refusal": "Afgørelse om mentorstøtte – afslag", "extension": "Afgørelse om forlængelse af mentorstøtte",
                  "end": "Afgørelse om ophør af mentorstøtte"}[subtype]
        doc.add("title", dtitle)
        doc.add("p", f"Kære {first} {last}")
        if subtype in ("grant", "extension"):
            doc.add("p", f"{muni[0]} har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {da_date(s)} til {da_date(e)}. Din mentor er {m[0]}, {m[1]}, tlf. {m[2]}.")
        elif subtype == "partial":
            doc.add("p", f"Du har søgt om mentorstøtte 5 timer om ugen i 12 måneder. Vi bevilger 2 timer om ugen i perioden {da_date(s)} til {da_date(e)}.")
            doc.add("h", "Begrundelse")
            doc.add("p", "Efter LAB § 167, stk. 1, gives mentorstøtte i højst 6 måneder ad gangen. Vi vurderer, at 2 timer om ugen er nok, fordi du allerede får SPS på skolen.")
        elif subtype == "refusal":
            doc.add("p", f"Du har søgt om mentorstøtte i 12 måneder fra {da_date(s)}. Vi giver afslag.")
            doc.add("h", "Begrundelse")
            doc.add("p", "Mentorstøtte efter LAB § 167 kræver et mål om beskæftigelse eller uddannelse. Du har oplyst, at du flytter til dit hjemland i foråret.")
        elif subtype == "end":
            doc.add("p", f"Din mentorstøtte hos {m[0]} ophører den {da_date(e)}. Støtten blev bevilget fra {da_date(s)}.")
        if appeal == "full" or (bilingual and en_lacks_appeal):
            doc.add("h", "Klagevejledning")
            doc.add("p", APPEAL_DA_FULL)
        elif appeal == "bad":
            doc.add("h", "Klagevejledning")
            doc.add("p", APPEAL_DA_BAD)

    letter_day = (e if subtype == "end" else s) - dt.timedelta(days=rng.randint(5, 20))
    doc.add("p", f"{muni[1]}\n{muni[2]}\n{muni[3]}, {en_date(letter_day)}")
    if cpr:
        c = make_cpr(rng)
        doc.cpr.append(c)
        doc.add("p", f"CPR no.: {c}")
    if bilingual:
        da_body()
        doc.add("h", "English translation")
        if en_lacks_appeal:
            saved = appeal
            appeal = "none"
            en_body()
            appeal = saved
            doc.traits.append("en-lacks:appeal")
        else:
            en_body()
    else:
        en_body()
    doc.add("sig", f"Kind regards\n{cw}\n{muni[1]}")
    doc.rules = rules
    if subtype != "refusal":
        doc.period = {"start": s.isoformat(), "end": e.isoformat()}
    doc.traits += [f"appeal:{appeal}", f"over:{over}"]


# Min Plan -------------------------------------------------------------------------------------------
def minplan_en(ctx, doc, defects, other_activity=False):
    """Min Plan print; a long other activity (Danish classes) may precede the mentor card."""
    rng = ctx.rng
    first, last = ctx.person()
    v = field_values(ctx, first, defects)
    doc.add("title", rng.choice(["My Plan (Min Plan) – Mentor support", "Min Plan – Activity: Mentor support", "My plan: Mentor"]))
    head = f"{first} {last} · Printed {en_date(dt.date(2026, rng.randint(1, 11), rng.randint(1, 28)), 1)} from Jobnet"
    if rng.random() < 0.3:
        c = make_cpr(rng)
        doc.cpr.append(c)
        head += f" · CPR {c}"
    doc.add("p", head)
    if other_activity:
        doc.add("h", "Danish education, Module 3 (Lærdansk)")
        doc.add("table", [["Status", "Active"], ["Start", "12 January 2026"], ["End", "18 December 2027"],
                          ["Hours", "12 hours per week"], ["Contact person", "Lærdansk reception, 70 20 30 40"]])
        doc.traits.append("other-activity-long")
    doc.add("h", "Mentor support (LAB § 167)")
    rows = [["Status", "Active"]]
    rows.append(["Goal", v["goal"][0] if v["goal"] else "-"])
    if v["mentor"]:
        rows.append(["Mentor", v["mentor"][0].replace("\n", ", ")])
    rows.append(["Tasks", "; ".join(a for a, _ in v["tasks"]) if v["tasks"] else "-"])
    if v["duration"]:
        s, e = v["duration"]
        rows.append(["Period", f"{en_date(s)} – {en_date(e)}"])
    if v["hours"]:
        rows.append(["Hours", v["hours"][0]])
    doc.add("table", rows)
    finish(doc, defects, v)


# unknown -----------------------------------------------------------------------------------------
def unknown_doc(ctx, doc, which):
    rng = ctx.rng
    first, last = ctx.person()
    muni = ctx.muni()
    m = ctx.mentor()
    if which == "leaflet":
        doc.add("title", "Mentor support – information for international citizens")
        doc.add("p", f"{muni[0]} can offer mentor support if you need extra help to start or keep a job or an education. This leaflet explains what mentor support is and what a mentor agreement contains.")
        doc.add("h", "What is in a mentor agreement?")
        for x in ["The goal of the mentor support", "Your mentor's name and contact details", "What your mentor will help with",
                  "The period – at most 6 months at a time, with the option of a new period", "Hours per week",
                  "How we follow up", "How to appeal: complain to the municipality within 4 weeks; the case then goes to Ankestyrelsen"]:
            doc.add("li", x)
        doc.add("h", "Who can get a mentor?")
        doc.add("p", "Unemployed citizens, students on SU with special needs, and people in the integration programme. Ask your caseworker.")
    elif which == "welcome":
        doc.add("title", f"Welcome to {m[1]}!")
        doc.add("p", f"Dear {first},")
        doc.add("p", f"We are happy that you have chosen {m[1]} as your mentor company. Our mentors speak English, Danish, Arabic and Ukrainian. "
                     "At our first meeting we will talk about your wishes, and together with the municipality we will write your agreement.")
        doc.add("p", "Our office is open Monday–Thursday 9–15. Please bring your NemID/MitID and your residence card to the first meeting.")
        doc.add("sig", f"Best wishes\nThe team at {m[1]}\ninfo@{m[3].split('@')[1]} · {m[2]}")
    elif which == "language":
        doc.add("title", "Lærdansk – Confirmation of enrolment")
        doc.add("p", f"Dear {first} {last},")
        doc.add("p", f"You are enrolled in Danish Education 2, Module 3, at Lærdansk {muni[3]}. The course runs from 2 March 2026 to 18 December 2026, Monday and Wednesday 17:00–20:00 (6 lessons per week).")
        doc.add("p", "Please remember that your attendance is registered. If you are absent for more than 14 days without notice, you can be withdrawn from the course.")
        doc.add("sig", f"Lærdansk {muni[3]} – Student administration")
    elif which == "status":
        doc.add("title", "Status report – mentor support")
        c = make_cpr(rng)
        doc.cpr.append(c)
        doc.add("p", f"Citizen: {first} {last} (CPR {c})\nMentor: {m[0]}, {m[1]}\nReport period: March–April 2026")
        doc.add("p", f"{first} has met at the placement 4 days a week in April. We have practised the bus route and had two talks with the manager. {first} still finds the Danish instructions hard. Recommendation: continue as agreed.")
    elif which == "invoice":
        doc.add("title", f"Invoice no. {rng.randint(2000, 9000)}")
        doc.add("p", f"{m[1]}\nCVR 3{rng.randint(1000000, 9999999)}\nTo: {muni[0]}, Accounts Payable")
        doc.add("table", [["Description", "Hours", "Amount (DKK)"],
                          [f"Mentor support, {first} {last[0]}., April 2026", "12", "6.600,00"],
                          ["Transport", "", "240,00"], ["Total incl. VAT", "", "8.550,00"]])
    elif which == "minutes":
        doc.add("title", "Minutes – network meeting")
        doc.add("p", f"Present: {first} {last}, {m[0]} (mentor), {rng.choice(CASEWORKERS)} (caseworker), interpreter")
        doc.add("p", "1. How is the placement going? Good; some problems with the late shift.\n2. Danish classes: moved to the evening team.\n3. Next meeting: to be arranged by e-mail.")
    elif which == "email":
        doc.subject = "Re: meeting next week"
        doc.sender = f"{m[0]} <{m[3]}>"
        doc.to = f"{first.lower()}@example.com"
        doc.add("p", f"Hi {first},\n\nCan we move our meeting on Tuesday to 10:30 instead? I have a meeting at the job centre at 9.\n\nBest,\n{m[0].split()[0]}")
    elif which == "template":
        doc.add("title", "Mentor Agreement (template)")
        doc.add("table", [["Goal", ""], ["Your mentor", ""], ["What your mentor will help with", ""], ["Period", ""],
                          ["Hours per week", ""], ["How we follow up", ""]])
        doc.add("p", "How to appeal: insert the municipality's standard text.")
    elif which == "sps":
        doc.add("title", "SPS – Special Educational Support: your support is approved")
        doc.add("p", f"Dear {first} {last},")
        doc.add("p", "The university's SPS office has approved study-related mentor support (SPS) for the autumn semester 2026: 1 hour per week with a study mentor from the student counselling service. "
                     "SPS is granted by the Danish Agency for Education and Quality and is not a municipal benefit. Questions: sps@university.example.")
    elif which == "reconsideration":
        doc.add("title", "Your complaint about the decision on mentor support – we uphold the decision")
        doc.add("p", f"Dear {first} {last},")
        doc.add("p", f"We received your complaint on 3 June 2026 about our decision of 20 May 2026 refusing mentor support. We have reconsidered the decision, and we uphold it. "
                     "We have therefore sent your complaint and the documents in your case to Ankestyrelsen, which will make a decision. You will hear from Ankestyrelsen directly.")
        doc.add("sig", f"Kind regards\n{rng.choice(CASEWORKERS)}\n{muni[1]}")
    elif which == "receipt":
        doc.add("title", "Receipt: We have received your application for mentor support")
        doc.add("p", f"Dear {first},")
        doc.add("p", f"Thank you for your application. We expect to make a decision within 4 weeks. If we need more information, your caseworker will contact you. {muni[1]}")
    elif which == "newsletter":
        doc.add("title", "International House Newsletter – October 2026")
        doc.add("p", "New this month: job café for spouses every Thursday, a CV workshop, and our mentor network for international graduates. Sign up at the front desk.")
    doc.traits.append("unknown:" + which)


# ----------------------------------------------------------------------------- plan of the corpus
AGR_POOL = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
            "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_POOL = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
           "duration-over-6-months", "unclear-goal"]


def build(seed: int):
    rng = random.Random(seed)
    ctx = Ctx(rng)
    docs = []
    n = [0]

    def new(stem, fmt, kind, subtype, layout):
        n[0] += 1
        d = Doc(f"{n[0]:03d}_{stem}.{fmt if fmt != 'scan' else 'pdf'}", fmt, kind, subtype, layout)
        docs.append(d)
        return d

    pattern = [0, 1, 0, 1, 2, 0, 1, 0, 2, 1]
    cnt = [0]

    def ndef():
        cnt[0] += 1
        return pattern[cnt[0] % len(pattern)]

    # English-only agreements: 22
    fmts = ["docx", "pdf", "odt", "html", "txt", "docx", "pdf", "md", "rtf", "docx", "pdf", "odt"]
    for i in range(12):
        lay = "table" if i % 2 == 0 else ("bold-heads" if i % 4 == 1 else "sections")
        d = new("agreement_en", fmts[i], "agreement", "agreement", lay)
        agreement_en(ctx, d, plan_fields(ctx, "agreement", ndef(), AGR_POOL), i)
        d.traits.append("lang:en")
    for i, f in enumerate(["docx", "pdf", "eml", "html", "odt"]):
        d = new("agreement_letter_en", f, "agreement", "agreement", "letter")
        agreement_letter_en(ctx, d, plan_fields(ctx, "agreement", ndef(), AGR_POOL))
        d.subject = "Your mentor support – what we agreed"
        d.traits.append("lang:en")
    for i, f in enumerate(["txt", "html", "pdf", "txt", "html"]):
        d = new("case_export_en", f, "agreement", "agreement", "export-grid" if i % 2 else "export-kv")
        export_en(ctx, d, plan_fields(ctx, "agreement", ndef(), AGR_POOL), grid=bool(i % 2))
        d.traits.append("lang:en")
    # bilingual agreements: 12
    for i, f in enumerate(["docx", "pdf", "odt", "html", "docx", "pdf"]):
        d = new("aftale_agreement_2col", f, "agreement", "agreement", "two-column")
        lack = ["hours", "follow", "appeal", None, "tasks", None][i]
        bilingual_agreement(ctx, d, plan_fields(ctx, "agreement", ndef(), [p for p in AGR_POOL if not (lack and p.startswith("missing-" + {"follow": "follow-up", "appeal": "appeal-guidance"}.get(lack, lack)))]), en_lacks=lack)
        d.traits.append("lang:da+en")
    for i, f in enumerate(["docx", "pdf", "txt", "rtf"]):
        d = new("aftale_agreement_seq", f, "agreement", "agreement", "sequential")
        lack = ["goal", None, "mentor", "period"][i]
        pool = [p for p in AGR_POOL if not (lack and p in {"goal": ("missing-goal", "unclear-goal"), "mentor": ("missing-mentor",), "period": ("missing-duration", "duration-over-6-months")}[lack])]
        bilingual_agreement(ctx, d, plan_fields(ctx, "agreement", ndef(), pool), en_lacks=lack)
        d.traits.append("lang:da+en")
    for i, f in enumerate(["docx", "html", "md"]):
        d = new("mentoraftale_students", f, "agreement", "agreement", "slash-labels")
        bilingual_slash(ctx, d, plan_fields(ctx, "agreement", ndef(), AGR_POOL))
        d.traits.append("lang:da/en-labels")
    # decisions: 16
    dec_plan = [
        ("grant", "full", False, False, False, "pdf"), ("grant", "none", False, False, False, "docx"),
        ("grant", "full", True, False, False, "pdf"), ("grant", "bad", False, False, False, "html"),
        ("partial", "full", False, False, False, "docx"), ("partial", "bad", False, False, False, "pdf"),
        ("refusal", "full", False, False, False, "pdf"), ("refusal", "none", False, False, False, "eml"),
        ("extension", "full", False, False, False, "odt"), ("extension", "full", True, False, False, "docx"),
        ("end", "full", False, False, False, "txt"), ("end", "none", False, False, False, "rtf"),
        ("grant", "full", False, True, True, "pdf"), ("grant", "full", False, True, False, "docx"),
        ("partial", "full", False, True, True, "docx"), ("grant", "bad", True, True, False, "pdf"),
        ("refusal", "full", True, False, False, "html"), ("grant", "full", False, False, False, "scan"),
    ]
    for sub, ap, over, bil, lack, f in dec_plan:
        d = new(("afgoerelse_decision_" if bil else "decision_en_") + sub, f, "decision", sub, "letter-bilingual" if bil else "letter")
        decision_en(ctx, d, sub, ap, over, bilingual=bil, en_lacks_appeal=lack)
        d.subject = "Decision on mentor support"
        d.traits.append("lang:da+en" if bil else "lang:en")
        if f == "scan":
            d.traits.append("scan")
    # Min Plan: 10
    for i, f in enumerate(["html", "pdf", "txt", "docx", "html", "pdf", "odt", "html", "txt", "scan"]):
        d = new("minplan_en", f, "minplan", "minplan", "card")
        minplan_en(ctx, d, plan_fields(ctx, "minplan", ndef(), MP_POOL), other_activity=(i in (1, 4, 7)))
        d.traits.append("lang:en")
        if f == "scan":
            d.traits.append("scan")
    # Min Plan with another activity whose hours / contact must not count for the mentor support
    for f, dfx in [("html", {"missing-hours"}), ("docx", {"missing-mentor"})]:
        d = new("minplan_en_two_activities", f, "minplan", "minplan", "card")
        minplan_en(ctx, d, dfx, other_activity=True)
        d.traits.append("lang:en")
    # wrong appeal route: body and deadline named, so not missing (warning outside the nine)
    d = new("decision_en_grant_direct_route", "docx", "decision", "grant", "letter")
    decision_en(ctx, d, "grant", "full", False)
    for i, b in enumerate(d.blocks):
        if b[0] == "p" and ("Ankestyrelsen" in b[1]):
            d.blocks[i] = ("p", "If you disagree with the decision, you can complain directly to Ankestyrelsen within 4 weeks of receiving this letter. Use the form on ast.dk.")
    d.traits += ["lang:en", "appeal:direct-to-ankestyrelsen"]
    d.extras = ["appeal-wrong-route"]
    # unknown: 14
    for which, f in [("leaflet", "pdf"), ("leaflet", "html"), ("welcome", "docx"), ("language", "pdf"), ("status", "docx"),
                     ("invoice", "pdf"), ("minutes", "odt"), ("email", "eml"), ("template", "docx"), ("sps", "html"),
                     ("newsletter", "html"), ("welcome", "eml"), ("reconsideration", "pdf"), ("receipt", "eml")]:
        d = new("other_" + which, f, "unknown", which, "misc")
        unknown_doc(ctx, d, which)
        if f == "eml" and not d.subject:
            d.subject = d.blocks[0][1] if d.blocks and d.blocks[0][0] == "title" else which
        d.traits.append("lang:en")
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ft")
    ap.add_argument("--seed", type=int, default=1313)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs = build(a.seed)
    rng = random.Random(a.seed + 1)
    entries = []
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for d in docs:
            p = out / d.name
            f = d.fmt
            if f == "txt":
                w_txt(d, p)
            elif f == "md":
                w_txt(d, p, md=True)
            elif f == "html":
                w_html(d, p)
            elif f == "docx":
                w_docx(d, p)
            elif f == "odt":
                w_odt(d, p)
            elif f == "pdf":
                w_pdf(d, p)
            elif f == "rtf":
                w_rtf(d, p)
            elif f == "eml":
                w_eml(d, p, rng)
            elif f == "scan":
                w_scan(d, p, tmp)
            bad = d.rules - ALLOWED[d.kind]
            assert not bad, (d.name, bad)
            entries.append({
                "path": d.name, "format": "pdf" if f == "scan" else f, "kind": d.kind, "subtype": d.subtype,
                "layout": d.layout, "rules": sorted(d.rules), "extras": list(d.extras), "error": None, "accept_errors": [],
                "must_not_contain": list(d.cpr), "traits": d.traits + (["cpr"] if d.cpr else []), "period": d.period,
            })
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
