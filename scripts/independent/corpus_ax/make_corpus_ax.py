"""Corpus AX: a quality team's hardest archive, mixed with ordinary documents.

Written independently from domain.md, the seeds and the rule docs (`mentordocs rules NAME`).
Deterministic: `python make_corpus_ax.py --out /work/corpora/ax`.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import zipfile
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

SEED = 4242
R = random.Random(SEED)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
FIRST = ["Sara", "Mikkel", "Louise", "Jonas", "Mette", "Ahmed", "Hanne", "Peter", "Fatima", "Rasmus",
         "Camilla", "Søren", "Line", "Kasper", "Birgitte", "Emil", "Nadia", "Thomas"]
LAST = ["Holm", "Kristensen", "Østergaard", "Madsen", "Jørgensen", "Nielsen", "Bach", "Lund", "Friis",
        "Dahl", "Andersen", "Kjær", "Winther", "Mortensen"]
KOMMUNER = ["Gribskov", "Faxe", "Herning", "Vejle", "Odsherred", "Holbæk", "Svendborg", "Viborg"]
FIRMS = ["Jobhuset", "Mentorhuset ApS", "Brobyggerne", "Vækstværket", "Ungeenheden", "Kompas Mentor"]

GOALS_OK = [
    "{b} starter på SOSU-hjælperuddannelsen på SOSU Nord i august {y} og møder mindst fire dage om ugen.",
    "{b} er i ordinært job som lagermedarbejder 15 timer om ugen ved udgangen af perioden.",
    "Målet er, at {b} gennemfører FVU-dansk trin 2 på VUC og derefter søger ind på HF.",
    "{b} fastholder sin praktik i Netto i Helsinge og går over i løntilskud senest {m2}.",
    "Fastholdelse af fleksjob hos Vognmand Bach, 12 timer om ugen, med stabilt fremmøde.",
    "{b} gennemfører grundforløb 1 på EUD (tømrer) og består praktikpladsaftalen.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {b} arbejder med sig selv og får mere selvværd.",
    "Hjælp til struktur i hverdagen og motivation.",
    "Sikre at {b} kommer tættere på arbejdsmarkedet.",
]
TASKS = [
    ["følge {b} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med at læse post fra kommunen i e-Boks"],
    ["støtte i kontakten med arbejdsgiver og kolleger", "hjælp til at planlægge ugen og møde til tiden",
     "deltage i opfølgningsmøder på arbejdspladsen"],
    ["hjælpe {b} med at søge SU og bolig i skolebyen", "lektiestøtte en gang om ugen",
     "være bindeled til studievejlederen"],
]
FOLLOWUP = [
    "Statusmøde med mentor, {b} og sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen fra {m1}.",
    "Vi følger op hver 4. uge. Mentor sender en kort skriftlig status til jobcentret, og der holdes "
    "midtvejsevaluering efter 3 måneder.",
    "Evaluering 14 dage før ophør. Progression måles på fremmøde (mål: 90 %) og på om {b} selv ringer ved fravær.",
]
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "1½ time om ugen", "8 timer om måneden",
            "halvanden time ugentligt", "24 mentortimer i perioden (ca. 4 timer om ugen)"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale"]
APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune, Jobcenter {k}, inden fire uger "
    "efter du har modtaget dette brev. Du kan klage mundtligt eller skriftligt. Kommunen genvurderer "
    "afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen, jf. LAB § 204.",
    "Du kan klage over afgørelsen inden 4 uger. Klagen sendes til Jobcenter {k}, som vurderer sagen igen. "
    "Hvis jobcentret fastholder afgørelsen, sendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.",
              "Hvis du er uenig, kan du kontakte din sagsbehandler i jobcentret."]


def d_da(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def d_num(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def cpr() -> str:
    d = date(1960, 1, 1) + timedelta(days=R.randrange(0, 16000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{R.randrange(1000, 9999)}"


def phone() -> str:
    return " ".join(f"{R.randrange(10, 99)}" for _ in range(4))


class Doc:
    """Facts of one case and which fields are defective."""

    def __init__(self, kind: str, defect: str | None):
        self.kind = kind
        self.defect = defect
        self.k = R.choice(KOMMUNER)
        self.b = R.choice(FIRST)
        self.blast = R.choice(LAST)
        self.mentor = f"{R.choice(FIRST)} {R.choice(LAST)}"
        while self.mentor.split()[0] == self.b:
            self.mentor = f"{R.choice(FIRST)} {R.choice(LAST)}"
        self.mfirst = self.mentor.split()[0]
        self.firm = R.choice(FIRMS)
        self.mphone = phone()
        self.mmail = f"{self.mfirst.lower().replace('ø', 'oe').replace('å', 'aa').replace('æ', 'ae')}@" \
                     f"{self.firm.split()[0].lower()}.dk"
        self.sb = f"{R.choice(FIRST)} {R.choice(LAST)}"
        self.start = date(2026, R.choice([1, 2, 3, 4, 5, 8, 9]), R.choice([1, 1, 1, 15]))
        months = R.choice([3, 4, 6, 6])
        if defect == "duration-over-6-months":
            months = R.choice([7, 9, 12])
        self.end = add_months(self.start, months) - timedelta(days=1)
        self.cpr = cpr() if R.random() < 0.27 else None
        y = self.start.year
        fmt = dict(b=self.b, y=y, m1=MONTHS[(self.start.month) % 12], m2=d_da(self.end), k=self.k)
        self.goal = R.choice(GOALS_UNCLEAR if defect == "unclear-goal" else GOALS_OK).format(**fmt)
        pool = [TASKS[0], TASKS[2]] if defect == "missing-follow-up" else TASKS
        self.tasks = [t.format(**fmt) for t in R.choice(pool)]
        self.follow = R.choice(FOLLOWUP).format(**fmt)
        self.hours = R.choice(HOURS_VAGUE if defect == "missing-hours" else HOURS_OK)
        self.appeal = R.choice(APPEAL_BAD if defect == "missing-appeal-guidance" else APPEAL_OK).format(**fmt)
        self.period = f"{d_da(self.start)} – {d_da(self.end)}" if R.random() < .6 else \
            f"{d_num(self.start)}-{d_num(self.end)}"

    extra_rules: list[str] = []

    def rules(self) -> list[str]:
        return sorted(set(([self.defect] if self.defect else []) + self.extra_rules))


# ---------------------------------------------------------------- content as sections
PLACEHOLDER = ["Udfyldes senere", "-", "Klik eller tryk her for at skrive tekst.", "xx"]


def sections(doc: Doc, style: str) -> list[tuple[str, str | list[str]]]:
    """Return (label, value) pairs for an agreement or Min Plan entry in a writer's own wording."""
    d = doc.defect
    out: list[tuple[str, str | list[str]]] = []
    goal_lbl = R.choice(["Målet med mentorstøtten", "Borgerens mål", "Formål", "Mål og delmål",
                         "Vi har aftalt følgende mål for forløbet"])
    if d != "missing-goal":
        out.append((goal_lbl, doc.goal))
    elif R.random() < .5:
        out.append((goal_lbl, R.choice(PLACEHOLDER)))
    mentor_lbl = R.choice(["Mentor", "Mentors kontaktdata", "Mentorens navn og kontaktdata", "Din mentor"])
    if d == "missing-mentor":
        out.append((mentor_lbl, f"{doc.mentor}, {doc.firm}"))
    else:
        out.append((mentor_lbl, R.choice([
            f"{doc.mentor}, {doc.firm}, tlf. {doc.mphone}, {doc.mmail}",
            f"{doc.mentor} ({doc.firm}) – mobil {doc.mphone}",
            f"{doc.mentor}, mail: {doc.mmail}"])))
    task_lbl = R.choice(["Mentorens opgaver", "Hvad skal mentor hjælpe med?", f"{doc.mfirst} skal hjælpe dig med",
                         "Indsatsområder", "Støtten består i"])
    if d == "missing-tasks":
        if R.random() < .6:
            out.append((task_lbl, R.choice(PLACEHOLDER)))
    else:
        out.append((task_lbl, doc.tasks))
    per_lbl = R.choice(["Periode", "Varighed", "Aftalens varighed", "Bevilget fra – til"])
    if d == "missing-duration":
        if R.random() < .5:
            out.append((per_lbl, R.choice(["indtil videre", "Udfyldes senere", "aftales løbende"])))
    else:
        out.append((per_lbl, doc.period))
    hrs_lbl = R.choice(["Timetal", "Antal timer", "Timer pr. uge", "Omfang"])
    if d == "missing-hours" and R.random() < .3:
        pass
    else:
        out.append((hrs_lbl, doc.hours))
    if doc.kind == "agreement":
        fu_lbl = R.choice(["Opfølgning", "Opfølgning og progression", "Sådan følger vi op"])
        if d == "missing-follow-up":
            if R.random() < .5:
                out.append((fu_lbl, "–"))
        else:
            out.append((fu_lbl, doc.follow))
        ap_lbl = R.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])
        out.append((ap_lbl, doc.appeal))
    return out


