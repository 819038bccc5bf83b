#!/usr/bin/env python3
"""Corpus HC: mentor support at and around workplaces (LAB § 167).

Frikøb of a colleague as mentor, mentors in løntilskud / fleksjob / ordinary jobs / apprenticeships / IGU,
three-party agreements, decisions to the citizen, grant letters to the employer, Min Plan entries, and
look-alikes from the same case files (onboarding buddy schemes, refusion claims, timesheets, wage-subsidy
agreements, staff-handbook pages). Deterministic: fixed seed.

Usage: /work/main/.venv/bin/python make_corpus_hc.py --out /work/corpora/hc [--seed 1717]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [("Horsens Kommune", "Jobcenter Horsens", "Rådhustorvet 4, 8700 Horsens", "76 29 29 29"),
            ("Slagelse Kommune", "Jobcenter Slagelse", "Fisketorvet 2, 4200 Slagelse", "58 57 36 00"),
            ("Ikast-Brande Kommune", "Jobcenter Ikast-Brande", "Centerparken 1, 7400 Herning", "99 60 40 00"),
            ("Næstved Kommune", "Beskæftigelse Næstved", "Teatergade 8, 4700 Næstved", "55 88 50 00"),
            ("Kolding Kommune", "Jobcenter Kolding", "Kolding Åpark 1, 6000 Kolding", "79 79 70 00"),
            ("Hjørring Kommune", "Jobcenter Hjørring", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
            ("Guldborgsund Kommune", "Jobcenter Guldborgsund", "Parkvej 37, 4800 Nykøbing F", "54 73 10 00")]
FIRMS = [("Holm Tømrer & Snedker ApS", "tømrerlærling", "værkstedet i Hedensted"),
         ("Netto, Søndergade", "butiksmedhjælper", "butikken i Søndergade"),
         ("Plejecenter Solgården", "serviceassistent", "køkkenet på Solgården"),
         ("Danish Crown, Horsens", "produktionsmedarbejder", "udskæringen"),
         ("Autoværkstedet Kildevej", "mekanikerlærling", "værkstedet på Kildevej"),
         ("Kantinen i Rådhuset", "kantinemedhjælper", "kantinen"),
         ("Lager & Logistik Syd A/S", "lagermedarbejder", "pluk- og pakkeafdelingen"),
         ("Gartneriet Bøgely", "gartnermedhjælper", "væksthusene"),
         ("Rengøringsfirmaet Klar", "rengøringsassistent", "afdeling Øst"),
         ("Børnehuset Mælkebøtten", "pædagogmedhjælper", "vuggestuegruppen")]
FIRST = ["Ahmed", "Maja", "Kasper", "Fatima", "Jonas", "Line", "Mikkel", "Sara", "Omar", "Camilla",
         "Tobias", "Nadia", "Rasmus", "Yasmin", "Emil", "Helle", "Bashir", "Pernille", "Jesper", "Amira"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Ali", "Yilmaz"]
MENTORS = ["Bente Holm", "Lars Østergaard", "Jens Kjær", "Susanne Bach", "Henrik Due", "Tina Friis",
           "Morten Lund", "Anette Vestergaard", "Kim Nørgaard", "Louise Dam", "Per Mogensen", "Gitte Krogh"]
CASEW = ["Mette Skov", "Rikke Holst", "Anders Bang", "Lone Thygesen", "Søren Kirk", "Hanne Lykke"]
SCHEMES = [("løntilskud", "ansat med løntilskud"), ("fleksjob", "ansat i fleksjob"),
           ("ordinært job", "nyansat i ordinært job"), ("lære", "lærling (erhvervsuddannelse)"),
           ("IGU", "ansat i integrationsgrunduddannelse (IGU)"), ("praktik", "i virksomhedspraktik")]


def dfmt(d: dt.date, rng: random.Random) -> str:
    s = rng.randrange(6)
    if s == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if s == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s == 2:
        return f"{d.day}/{d.month} {d.year}"
    if s == 3:
        return d.isoformat()
    if s == 4:
        return f"{d.day}. {MON_AB[d.month-1]} {d.year}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def phone(rng):
    return f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


def cpr(rng):
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 12000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


# ---------------------------------------------------------------- block renderers
# blocks: ("title", t) ("h", t) ("p", t) ("table", [(label, value), ...]) ("ul", [items])

def to_text(blocks) -> str:
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [val.upper(), "=" * min(len(val), 60), ""]
        elif kind == "h":
            out += [val, "-" * len(val)]
        elif kind == "p":
            out += [val, ""]
        elif kind == "table":
            w = max(len(a) for a, _ in val) + 2
            out += [f"{a + ':':<{w}}{b}" for a, b in val] + [""]
        elif kind == "ul":
            out += [f"  - {x}" for x in val] + [""]
    return "\n".join(out).rstrip() + "\n"


def to_html(blocks, title) -> str:
    o = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
         "<style>body{font-family:Arial;max-width:50em} td{border:1px solid #999;padding:4px}</style></head><body>"]
    for kind, val in blocks:
        if kind == "title":
            o.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h":
            o.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "p":
            o.append(f"<p>{html.escape(val)}</p>")
        elif kind == "table":
            o.append("<table>" + "".join(f"<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>"
                                         for a, b in val) + "</table>")
        elif kind == "ul":
            o.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in val) + "</ul>")
    o.append("</body></html>")
    return "\n".join(o)


def to_docx(blocks, path):
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, 0)
        elif kind == "h":
            d.add_heading(val, 2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in val:
                r = t.add_row().cells
                r[0].text, r[1].text = a, b
            d.add_paragraph("")
        elif kind == "ul":
            for x in val:
                d.add_paragraph(x, style="List Bullet")
    d.save(path)


def to_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    n = 0
    for kind, val in blocks:
        if kind in ("title", "h"):
            doc.text.addElement(H(outlinelevel=1 if kind == "title" else 2, text=val))
        elif kind == "p":
            doc.text.addElement(P(text=val))
        elif kind == "table":
            n += 1
            t = Table(name=f"T{n}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for a, b in val:
                tr = TableRow()
                for c in (a, b):
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif kind == "ul":
            for x in val:
                doc.text.addElement(P(text="• " + x))
    doc.save(str(path))


def rtf_esc(s: str) -> str:
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def to_rtf(blocks, path):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 "]
    for kind, val in blocks:
        if kind in ("title", "h"):
            o.append(r"{\b\fs%d %s}\par " % (30 if kind == "title" else 24, rtf_esc(val)))
        elif kind == "p":
            o.append(rtf_esc(val) + r"\par\par ")
        elif kind == "table":
            for a, b in val:
                o.append(r"\trowd\cellx3000\cellx9000 {\b %s}\cell %s\cell\row " % (rtf_esc(a), rtf_esc(b)))
            o.append(r"\pard\par ")
        elif kind == "ul":
            for x in val:
                o.append(r"\bullet  " + rtf_esc(x) + r"\par ")
    o.append("}")
    Path(path).write_text("".join(o), encoding="ascii")


def to_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(html.escape(val), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(html.escape(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(html.escape(val), ss["BodyText"]))
        elif kind == "table":
            data = [[Paragraph("<b>%s</b>" % html.escape(a), ss["BodyText"]), Paragraph(html.escape(b), ss["BodyText"])]
                    for a, b in val]
            t = Table(data, colWidths=[150, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif kind == "ul":
            for x in val:
                story.append(Paragraph("• " + html.escape(x), ss["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4, title="dokument").build(story)


def to_eml(blocks, path, subject, frm, to, rng):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(dt.datetime(2026, rng.randrange(1, 11), rng.randrange(1, 28), 9, 30,
                                            tzinfo=dt.timezone.utc))
    m.set_content(to_text(blocks))
    if rng.random() < 0.5:
        m.add_alternative(to_html(blocks, subject), subtype="html")
    Path(path).write_bytes(bytes(m))


def write(blocks, path: Path, fmt, rng, title, frm="", to=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        path.write_text(to_text(blocks), encoding=rng.choice(["utf-8", "utf-8", "cp1252"]))
    elif fmt == "html":
        path.write_text(to_html(blocks, title), encoding="utf-8")
    elif fmt == "docx":
        to_docx(blocks, path)
    elif fmt == "odt":
        to_odt(blocks, path)
    elif fmt == "rtf":
        to_rtf(blocks, path)
    elif fmt == "pdf":
        to_pdf(blocks, path)
    elif fmt == "eml":
        to_eml(blocks, path, title, frm, to, rng)


# ---------------------------------------------------------------- case
class Case:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.kom = rng.choice(KOMMUNER)
        self.firm = rng.choice(FIRMS)
        self.fn, self.ln = rng.choice(FIRST), rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.mentor = rng.choice(MENTORS)
        self.mphone = phone(rng)
        self.mmail = self.mentor.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + \
            self.firm[0].split()[0].lower().replace("&", "").replace(",", "").replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + ".dk"
        self.cw = rng.choice(CASEW)
        self.cwphone = phone(rng)
        self.scheme = rng.choice(SCHEMES)
        self.start = dt.date(2026, rng.randrange(1, 10), rng.choice([1, 1, 1, 15, 4, 10]))
        self.months = rng.choice([3, 4, 6, 6, 5])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.hours = rng.choice([2, 3, 4, 5, 1.5, 6])
        self.sagsnr = f"{rng.randrange(10, 99)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}-G01-{rng.randrange(1, 999)}-26"
        self.letter_date = self.start - dt.timedelta(days=rng.randrange(5, 25))
        self.cpr = cpr(rng)

    def hours_s(self):
        h = self.hours
        hs = ("1½" if h == 1.5 else str(h))
        return self.rng.choice([f"{hs} timer pr. uge", f"{hs} timer ugentligt", f"{hs} t/uge",
                                f"{hs} timer om ugen (frikøb)"])

    def period_s(self, start=None, end=None):
        s, e = start or self.start, end or self.end
        r = self.rng
        v = r.randrange(4)
        if v == 0:
            return f"{dfmt(s, r)} – {dfmt(e, r)}"
        if v == 1:
            return f"fra {dfmt(s, r)} til {dfmt(e, r)}"
        if v == 2:
            return f"f.o.m. {dfmt(s, r)} t.o.m. {dfmt(e, r)}"
        return f"{dfmt(s, r)} - {dfmt(e, r)}"


# ---------------------------------------------------------------- field texts
def goal_text(c: Case, mode: str) -> str | None:
    r = c.rng
    job = c.firm[1]
    if mode == "missing":
        return None
    if mode == "placeholder":
        return r.choice(["Udfyldes senere", "-", "…", "xx"])
    if mode == "unclear":
        return r.choice([
            f"Støtte til at {c.fn} får en god start og øget trivsel.",
            f"At sikre at {c.fn} trives og kommer videre.",
            "Øget selvværd og struktur på hverdagen.",
            f"Hjælp til at {c.fn} kommer tættere på arbejdsmarkedet.",
            f"At motivere {c.fn} og styrke trivslen.",
        ])
    return r.choice([
        f"{c.fn} fastholder ansættelsen som {job} hos {c.firm[0]} og arbejder mindst {r.choice([20, 25, 30, 32])} timer om ugen ved periodens udløb.",
        f"At {c.fn} gennemfører første skoleperiode og bliver i læreforholdet hos {c.firm[0]} efter prøvetiden ({dfmt(add_months(c.start, 3), r)}).",
        f"Hovedformål: {c.fn} kan selvstændigt varetage opgaverne som {job} i {c.firm[2]} uden daglig guidning senest {dfmt(add_months(c.start, 4), r)}.",
        f"{c.fn} overgår fra {c.scheme[0]} til ordinær ansættelse hos {c.firm[0]} som {job}, og møder stabilt til alle planlagte vagter (højst 2 fraværsdage pr. måned).",
        f"Målet er, at {c.fn} bevarer sit job som {job} og øger arbejdstiden fra {r.choice([12, 15, 18])} til {r.choice([22, 25, 28])} timer pr. uge inden for perioden.",
    ])


def tasks_text(c: Case, mode: str):
    r = c.rng
    if mode == "missing":
        return None
    if mode == "placeholder":
        return r.choice(["-", "Aftales senere", "-"])
    opts = [f"oplæring i de daglige arbejdsgange i {c.firm[2]}",
            "fast samtale én gang om ugen om fremmøde, arbejdsopgaver og trivsel på arbejdspladsen",
            "hjælpe med at forstå vagtplan, lønseddel og sikkerhedsregler",
            "være bindeled til kolleger og nærmeste leder ved misforståelser",
            "støtte til faglig dansk og fagbegreber på arbejdspladsen",
            "følge op på aftaler med skolen i skoleperioderne",
            "give besked til sagsbehandler ved fravær over to dage"]
    return r.sample(opts, r.randrange(2, 5))


def follow_text(c: Case, mode: str):
    r = c.rng
    if mode == "missing":
        return None
    if mode == "vague":
        return r.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "Opfølgning: efter behov"])
    return r.choice([
        f"Statusmøde mellem {c.fn}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før ophør; delmål: stabilt fremmøde den første måned.",
        f"Sagsbehandler følger op ved virksomhedsbesøg efter 6 uger og igen 14 dage før periodens udløb. Progression måles på fremmøde og antal timer.",
        "Opfølgning hver måned (telefonisk eller på arbejdspladsen). Midtvejsevaluering efter 3 måneder.",
        f"Mentor sender kort status til jobcentret hver anden uge; trepartsmøde {dfmt(c.start + dt.timedelta(days=42), r)}.",
    ])


def hours_text(c: Case, mode: str):
    if mode == "missing":
        return None
    if mode == "vague":
        return c.rng.choice(["et par timer om ugen", "efter behov", "løbende efter aftale"])
    return c.hours_s()


def mentor_text(c: Case, mode: str):
    if mode == "missing":
        return None
    if mode == "noname":
        return f"tlf. {c.mphone}"
    if mode == "nocontact":
        return f"{c.mentor}, {c.firm[0]}"
    role = c.rng.choice(["kollega", "svend", "teamleder", "souschef", "erfaren medarbejder", "værkfører"])
    return c.rng.choice([f"{c.mentor} ({role}, {c.firm[0]}), tlf. {c.mphone}, {c.mmail}",
                         f"{c.mentor}, {role} – tlf. {c.mphone}",
                         f"{c.mentor}, {c.mmail}"])


def appeal_blocks(c: Case, mode: str, heading=True):
    r = c.rng
    kom = c.kom[0]
    if mode == "missing":
        return []
    if mode == "weak":
        t = r.choice(["Du kan klage over afgørelsen.", "Hvis du er uenig, er du velkommen til at kontakte os.",
                      "Klage kan rettes til jobcentret."])
    elif mode == "other":
        t = ("Klage over afgørelse om befordringsgodtgørelse skal sendes til kommunen inden 4 uger. "
             "Kommunen genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis den fastholdes.")
    elif mode == "direct":
        t = "Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."
    else:
        t = r.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {kom} inden fire uger efter, at du har modtaget brevet. "
            "Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen inden fire uger. Hvis kommunen "
            "fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens §§ 66-67.",
            f"Du kan klage over afgørelsen inden 4 uger. Klagen sendes til {c.kom[1]}, {c.kom[2]}, tlf. {c.kom[3]}. "
            "Vi vurderer sagen igen, og fastholder vi afgørelsen, sendes klagen og sagens akter til Ankestyrelsen.",
            f"Er du uenig, kan du klage til kommunen inden 4 uger fra modtagelsen. Kommunen skal genvurdere "
            "afgørelsen. Bliver den fastholdt, går klagen videre til Ankestyrelsens Beskæftigelsesudvalg.",
        ])
    if not heading:
        return [("p", t)]
    return [("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", t)]


# ---------------------------------------------------------------- document kinds
AG_DEFECTS = ["goal:missing", "goal:placeholder", "goal:unclear", "mentor:missing", "mentor:nocontact",
              "mentor:noname", "tasks:missing", "tasks:placeholder", "duration:missing", "duration:open",
              "follow:missing", "follow:vague", "hours:missing", "hours:vague", "appeal:missing",
              "appeal:weak", "appeal:other", "over6", "over6", "over6", "goal:unclear", "goal:unclear"]
DEF_RULE = {"goal:missing": "missing-goal", "goal:placeholder": "missing-goal", "goal:unclear": "unclear-goal",
            "mentor:missing": "missing-mentor", "mentor:nocontact": "missing-mentor",
            "mentor:noname": "missing-mentor", "tasks:missing": "missing-tasks",
            "tasks:placeholder": "missing-tasks", "duration:missing": "missing-duration",
            "duration:open": "missing-duration", "follow:missing": "missing-follow-up",
            "follow:vague": "missing-follow-up", "hours:missing": "missing-hours",
            "hours:vague": "missing-hours", "appeal:missing": "missing-appeal-guidance",
            "appeal:weak": "missing-appeal-guidance", "appeal:other": "missing-appeal-guidance",
            "over6": "duration-over-6-months"}


def pick_defects(rng, pool, clean_p=0.4):
    if rng.random() < clean_p:
        return []
    n = 1 if rng.random() < 0.65 else 2
    out = []
    while len(out) < n:
        d = rng.choice(pool)
        if d.split(":")[0] in [x.split(":")[0] for x in out]:
            continue
        if d == "over6" and any(x.startswith("duration") for x in out):
            continue
        if d.startswith("duration") and "over6" in out:
            continue
        out.append(d)
    return out


def modes(defects):
    m = {"goal": "ok", "mentor": "ok", "tasks": "ok", "duration": "ok", "follow": "ok", "hours": "ok",
         "appeal": "ok"}
    for d in defects:
        if d == "over6":
            continue
        k, v = d.split(":")
        m[k] = v
    return m


def apply_over6(c: Case, defects, traits):
    if "over6" in defects:
        c.months = c.rng.choice([7, 8, 9, 12])
        c.end = add_months(c.start, c.months) - dt.timedelta(days=1)
        traits.append(f"period:{c.months}m")
    elif c.months == 6 and not any(d.startswith("duration") for d in defects):
        traits.append("period:exact-six")


def duration_value(c: Case, mode):
    if mode == "missing":
        return None
    if mode == "open":
        return c.rng.choice([f"fra {dfmt(c.start, c.rng)} og indtil videre", f"{dfmt(c.start, c.rng)} – indtil videre",
                             f"Start {dfmt(c.start, c.rng)}, slutdato aftales senere"])
    if c.rng.random() < 0.2 and c.months in (3, 6) and c.start.day == 1:
        return f"{c.months} måneder fra {dfmt(c.start, c.rng)}"
    return c.period_s()


def agreement(c: Case, defects, layout):
    r = c.rng
    m = modes(defects)
    kom, jc = c.kom[0], c.kom[1]
    title = r.choice(["Mentoraftale – trepartsaftale", "Aftale om mentorstøtte på arbejdspladsen",
                      "Mentoraftale (LAB § 167)", "Trepartsaftale om mentor ved " + c.scheme[0],
                      "Aftale om frikøb af intern mentor"])
    intro = [("title", title),
             ("p", f"Aftalen er indgået mellem {c.name} (borger), {c.firm[0]} (arbejdsgiver) og {r.choice([kom, jc])}. "
                   f"{c.fn} er {c.scheme[1]} som {c.firm[1]}. Mentorstøtten ydes efter lov om en aktiv "
                   f"beskæftigelsesindsats § 167{r.choice(['', ', stk. 1', ' (tidl. § 31 b)'])}. Sagsnr. {c.sagsnr}.")]
    g, men, tasks = goal_text(c, m["goal"]), mentor_text(c, m["mentor"]), tasks_text(c, m["tasks"])
    dur, fol, hrs = duration_value(c, m["duration"]), follow_text(c, m["follow"]), hours_text(c, m["hours"])
    fields = []
    if g is not None:
        fields.append((r.choice(["Mål med mentorstøtten", "Formål", "Målet med mentorforløbet", "Mål og delmål"]), g))
    if men is not None:
        fields.append((r.choice(["Mentor", "Mentorens navn og kontaktdata", "Intern mentor (frikøbt)"]), men))
    if tasks is not None:
        fields.append((r.choice(["Mentorens opgaver", "Indsatsområder", "Støtten består i"]),
                       tasks if isinstance(tasks, str) else "; ".join(tasks)))
    if dur is not None:
        fields.append((r.choice(["Periode", "Varighed", "Aftalens varighed", "Bevilget periode"]), dur))
    if hrs is not None:
        fields.append((r.choice(["Timetal", "Antal timer", "Mentortimer pr. uge", "Timeantal"]), hrs))
    if fol is not None:
        fields.append((r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), fol))
    extra = [("Arbejdsgiver", f"{c.firm[0]}, kontaktperson {r.choice(MENTORS)}"),
             ("Sagsbehandler", f"{c.cw}, {jc}, tlf. {c.cwphone}")]
    if c.has_cpr:
        extra.insert(0, ("Borger", f"{c.name}, CPR-nr. {c.cpr}"))
    else:
        extra.insert(0, ("Borger", c.name))
    blocks = list(intro)
    if layout == "table":
        blocks.append(("table", extra + fields))
    elif layout == "headings":
        blocks.append(("table", extra))
        for a, b in fields:
            blocks += [("h", a), ("p", b)]
    else:  # numbered
        blocks.append(("table", extra))
        for n, (a, b) in enumerate(fields, 1):
            blocks.append(("p", f"{n}) {a}: {b}"))
    blocks.append(("p", r.choice([
        f"Tilskud til mentor udbetales til arbejdsgiveren på baggrund af dokumenterede timer. Mentor udfører ikke sine almindelige opgaver i mentortimerne.",
        f"Ændringer i timetal eller formål skal aftales med jobcentret og skrives i Min Plan.",
        f"Arbejdsgiveren giver besked til {c.cw}, hvis ansættelsen ophører.",
    ])))
    blocks += appeal_blocks(c, m["appeal"])
    blocks.append(("p", f"Underskrifter: {c.name} ______   {c.firm[0]} ______   {jc}, {c.cw} ______   Dato: {dfmt(c.letter_date, r)}"))
    return blocks, title


def decision(c: Case, defects, sub, layout):
    r = c.rng
    m = modes(defects)
    kom, jc = c.kom[0], c.kom[1]
    sender = kom if c.letter_date >= dt.date(2026, 2, 1) and r.random() < 0.6 else jc
    to_employer = sub == "grant-employer"
    head = [("p", f"{sender}\n{c.kom[2]}"), ("p", f"Dato: {dfmt(c.letter_date, r)}   Sagsnr.: {c.sagsnr}")]
    if c.has_cpr:
        head.append(("p", f"Vedr.: {c.name}, cpr.nr. {c.cpr}"))
    else:
        head.append(("p", f"Vedr.: {c.name}"))
    per = c.period_s()
    if to_employer:
        title = r.choice(["Tilsagn om tilskud til mentor", "Bevilling af mentortilskud – frikøb af medarbejder",
                          "Afgørelse om tilskud til intern mentor"])
        body = [("title", title),
                ("p", f"Til {c.firm[0]}. Vi har modtaget jeres ansøgning om tilskud til frikøb af {c.mentor} "
                      f"som mentor for {c.name}, der er {c.scheme[1]} hos jer."),
                ("p", f"{sender} bevilger tilskud til mentor i perioden {per}, svarende til {c.hours_s()}. "
                      f"Tilskuddet udgør den dokumenterede lønudgift, dog højst {r.choice([250, 285, 310])} kr. pr. time."),
                ("h", "Begrundelse"),
                ("p", f"Bevillingen er givet efter § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på, "
                      f"at {c.fn} har brug for oplæring og fast støtte fra en kollega for at fastholde ansættelsen."),
                ("h", "Udbetaling"),
                ("p", "Tilskuddet udbetales bagud hver måned mod indsendelse af refusionsanmodning og timeregistrering. "
                      "Mentor må ikke udføre sine almindelige arbejdsopgaver i de bevilgede timer.")]
    else:
        verb = {"grant": "bevilget", "extension": "forlænget", "partial": "delvist bevilget"}.get(sub)
        title = {"grant": r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentor", "Du får en mentor på dit arbejde"]),
                 "extension": "Forlængelse af mentorstøtte",
                 "partial": "Afgørelse: delvis bevilling af mentorstøtte",
                 "refusal": "Afslag på mentorstøtte",
                 "end": "Ophør af mentorstøtte"}[sub]
        body = [("title", title), ("p", f"Kære {c.fn}")]
        if sub in ("grant", "extension", "partial"):
            txt = f"Du har fået {verb} mentorstøtte i perioden {per}. Din mentor er {c.mentor}, {c.firm[0]}."
            if sub == "partial":
                txt += f" Du søgte om {int(c.hours) + 3} timer om ugen; du får {c.hours_s()} (færre timer end ansøgt)."
            else:
                txt += f" Støtten er {c.hours_s()}."
            body.append(("p", txt))
            reason = (f"Vi har lagt vægt på, at du er {c.scheme[1]} hos {c.firm[0]}, og at en kollega som mentor kan hjælpe "
                      f"dig med at fastholde jobbet. Afgørelsen er truffet efter LAB § 167, stk. 1.")
            if sub == "partial":
                reason += " Vi vurderer, at behovet kan dækkes med færre timer, fordi arbejdsgiveren selv står for den almindelige oplæring."
            if sub == "extension":
                reason += " Der er tale om en ny periode efter en konkret vurdering af din udvikling i første periode."
            body += [("h", "Begrundelse"), ("p", reason)]
        elif sub == "refusal":
            body += [("p", f"Du har søgt om mentorstøtte i forbindelse med dit job hos {c.firm[0]}. Du får afslag."),
                     ("h", "Begrundelse"),
                     ("p", "Vi har lagt vægt på, at arbejdsgiverens egen introduktionsordning dækker behovet for oplæring, "
                           "og at der ikke er oplyst særlige forhold, der gør mentorstøtte nødvendig, jf. LAB § 167.")]
        else:  # end
            body += [("p", f"Din mentorstøtte ophører den {dfmt(c.end, r)}."),
                     ("h", "Begrundelse"),
                     ("p", f"Vi har lagt vægt på, at du nu er fastansat hos {c.firm[0]} og selv varetager dine opgaver.")]
    body += appeal_blocks(c, m["appeal"])
    body.append(("p", f"Med venlig hilsen\n{c.cw}\n{jc}, tlf. {c.cwphone}"))
    return head + body, title


def minplan(c: Case, defects, layout):
    r = c.rng
    m = modes(defects)
    title = r.choice(["Min Plan – indsats: Mentor", "Min Plan: Mentorstøtte", "Udskrift fra Min Plan (Jobnet)"])
    rows = []
    g = goal_text(c, m["goal"])
    if g is not None:
        rows.append((r.choice(["Mål", "Formål med mentor", "Målet med mentorstøtten"]), g))
    men = mentor_text(c, m["mentor"])
    if men is not None:
        rows.append(("Mentor", men))
    t = tasks_text(c, m["tasks"])
    if t is not None:
        rows.append(("Mentorens opgaver", t if isinstance(t, str) else "; ".join(t)))
    d = duration_value(c, m["duration"])
    if d is not None:
        rows.append((r.choice(["Periode", "Varighed"]), d))
    h = hours_text(c, m["hours"])
    if h is not None:
        rows.append(("Timer", h))
    blocks = [("title", title), ("p", f"Borger: {c.name}" + (f" ({c.cpr})" if c.has_cpr else "")),
              ("p", f"Indsats: Mentorstøtte § 167 – {c.scheme[0]} hos {c.firm[0]}. Oprettet af {c.cw}, {c.kom[1]}.")]
    if layout == "table":
        blocks.append(("table", rows))
    else:
        for a, b in rows:
            blocks += [("h", a), ("p", b)]
    blocks.append(("p", "Planen er opdateret. Du kan se hele din plan på Jobnet."))
    return blocks, title


def lookalike(c: Case, sub):
    r = c.rng
    if sub == "buddy":
        title = f"Føl-ordning for nye medarbejdere – {c.firm[0]}"
        return [("title", title),
                ("p", "Alle nye medarbejdere får en føl-makker (buddy) de første 3 måneder. Ordningen er virksomhedens egen og "
                      "har intet med kommunen at gøre."),
                ("h", "Formål"), ("p", "At du hurtigt lærer kolleger, regler og rutiner at kende."),
                ("h", "Makkerens opgaver"), ("ul", ["vise rundt den første dag", "gennemgå sikkerhed og værnemidler",
                                                   "spise frokost sammen den første uge"]),
                ("h", "Tid"), ("p", "Makkeren har ca. 1 time om ugen afsat i vagtplanen.")], title
    if sub == "refusion":
        title = "Anmodning om refusion – mentortilskud"
        rows = [("Virksomhed", c.firm[0]), ("CVR", str(r.randrange(10000000, 99999999))), ("Medarbejder", c.name),
                ("Mentor", c.mentor), ("Periode", f"{MONTHS[c.start.month-1]} {c.start.year}"),
                ("Antal timer", f"{r.randrange(8, 24)}"), ("Timeløn inkl. pension", f"{r.randrange(220, 320)},00 kr."),
                ("Sagsnr.", c.sagsnr)]
        return [("title", title), ("p", f"Til {c.kom[1]}, Virksomhedsservice"), ("table", rows),
                ("p", "Timeregistrering vedlagt. Beløbet bedes indsat på virksomhedens NemKonto."),
                ("p", "Underskrift arbejdsgiver: ____________")], title
    if sub == "timesheet":
        title = f"Timeregistrering mentor – {MONTHS[c.start.month-1]} {c.start.year}"
        rows = [(f"Uge {w}", f"{r.choice([1, 1.5, 2, 3])} t – {r.choice(['oplæring i pluk', 'samtale om vagtplan', 'gennemgang af sikkerhed', 'følges på ruten'])}")
                for w in range(r.randrange(5, 20), r.randrange(22, 26))]
        return [("title", title), ("p", f"Mentor: {c.mentor}   Medarbejder: {c.name}   Virksomhed: {c.firm[0]}"),
                ("table", rows), ("p", "Bekræftet af nærmeste leder: ____________")], title
    if sub == "loentilskud":
        title = "Aftale om ansættelse med løntilskud"
        rows = [("Arbejdsgiver", c.firm[0]), ("Medarbejder", c.name + (f", CPR {c.cpr}" if c.has_cpr else "")),
                ("Stilling", c.firm[1]), ("Periode", c.period_s()), ("Arbejdstid", f"{r.choice([30, 37])} timer pr. uge"),
                ("Løntilskud", f"{r.choice([83, 97])},{r.randrange(10, 99)} kr. pr. time"),
                ("Sagsbehandler", f"{c.cw}, {c.kom[1]}, tlf. {c.cwphone}")]
        return [("title", title), ("p", "Løntilskud efter LAB kapitel 12. Ansættelsen følger overenskomstens vilkår."),
                ("table", rows), ("p", "Krav om merbeskæftigelse er opfyldt. Arbejdsgiveren bekræfter, at der ikke er "
                                        "afskediget medarbejdere med henblik på at ansætte med løntilskud.")], title
    if sub == "handbook":
        title = "Personalehåndbog – afsnit 4.3: Mentorer og sidemandsoplæring"
        return [("title", title),
                ("p", "Hos os får elever, lærlinge og nye kolleger en erfaren kollega som mentor. Mentoren hjælper med "
                      "faglige spørgsmål og med at finde sig til rette."),
                ("p", "Ansætter vi en medarbejder via kommunen (løntilskud, fleksjob, IGU), kan kommunen give tilskud til "
                      "frikøb af mentor. En mentoraftale med kommunen skal indeholde mål, mentorens navn og kontaktdata, "
                      "opgaver, varighed (højst 6 måneder ad gangen), timetal og klagevejledning. Kontakt HR."),
                ("p", "Mentortimer registreres i timesedlen under kode 418.")], title
    # minutes
    title = f"Referat af trepartsmøde {dfmt(c.start + dt.timedelta(days=40), r)}"
    return [("title", title),
            ("p", f"Deltagere: {c.name}, {c.mentor} (mentor), {c.cw} ({c.kom[1]})"),
            ("ul", [f"{c.fn} møder stabilt; to sygedage i perioden.",
                    "Oplæringen i kassen er gennemført.",
                    f"Mentor bruger fortsat ca. {c.hours_s()}.",
                    "Næste møde om ca. 6 uger."]),
            ("p", "Referent: " + c.cw)], title


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hc")
    ap.add_argument("--seed", type=int, default=1717)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    plan = ([("agreement", None)] * 34 + [("decision", s) for s in
             ["grant"] * 7 + ["grant-employer"] * 8 + ["extension"] * 3 + ["partial"] * 3 + ["refusal"] * 3 + ["end"] * 2]
            + [("minplan", None)] * 14
            + [("unknown", s) for s in ["buddy", "refusion", "timesheet", "loentilskud", "handbook", "minutes"] * 2
               + ["refusion", "timesheet", "loentilskud"]])
    ag_sets = [[]] * 13 + [["goal:missing"], ["goal:placeholder"], ["goal:unclear"], ["goal:unclear", "hours:vague"],
                           ["mentor:nocontact"], ["mentor:missing"], ["tasks:missing"], ["tasks:placeholder", "follow:vague"],
                           ["duration:open"], ["duration:missing"], ["follow:missing"], ["follow:vague"], ["hours:missing"],
                           ["hours:vague"], ["appeal:missing"], ["appeal:weak"], ["appeal:other"], ["over6"],
                           ["over6", "mentor:noname"], ["over6", "appeal:missing"], ["goal:unclear", "follow:missing"]]
    mp_sets = [[]] * 6 + [["goal:missing"], ["goal:unclear"], ["mentor:nocontact"], ["tasks:missing"], ["duration:open"],
                          ["hours:vague"], ["over6"], ["goal:placeholder", "hours:missing"]]
    dg_sets = [[]] * 10 + [["over6"]] * 4 + [["appeal:missing"]] * 3 + [["appeal:weak"]] * 2 + [["appeal:other"],
               ["appeal:direct"], ["appeal:direct"], ["over6", "appeal:weak"]]
    dr_sets = [[]] * 3 + [["appeal:missing"], ["appeal:weak"]]
    for lst in (ag_sets, mp_sets, dg_sets, dr_sets):
        rng.shuffle(lst)
    fmts = ["docx", "pdf", "txt", "html", "odt", "rtf", "docx", "pdf"]
    entries = []
    for i, (kind, sub) in enumerate(plan):
        c = Case(rng, i)
        c.has_cpr = rng.random() < 0.25
        traits = []
        fmt = rng.choice(fmts)
        if kind == "decision" and rng.random() < 0.2:
            fmt = "eml"
        layout = rng.choice(["table", "headings", "numbered"])
        if kind == "agreement":
            defects = list(ag_sets.pop())
            apply_over6(c, defects, traits)
            blocks, title = agreement(c, defects, layout)
            folder = "aftaler"
        elif kind == "decision":
            defects = list(dr_sets.pop() if sub in ("refusal", "end") else dg_sets.pop())
            apply_over6(c, defects, traits)
            layout = "letter-employer" if sub == "grant-employer" else "letter"
            blocks, title = decision(c, defects, sub, layout)
            folder = "afgoerelser"
        elif kind == "minplan":
            layout = rng.choice(["table", "headings"])
            defects = list(mp_sets.pop())
            apply_over6(c, defects, traits)
            blocks, title = minplan(c, defects, layout)
            folder = "minplan"
        else:
            defects = []
            layout = "lookalike-" + sub
            blocks, title = lookalike(c, sub)
            folder = "diverse"
        rules = sorted({DEF_RULE[d] for d in defects if d in DEF_RULE})
        extras = ["appeal-wrong-route"] if "appeal:direct" in defects else []
        traits += defects
        name = f"{folder}/{i:03d}_{(sub or kind).replace('-', '_')}_{c.fn.lower()}.{fmt}"
        write(blocks, out / name, fmt, rng, title, frm=f"{c.kom[1]} <post@{c.kom[0].split()[0].lower()}.dk>",
              to=f"{c.name} <borger@example.dk>" if sub != "grant-employer" else f"{c.firm[0]} <info@firma.dk>")
        must = []
        cpr_in = c.has_cpr and (kind in ("agreement", "decision", "minplan") or sub == "loentilskud")
        if cpr_in:
            must = [c.cpr, c.cpr.replace("-", "")]
            traits.append("cpr")
        e = {"path": name, "format": fmt, "kind": kind, "subtype": sub or kind, "layout": layout,
             "rules": rules, "extras": extras, "error": None, "accept_errors": [], "must_not_contain": must,
             "traits": sorted(traits)}
        if kind != "unknown" and sub not in ("refusal", "end") and not any(d.startswith("duration") for d in defects):
            e["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
