"""Independent corpus "bs": mentor agreements and decisions made in Word the way municipalities make them.

The DOCX files are written as raw OOXML (zip + XML by hand) because python-docx cannot make content
controls, legacy form fields, text boxes with VML fallback, tracked changes, comments or fields.
A share of them are converted with LibreOffice to PDF, ODT and RTF.

Usage: make_corpus_bs.py --out DIR [--seed N] [--no-convert]
Deterministic for a fixed seed (LibreOffice output aside, whose bytes carry timestamps).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

PLACEHOLDER = "Klik eller tryk her for at skrive tekst."
DATE_PLACEHOLDER = "Klik eller tryk for at angive en dato."
CHOICE_PLACEHOLDER = "Vælg et element."

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Assens", "Tønder", "Roskilde", "Herning", "Randers",
            "Svendborg", "Næstved", "Frederikshavn", "Silkeborg", "Kalundborg", "Vejle"]
FIRST = ["Anna", "Mikkel", "Fatima", "Jonas", "Sofie", "Ahmed", "Line", "Kasper", "Maja", "Emil",
         "Nadia", "Oliver", "Ida", "Yusuf", "Camilla", "Rasmus", "Signe", "Tobias", "Amalie", "Ali"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Østergaard", "Møller"]
PROVIDERS = ["Jobhuset", "Mentorhuset ApS", "Kompetencecenter Midt", "Fremad Mentorservice",
             "Broen Mentor & Coaching", "kommunens mentorkorps", "Ungeenheden"]

GOALS = [
    "{f} starter på SOSU-hjælperuddannelsen den 1. august {y} og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik i {place} 15 timer om ugen senest 1. {m} {y}, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og består prøven inden periodens udløb.",
    "{f} har et ordinært job på 20 timer om ugen i {place}.",
    "{f} fastholder sin plads på EUD-grundforløbet (GF1) og har højst to fraværsdage om måneden.",
    "{f} møder stabilt i sin praktik på {place} og øger fra 10 til 18 timer om ugen.",
    "{f} er startet på FGU (produktionsgrunduddannelse) og møder hver dag til tiden.",
    "{f} har fået et fleksjob som pedelmedhjælper i {place} med 12 timer om ugen.",
]
PLACES = ["Netto i Bjerringbro", "Bilkas lager", "Dagli'Brugsen", "plejecentret Solgården",
          "Genbrugspladsen", "Café Kaskaden", "Jysk's centrallager", "Byens Auto"]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "{f} skal arbejde med sig selv og komme videre.",
    "Sikre at {f} får det bedre og får mere selvværd.",
    "Motivere {f} og hjælpe med at komme tættere på arbejdsmarkedet.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælp til at læse og svare på Digital Post"],
    ["Morgenopkald de dage, hvor {f} skal møde", "hjælp til at planlægge ugen",
     "deltage i opstartsmødet på skolen"],
    ["Støtte {f} i kontakten med praktikstedets leder", "træne busturen til arbejdspladsen",
     "hjælpe med at holde styr på vagtplanen"],
    ["Hjælpe {f} med at få overblik over økonomien", "følges til lægen og til jobcentret",
     "samtaler om fremmøde i uddannelsen"],
]
FOLLOW = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før støtteperioden ophører.",
    "Vi følger op hver 4. uge. Delmål: fremmøde fire dage om ugen fra {m2}.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb. Progression måles på fremmøde.",
    "Mentor sender en kort status hver 14. dag; fælles opfølgningssamtale hver anden måned.",
]
HOURS = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "8 timer om måneden", "4 timer ugentligt",
         "halvanden time pr. uge", "to timer om ugen", "2-3 timer pr. uge"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har "
    "modtaget den. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, "
    "sendes klagen videre til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kap. 10).",
    "Du kan klage over afgørelsen. Klagen skal være modtaget af {k} Kommune, Jobcenter {k}, senest 4 uger "
    "efter du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Vi vurderer sagen igen, og "
    "hvis vi fastholder afgørelsen, sender vi din klage til Ankestyrelsen.",
    "Klagefrist: 4 uger. Send din klage til kommunen ({k} Kommune, Borgerservice, tlf. 87 87 00 00). "
    "Kommunen ser på sagen igen; bliver afgørelsen ikke ændret, går klagen videre til Ankestyrelsen.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds, kan du kontakte din sagsbehandler.",
               "Du har mulighed for at klage."]


# ---------------------------------------------------------------- OOXML helpers

def t(text: str) -> str:
    """Runs for text: '\n' -> w:br, '\u00ad' -> w:softHyphen, '\t' -> w:tab."""
    out = []
    buf = ""
    for ch in text:
        if ch in "\n\u00ad\t":
            if buf:
                out.append(f'<w:t xml:space="preserve">{escape(buf)}</w:t>')
                buf = ""
            out.append({"\n": "<w:br/>", "\u00ad": "<w:softHyphen/>", "\t": "<w:tab/>"}[ch])
        else:
            buf += ch
    if buf:
        out.append(f'<w:t xml:space="preserve">{escape(buf)}</w:t>')
    return "".join(out)


def r(text: str, bold: bool = False, italic: bool = False) -> str:
    rpr = ""
    if bold or italic:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    return f"<w:r>{rpr}{t(text)}</w:r>"


def p(*parts: str, style: str | None = None, num: tuple[int, int] | None = None, jc: str | None = None) -> str:
    ppr = ""
    inner = ""
    if style:
        inner += f'<w:pStyle w:val="{style}"/>'
    if num:
        inner += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if jc:
        inner += f'<w:jc w:val="{jc}"/>'
    if inner:
        ppr = f"<w:pPr>{inner}</w:pPr>"
    body = "".join(x if x.startswith("<") else r(x) for x in parts)
    return f"<w:p>{ppr}{body}</w:p>"


_ids = iter(range(1000, 10**6))


def sdt_text(value: str | None, tag: str, rich: bool = False, block: bool = False) -> str:
    """A plain or rich text content control; None -> showing the placeholder (empty)."""
    sid = next(_ids)
    kind = "" if rich else "<w:text/>"
    if value is None:
        pr = (f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
              f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
              f'<w:showingPlcHdr/>{kind}</w:sdtPr>')
        content = f'<w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr>{t(PLACEHOLDER)}</w:r>'
    else:
        pr = f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>{kind}</w:sdtPr>'
        content = r(value)
    if block:
        return f"<w:sdt>{pr}<w:sdtContent><w:p>{content}</w:p></w:sdtContent></w:sdt>"
    return f"<w:sdt>{pr}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def sdt_date(day: dt.date | None, tag: str) -> str:
    sid = next(_ids)
    if day is None:
        return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{sid}"/><w:showingPlcHdr/>'
                f'<w:date><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="da-DK"/></w:date></w:sdtPr>'
                f'<w:sdtContent><w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr>{t(DATE_PLACEHOLDER)}'
                f'</w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
            f'<w:date w:fullDate="{day.isoformat()}T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/>'
            f'<w:lid w:val="da-DK"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
            f'</w:date></w:sdtPr><w:sdtContent>{r(dlong(day))}</w:sdtContent></w:sdt>')


def sdt_dropdown(choice: str | None, items: list[str], tag: str) -> str:
    sid = next(_ids)
    li = "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
    if choice is None:
        return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{sid}"/><w:showingPlcHdr/>'
                f'<w:dropDownList><w:listItem w:value=""/>{li}</w:dropDownList></w:sdtPr>'
                f'<w:sdtContent><w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr>{t(CHOICE_PLACEHOLDER)}'
                f'</w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{sid}"/><w:dropDownList>'
            f'<w:listItem w:value=""/>{li}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent>{r(choice)}</w:sdtContent></w:sdt>')


def sdt_checkbox(checked: bool, label: str) -> str:
    sid = next(_ids)
    ch = "☒" if checked else "☐"
    return (f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
            f'<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>' + r(" " + label))


def formtext(value: str | None, name: str, default: str = "") -> str:
    """Legacy FORMTEXT field. Empty = five en spaces (Word's default result)."""
    res = value if value is not None else (default or "\u2002" * 5)
    dflt = f'<w:default w:val="{escape(default)}"/>' if default else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput>{dflt}</w:textInput></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(res)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def formcheck(checked: bool, name: str, label: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
            f'</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' + r(" " + label))


def field(instr: str, result: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {escape(instr)} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(result)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ins(text: str, author: str = "Hanne Bech") -> str:
    return f'<w:ins w:id="{next(_ids)}" w:author="{author}" w:date="2026-03-02T10:14:00Z">{r(text)}</w:ins>'


def dele(text: str, author: str = "Hanne Bech") -> str:
    return (f'<w:del w:id="{next(_ids)}" w:author="{author}" w:date="2026-03-02T10:14:00Z"><w:r>'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def smart(text: str, element: str = "PersonName") -> str:
    return (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{element}">'
            f'{r(text)}</w:smartTag>')


def textbox(paras: list[str]) -> str:
    """A floating text box: DrawingML choice plus VML fallback with the same text."""
    inner = "".join(paras)
    did = next(_ids)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{did}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2340000" cy="1260000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{did}" name="Tekstfelt {did}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2340000" cy="1260000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
        f'<v:shape id="Tekstfelt{did}" o:spid="_x0000_s{did}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:283pt;width:184pt;height:99pt;z-index:1">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>')


def tc(content: str | list[str], width: int = 4500, span: int = 1, vmerge: str | None = None,
       shade: bool = False) -> str:
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    if shade:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
    if isinstance(content, str):
        content = [content]
    body = "".join(c if c.startswith("<w:p") or c.startswith("<w:tbl") or c.startswith("<w:sdt")
                   else p(c) for c in content)
    if not body.rstrip().endswith("</w:p>") and not body.endswith("</w:sdt>"):
        body += "<w:p/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{body}</w:tc>"


def tbl(rows: list[list[str]], grid: list[int]) -> str:
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    b = ('<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
         + '</w:tblBorders>')
    trs = "".join(f"<w:tr>{''.join(row)}</w:tr>" for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="Tabel-Gitter"/><w:tblW w:w="0" w:type="auto"/>{b}'
            f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{g}</w:tblGrid>{trs}</w:tbl>')


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Listeafsnit"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Sidehoved"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Sidefod"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Tabel-Gitter"><w:name w:val="Table Grid"/></w:style>
</w:styles>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def write_docx(path: Path, body: str, header: str | None = None, footer: str | None = None,
               comments: list[tuple[int, str, str]] | None = None, links: dict[str, str] | None = None,
               track: bool = False) -> None:
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
            '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    files: dict[str, str] = {}
    sect = ""
    if header:
        files["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{header}</w:hdr>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        files["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>{footer}</w:ftr>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if comments:
        cs = "".join(f'<w:comment w:id="{cid}" w:author="{escape(a)}" w:date="2026-02-20T09:00:00Z" w:initials="SB">'
                     f'<w:p><w:r><w:annotationRef/></w:r>{r(txt)}</w:p></w:comment>' for cid, a, txt in comments)
        files["word/comments.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>{cs}</w:comments>'
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    for rid, target in (links or {}).items():
        rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{escape(target)}" TargetMode="External"/>')
    sect = (f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" '
            f'w:bottom="1701" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    files["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                  f'<w:document {NS}><w:body>{body}{sect}</w:body></w:document>')
    files["word/styles.xml"] = STYLES
    files["word/numbering.xml"] = NUMBERING
    files["word/settings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings '
                                  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                  + ("<w:trackRevisions/>" if track else "")
                                  + '<w:defaultTabStop w:val="1304"/><w:lang w:val="da-DK"/></w:settings>')
    files["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                                             'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                             + "".join(rels) + "</Relationships>")
    files["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types '
                                    'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                    '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>")
    files["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                            '</Relationships>')
    files["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
                                  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Jobcenter</dc:creator>'
                                  '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-20T09:00:00Z</dcterms:created>'
                                  '</cp:coreProperties>')
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in files if k not in ("[Content_Types].xml", "_rels/.rels")):
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[name])


# ---------------------------------------------------------------- content model

def dlong(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dnum(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}/{d.month} {d.year}",
                       f"{d.day}.{d.month}.{d.year}", dlong(d), f"{d.day:02d}-{d.month:02d}-{d.year}"])


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def make_cpr(rng: random.Random) -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 45))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(0, 10000):04d}"


class Case:
    """One citizen's agreement content, with the defects chosen for it."""

    def __init__(self, rng: random.Random, defects: set[str]):
        self.rng = rng
        self.defects = defects
        self.k = rng.choice(KOMMUNER)
        self.first = rng.choice(FIRST)
        self.citizen = f"{self.first} {rng.choice(LAST)}"
        mf = rng.choice([x for x in FIRST if x != self.first])
        self.mentor = f"{mf} {rng.choice(LAST)}"
        self.mentor_first = mf
        self.provider = rng.choice(PROVIDERS)
        self.phone = f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        dom = self.provider.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.email = f"{mf.lower()}@{dom}.dk"
        self.cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cw_phone = f"87 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        self.start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 8, 9]), rng.choice([1, 1, 1, 15, 2]))
        months = rng.choice([3, 4, 6, 6, 6])
        if "duration-over-6-months" in defects:
            months = rng.choice([8, 9, 12])
        self.months = months
        self.end = add_months(self.start, months) - dt.timedelta(days=1)
        if "duration-over-6-months" in defects and rng.random() < 0.4:
            self.end = add_months(self.start, 6)  # one day too long
            self.months = 6
        self.period_over = "duration-over-6-months" in defects
        y = self.start.year
        self.goal = rng.choice(GOALS).format(f=self.first, place=rng.choice(PLACES), y=y,
                                             m=MONTHS[(self.start.month + 2) % 12])
        if "unclear-goal" in defects:
            self.goal = rng.choice(UNCLEAR_GOALS).format(f=self.first)
        self.tasks = [x.format(f=self.first) for x in rng.choice(TASKS)]
        self.follow = rng.choice(FOLLOW).format(f=self.first, m2=MONTHS[(self.start.month + 1) % 12])
        self.hours = rng.choice(HOURS)
        self.appeal = rng.choice(APPEAL_FULL).format(k=self.k)
        self.cpr = make_cpr(rng) if rng.random() < 0.3 else None
        self.case_no = f"{rng.choice(['15.20.00', '32.18.08'])}-G01-{rng.randrange(100, 9999)}-26"

    def period_text(self) -> str:
        rng = self.rng
        a, b = self.start, self.end
        return rng.choice([f"{dlong(a)} – {dlong(b)}", f"{dnum(a, rng)} - {dnum(b, rng)}",
                           f"fra {dlong(a)} til {dlong(b)}", f"f.o.m. {dnum(a, rng)} t.o.m. {dnum(b, rng)}"])

    # Value or None (None = empty placeholder / left out), by defect
    def val(self, field: str) -> str | None:
        m = {"goal": "missing-goal", "tasks": "missing-tasks", "period": "missing-duration",
             "follow": "missing-follow-up", "hours": "missing-hours", "appeal": "missing-appeal-guidance",
             "mentor": "missing-mentor"}
        if m[field] in self.defects:
            if field == "hours" and self.rng.random() < 0.4:
                return self.rng.choice(VAGUE_HOURS)
            if field == "appeal" and self.rng.random() < 0.6:
                return self.rng.choice(APPEAL_WEAK)
            if field == "mentor":
                return self.mentor  # name only, no phone or e-mail
            return None
        return {"goal": self.goal, "tasks": "\n".join("– " + x for x in self.tasks), "period": self.period_text(),
                "follow": self.follow, "hours": self.hours, "appeal": self.appeal,
                "mentor": f"{self.mentor}, {self.provider}, tlf. {self.phone}, {self.email}"}[field]

    def expected(self) -> list[str]:
        exp = set(self.defects)
        if "missing-goal" in exp:
            exp.discard("unclear-goal")
        if "missing-duration" in exp:
            exp.discard("duration-over-6-months")
        return sorted(exp)


def head_block(c: Case, title: str) -> str:
    out = [p(f"{c.k} Kommune", style="Sidehoved"), p(f"Jobcenter {c.k} · Arbejdsmarkedsafdelingen"),
           p(title, style="Titel")]
    return "".join(out)


def citizen_rows(c: Case, tagged: bool = True) -> list[list[str]]:
    rows = [[tc("Borger", 3000, shade=True), tc([p(field("MERGEFIELD Borger_Navn", c.citizen))], 6600)]]
    if c.cpr:
        rows.append([tc("CPR-nr.", 3000, shade=True), tc(c.cpr, 6600)])
    rows.append([tc("Sagsnr.", 3000, shade=True), tc(c.case_no, 6600)])
    return rows


# ---------------------------------------------------------------- layouts (DOCX builders)

def lay_sdt_table(c: Case, docs: dict) -> tuple[str, dict]:
    """Kommunens Word-skabelon: label | content control table; empty fields show the placeholder."""
    rng = c.rng
    rows = citizen_rows(c)
    def cell(fieldname: str, tag: str) -> str:
        v = c.val(fieldname)
        if fieldname == "tasks" and v is not None:
            return tc([sdt_text(x.lstrip("– "), tag + str(i), block=True) for i, x in enumerate(v.split("\n"))] , 6600)
        return tc([p(sdt_text(v, tag, rich=rng.random() < 0.5))], 6600)
    mtype = sdt_dropdown(rng.choice(["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor"]),
                         ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Ret- og pligtmentor"], "Mentortype")
    rows += [
        [tc("Mentortype", 3000, shade=True), tc([p(mtype)], 6600)],
        [tc("Målet med mentorstøtten", 3000, shade=True), cell("goal", "Maal")],
        [tc("Mentorens navn og kontaktdata", 3000, shade=True), cell("mentor", "Mentor")],
        [tc("Hvilke opgaver skal mentoren hjælpe med?", 3000, shade=True), cell("tasks", "Opgaver")],
    ]
    if "missing-duration" in c.defects:
        per = p(sdt_date(None, "Start"), r(" – "), sdt_date(None, "Slut"))
    else:
        per = p(r("Fra "), sdt_date(c.start, "Start"), r(" til "), sdt_date(c.end, "Slut"))
    rows += [
        [tc("Periode", 3000, shade=True), tc([per], 6600)],
        [tc("Timetal", 3000, shade=True), cell("hours", "Timer")],
        [tc("Opfølgning og mål for progression", 3000, shade=True), cell("follow", "Opfoelgning")],
    ]
    body = head_block(c, "Aftale om mentorstøtte")
    body += p("Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167.")
    body += tbl(rows, [3000, 6600])
    body += p("Klagevejledning", style="Overskrift2")
    av = c.val("appeal")
    body += sdt_text(av, "Klage", rich=True, block=True)
    body += p(f"Dato: ", field("DATE \\@ \"d. MMMM yyyy\"", dlong(c.start - dt.timedelta(days=5))))
    body += p("Underskrift borger: ____________________     Underskrift sagsbehandler: ____________________")
    return body, {"layout": "sdt-table", "traits": ["sdt", "sdt-date", "sdt-dropdown", "mergefield", "date-field"]}


def lay_formtext(c: Case, docs: dict) -> tuple[str, dict]:
    """Old .doc-era template with legacy FORMTEXT fields in a two-column table (saved as .docx)."""
    rng = c.rng
    def ff(fieldname: str, name: str) -> str:
        v = c.val(fieldname)
        return p(formtext(v, name))
    rows = [[tc("Navn", 2800), tc([p(formtext(c.citizen, "Navn"))], 6800)]]
    if c.cpr:
        rows.append([tc("Cpr.nr.", 2800), tc([p(formtext(c.cpr, "Cpr"))], 6800)])
    rows += [
        [tc("1. Formål / mål", 2800), tc([ff("goal", "Maal")], 6800)],
        [tc("2. Mentor (navn, tlf., mail)", 2800), tc([ff("mentor", "Mentor")], 6800)],
        [tc("3. Mentors opgaver", 2800), tc([ff("tasks", "Opgaver")], 6800)],
        [tc("4. Varighed", 2800), tc([ff("period", "Periode")], 6800)],
        [tc("   Opfølgning", 2800), tc([ff("follow", "Opf")], 6800)],
        [tc("5. Timetal", 2800), tc([ff("hours", "Timer")], 6800)],
    ]
    body = p(f"JOBCENTER {c.k.upper()}", style="Overskrift1")
    body += p("Mentoraftale", style="Overskrift1")
    body += p("Aftale om mentorstøtte jf. LAB § 167 (tidl. § 31 b)")
    body += tbl(rows, [2800, 6800])
    body += p("6. Klagevejledning", style="Overskrift2")
    body += p(formtext(c.val("appeal"), "Klage", default=""))
    body += p(formcheck(True, "Kopi", "Kopi sendt til mentor"), r("   "), formcheck(rng.random() < 0.5, "EBoks", "Sendt til e-Boks"))
    return body, {"layout": "legacy-formfields", "traits": ["formtext", "formcheckbox"]}


def lay_textbox_footer(c: Case, docs: dict) -> tuple[str, dict]:
    """Letter-style agreement: mentor contact in a floating text box, appeal guidance in the footer."""
    mv = c.val("mentor")
    box = [p(r("Din mentor", bold=True))]
    if mv == c.mentor:
        box += [p(smart(c.mentor)), p(c.provider)]
    elif mv:
        box += [p(smart(c.mentor)), p(c.provider), p(f"Tlf.\u00a0{c.phone}"),
                p(f'<w:hyperlink r:id="rIdL1" w:history="1">{r(c.email)}</w:hyperlink>')]
    body = head_block(c, "Mentoraftale")
    if c.cpr:
        body += p(f"{c.citizen}\nCPR-nr.:\u00a0{c.cpr}")
    body += p(textbox(box), r(f"Kære {c.first}"))
    body += p(f"Du og {c.mentor_first} har sammen med din sagsbehandler aftalt følgende forløb med mentor\u00adstøtte.")
    g = c.val("goal")
    body += p("Vi har aftalt følgende mål for forløbet:", style="Overskrift2")
    body += p(g if g else PLACEHOLDER)
    tv = c.val("tasks")
    body += p(f"{c.mentor_first} skal hjælpe dig med:", style="Overskrift2")
    if tv:
        for x in c.tasks:
            body += p(x, num=(2, 0))
    else:
        body += p("Udfyldes senere")
    pv, hv, fv = c.val("period"), c.val("hours"), c.val("follow")
    body += p("Hvor længe og hvor meget?", style="Overskrift2")
    s = ""
    if pv:
        s += f"Aftalen gælder {pv}. "
    if hv:
        s += f"Du får mentorstøtte {hv}. "
    body += p(s or "Varighed og timer aftales senere.")
    if fv:
        body += p("Sådan følger vi op", style="Overskrift2") + p(fv)
    body += p(f"Med venlig hilsen\n{c.cw}\nSagsbehandler, tlf. {c.cw_phone}")
    av = c.val("appeal")
    footer = p(f"{c.k} Kommune · Jobcenter {c.k} · Sagsnr. {c.case_no}", style="Sidefod")
    if av:
        footer = p(r("Klagevejledning: ", bold=True), r(av), style="Sidefod") + footer
    return body, {"layout": "textbox-footer", "footer": footer,
                  "links": {"rIdL1": f"mailto:{c.email}"},
                  "traits": ["textbox-vml-fallback", "footer-appeal", "smarttag", "hyperlink", "numpr", "soft-hyphen", "nbsp"]}


def lay_tracked(c: Case, docs: dict) -> tuple[str, dict]:
    """Agreement revised with track changes on: the old period is deleted, a new one inserted; comments."""
    rng = c.rng
    body = head_block(c, "Aftale om mentorstøtte – revideret")
    comments = []
    body += p(f"Borger: {c.citizen}" + (f" ({c.cpr})" if c.cpr else ""))
    body += p("1. Mål", style="Overskrift2")
    g = c.val("goal")
    body += p(g or "")
    body += p("2. Mentor", style="Overskrift2")
    mv = c.val("mentor")
    body += p(mv or "")
    body += p("3. Opgaver", style="Overskrift2")
    tv = c.val("tasks")
    if tv:
        for x in c.tasks:
            body += p(x, num=(2, 0))
    body += p("4. Periode", style="Overskrift2")
    traits = ["tracked-changes", "comments"]
    if "missing-duration" in c.defects:
        # the whole period was deleted in review and nothing put in its place
        body += p(dele(c.period_text()), r(" "))
        traits.append("period-only-in-deletion")
    else:
        old_end = add_months(c.start, 9) - dt.timedelta(days=1)
        if c.period_over:
            # reviewer inserted an over-long end date
            body += p(r(f"{dlong(c.start)} – "), dele(dlong(add_months(c.start, 6) - dt.timedelta(days=1))), ins(dlong(c.end)))
        else:
            body += p(r(f"{dlong(c.start)} – "), dele(dlong(old_end)), ins(dlong(c.end)),
                      '<w:commentRangeStart w:id="0"/>', r(" (ny vurdering ved udløb)"), '<w:commentRangeEnd w:id="0"/>',
                      '<w:r><w:commentReference w:id="0"/></w:r>')
            comments.append((0, "Susanne Bak", f"Ændret fra 9 til {c.months} måneder – LAB § 167 stk. 1 tillader højst 6."))
            traits.append("deleted-over-long-period")
    body += p("Opfølgning", style="Overskrift2")
    fv = c.val("follow")
    body += p(fv or "")
    body += p("5. Timer", style="Overskrift2")
    hv = c.val("hours")
    if hv:
        body += p(hv)
    else:
        body += p('<w:commentRangeStart w:id="1"/>', dele(rng.choice(HOURS)), '<w:commentRangeEnd w:id="1"/>',
                  '<w:r><w:commentReference w:id="1"/></w:r>')
        comments.append((1, "Susanne Bak", f"Timetal slettet – aftal {rng.choice(HOURS)} med mentor?"))
        traits.append("hours-only-in-deletion-and-comment")
    body += p("6. Klagevejledning", style="Overskrift2")
    av = c.val("appeal")
    body += p(av or "")
    return body, {"layout": "tracked-changes", "comments": comments, "track": True, "traits": traits}


def lay_merged(c: Case, docs: dict) -> tuple[str, dict]:
    """A form with merged cells (gridSpan, vMerge), a nested contact table and line breaks inside cells."""
    rng = c.rng
    g, mv, tv, pv, hv, fv = (c.val(x) for x in ("goal", "mentor", "tasks", "period", "hours", "follow"))
    if mv and mv != c.mentor:
        nested = tbl([[tc("Navn", 1500), tc(c.mentor, 3000)], [tc("Firma", 1500), tc(c.provider, 3000)],
                      [tc("Telefon", 1500), tc(c.phone.replace(" ", "\u00a0"), 3000)], [tc("E-mail", 1500), tc(c.email, 3000)]],
                     [1500, 3000])
        mcell = tc([nested, "<w:p/>"], 4800)
    elif mv:
        mcell = tc(mv, 4800)
    else:
        mcell = tc([p(sdt_text(None, "Mentor"))], 4800)
    grid = [2400, 2400, 4800]
    rows = [
        [tc([p(r("AFTALE OM MENTORSTØTTE", bold=True))], 9600, span=3, shade=True)],
        [tc("Borger", 2400, shade=True), tc(c.citizen + (f"\nCPR: {c.cpr}" if c.cpr else ""), 7200, span=2)],
        [tc("Mentor", 2400, shade=True, vmerge="restart"), tc("Kontaktoplysninger", 2400), mcell],
        [tc("", 2400, vmerge="cont"), tc("Mentortype", 2400),
         tc([p(sdt_checkbox(True, "Tilbudsmentor"), r("  "), sdt_checkbox(False, "Udvidet mentor"))], 4800)],
        [tc("Mål", 2400, shade=True), tc(g or "", 7200, span=2)],
        [tc("Mentorens opgaver", 2400, shade=True), tc(tv or "", 7200, span=2)],
        [tc("Varighed og timer", 2400, shade=True, vmerge="restart"), tc("Periode", 2400), tc(pv or "", 4800)],
        [tc("", 2400, vmerge="cont"), tc("Timer pr. uge", 2400), tc(hv or "", 4800)],
        [tc("Opfølgning", 2400, shade=True), tc(fv or "", 7200, span=2)],
    ]
    body = p(f"{c.k} Kommune – Jobcenter", style="Overskrift1")
    body += tbl(rows, grid)
    av = c.val("appeal")
    body += p("Klagevejledning", style="Overskrift2") + p(av or "")
    return body, {"layout": "merged-nested-table",
                  "traits": ["gridspan", "vmerge", "nested-table", "cell-line-break", "w14-checkbox", "nbsp"]}


def lay_checkbox_hours(c: Case, docs: dict) -> tuple[str, dict]:
    """Hours chosen by checkbox service level (☒ chosen, ☐ not); header carries the mentor's contact."""
    g, tv, pv, fv = (c.val(x) for x in ("goal", "tasks", "period", "follow"))
    mv = c.val("mentor")
    header = p(f"{c.k} Kommune · Mentoraftale · {c.citizen}" + (f" · {c.cpr}" if c.cpr else ""), style="Sidehoved")
    if mv:
        header += p(f"Mentor: {mv}", style="Sidehoved")
    body = p("Aftale om mentorstøtte", style="Titel")
    body += p("Aftalen er indgået mellem borger, mentor og kommunen. Mentorens kontaktoplysninger står øverst på siden.")
    body += p("Mål for mentorstøtten", style="Overskrift2") + p(g or PLACEHOLDER)
    body += p("Mentors opgaver", style="Overskrift2")
    if tv:
        for x in c.tasks:
            body += p(x, num=(1, 0))
    else:
        body += p("–")
    body += p("Periode", style="Overskrift2") + p(pv or "")
    body += p("Timetal (sæt kryds)", style="Overskrift2")
    levels = ["0-1 time pr. uge (niveau 1)", "1-2 timer pr. uge (niveau 2)", "Mere end 2 timer pr. uge (niveau 3): ___ timer"]
    chosen = -1 if "missing-hours" in c.defects else c.rng.randrange(0, 2)
    use_chars = c.rng.random() < 0.5
    for i, lv in enumerate(levels):
        if use_chars:
            body += p(("☒ " if i == chosen else "☐ ") + lv)
        else:
            body += p(sdt_checkbox(i == chosen, lv))
    body += p("Opfølgning", style="Overskrift2") + p(fv or "")
    av = c.val("appeal")
    body += p("Sådan klager du", style="Overskrift2") + p(av or "")
    return body, {"layout": "checkbox-hours", "header": header,
                  "traits": ["header-mentor", "checkbox-chars" if use_chars else "w14-checkbox", "numpr"],
                  "hours_by_checkbox": True}


FORCED = {5: {"missing-hours"}, 17: {"missing-hours"}, 9: {"missing-hours"}, 21: {"missing-duration"}}

LAYOUTS = [lay_sdt_table, lay_formtext, lay_textbox_footer, lay_tracked, lay_merged, lay_checkbox_hours]


def decision_letter(c: Case, partial: bool) -> tuple[str, dict]:
    """A grant letter with the agreement as 'Bilag 1'. Defects only on appeal/duration."""
    body = p(f"{c.k} Kommune", style="Sidehoved") + p(field("MERGEFIELD Borger_Navn", c.citizen))
    body += p(field("MERGEFIELD Adresse", f"{c.rng.choice(['Skovvej', 'Nørregade', 'Bakkedraget'])} {c.rng.randrange(1, 80)}"))
    body += p(f"Sagsnr.: {c.case_no}" + (f"\nCPR-nr.: {c.cpr}" if c.cpr else ""))
    body += p(f"Dato: ", field("DATE \\@ \"d. MMMM yyyy\"", dlong(c.start - dt.timedelta(days=10))), jc="right")
    body += p("Afgørelse om mentorstøtte", style="Titel")
    if partial:
        body += p(f"Du har søgt om mentorstøtte 5 timer om ugen. Du får bevilget mentorstøtte {c.hours} "
                  f"i perioden {c.period_text()}.")
        body += p("Begrundelse", style="Overskrift2")
        body += p("Vi har lagt vægt på, at du allerede får støtte fra skolens elevcoach, og at behovet derfor er "
                  "mindre end ansøgt. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")
    else:
        body += p(f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden "
                  f"{c.period_text()}, {c.hours}. Du får dermed det, du har søgt om.")
    body += p("Klagevejledning", style="Overskrift2")
    body += p(c.val("appeal") or "")
    body += p(f"Med venlig hilsen\n{c.cw}\nJobcenter {c.k}")
    body += '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    body += p("Bilag 1: Aftale om mentorstøtte", style="Overskrift1")
    rows = [[tc("Mål", 2600, shade=True), tc(c.goal, 7000)],
            [tc("Mentor", 2600, shade=True), tc(f"{c.mentor}\n{c.provider}\nTlf. {c.phone}\n{c.email}", 7000)],
            [tc("Opgaver", 2600, shade=True), tc([p(x, num=(2, 0)) for x in c.tasks], 7000)],
            [tc("Periode", 2600, shade=True), tc(c.period_text(), 7000)],
            [tc("Timer", 2600, shade=True), tc(c.hours, 7000)],
            [tc("Opfølgning", 2600, shade=True), tc(c.follow, 7000)]]
    body += tbl(rows, [2600, 7000])
    return body, {"layout": "decision-with-bilag", "traits": ["mergefield", "date-field", "bilag-agreement",
                                                               "partial-grant" if partial else "full-grant"]}


# ---------------------------------------------------------------- documents that are none of the kinds

def blank_template(rng: random.Random) -> str:
    c = Case(rng, {"missing-goal", "missing-tasks", "missing-duration", "missing-hours", "missing-follow-up"})
    rows = [[tc(lbl, 3000, shade=True), tc([p(sdt_text(None, tag))], 6600)]
            for lbl, tag in [("Borger", "Borger"), ("CPR-nr.", "Cpr"), ("Målet med mentorstøtten", "Maal"),
                             ("Mentorens navn og kontaktdata", "Mentor"), ("Opgaver", "Opgaver"),
                             ("Timetal", "Timer"), ("Opfølgning", "Opf")]]
    rows.insert(5, [tc("Periode", 3000, shade=True), tc([p(sdt_date(None, "Start"), r(" – "), sdt_date(None, "Slut"))], 6600)])
    body = p(f"{c.k} Kommune", style="Sidehoved") + p("SKABELON – Aftale om mentorstøtte", style="Titel")
    body += p("Skabelon version 3.2 (godkendt af ledergruppen). Gem en kopi i sagen før udfyldning.")
    body += tbl(rows, [3000, 6600])
    body += p("Klagevejledning", style="Overskrift2") + sdt_text(None, "Klage", block=True)
    return body


def guide_doc(rng: random.Random) -> str:
    k = rng.choice(KOMMUNER)
    body = p(f"{k} Kommune · Intern vejledning", style="Sidehoved")
    body += p("Sådan udfylder du mentoraftalen", style="Titel")
    body += p("Vejledning til sagsbehandlere i Jobcenter " + k + ". Opdateret februar 2026.")
    items = [
        ("Målet med mentorstøtten", "Skriv målet som den tilstand, borgeren skal nå – et job- eller uddannelsesmål, "
         "fx \"Anna er i praktik 15 timer om ugen i Netto senest 1. juni\". Undgå \"støtte til\" og \"sikre at\"."),
        ("Mentorens navn og kontaktdata", "Navn, telefon og e-mail på mentoren. Sagsbehandlerens nummer tæller ikke."),
        ("Opgaver", "Beskriv konkret, hvad mentoren skal hjælpe med."),
        ("Periode", "Højst 6 måneder (LAB § 167, stk. 1). En ny periode på op til 6 måneder kræver en konkret vurdering."),
        ("Timetal", "Angiv timer pr. uge, fx 2 timer pr. uge. Skriv ikke \"efter behov\"."),
        ("Opfølgning", "Statusmøde mindst hver 3. måned og altid 14 dage før ophør."),
        ("Klagevejledning", "Brug standardteksten: borgeren klager til kommunen inden 4 uger; kommunen genvurderer og "
         "sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes."),
    ]
    for i, (h, txt) in enumerate(items, 1):
        body += p(r(h, bold=True), num=(1, 0)) + p(txt, style="Listeafsnit")
    body += p("Tip: Felter med grå tekst (\"" + PLACEHOLDER + "\") er tomme, indtil du skriver i dem.")
    body += p("Spørgsmål til skabelonen: kontakt fagkoordinator på tlf. 87 11 22 33.")
    return body


def status_report(rng: random.Random) -> str:
    c = Case(rng, set())
    body = p(c.provider, style="Sidehoved") + p("Statusrapport – mentorforløb", style="Titel")
    body += tbl([[tc("Borger", 3000, shade=True), tc(c.citizen, 6600)],
                 [tc("Mentor", 3000, shade=True), tc(f"{c.mentor}, tlf. {c.phone}", 6600)],
                 [tc("Rapportperiode", 3000, shade=True), tc(f"{dlong(c.start)} – {dlong(add_months(c.start, 1))}", 6600)]],
                [3000, 6600])
    body += p("Forløbet indtil nu", style="Overskrift2")
    body += p(f"{c.first} har mødt til 7 af 8 aftalte møder. Vi har brugt i alt 9 timer, primært på transport til "
              f"praktikstedet og samtaler om fremmøde. {c.first} er glad for praktikken.")
    body += p("Næste skridt", style="Overskrift2")
    body += p("Vi foreslår, at timetallet nedsættes fra næste måned. Rapporten sendes til sagsbehandler.")
    return body


def minutes_doc(rng: random.Random) -> str:
    k = rng.choice(KOMMUNER)
    body = p("Referat – teammøde, Mentorteamet", style="Titel")
    body += p(f"Jobcenter {k}, 12. marts 2026. Deltagere: 6 mentorer, teamleder.")
    for i, x in enumerate(["Nye aftaleskabeloner med indholdskontroller tages i brug 1. april.",
                           "Husk at alle aftaler højst må løbe 6 måneder.",
                           "Status på ventelisten: 14 borgere.",
                           "Eventuelt: julefrokost."], 1):
        body += p(x, num=(1, 0))
    return body


# ---------------------------------------------------------------- build

def soffice(src: Path, fmt: str, outdir: Path, profile: str) -> Path | None:
    outdir.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    except (subprocess.SubprocessError, OSError):
        return None
    ext = fmt.split(":")[0]
    out = outdir / (src.stem + "." + ext)
    return out if out.exists() else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=7167)
    ap.add_argument("--no-convert", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    sources_for_conv = []

    single_defects = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                      "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
    n_agree = 60
    n_defective = 0
    for i in range(n_agree):
        lay = LAYOUTS[i % len(LAYOUTS)]
        defects: set[str] = set()
        if rng.random() < 0.30:
            # cycle through the nine so that each occurs a few times
            defects.add(single_defects[n_defective % len(single_defects)])
            n_defective += 1
            if rng.random() < 0.2:
                defects.add(rng.choice(single_defects))
        # a few fixed cases so the Word-specific defects surely occur: no checkbox ticked (5, 17),
        # the hours or the period only inside a tracked deletion (9, 21)
        defects |= FORCED.get(i, set())
        c = Case(rng, defects)
        body, meta = lay(c, {})
        name = f"{c.k.lower().replace('æ', 'ae').replace('ø', 'oe')}/aftale-{i:03d}-{meta['layout']}.docx"
        write_docx(out / name, body, header=meta.get("header"), footer=meta.get("footer"),
                   comments=meta.get("comments"), links=meta.get("links"), track=meta.get("track", False))
        entry = {"path": name, "format": "docx", "kind": "agreement", "subtype": "agreement",
                 "layout": meta["layout"], "rules": c.expected(), "extras": [], "error": None, "accept_errors": [],
                 "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if c.cpr else [],
                 "traits": meta["traits"] + (["cpr"] if c.cpr else []),
                 "period": {"start": c.start.isoformat(), "end": c.end.isoformat()}}
        entries.append(entry)
        if meta["layout"] not in ("tracked-changes", "legacy-formfields"):
            sources_for_conv.append((out / name, entry))

    for i in range(10):
        defects = set()
        roll = rng.random()
        if roll < 0.3:
            defects.add("missing-appeal-guidance")
        elif roll < 0.45:
            defects.add("duration-over-6-months")
        c = Case(rng, defects)
        partial = rng.random() < 0.5
        body, meta = decision_letter(c, partial)
        name = f"afgoerelser/afgoerelse-{i:02d}.docx"
        write_docx(out / name, body, footer=p(f"Jobcenter {c.k} · tlf. {c.cw_phone}", style="Sidefod"))
        entries.append({"path": name, "format": "docx", "kind": "decision", "subtype": "decision",
                        "layout": meta["layout"], "rules": c.expected(), "extras": [], "error": None,
                        "accept_errors": [], "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if c.cpr else [],
                        "traits": meta["traits"] + (["cpr"] if c.cpr else []),
                        "period": {"start": c.start.isoformat(), "end": c.end.isoformat()}})

    others = [("skabeloner/blank-mentoraftale.docx", blank_template, "blank-template"),
              ("skabeloner/blank-mentoraftale-v2.docx", blank_template, "blank-template"),
              ("vejledning/saadan-udfylder-du-mentoraftalen.docx", guide_doc, "caseworker-guide"),
              ("vejledning/saadan-udfylder-du-mentoraftalen-2.docx", guide_doc, "caseworker-guide"),
              ("rapporter/statusrapport-01.docx", status_report, "status-report"),
              ("rapporter/statusrapport-02.docx", status_report, "status-report"),
              ("rapporter/statusrapport-03.docx", status_report, "status-report"),
              ("referater/teammoede-2026-03.docx", minutes_doc, "minutes")]
    for name, fn, sub in others:
        write_docx(out / name, fn(rng))
        entries.append({"path": name, "format": "docx", "kind": "unknown", "subtype": sub, "layout": "mixed",
                        "rules": [], "extras": [], "error": None, "accept_errors": [], "must_not_contain": [],
                        "traits": ["not-a-mentor-document-kind"]})

    if not args.no_convert:
        profile = tempfile.mkdtemp(prefix="lo_bs_profile_")
        picks = rng.sample(sources_for_conv, 15)
        for j, (src, entry) in enumerate(picks):
            fmt = "pdf" if j % 2 == 0 else "odt"
            res = soffice(src, fmt, out / "konverteret" / fmt, profile)
            if res:
                e = dict(entry, path=str(res.relative_to(out)), format=fmt,
                         traits=entry["traits"] + [f"libreoffice-{fmt}"])
                entries.append(e)
        rest = [s for s in sources_for_conv if s not in picks]
        rtf_src = rng.sample(rest, 8)
        # plus two tracked/formfield ones, which RTF keeps natively
        rtf_src += [(out / e["path"], e) for e in entries if e.get("layout") in ("tracked-changes", "legacy-formfields")
                    and e["format"] == "docx"][:2]
        for src, entry in rtf_src:
            res = soffice(src, "rtf", out / "konverteret" / "rtf", profile)
            if res:
                entries.append(dict(entry, path=str(res.relative_to(out)), format="rtf",
                                    traits=entry["traits"] + ["libreoffice-rtf"]))
        # one unknown converted too
        res = soffice(out / "vejledning/saadan-udfylder-du-mentoraftalen.docx", "pdf", out / "konverteret" / "pdf", profile)
        if res:
            entries.append({"path": str(res.relative_to(out)), "format": "pdf", "kind": "unknown",
                            "subtype": "caseworker-guide", "layout": "mixed", "rules": [], "extras": [], "error": None,
                            "accept_errors": [], "must_not_contain": [], "traits": ["not-a-mentor-document-kind", "libreoffice-pdf"]})
        res = soffice(out / "skabeloner/blank-mentoraftale.docx", "odt", out / "konverteret" / "odt", profile)
        if res:
            entries.append({"path": str(res.relative_to(out)), "format": "odt", "kind": "unknown",
                            "subtype": "blank-template", "layout": "mixed", "rules": [], "extras": [], "error": None,
                            "accept_errors": [], "must_not_contain": [], "traits": ["not-a-mentor-document-kind", "libreoffice-odt"]})
        shutil.rmtree(profile, ignore_errors=True)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
