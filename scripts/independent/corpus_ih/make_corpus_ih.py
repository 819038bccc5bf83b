#!/usr/bin/env python3
"""Corpus IH: mentor paperwork with many people in it (guardian, bisidder, parent, interpreter,
workplace contact, two caseworkers, team leader, mentor and substitute mentor).

Deterministic: python make_corpus_ih.py --out /work/corpora/ih [--seed 1919]
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

FIRST = ["Mikkel", "Sara", "Ahmed", "Louise", "Jonas", "Fatima", "Rasmus", "Emma", "Kasper", "Nadia",
         "Oliver", "Ida", "Mustafa", "Camilla", "Tobias", "Line", "Frederik", "Amalie", "Yusuf", "Maja",
         "Henrik", "Birgitte", "Søren", "Hanne", "Lars", "Mette", "Jens", "Pia", "Torben", "Karina",
         "Bo", "Susanne", "Niels", "Anette", "Morten", "Lone", "Erik", "Dorthe", "Ole", "Vibeke"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Kaya", "Hussein", "Yilmaz", "Ali", "Bak",
        "Holm", "Dam", "Lund", "Krogh", "Vestergaard"]
KOMMUNER = [("Silkeborg", "silkeborg.dk"), ("Holbæk", "holb.dk"), ("Vejle", "vejle.dk"),
            ("Næstved", "naestved.dk"), ("Herning", "herning.dk"), ("Randers", "randers.dk"),
            ("Slagelse", "slagelse.dk"), ("Kolding", "kolding.dk"), ("Horsens", "horsens.dk"),
            ("Hjørring", "hjoerring.dk")]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Brobyggerne", "brobyggerne.dk"),
             ("Job & Trivsel I/S", "jobogtrivsel.dk"), ("Kompasset Mentorservice", "kompasset.dk"),
             ("Trin for Trin ApS", "trinfortrin.dk")]
WORKPLACES = ["Netto, Vestergade", "Kvickly Lager", "Plantorama", "Danish Crown, Horsens",
              "Bygma", "Falck Servicecenter", "Dagli'Brugsen", "Genbrugspladsen Nord", "Café Kornet",
              "Plejecenter Åbo"]
SCHOOLS = [("FGU Midt", "FGU, produktionsspor Byg/Bolig"), ("Tradium", "grundforløb 1, Teknologi"),
           ("SOSU Øst", "SOSU-hjælperuddannelsen"), ("VUC Syd", "FVU-dansk og FVU-matematik"),
           ("Mercantec", "grundforløbet Bygge og anlæg"), ("EUC Sjælland", "grundforløb, Mekaniker")]
LANGS = ["arabisk", "somali", "tigrinya", "dari", "tyrkisk", "ukrainsk"]


def dk(d: date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}.{d.month}.{d.year}"
    return d.isoformat()


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(start: date, months: int = 6) -> date:
    return add_months(start, months) - timedelta(days=1)


class P:
    """A person with a role."""

    def __init__(self, rnd: random.Random, dom: str, used: set):
        while True:
            fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        self.first, self.last = fn, ln
        self.name = f"{fn} {ln}"
        a, b = rnd.randint(20, 99), rnd.randint(10, 99)
        c, d2 = rnd.randint(10, 99), rnd.randint(10, 99)
        self.phone = f"{a} {b} {c} {d2}"
        local = (fn[0] + ln[:4]).lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.mail = f"{local}@{dom}"


def cpr(rnd: random.Random) -> str:
    d = date(rnd.randint(1970, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rnd.randint(1000, 9999)}"


# ---------------------------------------------------------------- renderers
# A document is a list of blocks: ("h", text) | ("p", text) | ("kv", [(label, value)]) | ("t", rows)

def to_text(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] == "h":
            out += ["", b[1].upper() if len(b[1]) < 40 else b[1], ""]
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "kv":
            for k, v in b[1]:
                out.append(f"{k}: {v}")
        elif b[0] == "t":
            for r in b[1]:
                out.append(" | ".join(r))
        out.append("")
    return "\n".join(out).strip() + "\n"


def to_html(blocks, title) -> str:
    import html
    e = html.escape
    out = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{e(title)}</title></head><body>"]
    first = True
    for b in blocks:
        if b[0] == "h":
            tag = "h1" if first else "h2"
            first = False
            out.append(f"<{tag}>{e(b[1])}</{tag}>")
        elif b[0] == "p":
            out.append("<p>" + e(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "kv":
            out.append("<table border=\"1\">" + "".join(
                f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif b[0] == "t":
            rows = b[1]
            out.append("<table border=\"1\"><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                       + "</table>")
    out.append("</body></html>")
    return "\n".join(out)


def to_docx(blocks, path: Path):
    import docx
    d = docx.Document()
    first = True
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1 if first else 2)
            first = False
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] in ("kv", "t"):
            rows = [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
    d.core_properties.author = "Sagssystem"
    d.save(str(path))


def to_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P as TP
    doc = OpenDocumentText()
    hs = Style(name="Heading 1", family="paragraph")
    hs.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(hs)
    n = 0
    for b in blocks:
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=1, stylename=hs, text=b[1]))
        elif b[0] == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(TP(text=line))
        elif b[0] in ("kv", "t"):
            n += 1
            rows = [list(x) for x in b[1]]
            t = Table(name=f"Tabel{n}")
            for _ in rows[0]:
                t.addElement(TableColumn())
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(TP(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def to_pdf(blocks, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    first = True
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading1" if first else "Heading2"]))
            first = False
        elif b[0] == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif b[0] in ("kv", "t"):
            rows = [[Paragraph(escape(c), ss["BodyText"]) for c in r] for r in b[1]]
            ncol = len(rows[0])
            widths = [140, 330] if ncol == 2 else [470 / ncol] * ncol
            t = Table(rows, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title="", author="").build(story)


def to_eml(blocks, path: Path, subject, frm, to, cc, when):
    m = EmailMessage()
    m["Subject"] = subject
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Date"] = format_datetime(when)
    m.set_content(to_text(blocks))
    path.write_bytes(bytes(m))


# ---------------------------------------------------------------- content
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal sendes til {k} Kommune inden 4 uger efter, "
    "at du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen "
    "inden 4 uger. Fastholder vi afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen, "
    "jf. § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen til {k} Kommune, Beskæftigelse. Klagen skal være modtaget senest fire uger "
    "efter, at du fik afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage "
    "videre til Ankestyrelsen.",
    "Er du uenig, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden "
    "fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre "
    "til Ankestyrelsen, som tager stilling til afgørelsen. Din værge eller bisidder kan klage på dine vegne.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Har du spørgsmål eller vil du klage, kan du kontakte din sagsbehandler.",
               "Klagevejledning: Du har mulighed for at klage."]


class Ctx:
    def __init__(self, rnd: random.Random, idx: int):
        self.rnd = rnd
        self.used = set()
        self.k, kd = rnd.choice(KOMMUNER)
        self.kdom = kd
        pname, pdom = rnd.choice(PROVIDERS)
        self.prov, self.pdom = pname, pdom
        self.cit = P(rnd, "privat.dk", self.used)
        self.cit.mail = f"{self.cit.first.lower()}{rnd.randint(10, 99)}@gmail.com"
        self.cw = P(rnd, kd, self.used)       # coordinating caseworker
        self.cw2 = P(rnd, kd, self.used)      # second caseworker
        self.lead = P(rnd, kd, self.used)     # team leader
        self.mentor = P(rnd, pdom if rnd.random() < 0.6 else kd, self.used)
        self.sub = P(rnd, self.mentor.mail.split("@")[1], self.used)   # substitute mentor
        self.guard = P(rnd, "advokat-" + rnd.choice(["nord", "syd", "city"]) + ".dk", self.used)
        self.bis = P(rnd, "privat.dk", self.used)
        self.parent = P(rnd, "privat.dk", self.used)
        self.parent.last = self.cit.last
        self.parent.name = f"{self.parent.first} {self.cit.last}"
        self.parent.mail = f"{self.parent.first.lower()}.{self.cit.last.lower()}@privat.dk".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.interp = P(rnd, "tolkeservice.dk", self.used)
        self.wp = P(rnd, "virksomhed.dk", self.used)
        self.work = rnd.choice(WORKPLACES)
        self.school, self.line = rnd.choice(SCHOOLS)
        self.lang = rnd.choice(LANGS)
        self.journal = f"{rnd.randint(10, 99)}.{rnd.choice(['30', '15'])}.{rnd.randint(10, 99)}-G01-{rnd.randint(100, 9999)}-26"
        self.letter_date = date(2026, rnd.randint(1, 10), rnd.randint(1, 28))
        self.start = self.letter_date + timedelta(days=rnd.randint(7, 30))
        self.cpr = cpr(rnd) if rnd.random() < 0.27 else None
        self.hours = rnd.choice([2, 3, 4, 5, 6, 8])
        self.extra_people = rnd.sample(["guard", "bis", "parent", "interp", "wp", "cw2", "sub"], k=rnd.randint(3, 5))
        if "sub" not in self.extra_people and rnd.random() < 0.5:
            self.extra_people.append("sub")

    def who(self, key):
        return getattr(self, key)


def role_rows(c: Ctx, mentor_contact=True, include_mentor=True):
    """People table; the mentor row with or without contact data."""
    rows = [["Rolle", "Navn", "Telefon", "E-mail"]]
    rows.append(["Borger", c.cit.name, c.cit.phone, c.cit.mail])
    lab = {"guard": "Værge", "bis": "Bisidder", "parent": "Forælder (mor/far)", "interp": f"Tolk ({c.lang})",
           "wp": f"Kontaktperson, {c.work}", "cw2": "Sagsbehandler (2)", "sub": "Stedfortræder for mentor"}
    rows.append(["Koordinerende sagsbehandler", c.cw.name, c.cw.phone, c.cw.mail])
    if include_mentor:
        if mentor_contact:
            rows.append(["Mentor", c.mentor.name + f", {c.prov}", c.mentor.phone, c.mentor.mail])
        else:
            rows.append(["Mentor", c.mentor.name + f", {c.prov}", "", ""])
    for k in c.extra_people:
        if k == "sub" and not include_mentor:
            continue
        p = c.who(k)
        rows.append([lab[k], p.name, p.phone, p.mail])
    return rows


def goal_text(c: Ctx, clear=True):
    rnd = c.rnd
    if clear:
        opts = [
            f"{c.cit.first} er i virksomhedspraktik hos {c.work} {rnd.choice([10, 15, 20])} timer om ugen senest {dk(add_months(c.start, 3))}, med henblik på løntilskud eller ordinære timer.",
            f"{c.cit.first} starter på {c.school} ({c.line}) og møder frem mindst fire dage om ugen i de første tre måneder.",
            f"{c.cit.first} fastholder sit job hos {c.work} på 25 timer om ugen og har højst to fraværsdage pr. måned ved periodens udløb.",
            f"Hovedformål: {c.cit.first} gennemfører {c.line} på {c.school} og består første skoleperiode.",
        ]
    else:
        opts = ["Støtte til at få mere struktur på hverdagen og øget trivsel.",
                f"Sikre at {c.cit.first} kommer videre og får det bedre.",
                "Øget selvværd og motivation. Hjælp til at komme tættere på arbejdsmarkedet.",
                "Motivere borgeren og støtte til en stabil hverdag."]
    return rnd.choice(opts)


def tasks_text(c: Ctx):
    rnd = c.rnd
    t = [f"følge {c.cit.first} til {c.work} de første to uger",
         "holde en ugentlig samtale om fremmøde og transport",
         f"hjælpe med kontakt til {c.wp.name} på arbejdspladsen om arbejdsopgaver og pauser",
         "gennemgå post i e-Boks sammen med værgen",
         "øve busruten og mødetider", "forberede møder med skolens studievejleder",
         "hjælpe med at skrive en ugeplan for skole og fritid"]
    rnd.shuffle(t)
    return "Mentoren skal " + ", ".join(t[:3]) + "."


def follow_text(c: Ctx, end: date, dated=True):
    rnd = c.rnd
    if not dated:
        return "Opfølgning hver 4. uge på netværksmøde med mentor og sagsbehandler; delmål: fremmøde fire dage om ugen."
    return rnd.choice([
        f"Statusmøde hver måned med mentor, {c.cw.name} og {c.cit.first}. Evaluering 14 dage før ophør ({dk(end - timedelta(days=14))}).",
        "Opfølgning hver 4. uge på netværksmøde; delmål: fremmøde fire dage om ugen fra måned to.",
        f"Midtvejsevaluering {dk(add_months(c.start, 3))} og slutevaluering i sidste måned. Progression måles på fremmøde.",
    ])


def sign_block(c: Ctx, signers):
    lines = ["Underskrifter", ""]
    for role, p in signers:
        lines.append(f"{role}: {p.name}      Dato: ____________")
    return ("p", "\n".join(lines))


def copy_list(c: Ctx):
    names = []
    for k in c.extra_people:
        p = c.who(k)
        label = {"guard": "værge", "bis": "bisidder", "parent": "forælder", "interp": "tolk",
                 "wp": "kontaktperson", "cw2": "sagsbehandler", "sub": "stedfortrædende mentor"}[k]
        names.append(f"{p.name} ({label}, {p.mail})")
    return "Kopi til: " + "; ".join(names)


def period_for(c: Ctx, over: bool, extension=False):
    rnd = c.rnd
    if over:
        m = rnd.choice([7, 8, 9, 12])
        end = six_end(c.start, m)
        if rnd.random() < 0.3:
            end = six_end(c.start, 6) + timedelta(days=1)  # one day over
    else:
        end = six_end(c.start, rnd.choice([6, 6, 4, 3, 5]))
    return c.start, end


def header(c: Ctx):
    top = f"{c.k} Kommune · Beskæftigelse og Uddannelse\n{dk(c.letter_date)}\nJ.nr. {c.journal}"
    if c.cpr:
        top += f"\nCPR-nr.: {c.cpr}"
    return ("p", top)


# ---- agreement
def agreement(c: Ctx, defects: set, layout: str):
    rnd = c.rnd
    start, end = period_for(c, "duration-over-6-months" in defects)
    ds = rnd.choice([0, 1, 2])
    blocks = [header(c)]
    title = rnd.choice(["Aftale om mentorstøtte", "Mentoraftale – aftale om mentorstøtte efter LAB § 167",
                        "Aftale om mentorforløb"])
    blocks.append(("h", title))
    intro = f"Aftalen er indgået mellem {c.cit.name}"
    if "guard" in c.extra_people:
        intro += f" (ved værge {c.guard.name})"
    intro += f", {c.k} Kommune og mentor. Aftalen blev gennemgået på netværksmøde {dk(c.letter_date)}"
    if "interp" in c.extra_people:
        intro += f" med {c.lang} tolk {c.interp.name}"
    intro += "."
    blocks.append(("p", intro))
    blocks.append(("h", "Deltagere og kontaktoplysninger"))
    blocks.append(("t", role_rows(c, mentor_contact="missing-mentor" not in defects)))
    fields = []
    if "missing-goal" not in defects:
        fields.append(("Målet med mentorstøtten", goal_text(c, clear="unclear-goal" not in defects)))
    else:
        fields.append(("Målet med mentorstøtten", rnd.choice(["Udfyldes senere", "-", "…"])))
    if "missing-tasks" not in defects:
        fields.append(("Mentorens opgaver", tasks_text(c)))
    if "missing-duration" not in defects:
        fields.append(("Periode", f"{dk(start, ds)} – {dk(end, ds)}"))
    else:
        fields.append(("Periode", rnd.choice(["indtil videre", f"fra {dk(start, ds)} og indtil videre"])))
    if "missing-hours" not in defects:
        fields.append(("Timetal", rnd.choice([f"{c.hours} timer pr. uge", f"{c.hours} t/uge",
                                              f"{c.hours * 4} timer om måneden"])))
    else:
        if rnd.random() < 0.5:
            fields.append(("Timetal", rnd.choice(["efter behov", "et par timer om ugen"])))
    if "missing-follow-up" not in defects:
        fields.append(("Opfølgning", follow_text(c, end, dated="missing-duration" not in defects)))
    else:
        if rnd.random() < 0.5:
            fields.append(("Opfølgning", "Der følges op efter behov."))
    if layout == "table":
        blocks.append(("kv", fields))
    else:
        for k, v in fields:
            blocks.append(("h", k))
            blocks.append(("p", v))
    if "sub" in c.extra_people:
        blocks.append(("p", f"Ved mentors ferie eller sygdom træder {c.sub.name} ({c.sub.phone}) til som stedfortræder. "
                            f"Stedfortræderen er ikke fast mentor."))
    blocks.append(("h", "Klagevejledning"))
    if "missing-appeal-guidance" in defects:
        blocks.append(("p", rnd.choice(APPEAL_WEAK)))
    else:
        blocks.append(("p", rnd.choice(APPEAL_FULL).format(k=c.k)))
    signers = [("Borger", c.cit), ("Mentor", c.mentor), ("Teamleder", c.lead)]
    if "guard" in c.extra_people:
        signers.insert(1, ("Værge", c.guard))
    if "parent" in c.extra_people and rnd.random() < 0.5:
        signers.insert(1, ("Forælder", c.parent))
    blocks.append(sign_block(c, signers))
    blocks.append(("p", copy_list(c)))
    return title, blocks, (start, end)


def agreement_prose(c: Ctx, defects: set):
    rnd = c.rnd
    start, end = period_for(c, "duration-over-6-months" in defects)
    title = "Bekræftelse af aftale om mentorstøtte"
    to = c.cit.name
    if "guard" in c.extra_people:
        to += f"\nc/o værge {c.guard.name}, {c.guard.mail}"
    blocks = [header(c), ("p", f"Til {to}"), ("h", title)]
    blocks.append(("p", f"Kære {c.cit.first}\n\nTak for mødet {dk(c.letter_date)}, hvor du, {c.cw.name} og "
                        + (f"din mor/far {c.parent.name} " if "parent" in c.extra_people else "")
                        + (f"(med tolken {c.interp.name}) " if "interp" in c.extra_people else "")
                        + "aftalte, hvordan din mentorstøtte skal foregå. Her er aftalen skrevet ned."))
    goal = goal_text(c, clear="unclear-goal" not in defects)
    blocks.append(("p", f"Målet er: {goal}"))
    if "missing-mentor" in defects:
        blocks.append(("p", f"Din mentor bliver {c.mentor.name} fra {c.prov}. Hvis du ikke kan få fat i din mentor, "
                            f"kan du ringe til {c.sub.name}, som er stedfortræder, på {c.sub.phone}, eller til "
                            f"{c.wp.name} på arbejdspladsen på {c.wp.phone}."))
    else:
        blocks.append(("p", f"Din mentor er {c.mentor.name} fra {c.prov}, tlf. {c.mentor.phone}, e-mail {c.mentor.mail}. "
                            f"Hvis din mentor har ferie, er {c.sub.name} stedfortræder."))
    blocks.append(("p", tasks_text(c).replace("Mentoren skal", f"Mentorens opgaver er at")))
    blocks.append(("p", f"Mentorstøtten løber fra {dk(start)} til {dk(end)}, og I mødes {c.hours} timer om ugen."))
    if "missing-follow-up" not in defects:
        blocks.append(("p", f"Vi følger op på et statusmøde hver måned, og vi evaluerer forløbet sammen 14 dage før det slutter."))
    blocks.append(("h", "Hvis du vil klage"))
    blocks.append(("p", (rnd.choice(APPEAL_WEAK) if "missing-appeal-guidance" in defects else rnd.choice(APPEAL_FULL)).format(k=c.k)))
    blocks.append(("p", f"Venlig hilsen\n{c.cw.name}, koordinerende sagsbehandler\ntlf. {c.cw.phone}\n\nKopi: {c.mentor.name}, {c.lead.name} (teamleder)"))
    return title, blocks, (start, end)


def consent(c: Ctx):
    title = "Samtykkeerklæring – udveksling af oplysninger"
    rows = role_rows(c)
    blocks = [header(c), ("h", title),
              ("p", f"Jeg, {c.cit.name}, giver samtykke til, at {c.k} Kommune må udveksle oplysninger med de "
                    f"personer, der står nedenfor, i forbindelse med mit forløb. Samtykket gælder i 1 år og kan "
                    f"altid trækkes tilbage."),
              ("t", rows),
              ("p", "Underskrift borger: ____________     Underskrift værge: ____________")]
    return title, blocks, (None, None)


# ---- decision
def decision(c: Ctx, defects: set, sub: str):
    rnd = c.rnd
    over = "duration-over-6-months" in defects
    start, end = period_for(c, over)
    blocks = [header(c)]
    addressee = c.cit
    if "guard" in c.extra_people and rnd.random() < 0.6:
        blocks.append(("p", f"Til {c.cit.name}\nv/ værge {c.guard.name}, {c.guard.mail}"))
    else:
        blocks.append(("p", f"Til {c.cit.name}"))
    titles = {"grant": "Afgørelse: Du får bevilget mentorstøtte",
              "partial": "Afgørelse om mentorstøtte – delvis bevilling",
              "refusal": "Afgørelse: Afslag på mentorstøtte",
              "extension": "Afgørelse om forlængelse af mentorstøtte",
              "end": "Afgørelse om ophør af mentorstøtte"}
    title = titles[sub]
    blocks.append(("h", title))
    ds = rnd.choice([0, 1])
    if sub == "grant":
        blocks.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {dk(start, ds)} til {dk(end, ds)}, {c.hours} timer om ugen. Din mentor bliver {c.mentor.name}, {c.prov}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne starte i praktik hos {c.work}. Det fremgik af netværksmødet, hvor også {c.wp.name} fra arbejdspladsen deltog."))
    elif sub == "partial":
        blocks.append(("p", f"Du har søgt om mentorstøtte {c.hours + 4} timer om ugen. Du får delvis bevilling: {c.hours} timer om ugen i perioden {dk(start, ds)} – {dk(end, ds)}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Vi har lagt vægt på, at {c.school} allerede giver dig SPS-støtte to timer om ugen, og at støtten efter LAB § 167 skal gå ud over skolens egen støtte. Vi vurderer derfor, at {c.hours} timer er tilstrækkeligt."))
    elif sub == "refusal":
        blocks.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Afslaget er givet efter LAB § 167, stk. 1. Vi har lagt vægt på, at du allerede har en kontaktperson efter serviceloven § 85, og at din værge {c.guard.name} har oplyst, at støtten dækker dit behov. Der er derfor ikke et behov for mentorstøtte med et beskæftigelsesmål ud over den nuværende støtte."))
        start = end = None
    elif sub == "extension":
        blocks.append(("p", f"Din mentorstøtte hos {c.mentor.name} forlænges efter en konkret vurdering i en ny periode fra {dk(start, ds)} til {dk(end, ds)}, {c.hours} timer pr. uge."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Vi har lagt vægt på evalueringen fra statusmødet, hvor mentor og {c.wp.name} beskrev, at fremmødet er steget, men at overgangen til flere timer endnu ikke er sikret."))
    else:
        blocks.append(("p", f"Din mentorstøtte ophører den {dk(c.start, ds)}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Vi har lagt vægt på, at du nu er ansat i ordinære timer hos {c.work}, og at målet med støtten dermed er nået, jf. LAB § 167."))
        start = end = None
    blocks.append(("h", "Klagevejledning"))
    if "missing-appeal-guidance" in defects:
        blocks.append(("p", rnd.choice(APPEAL_WEAK)))
    else:
        blocks.append(("p", rnd.choice(APPEAL_FULL).format(k=c.k)))
    blocks.append(("p", f"Med venlig hilsen\n{c.cw.name}\nKoordinerende sagsbehandler\nTlf. {c.cw.phone}, {c.cw.mail}\n\nGodkendt af teamleder {c.lead.name}"))
    blocks.append(("p", copy_list(c) + f"; {c.mentor.name} (mentor)"))
    return title, blocks, (start, end)


# ---- Min Plan
def minplan(c: Ctx, defects: set, layout: str):
    rnd = c.rnd
    start, end = period_for(c, "duration-over-6-months" in defects)
    blocks = [("p", f"Min Plan · {c.k} Kommune · udskrevet {dk(c.letter_date, 1)}")]
    title = rnd.choice(["Min Plan – mentorstøtte", "Min Plan", "Min Plan: Indsats – Mentor"])
    blocks.append(("h", title))
    blocks.append(("kv", [("Borger", c.cit.name + (f" ({c.cpr})" if c.cpr else "")),
                          ("Sagsbehandler", f"{c.cw.name}, tlf. {c.cw.phone}, {c.cw.mail}")] +
                   ([("Værge", f"{c.guard.name}, tlf. {c.guard.phone}")] if "guard" in c.extra_people else []) +
                   ([("Forælder", f"{c.parent.name}, tlf. {c.parent.phone}")] if "parent" in c.extra_people else [])))
    blocks.append(("h", "Indsats: Mentorstøtte"))
    f = []
    if "missing-goal" not in defects:
        f.append(("Mål", goal_text(c, clear="unclear-goal" not in defects)))
    if "missing-mentor" not in defects:
        f.append(("Mentor", f"{c.mentor.name}, {c.prov}, tlf. {c.mentor.phone}, {c.mentor.mail}"))
    else:
        f.append(("Mentor", f"{c.mentor.name}, {c.prov}"))
    if "missing-tasks" not in defects:
        f.append(("Mentorens opgaver", tasks_text(c)))
    if "missing-duration" not in defects:
        f.append(("Periode", f"{dk(start, 1)} - {dk(end, 1)}"))
    if "missing-hours" not in defects:
        f.append(("Timer", f"{c.hours} timer pr. uge"))
    if "sub" in c.extra_people:
        f.append(("Stedfortræder", f"{c.sub.name}, tlf. {c.sub.phone} (kun ved fravær)"))
    blocks.append(("kv", f))
    if "wp" in c.extra_people:
        blocks.append(("p", f"Kontaktperson på arbejdspladsen ({c.work}): {c.wp.name}, {c.wp.phone}."))
    return title, blocks, (start, end)


# ---- unknown look-alikes
def unknown(c: Ctx, sub: str):
    rnd = c.rnd
    blocks = [header(c)]
    if sub == "invitation":
        title = "Indkaldelse til netværksmøde"
        blocks += [("h", title),
                   ("p", f"Kære {c.cit.first}\n\nDu indkaldes til netværksmøde {dk(c.start)} kl. 10.00 i Jobhuset, {c.k}. "
                         f"Vi skal tale om, om mentorstøtte kan være relevant for dig."),
                   ("t", role_rows(c, include_mentor=False)),
                   ("p", f"Mødet ledes af {c.cw.name}. Har du brug for tolk, bestiller vi det. Du er velkommen til at tage en bisidder med."),
                   ("p", copy_list(c))]
    elif sub == "minutes":
        title = "Referat af netværksmøde"
        blocks += [("h", title),
                   ("p", f"Til stede: {c.cit.name}, {c.cw.name} (koordinerende sagsbehandler), {c.cw2.name}, "
                         f"{c.guard.name} (værge), {c.interp.name} (tolk), {c.wp.name} ({c.work})."),
                   ("h", "Drøftelse"),
                   ("p", f"{c.cit.first} fortalte om forløbet på {c.school}. Værgen oplyste, at økonomien nu er stabil. "
                         f"Der var enighed om at undersøge mulighederne for mentorstøtte. Sagsbehandler vender tilbage "
                         f"efter at have talt med leverandøren. Der er ikke truffet afgørelse, og der er ikke indgået aftale."),
                   ("h", "Næste møde"),
                   ("p", f"{dk(add_months(c.start, 1))} kl. 13. Referent: {c.cw2.name}, {c.cw2.mail}."),
                   ("p", copy_list(c))]
    elif sub == "guardian_letter":
        title = "Orientering til værge"
        blocks += [("p", f"Til {c.guard.name}\n{c.guard.mail}"),
                   ("h", "Orientering om sagen vedrørende " + c.cit.name),
                   ("p", f"Som værge for {c.cit.name} orienterer vi dig om, at der holdes møde {dk(c.start)}, hvor "
                         f"vi vil drøfte {c.cit.first}s videre forløb, herunder om {c.cit.first} kan blive tilbudt en "
                         f"mentor. Vi beder dig sende os en kopi af værgemålsbeviset."),
                   ("p", f"Med venlig hilsen\n{c.cw.name}, tlf. {c.cw.phone}")]
    elif sub == "invoice":
        title = f"Faktura – mentorforløb {c.cit.first} {c.cit.last[0]}."
        hrs = [rnd.randint(8, 20) for _ in range(3)]
        blocks += [("h", "Faktura"),
                   ("p", f"{c.prov}\nTil: {c.k} Kommune, att. {c.cw.name}\nFakturadato: {dk(c.letter_date, 1)}"),
                   ("t", [["Måned", "Mentor", "Timer", "Beløb"]] +
                    [[MONTHS[(c.letter_date.month + i) % 12], c.mentor.name if i != 1 else c.sub.name + " (stedfortræder)",
                      str(h), f"{h * 495:,} kr.".replace(",", ".")] for i, h in enumerate(hrs)]),
                   ("p", "Betalingsbetingelser: 30 dage netto.")]
    elif sub == "consent":
        return consent(c)
    else:  # guidance leaflet for relatives
        title = "Til pårørende og værger: Sådan foregår mentorstøtte"
        blocks = [("h", title),
                  ("p", "En aftale om mentorstøtte skal indeholde målet med mentorstøtten, mentorens navn og "
                        "kontaktdata, hvilke opgaver mentoren skal hjælpe med, varigheden, timetallet, opfølgning "
                        "og klagevejledning. Som værge eller forælder kan du deltage i møderne."),
                  ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Hvis du er uenig i en afgørelse, kan "
                        "borgeren eller værgen klage til kommunen inden 4 uger."),
                  ("p", f"Spørgsmål: {c.k} Kommune, Jobhuset, tlf. {c.cw.phone}.")]
    return title, blocks, (None, None)


# ---------------------------------------------------------------- plan
def build_plan(rnd: random.Random):
    plan = []
    agr_defects = [set(), set(), set(), set(), set(), {"missing-mentor"}, {"missing-mentor"}, {"missing-mentor"},
                   {"missing-hours"}, {"missing-follow-up"}, {"missing-appeal-guidance"},
                   {"duration-over-6-months"}, {"duration-over-6-months"}, {"unclear-goal"},
                   {"missing-tasks"}, {"missing-goal"}, {"missing-duration"},
                   {"missing-mentor", "missing-hours"}, {"unclear-goal", "missing-follow-up"}, set(), set(),
                   {"missing-appeal-guidance", "missing-mentor"}]
    fmts = ["docx", "pdf", "odt", "txt", "html", "eml"]
    for i, d in enumerate(agr_defects):
        plan.append(("agreement", "agreement", d, fmts[i % 6], ["table", "sections"][i % 2]))
    dec = [("grant", set()), ("grant", set()), ("grant", {"missing-appeal-guidance"}),
           ("grant", {"duration-over-6-months"}), ("partial", set()), ("partial", {"missing-appeal-guidance"}),
           ("refusal", set()), ("refusal", {"missing-appeal-guidance"}), ("extension", set()),
           ("extension", {"duration-over-6-months"}), ("end", set()), ("end", {"missing-appeal-guidance"}),
           ("grant", set()), ("extension", set())]
    for i, (s, d) in enumerate(dec):
        plan.append(("decision", s, d, ["pdf", "docx", "eml", "odt", "html", "txt"][i % 6], "letter"))
    mp = [set(), set(), set(), set(), {"missing-mentor"}, {"missing-mentor"}, {"missing-hours"},
          {"missing-duration"}, {"duration-over-6-months"}, {"unclear-goal"}, {"missing-tasks"}, {"missing-goal"},
          set(), {"missing-mentor", "missing-hours"}]
    for i, d in enumerate(mp):
        plan.append(("minplan", "minplan", d, ["html", "pdf", "txt", "docx", "odt", "html"][i % 6], "print"))
    for d, f in [(set(), "docx"), (set(), "pdf"), ({"missing-mentor"}, "odt"), ({"missing-follow-up"}, "eml"),
                 ({"duration-over-6-months"}, "txt"), ({"missing-mentor"}, "html")]:
        plan.append(("agreement", "agreement", d, f, "prose"))
    for d, f in [(set(), "eml"), ({"missing-tasks"}, "eml")]:
        plan.append(("minplan", "minplan", d, f, "print"))
    unk = ["consent", "consent", "invitation", "minutes", "guardian_letter", "invoice", "leaflet", "invitation", "minutes",
           "guardian_letter", "invoice", "minutes", "leaflet", "invitation"]
    for i, s in enumerate(unk):
        plan.append(("unknown", s, set(), ["eml", "docx", "pdf", "odt", "html", "txt"][i % 6], s))
    return plan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ih")
    ap.add_argument("--seed", type=int, default=1919)
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(a.seed)
    entries = []
    for i, (kind, sub, defects, fmt, layout) in enumerate(build_plan(rnd)):
        c = Ctx(rnd, i)
        if kind == "agreement" and layout == "prose":
            for k in ("sub", "wp"):
                if k not in c.extra_people:
                    c.extra_people.append(k)
            title, blocks, (s, e) = agreement_prose(c, defects)
        elif kind == "agreement":
            title, blocks, (s, e) = agreement(c, defects, layout)
        elif kind == "decision":
            if sub == "refusal":
                c.extra_people = list(dict.fromkeys(c.extra_people + ["guard"]))
            title, blocks, (s, e) = decision(c, defects, sub)
        elif kind == "minplan":
            title, blocks, (s, e) = minplan(c, defects, layout)
        else:
            title, blocks, (s, e) = unknown(c, sub)
        folder = out / {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan",
                        "unknown": "andet"}[kind]
        folder.mkdir(exist_ok=True)
        name = f"{i:03d}_{sub}_{c.cit.first.lower()}.{fmt}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        p = folder / name
        if fmt == "txt":
            p.write_text(to_text(blocks), encoding="utf-8")
        elif fmt == "html":
            p.write_text(to_html(blocks, title), encoding="utf-8")
        elif fmt == "docx":
            to_docx(blocks, p)
        elif fmt == "odt":
            to_odt(blocks, p)
        elif fmt == "pdf":
            to_pdf(blocks, p)
        else:
            cc = ", ".join(f"{c.who(k).name} <{c.who(k).mail}>" for k in c.extra_people[:3])
            to_eml(blocks, p, title, f"{c.cw.name} <{c.cw.mail}>", f"{c.cit.name} <{c.cit.mail}>", cc,
                   datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, 9, 30, tzinfo=timezone.utc))
        traits = sorted({f"people:{k}" for k in c.extra_people} | ({"cpr"} if c.cpr else set())
                        | {f"defect:{d}" for d in defects})
        entry = {"path": str(p.relative_to(out)), "format": fmt, "kind": kind, "subtype": sub,
                 "layout": layout, "rules": sorted(defects), "extras": [], "error": None, "accept_errors": [],
                 "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if c.cpr else [], "traits": traits}
        if s and e:
            entry["period"] = {"start": s.isoformat(), "end": e.isoformat()}
        entries.append(entry)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
