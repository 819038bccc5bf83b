"""Independent corpus DE: agreements, decisions and Min Plan entries as case systems export them.

Written from /work/shared/domain.md, the seeds and the rule docs (`mentordocs rules NAME`) only.
Formats: HTML exports (nested divs, <dl>, tables, hidden elements, scripts), plain-text exports
("Felt: værdi", padded label columns, hard wraps at 72/80), RTF exports with header/footer and
PDF prints of the HTML pages made by Chromium (Playwright) with print headers and page footers.

Usage: make_corpus_de.py --out DIR   (deterministic, seed fixed)
"""

from __future__ import annotations

import argparse
import html
import json
import random
import shutil
import textwrap
from datetime import date, timedelta
from pathlib import Path

SEED = 20261130

FIRST = ["Anna", "Mikkel", "Sofie", "Ahmed", "Louise", "Jonas", "Fatima", "Kasper", "Mette", "Emil",
         "Camilla", "Rasmus", "Nadia", "Frederik", "Ida", "Yusuf", "Line", "Tobias", "Signe", "Omar"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Holm", "Bach", "Kaya"]
MENTOR_FIRST = ["Sara", "Lars", "Henrik", "Pia", "Bente", "Morten", "Hanne", "Kim", "Dorthe", "Jesper",
                "Trine", "Ulla", "Allan", "Karina", "Bo"]
PROVIDERS = [("Jobhuset Nord ApS", "jobhusetnord.dk"), ("Mentorcentret", "mentorcentret.dk"),
             ("Brobyggerne I/S", "brobyggerne.dk"), ("Kompasset Mentor", "kompasset-mentor.dk"),
             ("Ungeporten", "ungeporten.dk"), ("Fokus Job & Trivsel", "fokusjob.dk")]
KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Herning", "Assens", "Tønder", "Roskilde", "Gribskov",
            "Silkeborg", "Næstved", "Rudersdal", "Horsens"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

GOALS_CLEAR = [
    "{n} starter på SOSU-hjælperuddannelsen i {m} og møder mindst fire dage om ugen.",
    "{n} er i virksomhedspraktik på lageret hos {firm} 15 timer om ugen senest {d}.",
    "{n} gennemfører FVU-dansk trin 2 på VUC og består prøven inden {d}.",
    "At {n} kommer i ordinært job som chauffør på minimum 20 timer om ugen inden {d}.",
    "{n} skal fastholde sin plads på EUD grundforløb 1 (tømrer) med højst 2 dages fravær pr. måned.",
    "Borgeren påbegynder FGU (produktionsgrunduddannelse) i {m} og har et fremmøde på 90 %.",
    "{n} er i løntilskudsjob i kantinen hos {firm} 25 timer om ugen fra {d}.",
    "Målet er, at {n} er i fleksjob 12 timer om ugen hos {firm} senest {d}.",
    "{n} gennemfører AMU-kurset Truckcertifikat B og søger mindst fire lagerjob om måneden.",
    "Fastholdelse i HF-enkeltfag på VUC: {n} afleverer alle opgaver til tiden og møder til 9 ud af 10 timer.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Hjælp til struktur i hverdagen.",
    "At borgeren får det bedre og kommer tættere på arbejdsmarkedet.",
    "Sikre at {n} arbejder med sig selv og får mere selvværd.",
    "Motivere borgeren.",
    "Øget trivsel og stabilitet.",
]
TASKS = [
    ["følge {n} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælp til at læse og besvare post fra kommunen"],
    ["hjælpe med at lave en ugeplan og holde den", "vække-opkald om morgenen de første fire uger",
     "støtte ved møder med skolen"],
    ["træne bustur til skolen", "gennemgå skema og lektier hver mandag",
     "tage kontakt til studievejleder ved fravær"],
    ["hjælp til jobsøgning: CV og to ansøgninger om ugen", "forberede jobsamtaler",
     "følge op på aftaler med arbejdsgiveren"],
    ["støtte til kontakt med læge og psykiatri", "hjælp til økonomi og budget",
     "følges til første møde på arbejdspladsen"],
]
TASK_PROSE = [
    "{mf} skal hjælpe dig med følgende: {a}, {b} og {c}.",
    "Mentoren bistår ved følgende: {a}; {b}; {c}.",
    "Støtten består i at {a} og {b}. Desuden {c}.",
]
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "1½ time ugentligt", "halvanden time om ugen",
         "to timer ugentligt", "4 timer pr. uge", "24 mentortimer i perioden", "2-3 timer pr. uge",
         "5 timer om ugen", "3,0 timer/uge", "2,5 t. pr. uge"]
