"""Corpus cz: Min Plan entries as quality teams find them in an archive.

Jobnet "Min Plan" pages printed to PDF from Chromium (header/footer with date, title and
URL), case-system prints (PDF via reportlab, DOCX via python-docx) with an overview table and
activity cards, plans with several activities, ended and planned mentor activities, plain-text
copies pasted into e-mails, scanned prints OCR'd with tesseract (dan), and ~15 % near misses
(plan summary with no mentor activity, calendar of meetings, a pre-reform Jobplan, a CV page).

Labels follow `mentordocs rules NAME`, docs/lint.md (kinds) and /work/shared/domain.md; they are
decided here, from what each document states, never from the linter's output.

    /work/main/.venv/bin/python make_corpus_cz.py --out /work/corpora/cz
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261130
MINPLAN_RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                 "missing-hours", "duration-over-6-months", "unclear-goal")

FIRST = ["Mette", "Ahmed", "Sofie", "Jonas", "Fatima", "Kasper", "Line", "Mikkel", "Yasmin",
         "Emil", "Camilla", "Rasmus", "Nadia", "Oliver", "Louise", "Tobias", "Amalie", "Ali",
         "Signe", "Frederik", "Sara", "Mohammad", "Julie", "Anders"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Yilmaz", "Hussein", "Kaya"]
COMPANIES = [("Jobhuset Nord ApS", "jobhusetnord.dk"), ("Mentorkompagniet", "mentorkompagniet.dk"),
             ("Bro til Job", "brotiljob.dk"), ("Kompetencecenter Vest", "kcvest.dk"),
             ("Nyt Fodfæste I/S", "nytfodfaeste.dk"), ("Mentorhuset Fyn", "mentorhusetfyn.dk"),
             ("KOMMUNE", None)]
KOMMUNER = ["Holbæk", "Randers", "Vejle", "Svendborg", "Ikast-Brande", "Gladsaxe", "Roskilde",
            "Hjørring", "Slagelse", "Horsens", "Næstved", "Viborg"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

GOALS_CLEAR = [
    "Du er i virksomhedspraktik på lageret hos {firm} 15 timer om ugen senest {date}, så du kan komme i løntilskud bagefter.",
    "Du starter på grundforløb 1 på SOSU-skolen i {by} {date} og møder op mindst fire dage om ugen.",
    "Du gennemfører FVU-dansk trin 2 på VUC {by} og går derefter videre til AMU-kurset i truckkørsel inden {date}.",
    "At {fn} fastholder sit fleksjob som pedelmedhjælper på {firm} med 12 timer om ugen.",
    "Målet er, at du får et ordinært job i detailhandlen på mindst 20 timer om ugen senest {date}.",
    "{fn} starter på FGU {by}, produktionsgrunduddannelse (PGU) med linjen Byg og anlæg, {date}, og har under 10 % fravær.",
    "Du kommer i gang med EUD-forløbet som ernæringsassistent og er i skolepraktik senest {date}.",
    "At du kan møde stabilt i praktikken hos {firm} (3 dage om ugen, kl. 8-13) og derefter søge ordinære timer.",
    "Hovedformål: fastholdelse af uddannelse på HF-enkeltfag ({by}), så du består dansk og matematik til sommereksamen {year}.",
    "Du er i løntilskudsjob som køkkenmedhjælper hos {firm} 25 timer om ugen fra {date}.",
]
GOALS_UNCLEAR = [
    "Støtte til at få mere struktur i hverdagen og øget trivsel.",
    "At komme tættere på arbejdsmarkedet.",
    "Arbejde med sig selv og få det bedre.",
    "Motivere borgeren og sikre at borgeren kommer videre.",
    "Øget selvværd og bedre mestring af hverdagen.",
    "Hjælp til at få styr på økonomi og bolig.",
]
TASKS = [
    "Følge dig til praktikstedet de første to uger",
    "Tage en ugentlig samtale med dig om fremmøde og transport",
    "Hjælpe dig med at lave en ugeplan og holde den",
    "Tage kontakt til praktikvejlederen, hvis der opstår problemer",
    "Støtte dig i at komme op om morgenen (vækkeopkald de første uger)",
    "Hjælpe med at åbne og besvare post i e-Boks",
    "Være med til opstartssamtalen på skolen",
    "Hjælpe dig med at søge SPS og tale med studievejlederen",
    "Øve busruten til skolen sammen med dig",
    "Gennemgå lektieplanen med dig hver mandag",
    "Deltage i opfølgningsmøder med arbejdsgiveren",
    "Hjælpe med at forberede jobsamtaler og skrive ansøgninger",
    "Støtte dig i kontakten til lægen og psykiatrien, så behandlingen ikke stopper op",
]
HOURS = [("3 timer pr. uge", 3), ("2 t/uge", 2), ("1½ time om ugen", 1.5), ("halvanden time ugentligt", 1.5),
         ("4 timer om ugen", 4), ("8 timer om måneden", None), ("to timer om ugen", 2), ("2-3 timer pr. uge", None),
         ("5 timer ugentligt i de første 4 uger, derefter 2 timer ugentligt", None), ("1 time pr. uge", 1),
         ("24 mentortimer i perioden", None)]
HOURS_VAGUE = ["efter behov", "løbende efter aftale", "et par timer om ugen", "Ikke fastsat"]
OTHER_ACTS = [
    # title, place, hours, contact label, months
    ("Virksomhedspraktik", "Netto, {by} Centrum", "15 timer pr. uge", 3),
    ("Uddannelse – FGU", "FGU {by}, afd. Vest", "30 timer pr. uge", 12),
    ("Behandling – psykiatri", "Distriktspsykiatrien {by}", "1 samtale hver 14. dag", 10),
    ("Løntilskud", "{by} Kommune, Vej og Park", "25 timer pr. uge", 6),
    ("Fysioterapi / træning", "Sundhedscenter {by}", "2 x 1 time ugentligt", 4),
    ("AMU-kursus: Truckcertifikat B", "AMU Syd, {by}", "37 timer pr. uge", 1),
    ("Misbrugsbehandling", "Rusmiddelcenter {by}", "2 gange om ugen", 8),
    ("Vejledning og opkvalificering – danskundervisning", "VUC {by}", "9 timer pr. uge", 10),
]


class Gen:
    def __init__(self, out: Path):
        self.out = out
        self.rnd = random.Random(SEED)
        self.entries: list[dict] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="cz_"))

    # ---------- helpers
    def person(self):
        return f"{self.rnd.choice(FIRST)} {self.rnd.choice(LAST)}"

    def phone(self):
        d = [self.rnd.randint(20, 99)] + [self.rnd.randint(10, 99) for _ in range(3)]
        return self.rnd.choice(["{} {} {} {}", "{}{}{}{}", "+45 {} {} {} {}"]).format(*d)

    def cpr(self):
        d = dt.date(1960, 1, 1) + dt.timedelta(days=self.rnd.randint(0, 16000))
        return f"{d:%d%m%y}-{self.rnd.randint(1000, 9999)}"

    def fmt_date(self, d: dt.date, style: int) -> str:
        return [f"{d:%d.%m.%Y}", f"{d.day}. {MONTHS[d.month-1]} {d.year}", f"{d:%d-%m-%Y}",
                f"{d.day}/{d.month} {d.year}", f"{d.day}. {MON_ABBR[d.month-1]} {d.year}", f"{d:%Y-%m-%d}"][style]

    def period(self, over=False):
        start = dt.date(2026, self.rnd.randint(1, 9), self.rnd.choice([1, 1, 1, 15, 3, 10]))
        months = self.rnd.choice([7, 8, 9, 12]) if over else self.rnd.choice([3, 4, 5, 6, 6, 6])
        m = start.month - 1 + months
        y, m = start.year + m // 12, m % 12 + 1
        try:
            end = dt.date(y, m, start.day) - dt.timedelta(days=1)
        except ValueError:
            end = dt.date(y, m, 28)
        if not over and self.rnd.random() < 0.3:
            end -= dt.timedelta(days=self.rnd.randint(5, 40))
        return start, end

    def add(self, rel, fmt, kind, layout, subtype, rules, mnc=(), traits=(), period=None):
        (self.out / rel).parent.mkdir(parents=True, exist_ok=True)
        e = {"path": rel, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": list(mnc), "traits": list(traits)}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        assert kind != "minplan" or set(rules) <= set(MINPLAN_RULES)
        assert kind != "unknown" or not rules
        self.entries.append(e)

    # ---------- the plan model
    def plan(self, i, defects=(), status="Aktiv", n_other=None):
        r = self.rnd
        by = r.choice(KOMMUNER)
        citizen = self.person()
        fn = citizen.split()[0]
        mentor = self.person()
        comp, dom = r.choice(COMPANIES)
        if comp == "KOMMUNE":
            comp, dom = f"{by} Kommune, Mentorteamet", f"{by.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk"
        email = f"{mentor.split()[0].lower().replace('ø','oe').replace('æ','ae').replace('å','aa')}@{dom}"
        start, end = self.period(over="over" in defects)
        if status == "Planlagt":
            start = dt.date(2026, 12, r.choice([1, 7, 14]))
            end = start + dt.timedelta(days=r.choice([90, 120, 150]))
        if status == "Afsluttet":
            start = dt.date(2025, r.choice([3, 4, 5]), 1)
            end = start + dt.timedelta(days=r.choice([120, 150, 175]))
        goal_date = self.fmt_date(end - dt.timedelta(days=r.randint(0, 30)), r.choice([1, 1, 4]))
        goal = r.choice(GOALS_CLEAR).format(firm=r.choice(["Bilka", "Kvickly", "DSV", "Arla", "Rema 1000", "Plantorama"]),
                                            date=goal_date, by=by, fn=fn, year=end.year)
        if "unclear" in defects:
            goal = r.choice(GOALS_UNCLEAR)
        tasks = r.sample(TASKS, r.randint(2, 4))
        hours_text, _ = r.choice(HOURS)
        if "hours_vague" in defects:
            hours_text = r.choice(HOURS_VAGUE)
        others = []
        n = r.choice([0, 1, 1, 2, 2, 3]) if n_other is None else n_other
        for t, place, hrs, months in r.sample(OTHER_ACTS, n):
            s = start + dt.timedelta(days=r.choice([-30, 0, 14, 30]))
            e = s + dt.timedelta(days=int(months * 30.4))
            others.append({"title": t, "place": place.format(by=by), "hours": hrs, "start": s, "end": e,
                           "contact": self.person(), "phone": self.phone()})
        ds = r.randrange(6)
        p = {"by": by, "citizen": citizen, "fn": fn, "mentor": mentor, "company": comp, "email": email,
             "mphone": self.phone(), "start": start, "end": end, "goal": goal, "tasks": tasks,
             "hours": hours_text, "others": others, "status": status, "defects": set(defects),
             "ds": ds, "cw": self.person(), "cwphone": self.phone(), "cpr": None,
             "printed": dt.datetime(2026, r.randint(1, 11), r.randint(1, 28), r.randint(8, 15), r.randint(0, 59)),
             "case": f"{r.randint(10,99)}.{r.randint(10,99)}.{r.randint(10,99)}-P{r.randint(10,29)}-{r.randint(1,999)}-26"}
        p["start_s"] = self.fmt_date(start, ds)
        p["end_s"] = self.fmt_date(end, ds)
        return p

    def labels(self, p):
        d = p["defects"]
        rules = set()
        if "no_goal" in d:
            rules.add("missing-goal")
        elif "unclear" in d:
            rules.add("unclear-goal")
        if "no_contact" in d or "no_mentor" in d:
            rules.add("missing-mentor")
        if "no_tasks" in d:
            rules.add("missing-tasks")
        if "no_period" in d:
            rules.add("missing-duration")
        if "no_hours" in d or "hours_vague" in d:
            rules.add("missing-hours")
        if "over" in d:
            rules.add("duration-over-6-months")
        return rules

    # field views honouring defects
    def f_goal(self, p):
        return None if "no_goal" in p["defects"] else p["goal"]

    def f_mentor(self, p):
        d = p["defects"]
        if "no_mentor" in d:
            return None
        if "no_contact" in d:
            return {"name": p["mentor"], "company": p["company"], "phone": None, "email": None}
        ph = p["mphone"] if self.rnd.random() < 0.85 else None
        em = p["email"] if (ph is None or self.rnd.random() < 0.6) else None
        return {"name": p["mentor"], "company": p["company"], "phone": ph, "email": em}

    def f_tasks(self, p):
        return None if "no_tasks" in p["defects"] else p["tasks"]

    def f_period(self, p):
        return None if "no_period" in p["defects"] else (p["start_s"], p["end_s"])

    def f_hours(self, p):
        return None if "no_hours" in p["defects"] else p["hours"]


# ================= renderers =================

JOBNET_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;color:#222;margin:0}
.top{background:#003c5a;color:#fff;padding:10px 18px;font-size:10pt}
.nav{font-size:9pt;color:#555;padding:6px 18px;border-bottom:1px solid #ccc}
.main{padding:8px 18px}
h1{font-size:20pt;margin:10px 0}
h2{font-size:14pt;border-bottom:2px solid #003c5a;padding-bottom:3px;margin-top:22px}
.card{border:1px solid #bbb;border-radius:6px;padding:10px 14px;margin:12px 0;page-break-inside:avoid}
.card h3{margin:0 0 6px 0;font-size:12.5pt}
.status{display:inline-block;font-size:8.5pt;padding:1px 7px;border-radius:9px;background:#e3f1e3;margin-left:8px}
.status.planned{background:#fff3cd}.status.ended{background:#eee}
dl{display:grid;grid-template-columns:170px 1fr;margin:0;row-gap:4px}
dt{font-weight:bold;color:#444}dd{margin:0}
.side{float:right;width:210px;border-left:1px solid #ddd;padding-left:10px;font-size:9pt;color:#444}
.foot{font-size:8pt;color:#777;border-top:1px solid #ccc;margin-top:24px;padding-top:6px}
ul{margin:2px 0 2px 18px;padding:0}
"""


