#!/usr/bin/env python3
"""Corpus ei: Min Plan entries as citizens and caseworkers see and save them.

Browser prints of Jobnet/Min Plan (PDF with header/footer, URL, date), text copied from the
portal into .txt or into an e-mail, HTML saved from case systems (cards, tables, definition
lists, accordions, scripts, menus), multi-activity exports where only the mentor support is
the entry, plus agreements and decisions printed from the same systems and near misses.

Run:  /work/main/.venv/bin/python make_corpus_ei.py --out /work/corpora/ei [--seed 1167]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mette", "Ahmed", "Sofie", "Jonas", "Fatima", "Kasper", "Line", "Mikkel", "Yasmin", "Rasmus",
         "Camilla", "Omar", "Signe", "Emil", "Nadia", "Frederik", "Ida", "Ali", "Louise", "Tobias",
         "Maja", "Kenneth", "Hanne", "Bilal", "Trine", "Niels", "Zainab", "Morten", "Pernille", "Dennis"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Yilmaz", "Hussein", "Østergaard", "Kjær", "Lund", "Bech"]
KOMMUNER = ["Gribskov", "Holbæk", "Faxe", "Herning", "Tønder", "Assens", "Roskilde", "Randers",
            "Viborg", "Næstved", "Slagelse", "Horsens", "Svendborg", "Frederikshavn", "Køge", "Silkeborg"]
PROVIDERS = ["Jobhuset", "Mentorhuset ApS", "Kompetencecenter Øst", "Center for Job og Uddannelse",
             "Ungeenheden", "Mentorkorpset", "Virksomhedsservice", "Socialpsykiatrien, Team Job",
             "Fremtidens Mentor ApS", "Ungdommens Uddannelsesvejledning"]

GOALS_CLEAR = [
    "{n} er startet på FGU, produktionsgrunduddannelsen (Køkken), senest {d}, og møder mindst fire dage om ugen.",
    "At du gennemfører virksomhedspraktik i Netto 15 timer om ugen og er klar til løntilskud senest {d}.",
    "{n} er i gang med grundforløb 1 på SOSU-skolen fra {d} og har højst 2 fraværsdage om måneden.",
    "Du har et ordinært job på 20 timer om ugen inden for lager/logistik senest {d}.",
    "At fastholde dit fleksjob hos Bilka (12 timer om ugen), så du stadig er ansat {d}.",
    "Du er optaget på HF-enkeltfag (dansk og matematik) og har mødt op til 90 % af undervisningen frem til {d}.",
    "{n} starter i løntilskud som pedelmedhjælper i Boligselskabet og møder 25 timer om ugen fra {d}.",
    "Du gennemfører EUD-grundforløbet (smed) og består grundforløbsprøven {d}.",
    "At {n} kan møde stabilt i praktik på Plantagen tre dage om ugen, så praktikken kan forlænges til løntilskud {d}.",
    "Du har søgt og fået en læreplads som tømrer senest {d} og tager selv kontakt til læremesteren.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "At komme videre og tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på tingene.",
    "Motivere borgeren og sikre at hun har det godt.",
    "At du får det bedre og bliver mere afklaret.",
    "Sikre at borgeren trives og kommer videre i livet.",
    "Stabilisering og trivsel.",
]
TASKS = [
    ["følge dig til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med at kontakte praktikstedet ved sygdom"],
    ["hjælpe med at lave en ugeplan med faste tider", "følge med til møder på skolen og hos SPS-vejleder",
     "øve brug af Rejseplanen og bus til skolen"],
    ["gennemgå post i e-Boks sammen med dig hver uge", "støtte ved kontakt til læge og psykiatri",
     "tale om, hvordan du håndterer pauser og kolleger på arbejdspladsen"],
    ["være bindeled mellem dig og arbejdsgiveren", "aftale tilpasning af arbejdsopgaver",
     "følge op på fremmøde sammen med din leder"],
    ["vække- og påmindelsesopkald om morgenen de første fire uger", "følges til FGU første uge",
     "hjælpe med at søge SU og ungdomskort"],
    ["sparring om jobsøgning og CV", "øve jobsamtaler", "følge med til to virksomhedsbesøg"],
]

def cpr(rng):
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 36))
    return f"{d:%d%m%y}-{rng.randrange(1000, 9999)}"

def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

def phone(rng):
    return " ".join(f"{rng.randrange(10, 99)}" for _ in range(4)).replace(" ", " ", 3)

def addmonths(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year; mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)

def fmt(d, style):
    if style == 0: return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1: return f"{d:%d.%m.%Y}"
    if style == 2: return f"{d.day}/{d.month}-{d.year}"
    if style == 3: return f"{d:%Y-%m-%d}"
    if style == 4: return f"{d.day}. {MON_AB[d.month-1]} {d.year}"
    if style == 5: return f"{d:%d-%m-%Y}"
    return f"{d:%d.%m.%y}"


class Case:
    """The content of one mentor case, with the chosen defects applied."""

    def __init__(self, rng, defects, kind):
        self.rng = rng
        self.kind = kind
        self.citizen = person(rng)
        self.first = self.citizen.split()[0]
        self.kommune = rng.choice(KOMMUNER)
        self.mentor = person(rng)
        self.provider = rng.choice(PROVIDERS)
        self.mphone = f"{rng.randrange(20,99)} {rng.randrange(10,99)} {rng.randrange(10,99)} {rng.randrange(10,99)}"
        self.mmail = self.mentor.split()[0].lower().replace("ø", "oe").replace("å", "aa").replace("æ", "ae") + "@" + \
            self.provider.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa").strip(",") + ".dk"
        self.cw = person(rng)
        self.cwphone = f"72 {rng.randrange(10,99)} {rng.randrange(10,99)} {rng.randrange(10,99)}"
        self.start = dt.date(2026, rng.randrange(1, 12), rng.choice([1, 1, 1, 4, 10, 15, 17]))
        self.defects = set(defects)
        if "duration-over-6-months" in self.defects:
            self.months = rng.choice([7, 8, 9, 12])
            self.end = addmonths(self.start, self.months) - dt.timedelta(days=rng.choice([1, 0, 1]))
        else:
            self.months = rng.choice([3, 4, 6, 6, 6])
            self.end = addmonths(self.start, self.months) - dt.timedelta(days=1)
        self.ds = rng.randrange(0, 7)
        goal_date = fmt(addmonths(self.start, rng.choice([2, 3, 4])), 0)
        self.goal = rng.choice(GOALS_CLEAR).format(n=self.first, d=goal_date)
        if "unclear-goal" in self.defects:
            self.goal = rng.choice(GOALS_UNCLEAR)
        self.goal_missing = "missing-goal" in self.defects
        self.tasks = rng.choice(TASKS)
        self.tasks_missing = "missing-tasks" in self.defects
        self.hours = rng.choice(["2 timer pr. uge", "3 timer om ugen", "1,5 time ugentligt", "4 t/uge",
                                 "8 timer om måneden", "2 timer ugentligt", "5 timer pr. uge"])
        self.hours_missing = "missing-hours" in self.defects
        self.mentor_mode = "full"
        if "missing-mentor" in self.defects:
            self.mentor_mode = rng.choice(["nameonly", "none", "later"])
        self.duration_missing = "missing-duration" in self.defects
        self.follow_missing = "missing-follow-up" in self.defects
        self.appeal_mode = "full"
        if "missing-appeal-guidance" in self.defects:
            self.appeal_mode = rng.choice(["none", "vague", "nodeadline"])
        self.cpr = cpr(rng) if rng.random() < 0.3 else None

    # --- field strings -------------------------------------------------------
    def period_str(self):
        r = self.rng
        if self.duration_missing:
            return r.choice(["Løbende", "Indtil videre", "Udfyldes senere", "-", ""])
        s = self.ds
        return r.choice(["{a} – {b}", "{a} - {b}", "{a} til {b}", "fra {a} til {b}"]).format(
            a=fmt(self.start, s), b=fmt(self.end, s))

    def start_str(self): return fmt(self.start, self.ds)
    def end_str(self): return fmt(self.end, self.ds)

    def goal_str(self):
        if self.goal_missing:
            return self.rng.choice(["", "-", "Udfyldes senere", "…", "xx"])
        return self.goal

    def tasks_str(self, sep="; "):
        if self.tasks_missing:
            return self.rng.choice(["", "-", "Aftales med mentor", "Udfyldes senere"])
        t = sep.join(self.tasks)
        return t[0].upper() + t[1:]

    def hours_str(self):
        if self.hours_missing:
            return self.rng.choice(["", "Efter behov", "Løbende", "-", "et par timer om ugen"])
        return self.hours

    def mentor_name(self):
        if self.mentor_mode in ("none",): return ""
        if self.mentor_mode == "later": return "Tildeles senere"
        return self.mentor

    def mentor_contact(self):
        if self.mentor_mode != "full": return ""
        return self.rng.choice([f"tlf. {self.mphone}", f"{self.mphone} / {self.mmail}",
                                f"Mobil: {self.mphone}", f"{self.mmail}", f"tlf. {self.mphone}, {self.mmail}"])

    def mentor_line(self):
        n, c = self.mentor_name(), self.mentor_contact()
        if not n: return ""
        if not c: return f"{n}, {self.provider}" if self.mentor_mode == "nameonly" else n
        return f"{n}, {self.provider}, {c}"

    def followup_str(self):
        if self.follow_missing:
            return self.rng.choice(["", "-", "Aftales senere"])
        return self.rng.choice([
            "Statusmøde med mentor, dig og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører.",
            "Vi følger op hver 4. uge. Delmål: fremmøde fire dage om ugen fra anden måned.",
            "Midtvejsevaluering efter 3 måneder og slutevaluering inden periodens udløb; mentor sender kort status hver måned.",
            "Opfølgning på jobsamtalerne ca. hver 6. uge, hvor progressionen mod delmålene gennemgås.",
        ])

    def appeal_text(self):
        k = f"{self.kommune} Kommune"
        if self.appeal_mode == "none": return ""
        if self.appeal_mode == "vague": return "Du kan klage over afgørelsen, hvis du er uenig."
        if self.appeal_mode == "nodeadline":
            return f"Hvis du er uenig, kan du klage til {k}, Jobcentret. Skriv til os eller ring."
        return self.rng.choice([
            f"Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger efter, at du har modtaget dette brev. "
            "Kommunen genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til "
            "Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kapitel 10).",
            f"Du kan klage mundtligt eller skriftligt til Jobcenter {self.kommune} inden 4 uger fra du har fået afgørelsen. "
            "Vi vurderer sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen.",
        ])


def pick_defects(rng, kind, clean_share=0.4):
    pools = {
        "minplan": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                    "duration-over-6-months", "unclear-goal"],
        "agreement": ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                      "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"],
        "decision": ["missing-appeal-guidance", "duration-over-6-months"],
    }[kind]
    if rng.random() < clean_share: return []
    d = [rng.choice(pools)]
    if rng.random() < 0.25:
        e = rng.choice(pools)
        if e != d[0]: d.append(e)
    if "missing-duration" in d and "duration-over-6-months" in d:
        d.remove("duration-over-6-months")
    if "missing-goal" in d and "unclear-goal" in d:
        d.remove("unclear-goal")
    return sorted(d)


# ------------------------------------------------------------------ writers
def write_pdf(path, lines, header=None, footer=None, font="Helvetica", size=10):
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    page = [1]
    total = max(1, (len(lines) + 54) // 55)

    def hf():
        c.setFont("Helvetica", 8)
        if header:
            c.drawString(30, h - 20, header[0]); c.drawCentredString(w / 2, h - 20, header[1])
        if footer:
            c.drawString(30, 18, footer); c.drawRightString(w - 30, 18, f"{page[0]}/{total}")
    hf()
    y = h - 55
    for ln in lines:
        bold = ln.startswith("**")
        t = ln.strip("*")
        c.setFont(font + ("-Bold" if bold else ""), size + (2 if bold and ln.startswith("***") else 0))
        # wrap
        words, cur = t.split(" "), ""
        chunks = []
        for wd in words:
            if len(cur) + len(wd) > 95: chunks.append(cur); cur = wd
            else: cur = (cur + " " + wd).strip()
        chunks.append(cur)
        for ch in chunks:
            if y < 45:
                c.showPage(); page[0] += 1; hf(); y = h - 55
                c.setFont(font + ("-Bold" if bold else ""), size)
            c.drawString(50, y, ch); y -= size + 4
    c.save()


def write_docx(path, blocks):
    doc = Document()
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif isinstance(b, tuple) and b[0] == "table":
            t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
            for k, v in b[1]:
                r = t.add_row().cells; r[0].text = k; r[1].text = v
        else:
            doc.add_paragraph(b)
    doc.save(str(path))


NAV = """<nav class="topnav"><ul><li><a href="/forside">Forside</a></li><li><a href="/min-plan">Min Plan</a></li>
<li><a href="/joblog">Joblog</a></li><li><a href="/cv">CV</a></li><li><a href="/kalender">Kalender</a></li>
<li><a href="/dokumenter">Dokumenter</a></li><li><a href="/beskeder">Beskeder (2)</a></li></ul></nav>"""
CASENAV = """<div id="sidebar" class="menu"><a href="#">Borgeroverblik</a><a href="#">Ydelser</a><a href="#">Indsatser</a>
<a href="#">Min Plan</a><a href="#">Dokumenter</a><a href="#">Journal</a><a href="#">Breve</a><a href="#">Opgaver</a></div>"""
SCRIPT = """<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}
document.querySelectorAll('.accordion-btn').forEach(function(b){b.addEventListener('click',function(){b.nextElementSibling.classList.toggle('open')})});
var cfg={"session":"a8f3-22","mentor":"Mentor","periode":"Periode","timer":"Timer"};</script>"""


def page(title, body, system="Jobnet", extra_head=""):
    return (f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(title)} - {system}</title>"
            f"<style>.card{{border:1px solid #ccc;padding:8px}} .hidden{{display:none}} .open{{display:block}}</style>{extra_head}</head>"
            f"<body>{body}<footer class=\"site-footer\">© Styrelsen for Arbejdsmarked og Rekruttering · Tilgængelighedserklæring · Cookies · "
            f"Privatlivspolitik</footer>{SCRIPT}</body></html>")

E = html.escape


LABELSETS = [
    dict(goal="Formål", mentor="Din mentor", contact="Kontakt", tasks="Det hjælper mentoren dig med",
         period="Periode", hours="Timer", start="Start", end="Slut"),
    dict(goal="Mål med mentorstøtten", mentor="Mentor", contact="Kontaktoplysninger", tasks="Mentorens opgaver",
         period="Periode", hours="Timetal", start="Startdato", end="Slutdato"),
    dict(goal="Målsætning", mentor="Mentor/kontaktperson", contact="Tlf./mail", tasks="Indsatsområder",
         period="Varighed", hours="Timeantal pr. uge", start="Fra", end="Til"),
    dict(goal="Hvad er målet?", mentor="Hvem er din mentor?", contact="Sådan kontakter du mentor",
         tasks="Hvad skal mentoren hjælpe med?", period="Hvor længe?", hours="Hvor mange timer?",
         start="Begynder", end="Slutter"),
]

OTHER_ACTS = [
    ("Virksomhedspraktik", "Netto, {k} (lagermedarbejder)", -1, 3, "15 timer om ugen"),
    ("FGU", "Produktionsgrunduddannelse, FGU {k}", 1, 23, "Fuld tid"),
    ("Behandling", "Ambulant misbrugsbehandling, Rusmiddelcenter {k}", -2, 12, "1 samtale om ugen"),
    ("Kursus", "Truckcertifikat B, AMU-center", 0, 1, "37 timer/uge i 3 uger"),
    ("Løntilskud", "Pedelmedhjælper, Boligforeningen {k}", 2, 12, "25 timer om ugen"),
    ("Sundhedsfagligt forløb", "Smerteklinik og fysioterapi, Regionshospitalet", -3, 10, ""),
    ("Uddannelse", "EUD grundforløb 2, Tech College", 1, 20, "Fuld tid"),
    ("Vejledning", "Jobsøgningsforløb, Job- og Virksomhedsservice", 0, 2, "2 dage om ugen"),
]


class Builder:
    def __init__(self, out, rng):
        self.out, self.rng, self.entries = out, rng, []

    def add(self, rel, fmt_, kind, subtype, layout, rules, traits, case=None, extras=(), text_for_check=None):
        mnc = []
        if case is not None and case.cpr:
            mnc = [case.cpr, case.cpr.replace("-", "")]
            traits = list(traits) + ["cpr"]
        period = None
        if case is not None and not case.duration_missing and kind != "unknown":
            period = {"start": case.start.isoformat(), "end": case.end.isoformat()}
        self.entries.append(dict(path=rel, format=fmt_, kind=kind, subtype=subtype, layout=layout,
                                 rules=sorted(rules), extras=sorted(extras), error=None, accept_errors=[],
                                 must_not_contain=mnc, traits=sorted(set(traits)), period=period))

    def path(self, rel):
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p


def mp_fields(c, L, split=False, status=None):
    r = c.rng
    f = []
    g = c.goal_str()
    if g or r.random() < 0.6: f.append((L["goal"], g))
    name = c.mentor_name(); con = c.mentor_contact()
    if name or r.random() < 0.5:
        if r.random() < 0.5:
            f.append((L["mentor"], name + (f", {c.provider}" if name and name != "Tildeles senere" else "")))
            if con or r.random() < 0.5: f.append((L["contact"], con))
        else:
            f.append((L["mentor"], ", ".join(x for x in [name, c.provider if name and name != "Tildeles senere" else "", con] if x)))
    t = c.tasks_str()
    if t or r.random() < 0.6: f.append((L["tasks"], t))
    if split and not c.duration_missing:
        f.append((L["start"], c.start_str())); f.append((L["end"], c.end_str()))
    elif split:
        f.append((L["start"], c.start_str())); f.append((L["end"], ""))
    else:
        p = c.period_str()
        if p or r.random() < 0.6: f.append((L["period"], p))
    h = c.hours_str()
    if h or r.random() < 0.6: f.append((L["hours"], h))
    if status: f.insert(0, ("Status", status))
    return f


def status_for(c):
    r = c.rng.random()
    if r < 0.2: return "Afsluttet", ["status:ended"]
    if r < 0.35: return "Planlagt", ["status:planned"]
    if r < 0.6: return "Aktiv", ["status:active"]
    return None, []


def act_title(c):
    return c.rng.choice(["Mentorstøtte", "Mentor (LAB § 167)", "Mentorstøtte efter § 167",
                         "Mentorordning", "Mentor – støtte i praktik", "Mentorstøtte (§ 31 b)"])


def others(c, n):
    acts = c.rng.sample(OTHER_ACTS, n)
    res = []
    for typ, desc, off, length, hrs in acts:
        s = addmonths(c.start, off)
        e = addmonths(s, length) - dt.timedelta(days=1)
        res.append((typ, desc.format(k=c.kommune), fmt(s, c.ds), fmt(e, c.ds), hrs))
    return res


def render_minplan(b, i, c, layout, traits):
    r = b.rng
    L = r.choice(LABELSETS)
    status, st_tr = status_for(c)
    traits += st_tr
    title = act_title(c)
    now = dt.datetime(2026, r.randrange(1, 12), r.randrange(1, 28), r.randrange(8, 16), r.randrange(0, 59))
    jobgoal = None
    if "missing-goal" not in c.defects and "unclear-goal" not in c.defects and r.random() < 0.5:
        jobgoal = r.choice(["Job som lagermedarbejder", "Uddannelse: SOSU-hjælper", "Fleksjob i detailhandel",
                            "Ordinær uddannelse (EUD)", "Job i rengøringsbranchen 25 t/uge"])
        traits += ["plan-jobgoal"]
    slug = c.first.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    if layout == "jobnet-print-pdf":
        split = r.random() < 0.4
        f = mp_fields(c, L, split, status)
        lines = [f"Forside   Min Plan   Joblog   CV   Kalender   Dokumenter   Log ud ({c.first})", "",
                 "***Min Plan", f"Senest opdateret {now:%d.%m.%Y}", ""]
        if c.cpr: lines.insert(1, f"{c.citizen} · CPR-nr. {c.cpr}")
        if jobgoal: lines += ["**Mit mål", jobgoal, ""]
        lines += ["**Mine aktiviteter", "", f"**{title}"]
        lines += [f"{k}: {v}" for k, v in f]
        lines += ["", "**Kontakt", f"Din sagsbehandler: {c.cw}, Jobcenter {c.kommune}, tlf. {c.cwphone}",
                  "Du kan skrive til os via Beskeder på Jobnet."]
        rel = f"jobnet-print/minplan_{i:03d}_{slug}.pdf"
        write_pdf(b.path(rel), lines, header=(f"{now:%d.%m.%Y %H.%M}", "Min Plan | Jobnet"),
                  footer=f"https://job.jobnet.dk/Borger/MinPlan/Aktiviteter?id={r.randrange(10**6, 10**7)}")
        traits += ["browser-print", "header-footer-url"] + (["split-dates"] if split else [])
        return rel, "pdf"
    if layout == "portal-copy-txt":
        f = mp_fields(c, L, r.random() < 0.3, status)
        parts = ["Min Plan", "", "Vis alle aktiviteter", ""]
        if jobgoal: parts += ["Mit mål", jobgoal, ""]
        parts += [title, "Skjul detaljer"]
        for k, v in f:
            parts += [k, v if v else "", ""] if r.random() < 0.6 else [f"{k}\t{v}"]
        parts += ["", "Tilbage til oversigten", "Har du spørgsmål, så kontakt din sagsbehandler " + c.cw]
        rel = f"kopieret-tekst/minplan_{i:03d}.txt"
        txt = "\n".join(parts)
        if c.cpr: txt = f"{c.citizen}  ({c.cpr})\n" + txt
        b.path(rel).write_text(txt, encoding="utf-8")
        traits += ["copy-paste", "portal-artifacts"]
        return rel, "txt"
    if layout == "email-txt":
        f = mp_fields(c, L, False, status)
        body = "\n".join(f"> {k}: {v}" for k, v in f)
        cwmail = c.cw.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + f"@{c.kommune.lower().replace('ø','oe').replace('æ','ae').replace('å','aa')}.dk"
        txt = (f"Fra: {c.cw} <{cwmail}>\nSendt: {now:%d. %B %Y %H:%M}\nTil: {c.first.lower()}{r.randrange(10,99)}@gmail.com\n"
               f"Emne: {r.choice(['Din plan - mentorstøtte', 'SV: mentor?', 'Kopi af Min Plan', 'Mentor aftale i Min Plan'])}\n\n"
               f"Hej {c.first}\n\n{r.choice(['Som lovet kommer her teksten fra din plan om mentorstøtten:', 'Jeg har kopieret det, der står i Min Plan om din mentor, ind herunder.', 'Her er mentorstøtten, som den står i din plan på Jobnet:'])}\n\n"
               f"> {title}\n{body}\n\n"
               f"Du kan altid se din plan på Jobnet under Min Plan.\n\nVenlig hilsen\n{c.cw}\nJobkonsulent, Jobcenter {c.kommune}\nTlf. {c.cwphone}\n")
        if c.cpr: txt = txt.replace("Hej ", f"(Vedr. CPR {c.cpr})\n\nHej ", 1)
        rel = f"mail/minplan_mail_{i:03d}.txt"
        b.path(rel).write_text(txt, encoding="utf-8")
        traits += ["email-paste", "quoted"]
        return rel, "txt"
    if layout.startswith("case-html"):
        split = r.random() < 0.4
        f = mp_fields(c, L, split, status)
        sub = layout.split("-")[-1]
        hdr = f"<header class='casebar'><span class='logo'>KMD Momentum</span><span>Borger: {E(c.citizen)}" + \
              (f" · {c.cpr}" if c.cpr else "") + f"</span><span>Sagsbehandler: {E(c.cw)}</span></header>"
        if sub == "cards":
            items = "".join(f"<div class='field'><span class='lbl'>{E(k)}</span><span class='val'>{E(v)}</span></div>" for k, v in f)
            main = f"<div class='card'><div class='card-title'><h3>{E(title)}</h3></div><div class='card-body'>{items}</div></div>"
        elif sub == "table":
            rows = "".join(f"<tr><th scope='row'>{E(k)}</th><td>{E(v)}</td></tr>" for k, v in f)
            main = f"<h3>{E(title)}</h3><table class='grid'><tbody>{rows}</tbody></table>"
        elif sub == "dl":
            items = "".join(f"<dt>{E(k)}</dt><dd>{E(v)}</dd>" for k, v in f)
            main = f"<section><h3>{E(title)}</h3><dl class='kv'>{items}</dl></section>"
        else:
            items = "".join(f"<p><strong>{E(k)}:</strong> {E(v)}</p>" for k, v in f)
            main = (f"<div class='accordion'><button class='accordion-btn' aria-expanded='false'>{E(title)} "
                    f"<span class='chev'>▾</span></button><div class='panel hidden'>{items}</div></div>"
                    "<div class='accordion'><button class='accordion-btn'>Historik</button><div class='panel hidden'>"
                    f"<p>Oprettet {now:%d.%m.%Y} af {E(c.cw)}</p></div></div>")
        jg = f"<div class='goal-box'><h2>Borgerens mål</h2><p>{E(jobgoal)}</p></div>" if jobgoal else ""
        body = hdr + CASENAV + f"<main><h1>Min Plan</h1>{jg}{main}</main>"
        rel = f"sagssystem/minplan_{i:03d}_{sub}.html"
        b.path(rel).write_text(page("Min Plan", body, "Momentum"), encoding="utf-8")
        traits += ["saved-html", "nav-menu", "script", f"html:{sub}"] + (["split-dates"] if split else [])
        return rel, "html"
    if layout.startswith("multi"):
        fmt_ = layout.split("-")[-1]
        acts = others(c, r.choice([2, 3, 4]))
        f = mp_fields(c, L, False, status)
        traits += ["multi-activity", "other-activity-long-period"]
        if fmt_ == "html":
            rows = "".join(f"<tr><td>{E(t)}</td><td>{E(d)}</td><td>{E(s)} – {E(e)}</td><td>{E(h)}</td></tr>" for t, d, s, e, h in acts)
            det = "".join(f"<li><b>{E(k)}:</b> {E(v)}</li>" for k, v in f)
            mrow = f"<tr class='mentor'><td>{E(title)}</td><td colspan='3'><ul>{det}</ul></td></tr>"
            pos = r.randrange(0, len(acts) + 1)
            allrows = rows.split("</tr>")[:-1]
            allrows = [x + "</tr>" for x in allrows]
            allrows.insert(pos, mrow)
            jg = f"<p class='goal'>Mit mål: {E(jobgoal)}</p>" if jobgoal else ""
            body = (NAV + f"<main><h1>Min Plan – aktiviteter</h1>{jg}<table><thead><tr><th>Aktivitet</th><th>Beskrivelse</th>"
                    f"<th>Periode</th><th>Omfang</th></tr></thead><tbody>{''.join(allrows)}</tbody></table></main>")
            if c.cpr: body = f"<div class='who'>{E(c.citizen)} ({c.cpr})</div>" + body
            rel = f"eksport/minplan_aktiviteter_{i:03d}.html"
            b.path(rel).write_text(page("Min Plan", body), encoding="utf-8")
            return rel, "html"
        lines = ["***Udskrift af Min Plan", f"Borger: {c.citizen}" + (f"   CPR: {c.cpr}" if c.cpr else ""),
                 f"Udskrevet {now:%d.%m.%Y}", ""]
        if jobgoal: lines += [f"Mit mål: {jobgoal}", ""]
        blocks = [[f"**{t}", d, f"Periode: {s} - {e}"] + ([f"Omfang: {h}"] if h else []) + [""] for t, d, s, e, h in acts]
        blocks.insert(r.randrange(0, len(blocks) + 1), [f"**{title}"] + [f"{k}: {v}" for k, v in f] + [""])
        for bl in blocks: lines += bl
        if fmt_ == "pdf":
            rel = f"eksport/minplan_udskrift_{i:03d}.pdf"
            write_pdf(b.path(rel), lines, header=(f"{now:%d-%m-%Y}", "Udskrift – Min Plan"), footer=f"Jobcenter {c.kommune}")
        else:
            rel = f"eksport/minplan_udskrift_{i:03d}.txt"
            b.path(rel).write_text("\n".join(x.strip("*") for x in lines), encoding="utf-8")
        return rel, fmt_
    if layout.startswith("short"):
        fmt_ = layout.split("-")[-1]
        bits = [title]
        if c.period_str(): bits.append(c.period_str())
        if c.hours_str(): bits.append(c.hours_str())
        ml = c.mentor_line()
        if ml: bits.append("Mentor: " + ml)
        g = c.goal_str()
        if g: bits.append("Mål: " + g)
        t = c.tasks_str(", ")
        if t: bits.append("Opgaver: " + t)
        if status: bits.insert(1, status)
        line = " · ".join(bits)
        traits += ["short-form"]
        if fmt_ == "txt":
            rel = f"kopieret-tekst/minplan_kort_{i:03d}.txt"
            txt = f"Min Plan – {c.citizen}\n\n{line}\n"
            if c.cpr: txt = f"CPR {c.cpr}\n" + txt
            b.path(rel).write_text(txt, encoding="utf-8")
        elif fmt_ == "md":
            rel = f"noter/minplan_kort_{i:03d}.md"
            txt = f"# Min Plan ({c.first})\n\n- " + "\n- ".join(bits) + "\n"
            b.path(rel).write_text(txt, encoding="utf-8")
        else:
            rel = f"sagssystem/minplan_kort_{i:03d}.html"
            body = CASENAV + f"<main><h2>Indsatser i Min Plan</h2><ul class='compact'><li>{E(line)}</li></ul></main>"
            b.path(rel).write_text(page("Indsatser", body, "Fasit"), encoding="utf-8")
        return rel, fmt_
    if layout == "word-docx":
        f = mp_fields(c, L, r.random() < 0.4, status)
        blocks = [("h", "Udskrift fra Min Plan"), f"Borger: {c.citizen}" + (f", cpr.nr. {c.cpr}" if c.cpr else ""),
                  ("h", title, 2), ("table", f), f"Sagsbehandler: {c.cw}, tlf. {c.cwphone}"]
        if jobgoal: blocks.insert(2, f"Borgerens mål i planen: {jobgoal}")
        rel = f"word/minplan_{i:03d}.docx"
        write_docx(b.path(rel), blocks)
        traits += ["docx-table"]
        return rel, "docx"
    raise ValueError(layout)


MP_LAYOUTS = (["jobnet-print-pdf"] * 9 + ["portal-copy-txt"] * 6 + ["email-txt"] * 6 + ["case-html-cards"] * 4 +
              ["case-html-table"] * 4 + ["case-html-dl"] * 3 + ["case-html-accordion"] * 4 + ["multi-html"] * 4 +
              ["multi-pdf"] * 4 + ["multi-txt"] * 3 + ["short-txt"] * 2 + ["short-html"] * 2 + ["short-md"] * 1 +
              ["word-docx"] * 3)


def agreement_sections(c):
    r = c.rng
    secs = []
    g = c.goal_str()
    secs.append((r.choice(["Mål med mentorstøtten", "Formål og mål", "1. Målet med mentorstøtten"]), g))
    ml = c.mentor_line()
    secs.append((r.choice(["Mentor", "Mentorens navn og kontaktdata", "2. Mentor"]), ml))
    secs.append((r.choice(["Mentorens opgaver", "Indsatsområder", "3. Hvad skal mentoren hjælpe med"]), c.tasks_str("; ")))
    secs.append((r.choice(["Periode", "Varighed", "4. Aftalens varighed"]), c.period_str()))
    secs.append((r.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), c.followup_str()))
    secs.append((r.choice(["Timetal", "Antal timer", "Omfang"]), c.hours_str()))
    a = c.appeal_text()
    if a or r.random() < 0.5:
        secs.append((r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]), a))
    return [(k, v) for k, v in secs if v or r.random() < 0.6]


def render_agreement(b, i, c, layout, traits):
    r = c.rng
    secs = agreement_sections(c)
    intro = (f"Aftalen er indgået mellem {c.citizen}, Jobcenter {c.kommune} og mentor. "
             f"Mentorstøtten gives efter lov om en aktiv beskæftigelsesindsats § 167.")
    now = dt.date(2026, r.randrange(1, 12), r.randrange(1, 28))
    sign = [f"Dato: {fmt(now, 1)}", f"Underskrift borger: ______________", f"Sagsbehandler: {c.cw}, tlf. {c.cwphone}"]
    if layout == "agr-print-pdf":
        lines = [f"***Aftale om mentorstøtte", f"Borger: {c.citizen}" + (f"  CPR-nr.: {c.cpr}" if c.cpr else ""), intro, ""]
        for k, v in secs: lines += [f"**{k}", v or "", ""]
        lines += sign
        rel = f"aftaler/aftale_mentor_{i:03d}.pdf"
        write_pdf(b.path(rel), lines, header=(f"{fmt(now,1)}", "Momentum – Dokumentvisning"),
                  footer=f"https://momentum.{c.kommune.lower().replace('ø','oe').replace('æ','ae').replace('å','aa')}.dk/sag/{r.randrange(10**5,10**6)}/dokument")
        traits += ["browser-print", "header-footer-url"]
        return rel, "pdf"
    if layout == "agr-html":
        secs_html = "".join(f"<div class='section'><h4>{E(k)}</h4><div class='txt'>{E(v)}</div></div>" for k, v in secs)
        body = CASENAV + (f"<main><div class='doc-toolbar'><button>Udskriv</button><button>Send til e-Boks</button></div>"
                          f"<h1>Aftale om mentorstøtte</h1><p>{E(intro)}</p>" +
                          (f"<p>Borger: {E(c.citizen)}, CPR {c.cpr}</p>" if c.cpr else "") + secs_html +
                          "".join(f"<p>{E(s)}</p>" for s in sign) + "</main>")
        rel = f"aftaler/aftale_{i:03d}.html"
        b.path(rel).write_text(page("Aftale om mentorstøtte", body, "Momentum"), encoding="utf-8")
        traits += ["saved-html", "nav-menu", "script"]
        return rel, "html"
    blocks = [("h", "Aftale om mentorstøtte"), intro]
    if c.cpr: blocks.append(f"CPR-nr.: {c.cpr}")
    if r.random() < 0.5:
        blocks.append(("table", secs))
        traits += ["docx-table"]
    else:
        for k, v in secs: blocks += [("h", k, 2), v]
    blocks += sign
    rel = f"aftaler/aftale_{i:03d}.docx"
    write_docx(b.path(rel), blocks)
    return rel, "docx"


def render_decision(b, i, c, subtype, layout, traits, extras):
    r = c.rng
    k = f"{c.kommune} Kommune"
    now = dt.date(2026, r.randrange(1, 12), r.randrange(1, 28))
    lines = [f"{k}", "Arbejdsmarked og Borgerservice", f"Dato: {fmt(now, 0)}", f"Sagsbehandler: {c.cw}, tlf. {c.cwphone}", "",
             f"Til {c.citizen}" + (f" (CPR-nr. {c.cpr})" if c.cpr else ""), ""]
    reasons = True
    if subtype in ("partial", "refusal", "end") and r.random() < 0.3:
        reasons = False; extras.append("missing-reasons"); traits.append("no-reasons")
    if subtype == "grant":
        lines += ["**Afgørelse om mentorstøtte",
                  f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {c.period_str()}.",
                  f"Din mentor er {c.mentor}, {c.provider}, tlf. {c.mphone}. Mentoren har {c.hours} til dig.",
                  f"Målet er: {c.goal}"]
    elif subtype == "extension":
        lines += ["**Afgørelse om forlængelse af mentorstøtte",
                  f"Vi har vurderet din situation igen og forlænger din mentorstøtte. Den nye periode er {c.period_str()}.",
                  f"Du fortsætter med {c.mentor} som mentor, {c.hours}."]
        if reasons: lines.append("Vi har lagt vægt på, at du er kommet godt i gang med praktikken, men stadig har brug for støtte til fremmøde, jf. LAB § 167, stk. 1, 2. pkt.")
    elif subtype == "partial":
        lines += ["**Afgørelse – delvis bevilling af mentorstøtte",
                  f"Du har søgt om mentorstøtte i {r.choice([9, 10, 12])} måneder med 6 timer om ugen.",
                  f"Vi bevilger mentorstøtte i perioden {c.period_str()} med {c.hours}. Det er færre timer, end du har søgt om."]
        if reasons: lines += ["**Begrundelse", "Vi har lagt vægt på lægens beskrivelse og på, at praktikstedet selv stiller en kontaktperson til rådighed. "
                              "Efter LAB § 167, stk. 1 kan mentorstøtte højst gives i 6 måneder ad gangen."]
    elif subtype == "refusal":
        lines += ["**Afslag på mentorstøtte", f"Du har søgt om mentorstøtte i {r.choice([6, 9, 12])} måneder. Vi har givet dig afslag."]
        if reasons: lines += ["**Begrundelse", "Vi har lagt vægt på, at din uddannelsesinstitution allerede tilbyder SPS og en elevcoach, "
                              "som dækker dit behov. Mentorstøtte kan kun gives, når støtten går ud over det, skolen normalt tilbyder, jf. LAB § 167."]
    else:
        lines += ["**Ophør af mentorstøtte", f"Din mentorstøtte ophører den {fmt(c.end, c.ds)}."]
        if reasons: lines += ["Begrundelse: Du er kommet i ordinært job på 30 timer om ugen og har oplyst, at du ikke længere har brug for støtten. "
                              "Vi har lagt vægt på din egen vurdering og på mentors slutstatus."]
    a = c.appeal_text()
    if "appeal-wrong-route" in extras:
        a = "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til ast@ast.dk."
    if a:
        lines += ["", "**" + r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), a]
    lines += ["", "Med venlig hilsen", c.cw, f"Jobcenter {c.kommune}"]
    if layout == "dec-eboks-pdf":
        rel = f"breve/afgoerelse_{subtype}_{i:03d}.pdf"
        write_pdf(b.path(rel), lines, header=(f"{fmt(now,1)}", "e-Boks – Digital Post"),
                  footer=f"https://www.e-boks.dk/privat/#/mail/{r.randrange(10**7,10**8)}")
        traits += ["browser-print", "eboks"]
        return rel, "pdf"
    if layout == "dec-html":
        body = CASENAV + "<main><div class='letter'>" + "".join(
            f"<h3>{E(l.strip('*'))}</h3>" if l.startswith("**") else f"<p>{E(l)}</p>" for l in lines if l) + "</div></main>"
        rel = f"breve/brev_{subtype}_{i:03d}.html"
        b.path(rel).write_text(page("Brev", body, "Momentum"), encoding="utf-8")
        traits += ["saved-html", "nav-menu"]
        return rel, "html"
    if layout == "dec-mail-txt":
        rel = f"mail/afgoerelse_{subtype}_{i:03d}.txt"
        txt = (f"Fra: {c.first} <{c.first.lower()}{r.randrange(10,99)}@hotmail.com>\nTil: mor\nEmne: VS: brev fra kommunen\n\n"
               f"Her er brevet jeg fik i e-boks, kan du læse det?\n\n---------- Videresendt besked ----------\n" +
               "\n".join(l.strip("*") for l in lines))
        b.path(rel).write_text(txt, encoding="utf-8")
        traits += ["email-forward"]
        return rel, "txt"
    rel = f"breve/afgoerelse_{subtype}_{i:03d}.docx"
    write_docx(b.path(rel), [("h", l.strip("*"), 2) if l.startswith("**") else l for l in lines if l])
    return rel, "docx"


def render_unknown(b, i, rng, which):
    c = Case(rng, [], "unknown")
    k = c.kommune
    now = dt.datetime(2026, rng.randrange(1, 12), rng.randrange(1, 28), rng.randrange(8, 16), rng.randrange(0, 59))
    hdr = (f"{now:%d.%m.%Y %H.%M}", "Jobnet")
    url = "https://job.jobnet.dk/"
    tr = ["near-miss"]
    if which == "cv-html":
        body = NAV + (f"<main><h1>Mit CV</h1><div class='card'><h2>{E(c.citizen)}</h2><p>Tlf. {c.mphone}</p></div>"
                      "<div class='card'><h3>Erhvervserfaring</h3><dl><dt>2019 – 2023</dt><dd>Lagermedarbejder, PostNord, 37 t/uge</dd>"
                      "<dt>2017 – 2019</dt><dd>Opvasker, Restaurant Havnen</dd></dl></div>"
                      "<div class='card'><h3>Uddannelse</h3><p>9. klasse, Nordskolen 2016. AMU: Truckcertifikat B (2020).</p></div>"
                      "<div class='card'><h3>Mål</h3><p>Jeg vil gerne arbejde med logistik, gerne 30 timer om ugen.</p></div>"
                      "<div class='card'><h3>Kompetencer</h3><ul><li>Truck</li><li>Plukning med scanner</li><li>Mødestabil</li></ul></div></main>")
        rel = f"naer-miss/cv_{i:03d}.html"; b.path(rel).write_text(page("Mit CV", body), encoding="utf-8"); return rel, "html", "cv-page", tr + ["cv"]
    if which == "cv-pdf":
        lines = ["Forside   Min Plan   Joblog   CV   Kalender", "***Mit CV", c.citizen, f"Mobil {c.mphone}", "",
                 "**Jobønsker", "Butiksassistent, kassemedarbejder – 25-30 timer om ugen", "",
                 "**Erhvervserfaring", "01.08.2020 - 31.12.2023  Kassemedarbejder, Rema 1000", "2018 - 2020  Avisbud, FK Distribution", "",
                 "**Uddannelse", "Grundforløb 1, detail (2018, afbrudt)", "", "**Referencer", f"Butikschef {c.cw}, tlf. {c.cwphone}"]
        rel = f"naer-miss/cv_udskrift_{i:03d}.pdf"; write_pdf(b.path(rel), lines, hdr, url + "CV/MitCV"); return rel, "pdf", "cv-print", tr + ["cv", "browser-print"]
    if which.startswith("joblog"):
        jobs = [("Lagermedarbejder", "Coop Logistik"), ("Chauffør", "Dansk Transport"), ("Kantinemedhjælper", "ISS"),
                ("Butiksmedarbejder", "Normal"), ("Pakkeriarbejder", "Danish Crown"), ("Rengøringsassistent", "Forenede Service")]
        rows = [(fmt(now.date() - dt.timedelta(days=3 * n), 1), t, f, rng.choice(["Ansøgt", "Afslag", "Samtale", "Opfordret"])) for n, (t, f) in enumerate(jobs)]
        if which == "joblog-html":
            body = NAV + "<main><h1>Joblog</h1><table><tr><th>Dato</th><th>Stilling</th><th>Virksomhed</th><th>Status</th></tr>" + \
                "".join(f"<tr><td>{a}</td><td>{b_}</td><td>{cc}</td><td>{d}</td></tr>" for a, b_, cc, d in rows) + "</table></main>"
            rel = f"naer-miss/joblog_{i:03d}.html"; b.path(rel).write_text(page("Joblog", body), encoding="utf-8"); return rel, "html", "joblog", tr + ["joblog"]
        lines = ["***Joblog", f"{c.citizen} – du har registreret {len(rows)} jobsøgninger", ""] + [f"{a}   {b_}, {cc}   {d}" for a, b_, cc, d in rows] + \
                ["", "Husk at registrere dine jobsøgninger hver uge."]
        if which == "joblog-pdf":
            rel = f"naer-miss/joblog_{i:03d}.pdf"; write_pdf(b.path(rel), lines, hdr, url + "Joblog"); return rel, "pdf", "joblog-print", tr + ["joblog", "browser-print"]
        rel = f"naer-miss/joblog_{i:03d}.txt"; b.path(rel).write_text("\n".join(l.strip("*") for l in lines), encoding="utf-8"); return rel, "txt", "joblog-copy", tr + ["joblog"]
    if which.startswith("cal"):
        d0 = now.date()
        ev = [(fmt(d0, 1), "09.00-10.00", f"Samtale med mentor {c.mentor} (Jobhuset)"),
              (fmt(d0 + dt.timedelta(days=2), 1), "13.00-13.30", f"Jobsamtale, Jobcenter {k} – {c.cw}"),
              (fmt(d0 + dt.timedelta(days=3), 1), "08.00-14.00", "Virksomhedspraktik, Netto"),
              (fmt(d0 + dt.timedelta(days=7), 1), "10.00-11.00", "Lægetid")]
        if which == "cal-pdf":
            lines = ["***Kalender", f"Uge {d0.isocalendar()[1]}–{d0.isocalendar()[1] + 1}", ""] + [f"{a}  {t}  {x}" for a, t, x in ev]
            rel = f"naer-miss/kalender_{i:03d}.pdf"; write_pdf(b.path(rel), lines, hdr, url + "Kalender"); return rel, "pdf", "calendar-print", tr + ["calendar", "mentions-mentor"]
        body = NAV + "<main><h1>Kalender</h1><ul class='events'>" + "".join(
            f"<li><time>{a}</time> <span>{t}</span> {E(x)}</li>" for a, t, x in ev) + "</ul></main>"
        rel = f"naer-miss/kalender_{i:03d}.html"; b.path(rel).write_text(page("Kalender", body), encoding="utf-8"); return rel, "html", "calendar", tr + ["calendar", "mentions-mentor"]
    if which == "menu-html":
        body = NAV + ("<main><h1>Velkommen til Jobnet</h1><div class='tiles'>"
                      "<a class='tile' href='/min-plan'><h3>Min Plan</h3><p>Se dine aktiviteter, fx mentorstøtte, praktik og kurser. "
                      "I planen kan du se målet, hvem din mentor er, hvad mentoren hjælper med, perioden og antal timer.</p></a>"
                      "<a class='tile' href='/joblog'><h3>Joblog</h3><p>Registrer dine jobsøgninger.</p></a>"
                      "<a class='tile' href='/cv'><h3>CV</h3><p>Hold dit CV opdateret.</p></a>"
                      "<a class='tile' href='/kalender'><h3>Kalender</h3><p>Se dine møder og samtaler.</p></a></div></main>")
        rel = f"naer-miss/jobnet_menu_{i:03d}.html"; b.path(rel).write_text(page("Forside", body), encoding="utf-8"); return rel, "html", "portal-menu", tr + ["menu", "lists-fields"]
    if which == "menu-txt":
        txt = ("Spring til indhold\nJobnet\nMenu\nForside\nMin Plan\n  Aktiviteter\n  Mentor\n  Mål\nJoblog\nCV\nKalender\nDokumenter\n"
               "Beskeder\nIndstillinger\nLog ud\n\nDu har 2 nye beskeder\nDu har en samtale 12.10.2026 kl. 10.00\n")
        rel = f"naer-miss/jobnet_menu_{i:03d}.txt"; b.path(rel).write_text(txt, encoding="utf-8"); return rel, "txt", "portal-menu-copy", tr + ["menu"]
    if which.startswith("acts"):
        acts = others(c, 3)
        if which == "acts-html":
            body = NAV + "<main><h1>Min Plan</h1><p class='goal'>Mit mål: Job som lagermedarbejder</p><table>" + "".join(
                f"<tr><td>{E(t)}</td><td>{E(d)}</td><td>{s} – {e}</td><td>{E(h)}</td></tr>" for t, d, s, e, h in acts) + "</table></main>"
            rel = f"naer-miss/minplan_uden_mentor_{i:03d}.html"; b.path(rel).write_text(page("Min Plan", body), encoding="utf-8")
            return rel, "html", "activities-no-mentor", tr + ["activities-only"]
        lines = ["***Min Plan – aktiviteter", f"Borger: {c.citizen}", ""]
        for t, d, s, e, h in acts: lines += [f"**{t}", d, f"Periode: {s} - {e}", f"Omfang: {h}" if h else "", ""]
        if which == "acts-pdf":
            rel = f"naer-miss/aktivitetsoversigt_{i:03d}.pdf"; write_pdf(b.path(rel), lines, hdr, url + "MinPlan")
            return rel, "pdf", "activities-no-mentor-print", tr + ["activities-only", "browser-print"]
        if which == "acts-docx":
            rel = f"naer-miss/aktivitetsoversigt_{i:03d}.docx"; write_docx(b.path(rel), [l.strip("*") for l in lines if l])
            return rel, "docx", "activities-no-mentor-docx", tr + ["activities-only"]
        rel = f"naer-miss/aktivitetsoversigt_{i:03d}.txt"; b.path(rel).write_text("\n".join(l.strip("*") for l in lines), encoding="utf-8")
        return rel, "txt", "activities-no-mentor-copy", tr + ["activities-only"]
    if which == "invite-pdf":
        lines = [f"Jobcenter {k}", "***Indkaldelse til samtale", f"Kære {c.citizen}",
                 f"Du er indkaldt til jobsamtale {fmt(now.date(), 0)} kl. 10.00 hos {c.cw}.",
                 "Vi skal tale om din plan, herunder om mentorstøtte kan hjælpe dig videre.",
                 "Hvis du ikke møder op, kan det få betydning for din ydelse.", "", "Med venlig hilsen", c.cw]
        rel = f"naer-miss/indkaldelse_{i:03d}.pdf"; write_pdf(b.path(rel), lines, (fmt(now.date(), 1), "e-Boks – Digital Post"), "https://www.e-boks.dk/privat/")
        return rel, "pdf", "invitation", tr + ["letter", "eboks"]
    if which == "status-html":
        body = CASENAV + (f"<main><h1>Statusnotat fra mentor</h1><p>Borger: {E(c.citizen)}</p><p>Mentor: {E(c.mentor)}, {E(c.provider)}</p>"
                          "<h3>Forløb i perioden</h3><p>Vi har mødtes 7 gange. Borgeren møder stabilt i praktikken tre dage om ugen, "
                          "men har haft to fraværsdage pga. tandlæge. Vi har øvet busruten og lavet ugeplan.</p>"
                          "<h3>Vurdering</h3><p>Borgeren er tættere på løntilskud. Anbefaler fortsat støtte frem til næste opfølgning.</p></main>")
        rel = f"naer-miss/statusnotat_{i:03d}.html"; b.path(rel).write_text(page("Journal", body, "Momentum"), encoding="utf-8")
        return rel, "html", "status-note", tr + ["status-report"]
    if which == "payments-pdf":
        lines = ["***Ydelsesoverblik", f"{c.citizen}", "", "Kontanthjælp  oktober 2026   kr. 12.340,00", "Kontanthjælp  november 2026  kr. 12.340,00",
                 "Befordringsgodtgørelse (praktik)  kr. 412,50", "", "Udbetales til NemKonto."]
        rel = f"naer-miss/ydelser_{i:03d}.pdf"; write_pdf(b.path(rel), lines, hdr, f"https://selvbetjening.{k.lower()}.dk/ydelser")
        return rel, "pdf", "payments", tr + ["payments", "browser-print"]
    if which == "inbox-html":
        body = NAV + ("<main><h1>Beskeder</h1><ul class='inbox'>"
                      f"<li class='unread'><b>{E(c.cw)}</b> – Din mentor starter i næste uge <time>{fmt(now.date(),1)}</time></li>"
                      "<li><b>Jobnet</b> – Husk at opdatere dit CV</li><li><b>Jobnet</b> – Ny aktivitet i Min Plan</li></ul></main>")
        rel = f"naer-miss/beskeder_{i:03d}.html"; b.path(rel).write_text(page("Beskeder", body), encoding="utf-8")
        return rel, "html", "inbox", tr + ["inbox", "mentions-mentor"]
    raise ValueError(which)


UNKNOWNS = ["cv-html", "cv-pdf", "joblog-html", "joblog-pdf", "joblog-txt", "cal-pdf", "cal-html", "menu-html", "menu-txt",
            "acts-html", "acts-pdf", "acts-txt", "acts-docx", "invite-pdf", "status-html", "payments-pdf", "inbox-html", "acts-html"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1167)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists(): shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    b = Builder(out, rng)
    i = 0
    for layout in MP_LAYOUTS:
        i += 1
        d = pick_defects(rng, "minplan")
        c = Case(rng, d, "minplan")
        traits = [f"defect:{x}" for x in d] or ["clean"]
        if "duration-over-6-months" in d: traits.append(f"period:{c.months}m")
        if c.hours_missing and "timer om ugen" in c.goal: traits.append("goal-mentions-hours")
        if layout.startswith("multi"):
            traits += ["mentor-hours-missing-other-has-hours"] if c.hours_missing else []
            traits += ["mentor-period-missing-others-have-periods"] if c.duration_missing else []
        rel, f = render_minplan(b, i, c, layout, traits)
        b.add(rel, f, "minplan", "minplan", layout, d, traits, c)
    agr_plan = [[], [], [], [], [], ["missing-follow-up"], ["missing-goal"], ["missing-appeal-guidance"],
                ["missing-follow-up", "missing-hours"], ["duration-over-6-months"], ["unclear-goal"], ["missing-mentor"],
                ["missing-appeal-guidance", "missing-tasks"]]
    rng.shuffle(agr_plan)
    for n in range(13):
        i += 1
        layout = ["agr-print-pdf", "agr-html", "agr-docx"][n % 3]
        d = sorted(agr_plan[n])
        c = Case(rng, d, "agreement")
        traits = [f"defect:{x}" for x in d] or ["clean"]
        rel, f = render_agreement(b, i, c, layout, traits)
        b.add(rel, f, "agreement", "agreement", layout, d, traits, c)
    subtypes = ["grant"] * 4 + ["partial"] * 3 + ["refusal"] * 2 + ["extension"] * 3 + ["end"] * 2
    for n, st in enumerate(subtypes):
        i += 1
        layout = ["dec-eboks-pdf", "dec-html", "dec-mail-txt", "dec-docx"][n % 4]
        d = pick_defects(rng, "decision")
        if st in ("refusal", "end"):
            d = [x for x in d if x != "duration-over-6-months"]
        extras = []
        if n in (1, 9) and "missing-appeal-guidance" not in d:
            extras.append("appeal-wrong-route")
        c = Case(rng, d, "decision")
        if st in ("refusal", "end"): c.duration_missing = True  # no granted period to record
        traits = [f"defect:{x}" for x in d] or ["clean"]
        rel, f = render_decision(b, i, c, st, layout, traits, extras)
        b.add(rel, f, "decision", st, layout, d, traits, c, extras=extras)
    for which in UNKNOWNS:
        i += 1
        rel, f, layout, traits = render_unknown(b, i, rng, which)
        c = Case(rng, [], "unknown")
        if rng.random() < 0.25:
            num = cpr(rng)
            p = b.out / rel
            if f in ("txt", "html"):
                p.write_text(p.read_text(encoding="utf-8").replace("<main>", f"<main><p>CPR: {num}</p>", 1) if f == "html"
                             else f"CPR: {num}\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
                b.entries.append(dict(path=rel, format=f, kind="unknown", subtype="unknown", layout=layout, rules=[], extras=[],
                                      error=None, accept_errors=[], must_not_contain=[num, num.replace("-", "")],
                                      traits=sorted(traits + ["cpr"]), period=None))
                continue
        b.entries.append(dict(path=rel, format=f, kind="unknown", subtype="unknown", layout=layout, rules=[], extras=[],
                              error=None, accept_errors=[], must_not_contain=[], traits=sorted(traits), period=None))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(b.entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(b.entries)} documents to {out}")


if __name__ == "__main__":
    main()