HOURS_VAGUE = ["efter behov", "løbende", "et par timer om ugen"]
FOLLOWUP = [
    "Statusmøde med mentor, borger og sagsbehandler hver 4. uge. Delmål: fremmøde fire dage om ugen fra uge {w}.",
    "Opfølgningssamtale hver måned; evaluering 14 dage før støtteperioden ophører.",
    "Midtvejsevaluering {d}. Progression måles på antal fremmødedage pr. uge.",
    "Vi følger op hver anden uge pr. telefon og holder statusmøde hver 3. måned.",
    "Mentor sender statusnotat hver måned; samlet evaluering fire uger før bevillingsudløb.",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger. Kommunen "
    "genvurderer afgørelsen inden fire uger, fra klagen er modtaget. Fastholder kommunen afgørelsen, "
    "sendes klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen mundtligt eller skriftligt til Jobcenter {k} inden 4 uger efter, at "
    "du har modtaget den. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage "
    "til Ankestyrelsens Beskæftigelsesudvalg.",
    "Klage sendes til {k} Kommune, Arbejdsmarked, senest 4 uger efter modtagelsen af denne afgørelse. "
    "Kommunen genvurderer sagen. Ændres afgørelsen ikke, videresendes klagen til Ankestyrelsen.",
]
APPEAL_WEAK = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds, kan du kontakte din sagsbehandler.",
               "Du har mulighed for at klage."]
APPEAL_DIRECT = ["Du kan klage til Ankestyrelsen inden 4 uger efter modtagelsen af afgørelsen. "
                 "Klagen sendes direkte til Ankestyrelsen, 7998 Statsservice."]
EMPTY = ["-", "(ikke udfyldt)", "N/A", "", "–", "Udfyldes senere"]

FIELD_LABELS = {
    "goal": ["Formål", "Mål for indsatsen", "Målet med mentorstøtten", "Mål", "Formål med mentorstøtte",
             "Borgerens mål"],
    "mentor": ["Mentor", "Mentors navn og kontaktdata", "Tilknyttet mentor", "Mentor (navn/kontakt)",
               "Kontaktoplysninger mentor"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?",
              "Mentor bistår ved"],
    "duration": ["Periode", "Bevilget periode", "Varighed", "Gyldig fra/til", "Forløbsperiode"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Bevilget timeantal", "Omfang"],
    "follow_up": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Statusmøder"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Klageadgang", "Hvis du vil klage"],
}


class Doc:
    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        self.idx = idx
        r = rng
        self.citizen_first = r.choice(FIRST)
        self.citizen = f"{self.citizen_first} {r.choice(LAST)}"
        self.mentor_first = r.choice(MENTOR_FIRST)
        self.mentor = f"{self.mentor_first} {r.choice(LAST)}"
        self.provider, self.domain = r.choice(PROVIDERS)
        self.kommune = r.choice(KOMMUNER)
        self.phone = f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        self.email = f"{self.mentor_first.lower().replace('ø', 'oe')}@{self.domain}"
        self.cw = f"{r.choice(MENTOR_FIRST)} {r.choice(LAST)}"
        self.cw_user = f"{r.choice(['AB', 'KMD', 'JC', 'X'])}{r.randint(1000, 9999)}"
        self.cw_phone = f"{r.randint(70, 99)} {r.randint(10, 99)} {r.randint(10, 99)} 00"
        self.case = f"27.12.04-G01-{r.randint(100, 9999)}-26"
        self.firm = r.choice(["Bilka", "Netto Viborg", "DSV", "Danish Crown", "Coop 365", "Bygma"])
        y = 2026
        m = r.randint(1, 9)
        self.start = date(y, m, r.choice([1, 1, 1, 15]))
        self.cpr = None
        if r.random() < 0.24:
            bd = date(r.randint(1970, 2006), r.randint(1, 12), r.randint(1, 28))
            self.cpr = f"{bd:%d%m%y}-{r.randint(0, 9999):04d}"

    def ts(self) -> str:
        d = self.start - timedelta(days=self.rng.randint(1, 20))
        return f"{d:%d-%m-%Y} {self.rng.randint(8, 15):02d}:{self.rng.randint(0, 59):02d}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return date(y, m, day)


def fmt_date(rng: random.Random, d: date) -> str:
    style = getattr(rng, "date_style", None)
    if style is None:
        style = rng.randrange(6)
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d:%d.%m.%Y}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d:%d-%m-%Y}"
    if style == 4:
        return f"{d.day}/{d.month} {d.year}"
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- content decisions

