#!/usr/bin/env python3
"""Corpus GW: mentor-support paperwork that changes over time.

Revised agreements (version 2, revideret, tillæg), new mentor mid-period, changed hours, paused
support, extensions with a new concrete assessment, 2nd/3rd periods, Min Plan entries after an
update, decision letters about the change, and look-alikes (change logs, status notes, internal
approvals). Labels follow what the current document states for the current period.

Usage: /work/main/.venv/bin/python make_corpus_gw.py --out /work/corpora/gw [--seed 1717]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mads", "Sofie", "Ahmed", "Line", "Jonas", "Emma", "Kasper", "Fatima", "Nikolaj", "Ida",
         "Rasmus", "Sara", "Omar", "Camilla", "Tobias", "Nanna", "Yusuf", "Maja", "Frederik", "Louise",
         "Ali", "Cecilie", "Mikkel", "Amalie", "Patrick", "Helle", "Brian", "Zeynep", "Dennis", "Tina"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Karimi", "Yilmaz", "Østergaard", "Bach", "Lund"]
MENTORS = [("Lars Østergaard", "Jobhuset Midt"), ("Anne Holm", "Mentorkorpset"), ("Birgitte Vang", "Kommunens mentorteam"),
           ("Kim Dalsgaard", "Ungeindsatsen"), ("Pia Kjær", "Fokus Mentor ApS"), ("Henrik Bro", "Job & Trivsel"),
           ("Susanne Friis", "Virksomhedsservice"), ("Jesper Vind", "Mentorhuset"), ("Hanne Aagaard", "Bydelsmentor"),
           ("Michael Skov", "Aktiv Mentor ApS"), ("Lone Damgaard", "Ungdommens Uddannelsesvejledning"),
           ("Tariq Haddad", "Brobyggerne"), ("Marianne Lykke", "Jobcentrets mentorenhed"), ("Per Ravn", "KompetenceCentret")]
CASEW = ["Rikke Storm", "Jens Mølgaard", "Mette Buus", "Karina Lauritsen", "Søren Bech", "Dorte Hvid",
         "Ulla Krogh", "Thomas Winther", "Anja Brandt", "Morten Iversen"]
KOMMUNER = ["Viborg", "Holstebro", "Silkeborg", "Randers", "Odense", "Køge", "Næstved", "Vejle", "Horsens",
            "Svendborg", "Hjørring", "Frederikshavn", "Herning", "Aabenraa", "Slagelse", "Esbjerg", "Skive"]
WORKPLACES = ["Netto i Bredgade", "Bilka lager", "Dagli'Brugsen", "Stark byggemarked", "Plejecenter Solgården",
              "Kantinen på rådhuset", "Arla Foods", "Jysk distributionscenter", "Genbrugspladsen", "Danish Crown",
              "Børnehaven Mælkebøtten", "Autoværkstedet Bilcentret"]
SCHOOLS = ["SOSU Nord", "FGU Midtjylland", "Tradium", "Mercantec", "EUC Syd", "VUC", "Syddansk Erhvervsskole",
           "Zealand Business College", "AMU Vest"]


def dk_long(d, rng=None, style=None):
    style = style if style is not None else (rng.choice(["long", "num", "short", "slash", "iso", "abbr", "zero"]) if rng else "long")
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "num":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{str(d.year)[2:]}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MABBR[d.month-1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def period_end(start, months):
    """Last day of a period of `months` calendar months starting at `start`."""
    return add_months(start, months) - timedelta(days=1)


def make_cpr(rng):
    d = date(rng.randint(1970, 2006), rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{str(d.year)[2:]}-{rng.randint(1000, 9999)}"


# ----------------------------------------------------------------------------------------------
# Field texts
# ----------------------------------------------------------------------------------------------

def goal_text(rng, p, end_s):
    fn = p["fn"]
    wp = rng.choice(WORKPLACES)
    sc = rng.choice(SCHOOLS)
    return rng.choice([
        f"{fn} gennemfører grundforløb 1 på {sc} og har højst to fraværsdage om måneden frem til {end_s}.",
        f"{fn} er i virksomhedspraktik hos {wp} 15 timer om ugen senest {end_s}, med henblik på løntilskud.",
        f"{fn} fastholdes i sit fleksjob som pedelmedhjælper hos {wp} med 12 timer om ugen.",
        f"{fn} øger sin arbejdstid som lagermedarbejder hos {wp} fra 15 til 25 timer om ugen inden {end_s}.",
        f"{fn} møder på {sc} mindst fire dage om ugen og består første skoleperiode.",
        f"{fn} starter i ordinært job i detailhandlen (fx {wp}) på mindst 20 timer om ugen senest {end_s}.",
        f"Uddannelsesmål: {fn} bliver optaget på hovedforløbet som ernæringsassistent på {sc} til januar 2027; delmål: fremmøde 90 % i praktikken.",
        f"{fn} er i løntilskud hos {wp} og møder til tiden alle arbejdsdage, så ansættelsen kan fortsætte efter {end_s}.",
    ])


def unclear_goal_text(rng, p):
    fn = p["fn"]
    return rng.choice([
        "Støtte til at få struktur på hverdagen og øget trivsel.",
        f"At {fn} kommer videre og får det bedre med sig selv.",
        f"Motivere {fn} og sikre at {fn} kommer tættere på arbejdsmarkedet.",
        "Øget selvværd og mere overskud i hverdagen.",
        "Hjælp til at komme i gang igen og få mere ro på.",
    ])


def tasks_text(rng, p):
    fn = p["fn"]
    pool = [f"følge {fn} til praktikstedet de første to uger",
            "ugentlig samtale om fremmøde, transport og søvn",
            "hjælpe med at planlægge ugen i kalenderen på telefonen",
            "tage kontakt til arbejdsgiveren ved fravær",
            "støtte ved kontakt til læge og psykiatri, så behandlingen passer med skoleskemaet",
            "gennemgå post i e-Boks sammen og svare på breve fra skolen",
            "deltage i trepartssamtaler med arbejdsplads/skole og kommunen",
            "øve busruten og mødetiderne"]
    return rng.sample(pool, rng.randint(2, 4))


def follow_text(rng, p, end):
    return rng.choice([
        f"Statusmøde med mentor, {p['fn']} og sagsbehandler hver måned; evaluering 14 dage før periodens udløb ({dk_long(end - timedelta(days=14), style='long')}).",
        "Vi følger op hver 4. uge ved et kort møde. Delmål for progression: fremmøde og antal timer registreres af mentor.",
        f"Opfølgning: midtvejsevaluering i uge {((end - timedelta(days=90)).isocalendar()[1])} og slutevaluering fire uger før bevillingsudløb.",
        "Mentor sender skriftlig status hver måned. Progression måles på fremmøde (mål: 90 %) og timetal pr. uge.",
    ])


VAGUE_FOLLOW = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Følges op, når der er behov for det."]


def hours_text(rng):
    return rng.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "5 timer pr. uge",
                       "1,5 time om ugen", "6 timer pr. uge (heraf 2 timer på arbejdspladsen)"])


VAGUE_HOURS = ["efter behov", "et par timer om ugen", "aftales løbende med mentor"]


def appeal_full(rng, k, ks):
    return rng.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har modtaget dette brev. "
        "Kommunen genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen, Beskæftigelsesudvalget. "
        "Du kan klage mundtligt eller skriftligt. Reglerne står i § 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.",
        f"Du kan klage over afgørelsen. Klagen skal sendes til {ks} senest 4 uger efter, at du har fået afgørelsen. "
        "Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen (LAB § 204).",
        f"Sådan klager du: Kontakt din sagsbehandler i {k} Kommune inden 4 uger. Kommunen ser på sagen igen. "
        "Er vi stadig uenige med dig, sender kommunen klagen til Ankestyrelsen, som træffer afgørelse.",
    ])


INCOMPLETE_APPEAL = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds, kan du kontakte os.",
                     "Der er klageadgang efter de almindelige regler."]


def wrong_route(rng):
    return rng.choice([
        "Du kan klage til Ankestyrelsen inden 4 uger fra modtagelsen af dette brev.",
        "Klage sendes direkte til Ankestyrelsen, 7998 Statsservice, senest fire uger efter modtagelsen.",
    ])


def person(rng):
    return {"fn": rng.choice(FIRST), "ln": rng.choice(LAST)}


def mentor_contact(rng, name, org):
    tel = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    mail = name.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + \
        "".join(ch for ch in org.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") if ch.isalnum())[:14] + ".dk"
    return tel, mail


# ----------------------------------------------------------------------------------------------
# Block model -> renderers
# ----------------------------------------------------------------------------------------------
# blocks: ("title", t) ("h", t) ("p", t) ("kv", [(label, value)]) ("table", [[cells]]) ("ul", [items])

def blocks_to_text(blocks, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(("# " if md else "") + b[1])
            if not md:
                out.append("=" * min(len(b[1]), 70))
        elif k == "h":
            out.append(("## " if md else "") + b[1] + ("" if md else ""))
        elif k == "p":
            out.append(b[1])
        elif k == "kv":
            out.append("\n".join(f"{l}: {v}" for l, v in b[1]))
        elif k == "table":
            out.append("\n".join(" | ".join(r) for r in b[1]))
        elif k == "ul":
            out.append("\n".join(f"- {i}" for i in b[1]))
        out.append("")
    return "\n".join(out)


def blocks_to_html(blocks, title):
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head><body>"]
    for b in blocks:
        k = b[0]
        if k == "title":
            parts.append(f"<h1>{escape(b[1])}</h1>")
        elif k == "h":
            parts.append(f"<h2>{escape(b[1])}</h2>")
        elif k == "p":
            parts.append(f"<p>{escape(b[1])}</p>")
        elif k == "kv":
            parts.append("<table border=\"1\">" + "".join(f"<tr><th>{escape(l)}</th><td>{escape(v)}</td></tr>" for l, v in b[1]) + "</table>")
        elif k == "table":
            parts.append("<table border=\"1\">" + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif k == "ul":
            parts.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in b[1]) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_docx(blocks, path):
    import docx
    d = docx.Document()
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for l, v in b[1]:
                row = t.add_row().cells
                row[0].text, row[1].text = l, v
            d.add_paragraph("")
        elif k == "table":
            t = d.add_table(rows=0, cols=max(len(r) for r in b[1]))
            t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph("")
        elif k == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
    d.save(path)


def write_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    E = lambda s: escape(s)
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(E(b[1]), ss["Title"]))
        elif k == "h":
            story.append(Paragraph(E(b[1]), ss["Heading2"]))
        elif k == "p":
            story.append(Paragraph(E(b[1]), ss["BodyText"]))
        elif k in ("kv", "table"):
            rows = [[Paragraph(E(l), ss["BodyText"]), Paragraph(E(v), ss["BodyText"])] for l, v in b[1]] if k == "kv" else \
                [[Paragraph(E(c), ss["BodyText"]) for c in r] for r in b[1]]
            ncol = len(rows[0])
            widths = [140, 330] if ncol == 2 else [470 / ncol] * ncol
            t = Table(rows, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "ul":
            for i in b[1]:
                story.append(Paragraph("• " + E(i), ss["BodyText"]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1] if blocks else "", lang="da")
    doc.build(story)


def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    ti = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif k == "p":
            doc.text.addElement(P(text=b[1]))
        elif k in ("kv", "table"):
            rows = [list(x) for x in b[1]]
            ti += 1
            t = Table(name=f"Tabel{ti}")
            t.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in rows)))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif k == "ul":
            lst = List()
            for i in b[1]:
                li = ListItem()
                li.addElement(P(text=i))
                lst.addElement(li)
            doc.text.addElement(lst)
    doc.save(str(path))


def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(blocks, path):
    lines = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22"]
    for b in blocks:
        k = b[0]
        if k == "title":
            lines.append(r"{\b\fs32 " + rtf_escape(b[1]) + r"}\par\par")
        elif k == "h":
            lines.append(r"{\b\fs26 " + rtf_escape(b[1]) + r"}\par")
        elif k == "p":
            lines.append(rtf_escape(b[1]) + r"\par\par")
        elif k in ("kv", "table"):
            rows = [list(x) for x in b[1]]
            for r in rows:
                n = len(r)
                w = 9000 // n
                row = r"\trowd\trgaph108" + "".join(rf"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx{w*(i+1)}" for i in range(n))
                row += "".join(r"\intbl " + rtf_escape(c) + r"\cell" for c in r) + r"\row"
                lines.append(row)
            lines.append(r"\pard\par")
        elif k == "ul":
            for i in b[1]:
                lines.append(r"\bullet  " + rtf_escape(i) + r"\par")
            lines.append(r"\par")
    lines.append("}")
    Path(path).write_text("\n".join(lines), encoding="ascii")


def write_eml(blocks, path, subject, sender, to, when, html=False):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = format_datetime(datetime(when.year, when.month, when.day, 10, 12, tzinfo=timezone.utc))
    body_blocks = [b for b in blocks if b[0] != "title"]
    text = blocks_to_text(body_blocks)
    if html:
        msg.set_content(text)
        msg.add_alternative(blocks_to_html(body_blocks, subject), subtype="html")
    else:
        msg.set_content(text)
    Path(path).write_bytes(bytes(msg))


def render(fmt, blocks, path, meta):
    if fmt == "docx":
        write_docx(blocks, path)
    elif fmt == "pdf":
        write_pdf(blocks, path)
    elif fmt == "odt":
        write_odt(blocks, path)
    elif fmt == "rtf":
        write_rtf(blocks, path)
    elif fmt == "html":
        Path(path).write_text(blocks_to_html(blocks, blocks[0][1]), encoding="utf-8")
    elif fmt == "txt":
        Path(path).write_text(blocks_to_text(blocks, md=meta.get("md", False)), encoding="utf-8")
    elif fmt == "eml":
        write_eml(blocks, path, meta["subject"], meta["from"], meta["to"], meta["when"], html=meta.get("html", False))
    else:
        raise ValueError(fmt)


# ----------------------------------------------------------------------------------------------
# Context
# ----------------------------------------------------------------------------------------------

def context(rng):
    k = rng.choice(KOMMUNER)
    p = person(rng)
    m_name, m_org = rng.choice(MENTORS)
    o_name, o_org = rng.choice([x for x in MENTORS if x[0] != m_name])
    tel, mail = mentor_contact(rng, m_name, m_org)
    otel, omail = mentor_contact(rng, o_name, o_org)
    start = date(2026, rng.randint(3, 11), 1)
    if rng.random() < 0.25:
        start = start + timedelta(days=rng.choice([9, 14]))
    months = rng.choice([3, 4, 6, 6, 6])
    end = period_end(start, months)
    prev_len = rng.choice([3, 6, 6])
    prev_start = add_months(start, -prev_len)
    prev_end = start - timedelta(days=1)
    return {"k": k, "ks": f"{k} Kommune", "p": p, "cw": rng.choice(CASEW),
            "m": m_name, "morg": m_org, "mtel": tel, "mmail": mail,
            "om": o_name, "oorg": o_org, "otel": otel, "omail": omail,
            "start": start, "end": end, "months": months, "prev_start": prev_start, "prev_end": prev_end,
            "hours": hours_text(rng), "old_hours": rng.choice(["3 timer pr. uge", "5 timer pr. uge", "2 timer om ugen", "6 timer ugentligt"]),
            "sag": f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-{rng.choice(['25', '26'])}",
            "cpr": make_cpr(rng) if rng.random() < 0.27 else None,
            "docdate": start - timedelta(days=rng.randint(3, 20))}


LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Mål og delmål", "Hovedmål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentor (ny)"],
    "tasks": ["Mentorens opgaver", "Indsatsområder", "Støtten består i", "Opgaver"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Aftalen gælder", "Ny periode"],
    "follow": ["Opfølgning", "Opfølgning og progression", "Evaluering og opfølgning"],
    "hours": ["Timetal", "Antal timer", "Timeantal", "Omfang"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"],
}


def current_fields(rng, c, defects, *, appeal=True, follow=True, mentor_new=False):
    """Ordered list of (field, label, value|None). None = field left out."""
    ds = lambda: dk_long(c["start"], rng)
    style = rng.choice(["long", "num", "zero", "slash", "abbr"])
    s_s, e_s = dk_long(c["start"], style=style), dk_long(c["end"], style=style)
    trait = []
    # goal
    if "missing-goal" in defects:
        goal = rng.choice([None, "Udfyldes ved opstartsmødet", "-"])
    elif "unclear-goal" in defects:
        goal = unclear_goal_text(rng, c["p"])
    else:
        goal = goal_text(rng, c["p"], "udgangen af perioden" if "missing-duration" in defects else dk_long(c["end"], style="long"))
    # mentor
    if "missing-mentor" in defects:
        mentor = rng.choice([f"{c['m']}, {c['morg']} (kontaktoplysninger følger)", f"{c['m']}", "Ny mentor findes hurtigst muligt"])
        trait.append("mentor:no-contact")
    else:
        mentor = rng.choice([f"{c['m']}, {c['morg']}, tlf. {c['mtel']}, {c['mmail']}",
                             f"{c['m']} ({c['morg']}) – telefon {c['mtel']} – mail {c['mmail']}",
                             f"{c['m']}, tlf. {c['mtel']}"])
    # tasks
    tasks = None if "missing-tasks" in defects else tasks_text(rng, c["p"])
    if "missing-tasks" in defects and rng.random() < 0.5:
        tasks = "-"
    # duration
    if "duration-over-6-months" in defects:
        over = rng.choice([7, 8, 9, 12])
        c["end"] = period_end(c["start"], over)
        e_s = dk_long(c["end"], style=style)
        dur = rng.choice([f"{s_s} – {e_s}", f"fra {s_s} til {e_s}", f"f.o.m. {s_s} t.o.m. {e_s}"])
        trait.append(f"period:{over}m")
    elif "missing-duration" in defects:
        dur = rng.choice([None, f"fra {s_s} og indtil videre", "Udfyldes senere", "indtil målet er nået"])
    else:
        dur = rng.choice([f"{s_s} – {e_s}", f"fra {s_s} til {e_s}", f"{s_s}-{e_s}",
                          f"fra {dk_long(c['start'], style='long')} og {c['months']} måneder frem (til og med {dk_long(c['end'], style='long')})"])
        if c["months"] == 6 and c["start"].day == 1:
            trait.append("period:exact-six")
    # follow
    if "missing-follow-up" in defects:
        fol = rng.choice([None, rng.choice(VAGUE_FOLLOW)])
    else:
        fol = follow_text(rng, c["p"], c["end"]) if "missing-duration" not in defects else rng.choice([
            "Vi følger op hver 4. uge ved et kort møde. Delmål for progression: fremmøde og antal timer registreres af mentor.",
            "Mentor sender skriftlig status hver måned. Progression måles på fremmøde (mål: 90 %) og timetal pr. uge."])
    # hours
    if "missing-hours" in defects:
        hrs = rng.choice([None, rng.choice(VAGUE_HOURS)])
    else:
        hrs = c["hours"]
    # appeal
    if "missing-appeal-guidance" in defects:
        app = rng.choice([None, rng.choice(INCOMPLETE_APPEAL)])
    else:
        app = appeal_full(rng, c["k"], c["ks"])
    fields = [("goal", rng.choice(LABELS["goal"]), goal), ("mentor", "Mentor (ny)" if mentor_new else rng.choice(LABELS["mentor"][:3]), mentor),
              ("tasks", rng.choice(LABELS["tasks"]), tasks), ("duration", rng.choice(LABELS["duration"]), dur),
              ("follow", rng.choice(LABELS["follow"]), fol), ("hours", rng.choice(LABELS["hours"]), hrs)]
    if appeal:
        fields.append(("appeal", rng.choice(LABELS["appeal"]), app))
    return fields, trait


def fmt_val(v):
    return "; ".join(v) if isinstance(v, list) else v


def layout_fields(rng, fields, layout):
    blocks = []
    present = [(f, l, v) for f, l, v in fields if v is not None]
    if layout == "kv":
        blocks.append(("kv", [(l, fmt_val(v)) for f, l, v in present if f != "appeal"]))
    elif layout == "numbered":
        for i, (f, l, v) in enumerate([x for x in present if x[0] != "appeal"], 1):
            blocks.append(("p", f"{i}) {l}: {fmt_val(v)}"))
    elif layout == "sections":
        for f, l, v in present:
            if f == "appeal":
                continue
            blocks.append(("h", l))
            if isinstance(v, list):
                blocks.append(("ul", [x[0].upper() + x[1:] for x in v]))
            else:
                blocks.append(("p", v))
    elif layout == "letter":
        for f, l, v in present:
            if f == "appeal":
                continue
            if f == "goal":
                blocks.append(("p", f"Målet med mentorstøtten er: {v}" if v not in ("-", "Udfyldes ved opstartsmødet") else f"Mål: {v}"))
            elif f == "mentor":
                blocks.append(("p", f"Din mentor er {v}." if "findes" not in v else f"Mentor: {v}."))
            elif f == "tasks":
                blocks.append(("p", ("Mentorens opgaver er at " + ", ".join(v[:-1]) + " og " + v[-1] + ".") if isinstance(v, list) else f"Mentorens opgaver: {v}"))
            elif f == "duration":
                blocks.append(("p", f"Mentorstøtten gælder {v}." if v[0].isdigit() or v.startswith(("fra", "f.o.m")) else f"Periode: {v}."))
            elif f == "follow":
                blocks.append(("p", f"Opfølgning: {v}"))
            elif f == "hours":
                blocks.append(("p", f"Du har {v} med din mentor." if v[0].isdigit() else f"Timetal: {v}."))
    app = [x for x in present if x[0] == "appeal"]
    if app:
        blocks.append(("h", app[0][1]))
        blocks.append(("p", app[0][2]))
    return blocks


AG_FLAVORS = ["v2", "tillaeg-mentor", "hours", "pause", "period2", "period3", "compare", "extension-agreement", "revideret-mail"]


def header_kv(rng, c, extra=()):
    rows = [("Borger", f"{c['p']['fn']} {c['p']['ln']}")]
    if c["cpr"]:
        rows.append((rng.choice(["CPR-nr.", "CPR", "Personnummer"]), c["cpr"]))
    rows.append(("Sagsnr.", c["sag"]))
    rows.append(("Sagsbehandler", f"{c['cw']}, {c['ks']}"))
    rows.extend(extra)
    return ("kv", rows)


def build_agreement(rng, c, flavor, defects, layout):
    p = c["p"]
    full = f"{p['fn']} {p['ln']}"
    d0 = dk_long(c["prev_start"], rng)
    blocks, traits = [], [f"flavor:{flavor}", f"layout:{layout}"]
    mentor_new = False
    old_box = []
    if flavor == "v2":
        title = rng.choice(["Mentoraftale – revideret (version 2)", "Aftale om mentorstøtte, version 2", "Revideret mentoraftale"])
        intro = (f"Denne aftale erstatter version 1 af {d0}. Ændringerne gælder fra {dk_long(c['start'], style='long')}. "
                 "Aftalen er revideret efter statusmødet, hvor vi sammen vurderede, at målet skulle justeres.")
        old_box = [("h", "Hvad er ændret i forhold til version 1"),
                   ("ul", [f"Timetal ændret fra {c['old_hours']} til det nye timetal i aftalen",
                           "Målet er gjort mere konkret", f"Tidligere periode: {dk_long(c['prev_start'], style='num')} – {dk_long(c['prev_end'], style='num')}"])]
    elif flavor == "tillaeg-mentor":
        title = rng.choice([f"Tillæg til mentoraftale af {d0} – skift af mentor", "Tillæg til aftalen om mentorstøtte (ny mentor)"])
        intro = (f"{c['om']} fra {c['oorg']} er stoppet som mentor. Fra {dk_long(c['start'], style='long')} overtager en ny mentor. "
                 "Aftalen gælder i øvrigt som hidtil – for overblikkets skyld gentager vi den gældende aftale her.")
        old_box = [("p", f"Tidligere mentor: {c['om']}, {c['oorg']}, tlf. {c['otel']} (fratrådt).")]
        mentor_new = True
    elif flavor == "hours":
        title = rng.choice(["Revideret aftale om mentorstøtte – ændret timetal", "Mentoraftale – justering af timer (revideret)"])
        intro = (f"Vi har aftalt at ændre antallet af mentortimer. Indtil nu har støtten været {c['old_hours']}. "
                 "Den reviderede aftale nedenfor gælder for den resterende periode.")
    elif flavor == "pause":
        title = rng.choice(["Mentoraftale (revideret) – pause i støtten", "Revideret mentoraftale – midlertidig pause"])
        ps = c["start"] + timedelta(days=35)
        intro = (f"Mentorstøtten holder pause fra {dk_long(ps, style='long')} i tre uger, mens {p['fn']} er i behandling. "
                 f"Perioden forlænges ikke af pausen; den slutter som aftalt.")
    elif flavor in ("period2", "period3"):
        n = "2" if flavor == "period2" else "3"
        title = rng.choice([f"Aftale om mentorstøtte – ny periode (periode {n})", f"Mentoraftale – {n}. periode",
                            f"Mentoraftale, forlængelse – periode {n}"])
        intro = (f"Den forrige periode sluttede {dk_long(c['prev_end'], style='long')}. Efter en konkret vurdering har vi bevilget en ny periode. "
                 f"Vi har lagt vægt på, at {p['fn']} er kommet godt i gang, men endnu ikke møder stabilt uden støtte.")
        old_box = [("h", "Tidligere periode"),
                   ("p", f"{dk_long(c['prev_start'], style='zero')} – {dk_long(c['prev_end'], style='zero')}, {c['old_hours']}, mentor {c['om']}.")]
        if flavor == "period3":
            pp = add_months(c["prev_start"], -6)
            old_box.append(("p", f"Periode 1: {dk_long(pp, style='zero')} – {dk_long(c['prev_start'] - timedelta(days=1), style='zero')}."))
            if rng.random() < 0.5:
                old_box.append(("p", f"Samlet har {p['fn']} haft mentorstøtte siden {dk_long(pp, style='long')}."))
                traits.append("total-span-mentioned")
    elif flavor == "compare":
        title = rng.choice(["Opdateret mentoraftale – gammel og ny aftale", "Mentoraftale – revideret udgave"])
        intro = "Nedenfor ser du den tidligere aftale og den aftale, der gælder nu. Det er den nye kolonne, der gælder."
    elif flavor == "extension-agreement":
        title = rng.choice(["Aftale om forlænget mentorstøtte", "Forlængelse af mentoraftale"])
        intro = (f"Ved evalueringen {dk_long(c['prev_end'] - timedelta(days=14), style='long')} blev vi enige om, at der er behov for mentor i en ny periode. "
                 "Den konkrete vurdering: Målet er ikke nået endnu, men progressionen er tydelig.")
        old_box = [("p", f"Forrige periode: {dk_long(c['prev_start'], style='slash')} – {dk_long(c['prev_end'], style='slash')}.")]
    else:  # revideret-mail
        title = "Revideret mentoraftale"
        intro = (f"Hej {p['fn']}. Her får du det, vi blev enige om på mødet, skrevet ned som revideret aftale. "
                 "Den afløser den aftale, du fik tidligere.")
    fields, tr = current_fields(rng, c, defects, mentor_new=mentor_new)
    traits += tr
    blocks.append(("title", title))
    blocks.append(header_kv(rng, c, [("Dato", dk_long(c["docdate"], rng))]))
    blocks.append(("p", intro))
    if flavor == "compare":
        oldvals = {"goal": "Afklaring af arbejdsevne", "mentor": f"{c['om']}, tlf. {c['otel']}",
                   "tasks": "Følges til praktik", "duration": f"{dk_long(c['prev_start'], style='num')} – {dk_long(c['prev_end'], style='num')}",
                   "follow": "Statusmøde hver 3. måned", "hours": c["old_hours"]}
        rows = [["Punkt", "Tidligere aftale", "Gældende fra " + dk_long(c["start"], style="num")]]
        for f, l, v in fields:
            if f == "appeal" or v is None:
                continue
            rows.append([l, oldvals[f], fmt_val(v)])
        blocks.append(("table", rows))
        app = [x for x in fields if x[0] == "appeal" and x[2]]
        if app:
            blocks += [("h", app[0][1]), ("p", app[0][2])]
    else:
        blocks.append(("h", rng.choice(["Gældende aftale", "Aftalen fra nu af", "Aftalens indhold"])))
        blocks += layout_fields(rng, fields, layout)
    blocks += old_box
    if "missing-mentor" in defects:
        blocks.append(("p", f"Underskrifter: {full} (borger) / {c['cw']} (sagsbehandler)"))
    else:
        blocks.append(("p", f"Underskrifter: {full} / {c['m']} (mentor) / {c['cw']} (sagsbehandler)"))
    return blocks, traits, title


DEC_FLAVORS = ["ext-grant", "ext-partial", "hours-down", "hours-up", "pause", "end", "refusal", "genvurdering-aendret", "new-period-grant"]


def build_decision(rng, c, flavor, defects, extras_wanted):
    """defects ⊆ {missing-appeal-guidance, duration-over-6-months}; extras_wanted ⊆ {no-reasons, wrong-route}."""
    p = c["p"]
    full = f"{p['fn']} {p['ln']}"
    style = rng.choice(["long", "num", "zero", "abbr"])
    traits = [f"flavor:{flavor}"]
    extras = []
    if "duration-over-6-months" in defects:
        over = rng.choice([7, 8, 9, 12])
        c["end"] = period_end(c["start"], over)
        traits.append(f"period:{over}m")
    s_s, e_s = dk_long(c["start"], style=style), dk_long(c["end"], style=style)
    reasons = None
    body = []
    has_period = True
    if flavor in ("hours-down", "ext-partial"):
        c["old_hours"] = rng.choice(["6 timer ugentligt", "5 timer pr. uge"])
        c["hours"] = rng.choice(["2 timer pr. uge", "3 timer pr. uge", "8 timer om måneden"])
    if flavor == "ext-grant":
        title = rng.choice(["Afgørelse om forlængelse af mentorstøtte", "Bevilling af ny periode med mentorstøtte"])
        body.append(f"Du har søgt om at forlænge din mentorstøtte. Vi har bevilget mentorstøtte i en ny periode fra {s_s} til {e_s}, {c['hours']}.")
        body.append(f"Din mentor er fortsat {c['m']}, {c['morg']}. Din tidligere periode var {dk_long(c['prev_start'], style='num')} – {dk_long(c['prev_end'], style='num')}.")
        reasons = (f"Vi har foretaget en ny konkret vurdering, jf. § 167, stk. 1, 2. pkt., i lov om en aktiv beskæftigelsesindsats. "
                   f"Vi har lagt vægt på, at du nu møder fast i din praktik, men at mentor fortsat er nødvendig for at fastholde dig.")
    elif flavor == "new-period-grant":
        title = rng.choice(["Afgørelse – mentorstøtte, periode 3", "Bevilling: mentorstøtte i en tredje periode"])
        body.append(f"Vi bevilger dig mentorstøtte i perioden {s_s} – {e_s}. Det er tredje periode med mentorstøtte.")
        body.append(f"Timetal: {c['hours']}. Mentor: {c['m']}.")
        reasons = ("Begrundelse: Efter § 167, stk. 1, kan der efter en konkret vurdering gives mentorstøtte i en ny periode på op til 6 måneder. "
                   "Vi har vurderet, at støtten fortsat er nødvendig, for at du kan gennemføre dit uddannelsesforløb.")
    elif flavor == "ext-partial":
        title = rng.choice(["Afgørelse – delvis bevilling af forlængelse", "Din ansøgning om forlængelse af mentorstøtte"])
        body.append(f"Du har søgt om forlængelse af mentorstøtten i 12 måneder med {c['old_hours']}. "
                    f"Vi har delvist imødekommet din ansøgning: Du får mentorstøtte fra {s_s} til {e_s}, {c['hours']}.")
        reasons = ("Vi har lagt vægt på mentorens statusnotat, som viser, at du selv klarer transporten nu. "
                   "Derfor er behovet mindre end før, jf. § 167 i lov om en aktiv beskæftigelsesindsats.")
        traits.append("partial")
    elif flavor == "hours-down":
        title = rng.choice(["Ændring af din mentorstøtte – timetal", "Afgørelse om nedsættelse af mentortimer"])
        body.append(f"Vi har besluttet at nedsætte din mentorstøtte fra {c['old_hours']} til {c['hours']} fra {s_s}. "
                    f"Perioden slutter som hidtil {e_s}.")
        reasons = "Begrundelse: Vi har lagt vægt på, at du nu er i løntilskud og har en fast kontaktperson på arbejdspladsen. Afgørelsen er truffet efter LAB § 167."
        traits.append("partial")
    elif flavor == "hours-up":
        title = rng.choice(["Afgørelse: flere timer med mentor", "Ændring af mentorstøtte – flere timer"])
        body.append(f"Du har bedt om flere timer med din mentor. Vi har bevilget {c['hours']} fra {s_s} og resten af perioden, der slutter {e_s}.")
        reasons = "Du har fået det, du søgte om."
    elif flavor == "pause":
        title = rng.choice(["Afgørelse om pause i mentorstøtten", "Midlertidig pause i din mentorstøtte"])
        ps = c["start"] + timedelta(days=30)
        body.append(f"Din mentorstøtte holder pause fra {dk_long(ps, style='long')} til {dk_long(ps + timedelta(days=27), style='long')}, mens du er indlagt. "
                    f"Din periode er {s_s} – {e_s} og ændres ikke.")
        reasons = "Vi har lagt vægt på, at du ikke kan deltage i aktiviteter under indlæggelsen, jf. BAB § 123 om direkte kontakt i mentortimerne."
        traits.append("partial")
    elif flavor == "end":
        title = rng.choice(["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte ophører"])
        body.append(f"Din mentorstøtte ophører {dk_long(c['start'] + timedelta(days=44), style='long')}, før den bevilgede periode {s_s} – {e_s} er slut.")
        reasons = "Begrundelse: Du er startet i ordinært job på 30 timer om ugen, og vi vurderer, at du ikke længere har brug for mentor. Vi har lagt vægt på din egen vurdering og arbejdsgiverens udtalelse."
        traits.append("end")
    elif flavor == "refusal":
        title = rng.choice(["Afslag på forlængelse af mentorstøtte", "Afgørelse: afslag på ny periode med mentor"])
        body.append(f"Du har søgt om en ny periode med mentorstøtte efter {dk_long(c['prev_end'], style='long')}. Vi har givet dig afslag.")
        reasons = ("Vi har lagt vægt på, at målet med den forrige periode er nået: Du har gennemført grundforløbet. "
                   "Efter § 167, stk. 1, kræver en ny periode en konkret vurdering af behovet, og vi vurderer, at behovet ikke længere er til stede.")
        has_period = False
        traits.append("refusal")
    else:  # genvurdering-aendret
        title = rng.choice(["Genvurdering – vi ændrer vores afgørelse", "Ny afgørelse efter din klage"])
        body.append(f"Du har klaget over vores afgørelse om at stoppe din mentorstøtte. Vi har genvurderet sagen og ændrer afgørelsen: "
                    f"Du får mentorstøtte fra {s_s} til {e_s}, {c['hours']}.")
        reasons = "Vi har lagt vægt på de nye oplysninger fra din læge, som du sendte med klagen."
    if "no-reasons" in extras_wanted and flavor in ("ext-partial", "hours-down", "pause", "end", "refusal"):
        reasons = None
        extras.append("missing-reasons")
    if "missing-appeal-guidance" in defects:
        app = rng.choice([None, rng.choice(INCOMPLETE_APPEAL)])
    elif "wrong-route" in extras_wanted:
        app = wrong_route(rng)
        extras.append("appeal-wrong-route")
    else:
        app = appeal_full(rng, c["k"], c["ks"])
    blocks = [("p", f"{c['ks']} · Beskæftigelse · {rng.choice(['Torvet 1', 'Rådhuspladsen 2', 'Jobvej 4'])}"),
              ("title", title),
              ("kv", [("Til", full)] + ([("CPR-nr.", c["cpr"])] if c["cpr"] else []) + [("Sagsnr.", c["sag"]), ("Dato", dk_long(c["docdate"], rng))]),
              ("p", f"Kære {p['fn']}")]
    for b in body:
        blocks.append(("p", b))
    if reasons:
        if rng.random() < 0.6:
            blocks.append(("h", "Begrundelse"))
        blocks.append(("p", reasons))
    if app:
        blocks.append(("h", rng.choice(["Klagevejledning", "Hvis du vil klage"])))
        blocks.append(("p", app))
    blocks.append(("p", f"Med venlig hilsen\n{c['cw']}\n{c['ks']}, tlf. 8{rng.randint(1000000, 9999999)}"))
    return blocks, traits, title, extras, has_period


MP_FLAVORS = ["card-changed", "history", "multi-activity", "table-print", "update-note"]


def build_minplan(rng, c, flavor, defects):
    p = c["p"]
    fields, tr = current_fields(rng, c, defects, appeal=False)
    traits = [f"flavor:{flavor}"] + tr
    f = {x[0]: x for x in fields}
    chg = c["start"] - timedelta(days=rng.randint(1, 10))
    chg_s = dk_long(chg, style=rng.choice(["zero", "long", "num"]))
    who = rng.choice([c["cw"], f"{c['cw']} (sagsbehandler)", "systembruger JC-MENTOR"])
    title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Mentor (LAB § 167)", "Min Plan – Indsats: Mentorstøtte",
                        "Udskrift af Min Plan"])
    blocks = [("title", title), ("kv", [("Navn", f"{p['fn']} {p['ln']}")] + ([("CPR", c["cpr"])] if c["cpr"] else []))]
    blocks.append(("p", f"Ændret den {chg_s} af {who}"))
    rows = []
    lab = {"goal": "Formål med mentorstøtten", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode", "hours": "Timer pr. uge" if False else "Timetal"}
    for key in ["goal", "mentor", "tasks", "duration", "hours"]:
        v = f[key][2]
        if v is None:
            continue
        rows.append((lab[key] if rng.random() < 0.6 else f[key][1], fmt_val(v)))
    if flavor == "multi-activity":
        sc = rng.choice(SCHOOLS)
        blocks.append(("h", f"Uddannelse: {sc} [Igangværende]"))
        blocks.append(("kv", [("Sted", sc), ("Periode", f"{dk_long(date(2026, 8, 10), style='zero')} - {dk_long(date(2028, 6, 30), style='zero')}"), ("Kontaktperson", "Studievejleder Eva Ring")]))
        traits.append("other-activity-long-period")
        blocks.append(("h", "Mentorstøtte (§ 167) [Igangværende]"))
        blocks.append(("kv", rows))
    elif flavor == "table-print":
        blocks.append(("h", "Mentorstøtte"))
        blocks.append(("table", [["Felt", "Værdi", "Senest ændret"]] + [[l, v, chg_s] for l, v in rows]))
    else:
        blocks.append(("h", "Mentorstøtte"))
        blocks.append(("kv", rows))
    if flavor == "history":
        blocks.append(("h", "Historik"))
        blocks.append(("ul", [f"Version 1, oprettet {dk_long(c['prev_start'] - timedelta(days=7), style='zero')}: periode {dk_long(c['prev_start'], style='zero')} - {dk_long(c['prev_end'], style='zero')}, {c['old_hours']}, mentor {c['om']}",
                              f"Version 2, ændret {chg_s}: ny periode og nyt timetal (gældende)"]))
    elif flavor == "update-note":
        blocks.append(("p", f"Tidligere timetal: {c['old_hours']}. Ændret efter statusmøde; se også afgørelse af {dk_long(chg, style='long')}."))
    return blocks, traits, title


UNK_FLAVORS = ["changelog", "statusnote", "internal-approval", "mail-meeting", "invoice", "guidance", "blank-template",
               "minutes", "receipt", "partshoering", "dp-notice", "final-eval", "order-change", "version-list",
               "newsletter", "club-agreement", "approval-mail"]


def build_unknown(rng, c, flavor):
    p = c["p"]
    full = f"{p['fn']} {p['ln']}"
    s_s, e_s = dk_long(c["start"], style="zero"), dk_long(c["end"], style="zero")
    traits = [f"flavor:{flavor}"]
    meta = {}
    if flavor == "changelog":
        title = f"Ændringslog – sag {c['sag']}"
        rows = [["Tidspunkt", "Bruger", "Felt", "Gammel værdi", "Ny værdi"],
                [f"{dk_long(c['docdate'], style='zero')} 09:14", c["cw"], "Mentor", c["om"], c["m"]],
                [f"{dk_long(c['docdate'], style='zero')} 09:15", c["cw"], "Timetal", c["old_hours"], c["hours"]],
                [f"{dk_long(c['docdate'], style='zero')} 09:17", c["cw"], "Slutdato", dk_long(c["prev_end"], style="zero"), e_s],
                [f"{dk_long(c['docdate'], style='zero')} 09:20", "system", "Status", "Bevilget", "Forlænget"]]
        blocks = [("title", title), ("p", "Udtræk fra fagsystemet. Kun til intern brug."), ("table", rows)]
    elif flavor == "statusnote":
        title = rng.choice(["Statusnotat – mentorforløb", "Status fra mentor, måned 3"])
        blocks = [("title", title), ("kv", [("Borger", full), ("Mentor", c["m"]), ("Periode for notatet", "oktober 2026")]),
                  ("p", f"{p['fn']} har mødt i praktikken 14 ud af 17 dage. Vi har haft 11 samtaler. Busruten fungerer nu uden følgeskab."),
                  ("p", "Mentor anbefaler, at timetallet sættes ned ved næste revision af aftalen, og at der søges forlængelse i en kortere periode."),
                  ("p", f"Notatet er sendt til {c['cw']} forud for statusmødet.")]
    elif flavor == "internal-approval":
        title = "Intern godkendelse – forlængelse af mentorstøtte"
        blocks = [("title", title), ("kv", [("Sagsnr.", c["sag"]), ("Indstillet af", c["cw"]), ("Godkendt af", "Teamleder Bo Kragh")]),
                  ("p", f"Indstilling: Forlængelse for {full} i 3 måneder. Budgetkonto 5.68.90. Forventet udgift 14.400 kr."),
                  ("p", "Godkendt. Husk at afgørelsen og den reviderede aftale sendes til borgeren i e-Boks."),
                  ("p", f"Dato for godkendelse: {dk_long(c['docdate'], style='long')}")]
    elif flavor == "mail-meeting":
        title = f"SV: Ændring af timer for {p['fn']}"
        blocks = [("title", title), ("p", f"Hej {c['m'].split()[0]}"),
                  ("p", f"Tak for din status. Kan vi mødes torsdag kl. 10 på jobcentret og tale om at ændre timetallet i aftalen? {p['fn']} er også inviteret."),
                  ("p", f"Venlig hilsen\n{c['cw']}")]
        meta = {"subject": title, "from": f"{c['cw']} <{c['cw'].split()[0].lower()}@{c['k'].lower()}.dk>", "to": f"{c['m']} <{c['mmail']}>", "when": c["docdate"]}
    elif flavor == "invoice":
        title = f"Faktura nr. 2026-{rng.randint(100, 999)} – mentortimer"
        blocks = [("title", title), ("kv", [("Leverandør", c["morg"]), ("Kunde", c["ks"]), ("Reference", c["sag"]), ("Borger (initialer)", p["fn"][0] + p["ln"][0])]),
                  ("table", [["Måned", "Timer", "Takst", "Beløb"], ["September", "12", "450 kr.", "5.400 kr."], ["Oktober (efter ændring af aftalen)", "8", "450 kr.", "3.600 kr."]]),
                  ("p", "Betalingsbetingelser: 30 dage netto. Bemærk nyt timetal fra 1. oktober iht. revideret aftale.")]
    elif flavor == "guidance":
        title = "Vejledning: Sådan reviderer du en mentoraftale"
        blocks = [("title", title), ("p", "Intern vejledning til sagsbehandlere i Beskæftigelse."),
                  ("p", "Når en aftale ændres (ny mentor, nyt timetal, pause eller forlængelse), skal den reviderede aftale indeholde alle punkter igen:"),
                  ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "mentorens opgaver", "varighed og opfølgning med mål for progression",
                          "timetallet", "klagevejledning (klage til kommunen inden 4 uger)"]),
                  ("p", "En ny periode kræver en konkret vurdering, jf. § 167, stk. 1. Perioden må højst være 6 måneder ad gangen. Husk at opdatere Min Plan og skrive \"Ændret den …\".")]
    elif flavor == "blank-template":
        title = "Skabelon – Tillæg til mentoraftale"
        blocks = [("title", title), ("kv", [("Borger", ""), ("Tillæg til aftale af", ""), ("Ændringen gælder fra", ""), ("Ny mentor", ""),
                                             ("Nyt timetal", ""), ("Ny periode", ""), ("Begrundelse for ændringen", "")]),
                  ("p", "Udfyldes af sagsbehandler. Gem som PDF og send til borgeren i e-Boks.")]
    elif flavor == "minutes":
        title = rng.choice(["Referat af statusmøde", "Referat – midtvejsevaluering af mentorforløb"])
        blocks = [("title", title), ("kv", [("Dato", dk_long(c["docdate"], style="long")), ("Deltagere", f"{full}, {c['m']} (mentor), {c['cw']}")]),
                  ("h", "Dagsorden"), ("ul", ["Hvordan går det i praktikken?", "Behov for ændring af aftalen", "Næste møde"]),
                  ("h", "Drøftelse"), ("p", f"{p['fn']} fortæller, at det går bedre. Mentor oplever færre aflysninger."),
                  ("h", "Aftalt"), ("p", "Sagsbehandler vurderer behovet for en ny periode og sender i givet fald en afgørelse. Næste møde aftales senere.")]
    elif flavor == "receipt":
        title = "Bekræftelse af modtagelse – ansøgning om forlængelse af mentorstøtte"
        blocks = [("title", title), ("p", f"Kære {p['fn']}"),
                  ("p", "Vi har modtaget din ansøgning om forlængelse af mentorstøtte. Vi behandler den så hurtigt som muligt og forventer at sende en afgørelse inden for 3 uger."),
                  ("p", f"Med venlig hilsen\n{c['ks']}")]
    elif flavor == "partshoering":
        title = "Partshøring – vi overvejer at stoppe din mentorstøtte"
        blocks = [("title", title), ("p", f"Kære {p['fn']}"),
                  ("p", f"Vi overvejer at stoppe din mentorstøtte før tid, fordi du ikke er mødt til de sidste fire aftaler med {c['m']}. Inden vi træffer afgørelse, vil vi gerne høre dit syn på sagen."),
                  ("p", f"Du kan kontakte {c['cw']} inden 14 dage. Hvis vi ikke hører fra dig, træffer vi afgørelse på det foreliggende grundlag."),
                  ("p", f"Med venlig hilsen\n{c['ks']}")]
    elif flavor == "dp-notice":
        title = f"Du har fået ny post fra {c['ks']}"
        blocks = [("title", title), ("p", "Du har modtaget et brev med emnet \"Ændring af din mentorstøtte\"."),
                  ("p", "Log på borger.dk eller Digital Post-appen for at læse brevet. Denne e-mail er sendt automatisk og kan ikke besvares.")]
        meta = {"subject": title, "from": "Digital Post <noreply@digitalpost.dk>", "to": f"{full} <{p['fn'].lower()}@example.dk>", "when": c["docdate"]}
    elif flavor == "final-eval":
        title = "Slutevaluering af mentorforløb"
        blocks = [("title", title), ("kv", [("Borger", full), ("Mentor", f"{c['m']}, {c['morg']}"), ("Forløb", f"{dk_long(c['prev_start'], style='zero')} - {e_s} (to perioder)")]),
                  ("h", "Hvad er opnået"), ("p", f"{p['fn']} er startet i løntilskud og møder stabilt. Timetallet blev sat ned undervejs, og der var en kort pause i sommeren."),
                  ("h", "Anbefaling"), ("p", "Mentorstøtten afsluttes. Ingen yderligere forlængelse anbefales.")]
    elif flavor == "order-change":
        title = "Ændret bestilling af mentorforløb"
        blocks = [("title", title), ("kv", [("Til leverandør", c["morg"]), ("Rekvisitionsnr.", f"REK{rng.randint(100000, 999999)}"), ("Borger", full)]),
                  ("p", f"Bestillingen ændres fra {c['old_hours']} til {c['hours']} med virkning fra {s_s}. Øvrige vilkår i rammeaftalen er uændrede."),
                  ("p", f"Kontakt: {c['cw']}, {c['ks']}")]
    elif flavor == "version-list":
        title = "Dokumentoversigt – mentorsag"
        blocks = [("title", title), ("p", f"Sag {c['sag']}"),
                  ("table", [["Dokument", "Version", "Dato", "Status"],
                             ["Mentoraftale", "1", dk_long(c["prev_start"], style="zero"), "Erstattet"],
                             ["Mentoraftale (revideret)", "2", dk_long(c["docdate"], style="zero"), "Gældende"],
                             ["Tillæg – ny mentor", "1", dk_long(c["docdate"], style="zero"), "Gældende"],
                             ["Afgørelse om forlængelse", "1", dk_long(c["docdate"], style="zero"), "Sendt"]])]
    elif flavor == "newsletter":
        title = "Nyt fra mentorteamet – november 2026"
        blocks = [("title", title), ("h", "Forlængelser og nye perioder"),
                  ("p", "Husk, at en ny periode med mentorstøtte kræver en ny konkret vurdering. Vi ser stadig aftaler, hvor forlængelsen blot er skrevet på den gamle aftale."),
                  ("h", "Skift af mentor"), ("p", "Når en mentor stopper, skal borgeren have en revideret aftale med den nye mentors navn og telefon."),
                  ("h", "Julelukning"), ("p", "Mentorhuset holder lukket 24.-26. december.")]
    elif flavor == "club-agreement":
        title = "Foreningens mentoraftale – revideret 2026"
        blocks = [("title", title), ("p", "Aftale mellem frivillig mentor og ung i Idrætsforeningen Stjernen (ikke en kommunal aftale)."),
                  ("kv", [("Mål", "At du bliver en del af holdet og kommer til træning"), ("Mentor", "Frivillig træner Jan, tlf. 40 11 22 33"),
                          ("Hvor ofte", "Vi ses efter træning hver tirsdag"), ("Ændring", "Revideret i august: ny træner og nyt hold")])]
    else:  # approval-mail
        title = f"Godkendt: forlængelse {p['fn'][0]}.{p['ln'][0]}."
        blocks = [("title", title), ("p", "Hej"),
                  ("p", f"Jeg har godkendt forlængelsen i sagen {c['sag']} som indstillet. Du kan sende afgørelse og revideret aftale ud."),
                  ("p", "Mvh Bo Kragh, teamleder")]
        meta = {"subject": title, "from": "Bo Kragh <bokr@" + c["k"].lower() + ".dk>", "to": f"{c['cw']} <sb@{c['k'].lower()}.dk>", "when": c["docdate"]}
    if c["cpr"] and flavor in ("changelog", "internal-approval", "statusnote", "minutes", "partshoering", "order-change", "final-eval"):
        blocks.insert(1, ("p", f"CPR: {c['cpr']}"))
    elif c["cpr"]:
        c["cpr"] = None
    return blocks, traits, title, meta


# ----------------------------------------------------------------------------------------------
# Plan
# ----------------------------------------------------------------------------------------------

FORMATS = ["docx", "pdf", "txt", "html", "eml", "odt", "rtf"]
AG_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
              "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
              "duration-over-6-months", "unclear-goal"]


class DefectPlan:
    """Rotates through the rule pool so every rule is drawn about equally often."""

    def __init__(self, rng, pool, clean_share=0.4, double_share=0.18):
        self.rng, self.pool = rng, list(pool)
        self.order = []
        self.clean_share, self.double_share = clean_share, double_share

    def _next(self):
        if not self.order:
            self.order = list(self.pool)
            self.rng.shuffle(self.order)
        return self.order.pop()

    def pick(self):
        r = self.rng.random()
        if r < self.clean_share:
            return []
        a = self._next()
        if r < 1 - self.double_share:
            return [a]
        bad = ({"missing-goal", "unclear-goal"}, {"missing-duration", "duration-over-6-months"})
        b = self._next()
        if b == a or {a, b} in bad:
            b = self.rng.choice([x for x in self.pool if x != a and {x, a} not in bad])
        return [a, b]


def fmt_for(rng, kind, i):
    if kind == "minplan":
        return ["pdf", "html", "txt", "docx", "odt", "pdf", "html", "rtf"][i % 8]
    if kind == "decision":
        return ["pdf", "docx", "eml", "html", "pdf", "odt", "rtf", "txt"][i % 8]
    if kind == "unknown":
        return ["txt", "docx", "pdf", "html", "odt", "rtf"][i % 6]
    return FORMATS[i % len(FORMATS)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gw")
    ap.add_argument("--seed", type=int, default=1717)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []

    def emit(rel, fmt, kind, subtype, layout, blocks, rules, extras, traits, c, period, meta=None):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = dict(meta or {})
        if fmt == "eml" and "subject" not in meta:
            meta.update({"subject": blocks[0][1] if blocks[0][0] == "title" else [b for b in blocks if b[0] == "title"][0][1],
                         "from": f"{c['cw']} <{c['cw'].split()[0].lower()}@{c['k'].lower().replace('ø', 'oe').replace('å', 'aa').replace('æ', 'ae')}.dk>",
                         "to": f"{c['p']['fn']} {c['p']['ln']} <borger{rng.randint(10, 99)}@example.dk>", "when": c["docdate"],
                         "html": rng.random() < 0.4})
        if fmt == "txt" and rng.random() < 0.3:
            meta["md"] = True
            traits = traits + ["markdown"]
        render(fmt, blocks, path, meta)
        mnc = []
        if c.get("cpr"):
            mnc = [c["cpr"], c["cpr"].replace("-", "")]
            traits = traits + ["cpr"]
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": traits, "period": period})

    # Agreements
    layouts = ["kv", "numbered", "sections", "letter"]
    ag_plan = DefectPlan(rng, AG_DEFECTS)
    mp_plan = DefectPlan(rng, MP_DEFECTS, clean_share=0.3)
    for i in range(36):
        c = context(rng)
        flavor = AG_FLAVORS[i % len(AG_FLAVORS)]
        defects = ag_plan.pick()
        if flavor == "compare":
            defects = [d for d in defects if d in ("unclear-goal", "duration-over-6-months", "missing-appeal-guidance", "missing-follow-up", "missing-mentor")]
        layout = layouts[(i // 2) % 4] if flavor != "compare" else "compare-table"
        fmt = fmt_for(rng, "agreement", i)
        if flavor == "revideret-mail":
            fmt = "eml"
        blocks, traits, title = build_agreement(rng, c, flavor, defects, layout)
        period = None if "missing-duration" in defects else {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        slug = f"aftaler/{i+1:02d}-{flavor}.{fmt}"
        emit(slug, fmt, "agreement", "agreement", layout, blocks, defects, [], traits, c, period)

    # Decisions
    for i in range(22):
        c = context(rng)
        flavor = DEC_FLAVORS[i % len(DEC_FLAVORS)]
        defects = []
        if i % 5 in (1, 3):
            defects = ["missing-appeal-guidance"]
        elif i % 5 == 0 and flavor not in ("refusal", "end", "pause", "hours-down", "hours-up"):
            defects = ["duration-over-6-months"]
        if i in (9, 18) and flavor not in ("refusal", "end", "pause", "hours-down", "hours-up"):
            defects = ["duration-over-6-months", "missing-appeal-guidance"]
        extras_w = []
        if rng.random() < 0.3:
            extras_w.append("no-reasons")
        if not defects and rng.random() < 0.2:
            extras_w.append("wrong-route")
        fmt = fmt_for(rng, "decision", i)
        blocks, traits, title, extras, has_period = build_decision(rng, c, flavor, defects, extras_w)
        subtype = {"ext-grant": "extension", "new-period-grant": "extension", "ext-partial": "partial", "hours-down": "partial",
                   "hours-up": "grant", "pause": "partial", "end": "end", "refusal": "refusal", "genvurdering-aendret": "grant"}[flavor]
        period = {"start": c["start"].isoformat(), "end": c["end"].isoformat()} if has_period else None
        emit(f"afgoerelser/{i+1:02d}-{flavor}.{fmt}", fmt, "decision", subtype, "letter", blocks, defects, extras, traits, c, period)

    # Min Plan
    for i in range(16):
        c = context(rng)
        flavor = MP_FLAVORS[i % len(MP_FLAVORS)]
        defects = mp_plan.pick()
        fmt = fmt_for(rng, "minplan", i)
        blocks, traits, title = build_minplan(rng, c, flavor, defects)
        period = None if "missing-duration" in defects else {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        emit(f"minplan/{i+1:02d}-{flavor}.{fmt}", fmt, "minplan", "minplan", flavor, blocks, defects, [], traits, c, period)

    # Unknown
    for i, flavor in enumerate(UNK_FLAVORS):
        c = context(rng)
        blocks, traits, title, meta = build_unknown(rng, c, flavor)
        fmt = "eml" if meta else fmt_for(rng, "unknown", i)
        emit(f"andet/{i+1:02d}-{flavor}.{fmt}", fmt, "unknown", flavor, flavor, blocks, [], [], traits, c, None, meta)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
