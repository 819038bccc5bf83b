#!/usr/bin/env python3
"""Corpus GZ: mentor support for citizens far from the labour market.

Ressourceforløb, jobafklaringsforløb, sygedagpenge, fleksjob candidates, people discharged
from psychiatric admission (udskrivningskoordinator, LAB § 167, stk. 2) and refugees in the
integration programme.  Agreements, decisions (grant, partial grant, refusal, extension, end),
Min Plan entries and plans carrying the mentor support, plus look-alikes of kind unknown.

Deterministic: python make_corpus_gz.py --out /work/corpora/gz [--seed 1717]
"""
from __future__ import annotations

import argparse
import datetime as dt
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

# ----------------------------------------------------------------------------- dates

def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def period_end(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{str(d.year)[2:]}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def fmt_range(a: dt.date, b: dt.date, rng: random.Random) -> str:
    style = rng.choice(["words", "words", "dots", "slash", "iso", "abbr", "slash2"])
    pat = rng.choice(["{a} – {b}", "{a} - {b}", "{a} til {b}", "fra {a} til {b}",
                      "f.o.m. {a} t.o.m. {b}"])
    return pat.format(a=fmt_date(a, style), b=fmt_date(b, style))


# ----------------------------------------------------------------------------- people

FIRST = ["Anja", "Bo", "Camilla", "Dennis", "Eva", "Frederik", "Gitte", "Henrik", "Ida", "Jesper",
         "Karina", "Lone", "Mikkel", "Nanna", "Ole", "Pernille", "Rasmus", "Susanne", "Tina",
         "Ulrik", "Vibeke", "Allan", "Birgitte", "Claus", "Dorthe", "Kenneth", "Marianne"]
REFUGEE_FIRST = ["Ahmad", "Mariam", "Yonas", "Hevin", "Abdirahman", "Nour", "Oleksandr", "Tetiana",
                 "Samir", "Fatima", "Dawit", "Rahel"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Kjær", "Lund", "Holm", "Dam"]
REFUGEE_LAST = ["Haidari", "Ali", "Tesfay", "Ahmed", "Hussein", "Kovalenko", "Shevchenko", "Yusuf",
                "Gebremedhin", "Al-Sayed"]
KOMMUNER = ["Slagelse", "Viborg", "Holstebro", "Næstved", "Svendborg", "Randers", "Horsens",
            "Frederikshavn", "Kalundborg", "Silkeborg", "Haderslev", "Hjørring", "Guldborgsund",
            "Faaborg-Midtfyn", "Vordingborg"]
PROVIDERS = ["Mentorhuset ApS", "Kompetencecentret", "Jobmentor Nord", "Broen Mentorservice",
             "Mentorkorpset (kommunal)", "Fokus Mentor & Coaching", "Via Vest Mentor",
             "Socialpsykiatriens Mentorteam", "Integrationsteamets mentorer"]
FIRMS = ["Netto", "Lidl", "Coop 365", "Dagrofa", "Plantorama", "Jem & Fix", "Elgiganten",
         "Danish Crown", "Arla Foods", "Fakta", "Bauhaus", "Harald Nyborg", "Fitness World",
         "Plejecenter Solgården", "Kommunens Materielgård", "Genbrugspladsen Nord",
         "Café Kornmagasinet", "Rema 1000", "Davidsens Tømmerhandel", "Hotel Phønix"]
TRADES = {"lager": "lagermedarbejder", "butik": "butiksassistent", "kantine": "køkkenmedhjælper",
          "pleje": "serviceassistent", "gartneri": "gartnerimedhjælper", "rengøring": "rengøringsassistent",
          "værksted": "værkstedsmedhjælper", "kontor": "kontorassistent", "pedel": "pedelmedhjælper"}
EDU = ["SOSU-hjælperuddannelsen på SOSU Sjælland", "grundforløb 1 på EUC Nordvest",
       "HF-enkeltfag (dansk C) på VUC", "FGU basis på FGU Midt", "AMU-kurset Lager og logistik",
       "ernæringsassistentuddannelsen på ZBC", "datateknikeruddannelsen på Mercantec"]
CASEW = ["Helle Bruun", "Morten Friis", "Signe Vad", "Lars Kirk", "Jannie Møller", "Torben Aagaard",
         "Maja Brix", "Rikke Overgaard", "Kasper Juul", "Line Skov"]


def phone(rng):
    return f"{rng.randint(20,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}"


def cpr(rng):
    d = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randint(0, 13000))
    return f"{d.day:02d}{d.month:02d}{str(d.year)[2:]}-{rng.randint(1000, 9999)}"


def slug(s):
    out = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-")):
        out = out.replace(a, b)
    return "".join(c for c in out if c.isalnum() or c == "-")


# ----------------------------------------------------------------------------- groups

GROUPS = ["ressource", "jobafklaring", "sygedagpenge", "fleksjob", "psyk", "integration"]

GROUP_TXT = {
    "ressource": ("ressourceforløb", "Rehabiliteringsteamet har indstillet til et ressourceforløb på 2 år, og kommunen har truffet afgørelse herom."),
    "jobafklaring": ("jobafklaringsforløb", "Du er i jobafklaringsforløb efter ophør af sygedagpenge og har en koordinerende sagsbehandler."),
    "sygedagpenge": ("sygedagpenge", "Du modtager sygedagpenge og er delvist sygemeldt fra dit job."),
    "fleksjob": ("afklaring til fleksjob", "Rehabiliteringsteamet har anbefalet, at du afklares til fleksjob."),
    "psyk": ("udskrivning fra psykiatrisk indlæggelse", "Du er indlagt på psykiatrisk afdeling og forventes udskrevet. Du har ret til en udskrivningskoordinator efter LAB § 167, stk. 2, fra op til 3 måneder før udskrivelsen og i mindst 6 måneder i alt."),
    "integration": ("selvforsørgelses- og hjemrejseprogram", "Du er omfattet af selvforsørgelses- og hjemrejseprogrammet efter integrationsloven."),
}


def clear_goal(g, name, rng, start):
    firm = rng.choice(FIRMS)
    trade, job = rng.choice(list(TRADES.items()))
    mon = MONTHS[add_months(start, rng.choice([2, 3, 4])).month - 1]
    hrs = rng.choice([6, 8, 10, 12, 15])
    if g == "ressource":
        return rng.choice([
            f"Målet er, at {name} er i virksomhedspraktik som {job} hos {firm} {hrs} timer om ugen senest 1. {mon}, som første skridt mod et fleksjob.",
            f"{name} møder stabilt i praktik hos {firm} (mindst 3 dage om ugen) og har i udgangen af perioden afprøvet opgaver som {job}.",
        ])
    if g == "jobafklaring":
        return rng.choice([
            f"{name} vender tilbage til arbejdet som {job} hos {firm}: {hrs} timer om ugen fra 1. {mon} og derefter gradvis optrapning.",
            f"At {name} gennemfører en virksomhedspraktik på {firm} i {hrs} timer om ugen med fremmøde på mindst 90 %, så arbejdsevnen kan beskrives.",
        ])
    if g == "sygedagpenge":
        return rng.choice([
            f"{name} er tilbage i sit job som {job} hos {firm} på fuld tid senest 1. {mon}.",
            f"Delvis raskmelding: {name} arbejder {hrs + 10} timer om ugen i sit job hos {firm} fra 1. {mon}.",
        ])
    if g == "fleksjob":
        return rng.choice([
            f"{name} er ansat i fleksjob som {job} hos {firm} med {hrs} timer om ugen senest ved periodens udløb.",
            f"Hovedmål: {name} gennemfører praktik som {job} hos {firm} i {hrs} timer om ugen, så arbejdsevnen kan dokumenteres til fleksjobvurdering.",
        ])
    if g == "psyk":
        return rng.choice([
            f"Efter udskrivelsen starter {name} på {rng.choice(EDU)} i {mon} og møder op mindst 3 dage om ugen.",
            f"{name} er i virksomhedspraktik hos {firm} 2 formiddage om ugen senest 6 uger efter udskrivelsen, med henblik på et job som {job}.",
        ])
    return rng.choice([
        f"{name} er i virksomhedspraktik som {job} hos {firm} 25 timer om ugen fra 1. {mon} og overgår derefter til løntilskud.",
        f"Målet er ordinære løntimer: {name} har mindst 10 løntimer om ugen som {job} hos {firm} ved periodens udløb.",
    ])


UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At borgeren kommer tættere på arbejdsmarkedet og får det bedre.",
    "Sikre at borgeren bliver mere stabil og får øget selvværd.",
    "Motivere borgeren til at komme videre i sit forløb.",
    "Hjælp til mestring af hverdagen og bedre livskvalitet.",
    "Øget trivsel og mere overskud.",
]