def as_text_lines(secs, style="colon") -> list[str]:
    lines: list[str] = []
    for lbl, val in secs:
        if isinstance(val, list):
            lines.append(f"{lbl}:")
            lines += [f"  - {v[0].upper() + v[1:]}" for v in val]
        elif style == "colon":
            lines.append(f"{lbl}: {val}")
        else:
            lines.append(lbl)
            lines.append(val)
        lines.append("")
    return lines


def val_str(v) -> str:
    return "; ".join(v) if isinstance(v, list) else v


# ---------------------------------------------------------------- writers
def write_txt(path: Path, lines: list[str], wrap: int | None = None):
    import textwrap
    if wrap:
        out = []
        for ln in lines:
            out += textwrap.wrap(ln, wrap) or [""]
        lines = out
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_html(path: Path, title: str, secs, intro: list[str], dl=False):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
    body = [f"<h1>{esc(title)}</h1>"] + [f"<p>{esc(p)}</p>" for p in intro]
    if dl:
        body.append("<div class='case'><dl>")
        for lbl, v in secs:
            vv = "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>" if isinstance(v, list) else esc(v)
            body.append(f"<div class='row'><dt>{esc(lbl)}</dt><dd>{vv}</dd></div>")
        body.append("</dl></div>")
    else:
        for lbl, v in secs:
            body.append(f"<h2>{esc(lbl)}</h2>")
            body.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul>" if isinstance(v, list)
                        else f"<p>{esc(v)}</p>")
    html = ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>" + esc(title) +
            "</title><script>var sagsid='X'; function mentor(){return 'Mentor: tlf 11111111';}</script>"
            "</head><body><div id='wrap'><div class='content'>" + "\n".join(body) +
            "</div></div></body></html>")
    path.write_text(html, encoding="utf-8")


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


