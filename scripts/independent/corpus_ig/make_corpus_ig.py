#!/usr/bin/env python
"""Corpus IG: mentor documents as they look after a reviewer has been through them.

Reviewer notes typed into the text, Word comments, highlights, tracked changes (accepted or
not), PDF sticky notes and stamps, margin notes, review checklists appended at the end, and
reviewers' own summaries (look-alikes, kind unknown).  Labels describe the document's own
content (tracked changes read as accepted: deletions gone, insertions in), never the notes.

Run:  /work/main/.venv/bin/python make_corpus_ig.py --out /work/corpora/ig [--seed 19]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

CITIZENS = ["Mikkel Holm", "Sara Lindqvist", "Ahmad Rahimi", "Louise Dam", "Jonas Kjær",
            "Fatima El-Amin", "Rasmus Bech", "Nanna Frost", "Kristoffer Lund", "Helle Vad",
            "Emil Sørensen", "Aisha Noor", "Tobias Winther", "Camilla Brix", "Omar Haddad",
            "Signe Mølgaard", "Patrick Juul", "Maja Thorsen", "Ali Yilmaz", "Line Krogh"]
MENTORS = [("Lone Berg", "Jobværkstedet", "22 41 87 30", "lobe@jobvaerkstedet.dk"),
           ("Henrik Aagaard", "Mentorhuset ApS", "40 17 22 95", "ha@mentorhuset.dk"),
           ("Birgitte Skov", "Ungeenheden", "29 63 10 48", "bisk@ungeenheden.dk"),
           ("Yusuf Demir", "Brobyggerne", "31 55 02 77", "yd@brobyggerne.dk"),
           ("Mette Kirkegaard", "Job & Trivsel", "26 90 34 12", "mk@jobogtrivsel.dk"),
           ("Thomas Friis", "Virksomhedsservice", "51 28 46 03", "tfr@kommune.dk"),
           ("Pia Rasmussen", "Den Sociale Mentorordning", "60 13 77 81", "pira@dsm.dk")]
KOMMUNER = ["Skive Kommune", "Faxe Kommune", "Holbæk Kommune", "Vejen Kommune", "Rebild Kommune",
            "Syddjurs Kommune", "Odsherred Kommune", "Tønder Kommune", "Assens Kommune"]
CASEWORKERS = ["Anne-Marie Poulsen", "Kasper Vinther", "Dorthe Lykke", "Jesper Hald", "Sanne Boe"]
REVIEWERS = [("Kvalitetskonsulent", "KK"), ("Tina Mørch", "TM"), ("Leder Jobafd.", "LJ"),
             ("Bent Ravn", "BR"), ("Faglig koordinator", "FK")]

GOALS_CLEAR = [
    "{f} er i virksomhedspraktik i {place} 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} starter på grundforløbet på {school} i {mon} og møder mindst fire dage om ugen.",
    "{f} har fået et fleksjob som pedelmedhjælper på 12 timer om ugen inden periodens udløb.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og søger optagelse på SOSU-hjælperuddannelsen til {mon}.",
    "{f} er i ordinært job på lageret hos {place} mindst 20 timer om ugen ved periodens afslutning.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og få mere struktur på hverdagen.",
    "Øget trivsel og selvværd, så {f} kommer tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på tingene og motivere {f}.",
    "At {f} får det bedre og kommer videre i livet.",
]
PLACES = ["Netto i Skive", "Bilka Holbæk", "Dagrofa Lager", "Lidl Distributionscenter", "Plantorama",
          "Cafe Kornet"]
SCHOOLS = ["Tradium", "EUC Syd", "Mercantec", "Roskilde Tekniske Skole", "Selandia"]
TASKS = [
    "Følge {f} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport; "
    "hjælpe med kontakt til arbejdsgiver ved fravær.",
    "Hjælpe med at planlægge ugen, vækkeopkald kl. 7.15 på skoledage og ledsagelse til studievejleder.",
    "Støtte ved samtaler med virksomheden, øve bus-ruten og gennemgå arbejdsplan hver mandag.",
    "Bistå med struktur omkring lektier, kontakt til SU-kontoret og opfølgning på fravær med skolen.",
]
FOLLOW = [
    "Statusmøde med mentor, borger og sagsbehandler hver måned; evaluering 14 dage før ophør. "
    "Delmål: fremmøde 4 af 5 dage fra uge 2.",
    "Opfølgning hver 4. uge på jobcentret. Progression måles på fremmøde og antal timer i praktik.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering senest 14 dage før periodens udløb.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Løbende dialog."]
HOURS = ["3 timer pr. uge", "2 t/uge", "4 timer ugentligt", "8 timer om måneden", "5 timer pr. uge"]
HOURS_VAGUE = ["et par timer om ugen", "efter behov", "løbende"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger efter, at du har "
    "modtaget dette brev. Du kan klage mundtligt eller skriftligt. Kommunen genvurderer afgørelsen "
    "inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen, "
    "jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {k}, Jobcenter, senest 4 uger efter du "
    "har modtaget afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi "
    "klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Kontakt din sagsbehandler, hvis du har spørgsmål til afgørelsen."]


def dstr(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    import calendar
    last = calendar.monthrange(d.year + y, mo + 1)[1]
    return dt.date(d.year + y, mo + 1, min(d.day, last))


class Doc:
    """A neutral block model: ('h', text) ('p', text) ('kv', label, value) ('note', text, style)
    ('del', text) ('ins', text) ('comment', anchor, text) ('check', [items]) ('stamp', text)."""

    def __init__(self, title: str):
        self.title = title
        self.blocks: list[tuple] = [("title", title)]

    def add(self, *b):
        self.blocks.append(b)


# ---------------------------------------------------------------- renderers
def render_txt(doc: Doc, path: Path):
    out = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += [b[1].upper() if len(b[1]) < 40 else b[1], ""]
        elif t == "h":
            out += [b[1], ""]
        elif t in ("p", "ins"):
            out += [b[1], ""]
        elif t == "kv":
            out += [f"{b[1]}: {b[2]}"]
        elif t == "note":
            out += [b[1], ""]
        elif t == "comment":
            out += [f"{b[1]}   [Kommentar: {b[2]}]", ""]
        elif t == "check":
            out += ["", "---- Kontrolskema (udfyldt af kvalitetskonsulent) ----"]
            out += [f"[{'x' if ok else ' '}] {it}" for it, ok in b[1]]
            out += [""]
        elif t == "stamp":
            out += [f"*** {b[1]} ***", ""]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(doc: Doc, path: Path):
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>{esc(doc.title)}</title></head><body>", f"<h1>{esc(doc.title)}</h1>"]
    rows = []

    def flush():
        if rows:
            out.append("<table>" + "".join(f"<tr><th>{esc(a)}</th><td>{esc(v)}</td></tr>" for a, v in rows)
                       + "</table>")
            rows.clear()
    for b in doc.blocks[1:]:
        t = b[0]
        if t != "kv":
            flush()
        if t == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif t == "kv":
            rows.append((b[1], b[2]))
        elif t == "note":
            style = b[2] if len(b) > 2 else "mark"
            if style == "comment":
                out.append(f"<!-- {esc(b[1])} -->")
            else:
                out.append(f'<p><mark style="background:yellow">{esc(b[1])}</mark></p>')
        elif t == "ins":
            out.append(f"<p><ins>{esc(b[1])}</ins></p>")
        elif t == "del":
            out.append(f"<p><del>{esc(b[1])}</del></p>")
        elif t == "comment":
            out.append(f'<p>{esc(b[1])} <span class="review-comment" style="color:#c00">'
                       f'[{esc(b[2])}]</span></p>')
        elif t == "check":
            out.append('<div class="review-checklist"><h3>Tjekliste – kvalitetsgennemgang</h3><ul>'
                       + "".join(f"<li>{'☑' if ok else '☐'} {esc(it)}</li>" for it, ok in b[1])
                       + "</ul></div>")
        elif t == "stamp":
            out.append(f'<div class="stamp" style="border:2px solid red;color:red">{esc(b[1])}</div>')
    flush()
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def _rev(tag: str, rid: int, author: str):
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), "2026-03-02T10:14:00Z")
    return el


def render_docx(doc: Doc, path: Path, reviewer: str, initials: str):
    d = Document()
    d.add_heading(doc.title, level=1)
    rid = 100
    table = None
    for b in doc.blocks[1:]:
        t = b[0]
        if t != "kv":
            table = None
        if t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            if table is None:
                table = d.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            r = table.add_row().cells
            r[0].text, r[1].text = b[1], b[2]
        elif t == "note":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif t == "comment":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            d.add_comment(run, text=b[2], author=reviewer, initials=initials)
        elif t in ("ins", "del"):
            p = d.add_paragraph()
            rid += 1
            wrap = _rev("w:ins" if t == "ins" else "w:del", rid, reviewer)
            r = OxmlElement("w:r")
            te = OxmlElement("w:t" if t == "ins" else "w:delText")
            te.set(qn("xml:space"), "preserve")
            te.text = b[1]
            r.append(te)
            wrap.append(r)
            p._p.append(wrap)
        elif t == "check":
            d.add_paragraph("Tjekliste – intern kvalitetskontrol", style="Heading 3")
            for it, ok in b[1]:
                d.add_paragraph(f"{'☒' if ok else '☐'} {it}")
        elif t == "stamp":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.bold = True
            run.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    d.save(path)


def render_odt(doc: Doc, path: Path, reviewer: str):
    from odf.opendocument import OpenDocumentText
    from odf.office import Annotation
    from odf.dc import Creator, Date as DcDate
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span
    o = OpenDocumentText()
    hl = Style(name="Marker", family="text")
    hl.addElement(TextProperties(backgroundcolor="#ffff00"))
    o.automaticstyles.addElement(hl)
    o.text.addElement(H(outlinelevel=1, text=doc.title))
    for b in doc.blocks[1:]:
        t = b[0]
        if t == "h":
            o.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t in ("p", "ins"):
            o.text.addElement(P(text=b[1]))
        elif t == "kv":
            o.text.addElement(P(text=f"{b[1]}: {b[2]}"))
        elif t == "note":
            p = P()
            p.addElement(Span(stylename=hl, text=b[1]))
            o.text.addElement(p)
        elif t == "comment":
            p = P(text=b[1])
            a = Annotation()
            a.addElement(Creator(text=reviewer))
            a.addElement(DcDate(text="2026-03-02T10:14:00"))
            a.addElement(P(text=b[2]))
            p.addElement(a)
            o.text.addElement(p)
        elif t == "check":
            o.text.addElement(H(outlinelevel=3, text="Tjekliste – kvalitetskontrol"))
            for it, ok in b[1]:
                o.text.addElement(P(text=f"{'☒' if ok else '☐'} {it}"))
        elif t == "stamp":
            p = P()
            p.addElement(Span(stylename=hl, text=b[1]))
            o.text.addElement(p)
    o.save(str(path))


def render_pdf(doc: Doc, path: Path, reviewer: str, sticky: list[str], rnd: random.Random):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    note = ParagraphStyle("note", parent=ss["Normal"], textColor=colors.red, fontName="Helvetica-Oblique",
                          leftIndent=260, fontSize=8)
    flow = [Paragraph(esc(doc.title), ss["Title"])]
    rows = []

    def flush():
        if rows:
            tb = Table([[Paragraph(esc(a), ss["Normal"]), Paragraph(esc(v), ss["Normal"])] for a, v in rows],
                       colWidths=[130, 330])
            tb.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            flow.append(tb)
            flow.append(Spacer(1, 6))
            rows.clear()
    stamps = []
    for b in doc.blocks[1:]:
        t = b[0]
        if t != "kv":
            flush()
        if t == "h":
            flow.append(Paragraph(esc(b[1]), ss["Heading2"]))
        elif t in ("p", "ins"):
            flow.append(Paragraph(esc(b[1]), ss["Normal"]))
            flow.append(Spacer(1, 4))
        elif t == "kv":
            rows.append((b[1], b[2]))
        elif t == "note" and b[1].startswith("Kommentar fra leder"):
            sticky.append(b[1])
        elif t == "note":
            flow.append(Paragraph(esc(b[1]), note))
        elif t == "comment":
            flow.append(Paragraph(esc(b[1]), ss["Normal"]))
            sticky.append(b[2])
        elif t == "check":
            flow.append(Spacer(1, 10))
            flow.append(Paragraph("Kontrolskema – gennemgang", ss["Heading3"]))
            for it, ok in b[1]:
                flow.append(Paragraph(f"{'[X]' if ok else '[  ]'} {esc(it)}", ss["Normal"]))
        elif t == "stamp":
            stamps.append(b[1])
    flush()

    def on_page(c, _d):
        for i, s in enumerate(stamps):
            c.saveState()
            c.setStrokeColor(colors.red)
            c.setFillColor(colors.red)
            c.translate(400, 760 - i * 50)
            c.rotate(rnd.choice([-12, -8, 8]))
            c.setFont("Helvetica-Bold", 11)
            c.rect(-6, -6, 8 + 6.2 * len(s), 22)
            c.drawString(0, 0, s)
            c.restoreState()
    SimpleDocTemplate(str(path), pagesize=A4, title=doc.title).build(flow, onFirstPage=on_page)
    if sticky:
        from pypdf import PdfReader, PdfWriter
        from pypdf.annotations import Text
        w = PdfWriter(clone_from=PdfReader(str(path)))
        for i, s in enumerate(sticky):
            w.add_annotation(page_number=0, annotation=Text(text=f"{reviewer}: {s}",
                                                            rect=(520, 700 - 40 * i, 540, 720 - 40 * i),
                                                            open=False))
        with open(path, "wb") as fh:
            w.write(fh)


# ---------------------------------------------------------------- content
def cpr(rnd: random.Random) -> str:
    d = dt.date(1965, 1, 1) + dt.timedelta(days=rnd.randrange(0, 365 * 38))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rnd.randrange(1000, 9999)}"


class Builder:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed)
        self.entries = []

    def people(self):
        r = self.rnd
        c = r.choice(CITIZENS)
        return c, c.split()[0], r.choice(MENTORS), r.choice(KOMMUNER), r.choice(CASEWORKERS)

    def period(self, over: bool):
        r = self.rnd
        start = dt.date(2026, r.choice([2, 3, 4, 5, 6, 8, 9]), r.choice([1, 1, 1, 15, 10]))
        if over:
            kind = r.choice(["months", "oneday", "length"])
            if kind == "months":
                end = add_months(start, r.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
            elif kind == "oneday":
                end = add_months(start, 6)
            else:
                return start, None, r.choice(["9 måneder", "et år", "40 uger", "8 mdr."])
        else:
            end = add_months(start, r.choice([3, 4, 6, 6])) - dt.timedelta(days=1)
        return start, end, None

    def period_text(self, start, end, length):
        st = self.rnd.randrange(3)
        if length:
            return f"fra {dstr(start, 0)} og {length} frem"
        sep = self.rnd.choice([" – ", " til ", "-"] if st != 2 else [" – ", " til "])
        return f"{dstr(start, st)}{sep}{dstr(end, st)}"

    # agreement ------------------------------------------------------
    def agreement(self, defects: set[str], review: str, fmt: str, i: int):
        r = self.rnd
        c, f, m, k, cw = self.people()
        start, end, length = self.period("duration-over-6-months" in defects)
        mon = MONTHS[(start.month + 1) % 12]
        goal = r.choice(GOALS_CLEAR).format(f=f, place=r.choice(PLACES), school=r.choice(SCHOOLS),
                                            d=dstr(add_months(start, 3), 0), mon=mon)
        if "unclear-goal" in defects:
            goal = r.choice(GOALS_UNCLEAR).format(f=f)
        layout = r.choice(["kv", "headings", "letter"])
        title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte efter LAB § 167",
                          "Aftale om mentorforløb"])
        doc = Doc(title)
        traits = [f"review:{review}", f"layout:{layout}"]
        musts = []
        hdr = f"{k} · Sagsbehandler: {cw} · Dato: {dstr(start - dt.timedelta(days=r.randrange(3, 12)), 1)}"
        doc.add("p", hdr)
        if r.random() < 0.3:
            cp = cpr(r)
            musts.append(cp)
            doc.add("p", f"Borger: {c}, CPR-nr. {cp}")
            traits.append("cpr")
        else:
            doc.add("p", f"Borger: {c}")
        fields = {}
        fields["goal"] = None if "missing-goal" in defects else goal
        if "missing-mentor" in defects:
            fields["mentor"] = r.choice([f"{m[0]}, {m[1]}", None, "[navn på mentor]"])
        else:
            fields["mentor"] = f"{m[0]}, {m[1]}, tlf. {m[2]}, {m[3]}"
        fields["tasks"] = None if "missing-tasks" in defects else r.choice(TASKS).format(f=f)
        if "missing-duration" in defects:
            fields["period"] = r.choice([None, "indtil videre", f"fra {dstr(start, 0)} – indtil videre"])
        else:
            fields["period"] = self.period_text(start, end, length)
        fields["follow"] = (r.choice([None] + FOLLOW_VAGUE) if "missing-follow-up" in defects
                            else r.choice(FOLLOW))
        fields["hours"] = (r.choice([None] + HOURS_VAGUE) if "missing-hours" in defects else r.choice(HOURS))
        fields["appeal"] = (r.choice([None] + APPEAL_BAD) if "missing-appeal-guidance" in defects
                            else r.choice(APPEAL_FULL).format(k=k))
        labels = {"goal": r.choice(["Mål", "Målet med mentorstøtten", "Formål"]),
                  "mentor": r.choice(["Mentor", "Mentorens navn og kontaktdata"]),
                  "tasks": r.choice(["Mentorens opgaver", "Opgaver", "Indsatsområder"]),
                  "period": r.choice(["Periode", "Varighed", "Bevilget periode"]),
                  "follow": r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
                  "hours": r.choice(["Timetal", "Antal timer", "Timer"]),
                  "appeal": "Klagevejledning"}
        # the reviewer's notes, decided before rendering so they can point at fields
        notes = self.review_notes(review, defects, fields, m, f, r)
        order = ["goal", "mentor", "tasks", "period", "hours", "follow"]
        cut = None
        if review == "tracked-cut":
            cands = [x for x in ("hours", "tasks", "follow") if fields[x] is not None and fields[x] not in FOLLOW_VAGUE
                     and fields[x] not in HOURS_VAGUE]
            if cands:
                cut = r.choice(cands)
                defects = defects | {{"hours": "missing-hours", "tasks": "missing-tasks",
                                      "follow": "missing-follow-up"}[cut]}
        for key in order:
            val = fields[key]
            for n in notes.get(key, []):
                doc.add(*n)
            if val is None:
                continue
            if review == "tracked" and key == "period" and "duration-over-6-months" not in defects:
                old = self.period_text(start, add_months(start, 9) - dt.timedelta(days=1), None)
                doc.add("del", f"{labels[key]}: {old}")
                doc.add("ins", f"{labels[key]}: {val}")
                traits.append("tracked:period-corrected")
            elif review == "tracked-cut" and key == cut:
                doc.add("del", f"{labels[key]}: {val}")
                traits.append(f"tracked:deleted-{key}")
            elif notes.get("commented") and notes["commented"][0][0] == key:
                doc.add("comment", f"{labels[key]}: {val}", notes["commented"][0][1])
            elif layout == "kv":
                doc.add("kv", labels[key], val)
            elif layout == "headings":
                doc.add("h", labels[key])
                doc.add("p", val)
            elif key == "mentor" and "missing-mentor" not in defects and r.random() < 0.6:
                doc.add("p", f"Din mentor er {m[0]} fra {m[1]}. Du kan kontakte {m[0].split()[0]} på tlf. {m[2]} "
                             f"eller {m[3]}.")
            elif key == "hours" and val in HOURS and r.random() < 0.6:
                doc.add("p", f"Mentoren har {val} sammen med dig.")
            elif key == "tasks" and r.random() < 0.5:
                doc.add("p", f"Mentoren skal hjælpe dig med følgende: {val}")
            else:
                doc.add("p", f"{labels[key]}: {val}")
            for n in notes.get(key + "+", []):
                doc.add(*n)
        if fields["appeal"] is not None:
            doc.add("h", labels["appeal"])
            doc.add("p", fields["appeal"])
        for n in notes.get("appeal", []):
            doc.add(*n)
        doc.add("p", f"Underskrift borger: ______   Underskrift mentor: ______   Sagsbehandler: {cw}")
        for n in notes.get("end", []):
            doc.add(*n)
        rules = sorted(d for d in defects)
        per = None
        if end is not None and "missing-duration" not in defects:
            per = {"start": start.isoformat(), "end": end.isoformat()}
        return doc, "agreement", "agreement", rules, musts, traits, per, layout

    def review_notes(self, review, defects, fields, m, f, r):
        """Return {field: [blocks]} placing reviewer material near a field."""
        notes: dict[str, list] = {}
        present = [k for k, v in fields.items() if v is not None and k != "appeal"]
        absent = [k for k, v in fields.items() if v is None]
        fname = {"goal": "mål", "mentor": "mentor", "tasks": "opgaver", "period": "periode", "hours": "timetal",
                 "follow": "opfølgning", "appeal": "klagevejledning"}
        if review == "false-alarm":
            # a note claims something is missing that is actually there
            key = r.choice(present + ["appeal"] if fields["appeal"] else present)
            txt = r.choice([f"[NB: {fname[key]} mangler]", f"OBS: husk {fname[key]}!",
                            f"// tjek {fname[key]} – mangler?", f"KK: {fname[key].capitalize()} ikke udfyldt??"])
            notes.setdefault(key, []).append(("note", txt))
        elif review == "supplies":
            # the note supplies a field the document lacks: still missing
            if absent:
                key = r.choice(absent)
                supply = {"goal": f"forslag til mål: {f} i praktik 15 t/uge senest 1. juni",
                          "mentor": f"mentor bliver nok {m[0]}, tlf. {m[2]}",
                          "tasks": "opgaver: følges til praktik, vækkeopkald",
                          "period": "periode skal være 1/3-31/8 2026",
                          "hours": "timetal 3 t/uge – skal skrives ind",
                          "follow": "opfølgning: statusmøde hver måned",
                          "appeal": "indsæt std. klagevejledning (4 uger, klage til kommunen)"}[key]
                txt = r.choice([f"[NB: {supply}]", f"// {supply}", f"Kommentar fra leder: {supply}"])
                notes.setdefault(key if key != "appeal" else "end", []).append(("note", txt))
            else:
                notes.setdefault("end", []).append(("note", "[NB: ser fin ud – ingen rettelser]"))
        elif review == "correct":
            if absent:
                key = r.choice(absent)
                notes.setdefault(key if key != "appeal" else "end", []).append(
                    ("note", f"[NB: {fname[key]} mangler – sendes retur til mentor]"))
            else:
                notes.setdefault("end", []).append(("note", "OK – alle felter udfyldt. /TM"))
        elif review == "comments" and [x for x in absent if x != "appeal"] and r.random() < 0.7:
            miss = r.choice([x for x in absent if x != "appeal"])
            supply = {"goal": f"Mål: {f} i praktik 15 t/uge senest 1. juni", "mentor": f"Mentor = {m[0]}, tlf. {m[2]}",
                      "tasks": "Opgaver: følges til praktik + vækkeopkald", "period": "Periode 1/3-31/8 2026",
                      "hours": "Timetal: 3 t/uge", "follow": "Opfølgning: statusmøde hver måned"}[miss]
            notes["commented"] = [(r.choice(present), f"{supply} – skal skrives ind i aftalen")]
        elif review == "comments":
            key = r.choice(present)
            val = fields[key]
            txt = r.choice([f"Er {fname[key]} aftalt med borger?", "Mangler dette ikke?",
                            f"Tjek {fname[key]} mod bevillingen", "Formulering ok?"])
            notes["commented"] = [(key, txt)]
        elif review == "stamp":
            notes.setdefault("end", []).append(("stamp", r.choice(["KONTROLLERET", "Godkendt af leder",
                                                                   "Set: KK 04.03.2026", "JOURNALISERET"])))
        elif review == "checklist":
            items = []
            for k, lab in [("goal", "Mål beskrevet"), ("mentor", "Mentor og kontaktdata"), ("tasks", "Opgaver"),
                           ("period", "Periode (maks. 6 mdr.)"), ("hours", "Timetal"),
                           ("follow", "Opfølgning / delmål"), ("appeal", "Klagevejledning")]:
                ok = r.random() < 0.6  # the reviewer ticks at random-ish: the ticks are not the content
                items.append((lab, ok))
            notes.setdefault("end", []).append(("check", items))
        return notes

    # decision --------------------------------------------------------
    def decision(self, defects, review, fmt, i):
        r = self.rnd
        c, f, m, k, cw = self.people()
        sub = r.choice(["grant", "grant", "partial", "extension", "end", "refusal"])
        over = "duration-over-6-months" in defects
        start, end, length = self.period(over)
        per_txt = self.period_text(start, end, length)
        doc = Doc(r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Vedr. din mentorstøtte"])
                  if sub in ("grant", "partial") else
                  {"extension": "Forlængelse af mentorstøtte", "end": "Ophør af mentorstøtte",
                   "refusal": "Afslag på mentorstøtte"}[sub])
        musts, traits = [], [f"review:{review}", f"sub:{sub}"]
        doc.add("p", f"{k}, Jobcenter · {dstr(start - dt.timedelta(days=9), 0)}")
        if r.random() < 0.3:
            cp = cpr(r)
            musts.append(cp)
            doc.add("p", f"Til: {c} (cpr.nr. {cp})")
            traits.append("cpr")
        else:
            doc.add("p", f"Kære {c}")
        hrs = r.choice(HOURS)
        per = None
        if sub == "grant":
            doc.add("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {per_txt}, "
                         f"{hrs}, efter lov om en aktiv beskæftigelsesindsats § 167.")
            doc.add("p", f"Din mentor bliver {m[0]} fra {m[1]}. Den skriftlige aftale om mentorforløbet laves "
                         f"sammen med dig og mentoren ved første møde.")
        elif sub == "partial":
            doc.add("p", f"Du har søgt om mentorstøtte med 8 timer om ugen. Vi har delvist imødekommet din "
                         f"ansøgning og bevilget {hrs} i perioden {per_txt}.")
            doc.add("h", "Begrundelse")
            doc.add("p", "Vi har lagt vægt på, at du allerede får støtte fra skolens SPS-ordning, og at dit behov "
                         "for mentor derfor er mindre, jf. LAB § 167, stk. 1.")
        elif sub == "extension":
            doc.add("p", f"Vi har efter en konkret vurdering besluttet at forlænge din mentorstøtte. Den nye periode "
                         f"er {per_txt}, {hrs}. Mentor er fortsat {m[0]}.")
            doc.add("p", "Vi har lagt vægt på, at du er kommet godt i gang i praktikken, men endnu ikke møder stabilt.")
        elif sub == "end":
            doc.add("p", f"Din mentorstøtte ophører den {dstr(end or add_months(start, 6), 0)}, fordi du er startet i "
                         f"ordinær uddannelse og ikke længere har behov for støtten. Vi har lagt vægt på "
                         f"udtalelsen fra skolen, jf. LAB § 167.")
        else:
            doc.add("p", "Vi har givet dig afslag på din ansøgning om mentorstøtte.")
            doc.add("h", "Begrundelse")
            doc.add("p", "Vi har lagt vægt på, at du allerede får de samme opgaver løst af din kontaktperson efter "
                         "serviceloven, og at der ikke er et konkret job- eller uddannelsesmål, jf. LAB § 167.")
        if sub in ("grant", "partial", "extension") and end is not None and not over:
            per = {"start": start.isoformat(), "end": end.isoformat()}
        if sub in ("end", "refusal"):
            defects = defects - {"duration-over-6-months"}
        appeal = (r.choice([None] + APPEAL_BAD) if "missing-appeal-guidance" in defects
                  else r.choice(APPEAL_FULL).format(k=k))
        if review == "false-alarm" and appeal:
            doc.add("note", r.choice(["OBS: husk klagevejledning", "[NB: klagevejledning mangler?]"]))
        if review == "supplies" and not appeal:
            doc.add("note", "// indsæt klagevejledning: klage til kommunen inden 4 uger, genvurdering, Ankestyrelsen")
        if review == "tracked":
            # the old (wrong) sentence deleted, the right one inserted
            doc.add("del", "Du kan klage direkte til Ankestyrelsen inden 4 uger.")
            traits.append("tracked-del")
        if review == "tracked-removed":
            appeal = None
        if appeal:
            doc.add("h", r.choice(["Klagevejledning", "Sådan klager du"]))
            if review == "tracked":
                doc.add("ins", appeal)
            else:
                doc.add("p", appeal)
        if review == "tracked-removed":
            # reviewer deleted the appeal guidance paragraph (tracked, not yet accepted)
            doc.add("h", "Klagevejledning")
            doc.add("del", APPEAL_FULL[0].format(k=k))
            defects = defects | {"missing-appeal-guidance"}
            traits.append("tracked-del-appeal")
        if review == "comments":
            doc.add("comment", f"Med venlig hilsen {cw}", r.choice(["Mangler begrundelse?", "Husk e-boks",
                                                                    "Klagevejledning ok – TM"]))
        else:
            doc.add("p", f"Med venlig hilsen {cw}, {k}")
        if review == "stamp":
            doc.add("stamp", r.choice(["KONTROLLERET", "Godkendt af leder"]))
        if review == "checklist":
            doc.add("check", [("Begrundelse", True), ("Klagevejledning", r.random() < 0.5),
                              ("Periode max 6 mdr", r.random() < 0.5), ("Sendt til e-boks", True)])
        rules = sorted(x for x in defects if x in ("missing-appeal-guidance", "duration-over-6-months"))
        return doc, "decision", sub, rules, musts, traits, per, "letter"

    # Min Plan ---------------------------------------------------------
    def minplan(self, defects, review, fmt, i):
        r = self.rnd
        c, f, m, k, cw = self.people()
        start, end, length = self.period("duration-over-6-months" in defects)
        goal = r.choice(GOALS_CLEAR).format(f=f, place=r.choice(PLACES), school=r.choice(SCHOOLS),
                                            d=dstr(add_months(start, 2), 0), mon=MONTHS[start.month % 12])
        if "unclear-goal" in defects:
            goal = r.choice(GOALS_UNCLEAR).format(f=f)
        doc = Doc(r.choice(["Min Plan", "Min Plan – udskrift", "Min Plan: Indsats – Mentor"]))
        musts, traits = [], [f"review:{review}"]
        doc.add("p", f"Udskrevet {dstr(start + dt.timedelta(days=4), 1)} · {k}")
        if r.random() < 0.25:
            cp = cpr(r)
            musts.append(cp)
            doc.add("p", f"{c} · {cp}")
            traits.append("cpr")
        else:
            doc.add("p", f"Borger: {c}")
        if "missing-goal" not in defects:
            doc.add("h", "Mit mål")
            doc.add("p", "Jeg vil gerne i arbejde inden for lager eller butik.")
        doc.add("h", "Indsats: Mentorstøtte")
        if "missing-goal" not in defects:
            doc.add("kv", "Formål med mentorstøtten", goal)
        if review == "false-alarm":
            doc.add("note", r.choice(["[NB: timetal mangler]", "OBS: mentor mangler tlf?", "// tjek periode"]))
        if "missing-mentor" not in defects:
            doc.add("kv", "Mentor", f"{m[0]}, {m[1]}, {m[2]}")
        elif r.random() < 0.5:
            doc.add("kv", "Mentor", m[0])
        if "missing-tasks" not in defects:
            doc.add("kv", "Mentorens opgaver", r.choice(TASKS).format(f=f))
        if "missing-duration" not in defects:
            doc.add("kv", "Periode", self.period_text(start, end, length))
        if "missing-hours" not in defects:
            doc.add("kv", "Timetal", r.choice(HOURS))
        elif r.random() < 0.5:
            doc.add("kv", "Timetal", r.choice(HOURS_VAGUE))
        if review == "supplies":
            doc.add("note", "[NB: mentors tlf. 22 41 87 30 / timetal 3 t/uge – skal rettes i Min Plan]")
        if review == "comments":
            doc.add("comment", "Status: Igangværende", r.choice(["Stemmer med bevilling", "Opdater periode?"]))
        if review == "stamp":
            doc.add("stamp", "Set af sagsbehandler")
        if review == "checklist":
            doc.add("check", [("Formål", True), ("Mentor", True), ("Opgaver", r.random() < .5),
                              ("Periode", True), ("Timetal", r.random() < .5)])
        doc.add("h", "Andre aktiviteter")
        doc.add("p", f"Virksomhedspraktik, {r.choice(PLACES)}, 13 uger.")
        rules = sorted(defects)
        per = None
        if end is not None and "missing-duration" not in defects and "duration-over-6-months" not in defects:
            per = {"start": start.isoformat(), "end": end.isoformat()}
        return doc, "minplan", "minplan", rules, musts, traits, per, "minplan-print"

    # unknown: reviewers' summaries and checklists ---------------------
    def unknown(self, variant, review, fmt, i):
        r = self.rnd
        c, f, m, k, cw = self.people()
        musts, traits = [], [f"lookalike:{variant}"]
        if variant == "summary":
            doc = Doc(r.choice(["Kvalitetsgennemgang af mentoraftale", "Notat: gennemgang af mentorsag"]))
            doc.add("p", f"Gennemgået af {r.choice(REVIEWERS)[0]}, {k}, uge {r.randrange(5, 40)}")
            doc.add("p", f"Sagen vedrører {c}. Aftalen er gennemgået mod kvalitetsstandarden.")
            doc.add("kv", "Mål", r.choice(["OK, konkret jobmål", "For uklart – skal omskrives"]))
            doc.add("kv", "Mentor og kontaktdata", "OK")
            doc.add("kv", "Opgaver", "Beskrevet")
            doc.add("kv", "Periode", "1/3-31/8 2026 – inden for 6 mdr.")
            doc.add("kv", "Timetal", r.choice(["3 t/uge – OK", "Mangler"]))
            doc.add("kv", "Klagevejledning", r.choice(["Standardtekst, 4 uger – OK", "Mangler"]))
            doc.add("p", "Samlet vurdering: aftalen sendes retur til mentor med bemærkninger.")
        elif variant == "audit":
            doc = Doc("Stikprøvekontrol – mentorsager 2. kvartal 2026")
            doc.add("p", f"{k}, Jobafdelingen. Intern revision af 20 mentoraftaler.")
            doc.add("p", "Resultat: 14 af 20 aftaler havde alle seks punkter (mål, mentor, opgaver, varighed og "
                         "opfølgning, timetal, klagevejledning). 4 manglede timetal, 2 manglede klagevejledning.")
            doc.add("p", "Anbefaling: skabelonen opdateres, og klagevejledningen (4 uger, klage til kommunen) "
                         "indsættes som fast tekst.")
        elif variant == "checklist":
            doc = Doc("Tjekliste til gennemgang af mentoraftaler")
            doc.add("check", [("Målet med mentorstøtten (job/uddannelse)", False),
                              ("Mentorens navn og kontaktdata", False), ("Mentorens opgaver", False),
                              ("Varighed (højst 6 måneder) og opfølgning", False), ("Timetal pr. uge", False),
                              ("Klagevejledning (4 uger, kommunen)", False)])
            doc.add("p", "Udfyldes af kvalitetskonsulent ved hver stikprøve.")
        elif variant == "mail":
            doc = Doc("Re: din mentoraftale – rettelser")
            doc.add("p", f"Hej {m[0]}")
            doc.add("p", f"Jeg har kigget aftalen for {f} igennem. Der mangler timetal, og klagevejledningen skal "
                         f"med. Kan du rette og sende den igen inden fredag?")
            doc.add("p", f"Mvh {cw}, {k}")
        elif variant == "minutes":
            doc = Doc("Referat – teammøde om kvalitet i mentorsager")
            doc.add("p", f"Deltagere: {cw}, {r.choice(CASEWORKERS)}, kvalitetskonsulent. {k}.")
            doc.add("p", "1. Gennemgang af stikprøver: mange aftaler mangler opfølgning og delmål.")
            doc.add("p", "2. Husk at perioden højst må være 6 måneder; forlængelse kræver ny vurdering.")
            doc.add("p", "3. Næste møde: 14. april 2026.")
        else:  # invoice with review stamp
            doc = Doc("Faktura – mentorydelser marts 2026")
            doc.add("p", f"{m[1]} · CVR 3{r.randrange(1000000, 9999999)}")
            doc.add("kv", "Borger", c)
            doc.add("kv", "Mentor", m[0])
            doc.add("kv", "Timer i marts", f"{r.randrange(8, 20)} timer á 450 kr.")
            doc.add("stamp", "Attesteret / godkendt til betaling")
            if r.random() < 0.5:
                cp = cpr(r)
                musts.append(cp)
                doc.add("kv", "CPR", cp)
                traits.append("cpr")
        return doc, "unknown", variant, [], musts, traits, None, variant


AGR_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
               "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
              "duration-over-6-months", "unclear-goal"]
REVIEWS = ["false-alarm", "supplies", "correct", "comments", "stamp", "checklist"]
FORMATS = ["docx", "pdf", "odt", "txt", "html"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ig")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    b = Builder(a.seed)
    r = b.rnd
    plan = []
    for i in range(36):
        plan.append(("agreement", i))
    for i in range(16):
        plan.append(("decision", i))
    for i in range(12):
        plan.append(("minplan", i))
    for i, v in enumerate(["summary", "summary", "audit", "checklist", "mail", "minutes", "invoice", "summary",
                           "checklist", "invoice", "mail", "summary"]):
        plan.append(("unknown:" + v, i))
    agr_plan = [set() for _ in range(12)] + [{d} for d in AGR_DEFECTS] + [
        {"missing-hours", "missing-follow-up"}, {"missing-mentor", "unclear-goal"},
        {"missing-appeal-guidance", "duration-over-6-months"}, {"missing-tasks", "missing-duration"},
        {"missing-hours"}, {"missing-appeal-guidance"}, {"duration-over-6-months"}, {"missing-mentor"},
        {"unclear-goal", "missing-hours"}, set(), set(), set(), {"missing-goal"}, {"missing-duration"},
        {"missing-follow-up"}]
    mp_plan = [set() for _ in range(5)] + [{d} for d in MP_DEFECTS]
    dec_plan = [set() for _ in range(10)] + [{"missing-appeal-guidance"}] * 3 + [{"duration-over-6-months"}] * 3
    for lst in (agr_plan, mp_plan, dec_plan):
        r.shuffle(lst)
    entries = []
    for n, (kind, i) in enumerate(plan):
        fmt = FORMATS[(n + i) % len(FORMATS)]
        review = r.choice(REVIEWS)
        reviewer, initials = r.choice(REVIEWERS)
        if kind == "agreement":
            defects = set(agr_plan[i])
            if fmt == "docx":
                review = ["tracked", "comments", "tracked-cut" if len(defects) <= 1 else "comments"][i % 3]
            res = b.agreement(defects, review, fmt, i)
        elif kind == "decision":
            defects = set(dec_plan[i])
            if fmt == "docx" and r.random() < 0.7:
                review = r.choice(["tracked", "tracked-removed"])
            res = b.decision(defects, review, fmt, i)
        elif kind == "minplan":
            defects = set(mp_plan[i])
            res = b.minplan(defects, review, fmt, i)
        else:
            res = b.unknown(kind.split(":")[1], review, fmt, i)
        doc, k, sub, rules, musts, traits, per, layout = res
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan",
                  "unknown": "oevrige"}[k]
        rel = f"{folder}/{n:03d}_{sub}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            render_txt(doc, p)
        elif fmt == "html":
            render_html(doc, p)
        elif fmt == "docx":
            render_docx(doc, p, reviewer, initials)
        elif fmt == "odt":
            render_odt(doc, p, reviewer)
        else:
            render_pdf(doc, p, reviewer, [], r)
        e = {"path": rel, "format": fmt, "kind": k, "subtype": sub, "layout": layout,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": musts, "traits": traits}
        if per:
            e["period"] = per
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