TASKS = {
    "ressource": ["følge dig til praktikstedet de første to uger", "hjælpe med at planlægge ugen, så du når dine aftaler hos læge og psykolog",
                  "være bindeled til praktikstedets kontaktperson", "træne transport med bus til praktikstedet"],
    "jobafklaring": ["holde samtaler med dig om fremmøde og smerter i praktikken", "tage kontakt til arbejdsgiveren om skånehensyn",
                     "hjælpe dig med at føre dagbog over arbejdstimer og pauser", "deltage i opstartsmødet på arbejdspladsen"],
    "sygedagpenge": ["planlægge optrapningen af timer sammen med dig og din leder", "tage med til samtalen med arbejdsgiveren",
                     "hjælpe dig med at holde pauser og sige fra", "støtte kontakten til egen læge om delvis raskmelding"],
    "fleksjob": ["hjælpe med at finde de rette skånehensyn på praktikstedet", "følge dig de første dage i praktikken",
                 "samle dine erfaringer med arbejdstid og tempo", "være kontakt til virksomhedens kontaktperson"],
    "psyk": ["besøge dig på afdelingen inden udskrivelsen", "hjælpe med bolig, post og kontakt til kommunen efter udskrivelsen",
             "følge dig til første møde på uddannelsesstedet eller praktikstedet", "koordinere med distriktspsykiatrien om aftaler"],
    "integration": ["hjælpe dig med at forstå arbejdspladsens regler og vagtplan", "træne ord og udtryk, du skal bruge på arbejdet",
                    "hjælpe med kontakt til sprogskolen, så danskundervisning og praktik passer sammen",
                    "tage med til møder med arbejdsgiveren"],
}

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du har modtaget dette brev. Kommunen genvurderer afgørelsen inden fire uger. Hvis kommunen fastholder afgørelsen, sendes klagen videre til Ankestyrelsen, Beskæftigelsesudvalget. Du kan klage skriftligt eller mundtligt. Se LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til Jobcenter {k} senest 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen. Giver vi dig ikke ret, sender vi klagen og sagens papirer til Ankestyrelsen.",
    "Klagefristen er 4 uger fra den dag, du modtog afgørelsen. Klagen sendes til {k} Kommune, Arbejdsmarkedsafdelingen, der vurderer sagen igen. Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen (jf. § 204 i lov om en aktiv beskæftigelsesindsats).",
    "Er du uenig, kan du klage til kommunen. Det skal ske inden 4 uger. Klagen kan sendes via Digital Post eller ringes ind til din sagsbehandler. Kommunen genvurderer og sender klagen til Ankestyrelsen, hvis afgørelsen fastholdes.",
]
APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Hvis du er utilfreds, kan du kontakte din sagsbehandler.",
    "Klager skal ske inden 4 uger.",
]


def provider_mentor(rng, g):
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    prov = rng.choice(PROVIDERS[:7])
    if g == "psyk":
        prov = rng.choice(["Socialpsykiatriens Mentorteam", "Mentorhuset ApS", "Broen Mentorservice"])
    if g == "integration":
        prov = rng.choice(["Integrationsteamets mentorer", "Broen Mentorservice", "Mentorkorpset (kommunal)"])
    mail = f"{slug(first)}.{slug(last)[:3]}@{slug(prov.split()[0])}.dk"
    return f"{first} {last}", prov, phone(rng), mail


# ----------------------------------------------------------------------------- document model
# blocks: ("title", s) ("h", s) ("p", s) ("kv", [(k, v)]) ("ul", [s])