def write_rtf(path: Path, title: str, lines: list[str], footer: str | None = None):
    parts = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}"]
    if footer:
        parts.append(r"{\footer \pard\qc\fs16 " + rtf_escape(footer) + r"\par}")
    parts.append(r"\pard\b\fs28 " + rtf_escape(title) + r"\b0\fs22\par")
    for ln in lines:
        parts.append(r"\pard " + rtf_escape(ln) + r"\par")
    parts.append("}")
    path.write_text("\n".join(parts), encoding="ascii")


def write_eml(path: Path, subject: str, frm: str, to: str, body: str):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = "Tue, 10 Mar 2026 09:14:00 +0100"
    m.set_content(body)
    path.write_bytes(bytes(m))


def write_odt(path: Path, title: str, secs, intro: list[str]):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem
    t = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    t.styles.addElement(bold)
    t.text.addElement(H(outlinelevel=1, text=title))
    for p in intro:
        t.text.addElement(P(text=p))
    for lbl, v in secs:
        t.text.addElement(H(outlinelevel=2, text=lbl))
        if isinstance(v, list):
            lst = List()
            for x in v:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            t.text.addElement(lst)
        else:
            t.text.addElement(P(text=v))
    t.save(str(path))


def write_docx(path: Path, title: str, secs, intro: list[str], mode: str, doc: Doc | None = None,
               outro: list[str] = ()):
    """mode: table | headings | sdt | tracked | footer."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = docx.Document()
    d.add_heading(title, 1)
    for p in intro:
        d.add_paragraph(p)
    body = d.element.body
    if mode == "table":
        tb = d.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for lbl, v in secs:
            row = tb.add_row().cells
            row[0].text = lbl
            row[1].text = "\n".join("• " + x for x in v) if isinstance(v, list) else v
    elif mode in ("sdt", "tracked"):
        for lbl, v in secs:
            d.add_paragraph().add_run(lbl).bold = True
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                placeholder = x in PLACEHOLDER
                if mode == "sdt":
                    txt = "Klik eller tryk her for at skrive tekst." if placeholder else x
                    plc = "<w:showingPlcHdr/>" if placeholder else ""
                    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{lbl}"/>{plc}</w:sdtPr>'
                           f'<w:sdtContent><w:p><w:r><w:t xml:space="preserve">{_x(txt)}</w:t></w:r></w:p>'
                           f'</w:sdtContent></w:sdt>')
                    body.insert(len(body) - 1, parse_xml(xml))
                else:
                    old = R.choice(["Udfyldes senere", "TBD", "se tidligere aftale"])
                    xml = (f'<w:p {nsdecls("w")}><w:del w:id="{R.randrange(1, 9999)}" w:author="{doc.sb}" '
                           f'w:date="2026-02-01T10:00:00Z"><w:r><w:delText xml:space="preserve">{_x(old)} '
                           f'</w:delText></w:r></w:del><w:ins w:id="{R.randrange(1, 9999)}" w:author="{doc.sb}" '
                           f'w:date="2026-02-01T10:00:00Z"><w:r><w:t xml:space="preserve">{_x(x)}</w:t></w:r>'
                           f'</w:ins></w:p>')
                    body.insert(len(body) - 1, parse_xml(xml))
    else:
        for lbl, v in secs:
            if mode == "footer" and lbl.startswith(("Mentor", "Din mentor")):
                d.sections[0].footer.paragraphs[0].text = f"{lbl}: {v}"
                continue
            d.add_heading(lbl, 2)
            if isinstance(v, list):
                for x in v:
                    d.add_paragraph(x, style="List Bullet")
            else:
                d.add_paragraph(v)
    for p in outro:
        d.add_paragraph(p)
    d.save(str(path))


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(path: Path, title: str, lines: list[str], layout: str, header: str = ""):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    font = "Helvetica"
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DV", cand))
            font = "DV"
    c = canvas.Canvas(str(path), pagesize=A4)
    W, H = A4
    import textwrap
    page = [1]

    def newpage():
        c.setFont(font, 8)
        c.drawString(40, 20, f"{header}    Side {page[0]}")
        c.showPage()
        page[0] += 1

    if layout == "twocol":
        cols = [(40, 40), (W / 2 + 10, 40)]
        c.setFont(font, 14)
        c.drawString(40, H - 50, title)
        col, y = 0, H - 80
        for ln in lines:
            for w in textwrap.wrap(ln, 42) or [""]:
                if y < 50:
                    col += 1
                    y = H - 80
                    if col > 1:
                        newpage()
                        col = 0
                c.setFont(font, 9)
                c.drawString(cols[col][0], y, w)
                y -= 12
    else:
        sidebar = layout == "sidebar"
        x = 170 if sidebar else 50
        c.setFont(font, 14)
        c.drawString(x, H - 50, title)
        y = H - 80
        if sidebar:
            c.setFont(font, 8)
            for i, s in enumerate([header, "Jobcenter", "Torvet 1", "Telefon 72 49 60 00", "www.kommune.dk"]):
                c.drawString(40, H - 80 - 12 * i, s)
        for ln in lines:
            for w in textwrap.wrap(ln, 75 if sidebar else 90) or [""]:
                if y < 50:
                    newpage()
                    y = H - 60
                c.setFont(font, 10)
                c.drawString(x, y, w)
                y -= 13
    newpage()
    c.save()


def soffice_pdf(src: Path, dest: Path):
    outdir = src.parent / "_lo"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ax_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)], check=True,
                   capture_output=True, timeout=180)
    shutil.move(str(outdir / (src.stem + ".pdf")), str(dest))
    src.unlink()


OCR_SUBS = [("æ", "e"), ("ø", "e"), ("ti", "fi"), (" i ", " 1 "), ("m", "rn")]


def ocr_damage(lines: list[str]) -> list[str]:
    out = []
    for ln in lines:
        for a, b in OCR_SUBS:
            if R.random() < .25:
                ln = ln.replace(a, b, 1)
        out.append(ln)
    return out


# ---------------------------------------------------------------- document builders
def header_lines(doc: Doc) -> list[str]:
    h = [f"{doc.k} Kommune · Jobcenter {doc.k}", f"Borger: {doc.b} {doc.blast}"]
    if doc.cpr:
        h.append(f"CPR-nr.: {doc.cpr}")
    h.append(f"Sagsbehandler: {doc.sb}, tlf. {phone()}")
    return h


def agreement(doc: Doc, fmt: str, n: int, root: Path) -> tuple[str, str, list[str]]:
    secs = sections(doc, "")
    title = R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorforløb",
                      "Aftale om mentorstøtte efter LAB § 167"])
    intro = header_lines(doc)
    base = root / f"sag-{2000 + n}"
    base.mkdir(exist_ok=True)
    traits = []
    if fmt == "docx":
        mode = R.choice(["table", "headings", "sdt", "tracked", "footer"])
        if mode == "footer" and doc.defect == "missing-mentor":
            mode = "headings"
        p = base / f"mentoraftale-{doc.b.lower()}.docx"
        write_docx(p, title, secs, intro, mode, doc, outro=["Underskrift borger: ____________",
                                                              "Underskrift mentor: ____________"])
        if mode == "footer":
            # Label what was written: write_docx puts every section whose label starts with
            # "Mentor"/"Din mentor" in the footer, and the last one wins. When that is the task
            # list ("Mentorens opgaver"), the mentor's name and contact are in no part of the file.
            in_footer = [lbl for lbl, _ in secs if lbl.startswith(("Mentor", "Din mentor"))]
            if in_footer and in_footer[-1] == "Mentorens opgaver" and doc.defect is None:
                doc.extra_rules = ["missing-mentor"]
                traits.append("footer-overwritten")
        layout = {"table": "table", "sdt": "content-controls", "tracked": "tracked-changes",
                  "footer": "footer", "headings": "headings"}[mode]
    elif fmt == "pdf":
        layout = R.choice(["sidebar", "twocol", "plain", "libreoffice", "ocr"])
        p = base / f"aftale-{n}.pdf"
        lines = intro + [""] + as_text_lines(secs, R.choice(["colon", "block"]))
        if layout == "libreoffice":
            tmp = base / f"aftale-{n}.docx"
            write_docx(tmp, title, secs, intro, "table", doc)
            soffice_pdf(tmp, p)
            layout = "table"
        elif layout == "ocr":
            write_pdf(p, title, ocr_damage(lines), "plain", header=f"{doc.k} Kommune")
            traits.append("ocr-damage")
        else:
            write_pdf(p, title, lines, layout, header=f"{doc.k} Kommune")
    elif fmt == "odt":
        p = base / f"aftale-{n}.odt"
        write_odt(p, title, secs, intro)
        layout = "headings"
    elif fmt == "html":
        p = base / f"aftale-{n}.html"
        dl = R.random() < .6
        write_html(p, title, secs, intro, dl=dl)
        layout = "dl" if dl else "headings"
    elif fmt == "rtf":
        p = base / f"aftale-{n}.rtf"
        write_rtf(p, title, intro + [""] + as_text_lines(secs), footer=f"{doc.k} Kommune · Side 1")
        layout = "labels"
    else:
        p = base / f"aftale-{n}.txt"
        hashes = R.random() < .4
        lines = [("# " if hashes else "") + title, ""] + intro + [""]
        for lbl, v in secs:
            lines.append(("## " + lbl) if hashes else lbl + ":")
            lines += [f"- {x}" for x in v] if isinstance(v, list) else [v]
            lines.append("")
        write_txt(p, lines, wrap=R.choice([None, 68]))
        layout = "markdown" if hashes else "labels"
    return str(p.relative_to(root)), layout, traits


def minplan(doc: Doc, fmt: str, n: int, root: Path):
    secs = sections(doc, "")
    base = root / f"sag-{2000 + n}"
    base.mkdir(exist_ok=True)
    title = "Min Plan – Mentorstøtte"
    intro = [f"Udskrevet fra jobnet.dk / Min Plan {d_num(doc.start - timedelta(days=3))}",
             f"{doc.b} {doc.blast}" + (f" ({doc.cpr})" if doc.cpr else ""),
             "Indsats: Mentorstøtte (LAB § 167)", f"Status: Aktiv · Ansvarlig: {doc.sb}"]
    if fmt == "html":
        p = base / f"minplan-{n}.html"
        write_html(p, title, secs, intro, dl=True)
        layout = "dl"
    elif fmt == "pdf":
        p = base / f"minplan-print-{n}.pdf"
        write_pdf(p, title, intro + [""] + as_text_lines(secs, "block"), "plain", header="Min Plan")
        layout = "print"
    else:
        p = base / f"minplan-{n}.txt"
        write_txt(p, [title, ""] + intro + [""] + as_text_lines(secs))
        layout = "labels"
    return str(p.relative_to(root)), layout, []


def decision(doc: Doc, fmt: str, n: int, root: Path, bilag: bool):
    base = root / f"sag-{2000 + n}"
    base.mkdir(exist_ok=True)
    partial = R.random() < .4 and doc.defect != "duration-over-6-months"
    body = [f"{doc.k} Kommune, Jobcenter {doc.k}", f"{d_da(doc.start - timedelta(days=10))}",
            f"Kære {doc.b} {doc.blast}", "",
            "Afgørelse om mentorstøtte", "",
            (f"Du har søgt om mentorstøtte i 9 måneder. Du får bevilget mentorstøtte i perioden {doc.period} "
             f"med {doc.hours}." if partial else
             f"Jobcentret har bevilget dig mentorstøtte i perioden {doc.period}, {doc.hours}."),
            "",
            "Begrundelse",
            "Vi har lagt vægt på, at du har brug for støtte for at kunne fastholde dit forløb, jf. "
            "lov om en aktiv beskæftigelsesindsats § 167. " + (
                "Vi vurderer, at 6 måneder er tilstrækkeligt, og at støtten herefter skal evalueres." if partial else ""),
            "", "Klagevejledning", doc.appeal, "",
            "Med venlig hilsen", doc.sb, "Jobkonsulent"]
    if doc.cpr:
        body.insert(3, f"CPR-nummer: {doc.cpr}")
    if bilag:
        agr = Doc("agreement", None)
        for a in ("goal", "tasks", "follow", "hours", "period", "mentor", "mfirst", "mphone", "mmail", "firm",
                  "start", "end", "b", "k"):
            setattr(agr, a, getattr(doc, a))
        agr.appeal = doc.appeal
        body += ["", "Bilag 1: Aftale om mentorstøtte", ""] + as_text_lines(sections(agr, ""))
    if fmt == "docx":
        p = base / f"afgoerelse-{n}.docx"
        import docx
        d = docx.Document()
        for ln in body:
            d.add_paragraph(ln)
        d.save(str(p))
        layout = "letter"
    elif fmt == "pdf":
        p = base / f"afgoerelse-{n}.pdf"
        tmp = base / f"afgoerelse-{n}.odt"
        from odf.opendocument import OpenDocumentText
        from odf.text import P
        t = OpenDocumentText()
        for ln in body:
            t.text.addElement(P(text=ln))
        t.save(str(tmp))
        soffice_pdf(tmp, p)
        layout = "letter"
    else:
        p = base / f"afgoerelse-{n}.txt"
        write_txt(p, body, wrap=72)
        layout = "letter"
    return str(p.relative_to(root)), layout, (["bilag-agreement"] if bilag else []) + (["partial-grant"] if partial else [])


def other(doc: Doc, sub: str, fmt: str, n: int, root: Path):
    """Documents that are none of the three kinds but mention the fields."""
    base = root / f"sag-{2000 + n}"
    base.mkdir(exist_ok=True)
    tasks = ", ".join(doc.tasks)
    if sub == "statusrapport":
        title = "Statusrapport – mentorforløb"
        lines = [f"Til: Jobcenter {doc.k}, att. {doc.sb}", f"Fra: {doc.mentor}, {doc.firm}, tlf. {doc.mphone}",
                 f"Vedr.: {doc.b} {doc.blast}" + (f", cpr {doc.cpr}" if doc.cpr else ""), "",
                 f"Forløbet har kørt siden {d_da(doc.start)} med {doc.hours}. Vi har arbejdet med "
                 f"målet ({doc.goal[0].lower() + doc.goal[1:]}) og jeg har bl.a. hjulpet med: {tasks}.",
                 f"{doc.b} har haft et fremmøde på ca. 80 %. Jeg anbefaler, at forløbet fortsætter som aftalt "
                 f"til {d_da(doc.end)}, og at vi holder statusmøde i næste måned.",
                 "", f"Venlig hilsen {doc.mentor}"]
    elif sub == "referat":
        title = f"Referat af teammøde, Jobcenter {doc.k}"
        lines = ["Deltagere: " + ", ".join([doc.sb, doc.mentor, "teamleder " + R.choice(FIRST)]),
                 "1. Kapacitet hos mentorleverandører: " + doc.firm + " har ledige pladser fra næste måned.",
                 "2. Ny skabelon for mentoraftaler: felterne mål, mentorens navn og kontaktdata, opgaver, "
                 "varighed (højst 6 måneder), opfølgning, timetal og klagevejledning skal altid udfyldes.",
                 "3. Klagefrist: husk at klagevejledningen skal nævne 4 uger og at klagen sendes til kommunen.",
                 "4. Eventuelt: intet."]
    elif sub == "pjece":
        title = "Mentorstøtte – hvad er det?"
        lines = ["Mentorstøtte kan hjælpe dig med at komme i job eller uddannelse.",
                 "En mentor er en person, der hjælper dig med fx at møde til tiden, tale med kolleger eller "
                 "planlægge din uge. Du og din mentor laver en aftale om målet, mentorens opgaver, hvor mange "
                 "timer om ugen, og hvor længe støtten varer – højst 6 måneder ad gangen.",
                 "Vi følger op på aftalen løbende.",
                 f"Vil du vide mere? Ring til Jobcenter {doc.k} på 72 49 60 00.",
                 "Er du uenig i en afgørelse, kan du klage inden 4 uger til kommunen."]
    elif sub == "privat-mentoraftale":
        club = R.choice(["Boldklubben Frem", "Egebjerg Friskole", "Svømmeklubben Delfinen"])
        title = f"Mentoraftale – {club}"
        lines = [f"{club} har et frivilligt mentorprogram for unge medlemmer.",
                 f"Mål: {doc.b} bliver en del af holdet og får en fast træningsrytme.",
                 f"Mentor: {doc.mentor}, tlf. {doc.mphone}",
                 "Mentorens opgaver: følges til træning, snak efter kampene, hjælp med lektier.",
                 f"Periode: {doc.period}", "Timer: 2 timer om ugen",
                 "Opfølgning: Vi tager en snak med forældrene hver 3. måned.",
                 "Aftalen er frivillig og kan opsiges af begge parter. Den er ikke en del af kommunens indsats."]
    elif sub == "faktura":
        title = f"Faktura nr. {R.randrange(1000, 9999)} – {doc.firm}"
        lines = [f"Til: {doc.k} Kommune, Jobcenter, EAN 5798000{R.randrange(100000, 999999)}",
                 f"Mentorstøtte for {doc.b} {doc.blast}, periode {d_da(doc.start)} – {d_da(add_months(doc.start, 1))}",
                 f"Mentor: {doc.mentor}", f"Timer: 12 à 550 kr. = 6.600 kr.", "Moms 25 %: 1.650 kr.",
                 "I alt: 8.250 kr.", "Betalingsbetingelser: netto 30 dage."]
    else:  # journalnotat with fields as prose -- an agreement? no: a note is not a document kind
        title = "Journalnotat"
        lines = [f"{d_num(doc.start)} – {doc.sb}",
                 f"Samtale med {doc.b} og mentor {doc.mentor} ({doc.firm}, {doc.mphone}). Vi talte om, at "
                 f"{doc.goal[0].lower() + doc.goal[1:]} Mentor hjælper med {tasks}. Forløbet løber "
                 f"{doc.period} med {doc.hours}. Næste opfølgning om en måned."]
    if sub == "journalnotat" and doc.cpr:
        lines.insert(1, f"Borger: {doc.b} {doc.blast}, cpr.nr. {doc.cpr}")
    elif sub != "statusrapport":
        doc.cpr = None
    if fmt == "eml":
        p = base / f"{sub}-{n}.eml"
        write_eml(p, title, f"{doc.sb} <{doc.sb.split()[0].lower()}@{doc.k.lower()}.dk>",
                  f"{doc.mmail}", "\n".join(lines) + f"\n\nVenlig hilsen\n{doc.sb}\nJobcenter {doc.k}\n"
                  f"Direkte tlf. {phone()}\n")
    elif fmt == "docx":
        p = base / f"{sub}-{n}.docx"
        write_docx(p, title, [], lines, "headings")
    elif fmt == "pdf":
        p = base / f"{sub}-{n}.pdf"
        write_pdf(p, title, lines, R.choice(["plain", "twocol"]), header=f"{doc.k} Kommune")
    elif fmt == "html":
        p = base / f"{sub}-{n}.html"
        write_html(p, title, [], lines)
    elif fmt == "rtf":
        p = base / f"{sub}-{n}.rtf"
        write_rtf(p, title, lines)
    else:
        p = base / f"{sub}-{n}.txt"
        write_txt(p, [title, ""] + lines, wrap=74)
    return str(p.relative_to(root)), "prose", []


def email_reply(doc: Doc, n: int, root: Path):
    """A mentor's reply that quotes the full agreement: it is an e-mail, kind unknown."""
    base = root / f"sag-{2000 + n}"
    base.mkdir(exist_ok=True)
    doc.cpr = None
    secs = sections(Doc("agreement", None), "")
    quoted = ["> " + ln for ln in as_text_lines(secs)]
    body = (f"Hej {doc.sb.split()[0]}\n\nTak for aftalen. Jeg har læst den igennem og kan godt starte mandag. "
            f"Vi ses til opstartsmødet.\n\nMvh\n{doc.mentor}\n{doc.firm}\n\n"
            f"Den 3. marts 2026 skrev {doc.sb}:\n" + "\n".join(quoted) + "\n")
    p = base / f"svar-paa-aftale-{n}.eml"
    write_eml(p, "SV: Mentoraftale til underskrift", f"{doc.mentor} <{doc.mmail}>",
              f"{doc.sb.split()[0].lower()}@{doc.k.lower()}.dk", body)
    return str(p.relative_to(root)), "email", ["quoted-agreement"]


