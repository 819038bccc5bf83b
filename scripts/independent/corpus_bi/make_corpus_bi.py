"""Corpus BI: an audit sample of 100 documents from a case archive (independent writer).

Three municipalities (Odense: large, Holbæk: medium, Odder: small), two mentor providers
(MentorHuset ApS, Kompetencecenter Bro), 2024-2026. Agreements ~45, decision letters ~20,
Min Plan entries ~10, other case-folder documents ~25. Realistic defect rates.

Usage: make_corpus_bi.py --out DIR   (deterministic, seed 6262)
Needs: python-docx, Pillow, LibreOffice (soffice), tesseract with 'dan'.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 6262
R = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Jonas", "Amalie", "Ahmed", "Sofie", "Mikkel", "Fatima", "Kasper", "Louise", "Emil", "Sara",
         "Oliver", "Nanna", "Mohammad", "Ida", "Frederik", "Maja", "Rasmus", "Line", "Bilal", "Camilla",
         "Tobias", "Julie", "Mads", "Yasmin", "Patrick", "Stine", "Ali", "Cecilie", "Nikolaj", "Pernille"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Hussein",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Yilmaz", "Karimi", "Lund", "Holm", "Bach"]

MUNIS = {
    "odense": dict(name="Odense Kommune", unit="Beskæftigelses- og Socialforvaltningen, Jobcenter Odense",
                   addr="Ørbækvej 100, 5220 Odense SØ", domain="odense.dk", prefix="ODE",
                   workers=[("Hanne Bjerregaard", "65 51 30 12"), ("Martin Skov", "65 51 30 47"),
                            ("Lene Frost", "65 51 31 88")]),
    "holbaek": dict(name="Holbæk Kommune", unit="Job og Uddannelse", addr="Kanalstræde 2, 4300 Holbæk",
                    domain="holb.dk", prefix="HOL",
                    workers=[("Tina Grønbech", "72 36 41 20"), ("Søren Dal", "72 36 41 77")]),
    "odder": dict(name="Odder Kommune", unit="Jobcenter Odder", addr="Rådhusgade 3, 8300 Odder",
                  domain="odder.dk", prefix="ODD", workers=[("Birgit Thygesen", "87 80 34 56")]),
}
PROVIDERS = {
    "mentorhuset": dict(name="MentorHuset ApS", addr="Vestergade 14, 5000 Odense C",
                        domain="mentorhuset.dk", cvr="38 41 27 90",
                        mentors=["Dorthe Kjær", "Kim Vestergaard", "Ayse Demir"]),
    "bro": dict(name="Kompetencecenter Bro", addr="Smedelundsgade 8, 4300 Holbæk",
                domain="kc-bro.dk", cvr="29 84 11 36",
                mentors=["Lars Østergaard", "Mette Friis", "Jannik Brandt"]),
}
INTERNAL = {"odder": ["Annette Riis", "Peter Kragh"], "odense": ["Jens Bonde"],
            "holbaek": ["Helle Winther"]}

GOALS_CLEAR = [
    "{f} starter på SOSU-hjælperuddannelsen i {m} {y} og møder stabilt alle skoledage.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto, {town}, senest 1. {m} {y}, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og søger optagelse på EUD (lager og logistik) til {m} {y}.",
    "{f} er i ordinært job som rengøringsassistent med mindst 20 timer om ugen inden periodens udløb.",
    "{f} er startet på FGU ({town}) og har højst 2 dages ugyldigt fravær om måneden.",
    "{f} er i praktik i Bilka, lager, 4 dage om ugen og har fået tilbud om ansættelse med løntilskud.",
    "{f} møder på AMU-kurset i truckcertifikat og har bestået inden {m} {y}.",
    "{f} fastholder sit fleksjob på 12 timer om ugen i Coop og møder til alle aftalte vagter.",
    "{f} gennemfører HF-enkeltfag (matematik C) og søger ind på pædagoguddannelsen i {m} {y}.",
]
GOALS_VAGUE = [
    "Støtte til at få mere struktur i hverdagen og øget trivsel.",
    "At {f} kommer tættere på arbejdsmarkedet.",
    "Hjælp til at komme videre.",
    "{f} skal arbejde med sig selv og få mere selvværd.",
]
TASKS = [
    "følge {f} til praktikstedet de første to uger",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at skabe struktur i hverdagen (kalender, vækning)",
    "deltage i opstartsmøde med virksomheden",
    "hjælpe med kontakt til læge og kommune",
    "støtte i kontakten med kolleger og leder",
    "øve busruten til skolen",
    "hjælpe med at læse og svare på post i e-Boks",
    "være bindeled mellem {f}, skolen og jobcentret",
]
TOWNS = {"odense": "Odense", "holbaek": "Holbæk", "odder": "Odder"}


# ---------------------------------------------------------------- helpers
def d_long(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def d_num(d: dt.date, style: int) -> str:
    return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}/{d.month}-{d.year}", f"{d.day}.{d.month}.{d.year}",
            f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}", d.isoformat()][style]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def period(months: int, year: int | None = None):
    y = year or R.choice([2024, 2025, 2025, 2026])
    start = dt.date(y, R.randint(1, 11 if y < 2026 else 9), 1)
    end = add_months(start, months) - dt.timedelta(days=1)
    return start, end


def fmt_range(s, e, style=None):
    style = R.randint(0, 5) if style is None else style
    if style == 0:
        return f"{d_long(s)} – {d_long(e)}"
    if style == 1:
        return f"{d_num(s, 0)} - {d_num(e, 0)}"
    if style == 2:
        return f"fra {d_long(s)} til {d_long(e)}"
    if style == 3:
        return f"{d_num(s, 1)} til {d_num(e, 1)}"
    if style == 4:
        return f"f.o.m. {d_num(s, 2)} t.o.m. {d_num(e, 2)}"
    return f"{d_num(s, 3)} – {d_num(e, 3)}"


def phone() -> str:
    return f"{R.choice([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51, 60, 61])} " \
           f"{R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"


def cpr() -> str:
    d = dt.date(R.randint(1960, 2005), R.randint(1, 12), R.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{R.randint(1000, 9999)}"


def person():
    return R.choice(FIRST), R.choice(LAST)


HOURS_OK = ["3 timer pr. uge", "2 timer om ugen", "4 timer ugentligt", "1½ time om ugen", "2-3 timer pr. uge",
            "5 timer pr. uge", "8 timer om måneden", "to timer om ugen", "6 timer pr. uge"]
HOURS_VAGUE = ["Efter behov", "efter behov, som aftales løbende med mentor", "Løbende efter aftale"]

APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du har modtaget "
    "den. Kommunen genvurderer afgørelsen. Hvis kommunen fastholder afgørelsen, sender vi din klage videre til "
    "Ankestyrelsen. Klagen kan være mundtlig eller skriftlig (lov om en aktiv beskæftigelsesindsats § 204 og "
    "retssikkerhedslovens kapitel 10).",
    "Du kan klage over afgørelsen. Klagen skal sendes til {muni}, {unit}, inden 4 uger fra du har fået "
    "afgørelsen. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, bliver klagen sendt videre til "
    "Ankestyrelsen, Beskæftigelsesudvalget.",
    "Klagefristen er 4 uger fra modtagelsen af dette brev. Du klager til jobcentret, som genvurderer sagen. "
    "Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.",
]


class Doc:
    """A document as blocks; renderers turn it into files."""

    def __init__(self, title):
        self.title = title
        self.blocks: list[tuple] = []
        self.header = None
        self.footer = None

    def h(self, t):
        self.blocks.append(("h", t)); return self

    def p(self, t):
        self.blocks.append(("p", t)); return self

    def ul(self, items):
        self.blocks.append(("ul", list(items))); return self

    def ol(self, items):
        self.blocks.append(("ol", list(items))); return self

    def table(self, rows):
        self.blocks.append(("table", [list(r) for r in rows])); return self

    def text(self, width=None) -> str:
        out = [self.header, ""] if self.header else []
        out += [self.title, ""]
        for b in self.blocks:
            k = b[0]
            if k == "h":
                out += [b[1]]
            elif k == "p":
                out += [b[1], ""]
            elif k == "ul":
                out += [f"- {i}" for i in b[1]] + [""]
            elif k == "ol":
                out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
            elif k == "table":
                for r in b[1]:
                    out += [": ".join(c for c in r if c)]
                out += [""]
        if self.footer:
            out += ["", self.footer]
        txt = "\n".join(out)
        if width:
            import textwrap
            txt = "\n".join("\n".join(textwrap.wrap(line, width)) if line else "" for line in txt.split("\n"))
        return txt


# ---------------------------------------------------------------- renderers
def to_docx(doc: Doc, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    if doc.header:
        d.sections[0].header.paragraphs[0].text = doc.header
    if doc.footer:
        d.sections[0].footer.paragraphs[0].text = doc.footer
    d.add_heading(doc.title, level=1)
    for b in doc.blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif k == "ol":
            for i in b[1]:
                d.add_paragraph(i, style="List Number")
        elif k == "table":
            ncol = max(len(r) for r in b[1])
            t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = c
            d.add_paragraph("")
    d.save(path)


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(doc: Doc, path: Path, dl=False):
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
             f"<title>{esc_html(doc.title)}</title><script>var sagId='x'; function p(){{window.print()}}</script>",
             "<style>body{font-family:Arial} .lbl{font-weight:bold}</style></head><body><div class='case'>"]
    if doc.header:
        parts.append(f"<div class='hdr'>{esc_html(doc.header)}</div>")
    parts.append(f"<div class='content'><h1>{esc_html(doc.title)}</h1>")
    for b in doc.blocks:
        k = b[0]
        if k == "h":
            parts.append(f"<h2>{esc_html(b[1])}</h2>")
        elif k == "p":
            parts.append(f"<div class='row'><p>{esc_html(b[1])}</p></div>")
        elif k in ("ul", "ol"):
            parts.append(f"<{k}>" + "".join(f"<li>{esc_html(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "table":
            if dl:
                parts.append("<dl>" + "".join(f"<dt>{esc_html(r[0])}</dt><dd>{esc_html(' '.join(r[1:]))}</dd>"
                                              for r in b[1]) + "</dl>")
            else:
                parts.append("<table border='1'>" + "".join(
                    "<tr>" + "".join(f"<td>{esc_html(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
    parts.append("</div>")
    if doc.footer:
        parts.append(f"<div class='footer'><small>{esc_html(doc.footer)}</small></div>")
    parts.append("</div></body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


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


def to_rtf(doc: Doc, path: Path):
    lines = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs24"]
    if doc.footer:
        lines.append(r"{\footer\pard\qc\fs18 " + rtf_esc(doc.footer) + r"\par}")
    lines.append(r"\pard\b\fs32 " + rtf_esc(doc.title) + r"\b0\fs24\par\par")
    for b in doc.blocks:
        k = b[0]
        if k == "h":
            lines.append(r"\pard\b " + rtf_esc(b[1]) + r"\b0\par")
        elif k == "p":
            lines.append(r"\pard " + rtf_esc(b[1]) + r"\par\par")
        elif k in ("ul", "ol"):
            for n, i in enumerate(b[1], 1):
                mark = r"\bullet " if k == "ul" else f"{n}. "
                lines.append(r"\pard\li360 " + mark + rtf_esc(i) + r"\par")
            lines.append(r"\pard\par")
        elif k == "table":
            for r in b[1]:
                lines.append(r"\pard " + rtf_esc(r[0]) + r"\tab " + rtf_esc(" ".join(r[1:])) + r"\par")
            lines.append(r"\pard\par")
    lines.append("}")
    path.write_text("\n".join(lines), encoding="ascii")


def to_eml(doc: Doc, path: Path, sender, to, subject, date, quoted=None, signature=None):
    m = EmailMessage()
    m["From"] = sender; m["To"] = to; m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime(date.year, date.month, date.day, 9 + R.randint(0, 6), R.randint(0, 59),
                                            tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{R.randint(10**9, 10**10)}@{sender.split('@')[-1].rstrip('>')}>"
    body = doc.text()
    if signature:
        body += "\n\n" + signature
    if quoted:
        body += "\n\n" + "\n".join("> " + line for line in quoted.split("\n"))
    m.set_content(body)
    path.write_bytes(bytes(m))


def scan_pdf(doc: Doc, path: Path, tmp: Path):
    """Render the text as a skewed, noisy page image and OCR it with tesseract (real OCR layer)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    text = doc.text(width=78)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 25)
    lines = text.split("\n")
    per_page = 62
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    imgs = []
    for lines_p in pages:
        im = Image.new("L", (2480, 3508), 255)
        dr = ImageDraw.Draw(im)
        y = 180
        for ln in lines_p:
            dr.text((200, y), ln, fill=R.randint(10, 60), font=font)
            y += 50
        im = im.rotate(R.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(R.choice([0.6, 0.9, 1.1])))
        im = im.resize((1240, 1754)).resize((2480, 3508))
        imgs.append(im)
    stem = tmp / path.stem
    tifs = []
    for n, im in enumerate(imgs):
        t = Path(f"{stem}-{n}.png"); im.save(t, dpi=(300, 300)); tifs.append(str(t))
    listf = tmp / f"{path.stem}.lst"; listf.write_text("\n".join(tifs) + "\n")
    subprocess.run(["tesseract", str(listf), str(stem), "-l", "dan", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(f"{stem}.pdf", path)


def soffice_convert(srcs: list[Path], fmt: str, outdir: Path):
    if not srcs:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bi_profile", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir)] + [str(s) for s in srcs], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


# ---------------------------------------------------------------- content
class Case:
    def __init__(self, muni_key):
        self.mk = muni_key
        self.m = MUNIS[muni_key]
        self.first, self.last = person()
        self.name = f"{self.first} {self.last}"
        self.cpr = cpr()
        self.sagsnr = f"{self.m['prefix']}-{R.randint(2024, 2026)}-{R.randint(10000, 99999)}"
        self.worker, self.wphone = R.choice(self.m["workers"])
        self.wmail = self.worker.split()[0].lower() + "." + self.worker.split()[-1].lower().replace("ø", "oe") \
            .replace("æ", "ae").replace("å", "aa") + "@" + self.m["domain"]
        pkey = R.choice(list(PROVIDERS) + ["intern"])
        if pkey == "intern":
            self.provider = dict(name=self.m["name"] + ", mentorteamet", domain=self.m["domain"])
            self.mentor = R.choice(INTERNAL[muni_key])
        else:
            self.provider = PROVIDERS[pkey]
            self.mentor = R.choice(self.provider["mentors"])
        self.pkey = pkey
        self.mphone = phone()
        mfirst = self.mentor.split()[0].lower()
        self.mmail = f"{mfirst}@{self.provider['domain']}"
        self.tasks = [t.format(f=self.first) for t in R.sample(TASKS, R.randint(2, 4))]
        self.town = TOWNS[muni_key]

    def goal(self, vague=False, when=None):
        g = R.choice(GOALS_VAGUE if vague else GOALS_CLEAR)
        w = when or dt.date(2026, 8, 1)
        return g.format(f=self.first, m=MONTHS[w.month - 1], y=w.year, town=self.town)

    def mentor_line(self, no_contact=False):
        if no_contact:
            return f"{self.mentor}, {self.provider['name']}"
        style = R.randint(0, 2)
        if style == 0:
            return f"{self.mentor}, {self.provider['name']}, tlf. {self.mphone}, {self.mmail}"
        if style == 1:
            return f"{self.mentor} ({self.provider['name']}) – mobil {self.mphone}"
        return f"{self.mentor}, {self.mmail}"


FOLLOWUP = [
    "Statusmøde med mentor, {f} og sagsbehandler hver 4. uge. Delmål: fremmøde 4 dage om ugen efter 6 uger. "
    "Evaluering 14 dage før forløbet slutter.",
    "Vi følger op hver måned på et kort møde. Mentor sender en skriftlig status til jobcentret hver 6. uge.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 4 uger før bevillingsudløb. Progression måles på "
    "fremmøde og antal dage i praktik.",
    "Opfølgning hver 14. dag mellem mentor og {f}; statusmøde med sagsbehandler hver anden måned.",
]


def header_block(c: Case, with_cpr: bool):
    rows = [["Borger", c.name]]
    if with_cpr:
        rows.append(["CPR-nr.", c.cpr])
    rows.append(["Sagsnr.", c.sagsnr])
    return rows


def agreement_odense(c: Case, d: dict):
    """Large municipality: a Word table template."""
    s, e = d["period"]
    doc = Doc("Aftale om mentorstøtte")
    doc.header = f"{c.m['name']} · {c.m['unit']}"
    doc.footer = f"{c.m['name']} · {c.m['addr']} · www.{c.m['domain']}"
    doc.table(header_block(c, d["cpr"]) + [["Sagsbehandler", f"{c.worker}, tlf. {c.wphone}"]])
    doc.p(f"Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167. Aftalen er en del af "
          f"{c.first}s plan i Min Plan.")
    rows = [["Målet med mentorstøtten", c.goal(d.get("vague"))],
            ["Mentors navn og kontaktdata", c.mentor_line(d.get("nocontact"))],
            ["Mentors opgaver", "; ".join(c.tasks).capitalize()],
            ["Periode", fmt_range(s, e)],
            ["Timetal", R.choice(HOURS_VAGUE) if d.get("vaguehours") else R.choice(HOURS_OK)]]
    if not d.get("nofollow"):
        rows.append(["Opfølgning og progression", R.choice(FOLLOWUP).format(f=c.first)])
    doc.table(rows)
    if not d.get("noappeal"):
        doc.h("Klagevejledning")
        doc.p(R.choice(APPEAL_OK).format(muni=c.m["name"], unit=c.m["unit"]))
    doc.p(f"Dato: {d_num(s - dt.timedelta(days=R.randint(3, 12)), 0)}")
    doc.p("Underskrift borger: ______________________     Underskrift mentor: ______________________")
    return doc, "table"


def agreement_holbaek(c: Case, d: dict):
    """Medium municipality: question headings."""
    s, e = d["period"]
    doc = Doc(R.choice(["Mentoraftale", "Aftale om mentorforløb"]))
    doc.header = f"{c.m['name']} – {c.m['unit']}"
    doc.p(f"Navn: {c.name}" + (f"    CPR: {c.cpr}" if d["cpr"] else "") + f"    Sag: {c.sagsnr}")
    doc.h("Hvad er målet med mentorstøtten?")
    doc.p(c.goal(d.get("vague")))
    doc.h("Hvem er din mentor?")
    if d.get("nocontact"):
        doc.p(f"Din mentor er {c.mentor} fra {c.provider['name']}.")
    else:
        doc.p(f"Din mentor er {c.mentor} fra {c.provider['name']}. Du kan fange {c.mentor.split()[0]} på "
              f"tlf. {c.mphone} eller {c.mmail}.")
    doc.h(f"Hvad skal {c.mentor.split()[0]} hjælpe dig med?")
    doc.ul([t[0].upper() + t[1:] for t in c.tasks])
    doc.h("Hvor længe og hvor meget?")
    hours = R.choice(HOURS_VAGUE).lower() if d.get("vaguehours") else R.choice(HOURS_OK)
    if d.get("vaguehours"):
        doc.p(f"Forløbet løber {fmt_range(s, e, R.choice([0, 2, 3]))}. Timetallet aftales {hours}.")
    else:
        doc.p(f"Forløbet løber {fmt_range(s, e, R.choice([0, 2, 3]))}. Mentor har {hours} sammen med dig.")
    if not d.get("nofollow"):
        doc.h("Hvordan følger vi op?")
        doc.p(R.choice(FOLLOWUP).format(f=c.first))
    if not d.get("noappeal"):
        doc.h("Hvis du vil klage")
        doc.p(R.choice(APPEAL_OK).format(muni=c.m["name"], unit=c.m["unit"]))
    doc.p(f"Din sagsbehandler: {c.worker}, {c.wphone}, {c.wmail}")
    return doc, "headings"


def agreement_odder(c: Case, d: dict):
    """Small municipality: a letter in prose, written by the one caseworker."""
    s, e = d["period"]
    doc = Doc("Aftale om mentorstøtte")
    doc.header = f"{c.m['name']}, {c.m['unit']}, {c.m['addr']}"
    doc.p(f"{c.name}" + (f"\nCpr.nr. {c.cpr}" if d["cpr"] else "") + f"\nJ.nr. {c.sagsnr}")
    doc.p(f"Kære {c.first}")
    doc.p(f"Tak for mødet {d_long(s - dt.timedelta(days=7))}. Her er det, vi aftalte om din mentorstøtte "
          f"(lov om en aktiv beskæftigelsesindsats § 167).")
    doc.p("Vi har aftalt følgende mål for forløbet: " + c.goal(d.get("vague")))
    if d.get("nocontact"):
        doc.p(f"Din mentor bliver {c.mentor}. {c.mentor.split()[0]} ringer til dig i næste uge.")
    else:
        doc.p(f"Din mentor bliver {c.mentor}, {c.provider['name']}. Du kan ringe til {c.mentor.split()[0]} på "
              f"{c.mphone}.")
    doc.p(f"{c.mentor.split()[0]} skal hjælpe dig med:")
    doc.ul([t[0].upper() + t[1:] for t in c.tasks])
    hours = R.choice(HOURS_VAGUE).lower() if d.get("vaguehours") else R.choice(HOURS_OK)
    doc.p(f"Støtten gives i perioden {fmt_range(s, e, R.choice([0, 2, 4]))}, og I mødes {hours}.")
    if not d.get("nofollow"):
        doc.p(R.choice(FOLLOWUP).format(f=c.first))
    if not d.get("noappeal"):
        doc.p("Klagevejledning")
        doc.p(R.choice(APPEAL_OK).format(muni=c.m["name"], unit=c.m["unit"]))
    doc.p(f"Venlig hilsen\n{c.worker}\nJobkonsulent, tlf. {c.wphone}")
    return doc, "prose"


def agreement_provider(c: Case, d: dict):
    """A provider's own numbered form, made with the municipality."""
    s, e = d["period"]
    if c.pkey == "intern":
        c.provider = PROVIDERS["mentorhuset"]
        c.mentor = R.choice(c.provider["mentors"])
        c.mmail = f"{c.mentor.split()[0].lower()}@{c.provider['domain']}"
    prov = c.provider
    doc = Doc(f"Samarbejdsaftale – mentorforløb ({prov['name']})")
    doc.footer = f"{prov['name']} · {prov.get('addr', '')} · CVR {prov.get('cvr', '')} · Side 1 af 1"
    doc.p(f"Henvisende kommune: {c.m['name']}, {c.worker}\nDeltager: {c.name}"
          + (f" ({c.cpr})" if d["cpr"] else "") + f"\nSagsnr.: {c.sagsnr}")
    doc.h("1. Formål")
    doc.p(c.goal(d.get("vague")))
    doc.h("2. Mentor")
    doc.p(c.mentor_line(d.get("nocontact")))
    doc.h("3. Indsatsområder")
    doc.ol([t[0].upper() + t[1:] for t in c.tasks])
    doc.h("4. Varighed og timetal")
    hours = R.choice(HOURS_VAGUE) if d.get("vaguehours") else R.choice(HOURS_OK)
    doc.p(f"Periode: {fmt_range(s, e)}\nTimer: {hours}")
    n = 5
    if not d.get("nofollow"):
        doc.h(f"{n}. Opfølgning"); n += 1
        doc.p(R.choice(FOLLOWUP).format(f=c.first))
    if not d.get("noappeal"):
        doc.h(f"{n}. Klagevejledning")
        doc.p(R.choice(APPEAL_OK).format(muni=c.m["name"], unit=c.m["unit"]))
    return doc, "numbered"


def decision(c: Case, d: dict):
    s, e = d["period"]
    kind = d.get("dkind", "full")
    title = R.choice(["Afgørelse om mentorstøtte", "Du får mentorstøtte", "Bevilling af mentorstøtte"]) \
        if kind != "ext" else "Afgørelse om forlængelse af mentorstøtte"
    doc = Doc(title)
    doc.header = f"{c.m['name']}\n{c.m['unit']}\n{c.m['addr']}"
    doc.p(f"{c.name}" + (f"\nCPR-nr.: {c.cpr}" if d["cpr"] else "") + f"\nSagsnummer: {c.sagsnr}\n"
          f"Dato: {d_long(s - dt.timedelta(days=R.randint(5, 20)))}")
    hours = R.choice(HOURS_OK)
    if kind == "full":
        doc.p(f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
              f"beskæftigelsesindsats § 167 i perioden {fmt_range(s, e)}. Du får {hours} med en mentor fra "
              f"{c.provider['name']}.")
        if R.random() < 0.5:
            doc.h("Begrundelse")
            doc.p(f"Vi vurderer, at du har brug for støtte for at kunne gennemføre din plan. Støtten skal hjælpe "
                  f"dig med at {c.tasks[0]}.")
    elif kind == "partial":
        doc.p(f"Du har søgt om mentorstøtte i 10 timer om ugen. Du får mentorstøtte i {hours} i perioden "
              f"{fmt_range(s, e)}. Det betyder, at du har fået delvist ja.")
        doc.h("Begrundelse for afgørelsen")
        doc.p("Vi har lagt vægt på, at du i forvejen har kontakt til en støttekontaktperson, og at dit behov "
              "for støtte ifølge praktikstedet er størst de første uger. Afgørelsen er truffet efter lov om en "
              "aktiv beskæftigelsesindsats § 167, stk. 1.")
    else:
        doc.p(f"Din mentorstøtte udløber snart. Vi har foretaget en ny konkret vurdering og forlænger din "
              f"mentorstøtte i perioden {fmt_range(s, e)} med {hours}, jf. lov om en aktiv "
              f"beskæftigelsesindsats § 167.")
        doc.h("Begrundelse")
        doc.p("Du er godt i gang i praktikken, men har stadig brug for støtte til fremmødet.")
    doc.p(f"Din mentor er {c.mentor}. Vi sender en mentoraftale, hvor mål, opgaver og opfølgning står.")
    appeal = d.get("appeal", "ok")
    if appeal == "ok":
        doc.h(R.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]))
        doc.p(R.choice(APPEAL_OK).format(muni=c.m["name"], unit=c.m["unit"]))
    elif appeal == "thin":
        doc.p("Du kan klage over afgørelsen.")
    doc.p(f"Med venlig hilsen\n{c.worker}\n{c.m['unit']}, direkte tlf. {c.wphone}")
    return doc, "letter"


