"""Independent corpus BB: the less formal sources of a mentor case file.

English and bilingual agreements and decisions, e-mails (real MIME, multipart/alternative with
HTML, replies that quote earlier mail, forwards, caseworker signatures with phone numbers),
case-system journal notes (journalnotater), SMS exports and Min Plan messages and prints.

Written from /work/shared/domain.md, the seed texts and knowledge of Danish public
administration only. Labels follow `mentordocs rules NAME` and domain.md, decided per document
in this file before the linter was ever run on the output.

Usage:  python make_corpus_bb.py --out /work/corpora/bb
Deterministic: fixed seed, fixed dates, no clock.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

SEED = 20261129
RULE_OF = {
    "goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
    "duration": "missing-duration", "follow": "missing-follow-up", "hours": "missing-hours",
    "appeal": "missing-appeal-guidance", "over6": "duration-over-6-months",
    "unclear": "unclear-goal",
}
APPLIES = {
    "agreement": set(RULE_OF.values()),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

MUNIS = [  # name, domain, phone of the citizen service, street
    ("Viborg", "viborg.dk", "87 87 87 87", "Prinsens Allé 5, 8800 Viborg"),
    ("Holbæk", "holb.dk", "72 36 36 36", "Kanalstræde 2, 4300 Holbæk"),
    ("Randers", "randers.dk", "89 15 15 15", "Laksetorvet 1, 8900 Randers C"),
    ("Næstved", "naestved.dk", "55 88 55 88", "Rådmandshaven 20, 4700 Næstved"),
    ("Herning", "herning.dk", "96 28 28 28", "Torvet 5, 7400 Herning"),
    ("Svendborg", "svendborg.dk", "62 23 30 00", "Ramsherred 5, 5700 Svendborg"),
    ("Esbjerg", "esbjerg.dk", "76 16 16 16", "Torvegade 74, 6700 Esbjerg"),
    ("Silkeborg", "silkeborg.dk", "89 70 10 00", "Søvej 1, 8600 Silkeborg"),
]
CASEWORKERS = ["Hanne Kjær", "Jesper Lund Madsen", "Mette Bjerregaard", "Louise Dam",
               "Kasper Holm", "Birgitte Skov", "Rasmus Thygesen", "Tina Vestergaard",
               "Anders Kofoed", "Sanne Mikkelsen"]
MENTORS = ["Lars Østergaard", "Sara Bech", "Mikkel Frost", "Nadia Karimi", "Jonas Riis",
           "Pernille Aagaard", "Ali Demir", "Camilla Juhl", "Thomas Brandt", "Rikke Winther",
           "Henrik Sand", "Maja Fogh"]
PROVIDERS = [("Jobhuset ApS", "jobhuset.dk"), ("Mentorkompagniet", "mentorkompagniet.dk"),
             ("Bridge Mentoring ApS", "bridgementoring.dk"), ("Brobyggerne", "brobyggerne.dk"),
             ("Kompas Mentor & Coaching", "kompas-mentor.dk"), ("Vejen Videre I/S", "vejenvidere.dk")]
CITIZENS_DA = ["Mads Kristensen", "Emma Nørgaard", "Jonas Pedersen", "Line Iversen",
               "Mathias Bro", "Sofie Lykke", "Frederik Holt", "Ida Krogh", "Oliver Dahl",
               "Natasja Berg", "Kenneth Møller", "Julie Sommer"]
CITIZENS_INT = ["Amira Hassan", "Piotr Nowak", "Tesfaye Bekele", "Olena Kovalenko",
                "Mohammed Al-Sayed", "Ana Ferreira", "Dawit Tesfay", "Irina Popescu",
                "Samir Haddad", "Grace Mensah", "Tomasz Wiśniewski", "Leila Ahmadi"]
WORKPLACES = ["Netto i Vestergade", "Bilka lager", "Plantorama", "Dagligbrugsen",
              "Kommunens Materielgård", "Jysk distributionscenter", "Hotel Postgården",
              "Føtex Food", "Cafe Kanalen", "Super Brugsen"]
SCHOOLS = ["VUC {city}", "SOSU Syd", "Mercantec", "FGU {city}", "Tradium", "EUC Syd",
           "Sprogcenter {city}", "HF & VUC {city}"]


HOURS_PAIRS = [("3 timer om ugen", "3 hours per week"), ("2 timer pr. uge", "2 hours a week"),
               ("1½ time om ugen", "1.5 hours per week"), ("4 timer ugentligt", "4 hours per week"),
               ("8 timer om måneden", "8 hours per month"), ("to timer om ugen", "two hours a week"),
               ("5 t/uge", "5 hours/week")]


def phone(rng):
    return f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def email_of(name, domain):
    base = name.lower().split()[0] + "." + name.lower().split()[-1]
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ś", "s"), ("-", "")):
        base = base.replace(a, b)
    return f"{base}@{domain}"


def cpr(rng):
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 30))
    return f"{d:%d%m%y}-{rng.randint(1000, 9999)}"


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def da_date(d, style=0):
    if style == 0:
        return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d:%d.%m.%Y}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d:%d-%m-%Y}"
    return d.isoformat()


def en_date(d):
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


class Case:
    """One citizen's case with every fact a document could state."""

    def __init__(self, rng, idx, intl=False, over6=False, months=None):
        self.rng = rng
        self.muni, self.mdomain, self.mphone, self.maddr = rng.choice(MUNIS)
        self.city = self.muni
        self.citizen = rng.choice(CITIZENS_INT if intl else CITIZENS_DA)
        self.fn = self.citizen.split()[0]
        self.caseworker = rng.choice(CASEWORKERS)
        self.cw_phone = phone(rng)
        self.cw_mail = email_of(self.caseworker, self.mdomain)
        self.mentor = rng.choice(MENTORS)
        self.provider, self.pdomain = rng.choice(PROVIDERS)
        self.m_phone = phone(rng)
        self.m_mail = email_of(self.mentor, self.pdomain)
        self.workplace = rng.choice(WORKPLACES)
        self.school = rng.choice(SCHOOLS).format(city=self.city)
        self.cpr = cpr(rng)
        self.sagsnr = f"{rng.randint(10, 35)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-26"
        start_month = rng.randint(1, 9)
        self.start = dt.date(2026, start_month, rng.choice([1, 1, 1, 15]))
        if months is None:
            months = rng.choice([8, 9, 12]) if over6 else rng.choice([3, 4, 6, 6, 6])
        self.months = months
        self.end = add_months(self.start, months) - dt.timedelta(days=1)
        self.sent = self.start - dt.timedelta(days=rng.randint(3, 12))
        self.hours, self.hours_en = rng.choice(HOURS_PAIRS)
        self.vo_school = rng.choice(["VUC {city}", "HF & VUC {city}"]).format(city=self.city)
        self.eud_school = rng.choice(["Mercantec", "Tradium", "EUC Syd", "Learnmark", "Zealand Business College"])
        self.sosu_school = rng.choice(["SOSU Syd", "SOSU H", "SOSU Østjylland", "SOSU Fyn"])
        self.goal_i = rng.randrange(5)
        self.follow_i = rng.randrange(4)
        self.unclear_i = rng.randrange(2)
        self.task_i = rng.sample(range(6), rng.choice([2, 3, 4]))

    def period(self):
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


# --------------------------------------------------------------------------- field texts (Danish)

def goal_da(c, rng, unclear=False):
    if unclear:
        return [
            "Støtte til at komme videre og få mere struktur på hverdagen.",
            f"Øget trivsel og selvværd, så {c.fn} får det bedre.",
        ][c.unclear_i]
    return [
        f"{c.fn} er i virksomhedspraktik 15 timer om ugen hos {c.workplace} senest "
        f"{da_date(add_months(c.start, 2))}, med henblik på løntilskud.",
        f"{c.fn} er startet på FVU-dansk på {c.vo_school} og møder til undervisningen mindst "
        f"4 ud af 5 dage ved periodens udløb.",
        f"{c.fn} påbegynder grundforløb 1 (EUD) på {c.eud_school} i august 2026 og gennemfører "
        f"de første 10 uger.",
        f"{c.fn} er ansat i fleksjob som lagermedarbejder hos {c.workplace} med 12 timer om ugen, "
        f"når perioden slutter.",
        f"At {c.fn} fastholder sit job hos {c.workplace} og har højst to fraværsdage om måneden.",
    ][c.goal_i]


def tasks_da(c, rng, n=3):
    pool = [
        f"følge {c.fn} til praktikstedet eller skolen de første to uger",
        "ugentlig samtale om fremmøde, transport og hvordan det går",
        "hjælpe med at åbne og forstå post fra kommunen og e-Boks",
        "støtte i kontakten med studievejlederen eller arbejdspladsen",
        "træne turen med bus, indtil det går af sig selv",
        "lave en ugeplan sammen med borgeren og følge op på den",
    ]
    return [pool[i] for i in c.task_i]


def follow_da(c, rng):
    return [
        "Vi holder statusmøde en gang om måneden med dig, din mentor og din sagsbehandler. "
        "Sidste opfølgning er 14 dage før perioden slutter.",
        f"Opfølgning hver 4. uge; delmål: fremmøde mindst 4 dage om ugen fra "
        f"{MONTHS_DA[add_months(c.start, 1).month - 1]}.",
        "Der følges op midtvejs og igen 14 dage inden støtteperioden ophører, hvor vi sammen "
        "vurderer progressionen.",
        "Evaluering hver måned mellem mentor og sagsbehandler, og med borger hver 3. måned.",
    ][c.follow_i]


def appeal_da(c, rng, mode="full"):
    if mode == "full":
        return rng.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {c.muni} Kommune inden fire uger. "
            "Kommunen genvurderer afgørelsen inden fire uger, fra klagen er modtaget. Hvis kommunen "
            "fastholder afgørelsen, bliver klagen sendt videre til Ankestyrelsen.",
            f"Du kan klage over afgørelsen til Jobcenter {c.muni} inden 4 uger efter, at du har fået "
            "denne besked. Klagen kan være mundtlig eller skriftlig. Vi ser på sagen igen, og "
            "fastholder vi afgørelsen, sender vi din klage videre til Ankestyrelsen "
            "(jf. LAB § 204 og retssikkerhedslovens kapitel 10).",
        ])
    if mode == "incomplete":
        return rng.choice(["Du kan klage over afgørelsen.",
                           "Hvis du er uenig, kan du kontakte din sagsbehandler."])
    if mode == "direct":
        return "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."
    raise ValueError(mode)


