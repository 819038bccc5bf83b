"""Corpus CQ: Min Plan entries in depth, as citizens and caseworkers archive them.

Written for issue 8 by a writer who did not read the linter, its rule packs or other corpus writers.
About 60 Min Plan entries (Jobnet browser prints rendered by Chromium, case-system prints and HTML
exports, Min Plan text pasted into e-mails and journal notes), 20 agreements and 5 decisions from the
same cases, and 15 look-alikes that are none of the kinds (plans without mentor support, calendars,
inbox messages, job logs, CV pages).

    /work/main/.venv/bin/python make_corpus_cq.py --out /work/corpora/cq [--seed 8]

Labels follow `mentordocs rules NAME` and domain.md and are decided here, from the document's
content, before any linter run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

FIRST = ["Mads", "Sofie", "Ahmed", "Line", "Kasper", "Fatima", "Jonas", "Camilla", "Rasmus", "Nanna",
         "Mikkel", "Amalie", "Yusuf", "Ida", "Tobias", "Maja", "Emil", "Sara", "Oliver", "Louise",
         "Nikolaj", "Cecilie", "Hassan", "Julie", "Frederik", "Mette", "Bilal", "Signe", "Patrick", "Tina"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Ali", "Yilmaz", "Holm", "Bach", "Lund", "Dahl", "Kjær", "Vestergaard"]
MENTOR_FIRST = ["Lene", "Brian", "Helle", "Søren", "Pia", "Kim", "Anette", "Jesper", "Dorthe", "Henrik",
                "Trine", "Morten", "Birgit", "Ole", "Marianne", "Thomas", "Gitte", "Jan"]
MUNIS = [("Viborg", "8800"), ("Holstebro", "7500"), ("Randers", "8900"), ("Næstved", "4700"),
         ("Slagelse", "4200"), ("Herning", "7400"), ("Kolding", "6000"), ("Svendborg", "5700"),
         ("Hjørring", "9800"), ("Guldborgsund", "4800"), ("Køge", "4600"), ("Silkeborg", "8600")]
PROVIDERS = [("Mentorhuset ApS", "mentorhuset.dk"), ("Bro til Job", "brotiljob.dk"),
             ("Kompetencecenter Vest", "kcvest.dk"), ("Jobværkstedet", "jobvaerkstedet.dk"),
             ("Trivsel & Arbejde I/S", "trivselogarbejde.dk"), ("Mentorkorpset", "mentorkorpset.dk")]

CLEAR_GOALS = [
    "Du er startet på FGU {town}, produktionsgrunduddannelsen (værksted: Køkken & Kantine), og møder mindst 4 dage om ugen.",
    "Du er i virksomhedspraktik 15 timer om ugen i Netto, {town}, og kan efter praktikken gå over i løntilskud.",
    "{first} gennemfører grundforløb 2 på SOSU-skolen og møder til mindst 90 % af undervisningen.",
    "Du har fået et fleksjob som pedelmedhjælper på {town} Rådhus, 12 timer om ugen, senest {date}.",
    "At du er tilmeldt og går til FVU-dansk på VUC {town} to formiddage om ugen.",
    "{first} er i ordinære løntimer på lageret hos Dagrofa {town}, mindst 20 timer om ugen.",
    "Du starter på AMU-kurset Truckcertifikat B i {monthname} og søger derefter job som lagermedarbejder.",
    "Du fastholder din læreplads som tømrerlærling og møder stabilt på arbejde hver dag.",
    "At {first} gennemfører første semester på HF-enkeltfag (dansk og engelsk) på VUC med beståede prøver.",
    "Du er i gang med EUD, grundforløb 1 (Tekniske fag), og har under 10 % fravær.",
    "Du har fået job i rengøring hos ISS, mindst 15 timer om ugen, og klarer selv transporten.",
    "{first} er i praktik i børnehaven Solsikken 3 dage om ugen med henblik på optagelse på PAU i januar.",
]
UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "At komme videre i eget tempo.",
    "Sikre at borgeren kommer tættere på arbejdsmarkedet.",
    "Motivere {first} til at arbejde med sig selv.",
    "Hjælp til at få styr på økonomi og bolig.",
    "Borgeren skal have det bedre og blive mere stabil.",
]
TASKS = [
    "følge dig til de første møder på praktikstedet",
    "hjælpe dig med at få overblik over post i e-Boks og breve fra kommunen",
    "ringe dig op om morgenen de første uger, så du kommer afsted",
    "tage med til samtale hos egen læge, hvis du ønsker det",
    "planlægge transporten til skolen sammen med dig",
    "holde kontakt med din kontaktlærer på skolen",
    "lave en ugeplan sammen med dig hver mandag",
    "øve jobsamtaler med dig",
    "støtte dig i at holde dine aftaler i kommunen",
    "hjælpe med kontakt til SU-kontoret og studievejledningen",
    "tale med dig om, hvordan det går på arbejdspladsen, og tage fat i problemer i tide",
    "hjælpe med at søge de job, vi har aftalt",
]
VAGUE_HOURS = ["Efter behov", "Løbende", "Et par timer om ugen", "Aftales med mentor"]
PLACEHOLDERS = ["-", "Udfyldes senere", "Ikke udfyldt", "Klik eller tryk her for at skrive tekst.", "..."]

OTHER_ACTIVITIES = [
    # (title, kind, contact-role)
    ("Virksomhedspraktik", "praktik"),
    ("Jobsøgning", "jobsog"),
    ("Samtale med sagsbehandler", "samtale"),
    ("Forberedende Grunduddannelse (FGU)", "fgu"),
    ("Danskuddannelse", "dansk"),
    ("Løntilskud", "lontilskud"),
]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def period_end(start: dt.date, months: int) -> dt.date:
    """Last day of a period of `months` calendar months from `start` (1 Mar + 6 -> 31 Aug)."""
    return add_months(start, months) - dt.timedelta(days=1)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 1:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == 4:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def fmt_period(s: dt.date, e: dt.date, style: int) -> str:
    if style == 0:
        return f"{fmt_date(s, 0)} - {fmt_date(e, 0)}"
    if style == 1:
        return f"{fmt_date(s, 1)} – {fmt_date(e, 1)}"
    if style == 2:
        return f"{fmt_date(s, 2)} til {fmt_date(e, 2)}"
    if style == 3:
        return f"fra {fmt_date(s, 1)} til og med {fmt_date(e, 1)}"
    return f"{fmt_date(s, 3)} – {fmt_date(e, 3)}"


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used_phones: set[str] = set()

    def phone(self) -> str:
        while True:
            p = f"{self.r.choice([20, 22, 24, 26, 28, 30, 40, 42, 50, 52, 60, 61, 71, 72, 81, 91, 93])}" \
                f"{self.r.randint(100000, 999999)}"
            if p not in self.used_phones:
                self.used_phones.add(p)
                return f"{p[0:2]} {p[2:4]} {p[4:6]} {p[6:8]}"

    def cpr(self) -> str:
        d = dt.date(self.r.randint(1968, 2006), self.r.randint(1, 12), self.r.randint(1, 28))
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.r.randint(1000, 9999)}"

    def person(self, pool=FIRST):
        return f"{self.r.choice(pool)} {self.r.choice(LAST)}"


# --------------------------------------------------------------------------------------------
# A case: citizen, caseworker, mentor, the mentor activity and other activities
# --------------------------------------------------------------------------------------------

def make_case(g: Gen, idx: int) -> dict:
    r = g.r
    muni, zipc = r.choice(MUNIS)
    first = r.choice(FIRST)
    citizen = f"{first} {r.choice(LAST)}"
    mfirst = r.choice(MENTOR_FIRST)
    mentor = f"{mfirst} {r.choice(LAST)}"
    prov, dom = r.choice(PROVIDERS + [(f"{muni} Kommune, Team Mentor", f"{muni.lower().replace('ø', 'oe').replace('æ', 'ae')}.dk")])
    cw_first = r.choice([f for f in MENTOR_FIRST if f != mfirst])
    caseworker = f"{cw_first} {r.choice(LAST)}"
    mdom = f"{muni.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}.dk"
    start = dt.date(2026, r.randint(1, 10), r.choice([1, 1, 1, 4, 10, 15, 17]))
    months = r.choice([3, 4, 5, 6, 6, 6])
    hours_num = r.choice(["2 timer pr. uge", "3 timer om ugen", "1½ time pr. uge", "4 timer ugentligt",
                          "2 t/uge", "to timer om ugen", "8 timer om måneden", "2-3 timer pr. uge",
                          "5 timer pr. uge", "1 time ugentligt"])
    goal_tpl = r.choice(CLEAR_GOALS)
    goal = goal_tpl.format(town=muni, first=first, date=fmt_date(add_months(start, 4), 1),
                           monthname=MONTHS[add_months(start, 1).month - 1])
    tasks = r.sample(TASKS, r.randint(2, 4))
    mtype = r.choice(["Mentorstøtte", "Mentorstøtte (LAB § 167)", "Mentor", "Tilbudsmentor",
                      "Uddannelsesmentor", "Mentorstøtte - § 167 i lov om en aktiv beskæftigelsesindsats",
                      "Udvidet mentor"])
    return {
        "idx": idx, "muni": muni, "zip": zipc, "first": first, "citizen": citizen,
        "mentor": mentor, "mentor_phone": g.phone(), "mentor_mail": f"{mfirst.lower()}@{dom}",
        "provider": prov, "caseworker": caseworker, "cw_phone": g.phone(),
        "cw_mail": f"{cw_first.lower()[:3]}{r.randint(10, 99)}@{mdom}", "mdom": mdom,
        "start": start, "months": months, "end": period_end(start, months),
        "hours": hours_num, "goal": goal, "tasks": tasks, "mtype": mtype,
        "cpr": g.cpr(), "journal": f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-G01-{r.randint(100, 9999)}-26",
        "pstyle": r.randint(0, 4),
    }


def other_activity(g: Gen, case: dict, kind: str) -> dict:
    r = g.r
    s = case["start"] - dt.timedelta(days=r.choice([0, 14, 30, 60]))
    contact = g.person(MENTOR_FIRST)
    while contact.split()[0] in (case["mentor"].split()[0], case["caseworker"].split()[0]):
        contact = g.person(MENTOR_FIRST)
    if kind == "praktik":
        place = r.choice(["Netto", "Bauhaus", "Plantorama", "Kvickly", "Genbrugspladsen", "Dagcenter Engtoften"])
        return {"title": f"Virksomhedspraktik - {place} {case['muni']}", "period": (s, s + dt.timedelta(weeks=13)),
                "hours": r.choice(["15 timer pr. uge", "20 timer om ugen", "12 timer ugentligt"]),
                "contact": f"{contact} (praktikvejleder), tlf. {g.phone()}",
                "desc": f"Praktik med fokus på arbejdsopgaver i butik/lager. Mødetid kl. 8-12."}
    if kind == "jobsog":
        return {"title": "Jobsøgning", "period": None, "hours": None, "contact": None,
                "desc": "Du skal søge mindst 2 job om ugen og registrere dem i din joblog på Jobnet."}
    if kind == "samtale":
        d = case["start"] + dt.timedelta(days=r.randint(20, 60))
        return {"title": "Samtale i kommunen", "period": (d, d), "hours": None,
                "contact": f"{case['caseworker']}, tlf. {case['cw_phone']}",
                "desc": f"Opfølgende samtale {fmt_date(d, 1)} kl. 10.00 på Jobcentret, {case['muni']}."}
    if kind == "fgu":
        s2 = dt.date(2026, 8, r.choice([10, 11, 12]))
        return {"title": "Forberedende Grunduddannelse (FGU), PGU", "period": (s2, dt.date(2028, 6, 30)),
                "hours": "30 timer pr. uge", "contact": f"{contact}, kontaktlærer, tlf. {g.phone()}",
                "desc": "Produktionsgrunduddannelse, værkstedet Byg & Bolig."}
    if kind == "dansk":
        return {"title": "Danskuddannelse 2, modul 3", "period": (s, add_months(s, 12)),
                "hours": "12 lektioner om ugen", "contact": f"Sprogcenter {case['muni']}, tlf. {g.phone()}",
                "desc": "Undervisning tirsdag og torsdag."}
    return {"title": "Løntilskud - offentlig arbejdsgiver", "period": (s, add_months(s, 9) - dt.timedelta(days=1)),
            "hours": "25 timer om ugen", "contact": f"{contact}, tlf. {g.phone()}",
            "desc": f"Løntilskud som medhjælper i Teknik og Miljø, {case['muni']} Kommune."}


# --------------------------------------------------------------------------------------------
# Defects for a Min Plan entry's mentor activity -> field states and labels
# --------------------------------------------------------------------------------------------

def minplan_defects(g: Gen) -> list[str]:
    r = g.r
    x = r.random()
    if x < 0.36:
        return []
    single = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
              "missing-hours", "missing-hours-vague", "over6", "missing-mentor-nocontact", "missing-goal-ph"]
    if x < 0.85:
        return [r.choice(single)]
    a, b = r.sample(["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                     "missing-hours", "over6"], 2)
    if {a, b} & {"missing-goal"} and {a, b} & {"unclear-goal"}:
        return ["missing-goal", "missing-tasks"]
    if {a, b} == {"missing-duration", "over6"}:
        return ["missing-duration", "missing-hours"]
    return [a, b]


def apply_defects(g: Gen, case: dict, defects: list[str]) -> tuple[dict, list[str], list[str]]:
    """Return the mentor activity's field states, the rules expected and traits."""
    r = g.r
    a = {"goal": case["goal"], "mentor": case["mentor"], "phone": case["mentor_phone"], "mail": case["mentor_mail"],
         "provider": case["provider"], "tasks": list(case["tasks"]), "period": (case["start"], case["end"]),
         "hours": case["hours"]}
    rules, traits = set(), []
    for d in defects:
        if d == "missing-goal":
            a["goal"] = None
            rules.add("missing-goal")
        elif d == "missing-goal-ph":
            a["goal"] = ("PH", r.choice(PLACEHOLDERS))
            rules.add("missing-goal")
        elif d == "unclear-goal":
            a["goal"] = r.choice(UNCLEAR_GOALS).format(first=case["first"])
            rules.add("unclear-goal")
        elif d == "missing-mentor":
            a["mentor"] = None
            a["phone"] = a["mail"] = None
            rules.add("missing-mentor")
        elif d == "missing-mentor-nocontact":
            a["phone"] = a["mail"] = None
            rules.add("missing-mentor")
        elif d == "missing-tasks":
            a["tasks"] = r.choice([None, ("PH", r.choice(PLACEHOLDERS))])
            rules.add("missing-tasks")
        elif d == "missing-duration":
            a["period"] = r.choice([None, ("PH", r.choice(["Indtil videre", "-", "Udfyldes senere"]))])
            rules.add("missing-duration")
        elif d == "missing-hours":
            a["hours"] = r.choice([None, ("PH", r.choice(PLACEHOLDERS))])
            rules.add("missing-hours")
        elif d == "missing-hours-vague":
            a["hours"] = ("PH", r.choice(VAGUE_HOURS))
            rules.add("missing-hours")
            traits.append("hours:vague")
        elif d == "over6":
            n = r.choice([7, 8, 9, 12])
            a["period"] = (case["start"], period_end(case["start"], n))
            rules.add("duration-over-6-months")
        traits.append(f"defect:{d}")
    return a, sorted(rules), traits