def jobnet_html(g: Gen, p, variant: int) -> str:
    r = g.rnd
    m = g.f_mentor(p)
    e = html.escape
    goal = g.f_goal(p)
    tasks = g.f_tasks(p)
    per = g.f_period(p)
    hrs = g.f_hours(p)
    stcls = {"Aktiv": "", "Planlagt": "planned", "Afsluttet": "ended"}[p["status"]]
    stlabel = {"Aktiv": r.choice(["Igangværende", "Aktiv"]), "Planlagt": r.choice(["Planlagt", "Kommende"]),
               "Afsluttet": r.choice(["Afsluttet", "Slut"])}[p["status"]]
    goal_label = r.choice(["Målet med mentorstøtten", "Formål med mentorforløbet", "Hvad skal mentorstøtten føre til?",
                           "Mål", "Formål"])
    task_label = r.choice(["Mentors opgaver", "Det hjælper din mentor dig med", "Indsatsområder",
                           f"{m['name'].split()[0] if m else 'Mentoren'} skal hjælpe dig med"])
    # mentor card
    rows = []
    if goal is not None or variant % 3 == 0:
        rows.append((goal_label, e(goal) if goal is not None else r.choice(["", "Udfyldes senere", "-"])))
    if m is not None:
        bits = [e(m["name"]), e(m["company"])]
        if m["phone"]:
            bits.append("Tlf. " + e(m["phone"]))
        if m["email"]:
            bits.append(f'<a href="mailto:{e(m["email"])}">{e(m["email"])}</a>')
        rows.append((r.choice(["Din mentor", "Mentor", "Mentors navn og kontaktoplysninger"]), "<br>".join(bits)))
    elif p["status"] == "Planlagt":
        rows.append(("Mentor", r.choice(["Endnu ikke tildelt", "Ikke fundet endnu – du hører fra os"])))
    if tasks is not None:
        rows.append((task_label, "<ul>" + "".join(f"<li>{e(t)}</li>" for t in tasks) + "</ul>"))
    if per is not None:
        rows.append((r.choice(["Periode", "Varighed", "Start – slut"]), f"{per[0]} – {per[1]}"))
    else:
        rows.append(("Periode", r.choice(["Ikke fastsat", "Aftales senere", "-"])))
    if hrs is not None:
        rows.append((r.choice(["Timer", "Timetal", "Omfang"]), e(hrs)))
    mentor_card = (f'<div class="card"><h3>{r.choice(["Mentorstøtte", "Mentor (§ 167)", "Mentorstøtte – personlig mentor"])}'
                   f'<span class="status {stcls}">{stlabel}</span></h3><dl>'
                   + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows) + "</dl></div>")
    cards = [mentor_card]
    for o in p["others"]:
        cards.append(
            f'<div class="card"><h3>{e(o["title"])}<span class="status">Aktiv</span></h3><dl>'
            f'<dt>Sted</dt><dd>{e(o["place"])}</dd>'
            f'<dt>Periode</dt><dd>{g.fmt_date(o["start"], p["ds"])} – {g.fmt_date(o["end"], p["ds"])}</dd>'
            f'<dt>Omfang</dt><dd>{e(o["hours"])}</dd>'
            f'<dt>Kontaktperson</dt><dd>{e(o["contact"])}, tlf. {e(o["phone"])}</dd></dl></div>')
    r.shuffle(cards) if variant % 2 else None
    overall = ""
    # the citizen's own overall aim is left out when the mentor goal is the defect under test,
    # so the label does not hinge on whether "Mit mål" counts as the mentor support's goal
    if variant % 4 != 1 and not ({"no_goal", "unclear"} & p["defects"]):
        overall = (f"<h2>{r.choice(['Mit mål', 'Dit mål', 'Mit jobmål'])}</h2><p>"
                   + e(r.choice(["Jeg vil gerne have et job inden for lager og logistik.",
                                 "Uddannelse som social- og sundhedshjælper.",
                                 "Komme i job igen efter sygdom.", "Blive færdig med 10. klasse og starte på EUD."]))
                   + "</p>")
    side = ""
    if variant % 3 == 2:
        side = (f'<div class="side"><b>Din kontaktperson i kommunen</b><br>{e(p["cw"])}<br>Tlf. {e(p["cwphone"])}<br>'
                f'Jobcenter {e(p["by"])}</div>')
    cpr = f"<p>CPR-nr.: {p['cpr']}</p>" if p["cpr"] else ""
    return f"""<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Min Plan - Jobnet</title>
<style>{JOBNET_CSS}</style><script>window.dataLayer=[];function track(){{return 'Mentorstøtte';}}</script></head><body>
<div class="top">Jobnet &nbsp;|&nbsp; Min side &nbsp;|&nbsp; {e(p['citizen'])} &nbsp;|&nbsp; Log af</div>
<div class="nav">Forside › Min side › Min Plan</div>
<div class="main">{side}<h1>Min Plan</h1><p>{e(p['citizen'])}</p>{cpr}
{overall}
<h2>{r.choice(['Mine aktiviteter', 'Aktiviteter og tilbud', 'Det skal du i gang med'])}</h2>
{''.join(cards)}
<div class="foot">Har du spørgsmål til din plan, så kontakt din sagsbehandler. Jobnet drives af Styrelsen for Arbejdsmarked og Rekruttering.</div>
</div></body></html>"""