def blocks_to_text(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1].upper() if len(b[1]) % 3 == 0 else b[1], ""]
        elif t == "h":
            out += [b[1], ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += [f"{k}: {v}" for k, v in b[1]] + [""]
        elif t == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(path, blocks, title):
    parts = [f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
             "<style>body{font-family:Arial;max-width:46em} td{border:1px solid #999;padding:4px}</style></head><body>"]
    for b in blocks:
        t = b[0]
        if t == "title":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif t == "kv":
            parts.append("<table>" + "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "ul":
            parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
    parts.append("</body></html>\n")
    path.write_text("\n".join(parts), encoding="utf-8")


def write_docx(path, blocks):
    import docx
    d = docx.Document()
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for k, v in b[1]:
                r = tab.add_row().cells
                r[0].text = k
                r[1].text = v
            d.add_paragraph("")
        elif t == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
    d.save(str(path))


def write_odt(path, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, List, ListItem
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    n = 0
    for b in blocks:
        t = b[0]
        if t in ("title", "h"):
            doc.text.addElement(H(outlinelevel=1 if t == "title" else 2, text=b[1]))
        elif t == "p":
            doc.text.addElement(P(text=b[1]))
        elif t == "kv":
            n += 1
            tab = Table(name=f"Tabel{n}")
            tab.addElement(TableColumn(numbercolumnsrepeated=2))
            for k, v in b[1]:
                tr = TableRow()
                for val, st in ((k, bold), (v, None)):
                    tc = TableCell()
                    tc.addElement(P(text=val, stylename=st) if st else P(text=val))
                    tr.addElement(tc)
                tab.addElement(tr)
            doc.text.addElement(tab)
        elif t == "ul":
            lst = List()
            for x in b[1]:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
    doc.save(str(path))


def rtf_esc(s):
    out = []
    for c in s:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) > 127:
            out.append(f"\\u{ord(c)}?")
        else:
            out.append(c)
    return "".join(out)


def write_rtf(path, blocks):
    lines = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    for b in blocks:
        t = b[0]
        if t == "title":
            lines.append(r"{\b\fs32 " + rtf_esc(b[1]) + r"}\par\par")
        elif t == "h":
            lines.append(r"{\b\fs24 " + rtf_esc(b[1]) + r"}\par")
        elif t == "p":
            lines.append(rtf_esc(b[1]) + r"\par\par")
        elif t == "kv":
            for k, v in b[1]:
                lines.append(r"{\b " + rtf_esc(k) + r":}\tab " + rtf_esc(v) + r"\par")
            lines.append(r"\par")
        elif t == "ul":
            for x in b[1]:
                lines.append(r"\bullet  " + rtf_esc(x) + r"\par")
            lines.append(r"\par")
    lines.append("}")
    path.write_text("\n".join(lines), encoding="ascii")


def write_pdf(path, blocks):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(esc(b[1]), ss["Title"]))
        elif t == "h":
            story.append(Paragraph(esc(b[1]), ss["Heading2"]))
        elif t == "p":
            story.append(Paragraph(esc(b[1]), ss["BodyText"]))
        elif t == "kv":
            data = [[Paragraph("<b>" + esc(k) + "</b>", ss["BodyText"]), Paragraph(esc(v), ss["BodyText"])] for k, v in b[1]]
            tab = Table(data, colWidths=[150, 320])
            tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tab, Spacer(1, 8)]
        elif t == "ul":
            for x in b[1]:
                story.append(Paragraph("• " + esc(x), ss["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4, title=next((x[1] for x in blocks if x[0] == "title"), ""),
                      author="GZ", invariant=1).build(story)


def write_eml(path, blocks, subject, sender, to, when):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime.combine(when, dt.time(9, 14), tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<{slug(subject)[:30]}.{when.isoformat()}@gz.invalid>"
    # most mail clients send 8bit; every third message is quoted-printable
    qp = sum(map(ord, subject)) % 3 == 0
    msg.set_content(blocks_to_text(blocks), cte="quoted-printable" if qp else "8bit")
    path.write_bytes(bytes(msg))


def write_scan(path, blocks):
    """An image-only PDF: render the text PDF at 200 dpi with pdftoppm, add a slight tilt, save as PDF."""
    import subprocess, tempfile
    from PIL import Image
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        write_pdf(src, blocks)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(Path(td) / "pg")], check=True)
        pages = []
        for png in sorted(Path(td).glob("pg*.png")):
            im = Image.open(png).convert("L").rotate(0.6, expand=True, fillcolor=255)
            pages.append(im)
        pages[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=pages[1:])


def render(path: Path, fmt: str, blocks, meta):
    path.parent.mkdir(parents=True, exist_ok=True)
    if meta.get("scan"):
        write_scan(path, blocks)
    elif fmt == "txt":
        path.write_text(blocks_to_text(blocks), encoding="utf-8")
    elif fmt == "html":
        write_html(path, blocks, meta["subject"])
    elif fmt == "docx":
        write_docx(path, blocks)
    elif fmt == "odt":
        write_odt(path, blocks)
    elif fmt == "rtf":
        write_rtf(path, blocks)
    elif fmt == "pdf":
        write_pdf(path, blocks)
    elif fmt == "eml":
        write_eml(path, blocks, meta["subject"], meta["sender"], meta["to"], meta["date"])
    else:
        raise ValueError(fmt)


# ----------------------------------------------------------------------------- case

class Case:
    def __init__(self, rng: random.Random, g: str, idx: int, defects: set, months: int | None = None):
        self.rng = rng
        self.g = g
        self.defects = defects
        refugee = g == "integration"
        self.first = rng.choice(REFUGEE_FIRST if refugee else FIRST)
        self.name = f"{self.first} {rng.choice(REFUGEE_LAST if refugee else LAST)}"
        self.kommune = rng.choice(KOMMUNER)
        self.casew = rng.choice(CASEW)
        self.casew_phone = phone(rng)
        self.mentor, self.prov, self.mphone, self.mmail = provider_mentor(rng, g)
        self.start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9]), rng.choice([1, 1, 1, 15]))
        if months is None:
            if "duration-over-6-months" in defects:
                months = rng.choice([11, 12]) if g == "psyk" else rng.choice([8, 9, 12])
            elif g == "psyk":
                months = rng.choice([6, 8, 9])
            else:
                months = rng.choice([3, 4, 6, 6])
        self.months = months
        self.end = period_end(self.start, months)
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.sagsnr = f"{rng.randint(10,99)}.{rng.randint(10,30)}.{rng.randint(10,20)}-G01-{rng.randint(100,9999)}-26"
        self.cpr = cpr(rng) if rng.random() < 0.27 else None
        self.hours = rng.choice(["2 timer pr. uge", "3 timer om ugen", "4 t/uge", "5 timer ugentligt",
                                 "8 timer om måneden", "1-2 timer pr. uge", "6 timer pr. uge"])
        self.goal = clear_goal(g, self.first, rng, self.start)
        self.unclear = rng.choice(UNCLEAR_GOALS)
        self.tasks = rng.sample(TASKS[g], rng.choice([2, 3, 4]))

    # field values honoring defects
    def goal_value(self):
        if "missing-goal" in self.defects:
            return self.rng.choice([None, "Udfyldes senere", "-"])
        if "unclear-goal" in self.defects:
            return self.unclear
        return self.goal

    def mentor_value(self):
        if "missing-mentor" in self.defects:
            return self.rng.choice([f"{self.mentor}", "Tildeles af leverandøren", None])
        return self.rng.choice([f"{self.mentor}, {self.prov}, tlf. {self.mphone}, {self.mmail}",
                                f"{self.mentor} ({self.prov}) – {self.mphone}",
                                f"{self.mentor}, mail: {self.mmail}, mobil {self.mphone}"])

    def tasks_value(self):
        if "missing-tasks" in self.defects:
            return self.rng.choice([None, "-"])
        return self.tasks

    def period_value(self):
        if "missing-duration" in self.defects:
            return self.rng.choice([None, f"{fmt_date(self.start, 'words')} – indtil videre", "Aftales senere"])
        if self.rng.random() < 0.2 and self.months <= 12 and "duration-over-6-months" not in self.defects:
            return f"{fmt_date(self.start, 'words')} og {self.months} måneder frem (til {fmt_date(self.end, 'words')})"
        return fmt_range(self.start, self.end, self.rng)

    def hours_value(self):
        if "missing-hours" in self.defects:
            return self.rng.choice([None, "efter behov", "et par timer om ugen", "løbende"])
        return self.hours

    def follow_value(self):
        if "missing-follow-up" in self.defects:
            return self.rng.choice([None, "Der følges op efter behov.", "Opfølgning sker løbende."])
        return self.rng.choice([
            "Statusmøde med dig, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før støtteperioden ophører.",
            f"Mentor sender kort status til {self.casew} hver måned. Progression måles på fremmøde i praktikken. Midtvejsevaluering efter 3 måneder.",
            "Møde hver 6. uge; delmål 1: fremmøde 3 dage om ugen efter 4 uger; delmål 2: 4 dage om ugen ved midtvejsevalueringen.",
            "Vi følger op ved en samtale hver måned og evaluerer samlet fire uger før bevillingen udløber.",
        ])

    def appeal_value(self):
        if "missing-appeal-guidance" in self.defects:
            return self.rng.choice([None, None] + APPEAL_BAD)
        return self.rng.choice(APPEAL_FULL).format(k=self.kommune)

    def sender(self):
        return self.rng.choice([f"{self.kommune} Kommune, Arbejdsmarked", f"Jobcenter {self.kommune}",
                                f"{self.kommune} Kommune – Sygedagpenge og Rehabilitering" if self.g in ("jobafklaring", "sygedagpenge", "ressource", "fleksjob") else f"{self.kommune} Kommune, Borgerservice og Beskæftigelse"])

    def header_kv(self):
        rows = [("Borger", self.name)]
        if self.cpr:
            rows.append(("CPR-nr.", self.cpr))
        rows.append(("Sagsnr.", self.sagsnr))
        rows.append(("Sagsbehandler", f"{self.casew}, tlf. {self.casew_phone}"))
        return rows


