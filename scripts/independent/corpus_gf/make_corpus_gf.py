#!/usr/bin/env python3
"""Independent corpus gf: the mentor's tasks and the follow-up, written every way.

Deterministic: ``python make_corpus_gf.py --out /work/corpora/gf [--seed 15015]``.
Writes documents in docx/pdf/odt/rtf/txt/md/html/eml and EXPECTED.jsonl (manifest format).
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
from html import escape
from pathlib import Path

RULES = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)
APPLIES = {
    "agreement": set(RULES),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Anna", "Mads", "Sara", "Ahmed", "Jonas", "Fatima", "Emil", "Louise", "Kasper", "Nadia",
         "Mikkel", "Line", "Yusuf", "Camilla", "Rasmus", "Maria", "Oliver", "Sofie", "Tobias", "Amira",
         "Peter", "Hanne", "Bashir", "Julie", "Frederik", "Ida", "Lukas", "Maja", "Ali", "Cecilie"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Lund", "Holm", "Bak", "Dahl",
        "Vestergaard", "Friis", "Skov", "Hussein", "Yilmaz"]
MENTOR_FIRST = ["Lars", "Birgitte", "Henrik", "Mette", "Søren", "Karina", "Thomas", "Pia", "Jesper",
                "Helle", "Morten", "Trine", "Allan", "Dorthe", "Kim", "Lene", "Bo", "Susanne"]
KOMMUNER = ["Viborg", "Horsens", "Næstved", "Holbæk", "Svendborg", "Herning", "Silkeborg",
            "Kolding", "Hjørring", "Slagelse", "Roskilde", "Frederikshavn", "Skive", "Thisted",
            "Faxe", "Ringsted", "Varde", "Haderslev", "Guldborgsund", "Randers"]
PROVIDERS = ["Jobhuset", "Mentorhuset ApS", "Broen Mentorservice", "Kompas Mentor", "Vejen Videre",
             "Fokus Job & Mentor", "Baglandet", "Trin for Trin ApS", "Mentorkorpset", "Ung i Job"]

GOALS_CLEAR = [
    "{n} starter på grundforløb 1 på {school} i august 2026 og møder mindst fire dage om ugen.",
    "{n} er i virksomhedspraktik på lageret hos {firm} 15 timer om ugen senest 1. juni 2026, med henblik på løntilskud.",
    "{n} gennemfører FVU-dansk trin 2 på VUC og består prøven i juni 2026.",
    "At {n} fastholder sit fleksjob hos {firm} på 12 timer om ugen uden sygefravær i perioden.",
    "{n} er i praktik i køkkenet på {firm} tre dage om ugen fra uge 14 og er klar til et ordinært job med løntilskud.",
    "{n} møder stabilt på FGU (produktionsgrunduddannelse) mindst 90 % af dagene og starter på EUD efter sommer.",
    "{n} kommer i ordinær beskæftigelse som chauffør, og har inden periodens udløb taget C-kørekort.",
    "{n} fastholder uddannelsen som SOSU-hjælper og består første praktikperiode.",
    "{n} har et job på mindst 10 timer om ugen i detailhandlen senest ved periodens udløb.",
    "{n} starter på HF-enkeltfag på VUC i januar 2026 og møder til mindst 80 % af undervisningen.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Bedre struktur på hverdagen og øget selvværd.",
    "At {n} får det bedre og kommer tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på tingene og mere trivsel i hverdagen.",
    "Sikre at {n} får en god hverdag.",
    "At motivere {n} og styrke selvværdet.",
]
SCHOOLS = ["EUC Syd", "Tradium", "Mercantec", "SOSU Nord", "Learnmark", "ZBC", "Campus Vejle"]
FIRMS = ["Bilka", "Netto", "Føtex", "Coop", "Dagrofa", "Danish Crown", "Plantorama", "Jem & Fix",
         "Lidl", "Elgiganten", "Silvan", "XL-Byg"]

# mentor tasks, as task verbs (mentor's own)
TASKS = [
    "følge {n} til praktikstedet de første to uger",
    "holde en ugentlig samtale om fremmøde og transport",
    "hjælpe med at lave en ugeplan med faste mødetider",
    "tage med til første samtale med arbejdsgiveren",
    "støtte {n} i at ringe til skolens studievejleder",
    "hjælpe med kontakt til SU-kontoret og skolens administration",
    "øve jobsamtaler med {n}",
    "være bindeled til kontaktpersonen på arbejdspladsen",
    "hjælpe med at skrive ansøgninger til elevpladser",
    "følge op på fravær og tale med {n} samme dag, hvis {p} ikke møder",
    "vise {n} vej med offentlig transport til skolen",
    "hjælpe med struktur på lektier og afleveringer",
]
CITIZEN_TASKS = [
    "møde til tiden i praktikken",
    "give besked til mentor og praktiksted ved sygdom inden kl. 8",
    "holde sin kalender opdateret i appen",
    "deltage i opfølgningsmøderne",
    "søge mindst to elevpladser om måneden",
    "tage kontakt til egen læge om sin søvn",
]
CW_TASKS = [
    "bevilge mentorstøtten og sende aftalen til e-Boks",
    "indkalde til opfølgningsmøder",
    "afklare økonomi og befordring",
    "koordinere med praktikstedet om løntilskud",
    "registrere aftalen i Min Plan",
    "tage stilling til forlængelse",
]
TASK_TYPES = ["Fremmøde og struktur", "Transport", "Kontakt til arbejdsplads/skole",
              "Økonomi og post", "Jobsøgning", "Bolig", "Kontakt til sundhedsvæsenet", "Sociale relationer"]


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return f"{d.day}.{d.month}.{d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def rand_cpr(rng: random.Random) -> str:
    y = rng.randint(1970, 2006)
    d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def slug(s: str) -> str:
    t = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-"), (".", ""), ("&", "og")):
        t = t.replace(a, b)
    return "".join(c for c in t if c.isalnum() or c == "-")


# ---------------------------------------------------------------- renderers
# A document is a list of blocks:
#   ("title", s) ("h", s) ("p", s) ("ul", [s]) ("ol", [s]) ("kv", [(label, value)])
#   ("tbl", [[cell]], header_bool)

def render_txt(blocks, kv_style=0) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1].upper() if kv_style == 1 else b[1], ""]
        elif t == "h":
            out += [b[1], "-" * len(b[1]) if kv_style == 2 else None, ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "kv":
            for lab, val in b[1]:
                out.append(f"{lab}: {val}")
            out.append("")
        elif t == "tbl":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
    return "\n".join(x for x in out if x is not None).rstrip() + "\n"


def render_md(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [f"# {b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "kv":
            out += [f"**{lab}:** {val}  " for lab, val in b[1]] + [""]
        elif t == "tbl":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_html(blocks, title) -> str:
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>{escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:2em auto}"
           "td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}table{border-collapse:collapse}</style>",
           "</head><body>"]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{escape(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{escape(b[1])}</h2>")
        elif t == "p":
            out.append(f"<p>{escape(b[1])}</p>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>" + "".join(f"<li>{escape(x)}</li>" for x in b[1]) + f"</{t}>")
        elif t == "kv":
            out.append("<table>" + "".join(
                f"<tr><th style='text-align:left'>{escape(l)}</th><td>{escape(v)}</td></tr>" for l, v in b[1]) + "</table>")
        elif t == "tbl":
            rows = b[1]
            s = "<table>"
            for i, r in enumerate(rows):
                tag = "th" if (i == 0 and b[2]) else "td"
                s += "<tr>" + "".join(f"<{tag}>{escape(c)}</{tag}>" for c in r) + "</tr>"
            out.append(s + "</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_docx(blocks, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for l, v in b[1]:
                cells = tb.add_row().cells
                cells[0].text = l
                cells[0].paragraphs[0].runs[0].bold = True
                cells[1].text = v
            d.add_paragraph("")
        elif t == "tbl":
            rows = b[1]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = tb.add_row().cells
                for c, val in zip(cells, r):
                    c.text = val
                    if i == 0 and b[2] and c.paragraphs[0].runs:
                        c.paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
    d.save(str(path))


def render_pdf(blocks, path: Path, title: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        font, bold = "DejaVu", "DejaVu-Bold"
    except Exception:
        font, bold = "Helvetica", "Helvetica-Bold"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName=font, fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName=bold, fontSize=15)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName=bold, fontSize=12)
    cellb = ParagraphStyle("cb", parent=body, fontName=bold)
    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(escape(b[1]), h1))
        elif t == "h":
            story.append(Paragraph(escape(b[1]), h2))
        elif t == "p":
            story.append(Paragraph(escape(b[1]), body))
            story.append(Spacer(1, 4))
        elif t in ("ul", "ol"):
            story.append(ListFlowable([ListItem(Paragraph(escape(x), body)) for x in b[1]],
                                      bulletType="bullet" if t == "ul" else "1", bulletFontName=font))
        elif t in ("kv", "tbl"):
            if t == "kv":
                data = [[Paragraph(escape(l), cellb), Paragraph(escape(v), body)] for l, v in b[1]]
                widths = [130, 340]
            else:
                n = len(b[1][0])
                data = [[Paragraph(escape(c), cellb if (i == 0 and b[2]) else body) for c in r]
                        for i, r in enumerate(b[1])]
                widths = [470 / n] * n
            tb = Table(data, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="", leftMargin=60, rightMargin=60)
    doc.build(story)


def render_eml(blocks, path: Path, subject, sender, to, date):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime(date.year, date.month, date.day, 10, 12,
                                              tzinfo=dt.timezone(dt.timedelta(hours=1))))
    body = [b for b in blocks if b[0] != "title"]
    msg.set_content(render_txt(body), charset="utf-8")
    path.write_bytes(bytes(msg))


# ---------------------------------------------------------------- content
class Ctx:
    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.pron = rng.choice(["han", "hun"]) if self.first not in ("Anna", "Sara", "Fatima", "Louise", "Nadia", "Line", "Camilla", "Maria", "Sofie", "Amira", "Hanne", "Julie", "Ida", "Maja", "Cecilie") else "hun"
        if self.first in ("Mads", "Ahmed", "Jonas", "Emil", "Kasper", "Mikkel", "Yusuf", "Rasmus", "Oliver", "Tobias", "Peter", "Bashir", "Frederik", "Lukas", "Ali"):
            self.pron = "han"
        self.mfirst = rng.choice(MENTOR_FIRST)
        self.mentor = f"{self.mfirst} {rng.choice(LAST)}"
        self.provider = rng.choice(PROVIDERS)
        self.mphone = phone(rng)
        self.mmail = f"{slug(self.mfirst)}@{slug(self.provider.split()[0])}.dk"
        self.cw = f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}"
        self.cwphone = phone(rng)
        self.k = rng.choice(KOMMUNER)
        self.cwmail = f"{slug(self.cw.split()[0])[:4]}{rng.randint(1, 9)}@{slug(self.k)}.dk"
        self.school = rng.choice(SCHOOLS)
        self.firm = rng.choice(FIRMS)
        m = rng.choice([1, 2, 3, 3, 4, 5, 6, 8, 9, 10])
        year = 2026 if m < 11 else 2025
        day = rng.choice([1, 1, 1, 1, 15, 9, 17])
        self.start = dt.date(year, m, day)
        self.docdate = self.start - dt.timedelta(days=rng.randint(3, 20))
        self.dstyle = rng.choice([0, 0, 1, 2, 3, 4, 5])
        self.sag = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-S{rng.randint(10, 99)}-{rng.randint(1, 999)}-{rng.randint(24, 26)}"
        self.cpr = None
        self.authority = f"{self.k} Kommune" if self.docdate >= dt.date(2026, 2, 1) else f"Jobcenter {self.k}"
        self.ref = rng.choice(["LAB § 167", "§ 167 i lov om en aktiv beskæftigelsesindsats",
                               "LAB § 167, stk. 1", "lov om en aktiv beskæftigelsesindsats § 167"])

    def d(self, date):
        return fmt_date(date, self.dstyle)

    def f(self, s):
        s = (s.replace("1. juni 2026", self.d(add_months(self.start, 3)))
              .replace("i august 2026", f"i {MONTHS[add_months(self.start, 2).month - 1]} {add_months(self.start, 2).year}")
              .replace("i januar 2026", f"i {MONTHS[add_months(self.start, 1).month - 1]} {add_months(self.start, 1).year}")
              .replace("i juni 2026", f"i {MONTHS[add_months(self.start, 5).month - 1]} {add_months(self.start, 5).year}"))
        return s.format(n=self.first, p=self.pron, school=self.school, firm=self.firm,
                        m=self.mfirst, k=self.k)


def make_period(c: Ctx, over: bool, ext: bool = False):
    """Return (start, end, text, kind_of_text)."""
    rng = c.rng
    months = rng.choice([7, 8, 9, 12]) if over else rng.choice([3, 4, 6, 6, 6])
    s = c.start
    if over:
        e = add_months(s, months) - dt.timedelta(days=rng.choice([1, 0, -14]) if months == 7 else 1)
        if months == 7 and e <= add_months(s, 6) - dt.timedelta(days=1):
            e = add_months(s, 7) - dt.timedelta(days=1)
    else:
        e = add_months(s, months) - dt.timedelta(days=1)
    style = rng.randrange(6)
    if getattr(c, "fixed", None):
        s, e = c.fixed
        style = rng.randrange(4)
    if style == 0:
        txt = f"{c.d(s)} – {c.d(e)}"
    elif style == 1:
        txt = f"fra {c.d(s)} til {c.d(e)}"
    elif style == 2:
        txt = f"f.o.m. {c.d(s)} t.o.m. {c.d(e)}"
    elif style == 3:
        txt = f"{c.d(s)}-{c.d(e)}"
    elif style == 4 and s.day == 1 and e.day > 27:
        if months == 12 or (e.year != s.year):
            txt = f"fra {c.d(s)} og {months} måneder frem"
        else:
            txt = f"{MONTHS[s.month - 1]}–{MONTHS[e.month - 1]} {s.year}"
    else:
        w = {3: "3 måneder", 4: "4 mdr.", 6: rng.choice(["6 måneder", "seks måneder", "et halvt år", "26 uger"]),
             7: "7 måneder", 8: "8 mdr.", 9: "9 måneder", 12: rng.choice(["12 måneder", "et år"])}[months]
        txt = f"{w} fra {c.d(s)}"
        if months in (7, 8, 9, 12):
            e = add_months(s, months) - dt.timedelta(days=1)
    return s, e, txt


def goal_text(c: Ctx, defect):
    if defect == "unclear":
        return c.f(c.rng.choice(GOALS_UNCLEAR))
    return c.f(c.rng.choice(GOALS_CLEAR))


def mentor_tasks(c: Ctx, k=None):
    k = k or c.rng.choice([2, 3, 3, 4])
    return [c.f(t) for t in c.rng.sample(TASKS, k)]


def hours_text(c: Ctx, missing: bool):
    rng = c.rng
    if missing:
        return rng.choice(["efter behov", "et par timer om ugen", "aftales løbende mellem mentor og borger",
                           "Udfyldes senere", "fleksibelt"])
    return rng.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
                       "1-2 timer pr. uge", "5 timer om ugen i de første 4 uger, derefter 2 timer om ugen",
                       "i alt 48 mentortimer i perioden (ca. 2 timer pr. uge)", "1½ time om ugen",
                       "6 timer pr. uge"])


def appeal_blocks(c: Ctx, variant: str, heading=True):
    """variant: full | full2 | full3 | wrong | empty | none | folder"""
    rng = c.rng
    if variant == "none":
        return []
    if variant == "full":
        t = ("Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
             "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
             "kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager "
             "stilling til afgørelsen.")
    elif variant == "full2":
        t = (f"Du kan klage over afgørelsen til {c.authority}, inden 4 uger efter du har modtaget den. Du kan "
             f"klage skriftligt eller mundtligt til din sagsbehandler {c.cw}, tlf. {c.cwphone}. Vi vurderer "
             "sagen igen. Hvis vi fastholder afgørelsen, sender vi klagen og sagens akter videre til "
             "Ankestyrelsens Beskæftigelsesudvalg, jf. § 204 i lov om en aktiv beskæftigelsesindsats og "
             "retssikkerhedslovens kapitel 10.")
    elif variant == "full3":
        t = (f"Er du uenig, kan du klage. Klagen sendes til {c.authority} senest 4 uger efter, at du har fået "
             "dette brev. Du skal ikke sende klagen direkte til Ankestyrelsen. Kommunen ser på sagen igen "
             "inden 4 uger; ændrer vi ikke afgørelsen, går klagen videre til Ankestyrelsen.")
    elif variant == "wrong":
        t = ("Du kan klage over afgørelsen til Ankestyrelsen, 7998 Statsservice, inden 4 uger fra modtagelsen. "
             "Klagen kan sendes via ast.dk.")
    elif variant == "empty":
        t = rng.choice(["Du kan klage over afgørelsen.", "Du har mulighed for at klage, hvis du er uenig.",
                        "Ønsker du at klage, så kontakt os."])
    else:  # folder
        t = "Klagevejledning: se folderen \"Sådan klager du\", som du fik ved samtalen."
        return [("p", t)]
    if not heading:
        return [("p", t)]
    return [("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"])), ("p", t)]


def follow_up(c: Ctx, style: str, missing: bool):
    """Return (label, text) for follow-up; style one of meetings/calls/status/named/interval/plain."""
    rng = c.rng
    if missing:
        t = rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "–",
                        "Mentor og sagsbehandler følger løbende op, når der er behov for det.",
                        "Udfyldes senere", f"Sagsbehandler {c.cw}, {c.authority}",
                        f"{c.cw} er ansvarlig for opfølgningen."])
        return rng.choice(["Opfølgning", "Opfølgning og evaluering", "Sådan følger vi op"]), t
    if style == "meetings":
        t = rng.choice([
            "Statusmøde med borger, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før støtten ophører.",
            "Vi holder opfølgningsmøde hver anden måned på jobcentret; første møde i uge {w}.",
            "Trepartsmøde (borger, mentor, sagsbehandler) hver 6. uge. Ved hvert møde ser vi på fremmødet i praktikken.",
        ]).format(w=rng.randint(2, 40))
    elif style == "calls":
        t = rng.choice([
            f"{c.cw} ringer til dig hver 3. uge og spørger, hvordan det går. Midtvejs holder vi et møde.",
            "Telefonisk opfølgning med sagsbehandler hver 14. dag; fysisk statusmøde efter 3 måneder.",
            "Mentor og sagsbehandler taler sammen i telefon hver måned om progressionen.",
        ])
    elif style == "status":
        t = rng.choice([
            "Mentor sender en skriftlig statusrapport til sagsbehandleren hver måned om fremmøde og delmål.",
            "Mentor udarbejder en kort status hver 4. uge og en slutstatus 14 dage før periodens udløb.",
            "Skriftlig status fra mentor efter 6 uger og igen 3 uger før ophør. Delmål: fremmøde mindst 4 dage om ugen.",
        ])
    elif style == "named":
        t = rng.choice([
            f"Din sagsbehandler {c.cw} følger op på aftalen ved en samtale med dig og mentor hver 6. uge.",
            f"Opfølgningen varetages af {c.cw} ({c.authority}), som indkalder til evaluering hver måned.",
        ])
    else:
        t = rng.choice([
            "Evaluering hver måned; progression måles på antal fremmødedage pr. uge.",
            "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør.",
            "Vi følger op hver måned. Delmål 1: fast mødetid kl. 8 i praktikken. Delmål 2: selv kontakte skolen ved fravær.",
        ])
    lab = rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op",
                      "Opfølgning (inkl. mål for progression)"])
    return lab, t


# ---------------------------------------------------------------- agreement parts
def goal_part(c, D):
    rng = c.rng
    if "missing-goal" in D:
        v = rng.choice(["Udfyldes senere", "-", "xx"])
        return ("kv", rng.choice(["Mål", "Målet med mentorstøtten", "Formål"]), v), v
    g = goal_text(c, "unclear" if "unclear-goal" in D else "clear")
    return ("kv", rng.choice(["Mål", "Målet med mentorstøtten", "Formål med mentorstøtten", "Hovedformål",
                               "Borgerens mål"]), g), g


def mentor_value(c, D):
    if "missing-mentor" in D:
        return c.rng.choice([f"{c.mentor} ({c.provider})", f"{c.mentor}, {c.provider}", "Udfyldes senere"])
    return c.rng.choice([f"{c.mentor}, {c.provider}, tlf. {c.mphone}, {c.mmail}",
                         f"{c.mentor} – {c.provider} – mobil {c.mphone}",
                         f"{c.mentor}, {c.mmail}, tlf. {c.mphone}"])


def tasks_blocks(c, D, style):
    """Blocks for the tasks (and maybe other parties' tasks). style: bullets|kv|prose|checkbox|whodoes|resp|mixed"""
    rng = c.rng
    miss = "missing-tasks" in D
    global CITIZEN_TASKS, CW_TASKS
    saved = (CITIZEN_TASKS, CW_TASKS)
    if "missing-follow-up" in D:
        CITIZEN_TASKS = [x for x in saved[0] if "opfølgning" not in x]
        CW_TASKS = [x for x in saved[1] if "opfølgning" not in x]
    try:
        return _tasks_blocks(c, D, style, rng, miss)
    finally:
        CITIZEN_TASKS, CW_TASKS = saved


def _tasks_blocks(c, D, style, rng, miss):
    if style == "bullets":
        if miss:
            mv = rng.choice(["citizen", "placeholder", "absent"])
            if mv == "citizen":
                return [("h", rng.choice(["Dine opgaver", "Borgerens opgaver", "Det skal du selv gøre"])),
                        ("ul", [c.f(x) for x in rng.sample(CITIZEN_TASKS, 3)]),
                        ("h", rng.choice(["Jobcentret vil:", "Kommunens opgaver", "Sagsbehandlerens opgaver"])),
                        ("ul", rng.sample(CW_TASKS, 2))], "citizen+cw-only"
            if mv == "placeholder":
                return [("h", "Mentorens opgaver"), ("p", rng.choice(["-", "Udfyldes senere", "[indsæt]"]))], "placeholder"
            return [], "absent"
        return [("h", rng.choice(["Mentorens opgaver", "Det hjælper mentor dig med", f"{c.mfirst} skal hjælpe dig med:",
                                  "Indsatsområder for mentor", "Mentor skal:"])),
                ("ul", mentor_tasks(c))], "bullets"
    if style == "kv":
        if miss:
            return [("kv1", rng.choice(["Mentorens opgaver", "Opgaver"]), rng.choice(["-", "Udfyldes senere", "xx"]))], "kv-placeholder"
        return [("kv1", rng.choice(["Mentorens opgaver", "Hvilke opgaver skal mentor hjælpe med?", "Støtten består i",
                                    "Opgaver for mentor"]), "; ".join(x[0].upper() + x[1:] for x in mentor_tasks(c)))], "kv"
    if style == "prose":
        if miss:
            return [("p", f"{c.first} skal selv {rng.choice(CITIZEN_TASKS)} og {rng.choice(CITIZEN_TASKS)}. "
                          f"Sagsbehandleren vil {rng.choice(CW_TASKS)}.")], "prose-other-parties"
        t = [x.replace(f"hvis {c.pron} ikke møder", "hvis du ikke møder") for x in mentor_tasks(c, 3)]
        return [("p", rng.choice([
            f"Mentoren skal hjælpe dig med at {t[0].replace(c.first, 'dig')}, {t[1].replace(c.first, 'dig')} og {t[2].replace(c.first, 'dig')}.",
            f"{c.mfirst} vil {t[0].replace(c.first, 'dig')}. Derudover skal {c.mfirst} {t[1].replace(c.first, 'dig')} og {t[2].replace(c.first, 'dig')}.",
        ]))], "prose"
    if style == "checkbox":
        rows = [["Opgavetype", "Valgt", "Konkret"]]
        chosen = rng.sample(range(len(TASK_TYPES)), 3)
        for i, tt in enumerate(TASK_TYPES):
            if not miss and i in chosen:
                tx = c.f(rng.choice(TASKS))
                rows.append([tt, "☒", tx[0].upper() + tx[1:]])
            else:
                rows.append([tt, "☐", ""])
        return [("h", rng.choice(["Mentorens opgaver (sæt kryds)", "Indsatsområder"])), ("tbl", rows, True)], \
            "checkbox-none" if miss else "checkbox"
    if style == "whodoes":
        rows = [["Mentor", "Borger", "Sagsbehandler"]]
        ct = rng.sample(CITIZEN_TASKS, 3)
        wt = rng.sample(CW_TASKS, 3)
        mt = mentor_tasks(c, 3)
        for i in range(3):
            m = "" if miss else mt[i][0].upper() + mt[i][1:]
            rows.append([m, ct[i][0].upper() + ct[i][1:], wt[i][0].upper() + wt[i][1:]])
        if miss:
            rows.append(["Underskrift: ______", "Underskrift: ______", "Underskrift: ______"])
        return [("h", rng.choice(["Hvem gør hvad?", "Fordeling af opgaver", "Aftalt arbejdsdeling"])),
                ("tbl", rows, True)], "whodoes-mentor-empty" if miss else "whodoes"
    if style == "resp":
        rows = [["Opgave", "Ansvarlig", "Hvornår"]]
        if not miss:
            for t in mentor_tasks(c, 3):
                rows.append([t[0].upper() + t[1:], f"Mentor ({c.mfirst})", rng.choice(["Uge 1-2", "Hver uge", "Løbende", "Første måned", "Hver mandag"])])
        for t in rng.sample(CITIZEN_TASKS, 2):
            rows.append([t[0].upper() + t[1:], c.first, rng.choice(["Hver dag", "Hver uge", "Senest kl. 8"])])
        rows.append([rng.choice(CW_TASKS).capitalize(), "Sagsbehandler", rng.choice(["Ved opstart", "Inden uge 20"])])
        return [("h", rng.choice(["Opgaver og ansvar", "Handleplan"])), ("tbl", rows, True)], \
            "resp-no-mentor-rows" if miss else "resp"
    # mixed: goal and tasks in one list
    items = []
    if not miss:
        for t in mentor_tasks(c, 2):
            items.append(f"Mentor: {t}")
    items += [f"{c.first}: {c.f(x)}" for x in rng.sample(CITIZEN_TASKS, 2)]
    rng.shuffle(items)
    return [("mixed", items)], "mixed-no-mentor" if miss else "mixed"


def flatten_kv(blocks):
    """Turn ("kv1", l, v) into kv rows; return blocks list for non-table layouts (label: value paragraphs)."""
    out = []
    for b in blocks:
        if b[0] == "kv1":
            out.append(("kv", [(b[1], b[2])]))
        elif b[0] == "mixed":
            out.append(("ul", b[1]))
        else:
            out.append(b)
    return out


def agreement_core(c, D, layout, tstyle, fstyle, appeal, in_bilag=False, fu_in_letter=False):
    """Blocks of an agreement (without the title). Returns (blocks, period(start,end) or None, traits)."""
    rng = c.rng
    if "missing-duration" in D and fstyle == "table":
        fstyle = "meetings"
    traits = [f"tasks:{tstyle}", f"layout:{layout}"]
    over = "duration-over-6-months" in D
    period = None
    if "missing-duration" in D:
        dval = rng.choice(["indtil videre", "Udfyldes senere", "Mentorstøtten gives for højst 6 måneder ad gangen."])
        traits.append("duration:" + slug(dval)[:20])
    else:
        s, e, dval = make_period(c, over)
        period = (s, e)
    hv = hours_text(c, "missing-hours" in D)
    if getattr(c, "fixed_hours", None) and "missing-hours" not in D:
        hv = c.fixed_hours
    flab, fval = follow_up(c, fstyle, "missing-follow-up" in D)
    traits.append(f"followup:{'missing' if 'missing-follow-up' in D else fstyle}")
    fu_table = None
    if fu_in_letter and "missing-follow-up" not in D:
        fval = None  # the follow-up is in the letter
    elif fstyle == "table" and "missing-follow-up" not in D:
        fval = None
        s0, e0 = period if period else (c.start, add_months(c.start, 6) - dt.timedelta(days=1))
        m1 = s0 + dt.timedelta(days=28)
        m3 = s0 + (e0 - s0) / 2
        m6 = e0 - dt.timedelta(days=14)
        fu_table = [("h", rng.choice(["Opfølgningsplan", "Plan for opfølgning", "Aftalte møder"])),
                    ("tbl", [["Hvornår", "Hvad", "Hvem"],
                             [c.d(m1), "Opstartsevaluering", "Borger, mentor"],
                             [c.d(m3), "Midtvejsstatus – fremmøde og delmål", f"Borger, mentor, {c.cw}"],
                             [c.d(m6), "Slutevaluering 14 dage før ophør", f"Borger, mentor, {c.cw}"]], True)]
    gkv, gval = goal_part(c, D)
    mval = mentor_value(c, D)
    tblocks, tt = tasks_blocks(c, D, tstyle)
    traits.append("tasks-variant:" + tt)
    mixed = tstyle == "mixed"
    blocks = []
    plab = rng.choice(["Periode", "Varighed", "Aftalens varighed", "Bevilget periode", "Støtteperiode"])
    hlab = rng.choice(["Timetal", "Timer pr. uge", "Antal timer", "Timeantal", "Omfang"])
    mlab = rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentor (navn, tlf., mail)"])
    if layout == "kv-table":
        rows = []
        if not mixed:
            rows.append((gkv[1], gkv[2]))
        rows.append((mlab, mval))
        table_tasks = [b for b in tblocks if b[0] == "kv1"]
        for b in table_tasks:
            rows.append((b[1], b[2]))
        rows.append((plab, dval))
        rows.append((hlab, hv))
        if fval is not None:
            rows.append((flab, fval))
        blocks.append(("kv", rows))
        blocks += [b for b in flatten_kv(tblocks) if b[0] != "kv" and b not in table_tasks]
        if mixed:
            blocks.insert(len(blocks) - 1, ("h", "Mål og indsatsområder"))
            blocks[-1] = ("ul", [f"Hovedmål: {gval}"] + blocks[-1][1])
    elif layout in ("headings", "numbered"):
        parts = []
        if mixed:
            parts.append([("h", rng.choice(["Mål og indsatsområder", "Mål og opgaver"])),
                          ("ul", [f"Hovedmål: {gval}"] + tblocks[0][1])])
        else:
            parts.append([("h", gkv[1]), ("p", gkv[2])])
        parts.append([("h", mlab), ("p", mval)])
        if not mixed:
            parts.append(flatten_kv(tblocks))
        parts.append([("h", plab), ("p", dval)])
        parts.append([("h", hlab), ("p", hv)])
        if fval is not None:
            parts.append([("h", flab), ("p", fval)])
        rng.shuffle(parts[2:]) if rng.random() < 0.3 else None
        if layout == "numbered":
            n = 0
            for p in parts:
                for b in p:
                    if b[0] == "h":
                        n += 1
                        blocks.append(("h", f"{n}) {b[1].rstrip(':')}"))
                    else:
                        blocks.append(b)
        else:
            for p in parts:
                blocks += p
    else:  # letter prose
        if mixed:
            blocks.append(("p", "Vi har sammen aftalt disse mål og indsatsområder:"))
            blocks.append(("ul", [f"Hovedmål: {gval}"] + tblocks[0][1]))
        else:
            if "missing-goal" in D:
                blocks.append(("p", f"Målet med mentorstøtten: {gkv[2]}"))
            else:
                blocks.append(("p", rng.choice([f"Målet er, at {gval[0].lower() + gval[1:]}" if gval.startswith(c.first) else f"Målet med mentorstøtten: {gval}",
                                               f"Målet med mentorstøtten: {gval}"])))
        if "missing-mentor" in D:
            blocks.append(("p", f"Din mentor er {mval}." if mval != "Udfyldes senere" else "Mentor: Udfyldes senere"))
        else:
            blocks.append(("p", rng.choice([f"Din mentor er {c.mentor} fra {c.provider}. Du kan fange {c.mfirst} på tlf. {c.mphone} eller {c.mmail}.",
                                            f"Din mentor bliver {c.mentor}, {c.provider}, tlf. {c.mphone}."])))
        if not mixed:
            blocks += flatten_kv(tblocks)
        if period is None:
            blocks.append(("p", f"Varighed: {dval}"))
        else:
            blocks.append(("p", rng.choice([f"Mentorstøtten gælder {dval}.", f"Aftalen løber {dval}.",
                                            f"Støtten er bevilget i perioden {dval}."])))
        if "missing-hours" in D:
            blocks.append(("p", f"Timer: {hv}."))
        else:
            blocks.append(("p", rng.choice([f"Du har {hv} sammen med din mentor.", f"Timetallet er {hv}."])))
        if fval is not None:
            blocks.append(("p", f"{flab}: {fval}"))
    if fu_table:
        blocks += fu_table
    if appeal:
        blocks += appeal_blocks(c, appeal)
    return blocks, period, traits


def header_rows(c, with_cpr=True):
    rows = [("Borger", c.name)]
    if c.cpr and with_cpr:
        rows.append((c.rng.choice(["CPR-nr.", "CPR", "Personnummer"]), c.cpr))
    rows.append(("Sagsbehandler", f"{c.cw}, {c.authority}, tlf. {c.cwphone}"))
    if c.rng.random() < 0.5:
        rows.append(("Sagsnr.", c.sag))
    rows.append(("Dato", c.d(c.docdate)))
    return rows


def signatures(c):
    return [("p", "Underskrifter"),
            ("tbl", [["Dato / borger", "Dato / mentor", "Dato / sagsbehandler"], ["", "", ""]], False)]


# ---------------------------------------------------------------- decisions
REASONS = [
    "Vi har lagt vægt på, at du efter et længere sygeforløb har brug for støtte til at fastholde praktikken, "
    "og at mentorstøtten kan hjælpe dig tættere på et job, jf. {ref}.",
    "Begrundelsen er, at du har svært ved at komme i gang med uddannelsen uden hjælp til struktur og fremmøde. "
    "Vi vurderer, at mentorstøtte efter {ref} kan gøre, at du gennemfører forløbet.",
    "Vi har ved afgørelsen lagt vægt på oplysningerne fra dit praktiksted og din egen beskrivelse af behovet, jf. {ref}.",
]


def decision_doc(c, sub, D, fmt_has_tables=True):
    """sub: bilag | body | extension | partial | partial-noreason | extension-bilag
    D: rules that must be reported (decision rules + agreement rules when an agreement is carried)."""
    rng = c.rng
    traits = [f"decision:{sub}"]
    extras = []
    blocks = []
    over = "duration-over-6-months" in D
    carries = sub in ("bilag", "extension-bilag")
    title = {"bilag": rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"]),
             "body": rng.choice(["Bevilling af mentorstøtte", "Afgørelse: mentorstøtte bevilget"]),
             "extension": rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"]),
             "extension-bilag": "Afgørelse om forlængelse af mentorstøtte",
             "partial": rng.choice(["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte"]),
             "partial-noreason": "Afgørelse om mentorstøtte – delvis bevilling"}[sub]
    blocks.append(("p", f"{c.authority}\nBeskæftigelse\n{c.d(c.docdate)}"))
    blocks.append(("title", title))
    if c.cpr:
        blocks.append(("p", f"{c.name}, CPR-nr. {c.cpr}"))
    if rng.random() < 0.5:
        blocks.append(("p", f"Sagsnr. {c.sag}"))
    blocks.append(("p", f"Kære {c.first}"))
    s, e, ptxt = make_period(c, over)
    period = (s, e)
    hv = hours_text(c, False)
    if sub in ("bilag", "body", "extension-bilag"):
        verb = "forlænget din mentorstøtte med en ny periode" if sub == "extension-bilag" else "bevilget dig mentorstøtte"
        if "missing-hours" in D:
            blocks.append(("p", f"{c.authority} har {verb} efter {c.ref}. Støtten gælder {ptxt}."))
        else:
            blocks.append(("p", f"{c.authority} har {verb} efter {c.ref}. Støtten gælder {ptxt}, og omfanget er {hv}."))
        c.fixed_hours = hv
    elif sub == "extension":
        blocks.append(("p", f"Din nuværende periode med mentorstøtte udløber snart. Vi har vurderet din situation "
                            f"konkret og forlænger mentorstøtten med en ny periode: {ptxt}. Du har fortsat {hv} med "
                            f"{c.mentor} fra {c.provider}."))
        traits.append("extension")
    else:
        asked = rng.choice(["12 måneder", "9 måneder"])
        blocks.append(("p", f"Du har søgt om mentorstøtte i {asked} med 8 timer om ugen. Du får mentorstøtte "
                            f"{ptxt} med {hv}. Det betyder, at du får delvis medhold i din ansøgning."))
        traits.append("asked-longer")
    # reasons
    if sub != "partial-noreason":
        blocks.append(("h", rng.choice(["Begrundelse", "Hvorfor har vi truffet denne afgørelse?", "Vores vurdering"])))
        r = rng.choice(REASONS).format(ref=c.ref)
        if sub.startswith("partial"):
            r += (" Efter loven kan mentorstøtte gives i højst 6 måneder ad gangen, og vi vurderer, at dit behov "
                  "kan dækkes med færre timer, fordi du også har en kontaktperson på skolen.")
        blocks.append(("p", r))
    else:
        extras.append("missing-reasons")
    fu_letter = False
    if sub == "body":
        goal = goal_text(c, "clear")
        blocks.append(("h", "Det er aftalt"))
        blocks.append(("ul", [f"Mål: {goal}", f"Mentor: {c.mentor}, {c.provider}, tlf. {c.mphone}",
                              "Mentor skal " + "; ".join(mentor_tasks(c, 3))]))
        blocks.append(("p", follow_up(c, rng.choice(["meetings", "calls", "named"]), False)[1]))
    if carries:
        fu_letter = rng.random() < 0.5
        if fu_letter and "missing-follow-up" not in D:
            blocks.append(("h", "Opfølgning"))
            blocks.append(("p", follow_up(c, rng.choice(["meetings", "calls", "status", "named"]), False)[1]))
            traits.append("followup-in-letter")
        blocks.append(("p", rng.choice(["Aftalen om mentorstøtten er vedlagt som bilag 1.",
                                        "Den skriftlige aftale, som du har lavet med mentor og sagsbehandler, er vedlagt som bilag 1.",
                                        "Se bilag 1 for aftalen."])))
    ap = "none" if "missing-appeal-guidance" in D else rng.choice(["full", "full2", "full3", "full", "wrong"])
    if "missing-appeal-guidance" in D:
        ap = rng.choice(["none", "empty", "folder"])
    if ap == "wrong":
        extras.append("appeal-wrong-route")
    traits.append(f"appeal:{ap}")
    blocks += appeal_blocks(c, ap)
    blocks.append(("p", f"Med venlig hilsen\n{c.cw}\nSagsbehandler, {c.authority}\nTlf. {c.cwphone} · {c.cwmail}"))
    if carries:
        blocks.append(("h", rng.choice(["Bilag 1: Aftale om mentorstøtte", "Bilag 1 – Aftale om mentorstøtte",
                                        "Bilag 1. Skriftlig aftale om mentorstøtte"])))
        lay = rng.choice(["kv-table", "headings", "kv-table"]) if fmt_has_tables else "headings"
        tst = rng.choice(["bullets", "kv", "checkbox", "whodoes", "resp", "bullets", "prose"])
        if lay == "kv-table" and tst in ("prose",):
            tst = "kv"
        fst = rng.choice(["meetings", "calls", "status", "named", "interval", "table"])
        # the agreement repeats the letter's period
        c.fixed = period
        ab, aper, atr = agreement_core(c, D - {"duration-over-6-months", "missing-duration"}, lay, tst, fst,
                                       None, in_bilag=True, fu_in_letter=fu_letter)
        # replace the agreement's own period with the letter's
        c.fixed = None
        blocks += [("kv", [("Borger", c.name), ("Dato", c.d(c.docdate))])] + ab
        traits += atr
    return title, blocks, period, traits, extras


def _swap_period(b, aper, ptxt, c):
    if aper is None:
        return b
    s, e = aper
    def fix(v):
        return v
    return b


# ---------------------------------------------------------------- Min Plan
def minplan_doc(c, D):
    rng = c.rng
    traits = ["minplan"]
    title = rng.choice(["Min Plan", "Udskrift fra Min Plan", "Min plan – mentorstøtte", "Min Plan (jobnet)"])
    blocks = [("title", title), ("p", f"{c.name}" + (f" · CPR {c.cpr}" if c.cpr else "") + f" · udskrevet {c.d(c.docdate)}")]
    over = "duration-over-6-months" in D
    period = None
    if "missing-duration" in D:
        ptxt = rng.choice(["Udfyldes senere", "indtil videre"])
    else:
        s, e, ptxt = make_period(c, over)
        period = (s, e)
    gkv, gval = goal_part(c, D)
    if rng.random() < 0.5:
        # another activity with a longer period of its own (not governed by § 167)
        a0 = c.start - dt.timedelta(days=rng.randint(20, 90))
        a1 = add_months(a0, rng.choice([10, 12, 24])) - dt.timedelta(days=1)
        blocks += [("h", rng.choice(["Uddannelse: Grundforløb (EUD)", "Tilbud: Virksomhedspraktik", "Forløb: FGU"])),
                   ("kv", [("Sted", rng.choice([c.school, c.firm, "FGU " + c.k])), ("Start", c.d(a0)), ("Slut", c.d(a1)),
                           ("Kontaktperson", f"{rng.choice(MENTOR_FIRST)} {rng.choice(LAST)}, tlf. {phone(rng)}")])]
        traits.append("other-activity-longer")
    rows = [("Indsats", "Mentorstøtte (§ 167)")]
    rows.append((gkv[1], gkv[2]))
    rows.append(("Mentor", mentor_value(c, D)))
    if "missing-tasks" in D:
        v = rng.choice(["-", "Udfyldes senere", None])
        if v:
            rows.append(("Mentorens opgaver", v))
        traits.append("tasks:" + (v or "absent"))
    else:
        style = rng.choice(["joined", "list"])
        ts = mentor_tasks(c)
        if style == "joined":
            rows.append((rng.choice(["Mentorens opgaver", "Mentor hjælper med", "Opgaver"]), "; ".join(ts)))
    rows.append((rng.choice(["Periode", "Varighed"]), ptxt))
    rows.append((rng.choice(["Timer pr. uge", "Timetal"]), hours_text(c, "missing-hours" in D)))
    blocks += [("h", "Mentorstøtte"), ("kv", rows)]
    if "missing-tasks" not in D and style == "list":
        blocks += [("h", "Det skal din mentor hjælpe dig med"), ("ul", ts)]
    if rng.random() < 0.4:
        blocks.append(("p", f"Din kontaktperson i kommunen: {c.cw}, tlf. {c.cwphone}"))
    return title, blocks, period, traits


# ---------------------------------------------------------------- documents that are none of the kinds
def unknown_doc(c, which):
    rng = c.rng
    if which == "statusrapport":
        title = rng.choice(["Statusrapport – mentorforløb", "Månedlig status fra mentor"])
        b = [("title", title), ("kv", [("Borger", c.name), ("Mentor", f"{c.mentor}, {c.provider}"),
                                       ("Periode for status", f"{MONTHS[c.start.month - 1]} {c.start.year}")]),
             ("h", "Fremmøde"), ("p", f"{c.first} har mødt {rng.randint(9, 18)} ud af {rng.randint(18, 20)} dage i praktikken."),
             ("h", "Hvad har vi arbejdet med"), ("ul", mentor_tasks(c, 3)),
             ("h", "Progression"), ("p", "Delmålet om fast mødetid er næsten nået. Næste statusmøde holdes som aftalt."),
             ("p", f"Venlig hilsen {c.mentor}")]
    elif which == "faktura":
        title = "Faktura"
        n = rng.randint(8, 24)
        b = [("title", f"Faktura nr. {rng.randint(1000, 9999)}"), ("p", f"{c.provider}\nCVR {rng.randint(10000000, 99999999)}"),
             ("kv", [("Til", f"{c.authority}, Beskæftigelse"), ("Vedr.", f"Mentorstøtte, {c.name}"),
                     ("Periode", f"{MONTHS[c.start.month - 1]} {c.start.year}")]),
             ("tbl", [["Ydelse", "Antal timer", "Pris", "I alt"], ["Mentortimer", str(n), "475,00", f"{n * 475:,}".replace(",", ".") + ",00"]], True),
             ("p", "Betalingsbetingelser: netto 30 dage. EAN-nr. oplyst af kommunen.")]
    elif which == "referat":
        title = rng.choice(["Referat af opfølgningsmøde", "Referat – statusmøde mentorforløb"])
        b = [("title", title), ("kv", [("Dato", c.d(add_months(c.start, 2))), ("Deltagere", f"{c.name}, {c.mentor} (mentor), {c.cw} (sagsbehandler)")]),
             ("h", "1. Hvordan går det"), ("p", f"{c.first} fortæller, at det går bedre med at møde til tiden. Mentor bekræfter."),
             ("h", "2. Delmål"), ("p", "Delmål om fremmøde fire dage om ugen er nået i de sidste tre uger."),
             ("h", "3. Næste møde"), ("p", f"Næste opfølgningsmøde: {c.d(add_months(c.start, 3))} kl. 10.00.")]
    elif which == "vejledning":
        title = rng.choice(["Det skal stå i din mentoraftale", "Vejledning: Skriftlig aftale om mentorstøtte"])
        b = [("title", title),
             ("p", f"{c.authority} laver altid en skriftlig aftale, når du får mentorstøtte. Her kan du se, hvad aftalen skal indeholde."),
             ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe dig med",
                     "Hvor længe aftalen varer – højst 6 måneder ad gangen", "Hvordan og hvornår vi følger op",
                     "Hvor mange timer om ugen du har med mentor", "Klagevejledning"]),
             ("p", "Du kan klage over en afgørelse om mentorstøtte. Klagen sendes til kommunen inden 4 uger."),
             ("p", "Har du spørgsmål, så kontakt din sagsbehandler.")]
    elif which == "privat":
        title = rng.choice(["Mentoraftale – Foreningsmentor", "Mentoraftale i fodboldklubben"])
        club = rng.choice(["B.93 Ungdom", f"{c.k} Idrætsforening", "Foreningen Ung Guide"])
        b = [("title", title), ("p", f"Aftale mellem frivillig mentor og mentee i {club}. Ordningen er frivillig og ikke en del af kommunens beskæftigelsesindsats."),
             ("kv", [("Mentee", c.first), ("Frivillig mentor", f"{c.mentor}, tlf. {c.mphone}"),
                     ("Vi mødes", "hver anden torsdag til træning og en snak bagefter"),
                     ("Varighed", "et skoleår")]),
             ("p", "Begge kan stoppe aftalen, når de vil. Klubben betaler kaffe og kage.")]
    elif which == "bestilling":
        title = "Bestilling af mentorforløb"
        b = [("title", title), ("kv", [("Leverandør", c.provider), ("Borger", c.name), ("Bestilt af", f"{c.cw}, {c.authority}"),
                                      ("Forventet opstart", c.d(c.start)), ("Ønsket timetal", "3 timer pr. uge")]),
             ("p", "Leverandøren bedes kontakte borgeren inden 5 hverdage og indkalde til opstartsmøde, hvor den skriftlige aftale udarbejdes."),
             ("p", "Faktura sendes månedligt med timeopgørelse.")]
    elif which == "partshoering":
        title = "Partshøring – påtænkt ophør af mentorstøtte"
        b = [("title", title), ("p", f"Kære {c.first}"),
             ("p", f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt til de sidste fire aftaler med {c.mentor}. "
                   f"Før vi træffer en afgørelse, vil vi gerne høre dine bemærkninger."),
             ("p", f"Du kan give dine bemærkninger inden {c.d(c.docdate + dt.timedelta(days=14))} til {c.cw}, tlf. {c.cwphone}."),
             ("p", "Dette brev er ikke en afgørelse.")]
    elif which == "digitalpost":
        title = f"Du har fået post fra {c.authority}"
        b = [("title", title), ("p", f"Hej {c.first}. Du har modtaget et brev om mentorstøtte i din digitale postkasse. Brevet kan indeholde en afgørelse."),
             ("p", "Log på borger.dk eller brug appen Digital Post for at læse brevet."),
             ("p", "Denne besked kan ikke besvares.")]
    elif which == "slutevaluering":
        title = rng.choice(["Slutevaluering af mentorforløb", "Afsluttende evaluering – mentor"])
        b = [("title", title), ("kv", [("Borger", c.name), ("Mentor", c.mentor), ("Forløb", f"{c.d(c.start)} – {c.d(add_months(c.start, 6) - dt.timedelta(days=1))}")]),
             ("h", "Målopfyldelse"), ("p", f"{c.first} er startet på {c.school} og møder stabilt. Målet er nået."),
             ("h", "Anbefaling"), ("p", "Mentorforløbet afsluttes. Der er ikke behov for en ny periode.")]
    elif which == "skabelon":
        title = "Aftale om mentorstøtte"
        b = [("title", title), ("p", "Skabelon – version 3.2 – til internt brug"),
             ("kv", [("Borger", ""), ("Målet med mentorstøtten", "Klik eller tryk her for at skrive tekst."),
                     ("Mentor", "Klik eller tryk her for at skrive tekst."),
                     ("Mentorens opgaver", "Klik eller tryk her for at skrive tekst."),
                     ("Periode", "Klik eller tryk her for at skrive tekst."), ("Timetal", ""), ("Opfølgning", "")]),
             ("h", "Klagevejledning"), ("p", "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen genvurderer afgørelsen, og fastholder den afgørelsen, sendes klagen til Ankestyrelsen.")]
    elif which == "moedeaftale":
        title = "Mødeaftale"
        b = [("title", title), ("p", f"Kære {c.first}"),
             ("p", f"Du er indkaldt til opstartsmøde om mentorstøtte {c.d(c.start)} kl. 13.00 hos {c.provider}. "
                   f"Til mødet deltager {c.mentor} og din sagsbehandler {c.cw}. Vi laver aftalen sammen på mødet."),
             ("p", "Giv besked, hvis du er forhindret.")]
    elif which == "genvurdering":
        title = "Genvurdering af din klage – afgørelsen fastholdes"
        b = [("title", title), ("p", f"Kære {c.first}"),
             ("p", f"Du har klaget over vores afgørelse af {c.d(c.docdate)} om mentorstøtte. Vi har genvurderet sagen, men fastholder afgørelsen. "
                   "Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, som træffer afgørelse i sagen."),
             ("p", f"Med venlig hilsen\n{c.cw}")]
    elif which == "kvittering":
        title = "Kvittering for din ansøgning om mentorstøtte"
        b = [("title", title), ("p", f"Kære {c.first}. Vi har modtaget din ansøgning om mentorstøtte den {c.d(c.docdate)}. "
                                     "Du hører fra os, når vi har behandlet den. Sagsbehandlingstiden er normalt 4 uger.")]
    elif which == "notat":
        title = "Journalnotat"
        b = [("title", title), ("kv", [("Dato", c.d(c.docdate)), ("Emne", "Samtale om behov for mentor")]),
             ("p", f"Samtale med {c.first} på jobcentret. {c.first} oplyser, at {c.pron} har svært ved at komme op om morgenen og ofte misser skolen. "
                   "Vi drøftede mentorstøtte. Jeg bestiller forløb hos leverandør og indkalder til opstartsmøde."),
             ("p", f"/{c.cw.split()[0][:2].upper()}{c.cw.split()[1][:1].upper()}")]
    else:  # nyhedsbrev
        title = f"Nyhedsbrev fra {c.provider}"
        b = [("title", title), ("p", "I dette nummer: Nye mentorer i teamet, vores sommerlukning og en historie om en borger, som er kommet i job."),
             ("h", "Sådan arbejder vi"), ("p", "Vi mødes med borgeren hver uge, og vi sender status til kommunen hver måned. Et forløb varer typisk 6 måneder.")]
    return title, b