_DEFECT_COUNT: dict[str, int] = {}


def _next(kind: str) -> int:
    """Cycle through a kind's defect classes so every class is represented."""
    _DEFECT_COUNT[kind] = _DEFECT_COUNT.get(kind, 0) + 1
    return _DEFECT_COUNT[kind] - 1


def plan_fields(doc: Doc, kind: str):
    """Decide field values and the expected rules. Returns (values, rules, traits, period, extras)."""
    r = doc.rng
    rules: list[str] = []
    traits: list[str] = []
    extras: list[str] = []
    n = doc.citizen_first
    months = r.choice([3, 4, 6, 6, 5])
    over = False
    defect = None
    if kind in ("agreement", "minplan"):
        pool = ["goal", "mentor", "mentor-nocontact", "tasks", "duration", "hours", "hours-vague",
                "over6", "unclear"]
        if kind == "agreement":
            pool += ["follow_up", "appeal", "appeal-weak"]
        if r.random() < 0.40:
            defect = pool[_next(kind) % len(pool)]
    elif kind == "decision":
        if r.random() < 0.40:
            defect = ["appeal", "appeal-weak", "over6", "appeal-direct", "noreasons"][_next(kind) % 5]
    if defect == "over6":
        months = r.choice([7, 8, 9, 12])
        over = True
    start = doc.start
    end = add_months(start, months) - timedelta(days=1)
    period = {"start": start.isoformat(), "end": end.isoformat()}
    v = {}
    v["goal"] = r.choice(GOALS_CLEAR).format(n=n, firm=doc.firm, d=fmt_date(r, add_months(start, 3)),
                                             m=MONTHS[add_months(start, 2).month - 1])
    if defect == "unclear":
        v["goal"] = r.choice(GOALS_UNCLEAR).format(n=n)
        rules.append("unclear-goal")
    style = r.randrange(3)
    v["_mentor_parts"] = None
    if style == 0:
        v["_mentor_parts"] = (doc.mentor, doc.phone, doc.email, doc.provider)
        v["mentor"] = f"{doc.mentor}, {doc.provider}, tlf. {doc.phone}, {doc.email}"
    elif style == 1:
        v["mentor"] = f"{doc.mentor} ({doc.provider})\nTelefon: {doc.phone}\nE-mail: {doc.email}"
    else:
        v["mentor"] = f"{doc.mentor} – mobil {doc.phone}"
    if defect == "mentor-nocontact":
        v["mentor"] = f"{doc.mentor}, {doc.provider}"
        v["_mentor_parts"] = None
        rules.append("missing-mentor")
    t = r.choice(TASKS)
    t = [x.format(n=n) for x in t]
    if r.random() < 0.5:
        v["tasks"] = "\n".join(f"• {x[0].upper() + x[1:]}" for x in t)
    else:
        v["tasks"] = r.choice(TASK_PROSE).format(mf=doc.mentor_first, a=t[0], b=t[1], c=t[2])
    v["_dates"] = (fmt_date(r, start), fmt_date(r, end))
    ds = r.randrange(3)
    if ds == 0:
        v["duration"] = f"{fmt_date(r, start)} – {fmt_date(r, end)}"
    elif ds == 1:
        v["duration"] = f"Fra {fmt_date(r, start)} til {fmt_date(r, end)}"
    else:
        v["duration"] = f"{fmt_date(r, start)} - {fmt_date(r, end)} ({months} mdr.)"
    v["hours"] = r.choice(HOURS)
    if defect == "hours-vague":
        v["hours"] = r.choice(HOURS_VAGUE)
        rules.append("missing-hours")
    v["follow_up"] = r.choice(FOLLOWUP).format(w=r.randint(10, 40), d=fmt_date(r, add_months(start, 2)))
    v["appeal"] = r.choice(APPEAL_FULL).format(k=doc.kommune)
    if defect == "appeal-weak":
        v["appeal"] = r.choice(APPEAL_WEAK)
        rules.append("missing-appeal-guidance")
    if defect == "appeal-direct":
        v["appeal"] = APPEAL_DIRECT[0]
        extras.append("appeal-wrong-route")
    for f in ("goal", "mentor", "tasks", "duration", "hours", "follow_up", "appeal"):
        if defect == f:
            v[f] = r.choice(EMPTY) if r.random() < 0.65 else None
            if f == "mentor":
                v["_mentor_parts"] = None
            if f == "duration":
                v["_dates"] = None
            rules.append({"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                          "duration": "missing-duration", "hours": "missing-hours",
                          "follow_up": "missing-follow-up", "appeal": "missing-appeal-guidance"}[f])
            traits.append("field-absent" if v[f] is None else f"empty-as:{v[f] or 'blank'}")
            if f == "duration":
                period = None
    if over:
        rules.append("duration-over-6-months")
    if defect == "noreasons":
        extras.append("missing-reasons")
    if kind == "minplan":
        v.pop("appeal")
        if r.random() < 0.6:
            v.pop("follow_up")
    if defect:
        traits.append(f"defect:{defect}")
    return v, sorted(set(rules)), traits, period, extras