# ----------------------------------------------------------------------------- agreements

def agreement(c: Case, layout: str):
    rng = c.rng
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte efter LAB § 167",
                        "Aftale om mentor – " + GROUP_TXT[c.g][0]])
    if c.g == "psyk":
        title = rng.choice(["Aftale om udskrivningskoordinator (LAB § 167, stk. 2)", "Mentoraftale – udskrivningskoordinator"])
    b = [("p", c.sender()), ("title", title)]
    gv, mv, tv, pv, hv, fv, av = (c.goal_value(), c.mentor_value(), c.tasks_value(), c.period_value(),
                                  c.hours_value(), c.follow_value(), c.appeal_value())
    if layout == "table":
        b.append(("kv", c.header_kv()))
        b.append(("p", "Baggrund: " + GROUP_TXT[c.g][1]))
        rows = []
        if gv is not None:
            rows.append(("Målet med mentorstøtten", gv))
        if mv is not None:
            rows.append(("Mentor (navn og kontakt)", mv))
        if tv is not None:
            rows.append(("Mentorens opgaver", tv if isinstance(tv, str) else "; ".join(x[0].upper() + x[1:] for x in tv)))
        if pv is not None:
            rows.append(("Periode", pv))
        if hv is not None:
            rows.append(("Timetal", hv))
        if fv is not None:
            rows.append(("Opfølgning", fv))
        b.append(("kv", rows))
        if av is not None:
            b += [("h", "Klagevejledning"), ("p", av)]
    elif layout == "numbered":
        b.append(("p", f"Aftalen er indgået mellem {c.name} og {c.kommune} Kommune v/ {c.casew}."))
        if c.cpr:
            b.append(("p", f"Cpr.nr. {c.cpr}"))
        b.append(("p", GROUP_TXT[c.g][1]))
        n = 1
        if gv is not None:
            b.append(("p", f"{n}) Målet med mentorstøtten: {gv}")); n += 1
        if mv is not None:
            b.append(("p", f"{n}) Mentorens navn og kontaktdata: {mv}")); n += 1
        if tv is not None:
            b.append(("p", f"{n}) Hvilke opgaver mentoren skal bistå ved: " + (tv if isinstance(tv, str) else "; ".join(tv) + ".")))
            n += 1
        if pv is not None or fv is not None:
            txt = f"{n}) Varighed og opfølgning: "
            if pv is not None:
                txt += (f"Periode: {pv}. " if "missing-duration" in c.defects else f"Aftalen gælder {pv}. ")
            if fv is not None:
                txt += fv
            b.append(("p", txt.strip())); n += 1
        if hv is not None:
            b.append(("p", f"{n}) Timetal: {hv}")); n += 1
        if av is not None:
            b.append(("p", f"{n}) Klagevejledning: {av}"))
    else:  # prose / letter
        b.append(("p", f"Kære {c.first}"))
        b.append(("p", f"Her er den aftale om mentorstøtte, vi lavede på mødet {fmt_date(c.letter_date, 'den')}. {GROUP_TXT[c.g][1]}"))
        if c.cpr:
            b.append(("p", f"Vedr.: {c.name}, cpr {c.cpr}"))
        if gv is not None:
            b += [("h", "Mål"), ("p", gv)]
        if mv is not None:
            b += [("h", "Din mentor"), ("p", f"Mentor: {mv.lower()}." if mv.startswith("Tildeles") else f"Din mentor er {mv}.")]
        if tv is not None:
            b.append(("h", "Det hjælper mentoren dig med"))
            b.append(("ul", [tv]) if isinstance(tv, str) else ("ul", tv))
        if pv is not None:
            b += [("h", "Hvor længe"), ("p", f"Periode: {pv}." if "missing-duration" in c.defects else f"Mentorstøtten er bevilget i perioden {pv}.")]
        if hv is not None:
            b += [("h", "Timer"), ("p", f"Mentoren har {hv} sammen med dig." if hv[0].isdigit() else f"Timer: {hv}.")]
        if fv is not None:
            b += [("h", "Opfølgning"), ("p", fv)]
        if av is not None:
            b += [("h", "Hvis du vil klage"), ("p", av)]
        b.append(("p", f"Venlig hilsen\n{c.casew}, {c.kommune} Kommune"))
    b.append(("p", "Underskrifter: borger ______  mentor ______  sagsbehandler ______"))
    return b, title


