#!/usr/bin/env python3
"""Independent corpus 'el': how agreements, decisions and Min Plan entries state the goal.

Deterministic: fixed seed, writes documents plus EXPECTED.jsonl into --out.
Run with /work/main/.venv/bin/python make_corpus_el.py --out /work/corpora/el
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = ["Viborg", "Skive", "Holstebro", "Randers", "Silkeborg", "Horsens", "Vejle", "Kolding",
            "Næstved", "Slagelse", "Hillerød", "Frederikssund", "Svendborg", "Nyborg", "Thisted",
            "Hjørring", "Esbjerg", "Varde", "Sønderborg", "Aabenraa"]
FORNAVNE = ["Mikkel", "Sara", "Ahmed", "Line", "Jonas", "Fatima", "Emil", "Nanna", "Kasper", "Amalie",
            "Yasmin", "Rasmus", "Ida", "Omar", "Freja", "Mathias", "Camilla", "Tobias", "Louise", "Ali"]
EFTERNAVNE = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
              "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Hussein"]
MENTORER = [("Lars Østergaard", "Jobhuset"), ("Pia Kragh", "Mentorkorpset"), ("Henrik Bach", "Ungeenheden"),
            ("Susanne Vinther", "Trappen ApS"), ("Bo Lykke", "Virksomhedsservice"), ("Mette Krogh", "FGU-mentor"),
            ("Jesper Holm", "Brobyggerne"), ("Anne-Mette Dahl", "Center for Job og Læring"),
            ("Kim Ravn", "Lagerhuset Midt"), ("Dorthe Winther", "UU-teamet")]

# --------------------------------------------------------------------------------------------
# Goal styles (the angle). Each returns (label, lines, clear, trait).
# --------------------------------------------------------------------------------------------


def dkdate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == 4:
        return d.isoformat()
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def goal_block(style: str, fn: str, rng: random.Random, voice: str):
    """voice: 'du' (letter), '3p' (third person), 'jeg' (citizen)."""
    who = {"du": "du", "3p": fn, "jeg": "jeg"}[voice]
    whoC = who[0].upper() + who[1:]
    if style == "headline_delmaal":
        edu = rng.choice(["FGU Midtjylland, produktionsgrunduddannelsen (PGU) på metallinjen",
                          "grundforløb 1 på EUD inden for Bygge og anlæg",
                          "SOSU-hjælperuddannelsen på SOSU Syd"])
        return ("Mål og delmål", [
            f"Hovedmål: {whoC} er startet på {edu} senest 10. august 2026 og møder stabilt.",
            "Delmål 1: Møder til aftalt tid på skolen mindst 4 ud af 5 dage i de første 8 uger.",
            "Delmål 2: Har selv ansøgt om SU inden 1. september 2026.",
            "Delmål 3: Bruger kalenderen på telefonen til at planlægge ugens skoledage.",
        ], True, "goal:headline+delmaal")
    if style == "smart":
        return ("SMART-mål", [
            f"Specifikt: {whoC} skal i virksomhedspraktik som køkkenmedhjælper i kantinen hos Grundfos.",
            "Målbart: 12 timer om ugen fordelt på 3 dage, stigende til 20 timer.",
            "Attraktivt: Ønsket kommer fra borgeren selv.",
            "Realistisk: Vurderet sammen med praktikstedet ved opstartsmødet.",
            "Tidsbestemt: Praktikken er i gang senest 1. maj 2026, 20 timer fra 1. juli 2026.",
        ], True, "goal:smart")
    if style == "table_row":
        return (rng.choice(["Mål", "Målsætning", "Formål med mentorstøtten"]), [rng.choice([
            f"{whoC} er i løntilskud som lagermedarbejder hos Bilka 25 timer om ugen senest 1. juni 2026.",
            f"{whoC} gennemfører AMU-kurset Gaffeltruck certifikat B og søger derefter job på lager.",
            f"{whoC} er startet på VUC (hf-enkeltfag, dansk C) i Viborg og møder til mindst 80 % af timerne.",
        ])], True, "goal:table-row")
    if style == "list":
        return ("Mål for mentorforløbet", [
            f"• {whoC} møder i praktikken hos Jysk i Vejle tre dage om ugen",
            "• Praktikken er øget til 20 timer om ugen inden udgangen af juni 2026",
            "• Der er lavet aftale om løntilskud eller ordinære timer ved praktikkens afslutning",
        ], True, "goal:list")
    if style == "citizen_voice":
        return ("Mit mål", [rng.choice([
            "Jeg vil gerne starte på FGU i august 2026 og komme hver dag de første fire uger.",
            "Jeg vil gerne have et job som chauffør, 30 timer om ugen, og tage kørekort C inden 1. oktober 2026.",
            "Jeg vil gerne gøre min 9. klasse færdig på VUC, så jeg kan søge ind på EUD til august.",
        ])], True, "goal:citizen-voice")
    if style == "letter_prose":
        return ("Formål", [rng.choice([
            "Formålet er, at du starter på SOSU-hjælperuddannelsen på SOSU Nord den 3. august 2026 "
            "og gennemfører de første 10 ugers skoleperiode.",
            "Vi arbejder hen imod, at du er i ordinært job 15 timer om ugen som rengøringsassistent "
            "hos ISS senest 1. juli 2026.",
            "Formålet med mentorstøtten er, at du gennemfører AMU-forløbet Lager og logistik og "
            "derefter er i praktik på et lager 20 timer om ugen.",
        ])], True, "goal:letter-prose")
    if style == "acronym":
        return (rng.choice(["Målet med mentorstøtten", "Hovedformål", "Uddannelsesmål"]), [rng.choice([
            f"{whoC} fastholdes på EUX Handel på Mercantec og består grundforløb 2 til januar 2027.",
            f"{whoC} er optaget på FGU Vestjylland (AGU) og har højst 2 dages fravær om måneden.",
            f"{whoC} gennemfører AMU-kurset Hygiejne for køkkenmedarbejdere og starter derefter i praktik.",
            f"{whoC} består dansk og matematik på VUC Storstrøm på G-niveau i juni 2026.",
        ])], True, "goal:acronym")
    if style == "job_hours":
        return ("Mål", [rng.choice([
            f"{whoC} er i fleksjob som pedelmedhjælper på Nørreskolen 12 timer om ugen senest 1. august 2026.",
            f"{whoC} har fået ordinært job som butiksmedarbejder i Netto 20 timer om ugen.",
            f"{whoC} arbejder som chauffør hos DSV 37 timer om ugen fra 1. september 2026.",
        ])], True, "goal:job-hours")
    if style == "unclear":
        return ("Mål", [rng.choice([
            f"{whoC} skal arbejde med sig selv.",
            f"{whoC} skal blive mere stabil.",
            f"At {who} kan komme videre.",
            f"Støtte til at {who} får mere struktur på hverdagen og øget trivsel.",
            f"{whoC} skal arbejde med sig selv og blive mere stabil, så {who} kan komme videre.",
        ])], False, "goal:unclear")
    if style == "unclear_voice":
        return ("Mit mål", [rng.choice([
            "Jeg vil gerne have det bedre og komme videre.",
            "Jeg vil gerne blive mere stabil og arbejde med mig selv.",
        ])], False, "goal:unclear-voice")
    if style == "unclear_prose":
        return ("Formål", [rng.choice([
            "Formålet er, at du bliver mere stabil i din hverdag og kan komme videre.",
            "Vi arbejder hen imod, at du får det bedre og arbejder med dig selv.",
        ])], False, "goal:unclear-prose")
    if style == "placeholder":
        return ("Målet med mentorstøtten", ["Udfyldes senere"], None, "goal:placeholder")
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# Field blocks
# --------------------------------------------------------------------------------------------

def mentor_block(m, rng, voice):
    name, org = m
    phone = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    mail = name.split()[0].lower().replace("-", "").replace("ø", "oe") + "@" + \
        org.lower().replace(" ", "").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")[:14] + ".dk"
    return ("Mentor", [f"{name}, {org}", f"Tlf. {phone}", f"E-mail: {mail}"])


def mentor_noncontact(m):
    return ("Mentor", [f"{m[0]}, {m[1]}"])


def tasks_block(rng, voice):
    du = {"du": "dig", "3p": "borgeren", "jeg": "mig"}[voice]
    opts = [
        [f"Følge {du} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
         "Hjælpe med kontakt til skolens studievejleder"],
        [f"Hjælpe {du} med at planlægge ugen og huske mødetider", "Deltage i opstartsmødet på skolen",
         "Støtte ved ansøgning om SU"],
        [f"Vække-opkald om morgenen de første 4 uger", "Sparring om konflikter på arbejdspladsen",
         "Kontakt til praktiksted eller skole ved fravær"],
    ]
    return ("Mentorens opgaver", ["- " + t for t in rng.choice(opts)])


def period_block(start, end_mode, ds, rng):
    """Return (label, lines, period dict, over?)."""
    if end_mode == "exact":
        end = add_months(start, 6) - dt.timedelta(days=1)
        return ("Periode", [f"{dkdate(start, ds)} – {dkdate(end, ds)}"], {"start": start.isoformat(), "end": end.isoformat()}, False)
    if end_mode == "short":
        end = add_months(start, 4) - dt.timedelta(days=1)
        return ("Varighed", [f"Fra {dkdate(start, ds)} til {dkdate(end, ds)}"], {"start": start.isoformat(), "end": end.isoformat()}, False)
    if end_mode == "weeks":
        end = start + dt.timedelta(weeks=26) - dt.timedelta(days=1)
        return ("Varighed", [f"26 uger fra {dkdate(start, ds)}"], {"start": start.isoformat(), "end": end.isoformat()}, False)
    if end_mode == "over":
        end = add_months(start, rng.choice([8, 9, 12])) - dt.timedelta(days=1)
        return ("Periode", [f"{dkdate(start, ds)} - {dkdate(end, ds)}"], {"start": start.isoformat(), "end": end.isoformat()}, True)
    if end_mode == "over_len":
        n = rng.choice([9, 10])
        end = add_months(start, n) - dt.timedelta(days=1)
        return ("Varighed", [f"{n} måneder fra {dkdate(start, ds)}"], {"start": start.isoformat(), "end": end.isoformat()}, True)
    if end_mode == "placeholder":
        return ("Varighed", ["indtil videre"], None, False)
    raise ValueError(end_mode)


def hours_block(rng, vague=False):
    if vague:
        return ("Timetal", [rng.choice(["Efter behov", "Et par timer om ugen", "Løbende"])])
    return ("Timetal", [rng.choice(["3 timer pr. uge", "2 timer ugentligt", "4 t/uge", "8 timer om måneden",
                                    "5 timer om ugen de første 4 uger, derefter 2 timer om ugen"])])


def followup_block(rng):
    return ("Opfølgning", [rng.choice([
        "Statusmøde med mentor og sagsbehandler hver måned. Evaluering 14 dage før støtteperioden ophører.",
        "Vi følger op hver 4. uge på delmålene. Midtvejsevaluering efter 3 måneder.",
        "Opfølgning hver anden uge mellem mentor og borger; statusmøde med kommunen hver 2. måned, "
        "hvor progressionen i forhold til målet vurderes.",
    ])])


def appeal_block(kommune, rng, incomplete=False):
    if incomplete:
        return ("Klagevejledning", [rng.choice(["Du kan klage over afgørelsen.",
                                                "Hvis du er uenig, er du velkommen til at kontakte os."])])
    return ("Klagevejledning", [rng.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {kommune} Kommune inden fire uger fra du "
        "har modtaget dette brev. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen "
        "afgørelsen, sendes klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
        f"Du kan klage mundtligt eller skriftligt til Jobcenter {kommune} inden 4 uger efter, at du har "
        "modtaget afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage "
        "til Ankestyrelsen, Beskæftigelsesudvalget.",
        "Sådan klager du: Skriv eller ring til Jobcentret senest fire uger efter, at du har fået dette brev. "
        "Jobcentret ser på sagen igen. Hvis vi ikke giver dig medhold, sender vi klagen og sagens akter "
        "til Ankestyrelsen.",
    ])])


# --------------------------------------------------------------------------------------------
# Renderers. A document is a dict: title, meta (list of lines), fields (list of (label, lines)),
# prose (list of paragraphs placed before fields), closing (list of lines), layout.
# --------------------------------------------------------------------------------------------

def doc_text_lines(doc) -> list[str]:
    out = [doc["title"], ""]
    out += doc["meta"] + [""]
    for p in doc["prose"]:
        out += [p, ""]
    for label, lines in doc["fields"]:
        if doc.get("inline_kv") and len(lines) == 1:
            out.append(f"{label}: {lines[0]}")
        else:
            out.append(f"{label}:")
            out += lines
        out.append("")
    out += doc["closing"]
    return out


def render_txt(doc, path: Path):
    path.write_text("\n".join(doc_text_lines(doc)) + "\n", encoding="utf-8")


def render_md(doc, path: Path):
    out = [f"# {doc['title']}", ""]
    out += [f"{m}  " for m in doc["meta"]] + [""]
    for p in doc["prose"]:
        out += [p, ""]
    for label, lines in doc["fields"]:
        out += [f"## {label}", ""]
        out += lines
        out.append("")
    out += doc["closing"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_html(doc, path: Path, variant: str):
    e = html.escape
    parts = ["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
             f"<title>{e(doc['title'])}</title>",
             "<style>body{font-family:Arial} .sag{background:#eef} th{text-align:left;width:30%}</style>",
             "</head><body>"]
    if variant == "casesystem":
        parts.append("<div class='topbar'><span>Fagsystem</span> | <a href='#'>Sagsoversigt</a> | "
                     "<a href='#'>Dokumenter</a> | <a href='#'>Log ud</a></div>")
        parts.append("<nav><ul><li>Stamdata</li><li>Ydelser</li><li>Indsatser</li><li>Journal</li></ul></nav>")
    parts.append(f"<h1>{e(doc['title'])}</h1>")
    parts.append("<div class='sag'>" + "<br>".join(e(m) for m in doc["meta"]) + "</div>")
    for p in doc["prose"]:
        parts.append(f"<p>{e(p)}</p>")
    if variant == "casesystem":
        relabel = {"Mentor": "Mentor / kontaktperson", "Timetal": "Timer", "Varighed": "Forløb",
                   "Mentorens opgaver": "Indsatsområder"}
        parts.append("<table class='indsats'><tr><th>Indsats</th><td>Mentorstøtte (LAB § 167)</td></tr>"
                     "<tr><th>Status</th><td>Aktiv</td></tr>")
        for label, lines in doc["fields"]:
            label = relabel.get(label, label)
            parts.append(f"<tr><th>{e(label)}</th><td>{'<br>'.join(e(x) for x in lines)}</td></tr>")
        parts.append("</table>")
    else:
        for label, lines in doc["fields"]:
            parts.append(f"<h2>{e(label)}</h2>")
            if all(x.startswith(("- ", "• ")) for x in lines):
                parts.append("<ul>" + "".join(f"<li>{e(x[2:])}</li>" for x in lines) + "</ul>")
            else:
                parts += [f"<p>{e(x)}</p>" for x in lines]
    parts += [f"<p>{e(c)}</p>" for c in doc["closing"]]
    if variant == "casesystem":
        parts.append("<footer>Udskrevet fra fagsystemet · Side 1 af 1</footer>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def render_eml(doc, path: Path, rng):
    msg = EmailMessage()
    msg["From"] = doc.get("from", "jobcenter@kommune.dk")
    msg["To"] = doc.get("to", "borger@example.dk")
    msg["Subject"] = doc["title"]
    msg["Date"] = format_datetime(dt.datetime(2026, rng.randint(1, 10), rng.randint(1, 28), 9, 30,
                                              tzinfo=dt.timezone.utc))
    body = "\n".join(doc_text_lines(dict(doc, title=doc.get("greeting", "Hej"))))
    msg.set_content(body)
    path.write_bytes(bytes(msg))


def _docx_textbox(paragraph, lines):
    """Insert a VML text box containing lines into paragraph (Word text box)."""
    from docx.oxml import parse_xml
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    inner = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(x)}</w:t></w:r></w:p>" for x in lines)
    xml = (f'<w:r {ns}><w:pict><v:shape id="tb1" type="#_x0000_t202" '
           f'style="width:420pt;height:{30 + 16 * len(lines)}pt"><v:textbox><w:txbxContent>{inner}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def render_docx(doc, path: Path, variant: str):
    from docx import Document
    d = Document()
    d.add_heading(doc["title"], level=1)
    for m in doc["meta"]:
        d.add_paragraph(m)
    for p in doc["prose"]:
        d.add_paragraph(p)
    if variant == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, lines in doc["fields"]:
            r = t.add_row().cells
            r[0].text = label
            r[1].text = "\n".join(lines)
    else:
        for label, lines in doc["fields"]:
            if variant == "textbox" and label in doc.get("textbox_fields", ()):
                par = d.add_paragraph()
                _docx_textbox(par, [label] + lines)
                continue
            if variant == "bold":
                par = d.add_paragraph()
                par.add_run(label).bold = True
            else:
                d.add_heading(label, level=2)
            for x in lines:
                if x.startswith(("- ", "• ")):
                    d.add_paragraph(x[2:], style="List Bullet")
                else:
                    d.add_paragraph(x)
    for c in doc["closing"]:
        d.add_paragraph(c)
    d.core_properties.created = dt.datetime(2026, 1, 5, 9, 0)
    d.core_properties.modified = dt.datetime(2026, 1, 5, 9, 0)
    d.core_properties.author = "Jobcenter"
    d.save(str(path))


def render_pdf(doc, path: Path, variant: str):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph,
                                    Spacer)
    ss = getSampleStyleSheet()
    e = html.escape
    W, H = A4
    if variant == "twocol":
        gap = 0.8 * cm
        cw = (W - 4 * cm - gap) / 2
        frames = [Frame(2 * cm, 2 * cm, W - 4 * cm, 3 * cm, id="top"),
                  Frame(2 * cm, 2 * cm, cw, H - 7.5 * cm, id="c1"),
                  Frame(2 * cm + cw + gap, 2 * cm, cw, H - 7.5 * cm, id="c2")]
        # top frame at the top of the page
        frames[0] = Frame(2 * cm, H - 5 * cm, W - 4 * cm, 3 * cm, id="top")
    else:  # sidebar
        sw = 5 * cm
        frames = [Frame(1.5 * cm, 2 * cm, sw, H - 4 * cm, id="side"),
                  Frame(1.5 * cm + sw + 0.6 * cm, 2 * cm, W - 3.6 * cm - sw, H - 4 * cm, id="main")]
    d = BaseDocTemplate(str(path), pagesize=A4, title=doc["title"])
    d.addPageTemplates([PageTemplate(id="p", frames=frames)])
    story = []
    if variant == "twocol":
        story.append(Paragraph(e(doc["title"]), ss["Title"]))
        story += [Paragraph(e(m), ss["Normal"]) for m in doc["meta"]]
        story.append(FrameBreak())
        for p in doc["prose"]:
            story += [Paragraph(e(p), ss["Normal"]), Spacer(1, 6)]
        half = (len(doc["fields"]) + 1) // 2
        for n, (label, lines) in enumerate(doc["fields"]):
            if n == half and n > 0:
                story.append(FrameBreak())
            story.append(Paragraph(e(label), ss["Heading3"]))
            story += [Paragraph(e(x), ss["Normal"]) for x in lines]
        story += [Spacer(1, 8)] + [Paragraph(e(c), ss["Normal"]) for c in doc["closing"]]
    else:
        side = doc.get("sidebar_fields", ())
        story += [Paragraph(e(m), ss["Normal"]) for m in doc["meta"]]
        for label, lines in doc["fields"]:
            if label in side:
                story.append(Paragraph(e(label), ss["Heading4"]))
                story += [Paragraph(e(x), ss["Normal"]) for x in lines]
        story.append(FrameBreak())
        story.append(Paragraph(e(doc["title"]), ss["Heading1"]))
        for p in doc["prose"]:
            story += [Paragraph(e(p), ss["Normal"]), Spacer(1, 6)]
        for label, lines in doc["fields"]:
            if label not in side:
                story.append(Paragraph(e(label), ss["Heading3"]))
                story += [Paragraph(e(x), ss["Normal"]) for x in lines]
        story += [Spacer(1, 8)] + [Paragraph(e(c), ss["Normal"]) for c in doc["closing"]]
    d.build(story)


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(doc, path: Path):
    out = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22"]
    out.append(r"{\b\fs32 " + rtf_escape(doc["title"]) + r"}\par\par")
    for m in doc["meta"]:
        out.append(rtf_escape(m) + r"\par")
    out.append(r"\par")
    for p in doc["prose"]:
        out.append(rtf_escape(p) + r"\par\par")
    for label, lines in doc["fields"]:
        out.append(r"{\b " + rtf_escape(label) + r"}\par")
        for x in lines:
            out.append(rtf_escape(x) + r"\par")
        out.append(r"\par")
    for c in doc["closing"]:
        out.append(rtf_escape(c) + r"\par")
    out.append("}")
    path.write_text("\n".join(out), encoding="ascii")


# --------------------------------------------------------------------------------------------
# Document builders
# --------------------------------------------------------------------------------------------

CLEAR_STYLES = ["headline_delmaal", "smart", "table_row", "list", "citizen_voice", "letter_prose",
                "acronym", "job_hours"]
UNCLEAR_STYLES = ["unclear", "unclear_voice", "unclear_prose"]


def cpr_for(rng):
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def person(rng):
    return rng.choice(FORNAVNE), rng.choice(EFTERNAVNE)


def build_contract(kind, idx, rng, defects, goal_style, layout, fmt):
    """Agreement or Min Plan entry. defects: set of rule names to provoke."""
    fn, ln = person(rng)
    kommune = rng.choice(KOMMUNER)
    m = rng.choice(MENTORER)
    ds = rng.randrange(6)
    start = dt.date(2026, rng.randint(1, 9), rng.choice([1, 1, 1, 15, 10]))
    voice = "jeg" if goal_style in ("citizen_voice", "unclear_voice") else (
        "du" if goal_style in ("letter_prose", "unclear_prose") or fmt == "eml" else "3p")
    traits = [f"layout:{layout}"]
    meta = []
    cpr = None
    if rng.random() < 0.27:
        cpr = cpr_for(rng)
        meta.append(f"Borger: {fn} {ln}, CPR-nr. {cpr}")
        traits.append("cpr")
    else:
        meta.append(f"Borger: {fn} {ln}")
    meta.append(f"Sagsbehandler: {rng.choice(FORNAVNE)} {rng.choice(EFTERNAVNE)}, {kommune} Kommune, "
                f"tlf. 99 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}")
    meta.append(f"Dato: {dkdate(start - dt.timedelta(days=rng.randint(3, 20)), ds)}")
    fields = []
    prose = []
    rules = set()
    # goal
    if "missing-goal" in defects:
        if rng.random() < 0.5:
            lab, lines, clear, tr = goal_block("placeholder", fn, rng, voice)
            fields.append((lab, lines))
            traits.append(tr)
        else:
            traits.append("goal:absent")
        rules.add("missing-goal")
    else:
        lab, lines, clear, tr = goal_block(goal_style, fn, rng, voice)
        traits.append(tr)
        if goal_style in ("letter_prose", "unclear_prose") and fmt in ("eml", "txt", "pdf") and rng.random() < 0.6:
            prose.extend(lines)  # goal embedded in the letter's prose, no label
            traits.append("goal:in-prose")
        else:
            fields.append((lab, lines))
        if not clear:
            rules.add("unclear-goal")
    # mentor
    if "missing-mentor" in defects:
        if rng.random() < 0.5:
            fields.append(mentor_noncontact(m))
            traits.append("mentor:no-contact")
        else:
            traits.append("mentor:absent")
        rules.add("missing-mentor")
    else:
        fields.append(mentor_block(m, rng, voice))
    if "missing-tasks" in defects:
        rules.add("missing-tasks")
        traits.append("tasks:absent")
    else:
        fields.append(tasks_block(rng, voice))
    period = None
    if "missing-duration" in defects:
        rules.add("missing-duration")
        if rng.random() < 0.5:
            fields.append(("Varighed", ["indtil videre"]))
            traits.append("duration:placeholder")
        else:
            traits.append("duration:absent")
    else:
        mode = "over" if "duration-over-6-months" in defects else rng.choice(["exact", "short", "weeks", "exact"])
        if "duration-over-6-months" in defects and rng.random() < 0.4:
            mode = "over_len"
        lab, lines, period, over = period_block(start, mode, ds, rng)
        fields.append((lab, lines))
        traits.append(f"period:{mode}")
        if over:
            rules.add("duration-over-6-months")
    if "missing-hours" in defects:
        rules.add("missing-hours")
        if rng.random() < 0.5:
            fields.append(hours_block(rng, vague=True))
            traits.append("hours:vague")
        else:
            traits.append("hours:absent")
    else:
        fields.append(hours_block(rng))
    if kind == "agreement":
        if "missing-follow-up" in defects:
            rules.add("missing-follow-up")
            traits.append("followup:absent")
        else:
            fields.append(followup_block(rng))
        if "missing-appeal-guidance" in defects:
            rules.add("missing-appeal-guidance")
            if rng.random() < 0.5:
                fields.append(appeal_block(kommune, rng, incomplete=True))
                traits.append("appeal:incomplete")
            else:
                traits.append("appeal:absent")
        else:
            fields.append(appeal_block(kommune, rng))
    if kind == "minplan" and rng.random() < 0.3:
        fields.append(followup_block(rng))
        traits.append("minplan:has-followup")
    # Layout ordering variations: goal sometimes not first
    if rng.random() < 0.25 and len(fields) > 2:
        fields = fields[1:2] + fields[:1] + fields[2:]
    if kind == "agreement":
        title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale – aftale om mentorstøtte efter LAB § 167",
                            "Aftale om mentorforløb", "Skriftlig aftale om mentorstøtte"])
        closing = ["Underskrifter:", "Borger: ____________________   Mentor: ____________________",
                   f"{kommune} Kommune: ____________________"]
    else:
        title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – Mentor (§ 167)",
                            "Min Plan – aktivitet: Mentorstøtte"])
        closing = [f"Planen er senest opdateret {dkdate(start, ds)} af {kommune} Kommune.",
                   "Du kan se din plan på Jobnet."]
    doc = {"title": title, "meta": meta, "prose": prose, "fields": fields, "closing": closing,
           "inline_kv": rng.random() < 0.5, "textbox_fields": ("Mål", "Mit mål", "Mål og delmål", "SMART-mål",
                                                               "Målet med mentorstøtten", "Formål",
                                                               "Mål for mentorforløbet"),
           "sidebar_fields": ("Mentor",), "from": f"jobcenter@{kommune.lower()}.dk",
           "greeting": f"Kære {fn}" if fmt == "eml" else None}
    if fmt == "eml":
        doc["prose"] = [f"Hermed aftalen om din mentorstøtte, som vi talte om på mødet."] + prose
        doc["title"] = "Din aftale om mentorstøtte"
    mnc = [cpr, cpr.replace("-", "")] if cpr else []
    return doc, sorted(rules), traits, mnc, period


def build_decision(idx, rng, subtype, defects, goal_style, fmt):
    fn, ln = person(rng)
    kommune = rng.choice(KOMMUNER)
    m = rng.choice(MENTORER)
    ds = rng.randrange(6)
    start = dt.date(2026, rng.randint(1, 9), 1)
    traits = [f"subtype:{subtype}"]
    meta = [f"{kommune} Kommune, Jobcenter {kommune}", f"Til: {fn} {ln}"]
    cpr = None
    if rng.random() < 0.27:
        cpr = cpr_for(rng)
        meta.append(f"CPR: {cpr}")
        traits.append("cpr")
    meta.append(f"Sagsnr.: 15.02.10-G01-{rng.randint(100, 9999)}-26")
    meta.append(f"Dato: {dkdate(start - dt.timedelta(days=10), ds)}")
    rules = set()
    period = None
    over = "duration-over-6-months" in defects
    if subtype in ("grant", "partial", "extension"):
        mode = "over" if over else rng.choice(["exact", "short"])
        lab, lines, period, is_over = period_block(start, mode, ds, rng)
        if is_over:
            rules.add("duration-over-6-months")
        per = lines[0]
    lab, glines, clear, tr = goal_block(goal_style, fn, rng, "du")
    traits.append(tr)
    goal_txt = " ".join(x.lstrip("• -") for x in glines)
    if subtype == "grant":
        title = "Afgørelse: Du får bevilget mentorstøtte"
        prose = [f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte efter lov om en aktiv "
                 f"beskæftigelsesindsats § 167 i perioden {per}.",
                 f"Mål: {goal_txt}" if not goal_style.startswith("letter") else goal_txt,
                 f"Din mentor bliver {m[0]}, {m[1]}. Mentoren har 3 timer om ugen sammen med dig.",
                 "Vi har lagt vægt på, at du har brug for støtte til at fastholde din plan."]
    elif subtype == "partial":
        title = "Afgørelse om mentorstøtte – delvis bevilling"
        prose = ["Du har søgt om mentorstøtte i 5 timer om ugen. Du får bevilget 2 timer om ugen "
                 f"i perioden {per}.",
                 "Begrundelse: Vi har lagt vægt på, at du allerede får støtte fra skolens elevcoach, "
                 "jf. LAB § 167. Vi vurderer, at 2 timer om ugen er tilstrækkeligt.",
                 f"Målet med støtten: {goal_txt}"]
    elif subtype == "extension":
        title = "Afgørelse om forlængelse af mentorstøtte"
        prose = [f"Vi har vurderet din sag igen, og du får mentorstøtte i en ny periode: {per}.",
                 "Begrundelse: Du er kommet godt i gang, men har brug for støtte, til målet er nået. "
                 "Vi har foretaget en konkret vurdering efter LAB § 167, stk. 1, 2. pkt.",
                 f"Mål for den nye periode: {goal_txt}",
                 f"{m[0]} fortsætter som din mentor med 2 timer om ugen."]
    elif subtype == "refusal":
        title = "Afgørelse: Afslag på mentorstøtte"
        prose = ["Du har søgt om mentorstøtte. Vi har givet dig afslag.",
                 "Begrundelse: Efter LAB § 167 kan der kun gives mentorstøtte, hvis der er et mål om "
                 "beskæftigelse eller uddannelse. Vi har lagt vægt på, at du i dag får støtte efter "
                 "serviceloven, som dækker dit behov, og at det mål, du har beskrevet "
                 f"(\"{goal_txt}\"), ikke forudsætter mentorstøtte."]
    else:  # end
        end = start + dt.timedelta(days=rng.randint(10, 40))
        title = "Afgørelse om ophør af mentorstøtte"
        prose = [f"Din mentorstøtte ophører den {dkdate(end, ds)}.",
                 "Begrundelse: Du er startet på uddannelsen og møder stabilt. Vi har lagt vægt på "
                 "mentorens statusrapport og skolens fraværsopgørelse, jf. LAB § 167.",
                 f"Målet var: {goal_txt}"]
    fields = []
    if "missing-appeal-guidance" in defects:
        rules.add("missing-appeal-guidance")
        if rng.random() < 0.5:
            fields.append(appeal_block(kommune, rng, incomplete=True))
            traits.append("appeal:incomplete")
        else:
            traits.append("appeal:absent")
    else:
        fields.append(appeal_block(kommune, rng))
    doc = {"title": title, "meta": meta, "prose": prose, "fields": fields,
           "closing": ["Med venlig hilsen", f"{rng.choice(FORNAVNE)} {rng.choice(EFTERNAVNE)}, rådgiver",
                       f"Jobcenter {kommune}"],
           "inline_kv": False, "textbox_fields": (), "sidebar_fields": (), "from": f"jobcenter@{kommune.lower()}.dk",
           "greeting": f"Kære {fn}"}
    mnc = [cpr, cpr.replace("-", "")] if cpr else []
    return doc, sorted(rules), traits, mnc, period


def build_unknown(idx, rng, sub):
    fn, ln = person(rng)
    kommune = rng.choice(KOMMUNER)
    m = rng.choice(MENTORER)
    cpr = None
    meta = []
    if rng.random() < 0.2:
        cpr = cpr_for(rng)
    if sub == "status" and idx % 2 == 1:
        title = rng.choice(["Midtvejsstatus – mentorforløb", "Statusnotat til jobcentret"])
        meta = [f"Vedr.: {fn} {ln}" + (f" ({cpr})" if cpr else ""), f"Udarbejdet af mentor {m[0]}, {m[1]}"]
        prose = ["Forløbet er bevilget for perioden 1. marts 2026 – 31. august 2026 med 3 timer pr. uge.",
                 "Mål fra aftalen: Borgeren er i praktik i Føtex 15 timer om ugen senest 1. juni 2026.",
                 "Vurdering af progression: Borgeren er i praktik 10 timer om ugen. Fremmødet er stabilt, "
                 "og delmålet om selv at ringe ved sygdom er nået.",
                 "Anbefaling: fortsæt med uændret timetal. Vi mødes med sagsbehandleren til statusmøde i juni."]
        fields = []
    elif sub == "status":
        title = "Statusrapport fra mentor"
        meta = [f"Borger: {fn} {ln}" + (f", CPR {cpr}" if cpr else ""), f"Mentor: {m[0]}, {m[1]}",
                "Periode for rapporten: marts–april 2026"]
        prose = [f"{fn} har mødt op til 7 ud af 8 aftalte møder. Målet om at starte på FGU i august "
                 "står ved magt, og vi har besøgt skolen sammen.",
                 "Delmål 1 (møde til tiden) er nået. Delmål 2 (SU-ansøgning) mangler.",
                 "Jeg anbefaler, at mentorstøtten fortsætter med 3 timer om ugen frem til skolestart.",
                 "Næste statusmøde: 12. maj 2026."]
        fields = []
    elif sub == "course":
        title = rng.choice(["Kursusbeskrivelse: AMU Lager og logistik (5 dage)",
                            "Kursusbeskrivelse – FGU Produktionsgrunduddannelse, værkstedslinje"])
        prose = ["Kurset giver dig de grundlæggende færdigheder til at arbejde på et lager.",
                 "Målgruppe: Ledige og beskæftigede, der ønsker job inden for lager og logistik.",
                 "Mål for kurset: Efter kurset kan deltageren betjene en håndscanner, plukke ordrer og "
                 "følge sikkerhedsreglerne.", "Varighed: 5 dage, kl. 8.00-15.00. Pris: 1.250 kr.",
                 "Tilmelding: efteruddannelse.dk eller tlf. 70 20 30 40."]
        fields = []
    elif sub == "jobad":
        title = "Stillingsopslag: Mentor til unge (30 timer/uge)"
        prose = [f"{kommune} Kommune søger en engageret mentor til vores ungeindsats.",
                 "Du skal støtte unge på uddannelseshjælp i at starte på og gennemføre FGU, EUD eller VUC. "
                 "Du laver aftaler om mentorstøtte med klare mål og delmål og følger op hver måned.",
                 "Vi tilbyder: 30 timer om ugen, løn efter overenskomst, start 1. august 2026.",
                 f"Ansøgningsfrist: 15. juni 2026. Spørgsmål: {m[0]}, tlf. 21 43 65 87."]
        fields = []
    elif sub == "smart":
        title = "Vejledning: Sådan skriver du SMARTe mål i mentoraftalen"
        prose = ["En aftale om mentorstøtte skal indeholde målet med mentorstøtten, mentorens navn og "
                 "kontaktdata, mentorens opgaver, varigheden, timetallet og klagevejledning.",
                 "Et godt mål er SMART: Specifikt, Målbart, Attraktivt, Realistisk og Tidsbestemt.",
                 "Dårligt mål: \"Borgeren skal arbejde med sig selv.\" Godt mål: \"Borgeren er i praktik "
                 "hos Netto 15 timer om ugen senest 1. juni 2026.\"",
                 "Del gerne hovedmålet op i delmål, og aftal opfølgning hver måned. Perioden er højst "
                 "6 måneder. Husk at skrive, at borgeren kan klage til kommunen inden 4 uger."]
        fields = []
    elif sub == "minutes":
        title = "Referat af netværksmøde"
        meta = [f"Deltagere: {fn} {ln}, {m[0]} (mentor), sagsbehandler, forælder"]
        prose = [f"1. Status: {fn} fortæller, at det går bedre med at komme op om morgenen.",
                 "2. Mål: Vi drøftede, om VUC eller FGU passer bedst. Beslutning udskudt.",
                 "3. Næste møde: 3. juni 2026 kl. 10."]
        fields = []
    elif sub == "mail":
        title = "Vedr. mødet på torsdag"
        prose = [f"Hej {fn}", "Jeg vil bare minde dig om vores møde torsdag kl. 13 på jobcentret. Tag gerne "
                 "din kalender med, så vi kan tale om dine mål og om du stadig vil på SOSU.",
                 f"Hilsen {m[0]}, tlf. 23 45 67 89"]
        fields = []
    elif sub == "private":
        title = "Mentoraftale – Idrætsforeningen Fremad, frivillig mentorordning"
        prose = ["Denne aftale er mellem den unge og en frivillig mentor fra klubben. Kommunen er ikke part.",
                 "Mål: Jeg vil gerne blive bedre til at komme til træning og måske få fritidsjob i klubhuset.",
                 f"Mentor: {m[0]}, tlf. 31 32 33 34.", "Vi mødes hver tirsdag efter træning. Aftalen løber "
                 "sæsonen ud (august 2026 – maj 2027)."]
        fields = []
    else:  # invoice
        title = f"Faktura nr. {rng.randint(1000, 9999)} – mentorforløb"
        prose = [f"Til: Jobcenter {kommune}", f"Vedr.: mentorforløb for {fn} {ln}" + (f" (CPR {cpr})" if cpr else ""),
                 "Ydelse: Mentortimer april 2026, 12 timer á 550 kr. = 6.600 kr.",
                 "Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 0012345678."]
        fields = []
    doc = {"title": title, "meta": meta, "prose": prose, "fields": fields, "closing": [],
           "inline_kv": False, "textbox_fields": (), "sidebar_fields": (), "from": f"{m[0].split()[0].lower()}@mentor.dk",
           "greeting": "Hej"}
    mnc = [cpr, cpr.replace("-", "")] if cpr and (cpr in " ".join(prose + meta)) else []
    return doc, [], [f"unknown:{sub}"], mnc, None


# --------------------------------------------------------------------------------------------

AGR_DEFECTS = [(), (), (), (), (), (), ("missing-hours",), ("missing-goal",), ("missing-follow-up",), ("missing-appeal-guidance",),
               ("missing-mentor",), ("missing-tasks",), ("missing-duration",), ("duration-over-6-months",),
               ("missing-goal",), ("missing-hours", "missing-follow-up"), ("missing-appeal-guidance",
                                                                           "missing-tasks")]
MP_DEFECTS = [(), (), (), (), ("missing-hours",), ("missing-mentor",), ("missing-tasks",), ("missing-duration",),
              ("duration-over-6-months",), ("missing-goal",)]
DEC_DEFECTS = [(), ("missing-appeal-guidance",), (), ("duration-over-6-months",), ("missing-appeal-guidance",),
               ("missing-appeal-guidance", "duration-over-6-months")]

AGR_FORMATS = [("docx", "headings"), ("docx", "table"), ("docx", "textbox"), ("docx", "bold"),
               ("pdf", "twocol"), ("pdf", "sidebar"), ("txt", "plain"), ("html", "casesystem"),
               ("html", "page"), ("eml", "email"), ("md", "headings"), ("rtf", "bold"), ("odt", "table")]
MP_FORMATS = [("html", "casesystem"), ("html", "casesystem"), ("txt", "plain"), ("pdf", "sidebar"),
              ("pdf", "twocol"), ("docx", "table"), ("md", "headings")]
DEC_FORMATS = [("pdf", "twocol"), ("pdf", "sidebar"), ("docx", "headings"), ("eml", "email"),
               ("txt", "plain"), ("html", "page"), ("odt", "headings")]
UNK_SUBS = ["status", "status", "status", "course", "course", "jobad", "jobad", "smart", "smart", "smart",
            "minutes", "mail", "private", "private", "invoice", "status", "course", "jobad"]
UNK_FORMATS = [("pdf", "twocol"), ("docx", "headings"), ("txt", "plain"), ("html", "page"), ("eml", "email"),
               ("pdf", "sidebar"), ("md", "headings")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1167)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    nrng = random.Random(a.seed + 1)  # file names only, kept neutral (no goal style in the name)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    plan = []
    # Agreements: 38
    goal_cycle = CLEAR_STYLES * 5 + UNCLEAR_STYLES * 3
    rng.shuffle(goal_cycle)
    for i in range(38):
        defects = AGR_DEFECTS[i % len(AGR_DEFECTS)]
        gs = goal_cycle[i % len(goal_cycle)]
        fmt, lay = AGR_FORMATS[i % len(AGR_FORMATS)]
        plan.append(("agreement", i, defects, gs, fmt, lay))
    for i in range(22):
        defects = MP_DEFECTS[i % len(MP_DEFECTS)]
        gs = goal_cycle[(i * 3 + 1) % len(goal_cycle)]
        fmt, lay = MP_FORMATS[i % len(MP_FORMATS)]
        plan.append(("minplan", i, defects, gs, fmt, lay))
    subs = ["grant", "partial", "extension", "refusal", "end"]
    for i in range(22):
        sub = subs[i % len(subs)]
        defects = DEC_DEFECTS[(i // 2 + i) % len(DEC_DEFECTS)]
        if sub in ("refusal", "end"):
            defects = tuple(x for x in defects if x != "duration-over-6-months")
        gs = goal_cycle[(i * 5 + 2) % len(goal_cycle)]
        fmt, lay = DEC_FORMATS[i % len(DEC_FORMATS)]
        plan.append(("decision", i, defects, gs, fmt, lay, sub))
    for i, sub in enumerate(UNK_SUBS):
        fmt, lay = UNK_FORMATS[i % len(UNK_FORMATS)]
        plan.append(("unknown", i, (), None, fmt, lay, sub))

    entries = []
    odt_jobs = []
    tmp = Path(tempfile.mkdtemp(prefix="el_"))
    for item in plan:
        kind, i, defects, gs, fmt, lay = item[:6]
        # unclear goals stay alongside defects only when the goal itself is present
        if kind == "agreement" and "missing-follow-up" in defects and gs == "headline_delmaal":
            gs = "list"  # "Delmål" is a follow-up cue in domain.md § 8; keep missing-follow-up unambiguous
        if kind in ("agreement", "minplan"):
            doc, rules, traits, mnc, period = build_contract(kind, i, rng, set(defects), gs, lay, fmt)
            subtype = kind
            folder = "aftaler" if kind == "agreement" else "minplan"
            stem = nrng.choice(["aftale_mentorstoette", "mentoraftale", "aftale-om-mentor", "mentor_aftale_underskrevet"]
                               if kind == "agreement" else ["minplan_udskrift", "min-plan-mentor", "plan_indsats_mentor"])
            name = f"{folder}/{i:02d}_{stem}.{fmt}"
        elif kind == "decision":
            sub = item[6]
            doc, rules, traits, mnc, period = build_decision(i, rng, sub, set(defects), gs, fmt)
            subtype = sub
            name = f"afgoerelser/{i:02d}_{nrng.choice(['afgoerelse_mentor', 'brev_mentorstoette', 'afg'])}.{fmt}"
        else:
            sub = item[6]
            doc, rules, traits, mnc, period = build_unknown(i, rng, sub)
            subtype = sub
            name = f"andet/{i:02d}_{nrng.choice(['dokument', 'bilag', 'scan_upload', 'mentor'])}.{fmt}"
        p = out / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            render_txt(doc, p)
        elif fmt == "md":
            render_md(doc, p)
        elif fmt == "html":
            render_html(doc, p, lay)
        elif fmt == "eml":
            render_eml(doc, p, rng)
        elif fmt == "docx":
            render_docx(doc, p, lay)
        elif fmt == "pdf":
            render_pdf(doc, p, lay)
        elif fmt == "rtf":
            render_rtf(doc, p)
        elif fmt == "odt":
            src = tmp / (p.stem + ".docx")
            render_docx(doc, src, lay)
            odt_jobs.append((src, p))
        entries.append({"path": name, "format": fmt, "kind": kind, "subtype": subtype,
                        "layout": f"{fmt}-{lay}", "rules": sorted(rules), "extras": [], "error": None,
                        "accept_errors": [], "must_not_contain": [x for x in mnc if x], "traits": traits,
                        "period": period})
    if odt_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_el_profile", "--headless",
                        "--convert-to", "odt", "--outdir", str(tmp)] + [str(s) for s, _ in odt_jobs],
                       check=True, capture_output=True)
        for s, p in odt_jobs:
            shutil.move(str(tmp / (s.stem + ".odt")), str(p))
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
