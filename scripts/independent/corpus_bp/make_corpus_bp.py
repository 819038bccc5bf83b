#!/usr/bin/env python3
"""Independent corpus `bp`: paperwork written by MENTOR PROVIDERS.

Private mentor companies, social-economic enterprises, a municipal mentor unit and a language
school write agreements with the citizen in their own templates ("forløbsaftale",
"samarbejdsaftale", "opstartsaftale", "indsatsaftale om mentorstøtte"), type Min Plan entries
into the municipality's portal, and produce paperwork that is none of the kinds (status reports,
offers, invoices, internal mentor agreements, course descriptions, a sports club's programme).

Labels are decided here from the rule docs (`mentordocs rules NAME`) and domain.md, never from
linter output.  Deterministic: fixed seed.  Usage: make_corpus_bp.py --out DIR
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

SEED = 20261129
R = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

PROVIDERS = [
    dict(name="Jobvejen ApS", short="Jobvejen", cvr="38214490", phone="70 20 31 45",
         mail="kontakt@jobvejen.dk", addr="Vestergade 14, 4200 Slagelse", web="www.jobvejen.dk",
         domain="jobvejen.dk", type="privat"),
    dict(name="Café Fællesskabet – socialøkonomisk virksomhed", short="Café Fællesskabet",
         cvr="36901127", phone="55 72 10 08", mail="info@cafefaellesskabet.dk",
         addr="Torvet 3, 4700 Næstved", web="cafefaellesskabet.dk", domain="cafefaellesskabet.dk",
         type="socialøkonomisk"),
    dict(name="Mentorenheden, Holbæk Kommune", short="Mentorenheden", cvr="29188947",
         phone="72 36 36 36", mail="mentorenheden@holb.dk", addr="Kanalstræde 2, 4300 Holbæk",
         web="holbaek.dk", domain="holb.dk", type="kommunal"),
    dict(name="Sprogcenter Midtsjælland", short="Sprogcentret", cvr="31442876", phone="46 31 40 40",
         mail="sprogcenter@sprogmidt.dk", addr="Køgevej 80, 4000 Roskilde", web="sprogmidt.dk",
         domain="sprogmidt.dk", type="sprogskole"),
    dict(name="Brobyggerne S.m.b.a.", short="Brobyggerne", cvr="40558219", phone="61 44 20 90",
         mail="hej@brobyggerne.dk", addr="Jernbanegade 21, 4100 Ringsted", web="brobyggerne.dk",
         domain="brobyggerne.dk", type="socialøkonomisk"),
    dict(name="Puls & Perspektiv IVS", short="Puls & Perspektiv", cvr="39877305",
         phone="22 18 40 71", mail="mail@pulsperspektiv.dk", addr="Algade 55, 4600 Køge",
         web="pulsperspektiv.dk", domain="pulsperspektiv.dk", type="privat"),
    dict(name="NordVest Mentor & Coaching A/S", short="NordVest Mentor", cvr="35120946",
         phone="59 51 88 00", mail="info@nvmentor.dk", addr="Skibbrogade 9, 4400 Kalundborg",
         web="nvmentor.dk", domain="nvmentor.dk", type="privat"),
]
KOMMUNER = ["Slagelse", "Næstved", "Holbæk", "Roskilde", "Ringsted", "Køge", "Kalundborg",
            "Vordingborg"]
MENTORS = ["Sara Kjeldsen", "Mikkel Dahl", "Yasmin Haddad", "Jens Ove Thomsen", "Line Brask",
           "Kasper Nygaard", "Fatima Rahimi", "Henriette Lund", "Tobias Friis", "Mette Kragh",
           "Ali Demir", "Birgitte Holm"]
CITIZENS = ["Anna Sørensen", "Mohammed Al-Sayed", "Jonas Petersen", "Camilla Winther",
            "Ahmad Karimi", "Louise Bach", "Nikolaj Berg", "Rasmus Lindholm", "Emma Jakobsen",
            "Dorthe Mikkelsen", "Omar Yousef", "Kristina Pedersen", "Mathias Hvid",
            "Sofie Laursen", "Patrick Olsen", "Amalie Rask", "Hassan Farah", "Tina Skov"]
CASEWORKERS = ["Lone Frederiksen", "Peter Vinther", "Susanne Eriksen", "Hanne Riis",
               "Martin Krogh"]

CLEAR_GOALS = [
    "Jeg vil i gang med FVU-dansk på VUC Storstrøm i januar og møde op til alle timer.",
    "Jeg vil have et arbejde på et lager. Først i praktik 15 timer om ugen hos Dagrofa i Ringsted.",
    "Jeg vil bestå AMU-kurset i truck (certifikat B) i marts og søge job som lagermedarbejder.",
    "Jeg vil starte på SOSU-hjælperuddannelsen i Næstved i august 2026 og gennemføre grundforløbet.",
    "Jeg vil klare min virksomhedspraktik i køkkenet hos Café Fællesskabet fire dage om ugen.",
    "Jeg vil bestå Prøve i Dansk 2 til juni og bagefter komme i praktik i en børnehave.",
    "Jeg vil have et fleksjob som pedelmedhjælper på en skole, 12 timer om ugen.",
    "Jeg vil gennemføre FGU Produktionsgrunduddannelse (værksted) og møde mindst 90 % af dagene.",
    "Jeg vil have et job i butik, og først skal jeg klare et løntilskudsjob i Netto 25 timer om ugen.",
    "Jeg vil komme på HF-enkeltfag i matematik på VUC til september og aflevere alle opgaver.",
]
VAGUE_GOALS = [
    "Jeg vil have det bedre med mig selv.",
    "Øget trivsel og mere struktur på hverdagen.",
    "Støtte til at komme videre i livet.",
    "At arbejde med sig selv og få et bedre selvværd.",
    "Sikre at borgeren får det godt og bliver mere selvstændig.",
]
TASKS = [
    ["Følges med dig til praktikstedet de første to uger",
     "Ugentlig samtale om fremmøde, transport og hvordan det går",
     "Hjælp til at bruge kalender og MitID, så du selv kan holde styr på aftaler"],
    ["Hjælpe dig med at finde og søge ind på et FVU-hold",
     "Øve busruten til skolen sammen med dig",
     "Tale med underviseren, hvis der opstår problemer (med dit samtykke)"],
    ["Forberede samtaler med praktikvirksomheden sammen med dig",
     "Støtte dig i at melde fravær korrekt og til tiden",
     "Hjælpe med post fra kommunen og lægen"],
    ["Morgenopkald de dage du skal på skole", "Lektiestøtte en gang om ugen",
     "Hjælpe dig i kontakt med SPS-vejlederen på skolen"],
]
TASK_PROSE = [
    "{m} skal hjælpe dig med at komme afsted om morgenen, med kontakten til praktikstedet og med at "
    "forstå breve fra kommunen.",
    "Mentoren støtter dig i at møde stabilt på skolen, planlægger ugen sammen med dig og tager med "
    "til samtaler med studievejlederen.",
]


def dk_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


OK_PERIODS = [(date(2026, 3, 1), date(2026, 8, 31)), (date(2026, 1, 12), date(2026, 6, 30)),
              (date(2026, 9, 1), date(2027, 2, 28)), (date(2026, 4, 15), date(2026, 10, 14)),
              (date(2026, 5, 4), date(2026, 7, 31)), (date(2026, 8, 17), date(2027, 1, 31)),
              (date(2026, 2, 2), date(2026, 5, 29)), (date(2026, 10, 1), date(2027, 3, 31))]
LONG_PERIODS = [(date(2026, 2, 1), date(2026, 12, 31)), (date(2026, 3, 1), date(2026, 9, 30)),
                (date(2026, 1, 5), date(2026, 12, 18)), (date(2026, 6, 1), date(2027, 5, 31))]

HOURS_OK = ["2 timer pr. uge", "1½ time om ugen", "8 timer om måneden", "i alt 40 mentortimer i perioden",
            "3 t/uge", "halvanden time ugentligt", "to timer om ugen (direkte kontakt)",
            "op til 4 timer pr. uge de første 4 uger, derefter 2 timer pr. uge", "26 timer i alt"]
HOURS_VAGUE = ["Efter behov", "Et par timer om ugen, afhængigt af hvordan det går",
               "Løbende efter aftale"]

FOLLOW_UPS = [
    "Vi holder statusmøde med dig og din sagsbehandler hver 4. uge. Efter 3 måneder skriver vi en "
    "midtvejsstatus, og 14 dage før forløbet slutter evaluerer vi sammen, om du har nået dit mål.",
    "Opfølgning hver måned på et fælles møde. Delmål: fremmøde mindst fire dage om ugen fra uge 2; "
    "status til kommunen ved midtvejs og ved afslutning.",
    "Din sagsbehandler og mentor følger op på målene hver 6. uge. Vi måler progression på "
    "fremmøde og på dine delmål.",
    "Sådan følger vi op: Midtvejsevaluering efter 12 uger og slutevaluering 14 dage før ophør, "
    "altid sammen med dig.",
]

CONTACT_FREQ = ["Vi ses som udgangspunkt hver tirsdag kl. 9.30 og skriver på sms imellem.",
                "Vi mødes en gang om ugen, enten hos os, hjemme hos dig eller på praktikstedet.",
                "Vi ringer sammen hver mandag og mødes hver anden uge."]


def appeal_text(k: str, variant: str) -> str:
    if variant == "ok1":
        return (f"Hvis du ikke er enig i kommunens afgørelse, skal du klage til {k} Kommune inden fire "
                "uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er "
                "modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til "
                "Ankestyrelsen, som tager stilling til afgørelsen.")
    if variant == "ok2":
        return (f"Det er {k} Kommune og ikke os, der har truffet afgørelsen om mentorstøtte. Er du "
                f"utilfreds med afgørelsen, kan du klage mundtligt eller skriftligt til {k} Kommune, "
                "Jobcenter, inden 4 uger efter at du har modtaget den. Kommunen genvurderer sagen. "
                "Fastholder kommunen afgørelsen, sender den klagen videre til Ankestyrelsen "
                "(LAB § 204, retssikkerhedsloven kap. 10).")
    if variant == "wrong":
        return ("Hvis du er utilfreds med afgørelsen, kan du klage direkte til Ankestyrelsen, "
                "7998 Statsservice, inden 4 uger efter at du har modtaget aftalen.")
    if variant == "vague":
        return "Du kan klage over afgørelsen til kommunen."
    if variant == "provider":
        return ("Er du utilfreds med dit forløb hos os, så tag det op med din mentor eller ring til "
                "vores daglige leder. Vi svarer inden for 5 arbejdsdage.")
    raise ValueError(variant)


def cpr() -> str:
    d = date(R.randint(1970, 2005), R.randint(1, 12), R.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{R.randint(1000, 9999)}"


def phone() -> str:
    return f"{R.randint(20, 61)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"


# ---------------------------------------------------------------------------------------------
# Document model: title, provider letterhead, intro lines, sections [(label, str | list)], closing
# ---------------------------------------------------------------------------------------------

class Doc:
    def __init__(self, title, prov, sections, intro=(), closing=(), sidebar=None, footer_contact=None):
        self.title = title
        self.prov = prov
        self.sections = sections
        self.intro = list(intro)
        self.closing = list(closing)
        self.sidebar = sidebar  # list of lines
        self.footer_contact = footer_contact  # a section moved into the page footer

    def plain_lines(self):
        out = [self.title, ""] + self.intro + ([""] if self.intro else [])
        for label, val in self.sections:
            out.append(label)
            if isinstance(val, list):
                out += [f"- {v}" for v in val]
            else:
                out.append(val)
            out.append("")
        out += self.closing
        return out


def letterhead_line(p):
    return f"{p['name']} · {p['addr']} · Tlf. {p['phone']} · {p['mail']} · CVR {p['cvr']}"


# ------------------------------- renderers ---------------------------------------------------

def render_txt(doc: Doc, path: Path, style: int):
    lines = []
    if style == 0:
        lines += [doc.prov["name"].upper(), doc.prov["addr"], f"Tlf. {doc.prov['phone']}  ·  {doc.prov['mail']}",
                  f"CVR {doc.prov['cvr']}", "", doc.title, "=" * len(doc.title), ""]
        lines += doc.intro + ([""] if doc.intro else [])
        for label, val in doc.sections:
            lines.append(f"{label}:" if not label.endswith(("?", ":")) else label)
            lines += [f"  * {v}" for v in val] if isinstance(val, list) else [val]
            lines.append("")
    else:
        lines += [f"# {doc.title}", "", f"_{doc.prov['name']}, CVR {doc.prov['cvr']}_", ""]
        lines += doc.intro + ([""] if doc.intro else [])
        for label, val in doc.sections:
            lines.append(f"## {label.rstrip(':')}")
            lines.append("")
            lines += [f"- {v}" for v in val] if isinstance(val, list) else [val]
            lines.append("")
    lines += doc.closing
    if doc.footer_contact:
        lines += ["", doc.footer_contact]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def render_html(doc: Doc, path: Path, style: int):
    p = doc.prov
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
             f"<title>{escape(doc.title)} – {escape(p['short'])}</title>",
             "<style>body{font-family:Arial}.lbl{font-weight:bold}.nav{background:#eee}</style>",
             "<script>window.portalConfig={user:'leverandoer',mentorTimer:12,mål:'ikke vist'};</script>",
             "</head><body>",
             f"<div class='nav'><a href='#'>Forside</a> | <a href='#'>Mine borgere</a> | <a href='#'>Log ud</a></div>",
             f"<div class='hdr'><img alt='{escape(p['short'])} logo' src='logo.png'> "
             f"<span>{escape(p['name'])}</span></div>",
             f"<h1>{escape(doc.title)}</h1>"]
    for line in doc.intro:
        parts.append(f"<p>{escape(line)}</p>")
    if style == 0:
        parts.append("<dl>")
        for label, val in doc.sections:
            parts.append(f"<dt>{escape(label)}</dt>")
            if isinstance(val, list):
                parts.append("<dd><ul>" + "".join(f"<li>{escape(v)}</li>" for v in val) + "</ul></dd>")
            else:
                parts.append(f"<dd>{escape(val)}</dd>")
        parts.append("</dl>")
    elif style == 1:
        for label, val in doc.sections:
            parts.append("<div class='felt'><div class='felt-inner'>")
            parts.append(f"<div class='lbl'>{escape(label)}</div>")
            if isinstance(val, list):
                parts.append("<div class='val'><ul>" + "".join(f"<li>{escape(v)}</li>" for v in val) + "</ul></div>")
            else:
                parts.append(f"<div class='val'>{escape(val)}</div>")
            parts.append("</div></div>")
    else:
        parts.append("<table border='1' cellpadding='4'>")
        for label, val in doc.sections:
            v = "; ".join(val) if isinstance(val, list) else val
            parts.append(f"<tr><th align='left'>{escape(label)}</th><td>{escape(v)}</td></tr>")
        parts.append("</table>")
    for line in doc.closing:
        parts.append(f"<p>{escape(line)}</p>")
    parts.append(f"<footer><small>{escape(letterhead_line(p))}</small></footer>")
    if doc.footer_contact:
        parts.append(f"<p><small>{escape(doc.footer_contact)}</small></p>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def render_eml(doc: Doc, path: Path, kw: str, citizen_mail: str):
    p = doc.prov
    m = EmailMessage()
    m["From"] = f"{kw} <{kw.split()[0].lower()}@{p['domain']}>"
    m["To"] = citizen_mail
    m["Subject"] = doc.title
    m["Date"] = format_datetime(datetime(2026, R.randint(1, 10), R.randint(1, 28), 10, 12, tzinfo=timezone.utc))
    body = ["Hej", "", "Her er det, vi aftalte på opstartsmødet. Skriv endelig, hvis noget skal rettes.", ""]
    body += doc.plain_lines()[2:]
    body += ["", "Venlig hilsen", kw, p["name"], "-- ", f"{p['name']} | {p['addr']} | CVR {p['cvr']}",
             f"Hovednummer {p['phone']} | {p['web']}", "",
             "Den 3. februar 2026 skrev Lone Frederiksen <lofr@kommune.dk>:",
             "> Hej, husk at sende aftalen til borgeren og til mig. Ring på 58 57 36 00 hvis der er spørgsmål.",
             "> Mvh Lone, Jobcenter"]
    m.set_content("\n".join(body))
    path.write_bytes(bytes(m))


def _docx_pd(doc: Doc, path: Path, style: int):
    from docx import Document
    from docx.shared import Pt, RGBColor
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(doc.prov["name"])
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x8A)
    sec.header.add_paragraph(f"{doc.prov['addr']} · Tlf. {doc.prov['phone']} · {doc.prov['mail']} · CVR {doc.prov['cvr']}")
    fp = sec.footer.paragraphs[0]
    fp.text = doc.footer_contact or f"{doc.prov['web']} · Side 1"
    d.add_heading(doc.title, level=1)
    for line in doc.intro:
        d.add_paragraph(line)
    if style == 0:
        for label, val in doc.sections:
            d.add_heading(label, level=2)
            if isinstance(val, list):
                for v in val:
                    d.add_paragraph(v, style="List Bullet")
            else:
                d.add_paragraph(val)
    elif style == 1:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, val in doc.sections:
            row = t.add_row().cells
            row[0].text = label
            row[0].paragraphs[0].runs[0].bold = True
            if isinstance(val, list):
                row[1].text = val[0]
                for v in val[1:]:
                    row[1].add_paragraph(v)
            else:
                row[1].text = val
    else:
        for label, val in doc.sections:
            para = d.add_paragraph()
            rr = para.add_run(label + (" " if label.endswith((":", "?")) else ": "))
            rr.bold = True
            if isinstance(val, list):
                for v in val:
                    d.add_paragraph(v, style="List Number")
            else:
                para.add_run(val)
    for line in doc.closing:
        d.add_paragraph(line)
    d.save(str(path))


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'mc:Ignorable="wps"')


def _p(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _textbox(paras_xml, idx):
    return (f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{idx}" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>4800000</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="2400000" cy="1400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{idx}" name="Tekstfelt {idx}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2400000" cy="1400000"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape id="Tekstfelt{idx}" type="#_x0000_t202" style="position:absolute;width:189pt;height:110pt">'
            f'<v:textbox><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            f'</mc:AlternateContent></w:r></w:p>')


def _docx_xml(doc: Doc, path: Path, textbox_section: str | None):
    body = [_p(doc.title, bold=True, size=32)]
    for line in doc.intro:
        body.append(_p(line))
    for label, val in doc.sections:
        vals = val if isinstance(val, list) else [val]
        content = _p(label, bold=True) + "".join(_p(("• " if isinstance(val, list) else "") + v) for v in vals)
        if textbox_section and label == textbox_section:
            body.append(_textbox(content, 5))
        else:
            body.append(content)
    for line in doc.closing:
        body.append(_p(line))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" '
            'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>'
                + "".join(body) + sect + "</w:body></w:document>")
    p = doc.prov
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>'
              + _p(p["name"], bold=True, size=28) + _p(f"CVR {p['cvr']} · {p['web']}") + "</w:hdr>")
    foot_lines = [doc.footer_contact] if doc.footer_contact else []
    foot_lines.append(f"{p['addr']} · Tlf. {p['phone']} · {p['mail']}")
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>'
              + "".join(_p(x, size=16) for x in foot_lines)
              + '<w:p><w:r><w:t xml:space="preserve">Side </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
              + "</w:ftr>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
             '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/header1.xml", header)
        z.writestr("word/footer1.xml", footer)


def _pdf_rl(doc: Doc, path: Path, sidebar: bool):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    W, H = A4
    p = doc.prov
    left = 62 * 2.8346 if sidebar else 56
    side_lines = doc.sidebar or []

    def on_page(c, d):
        c.saveState()
        c.setFillColor(HexColor("#1F5C8A"))
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont("DVB", 16)
        c.drawString(40, H - 40, p["short"].upper())
        c.setFont("DV", 8)
        c.drawString(40, H - 55, p["name"])
        c.setFillColor(HexColor("#000000"))
        if sidebar:
            c.setFillColor(HexColor("#EEF3F7"))
            c.rect(0, 0, left - 14, H - 70, fill=1, stroke=0)
            c.setFillColor(HexColor("#000000"))
            y = H - 100
            for i, line in enumerate(side_lines):
                c.setFont("DVB" if line.isupper() or i == 0 else "DV", 7.5)
                c.drawString(14, y, line)
                y -= 11
        c.setFont("DV", 7)
        c.drawString(left, 30, f"{p['addr']} · Tlf. {p['phone']} · CVR {p['cvr']}")
        if doc.footer_contact:
            c.drawString(left, 20, doc.footer_contact)
        c.drawRightString(W - 40, 30, f"Side {d.page}")
        c.restoreState()

    dt = BaseDocTemplate(str(path), pagesize=A4, title=doc.title, author=p["name"])
    frame = Frame(left, 50, W - left - 45, H - 140, id="main")
    dt.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=2,
                        textColor=HexColor("#1F5C8A"))
    bt = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13)
    story = [Paragraph(escape(doc.title), h1)]
    for line in doc.intro:
        story.append(Paragraph(escape(line), bt))
    for label, val in doc.sections:
        story.append(Paragraph(escape(label), h2))
        if isinstance(val, list):
            for v in val:
                story.append(Paragraph("• " + escape(v), bt))
        else:
            story.append(Paragraph(escape(val), bt))
    story.append(Spacer(1, 10))
    for line in doc.closing:
        story.append(Paragraph(escape(line), bt))
    dt.build(story)


# ---------------------------------------------------------------------------------------------
# Document builders
# ---------------------------------------------------------------------------------------------

AGREEMENT_TITLES = ["Forløbsaftale – mentorstøtte", "Samarbejdsaftale om mentorforløb",
                    "Indsatsaftale om mentorstøtte", "Opstartsaftale – mentorforløb",
                    "Aftale om mentorstøtte", "Din aftale om mentorforløb hos {short}"]
GOAL_LABELS = ["Det arbejder vi hen imod", "Dit mål med forløbet", "Mål for mentorstøtten",
               "Hvad vil du gerne opnå?", "Formål og mål"]
MENTOR_LABELS = ["Din kontaktperson hos os", "Din mentor", "Mentors kontaktdata", "Kontaktperson"]
TASK_LABELS = ["Det hjælper vi dig med", "Mentorens opgaver", "Indhold i forløbet",
               "Hvad skal mentor hjælpe med?"]
DUR_LABELS = ["Tidsramme", "Periode", "Forløbets varighed", "Start og slut"]
HOURS_LABELS = ["Omfang", "Timetal", "Antal mentortimer", "Så meget tid har vi sammen"]
FU_LABELS = ["Sådan følger vi op", "Opfølgning og evaluering", "Status og opfølgning"]
APPEAL_LABELS = ["Hvis du er utilfreds med afgørelsen", "Klagevejledning", "Sådan klager du"]


def period_text(s: date, e: date, style: int) -> str:
    if style == 4:
        return f"Forløbet starter {dk_date(s, 0)} og slutter {dk_date(e, 0)}."
    if style == 5:
        return f"f.o.m. {dk_date(s, 1)} t.o.m. {dk_date(e, 1)}"
    sep = R.choice([" – ", "-", " til "])
    return dk_date(s, style) + sep + dk_date(e, style)


def build_agreement(i: int, defects: set[str], fmt_hint: str):
    prov = PROVIDERS[i % len(PROVIDERS)]
    k = KOMMUNER[i % len(KOMMUNER)]
    mentor = MENTORS[i % len(MENTORS)]
    first = mentor.split()[0]
    cit = CITIZENS[i % len(CITIZENS)]
    cw = CASEWORKERS[i % len(CASEWORKERS)]
    mphone = phone()
    mmail = f"{first.lower()}@{prov['domain']}"
    rules, extras, traits = set(), [], [f"provider:{prov['type']}"]
    pcpr = cpr() if R.random() < 0.33 else None
    title = AGREEMENT_TITLES[i % len(AGREEMENT_TITLES)].format(short=prov["short"])

    intro = [f"Borger: {cit}" + (f", CPR-nr. {pcpr}" if pcpr else ""),
             f"Henvist af: {k} Kommune, Jobcenter – sagsbehandler {cw}",
             f"Leverandør: {prov['name']} (CVR {prov['cvr']})"]
    secs = []
    # goal
    if "missing-goal" in defects:
        rules.add("missing-goal")
        if R.random() < 0.5:
            secs.append((GOAL_LABELS[i % len(GOAL_LABELS)], "Udfyldes ved første samtale"))
            traits.append("goal:placeholder")
    elif "unclear-goal" in defects:
        rules.add("unclear-goal")
        g = VAGUE_GOALS[i % len(VAGUE_GOALS)]
        secs.append((GOAL_LABELS[i % len(GOAL_LABELS)], f"Med dine egne ord: \u201d{g}\u201d" if g.startswith("Jeg") else g))
    else:
        g = CLEAR_GOALS[i % len(CLEAR_GOALS)]
        delmaal = ""
        if i % 4 == 2 and i < 22:
            delmaal = (" Delmål: 1) Møde op til første samtale med vejlederen. 2) Fremmøde mindst "
                       "fire dage om ugen i de første otte uger.")
            traits.append("goal:delmaal")
        secs.append((GOAL_LABELS[i % len(GOAL_LABELS)], (f"Med dine egne ord: \u201d{g}\u201d" if i % 2 else f"\u201d{g}\u201d") + delmaal))
    # mentor
    mentor_block = f"{mentor}, {prov['short']} · mobil {mphone} · {mmail}"
    footer_contact = None
    textbox = None
    if "missing-mentor" in defects:
        rules.add("missing-mentor")
        secs.append((MENTOR_LABELS[i % len(MENTOR_LABELS)], "Du får besked om, hvem din mentor bliver, når vi har matchet jer."))
    else:
        if fmt_hint == "docx-xml-footer":
            footer_contact = f"Din mentor: {mentor} · tlf. {mphone} · {mmail}"
            traits.append("mentor:in-footer")
        else:
            secs.append((MENTOR_LABELS[i % len(MENTOR_LABELS)], mentor_block))
            if fmt_hint == "docx-xml-textbox":
                textbox = MENTOR_LABELS[i % len(MENTOR_LABELS)]
                traits.append("mentor:in-textbox")
    # tasks
    if "missing-tasks" in defects:
        rules.add("missing-tasks")
    else:
        if i % 3 == 0:
            secs.append((f"{first} skal hjælpe dig med:", TASKS[i % len(TASKS)]))
            traits.append("tasks:first-name-lead")
        elif i % 5 == 1:
            secs.append((TASK_LABELS[i % len(TASK_LABELS)], TASK_PROSE[i % 2].format(m=first)))
        else:
            secs.append((TASK_LABELS[i % len(TASK_LABELS)], TASKS[i % len(TASKS)]))
    # contact frequency (provider's own section, not a mandatory field); in a few clean
    # agreements it is the only place the hours are stated
    hours_in_contact = i in (5, 12, 19)
    if hours_in_contact:
        secs.append(("Sådan holder vi kontakt", "Vi mødes hver tirsdag kl. 9-11 hos os, altså 2 timer "
                     "om ugen, og skriver på sms imellem."))
        traits.append("hours:in-contact-section")
    elif i % 2 == 0:
        secs.append(("Sådan holder vi kontakt", CONTACT_FREQ[i % len(CONTACT_FREQ)]))
    # duration
    period = None
    if "missing-duration" in defects:
        rules.add("missing-duration")
        secs.append((DUR_LABELS[i % len(DUR_LABELS)], "Forløbet fortsætter, så længe du har brug for det (højst 6 måneder ad gangen)."))
    else:
        if "duration-over-6-months" in defects:
            rules.add("duration-over-6-months")
            s, e = LONG_PERIODS[i % len(LONG_PERIODS)]
        else:
            s, e = OK_PERIODS[i % len(OK_PERIODS)]
        if i == 41:
            s, e = date(2026, 3, 2), date(2026, 12, 1)
            ptxt = "9 måneder fra opstart den 2. marts 2026"
            traits.append("period:length-only")
        elif i == 7:
            s, e = date(2026, 3, 2), date(2026, 8, 30)
            ptxt = "Uge 10–35 2026"
            traits.append("period:weeks")
        else:
            ptxt = period_text(s, e, i % 6)
        period = {"start": s.isoformat(), "end": e.isoformat()}
        secs.append((DUR_LABELS[i % len(DUR_LABELS)], ptxt))
    # hours
    if "missing-hours" in defects:
        rules.add("missing-hours")
        if i == 49:
            secs.append(("Omfang", "\u2610 1 time pr. uge   \u2610 2 timer pr. uge   \u2610 3 timer pr. uge   \u2610 Andet: ______"))
            traits.append("hours:no-box-ticked")
        elif R.random() < 0.7:
            secs.append((HOURS_LABELS[i % len(HOURS_LABELS)], HOURS_VAGUE[i % len(HOURS_VAGUE)]))
            traits.append("hours:vague")
    elif hours_in_contact:
        pass
    elif i in (1, 16):
        secs.append(("Omfang", "\u2610 1 time pr. uge   \u2612 2 timer pr. uge   \u2610 3 timer pr. uge"))
        traits.append("hours:checkbox")
    else:
        secs.append((HOURS_LABELS[i % len(HOURS_LABELS)], HOURS_OK[i % len(HOURS_OK)].capitalize()))
    # follow-up
    if "missing-follow-up" in defects:
        rules.add("missing-follow-up")
    else:
        secs.append((FU_LABELS[i % len(FU_LABELS)], FOLLOW_UPS[i % len(FOLLOW_UPS)]))
    # appeal
    if "missing-appeal-guidance" in defects:
        rules.add("missing-appeal-guidance")
        v = R.choice(["absent", "vague", "provider"])
        traits.append(f"appeal:{v}")
        if v != "absent":
            secs.append((APPEAL_LABELS[i % len(APPEAL_LABELS)] if v == "vague" else "Hvis du er utilfreds", appeal_text(k, v)))
    elif "appeal-wrong-route" in defects:
        extras.append("appeal-wrong-route")
        secs.append((APPEAL_LABELS[i % len(APPEAL_LABELS)], appeal_text(k, "wrong")))
    else:
        secs.append((APPEAL_LABELS[i % len(APPEAL_LABELS)], appeal_text(k, "ok1" if i % 2 else "ok2")))
    closing = ["Vi har gennemgået aftalen sammen og er enige om indholdet.", "",
               f"Dato: {dk_date(date(2026, R.randint(1, 10), R.randint(1, 28)), 1)}",
               f"Underskrift borger: ______________    Underskrift mentor: ______________"]
    sidebar = [prov["short"].upper(), prov["addr"].split(",")[0], prov["addr"].split(",")[1].strip(),
               f"Tlf. {prov['phone']}", prov["mail"], f"CVR {prov['cvr']}", "",
               "Åbningstid", "man-tors 8-15.30", "fre 8-13"]
    if fmt_hint.startswith("pdf-rl") and i % 2 == 0:
        secs.insert(0, ("Om os", f"{prov['name']} har siden 2014 lavet mentorforløb for borgere henvist af "
                        "kommunerne på Sjælland. Vores mentorer har en social- eller pædagogfaglig "
                        "baggrund og arbejder efter en fælles faglig metode. " * 3 +
                        "Vi samarbejder med lokale virksomheder, uddannelsessteder og foreninger, og vi "
                        "lægger vægt på, at du selv er med til at bestemme, hvad forløbet skal handle om. " * 4))
        traits.append("provider-presentation")
    doc = Doc(title, prov, secs, intro, closing, sidebar=sidebar, footer_contact=footer_contact)
    if pcpr:
        traits.append("cpr")
    meta = dict(kind="agreement", subtype={"din": "aftale"}.get(title.split(" ")[0].lower(), title.split(" ")[0].lower()), rules=sorted(rules), extras=extras,
                must_not_contain=[pcpr, pcpr.replace("-", "")] if pcpr else [], traits=traits)
    if period:
        meta["period"] = period
    return doc, meta, textbox, (mentor, mmail, cit)


def build_minplan(i: int, defects: set[str]):
    prov = PROVIDERS[(i + 2) % len(PROVIDERS)]
    k = KOMMUNER[(i + 3) % len(KOMMUNER)]
    mentor = MENTORS[(i + 5) % len(MENTORS)]
    cit = CITIZENS[(i + 7) % len(CITIZENS)]
    rules = set()
    title = ["Min Plan – Mentorstøtte", "Min Plan: indsats mentor", "Min Plan – Aktivitet: Mentorstøtte (§ 167)"][i % 3]
    pcpr = cpr() if i % 3 == 0 else None
    intro = [f"Borger: {cit}" + (f" · CPR {pcpr}" if pcpr else ""), f"Kommune: {k} Kommune",
             f"Indtastet af leverandør: {prov['name']} ({mentor})"]
    secs = []
    if "unclear-goal" in defects:
        rules.add("unclear-goal")
        secs.append(("Formål med mentorstøtten", VAGUE_GOALS[i % len(VAGUE_GOALS)]))
    else:
        secs.append(("Formål med mentorstøtten", f"\u201d{CLEAR_GOALS[(i + 3) % len(CLEAR_GOALS)]}\u201d"))
    secs.append(("Mentor", f"{mentor}, {prov['short']}, tlf. {phone()}"))
    if "missing-tasks" in defects:
        rules.add("missing-tasks")
        secs.append(("Mentors opgaver", "-"))
    else:
        secs.append(("Mentors opgaver", TASKS[(i + 1) % len(TASKS)]))
    if "duration-over-6-months" in defects:
        rules.add("duration-over-6-months")
        s, e = LONG_PERIODS[i % len(LONG_PERIODS)]
    else:
        s, e = OK_PERIODS[(i + 2) % len(OK_PERIODS)]
    secs.append(("Varighed", f"{dk_date(s, 1)} - {dk_date(e, 1)}"))
    if "missing-hours" in defects:
        rules.add("missing-hours")
        secs.append(("Timetal", "Efter behov"))
    else:
        secs.append(("Timetal", HOURS_OK[(i + 4) % len(HOURS_OK)]))
    closing = [f"Senest ændret: {dk_date(date(2026, 3, 10 + i), 1)} af {prov['short']} (leverandør)",
               "Planen er synlig for dig på Jobnet."]
    doc = Doc(title, prov, secs, intro, closing)
    meta = dict(kind="minplan", subtype="minplan-provider", rules=sorted(rules), extras=[],
                must_not_contain=[pcpr, pcpr.replace("-", "")] if pcpr else [],
                traits=["written-by-provider"] + (["cpr"] if pcpr else []),
                period={"start": s.isoformat(), "end": e.isoformat()})
    return doc, meta


def build_unknown(i: int, sub: str):
    prov = PROVIDERS[(i + 1) % len(PROVIDERS)]
    k = KOMMUNER[(i + 1) % len(KOMMUNER)]
    mentor = MENTORS[(i + 3) % len(MENTORS)]
    cit = CITIZENS[(i + 4) % len(CITIZENS)]
    s, e = OK_PERIODS[i % len(OK_PERIODS)]
    pcpr = None
    if sub in ("midtvejsstatus", "slutstatus"):
        pcpr = cpr() if i % 3 == 0 else None
        title = "Midtvejsstatus – mentorforløb" if sub == "midtvejsstatus" else "Slutstatus for mentorforløb"
        intro = [f"Til: {k} Kommune, Jobcenter", f"Borger: {cit}" + (f" (CPR {pcpr})" if pcpr else ""),
                 f"Mentor: {mentor}, {prov['short']}, tlf. {phone()}",
                 f"Bevilget periode: {period_text(s, e, 0)}"]
        secs = [("Status på mål", f"Målet er fortsat: \u201d{CLEAR_GOALS[i % len(CLEAR_GOALS)]}\u201d "
                 + ("Borgeren er godt på vej og har haft stabilt fremmøde de sidste seks uger." if sub == "midtvejsstatus"
                    else "Målet er nået: borgeren startede som planlagt og møder stabilt.")),
                ("Forbrug af timer", f"Der er brugt {R.randint(14, 30)} af i alt 40 bevilgede timer."),
                ("Mentors arbejde i perioden", TASKS[i % len(TASKS)]),
                ("Anbefaling", "Vi anbefaler, at forløbet fortsætter uændret til periodens udløb."
                 if sub == "midtvejsstatus" else "Vi anbefaler, at mentorstøtten afsluttes som planlagt.")]
        closing = [f"Med venlig hilsen, {mentor}, {prov['name']}"]
    elif sub == "tilbud":
        title = f"Tilbud på mentorforløb til {k} Kommune"
        intro = [f"Til: {k} Kommune, Center for Arbejdsmarked, att. {CASEWORKERS[i % 5]}",
                 f"Fra: {prov['name']}, CVR {prov['cvr']}"]
        secs = [("Målgruppe", "Aktivitetsparate borgere, der skal i praktik eller starte på uddannelse."),
                ("Indhold", ["Individuel mentorstøtte med fokus på fremmøde og struktur",
                             "Mål i borgerens egne ord, fulgt op hver måned", "Midtvejs- og slutstatus til jobcentret"]),
                ("Omfang og pris", "Standardforløb: 2 timer pr. uge i 6 måneder (52 timer). Timepris 495 kr. ekskl. moms."),
                ("Kontakt", f"{mentor}, salgs- og faglig ansvarlig, tlf. {phone()}, {mentor.split()[0].lower()}@{prov['domain']}"),
                ("Gyldighed", "Tilbuddet gælder i 30 dage fra dags dato.")]
        closing = ["Vi ser frem til samarbejdet."]
    elif sub == "faktura":
        title = f"Faktura nr. 2026-{R.randint(100, 999)}"
        intro = [f"Debitor: {k} Kommune, EAN 5798000{R.randint(100000, 999999)}",
                 f"Kreditor: {prov['name']}, CVR {prov['cvr']}, {prov['addr']}"]
        hours = R.randint(6, 12)
        secs = [("Vedrørende", f"Mentorstøtte til {cit}, mentor {mentor}, periode {period_text(s, e, 1)}"),
                ("Specifikation", [f"{hours} mentortimer i {MONTHS[s.month - 1]} à 495,00 kr.",
                                   f"Kørsel 42 km à 3,79 kr."]),
                ("Beløb", f"I alt ekskl. moms: {hours * 495 + 159:,} kr. – moms 25 % tillægges".replace(",", ".")),
                ("Betaling", "Netto 30 dage. Reg. 1234 konto 0012345678. Spørgsmål: ring på " + prov["phone"])]
        closing = [f"Fakturadato: {dk_date(e, 1)}"]
    elif sub == "intern-mentoraftale":
        emp = CITIZENS[(i + 9) % len(CITIZENS)]
        title = "Mentoraftale – intern oplæring af ny medarbejder"
        intro = [f"{prov['name']}, personaleafdelingen", f"Ny medarbejder: {emp}", f"Mentor (kollega): {mentor}, lokal 214"]
        secs = [("Formål", "At den nye medarbejder hurtigt bliver fortrolig med vores arbejdsgange, kollegaer og kultur."),
                ("Mentors opgaver", ["Gennemgå journalsystemet og vores skabeloner", "Sidemandsoplæring de første 3 uger",
                                     "Ugentlig snak om hvordan det går"]),
                ("Tid", "Mentor har 2 timer om ugen i de første 3 måneder, registreres på intern tidskode 4410."),
                ("Opfølgning", "Nærmeste leder følger op ved prøvetidssamtalen efter 3 måneder.")]
        closing = ["Aftalen er en del af vores personalepolitik og er ikke en afgørelse."]
    elif sub == "kursusbeskrivelse":
        title = ["Kursusbeskrivelse: Dansk på arbejdspladsen med mentor", "Kursusbeskrivelse – Mentorkursus for frivillige"][i % 2]
        intro = [f"{prov['name']} · forår 2026"]
        secs = [("Om kurset", "Kurset kombinerer undervisning med en fast mentor, som deltageren mødes med hver uge."),
                ("Mål for deltagerne", "Deltagerne kan efter kurset præsentere sig selv ved en jobsamtale og forstå en arbejdsplan."),
                ("Omfang", "12 uger, 6 lektioner om ugen plus 1 times mentorsamtale."),
                ("Tilmelding", f"Kontakt {mentor}, tlf. {prov['phone']}, {prov['mail']}")]
        closing = ["Kurset er gratis for kursister henvist af kommunen."]
    elif sub == "idraetsforening":
        title = "Mentorprogram for unge – Ringsted Boldklub"
        intro = ["Et frivilligt tilbud fra klubbens ungdomsafdeling."]
        secs = [("Hvad er det?", "Unge mellem 15 og 19 får en voksen mentor fra klubben, som hjælper med skole, fritidsjob og træning."),
                ("Mentoraftale", "Mentor og den unge laver en mentoraftale med mål, f.eks. \u201dJeg vil have et fritidsjob inden sommer\u201d."),
                ("Tid", "Mentor og den unge ses ca. 2 timer hver anden uge i sæsonen (august-juni)."),
                ("Kontakt", f"Ungdomsformand {mentor}, tlf. {phone()}")]
        closing = ["Programmet er støttet af DGI og lokale sponsorer. Det er gratis at deltage."]
    else:  # mail-moede
        title = "Flytning af statusmøde"
        intro = [f"Hej {cit.split()[0]}"]
        secs = [("Nyt tidspunkt", f"Vi bliver nødt til at flytte vores statusmøde med din sagsbehandler fra torsdag til "
                 f"mandag kl. 10 hos {prov['short']}. Vi skal tale om dit mål og de timer, vi har tilbage "
                 f"i forløbet. Giv mig et ring på {phone()}, hvis tidspunktet ikke passer.")]
        closing = [f"Hilsen {mentor}"]
    doc = Doc(title, prov, secs, intro, closing,
              sidebar=[prov["short"].upper(), prov["addr"], f"Tlf. {prov['phone']}", f"CVR {prov['cvr']}"])
    meta = dict(kind="unknown", subtype=sub, rules=[], extras=[],
                must_not_contain=[pcpr, pcpr.replace("-", "")] if pcpr else [],
                traits=["not-a-mentor-document-kind"] + (["cpr"] if pcpr else []))
    return doc, meta


# ---------------------------------------------------------------------------------------------

AGREEMENT_PLAN = (
    [set()] * 22
    + [{"missing-goal"}] * 3 + [{"unclear-goal"}] * 5 + [{"missing-mentor"}] * 3
    + [{"missing-tasks"}] * 3 + [{"missing-duration"}] * 3 + [{"duration-over-6-months"}] * 5
    + [{"missing-follow-up"}] * 3 + [{"missing-hours"}] * 4 + [{"missing-appeal-guidance"}] * 5
    + [{"appeal-wrong-route"}] * 3
    + [{"missing-follow-up", "missing-appeal-guidance"}, {"unclear-goal", "duration-over-6-months"}]
)
AGREEMENT_FORMATS = ["docx-pd-0", "docx-pd-1", "docx-pd-2", "docx-xml-textbox", "docx-xml-footer",
                     "pdf-rl-sidebar", "pdf-rl-plain", "pdf-lo", "html-0", "html-1", "html-2",
                     "eml", "txt-0", "txt-1", "pdf-rl-sidebar"]
MINPLAN_PLAN = [set(), set(), set(), set(), set(), {"missing-hours"}, {"unclear-goal"},
                {"duration-over-6-months"}, {"missing-tasks"}, set()]
MINPLAN_FORMATS = ["html-0", "html-1", "html-2", "txt-0", "pdf-rl-plain", "html-1", "docx-pd-1",
                   "pdf-rl-plain", "html-0", "txt-1"]
UNKNOWN_PLAN = (["midtvejsstatus"] * 5 + ["slutstatus"] * 4 + ["tilbud"] * 4 + ["faktura"] * 5
                + ["intern-mentoraftale"] * 3 + ["kursusbeskrivelse"] * 3 + ["idraetsforening"] * 3
                + ["mail-moede"] * 3)
UNKNOWN_FORMATS = ["pdf-rl-sidebar", "docx-pd-0", "docx-pd-1", "html-1", "txt-0", "pdf-lo",
                   "docx-xml-textbox", "eml"]

EXT = {"docx": "docx", "pdf": "pdf", "html": "html", "eml": "eml", "txt": "txt"}


def render(doc, fmt, path_noext: Path, textbox, who, lo_jobs):
    family = fmt.split("-")[0]
    if family == "docx":
        path = path_noext.with_suffix(".docx")
        if fmt.startswith("docx-pd"):
            _docx_pd(doc, path, int(fmt[-1]))
            layout = ["headings", "table", "inline-labels"][int(fmt[-1])]
        else:
            _docx_xml(doc, path, textbox)
            layout = "textbox" if textbox else ("footer" if doc.footer_contact else "paragraphs")
        return path, "docx", layout
    if fmt.startswith("pdf-rl"):
        path = path_noext.with_suffix(".pdf")
        _pdf_rl(doc, path, fmt.endswith("sidebar"))
        return path, "pdf", "sidebar" if fmt.endswith("sidebar") else "letterhead"
    if fmt == "pdf-lo":
        path = path_noext.with_suffix(".pdf")
        tmp = path_noext.with_suffix(".lo.docx")
        _docx_pd(doc, tmp, 1 if len(lo_jobs) % 2 else 0)
        lo_jobs.append((tmp, path))
        return path, "pdf", "libreoffice"
    if family == "html":
        path = path_noext.with_suffix(".html")
        render_html(doc, path, int(fmt[-1]))
        return path, "html", ["portal-dl", "portal-divs", "portal-table"][int(fmt[-1])]
    if fmt == "eml":
        path = path_noext.with_suffix(".eml")
        render_eml(doc, path, who[0], f"{who[2].split()[0].lower()}@mail.dk")
        return path, "eml", "email"
    path = path_noext.with_suffix(".txt")
    render_txt(doc, path, int(fmt[-1]))
    return path, "txt", ["plain", "markdown"][int(fmt[-1])]


def run_lo(jobs, out: Path):
    if not jobs:
        return
    tmpdir = Path(tempfile.mkdtemp(prefix="lo_bp_"))
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_bp_profile", "--headless", "--convert-to",
           "pdf", "--outdir", str(tmpdir)] + [str(j[0]) for j in jobs]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    for src, dst in jobs:
        shutil.move(str(tmpdir / (src.stem + ".pdf")), dst)
        src.unlink()
    shutil.rmtree(tmpdir, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    out = ap.parse_args().out
    if out.exists():
        shutil.rmtree(out)
    entries, lo_jobs = [], []
    plan = []
    for i, d in enumerate(AGREEMENT_PLAN):
        plan.append(("agreement", i, d, AGREEMENT_FORMATS[i % len(AGREEMENT_FORMATS)]))
    for i, d in enumerate(MINPLAN_PLAN):
        plan.append(("minplan", i, d, MINPLAN_FORMATS[i]))
    for i, sub in enumerate(UNKNOWN_PLAN):
        plan.append(("unknown", i, sub, UNKNOWN_FORMATS[i % len(UNKNOWN_FORMATS)]))
    for kind, i, d, fmt in plan:
        textbox, who = None, (MENTORS[i % len(MENTORS)], "", CITIZENS[i % len(CITIZENS)])
        if kind == "agreement":
            doc, meta, textbox, who = build_agreement(i, d, fmt)
            folder = f"leverandoer-{doc.prov['short'].lower().replace(' ', '-').replace('&', 'og').replace('é','e').replace('æ','ae')}"
            name = f"aftale-{i:03d}"
        elif kind == "minplan":
            doc, meta = build_minplan(i, d)
            folder, name = "minplan-indtastninger", f"minplan-{i:03d}"
        else:
            doc, meta = build_unknown(i, d)
            folder, name = "oevrige-dokumenter", f"{d}-{i:03d}"
        if fmt == "eml" and kind != "agreement":
            who = (MENTORS[(i + 3) % len(MENTORS)], "", CITIZENS[(i + 4) % len(CITIZENS)])
        base = out / folder / name
        base.parent.mkdir(parents=True, exist_ok=True)
        path, f, layout = render(doc, fmt, base, textbox, who, lo_jobs)
        entry = dict(path=str(path.relative_to(out)), format=f, layout=layout, error=None,
                     accept_errors=[], **meta)
        entry["traits"] = sorted(set(entry["traits"] + [f"renderer:{fmt}"]))
        entries.append(entry)
    run_lo(lo_jobs, out)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
