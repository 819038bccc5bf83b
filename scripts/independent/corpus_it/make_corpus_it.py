#!/usr/bin/env python3
"""Corpus IT: a quality team's mixed archive folder exported from a case system for an audit.

Everything that lies in the citizens' cases about mentor support: agreements, decisions and
Min Plan entries (about half), and everything else a case holds (minutes, status reports,
final evaluations, invoices, time sheets, notes, e-mails, the citizen's messages, hearing
letters, refusals of other benefits, guidance, consent forms, handover notes, job logs).

Usage: /work/main/.venv/bin/python make_corpus_it.py --out /work/corpora/it [--seed 2026]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from email.message import EmailMessage
from html import escape
from pathlib import Path

# ----------------------------------------------------------------------------------------
# People and places (fictional)

CITIZENS = [
    ("Mette Kjær Holm", "Mette"), ("Ahmad Rahimi", "Ahmad"), ("Jonas Bech Lund", "Jonas"),
    ("Sara Aydin", "Sara"), ("Kasper Møller", "Kasper"), ("Line Østergaard", "Line"),
    ("Nikolaj Frost", "Nikolaj"), ("Fatima Haddad", "Fatima"), ("Rasmus Vinther", "Rasmus"),
    ("Camilla Dahl", "Camilla"), ("Emil Kragh", "Emil"), ("Tina Brix Nielsen", "Tina"),
    ("Mikkel Sand", "Mikkel"), ("Nadia Petersen", "Nadia"), ("Oliver Juhl", "Oliver"),
    ("Signe Laursen", "Signe"),
]
MENTORS = [
    ("Lars Østergaard", "Jobværkstedet Syd", "23 45 67 89", "lo@jobvaerkstedet.dk"),
    ("Hanne Vestergaard", "Mentorhuset ApS", "40 12 88 31", "hv@mentorhuset.dk"),
    ("Peter Kvist", "Kommunens mentorkorps", "72 36 41 09", "pekv@kommune-mail.dk"),
    ("Birgitte Holm", "Ungevejen", "29 90 14 57", "bh@ungevejen.dk"),
    ("Yusuf Demir", "Brobyggerne", "31 77 52 06", "yd@brobyggerne.dk"),
    ("Anne-Marie Skov", "Virksomhedsmentor, Netto Ringvej", "61 18 40 22", "ams.mentor@gmail.com"),
    ("Thomas Riis", "Fremad Mentorservice", "52 64 19 80", "tr@fremad-mentor.dk"),
    ("Dorthe Lind", "STU- og ungementor, Kommunen", "72 36 40 77", "doli@kommune-mail.dk"),
]
KOMMUNER = ["Vejle Kommune", "Holbæk Kommune", "Næstved Kommune", "Herning Kommune",
            "Silkeborg Kommune", "Faxe Kommune"]
CASEWORKERS = [("Jette Mikkelsen", "72 36 40 10"), ("Søren Bang", "72 36 40 31"),
               ("Pia Laugesen", "72 36 41 52"), ("Morten Ravn", "72 36 40 64")]

CLEAR_GOALS = [
    "{f} er i virksomhedspraktik på lageret hos Bilka Vejle 15 timer om ugen senest 1. juni 2026, med henblik på løntilskud.",
    "{f} starter på SOSU-hjælperuddannelsen i august 2026 og møder mindst fire dage om ugen på skolen.",
    "{f} gennemfører FGU-forløbet (PGU) med højst to dages fravær om måneden og er optaget på en erhvervsuddannelse til januar 2027.",
    "{f} har fast job i kantinen på Vejle Sygehus, 20 timer om ugen, og møder stabilt uden mentor ved periodens udløb.",
    "{f} fastholder sin fleksjobansættelse hos Malerfirmaet Brix med 12 timer om ugen og har ikke mere end ét sygefravær om måneden.",
    "{f} består 10. klasse-prøverne i dansk og matematik på VUC i juni 2026, så der kan søges ind på EUX.",
    "{f} er i løntilskud som pedelmedhjælper på Kongeskolen 25 timer om ugen fra 1. maj 2026.",
    "{f} kommer i ordinære timer (mindst 10 timer om ugen) i Netto, Ringvej, hvor praktikken foregår nu.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og få mere struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "At {f} bliver motiveret og kommer tættere på arbejdsmarkedet.",
    "Sikre at {f} har det godt og får styr på sin økonomi.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at lægge en fast morgenrutine"],
    ["Hjælpe med kontakt til skolens studievejleder", "Øve læsning af skemaer og lektieplan",
     "Træne offentlig transport til skolen"],
    ["Støtte i samarbejdet med kollegaer og arbejdsleder", "Gennemgå arbejdsopgaver ugen før",
     "Være bindeled til sagsbehandleren ved sygefravær"],
    ["Hjælpe {f} med at åbne og forstå post fra kommunen og e-Boks", "Følges til lægen og til møder i kommunen",
     "Planlægge ugen sammen, så praktikken passes"],
]
FOLLOW_OK = [
    "Statusmøde hver 4. uge med {f}, mentor og sagsbehandler. Evaluering 14 dage før periodens udløb. Delmål: fremmøde mindst fire dage om ugen fra uge 16.",
    "Mentoren sender en kort statusrapport hver måned. Vi holder opfølgningsmøde midtvejs (uge 20) og igen fire uger før bevillingen udløber.",
    "Opfølgningssamtale hver 6. uge. Progression måles på fremmøde og antal timer i praktik; delmål 1: 10 timer/uge, delmål 2: 15 timer/uge.",
    "Vi følger op hver måned på et trepartsmøde. Slutevaluering senest 14 dage før ophør.",
]
FOLLOW_BAD = ["Der følges op efter behov.", "Opfølgning sker løbende."]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
            "1,5 time pr. uge", "5 timer om ugen de første 4 uger, derefter 2 timer om ugen"]
HOURS_BAD = ["efter behov", "et par timer om ugen", "løbende"]

APPEAL_OK = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget hos {k} senest 4 uger efter, at du har fået denne afgørelse. Du kan klage skriftligt eller mundtligt til din sagsbehandler. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen, Beskæftigelsesudvalget. Reglerne står i § 204 i lov om en aktiv beskæftigelsesindsats og §§ 66-67 i retssikkerhedsloven.",
    "Sådan klager du: Send din klage til {k}, Beskæftigelse, inden 4 uger fra du modtog brevet. Ring eller skriv til os. Vi ser på sagen igen. Giver vi dig ikke ret, sender vi klagen til Ankestyrelsen.",
]
APPEAL_BAD = {
    "vague": "Du kan klage over afgørelsen.",
    "nodeadline": "Hvis du vil klage, kan du kontakte din sagsbehandler, som sender klagen videre til Ankestyrelsen.",
    "othersubject": "Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordringsgodtgørelse til kommunen inden 4 uger. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen.",
}

PERIODS_OK = [
    ("1. marts 2026 – 31. august 2026", "2026-03-01", "2026-08-31"),
    ("01.04.2026 - 30.09.2026", "2026-04-01", "2026-09-30"),
    ("1/2-2026 til 31/7-2026", "2026-02-01", "2026-07-31"),
    ("fra 15. januar 2026 til 14. juli 2026", "2026-01-15", "2026-07-14"),
    ("uge 10-35 2026", "2026-03-02", "2026-08-30"),
    ("1. maj 2026 og 6 måneder frem", "2026-05-01", "2026-10-31"),
    ("f.o.m. 1. juni 2026 t.o.m. 30. november 2026", "2026-06-01", "2026-11-30"),
    ("3 måneder fra 1. september 2026 (til 30. november 2026)", "2026-09-01", "2026-11-30"),
    ("2026-02-16 – 2026-08-15", "2026-02-16", "2026-08-15"),
]
PERIODS_OVER = [
    ("1. februar 2026 – 31. oktober 2026", "2026-02-01", "2026-10-31"),
    ("01.03.2026-15.09.2026", "2026-03-01", "2026-09-15"),
    ("1. april 2026 og 9 måneder frem", "2026-04-01", "2026-12-31"),
    ("1/1-2026 til 31/12-2026", "2026-01-01", "2026-12-31"),
    ("15. marts 2026 – 15. september 2026", "2026-03-15", "2026-09-15"),
]


def cpr(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(60, 99)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


# ----------------------------------------------------------------------------------------
# Documents as blocks: ("title", t) ("h", t) ("p", t) ("kv", [(k, v)]) ("table", rows)
# ("list", items) ("meta", [(k, v)]) -- meta is a header block (letterhead/references)


class Doc:
    def __init__(self, path, fmt, kind, subtype, layout, rules=(), traits=(), period=None):
        self.path, self.fmt, self.kind, self.subtype, self.layout = path, fmt, kind, subtype, layout
        self.rules = sorted(set(rules))
        self.traits = list(traits)
        self.period = period
        self.blocks: list = []
        self.cprs: list[str] = []
        self.email = None  # (from, to, subject, date)

    def add(self, *b):
        self.blocks.append(b)
        return self


def text_lines(doc: Doc, md=False) -> str:
    out = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += ["# " + b[1] if md else b[1], "" if md else "=" * min(len(b[1]), 60), ""]
            if md:
                out.pop()
        elif t == "h":
            out += ["## " + b[1] if md else b[1], ""] if md else [b[1], "-" * min(len(b[1]), 60)]
        elif t == "p":
            out += [b[1], ""]
        elif t in ("kv", "meta"):
            for k, v in b[1]:
                out.append(f"**{k}:** {v}  " if md and t == "kv" else f"{k}: {v}")
            out.append("")
        elif t == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                rows = rows[1:]
            for r in rows:
                out.append(("| " + " | ".join(r) + " |") if md else "  ".join(c.ljust(18) for c in r).rstrip())
            out.append("")
        elif t == "list":
            out += [("- " if md else "  • ") + i for i in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_html(doc: Doc) -> str:
    h = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
         f"<title>{escape(next((b[1] for b in doc.blocks if b[0]=='title'), 'Dokument'))}</title>",
         "<style>body{font-family:Arial;max-width:760px} td{border:1px solid #999;padding:4px}</style>",
         "</head><body>"]
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            h.append(f"<h1>{escape(b[1])}</h1>")
        elif t == "h":
            h.append(f"<h2>{escape(b[1])}</h2>")
        elif t == "p":
            h.append(f"<p>{escape(b[1])}</p>")
        elif t == "meta":
            h.append('<div class="meta">' + "<br>".join(f"{escape(k)}: {escape(v)}" for k, v in b[1]) + "</div>")
        elif t == "kv":
            h.append("<table>" + "".join(f"<tr><th align=left>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "table":
            h.append("<table>" + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif t == "list":
            h.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in b[1]) + "</ul>")
    h.append("</body></html>")
    return "\n".join(h)


def render_docx(doc: Doc, path: Path):
    import docx
    d = docx.Document()
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "meta":
            for k, v in b[1]:
                d.add_paragraph(f"{k}: {v}")
        elif t == "kv":
            if doc.layout.endswith("table"):
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for k, v in b[1]:
                    c = tb.add_row().cells
                    c[0].text, c[1].text = k, v
                d.add_paragraph("")
            else:
                for k, v in b[1]:
                    p = d.add_paragraph()
                    p.add_run(k + ": ").bold = True
                    p.add_run(v)
        elif t == "table":
            tb = d.add_table(rows=0, cols=len(b[1][0]))
            tb.style = "Table Grid"
            for r in b[1]:
                cells = tb.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph("")
        elif t == "list":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
    d.save(str(path))


def render_pdf(doc: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    e = lambda s: escape(s)
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(e(b[1]), ss["Title"]))
        elif t == "h":
            story.append(Paragraph(e(b[1]), ss["Heading2"]))
        elif t == "p":
            story.append(Paragraph(e(b[1]), ss["BodyText"]))
        elif t == "meta":
            story.append(Paragraph("<br/>".join(f"{e(k)}: {e(v)}" for k, v in b[1]), ss["Normal"]))
            story.append(Spacer(1, 8))
        elif t == "kv" or t == "table":
            rows = b[1] if t == "table" else [list(r) for r in b[1]]
            data = [[Paragraph(e(c), ss["BodyText"]) for c in r] for r in rows]
            n = len(rows[0])
            widths = [140, 330] if n == 2 else [470 / n] * n
            tb = Table(data, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 8)]
        elif t == "list":
            for i in b[1]:
                story.append(Paragraph("• " + e(i), ss["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4, title=path.stem, lang="da").build(story)


def render_odt(doc: Doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    o = OpenDocumentText()
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            o.text.addElement(H(outlinelevel=1, text=b[1]))
        elif t == "h":
            o.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t == "p":
            o.text.addElement(P(text=b[1]))
        elif t in ("kv", "meta"):
            for k, v in b[1]:
                o.text.addElement(P(text=f"{k}: {v}"))
        elif t == "table":
            for r in b[1]:
                o.text.addElement(P(text="\t".join(r)))
        elif t == "list":
            for i in b[1]:
                o.text.addElement(P(text="• " + i))
    o.save(str(path))


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(doc: Doc) -> str:
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            r.append(r"{\b\fs32 " + rtf_escape(b[1]) + r"}\par\par")
        elif t == "h":
            r.append(r"{\b\fs26 " + rtf_escape(b[1]) + r"}\par")
        elif t == "p":
            r.append(rtf_escape(b[1]) + r"\par\par")
        elif t in ("kv", "meta"):
            for k, v in b[1]:
                r.append(r"{\b " + rtf_escape(k) + ":} " + rtf_escape(v) + r"\par")
            r.append(r"\par")
        elif t == "table":
            for row in b[1]:
                r.append(rtf_escape("\t".join(row)) + r"\par")
            r.append(r"\par")
        elif t == "list":
            for i in b[1]:
                r.append(r"\bullet  " + rtf_escape(i) + r"\par")
    r.append("}")
    return "\n".join(r)


def render(doc: Doc, root: Path):
    p = root / doc.path
    p.parent.mkdir(parents=True, exist_ok=True)
    f = doc.fmt
    if f == "txt":
        p.write_text(text_lines(doc), encoding="utf-8")
    elif f == "md":
        p.write_text(text_lines(doc, md=True), encoding="utf-8")
    elif f == "html":
        p.write_text(render_html(doc), encoding="utf-8")
    elif f == "docx":
        render_docx(doc, p)
    elif f == "pdf":
        render_pdf(doc, p)
    elif f == "odt":
        render_odt(doc, p)
    elif f == "rtf":
        p.write_text(render_rtf(doc), encoding="ascii")
    elif f == "eml":
        frm, to, subj, date = doc.email
        m = EmailMessage()
        m["From"], m["To"], m["Subject"], m["Date"] = frm, to, subj, date
        body_doc = Doc(doc.path, "txt", doc.kind, "", "")
        body_doc.blocks = [b for b in doc.blocks if b[0] != "title"]
        m.set_content(text_lines(body_doc))
        p.write_bytes(bytes(m))
    else:
        raise ValueError(f)


# ----------------------------------------------------------------------------------------
# Builders for the three kinds


def fill(s, f, k="Kommunen"):
    return s.replace("{f}", f).replace("{k}", k)


class Ctx:
    def __init__(self, rng, i):
        self.rng = rng
        self.i = i
        c = i % len(CITIZENS)  # one case per citizen: the case's facts stay the same across its documents
        self.case = c
        self.cit, self.first = CITIZENS[c]
        self.mentor = MENTORS[(c * 3) % len(MENTORS)]
        self.k = KOMMUNER[c % len(KOMMUNER)]
        self.cw = CASEWORKERS[c % len(CASEWORKERS)]
        cr = random.Random(1000 + c)
        self.sag = f"{cr.randint(10, 99)}.{cr.randint(10, 99)}.{cr.randint(10, 99)}-A{cr.randint(10, 30)}-{cr.randint(1, 9)}-26"
        self.goal = fill(CLEAR_GOALS[c % len(CLEAR_GOALS)], self.first)
        self.tasks = [fill(t, self.first) for t in TASKS[(c // 2) % len(TASKS)]]
        self.follow = fill(FOLLOW_OK[i % len(FOLLOW_OK)], self.first)
        self.hours = HOURS_OK[c % len(HOURS_OK)]
        self.period = PERIODS_OK[c % len(PERIODS_OK)]
        self.appeal = fill(APPEAL_OK[i % len(APPEAL_OK)], self.first, self.k)
        self.date = f"{rng.randint(2, 27)}. {['januar','februar','marts','april','maj','juni'][i % 6]} 2026"


def agreement(ctx: Ctx, path, fmt, layout, defects=(), cpr_on=False):
    """defects: goal-missing, goal-unclear, mentor-noname, mentor-nocontact, tasks-missing,
    duration-missing, duration-open, over6, follow-missing, follow-vague, hours-missing,
    hours-vague, appeal-missing, appeal-vague, appeal-nodeadline, appeal-other"""
    rules, traits = [], list(defects)
    per = ctx.period
    if "over6" in defects:
        per = PERIODS_OVER[ctx.i % len(PERIODS_OVER)]
        rules.append("duration-over-6-months")
    m = ctx.mentor
    goal = ctx.goal
    if "goal-unclear" in defects:
        goal = fill(UNCLEAR_GOALS[ctx.i % len(UNCLEAR_GOALS)], ctx.first)
        rules.append("unclear-goal")
    fields = []
    if "goal-missing" in defects:
        rules.append("missing-goal")
        gv = None
    else:
        gv = goal
    if "mentor-nocontact" in defects:
        mv = f"{m[0]}, {m[1]}"
        rules.append("missing-mentor")
    elif "mentor-noname" in defects:
        mv = "[navn]"
        rules.append("missing-mentor")
    else:
        mv = f"{m[0]}, {m[1]}, tlf. {m[2]}, {m[3]}"
    tv = None if "tasks-missing" in defects else "; ".join(ctx.tasks)
    if tv is None:
        rules.append("missing-tasks")
    if "duration-missing" in defects:
        pv = None
        rules.append("missing-duration")
    elif "duration-open" in defects:
        pv = f"Fra {ctx.date} og indtil videre"
        rules.append("missing-duration")
    else:
        pv = per[0]
    if "follow-missing" in defects:
        fv = None
        rules.append("missing-follow-up")
    elif "follow-vague" in defects:
        fv = FOLLOW_BAD[ctx.i % 2]
        rules.append("missing-follow-up")
    else:
        fv = ctx.follow if "goal-missing" not in defects else fill(FOLLOW_OK[3], ctx.first)
    if "hours-missing" in defects:
        hv = None
        rules.append("missing-hours")
    elif "hours-vague" in defects:
        hv = HOURS_BAD[ctx.i % len(HOURS_BAD)]
        rules.append("missing-hours")
    else:
        hv = ctx.hours
    av = ctx.appeal
    for key in ("missing", "vague", "nodeadline", "other"):
        if f"appeal-{key}" in defects:
            rules.append("missing-appeal-guidance")
            av = None if key == "missing" else APPEAL_BAD["othersubject" if key == "other" else key]
    period = None if pv is None or "duration-open" in defects else {"start": per[1], "end": per[2]}
    d = Doc(path, fmt, "agreement", "agreement", layout, rules, traits, period)
    c = None
    if cpr_on:
        c = cpr(ctx.rng)
        d.cprs.append(c)
        d.traits.append("cpr")
    title = ctx.rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                            "Skriftlig aftale om mentorstøtte (LAB § 167)"])
    d.add("meta", [(ctx.k, "Beskæftigelse og Uddannelse"), ("Sagsnr.", ctx.sag), ("Dato", ctx.date)])
    d.add("title", title)
    who = [("Borger", ctx.cit)] + ([("CPR-nr.", c)] if c else []) + [("Sagsbehandler", f"{ctx.cw[0]}, tlf. {ctx.cw[1]}")]
    if layout in ("kv", "table"):
        d.add("kv", who)
        rows = []
        if gv is not None:
            rows.append(("Mål med mentorstøtten", gv))
        rows.append(("Mentor", mv))
        if tv is not None:
            rows.append(("Mentorens opgaver", tv))
        if pv is not None:
            rows.append(("Periode", pv))
        if hv is not None:
            rows.append(("Timetal", hv))
        if fv is not None:
            rows.append(("Opfølgning og progression", fv))
        d.add("kv", rows)
        if av is not None:
            d.add("h", "Klagevejledning").add("p", av)
        d.add("p", "Underskrift borger: ______________   Underskrift mentor: ______________")
    elif layout == "numbered":
        d.add("kv", who)
        d.add("p", "Aftalen følger punkterne i kommunens kvalitetsstandard for mentorstøtte.")
        n = 1
        for lab, v in [("Målet med mentorstøtten", gv), ("Mentorens navn og kontaktdata", mv),
                       ("Hvilke opgaver mentoren skal bistå ved", tv),
                       ("Varigheden af aftalen", pv), ("Opfølgning – inklusiv mål for progression", fv),
                       ("Timetallet for mentorstøtten", hv), ("Klagevejledning", av)]:
            if v is None:
                continue
            d.add("p", f"{n}) {lab}: {v}")
            n += 1
    else:  # letter / prose
        d.add("p", f"Kære {ctx.first}")
        d.add("p", f"Her får du det, vi blev enige om på mødet den {ctx.date}, skrevet ned. Aftalen gælder din mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats.")
        if gv is not None:
            d.add("h", "Hvad er målet?").add("p", f"Målet er, at {gv}" if gv.startswith(ctx.first) else f"Målet: {gv}")
        d.add("h", "Din mentor")
        d.add("p", f"Din mentor er {mv}." if "mentor-noname" not in defects else f"Din mentor bliver {mv} fra {m[1]}.")
        if tv is not None:
            d.add("h", "Det hjælper mentoren dig med").add("list", ctx.tasks)
        if pv is not None or hv is not None:
            d.add("h", "Hvor længe og hvor meget")
            s = []
            if pv is not None:
                s.append(f"Støtten gælder i perioden {pv}.")
            if hv is not None:
                s.append(f"Du har mentor {hv}.")
            d.add("p", " ".join(s))
        if fv is not None:
            d.add("h", "Sådan følger vi op").add("p", fv)
        if av is not None:
            d.add("h", "Hvis du vil klage").add("p", av)
        d.add("p", f"Med venlig hilsen\n{ctx.cw[0]}, sagsbehandler, {ctx.k}")
    return d


def minplan(ctx: Ctx, path, fmt, layout, defects=(), cpr_on=False):
    rules, traits = [], list(defects)
    per = ctx.period
    if "over6" in defects:
        per = PERIODS_OVER[(ctx.i + 1) % len(PERIODS_OVER)]
        rules.append("duration-over-6-months")
    m = ctx.mentor
    gv = ctx.goal
    if "goal-unclear" in defects:
        gv = fill(UNCLEAR_GOALS[(ctx.i + 1) % len(UNCLEAR_GOALS)], ctx.first)
        rules.append("unclear-goal")
    if "goal-missing" in defects:
        gv = None
        rules.append("missing-goal")
    mv = f"{m[0]} ({m[1]}), {m[2]}, {m[3]}"
    if "mentor-nocontact" in defects:
        mv = f"{m[0]}, {m[1]}"
        rules.append("missing-mentor")
    tv = "; ".join(ctx.tasks)
    if "tasks-missing" in defects:
        tv = None
        rules.append("missing-tasks")
    pv = per[0]
    if "duration-missing" in defects:
        pv = None
        rules.append("missing-duration")
    hv = ctx.hours
    if "hours-missing" in defects:
        hv = None
        rules.append("missing-hours")
    elif "hours-vague" in defects:
        hv = HOURS_BAD[ctx.i % len(HOURS_BAD)]
        rules.append("missing-hours")
    d = Doc(path, fmt, "minplan", "minplan", layout, rules, traits,
            None if pv is None else {"start": per[1], "end": per[2]})
    c = None
    if cpr_on:
        c = cpr(ctx.rng)
        d.cprs.append(c)
        d.traits.append("cpr")
    d.add("meta", [("Udskrevet fra", "Min Plan / fagsystem"), ("Udskrevet", ctx.date),
                   ("Borger", ctx.cit + (f" ({c})" if c else ""))])
    d.add("title", ctx.rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – Mentor (§ 167)",
                                   "Udskrift af Min Plan – mentorstøtte"]))
    if layout == "card":
        rows = [("Indsats", "Mentorstøtte")]
        if gv is not None:
            rows.append(("Formål", gv))
        rows.append(("Mentor", mv))
        if tv is not None:
            rows.append(("Opgaver", tv))
        if pv is not None:
            rows.append(("Periode", pv))
        if hv is not None:
            rows.append(("Timer", hv))
        rows.append(("Status", "Aktiv"))
        d.add("kv", rows)
    else:  # plan with several activities, mentor card among them
        d.add("h", "Dit mål")
        d.add("p", "Job- og uddannelsesmål er aftalt på samtalen. Se de enkelte aktiviteter.")
        d.add("h", "Virksomhedspraktik")
        d.add("kv", [("Sted", "Netto, Ringvej 14"), ("Start", "2. februar 2026"), ("Slut", "31. januar 2027"),
                     ("Timer", "15 timer om ugen"), ("Kontaktperson", "Butikschef Jan Olsen, 40 40 12 12")])
        d.add("h", "Mentorstøtte")
        rows = []
        if gv is not None:
            rows.append(("Mål med mentorstøtten", gv))
        rows.append(("Mentor", mv))
        if tv is not None:
            rows.append(("Mentorens opgaver", tv))
        if pv is not None:
            rows.append(("Periode", pv))
        if hv is not None:
            rows.append(("Timetal", hv))
        d.add("kv", rows)
        d.traits.append("other-activity-long-period")
    return d


def decision(ctx: Ctx, path, fmt, subtype, layout, defects=(), cpr_on=False):
    rules, traits = [], list(defects) + [subtype]
    if subtype == "end":  # the stop letter follows the hearing in March
        ctx.date = f"{8 + ctx.i % 10}. april 2026"
    per = ctx.period
    if "over6" in defects:
        per = PERIODS_OVER[(ctx.i + 2) % len(PERIODS_OVER)]
        rules.append("duration-over-6-months")
    av = ctx.appeal
    for key in ("missing", "vague", "nodeadline", "other"):
        if f"appeal-{key}" in defects:
            rules.append("missing-appeal-guidance")
            av = None if key == "missing" else APPEAL_BAD["othersubject" if key == "other" else key]
    m = ctx.mentor
    d = Doc(path, fmt, "decision", subtype, layout, rules, traits, None)
    c = None
    if cpr_on:
        c = cpr(ctx.rng)
        d.cprs.append(c)
        d.traits.append("cpr")
    d.add("meta", [(ctx.k, "Jobcenter og Ydelse"), ("Dato", ctx.date), ("Sagsnr.", ctx.sag)]
          + ([("CPR-nr.", c)] if c else []) + [("Til", ctx.cit)])
    law = ctx.rng.choice(["§ 167, stk. 1, i lov om en aktiv beskæftigelsesindsats",
                          "LAB § 167", "§ 167 i beskæftigelsesloven (LAB)"])
    if subtype in ("grant", "partial", "extension"):
        d.period = {"start": per[1], "end": per[2]}
    if subtype == "grant":
        d.add("title", ctx.rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"]))
        d.add("p", f"Kære {ctx.first}")
        d.add("p", f"Du har fået bevilget mentorstøtte i perioden {per[0]}. Du får {ctx.hours} med {m[0]} fra {m[1]}.")
        d.add("h", "Begrundelse")
        d.add("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne fastholde din praktik, og at støtten skal føre til job eller uddannelse. Afgørelsen er truffet efter {law}.")
    elif subtype == "partial":
        d.add("title", "Afgørelse – delvis bevilling af mentorstøtte")
        d.add("p", f"Kære {ctx.first}")
        d.add("p", f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget mentorstøtte i perioden {per[0]} med {ctx.hours}.")
        d.add("h", "Begrundelse")
        d.add("p", f"Efter {law} kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at {ctx.hours} er nok til at du kan komme stabilt i praktik. Vi har lagt vægt på mentorens statusrapport og på samtalen med dig.")
    elif subtype == "extension":
        d.add("title", ctx.rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"]))
        d.add("p", f"Kære {ctx.first}")
        d.add("p", f"Din mentorstøtte hos {m[0]} er forlænget i perioden {per[0]}. Timetallet er uændret {ctx.hours}.")
        d.add("h", "Begrundelse")
        d.add("p", f"Efter en konkret vurdering giver vi en ny periode, jf. {law}, 2. pkt. Du er i gang med at nå målet, men har brug for støtte frem til overgangen til løntilskud.")
    elif subtype == "refusal":
        d.add("title", ctx.rng.choice(["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentorstøtte"]))
        d.add("p", f"Kære {ctx.first}")
        d.add("p", "Du har søgt om mentorstøtte. Vi har besluttet at give dig afslag.")
        d.add("h", "Begrundelse")
        d.add("p", f"Efter {law} kan der gives mentorstøtte, når det er nødvendigt for, at du kan opnå eller fastholde job eller uddannelse. Du går allerede på skolen med støtte fra en elevcoach og SPS-timer, og vi vurderer, at skolens egen støtte dækker dit behov.")
    elif subtype == "end":
        d.add("title", ctx.rng.choice(["Ophør af mentorstøtte", "Afgørelse om stop for mentorstøtte"]))
        d.add("p", f"Kære {ctx.first}")
        d.add("p", f"Din mentorstøtte med {m[0]} stopper den 30. april 2026.")
        d.add("h", "Begrundelse")
        d.add("p", "Du har ikke mødt op til aftalerne med din mentor siden 2. marts 2026, og du har selv sagt, at du ikke ønsker at fortsætte. Formålet med støtten kan derfor ikke nås. Du har fået mulighed for at udtale dig, jf. vores brev om partshøring.")
    if av is not None:
        d.add("h", ctx.rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
        d.add("p", av)
    d.add("p", f"Venlig hilsen\n{ctx.cw[0]}\nSagsbehandler, tlf. {ctx.cw[1]}")
    return d


# ----------------------------------------------------------------------------------------
# Everything else a case holds (kind unknown, no findings)


def unknown(ctx: Ctx, path, fmt, subtype, cpr_on=False):
    m, f, k, cw = ctx.mentor, ctx.first, ctx.k, ctx.cw
    per = ctx.period
    d = Doc(path, fmt, "unknown", subtype, subtype, [], [subtype], None)
    c = None
    if cpr_on:
        c = cpr(ctx.rng)
        d.cprs.append(c)
        d.traits.append("cpr")
    cprow = [("CPR-nr.", c)] if c else []
    if subtype == "minutes":
        d.add("title", "Referat af statusmøde – mentorforløb")
        d.add("kv", [("Dato", ctx.date), ("Deltagere", f"{ctx.cit}, mentor {m[0]}, sagsbehandler {cw[0]}"), ("Referent", cw[0])] + cprow)
        d.add("h", "1. Siden sidst")
        d.add("p", f"{f} har været i praktik 3 af 4 dage de sidste to uger. Mentoren ({m[0]}, {m[1]}) har haft {ctx.hours} som aftalt. Transporten fungerer nu; {f} tager bussen selv.")
        d.add("h", "2. Mål og delmål")
        d.add("p", f"Målet fra aftalen står ved magt: {ctx.goal} Delmålet om fremmøde fire dage om ugen er næsten nået.")
        d.add("h", "3. Aftaler")
        d.add("list", ["Mentoren følger med til samtale med arbejdsleder i uge 18",
                       f"Næste statusmøde {['28. april','26. maj','23. juni'][ctx.i % 3]} kl. 10",
                       f"Bevillingen ({per[0]}) fortsætter uændret"])
    elif subtype == "status-report":
        d.add("title", "Statusrapport fra mentor")
        d.add("kv", [("Borger", ctx.cit)] + cprow + [("Mentor", f"{m[0]}, {m[1]}, tlf. {m[2]}"),
                     ("Bevilget periode", per[0]), ("Bevilget timetal", ctx.hours), ("Rapportperiode", "marts 2026")])
        d.add("h", "Mål for forløbet")
        d.add("p", ctx.goal)
        d.add("h", "Status")
        d.add("p", f"{f} er mødt stabilt. Vi har brugt timerne på at øve transport og forberede samtale med praktikværten. {f} giver selv udtryk for at have mere overskud.")
        d.add("h", "Mentorens vurdering og anbefaling")
        d.add("p", "Jeg anbefaler, at forløbet fortsætter som aftalt. Der er ikke behov for flere timer.")
    elif subtype == "final-evaluation":
        d.add("title", "Slutevaluering af mentorforløb")
        d.add("meta", [("Leverandør", m[1]), ("Mentor", m[0]), ("Borger", ctx.cit), ("Sagsnr.", ctx.sag)] + cprow)
        d.add("h", "Forløbet")
        d.add("p", f"Forløbet har kørt i perioden {per[0]} med {ctx.hours}. Målet var: {ctx.goal}")
        d.add("h", "Målopfyldelse")
        d.add("table", [["Delmål", "Opnået", "Bemærkning"],
                        ["Fremmøde 4 dage/uge", "Ja", "Fra uge 14"],
                        ["Selv transport", "Ja", "Bus 5A"],
                        ["Samtale om løntilskud", "Delvist", "Aftalt møde med virksomheden"]])
        d.add("h", "Anbefaling")
        d.add("p", "Forløbet afsluttes. Borger har ikke behov for mentor i en ny periode.")
    elif subtype == "invoice":
        d.add("title", f"Faktura nr. {2026000 + ctx.i * 37}")
        d.add("meta", [("Fra", f"{m[1]}, CVR 3{ctx.i}458812"), ("Til", f"{k}, Jobcenter, EAN 5798000{ctx.i:02d}1234"),
                       ("Fakturadato", ctx.date), ("Rekvisitionsnr.", f"REK{430000 + ctx.i * 11}")])
        d.add("table", [["Ydelse", "Antal timer", "Timepris", "Beløb"],
                        [f"Mentorstøtte {ctx.cit}, marts 2026", "13", "495,00", "6.435,00"],
                        ["Kørsel (km)", "42", "3,79", "159,18"],
                        ["I alt ekskl. moms", "", "", "6.594,18"]])
        d.add("p", f"Jf. bevilling: {per[0]}, {ctx.hours}. Betaling 30 dage netto. Mentor: {m[0]}.")
    elif subtype == "timesheet":
        d.add("title", "Timeseddel – mentortimer")
        d.add("kv", [("Mentor", f"{m[0]} ({m[2]})"), ("Borger", ctx.cit), ("Måned", "april 2026"), ("Bevilget", ctx.hours)])
        d.add("table", [["Dato", "Tid", "Timer", "Aktivitet"],
                        ["02.04.2026", "9.00-11.00", "2,0", "Følges til praktik"],
                        ["09.04.2026", "9.00-10.30", "1,5", "Samtale om skema"],
                        ["16.04.2026", "13.00-14.00", "1,0", "Møde med arbejdsleder"],
                        ["23.04.2026", "9.00-11.00", "2,0", "Transporttræning"],
                        ["I alt", "", "6,5", ""]])
        d.add("p", "Forberedelse og kørsel er ikke medregnet (direkte kontakt, jf. BAB § 123). Underskrift mentor: ________")
    elif subtype == "journal-note":
        d.add("title", "Journalnotat")
        d.add("kv", [("Sag", ctx.sag), ("Emne", "Telefonsamtale med mentor"), ("Notat ved", cw[0]), ("Dato", ctx.date)] + cprow)
        d.add("p", f"{m[0]} ringede. {f} har haft to dages fravær i praktikken pga. sygdom hos barnet. Mentoren vurderer, at de {ctx.hours} er tilstrækkelige, men foreslår at flytte mødet til tirsdag. Jeg har sagt ja. Bevillingen løber {per[0]}; ingen ændring. Næste opfølgning ved statusmødet.")
    elif subtype == "email-meeting":
        d.email = (f"{cw[0]} <{cw[0].split()[0].lower()}@kommune-mail.dk>", f"{m[0]} <{m[3]}>",
                   f"Statusmøde vedr. {f} – forslag til tid", "Tue, 14 Apr 2026 09:12:00 +0200")
        d.add("p", f"Hej {m[0].split()[0]}")
        d.add("p", f"Vi skal have holdt statusmøde om {f}s mentorforløb, inden bevillingen ({per[0]}) er halvvejs. Kan du torsdag den 23. april kl. 13.00 eller fredag den 24. april kl. 9.00? Vi mødes på jobcentret, lokale 2.14.")
        d.add("p", f"Tag gerne din timeopgørelse med, så vi kan se, om {ctx.hours} passer.")
        d.add("p", f"Venlig hilsen\n{cw[0]}\n{k}, tlf. {cw[1]}")
    elif subtype == "email-reply":
        d.email = (f"{m[0]} <{m[3]}>", f"{cw[0]} <{cw[0].split()[0].lower()}@kommune-mail.dk>",
                   f"SV: Statusmøde vedr. {f}", "Tue, 14 Apr 2026 11:40:00 +0200")
        d.add("p", f"Hej {cw[0].split()[0]}\n\nTorsdag kl. 13 passer fint. {f} kommer også, jeg henter hende/ham ved praktikken. Vi har brugt alle timerne i marts, så lad os tale om fordelingen.")
        d.add("p", f"Mvh\n{m[0]}\n{m[1]}\n{m[2]}")
        d.add("p", "> Vi skal have holdt statusmøde om mentorforløbet, inden bevillingen er halvvejs.")
    elif subtype == "citizen-message":
        d.email = (f"{ctx.cit} <borger{ctx.i}@hotmail.com>", f"{k} <jobcenter@kommune-mail.dk>",
                   "Min mentor", "Mon, 4 May 2026 21:03:00 +0200")
        d.add("p", f"Hej {cw[0].split()[0]}")
        d.add("p", f"jeg ville bare sige at det går godt med {m[0].split()[0]}. vi ses om tirsdagen og det hjælper mig meget at hun/han tager med til praktikken. Kan jeg få mentor noget længere end aftalt? jeg er bange for at det stopper når jeg lige er kommet godt igang")
        d.add("p", f"mvh {f}")
    elif subtype == "hearing":
        d.add("meta", [(k, "Jobcenter"), ("Dato", ctx.date), ("Sagsnr.", ctx.sag)] + cprow)
        d.add("title", "Partshøring – vi overvejer at stoppe din mentorstøtte")
        d.add("p", f"Kære {f}")
        d.add("p", f"Vi overvejer at stoppe din mentorstøtte hos {m[0]}, som er bevilget i perioden {per[0]} med {ctx.hours}. Det er fordi du ikke er mødt op til de sidste fire aftaler med din mentor.")
        d.add("p", "Før vi træffer en afgørelse, har du ret til at komme med dine bemærkninger. Du kan ringe eller skrive til os senest 14 dage efter, at du har fået dette brev. Hvis vi ikke hører fra dig, træffer vi afgørelsen ud fra de oplysninger, vi har.")
        d.add("p", f"Venlig hilsen\n{cw[0]}, tlf. {cw[1]}")
    elif subtype == "other-refusal":
        d.add("meta", [(k, "Ydelsesservice"), ("Dato", ctx.date), ("Sagsnr.", ctx.sag)] + cprow)
        d.add("title", "Afgørelse om befordringsgodtgørelse – afslag")
        d.add("p", f"Kære {f}")
        d.add("p", f"Du har søgt om at få dækket udgifter til transport, når du kører med din mentor {m[0]} til praktikstedet. Du får afslag.")
        d.add("h", "Begrundelse")
        d.add("p", f"Din mentor kører dig i sin egen bil, og mentorens kørsel er betalt gennem aftalen med {m[1]}. Du har derfor ikke selv udgifter til befordring, jf. § 82 i lov om en aktiv beskæftigelsesindsats. Din mentorstøtte ({ctx.hours}, {per[0]}) er ikke berørt af denne afgørelse.")
        d.add("h", "Klagevejledning")
        d.add("p", "Du kan klage over afgørelsen om befordringsgodtgørelse til kommunen inden 4 uger fra du har modtaget brevet. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen.")
    elif subtype == "other-refusal-tillaeg":
        d.add("meta", [(k, "Borgerservice – Ydelser"), ("Dato", ctx.date)] + cprow)
        d.add("title", "Afslag på særlig støtte (§ 34 i aktivloven)")
        d.add("p", f"Kære {f}")
        d.add("p", f"Du har søgt om særlig støtte til husleje. Vi har lagt vægt på dine oplysninger og på din mentors udtalelse om, at du er i praktik {['15','12','20'][ctx.i % 3]} timer om ugen og forventes i løntilskud. Din indtægt ligger over grænsen, så du får afslag.")
        d.add("p", "Du kan klage til kommunen inden 4 uger. Kommunen genvurderer sagen og sender den til Ankestyrelsen, hvis afgørelsen fastholdes.")
    elif subtype == "guidance":
        d.add("title", "Mentorstøtte – sådan gør vi (vejledning til medarbejdere)")
        d.add("p", "Denne vejledning beskriver, hvad en skriftlig aftale om mentorstøtte skal indeholde. Aftalen laves ved opstart og lægges i Min Plan.")
        d.add("h", "Aftalens indhold")
        d.add("list", ["Målet med mentorstøtten (job- eller uddannelsesmål, gerne SMART)",
                       "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal bistå ved",
                       "Varigheden af aftalen og opfølgning – inklusiv mål for progression",
                       "Timetallet for mentorstøtten", "Klagevejledning"])
        d.add("h", "Periode og timer")
        d.add("p", "Mentorstøtte gives i højst 6 måneder ad gangen, jf. LAB § 167, stk. 1. Ved udløb kan der efter en konkret vurdering gives en ny periode på op til 6 måneder. Timetallet fastsættes pr. uge: niveau 1 (0-1 time pr. uge), niveau 2 (1-2 timer pr. uge), niveau 3 (mere end 2 timer pr. uge).")
        d.add("h", "Klagevejledning")
        d.add("p", "Brug standardteksten: klag til kommunen inden fire uger; kommunen genvurderer inden fire uger og sender en fastholdt afgørelse til Ankestyrelsen.")
    elif subtype == "citizen-leaflet":
        d.add("title", "Hvad er en mentor? – til dig, der skal have mentorstøtte")
        d.add("p", "En mentor er en person, der hjælper dig med at komme i gang med job, praktik eller uddannelse. Du og din sagsbehandler aftaler, hvad mentoren skal hjælpe med, hvor mange timer om ugen, og hvor længe – højst 6 måneder ad gangen.")
        d.add("p", "Din mentor kan fx følge dig til praktikstedet, hjælpe med at læse breve eller øve busruten. I aftalen står også, hvordan vi følger op, og hvordan du klager.")
        d.add("p", f"Spørgsmål? Ring til {k} på 72 36 40 00.")
    elif subtype == "consent":
        d.add("title", "Samtykkeerklæring – udveksling af oplysninger med mentor")
        d.add("kv", [("Navn", ctx.cit)] + cprow + [("Mentor", f"{m[0]}, {m[1]}")])
        d.add("p", f"Jeg giver samtykke til, at {k} og min mentor må udveksle oplysninger om mit fremmøde, min praktik og mit helbred, i det omfang det er nødvendigt for mentorforløbet ({per[0]}).")
        d.add("p", "Samtykket gælder, så længe mentorforløbet varer. Jeg kan til enhver tid trække samtykket tilbage.")
        d.add("p", "Dato: ____________  Underskrift: ______________________")
    elif subtype == "handover":
        d.add("title", "Overdragelsesnotat – ny sagsbehandler")
        d.add("kv", [("Fra", cw[0]), ("Til", CASEWORKERS[(ctx.i + 1) % 4][0]), ("Dato", ctx.date), ("Borger", ctx.cit)] + cprow)
        d.add("p", f"{f} har mentor hos {m[1]} ({m[0]}, {m[2]}), bevilget {per[0]} med {ctx.hours}. Mål: {ctx.goal}")
        d.add("p", "Husk: statusmøde skal holdes i næste måned, og der skal tages stilling til forlængelse 14 dage før udløb. Mentoraftalen ligger i dokumentmappen.")
    elif subtype == "joblog":
        d.add("title", "Joblog – mine aktiviteter")
        d.add("kv", [("Navn", ctx.cit), ("Uge", "17-18 2026")])
        d.add("table", [["Dato", "Aktivitet", "Virksomhed", "Note"],
                        ["20.04.2026", "Praktik", "Netto Ringvej", f"mentor {m[0].split()[0]} med"],
                        ["22.04.2026", "Ansøgning", "Lidl Vejle", "butiksmedhjælper 15 t"],
                        ["27.04.2026", "Samtale", "Jobcenter", "snak om løntilskud"],
                        ["29.04.2026", "Praktik", "Netto Ringvej", "alene, gik fint"]])
    elif subtype == "dp-notice":
        d.email = (f"{k} <noreply@digitalpost.dk>", f"{ctx.cit}", "Du har fået post fra " + k, "Wed, 11 Mar 2026 08:00:00 +0100")
        d.add("p", f"Du har fået et nyt brev fra {k} i din digitale postkasse: »Afgørelse om mentorstøtte«.")
        d.add("p", "Log ind på borger.dk eller i appen Digital Post for at læse brevet. Svar ikke på denne e-mail.")
    elif subtype == "referral":
        d.add("title", "Bestilling af mentorforløb")
        d.add("kv", [("Til leverandør", m[1]), ("Rekvisitionsnr.", f"REK{436000 + ctx.i}"), ("Borger", ctx.cit)] + cprow
              + [("Ønsket opstart", per[1]), ("Forventet timetal", ctx.hours), ("Kontakt i kommunen", f"{cw[0]}, {cw[1]}")])
        d.add("p", f"Vi bestiller hermed et mentorforløb. Formålet er, at {ctx.goal[0].lower() + ctx.goal[1:]} Leverandøren bedes foreslå en mentor og kontakte borgeren inden 5 hverdage.")
    elif subtype == "ankestyrelsen":
        d.add("meta", [("Ankestyrelsen", "Beskæftigelsesudvalget"), ("J.nr.", f"26-{ctx.i}4412"), ("Dato", ctx.date)])
        d.add("title", "Ankestyrelsens afgørelse")
        d.add("p", f"Ankestyrelsen har behandlet din klage over {k}s afgørelse om mentorstøtte. Vi stadfæster kommunens afgørelse. Det betyder, at du ikke får ret i din klage.")
        d.add("h", "Begrundelse")
        d.add("p", "Efter § 167, stk. 1, gives mentorstøtte i højst 6 måneder ad gangen. Kommunen har foretaget en konkret vurdering af behovet for en ny periode og har lagt vægt på mentorens slutevaluering.")
        d.add("p", "Ankestyrelsens afgørelse er endelig og kan ikke indbringes for anden administrativ myndighed.")
    elif subtype == "template-blank":
        d.add("title", "Aftale om mentorstøtte (skabelon)")
        d.add("kv", [("Borger", ""), ("Mål med mentorstøtten", "Klik eller tryk her for at skrive tekst."),
                     ("Mentor (navn, tlf., mail)", ""), ("Mentorens opgaver", ""), ("Periode", "fra __ til __ (højst 6 måneder)"),
                     ("Timetal pr. uge", ""), ("Opfølgning", "")])
        d.add("h", "Klagevejledning")
        d.add("p", APPEAL_OK[0])
    elif subtype == "mentor-calendar":
        d.add("title", f"Mine aftaler – {f}")
        d.add("table", [["Dag", "Tid", "Hvad", "Hvor"],
                        ["Tirsdag 12.5.", "9.00-11.00", f"Mentor ({m[0].split()[0]})", "Praktikstedet"],
                        ["Onsdag 13.5.", "13.00", "Tandlæge", "Torvet 3"],
                        ["Tirsdag 19.5.", "9.00-11.00", "Mentor", "Praktikstedet"],
                        ["Torsdag 21.5.", "10.00", "Statusmøde om mentorforløb", "Jobcentret"]])
    elif subtype == "provider-contract":
        d.add("title", f"Samarbejdsaftale om levering af mentorydelser mellem {k} og {m[1]}")
        d.add("p", "Leverandøren stiller mentorer til rådighed for borgere, som kommunen bevilger mentorstøtte efter LAB § 167. Forløb bestilles pr. borger med angivelse af mål, timetal og periode (højst 6 måneder).")
        d.add("list", ["Timepris: 495 kr. ekskl. moms", "Statusrapport hver måned", "Slutevaluering senest 14 dage før ophør",
                       "Aftalen gælder 1. januar 2026 – 31. december 2027"])
    elif subtype == "caseworker-talk-notes":
        d.add("title", "Notater fra samtale")
        d.add("kv", [("Borger", ctx.cit), ("Dato", ctx.date), ("Samtaletype", "Jobsamtale")] + cprow)
        d.add("p", f"{f} fortæller, at mentorforløbet hjælper. Vi talte om løntilskud efter praktikken. {f} ønsker at beholde {m[0].split()[0]} som mentor. Mentorstøtten er bevilget {per[0]}, {ctx.hours}. Jeg undersøger muligheden for en ny periode, når vi nærmer os udløb.")
    elif subtype == "receipt":
        d.add("meta", [(k, "Jobcenter"), ("Dato", ctx.date)])
        d.add("title", "Bekræftelse af modtagelse – forslag til forlængelse af mentorforløb")
        d.add("p", f"Kære {m[0]}")
        d.add("p", f"Vi har modtaget jeres forslag om at forlænge mentorforløbet for {ctx.cit} i 6 måneder med {ctx.hours}. Sagsbehandleren vurderer forslaget og vender tilbage inden to uger.")
    elif subtype == "sms-log":
        d.add("title", "SMS-log (udskrift fra fagsystem)")
        d.add("table", [["Tid", "Afsender", "Tekst"],
                        ["06.05.2026 08:02", "Jobcenter", f"Hej {f}, husk mødet med din mentor i morgen kl. 9. Mvh {cw[0]}"],
                        ["06.05.2026 08:40", f, "ok tak kommer"],
                        ["13.05.2026 07:55", "Jobcenter", "Påmindelse: statusmøde om dit mentorforløb torsdag kl. 10."]])
    elif subtype == "private-agreement":
        d.add("title", "Mentoraftale – Fodboldklubben B.74 Ungeprojekt")
        d.add("p", "Aftale mellem klubbens frivillige mentor og spilleren. Klubben er ikke en del af kommunen, og aftalen er frivillig.")
        d.add("kv", [("Spiller", f), ("Mentor", f"{m[0]}, {m[2]}"), ("Mål", "Komme til træning og få en fritidsjob-ansøgning sendt"),
                     ("Vi ses", "tirsdag efter træning"), ("Periode", "sæsonen 2026")])
    else:
        raise ValueError(subtype)
    return d


def render_scan(doc: Doc, root: Path, tmp: Path):
    """Render as PDF, rasterise at 200 dpi and wrap the page images in an image-only PDF."""
    import subprocess
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    src = tmp / (Path(doc.path).stem + "_src.pdf")
    render_pdf(doc, src)
    prefix = tmp / Path(doc.path).stem
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(prefix)], check=True)
    pages = sorted(tmp.glob(Path(doc.path).stem + "-*.png"))
    out = root / doc.path
    out.parent.mkdir(parents=True, exist_ok=True)
    cv = canvas.Canvas(str(out), pagesize=A4)
    for pg in pages:
        cv.drawImage(str(pg), 0, 0, width=A4[0], height=A4[1])
        cv.showPage()
    cv.save()


EXT = {"scan": "pdf"}

AGREEMENTS = [  # (format, layout, defects)
    ("docx", "kv", ()), ("docx", "table", ("hours-vague",)), ("txt", "numbered", ()),
    ("pdf", "letter", ("appeal-vague",)), ("odt", "kv", ("goal-unclear",)), ("pdf", "table", ("over6",)),
    ("docx", "letter", ()), ("rtf", "numbered", ("follow-missing", "mentor-nocontact")),
    ("html", "kv", ("duration-open",)), ("md", "letter", ("tasks-missing",)), ("docx", "table", ()),
    ("pdf", "numbered", ("appeal-other",)), ("txt", "kv", ("goal-missing", "hours-missing")),
    ("html", "letter", ()), ("odt", "table", ("follow-vague",)), ("docx", "kv", ("appeal-missing", "over6")),
    ("scan", "letter", ()), ("rtf", "kv", ("mentor-noname",)),
    ("pdf", "kv", ("duration-missing",)), ("docx", "numbered", ("goal-unclear", "hours-vague")),
]
DECISIONS = [  # (format, subtype, defects)
    ("docx", "grant", ()), ("pdf", "grant", ("appeal-missing",)), ("txt", "grant", ("over6",)),
    ("pdf", "partial", ()), ("docx", "partial", ("appeal-vague",)), ("odt", "extension", ()),
    ("html", "extension", ("over6",)), ("pdf", "refusal", ()), ("rtf", "refusal", ("appeal-nodeadline",)),
    ("docx", "end", ()), ("pdf", "end", ("appeal-other",)), ("md", "grant", ()),
]
MINPLANS = [  # (format, layout, defects)
    ("docx", "card", ()), ("pdf", "card", ("hours-vague",)), ("html", "multi", ()),
    ("pdf", "multi", ("goal-unclear",)), ("txt", "card", ("over6",)), ("odt", "card", ("mentor-nocontact",)),
    ("docx", "multi", ("tasks-missing",)), ("md", "card", ()), ("html", "card", ("hours-missing",)),
    ("txt", "multi", ("over6",)), ("rtf", "card", ()), ("pdf", "card", ("goal-missing",)),
    ("docx", "card", ("duration-missing",)),
]
UNKNOWN = [  # (format, subtype)
    ("docx", "minutes"), ("pdf", "minutes"), ("pdf", "status-report"), ("docx", "status-report"),
    ("scan", "status-report"), ("pdf", "final-evaluation"), ("pdf", "invoice"), ("html", "invoice"),
    ("pdf", "timesheet"), ("docx", "timesheet"), ("txt", "journal-note"), ("rtf", "journal-note"),
    ("eml", "email-meeting"), ("eml", "email-meeting"), ("eml", "email-reply"), ("eml", "citizen-message"),
    ("pdf", "hearing"), ("docx", "other-refusal"), ("pdf", "other-refusal-tillaeg"), ("md", "guidance"),
    ("html", "citizen-leaflet"), ("docx", "consent"), ("odt", "handover"), ("txt", "joblog"),
    ("eml", "dp-notice"), ("docx", "referral"), ("pdf", "ankestyrelsen"), ("docx", "template-blank"),
    ("html", "mentor-calendar"), ("pdf", "provider-contract"), ("txt", "caseworker-talk-notes"),
    ("odt", "receipt"), ("txt", "sms-log"), ("html", "private-agreement"), ("md", "minutes"),
]

UNKNOWN_NAMES = {
    "minutes": "Referat statusmøde", "status-report": "Statusrapport mentor", "final-evaluation": "Slutevaluering",
    "invoice": "Faktura", "timesheet": "Timeseddel", "journal-note": "Journalnotat",
    "email-meeting": "Mail statusmøde", "email-reply": "SV Statusmøde", "citizen-message": "Besked fra borger",
    "hearing": "Partshøring", "other-refusal": "Afgørelse befordring", "other-refusal-tillaeg": "Afslag særlig støtte",
    "guidance": "Vejledning mentorstøtte", "citizen-leaflet": "Pjece hvad er en mentor", "consent": "Samtykke",
    "handover": "Overdragelsesnotat", "joblog": "Joblog", "dp-notice": "Digital Post notifikation",
    "referral": "Bestilling mentorforløb", "ankestyrelsen": "Ankestyrelsens afgørelse",
    "template-blank": "Skabelon mentoraftale", "mentor-calendar": "Mine aftaler",
    "provider-contract": "Samarbejdsaftale leverandør", "caseworker-talk-notes": "Samtalenotat",
    "receipt": "Kvittering forslag forlængelse", "sms-log": "SMS-log", "private-agreement": "Mentoraftale B74 privat",
}
GENERAL = {"Vejledning mentorstøtte", "Pjece hvad er en mentor", "Skabelon mentoraftale", "Samarbejdsaftale leverandør"}

FILENAMES = {
    "agreement": ["Mentoraftale", "Aftale om mentorstøtte", "aftale_mentor", "Underskrevet aftale"],
    "decision": {"grant": "Afgørelse mentor bevilling", "partial": "Afgørelse delvis bevilling",
                 "extension": "Forlængelse mentor", "refusal": "Afslag mentor", "end": "Ophør mentor"},
    "minplan": ["MinPlan udskrift", "Min Plan mentor", "minplan_print"],
}


def slug(s: str) -> str:
    return (s.replace(" ", "_").replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
            .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa"))


def build(seed: int) -> list[Doc]:
    rng = random.Random(seed)
    docs: list[Doc] = []
    n = 0

    def place(kind_name: str, ctx: Ctx, fmt: str) -> str:
        ext = EXT.get(fmt, fmt)
        case = f"Sag_{ctx.sag.split('-')[0].replace('.', '')}_{slug(ctx.cit.split()[0])}"
        if kind_name in GENERAL:
            case = "Generelt_materiale"
        return f"audit_eksport_mentor_2026/{case}/{n + 1:03d}_{slug(kind_name)}.{ext}"

    specs = ([("agreement", s) for s in AGREEMENTS] + [("decision", s) for s in DECISIONS]
             + [("minplan", s) for s in MINPLANS] + [("unknown", s) for s in UNKNOWN])
    order = list(range(len(specs)))
    rng.shuffle(order)  # a real folder mixes the kinds
    for idx in order:
        kind, spec = specs[idx]
        ctx = Ctx(rng, idx)
        cpr_on = (n % 3 == 1)
        fmt = spec[0]
        if kind == "agreement":
            name = FILENAMES["agreement"][idx % 4]
            d = agreement(ctx, place(name, ctx, fmt), EXT.get(fmt, fmt), spec[1], spec[2], cpr_on)
        elif kind == "decision":
            name = FILENAMES["decision"][spec[1]]
            d = decision(ctx, place(name, ctx, fmt), EXT.get(fmt, fmt), spec[1], "letter", spec[2], cpr_on)
        elif kind == "minplan":
            name = FILENAMES["minplan"][idx % 3]
            d = minplan(ctx, place(name, ctx, fmt), EXT.get(fmt, fmt), spec[1], spec[2], cpr_on)
        else:
            name = UNKNOWN_NAMES[spec[1]]
            d = unknown(ctx, place(name, ctx, fmt), EXT.get(fmt, fmt), spec[1], cpr_on)
        if fmt == "scan":
            d.traits.append("scan")
            d.scan = True
        # drop a CPR number the layout did not print
        flat = text_lines(d)
        d.cprs = [c for c in d.cprs if c in flat]
        if not d.cprs and "cpr" in d.traits:
            d.traits.remove("cpr")
        d.traits.append("fmt:" + fmt)
        docs.append(d)
        n += 1
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    root = Path(a.out)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    tmp = Path("/tmp/it_scan_tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    docs = build(a.seed)
    entries = []
    for d in docs:
        if getattr(d, "scan", False):
            render_scan(d, root, tmp)
        else:
            render(d, root)
        mnc = []
        for c in d.cprs:
            mnc += [c, c.replace("-", "")]
        entries.append({"path": d.path, "format": d.fmt, "kind": d.kind, "subtype": d.subtype,
                        "layout": d.layout, "rules": d.rules, "extras": [], "error": None,
                        "accept_errors": [], "must_not_contain": mnc, "traits": d.traits,
                        "period": d.period})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (root / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {root}")


if __name__ == "__main__":
    main()
