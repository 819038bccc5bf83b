#!/usr/bin/env python
"""Corpus HD: citizen-facing mentor paperwork (plain Danish "du" letters, conversation
summaries, Min Plan web texts, plain-language decisions, a few English), plus look-alikes.

Deterministic: python make_corpus_hd.py --out /work/corpora/hd [--seed 1714]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from datetime import date, timedelta
from email.message import EmailMessage
from html import escape
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
          "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

KOMMUNER = ["Skive Kommune", "Viborg Kommune", "Holbæk Kommune", "Faxe Kommune",
            "Tønder Kommune", "Assens Kommune", "Roskilde Kommune", "Herning Kommune",
            "Rudersdal Kommune", "Jobcenter Randers", "Jobcenter Kolding"]
BORGERE = [("Anna", "Møller"), ("Jonas", "Hansen"), ("Ahmed", "Ali"), ("Sofie", "Nielsen"),
           ("Mads", "Kristensen"), ("Fatima", "Yousef"), ("Line", "Poulsen"),
           ("Kasper", "Larsen"), ("Mette", "Jensen"), ("Omar", "Haddad"), ("Emma", "Berg"),
           ("Nikolaj", "Thomsen"), ("Sara", "Olsen"), ("Peter", "Winther"),
           ("Amalie", "Skov"), ("Rasmus", "Lund"), ("Ida", "Bak"), ("Bilal", "Khan")]
MENTORER = [("Lene", "Holm", "Jobhuset"), ("Kim", "Dahl", "Mentorhuset ApS"),
            ("Birgitte", "Krogh", "kommunens mentorteam"), ("Henrik", "Vestergaard", "Ungeenheden"),
            ("Louise", "Friis", "Bro til Job"), ("Thomas", "Bech", "Netværkscentret"),
            ("Maria", "Sørensen", "Mentorkorpset"), ("Jesper", "Lauridsen", "Job & Trivsel")]
SAGSBEH = ["Karen Mikkelsen", "Ole Rasmussen", "Hanne Iversen", "Morten Skou", "Pia Gade"]

GOAL_CLEAR = [
    "du starter på SOSU-hjælperuddannelsen i {by} den 10. august 2026 og møder mindst fire dage om ugen",
    "du er i virksomhedspraktik 15 timer om ugen i Netto i {by} senest 1. juni 2026",
    "du har et job på lageret hos XL-Byg, først i praktik 20 timer om ugen fra 1. maj 2026 og derefter i løntilskud",
    "du gennemfører det første semester på HF i {by} og møder op til mindst 90 % af timerne",
    "du kommer i fleksjob som køkkenmedhjælper i en kantine med 12 timer om ugen inden 1. oktober 2026",
    "du begynder på FGU (produktionsgrunduddannelsen, køkkenlinjen) i {by} efter sommerferien 2026",
    "du får et ordinært job med mindst 20 timer om ugen i rengøring eller butik i løbet af perioden",
    "du holder fast i dit job som chauffør hos Danske Fragtmænd og ikke har fravær ud over 2 dage pr. måned",
]
GOAL_UNCLEAR = [
    "du får det bedre og får mere overskud i hverdagen",
    "du får støtte til at komme videre og øget trivsel",
    "du får mere selvværd og kommer tættere på arbejdsmarkedet",
    "du får hjælp til at få styr på tingene",
    "vi sikrer, at du har det godt",
    "motivere dig og skabe ro omkring dig",
]
TASKS = [
    ["følge dig til praktikstedet de første to uger", "tale med dig hver uge om, hvordan det går med fremmødet",
     "hjælpe dig med at planlægge transporten"],
    ["hjælpe dig med at åbne og forstå din post fra e-Boks", "tage med dig til møder hos lægen og i kommunen",
     "lave en ugeplan sammen med dig"],
    ["ringe til dig om morgenen de dage, du skal i skole", "hjælpe dig med lektieplanen",
     "tale med studievejlederen sammen med dig"],
    ["hjælpe dig med at skrive ansøgninger og et CV", "øve jobsamtaler med dig",
     "tage med dig til den første samtale på arbejdspladsen"],
    ["holde kontakt med din leder om, hvordan det går", "hjælpe dig med at sige til, når noget er svært",
     "finde løsninger sammen med dig, hvis du er syg"],
]
BYER = ["Skive", "Viborg", "Holbæk", "Haslev", "Tønder", "Assens", "Roskilde", "Herning"]


# ----------------------------------------------------------------------------- dates
def add_months(d: date, n: int) -> date:
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return date(y, m, min(d.day, last))


def fmt(d: date, style: int) -> str:
    return [f"{d.day}. {MONTHS[d.month-1]} {d.year}", f"{d.day}/{d.month} {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}", f"den {d.day}. {MONTHS[d.month-1]} {d.year}",
            f"{d.day}. {MON_AB[d.month-1]} {d.year}", f"{d.day}/{d.month}-{d.year}"][style % 6]


def fmt_en(d: date) -> str:
    return f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"


def make_period(rng: random.Random, over: bool):
    start = date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 15, 10]))
    if over:
        n = rng.choice([7, 8, 9, 12, 6])
        end = add_months(start, n) - timedelta(days=1) if n != 6 else add_months(start, 6)
    else:
        n = rng.choice([3, 4, 6, 6, 6])
        end = add_months(start, n) - timedelta(days=1)
    return start, end, n


def cpr(rng: random.Random) -> str:
    d = date(1970, 1, 1) + timedelta(days=rng.randint(0, 365 * 35))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


# ----------------------------------------------------------------------------- rendering
# A document is a list of blocks: ("h", text) | ("p", text) | ("kv", label, value) | ("li", text)

def to_text(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append("\n" + b[1] + "\n")
        elif b[0] == "kv":
            out.append(f"{b[1]}: {b[2]}")
        elif b[0] == "li":
            out.append(f"  - {b[1]}")
        else:
            out.append(b[1] + "\n")
    return "\n".join(out).strip() + "\n"


def to_html(blocks, title, table_kv) -> str:
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head><body>"]
    in_table = in_list = False
    for b in blocks:
        if b[0] != "kv" and in_table:
            parts.append("</table>"); in_table = False
        if b[0] != "li" and in_list:
            parts.append("</ul>"); in_list = False
        if b[0] == "h":
            parts.append(f"<h2>{escape(b[1])}</h2>")
        elif b[0] == "kv":
            if table_kv:
                if not in_table:
                    parts.append("<table border=\"1\">"); in_table = True
                parts.append(f"<tr><th>{escape(b[1])}</th><td>{escape(b[2])}</td></tr>")
            else:
                parts.append(f"<p><strong>{escape(b[1])}:</strong> {escape(b[2])}</p>")
        elif b[0] == "li":
            if not in_list:
                parts.append("<ul>"); in_list = True
            parts.append(f"<li>{escape(b[1])}</li>")
        else:
            parts.append(f"<p>{escape(b[1])}</p>")
    if in_table:
        parts.append("</table>")
    if in_list:
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_docx(path, blocks, table_kv):
    import docx
    d = docx.Document()
    table = None
    for b in blocks:
        if b[0] != "kv":
            table = None
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "kv":
            if table_kv:
                if table is None:
                    table = d.add_table(rows=0, cols=2)
                    table.style = "Table Grid"
                row = table.add_row().cells
                row[0].text, row[1].text = b[1], b[2]
            else:
                p = d.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        else:
            d.add_paragraph(b[1])
    d.save(path)


def write_pdf(path, blocks):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    ss = getSampleStyleSheet()
    story = []
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading3"]))
        elif b[0] == "kv":
            story.append(Paragraph(f"<b>{escape(b[1])}:</b> {escape(b[2])}", ss["Normal"]))
        elif b[0] == "li":
            story.append(Paragraph("• " + escape(b[1]), ss["Normal"]))
        else:
            story.append(Paragraph(escape(b[1]), ss["Normal"]))
            story.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def write_odt(path, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    doc = OpenDocumentText()
    for b in blocks:
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "kv":
            doc.text.addElement(P(text=f"{b[1]}: {b[2]}"))
        elif b[0] == "li":
            doc.text.addElement(P(text=f"– {b[1]}"))
        else:
            doc.text.addElement(P(text=b[1]))
    doc.save(str(path))


def write_eml(path, blocks, sender, to, subject, d: date):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][d.weekday()]}, {d.day:02d} {EN_MONTHS[d.month-1][:3]} {d.year} 09:12:00 +0100"
    m.set_content(to_text(blocks), charset="utf-8")
    path.write_bytes(bytes(m))


def render(path: Path, fmt_: str, blocks, title, table_kv, meta):
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt_ == "txt":
        path.write_text(to_text(blocks), encoding="utf-8")
    elif fmt_ == "html":
        path.write_text(to_html(blocks, title, table_kv), encoding="utf-8")
    elif fmt_ == "docx":
        write_docx(path, blocks, table_kv)
    elif fmt_ == "pdf":
        write_pdf(path, blocks)
    elif fmt_ == "odt":
        write_odt(path, blocks)
    elif fmt_ == "eml":
        write_eml(path, blocks, meta["sender"], meta["to"], title, meta["date"])


# ----------------------------------------------------------------------------- field texts
def period_text(rng, start, end, n, style, en=False):
    if en:
        return rng.choice([f"from {fmt_en(start)} to {fmt_en(end)}",
                           f"{fmt_en(start)} – {fmt_en(end)}"])
    s = rng.randrange(6)
    forms = [f"fra {fmt(start, s)} til {fmt(end, s)}", f"{fmt(start, s)} – {fmt(end, s)}",
             f"i perioden {fmt(start, s)} til og med {fmt(end, s)}"]
    if end == add_months(start, n) - timedelta(days=1) and start.day == 1:
        forms.append(f"fra {fmt(start, 0)} og {n} måneder frem")
    return forms[style % len(forms)]


def appeal_full(rng, kommune, style):
    k = "kommunen" if "Jobcenter" not in kommune else "jobcentret"
    opts = [
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger. {k.capitalize()} ser så på sagen igen inden fire uger. Hvis vi ikke ændrer afgørelsen, sender vi din klage videre til Ankestyrelsen.",
        f"Er du uenig? Så kan du klage. Du skal klage til os i {kommune} senest 4 uger efter, at du har fået dette brev. Du kan ringe, skrive eller komme forbi. Vi vurderer sagen igen. Giver vi dig ikke ret, sender vi klagen til Ankestyrelsen. Det står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedsloven § 66-67.",
        f"Du kan klage over afgørelsen. Klagen skal være hos {k} inden 4 uger fra den dag, du får brevet. Vi kigger på din sag igen. Er vi stadig uenige med dig, går klagen videre til Ankestyrelsens Beskæftigelsesudvalg.",
        f"Vil du klage, skal du kontakte din sagsbehandler i {kommune} inden fire uger. Du kan klage mundtligt eller skriftligt. Hvis vi fastholder afgørelsen, sender vi den videre til Ankestyrelsen.",
    ]
    return opts[style % len(opts)]


def appeal_incomplete(rng):
    return rng.choice(["Du kan klage over afgørelsen, hvis du er uenig.",
                       "Hvis du er utilfreds, er du velkommen til at kontakte os.",
                       "Du har mulighed for at klage. Skriv til os på Digital Post.",
                       "Du kan klage til Ankestyrelsen, hvis du ikke er enig."])


APPEAL_FULL_EN = ("If you do not agree with the decision, you can complain to the municipality within four weeks "
                  "(4 uger) from the day you receive this letter. The municipality will look at your case again. "
                  "If we keep the decision, we send your complaint on to Ankestyrelsen (the National Social Appeals Board).")


# ----------------------------------------------------------------------------- builders
class Ctx:
    def __init__(self, rng, i):
        self.rng = rng
        self.kommune = rng.choice(KOMMUNER)
        self.fn, self.ln = rng.choice(BORGERE)
        m = rng.choice(MENTORER)
        self.mfn, self.mln, self.morg = m
        self.phone = f"{rng.randint(20,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}"
        self.mail = f"{self.mfn.lower()}.{self.mln.lower()}@{self.morg.split()[0].lower().replace('&','')}.dk".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.sb = rng.choice(SAGSBEH)
        self.by = rng.choice(BYER)
        self.i = i


def header(c: Ctx, letter_date: date, cprno, en=False):
    b = [("p", f"{c.kommune}\nBeskæftigelse og Uddannelse"),
         ("p", f"{c.fn} {c.ln}" + (f"\nCPR-nr.: {cprno}" if cprno and not en else "") +
          (f"\nCPR no.: {cprno}" if cprno and en else "")),
         ("p", (f"Date: {fmt_en(letter_date)}" if en else f"Dato: {fmt(letter_date, c.rng.randrange(6))}"))]
    return b


def agreement(c: Ctx, defects: set, style: int, cprno, en=False):
    rng = c.rng
    over = "duration-over-6-months" in defects
    start, end, n = make_period(rng, over)
    ldate = start - timedelta(days=rng.randint(3, 12))
    blocks = header(c, ldate, cprno, en)
    by = c.by
    tasks = rng.choice(TASKS)
    if en:
        blocks += [("h", "Your mentor agreement"),
                   ("p", f"Dear {c.fn}. This is a summary of our talk. Here is what we agreed about your mentor support.")]
        if "missing-goal" not in defects:
            g = ("you start working in a warehouse at XL-Byg, first as an internship (praktik) 20 hours a week from 1 May 2026"
                 if "unclear-goal" not in defects else "you feel better and get more energy in everyday life")
            blocks.append(("kv", "Goal", g))
        if "missing-mentor" not in defects:
            blocks.append(("p", f"Your mentor is {c.mfn} {c.mln} from {c.morg}. Phone {c.phone}, e-mail {c.mail}."))
        if "missing-tasks" not in defects:
            blocks.append(("p", f"{c.mfn} will help you with: going with you to the workplace the first two weeks, planning your transport, and talking with you every week about how it goes."))
        if "missing-hours" not in defects:
            blocks.append(("kv", "Hours", "3 hours per week"))
        if "missing-duration" not in defects:
            blocks.append(("kv", "Period", period_text(rng, start, end, n, style, en=True)))
        if "missing-follow-up" not in defects:
            blocks.append(("p", "Follow-up: we meet for a status meeting (statusmøde) every month, and we evaluate 14 days before the agreement ends."))
        if "missing-appeal-guidance" not in defects:
            blocks += [("h", "How to complain"), ("p", APPEAL_FULL_EN)]
        blocks.append(("p", f"Kind regards, {c.sb}, {c.kommune}"))
        return blocks, start, end
    layout = style % 3
    title = ["Aftale om mentorstøtte", "Referat af vores samtale – din mentoraftale",
             f"Sådan har vi aftalt det, {c.fn}"][layout]
    blocks.append(("h", title))
    if layout == 1:
        blocks.append(("p", f"Hej {c.fn}. Tak for en god snak {fmt(ldate - timedelta(days=2), 3)}. Her kan du læse, hvad vi talte om, og hvad vi aftalte."))
    else:
        blocks.append(("p", f"Kære {c.fn}. Du får dette brev, fordi vi har aftalt, at du skal have en mentor. Her står, hvad aftalen går ud på."))
    # goal
    if "missing-goal" not in defects:
        g = (rng.choice(GOAL_UNCLEAR) if "unclear-goal" in defects else rng.choice(GOAL_CLEAR)).format(by=by)
        if layout == 0:
            blocks.append(("kv", "Målet med mentorstøtten", g[0].upper() + g[1:] + "."))
        elif layout == 1:
            blocks.append(("p", f"Vi talte om, hvad du gerne vil. Vi blev enige om, at målet er, at {g}."))
        else:
            blocks += [("h", "Dit mål"), ("p", g[0].upper() + g[1:] + ".")]
    elif rng.random() < 0.5:
        blocks.append(("kv", "Målet med mentorstøtten", "Udfyldes senere"))
    # mentor
    if "missing-mentor" not in defects:
        if layout == 0:
            blocks.append(("kv", "Mentor", f"{c.mfn} {c.mln}, {c.morg}, tlf. {c.phone}"))
        else:
            blocks.append(("p", f"Din mentor er {c.mfn} {c.mln} fra {c.morg}. Du kan ringe til {c.mfn} på {c.phone} eller skrive til {c.mail}."))
    else:
        blocks.append(("p", f"Din mentor hedder {c.mfn}. {c.mfn} ringer til dig i den første uge."))
    # tasks
    if "missing-tasks" not in defects:
        blocks.append(("p", f"Det skal {c.mfn} hjælpe dig med:" if layout else "Mentorens opgaver:"))
        blocks += [("li", t[0].upper() + t[1:]) for t in tasks]
    # hours
    h = rng.choice(["3 timer om ugen", "2 timer pr. uge", "4 timer ugentligt", "8 timer om måneden"])
    if "missing-hours" in defects:
        if rng.random() < 0.6:
            blocks.append(("p", f"I ses, når der er brug for det – typisk et par timer om ugen."))
    elif layout == 0:
        blocks.append(("kv", "Timetal", h))
    elif rng.random() < 0.3:
        blocks.append(("p", f"I mødes hver tirsdag kl. 9-11."))
    else:
        blocks.append(("p", f"Du og {c.mfn} har {h} sammen."))
    # duration
    if "missing-duration" in defects:
        if rng.random() < 0.5:
            blocks.append(("p", "Hvor længe du skal have en mentor, aftaler vi senere."))
    else:
        pt = period_text(rng, start, end, n, style)
        if layout == 0:
            blocks.append(("kv", "Periode", pt))
        else:
            blocks.append(("p", f"Aftalen gælder {pt}."))
    # follow-up
    if "missing-follow-up" in defects:
        if rng.random() < 0.6:
            blocks.append(("p", rng.choice(["Vi følger op efter behov.", "Opfølgning sker løbende."])))
    else:
        fu = rng.choice([
            f"Vi holder et statusmøde hver måned. Her taler vi om, hvor langt du er kommet med dit mål.",
            f"Vi mødes alle tre – dig, {c.mfn} og mig – hver 6. uge og ser på, hvordan det går. 14 dage før aftalen slutter, ser vi på, om du har nået dit mål.",
            f"Vi følger op {fmt(end - timedelta(days=14), 3)} på et møde, hvor vi taler om dit delmål: at du møder op mindst 3 dage om ugen.",
        ])
        if layout == 0:
            blocks.append(("kv", "Opfølgning", fu))
        else:
            blocks.append(("p", fu))
    # appeal
    if "missing-appeal-guidance" in defects:
        if rng.random() < 0.6:
            blocks += [("h", "Hvis du er uenig"), ("p", appeal_incomplete(rng))]
    else:
        blocks += [("h", rng.choice(["Klagevejledning", "Hvis du er uenig", "Sådan klager du"])),
                   ("p", appeal_full(rng, c.kommune, style))]
    blocks.append(("p", f"Har du spørgsmål, er du velkommen til at ringe til mig.\n\nVenlig hilsen\n{c.sb}\nSagsbehandler, {c.kommune}"))
    return blocks, start, end


def minplan(c: Ctx, defects: set, style: int, cprno):
    rng = c.rng
    over = "duration-over-6-months" in defects
    start, end, n = make_period(rng, over)
    blocks = [("p", f"Min Plan · {c.kommune}"),
              ("p", f"Logget ind som {c.fn} {c.ln}" + (f" ({cprno})" if cprno else "")),
              ("h", rng.choice(["Min Plan – din mentorstøtte", "Mentor", "Din indsats: Mentorstøtte"]))]
    layout = style % 2
    if rng.random() < 0.5:
        # another activity with its own (long) period
        blocks.append(("p", f"Aktivitet: Du går på FGU i {c.by} fra {fmt(date(2026, 8, 10), 0)} til {fmt(date(2028, 6, 30), 0)}."))
    if "missing-goal" not in defects:
        g = (rng.choice(GOAL_UNCLEAR) if "unclear-goal" in defects else rng.choice(GOAL_CLEAR)).format(by=c.by)
        blocks.append(("kv", "Mål med mentorstøtten", g[0].upper() + g[1:]) if layout == 0
                      else ("p", f"Dit mål er, at {g}."))
    if "missing-mentor" not in defects:
        blocks.append(("kv", "Din mentor", f"{c.mfn} {c.mln} ({c.morg}) – {c.mail} – {c.phone}"))
    else:
        blocks.append(("kv", "Din mentor", f"{c.morg}"))
    if "missing-tasks" not in defects:
        blocks.append(("kv", "Det hjælper mentoren dig med", "; ".join(rng.choice(TASKS))))
    if "missing-duration" not in defects:
        if layout == 0:
            blocks.append(("kv", "Periode for mentorstøtten", period_text(rng, start, end, n, style)))
        else:
            blocks.append(("p", f"Mentorstøtten gælder {period_text(rng, start, end, n, style)}."))
    else:
        blocks.append(("kv", "Periode for mentorstøtten", rng.choice(["indtil videre", "–"])))
    if "missing-hours" not in defects:
        blocks.append(("kv", "Timer", rng.choice(["3 timer om ugen", "2 t/uge", "5 timer pr. uge", "10 timer om måneden"])))
    elif rng.random() < 0.5:
        blocks.append(("kv", "Timer", "efter behov"))
    blocks.append(("p", f"Sidst opdateret {fmt(start - timedelta(days=2), 2)} af {c.sb}. Har du spørgsmål, så skriv til din sagsbehandler via Min Plan."))
    return blocks, start, end


def decision(c: Ctx, defects: set, style: int, cprno, sub: str, en=False):
    rng = c.rng
    over = "duration-over-6-months" in defects
    start, end, n = make_period(rng, over)
    ld = start - timedelta(days=rng.randint(5, 14))
    blocks = header(c, ld, cprno, en)
    period = (start, end)
    if en:
        blocks += [("h", "Decision: you will get mentor support"),
                   ("p", f"Dear {c.fn}. You have applied for a mentor. You will get mentor support {period_text(rng, start, end, n, 0, en=True)}, 3 hours per week."),
                   ("p", f"Your mentor is {c.mfn} {c.mln}, phone {c.phone}. The decision is made under section 167 of the Act on an Active Employment Effort (lov om en aktiv beskæftigelsesindsats).")]
    elif sub == "grant":
        blocks += [("h", rng.choice(["Du får en mentor", "Afgørelse: Du får mentorstøtte", "Ja til mentorstøtte"])),
                   ("p", f"Kære {c.fn}. Du har søgt om at få en mentor. Vi har besluttet, at du får mentorstøtte {period_text(rng, start, end, n, style)}."),
                   ("p", f"Din mentor er {c.mfn} {c.mln} fra {c.morg}. I skal ses {rng.choice(['3 timer om ugen', '2 timer om ugen', '4 timer om ugen'])}."),
                   ("p", "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.")]
    elif sub == "partial":
        asked = rng.choice([9, 12])
        blocks += [("h", "Afgørelse om mentorstøtte – du får en del af det, du søgte"),
                   ("p", f"Kære {c.fn}. Du søgte om mentorstøtte i {asked} måneder med 6 timer om ugen. Du får mentorstøtte {period_text(rng, start, end, n, style)} med 3 timer om ugen."),
                   ("p", "Hvorfor får du ikke det hele? Loven siger, at vi højst må give mentorstøtte i 6 måneder ad gangen (§ 167, stk. 1 i lov om en aktiv beskæftigelsesindsats). Vi har også lagt vægt på, at du allerede har en kontaktperson på dit bosted, og at du selv fortalte, at 3 timer er nok i starten. Vi ser på det igen, før perioden slutter.")]
    elif sub == "extension":
        blocks += [("h", "Din mentorstøtte bliver forlænget"),
                   ("p", f"Kære {c.fn}. Din mentorstøtte slutter snart. Vi har talt om, at du stadig har brug for hjælp. Derfor forlænger vi din mentorstøtte {period_text(rng, start, end, n, style)}."),
                   ("p", f"Det er en forlængelse efter § 167, stk. 1, 2. pkt. Vi har lagt vægt på, at du er godt i gang med din praktik, men at {c.mfn} stadig hjælper dig med transporten og med at komme op om morgenen.")]
    elif sub == "refusal":
        period = None
        blocks += [("h", "Du får ikke en mentor"),
                   ("p", f"Kære {c.fn}. Du har søgt om en mentor. Vi har desværre givet dig afslag."),
                   ("p", "Hvorfor? Man kan kun få en mentor, hvis det hjælper en i job eller uddannelse (§ 167 i lov om en aktiv beskæftigelsesindsats). Du fortalte os, at du lige nu ikke vil i job eller uddannelse, fordi du skal have en operation. Derfor har vi vurderet, at du ikke kan få en mentor nu. Du er velkommen til at søge igen senere.")]
    else:  # end
        period = None
        stop = start + timedelta(days=60)
        blocks += [("h", "Din mentorstøtte stopper"),
                   ("p", f"Kære {c.fn}. Vi har besluttet, at din mentorstøtte stopper {fmt(stop, 0)}."),
                   ("p", f"Det gør vi, fordi du er startet i fast job hos {rng.choice(['Bilka', 'Rema 1000', 'Dansk Cater'])} og selv har sagt, at du klarer dig uden mentor nu. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.")]
    if "missing-appeal-guidance" in defects:
        if rng.random() < 0.7:
            blocks += [("h", "Klage" if not en else "Complaints"),
                       ("p", appeal_incomplete(rng) if not en else "You can complain about the decision if you disagree.")]
    else:
        blocks += [("h", rng.choice(["Hvis du er uenig", "Klagevejledning", "Du kan klage"]) if not en else "If you disagree"),
                   ("p", appeal_full(rng, c.kommune, style) if not en else APPEAL_FULL_EN)]
    blocks.append(("p", (f"Venlig hilsen\n{c.sb}\n{c.kommune}" if not en else f"Kind regards\n{c.sb}\n{c.kommune}")))
    return blocks, period


def unknown_doc(c: Ctx, sub: str, cprno):
    rng = c.rng
    d = date(2026, rng.randint(2, 10), rng.randint(1, 28))
    b = [("p", c.kommune)]
    if cprno:
        b.append(("p", f"{c.fn} {c.ln}, CPR {cprno}"))
    if sub == "invitation":
        b += [("h", "Indkaldelse til samtale"),
              ("p", f"Kære {c.fn}. Du skal til en samtale om din mentorstøtte {fmt(d, 3)} kl. 10.00 i jobcentret, {c.by}. Din mentor {c.mfn} {c.mln} kommer også."),
              ("p", "Husk at tage dit sygesikringskort med. Kan du ikke komme, så ring til os senest dagen før. Hvis du udebliver uden rimelig grund, kan det få betydning for din hjælp.")]
    elif sub == "reminder":
        b += [("h", "Påmindelse"),
              ("p", f"Hej {c.fn}. Vi minder dig om dit møde med {c.mfn} i morgen, {fmt(d, 0)}, kl. 13.30. Mødet holdes på biblioteket i {c.by}."),
              ("p", "Svar ikke på denne besked. Den er sendt automatisk.")]
    elif sub == "leaflet":
        b += [("h", "Hvad er en mentor? – Information til dig"),
              ("p", "En mentor er en person, der kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job eller uddannelse."),
              ("p", "Når du får en mentor, laver vi en aftale sammen. Aftalen beskriver:"),
              ("li", "målet med mentorstøtten"), ("li", "mentorens navn og kontaktdata"),
              ("li", "hvilke opgaver mentoren skal hjælpe med"), ("li", "hvor længe aftalen varer – højst 6 måneder ad gangen"),
              ("li", "hvordan vi følger op"), ("li", "hvor mange timer om ugen du har med din mentor"),
              ("p", "Du får altid en afgørelse med klagevejledning. Du kan klage inden 4 uger. Læs mere på kommunens hjemmeside.")]
    elif sub == "questionnaire":
        b += [("h", "Hvordan går det med din mentor? – Spørgeskema"),
              ("p", "Vi vil gerne vide, hvad du synes om din mentorstøtte. Det tager 5 minutter."),
              ("li", "1. Hvor tit ser du din mentor? (hver uge / hver anden uge / sjældnere)"),
              ("li", "2. Hjælper din mentor dig med dit mål? (ja / lidt / nej)"),
              ("li", "3. Ved du, hvordan du kontakter din mentor? (ja / nej)"),
              ("li", "4. Hvad kunne være bedre?"),
              ("p", "Dine svar er anonyme. Tak for hjælpen!")]
    elif sub == "status":
        b += [("h", "Status fra din mentor"),
              ("p", f"Hej {c.fn}. Her er en kort status efter vores første måned. Du er mødt op i praktikken 14 ud af 16 dage. Det er rigtig flot. Vi har øvet busruten, og du tager nu bussen alene."),
              ("p", f"Næste gang vi ses, taler vi om, hvad der skal ske efter praktikken. Hilsen {c.mfn}")]
    elif sub == "private":
        b = [("h", "Aftale mellem mentee og frivillig mentor – Foreningen Netværket"),
             ("p", f"Denne aftale er lavet mellem {c.fn} og den frivillige mentor {c.mfn}. Det er ikke en aftale med kommunen, og du får ikke en afgørelse."),
             ("p", "Vi mødes til en kop kaffe, når det passer os begge. Det er gratis og frivilligt, og du kan stoppe når som helst."),
             ("p", "Tavshedspligt: Det, vi taler om, bliver mellem os.")]
    else:  # receipt
        b += [("h", "Kvittering for modtagelse"),
              ("p", f"Vi har modtaget din ansøgning om mentorstøtte {fmt(d, 0)}. Vi behandler den hurtigst muligt, og du hører fra os inden for 3 uger."),
              ("p", "Du skal ikke gøre noget nu.")]
    return b


# ----------------------------------------------------------------------------- plan
AGR_DEF = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
           "missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months"]
MP_DEF = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
          "missing-hours", "duration-over-6-months"]
EXCL = [{"missing-goal", "unclear-goal"}, {"missing-duration", "duration-over-6-months"}]


def pick_defects(rng, pool, clean_share=0.4):
    if rng.random() < clean_share:
        return set()
    k = min(1 if rng.random() < 0.6 else 2, len(pool))
    while True:
        s = set(rng.sample(pool, k))
        if not any(e <= s for e in EXCL):
            return s


def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    fmts = ["docx", "pdf", "txt", "html", "eml", "odt"]
    plan = ([("agreement", None)] * 26 + [("agreement-en", None)] * 3 +
            [("minplan", None)] * 20 +
            [("decision", s) for s in ["grant"] * 8 + ["partial"] * 4 + ["extension"] * 4 +
             ["refusal"] * 3 + ["end"] * 3] + [("decision-en", "grant")] * 2 +
            [("unknown", s) for s in ["invitation"] * 3 + ["reminder"] * 3 + ["leaflet"] * 3 +
             ["questionnaire"] * 2 + ["status"] * 3 + ["private"] * 1 + ["receipt"] * 2])
    for i, (kind, sub) in enumerate(plan):
        c = Ctx(rng, i)
        style = rng.randrange(12)
        cprno = cpr(rng) if rng.random() < 0.25 else None
        f = fmts[(i * 5 + style) % 6]
        if kind == "minplan":  # Min Plan is a web page: the citizen sees or prints it
            f = ["html", "txt", "pdf", "html", "odt", "docx"][(i + style) % 6]
        traits, period = [], None
        en = kind.endswith("-en")
        base = kind.replace("-en", "")
        if en:
            traits.append("english")
        if base == "agreement":
            defects = pick_defects(rng, AGR_DEF)
            blocks, s, e = agreement(c, defects, style, cprno, en)
            period = {"start": s.isoformat(), "end": e.isoformat()} if "missing-duration" not in defects else None
            layout = "en-summary" if en else ["labelled-letter", "conversation-summary", "du-letter"][style % 3]
            title = "Your mentor agreement" if en else "Din aftale om mentorstøtte"
            rules = sorted(defects)
            subtype = "agreement"
        elif base == "minplan":
            defects = pick_defects(rng, MP_DEF)
            blocks, s, e = minplan(c, defects, style, cprno)
            period = {"start": s.isoformat(), "end": e.isoformat()} if "missing-duration" not in defects else None
            layout = ["minplan-web-labels", "minplan-web-prose"][style % 2]
            title = "Min Plan – mentorstøtte"
            rules = sorted(defects)
            subtype = "minplan"
        elif base == "decision":
            pool = ["missing-appeal-guidance"]
            if sub in ("grant", "partial", "extension"):
                pool.append("duration-over-6-months")
            defects = pick_defects(rng, pool)
            blocks, per = decision(c, defects, style, cprno, sub, en)
            if per:
                period = {"start": per[0].isoformat(), "end": per[1].isoformat()}
            layout = f"plain-decision-{sub}" + ("-en" if en else "")
            title = "Decision on mentor support" if en else "Afgørelse om mentorstøtte"
            rules = sorted(defects)
            subtype = sub
            kind = "decision"
        else:
            blocks = unknown_doc(c, sub, cprno)
            layout = f"lookalike-{sub}"
            title = {"invitation": "Indkaldelse til samtale", "reminder": "Påmindelse om møde",
                     "leaflet": "Hvad er en mentor?", "questionnaire": "Spørgeskema om mentorstøtte",
                     "status": "Status fra din mentor", "private": "Frivillig mentoraftale",
                     "receipt": "Kvittering"}[sub]
            rules, subtype = [], sub
        if en:
            kind = base
        for r in rules:
            traits.append("defect:" + r)
        if cprno:
            traits.append("cpr")
        traits.append("style:%d" % style)
        name = f"{i:03d}-{kind}-{subtype}.{f}"
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser",
                  "unknown": "andet"}[kind]
        path = out / folder / name
        table_kv = style % 4 == 0
        meta = {"sender": f"{c.kommune} <noreply@{c.kommune.split()[0].lower().replace('ø','oe').replace('æ','ae')}.dk>",
                "to": f"{c.fn} {c.ln} <{c.fn.lower()}{rng.randint(10,99)}@mail.dk>",
                "date": date(2026, 3, 1) + timedelta(days=i)}
        render(path, f, blocks, title, table_kv, meta)
        entries.append({"path": f"{folder}/{name}", "format": f, "kind": kind, "subtype": subtype,
                        "layout": layout + ("-table" if table_kv and f in ("docx", "html") else ""),
                        "rules": rules, "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": [cprno, cprno.replace("-", "")] if cprno else [],
                        "traits": traits, "period": period})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hd")
    ap.add_argument("--seed", type=int, default=1714)
    a = ap.parse_args()
    es = build(Path(a.out), a.seed)
    print(len(es), "documents written to", a.out)


if __name__ == "__main__":
    main()
