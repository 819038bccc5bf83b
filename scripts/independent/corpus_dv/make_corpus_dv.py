"""Corpus DV: the audit sample of a small rural municipality without fixed templates.

Four caseworkers write by hand in Word, each in a personal style:
  * Birgitte Holm (BH): short letters, everything in a few prose paragraphs.
  * Jens Kragh (JK): bullet lists under short labels.
  * Mette Lund (ML): pastes from old documents (old table, "Jobcenter", § 31 b, leftovers).
  * Ole Vestergaard (OV): writes in the case system's journal and prints it (PDF/TXT).
Two providers send forms: Mentorhuset Limfjord (PDF form with a table) and Klar Vej ApS (ODT).
Plus decisions of all types, Min Plan prints, and the non-kind documents that sit in the same
case folders (phone notes, invoices, status reports, minutes, hearings, mails, leaflets).

Labels follow `mentordocs rules NAME` and /work/shared/domain.md, decided when each document
is written. Deterministic: fixed seed. Usage: make_corpus_dv.py --out DIR
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
from pathlib import Path

from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, P
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem as RLItem, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable, TableStyle, Preformatted

SEED = 20261130
KOMMUNE = "Morsø Kommune"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

FIRST = ["Mads", "Sofie", "Kasper", "Line", "Ahmad", "Nanna", "Jonas", "Camilla", "Rasmus", "Louise",
         "Patrick", "Maja", "Emil", "Sara", "Dennis", "Julie", "Nicolai", "Pernille", "Tobias", "Amalie",
         "Kenneth", "Signe", "Mikkel", "Trine", "Yusuf", "Helle", "Brian", "Cecilie", "Allan", "Tina"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Poulsen", "Kristensen", "Thomsen", "Madsen", "Mortensen", "Vinther", "Bach",
        "Kjær", "Overgaard", "Skov", "Damgaard"]
MENTORS = [("Lone Bisgaard", "Mentorhuset Limfjord", "lone@mentorhuset-limfjord.dk"),
           ("Henrik Balle", "Mentorhuset Limfjord", "hb@mentorhuset-limfjord.dk"),
           ("Susanne Kirk", "Klar Vej ApS", "sk@klarvej.dk"),
           ("Per Ravn", "Klar Vej ApS", "per.ravn@klarvej.dk"),
           ("Karin Søndergaard", "Morsø Kommune, Mentorteamet", "ksn@morsoe.dk"),
           ("Thomas Frost", "Morsø Kommune, Mentorteamet", "tfr@morsoe.dk")]
WORKERS = {"BH": ("Birgitte Holm", "9970 7312"), "JK": ("Jens Kragh", "9970 7326"),
           "ML": ("Mette Lund", "9970 7331"), "OV": ("Ole Vestergaard", "9970 7345")}

GOALS_CLEAR = [
    "{f} er i virksomhedspraktik på lageret hos Dansk Træemballage 15 timer om ugen senest 1. {m}",
    "{f} starter på FGU Vestlimfjorden (produktionsgrunduddannelse, værkstedet) og møder mindst fire dage om ugen",
    "{f} gennemfører grundforløb 1 på SOSU Nord i Thisted og har højst to dages fravær pr. måned",
    "{f} er i løntilskudsjob som pedelmedhjælper på Nykøbing Skole 20 timer om ugen fra 1. {m}",
    "{f} har fået ordinære timer i Netto, Vestergade, mindst 12 timer om ugen",
    "{f} består FVU-dansk trin 2 på VUC i Nykøbing og møder op til undervisningen to gange om ugen",
    "{f} er i praktik i Super Brugsen i Karby 10 timer om ugen, og timerne er øget til 15 inden periodens udløb",
    "{f} starter på EUD grundforløb (landbrug) på Kjærgård Landbrugsskole i august",
    "{f} gennemfører AMU-kurset gaffeltruckcertifikat og søger mindst to lagerjob om måneden",
    "{f} fastholder sit fleksjob som køkkenmedhjælper på Plejecenter Kærdalen 12 timer om ugen uden sygefravær",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {f} kommer videre og får det bedre med sig selv.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Motivere {f} og styrke selvværdet.",
]
TASKS = [
    ["følge {f} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med at åbne e-Boks og svare kommunen"],
    ["ringe {f} op om morgenen på skoledage", "hjælpe med madpakke og døgnrytme",
     "deltage i samtale med kontaktlæreren"],
    ["hjælpe med at lave et budget og overblik over regninger", "følge med til lægen og jobcentret",
     "øve busturen til Thisted"],
    ["være bindeled til arbejdspladsen", "tale med {f} om pauser og aftaler med kollegerne",
     "følge op på fravær sammen med lederen"],
]
FOLLOW = [
    "Vi holder statusmøde hver måned med dig, mentor og sagsbehandler, og evaluerer 14 dage før støtten slutter.",
    "Opfølgning hver 3. uge; delmål: fremmøde fire dage om ugen fra uge 12.",
    "Mentor sender en kort status hver måned, og vi mødes til evaluering fire uger før bevillingen udløber.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør.",
]
HOURS = ["2 timer om ugen", "1½ time om ugen", "3 timer ugentligt", "to timer pr. uge",
         "halvanden time om ugen", "4 timer pr. uge", "8 timer om måneden", "2-3 timer om ugen"]
APPEAL_FULL = ("Hvis du ikke er enig i afgørelsen, kan du klage til {k} inden fire uger fra du har "
               "modtaget dette brev. Du kan klage skriftligt eller mundtligt til din sagsbehandler. "
               "Kommunen genvurderer afgørelsen inden fire uger, og hvis vi fastholder den, sender vi "
               "klagen videre til Ankestyrelsen (lov om en aktiv beskæftigelsesindsats § 204).")
APPEAL_SHORT = ("Du kan klage til {k} senest 4 uger efter, at du har fået brevet. Fastholder vi "
                "afgørelsen, bliver klagen sendt videre til Ankestyrelsen.")
APPEAL_WRONG = ("Er du ikke enig, kan du klage til Ankestyrelsen inden 4 uger. Klagen sendes direkte "
                "til Ankestyrelsen, 7998 Statsservice.")
APPEAL_VAGUE = "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål."


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used = set()
        self.case = 4100

    def person(self):
        while True:
            f, l = self.rng.choice(FIRST), self.rng.choice(LAST)
            if (f, l) not in self.used:
                self.used.add((f, l))
                return f, l

    def cpr(self):
        d = dt.date(1975, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * 30))
        return f"{d:%d%m%y}-{self.rng.randrange(1000, 9999)}"

    def sag(self):
        self.case += self.rng.randrange(3, 40)
        return f"15.20.08-G01-{self.case}-26"


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fmt(d: dt.date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d:%d.%m.%Y}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d:%y}"
    return d.isoformat()


def period(ctx: Ctx, over: bool):
    start = dt.date(2026, ctx.rng.choice([1, 2, 3, 4, 5, 6, 8, 9]), ctx.rng.choice([1, 1, 1, 15, 10]))
    if over:
        end = add_months(start, ctx.rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    else:
        end = add_months(start, ctx.rng.choice([3, 4, 6, 6, 6])) - dt.timedelta(days=1)
    return start, end


# ---------------------------------------------------------------- renderers
# A document is a list of blocks: ("title", s), ("h", s), ("p", s), ("bul", [..]), ("num", [..]),
# ("table", [[..]]), ("pre", s). Footer/header text is passed separately for DOCX.

def render_docx(path: Path, blocks, header=None, footer=None, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=1)
        elif kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "hb":  # bold line used as a heading by hand
            doc.add_paragraph().add_run(val).bold = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = txt
        elif kind == "pre":
            for line in val.split("\n"):
                doc.add_paragraph(line)
    doc.save(path)


def render_pdf(path: Path, blocks, mono=False, header=None):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Courier" if mono else "Helvetica",
                          fontSize=9.5 if mono else 10, leading=13)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=14)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11)
    cell = ParagraphStyle("c", parent=body, fontName="Helvetica", fontSize=9, leading=11)
    story = []
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(esc(val), h1))
        elif kind in ("h", "hb"):
            story.append(Paragraph(esc(val), h2))
        elif kind == "p":
            story.append(Paragraph(esc(val), body))
            story.append(Spacer(1, 4))
        elif kind in ("bul", "num"):
            story.append(ListFlowable([RLItem(Paragraph(esc(i), body)) for i in val],
                                      bulletType="bullet" if kind == "bul" else "1"))
        elif kind == "table":
            data = [[Paragraph(esc(c), cell) for c in row] for row in val]
            ncol = len(val[0])
            widths = [130, 340] if ncol == 2 else None
            t = RLTable(data, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pre":
            story.append(Preformatted(val, body))

    def on_page(canvas, d):
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(40, 815, header)
        canvas.drawRightString(555, 25, f"Side {d.page}")

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50,
                      bottomMargin=45).build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_odt(path: Path, blocks):
    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for kind, val in blocks:
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, text=val))
        elif kind in ("h", "hb"):
            doc.text.addElement(H(outlinelevel=2, text=val))
        elif kind == "p":
            for line in val.split("\n"):
                doc.text.addElement(P(text=line))
        elif kind in ("bul", "num"):
            lst = List()
            for it in val:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "table":
            t = Table(name=f"T{id(val) % 10000}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(val[0])))
            for row in val:
                tr = TableRow()
                for c in row:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif kind == "pre":
            for line in val.split("\n"):
                doc.text.addElement(P(text=line))
    doc.save(str(path))


def render_html(path: Path, blocks, title):
    out = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'>",
           f"<title>{title}</title><style>body{{font-family:Arial}} .kort{{border:1px solid #999;"
           "margin:8px;padding:6px}}</style><script>var t='Udskriv';</script></head><body>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{val}</h1>")
        elif kind in ("h", "hb"):
            out.append(f"<h2>{val}</h2>")
        elif kind == "p":
            out.append(f"<p>{val}</p>")
        elif kind in ("bul", "num"):
            tag = "ul" if kind == "bul" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{i}</li>" for i in val) + f"</{tag}>")
        elif kind == "table":
            out.append("<div class='kort'><dl>" + "".join(
                f"<dt>{r[0]}</dt><dd>{r[1]}</dd>" for r in val) + "</dl></div>")
        elif kind == "pre":
            out.append("<pre>" + val + "</pre>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_txt(path: Path, blocks, enc="utf-8"):
    lines = []
    for kind, val in blocks:
        if kind == "title":
            lines += [val.upper(), ""]
        elif kind in ("h", "hb"):
            lines += [val, ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind in ("bul", "num"):
            lines += [("- " if kind == "bul" else f"{i + 1}. ") + it for i, it in enumerate(val)] + [""]
        elif kind == "table":
            lines += [f"{r[0]}: {r[1]}" for r in val] + [""]
        elif kind == "pre":
            lines += [val, ""]
    path.write_text("\r\n".join(lines), encoding=enc)


def render(path: Path, fmt_: str, blocks, **kw):
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt_ == "docx":
        render_docx(path, blocks, header=kw.get("header"), footer=kw.get("footer"),
                    font=kw.get("font", "Calibri"))
    elif fmt_ == "pdf":
        render_pdf(path, blocks, mono=kw.get("mono", False), header=kw.get("header"))
    elif fmt_ == "odt":
        render_odt(path, blocks)
    elif fmt_ == "html":
        render_html(path, blocks, kw.get("title", "Udskrift"))
    elif fmt_ == "txt":
        render_txt(path, blocks, enc=kw.get("enc", "utf-8"))


# ---------------------------------------------------------------- content with labels

AGREEMENT_DEFECTS = ["hours", "hours_vague", "follow", "over", "duration", "unclear", "mentor_contact",
                     "appeal_none", "appeal_vague", "appeal_wrong", "tasks", "goal"]


class Case:
    """One citizen's case folder: the facts all its documents share."""

    def __init__(self, ctx: Ctx, worker: str):
        self.ctx, self.rng = ctx, ctx.rng
        self.worker = worker
        self.f, self.l = ctx.person()
        self.sag = ctx.sag()
        self.cpr_val = ctx.cpr()
        self.mentor = self.rng.choice(MENTORS)
        self.mphone = f"{self.rng.choice([21, 22, 40, 51, 60, 28])} {self.rng.randrange(10, 99)} " \
                      f"{self.rng.randrange(10, 99)} {self.rng.randrange(10, 99)}"
        self.folder = f"sager/{worker}/{self.sag.split('-')[2]}_{self.f.lower()}"

    def goal(self, unclear=False):
        m = f"{MONTHS[self.rng.randrange(3, 10)]} 2026"
        src = GOALS_UNCLEAR if unclear else GOALS_CLEAR
        return self.rng.choice(src).format(f=self.f, m=m)

    def tasks(self):
        return [t.format(f=self.f) for t in self.rng.choice(TASKS)]


