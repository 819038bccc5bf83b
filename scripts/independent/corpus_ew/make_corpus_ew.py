#!/usr/bin/env python3
"""Corpus ew: how the mentor's tasks are written (or left out) in mentor paperwork.

Deterministic. Usage:
    /work/main/.venv/bin/python make_corpus_ew.py --out /work/corpora/ew [--seed 12012]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import json
import random
import shutil
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

KOMMUNER = ["Holbæk", "Vejle", "Silkeborg", "Næstved", "Frederikshavn", "Esbjerg", "Køge",
            "Viborg", "Svendborg", "Horsens", "Slagelse", "Herning", "Randers", "Hjørring"]
CITIZENS = [("Sara", "Holm"), ("Ahmed", "Yousef"), ("Mikkel", "Bruun"), ("Jasmin", "Nielsen"),
            ("Kasper", "Lund"), ("Fatima", "Rahimi"), ("Oliver", "Krogh"), ("Emma", "Dahl"),
            ("Tobias", "Vestergaard"), ("Amalie", "Kjær"), ("Nikolaj", "Skov"), ("Leyla", "Demir"),
            ("Mads", "Friis"), ("Camilla", "Thomsen"), ("Jonas", "Munk"), ("Ida", "Bech"),
            ("Rasmus", "Lauridsen"), ("Maria", "Kowalska"), ("Simon", "Ravn"), ("Nadia", "Hussein")]
MENTORS = [("Lene", "Østergaard"), ("Jesper", "Mortensen"), ("Hanne", "Winther"),
           ("Bo", "Clausen"), ("Rikke", "Søndergaard"), ("Kim", "Larsen"), ("Tina", "Poulsen"),
           ("Morten", "Iversen"), ("Gitte", "Bang"), ("Henrik", "Juul"), ("Susanne", "Vinther"),
           ("Peter", "Holst")]
CASEWORKERS = [("Anne", "Møller"), ("Thomas", "Kruse"), ("Birgitte", "Schou"), ("Lars", "Dam"),
               ("Mette", "Hviid"), ("Ole", "Frandsen")]
PROVIDERS = ["Jobhuset ApS", "Mentorcentret", "Kompetencehuset", "Brobyggerne ApS",
             "Ungeindsatsen", "Virksomhedsservice", "Mentorkorpset", "Trappen Aps"]
WORKPLACES = [("Netto", "butiksassistent"), ("Bilka", "lagermedarbejder"),
              ("Plantorama", "gartnerimedhjælper"), ("kommunens materielgård", "vejmand"),
              ("Føtex", "varepåfylder"), ("Plejecenter Solgården", "serviceassistent"),
              ("Jem & Fix", "lagermedarbejder"), ("Danish Crown", "produktionsmedarbejder"),
              ("Kantinen på rådhuset", "køkkenmedhjælper"), ("Autoværkstedet Nord", "mekanikerlærling")]
EDUCATIONS = ["SOSU-hjælperuddannelsen", "FGU, erhvervsgrunduddannelsen", "EUX Handel",
              "HF på VUC", "Social- og sundhedsassistentuddannelsen", "pædagogisk assistentuddannelse",
              "AMU-kursus i lager og logistik", "grundforløb 1 på tømreruddannelsen"]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def six_end(start: dt.date, months: int) -> dt.date:
    """Last day of a period of `months` calendar months starting at start."""
    return add_months(start, months) - dt.timedelta(days=1)


def dword(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fmt_range(rng: random.Random, s: dt.date, e: dt.date) -> str:
    k = rng.randrange(7)
    if k == 0:
        return f"{dword(s)} – {dword(e)}"
    if k == 1:
        return f"{s:%d.%m.%Y}-{e:%d.%m.%Y}"
    if k == 2:
        return f"{s.day}/{s.month}-{s.year} til {e.day}/{e.month}-{e.year}"
    if k == 3:
        return f"f.o.m. {dword(s)} t.o.m. {dword(e)}"
    if k == 4:
        return f"fra den {dword(s)} til og med den {dword(e)}"
    if k == 5:
        return f"{s.isoformat()} – {e.isoformat()}"
    return f"{s.day}.{s.month}.{s.year} - {e.day}.{e.month}.{e.year}"


def fake_cpr(rng: random.Random) -> str:
    y = rng.randint(60, 99) if rng.random() < .6 else rng.randint(0, 6)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


# --------------------------------------------------------------------------- renderers
# A document is a list of blocks: ("title", s) ("h", s) ("p", s) ("ul", [s]) ("table", [[s]])

def render_txt(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [val.upper(), "=" * len(val), ""]
        elif kind == "h":
            out += [val, "-" * len(val)]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"  - {x}" for x in val] + [""]
        elif kind == "table":
            widths = [max(len(r[i]) for r in val) for i in range(len(val[0]))]
            for r in val:
                out.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
    return "\n".join(out) + "\n"


def render_md(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [f"# {val}", ""]
        elif kind == "h":
            out += [f"## {val}", ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {x}" for x in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            out += ["| " + " | ".join(r) + " |" for r in val[1:]]
            out.append("")
    return "\n".join(out)


def render_html(blocks, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>{e(title)}</title></head><body>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = [f"<tr>{''.join(f'<th>{e(c)}</th>' for c in val[0])}</tr>"]
            rows += [f"<tr>{''.join(f'<td>{e(c)}</td>' for c in r)}</tr>" for r in val[1:]]
            out.append('<table border="1">' + "".join(rows) + "</table>")
    out.append("</body></html>")
    return "\n".join(out)


def render_docx(blocks, path):
    from docx import Document
    doc = Document()
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=1)
        elif kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for x in val:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    doc.save(path)


def render_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    e = html.escape
    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(e(val), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(e(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(e(val), ss["BodyText"]))
        elif kind == "ul":
            story.append(ListFlowable([ListItem(Paragraph(e(x), ss["BodyText"])) for x in val],
                                      bulletType="bullet"))
        elif kind == "table":
            data = [[Paragraph(e(c), ss["BodyText"]) for c in r] for r in val]
            t = Table(data)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title="dokument").build(story)


def render_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P
    doc = OpenDocumentText()
    for kind, val in blocks:
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, text=val))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, text=val))
        elif kind == "p":
            doc.text.addElement(P(text=val))
        elif kind == "ul":
            lst = List()
            for x in val:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "table":
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=len(val[0])))
            for r in val:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def render(blocks, fmt, path: Path):
    title = next((v for k, v in blocks if k == "title"), "Dokument")
    if fmt == "txt":
        path.write_text(render_txt(blocks), encoding="utf-8")
    elif fmt == "md":
        path.write_text(render_md(blocks), encoding="utf-8")
    elif fmt == "html":
        path.write_text(render_html(blocks, title), encoding="utf-8")
    elif fmt == "docx":
        render_docx(blocks, path)
    elif fmt == "pdf":
        render_pdf(blocks, path)
    elif fmt == "odt":
        render_odt(blocks, path)
    else:
        raise ValueError(fmt)


# --------------------------------------------------------------------------- content pieces

class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.i = i
        self.cit = rng.choice(CITIZENS)
        self.men = rng.choice(MENTORS)
        self.cw = rng.choice(CASEWORKERS)
        self.kommune = rng.choice(KOMMUNER)
        self.provider = rng.choice(PROVIDERS)
        self.wp = rng.choice(WORKPLACES)
        self.edu = rng.choice(EDUCATIONS)
        self.phone = phone(rng)
        self.cw_phone = phone(rng)
        self.mail = f"{self.men[0].lower()}.{self.men[1].lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}@{self.provider.split()[0].lower()}.dk"
        self.start = dt.date(2026, rng.choice([2, 3, 4, 5, 6, 8, 9, 10]), rng.choice([1, 1, 1, 4, 10, 15, 16]))
        self.hours = rng.choice(["2", "3", "4", "1½", "5", "2-3", "6"])
        self.cpr = None
        self.track = rng.choice(["job", "job", "edu"])
        self.place = self.wp[0] if self.track == "job" else self.edu

    @property
    def cfirst(self):
        return self.cit[0]

    @property
    def cname(self):
        return f"{self.cit[0]} {self.cit[1]}"

    @property
    def mfirst(self):
        return self.men[0]

    @property
    def mname(self):
        return f"{self.men[0]} {self.men[1]}"

    @property
    def cwname(self):
        return f"{self.cw[0]} {self.cw[1]}"


def goal_text(c: Ctx, unclear=False):
    r = c.rng
    if unclear:
        return r.choice([
            f"Støtte til at {c.cfirst} får mere struktur på hverdagen og øget trivsel.",
            "At komme videre og få det bedre med sig selv.",
            f"Motivere {c.cfirst} og sikre at hun/han får øget selvværd.",
            "Øget trivsel og bedre mestring af hverdagen.",
            f"Hjælp til at {c.cfirst} kommer tættere på arbejdsmarkedet.",
        ])
    wp, job = c.wp
    if c.track == "edu":
        return r.choice([
            f"{c.cfirst} starter på {c.edu} {dword(add_months(c.start, 3))} og møder mindst fire dage om ugen.",
            f"Hovedformål: {c.cfirst} er i gang med {c.edu} og har et fremmøde på mindst 80 % ved periodens udløb.",
            f"{c.cfirst} gennemfører første semester på {c.edu} uden at afbryde og afleverer alle opgaver til tiden.",
        ])
    return r.choice([
        f"{c.cfirst} er i virksomhedspraktik som {job} i {wp} 15 timer om ugen senest {dword(add_months(c.start, 2))}, med henblik på løntilskud.",
        f"At {c.cfirst} fastholder sit job som {job} i {wp} og har højst to fraværsdage pr. måned.",
        f"{c.cfirst} gennemfører praktikken hos {wp} og møder stabilt 4 dage om ugen, så praktikken kan blive til et fleksjob inden periodens udløb.",
    ])


def mentor_lines(c: Ctx, name_only=False):
    if name_only:
        return f"{c.mname}, {c.provider}"
    return c.rng.choice([
        f"{c.mname}, {c.provider}, tlf. {c.phone}, {c.mail}",
        f"{c.mname} – mobil {c.phone} – mail: {c.mail}",
        f"{c.mname} ({c.provider}). Telefon: {c.phone}. E-mail: {c.mail}",
    ])


def hours_text(c: Ctx, vague=False):
    if vague:
        return c.rng.choice(["Efter behov.", "Et par timer om ugen, alt efter hvordan det går.",
                             "Løbende, som det passer ind."])
    h = c.hours
    return c.rng.choice([f"{h} timer pr. uge", f"{h} t/uge", f"Der er bevilget {h} timer om ugen.",
                         f"Mentoren har {h} timer ugentligt sammen med dig."])


def follow_text(c: Ctx, vague=False, no_mentor_duty=False, no_delmaal=False):
    if vague:
        return c.rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                             "Vi tager det, som det kommer."])
    opts = [
        f"Statusmøde med {c.cfirst}, mentor og sagsbehandler hver måned. Evaluering 14 dage før periodens udløb, hvor vi ser på fremmøde og delmål.",
        "Vi følger op hver 4. uge på et fælles møde. Progressionen måles på delmålene: fremmøde, transport og kontakt til arbejdspladsen.",
        f"Midtvejsevaluering {dword(add_months(c.start, 3))} og slutevaluering fire uger før bevillingen udløber.",
        "Mentor sender en kort statusrapport til sagsbehandler hver måned. Vi holder opfølgningsmøde hver 6. uge.",
    ]
    if no_delmaal:
        opts = opts[2:3] if no_mentor_duty else opts[2:]
    elif no_mentor_duty:
        opts = opts[:3]
    return c.rng.choice(opts)


def appeal_text(c: Ctx, mode="full"):
    if mode == "incomplete":
        return [c.rng.choice(["Du kan klage over afgørelsen.",
                              "Hvis du er uenig, er du velkommen til at kontakte os.",
                              "Du har mulighed for at klage, hvis du ikke er enig."])]
    if mode == "other":
        return ["Klage over afgørelse om befordringsgodtgørelse: Du kan klage til kommunen inden fire uger. "
                "Kommunen genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis den fastholdes."]
    return [c.rng.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {c.kommune} Kommune inden fire uger efter, at du har modtaget den. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedslovens kapitel 10).",
        f"Du kan klage mundtligt eller skriftligt til kommunen inden 4 uger fra modtagelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage til Ankestyrelsens Beskæftigelsesudvalg.",
        f"Klagefristen er 4 uger. Klagen sendes til Jobcenter {c.kommune}, som genvurderer afgørelsen. Giver vi dig ikke medhold, videresender vi klagen til Ankestyrelsen.",
    ])]


# ---- the angle: task styles -------------------------------------------------------------
# Each returns (blocks, traits). 'present' styles state the mentor's tasks; the others do not.

def tasks_blocks(c: Ctx, style: str):
    r = c.rng
    wp, job = c.place, c.wp[1]
    m, cf = c.mfirst, c.cfirst
    if style == "prose":
        return [("h", r.choice(["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "Indhold i støtten"])),
                ("p", f"Mentor vil følge dig til {wp} de første to uger og være med til opstartssamtalen med din leder. "
                      f"Derefter mødes I en gang om ugen og taler om, hvordan det går med fremmøde og transport. "
                      f"Mentor hjælper dig også med at få styr på din kalender og dine aftaler med jobcentret.")]
    if style == "weekly":
        return [("h", r.choice(["Ugeskema", "Sådan ser ugen ud", "Ugeplan for mentorforløbet"])),
                ("table", [["Dag", "Tid", "Hvad laver mentor sammen med dig"],
                           ["Mandag", "kl. 8.00-9.00", f"Mentor henter dig og følger dig til {wp}"],
                           ["Onsdag", "kl. 13.00-14.00", "Samtale om ugen: fremmøde, søvn og transport"],
                           ["Fredag", "kl. 10.00-11.00", "Gennemgang af næste uges aftaler og post i e-Boks"]])]
    if style == "acttable":
        return [("h", "Aktiviteter i mentorforløbet"),
                ("table", [["Aktivitet", "Tid pr. uge", "Ansvarlig"],
                           [f"Følgeskab til og fra {wp} (de første 3 uger)", "1 time", "Mentor"],
                           ["Samtale om trivsel og fremmøde på arbejdspladsen", "1 time", "Mentor"],
                           ["Kontakt til leder og kolleger på arbejdspladsen", "½ time", "Mentor"],
                           ["Hjælp med breve fra kommune og bank", "½ time", "Mentor"]])]
    if style == "name_bullets":
        return [("h", r.choice(["Mentorens opgaver", "Aftalt indhold"])),
                ("p", f"{m} vil:"),
                ("ul", [f"tage med {cf} til de første møder på {wp}",
                        f"ringe til {cf} søndag aften og tale ugen igennem",
                        "hjælpe med at finde den bedste busforbindelse",
                        "tale med lederen, hvis der opstår problemer"])]
    if style == "viharaftalt":
        return [("h", r.choice(["Det har vi aftalt", "Aftaler", "Opgaver"])),
                ("p", "Vi har aftalt, at mentor:"),
                ("ul", [f"følger dig til {c.place} den første uge",
                        "hjælper dig med at lave en fast morgenrutine, så du kommer op til tiden",
                        "er med til samtalen med studievejlederen",
                        "hver uge gennemgår skemaet med dig"])]
    if style == "split":
        return [("h", "Hvem gør hvad"),
                ("table", [["Mentor", f"{cf}", "Sagsbehandler"],
                           [f"Følger {cf} til praktikstedet de første 2 uger", "Møder op kl. 8 mandag-torsdag", "Holder statusmøder"],
                           ["Ugentlig samtale om fremmøde og transport", "Giver besked til mentor ved sygdom", "Bevilger og forlænger støtten"],
                           ["Kontakt til praktikvært ved problemer", "Fører dagbog over søvn", "Kontakt til a-kasse/ydelse"]])]
    if style == "merged":
        return [("h", r.choice(["Formål og indhold", "Mentorstøtten", "Om forløbet"])),
                ("p", f"Formålet er, at {cf} kommer i virksomhedspraktik som {job} i {c.wp[0]} 15 timer om ugen senest "
                      f"{dword(add_months(c.start, 2))}. For at nå dertil mødes {m} med {cf} {c.hours} timer om ugen, "
                      f"følger {cf} til de første vagter, øver køreplanen med {cf} og tager kontakten til lederen, når noget går skævt.")]
    if style == "english_mixed":
        return [("h", "Mentorens opgaver (på engelsk efter aftale med borgeren)"),
                ("ul", [f"The mentor will accompany {cf} to {wp} for the first two weeks.",
                        "Weekly conversation about attendance, sleep and transport.",
                        "Help with letters from the municipality and reading e-Boks.",
                        "Contact the manager at the workplace if problems come up."])]
    if style == "jeg_skal":
        return [("p", f"Det er mig, {c.mname}, der er din mentor. Vi aftalte, at jeg skal:"),
                ("ul", [f"følges med dig til {c.place} de første dage",
                        "hjælpe dig med at holde styr på skemaet og afleveringer",
                        "tale med din kontaktlærer sammen med dig, hvis du ønsker det"])]
    if style == "weekly_notimes":
        return [("h", "Ugens faste aftaler med mentor"),
                ("table", [["Ugedag", "Mentor"],
                           ["Mandag", f"{m} følger {cf} til {wp}"],
                           ["Onsdag", f"{m} og {cf} gennemgår ugens skema og breve"],
                           ["Fredag", f"{m} ringer til {cf} og samler op på ugen"]])]
    # ---------- not present ----------
    if style == "caseworker_only":
        return [("h", "Det gør jobcentret"),
                ("p", "Jobcentret vil:"),
                ("ul", ["indkalde til statusmøde hver måned",
                        "betale for transport til praktikstedet",
                        f"tage kontakt til {wp} om praktikaftalen"])]
    if style == "citizen_only":
        return [("h", r.choice(["Dine opgaver", "Det skal du gøre", "Mine opgaver"])),
                ("ul", [f"Møde op på {wp} kl. 8.00 mandag til torsdag",
                        "Give besked, hvis du er syg, inden kl. 7.30",
                        "Tjekke e-Boks hver dag",
                        "Komme til statusmøderne"])]
    if style == "split_empty":
        return [("h", "Hvem gør hvad"),
                ("table", [["Mentor", f"{cf}", "Sagsbehandler"],
                           ["–", "Møder op kl. 8 mandag-torsdag", "Holder statusmøder"],
                           ["", "Giver besked ved sygdom", "Bevilger støtten"]])]
    if style == "placeholder":
        return [("p", r.choice(["Mentorens opgaver: Udfyldes senere",
                                "Mentorens opgaver: -",
                                "Indsatsområder: [indsæt]"]))]
    if style == "kind_only":
        return [("p", "Indsats: Mentorstøtte efter LAB § 167")]
    if style == "omitted":
        return []
    raise ValueError(style)


PRESENT_STYLES = ["prose", "weekly", "acttable", "name_bullets", "viharaftalt", "split", "merged",
                  "english_mixed", "jeg_skal"]
ABSENT_STYLES = ["citizen_only", "split_empty", "placeholder", "kind_only", "omitted", "caseworker_only"]
STYLE_STATES_HOURS = {"weekly", "acttable", "merged"}


# --------------------------------------------------------------------------- agreements

AGR_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Samarbejdsaftale om mentorstøtte",
              "Aftale om mentorforløb", "Skriftlig aftale – mentorstøtte efter LAB § 167",
              "Mentorstøtte – aftale mellem borger, mentor og kommune"]


def make_agreement(c: Ctx, style: str, defects: set, layout: str):
    r = c.rng
    traits = [f"tasks:{style}", f"layout:{layout}"]
    months = r.choice([3, 4, 5, 6, 6])
    start = c.start
    if style in ("weekly", "acttable"):
        c.hours = "3"
    if "duration-over-6-months" in defects:
        kind = r.choice(["one-day", "months"])
        end = six_end(start, 6) + dt.timedelta(days=1) if kind == "one-day" else six_end(start, r.choice([8, 9, 12]))
        traits.append(f"over:{kind}")
    else:
        end = six_end(start, months)
    period_str = fmt_range(r, start, end)
    b = [("title", r.choice(AGR_TITLES))]
    head = f"{c.kommune} Kommune · Job og Borgerservice · {dword(start - dt.timedelta(days=r.randint(3, 12)))}"
    b.append(("p", head))
    who = f"Borger: {c.cname}"
    if c.cpr:
        who += f", CPR-nr. {c.cpr}"
    b.append(("p", who))
    b.append(("p", f"Sagsbehandler: {c.cwname}, tlf. {c.cw_phone}"))
    merged = style == "merged"

    def goal():
        if merged:
            return []
        if "missing-goal" in defects:
            return []
        ut = goal_text(c, unclear="unclear-goal" in defects)
        if layout == "table":
            return [("table", [["Mål med mentorstøtten", ut]])]
        return [("h", r.choice(["Mål", "Målet med mentorstøtten", "Formål"])), ("p", ut)]

    def mentor():
        ml = mentor_lines(c, name_only="missing-mentor" in defects)
        if layout == "table":
            return [("table", [["Mentor", ml]])]
        return [("h", "Mentor"), ("p", ml)]

    def period():
        if "missing-duration" in defects:
            return [("p", "Varighed: Indtil videre. Mentorstøtte kan gives i højst 6 måneder ad gangen.")]
        txt = period_str
        if layout == "table":
            return [("table", [["Periode", txt]])]
        return [("h", r.choice(["Periode", "Varighed", "Bevilget periode"])), ("p", txt)]

    def hours():
        if merged:
            return []
        if "missing-hours" in defects:
            if r.random() < .5:
                return [("p", "Timetal: " + hours_text(c, vague=True))]
            return []
        if layout == "table":
            return [("table", [["Timetal", hours_text(c)]])]
        return [("h", "Timetal"), ("p", hours_text(c))]

    def follow():
        if "missing-follow-up" in defects:
            if r.random() < .6:
                return [("h", "Opfølgning"), ("p", follow_text(c, vague=True))]
            return []
        return [("h", r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"])),
                ("p", follow_text(c, no_mentor_duty=style in ABSENT_STYLES,
                                  no_delmaal="missing-goal" in defects))]

    def appeal():
        if "missing-appeal-guidance" in defects:
            mode = r.choice(["none", "incomplete", "incomplete", "other"])
            traits.append(f"appeal:{mode}")
            if mode == "none":
                return []
            return [("h", "Klagevejledning")] + [("p", x) for x in appeal_text(c, mode)]
        return [("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))] + \
            [("p", x) for x in appeal_text(c)]

    b += goal() + mentor()
    b += tasks_blocks(c, style)
    b += period() + hours() + follow()
    if c.track == "edu" and r.random() < .5 and not defects & {"duration-over-6-months", "missing-duration"}:
        b.append(("p", f"Baggrund: {c.cfirst} er optaget på {c.edu}, som løber fra {dword(dt.date(2026, 8, 10))} til {dword(dt.date(2028, 6, 30))}."))
        traits.append("other-activity-period")
    b.append(("p", "Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats § 167 i højst 6 måneder med mulighed for forlængelse efter en konkret vurdering."))
    b += appeal()
    b.append(("p", f"Underskrifter: {c.cname} (borger) · {c.mname} (mentor) · {c.cwname} (sagsbehandler)"))
    merged_b = []
    for blk in b:
        if (blk[0] == "table" and merged_b and merged_b[-1][0] == "table"
                and len(blk[1][0]) == 2 and len(merged_b[-1][1][0]) == 2):
            merged_b[-1] = ("table", merged_b[-1][1] + blk[1])
        else:
            merged_b.append(blk)
    return merged_b, traits, (start, end)


def make_agreement_english(c: Ctx, defects: set):
    r = c.rng
    start = c.start
    end = six_end(start, 6) if "duration-over-6-months" not in defects else six_end(start, 10)
    ds = lambda d: f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    wp, job = c.wp
    b = [("title", "Mentoring agreement (mentorstøtte, LAB § 167)"),
         ("p", f"{c.kommune} Municipality, Employment Services. Citizen: {c.cname}. Caseworker: {c.cwname}, phone {c.cw_phone}."),
         ("h", "Goal"),
         ("p", f"{c.cfirst} works as a {job} trainee at {wp} 15 hours a week by {ds(add_months(start, 2))}, aiming at a wage-subsidy job."),
         ("h", "Mentor"), ("p", f"{c.mname}, {c.provider}, phone {c.phone}, {c.mail}"),
         ("h", "The mentor's tasks"),
         ("ul", [f"Go with {c.cfirst} to {wp} on the first three working days",
                 "Weekly meeting about attendance, sleep and transport",
                 "Help with letters from the municipality"]),
         ("h", "Period"), ("p", f"{ds(start)} – {ds(end)}"),
         ("h", "Hours"), ("p", f"{c.hours} hours per week")]
    if "missing-follow-up" in defects:
        b += [("h", "Follow-up"), ("p", "As needed.")]
    else:
        b += [("h", "Follow-up"), ("p", "Status meeting with mentor and caseworker every month; evaluation two weeks before the end of the period.")]
    b += [("h", "Right to complain"),
          ("p", "If you disagree, you can complain to the municipality within four weeks. The municipality reconsiders the decision within four weeks; if it is upheld, the complaint is sent to Ankestyrelsen.")]
    return b, ["lang:en", "tasks:english_full"], (start, end)


# --------------------------------------------------------------------------- Min Plan

def make_minplan(c: Ctx, style: str, defects: set):
    r = c.rng
    start = c.start
    end = six_end(start, 6) + dt.timedelta(days=1) if "duration-over-6-months" in defects else six_end(start, r.choice([3, 6]))
    traits = [f"tasks:{style}"]
    b = [("title", r.choice(["Min Plan", "Min Plan – udskrift", "Min Plan: Mentorstøtte"])),
         ("p", f"Udskrevet {dword(start)} · {c.kommune} Kommune"),
         ("p", f"Navn: {c.cname}" + (f" · CPR: {c.cpr}" if c.cpr else ""))]
    if r.random() < .5:
        b += [("h", "Uddannelse"),
              ("table", [["Aktivitet", f"{c.edu} (FGU), aktiv"],
                         ["Start", "10.08.2026"], ["Slut", "30.06.2028"],
                         ["Kontaktperson", f"Vejleder, tlf. {phone(r)}"]])]
        traits.append("other-activity-card")
    rows = [["Indsats", "Mentorstøtte (LAB § 167)"]]
    if "missing-goal" not in defects:
        rows.append(["Formål", goal_text(c, unclear="unclear-goal" in defects)])
    rows.append(["Mentor", mentor_lines(c, name_only="missing-mentor" in defects)])
    if "missing-duration" not in defects:
        rows.append(["Periode", fmt_range(r, start, end)])
    if "missing-hours" not in defects:
        rows.append(["Timetal", hours_text(c)])
    b += [("h", "Mentorstøtte"), ("table", rows)]
    tb = tasks_blocks(c, style)
    b += tb
    return b, traits, (start, end) if "missing-duration" not in defects else None


# --------------------------------------------------------------------------- decisions

def make_decision(c: Ctx, sub: str, defects: set):
    r = c.rng
    start = c.start
    months = 6
    end = six_end(start, months)
    if "duration-over-6-months" in defects:
        end = six_end(start, r.choice([9, 12]))
    wp, job = c.place, c.wp[1]
    if sub == "partial":
        c.hours = r.choice(["2", "3", "4"])
    titles = {"grant": "Afgørelse om mentorstøtte – bevilling",
              "partial": "Afgørelse: Delvis bevilling af mentorstøtte",
              "refusal": "Afgørelse om afslag på mentorstøtte",
              "extension": "Afgørelse om forlængelse af mentorstøtte",
              "end": "Afgørelse om ophør af mentorstøtte"}
    b = [("title", titles[sub]),
         ("p", f"{c.kommune} Kommune, Beskæftigelse · Dato: {dword(start - dt.timedelta(days=7))}"),
         ("p", f"Til {c.cname}" + (f" (CPR-nr. {c.cpr})" if c.cpr else ""))]
    period = None
    if sub in ("grant", "partial", "extension"):
        lead = {"grant": "Du får bevilget mentorstøtte",
                "partial": "Du søgte om mentorstøtte i 12 måneder og 6 timer om ugen. Du får bevilget mentorstøtte",
                "extension": "Din mentorstøtte forlænges"}[sub]
        b.append(("p", f"{lead} i perioden {fmt_range(r, start, end)} med {c.hours} timer om ugen."))
        b.append(("p", f"Din mentor bliver {c.mname}, {c.provider}, tlf. {c.phone}. {c.mfirst} vil følge dig til {wp} og tale med dig hver uge om, hvordan det går."))
        period = (start, end)
        if sub != "grant":
            b.append(("h", "Begrundelse"))
            b.append(("p", "Vi har lagt vægt på, at du har brug for støtte til at komme i gang i praktikken, og at 6 timer om ugen ikke står mål med behovet. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1."))
    elif sub == "refusal":
        b.append(("p", "Du har søgt om mentorstøtte. Vi kan desværre ikke bevilge den."))
        b += [("h", "Begrundelse"),
              ("p", "Efter lov om en aktiv beskæftigelsesindsats § 167 kan der gives mentorstøtte, når det er nødvendigt for at du kan fastholde et job eller en uddannelse. Vi har lagt vægt på, at din skole allerede giver dig støtte gennem SPS, og at du møder stabilt.")]
    else:  # end
        b.append(("p", f"Din mentorstøtte ophører den {dword(start)}."))
        b += [("h", "Begrundelse"),
              ("p", "Du er startet i ordinært job, og vi vurderer, at du ikke længere har behov for mentorstøtte, jf. LAB § 167.")]
    if "missing-appeal-guidance" in defects:
        mode = r.choice(["none", "incomplete"])
        if mode == "incomplete":
            b += [("h", "Klagevejledning"), ("p", appeal_text(c, "incomplete")[0])]
    else:
        b += [("h", "Klagevejledning")] + [("p", x) for x in appeal_text(c)]
    b.append(("p", f"Med venlig hilsen {c.cwname}, sagsbehandler, tlf. {c.cw_phone}"))
    return b, [f"decision:{sub}"], period


# --------------------------------------------------------------------------- unknown kinds

def make_unknown(c: Ctx, sub: str):
    r = c.rng
    wp, job = c.wp
    if sub == "guidance":
        return [("title", "Sådan laver du en god mentoraftale"),
                ("p", f"Vejledning til mentorer i {c.kommune} Kommune."),
                ("p", "En aftale om mentorstøtte skal indeholde: målet med mentorstøtten, mentorens navn og kontaktdata, hvilke opgaver mentoren skal bistå ved, varigheden af aftalen og opfølgning, timetallet og klagevejledning."),
                ("ul", ["Skriv mentorens opgaver konkret, fx 'Mentor følger borgeren til praktikstedet de første to uger'.",
                        "Brug gerne et ugeskema, hvis støtten er fast.",
                        "Skriv ikke borgerens egne opgaver som mentorens opgaver."])]
    if sub == "invoice":
        return [("title", f"Faktura nr. {r.randint(2000, 9999)}"),
                ("p", f"{c.provider} · CVR {r.randint(10000000, 99999999)} · Til: {c.kommune} Kommune, Jobcentret"),
                ("table", [["Ydelse", "Timer", "Beløb"],
                           ["Mentortimer, oktober (borger-ID 4411)", "12", "6.600,00"],
                           ["Kørsel", "", "312,00"], ["I alt", "", "6.912,00"]]),
                ("p", "Betalingsbetingelser: netto 30 dage.")]
    if sub == "timelog":
        return [("title", "Timeregistrering – mentor"),
                ("p", f"Mentor: {c.mname} · Uge {r.randint(2, 50)}"),
                ("table", [["Dato", "Tid", "Aktivitet"],
                           ["Mandag", "8.00-9.00", f"Fulgte borger til {wp}"],
                           ["Onsdag", "13.00-14.00", "Samtale om fremmøde"],
                           ["Fredag", "10.00-10.30", "Telefonsamtale"]]),
                ("p", "Timerne indberettes til kommunen den sidste hverdag i måneden.")]
    if sub == "status":
        return [("title", "Statusrapport fra mentor"),
                ("p", f"Vedr.: {c.cname} · Rapport til {c.cwname}, {c.kommune} Kommune"),
                ("h", "Hvad er der sket siden sidst"),
                ("p", f"{c.cfirst} er mødt på {wp} 11 ud af 12 dage. Jeg har fulgt {c.cfirst} de første dage og har nu kun samtaler om onsdagen."),
                ("h", "Vurdering"),
                ("p", "Jeg anbefaler, at forløbet fortsætter uændret til næste statusmøde.")]
    if sub == "minutes":
        return [("title", "Referat af statusmøde"),
                ("p", f"Deltagere: {c.cname}, {c.mname} (mentor), {c.cwname} (sagsbehandler)"),
                ("ul", [f"{c.cfirst} fortæller, at praktikken går godt.",
                        "Transporten er stadig svær om morgenen.",
                        "Næste møde om en måned."])]
    if sub == "private":
        return [("title", "Mentoraftale – Lektiecafé og fritidsmentor"),
                ("p", f"Mellem {c.cfirst} og frivillig mentor {c.mfirst} i Boldklubben {c.kommune} IF."),
                ("p", f"Vi har aftalt, at {c.mfirst} hjælper med lektier hver tirsdag kl. 16-17 i klubhuset, og at vi tager til en kamp sammen en gang om måneden."),
                ("p", "Aftalen er frivillig og kan stoppes af begge parter. Klubben er ikke en del af kommunens tilbud.")]
    if sub == "email":
        return [("title", "Mødeaftale"),
                ("p", f"Fra: {c.mname} <{c.mail}>"), ("p", f"Til: {c.cname}"),
                ("p", f"Hej {c.cfirst}. Vi ses på torsdag kl. 10 ved indgangen til {wp}. Husk sikkerhedssko. Hilsen {c.mfirst}")]
    if sub == "course":
        return [("title", f"Kursusprogram: Mentoruddannelse for virksomhedsmentorer, {c.provider}"),
                ("table", [["Dag", "Tema"], ["1", "Mentorrollen og opgaver"],
                           ["2", "Samtaleteknik og fastholdelse"], ["3", "Samarbejde med kommunen"]]),
                ("p", "Kurset henvender sig til medarbejdere, der skal være mentor for borgere i praktik.")]
    if sub == "jobad":
        return [("title", "Stillingsopslag: Mentor til ungeindsatsen"),
                ("p", f"{c.kommune} Kommune søger en mentor 37 timer om ugen."),
                ("ul", ["Du skal følge unge til uddannelse og praktik", "Du skal holde ugentlige samtaler",
                        "Du skal samarbejde med sagsbehandlere"]),
                ("p", "Ansøgningsfrist: 4 uger fra opslaget.")]
    raise ValueError(sub)


# --------------------------------------------------------------------------- plan

FORMATS = ["docx", "pdf", "txt", "html", "odt", "docx", "pdf", "md"]


def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    n = 0

    def emit(kind, subtype, blocks, traits, rules, c, period, fmt, layout, folder):
        nonlocal n
        n += 1
        name = f"{folder}/{n:03d}_{kind}_{c.cit[0].lower()}.{fmt}"
        p = out / name
        p.parent.mkdir(parents=True, exist_ok=True)
        render(blocks, fmt, p)
        mnc = []
        if c.cpr:
            mnc = [c.cpr, c.cpr.replace("-", "")]
            traits = traits + ["cpr"]
        e = {"path": name, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": traits}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)

    def ctx(i):
        c = Ctx(rng, i)
        if rng.random() < .25:
            c.cpr = fake_cpr(rng)
        return c

    # ---- agreements: 56 -------------------------------------------------------
    defect_cycle = [set(), {"missing-hours"}, set(), {"missing-follow-up"}, {"unclear-goal"},
                    set(), {"missing-appeal-guidance"}, {"duration-over-6-months"}, set(),
                    {"missing-mentor"}, {"missing-duration"}, set(),
                    {"missing-follow-up", "missing-appeal-guidance"}, set(), {"missing-goal"},
                    {"unclear-goal", "missing-hours"}]
    plan = []
    for i in range(40):
        plan.append((PRESENT_STYLES[i % len(PRESENT_STYLES)], defect_cycle[i % len(defect_cycle)]))
    for i in range(12):
        extra = [set(), set(), {"missing-hours"}, set()][i % 4]
        plan.append((ABSENT_STYLES[i % len(ABSENT_STYLES)], extra))
    plan += [("weekly_notimes", {"missing-hours"}), ("weekly_notimes", set()),
             ("caseworker_only", set()), ("caseworker_only", {"missing-follow-up"})]
    for i, (style, defects) in enumerate(plan):
        c = ctx(i)
        d = set(defects)
        if style in STYLE_STATES_HOURS:
            d.discard("missing-hours")
        if style == "merged":
            d.discard("missing-goal")
            d.discard("unclear-goal")
        if style == "jeg_skal" and "missing-mentor" in d:
            d.discard("missing-mentor")
        layout = rng.choice(["headings", "headings", "table"])
        blocks, traits, period = make_agreement(c, style, d, layout)
        rules = set(d)
        if style in ABSENT_STYLES:
            rules.add("missing-tasks")
        if style == "caseworker_only":
            # Label correction after the run: "Jobcentret vil: indkalde til statusmøde hver måned"
            # states a follow-up with a rhythm, so the vague "efter behov" line does not make it missing.
            rules.discard("missing-follow-up")
        if "missing-duration" in d:
            period = None
        fmt = FORMATS[i % len(FORMATS)]
        emit("agreement", "agreement", blocks, traits, rules, c, period, fmt,
             f"agreement-{layout}", "aftaler")
    for i, d in enumerate([set(), set(), {"missing-follow-up"}, set()]):
        c = ctx(100 + i)
        blocks, traits, period = make_agreement_english(c, d)
        emit("agreement", "agreement", blocks, traits, d, c, period,
             ["docx", "pdf", "html", "txt"][i], "agreement-english", "aftaler")

    # ---- Min Plan: 14 -----------------------------------------------------------
    mp = [("prose", set()), ("name_bullets", set()), ("citizen_only", set()), ("weekly", set()),
          ("viharaftalt", {"missing-hours"}), ("omitted", set()), ("split", set()),
          ("english_mixed", set()), ("acttable", {"duration-over-6-months"}),
          ("prose", {"unclear-goal"}), ("citizen_only", set()), ("viharaftalt", {"missing-mentor"}),
          ("name_bullets", {"missing-duration"}), ("placeholder", set())]
    for i, (style, d) in enumerate(mp):
        c = ctx(200 + i)
        d = set(d)
        blocks, traits, period = make_minplan(c, style, d)
        rules = set(d)
        if style in ABSENT_STYLES:
            rules.add("missing-tasks")
        emit("minplan", "minplan", blocks, traits, rules, c, period,
             ["pdf", "html", "txt", "docx", "odt"][i % 5], "minplan-card", "minplan")

    # ---- decisions: 14 --------------------------------------------------------
    dec = [("grant", set()), ("partial", set()), ("refusal", set()), ("extension", set()),
           ("end", set()), ("grant", {"missing-appeal-guidance"}), ("grant", {"duration-over-6-months"}),
           ("partial", set()), ("extension", {"missing-appeal-guidance"}), ("refusal", {"missing-appeal-guidance"}),
           ("grant", set()), ("extension", {"duration-over-6-months"}), ("end", set()), ("grant", set())]
    for i, (sub, d) in enumerate(dec):
        c = ctx(300 + i)
        blocks, traits, period = make_decision(c, sub, d)
        emit("decision", sub, blocks, traits, d, c, period,
             ["pdf", "docx", "txt", "odt", "html"][i % 5], "decision-letter", "afgoerelser")

    # ---- unknown: 16 -------------------------------------------------------------
    subs = ["guidance", "invoice", "timelog", "status", "minutes", "private", "email", "course",
            "jobad", "timelog", "guidance", "status", "private", "minutes", "invoice", "email"]
    for i, sub in enumerate(subs):
        c = ctx(400 + i)
        if sub not in ("status", "minutes"):
            c.cpr = None
        blocks = make_unknown(c, sub)
        emit("unknown", sub, blocks, [f"other:{sub}"], set(), c, None,
             ["docx", "pdf", "txt", "html", "odt", "md"][i % 6], f"other-{sub}", "andet")

    from_path = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    from_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ew")
    ap.add_argument("--seed", type=int, default=12012)
    a = ap.parse_args()
    entries = build(Path(a.out), a.seed)
    print(f"wrote {len(entries)} documents to {a.out}")


if __name__ == "__main__":
    main()
