"""Corpus DC: one mixed archive folder as a quality team exports it from a case system.

About 40 % of the documents are none of the three kinds (minutes, status reports, invoices, time
sheets, guidance, leaflets, private "mentoraftaler", letters about other benefits, invitations,
receipts). The rest are agreements, decision letters and Min Plan entries in DOCX, PDF, ODT, TXT,
HTML, EML and RTF. Written independently from domain.md and the seeds; labels follow the rule docs.

Usage: make_corpus_dc.py --out DIR   (deterministic, fixed seed)
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261130
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Jonas", "Amalie", "Mikkel", "Sofie", "Ahmed", "Fatima", "Kasper", "Line", "Rasmus", "Nanna",
         "Emil", "Sara", "Mohammad", "Camilla", "Tobias", "Ida", "Kristian", "Maja", "Nikolaj", "Cecilie",
         "Yasmin", "Frederik", "Louise", "Patrick", "Stine"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard",
        "Ali", "Yilmaz", "Holm", "Dahl", "Bech", "Kjær", "Lund", "Frandsen", "Mortensen"]
MUNIS = ["Viborg", "Holbæk", "Faxe", "Assens", "Tønder", "Rudersdal", "Herning", "Roskilde", "Skive",
         "Guldborgsund", "Norddjurs", "Vejen", "Hjørring", "Slagelse"]
PROVIDERS = ["Jobhuset ApS", "MentorKompagniet", "Trappen Mentor & Vejledning", "Nordlys Socialfaglig Støtte",
             "Broen Mentorservice I/S", "Fokus Mentor", "Brobyggerne ApS", "Støttepunktet"]
WORKPLACES = ["Netto i Bredgade", "Bilka, lageret", "Føtex Vest", "Meny", "Dagrofa Logistik",
              "plejecenter Solgården", "Jysk distributionscenter", "autoværkstedet Bilcentret",
              "kantinen på rådhuset", "genbrugspladsen"]
EDUS = ["SOSU-hjælperuddannelsen", "FGU (produktionsgrunduddannelse)", "EUD-grundforløb 1 (GF1) på tømrer",
        "HF-enkeltfag på VUC", "FVU-læsning trin 2 på VUC", "AMU-kursus i truckkørsel", "EUX Business",
        "STU på Fjordskolen", "pædagogisk assistentuddannelse (PAU)"]


def dan_date(d: dt.date, rng: random.Random, style: int | None = None) -> str:
    s = rng.randrange(9) if style is None else style
    if s == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if s == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if s == 3:
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    if s == 4:
        return d.isoformat()
    if s == 5:
        return f"{d.day}/{d.month} {d.year}"
    if s == 6:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if s == 7:
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    return f"{d.day}.{d.month}.{d.year % 100:02d}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def phone(rng):
    return f"{rng.randint(20, 93)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def cpr(rng):
    d = dt.date(rng.randint(1968, 2006), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


class Person:
    def __init__(self, rng):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.phone = phone(rng)
        self.mail = f"{self.first[:3].lower()}{self.last[:2].lower()}@".replace("ø", "o").replace("æ", "ae").replace("å", "aa")


# ---------------------------------------------------------------- blocks
# ("title", text) ("h", text) ("p", text) ("ul", [..]) ("ol", [..]) ("kv", [(l, v)]) ; footer separately

class Doc:
    def __init__(self, title):
        self.blocks = [("title", title)]
        self.footer = None
        self.header = None

    def h(self, t): self.blocks.append(("h", t)); return self
    def p(self, t): self.blocks.append(("p", t)); return self
    def ul(self, items): self.blocks.append(("ul", list(items))); return self
    def ol(self, items): self.blocks.append(("ol", list(items))); return self
    def kv(self, rows): self.blocks.append(("kv", list(rows))); return self


# ---------------------------------------------------------------- renderers
def r_txt(doc: Doc, rng, md=False, wrap=None) -> str:
    out = []
    wrapw = wrap if wrap is not None else rng.choice([0, 0, 72, 78])
    def w(t):
        if not wrapw:
            return t
        return "\n".join(textwrap.wrap(t, wrapw)) or t
    if doc.header:
        out.append(doc.header)
        out.append("")
    for kind, v in doc.blocks:
        if kind == "title":
            out.append(("# " + v) if md else v.upper() if rng.random() < .3 else v)
            if not md:
                out.append("=" * min(len(v), 60))
        elif kind == "h":
            out.append(("## " + v) if md else v)
            if not md and rng.random() < .4:
                out.append("-" * len(v))
        elif kind == "p":
            out.append(w(v))
        elif kind == "ul":
            b = rng.choice(["-", "*", "•"])
            out.extend(f"{b} {x}" for x in v)
        elif kind == "ol":
            out.extend(f"{i}. {x}" for i, x in enumerate(v, 1))
        elif kind == "kv":
            for l, val in v:
                out.append(w(f"{l}: {val}"))
        out.append("")
    if doc.footer:
        out.append("--")
        out.append(doc.footer)
    return "\n".join(out).rstrip() + "\n"


def r_docx(doc: Doc, path: Path, rng):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    for kind, v in doc.blocks:
        if kind == "title":
            if rng.random() < .5:
                d.add_heading(v, 0)
            else:
                r = d.add_paragraph().add_run(v)
                r.bold = True
                r.font.size = Pt(16)
        elif kind == "h":
            if rng.random() < .7:
                d.add_heading(v, 2)
            else:
                d.add_paragraph().add_run(v).bold = True
        elif kind == "p":
            d.add_paragraph(v)
        elif kind == "ul":
            for x in v:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "ol":
            for x in v:
                d.add_paragraph(x, style="List Number")
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for l, val in v:
                c = t.add_row().cells
                c[0].text = l
                c[1].text = val
            d.add_paragraph()
    sec = d.sections[0]
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    d.save(str(path))


def r_pdf(doc: Doc, path: Path, rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    esc = lambda t: html.escape(t)
    story = []
    for kind, v in doc.blocks:
        if kind == "title":
            story.append(Paragraph(esc(v), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(esc(v), ss["Heading3"]))
        elif kind == "p":
            story.append(Paragraph(esc(v).replace("\n", "<br/>"), ss["BodyText"]))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(esc(x), ss["BodyText"])) for x in v]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "ul" else "1"))
        elif kind == "kv":
            data = [[Paragraph(esc(l), ss["BodyText"]), Paragraph(esc(val), ss["BodyText"])] for l, val in v]
            t = Table(data, colWidths=[5 * cm, 11 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 6))
    footer, header = doc.footer, doc.header

    def on_page(c, d):
        c.setFont("Helvetica", 8)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer[:120])
        c.drawRightString(19 * cm, 1.2 * cm, f"Side {d.page}")
        if header:
            c.drawString(2 * cm, 28.3 * cm, header[:120])
    SimpleDocTemplate(str(path), pagesize=A4, title="", author="").build(story, onFirstPage=on_page, onLaterPages=on_page)


def r_odt(doc: Doc, path: Path, rng):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P
    od = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    od.automaticstyles.addElement(bold)
    for kind, v in doc.blocks:
        if kind == "title":
            od.text.addElement(H(outlinelevel=1, text=v))
        elif kind == "h":
            od.text.addElement(H(outlinelevel=2, text=v))
        elif kind == "p":
            for line in v.split("\n"):
                od.text.addElement(P(text=line))
        elif kind in ("ul", "ol"):
            lst = List()
            for x in v:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            od.text.addElement(lst)
        elif kind == "kv":
            t = Table(name=f"T{rng.randrange(10**6)}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for l, val in v:
                tr = TableRow()
                for x in (l, val):
                    tc = TableCell()
                    tc.addElement(P(text=x))
                    tr.addElement(tc)
                t.addElement(tr)
            od.text.addElement(t)
    if doc.footer:
        od.text.addElement(P(text=doc.footer))
    od.save(str(path))


def r_html(doc: Doc, rng, system="") -> str:
    e = html.escape
    dl = rng.random() < .5
    parts = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">",
             f"<title>{e(doc.blocks[0][1])}</title>",
             "<script>window.dataLayer=window.dataLayer||[];function track(){return 'Mentor Opgaver Periode';}</script>",
             "<style>.lbl{font-weight:bold}</style></head><body>",
             f"<div class=\"topbar\"><span>{e(system or 'Sagssystem')}</span> | <a href=\"#\">Udskriv</a></div>",
             "<div class=\"content\"><div class=\"panel\">"]
    for kind, v in doc.blocks:
        if kind == "title":
            parts.append(f"<h1>{e(v)}</h1>")
        elif kind == "h":
            parts.append(f"<div class=\"section\"><h3>{e(v)}</h3></div>")
        elif kind == "p":
            parts.append(f"<div class=\"row\"><div class=\"txt\"><p>{e(v)}</p></div></div>")
        elif kind in ("ul", "ol"):
            tag = kind
            parts.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in v) + f"</{tag}>")
        elif kind == "kv":
            if dl:
                parts.append("<dl>" + "".join(f"<dt>{e(l)}</dt><dd>{e(val)}</dd>" for l, val in v) + "</dl>")
            else:
                parts.append("<table class=\"fields\">" + "".join(
                    f"<tr><td class=\"lbl\">{e(l)}</td><td><div><span>{e(val)}</span></div></td></tr>" for l, val in v)
                    + "</table>")
    parts.append("</div></div>")
    if doc.footer:
        parts.append(f"<footer><small>{e(doc.footer)}</small></footer>")
    parts.append("</body></html>")
    return "\n".join(parts)


def rtf_esc(t: str) -> str:
    out = []
    for ch in t:
        if ch == "\n":
            out.append("\\line ")
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def r_rtf(doc: Doc, rng) -> str:
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22"]
    if doc.footer:
        o.append("{\\footer\\pard\\fs16 " + rtf_esc(doc.footer) + "\\par}")
    for kind, v in doc.blocks:
        if kind == "title":
            o.append("\\pard\\b\\fs32 " + rtf_esc(v) + "\\b0\\fs22\\par")
        elif kind == "h":
            o.append("\\pard\\sb200\\b " + rtf_esc(v) + "\\b0\\par")
        elif kind == "p":
            o.append("\\pard " + rtf_esc(v) + "\\par")
        elif kind in ("ul", "ol"):
            for i, x in enumerate(v, 1):
                mark = "\\bullet" if kind == "ul" else f"{i}."
                o.append("\\pard\\fi-360\\li720 " + mark + "\\tab " + rtf_esc(x) + "\\par")
        elif kind == "kv":
            for l, val in v:
                o.append("\\trowd\\cellx3000\\cellx9000\\pard\\intbl " + rtf_esc(l) + "\\cell "
                         + rtf_esc(val) + "\\cell\\row")
            o.append("\\pard\\par")
    o.append("}")
    return "\n".join(o)


def r_eml(doc: Doc, rng, sender, to, subject, date, sig, quoted=None) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(rng.randint(8, 15), rng.randint(0, 59)),
                                                    tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{rng.randrange(10**12)}@mail.dk>"
    # the subject carries the title; the body starts after it
    body_doc = Doc("")
    body_doc.blocks = doc.blocks[1:]
    body_doc.footer, body_doc.header = doc.footer, doc.header
    body = r_txt(body_doc, rng, wrap=0) + ("\n" + sig if sig else "")
    if quoted:
        body += "\n\n" + "\n".join("> " + x for x in quoted.splitlines())
    m.set_content(body, cte=rng.choice(["quoted-printable", "base64", "8bit"]))
    return bytes(m)


# ---------------------------------------------------------------- case context
class Case:
    def __init__(self, rng, n):
        self.n = n
        self.cit = Person(rng)
        self.cw = Person(rng)
        self.men = Person(rng)
        while self.men.first in (self.cit.first, self.cw.first):
            self.men = Person(rng)
        self.muni = rng.choice(MUNIS)
        self.prov = rng.choice(PROVIDERS)
        self.men.mail += self.prov.split()[0].lower().replace("ø", "o") + ".dk"
        self.cw.mail += self.muni.lower().replace("æ", "ae").replace("ø", "oe") + ".dk"
        self.start = dt.date(2026, rng.randint(1, 10), rng.choice([1, 1, 1, 2, 15, 16]))
        self.wp = rng.choice(WORKPLACES)
        self.edu = rng.choice(EDUS)
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A00-{rng.randint(100, 9999)}-26"
        self.cpr = cpr(rng) if rng.random() < .30 else None
        self.letter_date = self.start - dt.timedelta(days=rng.randint(3, 20))


PLACEHOLDERS = ["Udfyldes senere", "-", "Klik eller tryk her for at skrive tekst.", "xx", "…", "Angives ved opstart"]


def goal_text(c, rng, mode):
    fn = c.cit.first
    d = dan_date(add_months(c.start, rng.randint(2, 5)), rng, 0)
    if mode == "clear":
        return rng.choice([
            f"{fn} starter på {c.edu} {d} og møder mindst fire dage om ugen.",
            f"{fn} er i virksomhedspraktik {rng.choice([10, 12, 15, 20])} timer om ugen i {c.wp} senest {d}, med henblik på løntilskud.",
            f"Ordinært job som lagermedarbejder eller butiksmedhjælper, 15-20 timer om ugen, inden {d}.",
            f"At {fn} gennemfører {c.edu} med et fremmøde på mindst 90 % og derefter søger ordinær uddannelse.",
            f"{fn} fastholder sit fleksjob i {c.wp} på 12 timer om ugen og har højst én sygedag om måneden.",
            f"Hovedformål: fast tilknytning til {c.wp} i løntilskud fra {d}. Delmål: møde til tiden alle aftalte dage.",
        ])
    return rng.choice([
        "Støtte til at komme videre og øget trivsel.",
        f"At {fn} får mere struktur på hverdagen og et bedre selvværd.",
        f"{fn} skal arbejde med sig selv og blive mere stabil.",
        "Sikre at borgeren kommer tættere på arbejdsmarkedet.",
        "Øget trivsel, motivation og livsmod.",
    ])


TASK_POOL = ["Følge {fn} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
             "Hjælpe med at få struktur på morgenrutinen, så {fn} møder til tiden",
             "Støtte kontakten til studievejledningen og SU-kontoret", "Deltage i opstartsmødet på {wp}",
             "Hjælpe med at læse og forstå breve fra kommunen og Udbetaling Danmark",
             "Øve busruten til skolen sammen med {fn}", "Være bindeled til kontaktpersonen på arbejdspladsen",
             "Forberede {fn} på samtaler med lederen", "Hjælpe med at søge elevplads og skrive ansøgninger"]


def tasks(c, rng):
    items = rng.sample(TASK_POOL, rng.randint(3, 5))
    return [t.format(fn=c.cit.first, wp=c.wp) for t in items]


def period(c, rng, over):
    s = c.start
    if over:
        L = rng.choice([7, 8, 9, 12])
    else:
        L = rng.choice([3, 4, 6, 6, 6])
    e = add_months(s, L) - dt.timedelta(days=1)
    st = rng.randrange(9)
    ds, de = dan_date(s, rng, st), dan_date(e, rng, st)
    form = rng.randrange(6)
    if form == 0:
        txt = f"{ds} – {de}"
    elif form == 1:
        txt = f"fra {ds} til {de}"
    elif form == 2:
        txt = f"f.o.m. {ds} t.o.m. {de}"
    elif form == 3:
        txt = f"{ds} - {de}"
    elif form == 4:
        txt = f"{ds} og {L} måneder frem" if L != 12 else f"{ds} og et år frem"
    else:
        txt = f"{L} måneder fra {ds}" if L != 12 else f"12 måneder fra {ds}"
    return txt, {"start": s.isoformat(), "end": e.isoformat()}, L


HOURS = ["3 timer pr. uge", "1½ time om ugen", "halvanden time ugentligt", "24 mentortimer i perioden",
         "2-3 timer om ugen", "8 timer om måneden", "to timer ugentligt", "4 t/uge de første 6 uger, derefter 2 t/uge",
         "5 timer om ugen", "½ time to gange om ugen"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale", "Udfyldes af mentor"]
FOLLOW = ["Statusmøde hver 4. uge med dig, mentor og sagsbehandler. Evaluering 14 dage før forløbet slutter.",
          "Mentor sender kort skriftlig status hver måned; midtvejsevaluering efter 3 måneder.",
          "Vi følger op hver måned. Delmål: fremmøde fire dage om ugen fra uge 12.",
          "Opfølgningssamtale efter 6 uger og igen fire uger før bevillingen udløber, hvor vi ser på progressionen mod målet.",
          "Der holdes opfølgningsmøde hver 6. uge. Progression måles på fremmøde og antal sendte ansøgninger."]


def appeal(c, rng, mode):
    m = c.muni
    if mode == "ok":
        return rng.choice([
            f"Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
            f"Du kan klage over afgørelsen til {m} Kommune inden 4 uger efter, at du har modtaget den. Klagen kan være mundtlig eller skriftlig. Vi genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kapitel 10).",
            f"Er du uenig, kan du klage til Jobcenter {m} senest fire uger efter, at du har fået afgørelsen. Ring til din sagsbehandler eller skriv via Digital Post. Jobcentret ser sagen igennem igen, og hvis afgørelsen ikke ændres, sendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
        ]), [], []
    if mode == "wrong":
        return rng.choice([
            "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice.",
            "Hvis du er uenig, kan du indsende en klage direkte til Ankestyrelsen senest fire uger efter modtagelsen af dette brev.",
        ]), [], ["appeal-wrong-route"]
    if mode == "incomplete":
        return rng.choice(["Du kan klage over afgørelsen.", "Du har mulighed for at klage til jobcentret, hvis du er uenig.",
                           "Klagefristen er 4 uger."]), ["missing-appeal-guidance"], []
    return None, ["missing-appeal-guidance"], []


def header_rows(c, rng):
    rows = [("Borger", c.cit.name)]
    if c.cpr:
        rows.append(("CPR-nr.", c.cpr))
    rows.append(("Sagsnr.", c.sagsnr))
    rows.append(("Sagsbehandler", f"{c.cw.name}, Jobcenter {c.muni}, tlf. {c.cw.phone}"))
    return rows


_CYCLE: dict = {}


def pick_defects(rng, pool, rate=0.3):
    """About `rate` of the documents get one or two defects; the first cycles through the pool
    so that every defect class occurs."""
    if rng.random() >= rate:
        return []
    key = tuple(pool)
    i = _CYCLE.get(key, 0)
    _CYCLE[key] = i + 1
    first = pool[i % len(pool)]
    out = [first]
    if rng.random() >= .75:
        out.append(rng.choice([p for p in pool if p != first]))
    return out


# ---------------------------------------------------------------- agreements
def make_agreement(c, rng):
    defects = pick_defects(rng, ["goal-missing", "goal-unclear", "mentor-nocontact", "mentor-missing",
                                 "tasks-missing", "duration-missing", "over", "follow-missing",
                                 "hours-missing", "hours-vague", "appeal-missing", "appeal-incomplete",
                                 "appeal-wrong"], 0.32)
    if "duration-missing" in defects and "over" in defects:
        defects.remove("over")
    if "goal-missing" in defects and "goal-unclear" in defects:
        defects.remove("goal-unclear")
    rules, extras, traits = set(), [], []
    fn, mfn = c.cit.first, c.men.first
    g = None if "goal-missing" in defects else goal_text(c, rng, "unclear" if "goal-unclear" in defects else "clear")
    if "goal-missing" in defects:
        rules.add("missing-goal")
    if "goal-unclear" in defects:
        rules.add("unclear-goal")
    if "mentor-missing" in defects:
        mval = rng.choice(["Tildeles senere", "-", None])
        rules.add("missing-mentor")
    elif "mentor-nocontact" in defects:
        mval = f"{c.men.name}, {c.prov}"
        rules.add("missing-mentor")
    else:
        mval = rng.choice([f"{c.men.name}, {c.prov}, tlf. {c.men.phone}, {c.men.mail}",
                           f"{c.men.name} ({c.prov}) – mobil {c.men.phone}",
                           f"{c.men.name}, {c.men.mail}, tlf. {c.men.phone}"])
    tk = None if "tasks-missing" in defects else tasks(c, rng)
    if tk is None:
        rules.add("missing-tasks")
    if "duration-missing" in defects:
        ptxt, per = rng.choice(["indtil videre", "Aftales løbende", None]), None
        rules.add("missing-duration")
    else:
        ptxt, per, L = period(c, rng, "over" in defects)
        if "over" in defects:
            rules.add("duration-over-6-months")
        traits.append(f"period:{L}m")
    fu = None if "follow-missing" in defects else rng.choice(FOLLOW)
    if fu is None:
        rules.add("missing-follow-up")
    if "hours-missing" in defects:
        hv = None
        rules.add("missing-hours")
    elif "hours-vague" in defects:
        hv = rng.choice(HOURS_VAGUE)
        rules.add("missing-hours")
    else:
        hv = rng.choice(HOURS)
    amode = {"appeal-missing": "missing", "appeal-incomplete": "incomplete", "appeal-wrong": "wrong"}
    am = next((amode[d] for d in defects if d in amode), "ok")
    atxt, ar, ae = appeal(c, rng, am)
    rules.update(ar)
    extras += ae

    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentor efter LAB § 167",
                        "Samarbejdsaftale – mentorforløb", "Mentorstøtte – aftale mellem borger, mentor og jobcenter"])
    d = Doc(title)
    layout = rng.choice(["table", "headings", "numbered", "letter", "questions"])
    ph = lambda v: v if v is not None else rng.choice(PLACEHOLDERS)
    if layout == "table":
        d.kv(header_rows(c, rng))
        rows = [(rng.choice(["Mål", "Målet med mentorstøtten", "Formål med mentorforløbet", "Hovedformål"]), ph(g))]
        if mval is not None:
            rows.append((rng.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentors kontaktdata"]), mval))
        rows.append((rng.choice(["Mentorens opgaver", "Indsatsområder", "Opgaver"]), "; ".join(tk) if tk else ph(None)))
        if ptxt is not None:
            rows.append((rng.choice(["Periode", "Varighed", "Bevilget periode"]), ptxt))
        if fu is not None:
            rows.append((rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), fu))
        if hv is not None:
            rows.append((rng.choice(["Timetal", "Antal timer", "Omfang"]), hv))
        d.kv(rows)
        if atxt:
            d.h(rng.choice(["Klagevejledning", "Sådan klager du"])).p(atxt)
    elif layout in ("headings", "questions"):
        q = layout == "questions"
        d.kv(header_rows(c, rng))
        if g is not None or rng.random() < .5:
            d.h("Hvad skal forløbet føre til?" if q else rng.choice(["Borgerens mål", "Mål for indsatsen", "Målet med mentorstøtten"]))
            d.p(ph(g))
        if mval is not None:
            d.h("Hvem er din mentor?" if q else rng.choice(["Mentor", "Din mentor"]))
            d.p(mval)
        if tk:
            d.h(f"{mfn} skal hjælpe dig med:" if q else rng.choice(["Mentorens opgaver", "Indsatsområder"]))
            d.ul(tk)
        if ptxt is not None:
            d.h("Hvor længe varer forløbet?" if q else rng.choice(["Periode", "Aftalens varighed"]))
            d.p(ptxt)
        if hv is not None:
            d.h("Hvor mange timer?" if q else "Timetal")
            d.p(f"{mfn} har {hv} til dig." if q and hv not in HOURS_VAGUE else hv)
        if fu is not None:
            d.h("Hvordan følger vi op?" if q else "Opfølgning")
            d.p(fu)
        if atxt:
            d.h("Hvis du vil klage" if q else "Klagevejledning")
            d.p(atxt)
    elif layout == "numbered":
        d.p(f"Aftalen er indgået mellem {c.cit.name} og Jobcenter {c.muni} (sagsbehandler {c.cw.name}, tlf. {c.cw.phone}) jf. LAB § 167.")
        if c.cpr:
            d.p(f"CPR-nr.: {c.cpr}")
        items = []
        items.append(f"Målet med mentorstøtten: {ph(g)}")
        if mval is not None:
            items.append(f"Mentorens navn og kontaktdata: {mval}")
        items.append(f"Hvilke opgaver mentoren skal bistå ved: {'; '.join(tk) if tk else ph(None)}")
        if ptxt is not None or fu is not None:
            parts = []
            if ptxt is not None:
                parts.append(ptxt + ".")
            if fu is not None:
                parts.append(fu)
            items.append("Varighed og opfølgning: " + " ".join(parts))
        if hv is not None:
            items.append(f"Timetal: {hv}")
        if atxt:
            items.append(f"Klagevejledning: {atxt}")
        d.ol(items)
    else:  # letter
        d.p(f"Kære {fn}")
        if c.cpr:
            d.p(f"Vedr. {c.cit.name}, cpr.nr. {c.cpr}")
        d.p(f"Vi har {dan_date(c.letter_date, rng, 0)} holdt møde om dit mentorforløb, og her er det, vi aftalte.")
        if g is not None:
            d.p(f"Vi har aftalt følgende mål for forløbet: {g}")
        if mval is not None and mval not in ("-", "Tildeles senere"):
            d.p(f"Din mentor er {mval}.")
        elif mval is not None:
            d.p(f"Mentor: {mval}")
        if tk:
            d.p(f"{mfn if mval and mval not in ('-', 'Tildeles senere') else 'Mentoren'} skal hjælpe dig med:")
            d.ul(tk)
        s = []
        if ptxt is not None:
            s.append(f"Forløbet gælder {ptxt}." if ptxt not in ("indtil videre", "Aftales løbende") else f"Forløbet gælder {ptxt}.")
        if hv is not None:
            s.append(f"Du har {hv} med din mentor." if hv not in HOURS_VAGUE else f"Timer: {hv}.")
        if s:
            d.p(" ".join(s))
        if fu is not None:
            d.p(fu)
        if atxt:
            d.p(atxt)
        d.p(f"Med venlig hilsen\n{c.cw.name}\nJobcenter {c.muni}\nTlf. {c.cw.phone}")
    if tk is None:
        pass
    traits += [f"layout:{layout}"] + [f"defect:{x}" for x in defects]
    return d, "agreement", layout, sorted(rules), sorted(set(extras)), traits, per


# ---------------------------------------------------------------- decisions
def make_decision(c, rng):
    sub = rng.choice(["grant", "grant", "grant", "partial", "refusal", "extension", "grant-bilag"])
    defects = pick_defects(rng, ["appeal-missing", "appeal-incomplete", "appeal-wrong", "over", "reasons-missing"], 0.33)
    if "over" in defects and sub == "refusal":
        defects.remove("over")
    if "reasons-missing" in defects and sub not in ("partial", "refusal"):
        defects.remove("reasons-missing")
    rules, extras, traits = set(), [], [f"subtype:{sub}"]
    per = None
    fn = c.cit.first
    d = Doc(rng.choice({
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"],
        "grant-bilag": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte efter LAB § 167"],
        "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse på din ansøgning om mentor"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"],
    }[sub]))
    d.header = f"Jobcenter {c.muni} · {dan_date(c.letter_date, rng, 0)}"
    d.p(f"{c.cit.name}" + (f"\nCPR-nr. {c.cpr}" if c.cpr else ""))
    d.p(f"Sagsnummer: {c.sagsnr}")
    d.p(rng.choice([f"Kære {fn}", f"Kære {c.cit.name}", f"Hej {fn}"]))
    if sub != "refusal":
        ptxt, per, L = period(c, rng, "over" in defects)
        traits.append(f"period:{L}m")
        if "over" in defects:
            rules.add("duration-over-6-months")
    hv = rng.choice(HOURS[:3] + HOURS[5:7])
    if sub in ("grant", "grant-bilag"):
        d.p(rng.choice([
            f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {ptxt}.",
            f"Jobcenter {c.muni} har besluttet at give dig mentorstøtte, jf. LAB § 167, stk. 1. Støtten gælder {ptxt}.",
        ]))
        d.p(f"Du får {hv} hos {c.prov}. Din mentor kontakter dig inden for en uge.")
        if rng.random() < .5:
            d.h("Begrundelse").p(f"Vi har lagt vægt på, at du har brug for støtte til at fastholde praktikken i {c.wp} og at møde stabilt.")
    elif sub == "partial":
        d.p(f"Du har søgt om mentorstøtte 6 timer om ugen i 9 måneder. Vi har givet dig delvis bevilling: du får {hv} i perioden {ptxt}.")
        if "reasons-missing" not in defects:
            d.h("Begrundelse").p(f"Efter LAB § 167, stk. 1 kan der gives mentorstøtte i højst 6 måneder ad gangen. Vi har lagt vægt på, at din praktik i {c.wp} kun kræver støtte i opstarten, og at behovet vurderes igen ved udløb.")
        else:
            extras.append("missing-reasons")
    elif sub == "refusal":
        d.p(f"Du har den {dan_date(c.letter_date - dt.timedelta(days=20), rng, 0)} søgt om mentorstøtte. Du får afslag på din ansøgning.")
        if "reasons-missing" not in defects:
            d.h("Begrundelse").p("Der kan ikke gives mentorstøtte uden et mål om beskæftigelse eller uddannelse, jf. LAB § 167. Vi har lagt vægt på, at du er bevilget seniorpension og ikke har et job- eller uddannelsesmål.")
        else:
            extras.append("missing-reasons")
    else:
        d.p(f"Din nuværende periode med mentorstøtte udløber snart. Vi har efter en konkret vurdering besluttet at give dig en ny periode {ptxt} med {hv}.")
        d.h("Begrundelse").p(f"Vi har lagt vægt på statusrapporten fra {c.prov}, som viser, at du er kommet i gang med {c.edu}, men stadig har brug for hjælp til fremmødet.")
    amode = {"appeal-missing": "missing", "appeal-incomplete": "incomplete", "appeal-wrong": "wrong"}
    am = next((amode[x] for x in defects if x in amode), "ok")
    atxt, ar, ae = appeal(c, rng, am)
    rules.update(ar)
    extras += ae
    if atxt:
        d.h(rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])).p(atxt)
    d.p(f"Med venlig hilsen\n{c.cw.name}, jobkonsulent\nJobcenter {c.muni}, tlf. {c.cw.phone}")
    if sub == "grant-bilag":
        d.h("Bilag 1: Aftale om mentorstøtte")
        d.kv([("Mål", goal_text(c, rng, "clear")), ("Mentor", f"{c.men.name}, {c.prov}, tlf. {c.men.phone}"),
              ("Mentorens opgaver", "; ".join(tasks(c, rng))), ("Periode", ptxt), ("Timetal", hv),
              ("Opfølgning", rng.choice(FOLLOW)), ("Klagevejledning", "Se afgørelsen ovenfor.")])
    traits += [f"defect:{x}" for x in defects]
    return d, "decision", "letter", sorted(rules), sorted(set(extras)), traits, per


# ---------------------------------------------------------------- Min Plan
def make_minplan(c, rng):
    defects = pick_defects(rng, ["goal-missing", "goal-unclear", "mentor-nocontact", "tasks-missing",
                                 "duration-missing", "over", "hours-missing", "hours-vague"], 0.32)
    if "duration-missing" in defects and "over" in defects:
        defects.remove("over")
    if "goal-missing" in defects and "goal-unclear" in defects:
        defects.remove("goal-unclear")
    rules, traits = set(), []
    per = None
    d = Doc(rng.choice(["Min Plan", f"Min Plan – {c.cit.name}", "Udskrift af Min Plan", "Min Plan: aktiviteter"]))
    d.kv([("Navn", c.cit.name)] + ([("CPR", c.cpr)] if c.cpr else []) +
         [("Udskrevet", dan_date(c.letter_date, rng, 1)), ("Jobcenter", f"Jobcenter {c.muni}")])
    if rng.random() < .4:
        d.h("Aktivitet: Virksomhedspraktik")
        d.kv([("Sted", c.wp), ("Start", dan_date(c.start, rng, 1)),
              ("Slut", dan_date(add_months(c.start, 3), rng, 1)), ("Timer pr. uge", "15"),
              ("Kontaktperson", f"{rng.choice(FIRST)} {rng.choice(LAST)}, tlf. {phone(rng)}")])
        traits.append("other-activity-card")
    d.h(rng.choice(["Aktivitet: Mentorstøtte", "Mentorstøtte (LAB § 167)", "Mentor"]))
    rows = []
    if "goal-missing" not in defects:
        rows.append((rng.choice(["Formål", "Mål", "Formål med mentorstøtten"]),
                     goal_text(c, rng, "unclear" if "goal-unclear" in defects else "clear")))
        if "goal-unclear" in defects:
            rules.add("unclear-goal")
    else:
        rules.add("missing-goal")
        if rng.random() < .5:
            rows.append(("Formål", ""))
    if "mentor-nocontact" in defects:
        rows.append(("Mentor", c.men.name))
        rules.add("missing-mentor")
    else:
        rows.append(("Mentor", f"{c.men.name}, {c.prov}"))
        rows.append(("Kontakt", f"{c.men.phone} / {c.men.mail}"))
    if "tasks-missing" not in defects:
        rows.append((rng.choice(["Mentors opgaver", "Opgaver", "Hvad hjælper mentor med"]), "; ".join(tasks(c, rng))))
    else:
        rules.add("missing-tasks")
    if "duration-missing" not in defects:
        ptxt, per, L = period(c, rng, "over" in defects)
        traits.append(f"period:{L}m")
        if "over" in defects:
            rules.add("duration-over-6-months")
        rows.append(("Periode", ptxt))
    else:
        rules.add("missing-duration")
        rows.append(("Periode", rng.choice(["", "Ikke angivet"])))
    if "hours-missing" in defects:
        rules.add("missing-hours")
    elif "hours-vague" in defects:
        rules.add("missing-hours")
        rows.append(("Timer", rng.choice(HOURS_VAGUE)))
    else:
        rows.append((rng.choice(["Timer", "Timetal", "Timer pr. uge"]), rng.choice(HOURS)))
    d.kv(rows)
    d.p("Har du spørgsmål til din plan, kan du kontakte din jobkonsulent " + f"{c.cw.name} på {c.cw.phone}.")
    traits += [f"defect:{x}" for x in defects]
    return d, "minplan", "plan", sorted(rules), [], traits, per


# ---------------------------------------------------------------- none of the kinds
def u_minutes(c, rng):
    d = Doc(rng.choice(["Referat af netværksmøde", "Referat – opfølgningsmøde", "Mødereferat, teammøde Unge & Uddannelse"]))
    d.kv([("Dato", dan_date(c.start + dt.timedelta(days=40), rng, 0)), ("Sted", f"Jobcenter {c.muni}, mødelokale 2"),
          ("Deltagere", f"{c.cit.name}, {c.men.name} (mentor, {c.prov}), {c.cw.name} (sagsbehandler)"),
          ("Referent", c.cw.name)])
    d.h("Dagsorden")
    d.ol(["Velkomst", "Status på mentorforløbet", "Praktikken", "Eventuelt", "Næste møde"])
    d.h("Ad 2. Status på mentorforløbet")
    d.p(f"{c.men.first} fortalte, at de har mødtes ca. 3 timer om ugen. {c.cit.first} er kommet i gang i {c.wp} og møder som regel til tiden. Målet om løntilskud står fortsat ved magt.")
    d.h("Ad 3. Praktikken")
    d.p(f"Praktikken forlænges ikke. Det blev aftalt, at {c.men.first} fortsat følger med til opstartsmøder.")
    d.h("Aftaler")
    d.ul([f"{c.cw.first} undersøger muligheden for løntilskud", f"{c.men.first} sender status inden næste møde",
          f"Næste møde {dan_date(c.start + dt.timedelta(days=80), rng, 0)} kl. 10.00"])
    return d, "minutes"


def u_status(c, rng):
    d = Doc(rng.choice(["Statusrapport – mentorforløb", "Status fra mentor", "Midtvejsstatus"]))
    d.kv([("Borger", c.cit.name), ("Mentor", f"{c.men.name}, {c.prov}, tlf. {c.men.phone}"),
          ("Forløbsperiode", f"{dan_date(c.start, rng, 1)} – {dan_date(add_months(c.start, 6) - dt.timedelta(days=1), rng, 1)}"),
          ("Forbrugte timer", f"{rng.randint(18, 40)} af 48 timer"), ("Rapportdato", dan_date(add_months(c.start, 3), rng, 1))])
    d.h("Mål og progression")
    d.p(f"Målet for forløbet er, at {c.cit.first} starter på {c.edu}. {c.cit.first} har i perioden mødt op til 9 ud af 11 aftaler.")
    d.h("Hvad har vi arbejdet med")
    d.ul(["Morgenrutine og vækning", "Kontakt til studievejledning", "Transport og busplan"])
    d.h("Mentors vurdering og anbefaling")
    d.p("Det anbefales, at forløbet fortsætter med samme timetal. Næste status sendes om 6 uger.")
    return d, "statusrapport"


def u_invoice(c, rng):
    d = Doc(rng.choice(["FAKTURA", "Faktura nr. " + str(rng.randint(2000, 9999))]))
    d.kv([("Fra", f"{c.prov}, CVR {rng.randint(10000000, 99999999)}"), ("Til", f"{c.muni} Kommune, Jobcenter, EAN 579{rng.randint(10**9, 10**10 - 1)}"),
          ("Fakturadato", dan_date(add_months(c.start, 1), rng, 1)), ("Betalingsbetingelser", "Netto 30 dage"),
          ("Vedr.", f"Mentorstøtte, {c.cit.name}, sagsnr. {c.sagsnr}")])
    h = rng.randint(8, 16)
    d.kv([("Ydelse", "Antal / pris / beløb"), (f"Mentortimer {MONTHS[c.start.month-1]} 2026", f"{h} t à 545,00 kr. = {h*545:,} kr.".replace(",", ".")),
          ("Kørsel", "84 km à 3,81 kr."), ("Moms 25 %", "-"), ("I alt", f"{h*545 + 320:,} kr.".replace(",", "."))])
    d.p(f"Beløbet bedes indbetalt på reg.nr. {rng.randint(1000, 9999)} konto {rng.randint(10**7, 10**8)}. Spørgsmål: {c.men.mail}")
    return d, "faktura"


def u_timesheet(c, rng):
    d = Doc(rng.choice(["Timeseddel – mentor", "Timeregistrering mentorforløb", "Tidsregistrering"]))
    d.kv([("Mentor", c.men.name), ("Borger", c.cit.name), ("Måned", f"{MONTHS[c.start.month-1]} 2026")])
    rows = [("Dato", "Timer / aktivitet")]
    day = c.start
    for _ in range(rng.randint(5, 9)):
        day += dt.timedelta(days=rng.randint(2, 5))
        rows.append((dan_date(day, rng, 1), f"{rng.choice(['1', '1,5', '2', '0,5'])} – {rng.choice(['samtale', 'fulgt til praktik', 'telefon', 'møde på skolen'])}"))
    d.kv(rows)
    d.p("Underskrift mentor: ____________   Godkendt af jobcenter: ____________")
    return d, "timeseddel"


def u_guidance(c, rng):
    d = Doc(rng.choice(["Mentorstøtte", "Sådan foregår mentorstøtte", "Mentor – information til borgere"]))
    d.p(f"{c.muni} Kommune kan give dig en mentor, hvis du har brug for støtte til at komme i job eller uddannelse.")
    d.h("Hvad står der i din mentoraftale?")
    d.ul(["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
          "Hvor længe I forventer at arbejde sammen, og hvordan vi følger op", "Hvor mange timer om ugen",
          "Klagevejledning"])
    d.h("Hvor længe?")
    d.p("Mentorstøtte gives i højst 6 måneder ad gangen, med mulighed for forlængelse efter en konkret vurdering.")
    d.h("Klage")
    d.p("Du kan klage over afgørelsen til kommunen inden fire uger. Kommunen genvurderer, og fastholder vi afgørelsen, sendes klagen videre til Ankestyrelsen.")
    d.p(f"Kontakt Jobcenter {c.muni} på tlf. {c.cw.phone}.")
    return d, "vejledning"


def u_quality(c, rng):
    d = Doc(f"Kvalitetsstandard for mentorstøtte, {c.muni} Kommune 2026")
    d.p(f"Godkendt i Beskæftigelsesudvalget {dan_date(dt.date(2026, 2, rng.randint(1, 27)), rng, 0)}.")
    d.h("Lovgrundlag")
    d.p("Lov om en aktiv beskæftigelsesindsats kapitel 26, §§ 167-171, samt bekendtgørelse om en aktiv beskæftigelsesindsats.")
    d.h("Serviceniveau")
    d.kv([("Niveau 1", "0-1 time pr. uge, opfølgning hver 3. måned"), ("Niveau 2", "1-2 timer pr. uge, opfølgning hver måned"),
          ("Niveau 3", "mere end 2 timer pr. uge, opfølgning hver måned")])
    d.h("Krav til den skriftlige aftale")
    d.ol(["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal bistå ved",
          "varigheden af aftalen og opfølgning – inklusiv mål for progression", "timetallet", "klagevejledning"])
    d.p("Der evalueres altid 14 dage før støtteperiodens ophør sammen med borgeren.")
    return d, "kvalitetsstandard"


def u_leaflet(c, rng):
    d = Doc(rng.choice(["Har du brug for en mentor?", "Mentor – en håndsrækning på vej mod job", "Få en mentor ved din side"]))
    d.p("En mentor er en person, der hjælper dig i hverdagen, så du kan passe dit job, din praktik eller din uddannelse.")
    d.h("Hvad kan en mentor hjælpe med?")
    d.ul(["At komme op om morgenen", "At finde vej til praktikstedet", "At forstå breve fra kommunen", "At tale med din chef"])
    d.h("Hvordan får du en mentor?")
    d.p("Tal med din jobkonsulent. Sammen finder I ud af, om en mentor er det rigtige for dig.")
    d.p(f"{c.prov} · tlf. {c.men.phone} · www.{c.prov.split()[0].lower().replace('ø', 'o')}.dk")
    return d, "folder"


def u_club(c, rng):
    club = rng.choice(["Boldklubben Frem", f"{c.muni} IF, ungdomsafdelingen", "Håndboldklubben Stjernen"])
    d = Doc("Mentoraftale")
    d.p(f"Aftale mellem {c.cit.first} (U17) og klubmentor {c.men.name}, {club}.")
    d.h("Mål")
    d.p(f"{c.cit.first} kommer til træning to gange om ugen og bliver hjælpetræner for U11 i næste sæson.")
    d.h("Hvad hjælper mentoren med?")
    d.ul(["Lektiehjælp i klubhuset tirsdag", "Samtale om skole og fritid", "Kørsel til kampe"])
    d.h("Periode og tid")
    d.p(f"Forårssæsonen, {dan_date(c.start, rng, 0)} til sommerferien, ca. 1 time om ugen efter træning.")
    d.p(f"Kontakt: {c.men.name}, tlf. {c.men.phone}. Projektet er støttet af DIF og Nordea-fonden.")
    d.p("Underskrift spiller: ________  Underskrift forælder: ________")
    return d, "privat-mentoraftale-klub"


def u_school(c, rng):
    school = rng.choice(["Østerlund Friskole", "Lindegårdens Efterskole", "Friskolen i Bækby"])
    d = Doc(rng.choice([f"Mentoraftale – {school}", "Elevmentoraftale"]))
    d.kv([("Elev", f"{c.cit.first}, 8.b"), ("Mentor (lærer)", f"{c.men.name}, {c.men.mail}"),
          ("Mål", "Aflevere alle danskopgaver til tiden og deltage i brobygning til EUD i foråret"),
          ("Opgaver", "Ugentlig snak om lektier; hjælp til planlægning af afleveringer"),
          ("Periode", f"{dan_date(c.start, rng, 1)} – {dan_date(add_months(c.start, 4), rng, 1)}"),
          ("Tid", "20 minutter hver fredag i 2. frikvarter")])
    d.p("Aftalen er frivillig og indgået mellem skolen, eleven og forældrene. Den følges op ved skole-hjem-samtalen.")
    return d, "privat-mentoraftale-skole"


def u_other_benefit(c, rng):
    kinds = ["befordring", "sanktion", "tandpleje", "enkeltydelse"]
    kind = kinds[_CYCLE.setdefault("benefit", rng.randrange(4)) % 4]
    _CYCLE["benefit"] += 1
    if kind == "befordring":
        d = Doc("Afgørelse om befordringsgodtgørelse")
        d.p(f"Kære {c.cit.first}. Du har søgt om befordringsgodtgørelse til din praktik i {c.wp}. Vi bevilger godtgørelse efter LAB § 82 fra {dan_date(c.start, rng, 0)} til {dan_date(add_months(c.start, 3), rng, 0)}.")
        d.p("Godtgørelsen udbetales bagudrettet, når du har sendt kørselsskemaet.")
    elif kind == "sanktion":
        d = Doc("Afgørelse om nedsættelse af kontanthjælp")
        d.p(f"Du udeblev fra samtale {dan_date(c.start, rng, 0)} uden rimelig grund. Vi trækker derfor din kontanthjælp for én dag, jf. aktivloven § 36.")
        d.h("Begrundelse").p("Vi har lagt vægt på, at du var indkaldt via Digital Post og ikke har meldt afbud.")
    elif kind == "tandpleje":
        d = Doc("Afgørelse om hjælp til tandbehandling")
        d.p(f"Du har søgt om hjælp til tandbehandling efter aktivlovens § 82 a. Vi bevilger 4.250 kr.")
    else:
        d = Doc("Afslag på hjælp til enkeltudgifter")
        d.p("Du har søgt om hjælp til en ny vaskemaskine. Du får afslag, fordi udgiften ikke er opstået på grund af en ændring i dine forhold, jf. aktivloven § 81.")
    if c.cpr:
        d.p(f"CPR-nr.: {c.cpr}")
    d.h("Klagevejledning").p("Du kan klage til kommunen inden 4 uger efter, at du har modtaget afgørelsen. Hvis kommunen fastholder afgørelsen, sendes klagen til Ankestyrelsen.")
    d.p(f"Med venlig hilsen\n{c.cw.name}\nYdelsescentret, {c.muni} Kommune")
    return d, f"anden-ydelse-{kind}"


def u_invite(c, rng):
    d = Doc(rng.choice(["Indkaldelse til opfølgningsmøde", "Invitation: statusmøde om dit mentorforløb", "Mødeindkaldelse"]))
    t = c.start + dt.timedelta(days=rng.randint(30, 70))
    d.p(f"Hej {c.cit.first}")
    d.p(f"Du indkaldes til møde {dan_date(t, rng, 7)} kl. {rng.choice(['9.00', '10.30', '13.00'])} i Jobcenter {c.muni}. Din mentor {c.men.first} deltager også.")
    d.p("Vi skal tale om, hvordan det går, og om der er behov for at ændre noget i jeres aftale. Mødet varer ca. en time.")
    d.p(f"Kan du ikke komme, så ring til mig på {c.cw.phone}.")
    d.p(f"Venlig hilsen\n{c.cw.name}")
    return d, "moedeindkaldelse"


def u_receipt(c, rng):
    d = Doc(rng.choice(["Kvittering for modtagelse", "Vi har modtaget din ansøgning", "Kvittering"]))
    d.p(f"Tak for din ansøgning om mentorstøtte, som vi modtog {dan_date(c.letter_date - dt.timedelta(days=14), rng, 0)}.")
    d.p("Vi behandler ansøgningen hurtigst muligt og forventer at kunne give dig svar inden for 4 uger. Du skal ikke gøre mere lige nu.")
    d.p(f"Journalnummer: {c.sagsnr}")
    return d, "kvittering"


def u_dpnotice(c, rng):
    d = Doc("Du har fået ny post")
    d.p(f"Du har modtaget et brev fra {c.muni} Kommune i din digitale postkasse: \"Afgørelse om mentorstøtte\".")
    d.p("Log ind på borger.dk eller i appen Digital Post for at læse brevet. Denne mail er sendt automatisk og kan ikke besvares.")
    return d, "digital-post-notifikation"


def u_order(c, rng):
    d = Doc("Bestilling af mentorforløb")
    d.kv([("Leverandør", c.prov), ("Bestilt af", f"{c.cw.name}, Jobcenter {c.muni}"), ("Borger", c.cit.name),
          ("Ønsket opstart", dan_date(c.start, rng, 1)), ("Timer", "3 timer pr. uge"), ("Fokus", "Fremmøde i praktik")])
    d.p("Leverandøren bedes bekræfte opstart og mentorens navn inden 5 arbejdsdage. Selve aftalen med borgeren udarbejdes ved opstartsmødet.")
    return d, "bestilling"


UNKNOWN_MAKERS = [u_minutes, u_status, u_invoice, u_timesheet, u_guidance, u_quality, u_leaflet, u_club,
                  u_school, u_other_benefit, u_invite, u_receipt, u_dpnotice, u_order]


# ---------------------------------------------------------------- assembly
def slug(t):
    t = t.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("§", ""), ("–", "-")):
        t = t.replace(a, b)
    return "-".join("".join(ch if ch.isalnum() else " " for ch in t).split())[:50]


def doc_text(d: Doc) -> str:
    out = [d.header or "", d.footer or ""]
    for _, v in d.blocks:
        if isinstance(v, str):
            out.append(v)
        else:
            for x in v:
                out.extend(x if isinstance(x, tuple) else [x])
    return "\n".join(out)


def write(d: Doc, fmt: str, path: Path, c: Case, rng):
    if fmt == "docx":
        r_docx(d, path, rng)
    elif fmt == "pdf":
        r_pdf(d, path, rng)
    elif fmt == "odt":
        r_odt(d, path, rng)
    elif fmt == "txt":
        enc = "cp1252" if rng.random() < .15 else "utf-8"
        path.write_bytes(r_txt(d, rng, md=rng.random() < .3).encode(enc, errors="replace"))
        return f"txt:{enc}"
    elif fmt == "html":
        path.write_text(r_html(d, rng, rng.choice(["Momentum", "Fasit", "KMD Nexus", "Opus Sag"])), encoding="utf-8")
    elif fmt == "rtf":
        path.write_text(r_rtf(d, rng), encoding="ascii")
    elif fmt == "eml":
        sig = f"Med venlig hilsen\n{c.cw.name}\nJobkonsulent, Jobcenter {c.muni}\nDirekte: {c.cw.phone}\n{c.cw.mail}"
        if "hilsen" in doc_text(d).lower() or d.blocks[0][1] == "Du har fået ny post":
            sig = ""
        sender = (f"Digital Post <noreply@digitalpost.dk>" if d.blocks[0][1] == "Du har fået ny post"
                  else f"{c.cw.name} <{c.cw.mail}>")
        quoted = None
        if rng.random() < .4:
            quoted = f"Fra: {c.cit.name}\nSendt: {dan_date(c.letter_date, rng, 0)}\n\nHej {c.cw.first}\nKan du sende mig papirerne igen? Jeg kan ikke finde dem.\nHilsen {c.cit.first}"
        path.write_bytes(r_eml(d, rng, sender, f"{c.cit.name} <borger{c.n}@mail.dk>",
                               d.blocks[0][1], c.letter_date, sig, quoted))
    return fmt


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    rng = random.Random(SEED)
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    root = "eksport_kvalitet_2026-11-27"
    plan = ["agreement"] * 24 + ["decision"] * 18 + ["minplan"] * 18 + ["unknown"] * 40
    rng.shuffle(plan)
    fmts = {
        "agreement": ["docx", "pdf", "odt", "txt", "html", "eml", "rtf"],
        "decision": ["pdf", "docx", "eml", "rtf", "odt", "html", "pdf"],
        "minplan": ["html", "pdf", "txt", "html", "pdf", "docx"],
        "unknown": ["docx", "pdf", "odt", "txt", "html", "eml", "rtf", "pdf", "docx"],
    }
    eml_unknown = {u_invite, u_receipt, u_dpnotice}
    entries = []
    ui = 0
    counters = {k: 0 for k in fmts}
    for i, kind in enumerate(plan):
        c = Case(rng, 4100 + i)
        extras, per, traits = [], None, []
        if kind == "agreement":
            d, kind_, layout, rules, extras, traits, per = make_agreement(c, rng)
            subtype = "agreement"
        elif kind == "decision":
            d, kind_, layout, rules, extras, traits, per = make_decision(c, rng)
            subtype = "decision"
        elif kind == "minplan":
            d, kind_, layout, rules, extras, traits, per = make_minplan(c, rng)
            subtype = "minplan"
        else:
            maker = UNKNOWN_MAKERS[ui % len(UNKNOWN_MAKERS)]
            ui += 1
            d, subtype = maker(c, rng)
            if c.cpr and maker in (u_minutes, u_status, u_invoice, u_timesheet, u_invite, u_order):
                d.blocks.insert(1, ("kv", [("Borger", c.cit.name), ("CPR-nr.", c.cpr)]))
            kind_, layout, rules = "unknown", "mixed", []
            traits = ["not-a-mentor-document-kind"]
        if kind_ == "unknown" and maker in eml_unknown:
            fmt = "eml"
        else:
            fl = fmts[kind_]
            fmt = fl[counters[kind_] % len(fl)]
            counters[kind_] += 1
        if kind_ != "unknown" and rng.random() < .25:
            d.footer = rng.choice([f"Jobcenter {c.muni} · Torvet 1 · tlf. {c.cw.phone} · www.{slug(c.muni)}.dk",
                                   f"Sagsnr. {c.sagsnr}", f"{c.muni} Kommune, Beskæftigelse"])
        name_style = rng.random()
        stem = (f"{c.letter_date.isoformat()}_{slug(d.blocks[0][1])}" if name_style < .6
                else f"Dokument_{rng.randint(100000, 999999)}")
        sub = f"Sag_{c.sagsnr.split('-')[2]}" if rng.random() < .8 else "Uden_sag"
        rel = Path(root) / sub / f"{stem}.{fmt}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        wtrait = write(d, fmt, out / rel, c, rng)
        must = [c.cpr] if c.cpr and c.cpr in doc_text(d) else []
        if must:
            traits = traits + ["cpr"]
        if wtrait != fmt:
            traits = traits + [wtrait]
        e = {"path": rel.as_posix(), "format": fmt, "kind": kind_, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": traits}
        if per:
            e["period"] = per
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