# --------------------------------------------------------------------------- field texts (English)

def goal_en(c, rng, unclear=False):
    if unclear:
        return [
            "Support to move on and get more structure in everyday life.",
            f"Better well-being and self-esteem, so that {c.fn} feels better.",
        ][c.unclear_i]
    return [
        f"{c.fn} is in a job training placement (virksomhedspraktik) 15 hours a week at {c.workplace} "
        f"by {en_date(add_months(c.start, 2))}, with a view to a wage-subsidy job (løntilskud).",
        f"{c.fn} has started basic Danish and reading classes (FVU) at {c.vo_school} and attends "
        f"at least 4 out of 5 days when the period ends.",
        f"{c.fn} starts the basic course of a vocational education (EUD) at {c.eud_school} in "
        f"August 2026 and completes the first 10 weeks.",
        f"{c.fn} is employed in a flexjob as a warehouse worker at {c.workplace}, 12 hours a week, "
        f"when the period ends.",
        f"{c.fn} keeps the job at {c.workplace} with no more than two days of absence per month.",
    ][c.goal_i]


def tasks_en(c, rng, n=3):
    pool = [
        f"accompany {c.fn} to the workplace or school during the first two weeks",
        "a weekly talk about attendance, transport and how things are going",
        "help with letters from the municipality and Digital Post (e-Boks)",
        "support in contact with the student counsellor or the workplace",
        "practise the bus route until it works without help",
        "make a weekly plan together and follow up on it",
    ]
    return [pool[i] for i in c.task_i]


def follow_en(c, rng):
    return [
        "A status meeting every month with you, your mentor and your caseworker. The last "
        "follow-up is 14 days before the period ends.",
        f"Follow-up every 4 weeks; milestone: attendance at least 4 days a week from "
        f"{MONTHS_EN[add_months(c.start, 1).month - 1]}.",
        "Follow-up halfway through and again 14 days before the support ends, when we assess "
        "progress together.",
        "Evaluation every month between mentor and caseworker, and with the citizen every 3rd month.",
    ][c.follow_i]


def appeal_en(c, rng, mode="full"):
    if mode == "full":
        return rng.choice([
            f"If you disagree with the decision, you must send your complaint to {c.muni} Municipality "
            "(kommunen) within four weeks of receiving this letter. The municipality will reconsider "
            "the decision within four weeks. If it upholds the decision, your complaint is "
            "forwarded to the National Social Appeals Board (Ankestyrelsen).",
            f"You can appeal within 4 weeks (4 uger). Send your appeal to Jobcenter {c.muni}, which "
            "will look at the case again; if the decision is upheld, the appeal goes on to "
            "Ankestyrelsen.",
        ])
    if mode == "incomplete":
        return "You can complain about this decision."
    if mode == "direct":
        return ("You may appeal the decision directly to the National Social Appeals Board "
                "(Ankestyrelsen) within 4 weeks.")
    raise ValueError(mode)


def sig_da(c, rng, dash=False):
    lines = ["Med venlig hilsen", "", c.caseworker, rng.choice(["Jobkonsulent", "Sagsbehandler",
             "Rådgiver, Team Uddannelse", "Virksomhedskonsulent"]), f"Jobcenter {c.muni}",
             f"Direkte tlf. {c.cw_phone}", c.cw_mail]
    if dash:
        lines = ["Venlig hilsen", c.caseworker, "", "-- ", f"{c.caseworker} | Jobcenter {c.muni}",
                 f"Tlf. {c.cw_phone} (man-tors 9-12) | {c.cw_mail}", c.maddr]
    return "\n".join(lines)


def sig_en(c):
    return "\n".join(["Kind regards", "", c.caseworker, "Caseworker", f"Jobcenter {c.muni}",
                      f"Phone: +45 {c.cw_phone}", c.cw_mail])


# --------------------------------------------------------------------------- format writers
# A document body is a list of blocks:
#   ("title", text) ("h", text) ("p", text) ("ul", [items]) ("kv", [(label, value), ...])
#   ("cols", [(left, right), ...])   two-column bilingual table

def blocks_to_text(blocks, md=False):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(("# " if md else "") + b[1])
        elif t == "h":
            out.append(("## " if md else "") + b[1])
        elif t == "p":
            out.append(b[1])
        elif t == "ul":
            out.append("\n".join(f"- {x}" for x in b[1]))
        elif t == "kv":
            out.append("\n".join(f"{k}: {v}" for k, v in b[1]))
        elif t == "cols":
            out.append("\n\n".join(f"{l}\n{r}" for l, r in b[1]))
    return "\n\n".join(out) + "\n"


def blocks_to_html(blocks, title, style="plain"):
    body = []
    for b in blocks:
        t = b[0]
        if t == "title":
            body.append(f"<h1>{escape(b[1])}</h1>")
        elif t == "h":
            body.append(f"<h2>{escape(b[1])}</h2>" if style == "plain"
                        else f'<p class="MsoNormal"><b>{escape(b[1])}</b></p>')
        elif t == "p":
            inner = "<br>".join(escape(x) for x in b[1].split("\n"))
            body.append(f"<p>{inner}</p>" if style == "plain"
                        else f'<p class="MsoNormal">{inner}</p>')
        elif t == "ul":
            body.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "kv":
            rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in b[1])
            body.append(f'<table border="1" cellpadding="4">{rows}</table>')
        elif t == "cols":
            rows = "".join(f"<tr><td>{escape(l)}</td><td>{escape(r)}</td></tr>" for l, r in b[1])
            body.append(f'<table border="1" cellpadding="4">{rows}</table>')
    wrap = "\n".join(body)
    if style == "outlook":
        wrap = f'<div class="WordSection1">\n{wrap}\n</div>'
    return (f'<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"</head>\n<body>\n{wrap}\n</body></html>\n")


def docx_bytes(blocks, footer=None):
    import io
    from docx import Document
    doc = Document()
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], level=1)
        elif t == "h":
            doc.add_heading(b[1], level=2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "ul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif t in ("kv", "cols"):
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for k, v in b[1]:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = k, v
            doc.add_paragraph("")
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data):
    """Rewrite a zip package with fixed member dates, so the output is byte-identical per run."""
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_bytes(blocks, header=None):
    import io
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table
    ss = getSampleStyleSheet()
    flow = []

    def para(text, style="BodyText"):
        return Paragraph(escape(text).replace("\n", "<br/>"), ss[style])

    for b in blocks:
        t = b[0]
        if t == "title":
            flow.append(para(b[1], "Title"))
        elif t == "h":
            flow.append(para(b[1], "Heading2"))
        elif t == "p":
            flow.append(para(b[1]))
        elif t == "ul":
            flow.append(ListFlowable([ListItem(para(x)) for x in b[1]], bulletType="bullet"))
        elif t in ("kv", "cols"):
            flow.append(Table([[para(k), para(v)] for k, v in b[1]], colWidths=[5 * cm, 11 * cm]))
            flow.append(Spacer(1, 8))

    def on_page(canvas, doc):
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {doc.page}")

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title=blocks[0][1] if blocks else "",
                      leftMargin=2.2 * cm, rightMargin=2.2 * cm).build(
        flow, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def text_to_html_mail(text, style):
    """The HTML part of a multipart/alternative mail, as Outlook or a webmail would write it."""
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{escape(l[2:])}</li>" for l in lines) + "</ul>")
            continue
        html_lines = []
        for l in lines:
            if ": " in l and l.index(": ") < 32 and not l.startswith(">"):
                k, v = l.split(": ", 1)
                html_lines.append(f"<b>{escape(k)}:</b> {escape(v)}")
            else:
                html_lines.append(escape(l))
        inner = "<br>\n".join(html_lines)
        out.append(f'<p class="MsoNormal">{inner}</p>' if style == "outlook" else f"<div>{inner}</div><br>")
    body = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri",sans-serif;} --></style>'
                f'</head><body lang="DA"><div class="WordSection1">\n{body}\n</div></body></html>')
    return f'<div dir="ltr">\n{body}\n</div>'


