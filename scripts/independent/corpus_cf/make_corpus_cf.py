#!/usr/bin/env python3
"""Independent labelled corpus CF for `mentordocs lint` (issue 8, session 8).

Angle: Min Plan entries as they are really seen and archived -- Jobnet "Min Plan" pages printed
from the browser (Chromium print-to-PDF with the browser's own header/footer), the saved page,
case-system plan exports (HTML and PDF), a caseworker pasting the plan text into an e-mail or a
.txt journal note; plans with one activity and with several activities of which only one is the
mentor support; entries that lack one of the five BAB § 52 items. Plus agreements and decisions
from the same cases, and documents that are none of the kinds (calendar prints, inbox messages,
plans without mentor support, CV pages, job-log pages).

Written from shared/domain.md, the seeds and the rule docs (`mentordocs rules NAME`) only.
Labels are decided here, before the linter is ever run.

    python make_corpus_cf.py --out /work/corpora/cf [--seed 8]
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

FIRST = ["Maria", "Ahmed", "Jonas", "Sofie", "Mikkel", "Fatima", "Camilla", "Kasper", "Line",
         "Mohammed", "Emma", "Rasmus", "Nadia", "Frederik", "Ida", "Omar", "Louise", "Tobias",
         "Julie", "Yusuf", "Signe", "Morten", "Amalie", "Patrick", "Sara", "Bilal", "Trine",
         "Nikolaj", "Heidi", "Dennis"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Hussein", "Ali", "Yilmaz", "Østergaard", "Dahl", "Lund",
        "Bech", "Kjær", "Frandsen"]
KOMMUNER = [("Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
            ("Ringsted", "Sct. Bendts Gade 1, 4100 Ringsted", "57 62 62 62"),
            ("Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
            ("Herning", "Fredericiagade 6, 7400 Herning", "96 28 28 28"),
            ("Faxe", "Frederiksgade 9, 4690 Haslev", "56 20 30 00"),
            ("Assens", "Rådhus Allé 5, 5610 Assens", "64 74 74 74"),
            ("Tønder", "Wegners Plads 2, 6270 Tønder", "74 92 92 92"),
            ("Slagelse", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
            ("Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15"),
            ("Næstved", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88")]
PROVIDERS = [("Jobhuset Midt ApS", "jobhusetmidt.dk"), ("MentorKompagniet", "mentorkompagniet.dk"),
             ("Bro til Job A/S", "brotiljob.dk"), ("Fonden Vejen Frem", "vejenfrem.org"),
             ("Kommunens mentorteam", None), ("Ungeindsatsen, mentorenheden", None),
             ("Trin for Trin Mentor v/ Hanne Kjær", "trinfortrin-mentor.dk")]
WORKPLACES = ["Netto, Østergade", "Bilka lager", "Dagli'Brugsen", "Plejecenter Solgården",
              "Genbrugspladsen Nord", "Kantinen på Rådhuset", "Tømrerfirma Frandsen & Søn",
              "Autoværksted Nørregade", "SuperBrugsen", "Børnehuset Mælkebøtten"]

# (goal, kind of aim): "job" goals go with workplace tasks, "edu" goals with school tasks.
CLEAR_GOALS = [
    ("{fn} er i virksomhedspraktik på {wp} 15 timer om ugen senest {d}.", "job"),
    ("At {fn} starter på SOSU-hjælperuddannelsen i august {y} og møder mindst fire dage om ugen.", "edu"),
    ("{fn} gennemfører FVU-dansk trin 2 på VUC og møder til alle undervisningsdage frem til {d}.", "edu"),
    ("At fastholde løntilskudsjobbet på {wp}, med fremmøde alle aftalte dage.", "job"),
    ("Ordinært job inden for rengøring på mindst 20 timer om ugen inden {d}.", "job"),
    ("{fn} starter på FGU, produktionsgrunduddannelsen, i august {y} og gennemfører første forløb.", "edu"),
    ("Fleksjob som køkkenmedhjælper. Første skridt: praktik på {wp} 10 timer om ugen fra {d}.", "job"),
    ("At {fn} består truckcertifikat (AMU) og derefter søger job på et lager, med mindst 5 ansøgninger om måneden.", "job"),
    ("{fn} møder stabilt i praktikken på {wp}, så den kan overgå til løntilskud fra {d}.", "job"),
    ("Gennemføre grundforløb 1 på EUD (tømrer) på erhvervsskolen med højst 10 % fravær.", "edu"),
    ("{fn} har gennemført HF-enkeltfag i dansk og matematik på VUC inden {d}.", "edu"),
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "At komme videre og tættere på arbejdsmarkedet.",
    "Sikre at {fn} har det godt og kommer ud af lejligheden.",
    "Motivere {fn} og give en bedre hverdag.",
    "Hjælp til at komme videre i livet.",
]
TASKS = {
    "job": ["følge {fn} til praktikstedet de første to uger",
            "træne busturen til arbejdspladsen",
            "være bindeled til arbejdsgiveren og følge op på aftaler om arbejdstid",
            "øve samtaler før jobsamtaler",
            "hjælpe med budget og regninger, så økonomien ikke står i vejen for praktikken"],
    "edu": ["hjælpe med kontakt til skolen og ansøgning om SPS-støtte",
            "støtte ved opstart på skolen, herunder skema og lektier",
            "følge {fn} til skolen den første uge",
            "holde kontakt til studievejlederen ved fravær"],
    "any": ["hjælpe med at planlægge ugen og komme op om morgenen",
            "ugentlig samtale om fremmøde og transport",
            "deltage i møder med kommunen sammen med {fn}",
            "hjælpe med at åbne og besvare Digital Post"],
}
HOURS_GOOD = ["3 timer pr. uge", "I mødes hver tirsdag kl. 9-11", "2 timer om ugen", "1½ time om ugen", "4 timer ugentligt",
              "2 t/uge", "8 timer om måneden", "to timer om ugen", "5 timer pr. uge i de første 4 uger, derefter 2 timer pr. uge",
              "halvanden time om ugen", "3 timer ugentligt"]
HOURS_VAGUE = ["efter behov", "løbende efter aftale med mentor", "et par timer om ugen"]
OTHER_ACTS = [
    ("Virksomhedspraktik", "praktik"), ("Samtaler med din sagsbehandler", "samtale"),
    ("Danskuddannelse 3, modul 4", "dansk"), ("Kursus: Truckcertifikat (AMU)", "amu"),
    ("Løntilskud", "lontilskud"), ("Træning hos fysioterapeut", "fys"),
]
GOOD_APPEAL = (
    "Hvis du ikke er enig i afgørelsen, kan du klage til {k} Kommune inden fire uger efter, at du "
    "har modtaget den. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen "
    "inden fire uger. Fastholder kommunen afgørelsen, sender vi klagen videre til Ankestyrelsen, "
    "Beskæftigelsesudvalget, jf. § 204 i lov om en aktiv beskæftigelsesindsats og "
    "retssikkerhedslovens kapitel 10.")
GOOD_APPEAL_2 = (
    "Du kan klage over afgørelsen til Jobcenter {k}. Klagen skal være modtaget senest 4 uger efter, "
    "at du har fået afgørelsen. Jobcentret ser sagen igennem igen. Hvis vi ikke giver dig ret, "
    "sender vi klagen og sagens akter til Ankestyrelsen.")
INCOMPLETE_APPEAL = "Du kan klage over afgørelsen, hvis du ikke er enig."
DIRECT_APPEAL = ("Du kan klage over afgørelsen direkte til Ankestyrelsen, 7998 Statsforvaltning, "
                 "inden 4 uger fra du har modtaget dette brev. Brug Ankestyrelsens klageportal på borger.dk.")


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def fmt(d: dt.date, style: str) -> str:
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def phone(rng: random.Random) -> str:
    return " ".join(f"{rng.randint(20, 99) if i == 0 else rng.randint(0, 99):02d}" for i in range(4))


def esc(s: str) -> str:
    return html.escape(s, quote=True)


@dataclass
class Person:
    first: str
    last: str
    phone: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Case:
    idx: int
    citizen: Person
    cpr: str
    kommune: str
    k_addr: str
    k_phone: str
    worker: Person
    mentor: Person
    provider: str
    goal: str
    goal_clear: bool
    tasks: list
    start: dt.date
    end: dt.date
    hours: str
    followup: str
    others: list = field(default_factory=list)
    sagsnr: str = ""


class Gen:
    def __init__(self, seed: int, out: Path):
        self.rng = random.Random(seed)
        self.out = out
        self.entries: list[dict] = []
        self.pdf_jobs: list[tuple] = []   # (html, path, header_footer)
        self.docx_to_pdf: list[tuple] = []  # (docx tmp path, final pdf path)
        self.used_names: set = set()

    # ---------------------------------------------------------------- people and cases
    def person(self, domain: str | None = None) -> Person:
        rng = self.rng
        while True:
            f, l = rng.choice(FIRST), rng.choice(LAST)
            if (f, l) not in self.used_names:
                self.used_names.add((f, l))
                break
        dom = domain or "mail.dk"
        email = f"{f.lower()}.{l.lower()}@{dom}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        return Person(f, l, phone(rng), email)

    def cpr(self) -> str:
        rng = self.rng
        y = rng.randint(1965, 2006)
        d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        return f"{d.day:02d}{d.month:02d}{y % 100:02d}-{rng.randint(0, 9999):04d}"

    def case(self, i: int) -> Case:
        rng = self.rng
        k, addr, kph = rng.choice(KOMMUNER)
        cit = self.person()
        wk = self.person(f"{k.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk")
        prov, dom = rng.choice(PROVIDERS)
        mentor = self.person(dom or f"{k.lower().replace('æ', 'ae').replace('ø', 'oe')}.dk")
        start = dt.date(2026, rng.randint(1, 10), rng.choice([1, 1, 1, 2, 15, 16]))
        end = add_months(start, rng.choice([3, 4, 6, 6, 6])) - dt.timedelta(days=1)
        wp = rng.choice(WORKPLACES)
        gd = fmt(add_months(start, rng.choice([2, 3, 4])), "words")
        goal_t, aim = rng.choice(CLEAR_GOALS)
        goal = goal_t.format(fn=cit.first, wp=wp, d=gd, y=start.year)
        pool = rng.sample(TASKS[aim], 2) + rng.sample(TASKS["any"], 2)
        tasks = [t.format(fn=cit.first) for t in pool[:rng.randint(2, 4)]]
        followup = rng.choice([
            "Statusmøde med mentor og sagsbehandler hver måned. Evaluering 14 dage før forløbet slutter.",
            "Vi følger op hver 4. uge ved et møde, hvor vi ser på fremmøde i praktikken (delmål: 3 dage om ugen fra 2. måned).",
            "Opfølgning hver 3. måned og altid 14 dage inden støtteperioden ophører. Mentor sender en kort status før hvert møde.",
            "Midtvejsevaluering efter 3 måneder; slutevaluering med borger, mentor og sagsbehandler.",
        ])
        others = []
        for name, kind in rng.sample(OTHER_ACTS, rng.randint(1, 3)):
            others.append(self.other_activity(name, kind, start, cit))
        return Case(i, cit, self.cpr(), k, addr, kph, wk, mentor, prov, goal, True, tasks, start,
                    end, rng.choice(HOURS_GOOD), followup, others,
                    sagsnr=f"{rng.randint(10, 99)}.{rng.randint(10, 40):02d}.{rng.randint(0, 20):02d}-G01-{rng.randint(1, 9999)}-26")

    def other_activity(self, name: str, kind: str, start: dt.date, cit: Person) -> dict:
        rng = self.rng
        s = start - dt.timedelta(days=rng.randint(0, 40))
        contact = self.person("firma.dk")
        wp = rng.choice(WORKPLACES)
        if kind == "praktik":
            return dict(title=f"Virksomhedspraktik hos {wp}", start=s, end=s + dt.timedelta(weeks=13),
                        hours="15 timer om ugen", purpose="Afklare om du kan arbejde i en butik eller på et lager.",
                        contact=f"{contact.name}, tlf. {contact.phone}")
        if kind == "samtale":
            return dict(title="Samtaler med din sagsbehandler", start=s, end=s + dt.timedelta(weeks=26),
                        hours="Hver 4. uge, ca. 1 time", purpose="Opfølgning på din plan.",
                        contact=None)
        if kind == "dansk":
            return dict(title="Danskuddannelse 3, modul 4", start=s, end=add_months(s, 8),
                        hours="3 dage om ugen, kl. 8.30-12.00", purpose="Bestå modultest til modul 4.",
                        contact=f"Sprogcentret, tlf. {phone(rng)}")
        if kind == "amu":
            return dict(title="Kursus: Truckcertifikat (AMU)", start=s, end=s + dt.timedelta(days=11),
                        hours="37 timer pr. uge", purpose="Truckcertifikat B.",
                        contact=f"AMU-centret, kursussekretær {contact.name}")
        if kind == "lontilskud":
            return dict(title=f"Løntilskud hos {wp}", start=s, end=add_months(s, 9) - dt.timedelta(days=1),
                        hours="25 timer om ugen", purpose="Opnå erfaring og referencer i et almindeligt job.",
                        contact=f"{contact.name} (leder), {contact.email}")
        return dict(title="Træning hos fysioterapeut", start=s, end=s + dt.timedelta(weeks=10),
                    hours="2 gange om ugen", purpose="Forbedre fysisk funktion i ryg og skuldre.",
                    contact=f"Fysioterapien, tlf. {phone(rng)}")

    # ---------------------------------------------------------------- defects
    def apply(self, c: Case, defect: str | None) -> dict:
        """Return the mentor entry (as fields to render) with the defect applied, and the labels."""
        rng = self.rng
        e = dict(goal=c.goal, mentor_name=c.mentor.name, mentor_phone=c.mentor.phone,
                 mentor_email=c.mentor.email, provider=c.provider, tasks=list(c.tasks),
                 start=c.start, end=c.end, hours=c.hours, period=True)
        rules: list[str] = []
        if defect is None and rng.random() < 0.15:
            e["mentor_phone"] = None   # the mentor is reached by e-mail only
        if defect == "no-hours":
            e["hours"] = None
            rules.append("missing-hours")
        elif defect == "vague-hours":
            e["hours"] = rng.choice(HOURS_VAGUE)
            rules.append("missing-hours")
        elif defect == "no-contact":
            e["mentor_phone"] = e["mentor_email"] = None
            rules.append("missing-mentor")
        elif defect == "no-tasks":
            e["tasks"] = []
            rules.append("missing-tasks")
        elif defect == "no-period":
            e["period"] = False
            # a goal with its own deadline could be read as an end date: use one without a date
            e["goal"] = rng.choice([
                "Gennemføre grundforløb 1 på EUD (tømrer) på erhvervsskolen med højst 10 % fravær.",
                f"At {c.citizen.first} består truckcertifikat (AMU) og derefter søger job på et lager, "
                "med mindst 5 ansøgninger om måneden."])
            rules.append("missing-duration")
        elif defect == "over6":
            e["end"] = add_months(c.start, rng.choice([8, 9, 10, 12])) - dt.timedelta(days=1)
            rules.append("duration-over-6-months")
        elif defect == "unclear":
            e["goal"] = rng.choice(UNCLEAR_GOALS).format(fn=c.citizen.first)
            rules.append("unclear-goal")
        elif defect == "no-goal":
            e["goal"] = None
            rules.append("missing-goal")
        return {"e": e, "rules": rules}

    # ---------------------------------------------------------------- output helpers
    def add(self, rel: str, kind: str, fmt_: str, layout: str, subtype: str, rules, traits,
            cpr: str | None = None, period=None, extras=None):
        must = []
        if cpr:
            must = [cpr, cpr.replace("-", "")]
            traits = list(traits) + ["cpr"]
        ent = {"path": rel, "kind": kind, "format": fmt_, "layout": layout, "subtype": subtype,
               "rules": sorted(set(rules)), "extras": sorted(set(extras or [])), "error": None,
               "accept_errors": [], "must_not_contain": must, "traits": list(traits)}
        if period:
            ent["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(ent)

    def write_text(self, rel: str, text: str, encoding: str = "utf-8"):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(text.encode(encoding))

    def queue_pdf(self, rel: str, page_html: str, browser_print: dict | None):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        self.pdf_jobs.append((page_html, p, browser_print))

    def render_pdfs(self):
        from playwright.sync_api import sync_playwright
        with sync_playwright() as pw:
            br = pw.chromium.launch(executable_path="/usr/bin/chromium")
            page = br.new_page()
            for page_html, path, bp in self.pdf_jobs:
                page.set_content(page_html, wait_until="load")
                if bp:  # the browser's own print header/footer: date, title, URL, page x/y
                    page.pdf(path=str(path), format="A4", print_background=True,
                             display_header_footer=True,
                             header_template=(
                                 '<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;'
                                 f'justify-content:space-between"><span>{esc(bp["stamp"])}</span>'
                                 f'<span>{esc(bp["title"])}</span></div>'),
                             footer_template=(
                                 '<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;'
                                 f'justify-content:space-between"><span>{esc(bp["url"])}</span>'
                                 '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'),
                             margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"})
                else:
                    page.pdf(path=str(path), format="A4", print_background=True,
                             margin={"top": "18mm", "bottom": "18mm", "left": "18mm", "right": "18mm"})
            br.close()

    def render_docx_pdfs(self, tmp: Path):
        if not self.docx_to_pdf:
            return
        outdir = tmp / "lo_out"
        outdir.mkdir(exist_ok=True)
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_cf_profile", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir)] + [str(s) for s, _ in self.docx_to_pdf]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for src, dst in self.docx_to_pdf:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(outdir / (src.stem + ".pdf")), dst)


# ==================================================================== Jobnet Min Plan page
JOBNET_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1a1a1a;font-size:14px}
.topbar{background:#14143c;color:#fff;padding:10px 24px;display:flex;justify-content:space-between}
.topbar .logo{font-weight:bold;font-size:22px}
nav.main{background:#e8e8f0;padding:8px 24px}
nav.main a{margin-right:18px;color:#14143c;text-decoration:none}
.crumbs{padding:6px 24px;font-size:12px;color:#555}
main{padding:8px 24px 24px 24px;max-width:900px}
.card{border:1px solid #c8c8d8;border-radius:4px;margin:14px 0;padding:10px 16px}
.card h3{margin:4px 0 8px 0;font-size:17px}
.status{font-size:12px;background:#dff0d8;padding:2px 6px;border-radius:3px}
dl{display:grid;grid-template-columns:220px 1fr;margin:0}
dt{font-weight:bold;padding:3px 0}
dd{margin:0;padding:3px 0}
.row{display:flex;padding:3px 0}.row .lbl{width:220px;font-weight:bold;flex-shrink:0}
footer{border-top:1px solid #ccc;margin-top:30px;padding:12px 24px;font-size:11px;color:#555}
.cookie{font-size:11px;background:#fafad2;padding:6px 24px}
"""