DEFECT_WEIGHT = {"unclear": 3.0, "hours": 2.0, "follow": 2.0, "appeal_none": 2.0, "mentor_contact": 2.0,
                 "over": 1.5, "hours_vague": 1.5, "tasks": 1.0, "goal": 1.0, "duration": 1.0,
                 "appeal_vague": 1.0, "appeal_wrong": 1.0}


def pick_defects(rng, rate=0.4, allowed=AGREEMENT_DEFECTS):
    if rng.random() >= rate:
        return set()
    # audit findings in small municipalities: vague goals and missing hours/follow-up are the
    # most common, a missing goal or task list the rarest
    w = [DEFECT_WEIGHT.get(x, 1.0) for x in allowed]
    d = {rng.choices(allowed, w)[0]}
    if rng.random() < 0.2:
        d.add(rng.choices(allowed, w)[0])
    # keep combinations that make sense
    if "duration" in d:
        d.discard("over")
    if "goal" in d:
        d.discard("unclear")
    if len({"appeal_none", "appeal_vague", "appeal_wrong"} & d) > 1:
        d = {x for x in d if not x.startswith("appeal")} | {"appeal_none"}
    if "hours" in d:
        d.discard("hours_vague")
    return d


def labels_for(d: set, kind="agreement"):
    rules, extras = set(), []
    m = {"hours": "missing-hours", "hours_vague": "missing-hours", "follow": "missing-follow-up",
         "over": "duration-over-6-months", "duration": "missing-duration", "unclear": "unclear-goal",
         "mentor_contact": "missing-mentor", "appeal_none": "missing-appeal-guidance",
         "appeal_vague": "missing-appeal-guidance", "tasks": "missing-tasks", "goal": "missing-goal"}
    for x in d:
        if x in m:
            rules.add(m[x])
        if x == "appeal_wrong":
            extras.append("appeal-wrong-route")
    if kind == "minplan":
        rules -= {"missing-follow-up", "missing-appeal-guidance"}
        extras = []
    return sorted(rules), extras