def make_mail(rng, frm, to, subject, text, when, cc=None, html=None, attachments=(),
              in_reply_to=None, lang="da"):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime(when.year, when.month, when.day, rng.randint(8, 15),
                                              rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{rng.randint(10**11, 10**12):x}.{rng.randint(10**5, 10**6)}@{frm.split('@')[-1].rstrip('>')}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["Content-Language"] = "da-DK" if lang == "da" else "en-GB"
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{i}_{rng.randint(10**8, 10**9)}")
    return bytes(msg)


def addr(name, mail):
    from email.headerregistry import Address
    local, domain = mail.split("@")
    return str(Address(display_name=name, username=local, domain=domain))


# --------------------------------------------------------------------------- agreement parts

VAGUE_DA = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor"]
VAGUE_EN = ["as needed", "a couple of hours a week"]


def parts_da(c, rng, defects):
    """The agreement's field texts, with the planned defects (None = absent)."""
    p = {"traits": []}
    p["goal"] = None if "goal" in defects else goal_da(c, rng, "unclear" in defects)
    if "mentor" in defects:
        if rng.random() < 0.6:
            p["mentor"] = f"{c.mentor}, {c.provider}"
            p["traits"].append("mentor:name-only")
        else:
            p["mentor"] = None
            p["traits"].append("mentor:absent")
    else:
        p["mentor"] = f"{c.mentor}, {c.provider}, tlf. {c.m_phone}, {c.m_mail}"
    p["tasks"] = None if "tasks" in defects else tasks_da(c, rng, rng.choice([2, 3, 4]))
    style = rng.choice([0, 0, 1, 2, 3])
    p["period"] = None if "duration" in defects else f"{da_date(c.start, style)} – {da_date(c.end, style)}"
    if "hours" in defects:
        p["hours"] = rng.choice([None, rng.choice(VAGUE_DA)])
        p["traits"].append("hours:vague" if p["hours"] else "hours:absent")
    else:
        p["hours"] = c.hours
    p["follow"] = None if "follow" in defects else follow_da(c, rng)
    if "appeal" in defects:
        mode = rng.choice(["missing", "incomplete"])
        p["appeal"] = None if mode == "missing" else appeal_da(c, rng, "incomplete")
        p["traits"].append(f"appeal:{mode}")
    elif "appeal-direct" in defects:
        p["appeal"] = appeal_da(c, rng, "direct")
        p["traits"].append("appeal:direct-route")
    else:
        p["appeal"] = appeal_da(c, rng, "full")
    return p


def parts_en(c, rng, defects, p_da=None):
    p = {"traits": []}
    p["goal"] = None if "goal" in defects else goal_en(c, rng, "unclear" in defects)
    if "mentor" in defects:
        name_only = (p_da["mentor"] is not None) if p_da else rng.random() < 0.6
        p["mentor"] = f"{c.mentor}, {c.provider}" if name_only else None
        p["traits"].append("mentor:name-only" if name_only else "mentor:absent")
    else:
        p["mentor"] = f"{c.mentor}, {c.provider}, phone {c.m_phone}, {c.m_mail}"
    p["tasks"] = None if "tasks" in defects else tasks_en(c, rng, rng.choice([2, 3]))
    p["period"] = None if "duration" in defects else f"{en_date(c.start)} – {en_date(c.end)}"
    if "hours" in defects:
        vague = (p_da["hours"] is not None) if p_da else rng.random() < 0.5
        p["hours"] = rng.choice(VAGUE_EN) if vague else None
        p["traits"].append("hours:vague" if vague else "hours:absent")
    else:
        p["hours"] = c.hours_en
    p["follow"] = None if "follow" in defects else follow_en(c, rng)
    if "appeal" in defects:
        missing = (p_da["appeal"] is None) if p_da else rng.random() < 0.5
        p["appeal"] = None if missing else appeal_en(c, rng, "incomplete")
        p["traits"].append("appeal:missing" if missing else "appeal:incomplete")
    elif "appeal-direct" in defects:
        p["appeal"] = appeal_en(c, rng, "direct")
    else:
        p["appeal"] = appeal_en(c, rng, "full")
    return p


def agreement_lines_da(p, rng, placeholder=False):
    """Label: value lines as people type them into a mail."""
    L = []
    ph = "udfyldes senere" if placeholder else None
    if p["goal"] or ph:
        L.append(f"{rng.choice(['Mål', 'Målet med mentorstøtten', 'Formål', 'Dit mål'])}: {p['goal'] or ph}")
    if p["mentor"]:
        L.append(f"{rng.choice(['Mentor', 'Din mentor', 'Mentors navn og kontaktdata'])}: {p['mentor']}")
    if p["tasks"]:
        L.append(rng.choice(["Mentorens opgaver:", "Det skal mentor hjælpe dig med:", "Opgaver:"]) + "\n"
                 + "\n".join(f"- {t}" for t in p["tasks"]))
    if p["period"] or ph:
        L.append(f"{rng.choice(['Periode', 'Varighed', 'Bevilget i perioden'])}: {p['period'] or ph}")
    if p["hours"]:
        L.append(f"{rng.choice(['Timer', 'Timetal', 'Antal timer'])}: {p['hours']}")
    if p["follow"]:
        L.append(f"{rng.choice(['Opfølgning', 'Opfølgning og delmål'])}: {p['follow']}")
    return L


def agreement_lines_en(p, rng):
    L = []
    if p["goal"]:
        L.append(f"{rng.choice(['Goal', 'Goal of the mentor support', 'Purpose'])}: {p['goal']}")
    if p["mentor"]:
        L.append(f"{rng.choice(['Mentor', 'Your mentor', 'Mentor name and contact'])}: {p['mentor']}")
    if p["tasks"]:
        L.append(rng.choice(["Mentor's tasks:", "What your mentor will help you with:"]) + "\n"
                 + "\n".join(f"- {t}" for t in p["tasks"]))
    if p["period"]:
        L.append(f"{rng.choice(['Period', 'Duration'])}: {p['period']}")
    if p["hours"]:
        L.append(f"{rng.choice(['Hours', 'Number of hours'])}: {p['hours']}")
    if p["follow"]:
        L.append(f"Follow-up: {p['follow']}")
    return L


def agreement_blocks_da(c, p, rng, title=None):
    b = [("title", title or rng.choice(["Aftale om mentorstøtte", "Mentoraftale",
                                         "Aftale om mentorstøtte efter LAB § 167"]))]
    b.append(("kv", [("Borger", c.citizen), ("Sagsbehandler", f"{c.caseworker}, tlf. {c.cw_phone}"),
                     ("Dato", da_date(c.sent))]))
    if p["goal"]:
        b += [("h", "Målet med mentorstøtten"), ("p", p["goal"])]
    if p["mentor"]:
        b += [("h", "Mentor"), ("p", p["mentor"])]
    if p["tasks"]:
        b += [("h", "Mentorens opgaver"), ("ul", p["tasks"])]
    if p["period"]:
        b += [("h", "Periode"), ("p", p["period"])]
    if p["hours"]:
        b += [("h", "Timetal"), ("p", p["hours"])]
    if p["follow"]:
        b += [("h", "Opfølgning"), ("p", p["follow"])]
    if p["appeal"]:
        b += [("h", "Klagevejledning"), ("p", p["appeal"])]
    return b


def agreement_blocks_en(c, p, rng, title=None, form=False):
    b = [("title", title or rng.choice(["Agreement on mentor support", "Mentor agreement"]))]
    if form:
        rows = [("Citizen", c.citizen), ("Municipality", f"Jobcenter {c.muni}"),
                ("Caseworker", f"{c.caseworker}, phone {c.cw_phone}")]
        if p["goal"]:
            rows.append(("Goal of the mentor support", p["goal"]))
        if p["mentor"]:
            rows.append(("Mentor (name and contact)", p["mentor"]))
        if p["tasks"]:
            rows.append(("Mentor's tasks", "; ".join(p["tasks"])))
        if p["period"]:
            rows.append(("Period", p["period"]))
        if p["hours"]:
            rows.append(("Hours", p["hours"]))
        if p["follow"]:
            rows.append(("Follow-up and progress", p["follow"]))
        b.append(("p", f"Mentor support under the Danish Act on an Active Employment Effort (LAB) § 167, "
                       f"ordered by Jobcenter {c.muni}."))
        b.append(("kv", rows))
        if p["appeal"]:
            b += [("h", "How to appeal"), ("p", p["appeal"])]
        b.append(("p", "Signatures:  Citizen ______________   Mentor ______________   Jobcenter ______________"))
        return b
    b.append(("p", f"Dear {c.fn},\n\nThis letter confirms the mentor support agreed at our meeting on "
                   f"{en_date(c.sent)}. Jobcenter {c.muni} provides the support under section 167 of "
                   "the Danish Act on an Active Employment Effort."))
    if p["goal"]:
        b += [("h", "Goal"), ("p", p["goal"])]
    if p["mentor"]:
        b += [("h", "Your mentor"), ("p", p["mentor"])]
    if p["tasks"]:
        b += [("h", "What your mentor will help you with"), ("ul", p["tasks"])]
    if p["period"]:
        b += [("h", "Period"), ("p", p["period"])]
    if p["hours"]:
        b += [("h", "Hours"), ("p", p["hours"])]
    if p["follow"]:
        b += [("h", "Follow-up"), ("p", p["follow"])]
    if p["appeal"]:
        b += [("h", "How to appeal"), ("p", p["appeal"])]
    b.append(("p", sig_en(c)))
    return b


# --------------------------------------------------------------------------- corpus bookkeeping

class Corpus:
    def __init__(self, out: Path):
        self.out = out
        self.entries = []

    def add(self, rel, data, kind, layout, subtype, defects=(), traits=(), case=None,
            extras=(), cprs=(), period=True):
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        rules = sorted({RULE_OF[d] for d in defects if d in RULE_OF})
        bad = set(rules) - APPLIES[kind]
        assert not bad, (rel, kind, bad)
        for x in cprs:
            assert x.encode() in path.read_bytes() or rel.endswith((".eml", ".docx", ".pdf")), (rel, x)
        entry = {"path": rel, "kind": kind, "format": rel.rsplit(".", 1)[-1], "layout": layout,
                 "subtype": subtype, "rules": rules, "extras": sorted(extras), "error": None,
                 "accept_errors": [], "must_not_contain": sorted({m for x in cprs
                                                                  for m in (x, x.replace("-", ""))}),
                 "traits": sorted(set(traits) | ({"cpr"} if cprs else set()))}
        if case is not None and period and kind != "unknown":
            entry["period"] = case.period()
        self.entries.append(entry)

    def write_manifest(self):
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
                 for e in sorted(self.entries, key=lambda e: e["path"])]
        (self.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def citizen_mail(c, rng):
    user = c.fn.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + str(rng.randint(70, 99))
    return addr(c.citizen, f"{user}@{rng.choice(['gmail.com', 'hotmail.com', 'outlook.dk', 'live.dk'])}")


# --------------------------------------------------------------------------- agreements

def agr_email_labels(K, rng, n, defects, html=None, dash_sig=False, placeholder=False):
    c = Case(rng, n, over6="over6" in defects)
    p = parts_da(c, rng, defects)
    intro = rng.choice([
        "Tak for mødet i dag. Her er en opsummering af det, vi aftalte om din mentorstøtte:",
        f"Som lovet sender jeg dig her aftalen om mentorstøtte, som vi lavede sammen med {c.mentor.split()[0]} i dag.",
        "Her kommer aftalen om din mentor, så du har den på skrift.",
    ])
    lines = agreement_lines_da(p, rng, placeholder=placeholder)
    text = f"Hej {c.fn}\n\n{intro}\n\n" + "\n\n".join(lines)
    if p["appeal"]:
        text += "\n\n" + rng.choice(["Klagevejledning", "Hvis du vil klage"]) + "\n" + p["appeal"]
    text += "\n\nRing endelig, hvis noget er uklart.\n\n" + sig_da(c, rng, dash=dash_sig) + "\n"
    cc = addr(c.mentor, c.m_mail) if ("mentor" not in defects and rng.random() < 0.5) else None
    mail = make_mail(rng, addr(c.caseworker, c.cw_mail), citizen_mail(c, rng),
                     rng.choice(["Aftale om mentorstøtte", "Mentoraftale - opsummering fra mødet i dag",
                                 "Din mentorstøtte", f"Mentor til {c.fn}"]),
                     text, c.sent, cc=cc, html=text_to_html_mail(text, html) if html else None)
    K.add(f"mail/{n:03d}-aftale-mail.eml", mail, "agreement",
          "email-labels" + ("-html" if html else ""), "email-agreement", defects,
          p["traits"] + ["email", "caseworker-signature-phone"] + (["placeholder"] if placeholder else []), c)


def agr_email_provider(K, rng, n, defects, html=None):
    c = Case(rng, n, over6="over6" in defects)
    p = parts_da(c, rng, defects)
    mfn = c.mentor.split()[0]
    parts = [f"Kære {c.fn}",
             f"Tak for et godt opstartsmøde hos Jobcenter {c.muni} sammen med {c.caseworker}. "
             f"Som aftalt bliver jeg din mentor i forløbet, som {c.provider} har fået bestilt af kommunen. "
             "Her er en kort opsummering, så vi alle tre har det samme på skrift."]
    if p["goal"]:
        parts.append(f"Vores mål for forløbet: {p['goal']}")
    if p["tasks"]:
        parts.append("Det, jeg skal hjælpe dig med:\n" + "\n".join(f"- {t}" for t in p["tasks"]))
    s = []
    if p["period"]:
        s.append(f"Forløbet løber i perioden {p['period']}.")
    if p["hours"]:
        s.append(f"Jeg har {p['hours']} sammen med dig." if p["hours"] not in VAGUE_DA
                 else f"Vi ses {p['hours']}.")
    if s:
        parts.append(" ".join(s))
    if p["follow"]:
        parts.append(p["follow"])
    if p["appeal"]:
        parts.append(p["appeal"])
    parts.append(f"Jeg glæder mig til at komme i gang. Du kan altid skrive eller ringe til mig.\n\n"
                 f"Mange hilsner\n{c.mentor}\nMentor, {c.provider}\nMobil: {c.m_phone}\n{c.m_mail}")
    text = "\n\n".join(parts) + "\n"
    mail = make_mail(rng, addr(c.mentor, c.m_mail), citizen_mail(c, rng),
                     rng.choice(["Opsummering af opstartsmøde", "Bekræftelse af mentorforløb",
                                 f"Mentorforløb {c.fn} - aftale"]),
                     text, c.sent, cc=addr(c.caseworker, c.cw_mail),
                     html=text_to_html_mail(text, html) if html else None)
    K.add(f"mail/{n:03d}-mentor-bekraeftelse.eml", mail, "agreement", "email-prose-provider",
          "email-agreement", defects, p["traits"] + ["email", "provider-confirmation", "prose"], c)


def agr_email_reply(K, rng, n, defects, outlook=False):
    c = Case(rng, n, over6="over6" in defects)
    p = parts_da(c, rng, defects)
    lines = agreement_lines_da(p, rng)
    text = (f"Hej {c.fn}\n\nJa selvfølgelig. Her er det hele igen:\n\n" + "\n\n".join(lines))
    if p["appeal"]:
        text += "\n\nKlagevejledning:\n" + p["appeal"]
    text += "\n\n" + sig_da(c, rng) + "\n\n"
    cmail = citizen_mail(c, rng)
    q_when = c.sent
    question = [f"Hej {c.caseworker.split()[0]}", "",
                "Kan du sende mig det vi aftalte i dag om min mentor? Jeg kan ikke huske det hele.",
                "", f"Mvh {c.fn}", "", "Sendt fra min iPhone"]
    if outlook:
        text += ("________________________________\n"
                 f"Fra: {c.citizen} <{cmail.split('<')[-1].rstrip('>')}>\n"
                 f"Sendt: {da_date(q_when)} 20:41\nTil: {c.caseworker}\nEmne: mentor\n\n"
                 + "\n".join(question) + "\n")
    else:
        text += (f"Den {da_date(q_when)} kl. 20.41 skrev {c.citizen} <{cmail.split('<')[-1].rstrip('>')}>:\n"
                 + "\n".join("> " + l if l else ">" for l in question) + "\n")
    mail = make_mail(rng, addr(c.caseworker, c.cw_mail), cmail, "SV: mentor" if outlook else "Re: mentor",
                     text, c.sent + dt.timedelta(days=1), in_reply_to=f"<CAF{rng.randint(10**14, 10**15)}@mail.gmail.com>")
    K.add(f"mail/{n:03d}-svar-med-aftale.eml", mail, "agreement", "email-reply-quoted",
          "email-agreement", defects, p["traits"] + ["email", "reply", "quoted-question",
                                                       "outlook-quote" if outlook else "gt-quote"], c)


def agr_email_forward(K, rng, n, defects, gmail=False):
    c = Case(rng, n, over6="over6" in defects)
    p = parts_da(c, rng, defects)
    inner_appeal, p_appeal = p["appeal"], p["appeal"]
    p["appeal"] = None
    lines = agreement_lines_da(p, rng)
    fwd_body = (f"Hej {c.caseworker.split()[0]}\n\nHermed aftalen for {c.citizen}, som vi lavede på "
                f"opstartsmødet.\n\n" + "\n\n".join(lines) +
                f"\n\nVh\n{c.mentor}\n{c.provider}\nTlf. {c.m_phone}\n")
    top = (f"Hej {c.fn}\n\nJeg videresender aftalen fra {c.provider}, så du også har den. "
           + ("Klagevejledningen står her under.\n\n" + p_appeal + "\n\n" if p_appeal else "\n\n")
           + sig_da(c, rng) + "\n\n")
    when = c.sent - dt.timedelta(days=1)
    if gmail:
        hdr = (f"---------- Videresendt besked ---------\nFra: {c.mentor} <{c.m_mail}>\n"
               f"Date: {da_date(when)} kl. 14.02\nSubject: Mentoraftale {c.citizen}\nTo: {c.caseworker} <{c.cw_mail}>\n\n")
    else:
        hdr = (f"Fra: {c.mentor} <{c.m_mail}>\nSendt: {da_date(when)} 14:02\nTil: {c.caseworker} <{c.cw_mail}>\n"
               f"Emne: Mentoraftale {c.citizen}\n\n")
    text = top + hdr + fwd_body
    mail = make_mail(rng, addr(c.caseworker, c.cw_mail), citizen_mail(c, rng),
                     ("Fwd: " if gmail else "VS: ") + f"Mentoraftale {c.citizen}", text, c.sent)
    K.add(f"mail/{n:03d}-videresendt-aftale.eml", mail, "agreement", "email-forward",
          "email-agreement", defects, p["traits"] + ["email", "forward", "gmail-forward" if gmail else "outlook-forward"], c)
    del inner_appeal


def agr_email_attach(K, rng, n, defects, fmt="docx"):
    c = Case(rng, n, over6="over6" in defects)
    p = parts_da(c, rng, defects)
    blocks = agreement_blocks_da(c, p, rng)
    data = docx_bytes(blocks) if fmt == "docx" else pdf_bytes(blocks)
    mime = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document" if fmt == "docx"
            else "application/pdf")
    text = (f"Hej {c.fn}\n\nHermed din mentoraftale som vedhæftet fil. Læs den igennem, og ring, hvis du "
            f"har spørgsmål.\n\n{sig_da(c, rng)}\n")
    mail = make_mail(rng, addr(c.caseworker, c.cw_mail), citizen_mail(c, rng), "Din mentoraftale",
                     text, c.sent, attachments=[(f"Mentoraftale_{c.fn}.{fmt}", data, mime)])
    K.add(f"mail/{n:03d}-aftale-vedhaeftet.eml", mail, "agreement", f"email-attachment-{fmt}",
          "email-agreement", defects, p["traits"] + ["email", "attachment"], c)