def print_chromium(pages: list[tuple[str, Path, str]]):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        pg = b.new_page()
        for html_text, dest, url in pages:
            src = dest.with_suffix(".src.html")
            src.write_text(html_text, encoding="utf-8")
            pg.goto(src.as_uri())
            hdr = ('<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between">'
                   '<span class="date"></span><span class="title"></span></div>')
            ftr = (f'<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between">'
                   f'<span>{html.escape(url)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')
            pg.pdf(path=str(dest), format="A4", display_header_footer=True, header_template=hdr,
                   footer_template=ftr, margin={"top": "16mm", "bottom": "16mm", "left": "10mm", "right": "10mm"},
                   print_background=True)
            src.unlink()
        b.close()


def case_rows(g: Gen, p):
    """Overview rows and mentor-card rows as a case system (Momentum/Fasit style) prints them."""
    m = g.f_mentor(p)
    per = g.f_period(p)
    hrs = g.f_hours(p)
    r = g.rnd
    over = [("Aktivitet", "Status", "Start", "Slut", "Omfang")]
    over.append(("Mentorstøtte (LAB § 167)", p["status"], per[0] if per else "", per[1] if per else "", hrs or ""))
    for o in p["others"]:
        over.append((o["title"], "Aktiv", g.fmt_date(o["start"], p["ds"]), g.fmt_date(o["end"], p["ds"]), o["hours"]))
    card = []
    goal = g.f_goal(p)
    card.append((r.choice(["Formål", "Mål for mentorstøtten", "Målsætning"]),
                 goal if goal is not None else r.choice(["", "Udfyldes senere", "xx"])))
    if m:
        v = m["name"] + ", " + m["company"]
        if m["phone"]:
            v += ", tlf. " + m["phone"]
        if m["email"]:
            v += ", " + m["email"]
        card.append((r.choice(["Mentor", "Leverandør/mentor", "Mentor (navn og kontakt)"]), v))
    else:
        card.append(("Mentor", r.choice(["Ikke tildelt", "Afventer leverandør"])))
    tasks = g.f_tasks(p)
    card.append((r.choice(["Mentors opgaver", "Opgaver", "Indhold i støtten"]),
                 "\n".join("• " + t for t in tasks) if tasks else r.choice(["-", ""])))
    card.append(("Periode", f"{per[0]} - {per[1]}" if per else r.choice(["Ikke angivet", ""])))
    card.append((r.choice(["Timer", "Timetal", "Antal timer"]), hrs if hrs else r.choice(["", "-"])))
    return over, card


