#!/usr/bin/env python3
"""Corpus HB: a municipality's yearly quality-audit sample of LAB § 167 mentor case files.

Deterministic: python make_corpus_hb.py --out /work/corpora/hb [--seed 1917]
"""
from __future__ import annotations

import argparse, datetime as dt, json, random, shutil, subprocess, tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
ALLOWED = {"agreement": set(NINE),
           "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                       "missing-hours", "duration-over-6-months", "unclear-goal"},
           "decision": {"missing-appeal-guidance", "duration-over-6-months"}, "unknown": set()}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

CASEWORKERS = {
    "mkj": ("Mette Kjær", "mkj@vesthavn.dk", "72 36 41 10", "table"),
    "jho": ("Jonas Holm", "joho@vesthavn.dk", "72 36 41 22", "terse"),
    "faz": ("Fatima Aziz", "faaz@vesthavn.dk", "72 36 41 37", "numbered"),
    "bra": ("Bent Rasmussen", "bera@vesthavn.dk", "72 36 41 05", "paper"),
    "lve": ("Line Vestergaard", "live@vesthavn.dk", "72 36 41 48", "system"),
}
PROVIDERS = {
    "mh": ("Mentorhuset Vest ApS", "mentorhuset-vest.dk"),
    "km": ("Kompas Mentor & Job", "kompasmentor.dk"),
    "br": ("Broen – socialøkonomisk virksomhed", "broen-vesthavn.dk"),
}
MENTORS = [("Lars Østergaard", "mh", "23 45 67 89"), ("Sanne Bøgh", "mh", "28 11 90 43"),
           ("Kim Thygesen", "km", "40 52 18 77"), ("Nadia Rahimi", "km", "31 66 02 54"),
           ("Per Juul", "br", "26 70 33 18"), ("Helle Dam", "br", "22 84 19 06"),
           ("Tobias Krag", None, "72 36 44 90")]
CITIZENS = ["Anna Mikkelsen", "Ahmed Haddad", "Mads Frederiksen", "Sofie Lund", "Jesper Nørgaard",
            "Camilla Brandt", "Yusuf Demir", "Maria Kowalska", "Rasmus Dahl", "Louise Winther",
            "Emil Skov", "Hiba Saleh", "Thomas Berg", "Julie Andersen", "Kasper Mølgaard",
            "Nanna Friis", "Oliver Bech", "Sara Olsen", "Ali Farah", "Mathilde Krogh",
            "Jacob Lindholm", "Trine Holt", "Morten Vinther", "Ida Paulsen"]

GOALS_CLEAR = [
    "{fn} er i virksomhedspraktik 15 timer om ugen i Netto, Storegade, senest 1. {m2}, med henblik på løntilskud.",
    "{fn} starter på SOSU-hjælperuddannelsen på SOSU Vest i august og møder mindst fire dage om ugen.",
    "{fn} gennemfører grundforløb 1 på Vesthavn Tekniske Skole med højst 10 % fravær.",
    "{fn} fastholder sit fleksjob som pedelmedhjælper på Søndermarkskolen 12 timer om ugen.",
    "{fn} er i ordinære timer på lageret hos Dansk Fjer A/S, mindst 20 timer om ugen, ved periodens udløb.",
    "{fn} møder stabilt i praktik i køkkenet på Plejecenter Solgården tre dage om ugen og kan derefter overgå til løntilskud.",
    "Hovedformål: {fn} fastholder sin plads på FGU Vesthavn (produktionsgrunduddannelse, værkstedsspor) og møder mindst 4 ud af 5 dage.",
    "{fn} er efter udskrivning i gang med et kontaktforløb og har påbegyndt praktik i Genbrugsbutikken Broen 2 dage om ugen.",
]
GOALS_UNCLEAR = [
    "Øget trivsel og mere struktur på hverdagen.",
    "Støtte til at komme videre i livet og få det bedre med sig selv.",
    "At {fn} kommer tættere på arbejdsmarkedet.",
    "Sikre at {fn} får styr på sin økonomi og sine aftaler.",
    "Motivere {fn} og styrke selvværdet.",
]
TASKS = [
    "Følge {fn} til praktikstedet de første to uger; ugentlig samtale om fremmøde, transport og samarbejdet med kolleger.",
    "Hjælpe med at planlægge ugen, tage med til første møde på skolen og være bindeled til studievejlederen.",
    "Vække-opkald mandag-onsdag de første fire uger, træne busruten, og afholde samtale med arbejdsgiver hver anden uge.",
    "Støtte i at håndtere post fra e-Boks, holde aftaler med lægen og forberede samtaler med jobcentret.",
    "Sparring med arbejdspladsens kontaktperson om opgaver og pauser; hjælpe {fn} med at sige til, når det bliver for meget.",
]