def agr_email_en(K, rng, n, defects, html=None, prose=False):
    c = Case(rng, n, intl=True, over6="over6" in defects)
    p = parts_en(c, rng, defects)
    if prose:
        parts = [f"Dear {c.fn}", "Thank you for the meeting today. As promised, here is what we agreed "
                 "about your mentor support, in English."]
        if p["goal"]:
            parts.append(f"The goal is: {p['goal']}")
        if p["mentor"]:
            parts.append(f"Your mentor is {p['mentor']}.")
        if p["tasks"]:
            parts.append("Your mentor will help you with:\n" + "\n".join(f"- {t}" for t in p["tasks"]))
        if p["period"] or p["hours"]:
            parts.append(" ".join(x for x in [f"The support runs {p['period']}." if p["period"] else "",
                                              f"You will have {p['hours']} with your mentor." if p["hours"] else ""] if x))
        if p["follow"]:
            parts.append(p["follow"])
        if p["appeal"]:
            parts.append(p["appeal"])
        text = "\n\n".join(parts) + "\n\n" + sig_en(c) + "\n"
    else:
        text = (f"Hi {c.fn}\n\nHere is a summary of your mentor agreement:\n\n"
                + "\n\n".join(agreement_lines_en(p, rng)))
        if p["appeal"]:
            text += "\n\nHow to appeal\n" + p["appeal"]
        text += "\n\n" + sig_en(c) + "\n"
    mail = make_mail(rng, addr(c.caseworker, c.cw_mail), citizen_mail(c, rng),
                     rng.choice(["Your mentor agreement", "Mentor support - summary in English"]),
                     text, c.sent, html=text_to_html_mail(text, html) if html else None, lang="en")
    K.add(f"mail/{n:03d}-agreement-english.eml", mail, "agreement",
          "email-english-" + ("prose" if prose else "labels"), "email-agreement", defects,
          p["traits"] + ["email", "english"], c)


def agr_en_doc(K, rng, n, defects, fmt, form):
    c = Case(rng, n, intl=True, over6="over6" in defects)
    p = parts_en(c, rng, defects)
    if form:
        c.provider, c.pdomain = "Bridge Mentoring ApS", "bridgementoring.dk"
        c.m_mail = email_of(c.mentor, c.pdomain)
        p = parts_en(c, random.Random(n), defects)
    blocks = agreement_blocks_en(c, p, rng, title="Mentor Agreement - Bridge Mentoring ApS" if form else None,
                                 form=form)
    if fmt == "docx":
        data = docx_bytes(blocks, footer="Bridge Mentoring ApS · CVR 38 12 45 67 · info@bridgementoring.dk"
                          if form else None)
    elif fmt == "pdf":
        data = pdf_bytes(blocks, header=f"Jobcenter {c.muni}")
    elif fmt == "html":
        data = blocks_to_html(blocks, blocks[0][1])
    else:
        data = blocks_to_text(blocks)
    K.add(f"english/{n:03d}-mentor-agreement.{fmt}", data, "agreement",
          "english-form-table" if form else "english-letter", "english-agreement", defects,
          p["traits"] + ["english"] + (["provider-form"] if form else []), c)