def case_pdf(g: Gen, p, dest: Path, system: str):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        f, fb = "DV", "DVB"
    except Exception:
        f, fb = "Helvetica", "Helvetica-Bold"
    ss = getSampleStyleSheet()
    st = ParagraphStyle("n", parent=ss["Normal"], fontName=f, fontSize=9.5, leading=12)
    h1 = ParagraphStyle("h1", parent=st, fontName=fb, fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=st, fontName=fb, fontSize=11.5, leading=15, spaceBefore=8)
    over, card = case_rows(g, p)
    e = html.escape
    story = [Paragraph(e(f"{p['by']} Kommune – {system}"), st),
             Paragraph(g.rnd.choice(["Min Plan – udskrift", "Udskrift af borgerens plan (Min Plan)", "Plan: Min Plan"]), h1),
             Paragraph(e(f"Borger: {p['citizen']}") + (f" &nbsp; CPR: {p['cpr']}" if p["cpr"] else ""), st),
             Paragraph(e(f"Sagsbehandler: {p['cw']}, tlf. {p['cwphone']}"), st),
             Spacer(1, 8), Paragraph("Oversigt over aktiviteter", h2)]
    t = Table([[Paragraph(e(c), st) for c in row] for row in over], colWidths=[150, 60, 75, 75, 110])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]))
    story += [t, Spacer(1, 6), Paragraph("Aktivitet: Mentorstøtte", h2)]
    ct = Table([[Paragraph(e(a), st), Paragraph(e(b).replace("\n", "<br/>"), st)] for a, b in card],
               colWidths=[130, 340])
    ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(ct)
    for o in p["others"]:
        story.append(Paragraph(e("Aktivitet: " + o["title"]), h2))
        ot = Table([[Paragraph(a, st), Paragraph(e(b), st)] for a, b in [
            ("Sted", o["place"]), ("Start", g.fmt_date(o["start"], p["ds"])), ("Slut", g.fmt_date(o["end"], p["ds"])),
            ("Omfang", o["hours"]), ("Kontaktperson", f"{o['contact']}, tlf. {o['phone']}")]], colWidths=[130, 340])
        ot.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
        story.append(ot)

    def deco(c, d):
        c.saveState()
        c.setFont(f, 7.5)
        c.drawString(40, 20, f"Udskrevet {p['printed']:%d.%m.%Y %H:%M} af {p['cw']} – sag {p['case']}")
        c.drawRightString(555, 20, f"Side {d.page}")
        c.restoreState()
    SimpleDocTemplate(str(dest), pagesize=A4, topMargin=40, bottomMargin=40,
                      title="Min Plan").build(story, onFirstPage=deco, onLaterPages=deco)