# ---------------------------------------------------------------- the mentor's own letter
def mentor_letter(c, D):
    rng = c.rng
    traits = ["layout:mentor-letter"]
    title = rng.choice(["Vores aftale om mentorstøtte", "Aftale om mentorstøtte – fra din mentor"])
    b = [("title", title), ("p", f"Kære {c.first}")]
    if "missing-mentor" in D:
        b.append(("p", f"Det er mig, {c.mfirst}, der er din mentor fra {c.provider}. Jeg glæder mig til at arbejde sammen med dig."))
    else:
        b.append(("p", f"Det er mig, {c.mentor}, der er din mentor fra {c.provider}. Du kan altid få fat i mig på "
                       f"{c.mphone} eller skrive til {c.mmail}."))
    b.append(("p", "Her får du det, vi blev enige om, skrevet ned."))
    if "missing-goal" in D:
        pass
    else:
        g = goal_text(c, "unclear" if "unclear-goal" in D else "clear")
        b.append(("p", f"Målet: {g}"))
    if "missing-tasks" in D:
        b.append(("p", "Du skal selv:"))
        b.append(("ul", [c.f(x) for x in rng.sample([t for t in CITIZEN_TASKS if "opfølgning" not in t], 3)]))
        traits.append("tasks-variant:citizen-only")
    else:
        b.append(("p", "Vi aftalte, at jeg skal:"))
        b.append(("ul", [x.replace(c.first, "dig").replace(f"hvis {c.pron} ikke møder", "hvis du ikke møder") for x in mentor_tasks(c, 3)]))
        traits.append("tasks-variant:jeg-skal")
    period = None
    if "missing-duration" in D:
        b.append(("p", "Vi fortsætter, så længe du har brug for det."))
    else:
        s0, e0, ptxt = make_period(c, "duration-over-6-months" in D)
        period = (s0, e0)
        b.append(("p", f"Kommunen har bevilget forløbet {ptxt}."))
    if "missing-hours" in D:
        b.append(("p", "Vi ses, når det passer ind for os begge."))
    else:
        b.append(("p", rng.choice(["Vi mødes hver tirsdag kl. 9-11 og torsdag kl. 13-14.", "Vi ses hver mandag og onsdag kl. 10-11.30.",
                                   "Jeg har 3 timer om ugen til dig."])))
    if "missing-follow-up" in D:
        b.append(("p", "Vi følger op, når der er behov for det."))
        traits.append("followup:missing")
    else:
        b.append(("p", rng.choice([f"Hver 4. uge holder vi et statusmøde med din sagsbehandler {c.cw}, hvor vi ser på, om du møder fire dage om ugen.",
                                   f"Jeg sender en kort status til {c.cw} i kommunen hver måned, og 14 dage før forløbet slutter holder vi en evaluering sammen."])))
        traits.append("followup:in-prose")
    ap = "none" if "missing-appeal-guidance" in D else rng.choice(["full", "full2"])
    b += appeal_blocks(c, ap)
    traits.append(f"appeal:{ap}")
    b.append(("p", f"Mange hilsner\n{c.mfirst}"))
    return title, b, period, traits