def agr_bilingual(K, rng, n, defects, fmt, mode):
    c = Case(rng, n, intl=True, over6="over6" in defects)
    p = parts_da(c, rng, defects)
    q = parts_en(c, rng, defects, p_da=p)
    if mode == "cols":
        rows = [("Dansk", "English")]
        pairs = [("goal", "Målet med mentorstøtten", "Goal of the mentor support"),
                 ("mentor", "Mentor (navn og kontaktdata)", "Mentor (name and contact)"),
                 ("tasks", "Mentorens opgaver", "Mentor's tasks"), ("period", "Periode", "Period"),
                 ("hours", "Timetal", "Hours"), ("follow", "Opfølgning", "Follow-up"),
                 ("appeal", "Klagevejledning", "How to appeal")]
        for key, ld, le in pairs:
            if p[key]:
                vd = "; ".join(p[key]) if key == "tasks" else p[key]
                ve = "; ".join(q[key]) if key == "tasks" else q[key]
                rows.append((f"{ld}: {vd}", f"{le}: {ve}"))
        blocks = [("title", "Aftale om mentorstøtte / Agreement on mentor support"),
                  ("p", f"Borger / Citizen: {c.citizen}    Jobcenter {c.muni}    "
                        f"Sagsbehandler / Caseworker: {c.caseworker}, tlf. {c.cw_phone}"),
                  ("cols", rows)]
        layout = "bilingual-columns"
    elif mode == "translation":
        blocks = agreement_blocks_da(c, p, rng)
        blocks.append(("p", f"Med venlig hilsen\n{c.caseworker}\nJobcenter {c.muni}"))
        blocks.append(("title", "English translation (for information only - the Danish text applies)"))
        blocks += agreement_blocks_en(c, q, rng)[1:]
        layout = "danish-then-english"
    else:  # interleaved labels "Mål / Goal"
        blocks = [("title", "Mentoraftale / Mentor agreement"),
                  ("p", f"{c.citizen} · Jobcenter {c.muni} · {c.caseworker}, tlf./phone {c.cw_phone}")]
        for key, ld, le in [("goal", "Mål", "Goal"), ("mentor", "Mentor", "Mentor"),
                            ("tasks", "Opgaver", "Tasks"), ("period", "Periode", "Period"),
                            ("hours", "Timer", "Hours"), ("follow", "Opfølgning", "Follow-up"),
                            ("appeal", "Klagevejledning", "How to appeal")]:
            if p[key]:
                blocks.append(("h", f"{ld} / {le}"))
                if key == "tasks":
                    blocks.append(("ul", [f"{a} / {b}" for a, b in zip(p[key], q[key])]))
                else:
                    blocks += [("p", p[key]), ("p", q[key])]
        layout = "bilingual-interleaved"
    if fmt == "docx":
        data = docx_bytes(blocks)
    elif fmt == "pdf":
        data = pdf_bytes(blocks, header=f"Jobcenter {c.muni}")
    elif fmt == "html":
        data = blocks_to_html(blocks, blocks[0][1])
    else:
        data = blocks_to_text(blocks, md=rng.random() < 0.5)
    extras = ["appeal-wrong-route"] if "appeal-direct" in defects else []
    K.add(f"tosproget/{n:03d}-aftale-{mode}.{fmt}", data, "agreement", layout, "bilingual-agreement",
          defects, p["traits"] + ["bilingual"], c, extras=extras)


def agr_journal(K, rng, n, defects, fmt):
    c = Case(rng, n, over6="over6" in defects)
    p = parts_da(c, rng, defects)
    s = [rng.choice([f"Opstartsmøde afholdt på jobcentret med borger og mentor.",
                     f"Møde i dag med {c.fn} og mentor fra {c.provider}."])]
    if p["mentor"]:
        m = p["mentor"].replace(", tlf.", " (tlf.").replace(f", {c.m_mail}", f", {c.m_mail})")
        s.append(f"Mentor er {m}.")
    s.append("Der er indgået aftale om mentorstøtte efter LAB § 167.")
    if p["goal"]:
        s.append(f"Målet er aftalt som: {p['goal']}")
    if p["tasks"]:
        s.append("Aftalte opgaver for mentor: " + ", ".join(p["tasks"][:-1])
                 + (" og " if len(p["tasks"]) > 1 else "") + p["tasks"][-1] + ".")
    if p["period"]:
        s.append(f"Støtten løber {p['period']}" + (f", {p['hours']}." if p["hours"] else "."))
    elif p["hours"]:
        s.append(f"Omfang: {p['hours']}.")
    if p["follow"]:
        s.append(p["follow"])
    if p["appeal"] and "appeal" not in defects:
        s.append("Borger er vejledt om klageadgang: klage til kommunen inden 4 uger; kommunen genvurderer, "
                 "og fastholdes afgørelsen, sendes klagen videre til Ankestyrelsen.")
    elif p["appeal"]:
        s.append("Borger er orienteret om, at man kan klage.")
    s.append(rng.choice(["Borger var positiv og glad for at komme i gang.",
                         "Borger virkede motiveret. Mentor sender kopi af aftalen til borger.",
                         "Aftalen lægges i Min Plan."]))
    prose = " ".join(s)
    head = [("Sag", c.sagsnr), ("Borger", f"{c.citizen} ({c.cpr})"), ("Dato", da_date(c.sent, 1)),
            ("Oprettet af", c.caseworker), ("Notattype", "Aftale"), ("Overskrift", "Mentoraftale indgået")]
    if fmt == "txt":
        data = "JOURNALNOTAT\n" + "\n".join(f"{k}: {v}" for k, v in head) + "\n\n" + prose + "\n"
    elif fmt == "html":
        dl = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in head)
        data = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Journalnotat</title>'
                f'<script>window.caseId="{c.sagsnr}";</script></head><body><div class="app-header">Momentum · '
                f'Journal</div><div class="journal-entry"><div class="meta"><dl>{dl}</dl></div>'
                f'<div class="note-text"><div><p>{escape(prose)}</p></div></div></div></body></html>\n')
    else:
        data = pdf_bytes([("title", "Journalnotat"), ("kv", head), ("p", prose)],
                         header=f"Udskrevet fra fagsystemet {da_date(c.sent + dt.timedelta(days=40), 1)}")
    appeal_defects = set(defects)
    K.add(f"journal/{n:03d}-journalnotat-aftale.{fmt}", data, "agreement", "journal-prose",
          "journal-agreement", appeal_defects, p["traits"] + ["journal-note", "prose"], c, cprs=[c.cpr])


# --------------------------------------------------------------------------- decisions

def decision_da(c, rng, outcome, appeal, reasons=True):
    """Paragraphs of a Danish decision. outcome: grant | partial | refusal | stop."""
    per = f"{da_date(c.start)} til {da_date(c.end)}"
    P = []
    if outcome == "grant":
        P.append(("h", "Afgørelse"))
        P.append(("p", f"Jobcenter {c.muni} har bevilget dig mentorstøtte efter lov om en aktiv "
                       f"beskæftigelsesindsats § 167, stk. 1, i perioden {per}. Du får {c.hours}. "
                       f"Din mentor bliver {c.mentor} fra {c.provider}, som kontakter dig."))
        P.append(("p", "Du har fået det, du søgte om."))
    elif outcome == "partial":
        P.append(("h", "Afgørelse"))
        P.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget mentorstøtte "
                       f"2 timer om ugen i perioden {per}. Du har derfor fået delvist afslag."))
        if reasons:
            P.append(("h", "Begrundelse"))
            P.append(("p", "Vi har lagt vægt på, at du allerede har en støttekontaktperson fra "
                           "socialområdet, og at mentoren kun skal støtte dig i forhold til praktikken. "
                           "Det vurderer vi kan klares med 2 timer om ugen, jf. LAB § 167, stk. 1."))
    elif outcome == "refusal":
        P.append(("h", "Afgørelse"))
        P.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag på mentorstøtte."))
        if reasons:
            P.append(("h", "Begrundelse"))
            P.append(("p", "Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller "
                           "uddannelse, jf. LAB § 167. Vi har lagt vægt på, at du er visiteret til et "
                           "forløb i kommunens sundhedsafdeling, og at du selv har sagt, at du ikke "
                           "ønsker at arbejde med job eller uddannelse i øjeblikket."))
    elif outcome == "stop":
        P.append(("h", "Afgørelse"))
        P.append(("p", f"Din mentorstøtte ophører den {da_date(c.end)}."))
        if reasons:
            P.append(("h", "Begrundelse"))
            P.append(("p", f"Vi har lagt vægt på, at du fra {da_date(c.end)} er i ordinært job hos "
                           f"{c.workplace} og ikke længere har behov for mentorstøtte, jf. LAB § 167."))
    if appeal == "full":
        P += [("h", "Klagevejledning"), ("p", appeal_da(c, rng, "full"))]
    elif appeal == "incomplete":
        P += [("h", "Klagevejledning"), ("p", appeal_da(c, rng, "incomplete"))]
    elif appeal == "direct":
        P += [("h", "Klagevejledning"), ("p", appeal_da(c, rng, "direct"))]
    return P


def decision_en(c, rng, outcome, appeal, reasons=True):
    per = f"{en_date(c.start)} to {en_date(c.end)}"
    P = []
    if outcome == "grant":
        P += [("h", "Decision"), ("p", f"Jobcenter {c.muni} has granted you mentor support under section 167(1) "
              f"of the Danish Act on an Active Employment Effort (LAB) for the period {per}. You will "
              f"have {c.hours_en}. Your mentor will be {c.mentor} from {c.provider}.")]
    elif outcome == "extension":
        P += [("h", "Decision"), ("p", f"We have extended your mentor support for a new period of "
              f"{c.months} months, from {en_date(c.start)} to {en_date(c.end)}, after a new assessment. "
              f"The number of hours is unchanged: {c.hours_en}.")]
    elif outcome == "refusal":
        P += [("h", "Decision"), ("p", "You have applied for mentor support. We have refused your application.")]
        if reasons:
            P += [("h", "Reasons for the decision"),
                  ("p", "Mentor support can only be given when there is a goal of employment or education "
                        "(LAB § 167). We have given weight to the fact that you already receive support "
                        "from the language school's own counsellor, which covers the same needs.")]
    if appeal == "full":
        P += [("h", "How to appeal"), ("p", appeal_en(c, rng, "full"))]
    elif appeal == "incomplete":
        P += [("h", "How to appeal"), ("p", appeal_en(c, rng, "incomplete"))]
    elif appeal == "direct":
        P += [("h", "How to appeal"), ("p", appeal_en(c, rng, "direct"))]
    return P


