#!/usr/bin/env python3
"""Corpus ej: hand-made paperwork from five small and island municipalities.

Deterministic: python make_corpus_ej.py --out /work/corpora/ej [--seed 1167]
Agreements as free letters, bullet lists, odd two-column tables (Hvad/Hvem/Hvornår/Hvor meget),
hand-filled scanned forms (OCR'ed with tesseract -l dan), e-mails to the citizen; decisions in
caseworkers' own words; Min Plan entries copied by hand; near misses (unknown).
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
from pathlib import Path

MUNIS = [
    dict(name="Ærø Kommune", short="Ærø", town="Ærøskøbing", addr="Statene 2, 5970 Ærøskøbing", tel="63 52 50 00", mail="job@aeroekommune.dk", team="Job og Ydelse"),
    dict(name="Samsø Kommune", short="Samsø", town="Tranebjerg", addr="Søtofte 10, 8305 Samsø", tel="87 92 22 00", mail="borgerservice@samsoe.dk", team="Beskæftigelse"),
    dict(name="Læsø Kommune", short="Læsø", town="Byrum", addr="Doktorvejen 2, 9940 Læsø", tel="96 21 30 00", mail="jobcenter@laesoe.dk", team="Job & Social"),
    dict(name="Fanø Kommune", short="Fanø", town="Nordby", addr="Skolevej 5-7, 6720 Fanø", tel="76 66 06 00", mail="jobogydelse@fanoe.dk", team="Jobcenter Fanø"),
    dict(name="Langeland Kommune", short="Langeland", town="Rudkøbing", addr="Fredensvej 1, 5900 Rudkøbing", tel="63 51 60 00", mail="jobcenter@langelandkommune.dk", team="Jobcenter Langeland"),
]
CITIZENS = ["Sofie Marie Holm", "Jonas Bak", "Amina Yusuf", "Kasper Ravn", "Line Kjær", "Mads Østergaard",
            "Nadia Berg", "Tobias Lund", "Camilla Due", "Rasmus Fog", "Ahmad Karimi", "Emma Skov",
            "Frederik Nør", "Ida Vestergaard", "Bjarke Hald", "Sara Mølgaard", "Oliver Thye", "Maja Krog",
            "Nikolaj Brix", "Julie Ammitzbøll", "Hassan Ali", "Signe Lykke", "Morten Dahl", "Tina Brandt"]
MENTORS = [("Lone Kristiansen", "Øhavets Mentorservice"), ("Per Hviid", "Mentorhuset Syd"),
           ("Birgitte Aagaard", "Kommunens mentorkorps"), ("Henrik Stub", "Nordstrand Beskæftigelse"),
           ("Gitte Juul", "Læsø Erhvervsmentor"), ("Allan Friis", "Fanø Ungeindsats"),
           ("Dorthe Winther", "Ø-mentor ApS"), ("Søren Lauridsen", "Kommunens mentorkorps")]
CASEWORKERS = ["Hanne Bech", "Jesper Vind", "Marianne Toft", "Ulla Sand", "Kim Rask", "Pia Hedegaard"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

CLEAR_GOALS = [
    "{f} er i virksomhedspraktik i Brugsen i {town} 12 timer om ugen senest 1. juni 2026, med løntilskud som næste skridt.",
    "At {f} starter på grundforløb 1 på EUC (tømrer) i august 2026 og møder op mindst 4 dage om ugen.",
    "{f} har et fleksjob på 15 t/uge som pedelmedhjælper på skolen inden periodens udløb.",
    "{f} gennemfører FGU (produktionsgrunduddannelsen, køkken) med fremmøde på min. 80 % frem til sommerferien.",
    "Målet er at {f} kommer i ordinært job på havnen/færgen – først praktik 3 dage om ugen, så ansættelse.",
    "{f} skal kunne passe sin praktik på plejehjemmet 20 timer ugentligt, så {f} kan søge ind på SOSU-hjælper til jan. 2027.",
    "Fastholde {f} i sit job på maskinstationen i {town} (25 t/uge) – max. 2 sygedage pr. md.",
    "{f} tager 9. klasses prøve i dansk og matematik på VUC i maj 2026 og søger derefter HF.",
    "Ordinær ansættelse som ufaglært på færgen (ca. 20 t. om ugen) efter endt praktik.",
]
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "At {f} får det bedre og kommer videre.",
    "Hjælp til at komme op om morgenen og få styr på økonomien.",
    "Øget selvværd og mere overskud.",
    "Sikre at {f} får en god hverdag og bliver mere stabil.",
    "Motivere {f} og arbejde på at komme tættere på arbejdsmarkedet.",
]
TASKS = [
    "følge {f} til praktikstedet de første 2 uger; ugentlig samtale om fremmøde og transport med færgen",
    "hjælpe med at lave en ugeplan, ringe om morgenen på praktikdage og tage med til første møde med arbejdsgiver",
    "støtte ved kontakt til skolen, hjælpe med lektieplan og følges til SU-kontoret",
    "hjælpe {f} med at holde styr på aftaler, følge med til lægen hvis det er nødvendigt for at kunne passe praktikken",
    "være kontakt til arbejdspladsen og tage en snak med {f} efter hver arbejdsuge om hvad der gik godt/skidt",
    "træne busturen til Rudkøbing, hjælpe med madpakke- og søvnrutiner op til praktikstart",
    "tage med til jobsamtaler, f.eks. i Brugsen eller på campingpladsen, og øve samtalen på forhånd",
    "hjælpe {f} m. at søge praktik (ca. 2 ansøgninger om ugen) og tage m. til første dag",
]
FOLLOWUPS = [
    "Opfølgning hver 4. uge hos sagsbehandler sammen med mentor. Delmål: fremmøde 3 dage/uge fra april.",
    "Vi holder statusmøde ca. hver md.; evaluering 14 dage før forløbet slutter.",
    "Evaluering midtvejs og igen 2 uger inden ophør. Progression måles på antal fremmødedage.",
    "Mentor sender kort status til kommunen hver 14. dag; opfølgningssamtale i uge 14 og uge 24.",
    "Der følges op ved samtale med sagsbehandler hver måned – delmål 1: møde til tiden, delmål 2: 15 timer/uge.",
]
HOURS_OK = ["3 timer pr. uge", "2 t./uge", "ca. 4 t ugentligt", "8 timer om md.", "1½ time om ugen",
            "to timer hver uge", "5 timer/uge", "tirsdag og torsdag kl. 9-11", "3 t. pr uge", "op til 6 timer om ugen",
            "10 timer pr. måned", "2,5 time ugentlig", "4 t. pr. uge", "12 timer pr. md.", "ca. 3 timer/uge",
            "1 time 2 gange om ugen", "6 t ugentlig i de første 4 uger, derefter 3 t ugentlig"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende", "aftales mellem mentor og borger"]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {muni} inden 4 uger efter du har fået dette brev. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden 4 uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen (LAB § 204).",
    "Klagevejledning: Du kan klage over afgørelsen. Klagen skal sendes til {muni}, {team}, senest fire uger efter du har modtaget afgørelsen. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sendes klagen til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Sådan klager du: Ring eller skriv til os ({tel}) inden 4 uger. Kommunen vurderer sagen igen inden for 4 uger. Giver vi dig ikke medhold, sender vi klagen og sagens akter til Ankestyrelsen.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Er du utilfreds, kan du kontakte din sagsbehandler.",
               "Du kan klage til Ankestyrelsen."]


def nd(d: dt.date, style: str) -> str:
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "slash4":
        return f"{d.day}/{d.month} {d.year}"
    if style == "words":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MON3[d.month-1]} {d.year}"
    return f"d. {d.day}. {MONTHS[d.month-1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    import calendar
    day = min(d.day, calendar.monthrange(y, mo + 1)[1])
    return dt.date(y, mo + 1, day)


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 12000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


class Gen:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.rng = random.Random(seed)
        self.entries = []
        self.todo_odt = []  # (docx path, entry)
        self.n = 0

    # ------------------------------------------------------------ field material
    def period(self, over: bool):
        r = self.rng
        start = dt.date(2026, r.choice([1, 2, 3, 4, 5, 8, 9]), r.choice([1, 1, 1, 15]))
        style = r.choice(["slash", "slash4", "words", "dotted", "short", "iso", "abbr", "dwords", "weeks", "len"])
        if over:
            months = r.choice([8, 9, 10, 12])
            end = add_months(start, months) - dt.timedelta(days=1)
        else:
            months = r.choice([3, 4, 6, 6, 6])
            end = add_months(start, months) - dt.timedelta(days=1)
        if style == "weeks":
            w0 = start.isocalendar()[1]
            nweeks = 26 if not over else r.choice([36, 40])
            if not over:
                nweeks = r.choice([20, 24, 25])
            w1 = w0 + nweeks - 1
            yr = start.isocalendar()[0]
            if w1 > 52:
                txt = f"uge {w0}/{yr} – uge {w1-52}/{yr+1}"
            else:
                txt = f"uge {w0} – uge {w1} {yr}"
            s = dt.date.fromisocalendar(yr, w0, 1)
            e = s + dt.timedelta(weeks=nweeks) - dt.timedelta(days=1)
            return txt, s, e, "period:weeks"
        if style == "len":
            w = {3: "3 mdr.", 4: "4 md.", 6: r.choice(["6 måneder", "et halvt år", "6 mdr."]),
                 8: "8 måneder", 9: "9 mdr.", 10: "10 mdr.", 12: "et år"}[months]
            txt = f"fra {nd(start, 'words')} og {w} frem"
            return txt, start, end, "period:start+len"
        sep = r.choice([" – ", "-", " til ", " - "])
        if style in ("slash", "iso") and sep == "-":
            sep = " – "
        if r.random() < 0.25:
            txt = f"f.o.m. {nd(start, style)} t.o.m. {nd(end, style)}"
        else:
            txt = f"{nd(start, style)}{sep}{nd(end, style)}"
        return txt, start, end, f"period:{style}"

    def fields(self, first: str, muni: dict, defects: set):
        r = self.rng
        f = {}
        f["goal"] = None if "missing-goal" in defects else (
            r.choice(UNCLEAR_GOALS) if "unclear-goal" in defects else r.choice(CLEAR_GOALS)).format(f=first, town=muni["town"])
        mname, morg = r.choice(MENTORS)
        phone = f"{r.randint(20, 61)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        slug = lambda t: t.lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae").replace("-", "")
        email = slug(mname.split()[0]) + "@" + slug(morg.split()[0]) + ".dk"
        f["mentor_name"], f["mentor_org"], f["mentor_phone"] = mname, morg, phone
        f["mentor_contact"] = None if "missing-mentor" in defects else r.choice([f"tlf. {phone}", f"mobil {phone}", email, f"tlf {phone} / {email}"])
        f["tasks"] = None if "missing-tasks" in defects else r.choice(TASKS).format(f=first)
        over = "duration-over-6-months" in defects
        if "missing-duration" in defects:
            f["period"], f["start"], f["end"], f["ptrait"] = None, None, None, "period:none"
        else:
            f["period"], f["start"], f["end"], f["ptrait"] = self.period(over)
        f["follow"] = None if "missing-follow-up" in defects else r.choice(FOLLOWUPS)
        if "missing-hours" in defects:
            f["hours"] = r.choice([None, r.choice(HOURS_VAGUE)])
        else:
            f["hours"] = r.choice(HOURS_OK)
        if "missing-appeal-guidance" in defects:
            f["appeal"] = r.choice([None, r.choice(APPEAL_WEAK)])
        else:
            f["appeal"] = r.choice(APPEAL_FULL).format(muni=muni["name"], team=muni["team"], tel=muni["tel"])
        return f

    def pick_defects(self, kind: str) -> set:
        r = self.rng
        if r.random() < 0.4:
            return set()
        pool = {"agreement": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                              "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"],
                "minplan": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                            "duration-over-6-months", "unclear-goal"],
                "decision": ["missing-appeal-guidance", "duration-over-6-months"]}[kind]
        k = 1 if r.random() < 0.7 or kind == "decision" else 2
        d = set(r.sample(pool, k))
        if "missing-duration" in d and "duration-over-6-months" in d:
            d.discard("duration-over-6-months")
        if "missing-goal" in d and "unclear-goal" in d:
            d.discard("unclear-goal")
        return d

    # ------------------------------------------------------------ writers
    def write_txt(self, rel, text):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")

    def write_docx(self, rel, blocks):
        from docx import Document
        from docx.shared import Pt
        doc = Document()
        for b in blocks:
            t = b[0]
            if t == "h":
                doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
            elif t == "p":
                doc.add_paragraph(b[1])
            elif t == "li":
                doc.add_paragraph(b[1], style="List Bullet")
            elif t == "table":
                rows = b[1]
                tab = doc.add_table(rows=len(rows), cols=len(rows[0]))
                tab.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, c in enumerate(row):
                        tab.cell(i, j).text = c
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        doc.save(p)

    def write_pdf(self, rel, blocks, font="Helvetica"):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
        from reportlab.lib import colors
        from xml.sax.saxutils import escape
        ss = getSampleStyleSheet()
        story = []
        for b in blocks:
            if b[0] == "h":
                story.append(Paragraph(escape(b[1]), ss["Heading2"]))
            elif b[0] == "p":
                story.append(Paragraph(escape(b[1]), ss["BodyText"]))
            elif b[0] == "li":
                story.append(Paragraph("• " + escape(b[1]), ss["BodyText"]))
            elif b[0] == "table":
                data = [[Paragraph(escape(c), ss["BodyText"]) for c in row] for row in b[1]]
                t = Table(data, colWidths=[120, 340])
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
            story.append(Spacer(1, 4))
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        SimpleDocTemplate(str(p), pagesize=A4, title=rel.split("/")[-1]).build(story)

    def write_rtf(self, rel, blocks):
        def esc(s):
            o = []
            for ch in s:
                if ch in "\\{}":
                    o.append("\\" + ch)
                elif ord(ch) < 128:
                    o.append(ch)
                else:
                    try:
                        o.append("\\'%02x" % ch.encode("cp1252")[0])
                    except UnicodeEncodeError:
                        o.append("\\u%d?" % ord(ch))
            return "".join(o)
        parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs22 "]
        for b in blocks:
            if b[0] == "h":
                parts.append(r"{\b " + esc(b[1]) + r"}\par ")
            elif b[0] in ("p", "li"):
                parts.append(("- " if b[0] == "li" else "") + esc(b[1]).replace("\n", r"\line ") + r"\par ")
            elif b[0] == "table":
                for row in b[1]:
                    parts.append(esc(row[0]) + r"\tab " + esc(" ".join(row[1:])) + r"\par ")
        parts.append("}")
        self.write_txt(rel, "".join(parts))

    def write_html(self, rel, blocks, title):
        from html import escape
        h = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head><body>"]
        inlist = False
        for b in blocks:
            if b[0] == "li" and not inlist:
                h.append("<ul>"); inlist = True
            if b[0] != "li" and inlist:
                h.append("</ul>"); inlist = False
            if b[0] == "h":
                h.append(f"<h2>{escape(b[1])}</h2>")
            elif b[0] == "p":
                h.append(f"<p>{escape(b[1])}</p>")
            elif b[0] == "li":
                h.append(f"<li>{escape(b[1])}</li>")
            elif b[0] == "table":
                h.append("<table border=1>" + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in b[1]) + "</table>")
        if inlist:
            h.append("</ul>")
        h.append("</body></html>")
        self.write_txt(rel, "\n".join(h))

    def blocks_to_text(self, blocks, md=False):
        out = []
        for b in blocks:
            if b[0] == "h":
                out.append(("## " if md else "") + b[1] + ("" if md else "\n" + "-" * min(len(b[1]), 40)))
            elif b[0] == "p":
                out.append(b[1])
            elif b[0] == "li":
                out.append(("* " if md else "- ") + b[1])
            elif b[0] == "table":
                for row in b[1]:
                    out.append(f"{row[0]}: {' '.join(row[1:])}")
            out.append("")
        return "\n".join(out)

    def emit(self, rel, fmt, blocks, entry, title=""):
        if fmt == "docx":
            self.write_docx(rel, blocks)
        elif fmt == "odt":
            tmp = rel[:-4] + ".docx"
            self.write_docx("_odt_src/" + tmp, blocks)
            self.todo_odt.append(("_odt_src/" + tmp, rel))
        elif fmt == "pdf":
            self.write_pdf(rel, blocks)
        elif fmt == "rtf":
            self.write_rtf(rel, blocks)
        elif fmt == "html":
            self.write_html(rel, blocks, title)
        elif fmt == "md":
            self.write_txt(rel, self.blocks_to_text(blocks, md=True))
        else:
            self.write_txt(rel, self.blocks_to_text(blocks))
        entry.update(path=rel, format=fmt)
        self.entries.append(entry)

    def base_entry(self, kind, subtype, layout, rules, traits, f=None, cprs=()):
        e = dict(kind=kind, subtype=subtype, layout=layout, rules=sorted(rules), extras=[], error=None,
                 accept_errors=[], must_not_contain=list(cprs), traits=traits, period=None)
        if f and f.get("start"):
            e["period"] = {"start": f["start"].isoformat(), "end": f["end"].isoformat()}
        return e

    def maybe_cpr(self, p=0.25):
        return cpr(self.rng) if self.rng.random() < p else None

    # ------------------------------------------------------------ agreements
    def agreement(self, i, layout):
        r = self.rng
        muni = r.choice(MUNIS)
        cit = r.choice(CITIZENS)
        first = cit.split()[0]
        defects = self.pick_defects("agreement")
        f = self.fields(first, muni, defects)
        c = self.maybe_cpr()
        cw = r.choice(CASEWORKERS)
        date = dt.date(2026, r.randint(1, 9), r.randint(1, 28))
        traits = [f["ptrait"], "layout:" + layout]
        if c:
            traits.append("cpr")
        if f["hours"] in HOURS_VAGUE:
            traits.append("hours:vague")
        if "missing-appeal-guidance" in defects and f["appeal"]:
            traits.append("appeal:weak")
        mentor_line = f"{f['mentor_name']}, {f['mentor_org']}" + (f", {f['mentor_contact']}" if f["mentor_contact"] else "")
        blocks = []
        if layout == "letter":
            blocks += [("p", f"{muni['name']}\n{muni['team']}\n{muni['addr']}"), ("p", f"{muni['town']}, {nd(date, r.choice(['words', 'dotted', 'slash4']))}"),
                       ("p", f"Til {cit}" + (f" (cpr.nr. {c})" if c else "")),
                       ("h", r.choice(["Aftale om mentorstøtte", "Vores aftale om mentor", "Mentoraftale"])),
                       ("p", f"Kære {first}"),
                       ("p", f"Som vi talte om ved samtalen, har vi aftalt at du får en mentor. Her kommer aftalen skrevet ned.")]
            if f["goal"]:
                blocks.append(("p", "Målet med mentorstøtten er: " + f["goal"]))
            blocks.append(("p", f"Din mentor bliver {mentor_line}." if f["mentor_contact"] else f"Din mentor bliver {f['mentor_name']} fra {f['mentor_org']}."))
            if f["tasks"]:
                blocks.append(("p", f"Mentoren skal {f['tasks']}."))
            if f["period"]:
                blocks.append(("p", f"Aftalen gælder i perioden {f['period']}."))
            if f["hours"]:
                blocks.append(("p", f"Timetal: {f['hours']}".rstrip(".") + "."))
            if f["follow"]:
                blocks.append(("p", f["follow"]))
            if f["appeal"]:
                blocks.append(("p", f["appeal"]))
            blocks.append(("p", f"Venlig hilsen\n{cw}\n{muni['team']}, {muni['tel']}"))
        elif layout == "bullets":
            blocks += [("h", r.choice(["Mentoraftale", "Aftale – mentor", "AFTALE OM MENTORSTØTTE (LAB § 167)"])),
                       ("p", f"Borger: {cit}" + (f", CPR {c}" if c else "") + f" · Sagsbeh.: {cw}, {muni['name']}"),
                       ("p", f"Dato: {nd(date, 'dotted')}")]
            if f["goal"]:
                blocks.append(("li", "Mål: " + f["goal"]))
            blocks.append(("li", "Mentor: " + mentor_line))
            if f["tasks"]:
                blocks.append(("li", "Opgaver: " + f["tasks"][0].upper() + f["tasks"][1:]))
            if f["period"]:
                blocks.append(("li", "Periode: " + f["period"]))
            if f["hours"]:
                blocks.append(("li", "Timer: " + f["hours"]))
            if f["follow"]:
                blocks.append(("li", "Opfølgning: " + f["follow"]))
            if f["appeal"]:
                blocks.append(("p", f["appeal"]))
            blocks.append(("p", f"Underskrift borger: ____________   Underskrift mentor: ____________"))
        elif layout == "hvad-hvem":
            blocks += [("h", r.choice(["Aftale om mentor", "Mentorstøtte – aftalepapir", "Det har vi aftalt"])),
                       ("p", f"{muni['name']} · {muni['team']}   {nd(date, 'slash')}"),
                       ("p", f"Navn: {cit}" + (f"   Cpr: {c}" if c else ""))]
            rows = []
            odd = r.random() < 0.6
            lab = (dict(goal="Hvorfor", tasks="Hvad", mentor="Hvem", period="Hvornår", hours="Hvor meget", follow="Hvordan følger vi op")
                   if odd else dict(goal="Hvorfor (mål)", tasks="Hvad skal mentor hjælpe med", mentor="Hvem er mentor",
                                    period="Hvornår (periode)", hours="Hvor meget (timer)", follow="Opfølgning"))
            if odd:
                traits.append("labels:hvad-hvem-bare")
            if f["goal"]:
                rows.append([lab["goal"], f["goal"]])
            if f["tasks"]:
                rows.append([lab["tasks"], "Mentor skal " + f["tasks"]])
            rows.append([lab["mentor"], mentor_line])
            if f["period"]:
                rows.append([lab["period"], f["period"]])
            if f["hours"]:
                rows.append([lab["hours"], f["hours"]])
            if f["follow"]:
                rows.append([lab["follow"], f["follow"]])
            blocks.append(("table", rows))
            if f["appeal"]:
                if not f["appeal"].startswith("Klage"):
                    blocks.append(("h", "Klagevejledning", 2))
                blocks.append(("p", f["appeal"]))
        elif layout == "email":
            pass
        fmt_choices = {"letter": ["docx", "pdf", "txt", "rtf", "odt"], "bullets": ["md", "txt", "docx", "html"],
                       "hvad-hvem": ["docx", "odt", "pdf", "html"]}
        entry = self.base_entry("agreement", "agreement", layout, defects, traits, f, [c] if c else [])
        if layout == "email":
            return self.agreement_email(i, muni, cit, first, f, c, cw, date, entry)
        if layout == "scan":
            return self.agreement_scan(i, muni, cit, first, f, c, cw, date, entry)
        fmt = r.choice(fmt_choices[layout])
        slug = first.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        rel = f"{muni['short'].lower().replace('æ','ae').replace('ø','oe')}/aftaler/{i:03d}_aftale_{slug}.{fmt}"
        self.emit(rel, fmt, blocks, entry, "Mentoraftale")

    def agreement_email(self, i, muni, cit, first, f, c, cw, date, entry):
        r = self.rng
        lines = [f"Hej {first}", "", r.choice(["Tak for snakken i dag.", "Tak for mødet i går på rådhuset.", "Som lovet sender jeg lige vores aftale på mail."]),
                 "Her er det vi aftalte om din mentor:", ""]
        if f["goal"]:
            lines.append(f["goal"] if f["goal"].startswith("Målet") else f"Målet: {f['goal']}")
        lines.append(f"Mentor: {f['mentor_name']} ({f['mentor_org']})" + (f", {f['mentor_contact']}" if f["mentor_contact"] else ""))
        if f["tasks"]:
            lines.append(f"Hun/han skal {f['tasks']}")
        if f["period"]:
            lines.append(f"Periode: {f['period']}")
        if f["hours"]:
            lines.append(f"Timer: {f['hours']}")
        if f["follow"]:
            lines.append(f["follow"])
        lines.append("")
        if f["appeal"]:
            lines.append(f["appeal"])
            lines.append("")
        lines += ["Skriv endelig hvis noget er forkert.", "", "Mvh", cw, f"{muni['name']}, {muni['team']}", f"Tlf. {muni['tel']}"]
        if c:
            lines.insert(0, f"Vedr. {cit}, cpr {c}")
        msg = EmailMessage()
        msg["From"] = f"{cw} <{cw.split()[0].lower()}@{muni['mail'].split('@')[1]}>"
        msg["To"] = f"{cit} <{first.lower()}.mail@example.dk>"
        msg["Subject"] = r.choice(["Aftale om mentor", "Din mentoraftale", "Vedr. mentorstøtte – det vi aftalte"])
        msg["Date"] = f"{['Mon','Tue','Wed','Thu','Fri'][date.weekday() % 5]}, {date.day:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][date.month-1]} {date.year} 10:{r.randint(10,59)}:00 +0100"
        msg.set_content("\n".join(lines))
        rel = f"{muni['short'].lower().replace('æ','ae').replace('ø','oe')}/mails/{i:03d}_mentoraftale.eml"
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(bytes(msg))
        entry.update(path=rel, format="eml", layout="email-body")
        entry["traits"].append("email")
        self.entries.append(entry)

    def agreement_scan(self, i, muni, cit, first, f, c, cw, date, entry):
        """Paper form filled in by hand: printed labels, values in a 'handwriting' font, rendered, OCR'ed."""
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        try:
            pdfmetrics.registerFont(TTFont("Hand", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"))
            hand = "Hand"
        except Exception:
            hand = "Helvetica-Oblique"
        r = self.rng
        tmp = Path(tempfile.mkdtemp(prefix="ej_scan_"))
        src = tmp / "form.pdf"
        cv = canvas.Canvas(str(src), pagesize=A4)
        W, H = A4
        y = H - 60
        cv.setFont("Helvetica-Bold", 15)
        cv.drawString(50, y, f"{muni['name']} – Aftale om mentorstøtte")
        y -= 18
        cv.setFont("Helvetica", 9)
        cv.drawString(50, y, f"{muni['team']}, {muni['addr']}  (skema udfyldes i hånden)")
        y -= 30

        def field(label, value, lines=1):
            nonlocal y
            cv.setFont("Helvetica-Bold", 11)
            cv.drawString(50, y, label)
            y -= 16
            cv.setFont(hand, 12)
            words = (value or "").split()
            line = ""
            out = []
            for w in words:
                if len(line) + len(w) > 70:
                    out.append(line); line = w
                else:
                    line = (line + " " + w).strip()
            if line:
                out.append(line)
            for k in range(max(lines, len(out))):
                if k < len(out):
                    cv.drawString(62, y, out[k])
                cv.setStrokeGray(0.6)
                cv.line(58, y - 3, W - 50, y - 3)
                y -= 18
            y -= 8

        field("Borgerens navn" + (" og cpr-nr." if c else ""), cit + (f"   {c}" if c else ""))
        field("1. Mål med mentorstøtten", f["goal"] or "", 2)
        # handwritten e-mail addresses do not survive OCR; the form's contact is the phone number
        field("2. Mentor (navn, tlf./mail)", f"{f['mentor_name']}, {f['mentor_org']}" + (f", tlf. {f['mentor_phone']}" if f["mentor_contact"] else ""))
        field("3. Mentors opgaver", f["tasks"] or "", 2)
        field("4. Periode", f["period"] or "")
        field("   Opfølgning", f["follow"] or "", 2)
        field("5. Timetal", f["hours"] or "")
        if f["appeal"]:
            cv.setFont("Helvetica", 9)
            t = cv.beginText(50, y)
            words, line = f["appeal"].split(), ""
            for w in words:
                if len(line) + len(w) > 100:
                    t.textLine(line); line = w
                else:
                    line = (line + " " + w).strip()
            t.textLine(line)
            cv.drawText(t)
            y -= 14 * (len(f["appeal"]) // 100 + 2)
        cv.setFont("Helvetica", 10)
        cv.drawString(50, 90, f"Dato: ")
        cv.setFont(hand, 12)
        cv.drawString(90, 90, nd(date, r.choice(["slash", "short"])))
        cv.setFont("Helvetica", 10)
        cv.drawString(250, 90, "Underskrift borger / mentor / sagsbehandler")
        cv.save()
        subprocess.run(["pdftoppm", "-r", str(r.choice([150, 200, 300])), "-gray", "-png", str(src), str(tmp / "pg")], check=True)
        pngs = sorted(tmp.glob("pg*.png"))
        rel = f"{muni['short'].lower().replace('æ','ae').replace('ø','oe')}/scannet/{i:03d}_scan_aftale.pdf"
        outp = self.out / rel
        outp.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["tesseract", str(pngs[0]), str(tmp / "ocr"), "-l", "dan", "pdf"], check=True, capture_output=True)
        shutil.copy(tmp / "ocr.pdf", outp)
        shutil.rmtree(tmp)
        entry.update(path=rel, format="pdf", layout="scanned-form")
        entry["traits"] += ["scan", "ocr:tesseract-dan"]
        self.entries.append(entry)

    # ------------------------------------------------------------ decisions
    def decision(self, i, sub):
        r = self.rng
        muni = r.choice(MUNIS)
        cit = r.choice(CITIZENS)
        first = cit.split()[0]
        cw = r.choice(CASEWORKERS)
        defects = self.pick_defects("decision") if sub != "refusal" else (set() if r.random() < 0.5 else {"missing-appeal-guidance"})
        if sub in ("end",) and "duration-over-6-months" in defects:
            defects = {"missing-appeal-guidance"}
        over = "duration-over-6-months" in defects
        ptxt, s, e, ptrait = self.period(over) if sub in ("grant", "partial", "extension") else (None, None, None, "period:none")
        if sub == "extension" and not over:
            ptrait += ";extension"
        c = self.maybe_cpr()
        date = dt.date(2026, r.randint(1, 9), r.randint(1, 28))
        if sub == "end":
            edate = dt.date(2026, r.randint(3, 10), r.choice([1, 15, 30]))
            date = edate - dt.timedelta(days=r.randint(10, 18))
        appeal = r.choice(APPEAL_WEAK + [None]) if "missing-appeal-guidance" in defects else r.choice(APPEAL_FULL).format(muni=muni["name"], team=muni["team"], tel=muni["tel"])
        hours = r.choice(HOURS_OK)
        legal = r.choice(["lov om en aktiv beskæftigelsesindsats § 167", "LAB § 167, stk. 1", "§ 167 i beskæftigelsesloven", "aktivlovens § 31 b (nu § 167)"])
        head = [("p", f"{muni['name']}\n{muni['team']}\n{muni['addr']}"), ("p", f"{cit}" + (f"\nCPR-nr.: {c}" if c else "")),
                ("p", f"{muni['town']} {nd(date, r.choice(['words', 'dotted', 'dwords']))}")]
        body = []
        if sub == "grant":
            body += [("h", r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentor", "Du får bevilget mentorstøtte"])),
                     ("p", r.choice([f"Du har søgt om mentor og vi har besluttet at du får en mentor i perioden {ptxt}.",
                                     f"{muni['name']} bevilger dig mentorstøtte {ptxt}, {hours}".rstrip(".") + ".",
                                     f"Jeg kan hermed fortælle dig at du er bevilget mentorstøtte. Bevillingen gælder {ptxt}.",
                                     f"Hej {first}. Jeg har nu kigget på din ansøgning, og du får en mentor. Det gælder {ptxt} – derefter ser vi på det igen.",
                                     f"Kommunen har d.d. truffet afgørelse om, at De bevilges mentorstøtte i tidsrummet {ptxt}.",
                                     f"Bevilget: mentor (LAB § 167). Periode: {ptxt}. Omfang: {hours}."])),
                     ("p", f"Mentorstøtten har et omfang på {hours}".rstrip(".") + "." if r.random() < 0.6 else "Din mentor kontakter dig selv inden for en uge."),
                     ("p", r.choice([f"Vi har lagt vægt på at du har svært ved at fastholde fremmøde i praktikken uden støtte. Afgørelsen er truffet efter {legal}.",
                                     f"Begrundelse: Du har brug for hjælp til at komme i gang med uddannelse. Se {legal}."]))]
        elif sub == "partial":
            asked = r.choice([9, 12])
            body += [("h", r.choice(["Afgørelse – delvis bevilling af mentorstøtte", "Svar på din ansøgning om mentor"])),
                     ("p", f"Du har søgt om mentorstøtte i {asked} måneder med 6 timer om ugen. Vi har givet dig delvist medhold."),
                     ("p", f"Du får mentorstøtte i perioden {ptxt}, {hours}".rstrip(".") + "."),
                     ("p", f"Begrundelse: Efter {legal} kan der gives mentorstøtte i højst 6 måneder ad gangen. Vi vurderer at dit behov kan dækkes med færre timer, fordi du allerede har en kontaktperson på skolen.")]
        elif sub == "extension":
            body += [("h", r.choice(["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentor"])),
                     ("p", r.choice([f"Din mentorstøtte er forlænget. Den nye periode er {ptxt}.",
                                     f"Vi forlænger din mentor, så støtten nu gælder {ptxt}.",
                                     f"Efter en konkret vurdering bevilges en ny periode med mentorstøtte: {ptxt}."])),
                     ("p", f"Vi har ved statusmødet vurderet, at du stadig har brug for støtte for at kunne blive i praktikken. Timetallet er uændret ({hours}). Jf. {legal}.")]
        elif sub == "refusal":
            body += [("h", r.choice(["Afslag på mentorstøtte", "Afgørelse: Du får ikke en mentor"])),
                     ("p", "Du har søgt om at få en mentor. Vi har desværre givet dig afslag."),
                     ("p", f"Begrundelse: Efter {legal} skal mentorstøtten have et mål om job eller uddannelse. Du er lige nu sygemeldt og har ikke et sådant mål, og din støtte efter serviceloven dækker dit behov.")]
        elif sub == "end":
            body += [("h", r.choice(["Ophør af mentorstøtte", "Afgørelse om stop for mentor"])),
                     ("p", r.choice([f"Din mentorstøtte stopper pr. {nd(edate, r.choice(['words', 'slash', 'dotted']))}.",
                                     f"Hej {first}. Som vi snakkede om, slutter din mentor d. {nd(edate, 'slash')}.",
                                     f"Kommunen har besluttet at bringe mentorstøtten til ophør med udgangen af {MONTHS[edate.month-1]} {edate.year}."])),
                     ("p", f"Begrundelse: Du er nu ansat i løntilskud og har ikke længere behov for mentor, jf. {legal}. Vi har drøftet det med dig og din mentor den {nd(edate - dt.timedelta(days=r.randint(20, 30)), 'slash')}.")]
        if appeal:
            if r.random() < 0.5:
                body.append(("h", "Klagevejledning", 2))
            body.append(("p", appeal))
        body.append(("p", r.choice(["Med venlig hilsen", "Venlig hilsen", "Mvh."]) + f"\n{cw}\n{muni['team']}"))
        traits = [ptrait, "caseworker-prose"] + (["cpr"] if c else []) + (["appeal:weak"] if appeal in APPEAL_WEAK else [])
        entry = self.base_entry("decision", sub, "letter", defects, traits, dict(start=s, end=e) if s else None, [c] if c else [])
        fmt = r.choice(["docx", "pdf", "pdf", "txt", "rtf", "odt", "html"])
        rel = f"{muni['short'].lower().replace('æ','ae').replace('ø','oe')}/afgoerelser/{i:03d}_{sub}.{fmt}"
        self.emit(rel, fmt, head + body, entry, "Afgørelse")

    # ------------------------------------------------------------ Min Plan
    def minplan(self, i):
        r = self.rng
        muni = r.choice(MUNIS)
        cit = r.choice(CITIZENS)
        first = cit.split()[0]
        defects = self.pick_defects("minplan")
        f = self.fields(first, muni, defects)
        c = self.maybe_cpr(0.15)
        style = r.choice(["labels", "prose", "card"])
        blocks = [("h", r.choice(["Min Plan – mentorstøtte", "Min plan: Mentor", "Udskrift fra Min Plan (afskrevet)", "MIN PLAN – Indsats: Mentor"]))]
        blocks.append(("p", f"{cit}" + (f" – {c}" if c else "") + f" · {muni['name']}"))
        if style == "labels" or style == "card":
            if f["goal"]:
                blocks.append(("p", ("Formål: " if r.random() < 0.5 else "Mål med mentorstøtten: ") + f["goal"]))
            blocks.append(("p", "Mentor: " + f["mentor_name"] + (f", {f['mentor_contact']}" if f["mentor_contact"] else "")))
            if f["tasks"]:
                blocks.append(("p", "Mentors opgaver: " + f["tasks"]))
            if f["period"]:
                blocks.append(("p", "Varighed: " + f["period"]))
            if f["hours"]:
                blocks.append(("p", "Timetal: " + f["hours"]))
        else:
            txt = []
            if f["goal"]:
                txt.append(f"Mit mål: {f['goal']}")
            txt.append(f"Jeg har fået {f['mentor_name']} som mentor" + (f" ({f['mentor_contact']})." if f["mentor_contact"] else "."))
            if f["tasks"]:
                txt.append(f"Mentoren skal {f['tasks']}.")
            if f["period"]:
                txt.append(f"Mentorstøtten løber {f['period']}.")
            if f["hours"]:
                txt.append(f"Vi ses {f['hours']}".rstrip(".") + ".")
            blocks += [("p", t) for t in txt]
        blocks.append(("p", f"Senest opdateret {nd(dt.date(2026, r.randint(1, 9), r.randint(1, 28)), 'dotted')} af {r.choice(CASEWORKERS)}"))
        traits = [f["ptrait"], "minplan:" + style, "hand-copied"] + (["cpr"] if c else []) + (["hours:vague"] if f["hours"] in HOURS_VAGUE else [])
        entry = self.base_entry("minplan", "minplan", "minplan-" + style, defects, traits, f, [c] if c else [])
        fmt = r.choice(["txt", "html", "docx", "pdf", "md"])
        rel = f"{muni['short'].lower().replace('æ','ae').replace('ø','oe')}/minplan/{i:03d}_minplan.{fmt}"
        self.emit(rel, fmt, blocks, entry, "Min Plan")

    # ------------------------------------------------------------ unknown
    def unknown(self, i, sub):
        r = self.rng
        muni = r.choice(MUNIS)
        cit = r.choice(CITIZENS)
        c = self.maybe_cpr(0.2)
        first = cit.split()[0]
        if sub == "guidance":
            v = r.randrange(3)
            if v == 0:
                blocks = [("h", f"Lokal vejledning: Sådan skriver vi mentoraftaler i {muni['name']}"),
                          ("p", "Til sagsbehandlere i teamet. Aftalen skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden og opfølgning (inkl. mål for progression), timetallet og klagevejledning."),
                          ("li", "Perioden må højst være 6 måneder. Ny periode kræver en konkret vurdering."),
                          ("li", "Brug gerne skabelonen i mappen 'Fælles/Mentor'. Skriv dato som 1. marts 2026."),
                          ("li", "Husk at klagefristen er 4 uger og at klagen går til kommunen først, derefter Ankestyrelsen."),
                          ("p", "Spørgsmål til teamleder.")]
            elif v == 1:
                blocks = [("h", "Hvad er en mentor? – pjece til borgere"),
                          ("p", f"I {muni['name']} kan du få en mentor, hvis du har brug for ekstra støtte for at komme i job eller uddannelse. En mentor kan f.eks. følge dig til praktik, hjælpe med struktur eller tage med til møder."),
                          ("p", "Du og din sagsbehandler laver en aftale. Den beskriver mål, hvem din mentor er, hvad mentoren skal hjælpe med, hvor mange timer og hvor længe (max. 6 mdr. ad gangen). Vi følger op undervejs."),
                          ("p", "Er du ikke enig i en afgørelse, kan du klage inden 4 uger. Læs mere på kommunens hjemmeside."),
                          ("p", f"Kontakt: {muni['team']}, tlf. {muni['tel']}")]
            else:
                blocks = [("h", "Tjekliste – mentorsager (internt notat)"),
                          ("li", "Mål (job/uddannelse) – SMART, ikke 'trivsel'"),
                          ("li", "Mentor: navn + tlf./mail"),
                          ("li", "Opgaver"),
                          ("li", "Periode (højst ½ år) + opfølgning"),
                          ("li", "Timetal pr. uge"),
                          ("li", "Klagevejledning (4 uger, kommunen → Ankestyrelsen)"),
                          ("p", f"Godkendt på teammøde {nd(dt.date(2026, 2, 3), 'slash')}. /{r.choice(CASEWORKERS).split()[0]}")]
            c = None
        elif sub == "pricelist":
            org = r.choice(MENTORS)[1]
            rate = r.choice([545, 595, 625, 680])
            blocks = [("h", f"{org} – {r.choice(['prisliste 2026', 'Priser og vilkår 2026', 'Takster for mentorydelser'])}"),
                      ("table", [["Ydelse", "Pris"], ["Mentortime (dag)", f"kr. {rate},- ekskl. moms"], ["Mentortime aften/weekend", f"kr. {rate + 150},-"],
                                 ["Transport/færgebillet", "efter regning"], ["Opstartsmøde (2 t.)", f"kr. {2 * rate:,},-".replace(",", ".")], ["Statusrapport", r.choice(["inkl.", "kr. 400,-"])]]),
                      ("p", r.choice(["Forløb tilbydes typisk i 3 eller 6 måneder.", "Minimum 2 t. pr. uge pr. borger.", "Vi dækker hele Sydfyn og øerne."]) + " Kontakt os på tlf. 40 11 22 33 for tilbud.")]
            c = None
        elif sub == "status":
            mn = r.choice(MENTORS)[0]
            blocks = [("h", r.choice(["Statusrapport – mentorforløb", "Status fra mentor", "Midtvejsstatus"])),
                      ("p", f"Borger: {cit}" + (f" ({c})" if c else "")),
                      ("p", r.choice([f"Siden sidst har {first} mødt op i praktikken 3 ud af 4 dage. Vi har arbejdet med morgenrutiner og transport. Der har været 11 mentortimer i perioden.",
                                      f"{first} er kommet godt i gang i Brugsen. Det har knebet med at nå færgen kl. 7.10, så vi har lavet en vækkeaftale. Brugt ca. 9 t. siden sidst.",
                                      f"Forløbet har været svært. {first} har aflyst 3 af 6 møder. Jeg anbefaler et møde med sagsbehandler hurtigst muligt."])),
                      ("p", r.choice(["Anbefaling: forløbet fortsætter som aftalt. Næste status om en måned.", "Ingen ændringer i aftalen.", "Vi ses igen i uge 20."])),
                      ("p", f"Mentor {mn}")]
        elif sub == "minutes":
            blocks = [("h", r.choice(["Referat af teammøde, Job og Ydelse", "Referat – koordineringsmøde mentorer", "Referat fra personalemøde"])),
                      ("p", f"Dato: {nd(dt.date(2026, r.randint(1, 9), r.randint(1, 28)), 'slash')}. Til stede: {', '.join(r.sample(CASEWORKERS, 3))}."),
                      ("li", "Pkt. 1: Budget for mentorstøtte 2026 – loftet efter § 203 a. Vi har brugt ca. 60 %."),
                      ("li", "Pkt. 2: Ny aftaleskabelon – Hanne laver udkast til næste møde."),
                      ("li", "Pkt. 3: Færgetider gør det svært med møder før kl. 9. Mentorer må gerne ringe i stedet."),
                      ("li", f"Pkt. 4: Sag {first} {cit.split()[-1]}" + (f" ({c})" if c else "") + " – drøftet, sagsbehandler følger op."),
                      ("p", "Næste møde: uge 12.")]
        elif sub == "invoice":
            org = r.choice(MENTORS)[1]
            blocks = [("h", f"FAKTURA nr. {r.randint(1000, 9999)}"),
                      ("p", f"Fra: {org}\nTil: {muni['name']}, {muni['team']}"),
                      ("table", [["Tekst", "Beløb"], [f"Mentortimer marts 2026, {cit}" + (f", cpr {c}" if c else "") + ": 12 t. à 595 kr.", "7.140,00"], ["Kørsel", "312,00"], ["I alt ekskl. moms", "7.452,00"]]),
                      ("p", "Betaling 30 dage netto.")]
        elif sub == "invite":
            c = None
            blocks = [("h", "Indkaldelse til samtale"),
                      ("p", f"Hej {first}. Du er indkaldt til samtale om din mentor tirsdag d. {r.randint(2, 27)}. april kl. 10 på rådhuset i {muni['town']}. Tag gerne din mentor med."),
                      ("p", f"Mvh {r.choice(CASEWORKERS)}")]
        else:  # private club mentor programme
            c = None
            blocks = [("h", "Mentoraftale – Ungdomsklubbens venneordning"),
                      ("p", f"Frivillig mentor i klubben: {r.choice(MENTORS)[0]}. Vi mødes onsdag kl. 17-19 i klubhuset. Formål: at du får en voksen at snakke med. Ordningen har intet med kommunen at gøre."),
                      ("p", "Aftalen kan stoppes når som helst af begge parter.")]
        entry = self.base_entry("unknown", sub, sub, set(), ["near-miss", sub] + (["cpr"] if c else []), None, [c] if c else [])
        fmt = r.choice(["docx", "pdf", "txt", "html", "md", "odt"])
        if sub == "invite":
            fmt = "txt"
        rel = f"{muni['short'].lower().replace('æ','ae').replace('ø','oe')}/diverse/{i:03d}_{sub}.{fmt}"
        self.emit(rel, fmt, blocks, entry, blocks[0][1])

    # ------------------------------------------------------------ run
    def run(self):
        i = 0
        for layout, n in [("letter", 9), ("bullets", 8), ("hvad-hvem", 9), ("scan", 8), ("email", 8)]:
            for _ in range(n):
                i += 1
                self.agreement(i, layout)
        for sub, n in [("grant", 9), ("partial", 4), ("extension", 5), ("refusal", 4), ("end", 4)]:
            for _ in range(n):
                i += 1
                self.decision(i, sub)
        for _ in range(17):
            i += 1
            self.minplan(i)
        for sub, n in [("guidance", 3), ("pricelist", 3), ("status", 4), ("minutes", 3), ("invoice", 2), ("invite", 1), ("club", 1)]:
            for _ in range(n):
                i += 1
                self.unknown(i, sub)
        if self.todo_odt:
            by_dir = {}
            for src, rel in self.todo_odt:
                by_dir.setdefault(str((self.out / rel).parent), []).append(str(self.out / src))
            for d, files in by_dir.items():
                subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ej_profile", "--headless", "--convert-to", "odt",
                                "--outdir", d] + files, check=True, capture_output=True)
            shutil.rmtree(self.out / "_odt_src")
        for e in self.entries:
            assert (self.out / e["path"]).exists(), e["path"]
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(self.entries, key=lambda e: e["path"])]
        (self.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return len(self.entries)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ej")
    ap.add_argument("--seed", type=int, default=1167)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    n = Gen(out, a.seed).run()
    print(f"{n} documents in {out}")


if __name__ == "__main__":
    main()
