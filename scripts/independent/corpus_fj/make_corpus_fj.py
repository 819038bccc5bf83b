#!/usr/bin/env python3
"""Corpus fj: fillable forms as municipalities and providers really use them.

PDF AcroForms (filled but not flattened, flattened with pypdf, "printed" with the values drawn,
partly filled, blank), Word legacy form fields (FORMTEXT / FORMCHECKBOX / FORMDROPDOWN) and Word
content controls (plain text, rich text, drop-down, date, checkbox, repeating sections; filled or
left showing their placeholder), ODT form fields (form controls, input fields, placeholders,
drop-down fields), mixed with ordinary letters and with forms that are none of the kinds.

Labels follow what a person sees when the document is opened in its ordinary program: a value
that lives only in a form field (widget appearance, drop-down selection, form control) is present;
a placeholder, an instruction left as default text, an unchecked box set or a "Vælg" entry is not.

Run:  /work/main/.venv/bin/python make_corpus_fj.py --out /work/corpora/fj [--seed 1313]
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
import textwrap
import zipfile
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape as xesc

from reportlab.lib.colors import black, white, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas
import pypdf

NINE = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": set(NINE),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

# --------------------------------------------------------------------------------------------
# Content pools
# --------------------------------------------------------------------------------------------
MUNIS = [
    dict(name="Vejle Kommune", unit="Job & Uddannelse", addr="Kirketorvet 22, 7100 Vejle", tlf="76 81 00 00", mail="jobogudd@vejle.dk", town="Vejle"),
    dict(name="Silkeborg Kommune", unit="Jobcenter Silkeborg", addr="Papirfabrikken 6, 8600 Silkeborg", tlf="89 70 70 70", mail="jobcenter@silkeborg.dk", town="Silkeborg"),
    dict(name="Holbæk Kommune", unit="Job og Borgerservice", addr="Kanalstræde 2, 4300 Holbæk", tlf="72 36 36 36", mail="job@holb.dk", town="Holbæk"),
    dict(name="Svendborg Kommune", unit="Beskæftigelse og Uddannelse", addr="Ramsherred 5, 5700 Svendborg", tlf="62 23 30 00", mail="beskaeftigelse@svendborg.dk", town="Svendborg"),
    dict(name="Hjørring Kommune", unit="Jobcenter Hjørring", addr="Springvandspladsen 5, 9800 Hjørring", tlf="72 33 33 33", mail="jobcenter@hjoerring.dk", town="Hjørring"),
    dict(name="Næstved Kommune", unit="Center for Arbejdsmarked", addr="Rådmandshaven 20, 4700 Næstved", tlf="55 88 55 88", mail="arbejdsmarked@naestved.dk", town="Næstved"),
    dict(name="Herning Kommune", unit="Jobcenter Herning", addr="Fredhøjvej 5, 7400 Herning", tlf="96 28 28 28", mail="jobcenter@herning.dk", town="Herning"),
    dict(name="Gladsaxe Kommune", unit="Job og Ydelser", addr="Rådhus Allé 7, 2860 Søborg", tlf="39 57 50 00", mail="job@gladsaxe.dk", town="Søborg"),
    dict(name="Faaborg-Midtfyn Kommune", unit="Arbejdsmarked", addr="Tinghøj Allé 2, 5750 Ringe", tlf="72 53 00 00", mail="arbejdsmarked@fmk.dk", town="Ringe"),
    dict(name="Randers Kommune", unit="Jobcenter Randers", addr="Laksetorvet 1, 8900 Randers C", tlf="89 15 15 15", mail="jobcenter@randers.dk", town="Randers"),
]
PROVIDERS = ["Mentorhuset ApS", "Jobbroen", "Perspektiv Mentor", "Kompasset", "Vendepunktet ApS",
             "Trin for Trin Mentorservice", "Nordlys Støtte", "Brobyggerne"]
FIRST = ["Anna", "Mads", "Sara", "Jonas", "Fatima", "Emil", "Louise", "Ahmad", "Camilla", "Oliver",
         "Maja", "Rasmus", "Nadia", "Frederik", "Julie", "Kasper", "Aisha", "Mikkel", "Sofie", "Tobias",
         "Line", "Yusuf", "Ida", "Christian"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Dahl", "Lund", "Holm", "Bach"]

GOALS_CLEAR = [
    "{f} starter på grundforløb 2 på SOSU-skolen {d} og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik 15 timer om ugen i Netto senest {d}, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og består prøven inden {d}.",
    "{f} har et fleksjob som lagermedarbejder på 12 timer om ugen senest {d}.",
    "{f} møder stabilt på EGU-forløbet hos FGU, højst to fraværsdage om måneden frem til {d}.",
    "{f} er i ordinært job som pædagogmedhjælper i en daginstitution, mindst 20 timer om ugen, senest {d}.",
    "{f} begynder på AMU-kurset i truckkørsel {d} og gennemfører det med certifikat.",
    "{f} fastholder sin praktik i køkkenet på plejecentret med fremmøde fire dage om ugen frem til {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {f} kommer videre og får mere selvværd.",
    "Sikre at {f} får det bedre.",
    "Motivere {f} og hjælpe med at komme tættere på arbejdsmarkedet.",
    "Øget trivsel og bedre overblik over hverdagen.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at planlægge ugen i kalenderen"],
    ["Hjælpe med kontakt til studievejleder og SPS", "Træne morgenrutiner med sms-vækning",
     "Deltage i opstartsmøde på skolen"],
    ["Støtte ved samtaler med arbejdsgiveren", "Gennemgå vagtplanen sammen med {f} hver mandag",
     "Hjælpe med at søge job, mindst to ansøgninger om ugen"],
    ["Følge {f} til møder i kommunen og hos lægen", "Hjælpe med at åbne og besvare digital post",
     "Øve busruten til arbejdspladsen"],
    ["Sparre om fravær og sygemelding", "Hjælpe med brev fra SU-styrelsen",
     "Tage med til første dag på VUC"],
]
FOLLOW_CLEAR = [
    "Statusmøde hver 4. uge med {f}, mentor og sagsbehandler. Evaluering 14 dage før periodens udløb.",
    "Mentor sender skriftlig status hver måned. Opfølgningssamtale i kommunen midt i perioden og fire uger før bevillingen udløber.",
    "Vi følger op hver 6. uge på delmål: fremmøde tre dage om ugen i første måned, fire dage fra anden måned.",
    "Evaluering hver måned (niveau 2). Afsluttende evaluering sammen med {f} 14 dage før ophør.",
    "Opfølgning hver 14. dag på telefon med mentor; statusmøde hver 3. måned.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov"]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {m} inden 4 uger efter, at du har modtaget den. "
    "Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen, og hvis vi fastholder den, "
    "sender vi klagen videre til Ankestyrelsen. Klagen skal sendes til {u}, {a}.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen sendes til kommunen senest fire uger efter, "
    "at du har fået afgørelsen. Kommunen vurderer sagen igen inden fire uger. Fastholder kommunen "
    "afgørelsen, sendes klagen til Ankestyrelsens Beskæftigelsesudvalg, jf. LAB § 204 og "
    "retssikkerhedslovens kap. 10.",
    "Klagefrist: 4 uger fra modtagelsen. Send din klage til {u} ({e}, tlf. {t}). "
    "Vi genvurderer afgørelsen; giver vi dig ikke medhold, videresendes klagen til Ankestyrelsen.",
]
APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Er du uenig, er du velkommen til at kontakte din sagsbehandler.",
    "Du kan klage over afgørelsen til {m}.",
]


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return d.strftime("%d.%m.%Y")
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return d.strftime("%d-%m-%Y")
    if style == 3:
        return d.isoformat()
    return f"{d.day}/{d.month} {d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def fake_cpr(rng: random.Random) -> str:
    d = dt.date(1968, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 36))
    return d.strftime("%d%m%y") + "-" + f"{rng.randrange(0, 10000):04d}"


def wrap(text: str, width: int) -> list[str]:
    out = []
    for para in text.split("\n"):
        out.extend(textwrap.wrap(para, width) or [""])
    return out


# --------------------------------------------------------------------------------------------
# Case data
# --------------------------------------------------------------------------------------------
class Case:
    """The facts of one document, with each field's value or None (left empty)."""

    def __init__(self, rng: random.Random, kind: str, defects: set[str], cpr: bool):
        self.rng = rng
        self.kind = kind
        self.defects = defects
        self.muni = rng.choice(MUNIS)
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.citizen = f"{self.first} {self.last}"
        self.cpr = fake_cpr(rng) if cpr else None
        self.sagsnr = f"{rng.randrange(10, 99)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}-G01-{rng.randrange(100, 9999)}-{rng.randrange(20, 27)}"
        mf, ml = rng.choice(FIRST), rng.choice(LAST)
        while mf == self.first:
            mf = rng.choice(FIRST)
        self.mentor_name = f"{mf} {ml}"
        self.provider = rng.choice(PROVIDERS + [self.muni["name"]])
        self.mentor_tlf = f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        self.mentor_mail = f"{mf.lower()[:3]}{ml.lower()[:2]}@{self.provider.split()[0].lower().replace('æ','ae').replace('ø','oe').replace('å','aa')}.dk"
        cf, cl = rng.choice(FIRST), rng.choice(LAST)
        self.cw = f"{cf} {cl}"
        self.cw_tlf = f"{self.muni['tlf'][:5]} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        self.dstyle = rng.randrange(5)
        start = dt.date(2026, rng.randrange(1, 11), 1 if rng.random() < 0.7 else 15)
        if "over6" in defects:
            months = rng.choice([8, 9, 12])
        else:
            months = rng.choice([3, 4, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
        self.start, self.end, self.months = start, end, months
        self.letter_date = start - dt.timedelta(days=rng.randrange(5, 20))
        gd = fmt_date(add_months(start, min(months, 5)), 1)
        if "goal_missing" in defects:
            self.goal = None
        elif "goal_unclear" in defects:
            self.goal = rng.choice(GOALS_UNCLEAR).format(f=self.first)
        else:
            self.goal = rng.choice(GOALS_CLEAR).format(f=self.first, d=gd)
        self.tasks = None if "tasks_missing" in defects else [t.format(f=self.first) for t in rng.choice(TASKS)]
        self.hours_n = rng.choice([1, 2, 2, 3, 3, 4, 5])
        if "hours_missing" in defects:
            self.hours = None
        elif "hours_vague" in defects:
            self.hours = "Efter behov"
        else:
            self.hours = f"{self.hours_n} {'time' if self.hours_n == 1 else 'timer'} pr. uge"
        if "followup_missing" in defects:
            self.follow = None
        elif "followup_vague" in defects:
            self.follow = rng.choice(FOLLOW_VAGUE)
        else:
            self.follow = rng.choice(FOLLOW_CLEAR).format(f=self.first)
        m = self.muni
        if "appeal_missing" in defects:
            self.appeal = None
        elif "appeal_bad" in defects:
            self.appeal = rng.choice(APPEAL_BAD).format(m=m["name"])
        else:
            self.appeal = rng.choice(APPEAL_FULL).format(m=m["name"], u=m["unit"], a=m["addr"], e=m["mail"], t=m["tlf"])
        self.mentor_contact_missing = "mentor_missing" in defects
        self.duration_missing = "duration_missing" in defects

    def d(self, d: dt.date) -> str:
        return fmt_date(d, self.dstyle)

    @property
    def start_s(self):
        return None if self.duration_missing else self.d(self.start)

    @property
    def end_s(self):
        return None if self.duration_missing else self.d(self.end)

    @property
    def tlf_s(self):
        return None if self.mentor_contact_missing else self.mentor_tlf

    @property
    def mail_s(self):
        return None if self.mentor_contact_missing else self.mentor_mail

    def expected_rules(self) -> list[str]:
        r = set()
        dd = self.defects
        if "goal_missing" in dd: r.add("missing-goal")
        if "goal_unclear" in dd: r.add("unclear-goal")
        if "mentor_missing" in dd: r.add("missing-mentor")
        if "tasks_missing" in dd: r.add("missing-tasks")
        if "duration_missing" in dd: r.add("missing-duration")
        if dd & {"followup_missing", "followup_vague"}: r.add("missing-follow-up")
        if dd & {"hours_missing", "hours_vague"}: r.add("missing-hours")
        if dd & {"appeal_missing", "appeal_bad"}: r.add("missing-appeal-guidance")
        if "over6" in dd and "duration_missing" not in dd: r.add("duration-over-6-months")
        return sorted(r & APPLIES[self.kind])


# --------------------------------------------------------------------------------------------
# Form model: a list of items
#   ("title", text) ("h", text) ("p", text)
#   ("f", name, label, value|None, ftype, options)  ftype: line | multi | date | dd | cb | list
# --------------------------------------------------------------------------------------------
HOUR_OPTS = ["Vælg", "1 time pr. uge", "2 timer pr. uge", "3 timer pr. uge", "4 timer pr. uge",
             "5 timer pr. uge", "Efter behov"]

AGR_LABELS = [
    dict(goal="Mål med mentorstøtten", mentor="Mentor (navn)", tlf="Mentors telefon", mail="Mentors e-mail",
         tasks="Mentorens opgaver", start="Periode fra", end="Periode til", hours="Timetal",
         follow="Opfølgning og mål for progression", appeal="Klagevejledning"),
    dict(goal="Formål", mentor="Mentorens navn", tlf="Tlf.", mail="Mail", tasks="Hvad skal mentor hjælpe med?",
         start="Start", end="Slut", hours="Antal timer pr. uge", follow="Opfølgning", appeal="Sådan klager du"),
    dict(goal="Borgerens mål", mentor="Mentor", tlf="Telefon", mail="E-mail", tasks="Indsatsområder / opgaver",
         start="Bevilget fra", end="Bevilget til", hours="Timer", follow="Evaluering og statusmøder",
         appeal="Hvis du vil klage"),
    dict(goal="1. Målet med mentorstøtten", mentor="2. Mentorens navn", tlf="Telefonnummer", mail="E-mailadresse",
         tasks="3. Opgaver, mentoren skal bistå ved", start="4. Varighed – fra", end="til",
         hours="5. Timetal", follow="Opfølgning (inkl. delmål)", appeal="6. Klagevejledning"),
]
MP_LABELS = [
    dict(goal="Formål med mentorstøtten", mentor="Mentor", tlf="Kontakt (tlf.)", mail="Kontakt (mail)",
         tasks="Mentors opgaver", start="Startdato", end="Slutdato", hours="Timetal"),
    dict(goal="Dit mål", mentor="Din mentor", tlf="Telefon", mail="Mail", tasks="Det hjælper mentoren dig med",
         start="Fra", end="Til", hours="Timer om ugen"),
]


def header_items(c: Case, title: str) -> list:
    m = c.muni
    it = [("org", f"{m['name']} · {m['unit']}"), ("title", title)]
    it.append(("f", "borger", "Borger", c.citizen, "line", None))
    if c.cpr:
        it.append(("f", "cpr", "CPR-nr.", c.cpr, "line", None))
    it.append(("f", "sagsnr", "Sagsnr.", c.sagsnr, "line", None))
    return it


def agreement_form(c: Case, lab: dict, hours_type: str = "line", tasks_type: str = "multi",
                   appeal_static: bool = True) -> list:
    it = header_items(c, c.rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte (LAB § 167)"]))
    it.append(("p", "Aftalen er indgået mellem borgeren, mentor og kommunen og indgår i Min Plan."))
    it.append(("f", "maal", lab["goal"], c.goal, "multi", None))
    it.append(("f", "mentor", lab["mentor"], c.mentor_name, "line", None))
    it.append(("f", "mentor_tlf", lab["tlf"], c.tlf_s, "line", None))
    it.append(("f", "mentor_mail", lab["mail"], c.mail_s, "line", None))
    it.append(("f", "udbyder", "Leverandør", c.provider, "line", None))
    it.append(("f", "opgaver", lab["tasks"], c.tasks, tasks_type, None))
    it.append(("f", "start", lab["start"], c.start_s, "date", None))
    it.append(("f", "slut", lab["end"], c.end_s, "date", None))
    it.append(("f", "timer", lab["hours"], c.hours, hours_type, HOUR_OPTS))
    it.append(("f", "opfoelgning", lab["follow"], c.follow, "multi", None))
    it.append(("f", "sagsbeh", "Sagsbehandler", f"{c.cw}, tlf. {c.cw_tlf}", "line", None))
    if c.appeal is not None:
        if appeal_static:
            it.append(("h", lab["appeal"]))
            it.append(("p", c.appeal))
        else:
            it.append(("f", "klage", lab["appeal"], c.appeal, "multi", None))
    it.append(("p", "Underskrifter:  Borger ____________________   Mentor ____________________   Kommunen ____________________"))
    return it


def minplan_form(c: Case, lab: dict, hours_type: str = "line") -> list:
    m = c.muni
    it = [("org", f"Min Plan · {m['name']}"),
          ("title", c.rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Aktivitet – mentor", "Indsats i Min Plan: Mentorstøtte"]))]
    it.append(("f", "borger", "Navn", c.citizen, "line", None))
    if c.cpr:
        it.append(("f", "cpr", "CPR-nummer", c.cpr, "line", None))
    it.append(("f", "status", "Status", "Igangværende", "line", None))
    it.append(("f", "maal", lab["goal"], c.goal, "multi", None))
    it.append(("f", "mentor", lab["mentor"], c.mentor_name, "line", None))
    it.append(("f", "mentor_tlf", lab["tlf"], c.tlf_s, "line", None))
    it.append(("f", "mentor_mail", lab["mail"], c.mail_s, "line", None))
    it.append(("f", "opgaver", lab["tasks"], c.tasks, "multi", None))
    it.append(("f", "start", lab["start"], c.start_s, "date", None))
    it.append(("f", "slut", lab["end"], c.end_s, "date", None))
    it.append(("f", "timer", lab["hours"], c.hours, hours_type, HOUR_OPTS))
    it.append(("p", "Indsatsen er registreret efter lov om en aktiv beskæftigelsesindsats § 167. Kontakt din rådgiver, hvis noget skal ændres."))
    return it


def decision_form(c: Case, outcome: str) -> list:
    m = c.muni
    it = header_items(c, "Afgørelse om mentorstøtte")
    it.append(("p", f"{m['name']} har behandlet din sag om mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats."))
    opts = ["Bevilget", "Delvist bevilget", "Afslag", "Forlængelse"]
    it.append(("f", "udfald", "Afgørelse", outcome, "cb", opts))
    if outcome != "Afslag":
        it.append(("f", "start", "Bevilget fra", c.d(c.start), "date", None))
        it.append(("f", "slut", "Bevilget til", c.d(c.end), "date", None))
        it.append(("f", "timer", "Timer pr. uge", f"{c.hours_n} timer pr. uge", "line", None))
        it.append(("f", "mentor", "Mentor / leverandør", f"{c.mentor_name}, {c.provider}", "line", None))
    reasons = {
        "Bevilget": "Du får mentorstøtte, så du kan fastholde dit forløb. Vi har lagt vægt på, at du selv har bedt om støtten, og at den er nødvendig for, at du kan gennemføre aktiviteten.",
        "Delvist bevilget": f"Du søgte om {c.hours_n + 2} timer om ugen. Vi har bevilget {c.hours_n} timer, fordi vi har lagt vægt på, at du allerede har støtte fra skolens studievejleder. Afgørelsen er truffet efter LAB § 167, stk. 1.",
        "Afslag": "Vi har lagt vægt på, at du ikke aktuelt har et mål om beskæftigelse eller uddannelse, og at mentorstøtte efter LAB § 167 forudsætter et sådant mål. Du kan søge igen, når du er startet i et forløb.",
        "Forlængelse": "Vi har forlænget din mentorstøtte efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt. Vi har lagt vægt på mentors status, der viser, at du er godt i gang, men endnu ikke møder stabilt.",
    }
    it.append(("f", "begrundelse", "Begrundelse", reasons[outcome], "multi", None))
    if c.appeal is not None:
        it.append(("h", "Klagevejledning"))
        it.append(("p", c.appeal))
    it.append(("p", f"Med venlig hilsen\n{c.cw}, sagsbehandler, tlf. {c.cw_tlf}"))
    return it


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------
def fval(value, ftype):
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(f"- {v}" for v in value)
    return value


def render_pdf(items: list, path: Path, mode: str, rng: random.Random):
    """mode: acro (filled, not flattened) | flat_pypdf | drawn (printed values) | blank."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    W, H = A4
    y = H - 50
    form = c.acroForm
    values: dict[str, str] = {}
    fx, fw = 190, W - 190 - 45
    counter = [0]

    def newpage_if(need):
        nonlocal y
        if y - need < 60:
            c.showPage()
            y = H - 50

    for item in items:
        t = item[0]
        if t == "org":
            c.setFont("Helvetica", 9); c.setFillColor(HexColor("#1f4e79"))
            c.drawString(45, y, item[1]); c.setFillColor(black); y -= 28
        elif t == "title":
            c.setFont("Helvetica-Bold", 15); c.drawString(45, y, item[1]); y -= 26
        elif t == "h":
            newpage_if(30)
            c.setFont("Helvetica-Bold", 11); c.drawString(45, y, item[1]); y -= 16
        elif t == "p":
            lines = wrap(item[1], 100)
            newpage_if(12 * len(lines) + 8)
            c.setFont("Helvetica", 9)
            for ln in lines:
                c.drawString(45, y, ln); y -= 12
            y -= 8
        elif t == "f":
            _, name, label, value, ftype, opts = item
            counter[0] += 1
            fname = f"{name}_{counter[0]}"
            if ftype in ("multi", "list"):
                text = fval(value, ftype)
                lines = wrap(text, 60 if mode == "drawn" else 68) if text else []
                h = max(3, len(lines) + 1) * 11 + 6
            else:
                lines = [fval(value, ftype)]
                h = 18
            newpage_if(h + 10)
            c.setFont("Helvetica", 9.5)
            for i, ln in enumerate(wrap(label, 30)):
                c.drawString(45, y - 12 - 11 * i, ln)
            by = y - h
            if ftype == "cb":
                ox = fx
                for o in opts:
                    checked = (o == value)
                    if mode in ("drawn", "flat_pypdf"):
                        c.rect(ox, by + 4, 10, 10)
                        if checked:
                            c.setFont("Helvetica-Bold", 10); c.drawString(ox + 1.5, by + 5.5, "X"); c.setFont("Helvetica", 9.5)
                    else:
                        form.checkbox(name=f"{fname}_{o[:4]}", checked=(checked and mode != "blank"), x=ox, y=by + 4, size=10,
                                      buttonStyle="cross", borderWidth=1)
                    c.drawString(ox + 14, by + 6, o)
                    ox += 30 + c.stringWidth(o, "Helvetica", 9.5)
            elif mode == "drawn":
                c.setStrokeColor(HexColor("#777777")); c.rect(fx, by, fw, h); c.setStrokeColor(black)
                c.setFont("Courier", 9)
                for i, ln in enumerate(lines if value is not None else []):
                    c.drawString(fx + 4, by + h - 12 - 11 * i, ln)
            elif ftype == "dd" and mode not in ("flat_pypdf", "v_only"):
                v = value if (value is not None and mode != "blank") else opts[0]
                form.choice(name=fname, value=v, options=opts, x=fx, y=by, width=170, height=h,
                            fontSize=9, borderWidth=1, fillColor=white)
            else:
                v = "" if (value is None or mode == "blank") else "\n".join(lines)
                v = v.replace("\u2013", "-").replace("\u2014", "-")
                if ftype == "dd" and value is None:
                    v = opts[0]
                kw = dict(fieldFlags="multiline") if ftype in ("multi", "list") else {}
                form.textfield(name=fname, value=v, x=fx, y=by, width=fw, height=h, fontSize=9,
                               borderWidth=1, fillColor=white, **kw)
                values[fname] = v
            y = by - 10
    c.showPage()
    c.save()
    data = buf.getvalue()
    if mode == "flat_pypdf":
        w = pypdf.PdfWriter(clone_from=io.BytesIO(data))
        for page in w.pages:
            names = set()
            for a in page.get("/Annots", []) or []:
                names.add(a.get_object().get("/T"))
            pv = {k: v for k, v in values.items() if k in names}
            if pv:
                w.update_page_form_field_values(page, pv, auto_regenerate=False, flatten=True)
        w.remove_annotations(subtypes="/Widget")
        if "/AcroForm" in w._root_object:
            del w._root_object["/AcroForm"]
        out = io.BytesIO(); w.write(out); data = out.getvalue()
    if mode == "v_only":
        # A form filled by a program that sets only the field values (/V), drops the appearance
        # streams and asks the viewer to draw them (NeedAppearances), as many web fillers do.
        w = pypdf.PdfWriter(clone_from=io.BytesIO(data))
        for page in w.pages:
            for a in page.get("/Annots", []) or []:
                ao = a.get_object()
                if ao.get("/FT") == "/Tx" and "/AP" in ao:
                    del ao["/AP"]
        w._root_object["/AcroForm"][pypdf.generic.NameObject("/NeedAppearances")] = pypdf.generic.BooleanObject(True)
        out = io.BytesIO(); w.write(out); data = out.getvalue()
    path.write_bytes(data)


# ---- DOCX -----------------------------------------------------------------------------------
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"')
STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="21"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="34"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Tabel-Gitter"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''


def write_docx(path: Path, body: str, protect_forms: bool = False):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1200" w:right="1100" w:bottom="1200" w:left="1100" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr></w:body></w:document>'
    settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W_NS}>' + \
        ('<w:documentProtection w:edit="forms" w:enforcement="1"/>' if protect_forms else '') + \
        '<w:defaultTabStop w:val="1304"/></w:settings>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", drels), ("word/styles.xml", STYLES),
                           ("word/settings.xml", settings)]:
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def r(text: str, bold=False, extra="") -> str:
    rpr = ("<w:b/>" if bold else "") + extra
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    parts = text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{xesc(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def p(content: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{content}</w:p>"


def tbl(rows: list[list[str]], widths=(3000, 6700)) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="Tabel-Gitter"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for row in rows:
        out.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/></w:tcPr>{cell}</w:tc>' for i, cell in enumerate(row)) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


ENSP = "\u2002" * 5
_ffid = [0]


def ff_text(name: str, value: str | None, default: str = "") -> str:
    """A legacy FORMTEXT field. value None: not filled (shows the default text or five en-spaces)."""
    shown = value if value is not None else (default or ENSP)
    dflt = f'<w:default w:val="{xesc(default)}"/>' if default else ""
    res = r(shown, extra="<w:noProof/>")
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name[:20]}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput>{dflt}</w:textInput></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{res}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ff_check(name: str, checked: bool, with_sep: bool) -> str:
    sep = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' if with_sep else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name[:20]}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
            f'<w:checked w:val="{1 if checked else 0}"/></w:checkBox></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>{sep}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ff_drop(name: str, options: list[str], index: int) -> str:
    entries = "".join(f'<w:listEntry w:val="{xesc(o)}"/>' for o in options)
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name[:20]}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{index}"/>{entries}</w:ddList></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def render_docx_legacy(items: list, path: Path, rng: random.Random, instr_defaults: bool, layout: str):
    """Word 97-2003 form fields. layout: table | lines."""
    body, rows = [], []
    INSTR = {"maal": "Skriv målet her", "opgaver": "Beskriv mentors opgaver", "timer": "Angiv timetal",
             "opfoelgning": "Skriv hvordan der følges op", "mentor": "Navn", "mentor_tlf": "Telefon",
             "mentor_mail": "Mail", "start": "dd-mm-åååå", "slut": "dd-mm-åååå"}
    k = 0

    def flush():
        nonlocal rows
        if rows:
            body.append(tbl(rows)); rows = []

    for item in items:
        t = item[0]
        if t == "org":
            body.append(p(r(item[1], extra='<w:color w:val="1F4E79"/>')))
        elif t == "title":
            body.append(p(r(item[1]), "Titel"))
        elif t == "h":
            flush(); body.append(p(r(item[1]), "Overskrift2"))
        elif t == "p":
            flush(); body.append(p(r(item[1])))
        elif t == "f":
            _, name, label, value, ftype, opts = item
            k += 1
            if ftype == "dd":
                idx = opts.index(value) if value in opts else 0
                field = p(ff_drop(f"Dropdown{k}", opts, idx))
            elif ftype == "cb":
                field = p("".join(ff_check(f"Kontrol{k}{i}", o == value, rng.random() < 0.5) + r(f" {o}   ")
                                  for i, o in enumerate(opts)))
            else:
                v = fval(value, ftype) if value is not None else None
                dflt = INSTR.get(name, "") if instr_defaults else ""
                field = p(ff_text(f"Tekst{k}", v, dflt))
            if layout == "table":
                rows.append([p(r(label, bold=True)), field])
            else:
                body.append(p(r(label + ":", bold=True)))
                body.append(field)
    flush()
    write_docx(path, "".join(body), protect_forms=True)


PH_TEXT = "Klik eller tryk her for at skrive tekst."
PH_DATE = "Klik eller tryk for at angive en dato."
PH_DROP = "Vælg et element."
_sdt = [1000]


def sdt_pr(alias: str, kind_xml: str, placeholder: bool) -> str:
    _sdt[0] += 1
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return f'<w:sdtPr><w:alias w:val="{xesc(alias)}"/><w:tag w:val="{xesc(alias.lower()[:20])}"/><w:id w:val="{_sdt[0]}"/>{ph}{kind_xml}</w:sdtPr>'


PH_RUN = '<w:rPr><w:rStyle w:val="Pladsholdertekst"/></w:rPr>'


def sdt_inline(alias, value, ftype, opts, custom_ph=None, iso=None):
    if ftype == "date":
        kx = (f'<w:date{" w:fullDate=%s" % chr(34) + iso + "T00:00:00Z" + chr(34) if (iso and value) else ""}>'
              '<w:dateFormat w:val="dd-MM-yyyy"/><w:lid w:val="da-DK"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        ph = custom_ph or PH_DATE
    elif ftype == "dd":
        tagname = "w:comboBox" if _sdt[0] % 2 else "w:dropDownList"  # both kinds of list control
        kx = f"<{tagname}>" + "".join(f'<w:listItem w:displayText="{xesc(o)}" w:value="{xesc(o)}"/>' for o in opts[1:]) + f"</{tagname}>"
        ph = custom_ph or PH_DROP
    else:
        kx = "<w:text/>"
        ph = custom_ph or PH_TEXT
    if value is None:
        content = f'<w:r>{PH_RUN}<w:t xml:space="preserve">{xesc(ph)}</w:t></w:r>'
    else:
        content = r(value)
    return f"<w:sdt>{sdt_pr(alias, kx, value is None)}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def sdt_block_rich(alias, value, custom_ph=None):
    if value is None:
        content = p(f'<w:r>{PH_RUN}<w:t xml:space="preserve">{xesc(custom_ph or PH_TEXT)}</w:t></w:r>')
    else:
        content = "".join(p(r(ln)) for ln in value.split("\n"))
    return f"<w:sdt>{sdt_pr(alias, '', value is None)}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def sdt_repeating(alias, values, custom_ph=None):
    items = []
    for v in (values or [None]):
        inner = sdt_inline(alias + " punkt", v, "line", None, custom_ph)
        _sdt[0] += 1
        items.append(f'<w:sdt><w:sdtPr><w:id w:val="{_sdt[0]}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>'
                     f'{p(r("• ") + inner)}</w:sdtContent></w:sdt>')
    _sdt[0] += 1
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{xesc(alias)}"/><w:id w:val="{_sdt[0]}"/><w15:repeatingSection/></w:sdtPr>'
            f'<w:sdtContent>{"".join(items)}</w:sdtContent></w:sdt>')


def sdt_checkbox(checked: bool) -> str:
    _sdt[0] += 1
    glyph = "\u2612" if checked else "\u2610"
    return (f'<w:sdt><w:sdtPr><w:id w:val="{_sdt[0]}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


CUSTOM_PH = {"maal": "Beskriv målet med mentorstøtten", "opgaver": "Angiv mentors opgaver",
             "timer": "Vælg timetal", "opfoelgning": "Hvordan og hvornår følges der op?",
             "mentor": "Mentors navn", "mentor_tlf": "Telefonnummer", "mentor_mail": "Mailadresse"}


def render_docx_sdt(items: list, path: Path, rng: random.Random, c: Case | None, layout: str,
                    custom_ph: bool, repeating_tasks: bool):
    body, rows = [], []

    def flush():
        nonlocal rows
        if rows:
            body.append(tbl(rows)); rows = []

    for item in items:
        t = item[0]
        if t == "org":
            body.append(p(r(item[1], extra='<w:color w:val="2E5E3E"/>')))
        elif t == "title":
            body.append(p(r(item[1]), "Titel"))
        elif t == "h":
            flush(); body.append(p(r(item[1]), "Overskrift2"))
        elif t == "p":
            flush(); body.append(p(r(item[1])))
        elif t == "f":
            _, name, label, value, ftype, opts = item
            cph = CUSTOM_PH.get(name) if custom_ph else None
            if ftype == "cb":
                field = p("".join(sdt_checkbox(o == value) + r(f" {o}   ") for o in opts))
            elif ftype == "multi" and name == "opgaver" and repeating_tasks:
                field = sdt_repeating(label, value if isinstance(value, list) else ([value] if value else None), cph)
            elif ftype in ("multi",):
                v = fval(value, ftype) if value is not None else None
                field = sdt_block_rich(label, v, cph)
            else:
                iso = None
                if ftype == "date" and c is not None and value is not None:
                    iso = (c.start if name == "start" else c.end).isoformat()
                v = value
                if ftype == "dd" and value is not None and value not in opts:
                    ftype = "line"
                field = p(sdt_inline(label, v, ftype, opts, cph, iso))
            if layout == "table":
                rows.append([p(r(label, bold=True)), field])
            else:
                body.append(p(r(label, bold=True)))
                body.append(field)
    flush()
    write_docx(path, "".join(body))


# ---- ODT ------------------------------------------------------------------------------------
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ooo="http://openoffice.org/2004/office" xmlns:office-ooo="http://openoffice.org/2004/office" '
          'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
          'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
          'office:version="1.3"')


def render_odt(items: list, path: Path, rng: random.Random, mode: str):
    """mode: controls (values in form controls) | fields (input fields + placeholders + drop-downs)."""
    controls, body = [], []
    k = 0
    for item in items:
        t = item[0]
        if t == "org":
            body.append(f'<text:p text:style-name="Org">{xesc(item[1])}</text:p>')
        elif t == "title":
            body.append(f'<text:h text:style-name="Title" text:outline-level="1">{xesc(item[1])}</text:h>')
        elif t == "h":
            body.append(f'<text:h text:style-name="H2" text:outline-level="2">{xesc(item[1])}</text:h>')
        elif t == "p":
            body.append("<text:p>" + "<text:line-break/>".join(xesc(x) for x in item[1].split("\n")) + "</text:p>")
        elif t == "f":
            _, name, label, value, ftype, opts = item
            k += 1
            body.append(f'<text:p text:style-name="Lbl">{xesc(label)}</text:p>')
            if mode == "controls":
                cid = f"control{k}"
                if ftype == "cb":
                    parts = []
                    for i, o in enumerate(opts):
                        cid2 = f"{cid}_{i}"
                        st = ' form:current-state="checked" form:state="checked"' if o == value else ' form:current-state="unchecked"'
                        controls.append(f'<form:checkbox form:name="{name}{i}" form:control-implementation="ooo:com.sun.star.form.component.CheckBox" xml:id="{cid2}" form:id="{cid2}" form:label="{xesc(o)}"{st}><form:properties><form:property form:property-name="DefaultControl" office:value-type="string" office:string-value="com.sun.star.form.control.CheckBox"/></form:properties></form:checkbox>')
                        parts.append(f'<draw:control text:anchor-type="as-char" draw:z-index="{k}" draw:name="Kontrol {cid2}" draw:style-name="GrCtl" svg:width="3.5cm" svg:height="0.5cm" draw:control="{cid2}"/>')
                    body.append("<text:p>" + "".join(parts) + "</text:p>")
                    continue
                v = fval(value, ftype)
                if ftype == "dd":
                    sel = value if value in (opts or []) else None
                    SELA = ' form:current-selected="true" form:selected="true"'
                    ol = "".join(f'<form:option form:label="{xesc(o)}"{SELA if o == sel else ""}/>' for o in opts)
                    controls.append(f'<form:listbox form:name="{name}" form:control-implementation="ooo:com.sun.star.form.component.ListBox" xml:id="{cid}" form:id="{cid}" form:dropdown="true" form:size="1"><form:properties><form:property form:property-name="DefaultControl" office:value-type="string" office:string-value="com.sun.star.form.control.ListBox"/></form:properties>{ol}</form:listbox>')
                    h = "0.6cm"
                else:
                    tag = "form:textarea" if ftype in ("multi", "list") else "form:text"
                    impl = "TextField"
                    vv = xesc(v).replace("\n", "&#10;")
                    attrs = f' form:current-value="{vv}" form:value="{vv}"' if v else ""
                    dc = "TextField"
                    mlp = '<form:property form:property-name="MultiLine" office:value-type="boolean" office:boolean-value="true"/>' if tag == "form:textarea" else ""
                    controls.append(f'<{tag} form:name="{name}" form:control-implementation="ooo:com.sun.star.form.component.{impl}" xml:id="{cid}" form:id="{cid}"{attrs}>'
                                    f'<form:properties><form:property form:property-name="DefaultControl" office:value-type="string" office:string-value="com.sun.star.form.control.{dc}"/>{mlp}</form:properties></{tag}>')
                    h = "2.4cm" if ftype in ("multi", "list") else "0.6cm"
                body.append(f'<text:p><draw:control text:anchor-type="as-char" draw:z-index="{k}" draw:name="Kontrol {k}" draw:style-name="GrCtl" svg:width="15.5cm" svg:height="{h}" draw:control="{cid}"/></text:p>')
            elif mode == "fieldmarks":  # Word legacy form fields as LibreOffice keeps them in ODT
                FT = "vnd.oasis.opendocument.field."
                if ftype == "dd":
                    idx = opts.index(value) if value in opts else 0
                    prm = "".join(f'<field:param field:name="Dropdown_ListEntry" field:value="{xesc(o)}"/>' for o in opts)
                    body.append(f'<text:p><field:fieldmark text:name="Dropdown{k}" field:type="{FT}FORMDROPDOWN">{prm}'
                                f'<field:param field:name="Dropdown_Selected" field:value="{idx}"/></field:fieldmark></text:p>')
                elif ftype == "cb":
                    body.append("<text:p>" + "   ".join(
                        f'<field:fieldmark text:name="Kontrol{k}_{i}" field:type="{FT}FORMCHECKBOX"><field:param field:name="Checkbox_Checked" field:value="{"true" if o == value else "false"}"/></field:fieldmark> {xesc(o)}'
                        for i, o in enumerate(opts)) + "</text:p>")
                else:
                    v = fval(value, ftype) if value is not None else "\u2002" * 5
                    inner = "<text:line-break/>".join(xesc(x) for x in v.split("\n"))
                    body.append(f'<text:p><field:fieldmark-start text:name="Tekst{k}" field:type="{FT}FORMTEXT"/>{inner}<field:fieldmark-end/></text:p>')
            else:  # fields
                if ftype == "dd":
                    sel = value if value in opts else None
                    SELB = ' text:current-selected="true"'
                    labels = "".join(f'<text:label text:value="{xesc(o)}"{SELB if o == sel else ""}/>' for o in opts[1:])
                    if sel is None and value is not None:
                        body.append(f'<text:p>{xesc(value)}</text:p>')
                    else:
                        body.append(f'<text:p><text:drop-down text:name="{name}">{labels}{xesc(sel or "")}</text:drop-down></text:p>')
                elif ftype == "cb":
                    body.append("<text:p>" + "   ".join(("☒ " if o == value else "☐ ") + xesc(o) for o in opts) + "</text:p>")
                elif value is None:
                    body.append(f'<text:p><text:placeholder text:placeholder-type="text" text:description="{xesc(label)}">&lt;{xesc(label)}&gt;</text:placeholder></text:p>')
                else:
                    v = fval(value, ftype)
                    lines = v.split("\n")
                    for ln in lines:
                        body.append(f'<text:p><text:text-input text:description="{xesc(label)}">{xesc(ln)}</text:text-input></text:p>')
    forms = ""
    if controls:
        forms = ('<office:forms form:automatic-focus="false" form:apply-design-mode="false">'
                 '<form:form form:name="Formular" form:apply-filter="true" form:command-type="table" '
                 'form:control-implementation="ooo:com.sun.star.form.component.Form" office:target-frame="">'
                 + "".join(controls) + '</form:form></office:forms>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>'
               '<office:automatic-styles>'
               '<style:style style:name="Org" style:family="paragraph"><style:text-properties fo:color="#1f4e79" fo:font-size="9pt"/></style:style>'
               '<style:style style:name="Lbl" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="GrCtl" style:family="graphic"><style:graphic-properties draw:textarea-vertical-align="top" style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>'
               '</office:automatic-styles><office:body><office:text>'
               + forms + "".join(body) + '</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODT_NS}><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H2" style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, data in [("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)]:
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---- plain formats (ordinary letters) -----------------------------------------------------
def prose_agreement(c: Case) -> str:
    m = c.muni
    L = [f"{m['name']}, {m['unit']}", f"{m['town']}, {fmt_date(c.letter_date, 1)}", "",
         f"Aftale om mentorstøtte for {c.citizen}" + (f" (cpr.nr. {c.cpr})" if c.cpr else ""), f"Sagsnr. {c.sagsnr}", ""]
    L.append(f"Kære {c.first}")
    L.append("")
    L.append("Her er jeres aftale om mentorstøtte skrevet ned, som vi talte om på mødet.")
    L.append("")
    if c.goal:
        L += ["Mål", c.goal, ""]
    if c.mentor_contact_missing:
        L += ["Din mentor", f"Din mentor er {c.mentor_name} fra {c.provider}.", ""]
    else:
        L += ["Din mentor", f"Din mentor er {c.mentor_name} fra {c.provider}, tlf. {c.mentor_tlf}, mail {c.mentor_mail}.", ""]
    if c.tasks:
        L += ["Mentors opgaver"] + [f"- {t}" for t in c.tasks] + [""]
    if not c.duration_missing:
        L += ["Periode", f"{fmt_date(c.start, 1)} – {fmt_date(c.end, 1)}", ""]
    if c.hours:
        L += ["Timetal", c.hours, ""]
    if c.follow:
        L += ["Opfølgning", c.follow, ""]
    if c.appeal:
        L += ["Klagevejledning", c.appeal, ""]
    L += ["Venlig hilsen", c.cw, f"Sagsbehandler, tlf. {c.cw_tlf}"]
    return "\n".join(L) + "\n"


def prose_decision(c: Case, outcome: str) -> str:
    m = c.muni
    L = [f"{m['name']}", m["unit"], m["addr"], "", f"Dato: {fmt_date(c.letter_date, 0)}", f"Sagsnr.: {c.sagsnr}"]
    if c.cpr:
        L.append(f"CPR-nr.: {c.cpr}")
    L += ["", f"Til {c.citizen}", ""]
    if outcome == "Afslag":
        L += ["Afgørelse: Afslag på mentorstøtte", "",
              "Du har søgt om mentorstøtte. Vi har givet dig afslag.", "",
              "Begrundelse",
              "Vi har lagt vægt på, at du allerede får støtte fra en kontaktperson efter serviceloven, og at den støtte dækker dit behov i praktikken. Afgørelsen er truffet efter LAB § 167.", ""]
    else:
        L += [f"Afgørelse om mentorstøtte – {outcome.lower()}", "",
              f"Du får mentorstøtte fra {fmt_date(c.start, 1)} til {fmt_date(c.end, 1)} med {c.hours_n} timer om ugen. "
              f"Din mentor bliver {c.mentor_name} fra {c.provider}.", "",
              "Begrundelse",
              "Vi har lagt vægt på, at du har brug for hjælp til at komme godt i gang og fastholde dit forløb. Bevillingen er givet efter § 167 i lov om en aktiv beskæftigelsesindsats.", ""]
    if c.appeal:
        L += ["Klagevejledning", c.appeal, ""]
    L += ["Venlig hilsen", c.cw, "Sagsbehandler"]
    return "\n".join(L) + "\n"


def prose_minplan_html(c: Case) -> str:
    rows = [("Aktivitet", "Mentorstøtte (LAB § 167)"), ("Status", "Igangværende")]
    if c.goal: rows.append(("Formål", c.goal))
    rows.append(("Mentor", c.mentor_name + ("" if c.mentor_contact_missing else f", tlf. {c.mentor_tlf}, {c.mentor_mail}")))
    if c.tasks: rows.append(("Opgaver", "; ".join(c.tasks)))
    if not c.duration_missing: rows.append(("Periode", f"{c.d(c.start)} - {c.d(c.end)}"))
    if c.hours: rows.append(("Timetal", c.hours))
    tr = "".join(f"<tr><th>{xesc(a)}</th><td>{xesc(b)}</td></tr>" for a, b in rows)
    cpr = f"<p>CPR: {c.cpr}</p>" if c.cpr else ""
    return (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Min Plan – mentorstøtte</title></head>'
            f'<body><h1>Min Plan</h1><p>{xesc(c.citizen)} · {xesc(c.muni["name"])}</p>{cpr}<h2>Mentorstøtte</h2>'
            f'<table>{tr}</table><p>Udskrevet fra Min Plan {fmt_date(c.letter_date, 0)}</p></body></html>')


# --------------------------------------------------------------------------------------------
# Unknown documents (forms that are none of the kinds, and ordinary non-kind papers)
# --------------------------------------------------------------------------------------------
def blank_agreement_items(rng, muni) -> list:
    lab = rng.choice(AGR_LABELS)
    it = [("org", f"{muni['name']} · {muni['unit']}"), ("title", "Aftale om mentorstøtte – skabelon"),
          ("f", "borger", "Borger", None, "line", None), ("f", "cpr", "CPR-nr.", None, "line", None),
          ("f", "sagsnr", "Sagsnr.", None, "line", None)]
    for key, ft in [("goal", "multi"), ("mentor", "line"), ("tlf", "line"), ("mail", "line"), ("tasks", "multi"),
                    ("start", "date"), ("end", "date"), ("hours", "dd"), ("follow", "multi")]:
        nm = {"goal": "maal", "tasks": "opgaver", "hours": "timer", "follow": "opfoelgning", "tlf": "mentor_tlf",
              "mail": "mentor_mail", "end": "slut"}.get(key, key)
        it.append(("f", nm, lab[key], None, ft, HOUR_OPTS))
    it.append(("h", lab["appeal"]))
    it.append(("p", APPEAL_FULL[0].format(m=muni["name"], u=muni["unit"], a=muni["addr"], e=muni["mail"], t=muni["tlf"])))
    return it


def status_items(rng, c: Case, filled: bool) -> list:
    it = [("org", f"{c.provider} · statusrapport til {c.muni['name']}"), ("title", "Statusrapport – mentorforløb"),
          ("f", "borger", "Borger", c.citizen, "line", None), ("f", "mentor", "Mentor", c.mentor_name, "line", None),
          ("f", "periode", "Rapportperiode", f"{c.d(c.start)} – {c.d(add_months(c.start, 1))}", "line", None),
          ("f", "fremmoede", "Fremmøde i perioden", "Mødt 14 af 16 aftalte gange" if filled else None, "line", None),
          ("f", "progression", "Progression i forhold til delmål",
           f"{c.first} er kommet i gang og tager selv bussen. Har haft to fraværsdage." if filled else None, "multi", None),
          ("f", "anbef", "Anbefaling", None, "dd", ["Vælg", "Fortsæt uændret", "Færre timer", "Afslut forløbet"]),
          ("p", "Rapporten sendes til sagsbehandleren senest 5 hverdage efter periodens udløb.")]
    return it


def application_items(rng, c: Case) -> list:
    return [("org", c.muni["name"]), ("title", "Ansøgning om mentorstøtte"),
            ("p", "Skemaet udfyldes af borgeren eller af uddannelsesstedet og sendes til kommunen."),
            ("f", "borger", "Dit navn", c.citizen, "line", None),
            ("f", "cpr", "CPR-nummer", c.cpr, "line", None),
            ("f", "hvorfor", "Hvorfor søger du om en mentor?",
             "Jeg er startet på HF og har svært ved at komme op om morgenen og holde styr på afleveringer.", "multi", None),
            ("f", "onske", "Hvad ønsker du hjælp til?", None, "multi", None),
            ("f", "timer", "Hvor mange timer forventer du at have brug for?", None, "line", None),
            ("p", "Kommunen træffer afgørelse, når ansøgningen er behandlet. Du får svar inden for 4 uger.")]


def referral_items(rng, c: Case) -> list:
    return [("org", f"{c.muni['name']} · {c.muni['unit']}"), ("title", "Henvisning – mentorstøtte (bestilling til leverandør)"),
            ("f", "lev", "Leverandør", c.provider, "line", None),
            ("f", "borger", "Borger", c.citizen, "line", None),
            ("f", "start", "Ønsket opstart", c.d(c.start), "date", None),
            ("f", "timer", "Bestilt timetal", f"{c.hours_n} timer pr. uge", "line", None),
            ("f", "fokus", "Fokusområder", "Fremmøde, transport, kontakt til praktiksted", "multi", None),
            ("p", "Leverandøren bekræfter opstart inden 3 hverdage og sender status hver måned.")]


def invoice_items(rng, c: Case) -> list:
    t = c.hours_n * 4
    return [("org", c.provider), ("title", "Faktura – mentortimer"),
            ("f", "fnr", "Fakturanr.", f"2026-{rng.randrange(100, 999)}", "line", None),
            ("f", "kunde", "Kunde", f"{c.muni['name']}, {c.muni['unit']}", "line", None),
            ("f", "borger", "Vedr. borger (initialer)", "".join(x[0] for x in c.citizen.split()), "line", None),
            ("f", "per", "Periode", f"{MONTHS[c.start.month - 1]} {c.start.year}", "line", None),
            ("f", "timer", "Antal leverede timer", f"{t}", "line", None),
            ("f", "beloeb", "Beløb ekskl. moms", f"{t * 525:,} kr.".replace(",", "."), "line", None),
            ("p", "Betalingsbetingelser: netto 30 dage. EAN-nummer skal fremgå af fakturaen.")]


def evaluation_items(rng, c: Case) -> list:
    return [("org", c.provider), ("title", "Afsluttende evaluering af mentorforløb"),
            ("f", "borger", "Borger", c.citizen, "line", None),
            ("f", "mentor", "Mentor", c.mentor_name, "line", None),
            ("f", "forloeb", "Forløbet", f"{c.d(c.start)} – {c.d(c.end)}", "line", None),
            ("f", "resultat", "Resultat", "Ordinær uddannelse", "cb", ["Job", "Ordinær uddannelse", "Afbrudt", "Andet"]),
            ("f", "beskriv", "Beskrivelse", f"{c.first} er startet på grundforløbet og møder stabilt. Forløbet afsluttes som planlagt.", "multi", None)]


def timesheet_items(rng, c: Case) -> list:
    it = [("org", c.provider), ("title", "Timeregistrering – mentor"),
          ("f", "borger", "Borger", c.citizen, "line", None), ("f", "mentor", "Mentor", c.mentor_name, "line", None)]
    for i in range(4):
        d = c.start + dt.timedelta(days=7 * i + 1)
        it.append(("f", f"uge{i}", f"Uge {d.isocalendar()[1]}", f"{c.hours_n} t – samtale og følgeskab" if i < 2 else None, "line", None))
    it.append(("p", "Timesedlen attesteres af borgeren og sendes med månedens faktura."))
    return it


GUIDANCE = """Vejledning til blanketten "Aftale om mentorstøtte"

Blanketten bruges, når kommunen har bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats.
Udfyld felterne direkte i PDF-filen eller i Word-skabelonen. Husk at gemme, før du sender.

Sådan udfylder du felterne
- Mål med mentorstøtten: Skriv det job eller den uddannelse, støtten skal føre til, og noget der kan måles.
- Mentor: Navn, telefon og mail på mentor.
- Opgaver: Hvad mentor konkret skal hjælpe med.
- Periode: Start- og slutdato, højst 6 måneder.
- Timetal: Vælg antal timer pr. uge i rullelisten.
- Opfølgning: Hvornår og hvordan der følges op, og hvilke delmål der måles på.
- Klagevejledningen står fast i blanketten og må ikke slettes.

Tjek at felterne ikke står med grå hjælpetekst, før aftalen sendes til borger via Digital Post.
Spørgsmål til skabelonen: Digitaliseringsteamet, {m}.
"""


# --------------------------------------------------------------------------------------------
# Corpus plan
# --------------------------------------------------------------------------------------------
AGR_DEFECTS = [set(), set(), set(), {"hours_missing"}, {"followup_missing"}, {"goal_unclear"},
               {"mentor_missing"}, {"tasks_missing"}, {"duration_missing"}, {"over6"},
               {"appeal_missing"}, {"appeal_bad"}, {"followup_vague"}, {"hours_vague"},
               {"goal_missing"}, {"hours_missing", "followup_missing"}, {"over6", "goal_unclear"},
               set(), {"mentor_missing", "tasks_missing"}, set(), set(), set(), set(), set(), set()]
MP_DEFECTS = [set(), set(), set(), {"hours_missing"}, {"goal_unclear"}, {"mentor_missing"},
              {"duration_missing"}, {"over6"}, {"tasks_missing"}, set(), {"goal_missing"}, {"hours_vague"}]
DEC_DEFECTS = [set(), set(), set(), {"appeal_missing"}, {"appeal_bad"}, {"over6"}, set(),
               {"over6", "appeal_bad"}]


CB_HOURS = ["1 time pr. uge", "2 timer pr. uge", "3 timer pr. uge", "4 timer pr. uge", "5 timer pr. uge", "Efter behov"]


def hours_as_checkboxes(items: list) -> list:
    return [x if not (x[0] == "f" and x[1] == "timer") else ("f", "timer", x[2], x[3], "cb", CB_HOURS) for x in items]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/fj")
    ap.add_argument("--seed", type=int, default=1313)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    entries = []
    counters: dict[str, int] = {}

    def emit(kind, fmt, folder, stem, layout, traits, case=None, rules=None, cprs=None, write=None, period=True):
        counters[folder] = counters.get(folder, 0) + 1
        stem = stem.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        rel = f"{folder}/{counters[folder]:02d}-{stem}.{fmt}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": kind if kind != "unknown" else stem.split("-")[0],
             "layout": layout, "rules": sorted(rules if rules is not None else (case.expected_rules() if case else [])),
             "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": sorted(cprs or ([case.cpr.replace("-", ""), case.cpr] if case and case.cpr else [])),
             "traits": sorted(set(traits) | ({"cpr"} if (cprs or (case and case.cpr)) else set())), "period": None}
        if case is not None and period and kind != "unknown" and not case.duration_missing:
            if not (kind == "decision" and "refusal" in traits):
                e["period"] = {"start": case.start.isoformat(), "end": case.end.isoformat()}
        entries.append(e)

    def pick_cpr():
        return rng.random() < 0.3

    def defects_iter(pool, n):
        lst = []
        while len(lst) < n:
            lst.extend(pool)
        lst = lst[:n]
        rng.shuffle(lst)
        return iter(lst)

    # ---------------- agreements (45) ----------------
    agr = defects_iter(AGR_DEFECTS, 45)
    pdf_modes = ["acro"] * 6 + ["flat_pypdf"] * 4 + ["drawn"] * 3 + ["acro_partial"] * 4 + ["v_only"] * 3
    for n_pdf, mode in enumerate(pdf_modes):
        dd = set(next(agr))
        if mode == "acro_partial" and not (dd - {"goal_unclear", "over6"}):
            dd |= rng.choice([{"hours_missing"}, {"followup_missing"}, {"duration_missing"}, {"tasks_missing"}])
        c = Case(rng, "agreement", dd, pick_cpr())
        lab = rng.choice(AGR_LABELS)
        ht = ["line", "dd", "cb-hours"][n_pdf % 3]
        items = agreement_form(c, lab, hours_type="line" if ht == "line" else "dd", appeal_static=rng.random() < 0.7)
        if ht == "cb-hours":
            items = hours_as_checkboxes(items)
        m = "acro" if mode == "acro_partial" else mode
        if mode == "v_only":
            m = "v_only"
        traits = [f"pdf:{mode}", f"hours:{ht}"] + [f"defect:{x}" for x in sorted(dd)]
        emit("agreement", "pdf", "pdf-blanketter", f"mentoraftale-{c.last.lower()}", f"acroform-{m}", traits, c,
             write=lambda pth, items=items, m=m: render_pdf(items, pth, m, rng))
    for i in range(8):
        dd = next(agr)
        c = Case(rng, "agreement", dd, pick_cpr())
        lab = rng.choice(AGR_LABELS)
        ht = ["dd", "cb-hours", "line", "dd", "cb-hours", "line", "dd", "cb-hours"][i]
        items = agreement_form(c, lab, hours_type="dd" if ht != "line" else "line", appeal_static=True)
        if ht == "cb-hours":
            items = hours_as_checkboxes(items)
        instr = rng.random() < 0.5
        layout = rng.choice(["table", "lines"])
        traits = ["docx:legacy-formfields", f"hours:{ht}", f"defaults:{'instruction' if instr else 'enspaces'}"] + [f"defect:{x}" for x in sorted(dd)]
        emit("agreement", "docx", "word-formularfelter", f"aftale-{c.first.lower()}", f"legacy-{layout}", traits, c,
             write=lambda pth, items=items, instr=instr, layout=layout: render_docx_legacy(items, pth, rng, instr, layout))
    for i in range(9):
        dd = next(agr)
        c = Case(rng, "agreement", dd, pick_cpr())
        lab = rng.choice(AGR_LABELS)
        ht = ["dd", "line", "cb-hours", "dd", "line", "cb-hours", "dd", "line", "dd"][i]
        items = agreement_form(c, lab, hours_type="line" if ht == "line" else "dd", appeal_static=rng.random() < 0.6)
        if ht == "cb-hours":
            items = hours_as_checkboxes(items)
        layout = rng.choice(["table", "lines"])
        cph = rng.random() < 0.5
        rep = rng.random() < 0.5
        traits = ["docx:content-controls", f"hours:{ht}", f"placeholder:{'custom' if cph else 'standard'}"] + (["repeating-section"] if rep else []) + [f"defect:{x}" for x in sorted(dd)]
        emit("agreement", "docx", "word-indholdskontrolelementer", f"mentoraftale-{c.last.lower()}", f"sdt-{layout}", traits, c,
             write=lambda pth, items=items, layout=layout, cph=cph, rep=rep, c=c: render_docx_sdt(items, pth, rng, c, layout, cph, rep))
    for i in range(5):
        dd = next(agr)
        c = Case(rng, "agreement", dd, pick_cpr())
        lab = rng.choice(AGR_LABELS)
        mode = ["controls", "fields", "fieldmarks", "controls", "fieldmarks"][i]
        items = agreement_form(c, lab, hours_type="dd" if i % 3 else "line", appeal_static=True)
        traits = [f"odt:{mode}"] + [f"defect:{x}" for x in sorted(dd)]
        emit("agreement", "odt", "odt-formularer", f"aftale-{c.first.lower()}", f"odt-{mode}", traits, c,
             write=lambda pth, items=items, mode=mode: render_odt(items, pth, rng, mode))
    for i, fmt in enumerate(["txt", "eml", "md"]):
        dd = next(agr)
        c = Case(rng, "agreement", dd, pick_cpr())
        text = prose_agreement(c)
        traits = ["ordinary-letter"] + [f"defect:{x}" for x in sorted(dd)]

        def w(pth, text=text, fmt=fmt, c=c):
            if fmt == "eml":
                msg = EmailMessage()
                msg["From"] = f"{c.cw} <{c.muni['mail']}>"; msg["To"] = f"{c.citizen} <borger@example.dk>"
                msg["Subject"] = "Aftale om mentorstøtte"; msg["Date"] = "Mon, 02 Mar 2026 09:12:00 +0100"
                msg.set_content(text)
                pth.write_bytes(bytes(msg))
            elif fmt == "md":
                md = []
                for ln in text.splitlines():
                    md.append(f"## {ln}" if ln in ("Mål", "Din mentor", "Mentors opgaver", "Periode", "Timetal", "Opfølgning", "Klagevejledning") else ln)
                pth.write_text("\n".join(md) + "\n", encoding="utf-8")
            else:
                pth.write_text(text, encoding="utf-8")
        emit("agreement", fmt, "almindelige-breve", f"aftale-{c.last.lower()}", f"letter-{fmt}", traits, c, write=w)

    # ---------------- Min Plan (16) ----------------
    mp = defects_iter(MP_DEFECTS, 16)
    plan = [("pdf", "acro")] * 2 + [("pdf", "flat_pypdf")] + [("docx", "sdt")] * 4 + [("docx", "legacy")] * 3 + \
           [("odt", "controls"), ("odt", "fields"), ("odt", "fieldmarks")] + [("html", "plain")] * 2 + [("txt", "plain")]
    for fmt, mode in plan:
        dd = next(mp)
        c = Case(rng, "minplan", dd, pick_cpr())
        lab = rng.choice(MP_LABELS)
        ht = rng.choice(["line", "dd"])
        items = minplan_form(c, lab, hours_type=ht)
        traits = [f"{fmt}:{mode}", f"hours:{ht}"] + [f"defect:{x}" for x in sorted(dd)]
        if fmt == "pdf":
            wfn = lambda pth, items=items, mode=mode: render_pdf(items, pth, mode, rng)
            layout = f"acroform-{mode}"
        elif fmt == "docx" and mode == "sdt":
            cph = rng.random() < 0.5
            wfn = lambda pth, items=items, c=c, cph=cph: render_docx_sdt(items, pth, rng, c, "table", cph, False)
            layout = "sdt-table"
        elif fmt == "docx":
            instr = rng.random() < 0.5
            wfn = lambda pth, items=items, instr=instr: render_docx_legacy(items, pth, rng, instr, "table")
            layout = "legacy-table"
        elif fmt == "odt":
            wfn = lambda pth, items=items, mode=mode: render_odt(items, pth, rng, mode)
            layout = f"odt-{mode}"
        elif fmt == "html":
            wfn = lambda pth, c=c: pth.write_text(prose_minplan_html(c), encoding="utf-8")
            layout = "minplan-html"
        else:
            def wfn(pth, c=c):
                L = ["MIN PLAN – udskrift", f"{c.citizen}" + (f"  CPR {c.cpr}" if c.cpr else ""), "",
                     "Indsats: Mentorstøtte", "Status: Igangværende"]
                if c.goal: L.append(f"Formål: {c.goal}")
                L.append(f"Mentor: {c.mentor_name}" + ("" if c.mentor_contact_missing else f", {c.mentor_tlf}, {c.mentor_mail}"))
                if c.tasks: L.append("Opgaver: " + "; ".join(c.tasks))
                if not c.duration_missing: L.append(f"Periode: {c.d(c.start)} - {c.d(c.end)}")
                if c.hours: L.append(f"Timetal: {c.hours}")
                pth.write_text("\n".join(L) + "\n", encoding="utf-8")
            layout = "minplan-txt"
        emit("minplan", fmt, "min-plan", f"minplan-{c.first.lower()}", layout, traits, c, write=wfn)

    # ---------------- decisions (18) ----------------
    dec = defects_iter(DEC_DEFECTS, 18)
    outcomes = ["Bevilget", "Bevilget", "Delvist bevilget", "Forlængelse", "Afslag", "Bevilget"]
    plan = [("pdf", "acro")] * 3 + [("pdf", "drawn")] * 2 + [("docx", "legacy")] * 4 + [("docx", "sdt")] * 4 + \
           [("odt", "controls"), ("odt", "fieldmarks")] + [("txt", "plain"), ("eml", "plain"), ("html", "plain")]
    for fmt, mode in plan:
        dd = set(next(dec))
        outcome = rng.choice(outcomes)
        if outcome == "Afslag":
            dd.discard("over6")
        if outcome == "Forlængelse" and "over6" in dd:
            outcome = "Bevilget"
        c = Case(rng, "decision", dd, pick_cpr())
        items = decision_form(c, outcome)
        traits = [f"{fmt}:{mode}", f"outcome:{outcome}"] + (["refusal"] if outcome == "Afslag" else []) + [f"defect:{x}" for x in sorted(dd)]
        if fmt == "pdf":
            wfn = lambda pth, items=items, mode=mode: render_pdf(items, pth, mode, rng)
            layout = f"acroform-{mode}"
        elif fmt == "docx" and mode == "sdt":
            wfn = lambda pth, items=items, c=c: render_docx_sdt(items, pth, rng, c, "table", False, False)
            layout = "sdt-table"
        elif fmt == "docx":
            wfn = lambda pth, items=items: render_docx_legacy(items, pth, rng, False, "table")
            layout = "legacy-table"
        elif fmt == "odt":
            wfn = lambda pth, items=items, mode=mode: render_odt(items, pth, rng, mode)
            layout = f"odt-{mode}"
        else:
            text = prose_decision(c, outcome)
            def wfn(pth, text=text, fmt=fmt, c=c):
                if fmt == "eml":
                    msg = EmailMessage()
                    msg["From"] = f"{c.muni['name']} <{c.muni['mail']}>"; msg["To"] = "borger@example.dk"
                    msg["Subject"] = "Afgørelse om mentorstøtte"; msg["Date"] = "Tue, 03 Feb 2026 10:00:00 +0100"
                    msg.set_content(text); pth.write_bytes(bytes(msg))
                elif fmt == "html":
                    body = "".join(f"<p>{xesc(x)}</p>" if x not in ("Begrundelse", "Klagevejledning") else f"<h2>{x}</h2>" for x in text.splitlines() if x)
                    pth.write_text(f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Afgørelse om mentorstøtte</title></head><body>{body}</body></html>', encoding="utf-8")
                else:
                    pth.write_text(text, encoding="utf-8")
            layout = f"letter-{fmt}"
        emit("decision", fmt, "afgoerelser", f"afgoerelse-{c.last.lower()}", layout, traits, c, write=wfn)

    # ---------------- unknown (22) ----------------
    def ucase():
        return Case(rng, "unknown", set(), pick_cpr())
    for i in range(2):
        muni = rng.choice(MUNIS); items = blank_agreement_items(rng, muni)
        emit("unknown", "pdf", "tomme-og-andre-blanketter", "skabelon-aftale", "acroform-blank", ["blank-template", "pdf:blank"], rules=[],
             write=lambda pth, items=items: render_pdf(items, pth, "blank", rng))
    for i in range(2):
        muni = rng.choice(MUNIS); items = blank_agreement_items(rng, muni)
        emit("unknown", "docx", "tomme-og-andre-blanketter", "skabelon-mentoraftale", "sdt-blank", ["blank-template", "docx:content-controls"], rules=[],
             write=lambda pth, items=items, i=i: render_docx_sdt(items, pth, rng, None, "table", i == 0, i == 1))
    muni = rng.choice(MUNIS); items = blank_agreement_items(rng, muni)
    emit("unknown", "docx", "tomme-og-andre-blanketter", "skabelon-formularfelter", "legacy-blank", ["blank-template", "docx:legacy-formfields"], rules=[],
         write=lambda pth, items=items: render_docx_legacy(items, pth, rng, True, "table"))
    muni = rng.choice(MUNIS); items = blank_agreement_items(rng, muni)
    emit("unknown", "odt", "tomme-og-andre-blanketter", "skabelon-aftale", "odt-blank", ["blank-template", "odt:fields"], rules=[],
         write=lambda pth, items=items: render_odt(items, pth, rng, "fields"))
    for fmt, mode in [("pdf", "acro"), ("docx", "sdt")]:
        c = ucase(); items = status_items(rng, c, True)
        emit("unknown", fmt, "tomme-og-andre-blanketter", "statusrapport", f"{mode}-status", ["status-report", "half-filled"], c, rules=[],
             write=(lambda pth, items=items: render_pdf(items, pth, "acro", rng)) if fmt == "pdf" else (lambda pth, items=items, c=c: render_docx_sdt(items, pth, rng, c, "table", False, False)))
    c = ucase(); items = status_items(rng, c, False)
    emit("unknown", "docx", "tomme-og-andre-blanketter", "statusrapport", "legacy-status", ["status-report", "half-filled"], c, rules=[],
         write=lambda pth, items=items: render_docx_legacy(items, pth, rng, False, "lines"))
    for fmt in ["docx", "pdf"]:
        c = Case(rng, "unknown", set(), True); items = application_items(rng, c)
        emit("unknown", fmt, "tomme-og-andre-blanketter", "ansoegning", f"{fmt}-application", ["application", "half-filled"], c, rules=[],
             write=(lambda pth, items=items, c=c: render_docx_sdt(items, pth, rng, c, "lines", True, False)) if fmt == "docx" else (lambda pth, items=items: render_pdf(items, pth, "acro", rng)))
    c = ucase(); items = referral_items(rng, c)
    emit("unknown", "pdf", "tomme-og-andre-blanketter", "henvisning", "acroform-referral", ["referral"], c, rules=[],
         write=lambda pth, items=items: render_pdf(items, pth, "flat_pypdf", rng))
    c = ucase(); items = invoice_items(rng, c)
    emit("unknown", "pdf", "tomme-og-andre-blanketter", "faktura", "drawn-invoice", ["invoice"], c, rules=[],
         write=lambda pth, items=items: render_pdf(items, pth, "drawn", rng))
    c = ucase(); items = evaluation_items(rng, c)
    emit("unknown", "docx", "tomme-og-andre-blanketter", "slutevaluering", "legacy-evaluation", ["final-evaluation"], c, rules=[],
         write=lambda pth, items=items: render_docx_legacy(items, pth, rng, False, "table"))
    c = ucase(); items = timesheet_items(rng, c)
    emit("unknown", "odt", "tomme-og-andre-blanketter", "timeseddel", "odt-timesheet", ["timesheet", "half-filled"], c, rules=[],
         write=lambda pth, items=items: render_odt(items, pth, rng, "controls"))
    muni = rng.choice(MUNIS)
    emit("unknown", "txt", "tomme-og-andre-blanketter", "vejledning-blanket", "guidance-txt", ["guidance"], rules=[],
         write=lambda pth, muni=muni: pth.write_text(GUIDANCE.format(m=muni["name"]), encoding="utf-8"))
    muni = rng.choice(MUNIS)
    emit("unknown", "html", "tomme-og-andre-blanketter", "vejledning-skabeloner", "guidance-html", ["guidance"], rules=[],
         write=lambda pth, muni=muni: pth.write_text(
             '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Skabeloner til mentorstøtte</title></head><body>'
             f'<h1>Skabeloner til mentorstøtte – {xesc(muni["name"])} (intranet)</h1>'
             '<p>Her finder du de skabeloner, der skal bruges, når en borger får mentorstøtte.</p>'
             '<h2>Aftaleskabelonen</h2><p>Skabelonen har indholdskontrolelementer til mål, mentor, opgaver, periode, timetal og opfølgning. '
             'Klagevejledningen er låst. Perioden må højst være 6 måneder ad gangen.</p>'
             '<h2>Afgørelsesbrevet</h2><p>Brug brevskabelonen i fagsystemet. Husk begrundelse ved delvis bevilling og afslag.</p>'
             '<p>Kontakt: fagkoordinator, tlf. ' + muni["tlf"] + '</p></body></html>', encoding="utf-8"))
    c = ucase()
    emit("unknown", "eml", "tomme-og-andre-blanketter", "mail-blanket", "email", ["email-about-form"], c, rules=[],
         write=lambda pth, c=c: pth.write_bytes(bytes((lambda m: (m.__setitem__("From", f"{c.mentor_name} <{c.mentor_mail}>"), m.__setitem__("To", f"{c.cw} <{c.muni['mail']}>"), m.__setitem__("Subject", "Mentoraftale - PDF-blanketten kan ikke gemmes"), m.__setitem__("Date", "Wed, 11 Mar 2026 14:02:00 +0100"), m.set_content(
             f"Hej {c.cw.split()[0]}\n\nJeg har prøvet at udfylde jeres PDF-blanket til mentoraftalen for {c.first}, men felterne bliver tomme, når jeg gemmer i min browser. "
             "Kan du sende Word-versionen i stedet? Så udfylder vi den sammen på opstartsmødet torsdag kl. 10.\n\nVh\n" + c.mentor_name), m)[-1])(EmailMessage()))))
    c = ucase()
    emit("unknown", "docx", "tomme-og-andre-blanketter", "referat-opstartsmoede", "legacy-minutes", ["minutes"], c, rules=[],
         write=lambda pth, c=c: render_docx_legacy([
             ("org", c.muni["name"]), ("title", "Referat af opstartsmøde"),
             ("f", "dato", "Dato", c.d(c.letter_date), "line", None),
             ("f", "deltagere", "Deltagere", f"{c.citizen}, {c.mentor_name} ({c.provider}), {c.cw}", "line", None),
             ("f", "punkter", "Drøftet", "Præsentation. Gennemgang af blanketten til mentoraftalen. Aftalen udfyldes færdig på næste møde.", "multi", None),
             ("f", "naeste", "Næste møde", None, "line", None)], pth, rng, False, "table"))
    c = ucase()
    emit("unknown", "pdf", "tomme-og-andre-blanketter", "samtykke", "acroform-consent", ["consent-form", "half-filled"], c, rules=[],
         write=lambda pth, c=c: render_pdf([
             ("org", c.muni["name"]), ("title", "Samtykke til udveksling af oplysninger"),
             ("p", "Jeg giver samtykke til, at kommunen og min mentor må udveksle oplysninger om mit fremmøde og min trivsel i forbindelse med mentorforløbet."),
             ("f", "navn", "Navn", c.citizen, "line", None), ("f", "cpr", "CPR-nr.", c.cpr, "line", None),
             ("f", "mentor", "Mentor / leverandør", c.provider, "line", None),
             ("f", "dato", "Dato og underskrift", None, "line", None)], pth, "acro", rng))

    from collections import Counter
    p_ = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    p_.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(entries), "documents;", Counter(e["kind"] for e in entries))


if __name__ == "__main__":
    main()