# ---------------------------------------------------------------- renderers

CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222;margin:18px}
.hdr{background:#0b3d62;color:#fff;padding:6px 10px}.meta{color:#666;font-size:8pt}
.lbl{font-weight:bold;color:#0b3d62;display:inline-block;width:190px;vertical-align:top}
.fld{margin:4px 0;border-bottom:1px solid #ddd;padding:3px 0}.val{display:inline-block;max-width:480px}
dt{font-weight:bold;color:#333;margin-top:8px}dd{margin-left:20px}
table.grid{border-collapse:collapse;width:100%}table.grid td,table.grid th{border:1px solid #bbb;padding:4px;
text-align:left;vertical-align:top}.hidden{display:none}.noprint{color:#999}
@media print{.noprint{display:none}}"""

SCRIPT = """<script type="text/javascript">
window.__caseState = {"felter":["Formål","Mentor","Opgaver","Periode","Timetal","Klagevejledning"],
 "mode":"readonly","user":"%s"};
function toggleHistorik(){var e=document.getElementById('hist');e.style.display=e.style.display=='none'?'block':'none';}
</script>"""


def val_html(s: str) -> str:
    lines = s.split("\n")
    if all(x.startswith("• ") for x in lines) and len(lines) > 1:
        return "<ul>" + "".join(f"<li>{html.escape(x[2:])}</li>" for x in lines) + "</ul>"
    return "<br>".join(html.escape(x) for x in lines)


def system_name(r):
    return r.choice(["KMD Momentum", "Fasit", "Workbase", "Jobcenterets sagssystem", "Mentorportalen (CRM)",
                     "Momentum - Borgeroverblik"])


def meta_items(doc: Doc):
    items = [("Sagsnr.", doc.case), ("Sagsbehandler", f"{doc.cw} ({doc.cw_user}), tlf. {doc.cw_phone}"),
             ("Oprettet", f"{doc.ts()} af {doc.cw_user}"), ("Status", doc.rng.choice(
                 ["Aktiv (40)", "GODKENDT", "Bevilget / kode 20", "Afsluttet", "Under behandling (10)"]))]
    if doc.cpr:
        items.insert(0, ("CPR-nr.", doc.cpr))
    items.insert(0, ("Borger", doc.citizen))
    return items


def ordered(doc: Doc, v: dict, kind: str):
    """Fields in a system's stored order with metadata interleaved: list of (label, value, is_meta)."""
    r = doc.rng
    order = r.choice([
        ["duration", "hours", "mentor", "goal", "tasks", "follow_up", "appeal"],
        ["goal", "mentor", "tasks", "duration", "hours", "follow_up", "appeal"],
        ["mentor", "duration", "hours", "goal", "tasks", "follow_up", "appeal"],
    ])
    out = []
    meta = meta_items(doc)
    for m in meta[:2]:
        out.append((m[0], m[1], True))
    if kind == "minplan":
        out.append(("Indsats", r.choice(["Mentorstøtte (LAB § 167)", "Mentor", "Mentorstøtte"]), True))
    split_dates = r.random() < 0.35
    split_mentor = r.random() < 0.4
    for i, f in enumerate(order):
        if v.get(f) is None:
            continue
        if f == "duration" and split_dates and v.get("_dates"):
            a, b = r.choice([("Startdato", "Slutdato"), ("Start", "Forventet slut"), ("Bevilget fra", "Bevilget til"),
                             ("Gyldig fra", "Gyldig til")])
            out.append((a, v["_dates"][0], False))
            out.append((b, v["_dates"][1], False))
        elif f == "mentor" and split_mentor and v.get("_mentor_parts"):
            nm, ph, em, prov = v["_mentor_parts"]
            out.append((r.choice(["Leverandør", "Udfører", "Aktør"]), prov, True))
            out.append((r.choice(["Mentor", "Mentor navn", "Kontaktperson (mentor)"]), nm, False))
            out.append((r.choice(["Mentor tlf.", "Telefon", "Mobil"]), ph, False))
            out.append((r.choice(["Mentor e-mail", "E-mail", "Mail"]), em, False))
        else:
            out.append((r.choice(FIELD_LABELS[f]), v[f], False))
        if i == 2:
            for m in meta[2:]:
                out.append((m[0], m[1], True))
        if i == 4 and r.random() < 0.5:
            out.append(("Senest ændret", f"{doc.ts()} ({doc.cw_user})", True))
    return out


def title_for(doc: Doc, kind: str) -> str:
    r = doc.rng
    if kind == "agreement":
        return r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                         "Samarbejdsaftale – mentorstøtte efter LAB § 167"])
    if kind == "minplan":
        return r.choice(["Min Plan – Mentorstøtte", "Min Plan: indsats mentor", "Udskrift af Min Plan – Mentor"])
    return ""


def render_html(doc: Doc, kind: str, title: str, rows, style: str, prose_body: str | None = None) -> str:
    r = doc.rng
    sysname = system_name(r)
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{html.escape(title)} - "
             f"{sysname}</title><style>{CSS}</style>{SCRIPT % doc.cw_user}</head><body>",
             f"<div class='noprint'><a href='#'>Tilbage til sagen</a> | <a href='#'>Udskriv</a></div>",
             f"<div class='hdr'><div class='sys'>{sysname}</div></div>",
             f"<div class='hidden' id='hist' style='display:none'>Historik: dokumentet er åbnet 3 gange. "
             f"Låst af {doc.cw_user}.</div>",
             f"<div class='hidden' aria-hidden='true'>Hjælpetekst: Felterne udfyldes af sagsbehandler. "
             f"Gem kladde før udskrift.</div>",
             f"<h1>{html.escape(title)}</h1>"]
    if prose_body is not None:
        parts.append(prose_body)
    elif style == "divs":
        parts.append("<div class='container'><div class='panel'><div class='panel-body'>")
        for lbl, val, is_meta in rows:
            cls = "fld meta" if is_meta else "fld"
            parts.append(f"<div class='{cls}'><div class='row'><span class='lbl'>{html.escape(lbl)}</span>"
                         f"<div class='val'><div class='txt'>{val_html(val)}</div></div></div></div>")
        parts.append("</div></div></div>")
    elif style == "dl":
        parts.append("<dl>")
        for lbl, val, is_meta in rows:
            parts.append(f"<dt>{html.escape(lbl)}</dt><dd>{val_html(val) if val else ''}</dd>")
        parts.append("</dl>")
    else:
        parts.append("<table class='grid'><tbody>")
        for lbl, val, is_meta in rows:
            parts.append(f"<tr><th scope='row'>{html.escape(lbl)}</th><td>{val_html(val)}</td></tr>")
        parts.append("</tbody></table>")
    parts.append(f"<p class='meta'>Udskrevet {doc.ts()} af {doc.cw_user} · {sysname} v{r.randint(3, 9)}."
                 f"{r.randint(0, 20)}</p>")
    parts.append("<script>document.querySelectorAll('.val').forEach(function(e){e.title='Mentor: ukendt';});"
                 "</script></body></html>")
    return "\n".join(parts)


def wrap_field(label: str, val: str, width: int, col: int, indent_cont: bool) -> list[str]:
    out = []
    lines = val.split("\n") if val else [""]
    first = True
    for ln in lines:
        head = (label + ":").ljust(col) if first else " " * col
        if first and len(head) >= col:
            head = head + " "
        avail = width - len(head) if first else width - col
        chunks = textwrap.wrap(ln, avail) or [""]
        for j, c in enumerate(chunks):
            if first or j == 0:
                out.append((head + c).rstrip())
            else:
                out.append(((" " * col) if indent_cont else "") + c)
            first = False
            head = " " * col
    return out


def render_txt(doc: Doc, kind: str, title: str, rows, prose_body: str | None = None) -> str:
    r = doc.rng
    width = r.choice([72, 80])
    col = r.choice([0, 18, 24, 26])
    indent = r.random() < 0.6
    sysname = system_name(r)
    out = [f"{sysname}  -  Udskrift", "=" * width, title.upper() if r.random() < 0.5 else title,
           "-" * len(title), ""]
    if prose_body is not None:
        for para in prose_body.split("\n\n"):
            for line in para.split("\n"):
                out += textwrap.wrap(line, width) or [""]
            out.append("")
    elif r.random() < 0.25:
        for lbl, val, is_meta in rows:
            out.append(lbl.upper() if not is_meta else f"[{lbl}] {val}")
            if not is_meta:
                for ln in (val.split("\n") if val else [""]):
                    out += ["    " + x for x in (textwrap.wrap(ln, width - 4) or [""])]
                out.append("")
    else:
        for lbl, val, is_meta in rows:
            if col == 0:
                out += wrap_field(lbl, val, width, len(lbl) + 2, indent)
            else:
                out += wrap_field(lbl, val, width, col, indent)
            if not is_meta and r.random() < 0.5:
                out.append("")
    out += ["", "-" * width, f"Udskrevet {doc.ts()} / bruger {doc.cw_user} / side 1 af 1"]
    return "\n".join(out) + "\n"


def rtf_escape(s: str) -> str:
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ch == "\n":
            o.append("\\line ")
        elif ord(ch) > 127:
            o.append(f"\\u{ord(ch)}?")
        else:
            o.append(ch)
    return "".join(o)


def render_rtf(doc: Doc, kind: str, title: str, rows, prose_body: str | None = None) -> str:
    r = doc.rng
    sysname = system_name(r)
    p = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}",
         "\\paperw11906\\paperh16838\\margl1134\\margr1134",
         "{\\header\\pard\\plain\\f0\\fs16 " + rtf_escape(f"{sysname} · Sag {doc.case} · {doc.citizen}") + "\\par}",
         "{\\footer\\pard\\plain\\qc\\f0\\fs16 " + rtf_escape(f"{doc.kommune} Kommune · Udskrevet af {doc.cw_user} · Side ")
         + "{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}",
         "\\pard\\plain\\f0\\fs28\\b " + rtf_escape(title) + "\\b0\\par\\fs20"]
    if prose_body is not None:
        for para in prose_body.split("\n\n"):
            p.append("\\pard\\sa120 " + rtf_escape(para) + "\\par")
    else:
        tabbed = r.random() < 0.5
        for lbl, val, is_meta in rows:
            if tabbed:
                p.append("\\pard\\tx2800\\li2800\\fi-2800\\sa80 {\\b " + rtf_escape(lbl + ":") + "}\\tab "
                         + rtf_escape(val) + "\\par")
            else:
                p.append("\\pard\\sa60 {\\b " + rtf_escape(lbl) + "}\\par")
                p.append("\\pard\\li360\\sa120 " + (rtf_escape(val) if val else "") + "\\par")
    p.append("}")
    return "\n".join(p)


