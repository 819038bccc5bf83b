"""Independent corpus "dl": form-style PDFs with ruled tables (reportlab and LibreOffice).

Agreements, decisions and Min Plan entries printed from forms: label cells whose text sits at
the top, middle or bottom of a tall cell, grey hint lines under labels, values spanning rows,
tables split over pages with repeated header rows, label|value|label|value tables, checkbox
columns, merged cells, a narrow contact card in a side column. Plus invoices, timesheets and
status reports with the same look (kind unknown).

Written from /work/shared/domain.md, the seeds and the rule docs only.

    /work/main/.venv/bin/python make_corpus_dl.py --out /work/corpora/dl
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak)

SEED = 20261130
FONT_DIR = Path("/usr/share/fonts/truetype")
pdfmetrics.registerFont(TTFont("Carlito", str(FONT_DIR / "crosextra/Carlito-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Carlito-Bold", str(FONT_DIR / "crosextra/Carlito-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "dejavu/DejaVuSans.ttf")))
from reportlab.lib.fonts import addMapping  # noqa: E402
addMapping("Carlito", 0, 0, "Carlito")
addMapping("Carlito", 1, 0, "Carlito-Bold")
addMapping("Carlito", 0, 1, "Carlito")
addMapping("Carlito", 1, 1, "Carlito-Bold")

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MUNIS = ["Viborg", "Holbæk", "Faxe", "Herning", "Tønder", "Assens", "Roskilde", "Rudersdal",
         "Silkeborg", "Esbjerg", "Gribskov", "Odsherred", "Kolding", "Varde", "Svendborg"]
PROVIDERS = ["Jobhuset ApS", "Mentorhuset Midt", "Broen Mentor & Coaching", "Trin for Trin ApS",
             "Kompas Mentorservice", "Ungeenheden", "Virksomhedsservice", "Mentorkorpset"]
CITIZENS = ["Anna Kristensen", "Jonas Holm", "Ahmed Yusuf", "Mette Lund", "Sofie Mikkelsen",
            "Kasper Nørgaard", "Fatima El-Sayed", "Line Bech", "Mikkel Dahl", "Amalie Vestergaard",
            "Rasmus Thygesen", "Nadia Hansen", "Emil Skov", "Camilla Bruun", "Oliver Friis"]
MENTORS = ["Lars Østergaard", "Sara Winther", "Henrik Bay", "Pernille Krogh", "Bo Lindholm",
           "Maja Sørensen", "Kim Andersen", "Tina Falk", "Jesper Mølgaard", "Louise Toft"]
CASEWORKERS = ["Birgitte Holst", "Thomas Riis", "Hanne Kjær", "Søren Brix", "Dorthe Ravn"]

GOALS = [
    "{f} starter på SOSU-hjælperuddannelsen i {m} og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen hos Netto i {town} senest {d}, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og består prøven inden periodens udløb.",
    "{f} er i ordinært job som lagermedarbejder 20-25 timer om ugen ved periodens udløb.",
    "{f} fastholder sit fleksjob i kantinen på {town} Rådhus med 12 timer om ugen og har højst ét fravær om måneden.",
    "{f} fortsætter på FGU (produktionsgrunduddannelse, værkstedsspor) med mindst 90 % fremmøde.",
    "{f} begynder på EUD grundforløb 1 (tømrer) på {town} Tekniske Skole i {m}.",
    "At {f} kommer i løntilskud i en kommunal institution 25 timer ugentligt fra {d}.",
]
VAGUE_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til struktur på hverdagen.",
    "At {f} får det bedre og får mere selvværd.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Arbejde med sig selv og motivationen.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakt til arbejdsgiver ved fravær"],
    ["Hjælpe med at planlægge ugen og holde styr på mødetider", "Gå med til samtaler på skolen",
     "Støtte ved kontakt med SU-kontoret"],
    ["Træne busturen til uddannelsesstedet", "Hjælpe med at åbne og læse Digital Post",
     "Deltage i opstartssamtale med vejleder"],
    ["Sparring med {f} om arbejdsopgaver og pauser", "Dialog med nærmeste leder om skånehensyn",
     "Opfølgning på aftaler med lægen"],
]
FOLLOWUPS = [
    "Statusmøde med {f}, mentor og sagsbehandler hver måned. Evaluering 14 dage før støtteperioden ophører.",
    "Vi følger op hver 14. dag pr. telefon og holder midtvejsevaluering efter 3 måneder. Delmål: fremmøde fire dage om ugen fra {m}.",
    "Mentor sender skriftlig status til sagsbehandler hver 4. uge. Fælles opfølgningsmøde fire uger før bevillingen udløber.",
    "Opfølgning i Min Plan hver måned; progression måles på fremmøde og antal gennemførte moduler.",
]
APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du har modtaget den. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til "
    "Ankestyrelsen, Beskæftigelsesudvalget. Du kan klage skriftligt eller mundtligt, jf. LAB § 204 og retssikkerhedslovens kap. 10.",
    "Du kan klage over afgørelsen til {muni} Kommune, Jobcenter, inden 4 uger fra du har modtaget brevet. "
    "Vi vurderer sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage til Ankestyrelsen.",
    "Klag til jobcentret senest 4 uger efter modtagelsen. Jobcentret genvurderer afgørelsen, og hvis den fastholdes, "
    "bliver klagen sendt videre til Ankestyrelsen, som tager stilling.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Kontakt din sagsbehandler, hvis du er uenig.",
               "Klagevejledning vedlægges særskilt."]
APPEAL_DIRECT = ("Du kan klage direkte til Ankestyrelsen inden 4 uger efter modtagelsen af denne afgørelse. "
                 "Send klagen til Ankestyrelsen, 7998 Statsservice.")
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "8 timer om måneden", "4 timer ugentligt",
            "to timer pr. uge", "2-3 timer pr. uge", "I alt 48 mentortimer i perioden (ca. 2 timer pr. uge)"]
HOURS_VAGUE = ["Efter behov", "et par timer om ugen", "løbende"]
PLACEHOLDERS = ["", "", "-", "Udfyldes senere", "xx", "…"]
HINTS = {
    "goal": "Beskriv konkret det job- eller uddannelsesmål, støtten skal føre til",
    "mentor": "Navn, telefon og e-mail",
    "tasks": "Beskriv konkret, hvad mentor skal hjælpe med",
    "duration": "Startdato og slutdato (højst 6 måneder)",
    "follow_up": "Hvornår og hvordan følges der op? Delmål for progression",
    "hours": "Antal timer pr. uge",
    "appeal": "Standardtekst – må ikke slettes",
}


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


class Doc:
    """Content of one document plus its labels."""

    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        self.idx = idx
        self.muni = rng.choice(MUNIS)
        self.citizen = rng.choice(CITIZENS)
        self.first = self.citizen.split()[0]
        self.mentor = rng.choice(MENTORS)
        self.provider = rng.choice(PROVIDERS)
        self.cw = rng.choice(CASEWORKERS)
        self.phone = " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        self.cw_phone = " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        self.mail = self.mentor.split()[0].lower().replace("ø", "oe") + "@" + \
            self.provider.split()[0].lower().replace("ø", "oe") + ".dk"
        self.start = dt.date(2026, rng.randint(1, 10), rng.choice([1, 1, 1, 15, 3]))
        self.dstyle = rng.randrange(5)
        self.cpr = None
        if rng.random() < 0.22:
            b = dt.date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
            self.cpr = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}-{rng.randint(1000, 9999)}"
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.traits: list[str] = []
        self.period = None

    def t(self, s: str) -> str:
        return s.format(f=self.first, m=MONTHS[(self.start.month + 1) % 12], town=self.muni,
                        d=fmt_date(add_months(self.start, 3), 0), muni=self.muni)

    # --- field values; `defect` chooses a labelled defect ---------------------------------
    def goal(self, defect=None):
        if defect == "missing":
            self.rules.add("missing-goal")
            return self.rng.choice(PLACEHOLDERS)
        if defect == "vague":
            self.rules.add("unclear-goal")
            return self.t(self.rng.choice(VAGUE_GOALS))
        return self.t(self.rng.choice(GOALS))

    def tasks(self, defect=None):
        if defect == "missing":
            self.rules.add("missing-tasks")
            return [self.rng.choice(PLACEHOLDERS)]
        return [self.t(x) for x in self.rng.choice(TASKS)]

    def period_text(self, defect=None):
        if defect == "missing":
            self.rules.add("missing-duration")
            return self.rng.choice(["", "Indtil videre", "Udfyldes senere", "-"])
        months = 6
        if defect == "over":
            months = self.rng.choice([7, 8, 9, 12])
            self.rules.add("duration-over-6-months")
        end = add_months(self.start, months) - dt.timedelta(days=1)
        if defect == "over" and self.rng.random() < 0.3:
            end = add_months(self.start, 6)  # one day too long
        elif defect is None and self.rng.random() < 0.3:
            end = add_months(self.start, self.rng.choice([3, 4, 5])) - dt.timedelta(days=1)
        self.period = {"start": self.start.isoformat(), "end": end.isoformat()}
        s = self.dstyle
        form = self.rng.randrange(3)
        if form == 0:
            return f"{fmt_date(self.start, s)} – {fmt_date(end, s)}"
        if form == 1:
            return f"Fra {fmt_date(self.start, s)} til {fmt_date(end, s)}"
        return f"f.o.m. {fmt_date(self.start, s)} t.o.m. {fmt_date(end, s)}"

    def hours(self, defect=None):
        if defect == "missing":
            self.rules.add("missing-hours")
            return self.rng.choice(PLACEHOLDERS + HOURS_VAGUE)
        return self.rng.choice(HOURS_OK)

    def follow_up(self, defect=None):
        if defect == "missing":
            self.rules.add("missing-follow-up")
            return self.rng.choice(PLACEHOLDERS)
        return self.t(self.rng.choice(FOLLOWUPS))

    def appeal(self, defect=None):
        if defect == "missing":
            self.rules.add("missing-appeal-guidance")
            return self.rng.choice(APPEAL_WEAK)
        if defect == "direct":
            self.extras.add("appeal-wrong-route")
            return APPEAL_DIRECT
        return self.t(self.rng.choice(APPEAL_OK))

    def mentor_value(self, defect=None):
        if defect == "missing":
            self.rules.add("missing-mentor")
            if self.rng.random() < 0.5:
                return self.mentor  # a name without contact data
            return self.rng.choice(PLACEHOLDERS)
        return f"{self.mentor}, {self.provider}<br/>Tlf. {self.phone}<br/>{self.mail}"


# ----------------------------------------------------------------------------------------
# reportlab rendering
# ----------------------------------------------------------------------------------------
BASE = ParagraphStyle("base", fontName="Carlito", fontSize=10.5, leading=13, alignment=TA_LEFT)
LABEL = ParagraphStyle("label", parent=BASE, fontName="Carlito-Bold")
HINT = ParagraphStyle("hint", parent=BASE, fontSize=8, leading=10, textColor=colors.HexColor("#7f7f7f"))
TITLE = ParagraphStyle("title", parent=BASE, fontName="Carlito-Bold", fontSize=16, leading=20,
                       spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=8.5, leading=10.5)
H2 = ParagraphStyle("h2", parent=BASE, fontName="Carlito-Bold", fontSize=12, leading=15, spaceBefore=8,
                    spaceAfter=4)


def P(text, style=BASE):
    return Paragraph(text, style)


def box(checked: bool) -> str:
    return f'<font name="DejaVu">{"☒" if checked else "☐"}</font>'


def label_cell(text, hint=None):
    if hint:
        return [P(text, LABEL), P(hint, HINT)]
    return P(text, LABEL)


def value_cell(v):
    if isinstance(v, list):
        if len(v) == 1:
            return P(v[0])
        return [P("• " + x) for x in v]
    return P(v)


def grid_style(valign="TOP", shade=True, header=False):
    cmds = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (0, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if shade:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e7eef6")))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c6d5e8")))
        cmds.append(("SPAN", (0, 0), (-1, 0)))
    return cmds


def page_deco(doc: Doc, title):
    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont("Carlito", 8)
        canvas.drawString(20 * mm, 287 * mm, f"{doc.muni} Kommune · {title}")
        canvas.drawRightString(190 * mm, 10 * mm, f"Side {canvas.getPageNumber()}")
        canvas.drawString(20 * mm, 10 * mm, f"Sagsnr. 27.{doc.rng.randint(10, 99)}.{doc.idx:02d}-G01-{doc.idx + 300}-26")
        canvas.restoreState()
    return on_page


def build_pdf(path: Path, story, doc: Doc, title):
    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=18 * mm, bottomMargin=18 * mm, title=title,
                           author=f"{doc.muni} Kommune", creator="Microsoft Word" if doc.rng.random() < .5 else "reportlab")
    deco = page_deco(doc, title)
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


def header_table(doc: Doc, four_col: bool):
    rows = []
    if four_col:
        doc.traits.append("four-col-header")
        rows.append([label_cell("Borger"), P(doc.citizen), label_cell("CPR-nr." if doc.cpr else "Dato"),
                     P(doc.cpr or fmt_date(doc.start - dt.timedelta(days=7), doc.dstyle))])
        rows.append([label_cell("Sagsbehandler"), P(doc.cw), label_cell("Tlf."), P(doc.cw_phone)])
        t = Table(rows, colWidths=[30 * mm, 55 * mm, 25 * mm, 60 * mm])
        st = grid_style()
        st.append(("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e7eef6")))
        t.setStyle(TableStyle(st))
        return t
    rows.append([label_cell("Borgerens navn"), P(doc.citizen)])
    if doc.cpr:
        rows.append([label_cell("CPR-nummer"), P(doc.cpr)])
    rows.append([label_cell("Sagsbehandler i kommunen"), P(f"{doc.cw}, tlf. {doc.cw_phone}")])
    t = Table(rows, colWidths=[55 * mm, 115 * mm])
    t.setStyle(TableStyle(grid_style()))
    return t


LABELS = {
    "goal": ["Målet med mentorstøtten", "Mål for forløbet", "Formål", "Borgerens mål", "Mål og delmål",
             "Hvad er målet med mentorstøtten?"],
    "mentor": ["Mentor", "Mentors navn og kontaktdata", "Mentorens navn og kontaktoplysninger", "Din mentor",
               "Mentor (navn, tlf., mail)"],
    "tasks": ["Mentorens opgaver", "Hvilke opgaver skal mentor hjælpe med?", "Indsatsområder",
              "Støtten består i", "Mentors opgaver"],
    "duration": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode", "Periode (fra – til)"],
    "follow_up": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Opfølgning – herunder mål for progression"],
    "hours": ["Timetal", "Antal timer pr. uge", "Timeantal", "Timer", "Omfang"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"],
}


def field_rows(doc: Doc, values: dict, hints: bool, checkbox_hours: bool, checkbox_follow: bool):
    """Rows (label, value) for the form; may turn hours/follow-up into checkbox cells."""
    rows = []
    for key, val in values.items():
        lab = doc.rng.choice(LABELS[key])
        hint = HINTS[key] if hints and doc.rng.random() < 0.8 else None
        if key == "hours" and checkbox_hours:
            rows.append((label_cell(lab, hint), val, key))
            continue
        if key == "follow_up" and checkbox_follow:
            rows.append((label_cell(lab, hint), val, key))
            continue
        rows.append((label_cell(lab, hint), value_cell(val), key))
    return rows


def hours_checkbox(doc: Doc, defect):
    opts = ["0-1 time pr. uge", "1-2 timer pr. uge", "Over 2 timer pr. uge"]
    doc.traits.append("checkbox-hours")
    if defect == "missing":
        doc.rules.add("missing-hours")
        chosen = None
    else:
        chosen = doc.rng.randrange(3)
    parts = [f"{box(i == chosen)} {o}" for i, o in enumerate(opts)]
    extra = "" if chosen != 2 else " – aftalt: 3 timer"
    return [P("&nbsp;&nbsp;&nbsp;".join(parts) + extra)]


def follow_checkbox(doc: Doc, defect):
    opts = ["Hver 14. dag", "Hver måned", "Hver 3. måned"]
    doc.traits.append("checkbox-follow-up")
    if defect == "missing":
        doc.rules.add("missing-follow-up")
        chosen = None
    else:
        chosen = doc.rng.randrange(3)
    lines = [P(f"{box(i == chosen)} Statusmøde: {o.lower()}") for i, o in enumerate(opts)]
    if chosen is not None:
        lines.append(P(f"{box(True)} Evaluering 14 dage før ophør"))
    return lines


def render_form_rl(doc: Doc, kind: str, path: Path, defects: dict, style: dict):
    """An agreement or Min Plan entry as a reportlab form."""
    rng = doc.rng
    keys = ["goal", "mentor", "tasks", "duration", "hours"]
    if kind == "agreement":
        keys += ["follow_up", "appeal"]
    values = {}
    for k in keys:
        d = defects.get(k)
        if k == "goal":
            values[k] = doc.goal(d)
        elif k == "mentor":
            values[k] = doc.mentor_value(d)
        elif k == "tasks":
            values[k] = doc.tasks(d)
        elif k == "duration":
            values[k] = doc.period_text(d)
        elif k == "hours":
            values[k] = hours_checkbox(doc, d) if style["cb_hours"] else doc.hours(d)
        elif k == "follow_up":
            values[k] = follow_checkbox(doc, d) if style["cb_follow"] else doc.follow_up(d)
        elif k == "appeal":
            values[k] = doc.appeal(d)
    if style["sidecard"]:
        # the mentor sits in a contact card in a side column, not in the main table
        mentor_val = values.pop("mentor")
    order = list(values)
    if kind == "agreement" and rng.random() < 0.3:
        # many forms put the period and hours first
        order = ["duration", "hours"] + [k for k in order if k not in ("duration", "hours")]
        order = [k for k in order if k in values]
    values = {k: values[k] for k in order}
    rows = field_rows(doc, values, style["hints"], style["cb_hours"], style["cb_follow"])

    if kind == "agreement":
        title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167",
                            "Samarbejdsaftale – mentorforløb"])
    else:
        title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – Mentor",
                            "Udskrift fra Min Plan · Mentorstøtte"])
    story = [P(title, TITLE)]
    if kind == "minplan":
        story.append(P(f"Udskrevet {fmt_date(doc.start, 1)} · Borger: {doc.citizen}", SMALL))
    story.append(Spacer(1, 4))
    story.append(header_table(doc, style["four_col"]))
    story.append(Spacer(1, 8))

    valign = style["valign"]
    doc.traits.append(f"valign:{valign.lower()}")
    lw = 55 * mm if not style["sidecard"] else 42 * mm
    vw = 115 * mm if not style["sidecard"] else 78 * mm
    trs = []
    if style["header_row"]:
        trs.append([P("<b>Aftalens indhold</b>" if kind == "agreement" else "<b>Indsatsen</b>"), ""])
    for lab, val, key in rows:
        if style["split_rows"] and isinstance(val, list) and len(val) > 1:
            # value spanning several rows, label merged vertically
            first = len(trs)
            for i, v in enumerate(val):
                trs.append([lab if i == 0 else "", v])
            trs.append(("SPAN", first, len(trs) - 1))
            continue
        trs.append([lab, val])
    spans = [x for x in trs if isinstance(x, tuple)]
    data = [x for x in trs if not isinstance(x, tuple)]
    # recompute span indices after removing markers
    st = grid_style(valign, header=style["header_row"])
    offset = 0
    for x in trs:
        if isinstance(x, tuple):
            _, a, b = x
            a2, b2 = a - offset, b - offset
            st.append(("SPAN", (0, a2), (0, b2)))
            st.append(("VALIGN", (0, a2), (0, b2), valign))
            st.append(("LINEBELOW", (1, a2), (1, b2 - 1), 0.3, colors.HexColor("#bbbbbb")))
            offset += 1
    if spans:
        doc.traits.append("value-spans-rows")
    # tall cells: minimum row heights so label alignment matters
    heights = []
    for r in data:
        heights.append(None)
    if style["tall"]:
        heights = [max(14 * mm, 0) if i >= (1 if style["header_row"] else 0) else None for i in range(len(data))]
        doc.traits.append("tall-cells")
    main = Table(data, colWidths=[lw, vw], rowHeights=None if not style["tall"] else heights,
                 repeatRows=1 if style["header_row"] else 0, hAlign="LEFT")
    main.setStyle(TableStyle(st))
    if style["header_row"]:
        doc.traits.append("repeat-header-row")

    if style["sidecard"]:
        doc.traits.append("side-contact-card")
        card = [[P("<b>Kontakt</b>", LABEL)]]
        if isinstance(mentor_val, str) and "<br/>" in mentor_val:
            card += [[P("Din mentor", HINT)], [P(mentor_val.replace(", ", "<br/>", 1), SMALL)]]
        else:
            card += [[P("Din mentor", HINT)], [P(mentor_val or "&nbsp;", SMALL)]]
        card += [[P("Sagsbehandler", HINT)], [P(f"{doc.cw}<br/>Tlf. {doc.cw_phone}", SMALL)]]
        ct = Table(card, colWidths=[44 * mm])
        ct.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c6d5e8")),
                                ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
        outer = Table([[main, ct]], colWidths=[lw + vw + 2 * mm, 46 * mm], hAlign="LEFT")
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(outer)
    else:
        story.append(main)

    if style["padding_rows"]:
        # a long form: extra administrative rows push the table over a page break
        doc.traits.append("split-over-pages")
        extra = [[P("<b>Praktiske oplysninger</b>"), ""]]
        for lab, v in [("Mødested", f"{doc.provider}, {doc.muni}. Møderne kan også holdes på praktikstedet eller "
                        "på biblioteket, hvis det passer bedre."),
                       ("Transport", "Borgeren transporterer sig selv; befordring efter gældende regler. Udgifter til "
                        "bus refunderes efter dokumentation."),
                       ("Fravær", "Ved sygdom ringer borgeren til mentor inden kl. 9. Udeblivelse uden afbud drøftes "
                        "ved næste møde."),
                       ("Tavshedspligt", "Mentor har tavshedspligt efter forvaltningslovens regler og må kun videregive "
                        "oplysninger, som er nødvendige for forløbet."),
                       ("Samtykke", f"{box(True)} Borgeren giver samtykke til, at mentor og kommunen udveksler "
                        "oplysninger om forløbet.<br/>" + f"{box(False)} Borgeren giver ikke samtykke."),
                       ("Forsikring", "Borgeren er dækket af kommunens arbejdsskadeforsikring under praktik."),
                       ("Ændringer", "Ændringer i aftalen aftales med sagsbehandler og skrives ind i Min Plan."),
                       ("Ophør", "Aftalen ophører ved periodens udløb, eller hvis borgeren flytter kommune."),
                       ("Dokumentation", "Mentor fører korte notater fra hvert møde, som borgeren kan se."),
                       ("Persondata", f"Oplysningerne behandles efter databeskyttelsesforordningen. Læs mere på "
                        f"{doc.muni.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk/persondata."),
                       ("Tolk", f"{box(False)} Der er behov for tolk&nbsp;&nbsp;{box(True)} Der er ikke behov for tolk"),
                       ("Særlige hensyn", "Ingen særlige hensyn ud over det, der fremgår af aftalen."),
                       ("Kopi til", "Borger, mentor og sagsakt."),
                       ("Bilag", "Ingen.")]:
            extra.append([label_cell(lab), P(v)])
        et = Table(extra, colWidths=[55 * mm, 115 * mm], repeatRows=1, hAlign="LEFT")
        et.setStyle(TableStyle(grid_style("TOP", header=True)))
        story.insert(3, et)
        story.insert(4, Spacer(1, 8))
    story.append(Spacer(1, 14))
    sig = Table([[P("Dato og underskrift, borger"), P("Dato og underskrift, mentor"), P("Dato og underskrift, kommunen")],
                 [P("&nbsp;<br/>&nbsp;"), "", ""]], colWidths=[57 * mm] * 3)
    sig.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    if kind == "agreement":
        story.append(sig)
    build_pdf(path, story, doc, title)
    return title


def render_decision_rl(doc: Doc, path: Path, defects: dict, subtype: str):
    rng = doc.rng
    story = [P(f"{doc.muni} Kommune<br/>Jobcenter {doc.muni}", SMALL), Spacer(1, 10)]
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
             "refusal": "Afgørelse: Afslag på mentorstøtte"}[subtype]
    story.append(P(title, TITLE))
    rows = [[label_cell("Borger"), P(doc.citizen), label_cell("Dato"), P(fmt_date(doc.start - dt.timedelta(days=10), 0))]]
    if doc.cpr:
        rows.append([label_cell("CPR-nr."), P(doc.cpr), label_cell("Sagsbehandler"), P(doc.cw)])
    else:
        rows.append([label_cell("Sagsbehandler"), P(doc.cw), label_cell("Tlf."), P(doc.cw_phone)])
    ht = Table(rows, colWidths=[28 * mm, 57 * mm, 28 * mm, 57 * mm])
    st = grid_style()
    st.append(("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e7eef6")))
    ht.setStyle(TableStyle(st))
    story += [ht, Spacer(1, 8)]
    doc.traits.append("four-col-header")
    body = []
    if subtype == "refusal":
        body.append(("Afgørelse", f"{box(False)} Bevilget&nbsp;&nbsp; {box(False)} Delvist bevilget&nbsp;&nbsp; {box(True)} Afslag"))
        doc.traits.append("checkbox-decision")
        if defects.get("reasons") == "missing":
            doc.extras.add("missing-reasons")
        else:
            body.append(("Begrundelse", f"Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på skolen, og at "
                         f"behovet derfor er dækket, jf. LAB § 167, stk. 1. Vi har vurderet, at mentorstøtte ikke vil "
                         f"fremme din mulighed for at gennemføre uddannelsen yderligere."))
    else:
        per = doc.period_text(defects.get("duration") if defects.get("duration") == "over" else None)
        hrs = doc.hours()
        body.append(("Afgørelse", f"{box(True)} Bevilget&nbsp;&nbsp; {box(subtype == 'partial')} Delvist bevilget&nbsp;&nbsp; {box(False)} Afslag"
                     if subtype == "grant" else
                     f"{box(False)} Bevilget&nbsp;&nbsp; {box(True)} Delvist bevilget&nbsp;&nbsp; {box(False)} Afslag"))
        doc.traits.append("checkbox-decision")
        body.append(("Bevilget indsats", "Mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167"))
        body.append(("Periode", per))
        body.append(("Timetal", hrs))
        body.append(("Mentor", f"{doc.mentor}, {doc.provider}, tlf. {doc.phone}"))
        if subtype == "partial":
            if defects.get("reasons") == "missing":
                doc.extras.add("missing-reasons")
            else:
                body.append(("Begrundelse", "Du har søgt om mentorstøtte i 5 timer om ugen. Vi bevilger færre timer, fordi "
                             "vi har lagt vægt på, at du allerede har støtte på praktikstedet. Afgørelsen er truffet efter "
                             "LAB § 167, stk. 1."))
        else:
            body.append(("Begrundelse", "Du får mentorstøtte, fordi du har brug for hjælp til at fastholde praktikken, jf. LAB § 167."))
    ap = defects.get("appeal")
    if ap == "absent":
        doc.rules.add("missing-appeal-guidance")
    else:
        body.append(("Klagevejledning", doc.appeal(ap)))
    data = [[label_cell(a, HINTS["appeal"] if a == "Klagevejledning" and rng.random() < .4 else None), P(b)] for a, b in body]
    t = Table(data, colWidths=[40 * mm, 130 * mm])
    t.setStyle(TableStyle(grid_style(rng.choice(["TOP", "MIDDLE"]))))
    story += [t, Spacer(1, 12), P(f"Med venlig hilsen<br/>{doc.cw}<br/>Jobcenter {doc.muni}")]
    build_pdf(path, story, doc, title)
    return title


def render_unknown_rl(doc: Doc, path: Path, subtype: str):
    rng = doc.rng
    story = []
    if subtype == "invoice":
        title = "Faktura"
        story += [P(f"{doc.provider}<br/>CVR {rng.randint(10000000, 99999999)}", SMALL), Spacer(1, 6), P(f"Faktura nr. {rng.randint(1000, 9999)}", TITLE)]
        hdr = Table([[label_cell("Kunde"), P(f"{doc.muni} Kommune, Jobcenter"), label_cell("Fakturadato"), P(fmt_date(add_months(doc.start, 1), 1))],
                     [label_cell("Att."), P(doc.cw), label_cell("Betalingsfrist"), P("30 dage netto")]],
                    colWidths=[25 * mm, 60 * mm, 30 * mm, 55 * mm])
        hdr.setStyle(TableStyle(grid_style()))
        story += [hdr, Spacer(1, 8)]
        rows = [[P("<b>Dato</b>"), P("<b>Ydelse</b>"), P("<b>Timer</b>"), P("<b>Beløb</b>")]]
        total = 0
        d = doc.start
        for i in range(rng.randint(18, 34)):
            h = rng.choice([1, 1.5, 2, 2, 3])
            total += h
            rows.append([P(fmt_date(d, 1)), P(f"Mentorstøtte, {doc.first} ({doc.mentor})"), P(str(h).replace(".", ",")), P(f"{h * 495:.2f}".replace(".", ","))])
            d += dt.timedelta(days=rng.choice([3, 4, 7]))
        rows.append(["", P("<b>I alt ekskl. moms</b>"), P(f"{total}".replace(".", ",")), P(f"{total * 495:.2f}".replace(".", ","))])
        t = Table(rows, colWidths=[28 * mm, 90 * mm, 20 * mm, 32 * mm], repeatRows=1)
        st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c6d5e8")),
              ("SPAN", (0, -1), (0, -1))]
        t.setStyle(TableStyle(st))
        story += [t, Spacer(1, 8), P(f"Betaling til reg.nr. {rng.randint(1000, 9999)} konto {rng.randint(10**9, 10**10 - 1)}. "
                                       f"Spørgsmål til fakturaen: {doc.mentor}, tlf. {doc.phone}.", SMALL)]
        doc.traits += ["repeat-header-row", "split-over-pages"] if len(rows) > 28 else ["repeat-header-row"]
    elif subtype == "timesheet":
        title = "Timeregistrering – mentor"
        story += [P(title, TITLE)]
        hdr = Table([[label_cell("Mentor"), P(doc.mentor), label_cell("Måned"), P(f"{MONTHS[doc.start.month - 1]} {doc.start.year}")],
                     [label_cell("Borger (initialer)"), P("".join(x[0] for x in doc.citizen.split())), label_cell("Leverandør"), P(doc.provider)]],
                    colWidths=[32 * mm, 53 * mm, 28 * mm, 57 * mm])
        hdr.setStyle(TableStyle(grid_style()))
        story += [hdr, Spacer(1, 8)]
        rows = [[P("<b>Dato</b>"), P("<b>Fra</b>"), P("<b>Til</b>"), P("<b>Aktivitet</b>"), P("<b>Fremmøde</b>")]]
        d = doc.start
        for i in range(rng.randint(8, 40)):
            a = rng.choice(["Samtale på kontoret", "Følges til praktik", "Telefonopfølgning", "Møde på skolen", "Hjemmebesøg"])
            h0 = rng.randint(8, 13)
            rows.append([P(fmt_date(d, 1)), P(f"{h0}:00"), P(f"{h0 + rng.randint(1, 2)}:30"), P(a), P(box(rng.random() < .85))])
            d += dt.timedelta(days=rng.choice([1, 2, 3]))
        t = Table(rows, colWidths=[26 * mm, 18 * mm, 18 * mm, 83 * mm, 25 * mm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c6d5e8"))]))
        story += [t, Spacer(1, 10), P("Timesedlen sendes til jobcentret senest den 5. i efterfølgende måned sammen med fakturaen.", SMALL)]
        doc.traits += ["repeat-header-row", "checkbox-column"]
    else:  # status report
        title = rng.choice(["Statusrapport – mentorforløb", "Status på mentorforløb", "Midtvejsstatus fra mentor"])
        story += [P(title, TITLE)]
        hdr = Table([[label_cell("Borger"), P(doc.citizen), label_cell("Mentor"), P(f"{doc.mentor}, tlf. {doc.phone}")],
                     [label_cell("Periode for status"), P(f"{fmt_date(doc.start, 1)} – {fmt_date(add_months(doc.start, 2), 1)}"),
                      label_cell("Til"), P(f"{doc.cw}, Jobcenter {doc.muni}")]],
                    colWidths=[30 * mm, 55 * mm, 20 * mm, 65 * mm])
        hdr.setStyle(TableStyle(grid_style()))
        story += [hdr, Spacer(1, 8)]
        rows = [
            [label_cell("Hvordan er det gået?", "Beskriv kort forløbet siden sidste status"),
             P(f"{doc.first} er mødt op til 9 ud af 11 aftaler. Vi har arbejdet med at komme afsted om morgenen, og "
               f"{doc.first} tager nu selv bussen til praktikstedet.")],
            [label_cell("Progression i forhold til målet"),
             P(f"Målet om praktik 15 timer om ugen er delvist nået: {doc.first} er oppe på 12 timer. Næste delmål er 15 timer fra næste måned.")],
            [label_cell("Udfordringer"), P("Søvn og økonomi fylder stadig. Der er aftalt møde med gældsrådgivningen.")],
            [label_cell("Mentors anbefaling"),
             P(f"{box(True)} Forløbet fortsætter som aftalt<br/>{box(False)} Forløbet bør justeres<br/>{box(False)} Forløbet bør afsluttes")],
            [label_cell("Anvendte timer"), P("Ca. 2 timer om ugen, i alt 17 timer i perioden.")],
        ]
        t = Table(rows, colWidths=[55 * mm, 115 * mm])
        t.setStyle(TableStyle(grid_style(rng.choice(["TOP", "MIDDLE", "BOTTOM"]))))
        story += [t, Spacer(1, 10), P(f"Status sendt til sagsbehandler. Næste status om 4 uger. Med venlig hilsen {doc.mentor}")]
        doc.traits += ["checkbox-column"]
    build_pdf(path, story, doc, title)
    return title


# ----------------------------------------------------------------------------------------
# LibreOffice: DOCX forms (python-docx) converted to PDF in one soffice call
# ----------------------------------------------------------------------------------------
def render_form_docx(doc: Doc, kind: str, path: Path, defects: dict, style: dict):
    from docx import Document
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Mm

    rng = doc.rng
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Mm(20)
        hp = s.header.paragraphs[0]
        hp.text = f"{doc.muni} Kommune · Jobcenter"
        fp = s.footer.paragraphs[0]
        fp.text = "Side "
        r = fp.add_run()
        for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if tag:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), tag)
            else:
                e = OxmlElement("w:instrText")
                e.text = txt
            r._r.append(e)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if kind == "agreement":
        title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentor efter § 167"])
    else:
        title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan · Indsats: Mentor"])
    h = d.add_paragraph()
    rr = h.add_run(title)
    rr.bold = True
    rr.font.size = Pt(16)

    def shade(cell, color="E7EEF6"):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:fill"), color)
        tcPr.append(sh)

    def set_label(cell, text, hint=None):
        cell.text = ""
        p = cell.paragraphs[0]
        rr = p.add_run(text)
        rr.bold = True
        if hint:
            p2 = cell.add_paragraph()
            r2 = p2.add_run(hint)
            r2.font.size = Pt(8)
            r2.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        shade(cell)

    def set_value(cell, v):
        cell.text = ""
        if isinstance(v, list):
            first = True
            for x in v:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                p.add_run(("• " if len(v) > 1 else "") + x)
                first = False
        else:
            lines = v.split("<br/>")
            cell.paragraphs[0].add_run(lines[0])
            for x in lines[1:]:
                cell.add_paragraph(x)

    # header 4-column
    ht = d.add_table(rows=2, cols=4)
    ht.style = "Table Grid"
    set_label(ht.cell(0, 0), "Borger")
    set_value(ht.cell(0, 1), doc.citizen)
    set_label(ht.cell(0, 2), "CPR-nr." if doc.cpr else "Dato")
    set_value(ht.cell(0, 3), doc.cpr or fmt_date(doc.start - dt.timedelta(days=5), doc.dstyle))
    set_label(ht.cell(1, 0), "Sagsbehandler")
    set_value(ht.cell(1, 1), doc.cw)
    set_label(ht.cell(1, 2), "Telefon")
    set_value(ht.cell(1, 3), doc.cw_phone)
    doc.traits.append("four-col-header")
    d.add_paragraph()

    keys = ["goal", "mentor", "tasks", "duration", "hours"] + (["follow_up", "appeal"] if kind == "agreement" else [])
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0]
    m = hdr.cells[0].merge(hdr.cells[1])
    m.text = ""
    m.paragraphs[0].add_run("Aftalens indhold" if kind == "agreement" else "Indsats: Mentorstøtte").bold = True
    shade(m, "C6D5E8")
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    doc.traits.append("repeat-header-row")
    valign = {"TOP": WD_ALIGN_VERTICAL.TOP, "MIDDLE": WD_ALIGN_VERTICAL.CENTER, "BOTTOM": WD_ALIGN_VERTICAL.BOTTOM}[style["valign"]]
    doc.traits.append(f"valign:{style['valign'].lower()}")
    for k in keys:
        dfc = defects.get(k)
        v = {"goal": lambda: doc.goal(dfc), "mentor": lambda: doc.mentor_value(dfc), "tasks": lambda: doc.tasks(dfc),
             "duration": lambda: doc.period_text(dfc), "hours": lambda: doc.hours(dfc),
             "follow_up": lambda: doc.follow_up(dfc), "appeal": lambda: doc.appeal(dfc)}[k]()
        lab = rng.choice(LABELS[k])
        hint = HINTS[k] if style["hints"] and rng.random() < .8 else None
        if style["split_rows"] and isinstance(v, list) and len(v) > 1:
            cells = []
            for x in v:
                row = t.add_row()
                set_value(row.cells[1], x)
                cells.append(row.cells[0])
            merged = cells[0].merge(cells[-1])
            set_label(merged, lab, hint)
            merged.vertical_alignment = valign
            doc.traits.append("value-spans-rows")
            continue
        row = t.add_row()
        set_label(row.cells[0], lab, hint)
        set_value(row.cells[1], v)
        row.cells[0].vertical_alignment = valign
        if style["tall"]:
            row.height = Mm(22)
    t.autofit = False
    t.columns[0].width = Mm(55)
    t.columns[1].width = Mm(115)
    for row in t.rows:
        row.cells[0].width = Mm(55)
        row.cells[1].width = Mm(115)
    if style["padding_rows"]:
        doc.traits.append("split-over-pages")
        for lab, txt in [("Mødested", f"{doc.provider}, {doc.muni}, eller efter aftale på praktikstedet."),
                         ("Aftaler om fravær", "Ved sygdom giver borgeren besked til mentor inden kl. 9."),
                         ("Transport", "Borgeren transporterer sig selv. Befordring efter gældende regler."),
                         ("Tavshedspligt", "Mentor har tavshedspligt og videregiver kun nødvendige oplysninger."),
                         ("Ændringer", "Ændringer aftales med sagsbehandler og noteres i Min Plan."),
                         ("Ophør", "Aftalen ophører ved periodens udløb eller ved flytning til en anden kommune."),
                         ("Persondata", "Oplysningerne behandles efter databeskyttelsesforordningen."),
                         ("Bemærkninger", "Ingen."),
                         ("Kopi til", "Borger, mentor og sagsakt."),
                         ("Bilag", "Ingen.")]:
            row = t.add_row()
            set_label(row.cells[0], lab)
            set_value(row.cells[1], txt)
            row.cells[0].width = Mm(55)
            row.cells[1].width = Mm(115)
            if style["tall"]:
                row.height = Mm(16)
    if style["tall"]:
        doc.traits.append("tall-cells")
    d.add_paragraph()
    if kind == "agreement":
        sg = d.add_table(rows=2, cols=3)
        sg.style = "Table Grid"
        for i, x in enumerate(["Underskrift borger", "Underskrift mentor", "Underskrift kommunen"]):
            sg.cell(0, i).text = x
    d.save(str(path))
    return title


# ----------------------------------------------------------------------------------------
# plan
# ----------------------------------------------------------------------------------------
AGR_DEFECTS = [None, None, None, None, None, {"goal": "missing"}, {"goal": "vague"}, {"mentor": "missing"},
               {"tasks": "missing"}, {"duration": "missing"}, {"duration": "over"}, {"hours": "missing"},
               {"follow_up": "missing"}, {"appeal": "missing"}, {"appeal": "direct"},
               {"tasks": "missing", "hours": "missing"}, {"goal": "vague", "duration": "over"},
               {"follow_up": "missing"}, {"duration": "over"}, {"goal": "missing", "follow_up": "missing"}]
MP_DEFECTS = [None, None, None, {"goal": "missing"}, {"goal": "vague"}, {"mentor": "missing"}, {"tasks": "missing"},
              {"duration": "over"}, {"hours": "missing"}, {"duration": "missing"}]
DEC_DEFECTS = [("grant", {}), ("grant", {}), ("grant", {"appeal": "missing"}), ("grant", {"duration": "over"}),
               ("partial", {}), ("partial", {"reasons": "missing"}), ("partial", {"appeal": "absent"}),
               ("refusal", {}), ("refusal", {"reasons": "missing"}), ("refusal", {"appeal": "direct"}),
               ("grant", {"appeal": "absent"})]


def random_style(rng, sidecard_ok=True):
    return {"valign": rng.choice(["TOP", "MIDDLE", "BOTTOM"]), "hints": rng.random() < .55,
            "cb_hours": rng.random() < .2, "cb_follow": rng.random() < .2,
            "sidecard": sidecard_ok and rng.random() < .25, "four_col": rng.random() < .5,
            "header_row": rng.random() < .6, "split_rows": rng.random() < .45, "tall": rng.random() < .4,
            "padding_rows": rng.random() < .25}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    docx_jobs = []  # (docx path, final pdf path, entry)

    plan = ([("agreement", "rl")] * 34 + [("agreement", "lo")] * 12 + [("minplan", "rl")] * 14 + [("minplan", "lo")] * 6
            + [("decision", "rl")] * 14 + [("unknown", "invoice")] * 7 + [("unknown", "timesheet")] * 6
            + [("unknown", "status")] * 7)
    # defects are dealt from shuffled decks, so each kind gets an even spread of them
    decks = {"agreement": AGR_DEFECTS, "minplan": MP_DEFECTS, "decision": DEC_DEFECTS}
    dealt = {k: [] for k in decks}

    def deal(kind):
        if not dealt[kind]:
            deck = list(decks[kind])
            rng.shuffle(deck)
            dealt[kind] = deck
        return dealt[kind].pop()

    for i, (kind, how) in enumerate(plan):
        doc = Doc(random.Random(rng.randrange(1 << 30)), i)
        folder = out / f"{doc.muni.lower().replace('æ', 'ae').replace('ø', 'oe').replace('å', 'aa')}"
        folder.mkdir(exist_ok=True)
        subtype = kind
        layout = "form-table"
        if kind in ("agreement", "minplan"):
            defects = dict(deal(kind) or {})
            style = random_style(doc.rng, sidecard_ok=(how == "rl"))
            if style["sidecard"] and defects.get("mentor") == "missing":
                pass
            name = f"{i:03d}-{'aftale' if kind == 'agreement' else 'minplan'}-{doc.first.lower()}.pdf"
            if how == "rl":
                render_form_rl(doc, kind, folder / name, defects, style)
                doc.traits.append("producer:reportlab")
                if style["sidecard"]:
                    layout = "form-sidecard"
            else:
                dx = Path(tempfile.gettempdir()) / "dl_docx" / name.replace(".pdf", ".docx")
                dx.parent.mkdir(exist_ok=True)
                render_form_docx(doc, kind, dx, defects, style)
                doc.traits.append("producer:libreoffice")
                layout = "form-libreoffice"
                docx_jobs.append((dx, folder / name))
        elif kind == "decision":
            subtype, defects = deal("decision")
            layout = "decision-form"
            name = f"{i:03d}-afgoerelse-{doc.first.lower()}.pdf"
            render_decision_rl(doc, folder / name, defects, subtype)
            subtype = f"decision-{subtype}"
            doc.traits.append("producer:reportlab")
        else:
            subtype = {"invoice": "invoice", "timesheet": "timesheet", "status": "statusrapport"}[how]
            name = f"{i:03d}-{subtype}-{doc.first.lower()}.pdf"
            render_unknown_rl(doc, folder / name, how)
            layout = "form-table" if how == "status" else "ledger-table"
            doc.traits += ["producer:reportlab", "not-a-mentor-document-kind"]
        mnc = []
        if doc.cpr:
            mnc = [doc.cpr, doc.cpr.replace("-", "")]
            doc.traits.append("cpr")
        e = {"path": str((folder / name).relative_to(out)), "format": "pdf", "kind": kind, "subtype": subtype,
             "layout": layout, "rules": sorted(doc.rules), "extras": sorted(doc.extras), "error": None,
             "accept_errors": [], "must_not_contain": mnc, "traits": sorted(set(doc.traits))}
        if doc.period and kind != "unknown":
            e["period"] = doc.period
        entries.append(e)

    if docx_jobs:
        outdir = Path(tempfile.gettempdir()) / "dl_pdf"
        if outdir.exists():
            shutil.rmtree(outdir)
        outdir.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_dl_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(a) for a, _ in docx_jobs],
                       check=True, capture_output=True, timeout=900)
        for dx, final in docx_jobs:
            shutil.move(str(outdir / (dx.stem + ".pdf")), str(final))
    # traits from the files as written: page count, and whether a table really crosses a page
    import pypdfium2
    for e in entries:
        pdf = pypdfium2.PdfDocument(str(out / e["path"]))
        n = len(pdf)
        pdf.close()
        tr = set(e["traits"]) - {"split-over-pages"}
        tr.add(f"pages:{n}")
        if n > 1:
            tr.add("split-over-pages")
        e["traits"] = sorted(tr)
    # sanity: every rule label must be one the kind can carry
    from_manifest = {"agreement": None, "minplan": {"missing-follow-up", "missing-appeal-guidance"},
                     "decision": None, "unknown": None}
    for e in entries:
        bad = from_manifest.get(e["kind"])
        if bad and set(e["rules"]) & bad:
            raise SystemExit(f"label error in {e['path']}")
    (out / "EXPECTED.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True)
                                                   for e in sorted(entries, key=lambda e: e["path"])) + "\n",
                                        encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