def letter_head(c, lang="da"):
    if lang == "da":
        return ("p", f"Jobcenter {c.muni}\n{c.maddr}\n\n{c.citizen}\n\nDato: {da_date(c.sent)}\n"
                     f"Sagsnr.: {c.sagsnr}\nCPR-nr.: {c.cpr}")
    return ("p", f"Jobcenter {c.muni}\n{c.maddr}\n\n{c.citizen}\n\nDate: {en_date(c.sent)}\n"
                 f"Case no.: {c.sagsnr}\nCPR no.: {c.cpr}")


def dec_email(K, rng, n, outcome, appeal, reasons=True, over6=False, forwarded=False, html=None):
    c = Case(rng, n, over6=over6)
    body = decision_da(c, rng, outcome, appeal, reasons)
    text = f"Kære {c.fn}\n\nDu får her afgørelsen på din ansøgning om mentorstøtte.\n\n"
    text += "\n\n".join(b[1] for b in body) + "\n\n" + sig_da(c, rng) + "\n"
    subject = "Afgørelse om mentorstøtte"
    if forwarded:
        text = (f"Hej {c.fn}\n\nDu skrev, at du ikke havde fået brevet i e-Boks, så her er afgørelsen igen.\n\n"
                f"{c.caseworker.split()[0]}\n\n-----Original Message-----\nFrom: Jobcenter {c.muni} "
                f"<jobcenter@{c.mdomain}>\nSent: {da_date(c.sent)} 10:02\nSubject: {subject}\n\n" + text)
        subject = "VS: " + subject
    mail = make_mail(rng, addr(c.caseworker, c.cw_mail), citizen_mail(c, rng), subject, text,
                     c.sent + dt.timedelta(days=2 if forwarded else 0),
                     html=text_to_html_mail(text, html) if html else None)
    defects = set()
    if appeal in ("missing", "incomplete"):
        defects.add("appeal")
    if over6 and outcome != "refusal":
        defects.add("over6")
    extras = []
    if outcome in ("partial", "refusal", "stop") and not reasons:
        extras.append("missing-reasons")
    if appeal == "direct":
        extras.append("appeal-wrong-route")
    K.add(f"mail/{n:03d}-afgoerelse-mail.eml", mail, "decision", "email-decision", f"decision-{outcome}",
          defects, ["email", f"appeal:{appeal}", f"outcome:{outcome}"] + (["forward"] if forwarded else []),
          c, extras=extras, period=outcome != "refusal")


def dec_letter(K, rng, n, outcome, appeal, fmt, lang, reasons=True, over6=False):
    c = Case(rng, n, intl=lang != "da", over6=over6)
    if lang == "en":
        blocks = [("title", "Decision on mentor support"), letter_head(c, "en"),
                  ("p", f"Dear {c.fn},")] + decision_en(c, rng, outcome, appeal, reasons)
        blocks.append(("p", sig_en(c)))
    else:  # Danish with English translation below
        blocks = [("title", "Afgørelse om mentorstøtte"), letter_head(c, "da"), ("p", f"Kære {c.fn}")]
        blocks += decision_da(c, rng, outcome, appeal, reasons)
        blocks.append(("p", sig_da(c, rng)))
        blocks.append(("title", "English translation of the decision (for information)"))
        en_out = "grant" if outcome == "grant" else outcome
        blocks += decision_en(c, rng, en_out, appeal, reasons)
    if fmt == "docx":
        data = docx_bytes(blocks, footer=f"Jobcenter {c.muni} · {c.maddr} · tlf. {c.mphone}")
    elif fmt == "pdf":
        data = pdf_bytes(blocks, header=f"Jobcenter {c.muni}")
    elif fmt == "html":
        data = blocks_to_html(blocks, blocks[0][1])
    else:
        data = blocks_to_text(blocks)
    defects = set()
    if appeal in ("missing", "incomplete"):
        defects.add("appeal")
    if over6:
        defects.add("over6")
    extras = (["missing-reasons"] if outcome in ("refusal", "partial", "stop") and not reasons else [])
    extras += ["appeal-wrong-route"] if appeal == "direct" else []
    K.add(f"afgoerelser/{n:03d}-decision-{lang}.{fmt}", data, "decision",
          "english-letter" if lang == "en" else "danish-with-english-translation", f"decision-{outcome}",
          defects, [f"appeal:{appeal}", f"lang:{lang}"], c, extras=extras, cprs=[c.cpr],
          period=outcome != "refusal")


def dec_export(K, rng, n, outcome, appeal, fmt):
    c = Case(rng, n)
    blocks = [("title", "Afgørelse om ophør af mentorstøtte" if outcome == "stop" else "Afgørelse om mentorstøtte"),
              letter_head(c, "da"), ("p", f"Kære {c.fn}")] + decision_da(c, rng, outcome, appeal)
    blocks.append(("p", sig_da(c, rng)))
    if fmt == "html":
        data = blocks_to_html(blocks, blocks[0][1], style="outlook")
    else:
        data = blocks_to_text(blocks)
    defects = {"appeal"} if appeal in ("missing", "incomplete") else set()
    K.add(f"afgoerelser/{n:03d}-afgoerelse-kopi.{fmt}", data, "decision", f"case-system-{fmt}",
          f"decision-{outcome}", defects, [f"appeal:{appeal}"], c, cprs=[c.cpr], period=True)


# --------------------------------------------------------------------------- Min Plan entries

def minplan(K, rng, n, defects, fmt, lang="da"):
    c = Case(rng, n, intl=lang == "en", over6="over6" in defects)
    if lang == "da":
        p = parts_da(c, rng, defects)
        rows = [("Indsats", "Mentorstøtte (LAB § 167)"), ("Status", "Aktiv")]
        labels = {"goal": rng.choice(["Formål med mentorstøtten", "Mål"]), "mentor": "Mentor",
                  "tasks": "Mentorens opgaver", "period": "Periode", "hours": "Timetal"}
        title = "Min Plan"
        sub = f"Min Plan for {c.citizen} - udskrevet {da_date(c.sent + dt.timedelta(days=3), 1)}"
    else:
        p = parts_en(c, rng, defects)
        rows = [("Activity", "Mentor support (mentorstøtte, LAB § 167)"), ("Status", "Active")]
        labels = {"goal": "Purpose of the mentor support", "mentor": "Mentor", "tasks": "Mentor's tasks",
                  "period": "Period", "hours": "Hours per week" if "week" in c.hours_en else "Hours"}
        title = "My Plan"
        sub = f"My Plan for {c.citizen} - printed {en_date(c.sent + dt.timedelta(days=3))}"
    for key in ("goal", "mentor", "tasks", "period", "hours"):
        if p[key]:
            rows.append((labels[key], "; ".join(p[key]) if key == "tasks" else p[key]))
    if fmt == "txt":
        data = f"{title}\n{sub}\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n"
    elif fmt == "html":
        items = "".join(f'<div class="mp-row"><div class="mp-label">{escape(k)}</div>'
                        f'<div class="mp-value">{escape(v)}</div></div>' for k, v in rows)
        data = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
                f'<script src="/static/app.js"></script><script>var mentor="";</script></head><body>'
                f'<nav><a href="/">Forside</a> <a href="/minplan">{title}</a></nav><main>'
                f'<h1>{title}</h1><p class="sub">{escape(sub)}</p><section class="activity">'
                f'<h2>{escape(rows[0][1])}</h2>{items}</section></main></body></html>\n')
    else:
        data = pdf_bytes([("title", title), ("p", sub), ("kv", rows)])
    K.add(f"minplan/{n:03d}-minplan-{lang}.{fmt}", data, "minplan", f"minplan-print-{fmt}", "minplan-entry",
          defects, p["traits"] + ([] if lang == "da" else ["english"]), c)


# --------------------------------------------------------------------------- none of the kinds

JN_NONE = {
    "moede": ("Samtale", "Samtale med borger", lambda c: (
        f"Samtale med {c.fn} på jobcentret. {c.fn} fortæller, at det går bedre med søvnen, men at "
        f"morgenerne stadig er svære. Vi talte om muligheden for virksomhedspraktik hos {c.workplace}. "
        f"{c.fn} vil gerne, men er nervøs for at skulle starte et nyt sted. Aftalt, at jeg kontakter "
        f"virksomheden og vender tilbage i næste uge. Næste samtale er booket.")),
    "telefon": ("Telefonnotat", "Telefonsamtale med mentor", lambda c: (
        f"Ringet op af mentor {c.mentor}, {c.provider}. Mentor oplyser, at {c.fn} ikke er mødt op de "
        f"sidste to gange og ikke tager telefonen. Mentor har skrevet en sms. Aftalt at mentor prøver "
        f"igen i morgen, og at jeg sender et brev, hvis der ikke er kontakt inden fredag.")),
    "telefon2": ("Telefonnotat", "Borger ringede", lambda c: (
        f"{c.fn} ringede og spurgte til, hvornår mentoren starter. Oplyst at {c.provider} kontakter "
        f"{c.fn} direkte. {c.fn} havde også spørgsmål om befordring; henvist til Ydelsesservice.")),
    "status": ("Status", "Status på mentorforløb", lambda c: (
        f"Status fra {c.provider} modtaget pr. mail. Mentor {c.mentor} har haft 6 møder med {c.fn} i "
        f"måneden. {c.fn} er mødt stabilt i praktikken, ca. 3 dage om ugen. Målet om 4 dage om ugen er "
        f"ikke nået endnu. Mentor anbefaler, at forløbet fortsætter uændret. Drøftes på næste "
        f"statusmøde.")),
    "rundbord": ("Møde", "Rundbordssamtale", lambda c: (
        f"Rundbordssamtale med deltagelse af {c.fn}, mentor {c.mentor}, praktikvejleder fra "
        f"{c.workplace} og undertegnede. Praktikken forløber godt. Arbejdsgiver er tilfreds med "
        f"fremmødet og kunne forestille sig et løntilskudsjob efter praktikken. Der tages stilling, når "
        f"praktikken udløber. Mentor fortsætter som hidtil.")),
    "sygemelding": ("Notat", "Sygemelding", lambda c: (
        f"{c.fn} har meldt sig syg pr. telefon fra i dag. Forventer at være tilbage i næste uge. "
        f"Mentor orienteret. Praktikstedet orienteret af borger selv.")),
    "afgsendt": ("Notat", "Afgørelse sendt", lambda c: (
        f"Afgørelse om bevilling af mentorstøtte er sendt til {c.fn} i Digital Post i dag. Bestilling "
        f"sendt til {c.provider}. Kopi af afgørelsen ligger på sagen under dokumenter.")),
    "afbud": ("Notat", "Afbud fra mentor", lambda c: (
        f"Mentor {c.mentor} har meldt afbud til mødet torsdag pga. sygdom. Nyt møde aftales, når mentor "
        f"er rask. {c.fn} er orienteret via sms.")),
    "tolk": ("Note", "Interpreter booked", lambda c: (
        f"Interpreter (Arabic) booked for the meeting with {c.fn} next Tuesday at 10.00. {c.fn} prefers "
        f"to receive letters in English as well. Note written in English for the mentor company.")),
}


