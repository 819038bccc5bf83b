#!/usr/bin/env python3
"""Independent labelled corpus BM for `mentordocs lint` (issue 8's hard patterns).

Deterministic (fixed seed). Usage: make_corpus_bm.py --out DIR
Writes documents in several formats plus EXPECTED.jsonl (manifest format of corpusgen).
Labels are decided here from the rule docs and domain.md, never from the linter's output.
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

SEED = 8_2026
R = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

FIRST = ["Sara", "Mikkel", "Jonas", "Louise", "Hanne", "Kasper", "Nadia", "Yasmin", "Bo", "Trine",
         "Rasmus", "Camilla", "Ole", "Fatima", "Emil", "Signe", "Per", "Ida", "Ali", "Mette"]
LAST = ["Kjærgaard", "Mortensen", "Østergaard", "Bach", "Lund", "Holm", "Dahl", "Winther",
        "Frandsen", "Skov", "Thygesen", "Brandt", "Krogh", "Juhl", "Vestergaard", "Abdi"]
KOMMUNER = ["Hedensted", "Vordingborg", "Faaborg-Midtfyn", "Lemvig", "Ishøj", "Syddjurs", "Thisted",
            "Kalundborg", "Halsnæs", "Brønderslev"]
PROVIDERS = ["Jobbroen ApS", "Mentorhuset Nord", "Trinbræt I/S", "Vejen Videre", "Kompasset Mentorservice"]


def name():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def phone():
    return f"{R.randint(20, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"


def cpr():
    d = dt.date(1970, 1, 1) + dt.timedelta(days=R.randint(0, 12000))
    return f"{d:%d%m%y}-{R.randint(1000, 9999)}"


def dkdate(d, style=None):
    style = style or R.choice(["long", "dots", "slash", "short"])
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d:%d.%m.%Y}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}.{d.month}.{d:%y}"


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def period(kind="ok"):
    start = dt.date(2026, R.randint(1, 11), 1)
    if kind == "ok":
        end = add_months(start, R.choice([3, 4, 5, 6])) - dt.timedelta(days=1)
    else:
        end = add_months(start, R.choice([8, 9, 12])) - dt.timedelta(days=1)
    return start, end


def period_text(s, e):
    f = R.choice([
        lambda: f"{dkdate(s, 'long')} – {dkdate(e, 'long')}",
        lambda: f"fra {dkdate(s, 'dots')} til {dkdate(e, 'dots')}",
        lambda: f"f.o.m. {dkdate(s, 'slash')} t.o.m. {dkdate(e, 'slash')}",
        lambda: f"{dkdate(s, 'dots')}-{dkdate(e, 'dots')}",
    ])
    return f()


# ---------------------------------------------------------------- field content

GOALS_OK = [
    "{fn} starter på FVU-dansk trin 2 på VUC {by} i {m} og møder op til mindst 4 ud af 5 undervisningsgange.",
    "{fn} gennemfører grundforløb 1 på EUD (tømrer) på {by} Erhvervsskole og er i skoleforløb fra {m}.",
    "Ordinært job som lagermedhjælper 15 timer om ugen hos Salling Group i {by} senest {m}.",
    "At {fn} kommer i virksomhedspraktik i en børnehave 3 dage om ugen, med henblik på optagelse på SOSU-hjælperuddannelsen.",
    "{fn} er i fleksjob som pedelmedhjælper på {by} Skole 12 timer om ugen ved periodens udløb.",
    "Fastholdelse af løntilskudsjobbet i Netto, {by}: {fn} møder stabilt alle aftalte vagter (20 timer om ugen).",
    "{fn} bliver optaget på HF-enkeltfag (matematik C) på VUC og består prøven i {m}.",
    "Opstart på FGU {by}, produktionsgrunduddannelse, linje: køkken, med fremmøde mindst 80 %.",
    "AMU-kursus i truckcertifikat gennemført og derefter job på lager, mindst 25 timer om ugen.",
    "{fn} skal fastholde sin uddannelse på STU og i {m} starte i praktik i en genbrugsbutik 2 dage om ugen.",
]
GOALS_UNCLEAR = [
    "{fn} skal arbejde med sig selv og få mere struktur på hverdagen.",
    "Støtte til at komme videre og øget trivsel.",
    "Sikre at {fn} får det bedre og får mere selvværd.",
    "Motivere {fn} og hjælpe med at komme tættere på arbejdsmarkedet.",
]
TASKS = [
    ["følge {fn} til de første mødedage", "hjælpe med at planlægge transporten", "ugentlig samtale om fremmøde"],
    ["ringe {fn} op om morgenen de første to uger", "tage med til samtale med studievejlederen",
     "hjælpe med at læse og svare på post i e-Boks"],
    ["støtte i kontakten til arbejdspladsen", "øve jobsamtaler", "hjælpe med at skabe overblik over kalenderen"],
    ["være kontaktperson for praktikstedet", "følge op på aftaler om pauser", "samtaler om søvn og døgnrytme"],
]
HOURS_OK = ["1½ time om ugen", "halvanden time pr. uge", "to timer ugentligt", "3 t/uge",
            "2-3 timer om ugen", "24 mentortimer i perioden", "½ time dagligt de første 14 dage, derefter 2 timer pr. uge",
            "4 timer om ugen", "8 timer om måneden", "fire timer om ugen"]
HOURS_VAGUE = ["et par timer om ugen efter behov", "efter behov", "løbende efter aftale"]
FOLLOW = [
    "Vi holder statusmøde hver 4. uge med {fn}, mentor og sagsbehandler. Delmål: fremmøde 4 dage om ugen fra 2. måned.",
    "Opfølgning sker hver måned på et møde i kommunen. Progression måles på fremmøde og de aftalte delmål. Evaluering 14 dage før støtten ophører.",
    "Mentor skriver en kort status til sagsbehandleren hver anden uge. Midtvejsevaluering efter 3 måneder.",
    "Der følges op ved en fælles samtale hver 6. uge, og senest fire uger før bevillingen udløber.",
]
APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {k} Kommune inden fire uger efter, at du har fået afgørelsen. "
    "Kommunen genvurderer afgørelsen. Fastholder kommunen afgørelsen, sendes din klage videre til Ankestyrelsen, "
    "Beskæftigelsesudvalget. Du kan klage skriftligt eller mundtligt (LAB § 204).",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i kommunen senest 4 uger efter, at du har modtaget dette brev. "
    "Vi vurderer sagen igen, og hvis vi holder fast i afgørelsen, sender vi klagen til Ankestyrelsen.",
    "Er du uenig, skal du klage til Jobcenter {k} inden 4 uger. Jobcentret ser på sagen igen inden 4 uger; "
    "ændres afgørelsen ikke, går klagen videre til Ankestyrelsen, jf. retssikkerhedslovens § 66.",
]
APPEAL_WEAK = "Du kan klage over afgørelsen, hvis du er uenig."


def make_agreement(defect):
    """Field dict for one agreement. defect: None or one of the rule names (or 'vague-hours', 'placeholder-*')."""
    fn = R.choice(FIRST)
    ctx = dict(fn=fn, by=R.choice(KOMMUNER), m=R.choice(MONTHS[5:9]), k=R.choice(KOMMUNER))
    mname = name()
    while mname.split()[0] == fn:
        mname = name()
    s, e = period("over" if defect == "duration-over-6-months" else "ok")
    f = {
        "citizen": f"{fn} {R.choice(LAST)}", "fn": fn, "kommune": ctx["k"],
        "goal": R.choice(GOALS_UNCLEAR if defect == "unclear-goal" else GOALS_OK).format(**ctx),
        "mentor_name": mname, "mentor_phone": phone(),
        "mentor_mail": mname.split()[0].lower() + "@" + R.choice(["jobbroen.dk", "mentorhuset.dk", "vejenvidere.dk"]),
        "provider": R.choice(PROVIDERS),
        "tasks": [t.format(**ctx) for t in R.choice(TASKS)],
        "period": period_text(s, e), "start": s, "end": e,
        "hours": R.choice(HOURS_VAGUE if defect == "missing-hours-vague" else HOURS_OK),
        "follow": R.choice(FOLLOW).format(**ctx),
        "appeal": R.choice(APPEAL_OK).format(**ctx),
        "caseworker": name(), "cw_phone": phone(),
    }
    drop = set()
    if defect == "missing-goal":
        drop.add("goal")
    elif defect == "missing-mentor":
        f["mentor_phone"] = f["mentor_mail"] = None  # name only
    elif defect == "missing-tasks":
        drop.add("tasks")
    elif defect == "missing-duration":
        drop.add("period")
    elif defect == "missing-follow-up":
        drop.add("follow")
    elif defect == "missing-hours":
        drop.add("hours")
    elif defect == "missing-appeal-guidance":
        f["appeal"] = R.choice([APPEAL_WEAK, None])
    f["drop"] = drop
    return f


def rules_for(defect, kind="agreement"):
    if defect is None:
        return []
    if defect == "missing-hours-vague":
        return ["missing-hours"]
    return [defect]


def mentor_line(f):
    bits = [f["mentor_name"]]
    if f["mentor_phone"]:
        bits.append(f"tlf. {f['mentor_phone']}")
    if f["mentor_mail"]:
        bits.append(f["mentor_mail"])
    return ", ".join(bits) + (f" ({f['provider']})" if R.random() < 0.5 else "")


LABELS = {
    "goal": ["Målet med mentorstøtten", "Borgerens mål", "Vi har aftalt følgende mål for forløbet:", "Hvad er målet?",
             "Mål for forløbet", "Formål"],
    "mentor": ["Mentors kontaktdata", "Din mentor", "Mentor", "Hvem er din mentor?", "Mentorens navn og kontaktoplysninger"],
    "tasks": ["Mentorens opgaver", "Hvad skal mentor hjælpe med?", "{mfn} skal hjælpe dig med:", "Indsatsområder",
              "Støtten består i"],
    "period": ["Periode", "Aftalens varighed", "Hvor længe?", "Bevilget i perioden", "Varighed"],
    "follow": ["Opfølgning", "Sådan følger vi op", "Opfølgning og progression", "Hvordan følger vi op?"],
    "hours": ["Timetal", "Antal timer", "Hvor mange timer?", "Timer til mentorstøtte"],
    "appeal": ["Klagevejledning", "Hvis du vil klage", "Sådan klager du"],
}


def sections(f, mentor_in_body=True, english=False):
    """Ordered (label, value) pairs; value is a str or a list of bullets."""
    out = []
    mfn = f["mentor_name"].split()[0]
    L = {k: R.choice(v).format(mfn=mfn) for k, v in LABELS.items()}
    if english:
        L = {"goal": "Goal", "mentor": "Mentor", "tasks": "Mentor's tasks", "period": "Period",
             "follow": "Follow-up", "hours": "Hours", "appeal": "Klagevejledning"}
    if "goal" not in f["drop"]:
        out.append(("goal", L["goal"], f["goal"]))
    if mentor_in_body:
        out.append(("mentor", L["mentor"], mentor_line(f)))
    if "tasks" not in f["drop"]:
        out.append(("tasks", L["tasks"], f["tasks"]))
    if "period" not in f["drop"]:
        out.append(("period", L["period"], f["period"]))
    if "hours" not in f["drop"]:
        out.append(("hours", L["hours"], f["hours"]))
    if "follow" not in f["drop"]:
        out.append(("follow", L["follow"], f["follow"]))
    if f["appeal"]:
        out.append(("appeal", L["appeal"], f["appeal"]))
    R.shuffle(out[1:3]) if R.random() < 0.3 else None
    return out


def title_agreement():
    return R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb efter LAB § 167",
                     "Aftale om mentor – § 167", "Samarbejdsaftale om mentorstøtte"])


def as_text_lines(title, head, secs, wrap=None, md=False):
    import textwrap
    lines = [("# " if md else "") + title, ""] + head + [""]
    for _key, label, val in secs:
        lbl = ("## " if md else "") + label
        if isinstance(val, list):
            lines.append(lbl)
            lines += [f"- {v}" for v in val]
        elif md or len(val) > 60 or label.endswith((":", "?")):
            lines.append(lbl)
            lines.append(val)
        else:
            lines.append(f"{label}: {val}")
        lines.append("")
    if wrap:
        out = []
        for ln in lines:
            out += textwrap.wrap(ln, wrap) or [""]
        lines = out
    return lines


# ---------------------------------------------------------------- writers

def w_txt(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def w_eml(path, frm, to, subject, body_lines, date):
    from email.message import EmailMessage
    from email.utils import format_datetime
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(dt.datetime(date.year, date.month, date.day, 9, 12, tzinfo=dt.timezone.utc))
    m.set_content("\n".join(body_lines))
    path.write_bytes(bytes(m))


def w_html(path, title, secs, style="dl", extra_head="", footer=""):
    esc = escape
    body = []
    if style == "dl":
        body.append("<dl>")
        for _k, label, val in secs:
            v = "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in val) + "</ul>" if isinstance(val, list) else esc(val)
            body.append(f"<dt>{esc(label)}</dt><dd>{v}</dd>")
        body.append("</dl>")
    else:
        for _k, label, val in secs:
            v = "".join(f"<div class='li'>• {esc(x)}</div>" for x in val) if isinstance(val, list) else f"<div><span>{esc(val)}</span></div>"
            body.append(f"<div class='felt'><div class='felt-hd'><div><b>{esc(label)}</b></div></div><div class='felt-bd'>{v}</div></div>")
    html = (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<script>window.dataLayer=[{{'event':'Klagevejledning mangler','mentor':'ukendt'}}];</script></head>"
            f"<body><div id='app'><div class='hdr'>{extra_head}</div><h1>{esc(title)}</h1>{''.join(body)}"
            f"<div class='foot'>{esc(footer)}</div></div></body></html>")
    path.write_text(html, encoding="utf-8")


def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def w_rtf(path, title, secs, footer_lines):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}",
             r"{\footer\pard\qc\fs16 " + r"\line ".join(rtf_esc(x) for x in footer_lines) + r"\par}",
             r"\pard\b\fs28 " + rtf_esc(title) + r"\b0\fs22\par\par"]
    for _k, label, val in secs:
        parts.append(r"\pard\b " + rtf_esc(label) + r"\b0\par")
        if isinstance(val, list):
            for v in val:
                parts.append(r"\pard\fi-260\li260 \bullet\tab " + rtf_esc(v) + r"\par")
        else:
            parts.append(r"\pard " + rtf_esc(val) + r"\par")
        parts.append(r"\par")
    parts.append("}")
    path.write_text("\n".join(parts), encoding="ascii")


# ---- DOCX built from raw XML (content controls, text boxes, footers, tracked changes, comments, checkboxes)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' \
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' \
    'mc:Ignorable="w14"'


def run(t, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def para(inner, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{inner}</w:p>"


def sdt(tag, text, placeholder=False):
    pr = f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>' + ("<w:showingPlcHdr/>" if placeholder else "") + \
         '<w:text/></w:sdtPr>'
    t = "Klik eller tryk her for at skrive tekst." if placeholder else text
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    return f'<w:sdt>{pr}<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:sdtContent></w:sdt>'


def checkbox(checked):
    ch = "☒" if checked else "☐"
    return (f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def textbox(paras_xml, idn):
    inner = "".join(paras_xml)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2400000" cy="1200000"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{idn}" name="Tekstfelt {idn}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2400000" cy="1200000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape id="Tekstfelt{idn}" type="#_x0000_t202" style="width:189pt;height:94pt"><v:textbox><w:txbxContent>{inner}'
            '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def write_docx(path, body_xml, footer_xml=None, header_xml=None, comments=None, title="Dokument"):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    sect = ""
    if header_xml:
        ct += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer_xml:
        ct += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if comments:
        ct += '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
    ct += "</Types>"
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
              '</w:styles>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body_xml}'
           f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + escape(title) + '</dc:title>'
            '<dc:creator>KMD Nexus</dc:creator></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                   '</Relationships>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>")
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", styles)
        z.writestr("docProps/core.xml", core)
        if header_xml:
            z.writestr("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{header_xml}</w:hdr>')
        if footer_xml:
            z.writestr("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{footer_xml}</w:ftr>')
        if comments:
            cx = "".join(f'<w:comment w:id="{i}" w:author="{escape(a)}" w:date="2026-03-02T10:00:00Z" w:initials="X">'
                         f'{para(run(t))}</w:comment>' for i, (a, t) in enumerate(comments))
            z.writestr("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>{cx}</w:comments>')


def docx_body_plain(title, head, secs, variant, f):
    """Body XML for an agreement; variant adds one Word feature."""
    out = [para(run(title), "Title")] + [para(run(h)) for h in head]
    tb_done = False
    for key, label, val in secs:
        if variant == "textbox" and key == "mentor" and not tb_done:
            tb = [para(run(label, True))] + [para(run(x)) for x in val.split(", ")]
            out.append(para(textbox(tb, 5)))
            tb_done = True
            continue
        out.append(para(run(label), "Heading2"))
        if variant == "sdt" and not isinstance(val, list):
            out.append(para(sdt(key, val)))
        elif isinstance(val, list):
            out += [para(run("• " + v)) for v in val]
        elif variant == "tracked" and key == "hours":
            old = R.choice(["1 time om ugen", "5 timer om ugen"])
            out.append(para(f'<w:del w:id="91" w:author="{f["caseworker"]}" w:date="2026-02-11T09:00:00Z"><w:r><w:delText>{old}</w:delText></w:r></w:del>'
                            f'<w:ins w:id="92" w:author="{f["caseworker"]}" w:date="2026-02-11T09:00:00Z">{run(val)}</w:ins>'))
        elif variant == "tracked" and key == "goal":
            out.append(para(run(val) + f'<w:del w:id="93" w:author="x" w:date="2026-02-11T09:00:00Z"><w:r><w:delText> Herudover: arbejde med trivsel.</w:delText></w:r></w:del>'))
        elif variant == "comments" and key == "goal":
            out.append(para('<w:commentRangeStart w:id="0"/>' + run(val) + '<w:commentRangeEnd w:id="0"/>'
                            '<w:r><w:commentReference w:id="0"/></w:r>'))
        else:
            out.append(para(run(val)))
    return "".join(out)


# ---- PDFs with reportlab

def pdf_reportlab(path, title, secs, mode, head, footer_text="", header_text="", ocr=False, cpr_s=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import textwrap
    font = "Helvetica"
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DV", cand))
            font = "DV"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    W_, H_ = A4
    page = [1]

    def furniture():
        c.setFont(font, 8)
        if header_text:
            c.drawString(50, H_ - 30, header_text)
        c.drawString(50, 25, (footer_text + "   " if footer_text else "") + f"Side {page[0]}")
        if mode == "sidebar":
            c.setFillGray(0.92)
            c.rect(0, 0, 150, H_, fill=1, stroke=0)
            c.setFillGray(0)
            y = H_ - 80
            for ln in [f"{head[0]}", "Center for Job og Uddannelse", "Rådhusvej 1", "Tlf. 70 20 30 40",
                       "Åbent man-tors 9-14", "", "Journalnr.", head[1] if len(head) > 1 else ""]:
                c.drawString(12, y, ln)
                y -= 12

    def dmg(s):
        if not ocr:
            return s
        rep = [("ø", "e"), ("å", "a"), ("æ", "@"), ("ti", "fi"), (" i ", " 1 "), ("m", "rn")]
        for a, b in rep:
            if R.random() < 0.55:
                s = s.replace(a, b, 2)
        return s

    furniture()
    if mode == "twocol":
        cols = [(50, 270), (310, 270)]
    elif mode == "sidebar":
        cols = [(175, 370)]
    else:
        cols = [(60, 480)]
    ci = 0
    x, width = cols[ci]
    y = H_ - 70
    c.setFont(font, 15)
    c.drawString(cols[0][0], y, dmg(title))
    y -= 28
    wchars = int(width / 5.4)

    def nl(text, size=10, bold=False):
        nonlocal y, ci, x, width
        for ln in textwrap.wrap(text, wchars) or [""]:
            if ocr and ln.endswith(tuple("abcdefghijklmnopqrstuvwxyzæøå")) and R.random() < 0.3 and " " in ln:
                pass
            if y < 60:
                if ci + 1 < len(cols):
                    ci += 1
                    x, width = cols[ci]
                    y = H_ - 98
                else:
                    c.showPage()
                    page[0] += 1
                    furniture()
                    ci = 0
                    x, width = cols[0]
                    y = H_ - 60
            c.setFont(font, size + (1 if bold else 0))
            c.drawString(x, y, dmg(ln))
            y -= size + 4

    if mode != "sidebar":
        for h in head:
            nl(h)
    if cpr_s:
        nl(f"CPR-nr.: {cpr_s}")
    y -= 6
    for _k, label, val in secs:
        nl(label, 11, True)
        if isinstance(val, list):
            for v in val:
                nl("– " + v)
        else:
            nl(val)
        y -= 8
    c.showPage()
    c.save()


def ocr_pdf(path, lines, tmp):
    """A scanned page: render to image with reportlab->pdfium, OCR with tesseract into a PDF text layer."""
    import pypdfium2 as pdfium
    src = tmp / (path.stem + "-src.pdf")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(src), pagesize=A4)
    y = 800
    for ln in lines:
        if y < 50:
            c.showPage()
            y = 800
        c.setFont("Courier", 10)
        c.drawString(50, y, ln.replace("–", "-").replace("½", "1/2").replace("•", "-").replace("☒", "[X]").replace("☐", "[ ]"))
        y -= 14
    c.save()
    pdf = pdfium.PdfDocument(str(src))
    pngs = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=150 / 72).to_pil().convert("L")
        img = img.rotate(0.6, expand=False, fillcolor=255)
        p = tmp / f"{path.stem}-{i}.png"
        img.save(p)
        pngs.append(p)
    lst = tmp / f"{path.stem}.txt"
    lst.write_text("\n".join(str(p) for p in pngs))
    subprocess.run(["tesseract", str(lst), str(path.with_suffix("")), "-l", "dan", "pdf"],
                   check=True, capture_output=True)


# ---------------------------------------------------------------- corpus plan

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for sub in ("aftaler", "afgoerelser", "minplan", "andet"):
        (out / sub).mkdir()
    tmp = Path(tempfile.mkdtemp(prefix="bm_"))
    entries = []
    lo_jobs = []  # (docx path in tmp, final pdf path)

    def entry(rel, fmt, kind, layout, subtype, rules, traits, mnc=(), per=None):
        e = {"path": rel, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": list(mnc), "traits": list(traits)}
        if per:
            e["period"] = {"start": per[0].isoformat(), "end": per[1].isoformat()}
        entries.append(e)

    # ---- 50 agreements
    defects = ([None] * 18 + ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                              "missing-follow-up", "missing-hours", "missing-appeal-guidance",
                              "duration-over-6-months", "unclear-goal", "missing-hours-vague"] * 3 + [None, None])
    R.shuffle(defects)
    variants = ["docx-sdt", "docx-textbox", "docx-footer", "docx-tracked", "docx-comments", "docx-checkbox",
                "txt-wrap", "txt-md", "eml", "html-dl", "html-div", "rtf", "pdf-sidebar", "pdf-twocol",
                "pdf-header", "pdf-lo", "pdf-ocr", "journal", "docx-placeholder", "txt-english"]
    for i, defect in enumerate(defects):
        var = variants[i % len(variants)]
        if var == "docx-placeholder" and defect is not None:
            pass
        f = make_agreement(defect)
        rules = rules_for(defect)
        traits = [f"variant:{var}"] + ([f"defect:{defect}"] if defect else [])
        has_cpr = R.random() < 0.25
        c = cpr() if has_cpr else None
        mnc = [c] if c else []
        if c:
            traits.append("cpr")
        title = title_agreement()
        head = [f"Borger: {f['citizen']}" + (f", CPR-nr. {c}" if c else ""), f"Sagsbehandler: {f['caseworker']}, tlf. {f['cw_phone']}"]
        base = f"aftaler/{i:03d}-{var}"
        per = (f["start"], f["end"]) if "period" not in f["drop"] else None
        fmt = var.split("-")[0]
        if var == "docx-footer":
            secs = sections(f, mentor_in_body=False)
            foot = para(run(f"Din mentor: {mentor_line(f)}")) + para(run(f"{f['kommune']} Kommune · Jobcenter · Side 1"))
            write_docx(out / f"{base}.docx", docx_body_plain(title, head, secs, "plain", f), footer_xml=foot, title=title)
            entry(f"{base}.docx", "docx", "agreement", "footer", "agreement", rules, traits + ["mentor-in-footer"], mnc, per)
        elif var.startswith("docx"):
            v = var.split("-")[1]
            secs = sections(f)
            if v == "placeholder":
                # a filled template where one unused optional control still shows Word's placeholder;
                # the empty control sits under "Bemærkninger", which is no mandatory field
                body = docx_body_plain(title, head, secs, "sdt", f) + para(run("Bemærkninger"), "Heading2") + para(sdt("bem", "", True))
                if defect in ("missing-tasks", "missing-goal", "missing-follow-up", "missing-hours"):
                    key = {"missing-tasks": "tasks", "missing-goal": "goal", "missing-follow-up": "follow", "missing-hours": "hours"}[defect]
                    lbl = {"tasks": "Mentorens opgaver", "goal": "Målet med mentorstøtten", "follow": "Opfølgning", "hours": "Timetal"}[key]
                    body += para(run(lbl), "Heading2") + para(sdt(key, "", True))
                    traits.append("placeholder-field")
                write_docx(out / f"{base}.docx", body, title=title)
                entry(f"{base}.docx", "docx", "agreement", "content-controls", "agreement", rules, traits, mnc, per)
            elif v == "checkbox":
                body = docx_body_plain(title, head, secs, "plain", f)
                body += para(run("Type af mentor"), "Heading2")
                kinds_ = ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Ret- og pligtmentor"]
                pick = R.randrange(4)
                body += "".join(para(checkbox(j == pick) + run(" " + k)) for j, k in enumerate(kinds_))
                write_docx(out / f"{base}.docx", body, title=title)
                entry(f"{base}.docx", "docx", "agreement", "checkbox", "agreement", rules, traits, mnc, per)
            else:
                comments = [("Kvalitetskonsulent", "Mangler klagevejledning og timetal? Husk opfølgning!")] if v == "comments" else None
                body = docx_body_plain(title, head, secs, v, f)
                hdr = para(run(f"{f['kommune']} Kommune – Jobcenter")) if v == "sdt" else None
                write_docx(out / f"{base}.docx", body, comments=comments, header_xml=hdr, title=title)
                entry(f"{base}.docx", "docx", "agreement", {"sdt": "content-controls", "textbox": "textbox",
                      "tracked": "tracked-changes", "comments": "comments"}[v], "agreement", rules, traits, mnc, per)
        elif var == "txt-wrap":
            w_txt(out / f"{base}.txt", as_text_lines(title, head, sections(f), wrap=58))
            entry(f"{base}.txt", "txt", "agreement", "hard-wrapped", "agreement", rules, traits, mnc, per)
        elif var == "txt-md":
            w_txt(out / f"{base}.txt", as_text_lines(title, head, sections(f), md=True))
            entry(f"{base}.txt", "txt", "agreement", "markdown-headings", "agreement", rules, traits, mnc, per)
        elif var == "txt-english":
            w_txt(out / f"{base}.txt", as_text_lines("Mentor agreement (aftale om mentorstøtte)", head, sections(f, english=True)))
            entry(f"{base}.txt", "txt", "agreement", "english-labels", "agreement", rules, traits + ["english"], mnc, per)
        elif var == "journal":
            s = []
            if "goal" not in f["drop"]:
                s.append(f"Vi aftalte, at målet er følgende: {f['goal']}")
            ml = f"Mentor bliver {f['mentor_name']}" + (f", som kan træffes på {f['mentor_phone']}" if f["mentor_phone"] else "") + "."
            s.append(ml)
            if "tasks" not in f["drop"]:
                s.append(f"{f['mentor_name'].split()[0]} skal bl.a. " + ", ".join(f["tasks"][:-1]) + " og " + f["tasks"][-1] + ".")
            if "period" not in f["drop"]:
                s.append(f"Forløbet er bevilget i perioden {f['period']}.")
            if "hours" not in f["drop"]:
                s.append(f"Timetallet er {f['hours']}.")
            if "follow" not in f["drop"]:
                s.append(f["follow"])
            if f["appeal"]:
                s.append("Borgeren er vejledt om klageadgang: " + f["appeal"])
            lines = [f"Journalnotat – {title}", f"Dato: {dkdate(f['start'] - dt.timedelta(days=7), 'dots')}  Notat oprettet af {f['caseworker']}", "",
                     f"Samtale med {f['citizen']}" + (f" (CPR {c})" if c else "") + " om mentorstøtte. Aftalen er udleveret og gennemgået.", ""] + [" ".join(s)]
            import textwrap
            w_txt(out / f"{base}.txt", sum((textwrap.wrap(x, 90) or [""] for x in lines), []))
            entry(f"{base}.txt", "txt", "agreement", "prose", "journal-agreement", rules, traits + ["journal"], mnc, per)
        elif var == "eml":
            body = [f"Kære {f['fn']}", "", "Hermed den aftale, vi lavede i dag. Du kan se den her i mailen:", ""]
            body += as_text_lines(title, [], sections(f))
            body += ["Venlig hilsen", f["caseworker"], "Sagsbehandler, Jobcenter " + f["kommune"], f"Direkte tlf. {f['cw_phone']}", "",
                     f"-----Oprindelig meddelelse-----", f"Fra: {f['fn']}", "Sendt: 3. marts 2026", "",
                     "> Hej, hvornår starter min mentor? Og hvor mange timer får jeg?"]
            w_eml(out / f"{base}.eml", f"{f['caseworker']} <jobcenter@{f['kommune'].lower()}.dk>", f"{f['citizen']} <borger@example.dk>",
                  "SV: " + title, body, f["start"])
            entry(f"{base}.eml", "eml", "agreement", "email", "agreement", rules, traits, mnc, per)
        elif var.startswith("html"):
            st = var.split("-")[1]
            w_html(out / f"{base}.html", title, sections(f), style=st,
                   extra_head=escape(f"{f['kommune']} Kommune · Sag {R.randint(10000, 99999)} · {head[0]}"),
                   footer=f"Udskrevet fra Fasit {dkdate(f['start'], 'dots')}")
            entry(f"{base}.html", "html", "agreement", "html-" + st, "agreement", rules, traits, mnc, per)
        elif var == "rtf":
            secs = sections(f, mentor_in_body=R.random() < 0.5)
            mentor_in_foot = not any(k == "mentor" for k, *_ in secs)
            w_rtf(out / f"{base}.rtf", title, secs, [f"Mentor: {mentor_line(f)}"] if mentor_in_foot else [f"{f['kommune']} Kommune"])
            entry(f"{base}.rtf", "rtf", "agreement", "footer" if mentor_in_foot else "plain", "agreement", rules, traits, mnc, per)
        elif var in ("pdf-sidebar", "pdf-twocol", "pdf-header"):
            mode = var.split("-")[1]
            pdf_reportlab(out / f"{base}.pdf", title, sections(f), mode, [f"{f['kommune']} Kommune"] + head[:1] if mode == "sidebar" else head,
                          footer_text=f"{f['kommune']} Kommune · Jobcenter", header_text=f"Aftale om mentorstøtte · {f['citizen']}" if mode == "header" else "")
            entry(f"{base}.pdf", "pdf", "agreement", mode, "agreement", rules, traits, mnc, per)
        elif var == "pdf-lo":
            d = tmp / f"{i:03d}-{var}.docx"
            write_docx(d, docx_body_plain(title, head, sections(f), "plain", f),
                       footer_xml=para(run(f"{f['kommune']} Kommune · Jobcenter · Rådhustorvet 2")), title=title)
            lo_jobs.append((d, out / f"{base}.pdf"))
            entry(f"{base}.pdf", "pdf", "agreement", "libreoffice", "agreement", rules, traits, mnc, per)
        elif var == "pdf-ocr":
            ocr_pdf(out / f"{base}.pdf", as_text_lines(title, head, sections(f), wrap=80), tmp)
            entry(f"{base}.pdf", "pdf", "agreement", "ocr", "agreement", rules, traits + ["ocr"], mnc, per)

    # ---- 15 decisions
    ddefects = [None] * 7 + ["missing-appeal-guidance"] * 4 + ["duration-over-6-months"] * 3 + [None]
    R.shuffle(ddefects)
    dformats = ["docx", "pdf-lo", "txt", "eml", "html", "rtf", "pdf-rl"]
    for i, defect in enumerate(ddefects):
        fmt = dformats[i % len(dformats)]
        f = make_agreement("duration-over-6-months" if defect == "duration-over-6-months" else None)
        has_cpr = R.random() < 0.3
        c = cpr() if has_cpr else None
        grant = R.choice(["full", "partial"])
        lines = [f"{f['kommune']} Kommune", "Jobcenter", "", f"{f['citizen']}", "Sendt til e-Boks", f"Dato: {dkdate(f['start'] - dt.timedelta(days=10), 'long')}",
                 f"Sagsnr.: 15.20.08-K09-{R.randint(10, 99)}-26" + (f"   CPR: {c}" if c else ""), "",
                 R.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte efter LAB § 167", "Afgørelse: Du får mentorstøtte"]), "",
                 f"Du får bevilget mentorstøtte i perioden {f['period']}" +
                 (f" med {f['hours']}." if grant == "full" else f". Du søgte om 5 timer om ugen, men vi bevilger {f['hours']}."), "",
                 "Begrundelse", "Vi har lagt vægt på, at du har brug for hjælp til at fastholde dit forløb, og at støtten kan "
                 "føre dig nærmere uddannelse eller job. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167.", ""]
        appeal = None if defect == "missing-appeal-guidance" else f["appeal"]
        if defect == "missing-appeal-guidance" and R.random() < 0.5:
            appeal = APPEAL_WEAK
        if appeal:
            lines += [R.choice(["Klagevejledning", "Hvis du vil klage"]), appeal, ""]
        # the agreement as Bilag 1 (complete; the letter itself carries the appeal guidance)
        bilag = i % 3 == 0 and defect != "missing-appeal-guidance"
        if bilag:
            lines += ["Bilag 1: Aftale om mentorstøtte", ""] + as_text_lines("Aftale om mentorstøtte", [], sections(make_agreement_full(f)))[2:]
        lines += ["Med venlig hilsen", f["caseworker"], f"Tlf. {f['cw_phone']}"]
        rules = ["duration-over-6-months"] if defect == "duration-over-6-months" else (["missing-appeal-guidance"] if defect else [])
        traits = [f"decision:{grant}"] + ([f"defect:{defect}"] if defect else []) + (["bilag-agreement"] if bilag else []) + (["cpr"] if c else [])
        base = f"afgoerelser/{i:03d}-afgoerelse"
        per = (f["start"], f["end"])
        realfmt = fmt.split("-")[0]
        p = out / f"{base}.{realfmt}"
        if fmt == "txt":
            w_txt(p, lines)
        elif fmt == "eml":
            w_eml(p, f"Jobcenter {f['kommune']} <noreply@{f['kommune'].lower()}.dk>", "borger@example.dk", "Afgørelse om mentorstøtte", lines, f["start"])
        elif fmt == "html":
            p.write_text("<html><head><meta charset='utf-8'><title>Afgørelse</title><script>var x='Klagevejledning: klag til Ankestyrelsen inden 4 uger';</script></head><body>"
                         + "".join(f"<p>{escape(x)}</p>" if x else "" for x in lines) + "</body></html>", encoding="utf-8")
        elif fmt == "rtf":
            p.write_text(r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}" + "".join(r"\pard " + rtf_esc(x) + r"\par" + "\n" for x in lines) + "}", encoding="ascii")
        elif fmt == "docx" or fmt == "pdf-lo":
            body = "".join(para(run(x)) for x in lines)
            d = p if fmt == "docx" else tmp / f"dec{i}.docx"
            write_docx(d, body, footer_xml=para(run(f"{f['kommune']} Kommune · Side 1 af 2")), title="Afgørelse")
            if fmt == "pdf-lo":
                lo_jobs.append((d, p))
        elif fmt == "pdf-rl":
            pdf_reportlab(p, "Afgørelse om mentorstøtte", [("x", "", x) for x in lines[8:] if x], "header", lines[:7],
                          header_text=f"{f['kommune']} Kommune – afgørelse", footer_text="Jobcenter")
        entry(f"{base}.{realfmt}", realfmt, "decision", "letter" + ("+bilag" if bilag else ""), "decision", rules, traits, [c] if c else [], per)

    # ---- 15 Min Plan entries
    mdefects = [None] * 6 + ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                             "duration-over-6-months", "unclear-goal", "missing-hours-vague", None]
    R.shuffle(mdefects)
    for i, defect in enumerate(mdefects):
        f = make_agreement(defect)
        f["follow"] = None
        c = cpr() if R.random() < 0.25 else None
        items = []
        if "goal" not in f["drop"]:
            items.append(("Formål med mentorstøtten", f["goal"]))
        items.append(("Mentor", mentor_line(f)))
        if "tasks" not in f["drop"]:
            items.append(("Mentor skal hjælpe med", "; ".join(f["tasks"])))
        if "period" not in f["drop"]:
            items.append(("Varighed", f["period"]))
        if "hours" not in f["drop"]:
            items.append(("Timetal", f["hours"]))
        hdr = ["Min Plan", f"Udskrevet {dkdate(f['start'], 'dots')} kl. 10.{R.randint(10, 59)} fra jobnet.dk", f"{f['citizen']}" + (f" · {c}" if c else ""),
               "", "Dine indsatser", "Indsats: Mentorstøtte (LAB § 167)", f"Status: Aktiv"]
        lines = hdr + [""] + sum(([k, v, ""] for k, v in items), []) + ["Side 1 af 1"]
        rules = rules_for(defect)
        traits = ["minplan"] + ([f"defect:{defect}"] if defect else []) + (["cpr"] if c else [])
        base = f"minplan/{i:03d}-minplan"
        fm = ["pdf-chrome", "txt", "html", "pdf-rl", "docx"][i % 5]
        real = fm.split("-")[0]
        p = out / f"{base}.{real}"
        if fm == "txt":
            w_txt(p, lines)
        elif fm in ("html", "pdf-chrome"):
            h = ("<html><head><meta charset='utf-8'><title>Min Plan – Jobnet</title><style>.r{display:flex}.k{width:220px;font-weight:bold}</style></head><body>"
                 + "".join(f"<div>{escape(x)}</div>" for x in hdr) + "".join(
                     f"<div class='r'><div class='k'>{escape(k)}</div><div class='v'>{escape(v)}</div></div>" for k, v in items) + "</body></html>")
            if fm == "html":
                p.write_text(h, encoding="utf-8")
            else:
                hp = tmp / f"mp{i}.html"
                hp.write_text(h, encoding="utf-8")
                from playwright.sync_api import sync_playwright
                with sync_playwright() as pw:
                    b = pw.chromium.launch(executable_path="/usr/bin/chromium")
                    pg = b.new_page()
                    pg.goto(hp.as_uri())
                    pg.pdf(path=str(p), format="A4", display_header_footer=True,
                           header_template="<div style='font-size:8px;margin-left:20px'>Jobnet – Min Plan</div>",
                           footer_template="<div style='font-size:8px;margin-left:20px'>Side <span class='pageNumber'></span></div>",
                           margin={"top": "60px", "bottom": "60px"})
                    b.close()
        elif fm == "pdf-rl":
            pdf_reportlab(p, "Min Plan", [("x", k, v) for k, v in items], "header", hdr[1:], header_text="Jobnet · Min Plan", footer_text="jobnet.dk")
        else:
            write_docx(p, "".join(para(run(x)) for x in lines), title="Min Plan")
        per = (f["start"], f["end"]) if "period" not in f["drop"] else None
        entry(f"{base}.{real}", real, "minplan", fm, "minplan", rules, traits, [c] if c else [], per)

    # ---- 20 documents of none of the kinds
    unknown_docs(out, tmp, entry, lo_jobs)

    # LibreOffice conversions in one call
    if lo_jobs:
        prof = "file:///tmp/lo_bm_profile"
        conv = tmp / "lo"
        conv.mkdir()
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", str(conv)]
                       + [str(d) for d, _ in lo_jobs], check=True, capture_output=True, timeout=600)
        for d, final in lo_jobs:
            shutil.move(str(conv / (d.stem + ".pdf")), final)

    # manifest
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents in {out}")


def make_agreement_full(f):
    g = dict(f)
    g["drop"] = set()
    if not g.get("mentor_phone"):
        g["mentor_phone"] = phone()
    g["appeal"] = None
    return g


def unknown_docs(out, tmp, entry, lo_jobs):
    k = R.choice(KOMMUNER)
    m1, m2 = name(), name()
    docs = []
    docs.append(("referat-teammoede.txt", "referat", [
        "Referat af teammøde, mentorteamet", f"Dato: 12.03.2026. Til stede: {m1}, {m2}, {name()}", "",
        "1. Kapacitet", "Vi har 14 aktive forløb og plads til 3 nye. Gennemsnitligt 2,5 timer pr. uge pr. borger.",
        "2. Nye skabeloner", "Aftaleskabelonen skal have felterne mål, mentor, opgaver, varighed, opfølgning, timetal og klagevejledning.",
        "3. Klagevejledning", "Husk at borgeren skal klage til kommunen inden 4 uger; Ankestyrelsen får klagen bagefter.",
        "4. Eventuelt", "Intet."]))
    docs.append(("faktura-mentorydelser.txt", "faktura", [
        f"FAKTURA nr. 2026-{R.randint(100, 999)}", f"{R.choice(PROVIDERS)} · CVR 3{R.randint(1000000, 9999999)}", f"Til: {k} Kommune, Jobcenter", "",
        "Mentorydelser marts 2026", "Forløb 4471: 12 timer à 545 kr.  6.540,00", "Forløb 4479: 6½ time à 545 kr.  3.542,50",
        "Kørsel 88 km  334,40", "I alt ekskl. moms 10.416,90", "Betalingsbetingelser: netto 30 dage"]))
    docs.append(("statusrapport-mentor.txt", "statusrapport", [
        "Statusrapport fra mentor", f"Mentor: {m1}, tlf. {phone()}", "Periode: 1. februar – 28. februar 2026", "",
        "Borgeren er mødt til 7 af 8 aftaler. Vi har arbejdet med transport og fremmøde i praktikken.",
        "Målet om praktik 3 dage om ugen er delvist nået. Jeg anbefaler fortsat 2 timer om ugen.",
        "Næste statusrapport sendes ultimo marts."]))
    docs.append(("foldere-mentor.txt", "folder", [
        "Hvad er en mentor?", "", "En mentor kan hjælpe dig, hvis du har brug for ekstra støtte til at komme i job eller uddannelse.",
        "Sammen med din sagsbehandler laver du en aftale om mentorstøtte. Aftalen indeholder:",
        "- målet med mentorstøtten", "- mentorens navn og kontaktdata", "- hvad mentoren skal hjælpe med",
        "- hvor længe aftalen varer (højst 6 måneder ad gangen)", "- hvor mange timer om ugen", "- hvordan I følger op",
        "", "Er du uenig i en afgørelse, kan du klage til kommunen inden 4 uger.", f"Jobcenter {k} · tlf. 70 11 22 33"]))
    docs.append(("klub-mentoraftale.txt", "privat-mentoraftale", [
        "Mentoraftale – FC Nordvest Ungdom", "", "Som ung spiller i klubben får du en voksen mentor fra seniortruppen.",
        f"Din mentor: {m2}, tlf. {phone()}", "Mål: at du gennemfører sæsonen og kommer til træning 2 gange om ugen.",
        "Mentor hjælper med lektier før træning og kørsel til kampe.", "Periode: august 2026 – juni 2027. Ca. 1 time om ugen.",
        "Aftalen er frivillig og ikke en del af kommunens indsats."]))
    docs.append(("friskole-mentor.txt", "privat-mentoraftale", [
        "Lærer-elev-mentorordning, Sydbyens Friskole", "Skoleåret 2026/27", "",
        "Hver elev i 8.-9. klasse får en mentor blandt lærerne. Mentor og elev mødes hver fredag i 20 minutter.",
        "Formål: at eleven får overblik over lektier og bliver klar til ungdomsuddannelse.", "Forældre kan kontakte kontoret på tlf. 33 44 55 66."]))
    docs.append(("vejledning-kvalitetsstandard.txt", "kvalitetsstandard", [
        f"Kvalitetsstandard: Mentorstøtte, {k} Kommune", "Godkendt af Beskæftigelsesudvalget 2025", "",
        "Lovgrundlag: Lov om en aktiv beskæftigelsesindsats §§ 167-171.", "Målgruppe: Alle målgrupper i LAB § 6.",
        "Varighed: Højst 6 måneder ad gangen med mulighed for forlængelse efter konkret vurdering.",
        "Timetal: Fastsættes efter behov, typisk 1-4 timer pr. uge.", "Opfølgning: Mindst hver 3. måned og 14 dage før ophør.",
        "Klageadgang: Afgørelsen kan påklages til kommunen inden 4 uger, herefter Ankestyrelsen."]))
    docs.append(("mail-moedeflytning.eml", "mail-moede", None))
    docs.append(("mail-sendt-notat.eml", "mail-kvittering", None))
    docs.append(("nyhedsbrev.html", "nyhedsbrev", None))
    docs.append(("udbud-mentorydelser.txt", "udbud", [
        "Udbudsmateriale: Rammeaftale om mentorydelser 2027-2028", "", "Leverandøren skal kunne levere tilbudsmentor, udvidet mentor og uddannelsesmentor.",
        "Leverandøren skal for hvert forløb udarbejde en aftale med mål, opgaver, varighed, timetal og opfølgning.",
        "Tilbudsfrist: 15. januar 2027 kl. 12.00. Spørgsmål til udbudsmaterialet sendes til udbud@kommune.dk."]))
    docs.append(("ankestyrelsen-afgoerelse.txt", "ankestyrelse", [
        "Ankestyrelsens afgørelse", "Klage over afgørelse om mentorstøtte", "", "Ankestyrelsen stadfæster kommunens afgørelse.",
        "Du har klaget over, at kommunen kun bevilgede 2 timer om ugen. Vi er enige med kommunen.",
        "Du kan ikke klage over Ankestyrelsens afgørelse til anden administrativ myndighed."]))
    docs.append(("kursusprogram.txt", "kursus", [
        "Kursus for nye mentorer – 2 dage", "Dag 1: Rollen som mentor, LAB § 167, gode mål (SMART).",
        "Dag 2: Dokumentation: aftalen, Min Plan og statusrapporter. Case: Borgeren vil starte på FVU.",
        "Underviser: Cabi. Pris 3.900 kr."]))
    docs.append(("tilbud-mentorfirma.html", "annonce", None))
    docs.append(("budgetnotat.txt", "budgetnotat", [
        "Budgetnotat 2027: Mentorstøtte", "Udgifterne til mentorstøtte var 14,2 mio. kr. i 2025. Loftet efter LAB § 203 a betyder,",
        "at vi skal reducere med ca. 6 %. Forslag: færre timer pr. forløb (fra 3 til 2,5 timer om ugen) og kortere perioder."]))
    docs.append(("partshoering.txt", "partshoering", None))
    docs.append(("statusrapport.docx", "statusrapport-docx", None))
    docs.append(("referat-ocr.pdf", "referat-ocr", None))
    docs.append(("vejledning-lo.pdf", "vejledning-pdf", None))
    docs.append(("instruks.rtf", "instruks", None))
    for j, (fn, sub, lines) in enumerate(docs):
        rel = f"andet/{j:03d}-{fn}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        fmt = fn.rsplit(".", 1)[1]
        traits = ["not-a-mentor-document-kind"]
        mnc = []
        if lines is not None and fmt == "txt":
            w_txt(p, lines)
        elif sub == "mail-moede":
            w_eml(p, f"{m1} <{m1.split()[0].lower()}@mentorhuset.dk>", f"sagsbehandler@{k.lower()}.dk", "Flytning af møde",
                  ["Hej", "", "Kan vi flytte statusmødet med borgeren til torsdag kl. 10? Jeg har stadig 2 timer tilbage i denne uge.", "",
                   "Mvh", m1, "Mentor", f"Tlf. {phone()}"], dt.date(2026, 4, 2))
        elif sub == "mail-kvittering":
            w_eml(p, "noreply@fasit.dk", f"sagsbehandler@{k.lower()}.dk", "Kvittering: Aftale om mentorstøtte sendt",
                  ["Dokumentet 'Aftale om mentorstøtte' er sendt til borgerens e-Boks 03.04.2026 kl. 14.12.", "Denne mail kan ikke besvares."], dt.date(2026, 4, 3))
        elif sub == "nyhedsbrev":
            p.write_text("<html><head><meta charset='utf-8'><title>Nyt fra Jobcentret</title></head><body><h1>Nyt fra Jobcentret, april</h1>"
                         "<div><h2>Mentorstøtte virker</h2><p>I 2025 fik 212 borgere mentor. 61 % var i job eller uddannelse efter et år.</p></div>"
                         "<div><h2>Ny klagevejledning</h2><p>Fra 1. februar 2026 står der 'kommunen' i stedet for 'jobcentret'.</p></div></body></html>", encoding="utf-8")
        elif sub == "annonce":
            p.write_text("<html><head><meta charset='utf-8'><title>Mentorhuset Nord – mentorforløb</title></head><body>"
                         "<h1>Har din kommune brug for mentorer?</h1><p>Vi leverer mentorforløb til borgere i alle målgrupper. "
                         "Typisk 2-4 timer om ugen i 3-6 måneder, med månedlig status.</p><p>Kontakt os: tlf. 70 70 12 12, info@mentorhuset.dk</p></body></html>", encoding="utf-8")
        elif sub == "partshoering":
            c = cpr()
            mnc = [c]
            traits.append("cpr")
            w_txt(p, [f"{k} Kommune", f"CPR: {c}", "", "Partshøring – vi overvejer at stoppe din mentorstøtte",
                      "Vi har fået oplyst, at du ikke er mødt til de sidste fire aftaler med din mentor.",
                      "Før vi træffer afgørelse, vil vi gerne høre din mening. Send dine bemærkninger senest 14 dage fra i dag.",
                      "Du får en afgørelse, når vi har hørt fra dig."])
        elif sub == "statusrapport-docx":
            body = (para(run("Statusrapport – mentorforløb"), "Title") + para(run("Udfyldes af mentor"), "Heading2")
                    + para(run("Mentor: ") + sdt("m", f"{m2}, {phone()}")) + para(run("Fremmøde i perioden: ") + sdt("f", "9 af 10 aftaler"))
                    + para(run("Anbefaling: ") + checkbox(True) + run(" Forløbet fortsætter ") + checkbox(False) + run(" Forløbet afsluttes"))
                    + para(run("Bemærkninger: ") + sdt("b", "", True)))
            write_docx(p, body, footer_xml=para(run(f"{R.choice(PROVIDERS)} · Side 1")), title="Statusrapport")
        elif sub == "referat-ocr":
            ocr_pdf(p, ["Referat fra dialogmøde med mentorleverandører", f"{k} Kommune, 20. marts 2026", "",
                        "Deltagere: 5 leverandører og 2 fra jobcentret.", "Emner: fakturering, statusrapporter, timer pr. uge.",
                        "Aftalt: statusrapport hver 4. uge; faktura senest den 5. i måneden.", "Næste møde: juni 2026."], tmp)
            traits.append("ocr")
        elif sub == "vejledning-pdf":
            d = tmp / "vejl.docx"
            body = "".join(para(run(x), "Heading1" if i == 0 else None) for i, x in enumerate([
                "Sådan skriver du en god mentoraftale – intern vejledning", "Denne vejledning er til sagsbehandlere.",
                "1. Skriv et mål, der peger mod job eller uddannelse, fx 'starter på AMU-kursus i august'.",
                "2. Skriv mentorens navn og telefonnummer.", "3. Beskriv opgaverne konkret.",
                "4. Perioden må højst være 6 måneder. 5. Skriv timetallet pr. uge.",
                "6. Beskriv opfølgningen. 7. Husk klagevejledning: klage til kommunen inden 4 uger."]))
            write_docx(d, body, title="Vejledning")
            lo_jobs.append((d, p))
        elif sub == "instruks":
            p.write_text(r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}{\footer\pard Intern instruks \u8211? version 3\par}"
                         + "".join(r"\pard " + rtf_esc(x) + r"\par" + "\n" for x in [
                             "Instruks: Journalisering af mentorsager", "Alle aftaler om mentorstøtte journaliseres under KLE 15.20.08.",
                             "Statusrapporter fra mentor gemmes som dokument, ikke som notat.", "Fakturaer sendes til økonomi."]) + "}", encoding="ascii")
        entry(rel, fmt, "unknown", "mixed", sub, [], traits, mnc)


if __name__ == "__main__":
    main()