def minplan(c: Case, d: dict):
    s, e = d["period"]
    doc = Doc(R.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – Mentor (§ 167)"]))
    doc.header = f"Udskrevet fra Min Plan · {c.name} · {c.sagsnr}"
    doc.p(f"Indsats oprettet {d_num(s, 0)} af {c.worker}, {c.m['name']}")
    hours = "" if d.get("nohours") else R.choice(HOURS_OK)
    rows = [["Formål", c.goal(d.get("vague"))],
            ["Mentor", c.mentor_line()],
            ["Opgaver", "; ".join(c.tasks)],
            ["Varighed", fmt_range(s, e, R.choice([1, 4]))],
            ["Timetal", hours]]
    doc.table(rows)
    doc.p("Status: Aktiv")
    return doc, "form"


# -- documents that are none of the three
def status_report(c: Case, d: dict):
    s, _ = d["period"]
    doc = Doc("Statusrapport – mentorforløb")
    doc.p(f"Til: {c.worker}, {c.m['name']}\nFra: {c.mentor}, {c.provider['name']}\nDeltager: {c.name}")
    doc.h("Forløbet indtil nu")
    doc.p(f"{c.first} har mødt op til {R.randint(8, 14)} af {R.randint(14, 16)} aftalte møder. Vi har arbejdet "
          f"med {c.tasks[0]}. Fremmødet i praktikken er steget fra 2 til 3 dage om ugen.")
    doc.h("Vurdering")
    doc.p(f"Det er min vurdering, at målet ({c.goal().rstrip('.')}) er realistisk. Der er brugt {R.randint(20, 40)} "
          f"timer af de bevilgede.")
    doc.h("Anbefaling")
    doc.p("Jeg anbefaler, at forløbet fortsætter uændret. Næste statusmøde er aftalt.")
    return doc, "headings"


def invoice(c: Case, d: dict):
    s, _ = d["period"]
    prov = c.provider if c.pkey != "intern" else PROVIDERS["bro"]
    doc = Doc(f"Faktura nr. {s.year}-{R.randint(100, 999)}")
    doc.header = f"{prov['name']} · CVR {prov['cvr']} · {prov['addr']}"
    doc.p(f"{c.m['name']}\n{c.m['unit']}\nEAN 579800{R.randint(1000000, 9999999)}\nRef.: {c.sagsnr}")
    n = R.randint(8, 20)
    doc.table([["Ydelse", "Antal", "Pris", "Beløb"],
               [f"Mentortimer {MONTHS[s.month - 1]} {s.year}, {c.first} {c.last[0]}.", f"{n} t", "495,00",
                f"{n * 495:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")],
               ["Kørsel", "42 km", "3,79", "159,18"]])
    doc.p("Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 0012345678.")
    return doc, "table"