def case_docx(g: Gen, p, dest: Path, system: str):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{system} · {p['by']} Kommune · Sag {p['case']}"
    sec.footer.paragraphs[0].text = f"Udskrevet {p['printed']:%d-%m-%Y} · Fortroligt – indeholder personoplysninger"
    over, card = case_rows(g, p)
    d.add_heading(g.rnd.choice(["Min Plan", "Borgerens plan – Min Plan", "Udskrift: Min Plan"]), 1)
    d.add_paragraph(f"Borger: {p['citizen']}" + (f"   CPR-nr. {p['cpr']}" if p["cpr"] else ""))
    d.add_heading("Aktivitetsoversigt", 2)
    t = d.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for row in over:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_heading(g.rnd.choice(["Mentorstøtte", "Aktivitet: Mentor", "Mentorstøtte efter LAB § 167"]), 2)
    ct = d.add_table(rows=0, cols=2)
    ct.style = "Table Grid"
    for a, b in card:
        cells = ct.add_row().cells
        cells[0].text = a
        cells[1].text = b
    for o in p["others"]:
        d.add_heading(o["title"], 2)
        ot = d.add_table(rows=0, cols=2)
        ot.style = "Table Grid"
        for a, b in [("Sted", o["place"]), ("Start", g.fmt_date(o["start"], p["ds"])),
                     ("Slut", g.fmt_date(o["end"], p["ds"])), ("Omfang", o["hours"]),
                     ("Kontaktperson", f"{o['contact']}, tlf. {o['phone']}")]:
            cells = ot.add_row().cells
            cells[0].text, cells[1].text = a, b
    d.add_paragraph("")
    d.add_paragraph(f"Planen er opdateret af {p['cw']}, Jobcenter {p['by']}.")
    d.save(str(dest))


def plain_text(g: Gen, p, style: int) -> str:
    """A plan copied from Jobnet or the case system and pasted into a text/e-mail."""
    r = g.rnd
    m = g.f_mentor(p)
    goal, tasks, per, hrs = g.f_goal(p), g.f_tasks(p), g.f_period(p), g.f_hours(p)
    L = []
    if style == 0:  # copied from the web page: labels on their own line, values below
        L += ["Min Plan", "", f"{p['citizen']}", "", "Mentorstøtte   " + p["status"], ""]
        if goal is not None:
            L += ["Formål", goal, ""]
        if m:
            L += ["Din mentor", m["name"], m["company"]] + ([f"Tlf. {m['phone']}"] if m["phone"] else []) + \
                 ([m["email"]] if m["email"] else []) + [""]
        if tasks:
            L += ["Det hjælper din mentor dig med"] + tasks + [""]
        L += ["Periode", f"{per[0]} – {per[1]}" if per else "Ikke fastsat", ""]
        if hrs:
            L += ["Timer", hrs, ""]
    else:  # caseworker's own summary in running prose
        s = []
        if goal is not None:
            s.append(f"Målet med mentorstøtten: {goal}")
        if m:
            c = ", ".join(x for x in [m["phone"] and f"tlf. {m['phone']}", m["email"]] if x)
            s.append(f"Mentor er {m['name']} fra {m['company']}" + (f" ({c})." if c else "."))
        if tasks:
            s.append(f"{m['name'].split()[0] if m else 'Mentoren'} skal hjælpe med:\n" + "\n".join("- " + t[0].lower() + t[1:] for t in tasks))
        if per:
            s.append(f"Mentorstøtten løber fra {per[0]} til {per[1]}.")
        if hrs:
            s.append(f"Der er bevilget {hrs}.")
        L += ["Mentorstøtte – fra Min Plan", ""] + s
    for o in p["others"]:
        L += ["", o["title"], f"{o['place']}, {g.fmt_date(o['start'], p['ds'])} – {g.fmt_date(o['end'], p['ds'])}, {o['hours']}",
              f"Kontakt: {o['contact']}, {o['phone']}"]
    return "\n".join(L)


