#!/usr/bin/env python3
"""Corpus FE: one large jobcentre (invented: "Jobcenter Odense Nord", Odense Kommune) with three
departments and the mentor providers it buys from; a quality team's random sample 2025-2026.

Departments and their habits (see NOTES.md):
  * Ungeindsatsen (youth)          - du-form, question headings, Min Plan prints; vague goals,
                                      school-year periods, "efter behov" hours.
  * Sundhed og Beskæftigelse (S&B) - formal, numbered table agreements, long decision letters;
                                      periods tied to the ressourceforløb, appeal text about
                                      another benefit, "løbende" follow-up.
  * Job & Virksomhed (jobklar)     - terse two-column tables, case-system exports; mentor named
                                      without contact data, tasks left blank, short appeal lines.
  * Providers (Mentorhuset Fyn, Broen Mentor & Job, UngeKompagniet) - their own agreement forms,
    status reports and invoices.

Usage: make_corpus_fe.py --out /work/corpora/fe [--seed 12]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

FIRST = ["Mads", "Sofie", "Emil", "Freja", "Ahmed", "Laura", "Jonas", "Ida", "Oliver", "Mathilde",
         "Yasmin", "Kasper", "Nanna", "Rasmus", "Amalie", "Tobias", "Sara", "Mikkel", "Julie",
         "Hassan", "Camilla", "Nikolaj", "Louise", "Frederik", "Cecilie", "Jesper", "Malene", "Tina",
         "René", "Birgitte", "Zainab", "Kenneth", "Pernille", "Bo", "Mette", "Dennis"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Abdi", "Yilmaz", "Holm",
        "Bech", "Lund", "Dahl", "Skov", "Frandsen"]

PROVIDERS = [
    ("Mentorhuset Fyn ApS", "mentorhusetfyn.dk", "Vestergade 41, 5000 Odense C"),
    ("Broen Mentor & Job", "broen-mentor.dk", "Middelfartvej 112, 5200 Odense V"),
    ("UngeKompagniet I/S", "ungekompagniet.dk", "Rugårdsvej 9, 5000 Odense C"),
]
KOMMUNE = "Odense Kommune"
JC = "Jobcenter Odense Nord"
DEPT = {"unge": "Ungeindsatsen", "sb": "Sundhed og Beskæftigelse", "job": "Job & Virksomhed"}
SWITCH = dt.date(2026, 2, 1)   # "jobcenter" -> "kommunen"


# ----------------------------------------------------------------------------- dates
def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(start: dt.date) -> dt.date:
    """Latest allowed end for a period starting at start (start + 6 months - 1 day)."""
    e = add_months(start, 6)
    if e.day != start.day:   # month had no such day: last day of that month
        return e
    return e - dt.timedelta(days=1)


def fd(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


# ----------------------------------------------------------------------------- people
class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_cpr: set[str] = set()

    def name(self) -> tuple[str, str]:
        return self.rng.choice(FIRST), self.rng.choice(LAST)

    def phone(self) -> str:
        r = self.rng
        return f"{r.choice([20, 22, 23, 26, 28, 30, 40, 42, 51, 53, 60, 61, 71, 81])} " \
               f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def cpr(self, young: bool) -> str:
        r = self.rng
        while True:
            y = r.randint(2000, 2007) if young else r.randint(1962, 1998)
            d = dt.date(y, r.randint(1, 12), r.randint(1, 28))
            serial = r.randint(4000, 4999) if y >= 2000 else r.randint(1000, 3999)
            s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{serial:04d}"
            if s not in self.used_cpr:
                self.used_cpr.add(s)
                return s

    def sagsnr(self) -> str:
        r = self.rng
        return f"{r.choice(['15.02.00', '15.20.05', '27.24.00'])}-G01-{r.randint(1000, 99999)}-{r.choice([25, 26])}"


# ----------------------------------------------------------------------------- block model
# ("h", level, text) | ("p", text) | ("li", text) | ("t", [[cells]]) | ("sp",)
def H(t, lvl=2):
    return ("h", lvl, t)


def P(t):
    return ("p", t)


def LI(t):
    return ("li", t)


def T(rows):
    return ("t", rows)


# ----------------------------------------------------------------------------- renderers
def render_docx(blocks, path: Path, bold_heads=False, font="Calibri"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    for b in blocks:
        if b[0] == "h":
            if bold_heads and b[1] > 1:
                para = d.add_paragraph()
                para.add_run(b[2]).bold = True
            else:
                d.add_heading(b[2], level=min(b[1], 3))
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = c
            d.add_paragraph("")
    d.save(str(path))


def render_pdf(blocks, path: Path, header: str | None = None, grid=True):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    if header:
        story.append(Paragraph(f"<font size=8>{esc(header)}</font>", body))
        story.append(Spacer(1, 10))
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(esc(b[2]), ss["Heading1" if b[1] == 1 else "Heading3"]))
        elif b[0] == "p":
            story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), body))
        elif b[0] == "li":
            story.append(ListFlowable([ListItem(Paragraph(esc(b[1]), body))], bulletType="bullet", leftIndent=12))
        elif b[0] == "t":
            rows = [[Paragraph(esc(c).replace("\n", "<br/>"), body) for c in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            widths = [5 * cm, 11 * cm] if ncol == 2 else None
            tb = Table(rows, colWidths=widths)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if grid:
                sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 8))
    SimpleDocTemplate(str(path), pagesize=A4, title="", leftMargin=2.2 * cm, rightMargin=2.2 * cm).build(story)


def render_html(blocks, title: str, css_class="") -> str:
    import html
    e = html.escape
    out = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
           "<style>body{font-family:Arial;max-width:46em} td{border:1px solid #bbb;padding:4px}</style>"
           f"</head><body class=\"{css_class}\">"]
    in_list = False
    for b in blocks:
        if b[0] != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if b[0] == "h":
            out.append(f"<h{b[1]}>{e(b[2])}</h{b[1]}>")
        elif b[0] == "p":
            out.append("<p>" + e(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{e(b[1])}</li>")
        elif b[0] == "t":
            out.append("<table>")
            for r in b[1]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def render_text(blocks, md=False) -> str:
    out = []
    for b in blocks:
        if b[0] == "h":
            if md:
                out.append("#" * b[1] + " " + b[2])
            else:
                out.append(b[2].upper() if b[1] == 1 else b[2] + ":" if not b[2].endswith(("?", ":")) else b[2])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "li":
            out.append(("- " if md else "• ") + b[1])
            continue
        elif b[0] == "t":
            if md:
                rows = b[1]
                ncol = max(len(r) for r in rows)
                out.append("| " + " | ".join(c.replace("\n", " ") for c in rows[0]) + " |")
                out.append("|" + "---|" * ncol)
                for r in rows[1:]:
                    out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            else:
                for r in b[1]:
                    if len(r) == 2:
                        out.append(f"{r[0]}: {r[1]}".replace("\n", " "))
                    else:
                        out.append("  ".join(r).replace("\n", " "))
        out.append("")
    # join list items without blank lines between them
    text = "\n".join(out)
    return text.replace("\n\n• ", "\n• ").replace("\n\n- ", "\n- ") + "\n"


def render_rtf(blocks) -> str:
    def esc(s):
        r = []
        for ch in s:
            if ch in "\\{}":
                r.append("\\" + ch)
            elif ch == "\n":
                r.append("\\line ")
            elif ord(ch) > 127:
                r.append(f"\\u{ord(ch)}?")
            else:
                r.append(ch)
        return "".join(r)
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs22"]
    for b in blocks:
        if b[0] == "h":
            out.append(r"{\pard\b\fs26 " + esc(b[2]) + r"\par}")
        elif b[0] == "p":
            out.append(r"{\pard " + esc(b[1]) + r"\par}")
        elif b[0] == "li":
            out.append(r"{\pard\li360 \u8226? " + esc(b[1]) + r"\par}")
        elif b[0] == "t":
            for r in b[1]:
                cells = "".join(f"\\cellx{3000 * (i + 1) if len(r) > 2 else (3200 if i == 0 else 9400)}" for i in range(len(r)))
                out.append(r"\trowd" + cells + " " + "".join(r"\pard\intbl " + esc(c) + r"\cell " for c in r) + r"\row")
            out.append(r"\pard\par")
    out.append("}")
    return "\n".join(out)


# ----------------------------------------------------------------------------- shared text
def sender(date: dt.date) -> str:
    return JC if date < SWITCH else KOMMUNE


def body_word(date: dt.date) -> str:
    return "jobcentret" if date < SWITCH else "kommunen"


APPEAL_OTHER = {
    "sb": "Klagevejledning vedrørende sygedagpenge: Hvis du er uenig i afgørelsen om sygedagpenge, "
          "kan du klage til Ankestyrelsen. Klagen sendes til kommunen inden 4 uger efter, at du har "
          "modtaget afgørelsen om sygedagpenge.",
}


def appeal_full(dept: str, date: dt.date, rng) -> list:
    w = body_word(date)
    if dept == "unge":
        v = rng.choice([0, 1])
        if v == 0:
            return [H("Hvis du vil klage"),
                    P(f"Hvis du ikke er enig, kan du klage til {w} inden fire uger efter, at du har fået "
                      f"brevet. Du kan ringe, skrive eller komme forbi. Vi ser på sagen igen inden fire "
                      f"uger. Er vi stadig ikke enige med dig, sender vi din klage videre til Ankestyrelsen.")]
        return [H("Sådan klager du"),
                P(f"Du kan klage mundtligt eller skriftligt til {w}. Klagen skal være modtaget senest 4 uger "
                  f"efter, at du har fået afgørelsen. Vi genvurderer afgørelsen, og fastholder vi den, "
                  f"sender vi klagen til Ankestyrelsen, Beskæftigelsesudvalget.")]
    if dept == "sb":
        return [H("Klagevejledning"),
                P(f"Du kan klage over afgørelsen. Klagen skal være modtaget i {KOMMUNE}, {DEPT['sb']}, "
                  f"senest 4 uger efter, at du har modtaget afgørelsen, jf. retssikkerhedslovens § 67. "
                  f"Klagen kan være mundtlig eller skriftlig. {KOMMUNE} genvurderer afgørelsen, jf. "
                  f"retssikkerhedslovens § 66. Fastholdes afgørelsen, sendes klagen inden 4 uger til "
                  f"Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats. Du kan ikke klage "
                  f"direkte til Ankestyrelsen.")]
    if dept == "job":
        return [H("Klagevejledning"),
                P(f"Klage over afgørelsen om mentorstøtte sendes til {sender(date)} inden 4 uger fra "
                  f"modtagelsen. Fastholdes afgørelsen efter genvurdering, videresendes klagen til "
                  f"Ankestyrelsen (LAB § 204, RSL kap. 10).")]
    # provider forms quote the municipality's standard text
    return [H("Klageadgang"),
            P(f"Aftalen bygger på {KOMMUNE}s afgørelse om mentorstøtte. Er du uenig i afgørelsen, kan du "
              f"klage til {w} inden fire uger. {w.capitalize()} genvurderer afgørelsen og sender klagen "
              f"videre til Ankestyrelsen, hvis afgørelsen fastholdes.")]


def appeal_variant(dept, date, rng, defect):
    """Return (blocks, rules, extras) for the appeal part."""
    if defect == "appeal_none":
        return [], ["missing-appeal-guidance"], []
    if defect == "appeal_vague":
        txt = rng.choice(["Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
                          "Klagevejledning: Du har mulighed for at klage.",
                          "Er du uenig, så tag det op med din rådgiver ved næste samtale."])
        return [H("Klagemulighed"), P(txt)], ["missing-appeal-guidance"], []
    if defect == "appeal_other":
        return [H("Klagevejledning"), P(APPEAL_OTHER["sb"])], ["missing-appeal-guidance"], []
    if defect == "appeal_wrong_route":
        return [H("Klagevejledning"),
                P("Du kan klage direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger efter, at du har "
                  "modtaget afgørelsen. Brug Ankestyrelsens klageformular på borger.dk.")], [], ["appeal-wrong-route"]
    return appeal_full(dept, date, rng), [], []


# ----------------------------------------------------------------------------- content pools
EDU = ["grundforløb 1 på Syddansk Erhvervsskole (smed)", "FGU Fyn, erhvervsgrunduddannelse (egu) på værkstedet",
       "HF på HF & VUC Fyn", "SOSU-hjælperuddannelsen på SOSU Fyn", "grundforløbet til ernæringsassistent på Tietgen",
       "10. klasse på Odense Ungdomsskole"]
JOBS = ["lagermedarbejder hos PostNord i Odense", "køkkenmedhjælper i kantinen på OUH", "chauffør-medhjælper hos Fynbus",
        "butiksassistent i Føtex Vestergade", "pedelmedhjælper på Rosengårdskolen", "produktionsmedarbejder hos Dalum Papir",
        "rengøringsassistent hos ISS", "medhjælper i en børnehave i Vollsmose"]


def goal_text(dept, fn, start, rng, unclear=False):
    if unclear:
        return rng.choice({
            "unge": ["Øget trivsel og mere struktur i hverdagen.", "Støtte til at komme godt videre.",
                     f"Hjælp til at {fn} får det bedre og mere selvværd."],
            "sb": ["Borgeren skal opnå bedre trivsel og mere overskud i hverdagen.",
                   "Stabilisering og at borgeren kommer videre.",
                   "Sikre at borgeren får ro på og bedre mestring af hverdagen."],
            "job": ["Motivation og støtte til at komme tættere på arbejdsmarkedet.",
                    "Motivere borger og øge selvværdet.", "Støtte til at komme videre."],
            "prov": ["Øget trivsel og selvværd.", "Fokus på at komme videre i livet."],
        }[dept])
    later = add_months(start, rng.randint(1, 2))
    if dept == "unge":
        e = rng.choice(EDU)
        return rng.choice([
            f"{fn} er startet på {e} senest {fd(later, 'long')} og møder op mindst fire dage om ugen.",
            f"{fn} gennemfører {e} og har højst to fraværsdage om måneden.",
            f"At {fn} er i gang med {e} fra {fd(later, 'long')} og selv står op og kommer afsted.",
        ])
    if dept == "sb":
        j = rng.choice(JOBS)
        return rng.choice([
            f"{fn} er tilbage i sit job som {j.split(' hos ')[0].split(' i ')[0]} med {rng.choice([15, 20, 25])} timer om ugen senest {fd(later, 'long')}.",
            f"{fn} er i virksomhedspraktik som {j} 12 timer om ugen med henblik på afklaring til fleksjob, senest {fd(later, 'long')}.",
            f"Gradvis tilbagevenden til arbejdet: {fn} arbejder 4 dage om ugen hos sin arbejdsgiver fra {fd(later, 'long')}.",
        ])
    if dept == "job":
        j = rng.choice(JOBS)
        return rng.choice([
            f"Ordinært job som {j} - min. 25 t/uge senest {fd(later, 'short')}.",
            f"Job: {j}, 30 timer/uge, fastholdelse i de første 3 mdr.",
            f"Løntilskud som {j} fra {fd(later, 'short')} med henblik på ordinær ansættelse.",
        ])
    if rng.random() < 0.5:
        return f"{fn} er i gang med {rng.choice(EDU)} og møder stabilt, mindst 4 dage om ugen, senest {fd(later, 'abbr')}."
    return f"{fn} arbejder som {rng.choice(JOBS)} mindst 20 timer om ugen senest {fd(later, 'abbr')}."


TASKS = {
    "unge": [["Følges med til skolen de første to uger", "Ugentlig snak om fremmøde og lektier",
              "Hjælpe med at søge SU og ungdomskort", "Være bindeled til kontaktlæreren"],
             ["Vække-sms om morgenen de første uger", "Øve busturen til skolen", "Hjælpe med skema og Lectio",
              "Tage med til møde med studievejleder"]],
    "sb": [["Koordinere med arbejdsgiver om skånehensyn og arbejdstid", "Deltage i opstartsmøde på arbejdspladsen",
            "Samtale med borger hver uge om smerter, søvn og belastning", "Støtte til at holde aftaler med egen læge"],
           ["Ledsage borger ved opstart i praktik", "Hjælpe med planlægning af hviledage",
            "Sparre om håndtering af angst i arbejdssituationer", "Formidle behov for hjælpemidler til virksomheden"]],
    "job": [["Jobsøgning: CV og ansøgninger", "Følge med til jobsamtaler", "Fastholdelse de første uger i job"],
            ["Opstart i løntilskud", "Kontakt til virksomhedens tovholder", "Transport og mødetider"]],
    "prov": [["Ugentlige mentorsamtaler med fokus på fremmøde", "Følges til praktikstedet ved opstart",
              "Hjælp til struktur på ugen (kalender)", "Løbende kontakt med virksomheden"]],
}


def hours_text(dept, rng, vague=False):
    if vague:
        return rng.choice(["efter behov", "et par timer om ugen", "løbende efter aftale"])
    return rng.choice({
        "unge": ["2 timer om ugen", "3 timer pr. uge", "1½ time om ugen"],
        "sb": ["2 timer pr. uge", "4 timer pr. uge i de første 4 uger, derefter 2 timer pr. uge", "3 timer ugentligt"],
        "job": ["2 t/uge", "3 t/uge", "5 timer pr. uge"],
        "prov": ["3 timer pr. uge", "2 timer ugentligt (direkte kontakt)"],
    }[dept])


def followup_text(dept, rng, vague=False):
    if vague:
        return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                           "Mentor og sagsbehandler har kontakt, når der er brug for det."])
    return rng.choice({
        "unge": ["Vi holder et kort møde hver måned, hvor vi ser på dit fremmøde. Sidste møde er 14 dage før støtten slutter.",
                 "Din mentor sender en status til din UU-vejleder hver 4. uge. Vi evaluerer sammen 14 dage inden forløbet stopper."],
        "sb": ["Statusmøde med borger, mentor og sagsbehandler hver måned. Delmål: fremmøde i praktik 3 dage om ugen efter 6 uger. Evaluering 14 dage før ophør.",
               "Mentor sender skriftlig status hver 4. uge. Progression måles på antal arbejdstimer pr. uge. Slutevaluering 14 dage før periodens udløb."],
        "job": ["Status hver 14. dag pr. mail fra mentor. Opfølgningssamtale efter 3 mdr.",
                "Midtvejsevaluering efter 3 måneder; slutevaluering 14 dage før ophør."],
        "prov": ["Mentor sender statusrapport til kommunen hver måned. Fælles evaluering 14 dage før forløbet slutter."],
    }[dept])


def period_for(start: dt.date, kind: str, rng):
    """kind: ok | exact | over | over_edge | none. Returns end date (None for none)."""
    if kind == "ok":
        return add_months(start, rng.randint(3, 5)) - dt.timedelta(days=1)
    if kind == "exact":
        return six_end(start)
    if kind == "over":
        return add_months(start, rng.choice([8, 9, 10, 12])) - dt.timedelta(days=1)
    if kind == "udskriv":  # 3 months before discharge + 6 months after (LAB § 167, stk. 2)
        return add_months(start, 9) - dt.timedelta(days=1)
    if kind == "over_edge":
        return add_months(start, 6)  # one day too many
    return None


def rand_start(rng, year=None):
    y = year or rng.choice([2025, 2026])
    if y == 2025:
        m = rng.randint(2, 12)
    else:
        m = rng.randint(1, 9)
    return dt.date(y, m, rng.choice([1, 1, 1, 15, 4, 10, 18]))


# ----------------------------------------------------------------------------- documents
class Builder:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.rng = random.Random(seed)
        self.ctx = Ctx(self.rng)
        self.entries = []
        self.odt_jobs = []
        self.pdf_jobs = []
        self.n = 0

    # write blocks in a format ------------------------------------------------
    def emit(self, rel, fmt, blocks, *, kind, subtype, layout, rules, extras=(), traits=(),
             cprs=(), period=None, title="", header=None, bold_heads=False, eml=None):
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(blocks, path, bold_heads=bold_heads)
        elif fmt == "odt":
            tmp = Path(self.tmp) / (path.stem + ".docx")
            render_docx(blocks, tmp, bold_heads=bold_heads)
            self.odt_jobs.append((tmp, path))
        elif fmt == "pdf":
            if layout.endswith("-lo"):
                tmp = Path(self.tmp) / (path.stem + ".docx")
                render_docx(blocks, tmp, bold_heads=bold_heads)
                self.pdf_jobs.append((tmp, path))
            elif layout.endswith("-scan"):
                # printed, signed and scanned: render, rasterise, OCR with Tesseract (Danish)
                tmpd = Path(self.tmp) / ("scan_" + path.stem)
                tmpd.mkdir()
                render_pdf(blocks, tmpd / "orig.pdf", header=header)
                subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(tmpd / "orig.pdf"), str(tmpd / "pg")],
                               check=True)
                pages = sorted(tmpd.glob("pg*.png"))
                (tmpd / "list.txt").write_text("\n".join(str(x) for x in pages) + "\n")
                subprocess.run(["tesseract", str(tmpd / "list.txt"), str(tmpd / "ocr"), "-l", "dan", "pdf"],
                               check=True, capture_output=True)
                shutil.move(str(tmpd / "ocr.pdf"), str(path))
            else:
                render_pdf(blocks, path, header=header, grid="nogrid" not in layout)
        elif fmt == "html":
            path.write_text(render_html(blocks, title), encoding="utf-8")
        elif fmt == "txt":
            path.write_text(render_text(blocks), encoding="utf-8")
        elif fmt == "md":
            path.write_text(render_text(blocks, md=True), encoding="utf-8")
        elif fmt == "rtf":
            path.write_text(render_rtf(blocks), encoding="ascii")
        elif fmt == "eml":
            frm, to, subj, date = eml
            m = EmailMessage()
            m["From"], m["To"], m["Subject"] = frm, to, subj
            m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(9, 12)).replace(tzinfo=dt.timezone.utc))
            m.set_content(render_text(blocks))
            path.write_bytes(bytes(m))
        else:
            raise ValueError(fmt)
        mnc = []
        for c in cprs:
            mnc += [c, c.replace("-", "")]
        self.entries.append({
            "path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
            "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None, "accept_errors": [],
            "must_not_contain": mnc, "traits": list(traits) + (["cpr"] if cprs else []),
            "period": period,
        })

    def flush(self):
        for jobs, target in ((self.odt_jobs, "odt"), (self.pdf_jobs, "pdf")):
            if not jobs:
                continue
            outdir = Path(self.tmp) / ("conv_" + target)
            outdir.mkdir(exist_ok=True)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_fe_profile", "--headless",
                            "--convert-to", target, "--outdir", str(outdir)] + [str(s) for s, _ in jobs],
                           check=True, capture_output=True, timeout=600)
            for src, dst in jobs:
                shutil.move(str(outdir / (src.stem + "." + target)), str(dst))

    # common bits -------------------------------------------------------------
    def cpr_maybe(self, p=0.25, young=False):
        return self.ctx.cpr(young) if self.rng.random() < p else None

    def mentor(self, provider=None, with_contact=True):
        fn, ln = self.ctx.name()
        prov = provider or self.rng.choice(PROVIDERS)
        ph = self.ctx.phone()
        mail = f"{fn.lower()}.{ln[0].lower()}@{prov[1]}".replace("é", "e").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        return {"name": f"{fn} {ln}", "first": fn, "prov": prov[0], "phone": ph, "mail": mail,
                "contact": with_contact}

    def caseworker(self, dept):
        fn, ln = self.ctx.name()
        return f"{fn} {ln}", self.ctx.phone(), f"{fn[:2].lower()}{ln[:2].lower()}@odense.dk".replace("ø", "o").replace("æ", "ae").replace("é", "e").replace("å", "a")

    # ------------------------------------------------------------------ AGREEMENTS
    def agreement(self, dept, fmt, defects, layout_variant=0, extra_traits=()):
        r = self.rng
        self.n += 1
        fn, ln = self.ctx.name()
        citizen = f"{fn} {ln}"
        pkind = "ok"
        if "over" in defects:
            pkind = r.choice(["over", "over"]) if "edge" not in defects else "over_edge"
        elif "exact" in defects:
            pkind = "exact"
        if "no_duration" in defects:
            pkind = "none"
        if "udskriv" in defects:
            pkind = "udskriv"
        start = rand_start(r)
        if dept == "unge" and "over" in defects and "edge" not in defects:
            start = dt.date(r.choice([2025, 2026]), 8, r.choice([11, 12, 10]))
        if dept == "sb" and pkind in ("over", "none"):
            start = rand_start(r, 2025)   # the ressourceforløb was abolished 1 Jul 2026
        end = period_for(start, pkind, r)
        sign = start - dt.timedelta(days=r.randint(3, 12))
        rules, extras, traits = [], [], list(extra_traits)
        m = self.mentor(provider=PROVIDERS[2] if dept == "unge" and r.random() < .6 else None)
        cw = self.caseworker(dept)
        cpr = self.cpr_maybe(young=(dept == "unge"))
        goal = None if "no_goal" in defects else goal_text(dept, fn, start, r, unclear="unclear" in defects)
        tasks = None if "no_tasks" in defects else r.choice(TASKS[dept])
        hours = None if "no_hours" in defects else hours_text(dept, r, vague="vague_hours" in defects)
        fu = None if "no_followup" in defects else followup_text(dept, r, vague="vague_followup" in defects)
        if "no_goal" in defects: rules.append("missing-goal")
        if "unclear" in defects: rules.append("unclear-goal")
        if "no_tasks" in defects: rules.append("missing-tasks")
        if "no_hours" in defects or "vague_hours" in defects: rules.append("missing-hours")
        if "no_followup" in defects or "vague_followup" in defects: rules.append("missing-follow-up")
        if "no_duration" in defects: rules.append("missing-duration")
        if pkind in ("over", "over_edge"): rules.append("duration-over-6-months")
        if "mentor_nocontact" in defects:
            m["contact"] = False
            rules.append("missing-mentor")
        ap_def = next((d for d in defects if d.startswith("appeal_")), None)
        ap_blocks, ap_rules, ap_extras = appeal_variant(dept if dept != "prov" else "prov", sign, r, ap_def)
        rules += ap_rules
        extras += ap_extras
        traits += [f"dept:{dept}", f"period:{pkind}"] + sorted(defects)
        period = {"start": start.isoformat(), "end": end.isoformat()} if end else None
        cprs = [cpr] if cpr else []
        ds = {"unge": "long", "sb": "dots", "job": r.choice(["short", "slash"]), "prov": "abbr"}[dept]
        per = f"{fd(start, ds)} - {fd(end, ds)}" if end else None
        if dept == "unge" and end:
            per = f"Fra {fd(start, 'long')} til {fd(end, 'long')}"
        mentor_line = (f"{m['name']}, {m['prov']}, tlf. {m['phone']}, {m['mail']}" if m["contact"]
                       else f"{m['name']} ({m['prov']})")

        if dept == "unge":
            title = r.choice(["Mentoraftale", "Aftale om mentor – Ungeindsatsen", "Din aftale om mentorstøtte"])
            b = [H(title, 1), P(f"{DEPT['unge']}, {sender(sign)} · {fd(sign, 'long')}"),
                 P(f"Aftalen er lavet mellem dig, {citizen}" + (f" (cpr.nr. {cpr})" if cpr else "") +
                   f", din mentor og din vejleder i Ungeindsatsen. Her står det, vi blev enige om på mødet.")]
            if goal is not None:
                b += [H("Hvad er dit mål?"), P(goal)]
            b += [H("Hvem er din mentor?"), P(mentor_line)]
            if tasks is not None:
                b += [H(f"Hvad skal {m['first']} hjælpe dig med?")] + [LI(t) for t in tasks]
            if per:
                b += [H("Hvor længe?"), P(per + ".")]
            if hours is not None:
                b += [H("Hvor meget tid?"), P(f"I ses {hours}." if "behov" not in hours and "løbende" not in hours else f"Timer: {hours}.")]
            if fu is not None:
                b += [H("Hvordan følger vi op?"), P(fu)]
            b += ap_blocks
            b += [P(f"Din vejleder: {cw[0]}, tlf. {cw[1]}, {cw[2]}"),
                  T([["Dato / borger", "Dato / mentor", "Dato / vejleder"], ["", "", ""]])]
            layout = "unge-questions"
            bold = fmt in ("docx", "odt") and layout_variant == 1
        elif dept == "sb":
            title = r.choice(["Aftale om mentorstøtte", "Mentoraftale – sygedagpenge/ressourceforløb",
                              "Skriftlig aftale om mentorstøtte efter LAB § 167"])
            udsk = "udskriv" in defects
            rows = [["Punkt", "Indhold"],
                    ["Borger", citizen + (f", CPR {cpr}" if cpr else "")],
                    ["Sagsnummer", self.ctx.sagsnr()]]
            rows.append(["1. Målet med mentorstøtten", goal if goal is not None else "Udfyldes senere"])
            rows.append(["2. Mentorens navn og kontaktdata", mentor_line])
            rows.append(["3. Mentorens opgaver", "\n".join("- " + t for t in tasks) if tasks else "-"])
            if end:
                v = f"{fd(start, 'dots')} - {fd(end, 'dots')}"
                if udsk:
                    v += " (udskrivningskoordinator, § 167, stk. 2: fra 3 mdr. før udskrivning og 6 mdr. efter)"
                elif pkind == "over":
                    v += " (følger ressourceforløbet)"
                rows.append(["4. Varighed", v])
            else:
                rows.append(["4. Varighed", "Følger ressourceforløbet"])
            rows.append(["4a. Opfølgning og progression", fu if fu is not None else ""])
            rows.append(["5. Timetal", hours if hours is not None else ""])
            b = [P(f"{KOMMUNE} · {DEPT['sb']} · {fd(sign, 'dots')}"), H(title, 1),
                 P("Aftalen er indgået i forbindelse med bevilling af mentorstøtte efter § 167 i lov om en aktiv "
                   "beskæftigelsesindsats og indgår i borgerens plan."),
                 T(rows)]
            if ap_blocks:
                b += [H("6. Klagevejledning")] + ap_blocks[1:]
            b += [P(f"Sagsbehandler: {cw[0]}, direkte tlf. {cw[1]}"), P("Underskrift borger: ______________   Underskrift mentor: ______________")]
            layout = "sb-numbered-table"
            bold = False
        elif dept == "job":
            title = r.choice(["Mentoraftale", "Aftale - mentor (Job & Virksomhed)", "MENTORAFTALE"])
            rows = [["Borger", citizen + (f" - {cpr}" if cpr else "")],
                    ["Mål", goal if goal is not None else ""],
                    ["Mentor", mentor_line],
                    ["Opgaver", ", ".join(tasks) if tasks else ""],
                    ["Periode", per or ""],
                    ["Timer", hours if hours is not None else ""],
                    ["Opfølgning", fu if fu is not None else ""]]
            b = [H(title, 1), P(f"{sender(sign)} - {DEPT['job']}"), T(rows)]
            b += ap_blocks
            b += [P(f"Jobkonsulent: {cw[0]} / {cw[1]}")]
            layout = "job-two-col"
            bold = False
        else:  # provider form
            prov = r.choice(PROVIDERS)
            m = self.mentor(provider=prov, with_contact=m["contact"])
            mentor_line = (f"{m['name']}, tlf. {m['phone']}, {m['mail']}" if m["contact"] else m["name"])
            title = r.choice([f"Mentoraftale – {prov[0]}", "Samarbejdsaftale om mentorforløb"])
            b = [H(title, 1), P(f"{prov[0]} · {prov[2]} · www.{prov[1]}"),
                 P(f"Deltager: {citizen}" + (f", CPR-nr. {cpr}" if cpr else "")),
                 P(f"Aftale mellem {citizen}, {prov[0]} og {KOMMUNE} ({DEPT[r.choice(['unge', 'sb', 'job'])]}) om mentorforløb efter kommunens bevilling."),
                 H("Formål med forløbet", 2), P(goal) if goal is not None else P("[indsæt]"),
                 H("Din mentor", 2), P(mentor_line)]
            if tasks:
                b += [H("Det arbejder vi med", 2)] + [LI(t) for t in tasks]
            if per:
                b += [H("Forløbsperiode", 2), P(per)]
            if hours is not None:
                b += [H("Omfang", 2), P(hours)]
            if fu is not None:
                b += [H("Status og evaluering", 2), P(fu)]
            b += ap_blocks
            b += [P(f"Kontaktperson i kommunen: {cw[0]}, tlf. {cw[1]}"), P(f"Odense, {fd(sign, 'abbr')}")]
            layout = "provider-form"
            bold = True
        if fmt == "pdf" and dept == "job" and layout_variant == 1:
            layout += "-lo"
        if fmt == "pdf" and layout_variant == 2:
            layout += "-scan"
            traits.append("ocr")
        rel = f"{dept}/{sign.year}/aftale_{self.n:03d}_{fn.lower().replace('é', 'e')}.{fmt}"
        eml = None
        if fmt == "eml":
            eml = (f"{m['name']} <{m['mail']}>", f"{cw[0]} <{cw[2]}>", f"Mentoraftale {fn} {ln[0]}. - {title}", sign)
        self.emit(rel, fmt, b, kind="agreement", subtype="agreement", layout=layout, rules=rules, extras=extras,
                  traits=traits, cprs=cprs, period=period, title=title, bold_heads=bold, eml=eml)

    # ------------------------------------------------------------------ DECISIONS
    def decision(self, dept, fmt, subtype, defects, extra_traits=(), scan=False):
        r = self.rng
        self.n += 1
        fn, ln = self.ctx.name()
        citizen = f"{fn} {ln}"
        start = rand_start(r)
        pkind = "over" if "over" in defects else ("exact" if "exact" in defects else "ok")
        end = period_for(start, pkind, r)
        letter = start - dt.timedelta(days=r.randint(2, 14))
        if subtype == "extension":
            prev_start = add_months(start, -6)
            prev_end = start - dt.timedelta(days=1)
        cw = self.caseworker(dept)
        m = self.mentor(provider=PROVIDERS[2] if dept == "unge" else None)
        cpr = self.cpr_maybe(young=(dept == "unge"))
        rules, extras = [], []
        ap_def = next((d for d in defects if d.startswith("appeal_")), None)
        ap_blocks, ap_rules, ap_extras = appeal_variant(dept, letter, r, ap_def)
        rules += ap_rules
        extras += ap_extras
        if pkind == "over":
            rules.append("duration-over-6-months")
        if "no_reasons" in defects and subtype in ("partial", "refusal"):
            extras.append("missing-reasons")
        ds = {"unge": "long", "sb": "dots", "job": "short"}[dept]
        per = f"{fd(start, ds)} til {fd(end, ds)}"
        snd = sender(letter)
        hours = hours_text(dept, r)
        period = {"start": start.isoformat(), "end": end.isoformat()}
        head = [P(f"{snd}\n{DEPT[dept]}\nØrbækvej 100, 5220 Odense SØ"),
                P(f"Til: {citizen}" + (f"\nCPR-nr.: {cpr}" if cpr else "") + f"\nDato: {fd(letter, ds)}\nSagsnr.: {self.ctx.sagsnr()}")]
        reasons = {
            "unge": P(f"Vi har lagt vægt på, at du har svært ved at komme afsted om morgenen, og at du selv siger, "
                      f"at det vil hjælpe at have en voksen at følges med de første uger. Støtten skal hjælpe dig med "
                      f"at gennemføre {r.choice(EDU)}. Du får støtten efter § 167 i lov om en aktiv beskæftigelsesindsats."),
            "sb": P("Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på "
                    "oplysningerne fra din egen læge og fra arbejdsgiveren om, at en gradvis tilbagevenden kræver støtte "
                    "til at planlægge belastning og hviledage. Det er vores vurdering, at mentorstøtten er nødvendig for, "
                    "at du kan fastholde tilknytningen til arbejdsmarkedet."),
            "job": P("Borger har været ledig i over 12 mdr. og har behov for støtte i opstarten af løntilskud. "
                     "Jf. LAB § 167."),
        }[dept]
        if subtype == "grant":
            titles = {"unge": "Du får en mentor", "sb": "Afgørelse om mentorstøtte", "job": "Bevilling af mentorstøtte"}
            body = [P(f"Vi har bevilget mentorstøtte til dig i perioden {per}. Din mentor er {m['name']}, {m['prov']}, "
                      f"tlf. {m['phone']}. Støtten er på {hours}.")]
            if "no_reasons" not in defects and dept != "unge":
                body += [H("Begrundelse"), reasons]
        elif subtype == "partial":
            titles = {"unge": "Svar på din ansøgning om mentor", "sb": "Afgørelse – delvis bevilling af mentorstøtte",
                      "job": "Delvis bevilling af mentorstøtte"}
            asked = r.choice([9, 12])
            body = [P(f"Du har søgt om mentorstøtte i {asked} måneder med 5 timer om ugen. Vi bevilger mentorstøtte i perioden "
                      f"{per} med {hours}.")]
            if "no_reasons" not in defects:
                body += [H("Begrundelse"), reasons,
                         P("Mentorstøtte kan efter loven gives i højst 6 måneder ad gangen. Ved udløb vurderer vi, om der er behov for en ny periode.")]
        elif subtype == "refusal":
            titles = {"unge": "Afslag på mentor", "sb": "Afgørelse – afslag på mentorstøtte", "job": "Afslag på mentorstøtte"}
            body = [P("Vi har behandlet din ansøgning om mentorstøtte. Du får afslag.")]
            if "no_reasons" not in defects:
                body += [H("Begrundelse"),
                         P("Vi vurderer, at den støtte, du allerede får fra skolens elevcoach og SPS, dækker dit behov. "
                           "Mentorstøtte efter § 167 kan kun gives, når støtten går ud over det, skolen normalt tilbyder."
                           if dept == "unge" else
                           "Efter § 167 i lov om en aktiv beskæftigelsesindsats kan der gives mentorstøtte, når det er "
                           "nødvendigt for at du kan gennemføre et tilbud eller fastholde et job. Vi har lagt vægt på, at "
                           "du allerede har en fast kontaktperson i din praktik, som varetager de samme opgaver.")]
            period = None
            end = None
        elif subtype == "extension":
            titles = {"unge": "Du får forlænget din mentor", "sb": "Afgørelse om forlængelse af mentorstøtte",
                      "job": "Forlængelse af mentorstøtte"}
            body = [P(f"Din mentorstøtte i perioden {fd(prev_start, ds)} til {fd(prev_end, ds)} er ved at udløbe. "
                      f"Efter en konkret vurdering forlænger vi støtten i en ny periode: {per}. Timetallet er {hours}. "
                      f"Din mentor er fortsat {m['name']}.")]
            if "no_reasons" not in defects:
                body += [H("Begrundelse"), P("Evalueringen viser fremgang, men målet er endnu ikke nået. Vi har lagt vægt på "
                                             "mentorens status og din egen vurdering. Forlængelsen sker efter § 167, stk. 1, 2. pkt.")]
        else:  # end
            titles = {"unge": "Din mentorstøtte stopper", "sb": "Afgørelse om ophør af mentorstøtte",
                      "job": "Ophør af mentorstøtte"}
            stop = start + dt.timedelta(days=r.randint(30, 80))
            body = [P(f"Din mentorstøtte, der er bevilget i perioden {per}, ophører den {fd(stop, 'long')}."),
                    H("Begrundelse"),
                    P(r.choice(["Du er startet i ordinært job med 32 timer om ugen og har ikke længere behov for mentor.",
                                "Du er ikke mødt op til mentorsamtalerne siden sidste måned, og vi vurderer derfor ikke, at støtten hjælper dig mod målet.",
                                "Du er flyttet til en anden kommune."]))]
        title = titles[dept]
        if dept == "unge":
            b = [H(title, 1)] + head + [P(f"Kære {fn}")] + body + ap_blocks + \
                [P(f"Mange hilsner\n{cw[0]}\nUngevejleder, tlf. {cw[1]}")]
            layout = "unge-letter"
        elif dept == "sb":
            b = head + [H(title, 1), P(f"Kære {citizen}")] + body + \
                ([H("Lovgrundlag"), P("Lov om en aktiv beskæftigelsesindsats § 167 og §§ 168-171; forvaltningslovens §§ 22-24.")]
                 if "no_reasons" not in defects else []) + ap_blocks + \
                [P(f"Med venlig hilsen\n{cw[0]}\nSagsbehandler, {DEPT['sb']}\nTlf. {cw[1]}, {cw[2]}")]
            layout = "sb-formal-letter"
        else:
            b = [H(title, 1), T([["Borger", citizen + (f" ({cpr})" if cpr else "")], ["Dato", fd(letter, ds)],
                                 ["Afsender", f"{snd}, {DEPT['job']}"]])] + body + ap_blocks + \
                [P(f"Venlig hilsen {cw[0]}, jobkonsulent")]
            layout = "job-short-letter"
        traits = [f"dept:{dept}", f"period:{pkind if period else 'none'}"] + sorted(defects) + list(extra_traits)
        if scan:
            layout += "-scan"
            traits.append("ocr")
        rel = f"{dept}/{letter.year}/afgoerelse_{subtype}_{self.n:03d}.{fmt}"
        eml = None
        if fmt == "eml":
            eml = (f"{snd} <noreply@odense.dk>", f"{citizen}", title, letter)
        self.emit(rel, fmt, b, kind="decision", subtype=subtype, layout=layout, rules=rules, extras=extras,
                  traits=traits, cprs=[cpr] if cpr else [], period=period, title=title, eml=eml)

    # ------------------------------------------------------------------ MIN PLAN
    def minplan(self, dept, fmt, defects, extra_traits=()):
        r = self.rng
        self.n += 1
        fn, ln = self.ctx.name()
        start = rand_start(r)
        pkind = "over" if "over" in defects else ("exact" if "exact" in defects else "ok")
        if "no_duration" in defects:
            pkind = "none"
        end = period_for(start, pkind, r)
        m = self.mentor(provider=PROVIDERS[2] if dept == "unge" else None)
        if "mentor_nocontact" in defects:
            m["contact"] = False
        rules = []
        goal = None if "no_goal" in defects else goal_text(dept, fn, start, r, unclear="unclear" in defects)
        tasks = None if "no_tasks" in defects else r.choice(TASKS[dept])
        hours = None if "no_hours" in defects else hours_text(dept, r, vague="vague_hours" in defects)
        for d, rule in [("no_goal", "missing-goal"), ("unclear", "unclear-goal"), ("no_tasks", "missing-tasks"),
                        ("no_hours", "missing-hours"), ("vague_hours", "missing-hours"), ("no_duration", "missing-duration"),
                        ("mentor_nocontact", "missing-mentor")]:
            if d in defects:
                rules.append(rule)
        if pkind == "over":
            rules.append("duration-over-6-months")
        mentor_val = f"{m['name']}, {m['prov']}" + (f", tlf. {m['phone']}, {m['mail']}" if m["contact"] else "")
        per = f"{fd(start, 'dots')} - {fd(end, 'dots')}" if end else "Ikke angivet"
        cpr = self.cpr_maybe(p=0.2, young=(dept == "unge"))
        title = "Min Plan – Mentorstøtte"
        b = [H("Min Plan", 1), P(f"{fn} {ln}" + (f" · {cpr}" if cpr else "") + f" · Udskrevet {fd(start - dt.timedelta(days=2), 'dots')}")]
        traits = [f"dept:{dept}", f"period:{pkind}"] + sorted(defects) + list(extra_traits)
        if "fgu_card" in defects:
            fs = dt.date(start.year if start.month >= 8 else start.year - 1, 8, 12)
            b += [H("Uddannelse: FGU Fyn, PGU (Aktiv)", 2),
                  T([["Sted", "FGU Fyn, Odense"], ["Start", fd(fs, "dots")], ["Slut", fd(dt.date(fs.year + 1, 6, 26), "dots")],
                     ["Kontaktperson", f"Lærer {self.ctx.name()[0]} {self.ctx.name()[1]}, tlf. {self.ctx.phone()}"]])]
            traits.append("other-activity-long")
        b += [H("Mentorstøtte (§ 167)", 2)]
        labels = {"unge": ["Formål", "Din mentor", "Det hjælper mentoren dig med", "Start og slut", "Tid med mentor"],
                  "sb": ["Mål med mentorstøtten", "Mentor", "Mentors opgaver", "Periode", "Timer pr. uge"],
                  "job": ["Målsætning", "Mentor/kontaktdata", "Indsatsområder", "Varighed", "Timetal"]}[dept]
        if dept == "unge" and end:
            per = f"{fd(start, 'long')} – {fd(end, 'long')}"
        elif dept == "job" and end:
            per = f"fra {fd(start, 'short')} til {fd(end, 'short')}"
        rows = [[labels[0], goal if goal is not None else ""],
                [labels[1], mentor_val],
                [labels[2], "; ".join(tasks) if tasks else ""],
                [labels[3], per if end else ""],
                [labels[4], hours if hours is not None else ""]]
        if dept == "job":
            rows.insert(0, ["Planelement", "Mentorstøtte, LAB § 167 (leverandør: " + m["prov"] + ")"])
        if dept == "sb":
            rows.insert(0, ["Indsats", "Mentorstøtte under ressourceforløb" if start < dt.date(2026, 7, 1) else "Mentorstøtte"])
        b.append(T(rows))
        b.append(P("Planen er lavet sammen med din sagsbehandler. Du kan se den på jobnet.dk under Min Plan."))
        period = {"start": start.isoformat(), "end": end.isoformat()} if end else None
        rel = f"{dept}/{start.year}/minplan_{self.n:03d}_{fn.lower().replace('é', 'e')}.{fmt}"
        self.emit(rel, fmt, b, kind="minplan", subtype="minplan", layout=f"minplan-{dept}", rules=rules,
                  traits=traits, cprs=[cpr] if cpr else [], period=period, title=title)

    # ------------------------------------------------------------------ UNKNOWN
    def unknown(self, which, fmt):
        r = self.rng
        self.n += 1
        fn, ln = self.ctx.name()
        d = rand_start(r)
        cpr = self.cpr_maybe(p=0.45) if which in ("status", "order", "hearing") else None
        prov = r.choice(PROVIDERS)
        m = self.mentor(provider=prov)
        title = ""
        if which == "status":
            title = f"Statusrapport – mentorforløb"
            b = [H(title, 1), P(f"{prov[0]} · Rapport til {KOMMUNE}"),
                 T([["Borger", f"{fn} {ln}" + (f", {cpr}" if cpr else "")], ["Rapportperiode", f"{fd(d, 'abbr')} – {fd(add_months(d, 1), 'abbr')}"],
                    ["Mentor", f"{m['name']}, tlf. {m['phone']}"]]),
                 H("Fremmøde", 2), P(f"{fn} er mødt til 7 ud af 8 aftalte samtaler. En aflysning pga. sygdom."),
                 H("Udvikling", 2), P(f"{fn} har fået bedre styr på morgenrutinen og har selv kontaktet praktikstedet. Vi anbefaler, at forløbet fortsætter uændret."),
                 H("Næste skridt", 2), P("Samtale med praktikvært i næste uge.")]
            layout = "provider-status"
        elif which == "invoice":
            title = "Faktura"
            b = [H(f"FAKTURA nr. {r.randint(2000, 9999)}", 1), P(f"{prov[0]}\n{prov[2]}\nCVR {r.randint(10000000, 99999999)}"),
                 P(f"Til: {KOMMUNE}, {DEPT[r.choice(['unge', 'sb', 'job'])]}, EAN 5798005{r.randint(100000, 999999)}"),
                 T([["Ydelse", "Antal", "Pris", "I alt"],
                    [f"Mentortimer {fn} {ln[0]}. ({MONTHS[d.month - 1]} {d.year})", "12", "495,00", "5.940,00"],
                    ["Kørsel", "1", "250,00", "250,00"]]),
                 P("Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 0012345678.")]
            layout = "provider-invoice"
        elif which == "sample_list":
            title = "Kvalitetsteam – stikprøve mentorsager 2025-2026"
            rows = [["Løbenr.", "Afdeling", "Sagsnr.", "Dokumenttype", "Dato"]]
            for i in range(12):
                dd = rand_start(r)
                rows.append([str(i + 1), DEPT[r.choice(['unge', 'sb', 'job'])], self.ctx.sagsnr(),
                             r.choice(["Aftale", "Afgørelse", "Min Plan"]), fd(dd, "dots")])
            b = [H(title, 1), P(f"Udtrukket tilfældigt af kvalitetsteamet {fd(d, 'long')}. Seed i udtræk: {r.randint(1000, 9999)}."),
                 T(rows), P("Sagerne gennemgås efter tjeklisten (mål, mentor, opgaver, varighed, opfølgning, timetal, klagevejledning).")]
            layout = "quality-sample"
        elif which == "checklist":
            title = "Tjekliste til kvalitetsgennemgang af mentoraftaler"
            b = [H(title, 1), P("Brug tjeklisten ved hver sag i stikprøven. Sæt kryds ved de punkter, der er opfyldt."),
                 T([["Punkt", "Krav", "Opfyldt"], ["1", "Målet med mentorstøtten (job- eller uddannelsesmål)", "☐"],
                    ["2", "Mentorens navn og kontaktdata", "☐"], ["3", "Mentorens opgaver", "☐"],
                    ["4", "Varighed (højst 6 måneder) og opfølgning med mål for progression", "☐"],
                    ["5", "Timetal pr. uge", "☐"], ["6", "Klagevejledning: kommunen, 4 uger, Ankestyrelsen", "☐"]]),
                 P("Bemærkninger noteres i kvalitetsteamets regneark.")]
            layout = "quality-checklist"
        elif which == "minutes":
            title = f"Referat af driftsmøde med {prov[0]}"
            b = [H(title, 1), P(f"Dato: {fd(d, 'long')}. Deltagere: {DEPT['unge']}, {DEPT['job']}, {prov[0]}."),
                 H("1. Kapacitet", 2), P("Leverandøren har plads til 14 nye forløb i næste kvartal."),
                 H("2. Statusrapporter", 2), P("Rapporterne skal fremover sendes senest den 5. i måneden."),
                 H("3. Udgiftsloft", 2), P("Kommunen orienterede om det nye loft over udgifter til mentorstøtte fra 2026 (§ 203 a)."),
                 H("4. Eventuelt", 2), P("Intet.")]
            layout = "minutes"
        elif which == "guidance":
            title = "Mentorstøtte – sådan gør vi i Ungeindsatsen"
            b = [H(title, 1), P("Intern vejledning til ungevejledere."),
                 H("Hvad skal aftalen indeholde?", 2),
                 LI("målet med mentorstøtten"), LI("mentorens navn og kontaktdata"), LI("hvilke opgaver mentoren skal hjælpe med"),
                 LI("varighed (højst 6 måneder ad gangen) og opfølgning"), LI("timetal pr. uge"), LI("klagevejledning"),
                 H("Husk", 2), P("Bevillingen sendes til den unges e-Boks. Klagefristen er 4 uger.")]
            layout = "guidance"
        elif which == "private":
            title = "Mentoraftale – OB Fodboldskole, ungementorprogram"
            b = [H(title, 1), P("Frivilligt program i samarbejde med lokale klubber. Ikke en kommunal ydelse."),
                 P(f"Mentee: {fn}\nMentor (frivillig): {m['first']}, tlf. {m['phone']}"),
                 P("Vi mødes hver anden torsdag efter træning og taler om skole, træning og fremtid."),
                 P("Aftalen gælder sæsonen 2025/26 og kan opsiges af begge parter.")]
            layout = "private-club"
        elif which == "order":
            title = "Bestilling af mentorforløb"
            b = [H(title, 1), P(f"Fra: {JC}, {DEPT['job']}\nTil: {prov[0]}"),
                 T([["Borger", f"{fn} {ln}" + (f" ({cpr})" if cpr else "")], ["Ønsket opstart", fd(d, "short")],
                    ["Forventet omfang", "3 t/uge i 3 mdr."], ["Bemærkning", "Borger ønsker kvindelig mentor."]]),
                 P("Leverandøren bekræfter opstart og mentor inden 5 hverdage.")]
            layout = "order"
        elif which == "meeting_mail":
            title = "Flytning af møde"
            b = [P(f"Hej {fn}"), P(f"Vores møde på torsdag bliver flyttet til fredag kl. 10 på {prov[2]}. Skriv, hvis det ikke passer."),
                 P(f"Hilsen {m['first']}")]
            layout = "mail-meeting"
        elif which == "hearing":
            title = "Partshøring – påtænkt ophør af mentorstøtte"
            b = [H(title, 1), P(f"Kære {fn} {ln}" + (f"\nCPR-nr. {cpr}" if cpr else "")),
                 P("Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire samtaler. "
                   "Før vi træffer afgørelse, vil vi gerne høre din bemærkninger."),
                 P(f"Du kan sende dine bemærkninger inden 14 dage. Ring til {self.caseworker('sb')[0]}."),]
            layout = "hearing"
        else:  # ankestyrelsen ruling / forwarded appeal
            title = "Genvurdering – afgørelsen fastholdes"
            b = [H(title, 1), P(f"Kære {fn} {ln}"),
                 P("Vi har modtaget din klage over afgørelsen om mentorstøtte. Vi har genvurderet sagen og fastholder afgørelsen. "
                   "Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, som vil behandle klagen."),
                 P("Du hører fra Ankestyrelsen, når de har modtaget sagen.")]
            layout = "reconsideration-upheld"
        rel = f"ovrigt/{which}_{self.n:03d}.{fmt}"
        eml = None
        if fmt == "eml":
            eml = (f"{m['name']} <{m['mail']}>", f"{fn} {ln}", title, d)
        self.emit(rel, fmt, b, kind="unknown", subtype=which, layout=layout, rules=[],
                  traits=[f"unknown:{which}"], cprs=[cpr] if cpr else [], period=None, title=title, eml=eml)


# ----------------------------------------------------------------------------- plan
AGREEMENTS = [
    # (dept, fmt, defects, variant)
    ("unge", "docx", set(), 0), ("unge", "docx", {"unclear"}, 1), ("unge", "odt", {"over"}, 0),
    ("unge", "md", set(), 0), ("unge", "docx", {"vague_hours"}, 0), ("unge", "html", {"unclear", "vague_hours"}, 0),
    ("unge", "txt", {"exact"}, 0), ("unge", "docx", {"over", "appeal_vague"}, 1), ("unge", "eml", {"no_followup"}, 0),
    ("unge", "pdf", set(), 0), ("unge", "odt", {"no_goal"}, 1),
    ("sb", "pdf", set(), 0), ("sb", "pdf", {"over"}, 0), ("sb", "docx", {"appeal_other"}, 0),
    ("sb", "rtf", {"vague_followup"}, 0), ("sb", "odt", {"udskriv"}, 0), ("sb", "pdf", {"unclear"}, 0),
    ("sb", "docx", {"no_duration"}, 0), ("sb", "pdf", {"exact"}, 0), ("sb", "rtf", {"no_hours"}, 0),
    ("sb", "docx", {"over", "vague_followup"}, 0), ("sb", "pdf", {"no_goal"}, 0),
    ("job", "pdf", set(), 1), ("job", "docx", {"mentor_nocontact"}, 0), ("job", "txt", {"no_tasks"}, 0),
    ("job", "pdf", {"appeal_none"}, 0), ("job", "html", {"appeal_wrong_route"}, 0), ("job", "docx", {"unclear", "mentor_nocontact"}, 0),
    ("job", "pdf", {"no_hours", "appeal_vague"}, 1), ("job", "txt", {"over", "edge"}, 0), ("job", "eml", set(), 0),
    ("job", "docx", {"exact"}, 0),
    ("prov", "docx", set(), 0), ("prov", "pdf", {"appeal_none"}, 0), ("prov", "odt", {"vague_hours", "appeal_none"}, 0),
    ("prov", "docx", {"mentor_nocontact"}, 0), ("prov", "html", set(), 0), ("prov", "rtf", {"no_tasks"}, 0),
    ("prov", "eml", {"unclear"}, 0),
    ("unge", "docx", set(), 1), ("sb", "pdf", {"appeal_none"}, 0),
    ("sb", "pdf", set(), 2), ("sb", "pdf", {"no_tasks"}, 2), ("prov", "pdf", {"over"}, 2),
]
DECISIONS = [
    ("unge", "pdf", "grant", set()), ("unge", "html", "grant", {"over"}), ("unge", "docx", "partial", set()),
    ("unge", "txt", "refusal", set()), ("unge", "eml", "extension", set()), ("unge", "docx", "end", {"appeal_none"}),
    ("unge", "md", "grant", {"appeal_vague"}), ("unge", "odt", "grant", {"exact"}),
    ("sb", "pdf", "grant", set()), ("sb", "pdf", "grant", {"over"}), ("sb", "docx", "partial", set()),
    ("sb", "rtf", "refusal", {"appeal_other"}), ("sb", "pdf", "extension", set()), ("sb", "odt", "end", set()),
    ("sb", "docx", "grant", {"appeal_other", "over"}),
    ("job", "pdf", "grant", {"appeal_vague", "no_reasons"}), ("job", "txt", "partial", set()),
    ("job", "docx", "refusal", {"appeal_none"}), ("job", "html", "extension", {"appeal_wrong_route"}),
    ("job", "pdf", "end", set()), ("job", "eml", "grant", set()), ("job", "docx", "partial", {"no_reasons", "over"}),
    ("job", "pdf", "grant", {"exact"}),
    ("sb", "docx", "refusal", {"no_reasons"}), ("unge", "pdf", "extension", set()),
]
MINPLANS = [
    ("unge", "html", set()), ("unge", "html", {"fgu_card"}), ("unge", "html", {"fgu_card", "unclear"}),
    ("unge", "pdf", {"vague_hours"}), ("unge", "html", {"over"}), ("unge", "txt", {"no_tasks"}),
    ("sb", "pdf", set()), ("sb", "html", {"mentor_nocontact"}), ("sb", "pdf", {"over"}), ("sb", "docx", {"no_goal"}),
    ("sb", "html", {"exact"}),
    ("job", "html", set()), ("job", "txt", {"no_hours"}), ("job", "pdf", {"no_duration"}), ("job", "html", {"unclear"}),
    ("job", "html", set()), ("unge", "html", {"no_goal"}),
]
UNKNOWN = [
    ("status", "pdf"), ("status", "docx"), ("status", "eml"), ("invoice", "pdf"), ("invoice", "pdf"),
    ("sample_list", "html"), ("checklist", "docx"), ("minutes", "docx"), ("minutes", "txt"), ("guidance", "pdf"),
    ("guidance", "md"), ("private", "docx"), ("order", "pdf"), ("meeting_mail", "eml"), ("hearing", "docx"),
    ("reconsideration", "pdf"), ("sample_list", "txt"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    bld = Builder(out, a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        bld.tmp = tmp
        for dept, fmt, defects, var in AGREEMENTS:
            bld.agreement(dept, fmt, set(defects), var)
        for dept, fmt, sub, defects in DECISIONS:
            bld.decision(dept, fmt, sub, set(defects))
        bld.decision("job", "pdf", "grant", {"over"}, scan=True)
        bld.decision("sb", "pdf", "extension", set(), scan=True)
        for dept, fmt, defects in MINPLANS:
            bld.minplan(dept, fmt, set(defects))
        for which, fmt in UNKNOWN:
            bld.unknown(which, fmt)
        bld.flush()
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(bld.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(bld.entries)} documents -> {out}")


if __name__ == "__main__":
    main()