def minutes(c: Case, d: dict):
    s, _ = d["period"]
    doc = Doc("Referat – opfølgningsmøde")
    doc.p(f"Dato: {d_long(s + dt.timedelta(days=40))}\nDeltagere: {c.name}, {c.mentor} (mentor), {c.worker} "
          f"(sagsbehandler)\nReferent: {c.worker}")
    doc.ol([f"Status: {c.first} fortæller, at det går bedre med at komme op om morgenen.",
            f"Praktik: Virksomheden er tilfreds. Der aftales udvidelse til {R.randint(15, 25)} timer.",
            "Mentor fortsætter som aftalt.",
            f"Næste møde: {d_long(s + dt.timedelta(days=70))}."])
    return doc, "numbered"


def partshoering(c: Case, d: dict):
    s, _ = d["period"]
    doc = Doc("Partshøring – vi overvejer at stoppe din mentorstøtte")
    doc.header = f"{c.m['name']}, {c.m['unit']}"
    doc.p(f"Kære {c.name}")
    doc.p(f"Vi overvejer at stoppe din mentorstøtte fra {d_long(s + dt.timedelta(days=60))}, fordi du ikke er "
          f"mødt op til de sidste fire aftaler med din mentor. Før vi træffer en afgørelse, har du ret til at "
          f"komme med dine bemærkninger (forvaltningslovens § 19).")
    doc.p(f"Send dine bemærkninger til mig senest {d_long(s + dt.timedelta(days=50))}. Hvis vi ikke hører fra "
          f"dig, træffer vi afgørelse ud fra de oplysninger, vi har.")
    doc.p(f"Venlig hilsen\n{c.worker}, tlf. {c.wphone}")
    return doc, "letter"