def appeal_text(d: set, kommune: str):
    if "appeal_none" in d:
        return None
    if "appeal_vague" in d:
        return APPEAL_VAGUE
    if "appeal_wrong" in d:
        return APPEAL_WRONG
    return random.Random(len(kommune) + len(d)).choice([APPEAL_FULL, APPEAL_SHORT]).format(k=kommune)


def values(case: Case, d: set, date_style: str):
    rng = case.rng
    start, end = period(case.ctx, "over" in d)
    v = {
        "goal": None if "goal" in d else case.goal("unclear" in d),
        "mentor_name": case.mentor[0], "mentor_org": case.mentor[1],
        "mentor_phone": None if "mentor_contact" in d else case.mphone,
        "mentor_mail": None if "mentor_contact" in d else case.mentor[2],
        "tasks": None if "tasks" in d else case.tasks(),
        "start": start, "end": end,
        "period": None if "duration" in d else f"{fmt(start, date_style)} - {fmt(end, date_style)}",
        "follow": None if "follow" in d else rng.choice(FOLLOW),
        "hours": None if "hours" in d else ("efter behov" if "hours_vague" in d else rng.choice(HOURS)),
        "appeal": appeal_text(d, KOMMUNE if start >= dt.date(2026, 2, 1) else "Jobcenter Morsø"),
    }
    return v


def traits_period(v, d):
    if v["period"] is None:
        return None
    return {"start": v["start"].isoformat(), "end": v["end"].isoformat()}


# ---------------------------------------------------------------- agreements by writer
import textwrap


def signature(worker):
    name, tlf = WORKERS[worker]
    return f"Venlig hilsen\n{name}\nSagsbehandler, Job og Ydelse\nDirekte tlf. {tlf}"


def agr_bh(case, v, cpr):
    """Birgitte: a short letter, everything in prose."""
    f = case.f
    b = [("hb", "Aftale om mentorstøtte"),
         ("p", f"{case.f} {case.l}" + (f", cpr.nr. {cpr}" if cpr else "") + f"\nSagsnr. {case.sag}"),
         ("p", f"Kære {f}"),
         ("p", "Tak for snakken i dag. Her er det, vi aftalte om din mentor.")]
    s = []
    if v["goal"]:
        g = v["goal"].rstrip(".")
        s.append(f"Målet er, at {g}." if g.startswith(f) else f"Målet med mentorstøtten: {g}.")
    ment = f"Din mentor er {v['mentor_name']} fra {v['mentor_org']}"
    ment += f", tlf. {v['mentor_phone']}, mail {v['mentor_mail']}." if v["mentor_phone"] else "."
    s.append(ment)
    if v["tasks"]:
        s.append(f"{v['mentor_name'].split()[0]} skal hjælpe dig med at " + ", ".join(v["tasks"][:-1])
                 + " og " + v["tasks"][-1] + ".")
    if v["period"]:
        per = f"Aftalen gælder fra {fmt(v['start'], 'words')} til {fmt(v['end'], 'words')}"
    else:
        per = "Aftalen gælder fra i dag"
    per += f", og du har {v['hours']} med mentor." if v["hours"] and v["hours"] != "efter behov" \
        else (", og I ses efter behov." if v["hours"] else ".")
    s.append(per)
    b.append(("p", " ".join(s)))
    if v["follow"]:
        b.append(("p", v["follow"]))
    if v["appeal"]:
        b.append(("p", v["appeal"]))
    b.append(("pre", signature("BH")))
    return b