def jn_none(K, rng, n, key, fmt, with_cpr):
    c = Case(rng, n, intl=key == "tolk")
    typ, head, fn = JN_NONE[key]
    body = fn(c)
    who = f"{c.citizen} ({c.cpr})" if with_cpr else c.citizen
    meta = [("Sag", c.sagsnr), ("Borger", who), ("Dato", da_date(c.sent, 1)),
            ("Oprettet af", c.caseworker), ("Notattype", typ), ("Overskrift", head)]
    if fmt == "txt":
        data = "JOURNALNOTAT\n" + "\n".join(f"{k}: {v}" for k, v in meta) + "\n\n" + body + "\n"
    elif fmt == "html":
        dl = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in meta)
        data = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Journalnotat</title>'
                f'</head><body><div class="journal-entry"><dl>{dl}</dl><div class="note-text"><p>'
                f'{escape(body)}</p></div></div></body></html>\n')
    else:
        data = pdf_bytes([("title", "Journalnotat"), ("kv", meta), ("p", body)])
    K.add(f"journal/{n:03d}-journalnotat-{key}.{fmt}", data, "unknown", "journal-prose", f"journal-{key}",
          traits=["journal-note", "not-a-mentor-document-kind"], cprs=[c.cpr] if with_cpr else [])


def mail_none(K, rng, n, key, html=None):
    c = Case(rng, n, intl=key in ("en-question", "en-mentor"))
    cm = citizen_mail(c, rng)
    frm, to, subj = addr(c.caseworker, c.cw_mail), cm, ""
    cprs = []
    if key == "flyt":
        subj = "Flytning af møde"
        text = (f"Hej {c.fn}\n\nJeg bliver desværre nødt til at flytte vores møde på torsdag. Kan du i "
                f"stedet mandag kl. 10.30? Vi mødes som sædvanlig i stueetagen.\n\n{sig_da(c, rng)}\n")
    elif key == "status":
        frm, to, subj = addr(c.mentor, c.m_mail), addr(c.caseworker, c.cw_mail), f"Status - {c.fn}"
        text = (f"Hej {c.caseworker.split()[0]}\n\nHer er en kort status på forløbet med {c.fn}.\n\n"
                f"Vi har mødtes hver uge, {c.hours} som aftalt. Målet om praktik hos {c.workplace} "
                f"er tæt på: {c.fn} har været på besøg og skal starte i næste måned. Jeg har hjulpet med "
                f"busplanen og med post fra kommunen. Forløbet slutter {da_date(c.end)}, så vi bør tage "
                f"opfølgningsmødet inden da.\n\nVh\n{c.mentor}\n{c.provider}\nMobil {c.m_phone}\n")
    elif key == "faktura":
        frm, to, subj = addr("Bogholderiet", f"faktura@{c.pdomain}"), addr(c.caseworker, c.cw_mail), \
            "Spørgsmål til faktura nr. 2026-0412"
        text = (f"Kære {c.caseworker}\n\nVi har fået faktura 2026-0412 (mentortimer for {c.fn}, marts) retur "
                f"med besked om manglende EAN-nummer. Kan du bekræfte, at EAN 5798000{rng.randint(100000, 999999)} "
                f"stadig er det rigtige for Jobcenter {c.muni}?\n\nMed venlig hilsen\nBogholderiet\n{c.provider}\n")
    elif key == "bestilling":
        frm, to = addr(c.caseworker, c.cw_mail), addr(c.provider, f"visitation@{c.pdomain}")
        subj = f"Bestilling af mentor - sagsnr. {c.sagsnr}"
        text = (f"Hej\n\nJeg vil gerne bestille en mentor til en borger (navn og CPR sendes via sikker mail). "
                f"Der er tale om en ung mand på uddannelseshjælp, som skal i gang med FGU. Kan I give et "
                f"tilbud på et forløb, og hvornår kan I starte? Jeg forestiller mig en mentor, der kan "
                f"hjælpe med at komme op om morgenen og med kontakten til skolen.\n\n{sig_da(c, rng)}\n")
    elif key == "en-question":
        frm, to, subj = cm, addr(c.caseworker, c.cw_mail), "Question about my mentor"
        text = (f"Dear {c.caseworker.split()[0]},\n\nI received a letter in e-Boks but it is in Danish and I "
                f"do not understand everything. Does it mean that I will get a mentor? And can I complain "
                f"if I do not agree?\n\nBest regards\n{c.citizen}\n")
    elif key == "en-mentor":
        frm, to, subj = addr(c.mentor, c.m_mail), cm, "Our meeting on Thursday"
        text = (f"Hi {c.fn}\n\nJust a reminder that we meet on Thursday at 9:30 outside {c.workplace}. "
                f"Remember your ID card for the first day.\n\nSee you,\n{c.mentor}\n{c.provider}\n{c.m_phone}\n")
    elif key == "intern":
        frm, to, subj = addr(c.caseworker, c.cw_mail), addr("Team Mentor", f"teammentor@{c.mdomain}"), \
            "Ledige mentortimer i maj?"
        text = (f"Hej alle\n\nHar nogen af jer overblik over, hvor mange mentortimer vi har brugt af "
                f"rammeaftalen med {c.provider} i år? Jeg skal bruge det til budgetopfølgningen på fredag.\n\n"
                f"{c.caseworker.split()[0]}\n")
    elif key == "autosvar":
        frm, to, subj = addr(c.caseworker, c.cw_mail), cm, "Automatisk svar: mentor"
        text = (f"Tak for din mail. Jeg er på ferie til og med {da_date(c.sent + dt.timedelta(days=14))} og "
                f"læser ikke mails. Haster det, kan du ringe til Jobcenter {c.muni} på {c.mphone}.\n\n"
                f"{c.caseworker}\n")
    elif key == "kaede":
        frm, to, subj = addr(c.caseworker, c.cw_mail), addr(c.mentor, c.m_mail), "SV: SV: Praktik"
        text = (f"Perfekt, tak. Så siger vi det.\n\n{sig_da(c, rng)}\n\n"
                f"Fra: {c.mentor} <{c.m_mail}>\nSendt: {da_date(c.sent)} 11:20\nTil: {c.caseworker}\n"
                f"Emne: SV: Praktik\n\nJeg kan godt tage med {c.fn} til samtalen hos {c.workplace} på "
                f"onsdag.\n\n{c.mentor}\n\nFra: {c.caseworker}\nSendt: {da_date(c.sent)} 09:05\nTil: {c.mentor}\n"
                f"Emne: Praktik\n\nHej {c.mentor.split()[0]}\nHar du mulighed for at følge {c.fn} til "
                f"praktiksamtalen på onsdag kl. 13?\n")
    elif key == "cpr-sikker":
        frm, to = addr(c.caseworker, c.cw_mail), addr(c.provider, f"visitation@{c.pdomain}")
        subj = f"Sikker mail: borger {c.cpr}"
        cprs = [c.cpr]
        text = (f"Hej\n\nSom aftalt i telefonen: borgeren er {c.citizen}, CPR {c.cpr}. Opstartsmødet er "
                f"flyttet til den {da_date(c.start - dt.timedelta(days=2))} kl. 9 på jobcentret.\n\n{sig_da(c, rng)}\n")
    elif key == "invitation":
        subj = "Invitation: opfølgningsmøde om din praktik"
        text = (f"Hej {c.fn}\n\nDu inviteres til et møde om din praktik tirsdag den "
                f"{da_date(c.sent + dt.timedelta(days=9))} kl. 13.00 på Jobcenter {c.muni}, {c.maddr}. "
                f"Din mentor {c.mentor} deltager også. Giv besked, hvis tidspunktet ikke passer.\n\n"
                f"{sig_da(c, rng)}\n")
    mail = make_mail(rng, frm, to, subj, text, c.sent, html=text_to_html_mail(text, html) if html else None,
                     lang="en" if key.startswith("en-") else "da")
    K.add(f"mail/{n:03d}-mail-{key}.eml", mail, "unknown", "email-discussion", f"email-{key}",
          traits=["email", "not-a-mentor-document-kind"], cprs=cprs)


def sms_export(K, rng, n, fmt, variant):
    c = Case(rng, n)
    d = c.sent
    msgs = {
        0: [("Jobcenter", f"Hej {c.fn}. Husk dit møde med din mentor {c.mentor.split()[0]} i morgen kl. 10 på "
             f"biblioteket. Mvh {c.caseworker.split()[0]}, Jobcenter {c.muni}. Du kan ikke svare på denne sms."),],
        1: [(c.mentor.split()[0], f"Hej {c.fn}, jeg står ved indgangen til {c.workplace} 🙂"),
            (c.fn, "ok kommer om 5 min, bussen var forsinket"),
            (c.mentor.split()[0], "Helt fint. Vi ses"),
            (c.fn, "tak for idag. det gik godt")],
        2: [("Jobcenter", f"Kære {c.fn}. Du har fået nyt brev fra Jobcenter {c.muni} i Digital Post. "
             "Læs det på borger.dk eller i appen Digital Post."),],
        3: [(c.fn, "hej jeg er syg i dag kan ikke komme"),
            (c.mentor.split()[0], "Ok, god bedring. Skal vi sige torsdag i stedet? Samme tid"),
            (c.fn, "ja")],
        4: [("Jobcenter", f"Påmindelse: Samtale på Jobcenter {c.muni} {da_date(d + dt.timedelta(days=5), 1)} kl. 09:30 "
             f"med {c.caseworker}. Afbud på tlf. {c.cw_phone}."),],
        5: [(c.mentor.split()[0], f"Hej {c.fn}. Jeg har snakket med {c.caseworker.split()[0]} på jobcentret. "
             "Vi holder møde alle tre på mandag om hvordan det går. Ok?"), (c.fn, "👍")],
    }[variant]
    rows = []
    for i, (who, t) in enumerate(msgs):
        ts = f"{da_date(d, 1)} {9 + i}:{rng.randint(10, 59)}"
        rows.append((ts, who, t))
    if fmt == "txt":
        data = (f"SMS-tråd eksporteret {da_date(d + dt.timedelta(days=30), 1)}\nKontakt: {c.citizen} (+45 {phone(rng)})\n\n"
                + "\n".join(f"[{ts}] {who}: {t}" for ts, who, t in rows) + "\n")
    else:
        trs = "".join(f"<tr><td>{escape(ts)}</td><td>{escape(w)}</td><td>{escape(t)}</td></tr>" for ts, w, t in rows)
        data = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>SMS-log</title></head><body>'
                f'<h1>SMS-log - {escape(c.citizen)}</h1><table><tr><th>Tidspunkt</th><th>Afsender</th>'
                f'<th>Besked</th></tr>{trs}</table></body></html>\n')
    K.add(f"sms/{n:03d}-sms-{variant}.{fmt}", data, "unknown", f"sms-{fmt}", "sms-thread",
          traits=["sms", "not-a-mentor-document-kind"])


