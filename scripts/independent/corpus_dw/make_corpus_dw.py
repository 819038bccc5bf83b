#!/usr/bin/env python3
"""Independent corpus "dw": mentor support for young people (18-29) on uddannelseshjælp and in
education (ungeenheder, KUI/UU, FGU, STU, EUD, VUC), plus Min Plan entries, decision letters and
near-miss documents (a school's own mentorordning, an FGU progress plan, an uddannelsesplan).

Written from /work/shared/domain.md, the seeds and the rule docs only.

    python make_corpus_dw.py --out /work/corpora/dw
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from email.message import EmailMessage
from pathlib import Path

SEED = 1029
RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
MINPLAN_RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                 "missing-hours", "duration-over-6-months", "unclear-goal")
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

FIRST = ["Mathias", "Sofie", "Ahmed", "Emma", "Oliver", "Ida", "Noah", "Freja", "Yusuf", "Laura",
         "Mikkel", "Amalie", "Jonas", "Sara", "Lucas", "Nanna", "Emil", "Josefine", "Ali", "Clara",
         "Frederik", "Maja", "Kasper", "Alberte", "Malthe", "Cecilie", "Hamza", "Signe"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Yilmaz",
        "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Holm", "Abdi", "Østergaard"]
KOMMUNER = ["Holbæk", "Næstved", "Vejle", "Herning", "Viborg", "Slagelse", "Horsens", "Randers",
            "Svendborg", "Hjørring", "Kolding", "Guldborgsund"]
UNGEENHED = ["Ungeenheden", "Ungeindsatsen", "UngeCentret", "Ungdomsenheden", "Unge & Uddannelse",
             "KUI – Kommunal Ungeindsats"]
SCHOOLS = [
    ("FGU", "FGU {by}, afdeling {by}", "Produktionsgrunduddannelse (PGU), værkstedet Mad og Sundhed"),
    ("FGU", "FGU {by}", "Almen grunduddannelse (AGU), niveau 2 i dansk og matematik"),
    ("FGU", "FGU {by}", "Erhvervsgrunduddannelse (EGU) med praktik"),
    ("EUD", "{by} Tekniske Skole", "grundforløb 2 til tømrer"),
    ("EUD", "Erhvervsskolen {by}", "grundforløb 1, Fødevarer, jordbrug og oplevelser"),
    ("EUX", "Tech College {by}", "EUX Business, 1. skoleperiode"),
    ("SOSU", "SOSU-skolen {by}", "social- og sundhedshjælperuddannelsen"),
    ("VUC", "VUC {by}", "HF-enkeltfag dansk C og matematik C"),
    ("VUC", "VUC {by}", "FVU-matematik trin 2 og OBU"),
    ("STU", "STU {by} (Særligt Tilrettelagt Ungdomsuddannelse)", "2. år af STU med praktik"),
    ("HF", "{by} Gymnasium & HF", "2-årig HF, 1. år"),
]
FIRMS = ["Netto", "Bilka", "Jysk", "Dagli'Brugsen", "Kvickly", "Bauhaus", "Silvan", "Føtex",
         "plejecenter Solgården", "Autohuset Nord", "Cafe Stjernen", "Lagerhotellet ApS"]
MENTOR_ORGS = ["Ungementorkorpset", "Mentorhuset", "Ungeindsatsens mentorteam", "Brobyggerne ApS",
               "JobVej Mentor", "Ungdomsskolens mentorordning"]


def d(y, m, day):
    return dt.date(y, m, day)


def fmt_date(x: dt.date, style: int) -> str:
    if style == 0:
        return f"{x.day}. {MONTHS[x.month - 1]} {x.year}"
    if style == 1:
        return f"{x.day:02d}.{x.month:02d}.{x.year}"
    if style == 2:
        return f"{x.day}/{x.month} {x.year}"
    if style == 3:
        return f"{x.day}.{x.month}.{str(x.year)[2:]}"
    if style == 4:
        return x.isoformat()
    return f"d. {x.day}. {MONTHS[x.month - 1][:3]}. {x.year}"


def add_months(x: dt.date, n: int) -> dt.date:
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1]))


# School-term-aligned periods: (start, end, over6?)
OK_PERIODS = [
    (d(2026, 8, 10), d(2026, 12, 18)),   # efterårssemester
    (d(2027, 1, 4), d(2027, 6, 25)),     # forårssemester
    (d(2026, 8, 1), d(2027, 1, 31)),     # exactly six months
    (d(2026, 9, 1), d(2027, 2, 28)),
    (d(2026, 10, 1), d(2027, 3, 31)),
    (d(2026, 11, 16), d(2027, 4, 30)),
    (d(2026, 6, 15), d(2026, 12, 14)),
    (d(2027, 2, 1), d(2027, 7, 31)),
]
OVER_PERIODS = [
    (d(2026, 8, 10), d(2027, 6, 25)),    # whole school year
    (d(2026, 8, 1), d(2027, 6, 30)),
    (d(2026, 9, 1), d(2027, 3, 31)),     # seven months
    (d(2026, 8, 17), d(2027, 2, 26)),    # GF2 period, just over
    (d(2027, 1, 4), d(2027, 12, 17)),
]


class Doc:
    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        self.idx = idx
        self.by = rng.choice(KOMMUNER)
        self.citizen = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cfirst = self.citizen.split()[0]
        self.mentor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.mfirst = self.mentor.split()[0]
        self.cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.unit = rng.choice(UNGEENHED)
        sk = rng.choice(SCHOOLS)
        self.stype, self.school, self.programme = sk[0], sk[1].format(by=self.by), sk[2]
        self.firm = rng.choice(FIRMS)
        self.age = rng.randint(18, 29)
        self.phone = " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        self.cw_phone = " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        slug = self.by.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.slug = slug
        self.mail = f"{self.mfirst.lower()}.{self.mentor.split()[1].lower()}@{slug}.dk".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        self.cw_mail = f"{self.cw.split()[0].lower()[:3]}{self.cw.split()[1].lower()[:2]}@{slug}.dk".replace("ø", "o").replace("æ", "ae").replace("å", "a")
        self.sagsnr = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-A{rng.randint(10, 99)}-{rng.randint(1, 9999)}-26"
        self.cpr = None
        self.mentor_is_school = rng.random() < 0.45
        self.mentor_role = (rng.choice(["kontaktlærer", "studievejleder", "FGU-vejleder", "mentor på skolen",
                                        "elevcoach"]) if self.mentor_is_school else
                            rng.choice(["ungementor", "uddannelsesmentor", "mentor i Ungeindsatsen",
                                        "kommunal ungementor"]))
        self.mentor_place = self.school if self.mentor_is_school else f"{self.unit}, {self.by} Kommune"
        self.dstyle = rng.randint(0, 5)

    def make_cpr(self):
        r = self.rng
        day, mon, yr = r.randint(1, 28), r.randint(1, 12), r.randint(97, 99) if r.random() < .5 else r.randint(0, 8)
        self.cpr = f"{day:02d}{mon:02d}{yr:02d}-{r.randint(1000, 9999)}"
        return self.cpr


# ----------------------------------------------------------------------------- field texts

def goal_text(doc: Doc, vague: bool) -> str:
    r, n = doc.rng, doc.cfirst
    if vague:
        return r.choice([
            f"At {n} kommer videre i livet.",
            f"{n} skal komme videre i livet og få mere struktur på hverdagen.",
            "Øget trivsel og selvværd, så hverdagen hænger bedre sammen.",
            f"Støtte til at {n} får det bedre og finder motivationen igen.",
            f"At {n} kommer tættere på arbejdsmarkedet og får det godt.",
            "Mere ro og overskud i hverdagen.",
        ])
    return r.choice([
        f"{n} gennemfører {doc.programme} på {doc.school} med et fremmøde på mindst 85 % og er "
        f"optaget på næste trin senest ved semesterets afslutning.",
        f"{n} møder stabilt på {doc.school} (mindst fire dage om ugen) og består de afsluttende prøver i "
        f"{doc.programme} til sommereksamen 2027.",
        f"At {n} fastholdes i {doc.stype}-forløbet ({doc.programme}) og har afleveret alle opgaver til tiden, "
        f"så {n} kan søge elevplads hos {doc.firm} i foråret 2027.",
        f"{n} starter på {doc.school} i januar 2027 og har ved periodens udløb under 10 % fravær.",
        f"{n} gennemfører praktikdelen hos {doc.firm} 12 timer om ugen som en del af {doc.programme}.",
        f"{n} er ved periodens slutning i gang med {doc.programme} og modtager SU i stedet for uddannelseshjælp.",
    ])


def task_items(doc: Doc) -> list[str]:
    r, n = doc.rng, doc.cfirst
    pool = [
        "lektiehjælp og overblik over afleveringer i Lectio",
        f"vækkeopkald/sms om morgenen, når {n} ikke er mødt ind",
        "opfølgning på fremmøde sammen med kontaktlæreren",
        "hjælp til at søge SU og få styr på SU-kortet på minSU",
        "hjælp til at finde en ungdomsbolig eller et værelse tæt på skolen",
        "følges med til det første møde med studievejlederen",
        "hjælp til at åbne og svare på post i e-Boks",
        "planlægning af ugen og et simpelt budget",
        "kontakt til læge/psykolog, når det er aftalt med " + n,
        "forberedelse til praktiksamtale og ansøgning om elevplads",
        "hjælp til transport (ungdomskort) og at finde ruten til skolen",
    ]
    return r.sample(pool, r.randint(3, 5))


def hours_text(doc: Doc, vague: bool) -> str:
    r = doc.rng
    if vague:
        return r.choice(["efter behov", "et par timer om ugen, efter aftale", "løbende efter behov",
                         "Timetallet aftales løbende mellem mentor og den unge."])
    return r.choice(["2 timer pr. uge", "8 timer om måneden", "1½ time om ugen", "halvanden time ugentligt",
                     "3 timer pr. uge i de første 4 uger, derefter 2 timer pr. uge", "2-3 timer om ugen",
                     "40 timer pr. semester (ca. 2 timer om ugen)", "6 timer pr. måned",
                     "to timer om ugen", "4 t/uge"])


def follow_text(doc: Doc) -> str:
    r = doc.rng
    return r.choice([
        f"Statusmøde hver 4. uge med {doc.cfirst}, mentor og {doc.cw} fra {doc.unit}. Evaluering 14 dage før perioden udløber.",
        "Vi følger op på fremmøde og delmål én gang om måneden. Midtvejsevaluering i uge 44.",
        f"Opfølgning på skolen ved skoleperiodens midte og ved afslutningen. Progressionen måles på fremmøde (registreret i Lectio) og afleverede opgaver.",
        f"Sagsbehandler følger op hver 6. uge. Mentor sender en kort status før hvert møde.",
    ])


def appeal_text(doc: Doc, kind: str) -> str:
    """kind: full | incomplete | wrongroute"""
    if kind == "full":
        return doc.rng.choice([
            f"Hvis du ikke er enig i afgørelsen, kan du klage til {doc.by} Kommune, {doc.unit}. Klagen skal være "
            "modtaget inden 4 uger fra den dag, du har fået afgørelsen. Du kan klage skriftligt eller mundtligt. "
            "Kommunen genvurderer afgørelsen, og hvis den fastholdes, sendes klagen videre til Ankestyrelsen, "
            "jf. lov om aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
            "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. Kommunen skal så "
            "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin "
            "afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
        ])
    if kind == "wrongroute":
        return ("Du kan klage over afgørelsen direkte til Ankestyrelsen, 7998 Statsservice. Klagen skal være "
                "modtaget senest 4 uger efter, at du har fået denne afgørelse.")
    return doc.rng.choice(["Du kan klage over afgørelsen.",
                           f"Er du uenig, kan du kontakte {doc.unit} og klage."])


PLACEHOLDERS = ["Klik eller tryk her for at skrive tekst.", "Udfyldes senere", "-", "xx"]


# ----------------------------------------------------------------------------- spec building

def build_agreement(doc: Doc, defects: set[str], appeal_kind="full"):
    """Return ordered list of (label, value) where value is str or list[str]; None = omit field,
    "" placeholder handled by renderer."""
    r = doc.rng
    lab = {}
    lab["goal"] = r.choice(["Mål for mentorstøtten", "Målet med mentorstøtten", "Formål", "Hvad er målet?",
                            f"{doc.cfirst}s mål", "Mål og delmål", "Uddannelsesmål"])
    lab["mentor"] = r.choice(["Mentor", "Mentors kontaktdata", "Din mentor", "Mentorens navn og kontaktdata"])
    lab["tasks"] = r.choice(["Mentorens opgaver", "Hvad skal mentor hjælpe med?",
                             f"{doc.mfirst} skal hjælpe dig med:", "Indsatsområder", "Opgaver"])
    lab["period"] = r.choice(["Periode", "Varighed", "Aftalens varighed", "Bevilget i perioden"])
    lab["hours"] = r.choice(["Timetal", "Antal timer", "Omfang", "Timer"])
    lab["follow"] = r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering", "Sådan følger vi op"])
    lab["appeal"] = r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])
    fields = {}
    ph = None
    if "placeholder" in defects:
        ph = r.choice(PLACEHOLDERS)
    def put(key, val, rule):
        if rule in defects:
            if "placeholder" in defects and key in ("goal", "tasks", "hours", "mentor", "period", "follow"):
                fields[key] = ph
            else:
                fields[key] = None
        else:
            fields[key] = val
    put("goal", goal_text(doc, "unclear-goal" in defects), "missing-goal")
    mentor_val = [f"{doc.mentor}, {doc.mentor_role}", doc.mentor_place, f"Tlf. {doc.phone}", doc.mail]
    if "mentor-no-contact" in defects:
        mentor_val = [f"{doc.mentor}, {doc.mentor_role}", doc.mentor_place]
    put("mentor", mentor_val, "missing-mentor")
    put("tasks", task_items(doc), "missing-tasks")
    p = doc.period
    period_val = (f"{fmt_date(p[0], doc.dstyle)} – {fmt_date(p[1], doc.dstyle)}" if p else None)
    put("period", period_val, "missing-duration")
    hv = hours_text(doc, "vague-hours" in defects)
    put("hours", hv, "missing-hours")
    put("follow", follow_text(doc), "missing-follow-up")
    put("appeal", appeal_text(doc, appeal_kind), "missing-appeal-guidance")
    if "missing-appeal-guidance" in defects and appeal_kind == "incomplete":
        fields["appeal"] = appeal_text(doc, "incomplete")
    return lab, fields


def expected_rules(defects: set[str], kind: str) -> list[str]:
    out = set()
    for x in defects:
        if x in RULES9:
            out.add(x)
        if x == "vague-hours":
            out.add("missing-hours")
        if x == "mentor-no-contact":
            out.add("missing-mentor")
    allowed = {"agreement": RULES9, "minplan": MINPLAN_RULES,
               "decision": RULES9, "unknown": ()}[kind]
    return sorted(r for r in out if r in allowed)


# ----------------------------------------------------------------------------- text assembly

def agreement_blocks(doc: Doc, lab, fields, style: str):
    """Return a list of blocks: ("h", text) | ("p", text) | ("ul", [items]) | ("kv", label, value) |
    ("table", rows)."""
    r = doc.rng
    title = r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om uddannelsesmentor",
                      "Aftale om mentorstøtte under uddannelse", "Mentoraftale – uddannelseshjælp"])
    head = [("title", title),
            ("p", f"{doc.by} Kommune · {doc.unit}"),
            ("kv", "Navn", doc.citizen)]
    if doc.cpr:
        head.append(("kv", "CPR-nr.", doc.cpr))
    head += [("kv", "Sagsnr.", doc.sagsnr),
             ("kv", "Uddannelse", f"{doc.programme}, {doc.school}"),
             ("kv", "Ydelse", "Uddannelseshjælp (aktivitetsparat)" if r.random() < .6 else "Uddannelseshjælp (uddannelsesparat, uddannelsespålæg)")]
    head.append(("p", "Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats § 167 og går ud over den "
                      "støtte, skolen selv tilbyder (fx lektiecafé og SPS)."))
    order = ["goal", "mentor", "tasks", "period", "hours", "follow", "appeal"]
    if r.random() < .4:
        order = ["goal", "tasks", "mentor", "hours", "period", "follow", "appeal"]
    body = []
    for k in order:
        v = fields.get(k)
        if v is None:
            continue
        if k == "tasks" and isinstance(v, list):
            body.append(("field", lab[k], v))
        elif k == "mentor" and isinstance(v, list):
            body.append(("field", lab[k], v))
        else:
            body.append(("field", lab[k], v))
    tail = [("p", f"{doc.by}, {fmt_date(d(2026, r.randint(6, 11), r.randint(1, 28)), 0)}"),
            ("p", f"Underskrift, {doc.citizen}          Underskrift, {doc.cw}, {doc.unit}")]
    return head, body, tail


def to_text(head, body, tail, style: str) -> str:
    out = []
    for b in head:
        if b[0] == "title":
            out.append(b[1] if style != "md" else f"# {b[1]}")
            out.append("=" * len(b[1]) if style == "underline" else "")
        elif b[0] == "kv":
            out.append(f"{b[1]}: {b[2]}")
        else:
            out.append(b[1])
            out.append("")
    out.append("")
    for n, b in enumerate(body, 1):
        _, label, val = b
        if style == "md":
            out.append(f"## {label}")
        elif style == "numbered":
            out.append(f"{n}. {label}")
        elif style == "caps":
            out.append(label.upper())
        else:
            out.append(label if label.endswith(":") else label + ":")
        if isinstance(val, list):
            out.extend(f"- {x}" for x in val)
        else:
            out.append(val)
        out.append("")
    for b in tail:
        out.append(b[1])
    return "\n".join(out) + "\n"


def wrap(text: str, width=78) -> str:
    import textwrap
    res = []
    for line in text.split("\n"):
        if len(line) > width and not line.startswith("- "):
            res.extend(textwrap.wrap(line, width))
        else:
            res.append(line)
    return "\n".join(res)


# ----------------------------------------------------------------------------- writers

def write_docx(path: Path, head, body, tail, table: bool, sdt_placeholder_for=None, footer_text=None):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    document = Document()
    for b in head:
        if b[0] == "title":
            document.add_heading(b[1], level=1)
        elif b[0] == "kv":
            p = document.add_paragraph()
            p.add_run(f"{b[1]}: ").bold = True
            p.add_run(b[2])
        else:
            document.add_paragraph(b[1])
    if table:
        t = document.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for _, label, val in body:
            cells = t.add_row().cells
            cells[0].text = label.rstrip(":")
            if isinstance(val, list):
                cells[1].text = val[0]
                for x in val[1:]:
                    cells[1].add_paragraph(x)
            else:
                cells[1].text = val
                if sdt_placeholder_for and val == sdt_placeholder_for:
                    _make_sdt(cells[1].paragraphs[0], val)
    else:
        for _, label, val in body:
            document.add_heading(label.rstrip(":"), level=2)
            if isinstance(val, list):
                for x in val:
                    document.add_paragraph(x, style="List Bullet")
            else:
                p = document.add_paragraph(val)
                if sdt_placeholder_for and val == sdt_placeholder_for:
                    _make_sdt(p, val)
    for b in tail:
        document.add_paragraph(b[1])
    if footer_text:
        document.sections[0].footer.paragraphs[0].text = footer_text
    document.save(path)


def _make_sdt(paragraph, text):
    """Wrap the paragraph's runs in a content control showing Word's placeholder."""
    from docx.oxml import parse_xml
    p = paragraph._p
    for r in list(p.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r")):
        p.remove(r)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    sdt = parse_xml(
        f'<w:sdt {ns}><w:sdtPr><w:id w:val="{sum(map(ord, text)) % 100000}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
        f'</w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
        f'<w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>')
    p.append(sdt)


def write_pdf(path: Path, head, body, tail, table: bool):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    for b in head:
        if b[0] == "title":
            story.append(Paragraph(escape(b[1]), ss["Title"]))
        elif b[0] == "kv":
            story.append(Paragraph(f"<b>{escape(b[1])}:</b> {escape(b[2])}", ss["Normal"]))
        else:
            story.append(Paragraph(escape(b[1]), ss["Normal"]))
        story.append(Spacer(1, 4))
    if table:
        rows = []
        for _, label, val in body:
            v = "<br/>".join(escape(x) for x in val) if isinstance(val, list) else escape(val)
            rows.append([Paragraph(f"<b>{escape(label.rstrip(':'))}</b>", ss["Normal"]), Paragraph(v, ss["Normal"])])
        t = Table(rows, colWidths=[130, 340])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    else:
        for _, label, val in body:
            story.append(Paragraph(escape(label.rstrip(":")), ss["Heading3"]))
            if isinstance(val, list):
                for x in val:
                    story.append(Paragraph("• " + escape(x), ss["Normal"]))
            else:
                story.append(Paragraph(escape(val), ss["Normal"]))
    story.append(Spacer(1, 10))
    for b in tail:
        story.append(Paragraph(escape(b[1]), ss["Normal"]))
    SimpleDocTemplate(str(path), pagesize=A4, title=head[0][1] if head else "").build(story)


def write_html(path: Path, head, body, tail, mode: str):
    from html import escape
    h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>",
         escape(head[0][1]), "</title><script>var sessionTimeout=900; // mentor opgaver timer</script></head><body><div class='case'>"]
    for b in head:
        if b[0] == "title":
            h.append(f"<h1>{escape(b[1])}</h1>")
        elif b[0] == "kv":
            h.append(f"<div class='row'><span class='lbl'>{escape(b[1])}</span> <span class='val'>{escape(b[2])}</span></div>")
        else:
            h.append(f"<p>{escape(b[1])}</p>")
    if mode == "dl":
        h.append("<dl>")
        for _, label, val in body:
            h.append(f"<dt>{escape(label.rstrip(':'))}</dt><dd>")
            h.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in val) + "</ul>" if isinstance(val, list) else escape(val))
            h.append("</dd>")
        h.append("</dl>")
    elif mode == "table":
        h.append("<table border='1'>")
        for _, label, val in body:
            v = "<br>".join(escape(x) for x in val) if isinstance(val, list) else escape(val)
            h.append(f"<tr><th>{escape(label.rstrip(':'))}</th><td>{v}</td></tr>")
        h.append("</table>")
    else:
        for _, label, val in body:
            h.append(f"<div class='section'><div class='section-head'><h2>{escape(label.rstrip(':'))}</h2></div><div class='section-body'>")
            if isinstance(val, list):
                h.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in val) + "</ul>")
            else:
                h.append(f"<p>{escape(val)}</p>")
            h.append("</div></div>")
    for b in tail:
        h.append(f"<p>{escape(b[1])}</p>")
    h.append("</div></body></html>")
    path.write_text("\n".join(h), encoding="utf-8")


def write_odt(path: Path, head, body, tail):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, List, ListItem
    doc = OpenDocumentText()
    for b in head:
        if b[0] == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "kv":
            doc.text.addElement(P(text=f"{b[1]}: {b[2]}"))
        else:
            doc.text.addElement(P(text=b[1]))
    for _, label, val in body:
        doc.text.addElement(H(outlinelevel=2, text=label.rstrip(":")))
        if isinstance(val, list):
            lst = List()
            for x in val:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        else:
            doc.text.addElement(P(text=val))
    for b in tail:
        doc.text.addElement(P(text=b[1]))
    doc.save(str(path))


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


def write_rtf(path: Path, text: str, footer: str | None = None):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}"]
    if footer:
        parts.append(r"{\footer\pard\qc\fs16 " + rtf_escape(footer) + r"\par}")
    for line in text.split("\n"):
        parts.append(r"\pard\fs22 " + rtf_escape(line) + r"\par")
    parts.append("}")
    path.write_text("\n".join(parts), encoding="ascii")


def write_eml(path: Path, doc: Doc, subject: str, body: str, quoted: str | None = None):
    m = EmailMessage()
    m["From"] = f"{doc.cw} <{doc.cw_mail}>"
    m["To"] = f"{doc.citizen} <{doc.cfirst.lower()}{doc.rng.randint(10, 99)}@gmail.com>"
    m["Subject"] = subject
    m["Date"] = "Tue, 08 Sep 2026 10:14:00 +0200"
    sig = (f"\n\nVenlig hilsen\n{doc.cw}\nSagsbehandler, {doc.unit}\n{doc.by} Kommune\n"
           f"Direkte tlf. {doc.cw_phone}\n{doc.cw_mail}\n")
    text = body + sig
    if quoted:
        text += "\n" + "\n".join("> " + x for x in quoted.split("\n"))
    m.set_content(text)
    path.write_bytes(bytes(m))


# ----------------------------------------------------------------------------- document makers

def make_agreement(doc: Doc, out: Path, rel: str, fmt: str, defects: set[str], appeal_kind="full"):
    r = doc.rng
    lab, fields = build_agreement(doc, defects, appeal_kind)
    head, body, tail = agreement_blocks(doc, lab, fields, "")
    path = out / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    layout = "headings"
    if fmt == "txt":
        style = r.choice(["plain", "md", "numbered", "caps"])
        txt = to_text(head, body, tail, style)
        if r.random() < .4:
            txt = wrap(txt)
        path.write_text(txt, encoding="utf-8")
        layout = {"plain": "labels", "md": "markdown", "numbered": "numbered", "caps": "headings"}[style]
    elif fmt == "docx":
        table = r.random() < .5
        sdt = fields.get("goal") if fields.get("goal") in PLACEHOLDERS else None
        for k in ("tasks", "hours", "mentor", "period", "follow"):
            if fields.get(k) in PLACEHOLDERS:
                sdt = fields[k]
        write_docx(path, head, body, tail, table, sdt_placeholder_for=sdt,
                   footer_text=f"{doc.by} Kommune · {doc.unit} · Side 1")
        layout = "table" if table else "headings"
    elif fmt == "pdf":
        table = r.random() < .5
        write_pdf(path, head, body, tail, table)
        layout = "table" if table else "headings"
    elif fmt == "html":
        mode = r.choice(["dl", "table", "divs"])
        write_html(path, head, body, tail, mode)
        layout = mode
    elif fmt == "odt":
        write_odt(path, head, body, tail)
    elif fmt == "rtf":
        write_rtf(path, to_text(head, body, tail, "plain"), footer=f"{doc.by} Kommune – {doc.unit}")
        layout = "labels"
    return layout


def prose_agreement_text(doc: Doc, defects: set[str]) -> str:
    """A letter / e-mail body that carries the agreement as prose."""
    r = doc.rng
    n = doc.cfirst
    parts = [f"Kære {n}", "",
             f"Tak for mødet på {doc.school} i dag. Her er det, vi aftalte om din mentorstøtte. "
             f"Det er en aftale efter lov om en aktiv beskæftigelsesindsats § 167."]
    if "missing-goal" not in defects:
        g = goal_text(doc, "unclear-goal" in defects)
        parts.append(f"Vi har aftalt følgende mål for forløbet: {g}")
    if "missing-mentor" not in defects:
        parts.append(f"Din mentor er {doc.mentor}, som er {doc.mentor_role} ({doc.mentor_place}). "
                     f"Du kan fange {doc.mfirst} på tlf. {doc.phone} eller {doc.mail}.")
    if "missing-tasks" not in defects:
        items = task_items(doc)
        parts.append(f"{doc.mfirst} skal hjælpe dig med:")
        parts.extend(f"- {x}" for x in items)
    if "missing-duration" not in defects:
        p = doc.period
        parts.append(f"Aftalen gælder fra {fmt_date(p[0], 0)} til {fmt_date(p[1], 0)}.")
    if "vague-hours" in defects:
        parts.append("I mødes efter behov.")
    elif "missing-hours" not in defects:
        parts.append(f"I mødes {hours_text(doc, False)}, og I aftaler selv tidspunkterne.")
    if "missing-follow-up" not in defects:
        parts.append(follow_text(doc))
    if "missing-appeal-guidance" not in defects:
        parts.append("Klagevejledning")
        parts.append(appeal_text(doc, "full"))
    parts.append("")
    text = ""
    for x in parts:
        if not x:
            continue
        text += ("\n" if x.startswith("- ") or x.endswith(":") or not text else "\n\n") + x
    return text.lstrip("\n")


def make_prose(doc: Doc, out: Path, rel: str, fmt: str, defects: set[str]):
    path = out / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    body = prose_agreement_text(doc, defects)
    if doc.cpr:
        body = f"Vedr.: {doc.citizen}, cpr.nr. {doc.cpr}\n\n" + body
    if fmt == "eml":
        write_eml(path, doc, "Din aftale om mentorstøtte", body,
                  quoted=f"Hej {doc.cw.split()[0]}\nKan du sende mig det vi snakkede om?\nMvh {doc.cfirst}")
        return "email"
    path.write_text(f"{doc.by} Kommune\n{doc.unit}\n\nAftale om mentorstøtte\n\n" + body
                    + f"\nMed venlig hilsen\n{doc.cw}\n{doc.unit}\n", encoding="utf-8")
    return "letter"


def make_minplan(doc: Doc, out: Path, rel: str, fmt: str, defects: set[str]):
    r = doc.rng
    path = out / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    p = doc.period
    other = (f"{doc.programme}, {doc.school}", fmt_date(d(2026, 8, 10), 1), fmt_date(d(2027, 6, 25), 1))
    rows = [("Aktivitet", "Mentorstøtte (LAB § 167)")]
    if "missing-goal" not in defects:
        rows.append(("Formål", goal_text(doc, "unclear-goal" in defects)))
    if "missing-mentor" not in defects:
        if "mentor-no-contact" in defects:
            rows.append(("Mentor", f"{doc.mentor}, {doc.mentor_place}"))
        else:
            rows.append(("Mentor", f"{doc.mentor}, {doc.mentor_place}, tlf. {doc.phone}, {doc.mail}"))
    if "missing-tasks" not in defects:
        rows.append(("Mentorens opgaver", "; ".join(task_items(doc))))
    if "missing-duration" not in defects:
        rows.append(("Start", fmt_date(p[0], 1)))
        rows.append(("Slut", fmt_date(p[1], 1)))
    if "missing-hours" not in defects:
        rows.append(("Timer", hours_text(doc, "vague-hours" in defects)))
    path_layout = "minplan"
    header = [f"Min Plan – {doc.citizen}", f"Udskrevet fra Jobnet {fmt_date(d(2026, 9, r.randint(1, 28)), 1)}"]
    if doc.cpr:
        header.append(f"CPR-nummer: {doc.cpr}")
    intro = "Her kan du se de aktiviteter, du og kommunen har aftalt."
    if fmt == "html":
        from html import escape
        h = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Min Plan</title></head><body>",
             f"<header><h1>{escape(header[0])}</h1>" + "".join(f"<p>{escape(x)}</p>" for x in header[1:]) + "</header>",
             f"<p>{intro}</p>"]
        h.append("<section class='card'><h2>Mentorstøtte</h2><table>")
        h += [f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in rows]
        h.append("</table></section>")
        h.append("<section class='card'><h2>Uddannelse</h2><table>"
                 f"<tr><th>Aktivitet</th><td>{escape(other[0])}</td></tr><tr><th>Start</th><td>{other[1]}</td></tr>"
                 f"<tr><th>Slut</th><td>{other[2]}</td></tr><tr><th>Kontaktperson</th><td>Studievejleder, tlf. 70 10 20 30</td></tr></table></section>")
        h.append("</body></html>")
        path.write_text("\n".join(h), encoding="utf-8")
    else:
        lines = header + ["", intro, "", "MENTORSTØTTE"]
        lines += [f"{a}: {b}" for a, b in rows]
        lines += ["", "UDDANNELSE", f"Aktivitet: {other[0]}", f"Start: {other[1]}", f"Slut: {other[2]}",
                  "Kontaktperson: Studievejleder, tlf. 70 10 20 30", ""]
        if fmt == "pdf":
            from reportlab.lib.pagesizes import A4
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(str(path), pagesize=A4)
            y = 800
            for ln in lines:
                for piece in ([ln] if len(ln) < 95 else wrap(ln, 95).split("\n")):
                    c.setFont("Helvetica-Bold" if piece.isupper() or piece.startswith("Min Plan") else "Helvetica", 10)
                    c.drawString(50, y, piece)
                    y -= 14
            c.save()
        else:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path_layout


def decision_text(doc: Doc, defects: set[str], bilag: bool, partial: bool, reasons: bool, appeal_kind: str):
    r = doc.rng
    n = doc.cfirst
    p = doc.period
    lines = [f"{doc.by} Kommune", doc.unit, "", f"{doc.citizen}", f"Sagsnr. {doc.sagsnr}"]
    if doc.cpr:
        lines.append(f"CPR-nr. {doc.cpr}")
    lines += ["", "Afgørelse om mentorstøtte", ""]
    hours = hours_text(doc, False)
    if not partial:
        lines.append("Du har søgt om mentorstøtte, og du får fuldt ud medhold i din ansøgning.")
    if partial:
        lines.append(f"Du har søgt om mentorstøtte i 12 måneder med 5 timer om ugen, så du kan gennemføre "
                     f"{doc.programme}. Du får delvist medhold.")
    lines.append(f"{doc.unit} har bevilget dig mentorstøtte i perioden {fmt_date(p[0], 0)} til {fmt_date(p[1], 0)}, "
                 f"{hours}. Din mentor bliver {doc.mentor}, {doc.mentor_role}, {doc.mentor_place}.")
    if reasons:
        lines += ["", "Begrundelse",
                  f"Vi har lagt vægt på, at du er {doc.age} år, modtager uddannelseshjælp og er startet på "
                  f"{doc.school}, men at du har haft højt fravær i første skoleperiode. Mentorstøtten skal hjælpe dig "
                  "med at fastholde uddannelsen. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats "
                  "§ 167, stk. 1, hvorefter mentorstøtte gives i højst 6 måneder ad gangen."
                  + (" Vi vurderer, at 2 timer om ugen i et halvt år er tilstrækkeligt, fordi skolen også tilbyder "
                     "lektiecafé." if partial else "")]
    if appeal_kind != "none":
        lines += ["", "Klagevejledning", appeal_text(doc, appeal_kind)]
    if bilag:
        lab, fields = build_agreement(doc, defects - {"missing-appeal-guidance", "duration-over-6-months"})
        lines += ["", "Bilag 1: Aftale om mentorstøtte", ""]
        for k in ["goal", "mentor", "tasks", "period", "hours", "follow"]:
            v = fields.get(k)
            if v is None:
                continue
            lines.append(lab[k].rstrip(":") + ":")
            lines.extend(f"- {x}" for x in v) if isinstance(v, list) else lines.append(v)
            lines.append("")
    lines += ["", "Med venlig hilsen", doc.cw, f"{doc.unit}, tlf. {doc.cw_phone}"]
    return "\n".join(lines) + "\n"


def make_decision(doc: Doc, out: Path, rel: str, fmt: str, defects: set[str], bilag: bool, partial: bool,
                  reasons: bool, appeal_kind: str):
    path = out / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    text = decision_text(doc, defects, bilag, partial, reasons, appeal_kind)
    if fmt == "txt":
        path.write_text(text, encoding="utf-8")
    elif fmt == "rtf":
        write_rtf(path, text, footer=f"{doc.by} Kommune · {doc.unit} · Side 1 af 1")
    elif fmt == "docx":
        from docx import Document
        document = Document()
        for ln in text.split("\n"):
            if ln in ("Afgørelse om mentorstøtte",):
                document.add_heading(ln, 1)
            elif ln in ("Begrundelse", "Klagevejledning") or ln.startswith("Bilag 1"):
                document.add_heading(ln, 2)
            elif ln.startswith("- "):
                document.add_paragraph(ln[2:], style="List Bullet")
            elif ln:
                document.add_paragraph(ln)
        document.save(path)
    elif fmt == "pdf":
        head = [("title", "Afgørelse om mentorstøtte")]
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
        from xml.sax.saxutils import escape
        ss = getSampleStyleSheet()
        story = []
        for ln in text.split("\n"):
            if ln == "Afgørelse om mentorstøtte":
                story.append(Paragraph(ln, ss["Title"]))
            elif ln in ("Begrundelse", "Klagevejledning") or ln.startswith("Bilag 1"):
                story.append(Paragraph(escape(ln), ss["Heading3"]))
            elif ln:
                story.append(Paragraph(escape(ln.replace("- ", "• ", 1) if ln.startswith("- ") else ln), ss["Normal"]))
            else:
                story.append(Spacer(1, 6))
        SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return "letter-bilag" if bilag else "letter"


# ----------------------------------------------------------------------------- near misses

def unknown_docs(doc: Doc, sub: str) -> str:
    r = doc.rng
    n = doc.cfirst
    if sub == "skolens-mentorordning":
        return (f"Mentorordning på {doc.school}\n\n"
                f"På {doc.school} kan alle elever få en mentor blandt skolens lærere. Ordningen er skolens egen og "
                "er ikke en kommunal bevilling.\n\nHvad laver en mentor?\n- hjælper med lektier og afleveringer\n"
                "- følger op på fravær\n- hjælper med SU og bolig\n\nHvor meget?\nTypisk 1 time om ugen i et semester.\n\n"
                "Mål\nAt du gennemfører din uddannelse.\n\nKontakt\nStudievejledningen, tlf. 70 20 30 40, "
                f"studievejledning@{doc.slug}-skole.dk\n\nHvis du er utilfreds, kan du klage til rektor.\n")
    if sub == "fgu-forloebsplan":
        return (f"FGU {doc.by} – Forløbsplan\n\nElev: {doc.citizen}\nSpor: {doc.programme}\n"
                f"Kontaktlærer: {doc.mentor}, tlf. {doc.phone}\n\nForløbsperiode: 10.08.2026 – 25.06.2027\n\n"
                "Mål for forløbet\n- Bestå dansk niveau 2 og matematik niveau 2\n- Gennemføre 4 ugers praktik\n"
                "- Blive optaget på en erhvervsuddannelse august 2027\n\nDelmål og status\n"
                "Fremmøde 1. kvartal: 82 %. Næste evaluering i uge 48.\n\nUgeskema: 30 timer om ugen på værkstedet.\n\n"
                "Planen er udarbejdet af FGU-institutionen efter FGU-lovens § 12 og skal ikke forveksles med en kommunal "
                "afgørelse.\n")
    if sub == "uddannelsesplan":
        return (f"Uddannelsesplan\n{doc.unit} / KUI, {doc.by} Kommune\n\nUng: {doc.citizen}, {doc.age} år\n"
                f"Uddannelsesvejleder: {doc.cw}, tlf. {doc.cw_phone}, {doc.cw_mail}\n\n"
                f"Uddannelsesmål: {doc.programme} på {doc.school}\n\nVejen dertil:\n"
                "1. Brobygning i uge 45-47\n2. Ansøgning via optagelse.dk senest 1. marts 2027\n"
                "3. Studiestart august 2027\n\nPlanen revideres ved vejledningssamtale hver 3. måned.\n")
    if sub == "statusrapport":
        return (f"Statusrapport fra mentor\n\nTil: {doc.cw}, {doc.unit}\nFra: {doc.mentor}, {doc.mentor_role}\n"
                f"Vedr.: {doc.citizen}\nPeriode: september–oktober 2026\n\n"
                f"{n} er mødt 17 ud af 20 skoledage. Vi har brugt 2 timer om ugen på lektier og SU-ansøgning. "
                f"Målet om at gennemføre {doc.programme} ser realistisk ud.\n\nForslag: fortsæt som aftalt.\n")
    if sub == "referat":
        return (f"Referat af netværksmøde\nDato: 14.10.2026\nDeltagere: {doc.citizen}, {doc.mentor} (mentor), "
                f"{doc.cw} ({doc.unit}), studievejleder fra {doc.school}\n\n1. Status på skole\n"
                f"{n} har haft fravær pga. sygdom. Skolen tilbyder lektiecafé.\n\n2. Mentorstøtte\n"
                "Mentor fortsætter med 2 timer om ugen frem til december. Bolig: ansøgning om ungdomsbolig sendt.\n\n"
                "3. Næste møde\n25.11.2026 kl. 10 på skolen.\n")
    if sub == "vejledning":
        return ("Mentor til unge under uddannelse – sådan virker det\n\n"
                "Er du under 30 år og på uddannelseshjælp, kan kommunen give dig en mentor, når du starter på en "
                "uddannelse. En aftale om mentorstøtte skal indeholde:\n- målet med mentorstøtten\n"
                "- mentorens navn og kontaktdata\n- hvilke opgaver mentoren skal hjælpe med\n"
                "- varigheden (højst 6 måneder ad gangen)\n- timetallet\n\nDu kan klage over en afgørelse om "
                "mentorstøtte til kommunen inden 4 uger. Kommunen genvurderer sagen og sender den videre til "
                "Ankestyrelsen.\n\nKontakt Ungeindsatsen for at høre mere.\n")
    if sub == "su-guide":
        return ("Guide: SU når du starter på uddannelse\n\n1. Log på minSU med MitID.\n2. Søg SU senest den dag, "
                "du starter.\n3. Husk at stoppe uddannelseshjælpen hos kommunen.\n\nHar du en mentor fra kommunen, "
                "kan mentoren hjælpe dig med ansøgningen i de timer, I har aftalt.\n\nSpørgsmål? Ring til SU-kontoret "
                "på skolen, tlf. 70 11 22 33.\n")
    if sub == "faktura":
        return (f"FAKTURA nr. 2026-{r.randint(100, 999)}\n\nBrobyggerne ApS, CVR 12345678\nTil: {doc.by} Kommune, {doc.unit}\n\n"
                f"Mentorforløb, ung ({doc.sagsnr}), oktober 2026\n8 timer à 495 kr. = 3.960 kr.\nMoms 990 kr.\n"
                "I alt 4.950 kr.\n\nBetalingsbetingelser: netto 30 dage.\n")
    raise ValueError(sub)


# ----------------------------------------------------------------------------- main plan

def plan(rng: random.Random):
    """List of (category, format, defects, extra) tuples, fixed by the seed."""
    items = []
    ag_formats = ["txt", "docx", "pdf", "html", "odt", "rtf"]
    ag_defects = ([set()] * 14 + [{"missing-goal"}, {"missing-mentor"}, {"mentor-no-contact"}, {"missing-tasks"},
                  {"missing-duration"}, {"missing-hours"}, {"vague-hours"}, {"missing-follow-up"},
                  {"missing-appeal-guidance"}, {"missing-appeal-guidance", "incomplete"}, {"duration-over-6-months"},
                  {"duration-over-6-months"}, {"duration-over-6-months"}, {"unclear-goal"}, {"unclear-goal"},
                  {"unclear-goal"}, {"missing-goal", "placeholder"}, {"missing-hours", "placeholder"},
                  {"missing-tasks", "placeholder"}, {"missing-follow-up", "missing-hours"},
                  {"unclear-goal", "duration-over-6-months"}, {"wrongroute"}, {"wrongroute"},
                  {"missing-mentor", "missing-appeal-guidance"}, set(), set(), {"missing-hours"}, {"unclear-goal"}])
    for i, dfx in enumerate(ag_defects):
        items.append(("agreement", ag_formats[i % len(ag_formats)], set(dfx)))
    pr_defects = [set(), set(), set(), {"unclear-goal"}, {"missing-hours"}, {"vague-hours"},
                  {"missing-follow-up"}, {"duration-over-6-months"}, {"missing-appeal-guidance"}, {"missing-tasks"}]
    for i, dfx in enumerate(pr_defects):
        items.append(("prose", ["eml", "txt"][i % 2], set(dfx)))
    mp_defects = [set(), set(), set(), set(), {"missing-hours"}, {"vague-hours"}, {"mentor-no-contact"},
                  {"missing-goal"}, {"unclear-goal"}, {"unclear-goal"}, {"duration-over-6-months"},
                  {"missing-tasks"}, {"missing-duration"}, set(), set()]
    for i, dfx in enumerate(mp_defects):
        items.append(("minplan", ["html", "txt", "pdf"][i % 3], set(dfx)))
    dec = [  # (defects, bilag, partial, reasons, appeal_kind)
        (set(), False, False, True, "full"), (set(), False, True, True, "full"), (set(), True, False, True, "full"),
        (set(), True, True, True, "full"), ({"missing-appeal-guidance"}, False, False, True, "none"),
        ({"missing-appeal-guidance"}, False, True, True, "incomplete"), ({"duration-over-6-months"}, False, False, True, "full"),
        ({"duration-over-6-months"}, True, False, True, "full"), ({"missing-reasons"}, False, True, False, "full"),
        (set(), False, False, False, "full"), ({"wrongroute"}, False, False, True, "wrongroute"),
        (set(), True, False, True, "full"), ({"missing-appeal-guidance"}, True, False, True, "none"),
        (set(), False, False, True, "full"),
    ]
    for i, x in enumerate(dec):
        items.append(("decision", ["docx", "pdf", "txt", "rtf"][i % 4], x))
    subs = ["skolens-mentorordning", "fgu-forloebsplan", "uddannelsesplan", "statusrapport", "referat",
            "vejledning", "su-guide", "faktura"]
    for i in range(19):
        items.append(("unknown", ["txt", "docx", "pdf", "html"][i % 4], subs[i % len(subs)]))
    return items


def text_to_simple(fmt: str, path: Path, text: str):
    if fmt == "txt":
        path.write_text(text, encoding="utf-8")
    elif fmt == "docx":
        from docx import Document
        document = Document()
        first = True
        for ln in text.split("\n"):
            if first:
                document.add_heading(ln, 1)
                first = False
            elif ln.startswith("- "):
                document.add_paragraph(ln[2:], style="List Bullet")
            elif ln:
                document.add_paragraph(ln)
        document.save(path)
    elif fmt == "pdf":
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
        from xml.sax.saxutils import escape
        ss = getSampleStyleSheet()
        story = []
        for i, ln in enumerate(text.split("\n")):
            story.append(Paragraph(escape(ln), ss["Title" if i == 0 else "Normal"]) if ln else Spacer(1, 6))
        SimpleDocTemplate(str(path), pagesize=A4).build(story)
    elif fmt == "html":
        from html import escape
        lines = text.split("\n")
        body = [f"<h1>{escape(lines[0])}</h1>"]
        inlist = False
        for ln in lines[1:]:
            if ln.startswith("- "):
                if not inlist:
                    body.append("<ul>")
                    inlist = True
                body.append(f"<li>{escape(ln[2:])}</li>")
                continue
            if inlist:
                body.append("</ul>")
                inlist = False
            if ln:
                body.append(f"<p>{escape(ln)}</p>")
        path.write_text("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>" + escape(lines[0])
                        + "</title></head><body>" + "\n".join(body) + "</body></html>", encoding="utf-8")


def main():
    from reportlab import rl_config
    rl_config.invariant = 1
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    for idx, (cat, fmt, x) in enumerate(plan(rng)):
        doc = Doc(rng, idx)
        with_cpr = rng.random() < 0.27
        if with_cpr and cat != "unknown":
            doc.make_cpr()
        folder = f"{doc.slug}/{'unge' if idx % 3 else 'uu-kui'}"
        traits = [f"school:{doc.stype}", "mentor:school-staff" if doc.mentor_is_school else "mentor:municipal"]
        extras = []
        period = None
        if cat in ("agreement", "prose", "minplan"):
            defects = set(x)
            over = "duration-over-6-months" in defects
            doc.period = rng.choice(OVER_PERIODS if over else OK_PERIODS)
            if "missing-duration" in defects:
                pass
            else:
                period = {"start": doc.period[0].isoformat(), "end": doc.period[1].isoformat()}
            if cat == "minplan":
                kind = "minplan"
                rel = f"{folder}/{idx:03d}-minplan-{doc.cfirst.lower()}.{fmt}"
                layout = make_minplan(doc, out, rel, fmt, defects)
            elif cat == "prose":
                kind = "agreement"
                rel = f"{folder}/{idx:03d}-aftale-brev.{fmt}"
                layout = make_prose(doc, out, rel, fmt, defects)
            else:
                kind = "agreement"
                rel = f"{folder}/{idx:03d}-mentoraftale.{fmt}"
                appeal_kind = "full"
                if "wrongroute" in defects:
                    appeal_kind = "wrongroute"
                    extras.append("appeal-wrong-route")
                if "incomplete" in defects:
                    appeal_kind = "incomplete"
                layout = make_agreement(doc, out, rel, fmt, defects, appeal_kind)
            rules = expected_rules(defects, kind)
            traits += [f"defect:{t}" for t in sorted(defects)]
            subtype = kind
        elif cat == "decision":
            defects, bilag, partial, reasons, appeal_kind = x
            defects = set(defects)
            over = "duration-over-6-months" in defects
            doc.period = rng.choice(OVER_PERIODS if over else OK_PERIODS)
            period = {"start": doc.period[0].isoformat(), "end": doc.period[1].isoformat()}
            kind = "decision"
            rel = f"{folder}/{idx:03d}-afgoerelse-mentor.{fmt}"
            layout = make_decision(doc, out, rel, fmt, defects, bilag, partial, reasons, appeal_kind)
            rules = expected_rules(defects, kind)
            if "missing-reasons" in defects:
                extras.append("missing-reasons")
            if appeal_kind == "wrongroute":
                extras.append("appeal-wrong-route")
            traits += [f"defect:{t}" for t in sorted(defects)] + (["bilag-agreement"] if bilag else []) + \
                      (["partial-grant"] if partial else [])
            subtype = "decision"
        else:
            kind, subtype = "unknown", x
            rel = f"{folder}/{idx:03d}-{x}.{fmt}"
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            text_to_simple(fmt, out / rel, unknown_docs(doc, x))
            layout, rules = "mixed", []
            traits.append("near-miss")
        if doc.cpr:
            traits.append("cpr")
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype, "rules": rules,
             "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [doc.cpr] if doc.cpr else [], "traits": traits}
        if period:
            e["period"] = period
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