AGR_DEFECTS = [None] * 12 + ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                              "missing-follow-up", "missing-hours", "missing-appeal-guidance",
                              "duration-over-6-months", "unclear-goal", "missing-hours", "missing-mentor"]
MP_DEFECTS = [None] * 6 + ["missing-goal", "missing-mentor", "missing-tasks", "missing-hours",
                           "duration-over-6-months", "unclear-goal"]
DEC_DEFECTS = [None] * 6 + ["missing-appeal-guidance", "missing-appeal-guidance", "duration-over-6-months",
                            "duration-over-6-months"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = Path(ap.parse_args().out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    n = 0

    def add(kind, doc, path, fmt, layout, subtype, traits, rules):
        must = [doc.cpr, doc.cpr.replace("-", "")] if doc.cpr else []
        e = {"path": path, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": traits + (["cpr"] if doc.cpr else []) +
             ([f"defect:{rules[0]}"] if rules else [])}
        if kind in ("agreement", "minplan", "decision") and getattr(doc, "start", None):
            e["period"] = {"start": doc.start.isoformat(), "end": doc.end.isoformat()}
        entries.append(e)

    agr_fmts = ["docx"] * 10 + ["pdf"] * 8 + ["odt", "odt", "html", "html", "rtf", "rtf", "txt", "txt", "txt"]
    for i in range(32):
        defect = AGR_DEFECTS[i % len(AGR_DEFECTS)]
        doc = Doc("agreement", defect)
        fmt = agr_fmts[i % len(agr_fmts)]
        path, layout, tr = agreement(doc, fmt, n, out)
        n += 1
        add("agreement", doc, path, fmt, layout, "agreement", tr, doc.rules())
    for i in range(12):
        defect = MP_DEFECTS[i]
        doc = Doc("minplan", defect)
        fmt = ["html", "pdf", "txt"][i % 3]
        path, layout, tr = minplan(doc, fmt, n, out)
        n += 1
        add("minplan", doc, path, fmt, layout, "minplan", tr, doc.rules())
    for i in range(12):
        defect = DEC_DEFECTS[i % len(DEC_DEFECTS)]
        doc = Doc("decision", defect)
        fmt = ["docx", "pdf", "txt"][i % 3]
        bilag = i % 2 == 0
        path, layout, tr = decision(doc, fmt, n, out, bilag)
        n += 1
        add("decision", doc, path, fmt, layout, "decision", tr, doc.rules())
    subs = ["statusrapport", "referat", "pjece", "privat-mentoraftale", "faktura", "journalnotat"]
    ofmts = ["eml", "docx", "pdf", "html", "rtf", "txt"]
    for i in range(20):
        doc = Doc("unknown", None)
        sub = subs[i % len(subs)]
        fmt = ofmts[(i + i // 6) % len(ofmts)]
        path, layout, tr = other(doc, sub, fmt, n, out)
        n += 1
        add("unknown", doc, path, fmt, layout, sub, tr + ["not-a-mentor-document-kind"], [])
    for i in range(4):
        doc = Doc("unknown", None)
        path, layout, tr = email_reply(doc, n, out)
        n += 1
        add("unknown", doc, path, "eml", layout, "email-reply", tr + ["not-a-mentor-document-kind"], [])
    lo = out / "sag-x"
    for pth in out.rglob("_lo"):
        shutil.rmtree(pth)
    del lo
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