def scan_pdf(src_pdf: Path, dest: Path, mode: str, tmp: Path):
    """Render a PDF to page images; write an image-only PDF or a Tesseract PDF with a text layer."""
    base = tmp / (dest.stem + "_pg")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src_pdf), str(base)], check=True)
    pages = sorted(tmp.glob(dest.stem + "_pg*.png"))
    if mode == "tesseract":
        lst = tmp / (dest.stem + "_list.txt")
        lst.write_text("\n".join(str(p) for p in pages) + "\n")
        subprocess.run(["tesseract", str(lst), str(tmp / dest.stem), "-l", "dan", "pdf"], check=True,
                       capture_output=True)
        shutil.move(str(tmp / (dest.stem + ".pdf")), str(dest))
        return
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    cv = canvas.Canvas(str(dest), pagesize=A4)
    for p in pages:
        cv.drawImage(str(p), 0, 0, width=A4[0], height=A4[1])
        cv.showPage()
    cv.save()


# ---------------------------------------------------------------- plan and main
AGR_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte (LAB § 167)",
              "Aftale om mentorforløb", "Aftale om mentorstøtte efter § 167", "Din aftale om mentorstøtte"]
DEFECT_POOL = (["missing-tasks"] * 6 + ["missing-follow-up"] * 6 + ["missing-hours"] * 2 + ["missing-mentor"] * 2
               + ["missing-goal"] + ["unclear-goal"] * 2 + ["duration-over-6-months"] * 2 + ["missing-duration"]
               + ["missing-appeal-guidance"] * 2)