def agr_jk(case, v, cpr):
    """Jens: bullets under short bold labels."""
    b = [("title", f"Mentoraftale - {case.f} {case.l}")]
    meta = [f"Sagsnr.: {case.sag}"] + ([f"CPR: {cpr}"] if cpr else [])
    b.append(("p", "  ".join(meta)))
    if v["goal"]:
        b += [("hb", "Mål"), ("bul", [v["goal"]])]
    mb = [f"{v['mentor_name']}, {v['mentor_org']}"]
    if v["mentor_phone"]:
        mb += [f"Tlf. {v['mentor_phone']}", f"Mail: {v['mentor_mail']}"]
    b += [("hb", "Mentor"), ("bul", mb)]
    if v["tasks"]:
        b += [("hb", f"{v['mentor_name'].split()[0]} skal hjælpe med:"), ("bul", v["tasks"])]
    pt = []
    if v["period"]:
        pt.append(f"Periode: {fmt(v['start'], 'dots')} - {fmt(v['end'], 'dots')}")
    if v["hours"]:
        pt.append(f"Timer: {v['hours']}")
    if pt:
        b += [("hb", "Periode og timer"), ("bul", pt)]
    if v["follow"]:
        b += [("hb", "Opfølgning"), ("bul", [v["follow"]])]
    if v["appeal"]:
        b += [("hb", "Klagevejledning"), ("p", v["appeal"])]
    b.append(("p", "Jens Kragh, sagsbehandler"))
    return b


def agr_ml(case, v, cpr):
    """Mette: pastes her old table from the Jobcenter era, fixes most of it."""
    rows = [["Borger", f"{case.f} {case.l}"]]
    if cpr:
        rows.append(["CPR-nr.", cpr])
    rows.append(["Lovgrundlag", "Lov om aktiv beskæftigelsesindsats § 31 b (nu § 167)"])
    rows.append(["Formål med mentorstøtten", v["goal"] or "[skriv målet her]"])
    mval = f"{v['mentor_name']}, {v['mentor_org']}"
    if v["mentor_phone"]:
        mval += f", tlf. {v['mentor_phone']}, {v['mentor_mail']}"
    rows.append(["Mentor (navn, tlf., mail)", mval])
    rows.append(["Indsatsområder", "; ".join(v["tasks"]) if v["tasks"] else ""])
    rows.append(["Bevilget periode", f"{fmt(v['start'], 'slash')} til {fmt(v['end'], 'slash')}"
                 if v["period"] else "xx"])
    if case.rng.random() < 0.4 and v["period"]:
        # pasted from the previous agreement: the earlier period stays in the table
        prev_end = v["start"] - dt.timedelta(days=1)
        prev_start = add_months(v["start"], -6)
        rows.append(["Tidligere periode", f"{fmt(prev_start, 'slash')} til {fmt(prev_end, 'slash')}"])
    rows.append(["Timetal", v["hours"] if v["hours"] else "xx timer"])
    rows.append(["Opfølgning", v["follow"] or ""])
    b = [("title", "Aftale om mentorstøtte"),
         ("p", f"Jobcenter Morsø / {KOMMUNE}   Sagsnr. {case.sag}"),
         ("table", rows)]
    if v["appeal"]:
        b += [("hb", "Klagevejledning"), ("p", v["appeal"])]
    b.append(("p", "Med venlig hilsen\nMette Lund"))
    return b


def wrap(s, w=78):
    return "\n".join(textwrap.fill(par, w) for par in s.split("\n"))


def agr_ov(case, v, cpr):
    """Ole: journal note written in the case system and printed; prose, hard-wrapped."""
    f = case.f
    lines = [f"Journalnotat  -  Sag {case.sag}  -  {case.f} {case.l}" + (f" ({cpr})" if cpr else ""),
             f"Dato: {fmt(v['start'] - dt.timedelta(days=case.rng.randrange(2, 9)), 'dots')}   "
             f"Notattype: Aftale   Oprettet af: OVE",
             "Overskrift: Mentoraftale indgået", ""]
    t = [f"Møde med {f} og mentor {v['mentor_name']} ({v['mentor_org']}"
         + (f", tlf. {v['mentor_phone']}" if v["mentor_phone"] else "") + "). Der er indgået "
         "følgende aftale om mentorstøtte."]
    if v["goal"]:
        t.append(f"Vi har aftalt følgende mål for forløbet: {v['goal'].rstrip('.')}.")
    if v["tasks"]:
        t.append(f"{v['mentor_name'].split()[0]} skal hjælpe {f} med at " + ", ".join(v["tasks"]) + ".")
    if v["period"]:
        t.append(f"Mentorstøtten løber fra {fmt(v['start'], 'slash2')} til {fmt(v['end'], 'slash2')}"
                 + (f", {v['hours']}." if v["hours"] else "."))
    elif v["hours"]:
        t.append(f"Mentorstøtten er på {v['hours']}.")
    if v["follow"]:
        t.append(v["follow"])
    if v["appeal"]:
        t.append("Borger er vejledt om klageadgang: " + v["appeal"])
    t.append("Aftalen er sendt til borger i e-Boks og til mentor.")
    return lines, wrap(" ".join(t[:1]) + "\n" + "\n".join(t[1:]))