def jobnet_shell(c: Case, title: str, body: str, active: str = "Min Plan", sidebar: str | None = None,
                 print_css: bool = False) -> str:
    links = ["Forside", "Min side", "Min Plan", "Mine aftaler", "Joblog", "CV", "Indbakke", "Dokumenter"]
    nav = " ".join(f'<a href="#"{" aria-current=page" if l == active else ""}>{l}</a>' for l in links)
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{esc(title)} - Jobnet</title>
<style>{JOBNET_CSS}{'@media print{nav.main,.cookie,.crumbs{display:none}}' if print_css else ''}</style>
<script>window.dataLayer=window.dataLayer||[];window.__APP_STATE__={{"route":"/min-plan","features":{{"mentorCards":true,"planPrint":"v2"}},"labels":{{"mentor":"Mentor","hours":"Timetal"}}}};</script>
</head><body>
<div class="cookie">Jobnet bruger cookies til at huske dine valg og til statistik. <a href="#">Læs mere om cookies</a></div>
<header class="topbar"><span class="logo">Jobnet</span><span>Logget ind som {esc(c.citizen.name)} · <a style="color:#fff" href="#">Log ud</a></span></header>
<nav class="main">{nav}</nav>
<div class="crumbs">Forside › Min side › {esc(active)}</div>
{('<div style="display:flex;gap:18px"><main style="flex:3">' + body + '</main><aside style="flex:1;border-left:1px solid #ccc;padding:8px 12px;font-size:12px">' + sidebar + '</aside></div>') if sidebar else '<main>' + body + '</main>'}
<footer>Jobnet drives af Styrelsen for Arbejdsmarked og Rekruttering · <a href="#">Tilgængelighedserklæring</a> ·
<a href="#">Privatlivspolitik</a> · <a href="#">Cookies</a> · Jobnet support: 70 15 10 14 (hverdage 8-15)</footer>
<script>(function(){{var t=document.createElement('script');t.src='/static/analytics.js';document.body.appendChild(t);}})();</script>
</body></html>"""


def mentor_card_html(g: Gen, c: Case, e: dict, variant: int, style: str) -> str:
    rng = g.rng
    title = rng.choice(["Mentorstøtte", "Mentorstøtte (§ 167)", "Mentor", "Mentorforløb"])
    rows = []
    ph = rng.choice([None, None, "-", "Ikke angivet", "Udfyldes senere"])  # how an empty field shows
    if e["period"]:
        rows.append(("Periode", f"{fmt(e['start'], style)} - {fmt(e['end'], style)}"))
    elif ph:
        rows.append(("Periode", ph))
    rows.append(("Udbyder", e["provider"]))
    if e["mentor_name"]:
        contact = e["mentor_name"]
        bits = []
        if e["mentor_phone"]:
            bits.append(f"tlf. {e['mentor_phone']}")
        if e["mentor_email"] and (not e["mentor_phone"] or rng.random() < 0.7):
            bits.append(e["mentor_email"])
        if bits:
            contact += ", " + ", ".join(bits)
        rows.append((rng.choice(["Din mentor", "Mentor", "Kontaktperson"]), contact))
    if e["goal"] or ph:
        rows.append((rng.choice(["Formål med mentorstøtten", "Formål", "Mål med mentorstøtten"]), e["goal"] or ph))
    tasks_html = None
    if e["tasks"]:
        tasks_html = "<ul>" + "".join(f"<li>{esc(t[0].upper() + t[1:])}</li>" for t in e["tasks"]) + "</ul>"
    tlabel = rng.choice(["Det skal mentoren hjælpe dig med", "Mentorens opgaver", "Opgaver"])
    if e["hours"] or ph:
        rows.append((rng.choice(["Timetal", "Antal timer", "Timer"]), e["hours"] or ph))
    if not e["tasks"] and ph:
        tasks_html = esc(ph)
    status = '<span class="status">Aktiv</span>' if rng.random() < 0.6 else ""
    if variant == 0:
        inner = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
        if tasks_html:
            inner += f"<dt>{esc(tlabel)}</dt><dd>{tasks_html}</dd>"
        inner = f"<dl>{inner}</dl>"
    elif variant == 1:
        inner = "".join(f'<div class="row"><span class="lbl">{esc(k)}</span><span>{esc(v)}</span></div>' for k, v in rows)
        if tasks_html:
            inner += f'<div class="row"><span class="lbl">{esc(tlabel)}</span><div>{tasks_html}</div></div>'
    else:
        inner = "".join(f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in rows)
        if tasks_html:
            inner += f"<p><strong>{esc(tlabel)}:</strong></p>{tasks_html}"
    return f'<section class="card activity"><h3>{esc(title)} {status}</h3>{inner}</section>'


def other_card_html(a: dict, variant: int, style: str) -> str:
    rows = [("Periode", f"{fmt(a['start'], style)} - {fmt(a['end'], style)}"), ("Formål", a["purpose"]),
            ("Omfang", a["hours"])]
    if a["contact"]:
        rows.append(("Kontaktperson", a["contact"]))
    if variant == 0:
        inner = "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows) + "</dl>"
    elif variant == 1:
        inner = "".join(f'<div class="row"><span class="lbl">{esc(k)}</span><span>{esc(v)}</span></div>' for k, v in rows)
    else:
        inner = "".join(f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in rows)
    return f'<section class="card activity"><h3>{esc(a["title"])}</h3>{inner}</section>'


def jobnet_minplan(g: Gen, c: Case, e: dict, multi: bool, plan_goal: bool) -> tuple[str, str]:
    rng = g.rng
    variant = rng.randrange(3)
    style = rng.choice(["dots", "dots", "dash", "words"])
    cards = [mentor_card_html(g, c, e, variant, style)]
    if multi:
        for a in c.others:
            cards.insert(rng.randrange(len(cards) + 1), other_card_html(a, variant, style))
    head = "<h1>Min Plan</h1>"
    head += f"<p>Her kan du se de aktiviteter, du og {esc('kommunen')} har aftalt. Planen er senest opdateret {fmt(c.start - dt.timedelta(days=rng.randint(3, 20)), 'dots')}.</p>"
    if plan_goal:
        job = rng.choice(["Lagermedarbejder", "Social- og sundhedshjælper", "Køkkenmedhjælper",
                          "Butiksassistent", "Pedelmedhjælper", "Uddannelse: EUD, tømrer"])
        head += f'<section class="card"><h2 style="font-size:18px">Mit mål</h2><p>{esc(job)}</p></section>'
    if multi and rng.random() < 0.5:   # the overview table Jobnet shows above the cards
        rows = [(a["title"], f"{fmt(a['start'], 'dots')} - {fmt(a['end'], 'dots')}") for a in c.others]
        rows.insert(rng.randrange(len(rows) + 1), ("Mentorstøtte", f"{fmt(e['start'], 'dots')} - {fmt(e['end'], 'dots')}" if e["period"] else ""))
        head += ("<h2 style='font-size:18px'>Oversigt</h2><table style='width:100%;border-collapse:collapse'>"
                 "<tr><th align=left>Aktivitet</th><th align=left>Periode</th><th align=left>Status</th></tr>"
                 + "".join(f"<tr><td>{esc(t)}</td><td>{esc(p)}</td><td>Aktiv</td></tr>" for t, p in rows) + "</table>")
    head += f"<h2 style='font-size:18px'>Mine aktiviteter ({len(cards)})</h2>"
    contact = (f'<section class="card"><h2 style="font-size:16px">Kontakt</h2><p>Din sagsbehandler: '
               f'{esc(c.worker.name)}, {esc(c.kommune)} Kommune, tlf. {esc(c.worker.phone)}</p></section>')
    layout = rng.choice(["plain", "plain", "contact", "sidebar"])
    sidebar = None
    if layout == "sidebar":
        sidebar = (f"<h3>Din kontakt i kommunen</h3><p>{esc(c.worker.name)}<br>Jobcenter {esc(c.kommune)}<br>"
                   f"Tlf. {esc(c.worker.phone)}<br>{esc(c.worker.email)}</p><h3>Genveje</h3>"
                   "<ul><li>Registrér jobsøgning</li><li>Opdater dit CV</li><li>Meld dig syg</li></ul>")
    body = head + "".join(cards) + (contact if layout == "contact" else "")
    return jobnet_shell(c, "Min Plan", body, sidebar=sidebar, print_css=rng.random() < 0.4), f"{variant}-{layout}"


# ==================================================================== case-system export
EXPORT_CSS = """body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:11px;margin:0}
.hdr{border-bottom:2px solid #444;padding-bottom:6px;margin-bottom:10px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px 0}
td,th{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#eee;width:28%}
h1{font-size:16px;margin:0}h2{font-size:13px;background:#dde;padding:3px}
.meta{font-size:9px;color:#444}"""


def export_minplan(g: Gen, c: Case, e: dict, multi: bool, with_cpr: bool) -> str:
    rng = g.rng
    style = rng.choice(["dash", "dots", "iso"])
    system = rng.choice(["Momentum", "Fasit", "Jobcentrets sagssystem"])
    stamp = f"{fmt(c.start - dt.timedelta(days=rng.randint(1, 14)), 'dash')} {rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}"
    meta = [("Borger", c.citizen.name)]
    if with_cpr:
        meta.append(("CPR-nr.", c.cpr))
    meta += [("Sagsnr.", c.sagsnr), ("Sagsbehandler", f"{c.worker.name}, tlf. {c.worker.phone}"),
             ("Jobcenter", f"{c.kommune} Kommune, Jobcenter")]
    hdr = ("<div class='hdr'><h1>Plan (Min Plan) – udskrift</h1><div class='meta'>"
           f"{esc(system)} · Udskrevet {esc(stamp)} af {esc(c.worker.first[0] + c.worker.last[0]).upper()}</div></div>")
    layout = rng.choice(["table", "dl"])
    if layout == "table":
        metah = "<table>" + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in meta) + "</table>"
    else:
        metah = "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in meta) + "</dl>"
    acts = []
    mrows = [("Indsats", rng.choice(["Mentor § 167", "Mentorstøtte, LAB § 167", "Mentorstøtte (tilbudsmentor)"])),
             ("Status", "Igangværende")]
    empty = rng.random() < 0.5   # the system prints every field, empty or not
    if e["period"]:
        mrows.append(("Startdato", fmt(e["start"], style)))
        mrows.append(("Slutdato", fmt(e["end"], style)))
    elif empty:
        mrows += [("Startdato", ""), ("Slutdato", "")]
    if e["goal"] or empty:
        mrows.append(("Formål", e["goal"] or ""))
    if e["mentor_name"]:
        m = f"{e['mentor_name']} ({e['provider']})"
        if e["mentor_phone"]:
            m += f", {e['mentor_phone']}"
        if e["mentor_email"]:
            m += f", {e['mentor_email']}"
        mrows.append(("Mentor", m))
    else:
        mrows.append(("Leverandør", e["provider"]))
    if e["tasks"] or empty:
        mrows.append(("Mentorens opgaver", "; ".join(t[0].upper() + t[1:] for t in e["tasks"])))
    if not e["hours"] and empty:
        mrows.append(("Timetal", ""))
    if e["hours"]:
        mrows.append(("Timer pr. uge" if "uge" in e["hours"] and rng.random() < 0.5 else "Timetal", e["hours"]))
    acts.append(mrows)
    if multi:
        for a in c.others:
            r = [("Indsats", a["title"]), ("Status", "Igangværende"), ("Startdato", fmt(a["start"], style)),
                 ("Slutdato", fmt(a["end"], style)), ("Formål", a["purpose"]), ("Omfang", a["hours"])]
            if a["contact"]:
                r.append(("Kontaktperson", a["contact"]))
            acts.insert(rng.randrange(len(acts) + 1), r)
    body = ""
    for n, rows in enumerate(acts, 1):
        title = rows[0][1]
        if layout == "table":
            body += f"<h2>Indsats {n}: {esc(title)}</h2><table>" + "".join(
                f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows[1:]) + "</table>"
        else:
            body += f"<h2>Indsats {n}: {esc(title)}</h2><dl>" + "".join(
                f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows[1:]) + "</dl>"
    foot = f"<p class='meta'>Dokumentet er dannet automatisk fra {esc(system)}. Fortroligt – indeholder personoplysninger.</p>"
    return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Plan – {esc(c.citizen.name)}</title>"
            f"<style>{EXPORT_CSS}</style></head><body>{hdr}{metah}<h2>Indsatser i planen</h2>{body}{foot}</body></html>")


# ==================================================================== pasted text (e-mail / note)
def plan_text(g: Gen, c: Case, e: dict, tabbed: bool) -> str:
    """The mentor card as it comes out when a caseworker copies it from Jobnet or the case system."""
    rng = g.rng
    style = rng.choice(["dots", "words", "short"])
    sep = "\t" if tabbed else "\n"
    lines = [rng.choice(["Mentorstøtte", "Mentorstøtte (§ 167)", "Mentor"])]
    if e["period"]:
        k = next((k for k in range(1, 13) if add_months(e["start"], k) - dt.timedelta(days=1) == e["end"]), None)
        if k and rng.random() < 0.35:   # start plus length, as caseworkers often write it
            lines.append(f"Periode{sep}{k} måneder fra {fmt(e['start'], 'words')}")
        else:
            lines.append(f"Periode{sep}{fmt(e['start'], style)} - {fmt(e['end'], style)}")
    if e["mentor_name"]:
        m = e["mentor_name"] + f", {e['provider']}"
        if e["mentor_phone"]:
            m += f", tlf. {e['mentor_phone']}"
        if e["mentor_email"]:
            m += f", {e['mentor_email']}"
        lines.append(f"Din mentor{sep}{m}")
    if e["goal"]:
        lines.append(f"Formål med mentorstøtten{sep}{e['goal']}")
    if e["tasks"]:
        lines.append("Det skal mentoren hjælpe dig med" + ("" if tabbed else ":"))
        lines += [f"- {t}" for t in e["tasks"]]
    if e["hours"]:
        lines.append(f"Timetal{sep}{e['hours']}")
    return "\n".join(lines)


def other_text(a: dict, tabbed: bool) -> str:
    sep = "\t" if tabbed else "\n"
    s = [a["title"], f"Periode{sep}{fmt(a['start'], 'dots')} - {fmt(a['end'], 'dots')}",
         f"Formål{sep}{a['purpose']}", f"Omfang{sep}{a['hours']}"]
    if a["contact"]:
        s.append(f"Kontaktperson{sep}{a['contact']}")
    return "\n".join(s)


def email_text(g: Gen, c: Case, e: dict, multi: bool) -> str:
    rng = g.rng
    tabbed = rng.random() < 0.5
    sent = c.start - dt.timedelta(days=rng.randint(1, 10))
    wd = WEEKDAYS[sent.weekday()]
    blocks = [plan_text(g, c, e, tabbed)]
    if multi:
        for a in c.others:
            blocks.insert(rng.randrange(len(blocks) + 1), other_text(a, tabbed))
    intro = rng.choice([
        f"Hej {c.citizen.first}\n\nSom aftalt på mødet i dag sender jeg dig det, der nu står i din plan på Jobnet, så du også har det på mail.",
        f"Kære {c.citizen.first}\n\nHer er teksten fra Min Plan om din mentor. Du kan også se den, når du logger på Jobnet.",
        f"Hej {c.citizen.first},\n\nJeg har kopieret din plan ind herunder, da du havde svært ved at logge på Jobnet.",
    ])
    outro = rng.choice(["Du er velkommen til at ringe, hvis noget er uklart.",
                        "Skriv endelig, hvis du har spørgsmål.", "Vi ses til næste samtale."])
    sig = (f"Venlig hilsen\n\n{c.worker.name}\nJobkonsulent\nJobcenter {c.kommune}\n{c.k_addr}\n"
           f"Direkte tlf. {c.worker.phone}\n{c.worker.email}\n\n"
           "Send ikke personfølsomme oplysninger med almindelig mail – brug Digital Post.")
    hdr = (f"Fra: {c.worker.name} <{c.worker.email}>\nSendt: {wd} {fmt(sent, 'words')} {rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}\n"
           f"Til: {c.citizen.email}\nEmne: {rng.choice(['Din plan - mentorstøtte', 'Kopi af Min Plan', 'VS: Din mentor', 'Mentorstøtte - det står i din plan'])}\n")
    return f"{hdr}\n{intro}\n\n" + "\n\n".join(blocks) + f"\n\n{outro}\n\n{sig}\n"


def note_text(g: Gen, c: Case, e: dict, multi: bool, with_cpr: bool) -> str:
    rng = g.rng
    d = c.start - dt.timedelta(days=rng.randint(1, 10))
    blocks = [plan_text(g, c, e, False)]
    if multi:
        for a in c.others:
            blocks.insert(rng.randrange(len(blocks) + 1), other_text(a, False))
    head = f"Journalnotat\nDato: {fmt(d, 'dash')}\nBorger: {c.citizen.name}"
    if with_cpr:
        head += f" ({c.cpr})"
    head += f"\nSagsbehandler: {c.worker.name}\nEmne: Mentorstøtte oprettet i Min Plan\n"
    intro = rng.choice([
        "Har i dag oprettet mentorstøtte i borgers plan. Borger deltog på telefon. Teksten i planen:",
        "Mentorforløb aftalt med borger og leverandør. Følgende er lagt i Min Plan:",
        "Min Plan opdateret efter samtale. Kopi af indsatsen nedenfor.",
    ])
    return f"{head}\n{intro}\n\n" + "\n\n".join(blocks) + "\n\n" + rng.choice([
        "Plan sendt til borger via Jobnet.", "Borger orienteret om at planen kan ses på Jobnet.", ""]) + "\n"


def email_print_html(c: Case, text: str) -> str:
    hdr, _, body = text.partition("\n\n")
    rows = "".join(f"<tr><td style='width:70px;font-weight:bold'>{esc(l.split(':', 1)[0])}:</td><td>{esc(l.split(':', 1)[1])}</td></tr>"
                   for l in hdr.splitlines())
    paras = "".join(f"<p>{esc(p).replace(chr(10), '<br>').replace(chr(9), ' &nbsp; ')}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{{font-family:Calibri,Arial;font-size:13px}}"
            f"h1{{font-size:14px;border-bottom:2px solid #000}}</style></head><body><h1>{esc(c.worker.name)}</h1>"
            f"<table>{rows}</table><hr>{paras}</body></html>")


# ==================================================================== agreements
def agreement_docx(g: Gen, c: Case, e: dict, opts: dict, path: Path, with_cpr: bool):
    import docx
    from docx.shared import Pt
    rng = g.rng
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{c.kommune} Kommune · Jobcenter {c.kommune} · {c.k_addr}"
    sec.footer.paragraphs[0].text = f"Sagsnr. {c.sagsnr}"
    d.add_heading(rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb efter LAB § 167"]), 1)
    style = rng.choice(["words", "dots", "dash"])
    layout = opts["layout"]
    fields = []
    who = f"{c.citizen.name}" + (f", CPR-nr. {c.cpr}" if with_cpr else "")
    fields.append(("Borger", who))
    if e["mentor_name"]:
        m = f"{e['mentor_name']}, {e['provider']}"
        if e["mentor_phone"]:
            m += f", tlf. {e['mentor_phone']}"
        if e["mentor_email"]:
            m += f", {e['mentor_email']}"
        fields.append(("Mentor", m))
    if e["goal"]:
        fields.append(("Mål med mentorstøtten", e["goal"]))
    if e["tasks"]:
        fields.append(("Mentorens opgaver", "\n".join("• " + t[0].upper() + t[1:] for t in e["tasks"])))
    if e["period"]:
        fields.append(("Periode", f"{fmt(e['start'], style)} – {fmt(e['end'], style)}"))
    if e["hours"]:
        fields.append(("Timetal", e["hours"]))
    if opts["followup"]:
        fields.append(("Opfølgning", c.followup))
    fields.append(("Sagsbehandler", f"{c.worker.name}, tlf. {c.worker.phone}"))
    if layout == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in fields:
            r = t.add_row().cells
            r[0].text = k
            r[1].text = v
    else:
        for n, (k, v) in enumerate(fields, 1):
            d.add_heading(f"{n}. {k}" if layout == "numbered" else k, 2)
            for line in v.split("\n"):
                d.add_paragraph(line)
    if opts["appeal"]:
        d.add_heading("Klagevejledning", 2)
        d.add_paragraph(opts["appeal"].format(k=c.kommune))
    d.add_paragraph("")
    d.add_paragraph(f"Dato: {fmt(c.start - dt.timedelta(days=5), 'dash')}")
    d.add_paragraph("Underskrift borger: ______________________    Underskrift mentor: ______________________")
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


def agreement_text(g: Gen, c: Case, e: dict, opts: dict, with_cpr: bool) -> str:
    rng = g.rng
    style = rng.choice(["words", "short"])
    out = [f"AFTALE OM MENTORSTØTTE", f"Jobcenter {c.kommune}", ""]
    out.append(f"Borger: {c.citizen.name}" + (f"   CPR: {c.cpr}" if with_cpr else ""))
    out.append("")
    if e["goal"]:
        out += ["Mål:", e["goal"], ""]
    if e["mentor_name"]:
        m = f"{e['mentor_name']} ({e['provider']})"
        if e["mentor_phone"]:
            m += f", telefon {e['mentor_phone']}"
        if e["mentor_email"]:
            m += f", mail {e['mentor_email']}"
        out += ["Din mentor:", m, ""]
    if e["tasks"]:
        out += [f"{e['mentor_name'].split()[0]} skal hjælpe dig med:"] + [f"  * {t}" for t in e["tasks"]] + [""]
    if e["period"]:
        out += [f"Aftalen gælder fra {fmt(e['start'], style)} til {fmt(e['end'], style)}.", ""]
    if e["hours"]:
        out += [f"Timer: {e['hours']}", ""]
    if opts["followup"]:
        out += ["Opfølgning:", c.followup, ""]
    if opts["appeal"]:
        out += ["Klagevejledning:", opts["appeal"].format(k=c.kommune), ""]
    out += [f"Kontakt på jobcentret: {c.worker.name}, {c.worker.phone}"]
    return "\n".join(out) + "\n"


# ==================================================================== decisions
def decision_html(g: Gen, c: Case, dkind: str, appeal: str | None, end: dt.date, reasons: bool) -> str:
    rng = g.rng
    date = c.start - dt.timedelta(days=rng.randint(5, 15))
    style = rng.choice(["words", "dots"])
    hours = c.hours if ("time" in c.hours or "t/uge" in c.hours) else "2 timer om ugen"
    if dkind == "grant":
        subj = "Afgørelse: Du får mentorstøtte"
        body = (f"<p>Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter § 167 i lov om en aktiv "
                f"beskæftigelsesindsats i perioden {fmt(c.start, style)} til {fmt(end, style)}.</p>"
                f"<p>Din mentor bliver {esc(c.mentor.name)} fra {esc(c.provider)}. Mentorstøtten er på {esc(hours)}. "
                f"Indholdet af forløbet bliver beskrevet i din plan på Jobnet (Min Plan).</p>")
        if reasons:
            body += ("<h3>Begrundelse</h3><p>Vi har lagt vægt på, at du har brug for støtte til at fastholde "
                     "din praktik, og at støtten skal føre til job eller uddannelse, jf. LAB § 167, stk. 1.</p>")
    elif dkind == "partial":
        subj = "Afgørelse om mentorstøtte – delvis bevilling"
        body = (f"<p>Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget mentorstøtte i færre timer end "
                f"du søgte: {esc(hours)} i perioden {fmt(c.start, style)} – {fmt(end, style)}.</p>")
        if reasons:
            body += ("<h3>Begrundelse</h3><p>Vi har lagt vægt på oplysningerne fra din praktikvært om, at du "
                     "klarer de fleste opgaver selv. Mentortimerne skal bruges på direkte kontakt med dig "
                     "(BAB § 123), og vi vurderer, at dit behov kan dækkes med færre timer, jf. LAB § 167.</p>")
    else:
        subj = "Afslag på mentorstøtte"
        body = "<p>Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning.</p>"
        if reasons:
            body += ("<h3>Begrundelse</h3><p>Efter LAB § 167 kan der gives mentorstøtte, når det er nødvendigt "
                     "for at du kan opnå eller fastholde et tilbud, en uddannelse eller et job. Vi har lagt vægt "
                     "på, at du allerede får støtte fra din elevcoach og SPS på skolen, og at den støtte dækker "
                     "dit behov.</p>")
    ap = f"<h3>Klagevejledning</h3><p>{esc(appeal.format(k=c.kommune))}</p>" if appeal else ""
    return (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><style>body{{font-family:Georgia,serif;font-size:12px}}"
            f".lh{{text-align:right;font-size:11px}}h2{{font-size:15px}}h3{{font-size:12px}}</style></head><body>"
            f"<div class='lh'><b>{esc(c.kommune)} Kommune</b><br>Jobcenter {esc(c.kommune)}<br>{esc(c.k_addr)}<br>Tlf. {esc(c.k_phone)}</div>"
            f"<p>{esc(c.citizen.name)}<br>Digital Post</p><p class='lh'>Dato: {fmt(date, 'dots')}<br>Sagsnr.: {esc(c.sagsnr)}</p>"
            f"<h2>{esc(subj)}</h2>{body}{ap}"
            f"<p>Har du spørgsmål, er du velkommen til at kontakte mig.</p><p>Med venlig hilsen<br>{esc(c.worker.name)}<br>"
            f"Jobkonsulent, tlf. {esc(c.worker.phone)}</p></body></html>")


# ==================================================================== not-a-kind documents
def calendar_page(g: Gen, c: Case) -> str:
    rng = g.rng
    items = []
    d0 = c.start + dt.timedelta(days=rng.randint(3, 20))
    for i in range(rng.randint(3, 6)):
        d = d0 + dt.timedelta(days=7 * i + rng.randint(0, 3))
        what = rng.choice([f"Møde med din mentor {c.mentor.name}", "Samtale med din sagsbehandler",
                           "Opfølgningssamtale (telefonisk)", "Informationsmøde om job i detail",
                           f"Statusmøde: mentor og sagsbehandler"])
        where = rng.choice([f"Jobcenter {c.kommune}, {c.k_addr}", "Telefon", c.provider, "Video (link i Indbakke)"])
        items.append(f"<li class='card'><strong>{WEEKDAYS[d.weekday()].capitalize()} {fmt(d, 'words')} kl. {rng.choice(['9.00', '10.30', '13.00', '14.15'])}</strong><br>"
                     f"{esc(what)}<br>Sted: {esc(where)}</li>")
    body = ("<h1>Mine aftaler</h1><p>Her kan du se dine kommende aftaler med kommunen. Husk at melde afbud, "
            "hvis du er syg.</p><ul style='list-style:none;padding:0'>" + "".join(items) + "</ul>")
    return jobnet_shell(c, "Mine aftaler", body, "Mine aftaler")


def inbox_page(g: Gen, c: Case) -> str:
    rng = g.rng
    msgs = [("Din plan er opdateret", "Der er tilføjet en ny aktivitet: Mentorstøtte. Log på for at se den."),
            ("Indkaldelse til samtale", f"Du er indkaldt til samtale {fmt(c.start + dt.timedelta(days=9), 'words')} kl. 10.00."),
            ("Påmindelse: Joblog", "Husk at registrere dine jobsøgninger i din joblog."),
            ("Nyt dokument", "Du har fået et nyt dokument fra kommunen i Digital Post."),
            ("Dit CV er ikke synligt", "Dit CV skal være synligt for arbejdsgivere.")]
    rng.shuffle(msgs)
    rows = "".join(f"<tr><td>{fmt(c.start - dt.timedelta(days=i * 3), 'dots')}</td><td><b>{esc(s)}</b><br>{esc(t)}</td><td>Jobcenter {esc(c.kommune)}</td></tr>"
                   for i, (s, t) in enumerate(msgs[:rng.randint(3, 5)]))
    body = f"<h1>Indbakke</h1><table style='width:100%'><tr><th>Dato</th><th>Besked</th><th>Fra</th></tr>{rows}</table>"
    return jobnet_shell(c, "Indbakke", body, "Indbakke")


def plan_no_mentor_page(g: Gen, c: Case) -> str:
    rng = g.rng
    variant = rng.randrange(3)
    cards = "".join(other_card_html(a, variant, "dots") for a in c.others)
    body = (f"<h1>Min Plan</h1><p>Her kan du se de aktiviteter, du og kommunen har aftalt.</p>"
            f"<section class='card'><h2 style='font-size:18px'>Mit mål</h2><p>{esc(rng.choice(['Job som lagermedarbejder', 'Uddannelse som ernæringsassistent', 'Job i detailhandlen']))}</p></section>"
            f"<h2 style='font-size:18px'>Mine aktiviteter ({len(c.others)})</h2>{cards}")
    return jobnet_shell(c, "Min Plan", body)


def cv_page(g: Gen, c: Case) -> str:
    rng = g.rng
    jobs = rng.sample(["Lagermedarbejder, Bilka, 2019-2021", "Opvasker, Restaurant Havnen, 2018",
                       "Butiksassistent, Netto, 2021-2023", "Rengøringsassistent, ISS, 2016-2018",
                       "Pædagogmedhjælper (vikar), Børnehuset Mælkebøtten, 2023"], 3)
    body = (f"<h1>Mit CV</h1><section class='card'><h2>Om mig</h2><p>Jeg er en stabil og mødestabil person, der "
            f"gerne vil i gang med et job, hvor jeg kan bruge mine hænder.</p></section>"
            f"<section class='card'><h2>Erhvervserfaring</h2><ul>{''.join(f'<li>{esc(j)}</li>' for j in jobs)}</ul></section>"
            f"<section class='card'><h2>Uddannelse</h2><p>9. klasse, {esc(c.kommune)} Skole, 2012</p></section>"
            f"<section class='card'><h2>Kompetencer</h2><p>Truckcertifikat B · Kørekort B · Dansk og arabisk</p></section>"
            f"<section class='card'><h2>Kontakt</h2><p>{esc(c.citizen.name)}, tlf. {esc(c.citizen.phone)}, {esc(c.citizen.email)}</p></section>")
    return jobnet_shell(c, "CV", body, "CV")


def joblog_page(g: Gen, c: Case) -> str:
    rng = g.rng
    rows = ""
    for i in range(rng.randint(4, 8)):
        d = c.start + dt.timedelta(days=3 * i)
        rows += (f"<tr><td>{fmt(d, 'dots')}</td><td>{esc(rng.choice(['Lagermedarbejder', 'Butiksassistent', 'Opvasker', 'Chauffør', 'Rengøring']))}</td>"
                 f"<td>{esc(rng.choice(WORKPLACES))}</td><td>{rng.choice(['Sendt', 'Afslag', 'Til samtale', 'Ingen svar'])}</td></tr>")
    body = (f"<h1>Joblog</h1><p>Du skal registrere dine jobsøgninger i joblog. Din mentor eller sagsbehandler kan se "
            f"joblog, når I holder samtale.</p><table style='width:100%'><tr><th>Dato</th><th>Stilling</th><th>Arbejdsgiver</th><th>Status</th></tr>{rows}</table>")
    return jobnet_shell(c, "Joblog", body, "Joblog")


def documents_page(g: Gen, c: Case) -> str:
    rng = g.rng
    docs = [("Afgørelse om mentorstøtte", "Afgørelse"), ("Aftale om mentorstøtte", "Aftale"),
            ("Indkaldelse til samtale", "Indkaldelse"), ("Referat af opfølgningssamtale", "Referat"),
            ("Kvittering for sygemelding", "Kvittering")]
    rng.shuffle(docs)
    rows = "".join(f"<tr><td>{fmt(c.start - dt.timedelta(days=4 * i), 'dots')}</td><td><a href='#'>{esc(t)}.pdf</a></td><td>{esc(k)}</td></tr>"
                   for i, (t, k) in enumerate(docs))
    body = (f"<h1>Dokumenter</h1><p>Her finder du breve og dokumenter fra kommunen. Afgørelser sendes også "
            f"til din Digitale Post.</p><table style='width:100%'><tr><th>Dato</th><th>Dokument</th><th>Type</th></tr>{rows}</table>")
    return jobnet_shell(c, "Dokumenter", body, "Dokumenter")


# ==================================================================== the plan of the corpus
MINPLAN_DEFECTS = (["none"] * 30 + ["no-hours"] * 4 + ["vague-hours"] * 2 + ["no-contact"] * 4 +
                   ["no-tasks"] * 3 + ["no-period"] * 2 + ["over6"] * 3 + ["unclear"] * 5 + ["no-goal"] * 2)
MINPLAN_SHAPES = (["jobnet-print"] * 18 + ["jobnet-html"] * 6 + ["export-html"] * 10 + ["export-pdf"] * 8 +
                  ["email-txt"] * 5 + ["email-pdf"] * 3 + ["note-txt"] * 5)


def build(out: Path, seed: int) -> Gen:
    g = Gen(seed, out)
    rng = g.rng
    cases = [g.case(i) for i in range(60)]
    tmp = Path(tempfile.mkdtemp(prefix="cf_"))

    # ---- Min Plan entries (55)
    defects = MINPLAN_DEFECTS[:]
    shapes = MINPLAN_SHAPES[:]
    assert len(defects) == 55 and len(shapes) == 55
    rng.shuffle(defects)
    rng.shuffle(shapes)
    for i in range(55):
        c = cases[i]
        d = None if defects[i] == "none" else defects[i]
        r = g.apply(c, d)
        e, rules = r["e"], r["rules"]
        multi = rng.random() < 0.5
        if d in ("no-hours", "no-period", "no-contact") and rng.random() < 0.7:
            multi = True   # another activity's hours/period/contact stand beside the gap
        shape = shapes[i]
        folder = f"sag-{1000 + i}"
        subtype = "minplan-multi" if multi else "minplan-single"
        traits = [f"defect:{defects[i]}", shape] + (["other-activities"] if multi else [])
        period = (e["start"], e["end"]) if e["period"] else None
        if shape in ("jobnet-print", "jobnet-html"):
            plan_goal = rng.random() < 0.5 and d not in ("no-goal", "unclear")
            page, variant = jobnet_minplan(g, c, e, multi, plan_goal)
            traits += [f"card-variant:{variant}"] + (["plan-level-goal"] if plan_goal else [])
            if shape == "jobnet-print":
                rel = f"{folder}/{rng.choice(['Min Plan - Jobnet.pdf', 'minplan_print.pdf', 'Jobnet_MinPlan.pdf'])}"
                stamp = f"{fmt(c.start - dt.timedelta(days=2), 'dots')} {rng.randint(8, 16):02d}.{rng.randint(0, 59):02d}"
                g.queue_pdf(rel, page, {"stamp": stamp, "title": "Min Plan - Jobnet",
                                        "url": "https://job.jobnet.dk/CV/min-plan/aktiviteter"})
                g.add(rel, "minplan", "pdf", "browser-print", subtype, rules, traits, period=period)
            else:
                rel = f"{folder}/Min Plan - Jobnet.html"
                g.write_text(rel, page)
                g.add(rel, "minplan", "html", "saved-web-page", subtype, rules, traits, period=period)
        elif shape in ("export-html", "export-pdf"):
            with_cpr = rng.random() < 0.5
            page = export_minplan(g, c, e, multi, with_cpr)
            if shape == "export-html":
                rel = f"{folder}/plan_udskrift_{c.sagsnr.split('-')[-2]}.html"
                g.write_text(rel, page)
                g.add(rel, "minplan", "html", "case-export", subtype, rules, traits,
                      cpr=c.cpr if with_cpr else None, period=period)
            else:
                rel = f"{folder}/Plan - udskrift.pdf"
                g.queue_pdf(rel, page, None)
                g.add(rel, "minplan", "pdf", "case-export", subtype, rules, traits,
                      cpr=c.cpr if with_cpr else None, period=period)
        elif shape in ("email-txt", "email-pdf"):
            text = email_text(g, c, e, multi)
            if shape == "email-txt" and rng.random() < 0.5:   # plain-text mail wrapped at 76
                import textwrap
                text = "\n".join(textwrap.fill(l, 76, break_long_words=False) if len(l) > 76 else l
                                 for l in text.split("\n"))
                traits = traits + ["hard-wrapped"]
            if shape == "email-txt":
                rel = f"{folder}/mail til borger - plan.txt"
                g.write_text(rel, text, rng.choice(["utf-8", "utf-8", "cp1252"]))
                g.add(rel, "minplan", "txt", "email-paste", subtype, rules, traits + ["caseworker-signature"], period=period)
            else:
                rel = f"{folder}/Mail - Din plan.pdf"
                g.queue_pdf(rel, email_print_html(c, text), None)
                g.add(rel, "minplan", "pdf", "email-print", subtype, rules, traits + ["caseworker-signature"], period=period)
        else:
            with_cpr = rng.random() < 0.4
            text = note_text(g, c, e, multi, with_cpr)
            rel = f"{folder}/journalnotat_minplan.txt"
            g.write_text(rel, text)
            g.add(rel, "minplan", "txt", "journal-note", subtype, rules, traits,
                  cpr=c.cpr if with_cpr else None, period=period)

    # ---- agreements (20), from the same cases
    adefs = (["none"] * 9 + ["no-followup"] * 3 + ["appeal-incomplete"] * 2 + ["no-appeal"] + ["appeal-direct"] +
             ["no-hours", "over6", "unclear", "no-contact"])
    rng.shuffle(adefs)
    aforms = ["docx"] * 10 + ["pdf"] * 6 + ["txt"] * 4
    rng.shuffle(aforms)
    for j in range(20):
        c = cases[j * 2]
        ad = adefs[j]
        base = ad if ad in ("no-hours", "over6", "unclear", "no-contact") else None
        r = g.apply(c, base)
        e, rules = r["e"], list(r["rules"])
        extras = []
        opts = {"followup": ad != "no-followup", "appeal": rng.choice([GOOD_APPEAL, GOOD_APPEAL_2]),
                "layout": rng.choice(["table", "headings", "numbered"])}
        if ad == "no-followup":
            rules.append("missing-follow-up")
        elif ad == "appeal-incomplete":
            opts["appeal"] = INCOMPLETE_APPEAL
            rules.append("missing-appeal-guidance")
        elif ad == "no-appeal":
            opts["appeal"] = None
            rules.append("missing-appeal-guidance")
        elif ad == "appeal-direct":
            opts["appeal"] = DIRECT_APPEAL
            extras.append("appeal-wrong-route")
        with_cpr = rng.random() < 0.35
        folder = f"sag-{1000 + j * 2}"
        traits = [f"defect:{ad}", f"layout:{opts['layout']}"]
        form = aforms[j]
        period = (e["start"], e["end"])
        if form == "docx":
            rel = f"{folder}/Aftale om mentorstøtte.docx"
            agreement_docx(g, c, e, opts, g.out / rel, with_cpr)
            g.add(rel, "agreement", "docx", opts["layout"], "agreement", rules, traits,
                  cpr=c.cpr if with_cpr else None, period=period, extras=extras)
        elif form == "pdf":
            src = tmp / f"mentoraftale_{j}.docx"
            agreement_docx(g, c, e, opts, src, with_cpr)
            rel = f"{folder}/mentoraftale_{j}.pdf"
            g.docx_to_pdf.append((src, g.out / rel))
            g.add(rel, "agreement", "pdf", opts["layout"], "agreement", rules, traits + ["libreoffice-pdf"],
                  cpr=c.cpr if with_cpr else None, period=period, extras=extras)
        else:
            rel = f"{folder}/mentoraftale.txt"
            g.write_text(rel, agreement_text(g, c, e, opts, with_cpr))
            g.add(rel, "agreement", "txt", "plain-text", "agreement", rules, traits,
                  cpr=c.cpr if with_cpr else None, period=period, extras=extras)

    # ---- decisions (10)
    ddefs = [("grant", "ok"), ("grant", "ok"), ("grant", "over6"), ("partial", "ok"), ("partial", "no-appeal"),
             ("refusal", "ok"), ("refusal", "no-reasons"), ("grant", "appeal-direct"), ("grant", "appeal-incomplete"),
             ("refusal", "ok")]
    for j, (dk, dd) in enumerate(ddefs):
        c = cases[1 + j * 2]
        rules, extras = [], []
        end = c.end
        appeal = rng.choice([GOOD_APPEAL, GOOD_APPEAL_2])
        if dd == "over6":
            end = add_months(c.start, 9) - dt.timedelta(days=1)
            rules.append("duration-over-6-months")
        if dd == "no-appeal":
            appeal = None
            rules.append("missing-appeal-guidance")
        if dd == "appeal-incomplete":
            appeal = INCOMPLETE_APPEAL
            rules.append("missing-appeal-guidance")
        if dd == "appeal-direct":
            appeal = DIRECT_APPEAL
            extras.append("appeal-wrong-route")
        reasons = dd != "no-reasons"
        if not reasons:
            extras.append("missing-reasons")
        page = decision_html(g, c, dk, appeal, end, reasons)
        folder = f"sag-{1001 + j * 2}"
        with_cpr = False
        if rng.random() < 0.4:
            with_cpr = True
            page = page.replace("<br>Digital Post</p>", f"<br>CPR-nr. {c.cpr}<br>Digital Post</p>")
        period = (c.start, end) if dk != "refusal" else None
        traits = [f"decision:{dk}", f"defect:{dd}"]
        if j % 3 == 2:
            rel = f"{folder}/afgoerelse_mentor.html"
            g.write_text(rel, page)
            g.add(rel, "decision", "html", "letter", f"decision-{dk}", rules, traits,
                  cpr=c.cpr if with_cpr else None, period=period, extras=extras)
        else:
            rel = f"{folder}/Afgørelse om mentorstøtte.pdf"
            g.queue_pdf(rel, page, None)
            g.add(rel, "decision", "pdf", "letter", f"decision-{dk}", rules, traits,
                  cpr=c.cpr if with_cpr else None, period=period, extras=extras)

    # ---- none of the kinds (15)
    others = [("calendar", "pdf"), ("calendar", "pdf"), ("calendar", "html"), ("inbox", "html"),
              ("inbox", "pdf"), ("plan-no-mentor", "pdf"), ("plan-no-mentor", "pdf"),
              ("plan-no-mentor", "html"), ("plan-no-mentor", "pdf"), ("cv", "pdf"), ("cv", "html"),
              ("joblog", "pdf"), ("joblog", "html"), ("documents", "pdf"), ("joblog", "pdf")]
    for j, (sub, form) in enumerate(others):
        c = cases[20 + j * 2]
        page = {"calendar": calendar_page, "inbox": inbox_page, "plan-no-mentor": plan_no_mentor_page,
                "cv": cv_page, "joblog": joblog_page, "documents": documents_page}[sub](g, c)
        title = {"calendar": "Mine aftaler", "inbox": "Indbakke", "plan-no-mentor": "Min Plan",
                 "cv": "CV", "joblog": "Joblog", "documents": "Dokumenter"}[sub]
        folder = f"sag-{1000 + 20 + j * 2}"
        if form == "pdf":
            rel = f"{folder}/{title} - Jobnet ({fmt(c.start, 'iso')}).pdf"
            g.queue_pdf(rel, page, {"stamp": fmt(c.start, "dots") + " 10.02", "title": f"{title} - Jobnet",
                                    "url": f"https://job.jobnet.dk/CV/{sub}"})
            g.add(rel, "unknown", "pdf", "browser-print", sub, [], ["not-a-kind"])
        else:
            rel = f"{folder}/{title} - Jobnet ({fmt(c.start, 'iso')}).html"
            g.write_text(rel, page)
            g.add(rel, "unknown", "html", "saved-web-page", sub, [], ["not-a-kind"])

    g.render_pdfs()
    g.render_docx_pdfs(tmp)
    shutil.rmtree(tmp, ignore_errors=True)
    return g


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args(argv)
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    g = build(a.out, a.seed)
    paths = [e["path"] for e in g.entries]
    assert len(paths) == len(set(paths)), "duplicate paths"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(g.entries, key=lambda e: e["path"])]
    (a.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    missing = [p for p in paths if not (a.out / p).is_file()]
    if missing:
        print(f"missing files: {missing[:5]}", file=sys.stderr)
        return 1
    print(f"{len(g.entries)} documents written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