# ----------------------------------------------------------------------------- Min Plan

def minplan(c: Case, layout: str):
    rng = c.rng
    gv, mv, tv, pv, hv = c.goal_value(), c.mentor_value(), c.tasks_value(), c.period_value(), c.hours_value()
    if layout == "minplan":
        title = rng.choice(["Min Plan – mentorstøtte", "Min Plan: Aktivitet – Mentor", "Udskrift af Min Plan"])
        b = [("p", f"Min Plan · {c.name} · udskrevet {fmt_date(c.letter_date, 'dots')}"), ("title", title)]
        if c.cpr:
            b.append(("p", f"CPR: {c.cpr}"))
        b.append(("h", "Aktivitet: Mentorstøtte (LAB § 167" + (", stk. 2)" if c.g == "psyk" else ")")))
        rows = []
        if gv is not None:
            rows.append(("Formål", gv))
        if mv is not None:
            rows.append(("Mentor", mv))
        if tv is not None:
            rows.append(("Opgaver", tv if isinstance(tv, str) else "; ".join(tv)))
        if pv is not None:
            rows.append(("Periode", pv))
        if hv is not None:
            rows.append(("Timer", hv))
        rows.append(("Status", "Igangværende"))
        b.append(("kv", rows))
        b.append(("p", "Du kan se hele din plan på Jobnet/Min Side."))
        return b, title
    # plan that carries the mentor support as one part
    if c.g in ("ressource", "fleksjob"):
        title = rng.choice(["Indsatsplan for ressourceforløb", "Rehabiliteringsplan – indsatsdel"])
    elif c.g in ("jobafklaring", "sygedagpenge"):
        title = rng.choice(["Rehabiliteringsplan – indsatsdel", "Plan for jobafklaringsforløb"])
    elif c.g == "integration":
        title = rng.choice(["Min Plan – selvforsørgelses- og hjemrejseprogram", "Integrationsplan (Min Plan)"])
    else:
        title = rng.choice(["Min Plan – efter udskrivning", "Indsatsplan – udskrivningskoordinator"])
    b = [("p", f"{c.kommune} Kommune · koordinerende sagsbehandler {c.casew}"), ("title", title)]
    b.append(("kv", c.header_kv()))
    b.append(("h", "Beskæftigelsesmål"))
    b.append(("p", rng.choice(["Varigt fleksjob inden for service eller lager.", "Tilbagevenden til ordinært arbejde.",
                               "Ordinær uddannelse eller job.", "Selvforsørgelse gennem ordinære løntimer."])))
    b.append(("h", "Indsatser"))
    other_start = c.start - dt.timedelta(days=rng.randint(20, 60))
    other_end = add_months(other_start, rng.choice([12, 18, 24]))
    other = rng.choice([
        ("Behandling: Samtaleforløb i distriktspsykiatrien", "Region"),
        ("Virksomhedspraktik", rng.choice(FIRMS)),
        ("Danskundervisning, modul 3", "Sprogcenter " + c.kommune),
        ("Fysioterapi / genoptræning", "Sundhedscenter " + c.kommune),
    ])
    b.append(("kv", [("Indsats", other[0]), ("Sted", other[1]), ("Periode", fmt_range(other_start, other_end, rng))]))
    rows = [("Indsats", "Mentorstøtte" + (" – udskrivningskoordinator (LAB § 167, stk. 2)" if c.g == "psyk" else " (LAB § 167)"))]
    if gv is not None:
        rows.append(("Mål med mentorstøtten", gv))
    if mv is not None:
        rows.append(("Mentor", mv))
    if tv is not None:
        rows.append(("Mentorens opgaver", tv if isinstance(tv, str) else "; ".join(tv)))
    if pv is not None:
        rows.append(("Periode", pv))
    if hv is not None:
        rows.append(("Timetal", hv))
    b.append(("kv", rows))
    b.append(("p", "Planen er lavet sammen med dig og justeres, når din situation ændrer sig."))
    return b, title


# ----------------------------------------------------------------------------- decisions