def agr_provider_pdf(case, v, cpr):
    """Mentorhuset Limfjord's PDF form: one label/value table."""
    rows = [["Borger", f"{case.f} {case.l}"], ["CPR-nr.", cpr or ""],
            ["Henvisende kommune", f"{KOMMUNE}, sagsbehandler {WORKERS[case.worker][0]}"],
            ["Mentor", v["mentor_name"]],
            ["Telefon / mail", f"{v['mentor_phone']} / {v['mentor_mail']}" if v["mentor_phone"] else ""],
            ["Mål for forløbet", v["goal"] or ""],
            ["Mentors opgaver", "\n".join("- " + t for t in v["tasks"]) if v["tasks"] else ""],
            ["Periode", f"{fmt(v['start'], 'dots')} - {fmt(v['end'], 'dots')}" if v["period"] else ""],
            ["Timer pr. uge", (v["hours"] or "").replace(" om ugen", "").replace(" pr. uge", "")
             .replace(" ugentligt", "") if v["hours"] and "måned" not in v["hours"] else (v["hours"] or "")],
            ["Opfølgning", v["follow"] or ""]]
    b = [("title", "Mentoraftale"), ("p", "Mentorhuset Limfjord · Havnen 4 · 7900 Nykøbing M · CVR 38112247"),
         ("table", rows)]
    if v["appeal"]:
        b += [("hb", "Klagevejledning (fra kommunen)"), ("p", v["appeal"])]
    b += [("p", "Underskrift borger: ____________________   Underskrift mentor: ____________________")]
    return b


def agr_provider_odt(case, v, cpr):
    """Klar Vej ApS' ODT form: headings with text under them."""
    b = [("title", "Aftale om mentorforløb"),
         ("p", f"Klar Vej ApS for {KOMMUNE}. Deltager: {case.f} {case.l}" + (f", CPR {cpr}" if cpr else ""))]
    if v["goal"]:
        b += [("h", "Formål"), ("p", v["goal"])]
    b += [("h", "Mentor"), ("p", v["mentor_name"] + (f"\nTelefon {v['mentor_phone']}\n{v['mentor_mail']}"
                                                     if v["mentor_phone"] else ""))]
    if v["tasks"]:
        b += [("h", "Mentorens opgaver"), ("bul", [t[0].upper() + t[1:] for t in v["tasks"]])]
    vt = []
    if v["period"]:
        vt.append(f"Forløbet løber fra {fmt(v['start'], 'words')} til {fmt(v['end'], 'words')}.")
    if v["hours"]:
        vt.append(f"Timetal: {v['hours']}.")
    if vt:
        b += [("h", "Varighed og timetal"), ("p", " ".join(vt))]
    if v["follow"]:
        b += [("h", "Opfølgning og progression"), ("p", v["follow"])]
    if v["appeal"]:
        b += [("h", "Klagevejledning"), ("p", v["appeal"])]
    return b


# ---------------------------------------------------------------- decisions

def decision(case, dtype, d, cpr):
    """A decision letter. d: defects among over, appeal_none, appeal_vague, appeal_wrong, noreason."""
    rng = case.rng
    start, end = period(case.ctx, "over" in d)
    datestr = fmt(start - dt.timedelta(days=rng.randrange(5, 15)), "words")
    kom = KOMMUNE if start >= dt.date(2026, 2, 1) else "Jobcenter Morsø"
    hours = rng.choice(HOURS[:5])
    head = [("p", f"{KOMMUNE}\nJob og Ydelse\nJernbanevej 7, 7900 Nykøbing M"),
            ("p", f"{case.f} {case.l}\n" + (f"CPR-nr.: {cpr}\n" if cpr else "") + f"Sagsnr.: {case.sag}\n"
                  f"Dato: {datestr}")]
    reasons = None
    if dtype == "bevilling":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                            "Du får bevilget mentorstøtte"])
        body = [f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte efter lov om en aktiv "
                f"beskæftigelsesindsats § 167 i perioden {fmt(start, 'words')} til {fmt(end, 'words')} "
                f"med {hours}.",
                f"Din mentor bliver {case.mentor[0]} fra {case.mentor[1]}, som kontakter dig inden for en uge."]
        if rng.random() < 0.5:
            reasons = "Du har fået det, du har søgt om. Vi har lagt vægt på, at du har brug for støtte til at komme godt i gang."
    elif dtype == "delvis":
        title = "Afgørelse om mentorstøtte - delvis bevilling"
        body = [f"Du har søgt om mentorstøtte 5 timer om ugen i 9 måneder. Du får bevilget {hours} "
                f"fra {fmt(start, 'dots')} til {fmt(end, 'dots')}."]
        reasons = ("Begrundelse: Efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, kan mentorstøtte "
                   "gives i højst 6 måneder ad gangen. Vi har lagt vægt på, at du allerede har en "
                   "kontaktperson på FGU, og at dit behov kan dækkes med færre timer.")
    elif dtype == "afslag":
        title = rng.choice(["Afslag på mentorstøtte", "Afgørelse - afslag på ansøgning om mentor"])
        body = ["Du har søgt om en mentor. Vi har givet dig afslag på mentorstøtte."]
        reasons = ("Vi har lagt vægt på, at du allerede får støtte fra en bostøtte efter serviceloven, "
                   "som dækker de samme opgaver, og at du i dag møder stabilt på din arbejdsplads. "
                   "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167.")
        start = end = None
    elif dtype == "ophør":
        title = "Afgørelse om ophør af mentorstøtte"
        stop = dt.date(2026, rng.choice([3, 4, 5, 6, 9]), 30)
        body = [f"Din mentorstøtte hos {case.mentor[0]} ophører pr. {fmt(stop, 'words')}."]
        reasons = ("Begrundelse: Du er startet i ordinært job 25 timer om ugen, og du har ikke længere brug for "
                   "mentorstøtte for at fastholde arbejdet, jf. § 167 i lov om en aktiv beskæftigelsesindsats.")
        start = end = None
    else:  # forlængelse
        title = "Forlængelse af mentorstøtte"
        body = [f"Din mentorstøtte er forlænget med en ny periode fra {fmt(start, 'slash')} til "
                f"{fmt(end, 'slash')} med {hours}. Mentor er fortsat {case.mentor[0]}."]
        reasons = ("Vi har vurderet, at du fortsat har brug for støtte, fordi du er i gang med at "
                   "øge dine timer i praktikken, jf. § 167, stk. 1, 2. pkt.")
    if "noreason" in d:
        reasons = None
    b = head + [("hb", title)] + [("p", x) for x in body]
    if reasons:
        b.append(("p", reasons))
    ap = appeal_text(d, kom)
    if ap:
        b += [("hb", rng.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])), ("p", ap)]
    b.append(("pre", signature(case.worker)))
    rules = []
    if "over" in d and start is not None:
        rules.append("duration-over-6-months")
    if {"appeal_none", "appeal_vague"} & d:
        rules.append("missing-appeal-guidance")
    extras = []
    if "appeal_wrong" in d:
        extras.append("appeal-wrong-route")
    if reasons is None and dtype in ("delvis", "afslag", "ophør"):
        extras.append("missing-reasons")
    per = {"start": start.isoformat(), "end": end.isoformat()} if start else None
    return b, sorted(rules), extras, per