def val(v, fallback="") -> str:
    if v is None:
        return fallback
    if isinstance(v, tuple) and v and v[0] == "PH":
        return v[1]
    return v


def is_ph(v) -> bool:
    return isinstance(v, tuple) and bool(v) and v[0] == "PH"


def mentor_line(a: dict, style: int = 0) -> str | None:
    if a["mentor"] is None:
        return None
    parts = [a["mentor"]]
    if style == 0:
        parts.append(a["provider"])
        if a["phone"]:
            parts.append(f"tlf. {a['phone']}")
        if a["mail"]:
            parts.append(a["mail"])
        return ", ".join(parts)
    s = f"{a['mentor']} ({a['provider']})"
    if a["phone"]:
        s += f" - telefon {a['phone']}"
    if a["mail"]:
        s += f" - mail: {a['mail']}"
    return s


def period_str(a: dict, style: int) -> str | None:
    p = a["period"]
    if p is None:
        return None
    if is_ph(p):
        return p[1]
    return fmt_period(p[0], p[1], style)


# --------------------------------------------------------------------------------------------
# HTML shells
# --------------------------------------------------------------------------------------------

JOBNET_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;color:#1b1b1b;margin:0}
.top{background:#00426b;color:#fff;padding:10px 24px;display:flex;justify-content:space-between}
.top b{font-size:15pt} .crumbs{font-size:8.5pt;color:#555;padding:6px 24px}
.wrap{padding:0 24px} h1{font-size:18pt;margin:8px 0 2px} h2{font-size:13pt;margin:16px 0 6px;color:#00426b}
.card{border:1px solid #c9d3dc;border-radius:6px;padding:10px 14px;margin:10px 0;page-break-inside:avoid}
.card h3{margin:0 0 6px;font-size:12pt}
.row{display:flex;border-top:1px solid #eef1f4;padding:4px 0}.row .k{width:34%;color:#555}.row .v{width:66%}
.status{display:inline-block;background:#e3f1e3;color:#205c20;padding:1px 8px;border-radius:10px;font-size:8.5pt}
table.ov{border-collapse:collapse;width:100%;font-size:9.5pt} table.ov th,table.ov td{border:1px solid #c9d3dc;padding:4px 6px;text-align:left;vertical-align:top}
table.ov th{background:#eef3f7} .foot{font-size:8pt;color:#777;margin-top:18px;border-top:1px solid #ddd;padding-top:4px}
ul{margin:2px 0 2px 18px;padding:0}
"""


def jobnet_shell(title: str, citizen: str, body: str, printed: dt.datetime) -> str:
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{html.escape(title)} - Jobnet</title>
<style>{JOBNET_CSS}</style></head><body>
<div class="top"><b>Jobnet</b><span>Logget ind som {html.escape(citizen)} &nbsp;|&nbsp; Log af</span></div>
<div class="crumbs">Forside &gt; Min side &gt; {html.escape(title)}</div>
<div class="wrap">{body}
<div class="foot">https://job.jobnet.dk/CV/MyPlan &nbsp;&nbsp; Udskrevet {printed.strftime('%d.%m.%Y %H:%M')} &nbsp;&nbsp; Jobnet drives af Styrelsen for Arbejdsmarked og Rekruttering</div>
</div></body></html>"""


def kv_rows(pairs) -> str:
    out = []
    for k, v in pairs:
        if isinstance(v, list):
            vv = "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in v) + "</ul>"
        else:
            vv = html.escape(v)
        out.append(f'<div class="row"><div class="k">{html.escape(k)}</div><div class="v">{vv}</div></div>')
    return "".join(out)


def other_card(o: dict, pstyle: int) -> str:
    pairs = [("Periode", fmt_period(o["period"][0], o["period"][1], pstyle) if o["period"] else "Løbende")]
    if o["hours"]:
        pairs.append(("Omfang", o["hours"]))
    if o["contact"]:
        pairs.append(("Kontaktperson", o["contact"]))
    pairs.append(("Beskrivelse", o["desc"]))
    return f'<div class="card"><h3>{html.escape(o["title"])} <span class="status">Aktiv</span></h3>{kv_rows(pairs)}</div>'


def mentor_pairs_jobnet(case: dict, a: dict, g: Gen, variant: int):
    """Label/value pairs of the mentor card as Jobnet shows them; fields absent are left out or empty."""
    pairs = []
    goal = a["goal"]
    if goal is not None:
        pairs.append((["Formål", "Mål med mentorstøtten", "Formål med aktiviteten"][variant % 3], val(goal)))
    ps = period_str(a, case["pstyle"])
    if ps is not None:
        pairs.append((["Periode", "Varighed", "Start og slut"][variant % 3], ps))
    if a["hours"] is not None:
        pairs.append((["Omfang", "Timetal", "Timer"][variant % 3], val(a["hours"])))
    ml = mentor_line(a, variant % 2)
    if ml is not None:
        pairs.append((["Kontaktperson", "Din mentor", "Mentor"][variant % 3], ml))
    t = a["tasks"]
    if t is not None:
        if is_ph(t):
            pairs.append((["Beskrivelse", "Mentors opgaver", "Det skal mentor hjælpe med"][variant % 3], t[1]))
        else:
            lead = [f"{case['mentor'].split()[0]} skal hjælpe dig med:", "Mentor skal:", "Opgaver:"][variant % 3]
            pairs.append((["Beskrivelse", "Mentors opgaver", "Det skal mentor hjælpe med"][variant % 3],
                          [lead] + t if variant % 3 == 0 else t))
    return pairs


# --------------------------------------------------------------------------------------------
# Min Plan renderers
# --------------------------------------------------------------------------------------------

def render_jobnet_cards(g, case, a, others, printed):
    variant = g.r.randint(0, 5)
    pairs = mentor_pairs_jobnet(case, a, g, variant)
    body_rows = []
    for k, v in pairs:
        if isinstance(v, list) and v and v[0].endswith(":"):
            vv = f"<p style='margin:0'>{html.escape(v[0])}</p><ul>" + "".join(
                f"<li>{html.escape(t)}</li>" for t in v[1:]) + "</ul>"
            body_rows.append(f'<div class="row"><div class="k">{html.escape(k)}</div><div class="v">{vv}</div></div>')
        else:
            body_rows.append(kv_rows([(k, v)]))
    mcard = f'<div class="card"><h3>{html.escape(case["mtype"])} <span class="status">Aktiv</span></h3>{"".join(body_rows)}</div>'
    cards = [other_card(o, case["pstyle"]) for o in others]
    pos = g.r.randint(0, len(cards))
    cards.insert(pos, mcard)
    goal_block = ""
    if a["goal"] == case["goal"] and g.r.random() < 0.5:
        goal_block = f"<h2>Mit mål</h2><p>{html.escape(g.r.choice(['Job inden for lager og logistik', 'Uddannelse', 'Job i detailhandlen', 'Fleksjob']))}</p>"
    body = (f"<h1>Min plan</h1><p>{html.escape(case['citizen'])} &middot; Opdateret {fmt_date(printed.date() - dt.timedelta(days=g.r.randint(1, 40)), 0)}</p>"
            f"{goal_block}<h2>{g.r.choice(['Mine aktiviteter', 'Aktiviteter i din plan', 'Igangværende aktiviteter'])}</h2>"
            + "".join(cards) +
            f"<h2>Din kontaktperson i kommunen</h2><p>{html.escape(case['caseworker'])}, {case['muni']} Kommune, tlf. {case['cw_phone']}</p>")
    return jobnet_shell("Min plan", case["citizen"], body, printed)


def render_jobnet_overview(g, case, a, others, printed):
    """Overview table of all activities, then a details section for the mentor support."""
    rows = []
    allacts = []
    ps = a["period"]
    ms = me = ""
    if ps is not None and not is_ph(ps):
        ms, me = fmt_date(ps[0], 0), fmt_date(ps[1], 0)
    elif is_ph(ps):
        ms = ps[1]
    mentor_row = (case["mtype"], ms, me, val(a["hours"]),
                  (f"{a['mentor']}" + (f", {a['phone']}" if a["phone"] else "") if a["mentor"] else ""))
    for o in others:
        allacts.append((o["title"], fmt_date(o["period"][0], 0) if o["period"] else "",
                        fmt_date(o["period"][1], 0) if o["period"] else "", o["hours"] or "",
                        (o["contact"] or "")))
    allacts.insert(g.r.randint(0, len(allacts)), mentor_row)
    for t in allacts:
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in t) + "</tr>")
    table = ("<table class='ov'><tr><th>Aktivitet</th><th>Start</th><th>Slut</th><th>Timer pr. uge</th><th>Kontakt</th></tr>"
             + "".join(rows) + "</table>")
    det = []
    if a["goal"] is not None:
        det.append(("Formål", val(a["goal"])))
    if a["mentor"] is not None and a["mail"]:
        det.append(("E-mail til mentor", a["mail"]))
    t = a["tasks"]
    if t is not None:
        det.append(("Mentors opgaver", t[1] if is_ph(t) else t))
    details = f"<h2>Detaljer: {html.escape(case['mtype'])}</h2>" + kv_rows(det) if det else ""
    body = (f"<h1>Min plan - oversigt</h1><p>{html.escape(case['citizen'])}</p><h2>Aktiviteter</h2>{table}{details}"
            f"<p style='margin-top:14px'>Spørgsmål til planen: kontakt {html.escape(case['caseworker'])}, tlf. {case['cw_phone']}.</p>")
    return jobnet_shell("Min plan", case["citizen"], body, printed)


CASE_CSS = """body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;margin:18px}
.hdr{border-bottom:2px solid #444;margin-bottom:8px;display:flex;justify-content:space-between;font-size:9pt}
dl{display:grid;grid-template-columns:32% 68%;margin:0} dt{font-weight:bold;padding:3px 0;border-top:1px solid #ddd}
dd{margin:0;padding:3px 0;border-top:1px solid #ddd} .act{margin:10px 0;border:1px solid #999;padding:6px 10px}
.act .t{font-weight:bold;font-size:11pt;background:#eee;margin:-6px -10px 6px;padding:4px 10px}
.meta{font-size:8.5pt;color:#555}"""


def case_dl(case, a, variant):
    items = [("Indsatstype", case["mtype"]), ("Lovgrundlag", "LAB § 167")]
    labels = [("Mål med mentorstøtten", "Mentor (navn og kontaktdata)", "Opgaver som mentor skal bistå med", "Varighed", "Timetal"),
              ("Formål", "Mentorens navn og kontaktoplysninger", "Mentorens opgaver", "Bevilget periode", "Antal timer"),
              ("Målsætning", "Mentor", "Indsatsområder", "Periode", "Timer pr. uge")][variant % 3]
    if a["goal"] is not None:
        items.append((labels[0], val(a["goal"])))
    ml = mentor_line(a, 0)
    if ml is not None:
        items.append((labels[1], ml))
    t = a["tasks"]
    if t is not None:
        items.append((labels[2], t[1] if is_ph(t) else "; ".join(x[0].upper() + x[1:] for x in t) + "."))
    ps = period_str(a, case["pstyle"])
    if ps is not None:
        items.append((labels[3], ps))
    if a["hours"] is not None:
        items.append((labels[4], val(a["hours"])))
    return items


def render_case_html(g, case, a, others, printed, with_cpr):
    variant = g.r.randint(0, 5)
    items = case_dl(case, a, variant)
    if variant >= 3:
        tail = items[2:]
        g.r.shuffle(tail)
        items = items[:2] + tail
    dl = "<dl>" + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in items) + "</dl>"
    acts = [f'<div class="act"><div class="t">{html.escape(case["mtype"])}</div><div class="b">{dl}</div></div>']
    for o in others:
        od = [("Indsatstype", o["title"])]
        if o["period"]:
            od.append(("Periode", fmt_period(o["period"][0], o["period"][1], 0)))
        if o["hours"]:
            od.append(("Omfang", o["hours"]))
        if o["contact"]:
            od.append(("Kontaktperson", o["contact"]))
        od.append(("Bemærkning", o["desc"]))
        acts.insert(g.r.randint(0, len(acts)),
                    f'<div class="act"><div class="t">{html.escape(o["title"])}</div><div class="b"><dl>'
                    + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in od) + "</dl></div></div>")
    cpr = f"<div>CPR-nr.: {case['cpr']}</div>" if with_cpr else ""
    system = g.r.choice(["Momentum", "Fasit", "Sagsportal"])
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Min Plan - udskrift</title>
<style>{CASE_CSS}</style><script>window.__app={{"session":"a81f","user":"{case['caseworker'].split()[0].lower()}","plan":"indsats;mentor;opgaver;periode"}};function toggle(e){{e.classList.toggle('open')}}</script></head>
<body><div class="hdr"><div><b>{system}</b> &middot; {case['muni']} Kommune<br>Udskrift af Min Plan</div>
<div>{html.escape(case['citizen'])}{cpr}<div class="meta">Sagsnr. {case['journal']}</div></div></div>
<div id="plan"><div class="section"><h2 style="font-size:12pt">Indsatser i planen</h2>{''.join(acts)}</div></div>
<div class="meta">Udskrevet {printed.strftime('%d-%m-%Y kl. %H:%M')} af {html.escape(case['caseworker'])}. Planen er synlig for borgeren på Jobnet.</div>
</body></html>"""


def plain_entry_lines(case, a, variant):
    """The mentor activity as text pasted from Jobnet/the case system (label: value lines)."""
    L = []
    labels = [("Formål", "Mentor", "Opgaver", "Periode", "Timer"),
              ("Mål med mentorstøtten", "Mentors navn og kontaktdata", "Hvad skal mentor hjælpe med", "Varighed", "Timetal"),
              ("Mål", "Din mentor", "Mentor skal hjælpe dig med", "Fra - til", "Omfang")][variant % 3]
    L.append(f"Aktivitet: {case['mtype']}")
    if a["goal"] is not None:
        L.append(f"{labels[0]}: {val(a['goal'])}")
    ml = mentor_line(a, 1)
    if ml is not None:
        L.append(f"{labels[1]}: {ml}")
    t = a["tasks"]
    if t is not None:
        if is_ph(t):
            L.append(f"{labels[2]}: {t[1]}")
        else:
            L.append(f"{labels[2]}:")
            L += [f"- {x}" for x in t]
    ps = period_str(a, case["pstyle"])
    if ps is not None:
        L.append(f"{labels[3]}: {ps}")
    if a["hours"] is not None:
        L.append(f"{labels[4]}: {val(a['hours'])}")
    return L


def render_email(g, case, a, others, printed):
    variant = g.r.randint(0, 5)
    msg = EmailMessage()
    frm_cw = g.r.random() < 0.6
    sig = (f"\n\nVenlig hilsen\n\n{case['caseworker']}\nJobkonsulent\n{case['muni']} Kommune, Job og Ydelse\n"
           f"Direkte tlf. {case['cw_phone']}\nMail: {case['cw_mail']}\n")
    entry = "\n".join(plain_entry_lines(case, a, variant))
    extra = ""
    if others:
        o = others[0]
        extra = (f"\n\nDu har også denne aktivitet i planen:\nAktivitet: {o['title']}\n"
                 + (f"Periode: {fmt_period(o['period'][0], o['period'][1], 0)}\n" if o["period"] else "")
                 + (f"Omfang: {o['hours']}\n" if o["hours"] else "")
                 + (f"Kontaktperson: {o['contact']}\n" if o["contact"] else ""))
    if frm_cw:
        msg["From"] = f"{case['caseworker']} <{case['cw_mail']}>"
        msg["To"] = f"{case['citizen']} <{case['first'].lower()}{g.r.randint(1, 99)}@gmail.com>"
        msg["Subject"] = g.r.choice(["Din plan - mentorstøtte", "Kopi af Min Plan (mentor)", "Mentorstøtte i din plan",
                                     "Som aftalt: det der står i din plan"])
        body = (f"Hej {case['first']}\n\nSom aftalt på mødet sender jeg dig her det, der står i din plan på Jobnet om mentorstøtten. "
                f"Du kan altid se planen under Min side på Jobnet.\n\n{entry}{extra}\n\nRing endelig, hvis der er noget, du er i tvivl om.{sig}")
    else:
        msg["From"] = f"{case['citizen']} <{case['first'].lower()}{g.r.randint(1, 99)}@hotmail.com>"
        msg["To"] = f"{case['caseworker']} <{case['cw_mail']}>"
        msg["Subject"] = "Sv: Min plan"
        quoted = "\n".join("> " + ln for ln in (f"Hej {case['first']}\n\nKan du bekræfte, at du har læst din plan?{sig}").splitlines())
        body = (f"Hej {case['caseworker'].split()[0]}\n\nJa det har jeg. Jeg har kopieret det ind her så du kan se det er det rigtige:\n\n"
                f"{entry}\n\nMvh {case['first']}\n\nDen {fmt_date(printed.date() - dt.timedelta(days=2), 1)} skrev {case['caseworker']} <{case['cw_mail']}>:\n{quoted}\n")
    msg["Date"] = format_datetime(printed.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<cq{case['idx']}.{printed.strftime('%Y%m%d%H%M')}@{case['mdom']}>"
    msg.set_content(body)
    return bytes(msg)


def render_journal(g, case, a, others, printed, with_cpr):
    parts = []
    head = (f"Journalnotat\nSag: {case['journal']}\nBorger: {case['citizen']}" + (f", cpr {case['cpr']}" if with_cpr else "")
            + f"\nDato: {fmt_date(printed.date(), 0)}\nNotattype: Min Plan\nOprettet af: {case['caseworker']}\n\n")
    parts.append(f"Min Plan er opdateret med indsatsen {case['mtype'].split(' - ')[0].lower()}, og borger har fået planen på Jobnet.")
    if a["goal"] is not None:
        g_ = val(a["goal"])
        parts.append(f"Målet med mentorstøtten er: {g_}" if not is_ph(a["goal"]) else f"Mål: {g_}")
    if a["mentor"] is not None:
        s = f"Mentor er {a['mentor']} fra {a['provider']}"
        if a["phone"]:
            s += f", som kan træffes på {a['phone']}"
        if a["mail"]:
            s += f" eller {a['mail']}"
        parts.append(s + ".")
    t = a["tasks"]
    if t is not None:
        if is_ph(t):
            parts.append(f"Mentors opgaver: {t[1]}")
        else:
            parts.append("Mentor skal " + ", ".join(x for x in t[:-1]) + f" og {t[-1]}.")
    p = a["period"]
    if p is not None:
        if is_ph(p):
            parts.append(f"Periode: {p[1]}.")
        else:
            parts.append(f"Forløbet er bevilget {fmt_period(p[0], p[1], 3)}.")
    if a["hours"] is not None:
        h = val(a["hours"])
        parts.append(f"Timetal: {h}." if is_ph(a["hours"]) else f"Der er afsat {h} til mentorstøtten.")
    for o in others[:1]:
        s = f"Planen indeholder desuden {o['title'].lower()}"
        if o["hours"]:
            s += f" ({o['hours']})"
        if o["contact"]:
            s += f" med {o['contact']} som kontaktperson"
        parts.append(s + ".")
    parts.append("Borger var enig i planen. Næste opfølgning aftales ved næste samtale.")
    # journal notes are often one paragraph, hard-wrapped by the case system at ~90 chars
    text = " ".join(parts)
    wrapped, line = [], ""
    for w in text.split(" "):
        if len(line) + len(w) + 1 > 92:
            wrapped.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    wrapped.append(line)
    return head + "\n".join(wrapped) + f"\n\n/{case['caseworker'].split()[0][:2].upper()}{case['caseworker'].split()[1][:1].upper()}\n"


# --------------------------------------------------------------------------------------------
# Agreements, decisions and look-alikes
# --------------------------------------------------------------------------------------------

APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {muni} Kommune inden 4 uger fra du har modtaget den. "
    "Kommunen genvurderer afgørelsen inden fire uger. Fastholder vi afgørelsen, sender vi din klage videre til "
    "Ankestyrelsen, Beskæftigelsesudvalget. Du kan klage skriftligt eller mundtligt (LAB § 204, retssikkerhedslovens kapitel 10).",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til Jobcenter {muni} senest fire uger efter, at du har fået "
    "denne aftale. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, bliver klagen sendt til Ankestyrelsen.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.", "Hvis du er utilfreds, så kontakt din sagsbehandler."]
APPEAL_DIRECT = "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen."
FOLLOW = ["Vi holder statusmøde med dig, mentor og sagsbehandler hver måned. Delmål: fremmøde 4 dage om ugen fra måned 2. "
          "Forløbet evalueres 14 dage før det slutter.",
          "Opfølgning hver 3. uge ved samtale i kommunen; mentor sender en kort status før hver samtale.",
          "Midtvejsevaluering efter 3 måneder og slutevaluering inden udløb, hvor vi ser på progressionen mod målet."]


def agreement_defects(g: Gen) -> list[str]:
    x = g.r.random()
    if x < 0.4:
        return []
    return [g.r.choice(["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                        "missing-hours", "missing-hours-vague", "over6", "missing-follow-up",
                        "missing-appeal-guidance", "appeal-direct", "missing-follow-up"])]


def agreement_fields(g, case, defects):
    a, rules, traits = apply_defects(g, case, [d for d in defects if d not in
                                                ("missing-follow-up", "missing-appeal-guidance", "appeal-direct")])
    rules = set(rules)
    extras = []
    follow = g.r.choice(FOLLOW)
    appeal = g.r.choice(APPEAL_OK).format(muni=case["muni"])
    if "missing-follow-up" in defects:
        follow = None
        rules.add("missing-follow-up")
        traits.append("defect:missing-follow-up")
    if "missing-appeal-guidance" in defects:
        appeal = ("BAD", g.r.choice(APPEAL_BAD + [None]))
        rules.add("missing-appeal-guidance")
        traits.append("defect:missing-appeal-guidance")
    if "appeal-direct" in defects:
        appeal = APPEAL_DIRECT
        extras.append("appeal-wrong-route")
        traits.append("defect:appeal-direct")
    return a, follow, appeal, sorted(rules), extras, traits


def agreement_sections(case, a, follow, appeal):
    secs = []  # (heading, text or list)
    if a["goal"] is not None:
        secs.append(("1. Målet med mentorstøtten", val(a["goal"])))
    ml = mentor_line(a, 0)
    if ml is not None:
        secs.append(("2. Mentorens navn og kontaktdata", ml))
    t = a["tasks"]
    if t is not None:
        secs.append(("3. Mentorens opgaver", t[1] if is_ph(t) else t))
    p = period_str(a, case["pstyle"])
    if p is not None or follow is not None:
        txt = []
        if p is not None:
            txt.append(f"Periode: {p}")
        if follow is not None:
            txt.append(f"Opfølgning: {follow}")
        secs.append(("4. Varighed og opfølgning", txt))
    if a["hours"] is not None:
        secs.append(("5. Timetal", val(a["hours"])))
    if isinstance(appeal, tuple):
        if appeal[1]:
            secs.append(("6. Klagevejledning", appeal[1]))
    else:
        secs.append(("6. Klagevejledning", appeal))
    return secs


def write_agreement_docx(path, case, secs, with_cpr):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = f"{case['muni']} Kommune · Job og Ydelse"
    d.add_heading("Aftale om mentorstøtte", 0)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    meta = [("Borger", case["citizen"]), ("Sagsnr.", case["journal"])]
    if with_cpr:
        meta.insert(1, ("CPR-nr.", case["cpr"]))
    meta.append(("Sagsbehandler", f"{case['caseworker']}, tlf. {case['cw_phone']}"))
    for k, v in meta:
        row = t.add_row().cells
        row[0].text, row[1].text = k, v
    d.add_paragraph("")
    d.add_paragraph("Aftalen er indgået efter § 167 i lov om en aktiv beskæftigelsesindsats og indgår i din plan på Jobnet.")
    for h, body in secs:
        d.add_heading(h, 2)
        if isinstance(body, list):
            for b in body:
                d.add_paragraph(b, style="List Bullet" if not b.startswith(("Periode:", "Opfølgning:")) else None)
        else:
            d.add_paragraph(body)
    d.add_paragraph("")
    d.add_paragraph(f"{case['muni']}, den {fmt_date(case['start'] - dt.timedelta(days=7), 1)}")
    d.add_paragraph(f"{case['caseworker']}\t\t\t{case['citizen']}")
    d.save(path)


def agreement_text(case, secs, with_cpr):
    L = [f"{case['muni']} Kommune", "Job og Ydelse", "", "AFTALE OM MENTORSTØTTE", "",
         f"Borger: {case['citizen']}"]
    if with_cpr:
        L.append(f"CPR: {case['cpr']}")
    L += [f"Sagsbehandler: {case['caseworker']}, tlf. {case['cw_phone']}", ""]
    for h, body in secs:
        L.append(h)
        if isinstance(body, list):
            L += [b if b.startswith(("Periode:", "Opfølgning:")) else f"  * {b}" for b in body]
        else:
            L.append(body)
        L.append("")
    L.append(f"Dato og underskrift: {fmt_date(case['start'] - dt.timedelta(days=5), 0)}")
    return "\n".join(L) + "\n"


def agreement_html(case, secs, with_cpr):
    out = [f"<h1>Aftale om mentorstøtte</h1><p>{html.escape(case['muni'])} Kommune &middot; Borger: {html.escape(case['citizen'])}"
           + (f" &middot; CPR {case['cpr']}" if with_cpr else "") + f" &middot; Sagsbehandler {html.escape(case['caseworker'])}, tlf. {case['cw_phone']}</p>"]
    for h, body in secs:
        out.append(f"<h3>{html.escape(h)}</h3>")
        if isinstance(body, list):
            plain = [b for b in body if b.startswith(("Periode:", "Opfølgning:"))]
            bul = [b for b in body if b not in plain]
            out += [f"<p>{html.escape(b)}</p>" for b in plain]
            if bul:
                out.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bul) + "</ul>")
        else:
            out.append(f"<p>{html.escape(body)}</p>")
    return ("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Aftale om mentorstøtte</title>"
            "<style>body{font-family:'DejaVu Serif',serif;font-size:11pt;margin:40px} h3{margin-bottom:2px}</style></head><body>"
            + "".join(out) + "</body></html>")


def decision_text(g, case, variant, with_cpr):
    """Returns (text, rules, extras, traits, period)."""
    r = g.r
    rules, extras, traits = [], [], []
    s, e = case["start"], case["end"]
    partial = False
    reasons = True
    appeal = r.choice(APPEAL_OK).format(muni=case["muni"]).replace("denne aftale", "dette brev")
    if variant == "over6":
        e = period_end(s, 9)
        rules.append("duration-over-6-months")
    elif variant == "noappeal":
        appeal = "Du kan klage over afgørelsen."
        rules.append("missing-appeal-guidance")
    elif variant == "partial-noreason":
        partial, reasons = True, False
        extras.append("missing-reasons")
    elif variant == "partial":
        partial = True
    traits.append(f"decision:{variant}")
    L = [f"{case['muni']} Kommune", "Job og Ydelse", f"{case['zip']} {case['muni']}", "",
         f"{case['citizen']}", "Sendt til Digital Post", "", f"Dato: {fmt_date(s - dt.timedelta(days=10), 1)}",
         f"Sagsnr.: {case['journal']}"]
    if with_cpr:
        L.append(f"CPR-nr.: {case['cpr']}")
    L += ["", "Afgørelse om mentorstøtte", ""]
    if partial:
        L.append(f"Du har søgt om mentorstøtte i 5 timer om ugen. Du får bevilget mentorstøtte i {case['hours']} "
                 f"i perioden {fmt_period(s, e, 1)}. Det er færre timer, end du har søgt om.")
    else:
        L.append(f"Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden "
                 f"{fmt_period(s, e, 1)}. Din mentor bliver {case['mentor']} fra {case['provider']}.")
    L.append("")
    if reasons:
        L += ["Begrundelse",
              f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre dit forløb, og at mentorstøtten "
              f"har et mål om uddannelse eller beskæftigelse, jf. LAB § 167, stk. 1."
              + (" Vi vurderer, at dit behov kan dækkes med færre timer, fordi du også har kontakt til din vejleder." if partial else ""),
              ""]
    L += ["Det konkrete indhold af mentorstøtten, dvs. målet, mentorens opgaver og timetallet, står i din plan på Jobnet.", "",
          "Klagevejledning", appeal, "", "Med venlig hilsen", "", case["caseworker"], "Jobkonsulent",
          f"Tlf. {case['cw_phone']}"]
    return "\n".join(L) + "\n", rules, extras, traits, (s, e)


def lookalike(g, case, kind, printed):
    """Documents that are none of the kinds. Returns (ext, content or html-for-pdf, subtype)."""
    r = g.r
    if kind == "plan-no-mentor":
        others = [other_activity(g, case, k) for k in r.sample(["praktik", "jobsog", "samtale", "dansk", "lontilskud"], r.randint(2, 3))]
        body = (f"<h1>Min plan</h1><p>{html.escape(case['citizen'])}</p><h2>Mit mål</h2><p>Job som lagermedarbejder</p>"
                "<h2>Mine aktiviteter</h2>" + "".join(other_card(o, case["pstyle"]) for o in others)
                + f"<h2>Din kontaktperson i kommunen</h2><p>{html.escape(case['caseworker'])}, tlf. {case['cw_phone']}</p>")
        return "pdf", jobnet_shell("Min plan", case["citizen"], body, printed), "plan-uden-mentor"
    if kind == "calendar":
        rows = []
        d0 = case["start"]
        for i in range(5):
            d = d0 + dt.timedelta(days=7 * i + r.randint(0, 3))
            what, who = r.choice([("Møde med mentor", case["mentor"]), ("Samtale i kommunen", case["caseworker"]),
                                  ("Opfølgning med mentor", case["mentor"]), ("Jobsamtale (forberedelse)", case["mentor"])])
            rows.append(f"<tr><td>{WEEKDAYS[d.weekday()]} {fmt_date(d, 0)}</td><td>kl. {r.choice(['9.00', '10.30', '13.00'])}</td>"
                        f"<td>{html.escape(what)}</td><td>{html.escape(who)}</td><td>{r.choice(['Jobcentret', 'Biblioteket', 'Telefonisk', 'Hjemme hos dig'])}</td></tr>")
        body = ("<h1>Mine aftaler</h1><p>Her kan du se dine kommende møder og samtaler.</p><table class='ov'><tr><th>Dato</th><th>Tid</th>"
                "<th>Hvad</th><th>Med hvem</th><th>Sted</th></tr>" + "".join(rows) + "</table>"
                "<p>Kan du ikke komme, skal du melde afbud senest dagen før.</p>")
        return r.choice(["pdf", "html"]), jobnet_shell("Mine aftaler", case["citizen"], body, printed), "kalender"
    if kind == "inbox":
        msg = EmailMessage()
        msg["From"] = "Jobnet <noreply@jobnet.dk>"
        msg["To"] = f"{case['first'].lower()}{r.randint(1, 99)}@gmail.com"
        msg["Subject"] = r.choice(["Du har en ny besked på Jobnet", "Din plan er blevet opdateret", "Ny besked fra kommunen"])
        msg["Date"] = format_datetime(printed.replace(tzinfo=dt.timezone.utc))
        msg.set_content(f"Kære {case['citizen']}\n\nDer er sket ændringer i din plan. Din sagsbehandler har tilføjet aktiviteten "
                        f"\"{case['mtype']}\".\n\nLog ind på Jobnet med MitID for at se, hvad der står i planen. Du skal ikke svare på denne mail.\n\n"
                        "Venlig hilsen\nJobnet\n\nDenne mail kan ikke besvares.")
        return "eml", bytes(msg), "indbakke-besked"
    if kind == "inbox-html":
        items = "".join(f"<tr><td>{fmt_date(printed.date() - dt.timedelta(days=i * 6), 0)}</td><td>{html.escape(t)}</td><td>{html.escape(f)}</td></tr>"
                        for i, (t, f) in enumerate([("Din plan er opdateret", f"{case['muni']} Kommune"),
                                                    ("Indkaldelse til samtale", f"{case['muni']} Kommune"),
                                                    ("Afgørelse om mentorstøtte", f"{case['muni']} Kommune"),
                                                    ("Husk at bekræfte din joblog", "Jobnet")]))
        body = f"<h1>Indbakke</h1><table class='ov'><tr><th>Dato</th><th>Emne</th><th>Fra</th></tr>{items}</table><p>4 beskeder, 1 ulæst.</p>"
        return "html", jobnet_shell("Indbakke", case["citizen"], body, printed), "indbakke"
    if kind == "joblog":
        rows = []
        for i in range(6):
            d = printed.date() - dt.timedelta(days=4 * i + 1)
            rows.append(f"<tr><td>{fmt_date(d, 0)}</td><td>{r.choice(['Lagermedarbejder', 'Butiksassistent', 'Rengøringsassistent', 'Chauffør'])}</td>"
                        f"<td>{r.choice(['Salling Group', 'Lidl', 'Coop', 'DSV', 'Elite Miljø'])}</td><td>{r.choice(['Ansøgning sendt', 'Uopfordret', 'Afslag'])}</td></tr>")
        body = ("<h1>Min joblog</h1><p>Mentor har hjulpet med ansøgningerne markeret med *.</p><table class='ov'><tr><th>Dato</th><th>Stilling</th>"
                "<th>Virksomhed</th><th>Status</th></tr>" + "".join(rows) + "</table>")
        return "pdf", jobnet_shell("Joblog", case["citizen"], body, printed), "joblog"
    # CV
    body = (f"<h1>Mit CV</h1><h2>{html.escape(case['citizen'])}</h2><p>Tlf. {g.phone()}</p><h2>Jobønsker</h2><p>Lagermedarbejder, Chauffør</p>"
            "<h2>Erhvervserfaring</h2><ul><li>2022-2024: Pakkemedarbejder, PostNord</li><li>2020-2021: Opvasker, Restaurant Havnen</li></ul>"
            "<h2>Uddannelse</h2><ul><li>Folkeskolens 9. klasse</li><li>AMU: Truckcertifikat B (2023)</li></ul>"
            "<h2>Kompetencer</h2><p>Mødestabil, god til at samarbejde. Har haft mentorstøtte og er klar til job.</p>")
    return r.choice(["pdf", "html"]), jobnet_shell("Mit CV", case["citizen"], body, printed), "cv"


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

class Pdf:
    def __init__(self):
        from playwright.sync_api import sync_playwright
        self.pw = sync_playwright().start()
        self.browser = self.pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        self.page = self.browser.new_page()

    def render(self, html_text: str, path: Path, header: str | None = None):
        self.page.set_content(html_text, wait_until="load")
        kw = {}
        if header:
            kw = dict(display_header_footer=True,
                      header_template=f"<div style='font-size:7px;width:100%;padding:0 10mm;color:#666'>{html.escape(header)}</div>",
                      footer_template="<div style='font-size:7px;width:100%;text-align:right;padding:0 10mm;color:#666'>"
                                      "<span class='pageNumber'></span>/<span class='totalPages'></span></div>",
                      margin={"top": "14mm", "bottom": "14mm", "left": "10mm", "right": "10mm"})
        self.page.pdf(path=str(path), format="A4", print_background=True, **kw)

    def close(self):
        self.browser.close()
        self.pw.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(args.seed)
    r = g.r
    pdf = Pdf()
    entries = []

    def add(rel, fmt, kind, layout, subtype, rules, traits, mnc=(), extras=(), period=None):
        e = {"path": rel, "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": list(mnc), "traits": traits}
        if period is not None:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)

    # ---- 60 Min Plan entries, in 40 cases; 20 agreements and 5 decisions from the same cases
    renderers = (["jobnet-cards"] * 18 + ["jobnet-overview"] * 10 + ["case-html"] * 9 + ["case-print"] * 9
                 + ["email"] * 8 + ["journal"] * 6)
    r.shuffle(renderers)
    cases = [make_case(g, i) for i in range(40)]
    for n, rend in enumerate(renderers):
        case = cases[n % 40]
        folder = f"borger-{case['idx']:02d}-{case['first'].lower()}"
        printed = dt.datetime.combine(case["start"] + dt.timedelta(days=r.randint(1, 60)), dt.time(r.randint(8, 15), r.randint(0, 59)))
        defects = minplan_defects(g)
        a, rules, traits = apply_defects(g, case, defects)
        n_other = r.choice([0, 0, 1, 1, 2, 3])
        others = [other_activity(g, case, k) for k in r.sample(["praktik", "jobsog", "samtale", "fgu", "dansk", "lontilskud"], n_other)]
        traits.append(f"activities:{1 + n_other}")
        if others and any(o["hours"] for o in others) and "missing-hours" in rules:
            traits.append("trap:other-activity-hours")
        if others and any(o["contact"] for o in others) and "missing-mentor" in rules:
            traits.append("trap:other-activity-contact")
        if any(o["period"] and (o["period"][1] - o["period"][0]).days > 190 for o in others):
            traits.append("trap:other-activity-long-period")
        per = a["period"] if a["period"] is not None and not is_ph(a["period"]) else None
        with_cpr = False
        stem = f"{n:03d}"
        if rend == "jobnet-cards":
            p = out / folder / f"{stem}-min-plan-jobnet.pdf"
            p.parent.mkdir(parents=True, exist_ok=True)
            pdf.render(render_jobnet_cards(g, case, a, others, printed), p,
                       header=f"{printed.strftime('%d.%m.%Y %H.%M')}    Min plan - Jobnet" if r.random() < 0.6 else None)
            add(str(p.relative_to(out)), "pdf", "minplan", "cards", "jobnet-print", rules, traits + ["chromium"], period=per)
        elif rend == "jobnet-overview":
            p = out / folder / f"{stem}-min-plan-oversigt.pdf"
            p.parent.mkdir(parents=True, exist_ok=True)
            pdf.render(render_jobnet_overview(g, case, a, others, printed), p,
                       header=f"{printed.strftime('%d.%m.%Y %H.%M')}    Min plan - Jobnet")
            add(str(p.relative_to(out)), "pdf", "minplan", "table", "jobnet-overview", rules, traits + ["chromium"], period=per)
        elif rend in ("case-html", "case-print"):
            with_cpr = r.random() < 0.65
            h = render_case_html(g, case, a, others, printed, with_cpr)
            if with_cpr:
                traits.append("cpr")
            if rend == "case-html":
                p = out / folder / f"{stem}-minplan-eksport.html"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(h, encoding="utf-8")
                add(str(p.relative_to(out)), "html", "minplan", "dl", "case-export", rules, traits,
                    mnc=[case["cpr"]] if with_cpr else [], period=per)
            else:
                p = out / folder / f"{stem}-udskrift-plan.pdf"
                p.parent.mkdir(parents=True, exist_ok=True)
                pdf.render(h, p)
                add(str(p.relative_to(out)), "pdf", "minplan", "dl", "case-print", rules, traits + ["chromium"],
                    mnc=[case["cpr"]] if with_cpr else [], period=per)
        elif rend == "email":
            p = out / folder / f"{stem}-mail-min-plan.eml"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(render_email(g, case, a, others, printed))
            add(str(p.relative_to(out)), "eml", "minplan", "email", "pasted-in-mail", rules, traits + ["signature:caseworker"], period=per)
        else:
            with_cpr = r.random() < 0.5
            if with_cpr:
                traits.append("cpr")
            p = out / folder / f"{stem}-journalnotat-min-plan.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(render_journal(g, case, a, others, printed, with_cpr), encoding="utf-8")
            add(str(p.relative_to(out)), "txt", "minplan", "prose", "journal-note", rules, traits + ["hard-wrapped"],
                mnc=[case["cpr"]] if with_cpr else [], period=per)

    # ---- 20 agreements
    aformats = ["docx"] * 8 + ["pdf"] * 6 + ["txt"] * 3 + ["html"] * 3
    r.shuffle(aformats)
    for i, fmt in enumerate(aformats):
        case = cases[i]
        folder = f"borger-{case['idx']:02d}-{case['first'].lower()}"
        defects = agreement_defects(g)
        a, follow, appeal, rules, extras, traits = agreement_fields(g, case, defects)
        secs = agreement_sections(case, a, follow, appeal)
        with_cpr = r.random() < 0.35
        if with_cpr:
            traits.append("cpr")
        per = a["period"] if a["period"] is not None and not is_ph(a["period"]) else None
        p = out / folder / f"{100 + i:03d}-aftale-mentorstoette.{fmt}"
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            write_agreement_docx(p, case, secs, with_cpr)
        elif fmt == "txt":
            p.write_text(agreement_text(case, secs, with_cpr), encoding="utf-8")
        elif fmt == "html":
            p.write_text(agreement_html(case, secs, with_cpr), encoding="utf-8")
        else:
            pdf.render(agreement_html(case, secs, with_cpr), p)
        add(str(p.relative_to(out)), fmt, "agreement", "headings", "agreement", rules, traits,
            mnc=[case["cpr"]] if with_cpr else [], extras=extras, period=per)

    # ---- 5 decisions
    for i, (variant, fmt) in enumerate([("full", "txt"), ("over6", "pdf"), ("noappeal", "docx"),
                                        ("partial", "txt"), ("partial-noreason", "pdf")]):
        case = cases[20 + i]
        folder = f"borger-{case['idx']:02d}-{case['first'].lower()}"
        with_cpr = r.random() < 0.4
        text, rules, extras, traits, per = decision_text(g, case, variant, with_cpr)
        if with_cpr:
            traits.append("cpr")
        p = out / folder / f"{130 + i:03d}-afgoerelse-mentorstoette.{fmt}"
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "txt":
            p.write_text(text, encoding="utf-8")
        elif fmt == "docx":
            import docx
            d = docx.Document()
            for ln in text.splitlines():
                if ln in ("Afgørelse om mentorstøtte",):
                    d.add_heading(ln, 1)
                elif ln in ("Begrundelse", "Klagevejledning"):
                    d.add_heading(ln, 2)
                else:
                    d.add_paragraph(ln)
            d.save(p)
        else:
            body = "".join(f"<h2>{html.escape(ln)}</h2>" if ln in ("Afgørelse om mentorstøtte",)
                           else f"<h3>{html.escape(ln)}</h3>" if ln in ("Begrundelse", "Klagevejledning")
                           else f"<p style='margin:2px 0'>{html.escape(ln) or '&nbsp;'}</p>" for ln in text.splitlines())
            pdf.render(f"<html><head><meta charset='utf-8'><style>body{{font-family:'DejaVu Sans';font-size:10.5pt;margin:36px}}</style></head><body>{body}</body></html>", p)
        add(str(p.relative_to(out)), fmt, "decision", "letter", "decision", rules, traits,
            mnc=[case["cpr"]] if with_cpr else [], extras=extras, period=per)

    # ---- 15 look-alikes
    kinds = (["plan-no-mentor"] * 4 + ["calendar"] * 3 + ["inbox"] * 2 + ["inbox-html"] * 1 + ["joblog"] * 3 + ["cv"] * 2)
    for i, k in enumerate(kinds):
        case = cases[(i * 3 + 5) % 40]
        folder = f"borger-{case['idx']:02d}-{case['first'].lower()}"
        printed = dt.datetime.combine(case["start"] + dt.timedelta(days=r.randint(1, 60)), dt.time(r.randint(8, 15), r.randint(0, 59)))
        ext, content, subtype = lookalike(g, case, k, printed)
        p = out / folder / f"{150 + i:03d}-{subtype}.{ext}"
        p.parent.mkdir(parents=True, exist_ok=True)
        if ext == "pdf":
            pdf.render(content, p, header=f"{printed.strftime('%d.%m.%Y %H.%M')}    Jobnet")
        elif isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        add(str(p.relative_to(out)), ext, "unknown", "mixed", subtype, [], ["not-a-mentor-document-kind"])
    pdf.close()

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
