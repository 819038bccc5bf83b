#!/usr/bin/env python3
"""Corpus FF: the paper trail between a mentor provider and the caseworker after support started.

Provider proposals for an agreement, revised agreements ("Revideret aftale", "Tillæg",
"Ændring af timetal"), proposals for an extension with a new period, e-mails confirming changes,
the decisions that follow, a few Min Plan entries, and provider status reports, invoices and
minutes (kind unknown).

Usage: python make_corpus_ff.py --out /work/corpora/ff [--seed 1212]
Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]

FIRST = ["Jonas", "Mette", "Ahmed", "Sofie", "Kasper", "Line", "Mikkel", "Fatima", "Rasmus",
         "Camilla", "Emil", "Nadia", "Frederik", "Julie", "Oliver", "Sara", "Mathias", "Amalie",
         "Yusuf", "Ida", "Tobias", "Maja", "Victor", "Laura", "Ali", "Signe", "Nikolaj", "Zainab"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Dahl", "Holm", "Lund"]
MENTORS = [("Lars Østergaard", "23 45 67 89"), ("Helle Vestergaard", "51 22 84 10"),
           ("Anders Kjær", "40 18 93 27"), ("Birgitte Friis", "28 66 41 05"),
           ("Thomas Bach", "61 73 20 48"), ("Pernille Lauridsen", "30 92 15 76"),
           ("Søren Juul", "26 84 37 12"), ("Dorthe Skov", "42 50 61 93"),
           ("Kim Winther", "53 17 88 24"), ("Hanne Boye", "22 39 70 51")]
PROVIDERS = [("Jobhuset Nord ApS", "jobhusetnord.dk", "Industrivej 14, 9000 Aalborg"),
             ("Mentorcentret Sjælland", "mentorcentret.dk", "Stationsvej 3, 4100 Ringsted"),
             ("Vejen Videre I/S", "vejenvidere.dk", "Havnegade 22, 8000 Aarhus C"),
             ("Broen til Job", "broentiljob.dk", "Nørregade 7, 5000 Odense C"),
             ("Kompas Mentor & Coaching", "kompasmentor.dk", "Bygaden 41, 2630 Taastrup"),
             ("Trin for Trin ApS", "trinfortrin.dk", "Vestergade 9, 7100 Vejle")]
KOMMUNER = ["Høje-Taastrup", "Ringsted", "Vejle", "Aalborg", "Odense", "Aarhus", "Brøndby",
            "Slagelse", "Holbæk", "Herning"]
CASEWORKERS = [("Jannie Holm", "jaho"), ("Peter Lind", "pl"), ("Susanne Krogh", "sukr"),
               ("Bo Mikkelsen", "bomi"), ("Karina Ravn", "kara")]

CLEAR_GOALS = [
    "{n} er i virksomhedspraktik i {place} {h} timer om ugen senest {d}, med henblik på løntilskud.",
    "{n} møder stabilt på {edu} – mindst 4 ud af 5 skoledage – og består første skoleperiode {d}.",
    "{n} starter på {edu} {d} og har sat transport og morgenrutine op, så fremmødet er over 90 %.",
    "{n} er i fleksjob som {job} i {place} med 12 timer om ugen senest {d}.",
    "{n} har gennemført praktikforløbet i {place} og har fået tilbudt et ordinært job med {h} timer om ugen inden {d}.",
    "{n} kan selv tage bussen til {place} og møder til aftalt tid i praktikken 4 dage om ugen senest {d}.",
]
CLEAR_GOALS_REV = [
    "Nyt mål: {n} øger praktikken i {place} fra 10 til {h} timer om ugen senest {d}.",
    "Ændret mål: {n} går fra praktik til løntilskud som {job} i {place} pr. {d}.",
    "Revideret mål: {n} påbegynder {edu} {d} og møder mindst 4 dage om ugen.",
]
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "At {n} kommer tættere på arbejdsmarkedet.",
    "Øget selvværd og motivation, så {n} kan komme videre.",
    "Hjælp til at fastholde motivationen og få det bedre.",
    "Sikre at {n} trives og får en god hverdag.",
]
PLACES = ["Netto i Vestbyen", "Bilkas lager", "Kvickly", "Dagli'Brugsen", "plejecentret Solgården",
          "Autoværkstedet Motorhjørnet", "kantinen på Rådhuset", "XL-Byg", "Fakta Centrum",
          "børnehaven Troldehøjen"]
EDUS = ["SOSU-hjælperuddannelsen", "grundforløbet på EUC Syd", "FGU-Basis på FGU Midt",
        "HF-enkeltfag på VUC", "AMU-kurset Lager og logistik", "EUD-grundforløb 1 (Tradium)"]
JOBS = ["lagermedarbejder", "køkkenhjælper", "pædagogmedhjælper", "butiksmedarbejder",
        "servicemedarbejder", "mekanikerhjælper"]
TASKS = [
    "Følge {n} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde, søvn og transport",
    "Hjælpe med at planlægge ugen og bruge kalender på telefonen",
    "Deltage i opstartsmøde og midtvejsmøde på arbejdspladsen",
    "Sparre med kontaktpersonen i virksomheden om opgaver og pauser",
    "Hjælpe med at åbne og besvare post fra kommunen og Skat",
    "Følge {n} til samtaler med studievejleder",
    "Træne busruten til skolen sammen med {n}",
    "Holde kontakt med lærerne om fravær",
    "Hjælpe med budget og betaling af regninger, så økonomien ikke spænder ben for praktikken",
]
FOLLOW_UP = [
    "Statusmøde med {n}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før periodens udløb. Delmål: fremmøde 4 af 5 dage fra {d}.",
    "Mentor sender skriftlig status hver måned. Opfølgningsmøde i kommunen efter 3 måneder og 14 dage før ophør, hvor progressionen måles på antal fremmødedage.",
    "Vi følger op hver 14. dag ved mentorsamtalen og samlet på et statusmøde hver 6. uge sammen med sagsbehandler. Progression: antal timer i praktik pr. uge.",
    "Midtvejsevaluering {d} med sagsbehandler; slutevaluering fire uger før bevillingsudløb. Delmål 1: selvstændig transport. Delmål 2: 15 timer pr. uge.",
]
VAGUE_FOLLOW = ["Der følges op efter behov.", "Opfølgning sker løbende.",
                "Mentor og borger taler løbende om, hvordan det går."]
APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen inden 4 uger fra du har modtaget den. Klagen sendes til {k} Kommune, Beskæftigelse, skriftligt eller mundtligt. Kommunen genvurderer afgørelsen, og fastholdes den, sendes klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Er du uenig, kan du klage til {k} Kommune senest 4 uger efter, at du har fået dette brev. Vi ser på sagen igen. Giver vi dig ikke ret, sender vi klagen og sagens papirer til Ankestyrelsen. Du behøver ikke begrunde klagen.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Er du uenig, er du velkommen til at kontakte os.",
               "Klager kan rettes til Ankestyrelsen."]


def ddate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def gen(name: str) -> str:
    """Danish genitive: Rasmus' / Lines."""
    return name + ("'" if name[-1] in "sxz" else "s")


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def period_end(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


class Doc:
    def __init__(self, title: str):
        self.title = title
        self.header: list[str] = []     # letterhead / info lines
        self.intro: list[str] = []
        self.sections: list[tuple[str, object]] = []  # (label, str | list[str])
        self.outro: list[str] = []
        self.table = False


# ---------------------------------------------------------------- renderers
def write_docx(doc: Doc, path: Path) -> None:
    import docx
    d = docx.Document()
    for h in doc.header:
        p = d.add_paragraph(h)
    d.add_heading(doc.title, level=1)
    for p in doc.intro:
        d.add_paragraph(p)
    if doc.table:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in doc.sections:
            r = t.add_row().cells
            r[0].text = lab
            if isinstance(val, list):
                r[1].text = val[0]
                for v in val[1:]:
                    r[1].add_paragraph(v)
            else:
                r[1].text = val
    else:
        for lab, val in doc.sections:
            d.add_heading(lab, level=2)
            if isinstance(val, list):
                for v in val:
                    d.add_paragraph(v, style="List Bullet")
            else:
                for para in val.split("\n"):
                    d.add_paragraph(para)
    for p in doc.outro:
        d.add_paragraph(p)
    d.core_properties.created = dt.datetime(2026, 11, 1)
    d.core_properties.modified = dt.datetime(2026, 11, 1)
    d.save(str(path))


def docx_bytes(doc: Doc) -> bytes:
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "x.docx"
        write_docx(doc, p)
        return p.read_bytes()


def write_odt(doc: Doc, path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, List, ListItem
    o = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    for h in doc.header:
        o.text.addElement(P(text=h))
    o.text.addElement(H(outlinelevel=1, text=doc.title))
    for p in doc.intro:
        o.text.addElement(P(text=p))
    if doc.table:
        t = Table(name="Aftale")
        t.addElement(TableColumn(numbercolumnsrepeated=2))
        for lab, val in doc.sections:
            tr = TableRow()
            c1 = TableCell()
            c1.addElement(P(text=lab))
            c2 = TableCell()
            for v in (val if isinstance(val, list) else [val]):
                c2.addElement(P(text=v))
            tr.addElement(c1)
            tr.addElement(c2)
            t.addElement(tr)
        o.text.addElement(t)
    else:
        for lab, val in doc.sections:
            o.text.addElement(H(outlinelevel=2, text=lab))
            if isinstance(val, list):
                lst = List()
                for v in val:
                    li = ListItem()
                    li.addElement(P(text=v))
                    lst.addElement(li)
                o.text.addElement(lst)
            else:
                for para in val.split("\n"):
                    o.text.addElement(P(text=para))
    for p in doc.outro:
        o.text.addElement(P(text=p))
    o.save(str(path))


def write_pdf(doc: Doc, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    for h in doc.header:
        story.append(Paragraph(escape(h), ss["Normal"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph(escape(doc.title), ss["Heading1"]))
    for p in doc.intro:
        story.append(Paragraph(escape(p), ss["BodyText"]))
    if doc.table:
        rows = []
        for lab, val in doc.sections:
            v = val if isinstance(val, list) else [val]
            rows.append([Paragraph("<b>%s</b>" % escape(lab), ss["BodyText"]),
                         [Paragraph(escape(("• " if isinstance(val, list) else "") + x), ss["BodyText"]) for x in v]])
        t = Table(rows, colWidths=[130, 340])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    else:
        for lab, val in doc.sections:
            story.append(Paragraph(escape(lab), ss["Heading3"]))
            if isinstance(val, list):
                for v in val:
                    story.append(Paragraph("• " + escape(v), ss["BodyText"]))
            else:
                for para in val.split("\n"):
                    story.append(Paragraph(escape(para), ss["BodyText"]))
    story.append(Spacer(1, 8))
    for p in doc.outro:
        story.append(Paragraph(escape(p), ss["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4, title=doc.title, author="",
                      invariant=1).build(story)


def write_pdf_lo(doc: Doc, path: Path) -> None:
    """Word -> PDF through LibreOffice (another producer, drawn table borders)."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        write_docx(doc, src)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ff_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        shutil.copy(Path(td) / (path.stem + ".pdf"), path)


def html_str(doc: Doc) -> str:
    from html import escape as e
    out = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">",
           f"<title>{e(doc.title)}</title></head><body>"]
    if doc.header:
        out.append("<div class=\"brevhoved\">" + "<br>".join(e(h) for h in doc.header) + "</div>")
    out.append(f"<h1>{e(doc.title)}</h1>")
    out += [f"<p>{e(p)}</p>" for p in doc.intro]
    if doc.table:
        out.append("<table border=\"1\">")
        for lab, val in doc.sections:
            if isinstance(val, list):
                v = "<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>"
            else:
                v = e(val)
            out.append(f"<tr><th>{e(lab)}</th><td>{v}</td></tr>")
        out.append("</table>")
    else:
        for lab, val in doc.sections:
            out.append(f"<h2>{e(lab)}</h2>")
            if isinstance(val, list):
                out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
            else:
                out += [f"<p>{e(x)}</p>" for x in val.split("\n")]
    out += [f"<p>{e(p)}</p>" for p in doc.outro]
    out.append("</body></html>")
    return "\n".join(out)


def txt_str(doc: Doc) -> str:
    out = list(doc.header)
    if out:
        out.append("")
    out += [doc.title.upper(), ""]
    for p in doc.intro:
        out += [p, ""]
    for lab, val in doc.sections:
        if isinstance(val, list):
            out.append(lab if lab.endswith("?") else lab + ":")
            out += ["- " + v for v in val]
            out.append("")
        elif doc.table:
            out += [f"{lab}: {val}", ""]
        else:
            out.append(lab if lab.endswith("?") else lab + ":")
            out += [val, ""]
    for p in doc.outro:
        out += [p, ""]
    return "\n".join(out)


def write_eml(doc: Doc, path: Path, sender: str, to: str, date: dt.datetime,
              attach: Doc | None = None, attach_name: str = "", html: bool = False) -> None:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = doc.title
    m["Date"] = format_datetime(date.replace(tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{path.stem}.ff@{sender.split('@')[-1].rstrip('>')}>"
    body = Doc(doc.title)
    body.intro, body.sections, body.outro, body.table = doc.intro, doc.sections, doc.outro, doc.table
    text = "\n".join(txt_str(body).split("\n")[2:])
    m.set_content(text)
    if html:
        m.add_alternative(html_str(body), subtype="html")
    if attach is not None:
        m.add_attachment(docx_bytes(attach), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                         filename=attach_name)
    path.write_bytes(bytes(m))


# ---------------------------------------------------------------- content
class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.citizen = f"{self.first} {rng.choice(LAST)}"
        self.mentor, self.phone = rng.choice(MENTORS)
        self.mfirst = self.mentor.split()[0]
        self.prov, self.dom, self.addr = rng.choice(PROVIDERS)
        self.mmail = self.mfirst.lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae") + "@" + self.dom
        self.kom = rng.choice(KOMMUNER)
        self.cw, ini = rng.choice(CASEWORKERS)
        self.cwmail = f"{ini}@{self.kom.lower().replace('ø', 'oe').replace('æ', 'ae').replace('-', '')}.dk"
        self.ds = rng.choice([0, 0, 1, 2, 3, 4])
        m0 = rng.randint(2, 6)
        self.start = dt.date(2026, m0, rng.choice([1, 1, 1, 15]))
        self.end = period_end(self.start, 6)
        self.sag = f"{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}"
        self.place = rng.choice(PLACES)
        self.edu = rng.choice(EDUS)
        self.job = rng.choice(JOBS)
        self.cpr = None
        self.h_old = rng.choice([2, 3, 4])
        self.h_new = self.h_old + rng.choice([-1, 1, 2]) if self.h_old > 2 else self.h_old + rng.choice([1, 2])
        self.letter_date = self.start + dt.timedelta(days=rng.randint(40, 120))

    def d(self, x: dt.date) -> str:
        return ddate(x, self.ds)

    def fmt(self, s: str, d: dt.date | None = None) -> str:
        return s.format(n=self.first, place=self.place, edu=self.edu, job=self.job,
                        h=self.rng.choice([15, 20, 25]), d=self.d(d or self.end), k=self.kom)

    def make_cpr(self) -> str:
        r = self.rng
        s = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(60, 99):02d}-{r.randint(1000, 9999)}"
        self.cpr = s
        return s


def goal_text(c: Ctx, defects: set, revised=False, when=None) -> str:
    if "unclear-goal" in defects:
        return c.fmt(c.rng.choice(UNCLEAR_GOALS))
    pool = CLEAR_GOALS_REV if revised and c.rng.random() < 0.6 else CLEAR_GOALS
    if "missing-hours" in defects:  # no hour figure anywhere that could pass for the mentor's hours
        pool = [g for g in CLEAR_GOALS + CLEAR_GOALS_REV if "timer" not in g]
    return c.fmt(c.rng.choice(pool), when or c.end)


def tasks_list(c: Ctx, k=None) -> list[str]:
    k = k or c.rng.randint(2, 4)
    return [t.format(n=c.first) for t in c.rng.sample(TASKS, k)]


def follow_text(c: Ctx, defects: set, mid: dt.date) -> str:
    if "missing-follow-up" in defects:
        return c.rng.choice(VAGUE_FOLLOW)
    return c.fmt(c.rng.choice(FOLLOW_UP), mid)


def appeal_text(c: Ctx) -> str:
    return c.fmt(c.rng.choice(APPEAL_FULL))


def mentor_value(c: Ctx, defects: set) -> str:
    if "missing-mentor" in defects:
        return f"{c.mentor}, {c.prov}"
    v = c.rng.choice([f"{c.mentor}, {c.prov}, tlf. {c.phone}, {c.mmail}",
                      f"{c.mentor} – tlf. {c.phone}",
                      f"{c.mentor} ({c.prov}), mail: {c.mmail}"])
    return v


def period_value(c: Ctx, start, end, style=0) -> str:
    if style == 0:
        return f"{c.d(start)} – {c.d(end)}"
    if style == 1:
        return f"fra {c.d(start)} til {c.d(end)}"
    return f"f.o.m. {c.d(start)} t.o.m. {c.d(end)}"


def hours_value(c: Ctx, h: int) -> str:
    return c.rng.choice([f"{h} timer pr. uge", f"{h} t/uge", f"{h} timer ugentligt",
                         f"{h * 4} timer om måneden (ca. {h} timer om ugen)"])


def provider_header(c: Ctx, defects: set) -> list[str]:
    if "missing-mentor" in defects:
        return [c.prov, c.addr]
    return [c.prov, c.addr, f"www.{c.dom}"]


def kommune_header(c: Ctx, date: dt.date) -> list[str]:
    return [f"{c.kom} Kommune", "Beskæftigelse og Borgerservice", f"Dato: {c.d(date)}",
            f"Sagsnr.: {c.sag}", f"Sagsbehandler: {c.cw}, {c.cwmail}"]


# ---- agreement family builders. Each returns Doc; defects is a set of the nine rules
def agreement_doc(c: Ctx, family: str, defects: set, span=None) -> Doc:
    r = c.rng
    start, end = span or (c.start, c.end)
    if "duration-over-6-months" in defects:
        end = period_end(start, r.choice([8, 9, 12]))
    revised = family in ("revised", "tillaeg")
    titles = {
        "proposal": ["Forslag til aftale om mentorstøtte", "Udkast: Mentoraftale – forslag fra leverandør",
                     "Forslag til mentoraftale (til godkendelse i kommunen)"],
        "revised": ["Revideret aftale om mentorstøtte", "Revideret mentoraftale",
                    "Aftale om mentorstøtte – revideret udgave"],
        "tillaeg": ["Tillæg til aftale om mentorstøtte", "Tillæg nr. 1 til mentoraftale",
                    "Aftale om mentorstøtte – tillæg med ændrede mål og opgaver"],
        "hours": ["Ændring af timetal – aftale om mentorstøtte", "Aftale om mentorstøtte: ændret timetal"],
        "extension": ["Forslag til aftale om forlængelse af mentorstøtte",
                      "Aftale om mentorstøtte – ny periode (forslag)",
                      "Forlængelse: forslag til ny mentoraftale"],
    }
    doc = Doc(r.choice(titles[family]))
    doc.table = r.random() < 0.5
    doc.header = provider_header(c, defects) if family in ("proposal", "extension") or r.random() < 0.5 \
        else kommune_header(c, c.letter_date)
    if c.cpr is None and r.random() < 0.3:
        doc.header.append(f"Borger: {c.citizen}, CPR-nr. {c.make_cpr()}")
    else:
        doc.header.append(f"Borger: {c.citizen}")
    old_date = c.d(c.start)
    mid = start + dt.timedelta(days=90)
    if family == "proposal":
        doc.intro = [r.choice([
            f"På baggrund af opstartsmødet den {c.d(start - dt.timedelta(days=7))} foreslår vi følgende aftale for {gen(c.first)} mentorforløb.",
            f"Hermed vores forslag til aftale, som vi har drøftet med {c.first}. Kommunen bedes godkende eller vende tilbage med ændringer.",
        ])]
    elif family == "extension":
        doc.intro = [r.choice([
            f"Den nuværende periode udløber {c.d(c.end)}. {c.first} og mentor foreslår en ny periode, fordi praktikken er kommet godt i gang.",
            f"{c.first} har haft mentorstøtte siden {old_date}. Vi foreslår en forlængelse med følgende indhold.",
        ])]
    else:
        changed = []
        if "missing-hours" not in defects and family == "hours":
            changed.append(f"timetallet ændres fra {c.h_old} til {c.h_new} timer pr. uge")
        if family == "tillaeg":
            changed.append("målet og mentorens opgaver er justeret efter praktikstart"
                           if not defects & {"missing-goal", "missing-tasks"} else "aftalen er justeret efter praktikstart")
        if family == "revised":
            opts = [x for x, dd in (("opgaverne er revideret", "missing-tasks"),
                                    ("målet er ændret efter statusmødet", "missing-goal")) if dd not in defects]
            changed.append(r.choice(opts or ["mentors kontaktoplysninger er opdateret"]))
        lead = {"tillaeg": f"Dette tillæg ændrer aftalen af {old_date}, som gengives i sin helhed med ændringerne.",
                "hours": f"Aftalen af {old_date} er i øvrigt uændret og gengives herunder."}.get(
                    family, f"Denne aftale erstatter aftalen af {old_date}.")
        doc.intro = [lead + (" Ændringer: " + "; ".join(changed) + "." if changed else "")]
    secs = []
    if "missing-goal" not in defects:
        secs.append((r.choice(["Målet med mentorstøtten", "Mål", "Formål med forløbet", "Hovedmål"]),
                     goal_text(c, defects, revised, end)))
    if "missing-mentor" in defects or True:
        secs.append((r.choice(["Mentor", "Mentorens navn og kontaktdata", "Mentor (leverandør)"]),
                     mentor_value(c, defects)))
    if "missing-tasks" not in defects:
        lab = r.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?"])
        if family == "tillaeg":
            lab = "Mentorens opgaver (ændret)"
        secs.append((lab, tasks_list(c)))
    if "missing-duration" not in defects:
        lab = r.choice(["Periode", "Varighed", "Aftalens varighed"]) if family != "extension" else "Ny periode"
        secs.append((lab, period_value(c, start, end, r.randint(0, 2))))
    if "missing-hours" not in defects:
        h = c.h_new if family in ("hours", "revised", "tillaeg") else c.h_old
        lab = r.choice(["Timetal", "Antal timer", "Timer pr. uge"])
        if family == "hours":
            lab = "Nyt timetal"
        secs.append((lab, hours_value(c, h)))
    secs.append((r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
                 follow_text(c, defects, mid)))
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.5:
            w = r.choice(APPEAL_WEAK)
            secs.append(("Klagevejledning", w))
            if "Ankestyrelsen" in w:
                doc._extras = ["appeal-wrong-route"]
    else:
        secs.append((r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), appeal_text(c)))
    if family in ("proposal", "extension") and r.random() < 0.35:
        # the provider writes the proposal as a letter: fields in sentences, appeal kept as a section
        prose = []
        for lab, val in secs:
            key = lab.lower()
            if key.startswith(("klage", "sådan", "hvis")):
                continue
            if isinstance(val, list):
                items = [v[0].lower() + v[1:] for v in val]
                prose.append("Mentors opgaver bliver at " + ", ".join(items[:-1]) + " og " + items[-1] + ".")
            elif key.startswith(("mål", "formål", "hovedmål")):
                prose.append(("Målet er, at " + val) if val.startswith(c.first) else "Målet med forløbet: " + val)
            elif key.startswith("mentor"):
                prose.append(f"Mentor bliver {val}.")
            elif "periode" in key or "varighed" in key:
                prose.append(f"Forløbet løber {val}." if not val.startswith(("fra", "f.o.m.")) else f"Forløbet løber {val}.")
            elif "tim" in key:
                prose.append(f"Vi foreslår {val}.")
            else:
                prose.append(val)
        doc.intro += prose
        secs = [x for x in secs if x[0].lower().startswith(("klage", "sådan", "hvis"))]
        doc.table = False
        doc._prose = True
    doc._period = None if "missing-duration" in defects else (start, end)
    doc.sections = secs
    doc.outro = [r.choice(["Underskrifter: ______________ (borger)   ______________ (mentor)   ______________ (kommunen)",
                           f"Med venlig hilsen\n{c.mentor}\n{c.prov}" if family in ("proposal", "extension") else f"Med venlig hilsen\n{c.cw}"])]
    if "missing-mentor" in defects and doc.outro[0].startswith("Med venlig hilsen\n" + c.mentor):
        doc.outro = [f"Med venlig hilsen\n{c.prov}"]
    doc.outro = [x for o in doc.outro for x in o.split("\n")]
    return doc


def decision_doc(c: Ctx, family: str, defects: set) -> Doc:
    r = c.rng
    ns = c.end + dt.timedelta(days=1)
    ne = period_end(ns, 9 if "duration-over-6-months" in defects else r.choice([3, 4, 6, 6]))
    date = c.end - dt.timedelta(days=r.randint(5, 20))
    if family in ("hours", "end"):
        date = c.letter_date - dt.timedelta(days=r.randint(10, 16))
    titles = {
        "ext": ["Afgørelse om forlængelse af mentorstøtte", "Bevilling af mentorstøtte i en ny periode",
                "Du får forlænget din mentorstøtte"],
        "partial": ["Afgørelse: delvis bevilling af forlængelse af mentorstøtte",
                    "Afgørelse om mentorstøtte – ny periode med færre timer"],
        "hours": ["Afgørelse om ændring af timetal for mentorstøtte", "Ændring af din mentorstøtte – timetal"],
        "refusal": ["Afslag på forlængelse af mentorstøtte", "Afgørelse: afslag på ny periode med mentor"],
        "end": ["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"],
    }
    doc = Doc(r.choice(titles[family]))
    doc.table = r.random() < 0.3
    doc.header = kommune_header(c, date)
    if r.random() < 0.3:
        doc.header.append(f"CPR-nr.: {c.make_cpr()}")
    doc.intro = [f"Kære {c.first}"]
    secs = []
    if family == "ext":
        doc.intro.append(r.choice([
            f"Du har fået mentorstøtte fra {c.prov} siden {c.d(c.start)}. {c.mentor} har sendt et forslag til forlængelse, og vi har vurderet det.",
            f"Vi har modtaget forslag fra {c.prov} om at forlænge din mentorstøtte.",
        ]))
        secs.append(("Afgørelse", f"Du får bevilget mentorstøtte i en ny periode fra {c.d(ns)} til {c.d(ne)} med {c.h_new} timer om ugen. Din mentor er fortsat {c.mentor}."))
        secs.append(("Begrundelse", f"Vi har lagt vægt på, at du er kommet godt i gang i {c.place}, men stadig har brug for støtte til at fastholde fremmødet. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, 2. pkt., hvorefter der efter en konkret vurdering kan gives mentorstøtte i en ny periode."))
    elif family == "partial":
        doc.intro.append(f"{c.prov} har foreslået, at din mentorstøtte forlænges med {c.h_new + 3} timer om ugen.")
        secs.append(("Afgørelse", f"Du får mentorstøtte i perioden {c.d(ns)} – {c.d(ne)}, men med {c.h_new} timer om ugen i stedet for {c.h_new + 3}."))
        secs.append(("Begrundelse", f"Efter LAB § 167 fastsættes timetallet ud fra dit konkrete behov. Statusrapporten viser, at du selv klarer transporten nu, og at støtten derfor kan nedsættes. Vi har lagt vægt på din fremmødeprocent i praktikken."))
    elif family == "hours":
        fd = c.letter_date
        doc.intro.append(f"Efter aftale med dig og {c.mentor} ændrer vi timetallet for din mentorstøtte.")
        secs.append(("Afgørelse", f"Fra {c.d(fd)} ændres timetallet fra {c.h_old} til {c.h_new} timer pr. uge. Perioden er uændret og slutter {c.d(c.end)}."))
        secs.append(("Begrundelse", "Du er startet i praktik med flere timer, og mentor skal derfor være mere til stede de første uger (LAB § 167)."))
    elif family == "refusal":
        doc.intro.append(f"Vi har modtaget {gen(c.prov)} forslag om at forlænge din mentorstøtte, som udløber {c.d(c.end)}.")
        secs.append(("Afgørelse", "Du får afslag på forlængelse af mentorstøtten."))
        secs.append(("Begrundelse", f"Mentorstøtte gives efter LAB § 167, stk. 1 i højst 6 måneder ad gangen, og en ny periode kræver en konkret vurdering. Du har nået målet om at være i praktik 20 timer om ugen, og du har nu fast kontaktperson på arbejdspladsen. Vi vurderer derfor ikke, at du har behov for mentorstøtte i en ny periode."))
    else:
        stop = c.letter_date
        doc.intro.append(f"Vi har fået besked fra {c.prov} om, at du er startet på {c.edu}.")
        secs.append(("Afgørelse", f"Din mentorstøtte ophører den {c.d(stop)}."))
        secs.append(("Begrundelse", "Formålet med mentorstøtten er opfyldt, idet du nu er i gang med uddannelse og har en studievejleder tilknyttet (LAB § 167)."))
    if "missing-appeal-guidance" in defects:
        if r.random() < 0.6:
            w = r.choice(APPEAL_WEAK)
            secs.append(("Klagevejledning", w))
            if "Ankestyrelsen" in w:
                doc._extras = ["appeal-wrong-route"]
    else:
        secs.append((r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]), appeal_text(c)))
    doc.sections = secs
    doc.outro = ["Med venlig hilsen", c.cw, f"{c.kom} Kommune", f"Kopi: {c.prov}"]
    doc._period = (ns, ne) if family in ("ext", "partial") else None
    return doc


def minplan_doc(c: Ctx, defects: set) -> Doc:
    r = c.rng
    end = c.end if "duration-over-6-months" not in defects else period_end(c.start, 9)
    doc = Doc(r.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – mentor (ændret)",
                        "Min Plan – aktivitet: Mentorstøtte § 167"]))
    doc.table = True
    doc.header = [f"{c.kom} Kommune · Min Plan for {c.citizen}", f"Udskrevet {c.d(c.letter_date)}"]
    secs = [("Indsats", "Mentorstøtte (§ 167)"), ("Status", "Aktiv")]
    if "missing-goal" not in defects:
        secs.append(("Formål", goal_text(c, defects, True)))
    mv = f"{c.mentor}, {c.prov}" if "missing-mentor" in defects else f"{c.mentor}, tlf. {c.phone}"
    secs.append(("Mentor", mv))
    if "missing-tasks" not in defects:
        secs.append(("Mentorens opgaver", "; ".join(tasks_list(c, 2))))
    if "missing-duration" not in defects:
        secs.append(("Periode", f"{c.d(c.start)} - {c.d(end)}"))
    if "missing-hours" not in defects:
        secs.append(("Timer", f"{c.h_new} timer pr. uge (ændret {c.d(c.letter_date)}, før {c.h_old})"))
    doc._period = None if "missing-duration" in defects else (c.start, end)
    doc.sections = secs
    doc.outro = [f"Sidst ændret af {c.cw}, {c.d(c.letter_date)}"]
    return doc


# ---- unknown builders
def status_report(c: Ctx) -> Doc:
    r = c.rng
    doc = Doc(r.choice(["Statusrapport – mentorforløb", "Status på mentorstøtte (månedlig)",
                        "Midtvejsstatus fra mentor"]))
    doc.header = provider_header(c, set()) + [f"Vedr.: {c.citizen}", f"Til: {c.cw}, {c.kom} Kommune"]
    doc.sections = [
        ("Periode for rapporten", f"{c.d(c.start + dt.timedelta(days=60))} – {c.d(c.start + dt.timedelta(days=90))}"),
        ("Forbrugte timer", f"{r.randint(8, 16)} af {c.h_old * 4} timer i måneden"),
        ("Hvordan går det", f"{c.first} er mødt {r.randint(12, 18)} af 20 dage i {c.place}. Vi har arbejdet med morgenrutiner og transport. Der har været to aflysninger pga. sygdom."),
        ("Anbefaling", r.choice([f"Vi anbefaler, at forløbet fortsætter uændret.",
                                 f"Vi vil sende et forslag til revideret aftale med færre timer.",
                                 "Vi anbefaler en forlængelse og sender forslag inden udløb."])),
    ]
    doc.outro = [f"Venlig hilsen {c.mentor}, {c.prov}"]
    return doc


def invoice(c: Ctx) -> Doc:
    r = c.rng
    n = r.randint(8, 20)
    rate = r.choice([425, 450, 495, 520])
    doc = Doc(f"Faktura nr. {r.randint(2026100, 2026999)}")
    doc.header = [c.prov, c.addr, f"CVR {r.randint(10000000, 99999999)}", f"Fakturadato: {c.d(c.letter_date)}",
                  f"Til: {c.kom} Kommune, Beskæftigelse, att. {c.cw}", f"EAN: 5798000{r.randint(100000, 999999)}"]
    doc.table = True
    doc.sections = [("Ydelse", f"Mentorstøtte, sagsnr. {c.sag}, {MONTHS[c.letter_date.month - 1]} 2026"),
                    ("Antal timer", str(n)), ("Timepris", f"{rate},00 kr."),
                    ("I alt ekskl. moms", f"{n * rate:,} kr.".replace(",", ".")),
                    ("Betalingsbetingelser", "Netto 30 dage")]
    doc.outro = ["Fakturaen sendes via NemHandel."]
    return doc


def minutes(c: Ctx) -> Doc:
    r = c.rng
    md = c.start + dt.timedelta(days=r.randint(50, 100))
    doc = Doc(r.choice(["Referat af statusmøde", "Referat – opfølgningsmøde om mentorforløb"]))
    doc.header = [f"Mødedato: {c.d(md)}", f"Deltagere: {c.citizen}, {c.mentor} ({c.prov}), {c.cw} (sagsbehandler)",
                  f"Referent: {c.cw}"]
    doc.sections = [
        ("1. Siden sidst", f"{c.first} fortæller, at praktikken i {c.place} går bedre. Mentor bekræfter stabilt fremmøde de sidste tre uger."),
        ("2. Udfordringer", "Transport om morgenen er stadig svær i perioder. Økonomi drøftet kort."),
        ("3. Næste skridt", r.choice(["Mentor sender forslag til revideret aftale inden næste møde.",
                                      "Sagsbehandler undersøger muligheden for løntilskud.",
                                      "Leverandøren udarbejder forslag til forlængelse."])),
        ("4. Næste møde", f"{c.d(md + dt.timedelta(days=42))} kl. 10.00 i jobcentret"),
    ]
    return doc


def short_mail(c: Ctx, variant: int) -> Doc:
    r = c.rng
    if variant == 0:
        doc = Doc(f"SV: Ændring af timetal – {c.first}")
        doc.intro = [f"Hej {c.mfirst}", f"Tak for din mail. Jeg bekræfter hermed, at timetallet hæves til {c.h_new} timer om ugen fra {c.d(c.letter_date)}. Jeg sender afgørelsen til {c.first} i e-Boks i dag.",
                     "Venlig hilsen", c.cw, f"{c.kom} Kommune"]
    elif variant == 1:
        doc = Doc(f"Bekræftelse af modtagelse – forslag til forlængelse ({c.first})")
        doc.intro = [f"Kære {c.mentor}", f"Vi har modtaget jeres forslag til forlængelse af mentorforløbet for {c.first}. Du hører fra os, når vi har truffet afgørelse. Forventet svartid er 10 arbejdsdage.",
                     "Med venlig hilsen", c.cw]
    elif variant == 2:
        doc = Doc("Mødeindkaldelse: statusmøde om mentorforløb")
        doc.intro = [f"Hej {c.first} og {c.mfirst}", f"Jeg indkalder til statusmøde {c.d(c.letter_date)} kl. 13.00 på Jobcentret, mødelokale 2. Vi skal tale om, hvordan det går i {c.place}, og om der skal laves en revideret aftale.",
                     "Giv besked, hvis tidspunktet ikke passer.", "Hilsen", c.cw]
    else:
        doc = Doc(f"Rettelse til aftale – stavefejl i mentors mailadresse")
        doc.intro = [f"Hej {c.cw}", f"I den reviderede aftale for {c.first} står min mailadresse forkert. Den rigtige er {c.mmail}. Resten af aftalen er uændret.",
                     f"Mvh {c.mentor}", c.prov]
    return doc


# ---------------------------------------------------------------- plan
def build_plan(rng: random.Random):
    """(kind, family, defects) specs with a fixed defect mix (~40 % of kind documents clean)."""
    specs = []
    fams = (["proposal"] * 14 + ["revised"] * 10 + ["tillaeg"] * 6 + ["hours"] * 5 + ["extension"] * 10)
    rng.shuffle(fams)
    singles = (["missing-appeal-guidance"] * 3 + ["missing-follow-up"] * 3 + ["missing-hours"] * 3
               + ["missing-mentor"] * 2 + ["unclear-goal"] * 3 + ["duration-over-6-months"] * 3
               + ["missing-tasks"] * 2 + ["missing-goal", "missing-duration"])
    doubles = [("missing-hours", "missing-appeal-guidance"), ("unclear-goal", "missing-follow-up"),
               ("missing-mentor", "duration-over-6-months"), ("missing-tasks", "missing-appeal-guidance"),
               ("missing-goal", "missing-hours"), ("missing-duration", "missing-follow-up")]
    pool = [set()] * 18 + [{x} for x in singles] + [set(x) for x in doubles]
    rng.shuffle(pool)
    for fam in fams:
        k = 0
        if fam == "hours":
            while "missing-hours" in pool[k]:
                k += 1
        specs.append(("agreement", fam, pool.pop(k)))
    dfams = ["ext"] * 9 + ["partial"] * 4 + ["hours"] * 5 + ["refusal"] * 4 + ["end"] * 3
    rng.shuffle(dfams)
    over = [{"duration-over-6-months"}] * 5 + [{"duration-over-6-months", "missing-appeal-guidance"}]
    other = [set()] * 11 + [{"missing-appeal-guidance"}] * 8
    rng.shuffle(other)
    n_period = sum(1 for f in dfams if f in ("ext", "partial"))
    # the 13 decisions with a new period: 6 over the limit, the rest from `other`
    for fam in dfams:
        if fam in ("ext", "partial") and over and rng.random() < len(over) / max(n_period, 1) * 1.0:
            d = over.pop()
        else:
            d = other.pop() if other else set()
        if fam in ("ext", "partial"):
            n_period -= 1
        specs.append(("decision", fam, d))
    mp = [set()] * 4 + [{"missing-hours"}] * 2 + [{"missing-mentor"}, {"unclear-goal"},
                                                  {"duration-over-6-months"}, {"missing-tasks"}]
    rng.shuffle(mp)
    for d in mp:
        specs.append(("minplan", "minplan", d))
    for fam in ["status"] * 5 + ["invoice"] * 4 + ["minutes"] * 4 + ["mail"] * 5:
        specs.append(("unknown", fam, set()))
    return specs


FORMATS_AG = ["docx", "pdf", "odt", "txt", "html", "eml", "eml-attach", "docx", "pdf"]
FORMATS_DEC = ["pdf", "docx", "html", "txt", "odt", "pdf", "eml"]
FORMATS_MP = ["html", "pdf", "txt", "docx"]
FORMATS_UNK = {"status": ["docx", "pdf", "odt"], "invoice": ["pdf", "html"],
               "minutes": ["docx", "txt", "odt"], "mail": ["eml"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1212)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    specs = build_plan(rng)
    mail_variant = 0
    for i, (kind, fam, defects) in enumerate(specs):
        c = Ctx(rng, i)
        traits = [f"family:{fam}"]
        period = None
        if kind == "agreement":
            span = None
            if fam == "extension":
                ns = c.end + dt.timedelta(days=1)
                span = (ns, period_end(ns, rng.choice([3, 6, 6])))
            doc = agreement_doc(c, fam, defects, span)
            fmt = rng.choice(FORMATS_AG)
            layout = f"{fam}-{'prose' if getattr(doc, '_prose', False) else 'table' if doc.table else 'sections'}"
        elif kind == "decision":
            doc = decision_doc(c, fam, defects)
            fmt = rng.choice(FORMATS_DEC)
            layout = f"decision-{fam}"
            if getattr(doc, "_period", None):
                period = {"start": doc._period[0].isoformat(), "end": doc._period[1].isoformat()}
        elif kind == "minplan":
            doc = minplan_doc(c, defects)
            fmt = rng.choice(FORMATS_MP)
            layout = "minplan-card"
        else:
            if fam == "status":
                doc = status_report(c)
            elif fam == "invoice":
                doc = invoice(c)
            elif fam == "minutes":
                doc = minutes(c)
            else:
                doc = short_mail(c, mail_variant % 4)
                mail_variant += 1
            fmt = rng.choice(FORMATS_UNK[fam])
            layout = f"unknown-{fam}"
        if getattr(doc, "_period", None):
            period = {"start": doc._period[0].isoformat(), "end": doc._period[1].isoformat()}
        sub = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan",
               "unknown": "oevrigt"}[kind]
        slug = c.first.lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        ext = "eml" if fmt.startswith("eml") else fmt
        rel = f"{sub}/{i:03d}_{fam}_{slug}.{ext}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        sent = dt.datetime.combine(c.letter_date, dt.time(9, rng.randint(0, 59)))
        if fmt == "docx":
            write_docx(doc, p)
        elif fmt == "pdf":
            if rng.random() < 0.4:
                write_pdf_lo(doc, p)
                traits.append("pdf:libreoffice")
            else:
                write_pdf(doc, p)
                traits.append("pdf:reportlab")
        elif fmt == "odt":
            write_odt(doc, p)
        elif fmt == "txt":
            p.write_text(txt_str(doc), encoding="utf-8")
        elif fmt == "html":
            p.write_text(html_str(doc), encoding="utf-8")
        elif fmt == "eml":
            if kind == "unknown":
                frm = f"{c.cw} <{c.cwmail}>" if "Hej " + c.mfirst in doc.intro[0] or "Kære " + c.mentor in doc.intro[0] or doc.title.startswith("Møde") else f"{c.mentor} <{c.mmail}>"
                to = f"{c.mentor} <{c.mmail}>" if frm.startswith(c.cw) else f"{c.cw} <{c.cwmail}>"
            elif kind == "decision":
                frm, to = f"{c.cw} <{c.cwmail}>", f"{c.mentor} <{c.mmail}>"
                doc.intro.insert(0, f"Til orientering: kopi af afgørelsen, som er sendt til {c.first} i e-Boks.")
                traits.append("mail-copy-of-decision")
            else:
                frm = f"{c.mentor} <{c.mmail}>" if "missing-mentor" not in defects else f"{c.prov} <post@{c.dom}>"
                to = f"{c.cw} <{c.cwmail}>"
                doc.intro.insert(0, rng.choice([f"Hej {c.cw.split()[0]}", f"Kære {c.cw}", "Hej"]))
                doc.intro.insert(1, rng.choice(["Aftalen står herunder, så den kan læses direkte i mailen.",
                                                "Som lovet sender jeg aftalen her i mailen."]))
            write_eml(doc, p, frm, to, sent, html=rng.random() < 0.3)
            traits.append("eml-body")
        elif fmt == "eml-attach":
            mail = Doc(f"{doc.title} – {c.first}")
            what = {"proposal": "vores forslag til aftale", "extension": "forslag til ny periode",
                    "hours": "aftalen med det ændrede timetal"}.get(fam, "den reviderede aftale")
            mail.intro = [f"Hej {c.cw}", f"Hermed {what} som aftalt på mødet. Den ligger som bilag.",
                          "Venlig hilsen", c.prov]
            frm = f"{c.prov} <post@{c.dom}>"
            write_eml(mail, p, frm, f"{c.cw} <{c.cwmail}>", sent, attach=doc,
                      attach_name=f"aftale_{slug}.docx")
            traits.append("eml-attachment-docx")
        rules = sorted(defects)
        mnc = []
        if c.cpr:
            mnc = [c.cpr, c.cpr.replace("-", "")]
            traits.append("cpr")
        traits.append("format:" + fmt)
        entries.append({"path": rel, "format": ext, "kind": kind, "subtype": fam, "layout": layout,
                        "rules": rules, "extras": getattr(doc, "_extras", []), "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": traits, "period": period})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