# ---------------------------------------------------------------- Min Plan prints

def minplan(case, d, cpr):
    rng = case.rng
    start, end = period(case.ctx, "over" in d)
    goal = None if "goal" in d else case.goal("unclear" in d)
    card = [["Aktivitet", "Mentorstøtte (§ 167)"]]
    if goal:
        card.append(["Formål", goal])
    card.append(["Periode", f"{fmt(start, 'dots')} - {fmt(end, 'dots')}" if "duration" not in d else ""])
    if "hours" not in d:
        card.append(["Timer", rng.choice(["2 timer pr. uge", "1½ time pr. uge", "3 timer pr. uge"])])
    card.append(["Mentor", case.mentor[0] + ("" if "mentor_contact" in d else
                                             f", {case.mentor[1]}, tlf. {case.mphone}")])
    if "tasks" not in d:
        card.append(["Det hjælper mentor dig med", "; ".join(case.tasks())])
    other = [["Aktivitet", "Forberedende grunduddannelse (FGU)"], ["Sted", "FGU Vestlimfjorden, Nykøbing"],
             ["Periode", "10.08.2026 - 25.06.2027"], ["Kontaktperson", "Lærer Anne Bundgaard, tlf. 7233 1180"]]
    b = [("title", "Min Plan"),
         ("p", f"Udskrevet {fmt(start - dt.timedelta(days=3), 'dots')} - {case.f} {case.l}"
               + (f" - {cpr}" if cpr else "")),
         ("h", "Mit mål"),
         ("p", f"Jeg vil gerne i arbejde inden for lager og logistik."),
         ("h", "Mine aktiviteter"), ("table", card)]
    if rng.random() < 0.6:
        b.append(("table", other))
    b.append(("p", "Kontakt din sagsbehandler, hvis noget i planen ikke passer."))
    rules, _ = labels_for(d, "minplan")
    return b, rules, {"start": start.isoformat(), "end": end.isoformat()} if "duration" not in d else None


# ---------------------------------------------------------------- documents that are none of the kinds