def minplan_message(K, rng, n, fmt, variant):
    c = Case(rng, n)
    msgs = {
        0: ("Nyt møde", f"Hej {c.fn}. Jeg har booket et møde med dig {da_date(c.sent + dt.timedelta(days=7))} "
            f"kl. 11. Din mentor kommer også. Venlig hilsen {c.caseworker}"),
        1: ("Spørgsmål om praktik", f"Hej {c.caseworker.split()[0]}. Må jeg tage min mentor med til "
            f"samtalen hos {c.workplace}? Hilsen {c.fn}"),
        2: ("Din plan er opdateret", f"Hej {c.fn}. Jeg har opdateret din plan efter vores samtale, så "
            "praktikken nu står der. Du kan se den under 'Min Plan'. Venlig hilsen "
            f"{c.caseworker}, Jobcenter {c.muni}"),
        3: ("Husk at tjekke jobforslag", f"Hej {c.fn}. Husk at se de to jobforslag, jeg har lagt i din "
            f"plan. Tal gerne med {c.mentor.split()[0]} om dem. Mvh {c.caseworker}"),
        4: ("Tak for i dag", f"Tak for i dag, {c.fn}. Som aftalt snakker jeg med {c.provider} om en ny "
            f"mentor, når {c.mentor.split()[0]} stopper. Du hører fra mig. Hilsen {c.caseworker}"),
        5: ("Afbud", f"Hej. Jeg kan ikke komme på mandag, min søn er syg. Kan vi finde en ny tid? {c.fn}"),
    }[variant]
    subj, body = msgs
    if fmt == "txt":
        data = (f"Beskeder - Min Plan\n\nEmne: {subj}\nFra: "
                f"{c.citizen if variant in (1, 5) else c.caseworker + ', Jobcenter ' + c.muni}\n"
                f"Dato: {da_date(c.sent, 1)}\n\n{body}\n")
    else:
        data = (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Beskeder</title>'
                f'<script>track("inbox")</script></head><body><nav>Min Plan | Beskeder | Dokumenter</nav>'
                f'<article class="message"><h2>{escape(subj)}</h2><div class="meta">{da_date(c.sent, 1)}</div>'
                f'<div class="body"><p>{escape(body)}</p></div></article></body></html>\n')
    K.add(f"minplan-beskeder/{n:03d}-besked-{variant}.{fmt}", data, "unknown", f"minplan-message-{fmt}",
          "minplan-message", traits=["minplan-message", "not-a-mentor-document-kind"])


# --------------------------------------------------------------------------- the plan

def build(out: Path):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    K = Corpus(out)
    rng = random.Random(SEED)
    n = iter(range(1, 1000))
    S = set
    # --- agreements (40)
    agr_email_labels(K, rng, next(n), S())
    agr_email_labels(K, rng, next(n), S({"mentor"}), html="outlook")
    agr_email_labels(K, rng, next(n), S({"hours"}), html="gmail")
    agr_email_labels(K, rng, next(n), S({"appeal"}), dash_sig=True)
    agr_email_provider(K, rng, next(n), S({"appeal"}))
    agr_email_provider(K, rng, next(n), S({"appeal", "follow"}), html="outlook")
    agr_email_labels(K, rng, next(n), S({"goal", "duration"}), placeholder=True)
    agr_email_reply(K, rng, next(n), S({"unclear"}))
    agr_email_reply(K, rng, next(n), S({"duration"}), outlook=True)
    agr_email_forward(K, rng, next(n), S({"over6"}))
    agr_email_forward(K, rng, next(n), S({"tasks"}), gmail=True)
    agr_email_attach(K, rng, next(n), S(), fmt="docx")
    agr_email_attach(K, rng, next(n), S({"goal"}), fmt="pdf")
    agr_email_labels(K, rng, next(n), S({"over6", "hours"}), html="outlook")
    agr_email_en(K, rng, next(n), S())
    agr_email_en(K, rng, next(n), S({"appeal"}), prose=True)
    agr_email_en(K, rng, next(n), S({"mentor"}), html="outlook")
    agr_en_doc(K, rng, next(n), S({"appeal"}), "docx", form=True)
    agr_en_doc(K, rng, next(n), S(), "docx", form=True)
    agr_en_doc(K, rng, next(n), S({"follow", "hours"}), "pdf", form=True)
    agr_en_doc(K, rng, next(n), S(), "pdf", form=False)
    agr_en_doc(K, rng, next(n), S({"over6"}), "pdf", form=False)
    agr_en_doc(K, rng, next(n), S({"unclear"}), "html", form=False)
    agr_en_doc(K, rng, next(n), S({"tasks"}), "txt", form=False)
    agr_bilingual(K, rng, next(n), S(), "docx", "cols")
    agr_bilingual(K, rng, next(n), S({"duration"}), "docx", "cols")
    agr_bilingual(K, rng, next(n), S({"mentor"}), "pdf", "cols")
    agr_bilingual(K, rng, next(n), S(), "pdf", "translation")
    agr_bilingual(K, rng, next(n), S({"appeal-direct"}), "docx", "translation")
    agr_bilingual(K, rng, next(n), S({"hours"}), "pdf", "translation")
    agr_bilingual(K, rng, next(n), S({"follow"}), "html", "interleaved")
    agr_bilingual(K, rng, next(n), S(), "txt", "interleaved")
    agr_journal(K, rng, next(n), S(), "txt")
    agr_journal(K, rng, next(n), S({"appeal"}), "txt")
    agr_journal(K, rng, next(n), S({"appeal", "hours"}), "html")
    agr_journal(K, rng, next(n), S(), "html")
    agr_journal(K, rng, next(n), S({"appeal", "unclear"}), "pdf")
    agr_journal(K, rng, next(n), S({"appeal", "follow"}), "txt")
    agr_journal(K, rng, next(n), S({"over6"}), "pdf")
    agr_journal(K, rng, next(n), S({"appeal", "mentor"}), "html")
    # --- decisions (15)
    dec_email(K, rng, next(n), "grant", "full")
    dec_email(K, rng, next(n), "grant", "missing")
    dec_email(K, rng, next(n), "partial", "full", html="outlook")
    dec_email(K, rng, next(n), "refusal", "full", reasons=False)
    dec_email(K, rng, next(n), "grant", "full", over6=True)
    dec_letter(K, rng, next(n), "grant", "full", "pdf", "en")
    dec_letter(K, rng, next(n), "refusal", "incomplete", "pdf", "en")
    dec_letter(K, rng, next(n), "extension", "full", "docx", "en")
    dec_letter(K, rng, next(n), "grant", "full", "pdf", "da")
    dec_letter(K, rng, next(n), "grant", "incomplete", "docx", "da")
    dec_letter(K, rng, next(n), "grant", "full", "pdf", "da", over6=True)
    dec_export(K, rng, next(n), "stop", "full", "html")
    dec_email(K, rng, next(n), "grant", "full", forwarded=True)
    dec_letter(K, rng, next(n), "grant", "direct", "html", "en")
    dec_export(K, rng, next(n), "grant", "missing", "txt")
    # --- Min Plan entries (10)
    minplan(K, rng, next(n), S(), "txt")
    minplan(K, rng, next(n), S(), "html")
    minplan(K, rng, next(n), S(), "pdf")
    minplan(K, rng, next(n), S({"hours"}), "html")
    minplan(K, rng, next(n), S({"mentor"}), "txt")
    minplan(K, rng, next(n), S(), "html", lang="en")
    minplan(K, rng, next(n), S({"tasks"}), "txt", lang="en")
    minplan(K, rng, next(n), S({"over6"}), "pdf")
    minplan(K, rng, next(n), S({"unclear"}), "html")
    minplan(K, rng, next(n), S({"duration"}), "txt")
    # --- none of the kinds (35)
    for key, fmt, cp in [("moede", "txt", True), ("telefon", "txt", False), ("telefon2", "html", True),
                         ("status", "html", True), ("rundbord", "pdf", True), ("sygemelding", "txt", False),
                         ("afgsendt", "txt", True), ("afbud", "html", False), ("tolk", "txt", False),
                         ("moede", "pdf", False), ("status", "txt", True), ("rundbord", "html", False)]:
        jn_none(K, rng, next(n), key, fmt, cp)
    for key, html in [("flyt", None), ("status", "outlook"), ("faktura", None), ("bestilling", None),
                      ("en-question", "gmail"), ("en-mentor", None), ("intern", None), ("autosvar", None),
                      ("kaede", "outlook"), ("cpr-sikker", None), ("invitation", "gmail")]:
        mail_none(K, rng, next(n), key, html)
    for v, fmt in [(0, "txt"), (1, "txt"), (2, "html"), (3, "txt"), (4, "txt"), (5, "html")]:
        sms_export(K, rng, next(n), fmt, v)
    for v, fmt in [(0, "txt"), (1, "html"), (2, "txt"), (3, "html"), (4, "txt"), (5, "html")]:
        minplan_message(K, rng, next(n), fmt, v)
    K.write_manifest()
    return K


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    K = build(args.out)
    from collections import Counter
    print(len(K.entries), "documents;", dict(Counter(e["kind"] for e in K.entries)),
          "cpr:", sum(1 for e in K.entries if e["must_not_contain"]))


if __name__ == "__main__":
    main()