def dk(d: dt.date, style: str = "words") -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day}. {MONTHS[d.month-1][:3]}. {d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def end_of(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def sender(date: dt.date, family: str) -> str:
    if date >= dt.date(2026, 2, 1):
        return "Vesthavn Kommune · Beskæftigelse og Unge"
    if family == "A":
        return "Jobcenter Vesthavn · Team Job og Sundhed"
    return "Jobcenter Vesthavn · Ungeenheden"


def body_name(date):
    return "kommunen" if date >= dt.date(2026, 2, 1) else "Jobcenter Vesthavn"


APPEALS = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {b} inden 4 uger fra du har modtaget dette brev. "
    "Du kan klage skriftligt eller mundtligt. {B} genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, "
    "sender vi din klage og sagens akter videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Du kan klage over afgørelsen. Klagen skal være modtaget hos {b} senest fire uger efter, at du har fået afgørelsen. "
    "Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen videre til Ankestyrelsen. Du kan ikke klage direkte til Ankestyrelsen.",
    "Klagefrist: 4 uger. Send klagen til {b} (sikker mail eller ring til din sagsbehandler). "
    "Afgørelsen genvurderes, og fastholdes den, videresendes klagen til Ankestyrelsen, jf. LAB § 204.",
]
APPEAL_BAD = [
    ("Du kan klage over afgørelsen.", "appeal:bare"),
    ("Hvis du er uenig, er du velkommen til at kontakte din sagsbehandler.", "appeal:contact-only"),
    ("Klage over afgørelse om befordringsgodtgørelse: Du kan klage til kommunen inden 4 uger. Klagen sendes til Ankestyrelsen, hvis afgørelsen fastholdes.", "appeal:other-subject"),
    (None, "appeal:absent"),
]


class Doc:
    def __init__(self, path, kind, subtype, layout, fmt, rules, traits, blocks, title, meta,
                 period=None, cprs=()):
        self.__dict__.update(locals()); del self.__dict__["self"]


# ---------------------------------------------------------------- block helpers
# blocks: ("h", text) | ("p", text) | ("kv", label, value) | ("sig", text)

def fields_block(style, items):
    """items: list of (label, value); value None = field omitted entirely."""
    out = []
    items = [(l, v) for l, v in items if v is not None]
    if style == "numbered":
        for i, (l, v) in enumerate(items, 1):
            out.append(("p", f"{i}) {l}: {v}"))
    elif style in ("table", "system"):
        for l, v in items:
            out.append(("kv", l, v))
    elif style == "terse":
        for l, v in items:
            out.append(("p", f"{l.upper()}: {v}"))
    else:  # paper / headings
        for l, v in items:
            out.append(("h", l)); out.append(("p", v))
    return out


# ---------------------------------------------------------------- renderers

def render_text(doc) -> str:
    lines = [doc.title, "=" * len(doc.title), ""]
    for b in doc.blocks:
        if b[0] == "h":
            lines += ["", b[1], "-" * len(b[1])]
        elif b[0] == "kv":
            lines.append(f"{b[1]:<28} {b[2]}")
        else:
            lines.append(b[1])
    return "\n".join(lines) + "\n"


def render_html(doc) -> str:
    import html as h
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{h.escape(doc.title)}</title>",
             "<style>body{font-family:Arial;font-size:11pt} td{border:1px solid #999;padding:3px 6px} .lbl{background:#eef;font-weight:bold;width:30%}</style></head><body>",
             f"<div class=\"hdr\">{h.escape(doc.meta.get('sender',''))}</div><h1>{h.escape(doc.title)}</h1>"]
    table = False
    for b in doc.blocks:
        if b[0] == "kv":
            if not table:
                parts.append("<table>"); table = True
            parts.append(f"<tr><td class=\"lbl\">{h.escape(b[1])}</td><td>{h.escape(b[2])}</td></tr>")
            continue
        if table:
            parts.append("</table>"); table = False
        if b[0] == "h":
            parts.append(f"<h3>{h.escape(b[1])}</h3>")
        else:
            parts.append(f"<p>{h.escape(b[1])}</p>")
    if table:
        parts.append("</table>")
    parts.append(f"<p class=\"ft\">Udskrevet fra sagssystemet {doc.meta.get('printed','')}</p></body></html>")
    return "\n".join(parts)


def render_docx(doc, path):
    import docx
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc.meta.get("sender", "")
    d.add_heading(doc.title, level=1)
    table = None
    for b in doc.blocks:
        if b[0] == "kv":
            if table is None:
                table = d.add_table(rows=0, cols=2); table.style = "Table Grid"
            r = table.add_row().cells; r[0].text = b[1]; r[1].text = b[2]
            continue
        table = None
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        else:
            d.add_paragraph(b[1])
    d.core_properties.author = doc.meta.get("author", "")
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.save(path)


def render_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    o = OpenDocumentText()
    o.text.addElement(H(outlinelevel=1, text=doc.title))
    t = None
    for b in doc.blocks:
        if b[0] == "kv":
            if t is None:
                t = Table(name=f"T{len(o.text.childNodes)}"); t.addElement(TableColumn(numbercolumnsrepeated=2)); o.text.addElement(t)
            tr = TableRow(); t.addElement(tr)
            for x in b[1:]:
                c = TableCell(); c.addElement(P(text=x)); tr.addElement(c)
            continue
        t = None
        o.text.addElement(H(outlinelevel=2, text=b[1]) if b[0] == "h" else P(text=b[1]))
    o.save(str(path))


def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(doc) -> str:
    p = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22",
         r"{\pard\b\fs28 " + rtf_esc(doc.title) + r"\par}"]
    for b in doc.blocks:
        if b[0] == "h":
            p.append(r"{\pard\sb120\b " + rtf_esc(b[1]) + r"\par}")
        elif b[0] == "kv":
            p.append(r"\trowd\cellx3000\cellx9000\intbl " + rtf_esc(b[1]) + r"\cell " + rtf_esc(b[2]) + r"\cell\row")
        else:
            p.append(r"{\pard " + rtf_esc(b[1]) + r"\par}")
    return "\n".join(p) + "}\n"