def unknown_doc(case, utype, cpr):
    """Returns (blocks, subtype, preferred format). None of these is an agreement, Min Plan or decision."""
    rng = case.rng
    f, l = case.f, case.l
    mn, org, mail = case.mentor
    day = dt.date(2026, rng.randrange(2, 11), rng.randrange(1, 28))
    if utype == "telefonnotat":
        txt = wrap(f"Borger ringede kl. 9.40. {f} fortæller, at mentor {mn} har været syg i denne uge, og at "
                   f"mødet torsdag er aflyst. {f} har fået en ny tid i næste uge. Intet at foretage for "
                   f"jobcentret. Mentor kan kontaktes på {case.mphone}.")
        return [("pre", f"Journalnotat  -  Sag {case.sag}  -  {f} {l}" + (f" ({cpr})" if cpr else "")
                 + f"\nDato: {fmt(day, 'dots')}   Notattype: Telefonnotat   Oprettet af: OVE\n"
                 "Overskrift: Telefon fra borger\n\n" + txt)], "telefonnotat", "txt"
    if utype == "faktura":
        return [("title", "FAKTURA"), ("p", f"{org}\nFakturanr. 2026-{rng.randrange(100, 400)}   Dato: {fmt(day, 'dots')}"),
                ("p", f"Til: {KOMMUNE}, Job og Ydelse, att. {WORKERS[case.worker][0]}\nVedr.: {f} {l}, sag {case.sag}"),
                ("table", [["Ydelse", "Antal", "Pris", "Beløb"],
                           [f"Mentortimer {MONTHS[day.month - 2]}", "8,5 t", "495,00", "4.207,50"],
                           ["Kørsel", "62 km", "3,81", "236,22"], ["I alt ekskl. moms", "", "", "4.443,72"]]),
                ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 9070 konto 1627384950.")], "faktura", "pdf"
    if utype == "statusrapport":
        return [("title", "Statusrapport - mentorforløb"),
                ("p", f"Deltager: {f} {l}" + (f" ({cpr})" if cpr else "") + f"\nMentor: {mn}, {org}, {mail}\n"
                      f"Periode for rapporten: {MONTHS[day.month - 2]} {day.year}"),
                ("h", "Hvordan er det gået?"),
                ("p", f"{f} er mødt op til 7 ud af 8 aftaler. Vi har arbejdet med målet om praktik og har "
                      f"brugt ca. 2 timer om ugen. {f} har været til samtale i Netto og starter i praktik."),
                ("h", "Næste skridt"),
                ("p", "Vi fortsætter som aftalt. Jeg foreslår, at vi holder statusmøde med sagsbehandler i næste måned.")
                ], "statusrapport", "docx"
    if utype == "referat":
        return [("title", "Referat af netværksmøde"),
                ("p", f"Dato: {fmt(day, 'words')}. Til stede: {f} {l}, {mn} (mentor), "
                      f"{WORKERS[case.worker][0]} (sagsbehandler), Anne Bundgaard (FGU)."),
                ("bul", [f"{f} fortalte om de første uger på FGU.", "Mentor har hjulpet med busruten og madpakker.",
                         "Fraværet er faldet fra 4 til 1 dag om måneden.",
                         "Næste møde holdes om ca. 6 uger. Referent: " + WORKERS[case.worker][0]])], "referat", "docx"
    if utype == "partshøring":
        return [("p", f"{KOMMUNE}\nJob og Ydelse"), ("p", f"{f} {l}\nSagsnr.: {case.sag}"),
                ("hb", "Partshøring - vi overvejer at stoppe din mentorstøtte"),
                ("p", f"Vi har fået oplyst af din mentor {mn}, at du ikke er mødt op til de sidste fire aftaler. "
                      "Vi overvejer derfor at stoppe din mentorstøtte. Før vi træffer en afgørelse, vil vi "
                      "gerne høre din mening."),
                ("p", f"Du kan give dine bemærkninger inden 14 dage, skriftligt eller ved at ringe til os. "
                      "Hvis vi ikke hører fra dig, træffer vi afgørelse ud fra de oplysninger, vi har."),
                ("pre", signature(case.worker))], "partshøring", "docx"
    if utype == "mail":
        name, tlf = WORKERS[case.worker]
        return [("pre", f"Fra: {mn} <{mail}>\nSendt: {fmt(day, 'dots')} 14:02\nTil: {name}\n"
                        f"Emne: SV: Møde med {f}\n\nHej {name.split()[0]}\n\nTorsdag kl. 10 passer fint. "
                        f"Jeg tager {f} med, så vi kan tale om praktikken.\n\nMvh {mn}\n{org}\n\n"
                        f"-----Oprindelig meddelelse-----\nFra: {name}\nHej {mn.split()[0]}, kan I mødes "
                        f"torsdag om status? Mvh {name}, tlf. {tlf}")], "mail", "txt"
    if utype == "folder":
        return [("title", "Mentorstøtte i Morsø Kommune - det skal du vide"),
                ("p", "En mentor kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job eller uddannelse."),
                ("h", "Hvad står der i aftalen?"),
                ("bul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                         "hvor længe aftalen varer (højst 6 måneder ad gangen)", "hvor mange timer om ugen",
                         "hvordan vi følger op"]),
                ("h", "Kan jeg klage?"),
                ("p", "Ja. Du kan klage over kommunens afgørelse inden 4 uger. Kommunen genvurderer sagen, og "
                      "hvis afgørelsen fastholdes, sendes klagen til Ankestyrelsen."),
                ("p", "Job og Ydelse, Jernbanevej 7, 7900 Nykøbing M, tlf. 9970 7000")], "folder", "pdf"
    if utype == "bestilling":
        return [("title", "Bestilling af mentorforløb"),
                ("p", f"Til: {org}\nFra: {KOMMUNE}, {WORKERS[case.worker][0]}"),
                ("p", f"Vi bestiller hermed et mentorforløb til {f} {l}" + (f", CPR {cpr}" if cpr else "")
                      + ". Vi forventer ca. 2 timer om ugen i 6 måneder. Borgeren ønsker hjælp til at komme i praktik. "
                        "Vi aftaler det endelige indhold på opstartsmødet. Send venligst faktura månedsvis."),
                ], "bestilling", "docx"
    if utype == "genvurdering":
        return [("p", f"{KOMMUNE}\nJob og Ydelse"), ("p", f"{f} {l}\nSagsnr.: {case.sag}"),
                ("hb", "Vi har genvurderet din sag"),
                ("p", f"Du har klaget over vores afgørelse om afslag på mentorstøtte. Vi har genvurderet "
                      "afgørelsen, men vi fastholder den. Din klage og sagens akter er derfor sendt videre "
                      "til Ankestyrelsen, som vil behandle klagen. Du hører fra Ankestyrelsen."),
                ("pre", signature(case.worker))], "genvurdering-fastholdt", "docx"
    if utype == "indkaldelse":
        return [("p", f"{KOMMUNE}\nJob og Ydelse"), ("p", f"{f} {l}"),
                ("hb", "Indkaldelse til samtale"),
                ("p", f"Du er indkaldt til samtale om din plan {fmt(day, 'words')} kl. 10.00 på Jernbanevej 7. "
                      f"Din mentor {mn} er også inviteret. Tag gerne dit NemID/MitID med."),
                ("pre", signature(case.worker))], "indkaldelse", "docx"
    raise ValueError(utype)


UNKNOWN_TYPES = ["telefonnotat", "faktura", "statusrapport", "referat", "partshøring", "mail", "folder",
                 "bestilling", "genvurdering", "indkaldelse"]


# ---------------------------------------------------------------- assembly

def flat(blocks):
    out = []
    for _, v in blocks:
        if isinstance(v, str):
            out.append(v)
        else:
            for x in v:
                out.append(" ".join(x) if isinstance(x, list) else x)
    return "\n".join(out)