def decision(c: Case, sub: str, layout: str):
    rng = c.rng
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"],
        "partial": ["Afgørelse – delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte (delvis imødekommet)"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse: afslag på ansøgning om mentorstøtte"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte"],
        "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"],
    }
    title = rng.choice(titles[sub])
    if c.g == "psyk" and sub == "grant":
        title = "Afgørelse om udskrivningskoordinator efter LAB § 167, stk. 2"
    b = [("p", c.sender()), ("p", f"{c.kommune}, {fmt_date(c.letter_date, 'words')}"), ("title", title)]
    hdr = [("Til", c.name)]
    if c.cpr:
        hdr.append(("CPR", c.cpr))
    hdr += [("Sagsnummer", c.sagsnr), ("Kontakt", f"{c.casew}, {c.casew_phone}")]
    b.append(("kv", hdr) if layout != "plain" else ("p", " · ".join(f"{k}: {v}" for k, v in hdr)))
    per = fmt_range(c.start, c.end, rng)
    over = "duration-over-6-months" in c.defects
    if sub == "grant":
        if c.g == "psyk":
            b.append(("p", f"Du har ret til en udskrivningskoordinator. Vi har bevilget støtten fra {fmt_date(c.start, 'words')}, som er ca. 3 måneder før din forventede udskrivelse, til {fmt_date(c.end, 'words')}."))
        else:
            b.append(("p", f"Du har søgt om mentorstøtte i forbindelse med dit forløb ({GROUP_TXT[c.g][0]}). Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {per}."))
        b.append(("p", f"Din mentor bliver {c.mentor} fra {c.prov}. Mentorstøtten er på {c.hours}."))
        b += [("h", "Begrundelse"), ("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre din plan. {GROUP_TXT[c.g][1]}")]
        b.append(("p", "Den skriftlige aftale om mentorstøtte laver du sammen med din mentor og sagsbehandler på det første møde."))
    elif sub == "partial":
        asked = rng.choice([9, 12])
        b.append(("p", f"Du søgte om mentorstøtte i {asked} måneder med 6 timer om ugen. Du får bevilget mentorstøtte i perioden {per}, {c.hours}."))
        b += [("h", "Begrundelse"), ("p", "Efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at dit behov kan dækkes med færre timer, fordi du allerede har kontakt til en støtte-kontaktperson fra socialområdet. Inden perioden udløber, vurderer vi, om du skal have en ny periode.")]
    elif sub == "refusal":
        b.append(("p", f"Du har den {fmt_date(c.letter_date - dt.timedelta(days=14), 'words')} søgt om mentorstøtte. Vi giver dig afslag."))
        if "no-reasons" not in c.defects:
            b += [("h", "Begrundelse"), ("p", rng.choice([
                "Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse (LAB § 167). Du er lige nu fuldt sygemeldt, og der er ikke lagt en plan mod job eller uddannelse. Vi har lagt vægt på lægeerklæringen fra din egen læge.",
                "Vi har vurderet, at den støtte, du har brug for, dækkes af din bostøtte efter servicelovens § 85 og af sprogcentrets praktikkonsulent. Der er derfor ikke behov for mentorstøtte efter LAB § 167.",
            ]))]
    elif sub == "extension":
        if over:
            b.append(("p", f"Din mentorstøtte hos {c.prov} forlænges. Den nye periode er {per}."))
        else:
            b.append(("p", f"Du har haft mentorstøtte i en periode på 6 måneder. Efter en konkret vurdering forlænger vi støtten i en ny periode: {per}. Timetallet er {c.hours}, og din mentor er fortsat {c.mentor}."))
        b += [("h", "Begrundelse"), ("p", "Evalueringen viser fremgang i fremmødet, men du har stadig brug for støtte for at fastholde praktikken. Vi har lagt vægt på mentorens og praktikstedets udtalelser.")]
    elif sub == "end":
        stop = c.start
        b.append(("p", f"Din mentorstøtte ophører pr. {fmt_date(stop, rng.choice(['words', 'dots']))}."))
        b += [("h", "Begrundelse"), ("p", rng.choice([
            "Du er startet i ordinær uddannelse og har fået en studievejleder og SPS-støtte. Målet med mentorstøtten er dermed nået.",
            "Du har ikke mødt op til aftalerne med din mentor siden januar, og vi har ikke kunnet få kontakt med dig. Vi har derfor vurderet, at støtten ikke længere kan bidrage til din plan.",
            "Du er overgået til fleksjob, og støtten i job gives nu som personlig assistance/fastholdelse efter andre regler.",
        ]))]
    av = c.appeal_value()
    if av is not None:
        b += [("h", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", av)]
    b.append(("p", f"Med venlig hilsen\n{c.casew}\n{c.kommune} Kommune"))
    return b, title


# ----------------------------------------------------------------------------- look-alikes

def unknown_doc(c: Case, sub: str):
    rng = c.rng
    if sub == "rehab-minutes":
        title = "Referat fra rehabiliteringsteamets møde"
        b = [("p", f"{c.kommune} Kommune – Rehabiliteringsteamet"), ("title", title),
             ("kv", [("Mødedato", fmt_date(c.letter_date, "words")), ("Borger", c.name)] + ([("CPR", c.cpr)] if c.cpr else []) +
              [("Deltagere", f"{c.casew} (koordinerende sagsbehandler), sundhedskoordinator, repræsentant for social- og uddannelsesområdet")]),
             ("h", "Drøftelse"),
             ("p", f"{c.first} fortalte om sin hverdag og om praktikken. Teamet drøftede behovet for en mentor i praktikken og for fortsat behandling."),
             ("h", "Rehabiliteringsteamets indstilling"),
             ("p", "Teamet indstiller til ressourceforløb i 2 år med virksomhedspraktik, samtaleforløb og mentorstøtte. Kommunen træffer afgørelse efter mødet."),
             ("p", "Referent: " + c.casew)]
    elif sub == "health-referral":
        title = "Henvisning til psykolog – helbredsafklaring"
        b = [("p", "Klinisk funktion, " + c.kommune), ("title", title),
             ("kv", [("Patient", c.name)] + ([("CPR-nr.", c.cpr)] if c.cpr else []) + [("Henvisende", "Sundhedskoordinator, Region")]),
             ("p", f"Henvises til samtaleforløb (8 sessioner) pga. angst og søvnproblemer. Borger er i {GROUP_TXT[c.g][0]} og har mentor tilknyttet via kommunen."),
             ("p", "Svar sendes til egen læge og koordinerende sagsbehandler.")]
    elif sub == "status":
        title = "Statusrapport fra mentor"
        b = [("p", c.prov), ("title", title),
             ("kv", [("Borger", c.name), ("Mentor", c.mentor), ("Periode for status", fmt_range(c.start, add_months(c.start, 2), rng))]),
             ("h", "Forløbet indtil nu"),
             ("p", f"{c.first} er mødt til 9 ud af 11 aftaler. Praktikken hos {rng.choice(FIRMS)} går bedre, men der er stadig fravær om mandagen."),
             ("h", "Anbefaling"), ("p", "Mentor anbefaler, at støtten fortsætter med uændret timetal indtil næste evaluering.")]
    elif sub == "notes":
        title = "Notat – samtale med borger"
        b = [("title", title), ("p", f"Journalnotat ved koordinerende sagsbehandler {c.casew}, {fmt_date(c.letter_date, 'dots')}"),
             ("p", f"Samtale med {c.name}" + (f" (cpr {c.cpr})" if c.cpr else "") + f" om {GROUP_TXT[c.g][0]}. Borger ønsker mentor, fordi det er svært at komme af sted om morgenen. Vi talte om praktik og om at søge mentorstøtte. Jeg undersøger, hvilken leverandør der har kapacitet, og vender tilbage."),
             ("p", "Næste kontakt: telefonopkald om ca. 14 dage.")]
    elif sub == "discharge":
        title = "Udskrivningsaftale – psykiatrisk afdeling"
        b = [("p", "Region – Psykiatrien, afsnit P3"), ("title", title),
             ("kv", [("Patient", c.name)] + ([("CPR", c.cpr)] if c.cpr else []) +
              [("Forventet udskrivelse", fmt_date(add_months(c.start, 3), "words")), ("Kommunal kontakt", f"{c.casew}, {c.kommune} Kommune")]),
             ("p", "Aftale mellem afsnittet, patienten og kommunen om udskrivelsen: medicin, ambulant opfølgning i distriktspsykiatrien, bostøtte. Patienten ønsker en udskrivningskoordinator; kommunen er underrettet."),
             ("p", "Udfyldt af kontaktperson på afsnittet.")]
    elif sub == "invitation":
        title = "Indkaldelse til møde i rehabiliteringsteamet"
        b = [("p", f"{c.kommune} Kommune"), ("title", title), ("p", f"Kære {c.first}"),
             ("p", f"Du er indkaldt til møde i rehabiliteringsteamet {fmt_date(add_months(c.letter_date, 1), 'den')} kl. 10.00. Din sag skal drøftes med henblik på ressourceforløb, jobafklaringsforløb eller fleksjob. Du er velkommen til at tage en bisidder med."),
             ("p", "Hvis du ikke kan komme, skal du ringe til din sagsbehandler.")]
    elif sub == "order":
        title = "Bestilling af mentorforløb"
        b = [("p", f"Jobcenter {c.kommune} – Virksomhedsservice"), ("title", title),
             ("kv", [("Leverandør", c.prov), ("Borger", c.name), ("Ønsket opstart", fmt_date(c.start, "words")), ("Antal timer", c.hours)]),
             ("p", "Bestillingen sker efter rammeaftalen. Leverandøren bekræfter opstart og navn på mentor inden 5 arbejdsdage.")]
    elif sub == "invoice":
        title = "Faktura – mentorydelser"
        b = [("p", c.prov), ("title", title),
             ("kv", [("Fakturanr.", str(rng.randint(20000, 29999))), ("Kunde", f"{c.kommune} Kommune"), ("Borger", c.name),
                     ("Ydelse", "Mentortimer, " + MONTHS[c.start.month - 1] + " 2026"), ("Antal", "14 timer á 495 kr."), ("I alt", "6.930,00 kr. ekskl. moms")]),
             ("p", "Betalingsbetingelser: netto 30 dage. EAN fremgår af rammeaftalen.")]
    elif sub == "leaflet":
        title = "Vejledning: Udskrivningskoordinator – hvad er det?"
        b = [("p", f"{c.kommune} Kommune – information til borgere"), ("title", title),
             ("p", "Hvis du er indlagt på en psykiatrisk afdeling, har du ret til en udskrivningskoordinator efter lov om en aktiv beskæftigelsesindsats § 167, stk. 2. Koordinatoren kan starte op til 3 måneder før udskrivelsen, og støtten varer mindst 6 måneder i alt."),
             ("h", "Hvad står der i aftalen?"),
             ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                     "varigheden og opfølgningen", "timetallet", "klagevejledning"]),
             ("p", "Du kan klage over en afgørelse inden 4 uger. Klagen sendes til kommunen.")]
    elif sub == "partshoring":
        title = "Partshøring – påtænkt ophør af mentorstøtte"
        b = [("p", f"{c.kommune} Kommune"), ("title", title), ("p", f"Kære {c.first}"),
             ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du har været fraværende fra aftalerne. Før vi træffer afgørelse, har du mulighed for at komme med dine bemærkninger."),
             ("p", f"Send dine bemærkninger senest {fmt_date(c.letter_date + dt.timedelta(days=14), 'words')}. Vi træffer først afgørelse derefter.")]
    else:  # health status
        title = "Statusattest fra egen læge (LÆ 265)"
        b = [("title", title), ("kv", [("Patient", c.name)] + ([("CPR", c.cpr)] if c.cpr else [])),
             ("p", "Helbredsmæssige oplysninger til brug for rehabiliteringsteamet. Patienten har depression og følger behandling. Funktionsniveau: kan arbejde 10-12 timer om ugen i skånsomt job. Mentorstøtte vurderes hensigtsmæssig ved opstart i praktik.")]
    return b, title