# ---------------------------------------------------------------- decisions and unknowns

def decision_body(doc: Doc, v: dict, extras: list[str], defect_traits: list[str]) -> tuple[str, str]:
    r = doc.rng
    k = doc.kommune
    partial = "missing-reasons" in extras or r.random() < 0.3
    title = r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Afgørelse: mentorstøtte efter LAB § 167"])
    paras = [f"Kære {doc.citizen}",
             (f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte i perioden {v['duration']}"
              if v["duration"] and v["duration"] not in EMPTY else "Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte")
             + f" med {v['hours'] if not partial else '2 timer om ugen i stedet for de 5 timer, du søgte om'}. "
             f"Din mentor bliver {doc.mentor} fra {doc.provider}."]
    if partial:
        paras[1] = paras[1].replace("Vi har bevilget dig", "Vi har delvist bevilget dig")
    if "missing-reasons" not in extras:
        paras.append((lambda opts: opts[1] if partial else opts[0])([
            "Begrundelse: Vi har lagt vægt på, at du har behov for støtte til at fastholde dit forløb, og at "
            "støtten ikke kan gives som en del af et andet tilbud, jf. lov om en aktiv beskæftigelsesindsats § 167.",
            "Vi har truffet afgørelsen på baggrund af samtalen med dig og oplysningerne fra skolen. Efter en "
            "konkret vurdering er 2 timer om ugen tilstrækkeligt, jf. LAB § 167, stk. 1.",
        ]))
        r.random()
    paras.append(f"Målet med støtten er: {v['goal']}")
    if v["appeal"] is not None and v["appeal"] not in EMPTY:
        paras.append(r.choice(FIELD_LABELS["appeal"]) + "\n" + v["appeal"])
    paras.append(f"Med venlig hilsen\n{doc.cw}\n{k} Kommune, Jobcenter\nTlf. {doc.cw_phone}")
    return title, "\n\n".join(paras)