def build(out: Path):
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []

    def emit(case, name, fmt_, blocks, kind, subtype, layout, rules, extras, cpr, traits, per=None, **kw):
        rel = f"{case.folder}/{name}.{fmt_}"
        render(out / rel, fmt_, blocks, **kw)
        mnc = []
        if cpr and cpr in flat(blocks):
            mnc = [cpr, cpr.replace("-", "")]
            traits = traits + ["cpr"]
        entries.append({"path": rel, "format": fmt_, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": sorted(rules), "extras": sorted(extras), "error": None,
                        "accept_errors": [], "must_not_contain": mnc, "traits": traits,
                        **({"period": per} if per else {})})

    plan = ["BH"] * 10 + ["JK"] * 9 + ["ML"] * 9 + ["OV"] * 10
    rng.shuffle(plan)
    for i, worker in enumerate(plan):
        case = Case(ctx, worker)
        cpr = lambda: case.cpr_val if rng.random() < 0.3 else None
        # ---- the agreement
        r = rng.random()
        if r < 0.14:
            style = "provider_pdf"
        elif r < 0.25:
            style = "provider_odt"
        else:
            style = worker
        if style.startswith("provider"):
            org = "Mentorhuset Limfjord" if style == "provider_pdf" else "Klar Vej ApS"
            case.mentor = rng.choice([m for m in MENTORS if m[1] == org])
        if style == "provider_pdf":
            d = pick_defects(rng, 0.3, [x for x in AGREEMENT_DEFECTS if not x.startswith("appeal")])
            if rng.random() < 0.8:
                d.add("appeal_none")
        else:
            d = pick_defects(rng, 0.4)
        date_style = {"BH": "words", "JK": "dots", "ML": "slash", "OV": "slash2"}.get(style, "dots")
        v = values(case, d, date_style)
        rules, extras = labels_for(d)
        per = traits_period(v, d)
        traits = ["writer:" + style] + [f"defect:{x}" for x in sorted(d)]
        c = cpr()
        if style == "BH":
            emit(case, "aftale_mentor", "docx", agr_bh(case, v, c), "agreement", "agreement", "letter-prose",
                 rules, extras, c, traits, per, header=f"{KOMMUNE} · Job og Ydelse")
        elif style == "JK":
            emit(case, f"Mentoraftale {case.f}", "docx", agr_jk(case, v, c), "agreement", "agreement",
                 "bullets", rules, extras, c, traits, per, footer="Morsø Kommune - Job og Ydelse - tlf. 9970 7000")
        elif style == "ML":
            emit(case, "aftale om mentorstøtte (kopi)", "docx", agr_ml(case, v, c), "agreement", "agreement",
                 "table-pasted", rules, extras, c, traits + ["legacy-ref:31b"], per, font="Times New Roman")
        elif style == "OV":
            head, body = agr_ov(case, v, c)
            fm = "pdf" if rng.random() < 0.6 else "txt"
            emit(case, f"journal_{case.sag.split('-')[2]}_aftale", fm, [("pre", "\n".join(head) + "\n" + body)],
                 "agreement", "agreement", "journal-print", rules, extras, c, traits + ["hard-wrapped"], per,
                 mono=True, header=f"Udskrevet fra sagssystemet {fmt(v['start'], 'dots')}", enc="cp1252" if fm == "txt" else "utf-8")
        elif style == "provider_pdf":
            emit(case, "Mentoraftale_Mentorhuset", "pdf", agr_provider_pdf(case, v, c), "agreement", "agreement",
                 "form-table", rules, extras, c, traits, per)
        else:
            emit(case, "aftale_klarvej", "odt", agr_provider_odt(case, v, c), "agreement", "agreement",
                 "form-headings", rules, extras, c, traits, per)
        # ---- a decision
        if rng.random() < 0.68:
            dtype = rng.choices(["bevilling", "delvis", "afslag", "ophør", "forlængelse"], [5, 2, 2, 2, 2])[0]
            dd = set()
            if rng.random() < 0.35:
                dd.add(rng.choice(["over", "appeal_none", "appeal_vague", "appeal_wrong", "noreason", "noreason"]))
            if "over" in dd and dtype in ("afslag", "ophør"):
                dd = {"appeal_vague"}
            c = cpr()
            b, rr, ex, pr = decision(case, dtype, dd, c)
            fm = "docx" if rng.random() < 0.7 else "pdf"
            emit(case, f"afgoerelse_{dtype}", fm, b, "decision", dtype, "decision-letter", rr, ex, c,
                 [f"writer:{worker}"] + [f"defect:{x}" for x in sorted(dd)], pr)
        # ---- a Min Plan print
        if rng.random() < 0.42:
            md = pick_defects(rng, 0.4, ["hours", "mentor_contact", "tasks", "over", "duration"])
            c = cpr()
            b, rr, pr = minplan(case, md, c)
            fm = "pdf" if rng.random() < 0.6 else "html"
            emit(case, "MinPlan_udskrift", fm, b, "minplan", "minplan", "minplan-cards", rr, [], c,
                 ["print"] + [f"defect:{x}" for x in sorted(md)], pr, title="Min Plan - udskrift")
        # ---- other papers in the same folder
        for _ in range(rng.choices([0, 1, 2], [3, 5, 2])[0]):
            ut = rng.choice(UNKNOWN_TYPES)
            c = cpr()
            b, sub, fm = unknown_doc(case, ut, c)
            emit(case, f"{sub}_{rng.randrange(10, 99)}", fm, b, "unknown", sub, "other", [], [], c,
                 ["not-a-mentor-document-kind"], None, mono=(sub == "telefonnotat"))
    from collections import Counter
    return entries


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    entries = build(a.out)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (a.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    print(len(entries), "documents")
    print("kind:", dict(Counter(e["kind"] for e in entries)))
    print("format:", dict(Counter(e["format"] for e in entries)))
    print("rules:", dict(Counter(r for e in entries for r in e["rules"])))
    print("extras:", dict(Counter(r for e in entries for r in e["extras"])))
    print("with findings:", sum(1 for e in entries if e["rules"]), "cpr:", sum(1 for e in entries if e["must_not_contain"]))


if __name__ == "__main__":
    main()