# ----------------------------------------------------------------------------- plan

FORMATS = ["docx", "pdf", "txt", "html", "eml", "odt", "rtf"]

AG_DEFECTS = [[], ["missing-hours"], [], ["unclear-goal"], ["missing-follow-up"], [], ["missing-appeal-guidance"],
              ["duration-over-6-months"], [], ["missing-mentor"], ["missing-tasks", "missing-hours"], [],
              ["missing-goal"], ["missing-duration"], [], ["missing-appeal-guidance", "unclear-goal"],
              ["missing-follow-up", "missing-mentor"], [], ["duration-over-6-months"], ["missing-hours"],
              [], ["missing-tasks"], ["unclear-goal"], [], ["missing-appeal-guidance"], ["missing-duration", "missing-follow-up"],
              [], ["duration-over-6-months"]]
MP_DEFECTS = [[], ["unclear-goal"], [], ["missing-hours"], ["missing-mentor"], [], ["duration-over-6-months"],
              ["missing-tasks"], [], ["missing-goal"], ["missing-duration"], [], ["unclear-goal", "missing-hours"],
              [], ["duration-over-6-months"], ["missing-mentor"], [], ["missing-hours"], ["unclear-goal"], [],
              ["missing-tasks", "missing-mentor"], []]
DEC_SPECS = [("grant", []), ("grant", ["missing-appeal-guidance"]), ("partial", []), ("refusal", []),
             ("extension", []), ("end", []), ("grant", ["duration-over-6-months"]), ("refusal", ["missing-appeal-guidance"]),
             ("grant", []), ("extension", ["duration-over-6-months"]), ("end", ["missing-appeal-guidance"]),
             ("partial", ["missing-appeal-guidance"]), ("grant", []), ("refusal", []), ("extension", []),
             ("grant", ["duration-over-6-months", "missing-appeal-guidance"]), ("end", []), ("partial", []),
             ("refusal", ["no-reasons"]), ("grant", []), ("extension", ["missing-appeal-guidance"]), ("grant", [])]