def email(g: Gen, p, body: str, to_citizen: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p['cw']} <{p['cw'].split()[0].lower()}@jobcenter.{p['by'].lower().replace('ø','oe').replace('æ','ae').replace('-','')}.dk>"
    msg["To"] = (f"{p['citizen']} <borger@example.dk>" if to_citizen else f"{p['company']} <mentor@example.dk>")
    msg["Subject"] = g.rnd.choice(["Din plan – mentorstøtte", "Kopi af Min Plan", "VS: Mentorforløb – planen",
                                   f"Min Plan for {p['fn']}"])
    msg["Date"] = format_datetime(p["printed"].replace(tzinfo=dt.timezone.utc))
    greet = f"Hej {p['fn']}" if to_citizen else "Hej"
    intro = g.rnd.choice(["Her er en kopi af det, der står i din plan om mentorstøtten:",
                          "Som aftalt sender jeg planen, som den ser ud i systemet nu:",
                          "Jeg har sat det ind herunder fra Min Plan, så I har det samme udgangspunkt."])
    sig = f"\n\nVenlig hilsen\n{p['cw']}\nJobkonsulent, Jobcenter {p['by']}\nDirekte tlf. {p['cwphone']}"
    quoted = ""
    if g.rnd.random() < 0.4:
        quoted = (f"\n\nDen {p['printed'] - dt.timedelta(days=2):%d.%m.%Y} skrev {p['fn']}:\n> Hej, kan du sende min plan igen?"
                  f"\n> Jeg kan ikke finde den på Jobnet.\n> Mvh {p['fn']}")
    msg.set_content(f"{greet}\n\n{intro}\n\n{body}{sig}{quoted}\n")
    return bytes(msg)