def journal(c: Case, d: dict):
    s, _ = d["period"]
    doc = Doc(f"Journalnotat – {c.sagsnr}")
    doc.p(f"{d_num(s + dt.timedelta(days=20), 0)} / {c.worker.split()[0][0]}{c.worker.split()[-1][0]}")
    doc.p(f"Telefonsamtale med mentor {c.mentor}. {c.first} har været syg i en uge, men er tilbage i praktik. "
          f"Mentor oplever god motivation. Ingen ændringer i indsatsen. Aftalt at mentor sender status inden "
          f"næste møde.")
    return doc, "prose"


def email_doc(c: Case, d: dict):
    s, _ = d["period"]
    doc = Doc("")
    doc.title = f"Hej {c.mentor.split()[0]}"
    doc.p(f"Tak for statussen på {c.first}. Kan vi flytte opfølgningsmødet til {d_long(s + dt.timedelta(days=33))} "
          f"kl. 10? Jeg har booket mødelokale 2.")
    return doc, "email"


# ---------------------------------------------------------------- plan
def build_plan():
    """100 documents: (kind, builder, muni, fmt, defects dict)."""
    plan = []
    # agreements: 45
    ag_defects = (["noappeal"] * 3 + ["over"] * 2 + ["vaguehours"] * 2 + ["vague"] * 2 + ["nocontact"] * 2
                  + ["nofollow"] * 1)
    ag_defects += [None] * (45 - len(ag_defects))
    R.shuffle(ag_defects)
    builders = ([("odense", agreement_odense)] * 16 + [("holbaek", agreement_holbaek)] * 11
                + [("odder", agreement_odder)] * 7 + [(None, agreement_provider)] * 11)
    fmts = {agreement_odense: ["docx"] * 9 + ["pdf"] * 5 + ["scan"] * 2,
            agreement_holbaek: ["odt"] * 5 + ["pdf"] * 4 + ["docx"] * 2,
            agreement_odder: ["docx"] * 2 + ["rtf"] * 2 + ["txt"] * 1 + ["scan"] * 2,
            agreement_provider: ["pdf"] * 5 + ["docx"] * 2 + ["html"] * 3 + ["eml"] * 1}
    for f in fmts.values():
        R.shuffle(f)
    for (mk, b), dft in zip(builders, ag_defects):
        mk = mk or R.choice(["odense", "holbaek", "odder"])
        plan.append(("agreement", b, mk, fmts[b].pop(), dft))
    # decisions: 20
    dd = ["noappeal"] * 2 + ["thin"] + ["over"] + [None] * 16
    R.shuffle(dd)
    dfmt = ["pdf"] * 8 + ["docx"] * 4 + ["scan"] * 2 + ["eml"] * 2 + ["odt"] * 2 + ["html"] * 1 + ["rtf"] * 1
    R.shuffle(dfmt)
    for dft, f in zip(dd, dfmt):
        plan.append(("decision", decision, R.choice(["odense"] * 3 + ["holbaek"] * 2 + ["odder"]), f, dft))
    # min plan: 10
    md = ["nohours", "vague"] + [None] * 8
    R.shuffle(md)
    mfmt = ["html"] * 5 + ["pdf"] * 3 + ["txt"] * 2
    R.shuffle(mfmt)
    for dft, f in zip(md, mfmt):
        plan.append(("minplan", minplan, R.choice(["odense", "holbaek", "odder"]), f, dft))
    # others: 25
    others = ([(status_report, f) for f in ["docx", "pdf", "pdf", "docx", "eml"]]
              + [(invoice, f) for f in ["pdf", "pdf", "pdf", "scan"]]
              + [(minutes, f) for f in ["docx", "docx", "odt", "pdf"]]
              + [(partshoering, f) for f in ["docx", "pdf", "eml"]]
              + [(journal, f) for f in ["txt", "txt", "rtf", "html"]]
              + [(email_doc, "eml")] * 5)
    for b, f in others:
        plan.append(("unknown", b, R.choice(["odense", "holbaek", "odder"]), f, None))
    return plan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = Path(ap.parse_args().out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="corpus_bi_"))
    entries, to_convert = [], {"pdf": [], "odt": []}
    for n, (kind, builder, mk, fmt, defect) in enumerate(build_plan()):
        c = Case(mk)
        over = defect == "over"
        months = 7 if over else R.choice([3, 4, 6, 6, 5])
        s, e = period(months)
        c.sagsnr = f"{c.m['prefix']}-{(s - dt.timedelta(days=30)).year}-{c.sagsnr.split('-')[-1]}"
        if over and R.random() < 0.5:
            e = e + dt.timedelta(days=R.randint(0, 20))
        with_cpr = kind in ("agreement", "decision") and R.random() < 0.36
        d = dict(period=(s, e), cpr=with_cpr)
        if defect and defect != "over":
            d[defect] = True
        if kind == "decision":
            d["dkind"] = R.choice(["full"] * 3 + ["partial", "ext"])
            d["appeal"] = {"noappeal": "none", "thin": "thin"}.get(defect, "ok")
        doc, layout = builder(c, d)
        rules = []
        if defect == "noappeal" or defect == "thin":
            rules.append("missing-appeal-guidance")
        if over:
            rules.append("duration-over-6-months")
        if defect == "vaguehours" or defect == "nohours":
            rules.append("missing-hours")
        if defect == "vague":
            rules.append("unclear-goal")
        if defect == "nocontact":
            rules.append("missing-mentor")
        if defect == "nofollow":
            rules.append("missing-follow-up")
        folder = f"{mk}/{c.sagsnr}"
        (out / folder).mkdir(parents=True, exist_ok=True)
        stem = {"agreement": "mentoraftale", "decision": "afgoerelse", "minplan": "minplan"}.get(
            kind, builder.__name__.replace("_", "-").replace("email-doc", "mail"))
        stem = f"{n:03d}-{stem}"
        ext = {"scan": "pdf"}.get(fmt, fmt)
        rel = f"{folder}/{stem}.{ext}"
        target = out / rel
        traits = [f"muni:{mk}", f"writer:{builder.__name__}"]
        if with_cpr:
            traits.append("cpr")
        if defect:
            traits.append(f"defect:{defect}")
        if fmt == "scan":
            traits.append("scanned-ocr")
            scan_pdf(doc, target, tmp)
        elif fmt in ("pdf", "odt"):
            src = tmp / f"{stem}.docx"
            to_docx(doc, src)
            to_convert[fmt].append((src, target))
            traits.append("libreoffice")
        elif fmt == "docx":
            to_docx(doc, target)
        elif fmt == "txt":
            target.write_text(doc.text(width=R.choice([None, 72])), encoding=R.choice(["utf-8", "cp1252"]))
        elif fmt == "html":
            to_html(doc, target, dl=(kind == "minplan" and R.random() < 0.6))
        elif fmt == "rtf":
            to_rtf(doc, target)
        elif fmt == "eml":
            if kind == "unknown":
                sender = f"{c.worker} <{c.wmail}>"; to = f"{c.mentor} <{c.mmail}>"
                subj = {"status_report": "Status", "partshoering": "Partshøring"}.get(builder.__name__,
                                                                                       "Opfølgningsmøde")
                subj += f" – {c.first} ({c.sagsnr})"
            elif kind == "decision":
                sender = f"{c.m['name']} <noreply@{c.m['domain']}>"; to = f"{c.name} <borger@example.dk>"
                subj = f"{doc.title} – sag {c.sagsnr}"
            else:
                sender = f"{c.mentor} <{c.mmail}>"; to = f"{c.worker} <{c.wmail}>"
                subj = f"Mentoraftale {c.first} {c.last[0]}. – til underskrift"
            sig = f"Venlig hilsen\n{c.worker}\n{c.m['unit']}\nTlf. {c.wphone}" if kind != "agreement" else None
            quoted = (f"Den {d_long(s)} skrev {c.worker}:\nHej, kan du sende aftalen?") if R.random() < 0.5 else None
            to_eml(doc, target, sender, to, subj, s, quoted=quoted, signature=sig)
        mnc = [c.cpr, c.cpr.replace("-", "")] if with_cpr else []
        entries.append(dict(path=rel, kind=kind, format=ext, layout=layout, subtype=builder.__name__,
                            rules=sorted(rules), extras=[], error=None, accept_errors=[], must_not_contain=mnc,
                            traits=traits, period={"start": s.isoformat(), "end": e.isoformat()}))
    for fmt, pairs in to_convert.items():
        soffice_convert([p for p, _ in pairs], fmt, tmp)
        for src, target in pairs:
            shutil.move(str(tmp / f"{src.stem}.{fmt}"), target)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp)
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