UNK = ["rehab-minutes", "health-referral", "status", "notes", "discharge", "invitation", "order", "invoice",
       "leaflet", "partshoring", "lae265", "rehab-minutes", "status", "notes", "health-referral", "order"]

FAMILY = {"agreement": "aftaler", "minplan": "planer", "decision": "afgoerelser", "unknown": "oevrige"}


def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    n = 0

    def emit(kind, subtype, layout, blocks, title, c: Case, rules, traits, fmt, period, scan=False):
        nonlocal n
        n += 1
        fname = f"{FAMILY[kind]}/{c.g}/{n:03d}-{slug(subtype)}-{slug(c.name)}.{fmt}"
        meta = {"subject": title, "sender": f"{slug(c.casew)}@{slug(c.kommune)}.dk",
                "to": f"{slug(c.first)}@privat.dk" if kind != "unknown" else f"rehab@{slug(c.kommune)}.dk",
                "date": c.letter_date, "scan": scan}
        if scan:
            traits = traits + ["scan"]
        render(out / fname, fmt, blocks, meta)
        mnc = []
        if c.cpr and c.cpr in blocks_to_text(blocks):
            mnc = [c.cpr, c.cpr.replace("-", "")]
            traits = traits + ["cpr"]
        entries.append({"path": fname, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": traits, "period": period})
        return entries[-1]

    fi = 0
    for i, d in enumerate(AG_DEFECTS):
        g = GROUPS[i % len(GROUPS)]
        c = Case(rng, g, i, set(d))
        layout = ["table", "numbered", "prose"][i % 3]
        fmt = FORMATS[fi % len(FORMATS)]; fi += 1
        b, t = agreement(c, layout)
        per = None if "missing-duration" in d else {"start": c.start.isoformat(), "end": c.end.isoformat()}
        emit("agreement", "agreement", layout, b, t, c, d, [f"group:{g}", f"months:{c.months}"] + [f"defect:{x}" for x in d], fmt, per)
    for i, d in enumerate(MP_DEFECTS):
        g = GROUPS[(i + 2) % len(GROUPS)]
        c = Case(rng, g, i, set(d))
        layout = ["minplan", "plan-with-activities"][i % 2]
        fmt = FORMATS[fi % len(FORMATS)]; fi += 1
        b, t = minplan(c, layout)
        per = None if "missing-duration" in d else {"start": c.start.isoformat(), "end": c.end.isoformat()}
        emit("minplan", "minplan", layout, b, t, c, d, [f"group:{g}", f"months:{c.months}"] + [f"defect:{x}" for x in d], fmt, per)
    for i, (sub, d) in enumerate(DEC_SPECS):
        g = GROUPS[(i + 4) % len(GROUPS)]
        c = Case(rng, g, i, set(d))
        if sub in ("refusal", "end"):
            c.months = 0
        elif g == "psyk" and sub != "grant" and "duration-over-6-months" not in d:
            c.months = min(c.months, 6)
            c.end = period_end(c.start, c.months)
        layout = ["letter", "plain"][i % 2]
        fmt = FORMATS[fi % len(FORMATS)]; fi += 1
        b, t = decision(c, sub, layout)
        rules = [x for x in d if x in ("missing-appeal-guidance", "duration-over-6-months")]
        per = {"start": c.start.isoformat(), "end": c.end.isoformat()} if sub in ("grant", "partial", "extension") else None
        e = emit("decision", sub, layout, b, t, c, rules, [f"group:{g}", f"subtype:{sub}"] + [f"defect:{x}" for x in d], fmt, per)
        if "no-reasons" in d:
            e["extras"] = ["missing-reasons"]
    for i, sub in enumerate(UNK):
        g = "psyk" if sub in ("discharge", "leaflet") else GROUPS[i % len(GROUPS)]
        c = Case(rng, g, i, set())
        fmt = FORMATS[fi % len(FORMATS)]; fi += 1
        b, t = unknown_doc(c, sub)
        emit("unknown", sub, "lookalike-" + sub, b, t, c, [], [f"group:{g}", "lookalike"], fmt, None)

    # extra agreements: rarer defects, then two scans
    for i, (g, d, layout, fmt) in enumerate([
            ("jobafklaring", ["missing-goal"], "table", "docx"),
            ("ressource", ["missing-duration"], "prose", "html"),
            ("integration", ["missing-follow-up", "missing-hours"], "numbered", "odt"),
            ("fleksjob", [], "numbered", "rtf"),
            ("psyk", [], "table", "pdf")]):
        c = Case(rng, g, 100 + i, set(d))
        b, t = agreement(c, layout)
        per = None if "missing-duration" in d else {"start": c.start.isoformat(), "end": c.end.isoformat()}
        emit("agreement", "agreement", layout, b, t, c, d, [f"group:{g}", f"months:{c.months}"] + [f"defect:{x}" for x in d], fmt, per)
    c = Case(rng, "sygedagpenge", 200, {"missing-tasks"})
    b, t = agreement(c, "table")
    emit("agreement", "agreement", "table", b, t, c, ["missing-tasks"], ["group:sygedagpenge", f"months:{c.months}", "defect:missing-tasks"],
         "pdf", {"start": c.start.isoformat(), "end": c.end.isoformat()}, scan=True)
    c = Case(rng, "psyk", 201, set())
    b, t = decision(c, "grant", "letter")
    emit("decision", "grant", "letter", b, t, c, [], ["group:psyk", "subtype:grant"], "pdf",
         {"start": c.start.isoformat(), "end": c.end.isoformat()}, scan=True)

    from importlib import util  # prefer corpusgen's writer when importable
    try:
        import sys
        sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools/corpusgen/src"))
        from corpusgen.corpus.manifest import write_manifest
        write_manifest(out, entries)
    except Exception:
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
        (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gz")
    ap.add_argument("--seed", type=int, default=1717)
    a = ap.parse_args()
    entries = build(Path(a.out), a.seed)
    print(f"{len(entries)} documents written to {a.out}")


if __name__ == "__main__":
    main()