def ocr_pdf(g: Gen, pdf_in: Path, dest: Path, as_pdf: bool):
    """Scan a print: render, rotate a little, add grain, OCR with tesseract (dan)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    doc = pdfium.PdfDocument(str(pdf_in))
    imgs = []
    for i in range(min(len(doc), 2)):
        im = doc[i].render(scale=200 / 72).to_pil().convert("L")
        im = im.rotate(g.rnd.uniform(-1.2, 1.2), expand=True, fillcolor=255, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(g.rnd.uniform(0.4, 0.9)))
        px = im.load()
        w, h = im.size
        rr = random.Random(g.rnd.randint(0, 10**6))
        for _ in range(w * h // 300):
            x, y = rr.randrange(w), rr.randrange(h)
            px[x, y] = rr.choice([0, 90, 255])
        imgs.append(im)
    doc.close()
    outs = []
    for i, im in enumerate(imgs):
        ip = g.tmp / f"scan{dest.stem}_{i}.png"
        im.save(ip)
        base = g.tmp / f"ocr{dest.stem}_{i}"
        subprocess.run(["tesseract", str(ip), str(base), "-l", "dan", "pdf" if as_pdf else "txt"],
                       check=True, capture_output=True)
        outs.append(base.with_suffix(".pdf" if as_pdf else ".txt"))
    if as_pdf:
        merged = pdfium.PdfDocument.new()
        for o in outs:
            src = pdfium.PdfDocument(str(o))
            merged.import_pages(src)
        merged.save(str(dest))
    else:
        dest.write_text("\n\f\n".join(o.read_text(encoding="utf-8") for o in outs), encoding="utf-8")


# ================= near misses (kind unknown) =================

def nm_summary_html(g: Gen, p) -> str:
    e = html.escape
    cards = "".join(
        f'<div class="card"><h3>{e(o["title"])}<span class="status">Aktiv</span></h3><dl>'
        f'<dt>Sted</dt><dd>{e(o["place"])}</dd><dt>Periode</dt><dd>{g.fmt_date(o["start"], 1)} – {g.fmt_date(o["end"], 1)}</dd>'
        f'<dt>Omfang</dt><dd>{e(o["hours"])}</dd><dt>Kontaktperson</dt><dd>{e(o["contact"])}, tlf. {e(o["phone"])}</dd></dl></div>'
        for o in p["others"])
    return (f'<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Min Plan - Jobnet</title><style>{JOBNET_CSS}</style></head>'
            f'<body><div class="top">Jobnet | Min side | {e(p["citizen"])}</div><div class="main"><h1>Min Plan</h1>'
            f'<h2>Mit mål</h2><p>{e(g.rnd.choice(["Job som chauffør", "Uddannelse til tømrer", "Fast job i rengøring"]))}</p>'
            f'<h2>Mine aktiviteter</h2>{cards}<div class="foot">Du har ingen andre aktiviteter.</div></div></body></html>')


def nm_calendar_html(g: Gen, p) -> str:
    r = g.rnd
    rows = []
    d = dt.datetime(2026, r.randint(2, 10), r.randint(1, 20), 9, 0)
    for _ in range(r.randint(4, 7)):
        d += dt.timedelta(days=r.randint(3, 12), hours=r.choice([0, 1, 2, 4]))
        what = r.choice(["Samtale med mentor", "Jobsamtale i jobcentret", "Opfølgning – mentorforløb",
                         "Møde på praktikstedet", "Telefonmøde med sagsbehandler", "Cv-workshop"])
        who = r.choice([p["mentor"], p["cw"], "Virksomhedskonsulent " + g.person()])
        rows.append(f"<tr><td>{d:%d.%m.%Y}</td><td>kl. {d:%H.%M}</td><td>{html.escape(what)}</td>"
                    f"<td>{html.escape(who)}</td><td>{html.escape(r.choice(['Jobcentret, lokale 2.14', 'Telefon', 'Video (link i e-Boks)', p['company']]))}</td></tr>")
    return (f'<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Mine aftaler - Jobnet</title><style>{JOBNET_CSS}'
            f'table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #ccc;padding:4px}}</style></head>'
            f'<body><div class="top">Jobnet | Min side | {html.escape(p["citizen"])}</div><div class="main"><h1>Mine aftaler</h1>'
            f'<p>Her kan du se dine kommende møder. Husk at melde afbud, hvis du er syg.</p>'
            f'<table><tr><th>Dato</th><th>Tid</th><th>Hvad</th><th>Med</th><th>Hvor</th></tr>{"".join(rows)}</table></div></body></html>')


def nm_cv_html(g: Gen, p) -> str:
    e = html.escape
    r = g.rnd
    jobs = r.sample([("Lagermedarbejder", "Coop Logistik", "2019-2022"), ("Butiksassistent", "Føtex", "2016-2019"),
                     ("Rengøringsassistent", "ISS", "2022-2024"), ("Køkkenmedhjælper", "Restaurant Havnen", "2014-2016"),
                     ("Chauffør", "GLS", "2012-2014")], 3)
    return (f'<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Mit CV - Jobnet</title><style>{JOBNET_CSS}</style></head>'
            f'<body><div class="top">Jobnet | Min side | {e(p["citizen"])}</div><div class="main"><h1>Mit CV</h1>'
            f'<p><b>{e(p["citizen"])}</b><br>Tlf. {e(g.phone())}<br>{e(p["fn"].lower())}@mail.dk</p>'
            f'<h2>Jobønsker</h2><ul><li>{r.choice(["Lagerarbejder", "Pædagogmedhjælper", "Chauffør"])}</li><li>Rengøring</li></ul>'
            f'<h2>Erhvervserfaring</h2>' + "".join(f"<p><b>{a}</b>, {b} ({c})</p>" for a, b, c in jobs) +
            f'<h2>Uddannelse</h2><p>Folkeskolens afgangsprøve, 9. klasse</p><p>AMU: Truckcertifikat B (2021)</p>'
            f'<h2>Kompetencer</h2><p>Mødestabil, kører bil (kørekort B), taler dansk og arabisk.</p>'
            f'<h2>Om mig</h2><p>Jeg har haft en mentor et halvt år og er nu klar til at søge job igen.</p></div></body></html>')


def nm_jobplan_docx(g: Gen, p, dest: Path):
    import docx
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = f"Jobcenter {p['by']} · Jobplan"
    d.add_heading("Jobplan", 1)
    d.add_paragraph(f"Navn: {p['citizen']}" + (f"     CPR-nr.: {p['cpr']}" if p["cpr"] else ""))
    d.add_paragraph(f"Udarbejdet: {g.rnd.randint(1,28)}.{g.rnd.randint(1,12)}.{g.rnd.choice([2011,2012,2013,2014])}")
    d.add_heading("Beskæftigelsesmål", 2)
    d.add_paragraph(g.rnd.choice(["Ordinært job som lagermedarbejder.", "Ansættelse i rengøringsbranchen, 37 timer.",
                                  "Job som buschauffør efter erhvervelse af kørekort D."]))
    d.add_heading("Planlagte tilbud (LAB kap. 10-12)", 2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Tilbud", "Sted", "Fra", "Til"]):
        c.text = v
    for title, place in g.rnd.sample([("Virksomhedspraktik (§ 42)", "Bauhaus"), ("Vejledning og opkvalificering", "AMU Vest"),
                                      ("Løntilskud, offentlig (§ 51)", "Kommunens materielgård"), ("Jobsøgningskursus", "Jobcentret")], 2):
        cells = t.add_row().cells
        y = g.rnd.choice([2012, 2013])
        for c, v in zip(cells, [title, place, f"01.0{g.rnd.randint(1,4)}.{y}", f"30.0{g.rnd.randint(5,9)}.{y}"]):
            c.text = v
    d.add_heading("Jobsøgning", 2)
    d.add_paragraph("Du skal søge mindst 2 job om ugen og registrere dem i din joblog.")
    d.add_paragraph("Jobplanen er udarbejdet efter lov om en aktiv beskæftigelsesindsats § 27. "
                    "Du har ret til at få planen udleveret, og du kan kommentere den.")
    d.save(str(dest))


def nm_jobplan_text(g: Gen, p) -> str:
    return "\n".join([
        "JOBPLAN", "", f"Borger: {p['citizen']}", f"Dato: 14.03.{g.rnd.choice([2010, 2013])}", "",
        "Mit mål:", "At komme i arbejde som pædagogmedhjælper.", "",
        "Aftalte aktiviteter:", "- Aktiveringsforløb, Holmens Værksted, 4 uger", "- Samtale hver 3. måned",
        "", "Jeg er indforstået med planen.", "Underskrift borger: ________    Jobcentret: ________"])


# ================= build =================

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    out = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(out)
    r = g.rnd
    DEFECTS = [(), (), (), (), (), (), (), ("no_contact",), ("hours_vague",), ("over",), ("unclear",),
               ("no_tasks",), ("no_period",), ("no_goal",), ("no_hours",), ("no_contact", "no_hours"),
               (), (), (), (), (), ()]
    chrome_jobs = []
    pending_ocr = []

    # a shuffled deck so every defect class is present (~30 % of the Min Plan entries)
    deck = ([("over",)] * 4 + [("unclear",)] * 4 + [("no_contact",)] * 3 + [("hours_vague",)] * 3
            + [("no_tasks",)] * 3 + [("no_period",)] * 3 + [("no_goal",)] * 2 + [("no_hours",)] * 2
            + [("no_contact", "no_hours")] + [("unclear", "no_tasks")] + [()] * 59)
    r.shuffle(deck)

    def mk_plan(i, **kw):
        defects = kw.pop("defects", None)
        if defects is None:
            defects = deck.pop() if deck else ()
        st = kw.pop("status", None) or ("Aktiv" if "over" in defects else
                                         r.choice(["Aktiv"] * 10 + ["Afsluttet", "Planlagt"]))
        if st == "Planlagt" and not defects and r.random() < 0.6:
            defects = ("no_mentor",)
        p = g.plan(i, defects=defects, status=st, **kw)
        if r.random() < 0.33:
            p["cpr"] = g.cpr()
        return p

    def traits_of(p, extra=()):
        t = [f"status:{p['status']}", f"activities:{1 + len(p['others'])}"] + [f"defect:{x}" for x in sorted(p["defects"])]
        if p["cpr"]:
            t.append("cpr")
        return t + list(extra)

    idx = 0
    # 1. Jobnet pages printed from Chromium
    for k in range(32):
        p = mk_plan(idx)
        rel = f"jobnet-print/{idx:03d}-min-plan-{p['fn'].lower()}.pdf"
        url = r.choice(["https://www.jobnet.dk/min-side/min-plan", "https://job.jobnet.dk/CV/MinSide/MinPlan",
                        "https://www.jobnet.dk/min-side/min-plan/aktiviteter?id=" + str(r.randint(10**6, 10**7))])
        chrome_jobs.append((jobnet_html(g, p, k), out / rel, url))
        g.add(rel, "pdf", "minplan", "browser-print", "minplan-jobnet", g.labels(p),
              [p["cpr"]] if p["cpr"] else [], traits_of(p, ["chromium-header-footer"]), (p["start"], p["end"]) if "no_period" not in p["defects"] else None)
        idx += 1
    # 2. case-system PDFs
    for k in range(14):
        p = mk_plan(idx)
        system = r.choice(["Momentum", "Fasit", "Workbase", "KMD Momentum"])
        rel = f"sagssystem/{idx:03d}-minplan-udskrift.pdf"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        case_pdf(g, p, out / rel, system)
        g.add(rel, "pdf", "minplan", "case-print", "minplan-case-pdf", g.labels(p),
              [p["cpr"]] if p["cpr"] else [], traits_of(p, ["overview-table", "activity-cards"]),
              (p["start"], p["end"]) if "no_period" not in p["defects"] else None)
        if k < 6:
            pending_ocr.append((p, out / rel, k))
        idx += 1
    # 3. case-system DOCX
    for k in range(14):
        p = mk_plan(idx)
        rel = f"sagssystem/{idx:03d}-min-plan-{p['fn'].lower()}.docx"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        case_docx(g, p, out / rel, r.choice(["Momentum", "Fasit", "Workbase"]))
        g.add(rel, "docx", "minplan", "case-print", "minplan-case-docx", g.labels(p),
              [p["cpr"]] if p["cpr"] else [], traits_of(p, ["overview-table", "activity-cards", "header-footer"]),
              (p["start"], p["end"]) if "no_period" not in p["defects"] else None)
        idx += 1
    # 4. pasted into e-mails
    for k in range(11):
        p = mk_plan(idx, status="Aktiv")
        p["cpr"] = None
        body = plain_text(g, p, k % 2)
        rel = f"mails/{idx:03d}-plan-mail.eml"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(email(g, p, body, k % 3 != 0))
        g.add(rel, "eml", "minplan", "email", "minplan-pasted-mail", g.labels(p), [], traits_of(p, [f"paste-style:{k % 2}"]),
              (p["start"], p["end"]) if "no_period" not in p["defects"] else None)
        idx += 1
    # 5. plain text copies
    for k in range(8):
        p = mk_plan(idx)
        rel = f"tekstkopier/{idx:03d}-minplan.txt"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        txt = plain_text(g, p, k % 2)
        if p["cpr"]:
            txt = f"{p['citizen']} ({p['cpr']})\n\n" + txt
        enc = "cp1252" if k == 3 else "utf-8"
        (out / rel).write_bytes(txt.encode(enc))
        g.add(rel, "txt", "minplan", "text", "minplan-text-copy", g.labels(p), [p["cpr"]] if p["cpr"] else [],
              traits_of(p, [f"encoding:{enc}"]), (p["start"], p["end"]) if "no_period" not in p["defects"] else None)
        idx += 1
    # 6. near misses
    for k in range(16):
        p = mk_plan(idx, status="Aktiv", defects=(), n_other=r.choice([1, 2, 2, 3]))
        kind_nm = ["summary", "calendar", "cv", "jobplan-docx", "jobplan-txt", "summary", "calendar", "cv"][k % 8]
        if kind_nm in ("summary", "calendar", "cv"):
            fn = {"summary": nm_summary_html, "calendar": nm_calendar_html, "cv": nm_cv_html}[kind_nm]
            rel = f"andet/{idx:03d}-{kind_nm}.pdf"
            chrome_jobs.append((fn(g, p), out / rel, "https://www.jobnet.dk/min-side/" + {"summary": "min-plan", "calendar": "mine-aftaler", "cv": "cv"}[kind_nm]))
            fmt = "pdf"
        elif kind_nm == "jobplan-docx":
            rel = f"andet/{idx:03d}-jobplan-gammel.docx"
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            nm_jobplan_docx(g, p, out / rel)
            fmt = "docx"
        else:
            rel = f"andet/{idx:03d}-jobplan.txt"
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / rel).write_text(nm_jobplan_text(g, p), encoding="utf-8")
            fmt = "txt"
        mnc = [p["cpr"]] if (p["cpr"] and kind_nm == "jobplan-docx") else []
        g.add(rel, fmt, "unknown", "browser-print" if fmt == "pdf" else "document", f"near-miss-{kind_nm}", [], mnc,
              ["near-miss"] + (["cpr"] if mnc else []))
        idx += 1

    for _, dest, _ in chrome_jobs:
        dest.parent.mkdir(parents=True, exist_ok=True)
    print_chromium(chrome_jobs)
    # 7. scanned prints, OCR'd (the source print plus a scanned copy of it)
    for p, src, k in pending_ocr:
        as_pdf = k % 3 != 2
        rel = f"scannet/{idx:03d}-scannet-minplan.{'pdf' if as_pdf else 'txt'}"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        ocr_pdf(g, src, out / rel, as_pdf)
        g.add(rel, "pdf" if as_pdf else "txt", "minplan", "ocr", "minplan-scan-ocr", g.labels(p),
              [p["cpr"]] if p["cpr"] else [], traits_of(p, ["ocr:tesseract-dan", "scan-of:" + src.name]),
              (p["start"], p["end"]) if "no_period" not in p["defects"] else None)
        idx += 1
    # manifest
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(g.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(g.tmp, ignore_errors=True)
    print(f"{len(g.entries)} documents in {out}")


if __name__ == "__main__":
    sys.exit(main())