MISSING_TASK_STYLES = ["whodoes", "resp", "bullets", "checkbox", "mixed", "prose", "bullets", "kv"]
FORMATS_RICH = ["docx", "docx", "pdf", "pdf", "odt", "rtf"]
FORMATS_TEXT = ["txt", "md", "html", "eml"]


def pick_defects(rng, pool=DEFECT_POOL, clean_share=0.4, allowed=None):
    if rng.random() < clean_share:
        return set()
    n = 1 if rng.random() < 0.65 else 2
    out = set()
    while len(out) < n:
        d = rng.choice(pool)
        if allowed and d not in allowed:
            continue
        if d in ("missing-goal", "unclear-goal") and ({"missing-goal", "unclear-goal"} & out):
            continue
        if d in ("missing-duration", "duration-over-6-months") and ({"missing-duration", "duration-over-6-months"} & out):
            continue
        out.add(d)
    return out


def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="gf_"))
    entries = []
    to_convert = {"odt": [], "rtf": [], "pdf": []}
    n_docs = 0

    def emit(c, kind, subtype, layout, title, blocks, fmt, rules, extras, traits, period, folder, stem):
        nonlocal n_docs
        n_docs += 1
        rel = Path(folder) / f"{n_docs:03d}-{stem}.{fmt}"
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        must = []
        if c.cpr:
            must = [c.cpr, c.cpr.replace("-", "")]
            traits = traits + ["cpr"]
        if fmt == "txt":
            txt = render_txt(blocks, rng.randrange(3))
            enc = rng.choice(["utf-8", "utf-8", "cp1252"])
            try:
                data = txt.encode(enc)
            except UnicodeEncodeError:
                enc, data = "utf-8", txt.encode("utf-8")
            dest.write_bytes(data)
            traits = traits + [f"enc:{enc}"]
        elif fmt == "md":
            dest.write_text(render_md(blocks), encoding="utf-8")
        elif fmt == "html":
            dest.write_text(render_html(blocks, title), encoding="utf-8")
        elif fmt == "eml":
            frm = f"{c.mentor} <{c.mmail}>" if rng.random() < 0.5 else f"{c.cw} <{c.cwmail}>"
            render_eml(blocks, dest, title if rng.random() < 0.5 else f"Vedr.: {title}", frm,
                       f"{c.name} <{slug(c.first)}{rng.randint(10, 99)}@gmail.com>", c.docdate)
        elif fmt == "docx":
            render_docx(blocks, dest)
        elif fmt == "pdf":
            if rng.random() < 0.3:
                src = tmp / (dest.stem + ".docx")
                render_docx(blocks, src)
                to_convert["pdf"].append((src, dest))
                traits = traits + ["pdf-via-libreoffice"]
            else:
                render_pdf(blocks, dest, title)
                traits = traits + ["pdf-reportlab"]
        elif fmt in ("odt", "rtf"):
            src = tmp / (dest.stem + ".docx")
            render_docx(blocks, src)
            to_convert[fmt].append((src, dest))
        rules = sorted(set(rules) & APPLIES[kind])
        e = {"path": rel.as_posix(), "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": rules, "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": traits}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)

    # ---- agreements (46)
    tstyles = ["bullets", "kv", "prose", "checkbox", "whodoes", "resp", "mixed"]
    fstyles = ["meetings", "calls", "status", "named", "interval", "table"]
    n_missing_tasks = 0
    plan = ([set()] * 15 + [{"missing-tasks"}] * 8 + [{"missing-tasks", "missing-follow-up"}]
            + [{"missing-follow-up"}] * 6 + [{"missing-follow-up", "missing-hours"}] + [{"missing-hours"}] * 2
            + [{"missing-mentor"}] * 2 + [{"unclear-goal"}, {"missing-goal"}] + [{"duration-over-6-months"}] * 2
            + [{"missing-duration"}] + [{"missing-appeal-guidance"}] * 2)
    plan = [set(x) for x in plan]
    rng.shuffle(plan)
    for i in range(42):
        c = Ctx(rng, i)
        if rng.random() < 0.25:
            c.cpr = rand_cpr(rng)
        D = plan[i]
        tstyle = tstyles[i % len(tstyles)]
        fstyle = fstyles[(i // 2) % len(fstyles)]
        fmt = (FORMATS_RICH + FORMATS_TEXT)[i % 10]
        if fmt in ("txt", "md", "eml") and tstyle in ("checkbox", "whodoes", "resp") and rng.random() < 0.5:
            tstyle = "bullets"
        if "missing-tasks" in D:
            tstyle = MISSING_TASK_STYLES[n_missing_tasks % len(MISSING_TASK_STYLES)]
            n_missing_tasks += 1
        if "missing-follow-up" in D:
            fstyle = "missing"
        layout = rng.choice(["kv-table", "headings", "numbered", "letter"])
        if layout == "letter" and tstyle == "kv":
            tstyle = "prose"
        if layout == "kv-table" and tstyle == "prose":
            tstyle = "kv"
        if tstyle == "mixed":
            D.discard("missing-goal")
        if tstyle == "kv" and layout != "kv-table":
            pass
        ap = "none" if "missing-appeal-guidance" in D else rng.choice(["full", "full2", "full3", "full"])
        if "missing-appeal-guidance" in D:
            ap = rng.choice(["none", "empty", "folder"])
        blocks_core, period, traits = agreement_core(c, D, layout, tstyle, fstyle, ap)
        title = rng.choice(AGR_TITLES)
        blocks = [("title", title)]
        if layout == "letter":
            blocks.append(("p", f"Kære {c.first}"))
            blocks.append(("p", rng.choice(["Her får du det, vi blev enige om, skrevet ned.",
                                            f"Tak for mødet {c.d(c.docdate)}. Her er vores aftale om din mentorstøtte."])))
            if c.cpr:
                blocks.append(("p", f"CPR-nr.: {c.cpr}"))
        else:
            blocks.append(("kv", header_rows(c)))
        blocks += blocks_core
        if layout != "letter" and rng.random() < 0.6:
            blocks += signatures(c)
        elif layout == "letter":
            blocks.append(("p", f"Venlig hilsen\n{c.cw}, {c.authority}"))
        extras = ["appeal-wrong-route"] if ap == "wrong" else []
        traits.append(f"appeal:{ap}")
        emit(c, "agreement", "agreement", f"{layout}/{tstyle}", title, blocks, fmt, D, extras, traits, period,
             slug(c.k) + "/aftaler", slug("aftale-" + c.first))

    # ---- the mentor's own letters (5)
    for i in range(5):
        c = Ctx(rng, 60 + i)
        D = pick_defects(rng, clean_share=0.35)
        fmt = ["docx", "pdf", "txt", "eml", "odt"][i]
        title, blocks, period, traits = mentor_letter(c, D)
        emit(c, "agreement", "agreement", "mentor-letter", title, blocks, fmt, D, [], traits, period,
             slug(c.k) + "/aftaler", slug("mentorbrev-" + c.first))

    # ---- scanned agreements (3)
    for i, mode in enumerate(["image", "tesseract", "image"]):
        c = Ctx(rng, 80 + i)
        D = pick_defects(rng, clean_share=0.5, allowed={"missing-tasks", "missing-follow-up", "missing-hours"})
        ap = rng.choice(["full", "full2"])
        core, period, traits = agreement_core(c, D, rng.choice(["headings", "kv-table"]), rng.choice(["bullets", "whodoes", "resp"]),
                                              rng.choice(fstyles), ap)
        title = rng.choice(AGR_TITLES[:4])
        blocks = [("title", title), ("kv", header_rows(c))] + core
        src = tmp / f"scan_src_{i}.pdf"
        render_pdf(blocks, src, title)
        n_docs_before = n_docs
        emit(c, "agreement", "agreement", "scan", title, [("p", "placeholder")], "txt", D, [],
             traits + [f"scan:{mode}"], period, slug(c.k) + "/scannet", slug("scan-aftale-" + c.first))
        e = entries[-1]
        old_path = out / e["path"]
        old_path.unlink()
        new_rel = Path(e["path"]).with_suffix(".pdf")
        scan_pdf(src, out / new_rel, mode, tmp)
        e["path"] = new_rel.as_posix()
        e["format"] = "pdf"
        e["traits"] = [t for t in e["traits"] if not t.startswith("enc:")]

    # ---- decisions (26)
    subs = (["bilag"] * 9 + ["extension-bilag"] * 3 + ["body"] * 4 + ["extension"] * 4 + ["partial"] * 4
            + ["partial-noreason"] * 2)
    dec_formats = ["docx", "pdf", "odt", "docx", "pdf", "pdf", "odt", "html", "docx", "txt", "rtf", "eml", "pdf"]
    for i, sub in enumerate(subs):
        c = Ctx(rng, 100 + i)
        if rng.random() < 0.3:
            c.cpr = rand_cpr(rng)
        carries = sub in ("bilag", "extension-bilag")
        if carries:
            D = pick_defects(rng, allowed={"missing-tasks", "missing-follow-up", "missing-hours", "missing-mentor",
                                           "unclear-goal", "missing-appeal-guidance", "duration-over-6-months"})
        else:
            D = set()
            r = rng.random()
            if r < 0.3:
                D = {"missing-appeal-guidance"}
            elif r < 0.45:
                D = {"duration-over-6-months"}
            elif r < 0.5:
                D = {"missing-appeal-guidance", "duration-over-6-months"}
        fmt = dec_formats[i % len(dec_formats)]
        title, blocks, period, traits, extras = decision_doc(c, sub, D, fmt not in ("txt", "eml"))
        rules = set(D) if carries else set(D) & APPLIES["decision"]
        kind_rules = APPLIES["agreement"] if carries else APPLIES["decision"]
        if carries:
            traits.append("carries-agreement-bilag1")
        entries_before = len(entries)
        emit(c, "decision", sub, f"letter/{sub}", title, blocks, fmt, rules, extras, traits, period,
             slug(c.k) + "/afgoerelser", slug(sub + "-" + c.first))
        entries[-1]["rules"] = sorted(rules & kind_rules)

    # ---- Min Plan (12)
    for i in range(12):
        c = Ctx(rng, 200 + i)
        if rng.random() < 0.25:
            c.cpr = rand_cpr(rng)
        D = pick_defects(rng, allowed=APPLIES["minplan"])
        fmt = ["pdf", "html", "txt", "pdf", "docx", "html"][i % 6]
        title, blocks, period, traits = minplan_doc(c, D)
        emit(c, "minplan", "minplan", "plan-card", title, blocks, fmt, D, [], traits, period,
             slug(c.k) + "/minplan", slug("minplan-" + c.first))

    # ---- none of the kinds (17)
    kinds = ["statusrapport", "faktura", "referat", "vejledning", "privat", "bestilling", "partshoering",
             "digitalpost", "slutevaluering", "skabelon", "moedeaftale", "genvurdering", "kvittering", "notat",
             "nyhedsbrev", "statusrapport", "referat"]
    uformats = ["docx", "pdf", "docx", "html", "pdf", "eml", "pdf", "eml", "odt", "docx", "txt", "pdf", "eml",
                "txt", "html", "pdf", "md"]
    for i, w in enumerate(kinds):
        c = Ctx(rng, 300 + i)
        if rng.random() < 0.2 and w not in ("vejledning", "skabelon", "nyhedsbrev", "privat"):
            c.cpr = rand_cpr(rng)
        title, blocks = unknown_doc(c, w)
        if c.cpr:
            blocks.insert(1, ("p", f"CPR: {c.cpr}"))
        emit(c, "unknown", w, f"other/{w}", title, blocks, uformats[i], set(), [], [f"other:{w}"], None,
             slug(c.k) + "/andet", slug(w + "-" + c.first))

    # ---- LibreOffice conversions
    prof = "-env:UserInstallation=file:///tmp/lo_gf_profile"
    for fmt, pairs in to_convert.items():
        if not pairs:
            continue
        odir = tmp / f"conv_{fmt}"
        odir.mkdir(exist_ok=True)
        filt = {"odt": "odt", "rtf": "rtf", "pdf": "pdf"}[fmt]
        subprocess.run(["soffice", prof, "--headless", "--convert-to", filt, "--outdir", str(odir)]
                       + [str(s) for s, _ in pairs], check=True, capture_output=True, timeout=600)
        for src, dest in pairs:
            shutil.move(str(odir / (src.stem + "." + fmt)), str(dest))
    shutil.rmtree(tmp, ignore_errors=True)
    path = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gf")
    ap.add_argument("--seed", type=int, default=15015)
    a = ap.parse_args()
    entries = build(Path(a.out), a.seed)
    print(f"{len(entries)} documents written to {a.out}")


if __name__ == "__main__":
    main()