UNKNOWN_TYPES = ["praktik", "loentilskud", "journal", "status", "faktura", "befordring", "referat"]


def unknown_doc(doc: Doc, typ: str):
    """Other case types exported the same way. Returns (title, rows or None, prose or None)."""
    r = doc.rng
    end = add_months(doc.start, 3) - timedelta(days=1)
    meta = [(a, b, True) for a, b in meta_items(doc)]
    if typ == "praktik":
        rows = meta[:2] + [("Aftaletype", "Virksomhedspraktik (LAB kap. 11)", True),
                           ("Virksomhed", f"{doc.firm}, CVR {r.randint(10000000, 99999999)}", False),
                           ("Kontaktperson i virksomheden", f"{doc.mentor}, tlf. {doc.phone}", False),
                           ("Formål", "Afklaring af arbejdsevne inden for lager og logistik.", False),
                           ("Periode", f"{fmt_date(r, doc.start)} – {fmt_date(r, end)}", False),
                           ("Arbejdstid", "15 timer pr. uge, mandag-torsdag", False)] + meta[2:]
        return "Aftale om virksomhedspraktik", rows, None
    if typ == "loentilskud":
        rows = meta[:2] + [("Aftaletype", "Løntilskud, offentlig arbejdsgiver", True),
                           ("Arbejdsgiver", f"{doc.kommune} Kommune, Teknik og Miljø", False),
                           ("Stilling", "Medhjælper, park og vej", False),
                           ("Ansættelsesperiode", f"{fmt_date(r, doc.start)} – {fmt_date(r, end)}", False),
                           ("Ugentlig arbejdstid", "30 timer", False),
                           ("Tilskud pr. time", "kr. 31,60", False)] + meta[2:]
        return "Løntilskudsaftale", rows, None
    if typ == "journal":
        prose = (f"Journalnotat {doc.ts()} ({doc.cw_user})\n\nTelefonsamtale med {doc.citizen}. Borger "
                 "oplyser, at lægeattesten er sendt. Vi aftalte en samtale i jobcentret om tre uger. "
                 "Borger spurgte til mentorstøtte; jeg forklarede, at det vurderes på næste samtale.\n\n"
                 "Opfølgning: sagsbehandler kontakter egen læge for status.")
        return "Journalnotat – telefonsamtale", None, prose
    if typ == "status":
        prose = (f"Statusrapport fra mentor, {doc.provider}\n\nBorger: {doc.citizen}. Mentor: {doc.mentor}, "
                 f"tlf. {doc.phone}. Perioden {fmt_date(r, doc.start)} til {fmt_date(r, end)}.\n\n"
                 f"{doc.citizen_first} er mødt til 10 af 12 aftaler. Vi har arbejdet med ugeplan og transport "
                 "til praktikstedet. Der er brugt i alt 22 timer. Mentor anbefaler, at forløbet fortsætter, "
                 "og at målet om praktik hos " + doc.firm + " fastholdes.\n\nNæste statusrapport sendes om en måned.")
        return "Statusrapport – mentorforløb", None, prose
    if typ == "faktura":
        rows = [("Fakturanr.", str(r.randint(10000, 99999)), True), ("Kunde", f"{doc.kommune} Kommune, Jobcenter", False),
                ("EAN", str(r.randint(10**12, 10**13 - 1)), True), ("Vedr.", f"Mentorforløb {doc.citizen}", False),
                ("Periode", f"{fmt_date(r, doc.start)} – {fmt_date(r, end)}", False),
                ("Timer", "14,5 timer à kr. 495,00", False), ("I alt", "kr. 7.177,50 ekskl. moms", False),
                ("Betalingsbetingelser", "Netto 30 dage", False)]
        return f"Faktura – {doc.provider}", rows, None
    if typ == "befordring":
        prose = (f"Kære {doc.citizen}\n\nDu har søgt om befordringsgodtgørelse til kørsel til "
                 f"virksomhedspraktik hos {doc.firm}. Vi har bevilget godtgørelse efter LAB § 82 for perioden "
                 f"{fmt_date(r, doc.start)} – {fmt_date(r, end)}.\n\nKlagevejledning vedrørende "
                 f"befordringsgodtgørelse: Du kan klage til {doc.kommune} Kommune inden 4 uger. Fastholder "
                 f"kommunen afgørelsen, sendes klagen til Ankestyrelsen.\n\nMed venlig hilsen\n{doc.cw}")
        return "Afgørelse om befordringsgodtgørelse", None, prose
    rows = [("Mødetype", "Koordinerende møde", True), ("Dato", fmt_date(r, doc.start), True),
            ("Deltagere", f"{doc.citizen}, {doc.cw} (sagsbehandler), {doc.mentor} (mentor)", False),
            ("Dagsorden", "1) Status på praktik 2) Transport 3) Eventuelt", False),
            ("Referat", f"Praktikken går godt. {doc.citizen_first} ønsker flere timer. Mentor tager "
                        "kontakt til virksomheden.", False),
            ("Næste møde", fmt_date(r, add_months(doc.start, 1)), False)]
    return "Referat af netværksmøde", rows, None