def render_pdf(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from xml.sax.saxutils import escape
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=10, leading=13)
    hs = ParagraphStyle("h", parent=n, fontName="DVB", fontSize=11, spaceBefore=8)
    ts = ParagraphStyle("t", parent=n, fontName="DVB", fontSize=14, spaceAfter=10)
    story = [Paragraph(escape(doc.meta.get("sender", "")), n), Spacer(1, 12), Paragraph(escape(doc.title), ts)]
    rows = []
    def flush():
        if rows:
            t = Table([[Paragraph(escape(a), hs), Paragraph(escape(b), n)] for a, b in rows], colWidths=[140, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#777777"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t); rows.clear()
    for b in doc.blocks:
        if b[0] == "kv":
            rows.append((b[1], b[2])); continue
        flush()
        story.append(Paragraph(escape(b[1]), hs if b[0] == "h" else n))
    flush()
    SimpleDocTemplate(str(path), pagesize=A4, title=doc.title, author=doc.meta.get("author", ""),
                      invariant=1).build(story)


def render_scan(doc, path, rng):
    """Signed paper, scanned: text drawn on a page image, slightly skewed, OCR'd by tesseract into a PDF."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import textwrap
    W, H = 1654, 2339  # A4 @ 200 dpi
    f = ImageFont.truetype(FONT, 30); fb = ImageFont.truetype(FONT_B, 34)
    lines = [(doc.meta.get("sender", ""), f), ("", f), (doc.title, fb), ("", f)]
    for b in doc.blocks:
        if b[0] == "h":
            lines += [("", f), (b[1], fb)]
        elif b[0] == "kv":
            for i, w in enumerate(textwrap.wrap(f"{b[1]}: {b[2]}", 80)):
                lines.append((w, f))
        else:
            for w in textwrap.wrap(b[1], 85) or [""]:
                lines.append((w, f))
    pages, cur, y = [], [], 0
    for ln in lines:
        if y > H - 300:
            pages.append(cur); cur, y = [], 0
        cur.append(ln); y += 44
    pages.append(cur)
    tmp = Path(tempfile.mkdtemp(prefix="hbscan"))
    pdfs = []
    for i, pg in enumerate(pages):
        img = Image.new("L", (W, H), 250); dr = ImageDraw.Draw(img)
        y = 140
        for t, ff in pg:
            dr.text((150, y), t, font=ff, fill=20); y += 44
        if i == len(pages) - 1:
            dr.text((150, y + 60), "Underskrift borger: ________________   Underskrift sagsbehandler: ______________", font=f, fill=20)
            dr.line([(200, y + 50), (480, y + 20)], fill=40, width=3)
        for _ in range(900):
            dr.point((rng.randrange(W), rng.randrange(H)), fill=rng.randint(90, 200))
        img = img.rotate(rng.uniform(-0.8, 0.8), fillcolor=250, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
        ip = tmp / f"p{i}.png"; img.save(ip, dpi=(200, 200))
        subprocess.run(["tesseract", str(ip), str(tmp / f"p{i}"), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdfs.append(tmp / f"p{i}.pdf")
    from pypdf import PdfWriter
    w = PdfWriter()
    for p in pdfs:
        w.append(str(p))
    with open(path, "wb") as fh:
        w.write(fh)
    shutil.rmtree(tmp)


def render_eml(doc, path, rng):
    m = EmailMessage()
    m["From"] = doc.meta.get("from", "Vesthavn Kommune <noreply@vesthavn.dk>")
    m["To"] = doc.meta.get("to", "mentor@kompasmentor.dk")
    m["Subject"] = doc.meta.get("subject", doc.title)
    d = doc.meta["date"]
    m["Date"] = format_datetime(dt.datetime(d.year, d.month, d.day, 9 + rng.randint(0, 6), rng.randint(0, 59),
                                            tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{abs(hash(doc.path)) % 10**12}.{d.isoformat()}@vesthavn.dk>"
    text = "\n".join((b[1] if b[0] != "kv" else f"{b[1]}: {b[2]}") for b in doc.blocks)
    m.set_content(doc.meta.get("greeting", "") + text + "\n")
    if doc.meta.get("html_alt"):
        m.add_alternative(render_html(doc), subtype="html")
    path.write_bytes(bytes(m))


def write_doc(doc, root: Path, rng):
    p = root / doc.path
    p.parent.mkdir(parents=True, exist_ok=True)
    f = doc.fmt
    if f == "txt":
        p.write_text(render_text(doc), encoding=doc.meta.get("enc", "utf-8"))
    elif f == "html":
        p.write_text(render_html(doc), encoding="utf-8")
    elif f == "rtf":
        p.write_text(render_rtf(doc), encoding="ascii")
    elif f == "docx":
        render_docx(doc, p)
    elif f == "odt":
        render_odt(doc, p)
    elif f == "pdf" and "scan" in doc.traits:
        render_scan(doc, p, rng)
    elif f == "pdf":
        render_pdf(doc, p)
    elif f == "eml":
        render_eml(doc, p, rng)
    else:
        raise ValueError(f)


# ---------------------------------------------------------------- content builders
MERGE = dt.date(2025, 9, 1)


def family_of(cw, date):
    if date >= MERGE:
        return "M"
    return "A" if cw in ("mkj", "bra", "jho") else "B"


def sender_of(cw, date):
    if date >= dt.date(2026, 2, 1):
        return "Vesthavn Kommune · Beskæftigelse og Unge · Rådhustorvet 4 · 6900 Vesthavn"
    if date >= MERGE:
        return "Jobcenter Vesthavn · Beskæftigelse og Unge (sammenlagt 1. september 2025)"
    return ("Jobcenter Vesthavn · Team Job og Sundhed" if family_of(cw, date) == "A"
            else "Jobcenter Vesthavn · Ungeenheden")


def period_text(rng, start, end, style):
    v = rng.randint(0, 4)
    if v == 0:
        return f"{dk(start)} – {dk(end)}"
    if v == 1:
        return f"{dk(start, 'dots')}-{dk(end, 'dots')}"
    if v == 2:
        return f"fra {dk(start, 'slash')} til {dk(end, 'slash')}"
    if v == 3:
        return f"f.o.m. {dk(start, 'abbr')} t.o.m. {dk(end, 'abbr')}"
    return f"{dk(start, 'short')} – {dk(end, 'short')}"


def mentor_line(rng, mentor, defect):
    name, prov, tel = mentor
    pname, dom = PROVIDERS[prov] if prov else ("Vesthavn Kommune, intern mentorenhed", "vesthavn.dk")
    mail = name.split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae") + "@" + dom
    if defect:
        return rng.choice([f"{name}, {pname}", "Tildeles af leverandøren ved opstart", f"{pname}"]), "mentor:" + "no-contact"
    return rng.choice([f"{name}, {pname}, tlf. {tel}, {mail}", f"{name} ({pname}) – mobil {tel}",
                       f"{name}, {pname}. Mail: {mail}"]), "mentor:ok"


def appeal_text(rng, date, ok):
    if ok:
        b = body_name(date)
        return rng.choice(APPEALS).format(b=b, B=b[0].upper() + b[1:]), "appeal:ok"
    return rng.choice(APPEAL_BAD)


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.docs = []
        self.ci = 0

    def citizen(self):
        c = CITIZENS[self.ci % len(CITIZENS)]; self.ci += 1
        return c

    def header(self, cw, date, citizen, cprv, sag):
        name, mail, tel, _ = CASEWORKERS[cw]
        hb = [("kv", "Borger", citizen + (f", cpr.nr. {cprv}" if cprv else "")),
              ("kv", "Sagsnr.", sag), ("kv", "Sagsbehandler", f"{name}, tlf. {tel}, {mail}"),
              ("kv", "Dato", dk(date, "dots"))]
        if CASEWORKERS[cw][3] in ("terse", "paper", "numbered"):
            hb = [("p", f"Vedr.: {citizen}" + (f" (CPR {cprv})" if cprv else "") + f" · sag {sag}"),
                  ("p", f"Sagsbehandler: {name}, {tel}, {mail} · {dk(date)}")]
        return hb

    def sag(self):
        return f"15.02.12-G01-{self.rng.randint(100, 9999)}-{self.rng.randint(24, 26)}"

    # ------------------------------------------------------------ agreement
    def agreement(self, cw, fmt, start, months, defects, with_cpr=False, extension=False, extra_traits=()):
        rng = self.rng
        style = CASEWORKERS[cw][3]
        date = start - dt.timedelta(days=rng.randint(3, 14))
        cit = self.citizen(); fn = cit.split()[0]
        mentor = rng.choice(MENTORS)
        cprv = cpr(rng) if with_cpr else None
        traits = [f"cw:{cw}", f"family:{family_of(cw, date)}"] + list(extra_traits)
        end = end_of(start, months)
        m2 = MONTHS[add_months(start, 2).month - 1]
        # goal
        if "missing-goal" in defects:
            goal = rng.choice(["Udfyldes senere", "-", None]); traits.append("goal:" + ("absent" if goal is None else "placeholder"))
        elif "unclear-goal" in defects:
            goal = rng.choice(GOALS_UNCLEAR).format(fn=fn); traits.append("goal:unclear")
        else:
            goal = rng.choice(GOALS_CLEAR).format(fn=fn, m2=m2)
        mtxt, mt = mentor_line(rng, mentor, "missing-mentor" in defects); traits.append(mt)
        if "missing-tasks" in defects:
            tasks = rng.choice(["-", None, "Aftales mellem mentor og borger"]); traits.append("tasks:missing")
        else:
            tasks = rng.choice(TASKS).format(fn=fn)
        if "missing-duration" in defects:
            per = rng.choice([None, "Indtil videre", f"Fra {dk(start)} – indtil videre"]); traits.append("duration:missing")
        elif "duration-over-6-months" in defects:
            end = end_of(start, months)
            per = rng.choice([period_text(rng, start, end, style), f"fra {dk(start)} og {months} måneder frem"])
            traits.append(f"period:{months}m")
        else:
            per = period_text(rng, start, end, style) if rng.random() < 0.8 else f"pr. {dk(start)} i {months} måneder"
            traits.append(f"period:{months}m")
        if "missing-hours" in defects:
            hrs = rng.choice([None, "Efter behov", "Et par timer om ugen"]); traits.append("hours:missing")
        else:
            hrs = rng.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "1,5 time pr. uge"])
        if "missing-follow-up" in defects:
            fu = rng.choice([None, "Opfølgning sker løbende.", "Der følges op efter behov."]); traits.append("followup:missing")
        else:
            fu = rng.choice(["Statusmøde med borger, mentor og sagsbehandler hver måned. Evaluering 14 dage før ophør. Delmål: fremmøde 4 af 5 dage.",
                             "Mentor sender kort status hver 4. uge; opfølgningssamtale i jobcentret efter 3 måneder og 14 dage inden støtteperioden ophører.",
                             "Midtvejsevaluering efter 3 måneder; progression måles på antal fremmødedage pr. uge."])
        ap, at = appeal_text(rng, date, "missing-appeal-guidance" not in defects); traits.append(at)
        title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale (LAB § 167)", "Aftale om mentorforløb",
                            "Skriftlig aftale om mentorstøtte"])
        if extension:
            title = "Aftale om forlænget mentorstøtte"; traits.append("extension")
        if style == "paper":
            title += " (jf. § 31 b / § 167)"
        blocks = self.header(cw, date, cit, cprv, self.sag())
        intro = rng.choice([f"{fn} og {body_name(date)} har i dag aftalt mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167.",
                            "Denne aftale beskriver din mentorstøtte. Læs den igennem og kontakt din sagsbehandler, hvis noget er forkert.",
                            "Aftalen er indgået på mødet med borgeren og gælder sammen med Min Plan."])
        blocks.append(("p", intro))
        labels = {"table": ["Målet med mentorstøtten", "Mentor", "Mentorens opgaver", "Periode", "Timetal", "Opfølgning"],
                  "numbered": ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Opgaver mentoren skal bistå ved",
                               "Varighed", "Timetal", "Opfølgning og progression"],
                  "terse": ["Mål", "Mentor", "Opgaver", "Periode", "Timer", "Opfølgning"],
                  "paper": ["Formål", "Mentor", "Mentorens opgaver", "Aftalens varighed", "Timeantal", "Opfølgning"],
                  "system": ["Mål for indsatsen", "Mentor (navn/kontakt)", "Indsatsområder", "Bevilget periode", "Timer pr. uge", "Opfølgning"]}[style]
        vals = [goal, mtxt, tasks, per, hrs, fu]
        if style == "system" and hrs and "pr. uge" in hrs:
            vals[4] = hrs.replace(" pr. uge", "")
        blocks += fields_block(style, list(zip(labels, vals)))
        if ap:
            blocks.append(("h", rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])))
            blocks.append(("p", ap))
        blocks.append(("p", rng.choice(["Aftalen kan justeres, hvis behovet ændrer sig.", "Ændringer skrives ind i Min Plan.",
                                        "Mentorstøtten kan forlænges efter en konkret vurdering."])))
        if style == "paper" or fmt == "pdf" and "scan" in extra_traits:
            blocks.append(("sig", "Underskrifter"))
        rules = sorted(defects)
        self.add("agreement", "agreement", f"{family_of(cw, date)}-{style}", fmt, rules, traits, blocks, title, cw, date,
                 {"start": start.isoformat(), "end": end.isoformat()} if per and "duration:missing" not in traits else None,
                 [cprv] if cprv else [])

    # ------------------------------------------------------------ min plan
    def minplan(self, cw, fmt, start, months, defects, with_cpr=False, other_activity=False):
        rng = self.rng
        date = start - dt.timedelta(days=rng.randint(1, 7))
        cit = self.citizen(); fn = cit.split()[0]
        mentor = rng.choice(MENTORS); cprv = cpr(rng) if with_cpr else None
        traits = [f"cw:{cw}", "print:minplan"]
        end = end_of(start, months); m2 = MONTHS[add_months(start, 2).month - 1]
        if "missing-goal" in defects:
            goal = None; traits.append("goal:absent")
        elif "unclear-goal" in defects:
            goal = rng.choice(GOALS_UNCLEAR).format(fn=fn); traits.append("goal:unclear")
        else:
            goal = rng.choice(GOALS_CLEAR).format(fn=fn, m2=m2)
        mtxt, mt = mentor_line(rng, mentor, "missing-mentor" in defects); traits.append(mt)
        tasks = None if "missing-tasks" in defects else rng.choice(TASKS).format(fn=fn)
        if "missing-duration" in defects:
            per = None; traits.append("duration:missing")
        else:
            per = period_text(rng, start, end, "system"); traits.append(f"period:{months}m")
        hrs = rng.choice([None, "efter behov"]) if "missing-hours" in defects else rng.choice(["3 timer pr. uge", "2 timer om ugen", "5 t/uge"])
        blocks = [("p", f"Min Plan for {cit}" + (f" · CPR {cprv}" if cprv else "") + f" · opdateret {dk(date, 'dots')} af {CASEWORKERS[cw][0]}"),
                  ]
        if not ({"missing-goal", "unclear-goal"} & set(defects)):
            blocks += [("h", "Dit mål"),
                       ("p", rng.choice(["Jobmål: lager, butik eller kantine", f"Uddannelsesmål: erhvervsuddannelse inden for {rng.choice(['smed', 'frisør', 'ernæringsassistent'])}"]))]
        if other_activity:
            a0 = add_months(start, 3)
            blocks += [("h", "Aktivitet: FGU Vesthavn"), ("p", f"Produktionsgrunduddannelse {dk(a0)} – {dk(dt.date(a0.year + 2, 6, 30))}. Kontaktperson på skolen: Mia Rask.")]
            traits.append("other-activity-period")
        blocks.append(("h", "Indsats: Mentorstøtte (LAB § 167)"))
        blocks += fields_block("table", [("Formålet med mentorstøtten", goal), ("Din mentor", mtxt), ("Mentoren hjælper dig med", tasks),
                                         ("Periode", per), ("Timetal", hrs)])
        blocks.append(("p", "Planen er din. Du kan altid se den på Jobnet under Min Plan."))
        title = rng.choice(["Min Plan – mentorstøtte", "Min Plan (udskrift)", "Min plan: Indsatser og mål"])
        self.add("minplan", "minplan", "minplan-" + ("old" if date < MERGE else "new"), fmt, sorted(defects), traits, blocks,
                 title, cw, date, {"start": start.isoformat(), "end": end.isoformat()} if per else None, [cprv] if cprv else [])

    # ------------------------------------------------------------ decisions
    def decision(self, cw, fmt, subtype, date, start=None, months=6, defects=(), with_cpr=False):
        rng = self.rng
        cit = self.citizen(); fn = cit.split()[0]; cprv = cpr(rng) if with_cpr else None
        traits = [f"cw:{cw}", f"family:{family_of(cw, date)}", f"sub:{subtype}"]
        mentor = rng.choice(MENTORS)
        blocks = self.header(cw, date, cit, cprv, self.sag())
        blocks.append(("p", f"Kære {fn}"))
        period = None
        ref = "§ 31 b" if CASEWORKERS[cw][3] == "paper" and rng.random() < 0.5 else "§ 167, stk. 1"
        if start:
            end = end_of(start, months); period = {"start": start.isoformat(), "end": end.isoformat()}
            ptxt = period_text(rng, start, end, "")
            traits.append(f"period:{months}m")
        if subtype == "grant":
            title = rng.choice(["Afgørelse om mentorstøtte", "Du får bevilget mentorstøtte", "Bevilling af mentorstøtte"])
            blocks += [("p", f"Du har søgt om mentorstøtte. Du får bevilget mentorstøtte i perioden {ptxt} med {rng.choice([2, 3, 4])} timer om ugen."),
                       ("p", f"Din mentor bliver {mentor[0]}. Mentoren kontakter dig inden for en uge."),
                       ("h", "Begrundelse"),
                       ("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne fastholde din praktik. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats {ref}.")]
        elif subtype == "partial":
            title = "Afgørelse: Delvis bevilling af mentorstøtte"
            asked = rng.choice([9, 12])
            blocks += [("p", f"Du søgte om mentorstøtte i {asked} måneder med 6 timer om ugen."),
                       ("p", f"Vi bevilger mentorstøtte i perioden {ptxt}, 3 timer pr. uge. Resten af din ansøgning får du afslag på."),
                       ("h", "Begrundelse"),
                       ("p", f"Mentorstøtte kan efter LAB {ref} gives i højst 6 måneder ad gangen. Vi vurderer, at 3 timer om ugen dækker dit behov, fordi du allerede har en kontaktperson i praktikken. Vi har lagt vægt på oplysningerne fra din praktikvært.")]
            traits.append(f"asked:{asked}m")
        elif subtype == "refusal":
            title = rng.choice(["Afslag på mentorstøtte", "Afgørelse – afslag på ansøgning om mentor"])
            blocks += [("p", "Du får afslag på din ansøgning om mentorstøtte."),
                       ("h", "Begrundelse"),
                       ("p", f"Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse, jf. LAB {ref}. Du er i et behandlingsforløb, og dit mål er i øjeblikket ikke rettet mod job eller uddannelse. Vi har lagt vægt på lægeattesten af {dk(date - dt.timedelta(days=20))}."),
                       ("p", "Du er velkommen til at søge igen, når behandlingen er afsluttet.")]
        elif subtype == "extension":
            prev_s = add_months(start, -6); prev_e = start - dt.timedelta(days=1)
            title = rng.choice(["Afgørelse om forlængelse af mentorstøtte", "Din mentorstøtte forlænges"])
            blocks += [("p", f"Din tidligere periode med mentorstøtte ({dk(prev_s)} – {dk(prev_e)}) udløber snart."),
                       ("p", f"Vi har besluttet at forlænge mentorstøtten i en ny periode: {ptxt}. Timetallet er uændret {rng.choice([2, 3])} timer om ugen."),
                       ("h", "Begrundelse"),
                       ("p", f"Efter en konkret vurdering, jf. LAB {ref}, 2. pkt., har du fortsat brug for støtte. Du er kommet i gang med praktikken, men fremmødet er endnu ikke stabilt.")]
        else:  # end
            title = rng.choice(["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"])
            stop = date + dt.timedelta(days=14)
            blocks += [("p", f"Din mentorstøtte ophører pr. {dk(stop)}."),
                       ("h", "Begrundelse"),
                       ("p", rng.choice(["Du er startet i ordinært job 25 timer om ugen, og du har sagt, at du ikke længere har brug for mentor.",
                                         "Du er ikke mødt op til aftalerne med din mentor siden " + dk(date - dt.timedelta(days=40)) + ", og vi vurderer derfor, at støtten ikke længere hjælper dig mod job eller uddannelse."])),
                       ("p", "Vi har sendt dig et varsel og givet dig mulighed for at komme med bemærkninger (partshøring).")]
        ap, at = appeal_text(rng, date, "missing-appeal-guidance" not in defects); traits.append(at)
        if ap:
            blocks.append(("h", rng.choice(["Klagevejledning", "Hvis du vil klage", "Hvis du er uenig"])))
            blocks.append(("p", ap))
        blocks.append(("p", f"Med venlig hilsen\n{CASEWORKERS[cw][0]}, {sender_of(cw, date).split(' · ')[0]}"))
        self.add("decision", subtype, f"dec-{family_of(cw, date)}-{CASEWORKERS[cw][3]}", fmt, sorted(defects), traits, blocks,
                 title, cw, date, period, [cprv] if cprv else [])

    # ------------------------------------------------------------ add
    def add(self, kind, subtype, layout, fmt, rules, traits, blocks, title, cw, date, period, cprs):
        assert set(rules) <= ALLOWED[kind], (kind, rules)
        rules = [r for r in rules if r in NINE]
        fmt_real, scan = (fmt, False)
        if fmt == "scan":
            fmt_real, scan = "pdf", True; traits = traits + ["scan", "ocr"]
        if cprs:
            traits = traits + ["cpr"]
        n = len(self.docs) + 1
        slug = {"agreement": "aftale", "minplan": "minplan", "decision": "afgoerelse", "unknown": "sagsakt"}[kind]
        folder = f"{date.year}/{CASEWORKERS[cw][0].split()[0].lower()}" if cw in CASEWORKERS else f"{date.year}/diverse"
        path = f"{folder}/{n:03d}_{slug}_{subtype}.{fmt_real}"
        meta = {"sender": sender_of(cw, date) if cw in CASEWORKERS else PROVIDERS.get(cw, ("", ""))[0],
                "author": CASEWORKERS.get(cw, ("",))[0], "date": date, "printed": dk(date, "dots"),
                "subject": title, "html_alt": n % 2 == 0}
        d = Doc(path, kind, subtype, layout, fmt_real, rules, traits, blocks, title, meta, period, cprs)
        self.docs.append(d)
        return d


def lookalikes(B: Builder):
    rng = B.rng
    U = []
    def u(sub, fmt, date, title, blocks, cw="mkj", cprs=(), meta=None):
        d = B.add("unknown", sub, "lookalike-" + sub, fmt, [], ["lookalike"], blocks, title, cw, date, None, list(cprs))
        if meta:
            d.meta.update(meta)
    c = cpr(rng)
    u("status", "pdf", dt.date(2025, 5, 12), "Statusrapport – mentorforløb", [
        ("p", "Mentorhuset Vest ApS · statusrapport til jobcentret"), ("kv", "Borger", f"Sofie L., cpr {c}"),
        ("kv", "Mentor", "Sanne Bøgh, tlf. 28 11 90 43"), ("kv", "Forbrugte timer i perioden", "34 af 39 timer"),
        ("h", "Status på mål"), ("p", "Sofie er mødt i praktik 3-4 dage om ugen. Delmålet om selv at tage bussen er nået."),
        ("h", "Anbefaling"), ("p", "Vi anbefaler forlængelse i 3 måneder med 2 timer pr. uge.")], cw="mh", cprs=[c])
    u("invoice", "pdf", dt.date(2025, 11, 3), "Faktura nr. 2025-0412", [
        ("p", "Kompas Mentor & Job · CVR 38 22 41 90"), ("kv", "Ydelse", "Mentorstøtte, LAB § 167, oktober 2025"),
        ("kv", "Timer", "12 timer à 545,00 kr."), ("kv", "I alt ekskl. moms", "6.540,00 kr."), ("kv", "Betalingsbetingelser", "Netto 30 dage"),
        ("p", "EAN: 5798000412345 · Ordrenr. fra jobcentret: MENT-2025-118")], cw="km")
    u("minutes", "docx", dt.date(2026, 3, 18), "Referat af statusmøde", [
        ("kv", "Deltagere", "Borger, mentor Per Juul (Broen), sagsbehandler Jonas Holm"),
        ("h", "1. Hvordan går det?"), ("p", "Fremmødet i genbrugsbutikken er stabilt, 2 dage om ugen. Borger vil gerne prøve 3 dage."),
        ("h", "2. Aftaler"), ("p", "Per undersøger mulighed for løntilskud. Næste statusmøde 22. april kl. 10."),
        ("p", "Referent: Jonas Holm")], cw="jho")
    u("leaflet", "html", dt.date(2025, 2, 1), "Sådan bliver din mentoraftale", [
        ("p", "Når du får en mentor, laver vi en skriftlig aftale. Aftalen skal indeholde:"),
        ("p", "1) målet med mentorstøtten, 2) mentorens navn og kontaktdata, 3) hvilke opgaver mentoren skal hjælpe med, "
              "4) varigheden af aftalen og hvordan vi følger op, 5) timetallet og 6) klagevejledning."),
        ("p", "Mentorstøtte gives i højst 6 måneder ad gangen, men kan forlænges. Du kan klage til jobcentret inden 4 uger."),
        ("p", "Spørgsmål? Ring til Jobcenter Vesthavn på 72 36 40 00.")], cw="lve")
    u("private", "docx", dt.date(2024, 9, 2), "Mentoraftale – ny medarbejder", [
        ("p", "Dansk Fjer A/S · HR"), ("kv", "Ny medarbejder", "Kristian Lau, lager"), ("kv", "Mentor/makker", "Birgit Holm, tlf. 51 22 80 14"),
        ("kv", "Formål", "At du hurtigt føler dig hjemme og lærer vores rutiner."), ("kv", "Periode", "De første 3 måneder"),
        ("p", "Ordningen er intern og har ikke noget med kommunen at gøre.")], cw="mh")
    u("audit", "odt", dt.date(2026, 10, 5), "Kvalitetsaudit 2026 – tjekskema mentorsager", [
        ("p", "Stikprøve udtaget af kvalitetsteamet, 90 sager. Tjek for hver sag:"),
        ("kv", "Mål (job/uddannelse)", "ja / nej"), ("kv", "Mentor + kontakt", "ja / nej"), ("kv", "Opgaver", "ja / nej"),
        ("kv", "Periode ≤ 6 mdr.", "ja / nej"), ("kv", "Timetal", "ja / nej"), ("kv", "Klagevejledning (4 uger, Ankestyrelsen)", "ja / nej"),
        ("p", "Afvigelser noteres i auditrapporten.")], cw="lve")
    u("mail-sick", "eml", dt.date(2026, 4, 9), "Sv: Aflysning i morgen", [
        ("p", "Hej Line"), ("p", "Hiba har meldt sig syg i dag og i morgen, så vi aflyser vores mentortime torsdag. Jeg tager kontakt igen mandag."),
        ("p", "Mvh Nadia Rahimi, Kompas Mentor & Job, 31 66 02 54")], cw="km",
        meta={"from": "Nadia Rahimi <nadia@kompasmentor.dk>", "to": "live@vesthavn.dk"})
    u("hearing", "pdf", dt.date(2025, 6, 20), "Partshøring – varsel om ophør af mentorstøtte", [
        ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt til de sidste fire aftaler."),
        ("p", "Før vi træffer afgørelse, har du ret til at komme med bemærkninger. Send dem senest 4. juli 2025."),
        ("p", "Dette brev er ikke en afgørelse. Du får en afgørelse med klagevejledning, når fristen er gået.")], cw="jho")
    u("offer", "docx", dt.date(2024, 3, 4), "Tilbud: Mentorforløb for unge", [
        ("p", "Broen – socialøkonomisk virksomhed tilbyder mentorforløb med fokus på job og uddannelse."),
        ("kv", "Pris", "495 kr. pr. time"), ("kv", "Typisk forløb", "3-6 måneder, 2-4 timer om ugen"), ("kv", "Kontakt", "Helle Dam, 22 84 19 06"),
        ("p", "Alle mentorer har pædagogisk eller socialfaglig baggrund.")], cw="br")
    c2 = cpr(rng)
    u("journal", "txt", dt.date(2025, 1, 15), "Journalnotat", [
        ("p", f"15.01.2025 · {c2} · Telefonsamtale med borger"), ("p", "Borger ringede og spurgte til mentor. Forklaret at ansøgning sendes via Jobnet. Borger sender ansøgning i denne uge."),
        ("p", "/faaz")], cw="faz", cprs=[c2])
    u("application", "rtf", dt.date(2026, 5, 2), "Ansøgning om mentorstøtte", [
        ("p", "Jeg søger om en mentor, fordi jeg skal starte på grundforløb i august og har svært ved at komme afsted om morgenen."),
        ("p", "Jeg vil gerne have hjælp 3 timer om ugen i et år."), ("p", "Venlig hilsen Emil Skov")], cw="faz")
    u("order", "html", dt.date(2026, 8, 11), "Rekvisition til leverandør – mentor", [
        ("kv", "Leverandør", "Mentorhuset Vest ApS"), ("kv", "Ydelse", "Mentorstøtte, 3 timer pr. uge"),
        ("kv", "Opstart", "Senest 1. september 2026"), ("kv", "Fakturering", "Månedlig, med timeopgørelse"),
        ("p", "Leverandøren bekræfter opstart pr. mail. Aftale med borgeren fremsendes særskilt.")], cw="lve")
    u("guide-internal", "txt", dt.date(2025, 9, 1), "Skabelonvejledning efter sammenlægning", [
        ("p", "Fra 1. september 2025 bruger Team Job og Sundhed og Ungeenheden de samme skabeloner for mentoraftaler og afgørelser."),
        ("p", "Husk: klagevejledningen skal nævne fire uger og at klagen går til jobcentret først. Gamle skabeloner (Ungeenheden v3) må ikke bruges."),
        ("p", "Spørgsmål til Mette Kjær.")], cw="mkj")
    u("timesheet", "pdf", dt.date(2026, 6, 30), "Timeregistrering juni 2026", [
        ("kv", "Mentor", "Kim Thygesen"), ("kv", "Borger", "Thomas B."), ("kv", "3.6", "2,0 t – praktikstedet"), ("kv", "10.6", "2,0 t – samtale"),
        ("kv", "17.6", "1,5 t – jobcenter"), ("kv", "24.6", "aflyst"), ("kv", "I alt", "5,5 timer")], cw="km")
    u("mail-ext", "eml", dt.date(2026, 7, 20), "Forlængelse af mentor?", [
        ("p", "Hej Jonas"), ("p", "Vi nærmer os udløb for Rasmus' mentorforløb. Jeg vurderer, at han har brug for 3 måneder mere, primært i forbindelse med overgang til løntilskud."),
        ("p", "Kan vi tage det på statusmødet næste uge?"), ("p", "Hilsen Per Juul, Broen")], cw="br",
        meta={"from": "Per Juul <per@broen-vesthavn.dk>", "to": "joho@vesthavn.dk"})


def plan(B: Builder):
    D = dt.date
    A = B.agreement
    # agreements (30)
    A("mkj", "docx", D(2024, 3, 1), 6, [])
    A("mkj", "docx", D(2024, 9, 2), 6, ["missing-follow-up"], with_cpr=True)
    A("mkj", "odt", D(2025, 2, 1), 6, [])
    A("mkj", "pdf", D(2025, 10, 1), 9, ["duration-over-6-months"])
    A("mkj", "docx", D(2026, 2, 16), 6, ["missing-hours"])
    A("mkj", "odt", D(2026, 5, 1), 4, [], with_cpr=True)
    A("jho", "txt", D(2024, 4, 15), 6, ["missing-appeal-guidance"])
    A("jho", "eml", D(2024, 11, 1), 3, [])
    A("jho", "txt", D(2025, 6, 1), 6, ["unclear-goal"], with_cpr=True)
    A("jho", "eml", D(2026, 3, 1), 6, ["missing-mentor", "missing-follow-up"])
    A("jho", "txt", D(2026, 8, 3), 6, [])
    A("faz", "docx", D(2024, 6, 1), 6, [])
    A("faz", "rtf", D(2025, 1, 6), 6, ["missing-tasks"])
    A("faz", "pdf", D(2025, 8, 11), 12, ["duration-over-6-months", "missing-appeal-guidance"])
    A("faz", "docx", D(2026, 1, 5), 6, ["missing-goal"], with_cpr=True)
    A("faz", "rtf", D(2026, 9, 1), 5, [])
    A("bra", "scan", D(2024, 2, 1), 6, [], with_cpr=True)
    A("bra", "scan", D(2024, 10, 7), 6, ["missing-duration"])
    A("bra", "rtf", D(2025, 3, 3), 6, ["missing-hours", "unclear-goal"])
    A("bra", "scan", D(2025, 9, 15), 6, ["missing-mentor"])
    A("bra", "scan", D(2026, 4, 1), 3, [])
    A("lve", "html", D(2024, 8, 1), 6, [])
    A("lve", "html", D(2025, 4, 1), 6, ["missing-appeal-guidance"], with_cpr=True)
    A("lve", "pdf", D(2025, 11, 3), 6, ["missing-tasks", "missing-hours"])
    A("lve", "html", D(2026, 6, 1), 6, [], extension=True)
    A("lve", "pdf", D(2026, 10, 1), 8, ["duration-over-6-months"])
    A("mkj", "pdf", D(2026, 7, 1), 6, ["missing-duration", "missing-follow-up"])
    A("faz", "odt", D(2025, 5, 1), 6, ["unclear-goal"])
    A("jho", "eml", D(2025, 12, 1), 6, ["missing-goal"])
    A("lve", "docx", D(2026, 11, 2), 6, [], with_cpr=True)
    # min plan (18)
    M = B.minplan
    M("lve", "html", D(2024, 5, 1), 6, [])
    M("lve", "html", D(2024, 12, 2), 6, ["missing-hours"], with_cpr=True)
    M("lve", "txt", D(2025, 3, 1), 6, [], other_activity=True)
    M("mkj", "pdf", D(2025, 6, 2), 6, ["missing-mentor"])
    M("mkj", "html", D(2025, 9, 1), 6, ["unclear-goal"])
    M("jho", "txt", D(2025, 11, 1), 9, ["duration-over-6-months"])
    M("faz", "pdf", D(2026, 1, 5), 6, [], with_cpr=True)
    M("faz", "docx", D(2026, 2, 2), 6, ["missing-tasks"])
    M("lve", "html", D(2026, 3, 2), 6, ["missing-duration"])
    M("mkj", "txt", D(2026, 4, 1), 6, [], other_activity=True)
    M("jho", "html", D(2026, 5, 4), 6, ["missing-goal"])
    M("lve", "pdf", D(2026, 6, 1), 4, [])
    M("faz", "html", D(2026, 7, 1), 12, ["duration-over-6-months"], with_cpr=True)
    M("mkj", "docx", D(2026, 8, 3), 6, ["missing-hours", "missing-mentor"])
    M("lve", "txt", D(2026, 9, 1), 6, [])
    M("bra", "rtf", D(2024, 9, 2), 6, ["unclear-goal"])
    M("jho", "html", D(2024, 7, 1), 6, [])
    M("lve", "odt", D(2026, 10, 1), 6, ["missing-tasks"])
    # decisions (24)
    Dn = B.decision
    Dn("mkj", "pdf", "grant", D(2024, 2, 20), D(2024, 3, 1), 6)
    Dn("lve", "html", "grant", D(2025, 1, 22), D(2025, 2, 1), 6, with_cpr=True)
    Dn("faz", "docx", "grant", D(2025, 7, 28), D(2025, 8, 1), 9, ["duration-over-6-months"])
    Dn("jho", "txt", "grant", D(2026, 2, 20), D(2026, 3, 1), 6, ["missing-appeal-guidance"])
    Dn("bra", "scan", "grant", D(2024, 5, 21), D(2024, 6, 1), 6)
    Dn("lve", "pdf", "grant", D(2026, 9, 15), D(2026, 10, 1), 6)
    Dn("mkj", "docx", "partial", D(2024, 10, 14), D(2024, 11, 1), 6, with_cpr=True)
    Dn("faz", "pdf", "partial", D(2025, 4, 10), D(2025, 5, 1), 6, ["missing-appeal-guidance"])
    Dn("lve", "html", "partial", D(2026, 4, 14), D(2026, 5, 1), 6)
    Dn("jho", "eml", "partial", D(2026, 6, 10), D(2026, 7, 1), 6)
    Dn("bra", "rtf", "partial", D(2025, 2, 12), D(2025, 3, 1), 6)
    Dn("mkj", "pdf", "refusal", D(2024, 8, 19))
    Dn("faz", "docx", "refusal", D(2025, 10, 6), defects=["missing-appeal-guidance"])
    Dn("lve", "html", "refusal", D(2026, 3, 9), with_cpr=True)
    Dn("jho", "txt", "refusal", D(2026, 8, 24))
    Dn("bra", "scan", "refusal", D(2025, 6, 2), defects=["missing-appeal-guidance"])
    Dn("mkj", "docx", "extension", D(2025, 8, 18), D(2025, 9, 1), 6)
    Dn("lve", "pdf", "extension", D(2026, 1, 19), D(2026, 2, 1), 6)
    Dn("faz", "odt", "extension", D(2026, 5, 18), D(2026, 6, 1), 9, ["duration-over-6-months"], with_cpr=True)
    Dn("jho", "eml", "extension", D(2026, 9, 14), D(2026, 10, 1), 4, ["missing-appeal-guidance"])
    Dn("lve", "html", "extension", D(2024, 11, 18), D(2024, 12, 1), 6)
    Dn("mkj", "pdf", "end", D(2025, 3, 10))
    Dn("jho", "txt", "end", D(2026, 1, 12), defects=["missing-appeal-guidance"])
    Dn("lve", "html", "end", D(2026, 10, 19))
    lookalikes(B)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hb")
    ap.add_argument("--seed", type=int, default=1917)
    a = ap.parse_args()
    root = Path(a.out)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    B = Builder(a.seed)
    plan(B)
    rrng = random.Random(a.seed + 1)
    entries = []
    for d in B.docs:
        write_doc(d, root, rrng)
        entries.append({"path": d.path, "format": d.fmt, "kind": d.kind, "subtype": d.subtype, "layout": d.layout,
                        "rules": sorted(d.rules), "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": [c for c in d.cprs] + [c.replace("-", "") for c in d.cprs],
                        "traits": d.traits, "period": d.period})
    (root / "EXPECTED.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True)
                                                    for e in sorted(entries, key=lambda e: e["path"])) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {root}")


if __name__ == "__main__":
    main()
