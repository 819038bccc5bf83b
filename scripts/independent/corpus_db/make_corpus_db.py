"""Independent corpus DB: realistic archive documents (issue 8, "independent set 2" made anew).

Word files built from raw WordprocessingML (content controls, text boxes with VML fallback,
header/footer content, tracked changes, comments, checkbox rows), OCR'd PDFs (rendered page
images with noise and skew, OCR'd by ``tesseract -l dan`` into a PDF text layer), e-mails with
signatures and quoted mail, journal notes, decision letters with the agreement as "Bilag 1",
RTF with footers, a few English agreements, and documents that are none of the kinds.

Labels are decided here from the rule docs and domain.md, never from linter output.

    python make_corpus_db.py --out /work/corpora/db
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
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

SEED = 20261130

FIRST = ["Mette", "Jonas", "Sofie", "Ahmad", "Line", "Kasper", "Nadia", "Rasmus", "Camilla", "Emil",
         "Fatima", "Mikkel", "Signe", "Omar", "Trine", "Jesper", "Louise", "Bilal", "Hanne", "Frederik",
         "Amalie", "Yusuf", "Birgitte", "Thomas", "Katrine", "Ali", "Pernille", "Nikolaj", "Maja", "Søren"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Karimi", "Yilmaz", "Holm", "Lund", "Bach"]
KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Assens", "Tønder", "Roskilde", "Herning", "Skive",
            "Næstved", "Frederikshavn", "Svendborg", "Kalundborg", "Ringsted", "Vejle", "Hjørring"]
PROVIDERS = ["Jobhuset", "Mentorhuset ApS", "Kompetencecentret", "Broen Mentor", "Trappen",
             "Netværkshuset", "Din Vej ApS", "Bydelsmødrene", "Ungeporten", "Kontakt & Vækst"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


# ---------------------------------------------------------------- dates

def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    if style == 4:
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == 5:
        return d.isoformat()
    return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"


class Case:
    """One citizen's mentor case with every field's text; defects are applied on top."""

    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        self.idx = idx
        r = rng
        self.citizen = f"{r.choice(FIRST)} {r.choice(LAST)}"
        self.cfirst = self.citizen.split()[0]
        mf = r.choice([f for f in FIRST if f != self.cfirst])
        self.mentor = f"{mf} {r.choice(LAST)}"
        self.mfirst = mf
        cw = r.choice([f for f in FIRST if f not in (mf, self.cfirst)])
        self.caseworker = f"{cw} {r.choice(LAST)}"
        self.kommune = r.choice(KOMMUNER)
        self.provider = r.choice(PROVIDERS)
        self.mphone = f"{r.randint(20, 61)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        self.cwphone = f"{r.choice([72, 96, 99, 46, 56])} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        dom = (self.provider.lower().replace(" ", "").replace("&", "og").replace("aps", "")
               .replace("ø", "oe").replace("æ", "ae").replace("å", "aa"))
        self.memail = f"{mf.lower().replace('ø', 'oe').replace('å', 'aa')}@{dom}.dk"
        self.cwemail = f"{cw.lower().replace('ø', 'oe')}.{self.caseworker.split()[1][0].lower()}@{self.kommune.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk"
        self.sagsnr = f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-A{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(20, 26)}"
        self.cpr = None
        self.start = dt.date(2026, 1, 1) + dt.timedelta(days=r.randint(0, 300))
        if r.random() < 0.4:
            self.start = self.start.replace(day=1)
        self.months = r.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.datestyle = r.randint(0, 6)
        self.hours_val = r.choice(["2 timer pr. uge", "3 timer om ugen", "1½ time ugentligt",
                                   "4 timer pr. uge", "2 t/uge", "halvanden time om ugen",
                                   "8 timer om måneden", "to timer ugentligt", "5 timer pr. uge",
                                   "1 time pr. uge"])
        self.over6 = False

    def add_cpr(self):
        r = self.rng
        d = dt.date(1960, 1, 1) + dt.timedelta(days=r.randint(0, 16000))
        self.cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"

    def make_over6(self):
        self.over6 = True
        self.end = add_months(self.start, self.rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)

    def period(self, style=None) -> str:
        s = self.datestyle if style is None else style
        a, b = fmt_date(self.start, s), fmt_date(self.end, s)
        return self.rng.choice([f"{a} – {b}", f"{a} til {b}", f"fra {a} til og med {b}",
                                f"f.o.m. {a} t.o.m. {b}", f"{a} - {b}"])


def goal_text(c: Case, rng, unclear=False) -> str:
    if unclear:
        return rng.choice([
            "Støtte til at få mere struktur på hverdagen og øget trivsel.",
            f"At {c.cfirst} får det bedre og kommer videre.",
            "Hjælp til at arbejde med sig selv og få mere selvværd.",
            "Sikre at borgeren kommer tættere på arbejdsmarkedet.",
            "Motivere borgeren og øge trivslen.",
        ])
    return rng.choice([
        f"{c.cfirst} starter på FVU-dansk på VUC {c.kommune} efter sommerferien og møder op mindst 4 dage om ugen.",
        f"At {c.cfirst} gennemfører virksomhedspraktik i Netto, {c.kommune}, 15 timer om ugen og derefter overgår til løntilskud.",
        f"{c.cfirst} er startet på grundforløb 1 på SOSU-skolen senest 1. august og har under 10 % fravær.",
        f"Fastholdelse i fleksjob som lagermedarbejder hos {rng.choice(['Bilka', 'Dagrofa', 'PostNord'])} med 12 timer om ugen.",
        f"At {c.cfirst} kommer i ordinær beskæftigelse som chauffør, først via praktik 20 timer om ugen.",
        f"{c.cfirst} gennemfører AMU-kurset i truckcertifikat og søger mindst 5 relevante job om måneden.",
        f"Hovedformål: at {c.cfirst} kan møde stabilt i sin praktik i køkkenet på plejecentret (3 dage om ugen) med henblik på et EUD-forløb som ernæringsassistent.",
        f"Optagelse på FGU {c.kommune}, produktionsgrunduddannelse, og stabilt fremmøde de første 3 måneder.",
        f"{c.cfirst} skal kunne passe sit job i rengøring (25 timer om ugen) uden sygefravær ud over 2 dage pr. måned.",
        f"At {c.cfirst} starter på HF-enkeltfag i januar og afleverer sine opgaver til tiden.",
    ])


def tasks_list(c: Case, rng) -> list[str]:
    pool = [f"følge {c.cfirst} til praktikstedet de første to uger",
            "hjælpe med at planlægge ugen og holde styr på mødetider",
            "støtte i kontakten med skolen og studievejlederen",
            "hjælpe med at åbne og forstå post fra e-Boks",
            "tage med til samtaler i kommunen efter behov",
            "træne transport med bus til arbejdspladsen",
            "ugentlig samtale om fremmøde og trivsel på arbejdspladsen",
            "hjælpe med at lave et budget og holde styr på regninger",
            "være bindeled til kollegaer og nærmeste leder",
            "støtte i at søge job og skrive ansøgninger"]
    return rng.sample(pool, rng.randint(2, 4))


def follow_text(c: Case, rng) -> str:
    return rng.choice([
        "Der holdes statusmøde med mentor, borger og sagsbehandler hver måned. Evaluering 14 dage før forløbet slutter.",
        f"Vi følger op hver 4. uge. Delmål: {c.cfirst} møder til tiden 4 ud af 5 dage fra 2. måned.",
        "Opfølgning ved midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
        "Mentor sender kort status til sagsbehandler hver måned; progression vurderes på fremmøde og egne mål.",
        "Statussamtale hver 6. uge i Jobcentret. Progression måles på antal fremmødedage pr. uge.",
    ])


def appeal_text(c: Case, rng, kind="full") -> str:
    if kind == "incomplete":
        return rng.choice(["Du kan klage over afgørelsen.",
                           "Hvis du er utilfreds, kan du kontakte din sagsbehandler.",
                           "Du har mulighed for at klage. Kontakt os, hvis du har spørgsmål."])
    if kind == "direct":
        return rng.choice([
            "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen.",
            "Klage sendes til Ankestyrelsen, 7998 Statsservice, senest fire uger efter modtagelsen af denne afgørelse."])
    return rng.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {c.kommune} Kommune inden fire uger. Kommunen genvurderer sin afgørelse inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
        f"Du kan klage mundtligt eller skriftligt til Jobcenter {c.kommune} senest 4 uger efter, at du har fået afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage til Ankestyrelsens Beskæftigelsesudvalg (LAB § 204, retssikkerhedslovens kap. 10).",
        f"Klagefristen er 4 uger fra du modtog afgørelsen. Klagen sendes til kommunen, der genvurderer afgørelsen. Hvis kommunen fastholder, bliver klagen sendt til Ankestyrelsen, som træffer afgørelse i sagen.",
        f"Er du uenig, kan du klage til {c.kommune} Kommune, Arbejdsmarked, inden 4 uger. Vi ser på sagen igen inden for 4 uger og sender den videre til Ankestyrelsen, hvis vi ikke giver dig ret.",
    ])


LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Borgerens mål", "Mål for forløbet",
             "Hvad er målet?", "Mål og delmål", "Hovedformål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Mentors kontaktdata", "Din mentor",
               "Kontaktoplysninger på mentor", "Mentor (navn, tlf., mail)"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?",
              "Støtten består i", "Mentoren skal hjælpe med"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed", "Gyldig i perioden",
                 "Forløbets periode"],
    "follow_up": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Status og opfølgning",
                  "Sådan følger vi op"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Timeantal", "Omfang"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"],
}
ORDER = ["goal", "mentor", "tasks", "duration", "hours", "follow_up", "appeal"]
FIELD_RULE = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
              "duration": "missing-duration", "follow_up": "missing-follow-up",
              "hours": "missing-hours", "appeal": "missing-appeal-guidance"}


class Doc:
    """Field values (strings or lists), None = absent, PLACEHOLDER = empty content control."""

    def __init__(self, c: Case, rng, english=False):
        self.c = c
        self.rng = rng
        self.labels = {k: rng.choice(v) for k, v in LABELS.items()}
        self.values: dict[str, object] = {
            "goal": goal_text(c, rng),
            "mentor": self.mentor_value(),
            "tasks": tasks_list(c, rng),
            "duration": c.period(),
            "hours": c.hours_val,
            "follow_up": follow_text(c, rng),
            "appeal": appeal_text(c, rng),
        }
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.traits: list[str] = []

    def mentor_value(self):
        c, r = self.c, self.rng
        return r.choice([f"{c.mentor}, {c.provider}, tlf. {c.mphone}",
                         f"{c.mentor} ({c.provider}) – {c.memail} – {c.mphone}",
                         f"{c.mentor}, mobil {c.mphone}, mail {c.memail}",
                         f"{c.mentor}\nTlf.: {c.mphone}\nE-mail: {c.memail}"])

    def apply_defect(self, defect: str, kind="agreement"):
        """Break one field; record the rule it must trigger."""
        c, r = self.c, self.rng
        self.traits.append("defect:" + defect)
        if defect == "over6":
            c.make_over6()
            self.values["duration"] = c.period()
            self.rules.add("duration-over-6-months")
        elif defect == "unclear-goal":
            self.values["goal"] = goal_text(c, r, unclear=True)
            self.rules.add("unclear-goal")
        elif defect == "vague-hours":
            self.values["hours"] = r.choice(["Efter behov", "Et par timer om ugen", "Løbende, efter aftale med mentor"])
            self.rules.add("missing-hours")
        elif defect == "mentor-no-contact":
            self.values["mentor"] = f"{c.mentor}, {c.provider}"
            self.rules.add("missing-mentor")
        elif defect == "appeal-incomplete":
            self.values["appeal"] = appeal_text(c, r, "incomplete")
            self.rules.add("missing-appeal-guidance")
        elif defect == "appeal-direct":
            self.values["appeal"] = appeal_text(c, r, "direct")
            self.extras.add("appeal-wrong-route")
        elif defect.startswith("absent:"):
            f = defect.split(":")[1]
            self.values[f] = None
            self.rules.add(FIELD_RULE[f])
        elif defect.startswith("placeholder:"):
            f = defect.split(":")[1]
            self.values[f] = PLACEHOLDER
            self.rules.add(FIELD_RULE[f])

    def value_text(self, f) -> str | None:
        v = self.values[f]
        if v is None:
            return None
        if isinstance(v, list):
            return "\n".join("• " + t[0].upper() + t[1:] for t in v)
        return v


AGREEMENT_DEFECTS = ["over6", "unclear-goal", "vague-hours", "mentor-no-contact", "appeal-incomplete",
                     "appeal-direct", "absent:goal", "absent:tasks", "absent:follow_up", "absent:hours",
                     "absent:duration", "absent:appeal", "absent:mentor"]

TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
          "Mentorstøtte – aftale", "AFTALE OM MENTORSTØTTE EFTER LAB § 167", "Samarbejdsaftale om mentorstøtte"]


# ---------------------------------------------------------------- DOCX (raw WordprocessingML)

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')


def run(text: str, bold=False, extra="") -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    parts = text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{extra}{inner}</w:r>"


def para(content: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{content}</w:p>"


def p(text: str, style=None, bold=False) -> str:
    return para(run(text, bold), style)


_sdt_id = [1000]
PAGE_FIELD = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def sdt_run(text: str, placeholder: bool, alias: str) -> str:
    _sdt_id[0] += 1
    pr = (f'<w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias.lower())}"/>'
          f'<w:id w:val="{_sdt_id[0]}"/>' + ('<w:showingPlcHdr/>' if placeholder else '') +
          '<w:text w:multiLine="1"/></w:sdtPr>')
    r = (f'<w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr><w:t>{escape(PLACEHOLDER)}</w:t></w:r>'
         if placeholder else run(text))
    return f"<w:sdt>{pr}<w:sdtContent>{r}</w:sdtContent></w:sdt>"


def checkbox_xml(checked: bool, label: str) -> str:
    """A Word checkbox content control (w14:checkbox) showing ☒/☐, followed by its label."""
    _sdt_id[0] += 1
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt><w:sdtPr><w:id w:val="{_sdt_id[0]}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>' + run(" " + label + "   "))


def textbox(text_paras: list[str]) -> str:
    """A floating text box: DrawingML wps:txbx choice plus the VML fallback repeating the text."""
    body = "".join(p(t) for t in text_paras)
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3800000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2200000" cy="1100000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Tekstfelt 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2200000" cy="1100000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
        '<v:shape id="Tekstfelt 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:299pt;width:173pt;height:87pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r></w:p>')


def table(rows: list[tuple[str, str]], cell_xml=None) -> str:
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabel-Gitter"/><w:tblW w:w="9000" w:type="dxa"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
           '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="2800"/><w:gridCol w:w="6200"/></w:tblGrid>']
    for i, (a, b) in enumerate(rows):
        right = cell_xml[i] if cell_xml and cell_xml[i] else "".join(p(x) for x in b.split("\n"))
        out.append(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/></w:tcPr>{p(a, bold=True)}</w:tc>'
                   f'<w:tc><w:tcPr><w:tcW w:w="6200" w:type="dxa"/></w:tcPr>{right}</w:tc></w:tr>')
    out.append("</w:tbl>")
    return "".join(out)


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/>'
          '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Listeafsnit"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
          '</w:styles>')


def write_docx(path: Path, body: str, header: str | None = None, footer: str | None = None,
               comments: list[tuple[int, str, str]] | None = None) -> None:
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>']
    sect = ""
    files = {}
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        files["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>{header}</w:hdr>'
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        files["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{footer}</w:ftr>'
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cx = "".join(f'<w:comment w:id="{i}" w:author="{escape(a)}" w:date="2026-03-02T10:00:00Z" w:initials="{escape(a[:2])}">'
                     f'{p(t)}</w:comment>' for i, a, t in comments)
        files["word/comments.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>{cx}</w:comments>'
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}'
           f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1701" '
           f'w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' + "".join(ct) + "</Types>")
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>")
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", STYLES)
        for k, v in files.items():
            z.writestr(k, v)


def docx_agreement(d: Doc, feature: str, path: Path, title: str) -> None:
    """Render an agreement as a municipal Word template with one dominant feature."""
    c, r = d.c, d.rng
    body: list[str] = []
    header = footer = None
    comments = []
    body.append(p(title, "Overskrift1"))
    meta = [("Borger", c.citizen)]
    if c.cpr:
        meta.append(("CPR-nr.", c.cpr))
    meta.append(("Sagsnr.", c.sagsnr))
    meta.append(("Sagsbehandler", f"{c.caseworker}, tlf. {c.cwphone}"))
    body.append(table(meta))
    body.append(p(""))
    fields = [f for f in ORDER]
    moved: dict[str, str] = {}
    if feature == "footer-mentor" and d.values["mentor"] is not None:
        moved["mentor"] = "footer"
    if feature == "footer-appeal" and d.values["appeal"] is not None:
        moved["appeal"] = "footer"
    if feature == "header-mentor" and d.values["mentor"] is not None:
        moved["mentor"] = "header"
    if feature == "textbox" and d.values["mentor"] is not None:
        moved["mentor"] = "textbox"
    if moved.get("mentor") == "textbox":
        mv = d.values["mentor"]
        body.append(textbox([d.labels["mentor"] + ":"] + str(mv).replace(", ", "\n").split("\n")))
    # checkbox row for mentor type (always present in these templates)
    if feature in ("checkbox", "checkbox-hours-none"):
        kinds = ["Tilbudsmentor", "Uddannelsesmentor", "Ret- og pligtmentor", "Udvidet mentor"]
        chosen = r.choice(kinds)
        body.append(p("Type af mentorstøtte", "Overskrift2"))
        body.append(para("".join(checkbox_xml(k == chosen, k) for k in kinds)))
    rows_mode = r.random() < 0.5 or feature == "sdt"
    rows = []
    cellxml = []
    for f in fields:
        if f in moved:
            continue
        v = d.values[f]
        lab = d.labels[f]
        if f == "hours" and feature in ("checkbox", "checkbox-hours-none"):
            opts = ["1 time", "2 timer", "3 timer", "4 timer", "Andet: ____"]
            pick = -1 if feature == "checkbox-hours-none" else r.randint(0, 3)
            xml = para("".join(checkbox_xml(i == pick, o) for i, o in enumerate(opts)) + run("pr. uge"))
            if rows_mode:
                rows.append((lab, "")); cellxml.append(xml)
            else:
                body.append(p(lab, "Overskrift2")); body.append(xml)
            continue
        if f == "hours" and feature in ("tracked", "tracked-del-only") and v is not None:
            old = r.choice(["1 time pr. uge", "6 timer pr. uge", "2 timer om ugen"])
            if feature == "tracked-del-only":
                xml = para(f'<w:del w:id="91" w:author="{escape(c.caseworker)}" w:date="2026-02-11T09:12:00Z">'
                           f'<w:r><w:delText xml:space="preserve">{escape(v)}</w:delText></w:r></w:del>')
            else:
                xml = para(f'<w:del w:id="91" w:author="{escape(c.caseworker)}" w:date="2026-02-11T09:12:00Z">'
                           f'<w:r><w:delText xml:space="preserve">{escape(old)}</w:delText></w:r></w:del>'
                           f'<w:ins w:id="92" w:author="{escape(c.caseworker)}" w:date="2026-02-11T09:12:00Z">{run(v)}</w:ins>')
            if rows_mode:
                rows.append((lab, "")); cellxml.append(xml)
            else:
                body.append(p(lab, "Overskrift2")); body.append(xml)
            continue
        if f == "duration" and feature in ("tracked-period", "tracked-period-ins-over") and v is not None:
            if feature == "tracked-period":
                # an over-6 end date was deleted, the valid one inserted: no finding
                bad = add_months(c.start, 9) - dt.timedelta(days=1)
                old, new = fmt_date(bad, c.datestyle), fmt_date(c.end, c.datestyle)
            else:
                # the valid end date was deleted, an over-6 one inserted (d.values already over-6)
                good = add_months(c.start, 6) - dt.timedelta(days=1)
                old, new = fmt_date(good, c.datestyle), fmt_date(c.end, c.datestyle)
            xml = para(run(fmt_date(c.start, c.datestyle) + " – ") +
                       f'<w:del w:id="93" w:author="{escape(c.caseworker)}" w:date="2026-02-11T09:12:00Z"><w:r><w:delText>{escape(old)}</w:delText></w:r></w:del>'
                       f'<w:ins w:id="94" w:author="{escape(c.caseworker)}" w:date="2026-02-11T09:13:00Z">{run(new)}</w:ins>')
            if rows_mode:
                rows.append((lab, "")); cellxml.append(xml)
            else:
                body.append(p(lab, "Overskrift2")); body.append(xml)
            continue
        if v is None:
            if feature == "comment-hours" and f == "hours":
                continue
            continue
        if feature == "sdt" or (v == PLACEHOLDER):
            text = d.value_text(f) if v != PLACEHOLDER else ""
            paras = text.split("\n") if text else [""]
            xml = "".join(para(sdt_run(t, v == PLACEHOLDER, lab)) for t in paras)
        else:
            xml = "".join(p(t) for t in d.value_text(f).split("\n"))
        if feature.startswith("comment") and f == ("goal" if feature == "comment" else "tasks"):
            note = (r.choice(["Husk at tjekke timetallet med leverandøren", "Skal vi skrive mere her?",
                              "OK fra leder 3/2"]) if feature == "comment" else
                    r.choice(["Timetal: 3 timer pr. uge – skal skrives ind", "Mangler timer? 2 t/uge aftalt mundtligt"]))
            xml = xml.replace("<w:p>", '<w:p><w:commentRangeStart w:id="0"/>', 1).replace(
                "</w:p>", '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>', 1)
            comments.append((0, c.caseworker, note))
        if rows_mode:
            rows.append((lab, "")); cellxml.append(xml)
        else:
            body.append(p(lab, "Overskrift2")); body.append(xml)
    if rows_mode and rows:
        body.append(table(rows, cellxml))
    # an optional field left as placeholder is normal in templates and means nothing
    if feature == "sdt":
        body.append(p("Bemærkninger", "Overskrift2"))
        body.append(para(sdt_run("", True, "Bemærkninger")))
    body.append(p(""))
    body.append(p(f"{c.kommune}, " + fmt_date(c.start - dt.timedelta(days=r.randint(3, 12)), 0)))
    body.append(p(f"Underskrift borger: ______________________     Underskrift mentor: ______________________"))
    if moved.get("mentor") in ("footer", "header"):
        mv = str(d.values["mentor"]).replace("\n", ", ")
        xml = p(f"{d.labels['mentor']}: {mv}")
        if moved["mentor"] == "footer":
            footer = xml + para(run(f"{c.kommune} Kommune · Jobcenter · Side ") + PAGE_FIELD)
        else:
            header = xml
    if moved.get("appeal") == "footer":
        footer = p("Klagevejledning: " + str(d.values["appeal"])) + p(f"{c.kommune} Kommune, Rådhustorvet 1")
    if footer is None and r.random() < 0.5:
        footer = para(run(f"{c.kommune} Kommune · Arbejdsmarked · www.{c.kommune.lower().replace('æ','ae').replace('ø','oe')}.dk · Side ") + PAGE_FIELD)
    if header is None and r.random() < 0.4:
        header = p(f"Jobcenter {c.kommune}     Sagsnr. {c.sagsnr}")
    write_docx(path, "".join(body), header, footer, comments or None)


# ---------------------------------------------------------------- plain text renderings

def text_agreement(d: Doc, style: str, title: str) -> str:
    """Agreement as plain text; style: labels | headings | prose."""
    c, r = d.c, d.rng
    out = [title, ""]
    out.append(f"Borger: {c.citizen}" + (f"   CPR: {c.cpr}" if c.cpr else ""))
    out.append(f"Sagsnummer: {c.sagsnr}")
    out.append("")
    for f in ORDER:
        v = d.values[f]
        if v is None:
            continue
        vt = d.value_text(f) if v != PLACEHOLDER else r.choice(["", "[indsæt]", "Udfyldes senere", "-"])
        if style == "headings":
            out += [d.labels[f], vt, ""]
        elif style == "prose":
            out.append(prose_sentence(d, f, vt))
            out.append("")
        else:
            if "\n" in vt:
                out += [d.labels[f] + ":", vt, ""]
            else:
                out += [f"{d.labels[f]}: {vt}", ""]
    return "\n".join(out)


def prose_sentence(d: Doc, f: str, vt: str) -> str:
    c, r = d.c, d.rng
    if f == "goal":
        return f"Vi har aftalt følgende mål for forløbet: {vt}"
    if f == "mentor":
        return f"Din mentor er {vt.replace(chr(10), ', ')}."
    if f == "tasks":
        return f"{c.mfirst} skal hjælpe dig med:\n{vt}"
    if f == "duration":
        return f"Mentorstøtten er bevilget i perioden {vt}."
    if f == "hours":
        return f"Du får {vt} med din mentor." if vt and vt[0].isdigit() else f"Timetal: {vt}"
    if f == "follow_up":
        return vt
    return f"Klagevejledning\n{vt}"


# ---------------------------------------------------------------- RTF

def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def write_rtf(path: Path, paras: list[tuple[str, bool]], footer: str | None) -> None:
    body = []
    if footer:
        body.append("{\\footer\\pard\\plain\\fs18 " + rtf_escape(footer) + "\\par}")
    for text, bold in paras:
        body.append("\\pard\\plain\\fs22 " + ("\\b " if bold else "") + rtf_escape(text) + ("\\b0" if bold else "") + "\\par")
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\viewkind4\\uc1\n" +
                    "\n".join(body) + "\n}", encoding="ascii")


# ---------------------------------------------------------------- OCR PDF

def ocr_pdf(path: Path, text: str, rng: random.Random, tmp: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 30)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 34)
    W, H = 2480, 3508
    lines = []
    import textwrap
    for ln in text.split("\n"):
        lines += textwrap.wrap(ln, 92) or [""]
    pages = [lines[i:i + 80] for i in range(0, len(lines), 80)]
    imgs = []
    for pg in pages:
        img = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(img)
        y = 200
        for i, ln in enumerate(pg):
            dr.text((200, y), ln, font=bold if (i == 0 and pg is pages[0]) else font, fill=rng.randint(0, 50))
            y += 40
        # speckle noise
        for _ in range(6000):
            x, yy = rng.randrange(W), rng.randrange(H)
            img.putpixel((x, yy), rng.randint(0, 120))
        img = img.rotate(rng.uniform(-1.4, 1.4), fillcolor=255, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
        scale = rng.uniform(0.45, 0.67)  # 135-200 dpi office scanner
        img = img.resize((int(W * scale), int(H * scale)))
        imgs.append(img)
    pdfs = []
    for i, img in enumerate(imgs):
        ip = tmp / f"{path.stem}-{i}.png"
        dpi = int(round(img.width / 8.27))
        img.save(ip, dpi=(dpi, dpi))
        base = tmp / f"{path.stem}-{i}"
        subprocess.run(["tesseract", str(ip), str(base), "-l", "dan", "--dpi", str(dpi), "pdf"],
                       check=True, capture_output=True)
        pdfs.append(Path(str(base) + ".pdf"))
    if len(pdfs) == 1:
        shutil.copy(pdfs[0], path)
    else:
        import pypdfium2 as pdfium
        out = pdfium.PdfDocument.new()
        for pp in pdfs:
            src = pdfium.PdfDocument(str(pp))
            out.import_pages(src)
        out.save(str(path))


# ---------------------------------------------------------------- generator

class Gen:
    def __init__(self, out: Path):
        self.out = out
        self.rng = random.Random(SEED)
        self.entries: list[dict] = []
        self.n = 0
        self.tmp = Path(tempfile.mkdtemp(prefix="corpus_db_"))

    def pick(self, pool: list[str]) -> str:
        """Defects in rotation (shuffled start), so every rule gets examples in ~100 documents."""
        order = ["over6", "unclear-goal", "absent:hours", "mentor-no-contact", "absent:follow_up",
                 "appeal-incomplete", "absent:goal", "absent:tasks", "vague-hours", "unclear-goal", "absent:duration",
                 "appeal-direct", "absent:appeal", "absent:mentor"]
        for _ in range(len(order)):
            self._k = (getattr(self, "_k", -1) + 1) % len(order)
            if order[self._k] in pool:
                return order[self._k]
        return self.rng.choice(pool)

    def case(self, cpr_p=0.33) -> Case:
        self.n += 1
        c = Case(self.rng, self.n)
        if self.rng.random() < cpr_p:
            c.add_cpr()
        return c

    def doc(self, c: Case, defect_p=0.3, defects=AGREEMENT_DEFECTS, force=None) -> Doc:
        d = Doc(c, self.rng)
        if force:
            for f in force:
                d.apply_defect(f)
        elif self.rng.random() < defect_p:
            d.apply_defect(self.pick(defects))
        return d

    def path(self, c: Case, name: str) -> Path:
        folder = self.out / f"sag-{c.idx:03d}-{c.kommune.lower().replace('æ','ae').replace('ø','oe')}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / name

    def add(self, path: Path, fmt: str, kind: str, layout: str, subtype: str, rules=(), extras=(),
            must=(), traits=(), period=None):
        e = {"path": str(path.relative_to(self.out)), "format": fmt, "kind": kind, "layout": layout,
             "subtype": subtype, "rules": sorted(set(rules)), "extras": sorted(set(extras)),
             "error": None, "accept_errors": [], "must_not_contain": list(must),
             "traits": list(traits)}
        if period:
            e["period"] = period
        self.entries.append(e)

    def add_doc(self, path, fmt, kind, layout, subtype, d: Doc, traits=()):
        c = d.c
        rules = set(d.rules)
        if kind == "minplan":
            rules -= {"missing-follow-up", "missing-appeal-guidance"}
        must = [c.cpr] if c.cpr else []
        tr = list(d.traits) + list(traits) + (["cpr"] if c.cpr else [])
        period = None
        if d.values["duration"] not in (None, PLACEHOLDER):
            period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        self.add(path, fmt, kind, layout, subtype, rules, d.extras, must, tr, period)

    # ---- documents

    def docx_agreements(self, n=34):
        features = ["sdt", "textbox", "footer-mentor", "footer-appeal", "header-mentor", "tracked",
                    "tracked-period", "comment", "checkbox"]
        special_defects = {"sdt": ["placeholder:tasks", "placeholder:goal", "placeholder:hours", "placeholder:follow_up"],
                           "tracked": ["tracked-del-only"], "tracked-period": ["tracked-period-ins-over"],
                           "comment": ["comment-hours"], "checkbox": ["checkbox-hours-none"]}
        for i in range(n):
            feat = features[i % len(features)]
            c = self.case()
            d = Doc(c, self.rng)
            r = self.rng
            trait_feat = feat
            if r.random() < 0.32:
                if feat in special_defects and r.random() < 0.45:
                    sd = r.choice(special_defects[feat])
                    if sd.startswith("placeholder:"):
                        d.apply_defect(sd)
                    elif sd == "tracked-del-only":
                        feat = sd; d.rules.add("missing-hours"); d.traits.append("defect:hours-only-deleted")
                    elif sd == "tracked-period-ins-over":
                        feat = sd; c.make_over6(); d.values["duration"] = c.period()
                        d.rules.add("duration-over-6-months"); d.traits.append("defect:inserted-over6")
                    elif sd == "comment-hours":
                        feat = sd; d.values["hours"] = None; d.rules.add("missing-hours")
                        d.traits.append("defect:hours-only-in-comment")
                    elif sd == "checkbox-hours-none":
                        feat = sd; d.rules.add("missing-hours"); d.traits.append("defect:no-hours-box-ticked")
                else:
                    pool = [x for x in AGREEMENT_DEFECTS if not (feat.startswith("footer-mentor") and x == "absent:mentor")]
                    if feat == "tracked-period":
                        pool = [x for x in pool if x not in ("over6", "absent:duration")]
                    if feat in ("tracked", "checkbox"):
                        pool = [x for x in pool if x not in ("vague-hours", "absent:hours")]
                    d.apply_defect(self.pick(pool))
            if feat == "footer-mentor" and d.values["mentor"] is not None and "missing-mentor" not in d.rules and r.random() < 0.3:
                # the footer holds the caseworker's contact only, the body names the mentor without contact
                d.values["mentor"] = f"{c.mentor}, {c.provider}"
                d.rules.add("missing-mentor"); d.traits.append("defect:footer-is-caseworker")
                feat = "footer-caseworker"
            p_ = self.path(c, f"{r.choice(['aftale', 'mentoraftale', 'Aftale_mentor', 'mentorstoette-aftale'])}-{c.idx:03d}.docx")
            title = r.choice(TITLES)
            if feat == "footer-caseworker":
                docx_agreement(d, "plain", p_, title)
                # rewrite with a caseworker footer
                self._rewrite_footer(p_, f"Kontakt: {c.caseworker}, Jobcenter {c.kommune}, tlf. {c.cwphone}, {c.cwemail}")
            else:
                docx_agreement(d, feat, p_, title)
            self.add_doc(p_, "docx", "agreement", "word-template", "agreement", d, ["feature:" + trait_feat])

    def _rewrite_footer(self, path: Path, text: str):
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        doc = parts["word/document.xml"].decode()
        rels = parts["word/_rels/document.xml.rels"].decode()
        ctt = parts["[Content_Types].xml"].decode()
        if "footer1.xml" not in rels:
            rels = rels.replace("</Relationships>", '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
            ctt = ctt.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
            doc = doc.replace("<w:sectPr>", '<w:sectPr><w:footerReference w:type="default" r:id="rIdF"/>')
        parts["word/footer1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{p(text)}</w:ftr>').encode()
        parts["word/document.xml"] = doc.encode()
        parts["word/_rels/document.xml.rels"] = rels.encode()
        parts["[Content_Types].xml"] = ctt.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for k, v in parts.items():
                z.writestr(k, v)

    def decision_text(self, d: Doc, grant: str) -> list[tuple[str, bool]]:
        """Decision letter paragraphs (text, bold); the agreement follows as Bilag 1."""
        c, r = d.c, d.rng
        out = [(f"{c.kommune} Kommune\nJobcenter {c.kommune}", False),
               (f"{c.citizen}\n{r.choice(['Søndergade', 'Vestergade', 'Parkvej', 'Skolevej'])} {r.randint(1, 80)}", False),
               (f"Dato: {fmt_date(c.start - dt.timedelta(days=r.randint(5, 20)), 0)}\nSagsnr.: {c.sagsnr}" + (f"\nCPR-nr.: {c.cpr}" if c.cpr else ""), False),
               (r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte",
                          "Afgørelse – mentorstøtte efter LAB § 167"]), True)]
        dur = d.values["duration"]
        if grant == "full":
            out.append((f"Kære {c.cfirst}\n\nDu har søgt om mentorstøtte, og du får bevilget mentorstøtte"
                        + (f" i perioden {dur}." if dur else ".") +
                        f" Din mentor bliver {c.mentor} fra {c.provider}. Aftalen om mentorstøtten er vedlagt som bilag 1.", False))
        else:
            out.append((f"Kære {c.cfirst}\n\nDu har søgt om mentorstøtte i 9 måneder med 6 timer om ugen. "
                        f"Vi har delvist imødekommet din ansøgning: du får mentorstøtte"
                        + (f" i perioden {dur}" if dur else "") + ". Aftalen er vedlagt som bilag 1.", False))
            out.append(("Begrundelse", True))
            out.append(("Vi har lagt vægt på, at mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, "
                        "gives i højst 6 måneder ad gangen, og at dit behov efter vores vurdering kan dækkes med færre timer. "
                        "Vi har lagt vægt på oplysningerne fra din praktikvært om dit fremmøde.", False))
        if d.values["appeal"] is not None:
            out.append((r.choice(["Klagevejledning", "Sådan klager du", "Hvis du er uenig"]), True))
            out.append((str(d.values["appeal"]), False))
        out.append((f"Med venlig hilsen\n{c.caseworker}\nJobkonsulent\nTlf. {c.cwphone}\n{c.cwemail}", False))
        return out

    def bilag_text(self, d: Doc) -> list[tuple[str, bool]]:
        c, r = d.c, d.rng
        out = [(r.choice(["Bilag 1: Aftale om mentorstøtte", "Bilag 1 – Mentoraftale", "BILAG 1\nAftale om mentorstøtte"]), True)]
        for f in ["goal", "mentor", "tasks", "duration", "hours", "follow_up"]:
            v = d.values[f]
            if v is None:
                continue
            out.append((d.labels[f], True))
            out.append((d.value_text(f) if v != PLACEHOLDER else "", False))
        return out

    def decisions(self, n=14):
        r = self.rng
        fmts = ["docx", "rtf", "txt", "docx", "rtf", "txt", "pdf-ocr"]
        for i in range(n):
            c = self.case()
            d = Doc(c, r)
            grant = r.choice(["full", "full", "partial"])
            if r.random() < 0.33:
                d.apply_defect(self.pick(["over6", "appeal-incomplete", "absent:appeal", "appeal-direct",
                                         "absent:hours", "absent:tasks", "absent:follow_up", "mentor-no-contact"]))
            fmt = fmts[i % len(fmts)]
            paras = self.decision_text(d, grant) + [("", False)] + self.bilag_text(d)
            name = r.choice(["afgoerelse", "Afgørelse_mentor", "bevilling", "brev-afgoerelse"]) + f"-{c.idx:03d}"
            footer = f"{c.kommune} Kommune · Jobcenter · Rådhuset · tlf. {c.cwphone}"
            if fmt == "docx":
                p_ = self.path(c, name + ".docx")
                body = "".join(p(t, "Overskrift2" if b else None) for t, b in paras)
                write_docx(p_, body, None, p(footer))
            elif fmt == "rtf":
                p_ = self.path(c, name + ".rtf")
                write_rtf(p_, paras, footer + " · Side 1")
            elif fmt == "txt":
                p_ = self.path(c, name + ".txt")
                p_.write_text("\n\n".join(t for t, _ in paras) + "\n", encoding="utf-8")
            else:
                p_ = self.path(c, name + ".pdf")
                ocr_pdf(p_, "\n\n".join(t for t, _ in paras), r, self.tmp)
            rules = set(d.rules)
            extras = set(d.extras)
            if grant == "partial":
                d.traits.append("grant:partial")
            self.add_doc(p_, fmt.replace("pdf-ocr", "pdf"), "decision", "letter+bilag", "decision-with-agreement", d,
                         ["bilag1"] + (["ocr"] if fmt == "pdf-ocr" else []))

    def ocr_agreements(self, n=10):
        r = self.rng
        for i in range(n):
            c = self.case()
            d = self.doc(c)
            title = r.choice(TITLES)
            txt = text_agreement(d, r.choice(["labels", "headings", "prose"]), title)
            p_ = self.path(c, f"scan-{r.choice(['aftale', 'mentoraftale', 'underskrevet-aftale'])}-{c.idx:03d}.pdf")
            ocr_pdf(p_, txt, r, self.tmp)
            self.add_doc(p_, "pdf", "agreement", "ocr-scan", "agreement", d, ["ocr"])

    def rtf_agreements(self, n=7):
        r = self.rng
        for i in range(n):
            c = self.case()
            d = self.doc(c)
            paras = [(r.choice(TITLES), True), (f"Borger: {c.citizen}" + (f", CPR {c.cpr}" if c.cpr else ""), False)]
            footer_field = r.choice(["appeal", "mentor", None])
            if d.values.get(footer_field or "x") is None:
                footer_field = None
            for f in ORDER:
                v = d.values[f]
                if v is None or f == footer_field:
                    continue
                paras.append((d.labels[f], True))
                paras.append((d.value_text(f) if v != PLACEHOLDER else "", False))
            if footer_field == "appeal":
                footer = "Klagevejledning: " + str(d.values["appeal"])
            elif footer_field == "mentor":
                footer = f"Mentor: {str(d.values['mentor']).replace(chr(10), ', ')}"
            else:
                footer = f"Jobcenter {c.kommune} · Side 1"
            p_ = self.path(c, f"mentoraftale-{c.idx:03d}.rtf")
            write_rtf(p_, paras, footer)
            self.add_doc(p_, "rtf", "agreement", "rtf", "agreement", d, [f"footer:{footer_field}"])

    def emails(self, n_agree=7, n_other=4):
        r = self.rng
        for i in range(n_agree):
            c = self.case(0.1)
            d = self.doc(c)
            if r.random() < 0.15 and "missing-mentor" not in d.rules:
                d.apply_defect("mentor-no-contact")
                d.traits.append("signature-is-caseworker")
            m = EmailMessage()
            m["From"] = f"{c.caseworker} <{c.cwemail}>"
            m["To"] = f"{c.citizen} <{c.cfirst.lower().replace('ø', 'oe').replace('å', 'aa')}{r.randint(1, 99)}@gmail.com>"
            m["Subject"] = r.choice(["Aftale om mentorstøtte", "SV: Mentor", "Jeres aftale – mentorforløb",
                                     "Referat af opstartsmøde med mentor"])
            m["Date"] = format_datetime(dt.datetime(2026, c.start.month, min(c.start.day, 28), 14, 5,
                                                    tzinfo=dt.timezone.utc) - dt.timedelta(days=3))
            lines = [f"Hej {c.cfirst}", "",
                     r.choice(["Tak for et godt møde i dag. Her er det, vi aftalte, skrevet ned:",
                               "Som lovet sender jeg dig aftalen om mentorstøtte:",
                               "Her får du det, vi blev enige om på mødet, skrevet ned."]), ""]
            for f in ORDER:
                v = d.values[f]
                if v is None:
                    continue
                vt = d.value_text(f) if v != PLACEHOLDER else ""
                if "\n" in vt:
                    lines += [d.labels[f] + ":", vt, ""]
                else:
                    lines += [f"{d.labels[f]}: {vt}", ""]
            lines += ["Skriv endelig, hvis noget ikke passer.", "", "Venlig hilsen", "",
                      c.caseworker, f"Jobkonsulent, Jobcenter {c.kommune}", f"Direkte tlf. {c.cwphone}", c.cwemail, "",
                      f"Den {c.start.day - 1 if c.start.day > 1 else 1}. {MONTHS[(c.start.month - 2) % 12]} 2026 skrev {c.citizen}:",
                      f"> Hej {c.caseworker.split()[0]}", "> Kan du sende mig papiret med det vi snakkede om? Jeg har mistet det.",
                      "> Mvh " + c.cfirst]
            m.set_content("\n".join(lines))
            p_ = self.path(c, f"mail-{c.idx:03d}.eml")
            p_.write_bytes(bytes(m))
            self.add_doc(p_, "eml", "agreement", "email", "agreement-mail", d, ["quoted-mail", "signature"])
        for i in range(n_other):
            c = self.case(0)
            m = EmailMessage()
            m["From"] = f"{c.mentor} <{c.memail}>"
            m["To"] = f"{c.caseworker} <{c.cwemail}>"
            subj, body = r.choice([
                ("Flytning af statusmøde", f"Hej {c.caseworker.split()[0]}\n\nKan vi flytte statusmødet med {c.cfirst} til torsdag kl. 10? "
                 f"Jeg har et kursus om tirsdagen.\n\nMvh\n{c.mentor}\n{c.provider}\nTlf. {c.mphone}"),
                ("Kapacitet i foråret", f"Hej\n\nVi har ledige mentortimer fra marts og kan tage 3 nye forløb. "
                 f"Skriv, hvis I har borgere, der kunne passe.\n\nVenlig hilsen\n{c.mentor}\n{c.provider}"),
                ("SV: Faktura", f"Hej {c.caseworker.split()[0]}\n\nFakturaen for januar er sendt via EAN. Der er brugt 12 timer.\n\n"
                 f"/{c.mfirst}\n\n-----Oprindelig meddelelse-----\nFra: {c.caseworker}\nHar I sendt faktura for januar?"),
            ])
            m["Subject"] = subj
            m.set_content(body)
            p_ = self.path(c, f"mail-{c.idx:03d}.eml")
            p_.write_bytes(bytes(m))
            self.add(p_, "eml", "unknown", "email", "mentor-correspondence", traits=["not-a-mentor-document-kind"])

    def journal_notes(self, n_agree=5, n_other=4):
        r = self.rng
        for i in range(n_agree):
            c = self.case(0.4)
            d = self.doc(c, defects=[x for x in AGREEMENT_DEFECTS if x != "appeal-direct"])
            if d.values["appeal"] is not None and "missing-appeal-guidance" not in d.rules:
                d.values["appeal"] = r.choice([
                    "Borger er vejledt om, at der kan klages til kommunen inden 4 uger, og at klagen sendes videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
                    "Klagevejledning: borger kan klage til Jobcenteret inden fire uger; jobcentret genvurderer og videresender til Ankestyrelsen."])
            hdr = (f"Journalnotat\nDato: {fmt_date(c.start - dt.timedelta(days=2), 1)}   Notattype: Samtale\n"
                   f"Sag: {c.sagsnr}   Borger: {c.citizen}" + (f" ({c.cpr})" if c.cpr else "") + f"\nForfatter: {c.caseworker}\n")
            s = [hdr, f"Opstartsmøde om mentorstøtte med {c.cfirst} og mentor. Der er indgået følgende aftale om mentorstøtte:"]
            parts = []
            v = d.values
            if v["goal"]:
                parts.append("Målet er aftalt som: " + str(v["goal"]))
            if v["mentor"]:
                parts.append("Mentor bliver " + str(v["mentor"]).replace("\n", ", ") + ".")
            if v["tasks"]:
                parts.append("Mentor skal " + ", ".join(v["tasks"]) + ".")
            if v["duration"]:
                parts.append(f"Mentorstøtten løber i perioden {v['duration']}.")
            if v["hours"]:
                parts.append(f"Omfang: {v['hours']}.")
            if v["follow_up"]:
                parts.append(str(v["follow_up"]))
            if v["appeal"]:
                parts.append(str(v["appeal"]))
            r.shuffle(parts[3:])
            s.append(" ".join(parts))
            s.append(f"\nBorger var positiv over for aftalen.\n/{c.caseworker.split()[0][:2].upper()}{c.caseworker.split()[1][0]}")
            p_ = self.path(c, f"journalnotat-{c.idx:03d}.txt")
            p_.write_text("\n".join(s) + "\n", encoding=r.choice(["utf-8", "cp1252"]))
            self.add_doc(p_, "txt", "agreement", "journal-prose", "journal-note-agreement", d, ["journal"])
        for i in range(n_other):
            c = self.case(0.3)
            txt = r.choice([
                f"Telefonnotat\nDato: {fmt_date(c.start, 1)}\n\nMentor {c.mentor} ringede. {c.cfirst} har ikke mødt i praktik i to dage pga. sygdom. "
                f"Mentor tager kontakt til borger i morgen og følger op. Ingen handling fra jobcentret.\n",
                f"Journalnotat – statussamtale\n\n{c.cfirst} fortæller, at det går bedre med at komme op om morgenen. Mentor {c.mfirst} oplyser, "
                f"at fremmødet er 4 ud af 5 dage. Næste samtale aftales om en måned. Fortsat mentorstøtte som aftalt.\n",
                f"Notat\n\nBorger er indkaldt til samtale {fmt_date(c.start, 0)} kl. 10.00. Indkaldelsen er sendt via Digital Post.\n",
            ])
            if c.cpr:
                txt = txt.replace("\n\n", f"\nCPR: {c.cpr}\n\n", 1)
            p_ = self.path(c, f"notat-{c.idx:03d}.txt")
            p_.write_text(txt, encoding="utf-8")
            self.add(p_, "txt", "unknown", "journal-prose", "journal-note", must=[c.cpr] if c.cpr else [],
                     traits=["not-a-mentor-document-kind"] + (["cpr"] if c.cpr else []))

    def english(self, n=5):
        r = self.rng
        for i in range(n):
            c = self.case(0)
            d = self.doc(c, defects=["absent:hours", "absent:follow_up", "appeal-incomplete", "over6", "absent:tasks"])
            v = d.values
            goal = r.choice([f"{c.cfirst} completes the Danish language course (FVU) at VUC {c.kommune} and attends at least four days a week.",
                             f"{c.cfirst} starts an internship at the warehouse of PostNord, 15 hours a week, aiming at a wage subsidy job.",
                             f"{c.cfirst} keeps the job as a kitchen assistant (20 hours a week) with no more than two days' absence a month."])
            period = f"{c.start.strftime('%d %B %Y').lstrip('0')} to {c.end.strftime('%d %B %Y').lstrip('0')}"
            lines = [r.choice(["Mentor Support Agreement", "Agreement on mentor support (LAB § 167)"]), "",
                     f"Citizen: {c.citizen}", f"Case no.: {c.sagsnr}", "",
                     "Goal", goal, "",
                     "Mentor", f"{c.mentor}, {c.provider}, phone +45 {c.mphone}, {c.memail}", ""]
            if v["tasks"] is not None:
                lines += ["The mentor's tasks", "- help plan the week and keep appointments",
                          "- go with the citizen to the workplace for the first two weeks",
                          "- help with letters from the municipality", ""]
            lines += ["Period", period, ""]
            if v["hours"] is not None:
                lines += ["Hours", r.choice(["3 hours per week", "2 hours a week", "4 hours weekly"]), ""]
            if v["follow_up"] is not None:
                lines += ["Follow-up", "Status meeting with mentor, citizen and caseworker every month; evaluation two weeks before the end.", ""]
            lines += ["How to appeal"]
            if "missing-appeal-guidance" in d.rules:
                lines.append("You may complain about this decision.")
            else:
                lines.append(f"If you disagree, you can complain to {c.kommune} Municipality within 4 weeks of receiving this decision. "
                             "The municipality will reconsider the decision; if it is upheld, your complaint is forwarded to Ankestyrelsen (the National Social Appeals Board).")
            fmt = r.choice(["docx", "txt"])
            p_ = self.path(c, f"agreement-en-{c.idx:03d}.{fmt}")
            if fmt == "txt":
                p_.write_text("\n".join(lines) + "\n", encoding="utf-8")
            else:
                body = "".join(p(ln, "Overskrift2" if ln in ("Goal", "Mentor", "The mentor's tasks", "Period", "Hours", "Follow-up", "How to appeal") else ("Overskrift1" if k == 0 else None))
                               for k, ln in enumerate(lines) if ln)
                write_docx(p_, body)
            d.traits.append("english")
            self.add_doc(p_, fmt, "agreement", "english", "agreement", d)

    def minplan(self, n=4):
        r = self.rng
        for i in range(n):
            c = self.case(0.3)
            d = self.doc(c, defects=["absent:hours", "absent:tasks", "unclear-goal", "over6", "mentor-no-contact"])
            v = d.values
            lines = ["Min Plan", f"Udskrevet {fmt_date(c.start, 1)} fra Jobcenter {c.kommune}", f"{c.citizen}" + (f"  {c.cpr}" if c.cpr else ""), "",
                     "Mit mål", str(v["goal"]), "", "Aktiviteter", "",
                     "Mentorstøtte (§ 167)", f"Periode: {v['duration']}", f"Mentor: {str(v['mentor']).replace(chr(10), ', ')}"]
            if v["hours"] is not None:
                lines.append(f"Timer: {v['hours']}")
            if v["tasks"] is not None:
                lines.append("Mentoren hjælper med: " + "; ".join(v["tasks"]))
            lines += ["", "Virksomhedspraktik", f"Sted: {r.choice(['Netto', 'Plejecenter Solgården', 'Bilka Lager'])}",
                      "Kontaktperson: butikschef", ""]
            p_ = self.path(c, f"minplan-udskrift-{c.idx:03d}.txt")
            p_.write_text("\n".join(lines) + "\n", encoding="utf-8")
            self.add_doc(p_, "txt", "minplan", "plan-print", "minplan", d)

    def unknowns(self, n=9):
        r = self.rng
        makers = ["leaflet", "minutes", "invoice", "status", "club", "guidance-rtf", "status-docx", "invoice-ocr", "leaflet-docx"]
        for i in range(n):
            kind = makers[i % len(makers)]
            c = self.case(0)
            if kind.startswith("leaflet"):
                lines = ["Mentorstøtte – hvad er det?", "",
                         f"Jobcenter {c.kommune} kan give dig en mentor, hvis du har brug for støtte til at komme i job eller uddannelse.",
                         "Når du får en mentor, laver vi en aftale. Aftalen skal indeholde:",
                         "• målet med mentorstøtten", "• mentorens navn og kontaktdata", "• hvilke opgaver mentoren skal hjælpe med",
                         "• hvor længe støtten varer (højst 6 måneder ad gangen)", "• hvor mange timer om ugen", "• hvordan vi følger op",
                         "", "Hvis du vil klage", "Du kan klage til kommunen inden 4 uger. Kommunen genvurderer og sender klagen til Ankestyrelsen."]
                if kind == "leaflet":
                    p_ = self.path(c, "pjece-mentorstoette.txt"); p_.write_text("\n".join(lines) + "\n", encoding="utf-8"); fmt = "txt"
                else:
                    p_ = self.path(c, "pjece-mentor.docx"); write_docx(p_, "".join(p(x) for x in lines if x)); fmt = "docx"
            elif kind == "minutes":
                lines = ["Referat af teammøde, Mentorteamet", f"Dato: {fmt_date(c.start, 0)}", "Deltagere: 5 mentorer og teamleder", "",
                         "1. Nyt fra ledelsen", "Budget for mentortimer er fastlagt for 2026 (§ 203 a-loftet).",
                         "2. Sagsgennemgang", "Tre forløb forlænges; to afsluttes. Husk at skrive opfølgning i aftalerne.",
                         "3. Eventuelt", "Julefrokost 12. december."]
                p_ = self.path(c, "referat-teammoede.txt"); p_.write_text("\n".join(lines) + "\n", encoding="utf-8"); fmt = "txt"
            elif kind.startswith("invoice"):
                lines = [f"{c.provider}", "FAKTURA nr. 2026-0" + str(r.randint(100, 999)), f"Til: Jobcenter {c.kommune}, EAN 5798000{r.randint(100000, 999999)}",
                         "", f"Mentorstøtte, {c.citizen}, {MONTHS[c.start.month - 1]} 2026", f"12 timer à 495,00 kr.   5.940,00 kr.",
                         "Moms 25 %   1.485,00 kr.", "I alt   7.425,00 kr.", "", f"Betaling senest 30 dage netto. Mentor: {c.mentor}, tlf. {c.mphone}"]
                if kind == "invoice":
                    p_ = self.path(c, "faktura.txt"); p_.write_text("\n".join(lines) + "\n", encoding="utf-8"); fmt = "txt"
                else:
                    p_ = self.path(c, "faktura-scan.pdf"); ocr_pdf(p_, "\n".join(lines), r, self.tmp); fmt = "pdf"
            elif kind.startswith("status"):
                lines = [r.choice(["Statusrapport fra mentor", "Status på mentorforløb"]), f"Borger: {c.citizen}", f"Mentor: {c.mentor}, {c.provider}, tlf. {c.mphone}", "",
                         f"Periode: {c.period()}",
                         f"{c.cfirst} har mødt stabilt i praktikken og har selv taget kontakt til VUC. Vi har brugt ca. 3 timer om ugen.",
                         "Vurdering: Progressionen er god. Mentor anbefaler en ny periode på 3 måneder."]
                if kind == "status":
                    p_ = self.path(c, "statusrapport.txt"); p_.write_text("\n".join(lines) + "\n", encoding="utf-8"); fmt = "txt"
                else:
                    p_ = self.path(c, "status-mentor.docx"); write_docx(p_, "".join(p(x) for x in lines if x)); fmt = "docx"
            elif kind == "club":
                lines = [f"Mentoraftale – {c.kommune} Boldklub, ungdomsafdelingen", "",
                         f"Spiller: {c.cfirst}", f"Mentor (ældre spiller): {c.mentor}, tlf. {c.mphone}",
                         "Mål: At komme til træning to gange om ugen og hjælpe til ved U10-kampene.",
                         "Periode: sæsonen 2026", "Vi mødes en time før træning om tirsdagen.", "Underskrift forældre: ____"]
                p_ = self.path(c, "boldklub-mentoraftale.txt"); p_.write_text("\n".join(lines) + "\n", encoding="utf-8"); fmt = "txt"
            else:
                paras = [("Vejledning: Sådan skriver du en mentoraftale", True),
                         ("Aftalen skal indeholde målet, mentorens navn og kontaktdata, opgaverne, varigheden og timetallet (BAB § 52).", False),
                         ("Husk klagevejledning: borgeren klager til kommunen inden 4 uger.", False),
                         ("Perioden må højst være 6 måneder, jf. LAB § 167, stk. 1.", False)]
                p_ = self.path(c, "vejledning-mentoraftaler.rtf"); write_rtf(p_, paras, "Intern vejledning · Arbejdsmarked"); fmt = "rtf"
            self.add(p_, fmt, "unknown", "mixed", kind, traits=["not-a-mentor-document-kind"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    g = Gen(a.out)
    g.docx_agreements(34)
    g.decisions(14)
    g.ocr_agreements(10)
    g.rtf_agreements(7)
    g.emails(7, 4)
    g.journal_notes(5, 4)
    g.english(5)
    g.minplan(4)
    g.unknowns(9)
    from collections import Counter
    (a.out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(g.entries, key=lambda e: e["path"])) + "\n",
        encoding="utf-8")
    shutil.rmtree(g.tmp, ignore_errors=True)
    print(len(g.entries), "documents;", dict(Counter(e["kind"] for e in g.entries)), dict(Counter(e["format"] for e in g.entries)),
          "with findings:", sum(1 for e in g.entries if e["rules"] or e["extras"]),
          "cpr:", sum(1 for e in g.entries if e["must_not_contain"]))


if __name__ == "__main__":
    main()