# ---------------------------------------------------------------- PDF printing

def print_pdfs(jobs: list[tuple[Path, str, str]]) -> None:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        for out, src, header in jobs:
            page.set_content(src, wait_until="load")
            page.pdf(path=str(out), format="A4", display_header_footer=True,
                     header_template=("<div style='font-size:8px;width:100%;padding:0 20px;'>"
                                      f"{html.escape(header)}</div>"),
                     footer_template=("<div style='font-size:8px;width:100%;padding:0 20px;'>"
                                      "https://sag.kommune.local/sag/vis?id=48213 &nbsp; "
                                      "Side <span class='pageNumber'></span> af <span class='totalPages'></span></div>"),
                     margin={"top": "60px", "bottom": "60px", "left": "40px", "right": "40px"})
        browser.close()


# ---------------------------------------------------------------- main

def build(out: Path, n_docs: int = 100) -> None:
    rng = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    pdf_jobs = []
    kinds = (["agreement"] * 38 + ["minplan"] * 25 + ["decision"] * 22 + ["unknown"] * 15)[:n_docs]
    rng.shuffle(kinds)
    formats = ["html", "txt", "rtf", "pdf"]
    for i, kind in enumerate(kinds):
        doc = Doc(rng, i)
        rng.date_style = rng.randrange(6)
        fmt = formats[i % 4] if rng.random() < 0.8 else rng.choice(formats)
        html_style = rng.choice(["divs", "dl", "table"])
        rules: list[str] = []
        traits: list[str] = []
        extras: list[str] = []
        period = None
        prose = None
        rows = None
        if kind in ("agreement", "minplan"):
            v, rules, traits, period, extras = plan_fields(doc, kind)
            title = title_for(doc, kind)
            rows = ordered(doc, v, kind)
            subtype = kind
        elif kind == "decision":
            v, rules, traits, period, extras = plan_fields(doc, kind)
            rules = [x for x in rules if x in ("missing-appeal-guidance", "duration-over-6-months")]
            title, prose = decision_body(doc, v, extras, traits)
            subtype = "decision-letter"
        else:
            typ = UNKNOWN_TYPES[i % len(UNKNOWN_TYPES)]
            title, rows, prose = unknown_doc(doc, typ)
            subtype = typ
            traits.append("not-a-mentor-document-kind")
        if prose is not None and fmt == "html":
            body = "".join(f"<p>{val_html(p)}</p>" for p in prose.split("\n\n"))
            body = "<div class='letter'><div class='content'>" + body + "</div></div>"
        else:
            body = None
        folder = f"sag-{doc.case.split('-')[2]}"
        name = f"{i:03d}-{subtype}"
        if fmt == "html":
            text = render_html(doc, kind, title, rows, html_style, body)
            layout = f"html-{html_style}" if body is None else "html-letter"
        elif fmt == "txt":
            text = render_txt(doc, kind, title, rows, prose)
            layout = "txt-fields" if prose is None else "txt-letter"
        elif fmt == "rtf":
            text = render_rtf(doc, kind, title, rows, prose)
            layout = "rtf-export"
        else:
            if body is None and prose is not None:
                body = "".join(f"<p>{val_html(p)}</p>" for p in prose.split("\n\n"))
            src = render_html(doc, kind, title, rows, html_style, body)
            layout = "pdf-print"
            text = None
        rel = f"{folder}/{name}.{fmt}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if text is not None:
            path.write_text(text, encoding="utf-8")
        else:
            pdf_jobs.append((path, src, f"{doc.ts()}   {title} - {doc.case}"))
        must = [doc.cpr] if doc.cpr else []
        if doc.cpr:
            traits.append("cpr")
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": traits}
        if period and kind != "unknown":
            e["period"] = period
        entries.append(e)
    print_pdfs(pdf_jobs)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    build(a.out)


if __name__ == "__main__":
    main()
