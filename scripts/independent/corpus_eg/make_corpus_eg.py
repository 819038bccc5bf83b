#!/usr/bin/env python3
"""Corpus eg: mentor paperwork laid out with Word/LibreOffice layout tools.

Text boxes and frames beside the body, sidebars with contact data, two-column
sections, borderless layout tables, nested tables, shaded boxes, headers/footers
with the municipality's address and page fields, and fields split across page
breaks.  DOCX files are written as raw WordprocessingML (zipfile); many are then
converted to PDF/ODT with LibreOffice so the PDF carries the real layout.  A set
of reportlab PDFs is drawn with two columns and a sidebar.

Usage: /work/main/.venv/bin/python make_corpus_eg.py --out /work/corpora/eg [--seed 11]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

# ----------------------------------------------------------------------------- data

KOMMUNER = [
    ("Vejle Kommune", "Jobcenter Vejle", "Kirketorvet 22", "7100 Vejle", "76 81 00 00", "jobcenter@vejle.dk"),
    ("Holbæk Kommune", "Holbæk Kommune, Beskæftigelse", "Kanalstræde 2", "4300 Holbæk", "72 36 36 36", "beskaeftigelse@holb.dk"),
    ("Randers Kommune", "Job og Borgerservice", "Laksetorvet 1", "8900 Randers C", "89 15 15 15", "job@randers.dk"),
    ("Assens Kommune", "Jobcenter Assens", "Willemoesgade 15", "5610 Assens", "64 74 74 74", "jobcenter@assens.dk"),
    ("Tønder Kommune", "Kommunen, Job og Uddannelse", "Kongevej 57", "6270 Tønder", "74 92 92 92", "job@toender.dk"),
    ("Roskilde Kommune", "Jobcenter Roskilde", "Køgevej 80", "4000 Roskilde", "46 31 30 00", "jobcenter@roskilde.dk"),
    ("Faxe Kommune", "Faxe Kommune, Job og Ydelse", "Frederiksgade 9", "4690 Haslev", "56 20 30 00", "job@faxekommune.dk"),
    ("Viborg Kommune", "Jobcenter Viborg", "Tingvej 15", "8800 Viborg", "87 87 87 87", "jobcenter@viborg.dk"),
    ("Herning Kommune", "Herning Kommune, Job og Ydelse", "Fredensgade 16", "7400 Herning", "96 28 28 28", "job@herning.dk"),
    ("Næstved Kommune", "Kommunen – Arbejdsmarked", "Rådmandshaven 20", "4700 Næstved", "55 88 55 88", "arbejdsmarked@naestved.dk"),
]
BORGERE = ["Jonas Kjær", "Amira Haddad", "Mette Lund Sørensen", "Kasper Holm", "Sara Nielsen", "Ahmed Yusuf",
           "Line Bach", "Mikkel Thomsen", "Nadia Rahimi", "Patrick Munk", "Emma Vestergaard", "Tobias Dahl",
           "Fatima El-Amin", "Rasmus Krogh", "Ida Poulsen", "Jeanette Friis", "Omar Salah", "Camilla Brandt"]
MENTORER = [("Lars Østergaard", "Jobhuset ApS", "23 45 67 89", "lo@jobhuset.dk"),
            ("Birgitte Aagaard", "Mentorcentret Midt", "40 12 33 90", "ba@mentorcentret.dk"),
            ("Henrik Skov", "Kommunens Mentorkorps", "29 64 11 05", "hesk@kommune-mentor.dk"),
            ("Dorthe Mikkelsen", "Vækstværkstedet", "51 88 20 14", "dm@vaekstvaerkstedet.dk"),
            ("Yasmin Farah", "Bro til Job", "22 71 40 36", "yasmin@brotiljob.dk"),
            ("Peter Bendtsen", "Fremad Mentor I/S", "60 19 45 72", "pb@fremadmentor.dk"),
            ("Susanne Kirk", "Ungeindsatsen", "31 17 82 40", "suki@ungeindsatsen.dk"),
            ("Jakob Winther", "Kompasset", "42 55 03 68", "jw@kompasset.dk")]
SAGSBEHANDLERE = [("Anne Mortensen", "72 36 41 08", "anmo@kommune.dk"),
                  ("Michael Juhl", "76 81 22 47", "mijuh@kommune.dk"),
                  ("Louise Dam", "89 15 43 10", "lodam@kommune.dk"),
                  ("Hanne Bech", "64 74 71 92", "habe@kommune.dk"),
                  ("Thomas Riis", "46 31 36 55", "thri@kommune.dk")]

GOALS_CLEAR = [
    "{f} starter på grundforløb 1 på SOSU Syd den 10. august 2026 og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto, Søndergade, senest 1. juni 2026 med henblik på løntilskud.",
    "{f} gennemfører FGU-forløbet på produktionsgrunduddannelsen med højst to fraværsdage pr. måned og søger optagelse på EUD inden 1. marts 2027.",
    "At {f} fastholder sit fleksjob som lagerassistent hos DSV på 12 timer om ugen uden sygefravær over 3 dage pr. måned.",
    "{f} er ansat i ordinære timer som køkkenmedhjælper (mindst 10 timer om ugen) inden udgangen af perioden.",
    "Målet er, at {f} påbegynder HF-enkeltfag (dansk og matematik) på VUC i januar 2027 og møder til 80 % af undervisningen.",
    "{f} starter i løntilskud som pedelmedhjælper på Rosenvængets Skole og møder til tiden alle aftalte dage fra uge 12.",
    "Hovedformål: {f} gennemfører første semester på pædagoguddannelsen (VIA) uden at falde fra; delmål: møder til alle skemalagte timer i de første otte uger.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til struktur på hverdagen.",
    "At {f} får det bedre og får mere selvværd.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Motivere {f} og arbejde på trivslen.",
]
TASKS = [
    "Følge {f} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport; hjælp til kontakt med arbejdspladsen.",
    "Mentoren hjælper med morgenrutiner, planlægning af ugen og kontakt til skolen ved fravær.",
    "Støtten består i samtaler om arbejdsopgaver, hjælp til at læse vagtplan og opfølgning med nærmeste leder.",
    "Ledsagelse til opstartsmøde, hjælp med SU-ansøgning og lektieplan, kontakt til studievejleder.",
    "Træning i at tage bus til uddannelsesstedet, hjælp til at åbne og besvare Digital Post, fælles planlægning af ugeskema.",
    "Hjælp til at håndtere konflikter på arbejdspladsen og til at melde sig syg korrekt; fast samtale hver mandag.",
]
FOLLOWUPS = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører.",
    "Vi følger op hver 3. måned og altid 14 dage inden støtteperioden udløber. Progression måles på fremmøde.",
    "Mentor sender skriftlig status hver anden uge; midtvejsevaluering i uge 22 med sagsbehandler.",
    "Opfølgningssamtale efter 6 uger og igen fire uger før bevillingsudløb; delmål: fremmøde fire dage om ugen fra maj.",
]
HOURS = ["3 timer pr. uge", "2 t/uge", "4 timer ugentligt", "8 timer om måneden", "1-2 timer pr. uge",
         "5 timer om ugen de første 4 uger, derefter 2 timer om ugen", "I mødes hver tirsdag kl. 9-11"]
HOURS_VAGUE = ["Efter behov", "et par timer om ugen", "løbende"]

# (text, start, end, over6, note)
PERIODS_OK = [
    ("1. marts 2026 – 31. august 2026", "2026-03-01", "2026-08-31", "exact-six"),
    ("01.04.2026 - 30.09.2026", "2026-04-01", "2026-09-30", "exact-six"),
    ("1/2-2026 til 31/7-2026", "2026-02-01", "2026-07-31", "exact-six"),
    ("15. januar 2026 til 14. juni 2026", "2026-01-15", "2026-06-14", "short"),
    ("fra 1. maj 2026 og 3 måneder frem", "2026-05-01", "2026-07-31", "short"),
    ("f.o.m. 5. oktober 2026 t.o.m. 4. april 2027", "2026-10-05", "2027-04-04", "exact-six"),
    ("2026-06-01 – 2026-11-30", "2026-06-01", "2026-11-30", "exact-six"),
    ("uge 10-35 2026", "2026-03-02", "2026-08-30", "weeks"),
    ("1. september 2026 – 28. februar 2027", "2026-09-01", "2027-02-28", "exact-six"),
    ("3. august 2026 til 2. december 2026", "2026-08-03", "2026-12-02", "short"),
]
PERIODS_OVER = [
    ("1. marts 2026 – 1. september 2026", "2026-03-01", "2026-09-01", "one-day-over"),
    ("01.02.2026-30.11.2026", "2026-02-01", "2026-11-30", "nine-months"),
    ("1. januar 2026 til 31. december 2026", "2026-01-01", "2026-12-31", "year"),
    ("fra 1. april 2026 og 9 måneder frem", "2026-04-01", "2026-12-31", "start-plus-length"),
    ("1/8 2026 - 31/3 2027", "2026-08-01", "2027-03-31", "eight-months"),
    ("f.o.m. 15.05.2026 t.o.m. 14.02.2027", "2026-05-15", "2027-02-14", "nine-months"),
]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du har modtaget brevet. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til "
    "Ankestyrelsen, Beskæftigelsesudvalget, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage mundtligt eller skriftligt til {jc} inden 4 uger fra du har modtaget afgørelsen. Vi ser på sagen igen. "
    "Hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen.",
    "Ring eller skriv til din sagsbehandler senest 4 uger efter, at du har fået denne aftale. "
    "Kommunen vurderer sagen igen inden for fire uger, og hvis afgørelsen fastholdes, går klagen til Ankestyrelsen.",
]
APPEAL_WEAK = [
    "Du kan klage over afgørelsen.",
    "Har du spørgsmål eller ønsker du at klage, er du velkommen til at kontakte os.",
    "Du kan klage til Ankestyrelsen over denne afgørelse.",
]

UNKNOWN_TEXTS = {}

# ----------------------------------------------------------------------------- helpers


def cpr(rng: random.Random) -> str:
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(60, 99) if rng.random() < .6 else rng.randint(0, 6)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


def fmt(s: str, first: str, jc: str = "kommunen") -> str:
    return s.replace("{f}", first).replace("{jc}", jc)


# A document is a list of blocks plus a sidebar:
#   ("title", text) ("h", text) ("p", text) ("kv", label, value) ("box", title, [paras])
#   ("split", label, value)  -> label on one page, value after a page break


class Doc:
    def __init__(self, kom, title):
        self.kom = kom
        self.title = title
        self.blocks: list[tuple] = []
        self.side: list[tuple[str, str]] = []  # (label, value) lines for the sidebar
        self.side_title = "Kontakt"

    def add(self, *b):
        self.blocks.append(b)


# ----------------------------------------------------------------------------- DOCX (raw XML)

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def run(t, b=False, sz=None, color=None):
    rp = ""
    if b or sz or color:
        rp = "<w:rPr>" + ("<w:b/>" if b else "") + (f'<w:color w:val="{color}"/>' if color else "") + \
             (f'<w:sz w:val="{sz}"/>' if sz else "") + "</w:rPr>"
    return f'<w:r>{rp}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def para(t="", b=False, sz=None, ppr="", runs=None, color=None):
    body = runs if runs is not None else (run(t, b, sz, color) if t else "")
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def shade_ppr(fill):
    return (f'<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/>'
            f'<w:left w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/>'
            f'<w:bottom w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/>'
            f'<w:right w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/></w:pBdr>'
            f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')


NOBORDERS = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
             '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')


def cell(content_xml, w, fill=None, vmerge=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if fill:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    if not content_xml.rstrip().endswith("</w:p>"):
        content_xml += "<w:p/>"
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content_xml}</w:tc>"


def table(rows, widths, borders=False, fill_first=None):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    b = "" if borders else NOBORDERS
    if borders:
        b = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
             '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
             '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>')
    out = f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    for r in rows:
        out += "<w:tr>" + "".join(cell(c, widths[i], fill_first if (i == 0 and fill_first) else None)
                                  for i, c in enumerate(r)) + "</w:tr>"
    return out + "</w:tbl>"


def side_paras(doc: Doc, fill=None):
    ppr = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    x = para(doc.side_title, b=True, ppr=ppr)
    for lab, val in doc.side:
        if lab:
            x += para(runs=run(lab + " ", b=True, sz=18) + run(val, sz=18), ppr=ppr)
        else:
            x += para(val, sz=18, ppr=ppr)
    return x


def blocks_xml(doc: Doc, mode: str, rng: random.Random, avail: int = 8800) -> str:
    """Render body blocks. mode: 'plain' | 'ltable' (label/value in borderless table)."""
    out = []
    kv_buf: list[tuple[str, str]] = []

    def flush():
        if kv_buf:
            rows = [[para(l, b=True), "".join(para(v) for v in val.split("\n"))] for l, val in kv_buf]
            out.append(table(rows, [avail * 3 // 10, avail - avail * 3 // 10], borders=False))
            out.append(para())
            kv_buf.clear()

    for b in doc.blocks:
        k = b[0]
        if k == "kv" and mode == "ltable":
            kv_buf.append((b[1], b[2]))
            continue
        flush()
        if k == "title":
            out.append(para(b[1], b=True, sz=32))
        elif k == "h":
            out.append(para(b[1], b=True, sz=24, ppr='<w:spacing w:before="200"/>'))
        elif k == "p":
            out.append(para(b[1]))
        elif k == "kv":
            out.append(para(runs=run(b[1] + " ", b=True) + run(b[2])))
        elif k == "box":
            fill = rng.choice(["DCE6F1", "F2F2F2", "FFF2CC", "E2EFDA"])
            if rng.random() < .5:
                out.append(para(b[1], b=True, ppr=shade_ppr(fill)))
                for t in b[2]:
                    out.append(para(t, ppr=shade_ppr(fill)))
            else:  # one-cell shaded table
                inner = para(b[1], b=True) + "".join(para(t) for t in b[2])
                out.append(table([[inner]], [avail], borders=True, fill_first=fill))
                out.append(para())
        elif k == "split":
            out.append(para(runs=run(b[1], b=True)))
            out.append(f'<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            out.append(para(b[2]))
        elif k == "pb":
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    flush()
    return "".join(out)


def textbox_xml(doc: Doc, left_pt: int, width_pt: int, fill: str) -> str:
    inner = side_paras(doc)
    return ('<w:p><w:r><w:pict>'
            f'<v:shape id="sidebar" o:spid="_x0000_s1026" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{left_pt}pt;margin-top:0;width:{width_pt}pt;height:230pt;'
            'z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
            f'fillcolor="#{fill}" strokecolor="#7f7f7f"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
            '<w10:wrap type="square"/></v:shape></w:pict></w:r></w:p>')


def wps_textbox_xml(doc: Doc, rng: random.Random) -> str:
    """A Word 2010+ DrawingML text box (wps) with the VML fallback Word writes beside it."""
    inner = side_paras(doc)
    cx, cy = 1905000, 2921000
    fill = rng.choice(["F2F2F2", "DEEAF6", "FFF2CC"])
    align = rng.choice(["right", "left"])
    choice = ('<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
              'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
              f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>'
              '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
              '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Tekstfelt 1"/><wp:cNvGraphicFramePr/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
              f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
              f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></wps:spPr>'
              f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
              '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
              '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    fallback = ('<mc:Fallback><w:pict><v:shape id="Tekstfelt1" type="#_x0000_t202" '
                f'style="position:absolute;margin-left:{330 if align == "right" else 0}pt;margin-top:0;width:150pt;height:230pt;'
                'z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
                f'fillcolor="#{fill}"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
                '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>')
    return f'<w:p><w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r></w:p>'


def frame_xml(doc: Doc, x_twips: int) -> str:
    fp = (f'<w:framePr w:w="2500" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" '
          f'w:x="{x_twips}" w:y="1"/><w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>')
    x = para(doc.side_title, b=True, ppr=fp)
    for lab, val in doc.side:
        x += para(runs=(run(lab + " ", b=True, sz=18) if lab else "") + run(val, sz=18), ppr=fp)
    return x


def hdr_ftr(doc: Doc, variant: int):
    k = doc.kom
    hdr = (f'<w:hdr {NS}>' + para(k[1], b=True, ppr='<w:jc w:val="right"/>') +
           para(f"{k[2]} · {k[3]} · tlf. {k[4]}", sz=16, ppr='<w:jc w:val="right"/>') + "</w:hdr>")
    page = ('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    num = ('<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    if variant == 0:
        fr = run(f"{k[0]} · {k[2]}, {k[3]} · {k[5]}     Side ", sz=16) + page + run(" af ", sz=16) + num
    else:
        fr = run("Side ", sz=16) + page + run(f"  |  {k[1]}, {k[2]}, {k[3]}", sz=16)
    ftr = f'<w:ftr {NS}>' + para(runs=fr, ppr='<w:jc w:val="center"/>') + "</w:ftr>"
    return hdr, ftr


def write_docx(doc: Doc, path: Path, layout: str, rng: random.Random):
    parts = []
    sect_hf = ('<w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>')
    pg = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1700" w:right="1134" w:bottom="1400" w:left="1134" w:header="600" w:footer="500" w:gutter="0"/>'
    body_mode = "plain"
    if layout == "textbox-sidebar":
        side_right = rng.random() < .6
        parts.append(textbox_xml(doc, 340 if side_right else -10, 150, rng.choice(["F2F2F2", "DEEAF6", "FFFFFF"])))
        # body narrowed with indentation so the text box sits beside it
        ind = '<w:ind w:right="3300"/>' if side_right else '<w:ind w:left="3300"/>'
        inner = blocks_xml(doc, "plain", rng, 5600)
        inner = inner.replace("<w:pPr>", "<w:pPr>" + ind)
        parts.append(inner)
    elif layout == "wps-textbox":
        parts.append(wps_textbox_xml(doc, rng))
        parts.append(blocks_xml(doc, "plain", rng, 5800))
    elif layout == "frame-sidebar":
        parts.append(frame_xml(doc, rng.choice([8800, 8600])))
        parts.append(blocks_xml(doc, "plain", rng).replace("<w:pPr>", '<w:pPr><w:ind w:right="2900"/>', 40))
    elif layout == "two-column":
        # title in a one-column section, body in two columns (continuous section break)
        first = doc.blocks[0]
        doc.blocks = doc.blocks[1:]
        parts.append(para(first[1], b=True, sz=32))
        parts.append(table([[side_paras(doc)]], [9600], borders=True, fill_first="F2F2F2"))
        parts.append(f'<w:p><w:pPr><w:sectPr>{sect_hf}{pg}<w:cols w:space="708"/></w:sectPr></w:pPr></w:p>')
        parts.append(blocks_xml(doc, "plain", rng))
        final_cols = '<w:cols w:num="2" w:space="567"/><w:type w:val="continuous"/>'
        body = "".join(parts)
        return _pack_docx(doc, path, body, f'<w:sectPr>{sect_hf}<w:type w:val="continuous"/>{pg}<w:cols w:num="2" w:space="567"/></w:sectPr>')
    elif layout == "layout-table":
        parts.append(blocks_xml(doc, "ltable", rng))
        parts.append(para())
        parts.append(table([[side_paras(doc)]], [8800], borders=False))
    elif layout == "nested-table":
        main = blocks_xml(doc, "ltable", rng, 6600)
        outer = table([[main, side_paras(doc, fill="EDEDED")]], [6900, 2700], borders=False)
        parts.append(outer)
    elif layout == "sidebar-table":  # two-column page table: sidebar cell left, body right
        main = blocks_xml(doc, "plain", rng, 6800)
        parts.append(table([[side_paras(doc), main]], [2600, 7000], borders=False, fill_first="DEEAF6"))
    else:  # plain (shaded boxes / page breaks live in the blocks)
        parts.append(table([[side_paras(doc)]], [9600], borders=False))
        parts.append(blocks_xml(doc, "plain", rng))
    body = "".join(parts)
    return _pack_docx(doc, path, body, f"<w:sectPr>{sect_hf}{pg}</w:sectPr>")


def _pack_docx(doc, path, body, sectpr):
    hdr, ftr = hdr_ftr(doc, sum(map(ord, path.name)) % 2)
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}{sectpr}</w:body></w:document>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
             '</Relationships>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
              '<w:sz w:val="21"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(doc.title)}</dc:title><dc:creator>{escape(doc.kom[1])}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-01T09:00:00Z</dcterms:created></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/header1.xml", hdr)
        z.writestr("word/footer1.xml", ftr)
        z.writestr("docProps/core.xml", core)


# ----------------------------------------------------------------------------- reportlab


def write_rl_pdf(doc: Doc, path: Path, layout: str, rng: random.Random):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, FrameBreak, KeepTogether)
    W, H = A4
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    hs = ParagraphStyle("h", parent=st, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
    ts = ParagraphStyle("t", parent=st, fontName="Helvetica-Bold", fontSize=15, leading=18, spaceAfter=8)
    ss = ParagraphStyle("s", parent=st, fontSize=8, leading=10)
    k = doc.kom

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 18 * mm, H - 14 * mm, k[1])
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 18 * mm, H - 18 * mm, f"{k[2]}, {k[3]} · tlf. {k[4]}")
        c.drawString(18 * mm, 10 * mm, f"{k[0]} · {k[5]}")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Side {d.page}")
        if layout == "rl-sidebar":
            c.setFillColor(colors.HexColor("#E8EEF4"))
            c.rect(W - 68 * mm, 16 * mm, 52 * mm, H - 40 * mm, stroke=0, fill=1)
        c.restoreState()

    story_side = [Paragraph(f"<b>{escape(doc.side_title)}</b>", st)]
    for lab, val in doc.side:
        story_side.append(Paragraph((f"<b>{escape(lab)}</b> " if lab else "") + escape(val), ss))
    top, bot = H - 26 * mm, 16 * mm
    bw = (W - 92 * mm) if layout == "rl-sidebar" else (W - 36 * mm - 8 * mm) / 2
    main = []
    for b in doc.blocks:
        if b[0] == "title":
            main.append(Paragraph(escape(b[1]), ts))
        elif b[0] == "h":
            main.append(Paragraph(escape(b[1]), hs))
        elif b[0] == "p":
            main.append(Paragraph(escape(b[1]), st))
        elif b[0] == "kv":
            if layout == "rl-sidebar":
                t = Table([[Paragraph(f"<b>{escape(b[1])}</b>", st), Paragraph(escape(b[2]).replace("\n", "<br/>"), st)]],
                          colWidths=[30 * mm, bw - 31 * mm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                main.append(t)
            else:
                main.append(Paragraph(f"<b>{escape(b[1])}</b> " + escape(b[2]).replace("\n", "<br/>"), st))
        elif b[0] == "box":
            inner = [Paragraph(f"<b>{escape(b[1])}</b>", st)] + [Paragraph(escape(t), st) for t in b[2]]
            t = Table([[inner]], colWidths=[bw - 2])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF2CC")),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]))
            main.append(t)
        elif b[0] == "split":
            main.append(Paragraph(f"<b>{escape(b[1])}</b>", st))
            main.append(Paragraph(escape(b[2]), st))
    if layout == "rl-sidebar":
        body = Frame(18 * mm, bot, W - 92 * mm, top - bot, id="body")
        side = Frame(W - 66 * mm, bot, 48 * mm, top - bot, id="side")
        frames = [side, body]
        story = story_side + [FrameBreak()] + main
    else:  # rl-two-column: title across, two columns, contact box at the end of column 2
        colw = (W - 36 * mm - 8 * mm) / 2
        head = Frame(18 * mm, top - 22 * mm, W - 36 * mm, 22 * mm, id="head")
        c1 = Frame(18 * mm, bot, colw, top - 24 * mm - bot, id="c1")
        c2 = Frame(18 * mm + colw + 8 * mm, bot, colw, top - 24 * mm - bot, id="c2")
        frames = [head, c1, c2]
        title = main[0]
        sidebox = Table([[story_side]], colWidths=[colw - 4])
        sidebox.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDEDED"))]))
        rest = main[1:]
        mid = (len(rest) + 1) // 2
        story = [title, FrameBreak()] + rest[:mid] + [FrameBreak(), sidebox, Spacer(1, 6)] + rest[mid:]
    d = BaseDocTemplate(str(path), pagesize=A4, title=doc.title, author=k[1], lang="da")
    d.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    d.build(story)


# ----------------------------------------------------------------------------- content builders


def base_side(doc, rng, kom, sb, who, mentor=None, cprno=None, sagsnr=None):
    if who == "caseworker":
        doc.side_title = rng.choice(["Din sagsbehandler", "Sagsbehandler", "Kontakt til sagsbehandler"])
        doc.side += [("", sb[0]), ("Tlf.", sb[1]), ("Mail", sb[2]), ("", kom[1]), ("", f"{kom[2]}, {kom[3]}")]
    else:
        doc.side_title = rng.choice(["Din mentor", "Mentor", "Mentorens kontaktdata"])
        m = mentor
        doc.side += [("", m[0]), ("", m[1]), ("Tlf.", m[2]), ("E-mail", m[3])]
    if sagsnr:
        doc.side.append(("Sagsnr.", sagsnr))
    if cprno:
        doc.side.append(("CPR-nr.", cprno))
    doc.side.append(("Dato", rng.choice(["12. januar 2026", "3. februar 2026", "27.02.2026", "9. marts 2026", "14/4 2026"])))


def make_agreement(rng, i, defects, over=False):
    kom = rng.choice(KOMMUNER)
    name = rng.choice(BORGERE)
    first = name.split()[0]
    mentor = rng.choice(MENTORER)
    sb = rng.choice(SAGSBEHANDLERE)
    doc = Doc(kom, "Mentoraftale")
    title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                        "Aftale om mentorstøtte efter LAB § 167", "Mentoraftale – tilbudsmentor"])
    doc.add("title", title)
    doc.add("p", rng.choice([f"Aftalen er indgået mellem {name}, {kom[1]} og mentor.",
                             f"Borger: {name}",
                             f"Denne aftale gælder for {name} og er lavet i samarbejde med din sagsbehandler."]))
    pmode = "over" if "duration-over-6-months" in defects else "ok"
    ptxt, ps, pe, ptrait = rng.choice(PERIODS_OVER if pmode == "over" else PERIODS_OK)
    sidebar_who = rng.choice(["mentor", "caseworker"])
    goal_lab = rng.choice(["Målet med mentorstøtten:", "Mål:", "Formål:", "Mål og delmål:"])
    goals = GOALS_UNCLEAR if "unclear-goal" in defects else (
        GOALS_CLEAR[:7] if "missing-follow-up" in defects else GOALS_CLEAR)
    goal = fmt(rng.choice(goals), first)
    traits = [f"period:{ptrait}"]
    goal_in_box = rng.random() < .4
    # goal
    if "missing-goal" in defects:
        if rng.random() < .5:
            doc.add("kv", goal_lab, rng.choice(["Udfyldes senere", "-", "…"]))
        traits.append("goal:absent")
    elif goal_in_box:
        doc.add("box", goal_lab.rstrip(":"), [goal])
        traits.append("goal:shaded-box")
    else:
        doc.add("kv", goal_lab, goal)
    # mentor
    mlab = rng.choice(["Mentor:", "Mentorens navn og kontaktdata:", "Din mentor:"])
    if "missing-mentor" in defects:
        doc.add("kv", mlab, f"{mentor[0]}, {mentor[1]}")  # name without contact data
        sidebar_who = "caseworker"
        traits.append("mentor:name-only")
    elif sidebar_who == "mentor":
        doc.add("p", f"Din mentor er {mentor[0]} – se kontaktoplysningerne i rammen." if rng.random() < .5
                else "Mentorens kontaktdata står i sidefeltet.")
        traits.append("mentor:in-sidebar")
    else:
        doc.add("kv", mlab, f"{mentor[0]}, {mentor[1]}, tlf. {mentor[2]}, {mentor[3]}")
    # tasks
    if "missing-tasks" in defects:
        if rng.random() < .5:
            doc.add("kv", "Mentorens opgaver:", "-")
    else:
        doc.add("kv", rng.choice(["Mentorens opgaver:", "Opgaver:", "Indsatsområder:"]), fmt(rng.choice(TASKS), first))
    # period / duration
    plab = rng.choice(["Periode:", "Varighed:", "Bevilget fra/til:", "Aftalens varighed:"])
    split = rng.random() < .25 and "missing-duration" not in defects
    if "missing-duration" in defects:
        if rng.random() < .6:
            doc.add("kv", plab, rng.choice(["indtil videre", "Udfyldes senere"]))
        doc.add("p", "Mentorstøtte kan gives i højst 6 måneder ad gangen.")
        ps = pe = None
        traits[0] = "period:none"
    elif split:
        doc.add("split", plab, ptxt)
        traits.append("split:period-across-page-break")
    else:
        doc.add("kv", plab, ptxt)
    # hours
    hlab = rng.choice(["Timetal:", "Antal timer:", "Timer pr. uge:", "Omfang:"])
    if "missing-hours" in defects:
        if rng.random() < .6:
            doc.add("kv", hlab, rng.choice(HOURS_VAGUE))
            traits.append("hours:vague")
    else:
        h = rng.choice(HOURS)
        if not split and rng.random() < .2:
            doc.add("split", hlab, h)
            traits.append("split:hours-across-page-break")
        else:
            doc.add("kv", hlab, h)
    # follow-up
    if "missing-follow-up" in defects:
        if rng.random() < .5:
            doc.add("kv", "Opfølgning:", "–")
    else:
        doc.add("kv", rng.choice(["Opfølgning:", "Opfølgning og progression:", "Evaluering:"]), fmt(rng.choice(FOLLOWUPS), first))
    fillers = ["Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats § 167.",
               "Ændringer i timetal eller formål skrives ind i Min Plan."]
    if "missing-tasks" not in defects:
        fillers.append("Mentor må ikke udføre almindelige arbejdsopgaver i mentortimerne.")
    doc.add("p", rng.choice(fillers))
    # appeal
    if "missing-appeal-guidance" in defects:
        if rng.random() < .6:
            doc.add("box", "Klagevejledning", [rng.choice(APPEAL_WEAK)])
            traits.append("appeal:weak")
        else:
            traits.append("appeal:absent")
    else:
        a = fmt(rng.choice(APPEAL_FULL), first, kom[1])
        if rng.random() < .6:
            doc.add("box", rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), [a])
            traits.append("appeal:shaded-box")
        else:
            doc.add("h", "Klagevejledning")
            doc.add("p", a)
    doc.add("p", "Underskrift borger: ____________________    Underskrift mentor: ____________________")
    cprno = cpr(rng) if rng.random() < .25 else None
    base_side(doc, rng, kom, sb, sidebar_who, mentor, cprno, f"{rng.randint(10,99)}.{rng.randint(10,40)}.00-G01-{rng.randint(100,999)}-26")
    traits.append(f"sidebar:{sidebar_who}")
    return doc, traits, cprno, (ps, pe)


def make_decision(rng, i, sub, defects):
    kom = rng.choice(KOMMUNER)
    name = rng.choice(BORGERE)
    first = name.split()[0]
    mentor = rng.choice(MENTORER)
    sb = rng.choice(SAGSBEHANDLERE)
    doc = Doc(kom, "Afgørelse om mentorstøtte")
    traits = [f"decision:{sub}"]
    ps = pe = None
    over = "duration-over-6-months" in defects
    ptxt, ps, pe, ptrait = rng.choice(PERIODS_OVER if over else PERIODS_OK)
    if sub == "grant":
        doc.add("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"]))
        doc.add("p", f"Kære {name}")
        doc.add("p", f"Du har søgt om mentorstøtte. {kom[0]} har besluttet at bevilge dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats.")
        doc.add("kv", rng.choice(["Bevilget periode:", "Periode:"]), ptxt)
        doc.add("kv", "Timetal:", rng.choice(HOURS[:5]))
        doc.add("kv", "Mentor:", f"{mentor[0]}, {mentor[1]}, tlf. {mentor[2]}")
        doc.add("p", "Aftalen med mentoren om mål, opgaver og opfølgning laves særskilt.")
        traits.append(f"period:{ptrait}")
    elif sub == "partial":
        doc.add("title", "Afgørelse – delvis bevilling af mentorstøtte")
        doc.add("p", f"Kære {name}")
        doc.add("p", f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Vi har bevilget mentorstøtte i perioden {ptxt} med 3 timer om ugen.")
        doc.add("h", "Begrundelse")
        doc.add("p", "Efter LAB § 167, stk. 1 kan mentorstøtte gives i en periode på højst 6 måneder ad gangen. Vi har lagt vægt på, at du allerede har støtte fra studievejlederen, og at dit behov vurderes ved udløb.")
        traits.append(f"period:{ptrait}")
    elif sub == "extension":
        doc.add("title", "Forlængelse af mentorstøtte")
        doc.add("p", f"Kære {name}")
        doc.add("p", f"Vi har vurderet din sag igen og forlænger din mentorstøtte hos {mentor[0]}. Forlængelsen gælder i perioden {ptxt}.")
        doc.add("h", "Begrundelse")
        doc.add("p", "Du er i gang med praktikken og har brug for støtte til overgangen til løntilskud. Vi har lagt vægt på mentorens status fra marts.")
        traits.append(f"period:{ptrait}")
    elif sub == "refusal":
        ps = pe = None
        doc.add("title", rng.choice(["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentorstøtte"]))
        doc.add("p", f"Kære {name}")
        doc.add("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag.")
        doc.add("h", "Begrundelse")
        doc.add("p", "Efter LAB § 167 kan der gives mentorstøtte, når det er nødvendigt for at du kan opnå eller fastholde uddannelse eller beskæftigelse. Vi vurderer, at den støtte, du får fra din uddannelsesinstitution (SPS), dækker dit behov.")
        traits.append("period:none")
    else:  # end
        ps = pe = None
        doc.add("title", "Ophør af mentorstøtte")
        doc.add("p", f"Kære {name}")
        doc.add("p", f"Din mentorstøtte hos {mentor[1]} ophører den 31. maj 2026, fordi du er startet i ordinær beskæftigelse.")
        doc.add("h", "Begrundelse")
        doc.add("p", "Mentorstøtten var bevilget for at du kunne komme i job. Målet er nået, og der er ikke længere behov for støtten, jf. LAB § 167.")
        traits.append("period:none")
    if "missing-appeal-guidance" in defects:
        if rng.random() < .65:
            doc.add("box", "Klagevejledning", [rng.choice(APPEAL_WEAK)])
            traits.append("appeal:weak")
        else:
            traits.append("appeal:absent")
    else:
        a = fmt(rng.choice(APPEAL_FULL), first, kom[1])
        if rng.random() < .6:
            doc.add("box", rng.choice(["Klagevejledning", "Sådan klager du", "Vil du klage?"]), [a])
            traits.append("appeal:shaded-box")
        else:
            doc.add("h", "Klagevejledning")
            doc.add("p", a)
    doc.add("p", f"Med venlig hilsen\n{sb[0]}, {kom[1]}")
    cprno = cpr(rng) if rng.random() < .3 else None
    base_side(doc, rng, kom, sb, "caseworker", mentor, cprno, f"S-2026-{rng.randint(1000, 9999)}")
    return doc, traits, cprno, (ps, pe)


def make_minplan(rng, i, defects):
    kom = rng.choice(KOMMUNER)
    name = rng.choice(BORGERE)
    first = name.split()[0]
    mentor = rng.choice(MENTORER)
    sb = rng.choice(SAGSBEHANDLERE)
    doc = Doc(kom, "Min Plan")
    traits = ["minplan"]
    doc.add("title", rng.choice(["Min Plan – mentorstøtte", "Min Plan: Indsats – Mentor", "Udskrift af Min Plan"]))
    doc.add("p", rng.choice([f"Plan for {name}. Senest opdateret 2. marts 2026.", f"Navn: {name}", f"Borger: {name} · Målgruppe: 2.3 aktivitetsparat"]))
    over = "duration-over-6-months" in defects
    ptxt, ps, pe, ptrait = rng.choice(PERIODS_OVER if over else PERIODS_OK)
    if "missing-goal" not in defects:
        g = fmt(rng.choice(GOALS_UNCLEAR if "unclear-goal" in defects else GOALS_CLEAR), first)
        if rng.random() < .4:
            doc.add("box", "Formål med mentorstøtten", [g]); traits.append("goal:shaded-box")
        else:
            doc.add("kv", rng.choice(["Formål:", "Mål med mentorstøtten:", "Dit mål:"]), g)
    else:
        traits.append("goal:absent")
    if "missing-mentor" in defects:
        doc.add("kv", "Mentor:", rng.choice(["Tildeles senere", mentor[0]]))
        who = "caseworker"
    else:
        who = rng.choice(["mentor", "caseworker"])
        if who == "caseworker":
            doc.add("kv", "Mentor:", f"{mentor[0]} ({mentor[1]}), {mentor[3]}, tlf. {mentor[2]}")
        else:
            doc.add("p", f"Mentor: {mentor[0]} – kontaktdata i boksen.")
    if "missing-tasks" not in defects:
        doc.add("kv", rng.choice(["Mentoren hjælper med:", "Opgaver:"]), fmt(rng.choice(TASKS), first))
    if "missing-duration" not in defects:
        doc.add("kv", rng.choice(["Periode for mentorstøtten:", "Varighed:", "Start – slut:"]), ptxt)
        traits.append(f"period:{ptrait}")
    else:
        ps = pe = None
    if "missing-hours" not in defects:
        doc.add("kv", rng.choice(["Timetal:", "Timer:"]), rng.choice(HOURS))
    doc.add("h", "Andre aktiviteter")
    doc.add("p", rng.choice(["Samtaler med sagsbehandler hver 3. måned.",
                             "FGU, produktionsgrunduddannelse: 10. august 2026 til 30. juni 2028.",
                             "Behandling i Psykiatrisk Ambulatorium, løbende."]))
    cprno = cpr(rng) if rng.random() < .25 else None
    base_side(doc, rng, kom, sb, who, mentor, cprno, None)
    return doc, traits, cprno, (ps, pe)


def make_unknown(rng, i, sub):
    kom = rng.choice(KOMMUNER)
    mentor = rng.choice(MENTORER)
    sb = rng.choice(SAGSBEHANDLERE)
    name = rng.choice(BORGERE)
    doc = Doc(kom, sub)
    if sub == "newsletter":
        doc.add("title", rng.choice(["Nyhedsbrev fra Beskæftigelse – forår 2026", "Mentornyt nr. 3 · 2026"]))
        doc.add("h", "Nyt om mentorordningen")
        doc.add("p", "Fra 1. februar 2026 står der 'kommunen' i stedet for 'jobcentret' i loven. En mentoraftale skal stadig indeholde målet med mentorstøtten, mentorens navn og kontaktdata, opgaverne, varigheden og timetallet.")
        doc.add("box", "Husk", ["Mentorstøtte kan gives i højst 6 måneder ad gangen. Klagevejledningen skal nævne, at borgeren kan klage til kommunen inden fire uger."])
        doc.add("h", "Temadag for mentorer")
        doc.add("p", "Den 14. maj 2026 kl. 9-15 holder vi temadag på rådhuset om progression og opfølgning. Tilmelding til " + sb[2] + ".")
        doc.add("h", "Kort nyt")
        doc.add("p", "Mentorkorpset har fået to nye kolleger. Velkommen til dem!")
        doc.side_title = "Redaktion"
        doc.side += [("", sb[0]), ("Tlf.", sb[1]), ("", kom[1])]
    elif sub == "leaflet":
        doc.add("title", rng.choice(["Hvad er en mentor?", "Mentorstøtte – kort fortalt"]))
        doc.add("p", "En mentor kan hjælpe dig med at komme i gang med job eller uddannelse.")
        doc.add("kv", "Mål:", "Sammen med din sagsbehandler sætter du et mål for støtten.")
        doc.add("kv", "Mentor:", "Du får navn og telefonnummer på din mentor i din aftale.")
        doc.add("kv", "Opgaver:", "Aftalen beskriver, hvad mentoren skal hjælpe med.")
        doc.add("kv", "Varighed:", "Op til 6 måneder ad gangen, med mulighed for forlængelse.")
        doc.add("kv", "Timer:", "Antallet af timer står i aftalen.")
        doc.add("box", "Hvis du vil klage", ["Du kan klage til kommunen inden 4 uger. Kommunen genvurderer, og sender ellers klagen til Ankestyrelsen."])
        doc.side_title = "Spørgsmål?"
        doc.side += [("Ring", kom[4]), ("Skriv", kom[5]), ("", f"{kom[2]}, {kom[3]}")]
    elif sub == "status":
        doc.add("title", rng.choice(["Statusrapport fra mentor", "Status på mentorforløb – midtvejs"]))
        doc.add("kv", "Borger:", name)
        doc.add("kv", "Rapportperiode:", "1. marts – 31. marts 2026")
        doc.add("kv", "Afholdte timer:", "11 timer (planlagt 12)")
        doc.add("h", "Hvordan går det?")
        doc.add("p", f"{name.split()[0]} er mødt op til 14 ud af 16 aftalte praktikdage. Transporten fungerer nu uden ledsagelse.")
        doc.add("h", "Anbefaling")
        doc.add("p", "Jeg anbefaler, at forløbet fortsætter som aftalt. Næste status sendes 30. april.")
        doc.side_title = "Afsender"
        doc.side += [("", mentor[0]), ("", mentor[1]), ("Tlf.", mentor[2]), ("Til", f"{sb[0]}, {kom[1]}")]
    elif sub == "invoice":
        doc.add("title", f"Faktura nr. {rng.randint(2026001, 2026999)}")
        doc.add("kv", "Kunde:", f"{kom[0]}, {kom[1]}, {kom[2]}, {kom[3]}")
        doc.add("kv", "EAN:", f"5798{rng.randint(100000000, 999999999)}")
        doc.add("kv", "Vedr.:", f"Mentorstøtte, {name}, ref. {sb[0]}")
        doc.add("kv", "Periode:", "1. februar 2026 – 28. februar 2026")
        doc.add("kv", "Ydelse:", "9,5 timer à 465,00 kr.")
        doc.add("kv", "Beløb ekskl. moms:", "4.417,50 kr.")
        doc.add("kv", "Moms 25 %:", "1.104,38 kr.")
        doc.add("kv", "I alt:", "5.521,88 kr.")
        doc.add("p", "Betalingsbetingelser: netto 30 dage. Bank: reg.nr. 1551 konto 0012345678.")
        doc.side_title = mentor[1]
        doc.side += [("CVR", str(rng.randint(30000000, 44999999))), ("Tlf.", mentor[2]), ("Mail", mentor[3])]
    else:  # minutes
        doc.add("title", "Referat af netværksmøde om mentorindsatsen")
        doc.add("kv", "Dato:", "19. marts 2026 kl. 13-15")
        doc.add("kv", "Deltagere:", f"{sb[0]}, {mentor[0]}, repræsentanter fra FGU og Kompasset")
        doc.add("h", "1. Opfølgning på sidste møde")
        doc.add("p", "Skabelonen til mentoraftaler er opdateret med et felt til mål for progression.")
        doc.add("h", "2. Timetal og varighed")
        doc.add("p", "Drøftelse af, om 2 timer om ugen er nok til uddannelsesmentorer. Ingen beslutning.")
        doc.add("h", "3. Eventuelt")
        doc.add("p", "Næste møde holdes i juni.")
        doc.side_title = "Referent"
        doc.side += [("", sb[0]), ("", sb[2])]
    cprno = cpr(rng) if sub in ("status", "invoice") and rng.random() < .5 else None
    if cprno:
        doc.side.append(("CPR", cprno))
    return doc, [f"unknown:{sub}"], cprno, (None, None)


# ----------------------------------------------------------------------------- plan

AGR_DEFECTS = ([[]] * 17 + [["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-mentor"],
               ["missing-tasks"], ["missing-duration"], ["missing-follow-up"], ["missing-follow-up"], ["missing-hours"],
               ["missing-hours"], ["missing-appeal-guidance"], ["missing-appeal-guidance"], ["missing-appeal-guidance"],
               ["duration-over-6-months"], ["duration-over-6-months"], ["duration-over-6-months"],
               ["missing-hours", "missing-follow-up"], ["missing-mentor", "missing-appeal-guidance"],
               ["unclear-goal", "duration-over-6-months"], ["missing-tasks", "missing-appeal-guidance"],
               ["missing-duration", "missing-follow-up"]])
DEC_PLAN = ([("grant", [])] * 5 + [("partial", [])] * 2 + [("extension", [])] * 2 + [("refusal", [])] * 2 + [("end", [])]
            + [("grant", ["missing-appeal-guidance"]), ("grant", ["duration-over-6-months"]), ("grant", ["duration-over-6-months"]),
               ("partial", ["missing-appeal-guidance"]), ("extension", ["duration-over-6-months"]),
               ("refusal", ["missing-appeal-guidance"]), ("refusal", ["missing-appeal-guidance"]),
               ("end", ["missing-appeal-guidance"]), ("grant", ["missing-appeal-guidance", "duration-over-6-months"])])
MP_DEFECTS = ([[]] * 9 + [["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-mentor"],
              ["missing-tasks"], ["missing-duration"], ["missing-hours"], ["duration-over-6-months"],
              ["duration-over-6-months"], ["missing-hours", "missing-tasks"]])
UNK = ["newsletter"] * 5 + ["leaflet"] * 4 + ["status"] * 5 + ["invoice"] * 4 + ["minutes"] * 2

DOCX_LAYOUTS = ["textbox-sidebar", "wps-textbox", "frame-sidebar", "two-column", "layout-table", "nested-table", "sidebar-table", "plain-boxes"]
RL_LAYOUTS = ["rl-two-column", "rl-sidebar"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    jobs = []
    for i, d in enumerate(AGR_DEFECTS):
        jobs.append(("agreement", "agreement", d, lambda r, i=i, d=d: make_agreement(r, i, d)))
    for i, (sub, d) in enumerate(DEC_PLAN):
        jobs.append(("decision", sub, d, lambda r, i=i, s=sub, d=d: make_decision(r, i, s, d)))
    for i, d in enumerate(MP_DEFECTS):
        jobs.append(("minplan", "minplan", d, lambda r, i=i, d=d: make_minplan(r, i, d)))
    for i, s in enumerate(UNK):
        jobs.append(("unknown", s, [], lambda r, i=i, s=s: make_unknown(r, i, s)))
    entries = []
    to_convert: dict[str, list[Path]] = {"pdf": [], "odt": [], "rtf": []}
    tmp = Path(tempfile.mkdtemp(prefix="eg_"))
    counter = 0
    for kind, sub, defects, fn in jobs:
        counter += 1
        doc, traits, cprno, (ps, pe) = fn(rng)
        roll = rng.random()
        if roll < .15:
            fmtx, layout = "pdf", rng.choice(RL_LAYOUTS)
        elif roll < .48:
            fmtx, layout = "docx", rng.choice(DOCX_LAYOUTS)
        elif roll < .90:
            fmtx, layout = "pdf", rng.choice(DOCX_LAYOUTS)
        elif roll < .95:
            fmtx, layout = "odt", rng.choice(DOCX_LAYOUTS)
        else:
            fmtx, layout = "rtf", rng.choice(DOCX_LAYOUTS)
        folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan", "unknown": "andet"}[kind]
        stem = f"{counter:03d}-{sub}-{layout}"
        rel = f"{folder}/{stem}.{fmtx}"
        (out / folder).mkdir(exist_ok=True)
        if layout.startswith("rl-"):
            write_rl_pdf(doc, out / rel, layout, rng)
            traits.append("made:reportlab")
        elif fmtx == "docx":
            write_docx(doc, out / rel, layout, rng)
            traits.append("made:raw-ooxml")
        else:
            src = tmp / fmtx / f"{stem}.docx"
            src.parent.mkdir(exist_ok=True)
            write_docx(doc, src, layout, rng)
            to_convert[fmtx].append(src)
            traits.append(f"made:raw-ooxml+soffice-{fmtx}")
        must = [cprno, cprno.replace("-", "")] if cprno else []
        if cprno:
            traits.append("cpr")
        rules = sorted(set(defects)) if kind != "unknown" else []
        e = {"path": rel, "format": fmtx, "kind": kind, "subtype": sub, "layout": layout, "rules": rules,
             "extras": [], "error": None, "accept_errors": [], "must_not_contain": must, "traits": traits}
        if ps:
            e["period"] = {"start": ps, "end": pe}
        entries.append(e)
    prof = "file:///tmp/lo_eg_profile"
    for fmtx, files in to_convert.items():
        if not files:
            continue
        folder_of = {}
        for e in entries:
            folder_of[Path(e["path"]).stem] = Path(e["path"]).parent
        od = tmp / f"out_{fmtx}"
        od.mkdir(exist_ok=True)
        target = {"pdf": "pdf:writer_pdf_Export", "odt": "odt", "rtf": "rtf"}[fmtx]
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", target,
                        "--outdir", str(od)] + [str(f) for f in files], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for f in files:
            res = od / f"{f.stem}.{fmtx}"
            if not res.exists():
                raise SystemExit(f"conversion failed: {f}")
            shutil.move(str(res), str(out / folder_of[f.stem] / res.name))
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
